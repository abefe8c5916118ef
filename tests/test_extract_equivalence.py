"""The extractor's fast paths give exactly what their plain, one-step-at-a-time versions give.

Each ``plain_*`` function here is the straightforward way to compute the same thing (most were
the extractor's own code before it was made faster); hypothesis checks the two agree.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.columns import cell_breaks
from extract.gazetteer import gazetteer
from extract.normalize import View, _continues_table_row, fold_char, make_view, split_sentences
from extract.wrap import soft_breaks

BLANKS = " \t\u3000\u00a0"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

PIECES = ["礼", "县", " ", "\u3000", "\u00a0", "\t", "\n", "麗江", "ａ１", "|", "市", "a", "。", "臨夏州", "\u2002",
          "&nbsp;", "&emsp;"]
texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=30).map("".join)


def blank_entity(text: str, i: int) -> int:
    """The length of an HTML entity for a blank (&nbsp;) at text[i], else 0."""
    return next((len(e) for e in ("&nbsp;", "&ensp;", "&emsp;", "&#160;", "&#12288;") if text.startswith(e, i)), 0)


def plain_view(text: str) -> View:
    """Character by character: fold each, keep tabs, drop a blank between CJK, next to a cell
    separator or after a blank, and the soft line ends of a wrapped text."""
    out: list[str] = []
    idx: list[int] = []
    n = len(text)
    soft = soft_breaks(text)
    cells = cell_breaks(text)
    i = 0
    while i < n:
        ch = text[i]
        if i in cells:
            out.append("|")
            idx.append(i)
            i += 1
            continue
        if i in soft:
            i += 1
            continue
        if ch == "\t":
            out.append("\t")
            idx.append(i)
            i += 1
            continue
        if ch in BLANKS or blank_entity(text, i):
            prev = out[-1] if out else ""
            j = i + max(1, blank_entity(text, i))
            while j < n and (text[j] in BLANKS or blank_entity(text, j)):
                j += max(1, blank_entity(text, j))
            nxt = text[j] if j < n else ""
            start, i = i, i + max(1, blank_entity(text, i))
            if (prev and CJK.match(prev) and nxt and CJK.match(nxt)) or prev in ("", " ", "\n", "|") \
                    or nxt in ("|", "｜"):  # (blanks padding a table's cells)
                continue
            out.append(" ")
            idx.append(start)
            continue
        out.append(fold_char(ch))
        idx.append(i)
        i += 1
    idx.append(n)
    return View("".join(out), tuple(idx))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_view_equals_the_character_by_character_view(text: str) -> None:
    assert make_view(text) == plain_view(text)


def wrap_lines(text: str, every: int) -> str:
    """``text`` hard-wrapped: a line end after every ``every`` characters of each line."""
    return "\n".join(line[i : i + every] for line in text.split("\n") for i in range(0, max(len(line), 1), every))


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(min_value=8, max_value=30))
def test_view_of_a_wrapped_text_equals_the_character_by_character_view(text: str, every: int) -> None:
    wrapped = wrap_lines(text * 4, every)
    assert make_view(wrapped) == plain_view(wrapped)


def plain_sentences(text: str) -> list[tuple[int, int]]:
    """Character by character: a sentence ends after 。！？!? (and the closing quotes or brackets right
    after it) or a line end that ends a table row."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, ch in enumerate(text):
        if i < start:
            continue  # a closer already taken into the sentence before
        if ch in "。！？!?\n" and not (ch == "\n" and text[i - 1 : i] not in "：:" and _continues_table_row(text, i)):
            end = i + 1
            while ch != "\n" and end < len(text) and text[end] in "”’」』）)":
                end += 1
            if text[start:end].strip():
                spans.append((start, end))
            start = end
    if start < len(text) and text[start:].strip():
        spans.append((start, len(text)))
    return spans


ROW_PIECES = ["第一组", "\n", "| ", "|", "市安监局", "。", "！", "?", " ", "\n|\n", "；", "”", ")"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ROW_PIECES), st.text(max_size=2)), max_size=20).map("".join))
def test_sentences_equal_the_character_by_character_split(text: str) -> None:
    assert split_sentences(make_view(text)) == plain_sentences(make_view(text).text)


NAME_PIECES = ["甘肃", "省", "永靖县", "三塬镇", "恩施州", "湖北", "县", "乡", "东乡县", "达板镇", "内蒙古", "市", "区"]


def plain_names(text: str) -> set[tuple[int, str]]:
    """Every substring that is a gazetteer name."""
    g = gazetteer()
    return {(i, text[i:j]) for i in range(len(text)) for j in range(i + 1, len(text) + 1) if g.lookup(text[i:j])}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(NAME_PIECES), st.text(max_size=2)), max_size=12).map("".join))
def test_names_found_from_their_last_character_are_all_names(text: str) -> None:
    found = list(gazetteer().find_all(text))
    assert len(found) == len(set(found))
    assert set(found) == plain_names(text)


def test_view_of_a_table_copied_one_cell_per_line_equals_the_character_by_character_view() -> None:
    text = "分工如下：\n\n乡镇\n包片单位\n甲 镇\n县财政局\n乙镇\n县水利局、县审计局\n\n会议要求。"
    assert cell_breaks(text)
    assert make_view(text) == plain_view(text)
    assert "乡镇|包片单位\n甲镇|县财政局\n" in make_view(text).text
