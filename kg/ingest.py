"""Read files and folders into ``extract.records.Document``: the edge where bytes become text.

Formats: ``.txt``, ``.md``, ``.html``/``.htm`` (visible text, via :mod:`kg.html`).
Encodings: UTF-8 (with or without BOM), UTF-16/UTF-32 (with BOM), GB18030/GBK/GB2312 and Big5,
detected without being told:
BOM first, then strict UTF-8, then the HTML ``<meta charset>`` if any, then a GB18030-vs-Big5
decision by how many decoded characters are common hanzi of that script (both codecs accept
most of each other's byte pairs, so "which one decodes" alone cannot decide).

>>> decode("鼎新镇".encode("gb18030"))
'鼎新镇'
>>> decode("鼎新鎮禁毒工作".encode("big5"))
'鼎新鎮禁毒工作'
"""

from __future__ import annotations

import functools
import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extract.records import Document
from kg.errors import InputError
from kg.html import declared_charset, parse_html

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")

# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# cp950 is Big5 as Windows writes it (a superset of plain big5).
_GB, _BIG5 = "gb18030", "cp950"
_CHARSET_ALIASES = {
    "gb2312": _GB, "gbk": _GB, "gb18030": _GB, "x-gbk": _GB, "cp936": _GB,
    "big5": _BIG5, "big5-hkscs": "big5hkscs", "cp950": _BIG5, "x-x-big5": _BIG5,
    "utf-8": "utf-8", "utf8": "utf-8",
}
# Punctuation shared by both scripts: it counts as "plausible" whatever the codec.
_CJK_PUNCT = frozenset("，。、；：？！“”‘’《》〈〉（）【】—…·「」『』％　")
_HAN_OR_PUNCT = re.compile(r"[^\x00-\x7f]")


@functools.cache
def _common_hanzi(codec: str) -> frozenset[str]:
    """The most frequent hanzi of a script: GB2312 level 1 (3,755) or Big5 level 1 (5,401)."""
    if codec == _GB:
        pairs = [(lead, trail) for lead in range(0xB0, 0xD8) for trail in range(0xA1, 0xFF)]
        charset = "gb2312"
    else:
        trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
        pairs = [(lead, trail) for lead in range(0xA4, 0xC7) for trail in trails if (lead, trail) <= (0xC6, 0x7E)]
        charset = "big5"
    out = set()
    for lead, trail in pairs:
        try:
            out.add(bytes((lead, trail)).decode(charset))
        except UnicodeDecodeError:
            continue
    return frozenset(out)


def _plausibility(text: str, codec: str) -> float:
    """Share of non-ASCII characters that are common hanzi or CJK punctuation under ``codec``."""
    wide = _HAN_OR_PUNCT.findall(text)
    if not wide:
        return 0.0
    common = _common_hanzi(codec)
    return sum(1 for ch in wide if ch in common or ch in _CJK_PUNCT) / len(wide)


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 0x20 and b not in b"\t\n\r\f\v\x1b")
    return controls > max(4, len(head) // 20)


def decode(data: bytes, *, name: str = "<bytes>", declared: str | None = None) -> str:
    """Decode the bytes of a text file, detecting its encoding; newlines become ``\\n``.

    ``declared`` is a charset named by the file itself (HTML ``<meta charset>``), tried after
    UTF-8. Raises InputError (naming ``name``) for binary or undecodable data.

    >>> decode("\\ufeff酒泉市\\r\\n".encode("utf-8"))
    '酒泉市\\n'
    >>> decode("酒泉市".encode("utf-16"))
    '酒泉市'
    """
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"{name}: starts with a {codec} byte-order mark but is not valid {codec} ({err.reason})",
                    hint="re-save the file as UTF-8",
                ) from err
            break
    if text is None:
        if _looks_binary(data):
            raise InputError(
                f"{name}: looks like a binary file, not text",
                hint="give .txt, .md or .html files (UTF-16 needs a byte-order mark)",
            )
        text = _decode_without_bom(data, name, declared)
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode_without_bom(data: bytes, name: str, declared: str | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    codec = _CHARSET_ALIASES.get((declared or "").strip().lower())
    if codec and codec != "utf-8":
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            pass  # the page lied about its charset: fall through to detection
    scored: list[tuple[float, int, str]] = []
    for rank, candidate in enumerate((_BIG5, _GB)):  # on a tie the later (GB18030) wins
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(text, candidate), rank, text))
    if not scored:
        raise InputError(
            f"{name}: cannot decode as UTF-8, UTF-16 (with BOM), GB18030 or Big5",
            hint="re-save the file as UTF-8",
        )
    return max(scored)[2]


# ------------------------------------------------------------------------------------- title and date

_META_DATE_KEYS = ("pubdate", "publishdate", "article:published_time", "dc.date", "firstpublishedtime")
_DATE = re.compile(r"((?:19|20)\d\d)\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")
_SENTENCE_END = tuple("。；;，,：:！!？?")
_MAX_TITLE = 60


def _iso_date(text: str) -> str | None:
    for m in _DATE.finditer(text):
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            continue
    return None


def _header_lines(text: str, n: int = 6) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()][:n]


def guess_title(text: str) -> str | None:
    """The first line when it reads like a headline (short, no sentence punctuation, more follows).

    >>> guess_title("2016年以来酒泉市禁毒工作情况\\n\\n正文第一段。")
    '2016年以来酒泉市禁毒工作情况'
    >>> guess_title("本报讯 今年以来，全县各级党委政府认真落实禁毒工作责任，强化措施。") is None
    True
    """
    lines = _header_lines(text, 2)
    if len(lines) < 2:
        return None
    first = lines[0].lstrip("#").strip()
    if not first or len(first) > _MAX_TITLE or first.endswith(_SENTENCE_END) or "。" in first:
        return None
    return first


def guess_date(text: str) -> str | None:
    """A publication date from the header lines (a short line such as ``2016年06月21日 来源: …``).

    Body sentences are ignored: a date inside them is usually about an event, not the text.

    >>> guess_date("标题\\n2016年06月21日 13:56:38 来源: 中国禁毒网\\n正文。")
    '2016-06-21'
    """
    for line in _header_lines(text):
        if len(line) <= 80 and not any(p in line for p in "，。；"):
            found = _iso_date(line)
            if found:
                return found
    return None


# ------------------------------------------------------------------------------------------- files


@dataclass(frozen=True)
class SourceFile:
    """A file to read and the document id it will get (its stem, made unique within a batch)."""

    path: Path
    doc_id: str


def discover(paths: Iterable[str | Path]) -> list[SourceFile]:
    """Expand files and folders into the files to read, each with a unique document id.

    Folders are walked recursively in sorted order (hidden entries skipped) and only supported
    suffixes are taken; a file named explicitly is always taken (and rejected later if
    unsupported). Two files with the same stem get ``stem`` and ``stem-2``. For a corpus too big
    to list at once, :func:`iter_sources` yields the same files lazily.

    >>> discover([]) == []
    True
    """
    return list(iter_sources(paths))


def iter_sources(paths: Iterable[str | Path]) -> Iterator[SourceFile]:
    """What :func:`discover` returns, one file at a time: memory stays small for any folder size.

    Every path is checked to exist before the first file is yielded, so a typo fails at once.
    Only the ids and resolved paths seen so far are kept (to make ids unique and read a file once).

    >>> list(iter_sources([]))
    []
    """
    roots = [Path(raw) for raw in paths]
    for p in roots:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder", hint="check the path")
    return _unique_ids(roots)


def _unique_ids(roots: list[Path]) -> Iterator[SourceFile]:
    seen: set[Path] = set()
    used: set[str] = set()
    for root in roots:
        for f in [root] if root.is_file() else _walk(root):
            key = f.resolve()
            if key in seen:
                continue
            seen.add(key)
            stem = unicodedata.normalize("NFC", f.stem)  # macOS hands out NFD file names
            doc_id, n = stem, 1
            while doc_id in used:
                n += 1
                doc_id = f"{stem}-{n}"
            used.add(doc_id)
            yield SourceFile(f, doc_id)


def count_sources(paths: Iterable[str | Path]) -> int:
    """How many files :func:`iter_sources` will yield (a cheap walk, for a progress bar's total).

    >>> count_sources([])
    0
    """
    return sum(1 for _ in iter_sources(paths))


def _walk(folder: Path) -> Iterator[Path]:
    """Supported files under ``folder`` in the order of ``sorted(folder.rglob("*"))``, lazily.

    Sorting a folder's entries by name and descending into sub-folders in place gives exactly the
    order of sorted paths, holding one folder listing per level instead of the whole tree.
    Hidden entries and symlinked folders (which rglob does not enter either) are skipped.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        raise InputError(f"{folder}: cannot list ({err.strerror})", hint="check the permissions") from err
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir() and not entry.is_symlink():
            yield from _walk(path)
        elif entry.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path


def read_document(path: str | Path, doc_id: str | None = None, *, data: bytes | None = None) -> Document | None:
    """Read one file into a Document (id = ``doc_id`` or the file stem, source = the path).

    ``data``, when given, is the file's content already read (a build worker on another machine
    gets the bytes, not the file); ``path`` still names the document and its format.
    Returns None, with a logged warning, for a file with no text. Raises InputError naming the
    file when it is unsupported, binary or undecodable.

    >>> read_document("notes/a.txt", data="酒泉市。".encode("gb18030")).text
    '酒泉市。'
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"{p}: unsupported file type {suffix or '(no suffix)'}",
            hint=f"give {', '.join(SUPPORTED_SUFFIXES)} files",
        )
    try:
        if data is None:
            data = p.read_bytes()
    except OSError as err:
        raise InputError(f"{p}: cannot read ({err.strerror})", hint="check the path and permissions") from err
    doc_id = doc_id or unicodedata.normalize("NFC", p.stem)
    title: str | None
    published: str | None
    if suffix in _HTML_SUFFIXES:
        page = parse_html(decode(data, name=str(p), declared=declared_charset(data)))
        text, title = page.text, page.title
        published = next((_iso_date(v) for k, v in page.meta.items() if k in _META_DATE_KEYS), None)
        published = published or guess_date(text)
    else:
        text = decode(data, name=str(p))
        title, published = guess_title(text), guess_date(text)
    if not text.strip():
        log.warning("%s: empty, skipped", p)
        return None
    return Document(id=doc_id, text=text, title=title, source=str(p), date=published)


def read_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every supported file under ``paths``; stops at the first unreadable file.

    For batch work that should survive bad files, loop over :func:`discover` and call
    :func:`read_document` per file (as ``kg build`` does).
    """
    docs = (read_document(f.path, f.doc_id) for f in discover(paths))
    return [d for d in docs if d is not None]
