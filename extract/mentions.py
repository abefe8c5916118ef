"""Find candidate mentions in the matching view: places, units, document titles, people.

All spans here are in *view* coordinates (see extract.normalize); the pipeline maps
them back to the original text. Nothing here decides what a mention refers to: that is
extract.resolve.

This module holds the mention records and what the finders share (the stop and level characters,
the verbs a name never holds, longest-leftmost choice, number words); each kind of mention has a
finder module of its own: ``places``, ``orgs`` (units, with ``orgnames`` reading one unit's name),
``titles`` (documents) and ``people``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from extract.gazetteer import LEVEL_RANK, Division

CJK = r"\u3400-\u9fff"
STOP = set(
    "的了在和与及或对将由等为是把被从向给以于并而且也又再都就所其之这那各该每此本其中上下经据按依照如若即均已未曾"
)
LEVEL_CHARS = "省州市县区乡镇"


@dataclass(frozen=True)
class PlaceM:
    start: int
    end: int
    name: str  # as matched in the view (folded)
    level: str
    candidates: tuple[Division, ...] = ()  # gazetteer divisions with this name; empty = by form


@dataclass(frozen=True)
class OrgM:
    start: int
    end: int
    body: str  # the unit's body without place prefix: 公安局, 禁毒委, 禁毒重点整治攻坚战指挥部
    kind: str
    prefix_places: tuple[PlaceM, ...] = ()
    level_prefix: str | None = None  # 州 / 县 / 市 / 省 / 区 / 国家 / 全县 ...
    variant_office: bool = False  # written X委(办): the committee and its office at once
    parent: OrgM | None = None  # 公安局禁毒大队: the 公安局 part


@dataclass(frozen=True)
class DocM:
    start: int
    end: int
    title: str


@dataclass(frozen=True)
class PersonM:
    start: int
    end: int
    name: str
    post: str | None
    post_org: OrgM | None = None


@dataclass
class Mentions:
    places: list[PlaceM] = field(default_factory=list)
    orgs: list[OrgM] = field(default_factory=list)
    docs: list[DocM] = field(default_factory=list)
    people: list[PersonM] = field(default_factory=list)


def longest_leftmost(spans: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, object]] = []
    last = -1
    for s in spans:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out


LEVEL_PAIRS = frozenset({"乡镇", "镇乡", "县区", "区县"})  # not 县市: 县市场监管局


YEAR_NUMBER = r"[〔［\[（(]\d{4}[〕］\]）)]\s*\d+\s*号"  # 〔2018〕23号: a document number after its issuer's code
BREADCRUMB = re.compile(r"首页\s*[>＞»›]")
VERB_EDGES = {
    "组成",
    "派出",
    "抽调",
    "牵头",
    "组织",
    "带领",
    "率领",
    "选派",
    "成立",
    "组建",
    "设立",
    "建设",
    "建成",
    "联合",
    "会同",
    "包括",
    "要求",
    "召开",
    "下设",
    "内设",
    "参加",
    "参与",
    "配合",
    "兼任",
    "担任",
    "负责",
    "安排",
    "派驻",
    "引进",  # 引进某某有限公司订单收购: the act, no name
    "实行",  # 县防指实行专班运作: the act, no name
    "督促",  # 督促镇村落实: the act, no township 督促镇
    "移交",  # 帮扶项目移交街道办理: the act, no subdistrict 项目移交街道
    "承担",  # 承担督导组的组织协调: the act, no group 承担督导组
}


def fills_a_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a table cell: a tab, bar or line end on both sides."""
    return text[start - 1 : start] in ("\t", "|", "\n") and text[end : end + 1] in ("\t", "|", "\n")


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph (extension A and the unified block)."""
    return "\u3400" <= ch <= "\u9fff"


def level_rank(level: str) -> int:
    return LEVEL_RANK.get(level, 9)


def number(word: str) -> int:
    """3, 三, 十二, 两 -> the number; -1 when the word is no number.

    >>> number("12"), number("十二"), number("二十"), number("两"), number("两十")
    (12, 12, 20, 2, -1)
    """
    if word.isdigit():
        return int(word)
    digits = "零一二三四五六七八九"
    tens, ten, ones = word.partition("十")
    if not all(c in digits for c in tens + ones) or len(tens) > 1 or len(ones) > 1:
        return 2 if word == "两" else -1
    if not ten:
        return digits.index(word)
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)


def last_of_run(starts: Mapping[int, PlaceM], at: int) -> tuple[PlaceM | None, int]:
    """The last of the places written back to back from ``at`` (梁子湖区涂家垴镇, 铁日木乡塔尕尔其村: the
    deepest, after the ones it lies in), ``starts`` mapping each place's start to it, and where the run
    ends (``at`` and None when no place starts there)."""
    place = None
    while at in starts:
        place = starts[at]
        at = place.end
    return place, at


def lines_below(text: str, pos: int, most: int) -> Iterator[tuple[int, int]]:
    """(start, end) of up to ``most`` lines below the line holding ``pos``, nearest first, stopping at a
    blank line or the text's end: the field lines that follow in the same item."""
    line_e = text.find("\n", pos)
    for _ in range(most):
        if line_e < 0:
            return
        next_e = text.find("\n", line_e + 1)
        end = next_e if next_e >= 0 else len(text)
        if not text[line_e + 1 : end].strip():
            return
        yield line_e + 1, end
        line_e = next_e


def lines_above(text: str, pos: int, most: int) -> Iterator[tuple[int, int]]:
    """(start, end) of up to ``most`` lines above the line holding ``pos``, nearest first, stopping at a
    blank line or the text's start: the field lines and heading of the item that line belongs to."""
    line_s = text.rfind("\n", 0, pos) + 1
    for _ in range(most):
        if line_s <= 0:
            return
        head_s = text.rfind("\n", 0, line_s - 1) + 1
        if not text[head_s : line_s - 1].strip():
            return
        yield head_s, line_s - 1
        line_s = head_s
