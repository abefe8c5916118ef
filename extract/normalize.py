"""Normalisation that keeps offsets, and sentence splitting.

Matching runs on a *view* of the text: NFKC, traditional -> simplified, and with
the blanks between two CJK characters dropped ("礼 县" -> "礼县"). ``View.index``
maps every view position back to the original, so a match in the view becomes a
Mention whose offsets slice the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from extract.columns import cell_breaks
from extract.script import simplified_char
from extract.wrap import footer_gaps, mask_page_footers, soft_breaks

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_BLANKS = " \t\u3000\u00a0"
# blanks, and the HTML entities for blanks left in a copied page (&nbsp;): not the tab, it separates
# table cells, rows are read cell by cell
_BLANK_ENTITY = "&(?:nbsp|ensp|emsp|#160|#12288);"
_BLANK = re.compile("[ \u3000\u00a0]|" + _BLANK_ENTITY)
_BLANK_OR_SOFT = re.compile("[ \u3000\u00a0\n]|" + _BLANK_ENTITY)
_BLANK_SOFT_OR_TAB = re.compile("[ \u3000\u00a0\n\t]|" + _BLANK_ENTITY)  # a table's cells may be tab-separated
_SENT_END = "。！？!?\n"  # not ；: it separates the groups of one list (石板镇…；城南街道…)
_SENT_END_RE = re.compile("[" + _SENT_END + "]")
_CLOSERS = frozenset("”’」』）)")


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """One character, NFKC-folded and simplified; the original when folding is not 1:1."""
    n = unicodedata.normalize("NFKC", ch)
    if len(n) != 1:
        return ch
    return simplified_char(n) if n >= "\u3400" else n


def fold(text: str) -> str:
    """Fold a whole string (used for names and lookups).

    >>> fold("麗江市公安局")
    '丽江市公安局'
    """
    return "".join(fold_char(c) for c in text if c not in _BLANKS)


@dataclass(frozen=True)
class View:
    """The matching view of a text and its map back to original offsets."""

    text: str
    index: tuple[int, ...]  # view position -> original position (len(text) + 1 entries)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the view slice [start, end)."""
        return self.index[start], self.index[end - 1] + 1 if end > start else self.index[start]


class DroppedBlanks:
    """The view positions a blank of the original was dropped right before (汪　洋 reads 汪洋: 1 is
    one), tested one position at a time."""

    def __init__(self, original: str, view: View) -> None:
        self._original = original
        self._index = view.index

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int) or not 0 < pos < len(self._index) - 1:
            return False
        gap = self._original[self._index[pos - 1] + 1 : self._index[pos]]
        return bool(gap) and not gap.strip(" \u3000\t\xa0")


def make_view(text: str) -> View:
    """The matching view of ``text``: every character folded, layout blanks dropped, and the line
    ends of a hard-wrapped text (:func:`extract.wrap.soft_breaks`) too; the line ends between the cells
    of a table copied one cell per line (:func:`extract.columns.cell_breaks`) read as '|'.

    >>> v = make_view("麗江 市")
    >>> v.text, v.index
    ('丽江市', (0, 1, 3, 4))
    """
    out: list[str] = []
    idx: list[int] = []
    at = 0
    text, footers = mask_page_footers(text)  # a PDF's page numbers: line ends, offsets kept
    soft = soft_breaks(text, footers)
    joins: set[int] = set()  # soft line ends inside a wrapped row of a table laid out with blanks
    cells = cell_breaks(text, soft, joins)
    if soft and cells:  # the line ends around a table's rows are real, however wide the rows
        soft = (soft - {text.rfind("\n", 0, c) for c in cells} - {text.find("\n", c) for c in cells}) | joins
    elif joins:  # a cell wrapped onto the next line of a table copied one cell per line
        soft = frozenset(joins)
    if footers:  # a page break reads as one line end
        soft = frozenset(soft) | footer_gaps(text, footers)
    for m in (_BLANK_SOFT_OR_TAB if cells else _BLANK_OR_SOFT if soft else _BLANK).finditer(text):
        i = m.start()
        if i not in soft and i not in cells and text[i] in "\n\t" and not _tab_run_in(text, i, cells):
            continue  # a real line end (or a tab outside a table): kept, with the characters around it
        if i > at:  # the characters since the last blank, folded one for one
            out.append(text[at:i].translate(_FOLD))
            idx.extend(range(at, i))
        at = m.end()
        if i in cells:  # a line end between two cells of a row: a cell separator
            out.append("|")
            idx.append(i)
            continue
        if i in soft or _drops_blank(text, at, out[-1][-1] if out else ""):
            continue
        out.append(" ")
        idx.append(i)
    if at < len(text):
        out.append(text[at:].translate(_FOLD))
        idx.extend(range(at, len(text)))
    idx.append(len(text))
    return View("".join(out), tuple(idx))


class _FoldTable(dict[int, str]):
    """code point -> folded character, for str.translate: filled as characters are first met."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def _tab_run_in(text: str, i: int, cells: frozenset[int]) -> bool:
    """Whether the tab at ``i`` goes on a run of tabs that separates cells (a tab of the run that is no
    separator itself is blank between cells, dropped; 县财政局\t\t城关村 reads 县财政局||城关村 when
    both tabs separate cells)."""
    j = i
    while j > 0 and text[j - 1] == "\t":
        j -= 1
    return j < i and text[i] == "\t" and j in cells


def _drops_blank(text: str, j: int, prev: str) -> bool:
    """Whether the blank ending at text[j] is layout noise: between two CJK characters ("礼 县"), next
    to a cell separator, or after a blank, a line end or nothing (prev is the view's last character so
    far)."""
    while j < len(text):
        if text[j] in _BLANKS:
            j += 1
        elif (entity := _BLANK.match(text, j)) is not None:
            j = entity.end()
        else:
            break
    nxt = text[j] if j < len(text) else ""
    return bool(prev and _CJK.match(prev) and nxt and _CJK.match(nxt)) or prev in ("", " ", "\n", "|") \
        or nxt in ("|", "｜")  # 1 | 和平乡 | 尕庄村: the blanks padding a table's cells


def split_sentences(view: View) -> list[tuple[int, int]]:
    """Sentence spans in view coordinates: split after 。！？； and at line ends.

    A table flattened into lines ("第一组", "| 市安监局", "| 鼓楼区") is kept as one
    unit per row, so the cells of a row stay together.
    """
    text = view.text
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _SENT_END_RE.finditer(text):
        i = m.start()
        if text[i] == "\n" and text[i - 1 : i] not in "：:" and _continues_table_row(text, i):
            continue
        end = i + 1
        while text[i] != "\n" and text[end : end + 1] in _CLOSERS:
            end += 1  # 他说：“我心里有数。”市卫健委…: the closing quote ends the sentence it closes
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if start < n and text[start:].strip():
        spans.append((start, n))
    return spans


def _framed_row(line: str) -> bool:
    """Whether a line is a whole table row framed by '|' at both ends (| 1 | 区委组织部 | 黄河社区 |)."""
    return line.startswith("|") and line.endswith("|") and line.count("|") >= 3


def _continues_table_row(text: str, i: int) -> bool:
    """True when the line after position i is a cell of the same row (starts with '|')."""
    j = i + 1
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or text[j] != "|":
        return False
    # a lone '|' closing a row, followed by a new row label, ends the row
    k = text.find("\n", j)
    line = text[j : k if k >= 0 else len(text)].strip()
    if _framed_row(line):
        return False  # | 城关镇 | 县公安局交警大队 | 刘国强 |: a whole row on its line
    if line.endswith("|") and len(line) > 2 and _framed_row(text[text.rfind("\n", 0, i) + 1 : i].strip()):
        return False  # | 一、市中街道 | under | 序号 | 包联单位 | 包联社区 |: a row of one cell, a heading
    above = text[text.rfind("\n", 0, i) + 1 : i].strip()
    if above.count("|") >= 2 and line.count("|") == above.count("|") and not above.endswith("|"):
        return False  # 东城街道|和平社区|区委组织部 then |新华社区|区财政局: a row as wide, its first cell merged above
    if line.startswith("||") and line.count("|") == above.count("|") >= 3:
        return False  # |||乌沙塘村|区卫生健康局| then |||平岭子村|区交通运输局|新增: rows whose first cells are merged
    if line == "|":
        # a lone '|' closes the row: only more lone '|' (empty cells) belong to it
        m = k + 1 if k >= 0 else len(text)
        e = text.find("\n", m)
        return text[m : e if e >= 0 else len(text)].strip() == "|"
    return True
