"""Tables copied one cell per line whose merged cells were left out: rows of varying length.

A table of 片区 / 乡镇 / 包片县领导 / 包村单位 / 包保村 copied out of a web page loses its grid, and a
cell spanning several rows (the town of three villages) is written once. Its lines cannot be cut into
rows of the header's width (:mod:`extract.columns` gives up), but they can be read in order: a town
line stays the town of the lines below it until the next, and a line of units pairs with the place of
the target column, the one before it (乡（镇） / 县直挂钩单位: the town above; 苏木镇 / 牵头部门 / 包联嘎查 / 包联部门:
each unit column the place column before it) or the next one after it (包村单位 / 包保村: the village below). A line
listing several towns (四面山镇、中山镇、塘河镇) is the place of the units after it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TypeVar

from extract.clauses import RawRelation, okey
from extract.columns import DUTY_MEMBERS, MAX_CELL, MAX_COLUMNS, duty_unit_column, is_header_cell, place_column
from extract.mentions import Mentions, OrgM, PlaceM, last_of_run
from extract.resolve import EntityDraft, Resolved
from extract.script import simplify

#: a line that is a village's name and maybe a note in brackets (古塘村（南溪圩）)
_VILLAGE_LINE = re.compile(r"([\u4e00-\u9fff]{2,5}(?:村|社区|嘎查))(?:[（(][^（）()\n]{1,10}[）)])?")
_NOTE = re.compile(r"[（(][^（）()\n]{1,10}[）)]$")
_UNIT_SEPARATORS = re.compile(r"[、，,和及\s]")
_HELPING = ("配合", "成员", "参加", "协助")
_VILLAGE_LEVELS = ("village",)
_VILLAGE_WORDS = ("村", "社区", "嘎查")
_Named = TypeVar("_Named", OrgM, PlaceM)


def stream_tables(text: str, starts: list[int], m: Mentions, r: Resolved) -> list[RawRelation]:
    """The oversight (and containment) a one-cell-per-line table with merged cells states."""
    if "单位" not in text and "部门" not in text:
        return []
    lines = [(mt.start(), mt.end()) for mt in re.finditer(r"[^\n]+", text)]
    names = [simplify(_cell(text, span)) for span in lines]
    heads = [is_header_cell(name) for name in names]
    out: list[RawRelation] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < MAX_COLUMNS and heads[j]:
            j += 1
        header = names[i:j]
        unit_cols = [c for c, h in enumerate(header) if duty_unit_column(h)
                     and (not any(w in h for w in _HELPING) or DUTY_MEMBERS.search(h))]
        places = [c for c, h in enumerate(header) if place_column(h)]
        # (督导单位 / 被督导区镇: two columns do, one of units and one of places)
        if j - i < 2 or (j - i == 2 and len(set(unit_cols) | set(places)) < 2) or not unit_cols or not places:
            i = max(j, i + 1)
            continue
        k = j
        while k < len(lines) and _is_cell(text, lines[k]):
            k += 1
        villages = any(_NOTE.sub("", header[c]).endswith(_VILLAGE_WORDS) for c in places)
        # 包村单位 / 包保村: the units name the place after them; 苏木镇 / 牵头部门 / 包联嘎查 / 包联部门: each
        # unit column follows the place column it pairs with
        target_after = max(places) > max(unit_cols)
        out += _read(text, starts, m, r, lines[j:k], villages, target_after)
        i = k
    return out


def _cell(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]].strip(" \u3000\t")


def _is_cell(text: str, span: tuple[int, int]) -> bool:
    line = _cell(text, span)
    return 0 < len(line) <= MAX_CELL and "|" not in line and "。" not in line and not line.startswith("【")


def _read(text: str, starts: list[int], m: Mentions, r: Resolved, lines: list[tuple[int, int]],
          villages: bool, target_after: bool) -> list[RawRelation]:
    """Read the data lines in order (see the module's note)."""
    out: list[RawRelation] = []
    town = last = ""
    listed: list[str] = []  # the places of the last line listing several (四面山镇、中山镇、塘河镇)
    pending: list[str] = []
    for a, b in lines:
        si = bisect.bisect_right(starts, a) - 1
        place = _place_line(text, m, r, a, b, villages)
        if not place and (several := _places_line(text, m, r, a, b)):
            listed, last = several, ""
            out += [RawRelation("supervises", u, p, si, "挂钩") for u in pending for p in several]
            pending = []  # 南莫、大公市场监管所 / 墩头镇、雅周镇: the units above take every place listed
            continue
        if place:
            last, listed = place, []
            level = r.entities[place].subtype or ""
            if level in _VILLAGE_LEVELS:
                if town:
                    out.append(RawRelation("within", place, town, si, None))
                out += [RawRelation("supervises", u, place, si, "包村") for u in pending]
                pending = []
            else:
                town = place
                if not villages:
                    out += [RawRelation("supervises", u, place, si, "挂钩") for u in pending]
                    pending = []
            continue
        units = _units_line(text, m, r, a, b)
        if not units:
            continue
        if target_after:
            pending = units
        elif last or listed:  # the town's units right after its line, a village's after the village's
            out += [RawRelation("supervises", u, p, si, "挂钩") for u in units for p in ([last] if last else listed)]
    return out


def _place_line(text: str, m: Mentions, r: Resolved, a: int, b: int, villages: bool) -> str:
    """The key of the place a line names and nothing else (a town, or with a village column a village
    written by form, made a place of the text here); else ''."""
    line = text[a:b].strip(" \u3000\t")
    at = b - len(text[a:b].lstrip(" \u3000\t"))  # where the line's name starts, past its indent
    body = _NOTE.sub("", line)
    # 梁子湖区涂家垴镇（3个）: a township after its district names the township
    p, end = last_of_run({q.start: q for q in m.places if at <= q.start < at + len(body)}, at)
    if p is not None and end == at + len(body):
        return r.place_key.get((p.start, p.end), "")
    if villages and (v := _VILLAGE_LINE.fullmatch(line)) is not None:
        name = v.group(1)
        e = r.add(EntityDraft(f"place:{name}|village", "place", name, subtype="village"))
        e.spans.append((at, at + len(name)))
        r.place_key[(at, at + len(name))] = e.key
        return e.key
    return ""


def _places_line(text: str, m: Mentions, r: Resolved, a: int, b: int) -> list[str]:
    """The keys of the places a line lists and nothing else (四面山镇、中山镇、塘河镇); else []."""
    places = _only_names(text, m.places, a, b)
    return [k for p in places if (k := r.place_key.get((p.start, p.end), ""))] if len(places) >= 2 else []


def _units_line(text: str, m: Mentions, r: Resolved, a: int, b: int) -> list[str]:
    """The keys of the units a line names and nothing else (县发展和改革局、县交通运输局); else []."""
    return [k for o in _only_names(text, m.orgs, a, b) if (k := okey(r, o)) and not k.startswith("?")]


def _only_names(text: str, names: Sequence[_Named], a: int, b: int) -> list[_Named]:
    """The names (of units or places) in text[a:b] when the line holds nothing else but separators."""
    inside = [n for n in names if a <= n.start and n.end <= b]
    rest = text[a:b]
    for n in reversed(inside):
        rest = rest[: n.start - a] + rest[n.end - a :]
    return inside if inside and not _UNIT_SEPARATORS.sub("", rest) else []
