"""Sentences, clauses and ;-segments in view coordinates: what every relation reader shares.

A sentence (:class:`Sent`) carries its mentions; clauses end at commas, ；-segments at semicolons.
The helpers here find a unit's key, a list of units around a position, and those spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from extract.gazetteer import LEVEL_RANK
from extract.mentions import OrgM, PlaceM
from extract.resolve import Resolved

_CLAUSE = "，,；;：:。！？!?\n"
LIST_SEP = "、和及与"  # the marks between the items of a list
COUNTED = {
    "乡镇": "township",
    "苏木镇": "township",
    "苏木": "township",
    "乡": "township",
    "镇": "township",
    "街道": "subdistrict",
    "村": "village",
    "社区": "village",
    "县": "county",
    "区": "district",
    "市": "city",
    "": "township",
}


@dataclass(frozen=True)
class RawRelation:
    type: str
    subject: str
    object: str
    sent: int  # sentence index
    cue: str | None


@dataclass
class Sent:
    index: int
    start: int
    end: int
    orgs: list[OrgM]
    places: list[PlaceM]
    docs: list[tuple[int, int, str]]  # view span + key
    posts: list[OrgM]  # units named as a person's post (县委书记张三): the person acts, not the unit
    people: frozenset[str] = frozenset()  # names of the text's people (王志刚牵头包案甲镇: he acts)


def okey(r: Resolved, o: OrgM) -> str:
    return r.org_key.get((o.start, o.end), "")


@cache
def cue_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a cue list: 're:' patterns from the data, then literal words longest first."""
    literal = [re.escape(w) for w in sorted((w for w in words if not w.startswith("re:")), key=len, reverse=True)]
    patterns = [w[3:] for w in words if w.startswith("re:")]
    return re.compile("|".join(patterns + literal))


CLAUSE_BREAK = re.compile(r"[，,。；;]")


def clause_span(text: str, s: int, e: int, pos: int) -> tuple[int, int]:
    a = pos
    while a > s and text[a - 1] not in _CLAUSE:
        a -= 1
    b = pos
    while b < e and text[b] not in _CLAUSE:
        b += 1
    return a, b


def branch_of(st: Sent, r: Resolved, o: OrgM) -> OrgM:
    """The sub-unit written right after ``o`` (某公司贵州分公司): it acts, not its parent; else ``o``."""
    return next((n for n in st.orgs if n.start == o.end and n.parent is not None
                 and (n.parent.start, n.parent.end) == (o.start, o.end) and okey(r, n)), o)


def group_from(text: str, st: Sent, r: Resolved, first: OrgM) -> list[tuple[str, int]]:
    """first and the units listed after it with 、和及与 (永登县委、县政府)."""
    out = [(okey(r, first), first.end)]
    end = first.end
    for o in st.orgs:
        if o.start <= first.start:
            continue
        gap = text[end : o.start]
        if not gap and o.parent is not None and o.parent.end == o.start and okey(r, o) \
                and not okey(r, o).startswith("?") and out[-1][1] == o.start:
            out[-1] = (okey(r, o), o.end)  # 地委组织部 read as 地委 + 组织部: the department is the item
            end = o.end
            continue
        # 中共甲县委办公室 甲县人民政府办公室关于…: two full names side by side (the blank is layout)
        listed = all(c in LIST_SEP for c in gap) if gap else bool(o.prefix_places or o.level_prefix)
        if listed and okey(r, o) and not okey(r, o).startswith("?"):
            out.append((okey(r, o), o.end))
            end = o.end
        elif o.start >= end:
            break
    return out


def list_ending_at(text: str, st: Sent, r: Resolved, pos: int) -> list[str]:
    """The units of the 、/和-list whose last unit ends at ``pos`` (甲办、乙办 | 印发的《…》)."""
    last = next((o for o in st.orgs if o.end == pos), None)
    if last is None:
        return []
    return [k for k, _ in group_from(text, st, r, list_head(text, st, last)) if not k.startswith("?")]


def list_head(text: str, st: Sent, last: OrgM) -> OrgM:
    """The first unit of the 、/和-list that ``last`` ends (甲局、乙局、丙办 -> 甲局)."""
    first = last
    for o in reversed(st.orgs):
        if o.end < first.start and text[o.end : first.start] in ("、", "和", "及", "与"):
            first = o
    return first


def org_kind(r: Resolved, key: str) -> str | None:
    e = r.entities.get(key)
    return e.subtype if e is not None else None


SEMICOLON = re.compile(r"[；;]")


# 青羊镇（2个）: a township heading the rows of its villages, with their count
COUNTED_TOWN = re.compile(r"\s*[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|苏木|县|区|市|旗)[（(]\d+个[）)]\s*$")
ITEM_HEAD = re.compile(r"[ \t　]*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])")
TOWN_LEVELS = frozenset({"township", "subdistrict"})

# a heading's number (一、, （一）, 1., 第一章): a heading line, or an item of a list
HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．]|第[一二三四五六七八九十]+[章节条部分])"
)


def segment_end(text: str, start: int, end: int) -> int:
    """Where the ；-segment holding ``start`` ends (its ；, 。 or line end; ``end`` at the latest)."""
    while start < end and text[start] not in "；;。\n":
        start += 1
    return start


def deepest_keys(r: Resolved, keys: list[str]) -> list[str]:
    """The places of ``keys`` at the deepest level among them (甲县乙镇 -> 乙镇), in order."""
    rank = {k: LEVEL_RANK.get(r.entities[k].subtype or "", 0) for k in keys}
    deepest = max(rank.values(), default=0)
    return [k for k in keys if rank[k] == deepest]


def org_pos(r: Resolved, key: str, st: Sent) -> int:
    return next((o.start for o in st.orgs if r.org_key.get((o.start, o.end)) == key), 1 << 30)


def segment_start(text: str, start: int, pos: int) -> int:
    """Where the ；-segment holding ``pos`` starts (a sentence has one or more)."""
    while pos > start and text[pos - 1] not in "；;。！？\n":
        pos -= 1
    return pos


def named_back(r: Resolved, places: Iterable[PlaceM], kind: str, before: int) -> list[str]:
    """The place 该镇 / 该村 (a ``kind`` of COUNTED) points back to: the last of that level among
    ``places`` ending by ``before`` (none when none is named)."""
    level = COUNTED.get(kind)
    last = [p for p in places if p.end <= before and p.level == level][-1:]
    return [r.place_key[(p.start, p.end)] for p in last]


def end_of(r: Resolved, key: str, st: Sent) -> int:
    for p in st.places:
        if r.place_key.get((p.start, p.end)) == key:
            return p.end
    return st.end


def pos_of(r: Resolved, key: str, st: Sent) -> int:
    for p in st.places:
        if r.place_key.get((p.start, p.end)) == key:
            return p.start
    return 1 << 30
