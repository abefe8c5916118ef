"""kg.ingest: encodings, HTML, binary and empty files, folders and document ids."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.html import declared_charset, html_to_text
from kg.ingest import decode, discover, guess_date, guess_title, read_document, read_documents

SIMPLIFIED = "临夏州禁毒委员会将东乡县达板镇列为挂牌整治乡镇，由州公安局包点督办。\n第二段：成立禁毒工作领导小组。"
TRADITIONAL = "臺北市政府警察局負責督導萬華區，並成立專案小組。\n第二段：發布《毒品防制工作計畫》。"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("label", "text", "data"),
    [
        ("utf-8", SIMPLIFIED, SIMPLIFIED.encode("utf-8")),
        ("utf-8 with BOM", SIMPLIFIED, SIMPLIFIED.encode("utf-8-sig")),
        ("utf-16 with BOM (native)", SIMPLIFIED, SIMPLIFIED.encode("utf-16")),
        ("utf-16-le with BOM", SIMPLIFIED, b"\xff\xfe" + SIMPLIFIED.encode("utf-16-le")),
        ("utf-16-be with BOM", SIMPLIFIED, b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be")),
        ("utf-32 with BOM", SIMPLIFIED, SIMPLIFIED.encode("utf-32")),
        ("gb18030", SIMPLIFIED, SIMPLIFIED.encode("gb18030")),
        ("gbk", SIMPLIFIED, SIMPLIFIED.encode("gbk")),
        ("gb2312", SIMPLIFIED, SIMPLIFIED.encode("gb2312")),
        ("big5", TRADITIONAL, TRADITIONAL.encode("big5")),
        ("cp950", TRADITIONAL, TRADITIONAL.encode("cp950")),
        ("traditional in utf-8", TRADITIONAL, TRADITIONAL.encode("utf-8")),
        ("traditional in gb18030", TRADITIONAL, TRADITIONAL.encode("gb18030")),
    ],
)
def test_every_encoding_is_detected(tmp_path: Path, label: str, text: str, data: bytes) -> None:
    doc = read_document(write(tmp_path, "report.txt", data))
    assert doc is not None
    assert doc.text == text, label
    assert doc.id == "report"
    assert doc.source == str(tmp_path / "report.txt")


@pytest.mark.parametrize("sentence", ["县", "公安局包抓", "達板鎮禁毒工作", "臺北市萬華區"])
def test_short_big5_and_gb_texts(sentence: str) -> None:
    # on the shortest texts both codecs may decode; GB18030 wins a tie, Big5 wins when it reads better
    for codec in ("gb18030", "big5"):
        try:
            data = sentence.encode(codec)
        except UnicodeEncodeError:
            continue
        if codec == "big5" and len(sentence) == 1:
            continue  # one character is ambiguous by nature
        assert decode(data) == sentence, codec


def test_newlines_are_normalised() -> None:
    assert decode("第一行\r\n第二行\r第三行\n".encode("gb18030")) == "第一行\n第二行\n第三行\n"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80))
def test_unicode_round_trip(text: str) -> None:
    expected = text.lstrip("\ufeff")
    for data in (text.encode("utf-8"), text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("utf-32")):
        assert decode(data) == expected


_GB_COMMON = "".join(bytes((lead, trail)).decode("gb2312") for lead in range(0xB0, 0xB8) for trail in range(0xA1, 0xFF))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_GB_COMMON + "，。、《》：", min_size=1, max_size=60))
def test_gb18030_round_trip(text: str) -> None:
    assert decode(text.encode("gb18030")) == text


def test_binary_file_raises_input_error_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    with pytest.raises(InputError, match=r"scan\.txt") as info:
        read_document(path)
    assert "binary" in str(info.value)
    assert info.value.hint


def test_undecodable_file_raises_input_error_naming_it(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "café crème brûlée à la carte".encode("latin-1") + b"\xff\xfe\xfd")
    with pytest.raises(InputError, match=r"latin\.txt"):
        read_document(path)


def test_bad_utf16_after_bom_raises(tmp_path: Path) -> None:
    path = write(tmp_path, "odd.txt", b"\xff\xfe" + b"\x00\xd8")  # a lone surrogate
    with pytest.raises(InputError, match=r"odd\.txt"):
        read_document(path)


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n", "\u3000\n".encode(), b"\xef\xbb\xbf"])
def test_empty_file_is_skipped_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture, data: bytes) -> None:
    path = write(tmp_path, "empty.txt", data)
    with caplog.at_level(logging.WARNING, logger="kg"):
        assert read_document(path) is None
    assert "empty.txt" in caplog.text


def test_unsupported_suffix_raises(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"report\.pdf"):
        read_document(write(tmp_path, "report.pdf", b"%PDF-1.4"))


HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于禁毒工作的通知</title>
<meta name="PubDate" content="2016-06-21 13:56">
<style>p { color: red; }</style><script>var 公安局 = "不是正文";</script></head>
<body>
<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
<div class="top-menu">网站导航 菜单项</div>
<h1>关于禁毒工作的通知</h1>
<p>州禁毒委将达板镇列为
挂牌整治乡镇。</p>
<table><tr><td>序号</td><td>单位</td></tr></table>
<p>由州公安局&nbsp;包点督办&amp;督导。</p>
<footer>版权所有 网站地图</footer>
<script>track();</script>
</body></html>"""


def test_html_to_text_drops_boilerplate_and_keeps_title() -> None:
    text, title = html_to_text(HTML)
    assert title == "关于禁毒工作的通知"
    assert "州禁毒委将达板镇列为挂牌整治乡镇。" in text  # a line break between hanzi joins them
    assert "由州公安局\xa0包点督办&督导。" in text
    for boilerplate in ("color", "不是正文", "track", "首页", "网站导航", "版权所有"):
        assert boilerplate not in text


def test_html_file_in_gbk_with_declared_charset(tmp_path: Path) -> None:
    page = HTML.replace('charset="utf-8"', 'charset="gb2312"')
    assert declared_charset(page.encode("gbk")) == "gb2312"
    doc = read_document(write(tmp_path, "notice.html", page.encode("gbk")))
    assert doc is not None
    assert doc.title == "关于禁毒工作的通知"
    assert doc.date == "2016-06-21"
    assert "挂牌整治乡镇" in doc.text
    assert "<p>" not in doc.text


def test_htm_in_big5_without_declaration(tmp_path: Path) -> None:
    page = f"<html><head><title>通知</title></head><body><p>{TRADITIONAL}</p></body></html>"
    doc = read_document(write(tmp_path, "page.htm", page.encode("big5")))
    assert doc is not None
    assert "臺北市政府警察局負責督導萬華區" in doc.text


def test_title_and_date_of_a_plain_text() -> None:
    text = "2016年以来某州禁毒工作情况\n\n2016年06月21日 13:56:38 来源: 某网\n\n今年以来，2015年3月4日全州……。"
    assert guess_title(text) == "2016年以来某州禁毒工作情况"
    assert guess_date(text) == "2016-06-21"
    body_only = "本报讯 2018年12月19日，国家禁毒委召开会议，宣读了决定。\n第二段。"
    assert guess_title(body_only) is None
    assert guess_date(body_only) is None


def test_markdown_title(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "note.md", "# 工作要点\n\n正文。".encode()))
    assert doc is not None and doc.title == "工作要点"


def test_discover_walks_folders_and_dedupes_stems(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("a/report.txt", "b/report.html", "a/notes.md", "a/image.png", ".hidden/x.txt", "a/.y.txt"):
        (tmp_path / rel).write_text("正文。", encoding="utf-8")
    files = discover([tmp_path])
    assert [(f.path.relative_to(tmp_path).as_posix(), f.doc_id) for f in files] == [
        ("a/notes.md", "notes"),
        ("a/report.txt", "report"),
        ("b/report.html", "report-2"),
    ]
    # the same file named twice is read once; the order of arguments is kept
    again = discover([tmp_path / "b" / "report.html", tmp_path / "a", tmp_path / "b" / "report.html"])
    assert [f.doc_id for f in again] == ["report", "notes", "report-2"]


def test_discover_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope"):
        discover([tmp_path / "nope"])


def test_read_documents_skips_empty(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text("酒泉市。", encoding="utf-8")
    (tmp_path / "two.txt").write_bytes(b"")
    assert [d.id for d in read_documents([tmp_path])] == ["one"]
