"""Hard-wrapped text: which line ends are layout, not the end of a sentence or paragraph.

Texts copied out of PDFs, e-paper pages and old web pages are often wrapped at a fixed width, so a
line end falls anywhere: inside a sentence (县公安局包抓\\n城关镇) or inside a name (兰州市公\\n安局).
Read as sentence ends, such breaks lose most relations. A text is taken as wrapped when many of its
lines share one display width (the wrap width), with few lines wider; a line end is then soft when
its line fills that width and does not end a sentence, and the next line does not start a paragraph
(indentation, a list marker) or a table row. Texts with lines of free lengths get no soft break.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from extract.script import simplify

#: lines narrower than this (display columns; a CJK character is two) are headings, cells or
#: list items whatever the layout, and say nothing about a wrap width
MIN_WIDTH = 20
#: how many lines must fill the wrap width, at least, and what share of the wide lines
MIN_LINES = 3
MIN_SHARE = 0.4
#: a line this close to the wrap width fills it (a wide character that does not fit moves on)
SLACK = 3

_ENDS_SENTENCE = tuple("。！？!?")
_STARTS_ITEM = re.compile(
    r"[ \t\u3000\u00a0]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]"
    r"|\d+[、.．)）]|第[一二三四五六七八九十百\d]+[条章节部分]|[|｜]"
)
_LATIN = re.compile("[A-Za-z0-9]")
_VERB_BEFORE_OBJECT = re.compile(r"(?:印发|转发|制定|出台|下发|审议通过)了?$")
#: a web page's source line under its title (来源：…　发布时间：…): the title above it ends there
#: (or a document number under a notice's title: 襄安委办〔2023〕19号)
_PAGE_META = re.compile(r"(?:信息来源|来源|发布时间|发布日期|发布单位|发布机构|作者|编辑)[：:]"
                        r"|[\u4e00-\u9fff]{1,12}[〔［\[（(]\d{4}[〕］\]）)]\s*第?\s*\d+\s*[号期]\s*$")
_NARROW = re.compile("[\x00-\u10ff\u2000-\u206f\uff61-\uffdc\uffe8-\uffee]")


def width(line: str) -> int:
    """Display width: one column for Latin, digits, half-width forms and general punctuation
    (“” — …), two for the rest (CJK, full-width forms).

    >>> width("兰州市2016年“禁毒”，")
    20
    """
    return 2 * len(line) - len(_NARROW.findall(line))


#: a page footer or header line of a PDF copy: a page number between dashes (— 7 —, - 12 -, 第3页)
PAGE_FOOTER = re.compile(
    r"^[ \t\u3000]*(?:[—－\-–]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[—－\-–]+|第\d{1,4}页(?:[，,/]?共\d+页)?)[ \t\u3000]*$",
    re.MULTILINE)


def mask_page_footers(text: str) -> tuple[str, frozenset[int]]:
    """``text`` with each page footer line turned into line ends (same length, so offsets hold),
    and the positions so turned."""
    found = [(m.start(), m.end()) for m in PAGE_FOOTER.finditer(text)]
    if not found:
        return text, frozenset()
    chars = list(text)
    where = []
    for a, b in found:
        for i in range(a, b):
            chars[i] = "\n"
            where.append(i)
    return "".join(chars), frozenset(where)


def footer_gaps(text: str, footers: frozenset[int]) -> frozenset[int]:
    """The line ends of each page break (a footer and the blank lines around it) but its first: the
    break reads as one line end, so the lines on either side stay one item (包保县级领导：… / — 2 — /
    包保部门：…)."""
    out: set[int] = set()
    done = -1
    for f in sorted(footers):
        if f < done:
            continue
        a, b = f, f
        while a > 0 and text[a - 1] in "\n \u3000\t":
            a -= 1
        while b < len(text) and text[b] in "\n \u3000\t":
            b += 1
        ends = [i for i in range(a, b) if text[i] == "\n"]
        out.update(ends[1:])
        done = b
    return frozenset(out)


def _page_break(lines: list[tuple[int, str, int]], k: int, footers: frozenset[int]) -> list[int]:
    """The line ends from line ``k`` through the blank lines after it, when a page footer is among
    them and the text goes on mid-sentence after them; else none."""
    ends = [lines[k][0]]
    j = k + 1
    while j < len(lines) and not lines[j][1]:
        ends.append(lines[j][0])
        j += 1
    if j == len(lines) or not any(e in footers for e in ends) or _STARTS_ITEM.match(lines[j][1]):
        return []
    return ends


_WHOLE_TITLE = re.compile(
    r"^[^，,。；;：:]{0,40}关于[^，,。；;：:]{2,80}的(?:通知|通报|决定|意见|方案|批复|公告|通告|公示)$")


def soft_breaks(text: str, footers: frozenset[int] = frozenset()) -> frozenset[int]:
    """Positions of the line ends in ``text`` that only wrap a line.

    >>> wrapped = "县公安局、县司法局包抓城关镇和新集镇的禁毒\\n工作，每月督查一次。\\n"
    >>> sorted(soft_breaks(wrapped * 3))
    [21, 54, 87]
    >>> soft_breaks("第一行。\\n第二行。\\n")
    frozenset()
    """
    if text.count("\n") < MIN_LINES:
        return frozenset()
    lines: list[tuple[int, str, int]] = []  # (where its line end is, line without trailing blanks, its width)
    end = -1
    for line in text.split("\n"):
        end += len(line) + 1
        body = line.rstrip()
        lines.append((end, body, width(body)))
    # most tools wrap at a display width; some at a number of characters, whatever their width
    by_chars = [(end, body, 2 * len(body)) for end, body, _ in lines]
    (wrap, filled), lines = max((_wrap_width(lines), lines), (_wrap_width(by_chars), by_chars),
                                key=lambda found: found[0][1])
    slack = SLACK
    ragged = filled < 0  # no one width: wrapped at a varying width (justified text, another tool), maybe
    if ragged:
        wrap, slack = _ragged_width(lines[1:])
    if ragged and wrap == 0:
        # or wrapped paragraphs among many whole item lines: one width, read from the open lines
        (wrap, filled), lines = max((_open_width(lines), lines), (_open_width(by_chars), by_chars),
                                    key=lambda found: found[0][1])
        ragged, slack = False, SLACK
        if filled < 0:
            return frozenset()
    soft = []
    for k, ((end, body, w), (_, nxt, _)) in enumerate(pairwise(lines)):
        if (w < wrap - slack and not (_VERB_BEFORE_OBJECT.search(body) and nxt[:1] == "《")) \
                or body.endswith(_ENDS_SENTENCE) or _in_table(body):
            continue  # (县委、县政府联合印发 / 《…意见》: a title too long for the line moved on whole)
        if not nxt:  # a page footer between two halves of a line (县委组 / — 7 — / 织部): all of it goes
            soft += _page_break(lines, k, footers)
            continue
        if ("关于" in body or "關於" in body) and _WHOLE_TITLE.search(simplify(body)):
            continue  # 甲办关于…情况的通报 / 各乡镇人民政府：: a notice's title ends its line, however long
            # (in either script: 關於做好…的通知)
        if _STARTS_ITEM.match(nxt) or _PAGE_META.match(nxt) or (_LATIN.match(body[-1]) and _LATIN.match(nxt[0])
                                       and not (body[-1].isdigit() and nxt[0].isdigit())):
            continue  # a new paragraph, item or row; or two Latin words the break separates (a number
            # it splits, 《邳州市20 / 22年…》, is one)
        soft.append(end)
    if ragged and soft and soft[0] == lines[0][0]:
        soft.pop(0)  # the title line is never wrapped into the next
    return frozenset(soft)


def _in_table(body: str) -> bool:
    """A table row or cell line: its line end is never a wrap."""
    return "|" in body or "\t" in body


#: a text wrapped at a varying width: most of its long lines end inside a sentence
RAGGED_SHARE = 0.6
RAGGED_LINES = 5
_ENDS_CLAUSE = (*_ENDS_SENTENCE, "；", "：", ";", ":", "”", "」", "）", ")")


def _ragged_width(lines: list[tuple[int, str, int]]) -> tuple[int, int]:
    """(the width from which a line counts as filled, the slack below it) for a text whose long lines
    mostly stop mid-sentence, however long they are; (0, 0) for a text of whole paragraphs."""
    long = [(body, w) for _, body, w in lines[:-1] if w >= 2 * MIN_WIDTH and not _in_table(body)]
    if len(long) < RAGGED_LINES:
        return 0, 0
    open_ended = [w for body, w in long if not body.endswith(_ENDS_CLAUSE)]
    if len(open_ended) < RAGGED_SHARE * len(long):
        return 0, 0
    typical = sorted(open_ended)[len(open_ended) // 2]
    return typical, typical // 4


#: wrapped paragraphs among many whole short lines (a list of items, each one sentence): the wrap width
#: is then read from the lines that stop mid-sentence, and more of them must agree
OPEN_LINES = 5


def _wrap_width(lines: list[tuple[int, str, int]]) -> tuple[int, int]:
    """(the width most wide lines fill, how many fill it) when the text looks wrapped; else (0, -1)."""
    return _common_width([w for _, body, w in lines if w >= MIN_WIDTH and not _in_table(body)])


def _open_width(lines: list[tuple[int, str, int]]) -> tuple[int, int]:
    """(the width most lines that stop mid-sentence fill, how many) when enough of them agree; else (0, -1)."""
    wrap, filled = _common_width([w for _, body, w in lines if w >= MIN_WIDTH and not _in_table(body)
                                  and not body.endswith(_ENDS_CLAUSE)])
    return (wrap, filled) if filled >= OPEN_LINES and wrap >= 2 * MIN_WIDTH else (0, -1)


def _common_width(widths: list[int]) -> tuple[int, int]:
    """(the width most of ``widths`` come up to, how many do) when most do; else (0, -1)."""
    if len(widths) < MIN_LINES:
        return 0, -1
    counts = Counter(widths)
    best = max(counts, key=lambda w: (sum(counts[v] for v in range(w - SLACK + 1, w + 1)), w))
    filling = sum(counts[v] for v in range(best - SLACK + 1, best + 1))
    wider = sum(n for v, n in counts.items() if v > best)
    if filling < MIN_LINES or filling < MIN_SHARE * len(widths) or wider > 0.1 * len(widths):
        return 0, -1
    return best, filling
