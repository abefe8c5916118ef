"""Places in the matching view: gazetteer names on token boundaries (an everyday word such as 城区 only
right after its parent or listed beside a sibling), divisions the gazetteer lacks, known by their form
(…镇, …乡, …街道, …村 after their town or inside a list, …县 before its government), bare names sharing a
counted suffix (昭觉、布拖5县), and old county names only where something places them.

Places are found first: units take them as their prefixes (see ``orgs``), so nothing here reads units.
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache, partial

from extract.gazetteer import Division, gazetteer
from extract.lexicon import load
from extract.mentions import (
    CJK,
    LEVEL_CHARS,
    LEVEL_PAIRS,
    STOP,
    VERB_EDGES,
    PlaceM,
    lines_above,
    longest_leftmost,
    number,
)

# stop characters that never stand inside a place's name (向, 于, 和 … may: 向家坡村, 于家村)
_STRICT_STOP = set("的了在是与及或对将等把被所其之这那各该每此本")
_FORM_SUFFIX = (
    "经济技术开发区",
    "高新技术产业开发区",
    "街道办事处",
    "管理区",
    "开发区",
    "高新区",
    "街道",
    "社区",
    "苏木",
    "嘎查",
    "林场",  # 驼腰子镇青山林场: a forest farm, a village-level place named after its town
    "镇",
    "乡",
    "村",
    "县",
    "旗",
)
_FORM_LEVEL = {
    "经济技术开发区": "district",
    "高新技术产业开发区": "district",
    "管理区": "district",
    "开发区": "district",
    "高新区": "district",
    "街道办事处": "subdistrict",
    "街道": "subdistrict",
    "社区": "village",
    "苏木": "township",
    "嘎查": "village",
    "林场": "village",
    "镇": "township",
    "乡": "township",
    "村": "village",
    "县": "county",
    "旗": "county",
}


_LEVEL_LAST = frozenset("省市县区州盟旗镇乡")  # how a division's full name ends


def find_places(text: str, bounds: Container[int]) -> list[PlaceM]:
    """Gazetteer names on token boundaries, then names known only by their form."""
    g = gazetteer()
    common = frozenset(load("places.json")["common_words"])
    raw: list[tuple[int, int, object]] = []
    held: list[PlaceM] = []  # everyday words that may yet be a place before their own child
    for start, name in g.find_all(text):
        end = start + len(name)
        # the cheap character tests first: a boundary test may have to segment a run of text
        if not _after_place_char(text, start) and start not in bounds:
            continue
        if not _before_name_char(text, end) and end not in bounds and not (
            name[-1] in "省市县区州盟旗" and text.startswith(_UNIT_STARTS, end)
        ):
            continue  # (吉林市委: jieba cuts 吉林/市委, but a city before its 委 is the city)
        if (text[end : end + 1] in "村屯" or text.startswith(("社区", "嘎查"), end)) and name[-1] not in _LEVEL_LAST:
            continue  # 五里川镇河北村: a village named after a province (or a county's short name), read by its form
        level, fit = _reading(name)
        if name[-1] + text[end : end + 1] in LEVEL_PAIRS:
            continue  # 会同乡镇党委, 各县区: the suffix belongs to a pair of level words
        if name.startswith(("和", "及", "与")) and text[end : end + 1] in _LEVEL_WORD_ENDS:
            continue  # 积案和县内排查出的: 县内 is the word (and, within the county), no 和县
        if text[end : end + 1] in ("路", "巷") or (name.startswith(("和", "及", "与", "会同"))
                                                  and text[start - 1 : start] in _ENDS_A_NOUN) or (
                name.startswith("会同") and text[start - 1 : start] in _BEFORE_A_VERB):
            continue  # 江苏路社区 is a street's community; 县财政局和县公安局 is no 和县, 会同县河长办 no 会同县,
            # 《总河长令》（第2号）和县委办公室 no 和县 either, 要会同县水利局 no 会同县
        if name.startswith(("和", "会同")) and len(name) <= 3 and not _parent_named(text, start, fit):
            continue  # 报县级河长和县河长办, 牵头，会同县住建局: 和县 and 会同县 only with their prefecture
        if name in common and not any(e == start and isinstance(p, PlaceM) and _parent_of(p, fit) for _, e, p in raw):
            held.append(PlaceM(start, end, name, level, fit))
            continue  # 城镇, 城区: an everyday word, a place only right after its parent (阳泉市城区, not 波罗镇城镇)
        raw.append((start, end, PlaceM(start, end, name, level, fit)))
    raw += _heading_children(held, raw)
    raw += _listed_siblings(text, [h for h in held if not any(s == h.start for s, _, _ in raw)], raw)
    chosen = longest_leftmost(raw)
    taken = [(s, e) for s, e, _ in chosen]
    places = [p for _, _, p in chosen if isinstance(p, PlaceM)]
    known_ends = {p.end for p in places if not _old_county(p)}
    # (我镇村坊村: a village right after the town a town's own report calls 我镇)
    own_town = {m.end() for m in _OWN_TOWN.finditer(text)} if "我" in text else set()
    ends = {p.end for p in places} | own_town
    formed = _form_places(text, taken, ends, bounds)
    if new_ends := {p.end for p in formed if p.level == "township"} - ends:
        # 耇街彝族苗族乡打平村: a township known by its form anchors the villages after it, as one the
        # gazetteer knows does (a second pass, from its end)
        spans = [(p.start, p.end) for p in formed]
        formed += [p for p in _form_places(text, taken + spans, ends | new_ends, bounds)
                   if not any(a < p.end and p.start < b for a, b in spans)]
    places += formed
    places = _placed_counties(text, places, taken, known_ends)
    places += _shared_suffix_places(text, taken)
    places += _shared_tail_places(text, places)
    places.sort(key=lambda p: p.start)
    if "办事处" in text:
        places = [_office_cut(text, p, places) for p in places]
    return places


_OWN_TOWN = re.compile(r"我(?:镇|乡|街道)")
# what a 街道办事处 named as a place is the object of: 对甲街道办事处予以挂牌, 甲街道办事处等9个乡镇
_PLACE_AFTER = re.compile(r"\s*(?:等|予以|实行|实施|进行|列为|列入|纳入)")


def _office_cut(text: str, p: PlaceM, places: list[PlaceM]) -> PlaceM:
    """A 街道办事处 acting as a unit (责任单位：甲街道办事处, 甲街道办事处包保…) is the subdistrict's
    office: the place is its 街道 part. Listed among places or designated, it is the place itself."""
    if p.level != "subdistrict" or not p.name.endswith("办事处"):
        return p
    listed = any((q.end == p.start - 1 and text[q.end] in "、和及与") or (q.start == p.end + 1 and text[p.end] == "、")
                 for q in places)
    designated = _PLACE_AFTER.match(text, p.end) is not None or text[max(0, p.start - 1) : p.start] == "对"
    if listed or designated:
        return p
    return PlaceM(p.start, p.end - 3, p.name[:-3], p.level, p.candidates)


def _heading_children(held: list[PlaceM], raw: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """城区义井街道, 矿区桥头街道: an everyday word that is the name of the district holding the place
    written right after it is that district (only the readings that hold it)."""
    out: list[tuple[int, int, object]] = []
    for h in held:
        codes = {d.code for d in h.candidates if d.code}
        kids = [p for s, _, p in raw if s == h.end and isinstance(p, PlaceM)]
        fit = tuple(d for d in h.candidates if any(c.parent_code == d.code for k in kids for c in k.candidates))
        if codes and fit:
            out.append((h.start, h.end, PlaceM(h.start, h.end, h.name, h.level, fit)))
    return out


def _listed_siblings(text: str, held: list[PlaceM], raw: list[tuple[int, int, object]]
                     ) -> list[tuple[int, int, object]]:
    """陆河县、城区: an everyday word listed beside a place of the same parent is that parent's district
    (only the readings sharing a parent with the place beside it)."""
    out: list[tuple[int, int, object]] = []
    for h in held:
        beside = [p for s, e, p in raw if isinstance(p, PlaceM) and (
            (e == h.start - 1 and text[e] in "、和及") or (s == h.end + 1 and text[h.end] in "、和及"))]
        parents = {c.parent_code for p in beside for c in p.candidates if c.code}
        fit = tuple(d for d in h.candidates if d.code and d.parent_code in parents)
        if fit:
            out.append((h.start, h.end, PlaceM(h.start, h.end, h.name, h.level, fit)))
    return out


def _parent_named(text: str, start: int, divisions: tuple[Division, ...]) -> bool:
    """Whether a place whose name opens with a function word (和县: 和 + 县) is named as itself: at a
    line's start, or in a text that names its prefecture (马鞍山) anywhere."""
    if start == 0 or text[start - 1] == "\n":
        return True
    g = gazetteer()
    return any(a.name.removesuffix("市") in text for d in divisions for a in g.ancestors(d)[:1])


def _parent_of(p: PlaceM, divisions: tuple[Division, ...]) -> bool:
    """Whether the place ``p`` may be the parent of one of ``divisions``."""
    return any(d.parent_code == c.code for d in divisions for c in p.candidates if c.code)


_LEVEL_WORD_ENDS = frozenset("内外域级直里")  # 县内, 县域, 县级, 县直: a level word's compounds
_BEFORE_A_VERB = frozenset("要并将应须需还也已再拟均")  # 要会同县水利局: 会同 is the verb here
_SHARED_SUFFIX = re.compile(
    rf"((?:[{CJK}]{{2,4}}、)+[{CJK}]{{2,4}})等?([0-9]+|[一二三四五六七八九十两]+)个?(县|市|区|旗|街道|镇|乡)")
_SUFFIX_LEVELS = {"县": ("county",), "旗": ("county",), "区": ("district",), "市": ("city", "prefecture"),
                  "街道": ("subdistrict",), "镇": ("township",), "乡": ("township",)}


def _suffix_divisions(suffix: str, item: str) -> tuple[Division, ...]:
    """The divisions ``item`` names under a shared suffix: 中华 + 街道 is a full name, 昭觉 (+ 县) a short one."""
    g = gazetteer()
    found = g.lookup(item + suffix) if suffix in ("街道", "镇", "乡") else g.weak(item)
    return tuple(d for d in found if d.level in _SUFFIX_LEVELS[suffix])


def _shared_suffix_places(text: str, taken: list[tuple[int, int]]) -> list[PlaceM]:
    """昭觉、布拖、美姑、金阳、越西5县: bare names sharing a counted suffix, each a division of that
    level, when every one of them names one and the count is theirs."""
    out: list[PlaceM] = []
    for m in _SHARED_SUFFIX.finditer(text):
        items = m.group(1).split("、")
        count = m.group(2)
        if number(count) != len(items):
            continue
        suffix = m.group(3)
        named = partial(_suffix_divisions, suffix)
        first = items[0]  # the match may open with the word before the list (包联昭觉): keep the stem
        stem = next((first[-k:] for k in (2, 3, 4) if k <= len(first) and named(first[-k:])), first)
        items[0] = stem
        found = []
        at = m.start(1) + len(first) - len(stem)
        for item in items:
            divs = named(item)
            if not divs or any(a < at + len(item) and at < b for a, b in taken):
                break
            found.append(PlaceM(at, at + len(item), divs[0].name, divs[0].level, divs))
            at += len(item) + 1
        else:
            out += found
    return out


#: 睢城、睢河、金城街道: bare names listed before a full one, sharing its level word
_SHARED_TAIL = re.compile(rf"((?:[{CJK}]{{2,4}}、)+)[{CJK}]{{2,4}}?(街道|镇|乡)(?=[、，,；;。\s|]|$)")


def _shared_tail_places(text: str, places: list[PlaceM]) -> list[PlaceM]:
    """Bare names listed right before a place with the same level word (睢城、睢河、金城街道), each a
    division of that name and level under the same parent as the named one."""
    if "、" not in text:
        return []
    ends = {p.end: p for p in places}
    taken = [(p.start, p.end) for p in places]
    out: list[PlaceM] = []
    for m in _SHARED_TAIL.finditer(text):
        last = ends.get(m.end())
        if last is None or not last.candidates or last.start != m.end(1):
            continue
        parents = {d.parent_code for d in last.candidates}
        suffix = m.group(2)
        items = m.group(1).rstrip("、").split("、")
        at = m.end(1) - 1
        found: list[PlaceM] = []
        for item in reversed(items):  # from the named one back: the match may open with words before the list
            start = at - len(item)
            stem = next((item[-k:] for k in (2, 3) if k <= len(item)
                         and any(d.parent_code in parents for d in _suffix_divisions(suffix, item[-k:]))), "")
            divs = tuple(d for d in _suffix_divisions(suffix, stem) if d.parent_code in parents) if stem else ()
            if not divs or any(a < at and start + len(item) - len(stem) < b for a, b in taken):
                break
            found.append(PlaceM(at - len(stem), at, divs[0].name, divs[0].level, divs))
            if len(stem) < len(item):
                break  # the words before the list's first name
            at = start - 1
        out += found
    return out


@lru_cache(maxsize=65536)
def _reading(name: str) -> tuple[str, tuple[Division, ...]]:
    """A gazetteer name's level and the divisions of that name at that level (all, if none is)."""
    divs = tuple(gazetteer().lookup(name))
    level = _suffix_level(name) or divs[0].level
    return level, tuple(d for d in divs if d.level == level) or divs


def _suffix_level(name: str) -> str | None:
    for suf in ("街道办事处", "街道", "镇", "乡", "苏木"):
        if name.endswith(suf):
            return _FORM_LEVEL[suf]
    return None


def _after_place_char(text: str, i: int) -> bool:
    # 岷县梅川镇: a name may start right after another division's suffix, and after 中共 (jieba's
    # dictionary holds 中共福建省委 as one word)
    return i > 0 and (text[i - 1] in "省市州县区旗镇乡" or text[i - 2 : i] == "中共")


def _before_name_char(text: str, i: int) -> bool:
    return i >= len(text) or not ("\u3400" <= text[i] <= "\u9fff")


_FORM_RE = re.compile(rf"([{CJK}]{{1,6}}?)({'|'.join(_FORM_SUFFIX)})")
# 辖: 及其所辖王卜庄村; dashes: 县委办—格林镇—新合村 (a row's cells)
_ANCHOR_BEFORE = set('、，,；;：:（(　 \n\t|“"到在对将和及与至的辖—－')


# 县财政局驻魁胆村工作队: a unit and 驻 (stationed in) open the name of the place its team works in
_STATIONED_AT = re.compile(r"(?<=[局委办厅院部站所队])驻")
_TEAM_AFTER = re.compile(r"(?:驻村)?(?:帮扶)?工作[队组]")
_QUOTE_CLOSES = re.compile(r"(?:[（(][^）)]{0,6}[）)])?[”\"]")  # “无毒村（社区）”: the quote closes after a bracket
_ESTATE_PART = re.compile(r"(?<=[苑园城庭府湾里])(?:[一二三四五六七八九十0-9]+|[东西南北中])区")
# 德吉村：派出单位县委办公室 (南坡村 — 县委组织部 — 李四): a village heading its own row at a line's start
_ROW_HEAD = re.compile(r"[：:]|[ \u3000]*[—－]+")
# a second village of a list (甲村、乙村实行挂牌督办: the verb after the list too)
_VILLAGE_NEXT = re.compile(rf"、[{CJK}]{{2,4}}?(?:村|社区)(?:[、，,。；;：:和及|\n]|$|实行|开展|进行|等|列为|被|予以)")
# (结对认亲到该镇团结村: the town pointed back to opens the village's name too)
_ANCHOR_RE = re.compile("[" + re.escape("".join(sorted(_ANCHOR_BEFORE))) + "]|该(?:镇|乡|街道)")
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十两几个多]")


_BODY_ENDS = frozenset("局委办院部所队室站厅会组")
_ENDS_A_NOUN = _BODY_ENDS | frozenset("）)》”\"镇乡道府心处门")  # 马市镇和县住建局: 和 joins two names


def _cell_after_place(text: str, s: int, place_ends: set[int]) -> bool:
    """A table cell right below the cell of its town: "| 钟山镇" then "| 钟山村"; or a cell of a row
    whose earlier cell names its town (1|凤山镇|县住建局|河西畈村)."""
    line = text.rfind("\n", 0, s)
    if text[s - 1 : s] in ("|", "\t") and any(line < end < s for end in place_ends):
        return True  # (悦来镇\t东兴村: a tab between the cells)
    if text[s - 1 : s] == "|" and "||" in text[line + 1 : s]:
        return _town_in_rows_above(text, s, place_ends)  # 2|县发改局||城关村: the town cell merged above
    if text[s - 1 : s] == "|" and town_line_above(text, s, place_ends) is not None:
        return True  # 上津镇 / 县财政局|盛家河村|陈明: the rows under a line naming their town
    if line < 0 or text[line + 1 : s].strip() != "|":
        return False
    if len(text[:line].rstrip()) in place_ends:
        return True
    for a, b in lines_above(text, s, 12):  # 东城街道|和平社区|… / |新华社区|…: a first cell merged with the rows above
        first = text[a:b].split("|", 1)[0].strip()
        if first:
            at = a + text[a:b].index(first)
            return "|" in text[a:b] and at + len(first) in place_ends
    return False


def _cell_before_town(text: str, s: int, e: int, place_ends: set[int]) -> bool:
    """A whole table cell whose next cell is a known place (市财政局\t府山社区\t西林街道\t93.5: the
    community, then the subdistrict it belongs to)."""
    if text[e : e + 1] not in ("|", "\t") or (s > 0 and text[s - 1] not in "|\t\n"):
        return False
    cell_end = min((k for k in (text.find("|", e + 1), text.find("\t", e + 1), text.find("\n", e + 1)) if k > 0),
                   default=len(text))
    return cell_end in place_ends and cell_end - e <= 8


def town_line_above(text: str, pos: int, place_ends: Container[int]) -> tuple[int, int] | None:
    """The line heading the table rows above ``pos`` when it is nothing but a place's name (上津镇 over
    县财政局|盛家河村|陈明): its span; else None."""
    for a, b in lines_above(text, pos, 16):
        body = text[a:b]
        framed = body.strip(" \u3000\t|")  # | 一、市中街道 |: a row of one cell heads the rows below it
        if "|" in framed or ("|" in body and not framed):
            continue  # a row of the table, on up to its heading
        head = _ORDINAL_HEAD.sub("", framed)  # 一、市中街道: a numbered heading naming the town
        end = a + len(body.rstrip(" \u3000\t|"))
        if count := _COUNT_TAIL.search(head):  # 一、圣城街道（4个）: how many rows it heads
            head, end = head[: count.start()], end - len(count.group())
        if 2 <= len(head) <= 12 and end in place_ends and not _LINE_HEAD_MARK.match(head):
            return a, b
        return None
    return None


_COUNT_TAIL = re.compile(r"[（(]共?[0-9一二三四五六七八九十]+个[\u4e00-\u9fff]{0,2}[）)]$")
_LINE_HEAD_MARK = re.compile(r"[0-9一二三四五六七八九十（(]")
#: 一、, （一）, 1. before a heading's words
_ORDINAL_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9]{1,2}[.．、])")


def _town_in_rows_above(text: str, pos: int, place_ends: set[int]) -> bool:
    """Whether a row above the one holding ``pos`` (rows with an empty cell, up to the first full one)
    names a place: the town a column of merged cells leaves empty below it."""
    for a, b in lines_above(text, pos, 8):
        if "|" not in text[a:b]:
            return False
        if any(a <= end < b for end in place_ends):
            return True
        if "||" not in text[a:b]:
            return False
    return False


def _short_row_under_town(text: str, s: int, e: int, place_ends: set[int]) -> bool:
    """公园社区|区财政局|5 under 八一街道|鹅湖社区|区委组织部|3: a row one cell short opening with a
    village, under a row whose first cell names its town (the town's cell merged over both rows)."""
    if text[e : e + 1] != "|" or text[text.rfind("\n", 0, s) + 1 : s].strip(" \u3000"):
        return False
    width = text[s : text.find("\n", s) if "\n" in text[s:] else len(text)].count("|")
    for a, b in lines_above(text, s, 8):
        line = text[a:b]
        if line.count("|") == width + 1:
            first = line.find("|")
            return any(a < end <= a + first for end in place_ends)
        if line.count("|") != width:
            return False
    return False


_RURAL_COMPOUND = re.compile(
    r"村(?:全面)?(?:振兴|建设|治理|发展|产业|旅游|文化|教育|医生|公路|道路|环境|人居|学校|卫生|幼儿园|干部|人才)")


def _form_places(text: str, taken: list[tuple[int, int]], place_ends: set[int], bounds: Container[int]) -> list[PlaceM]:
    """Townships, villages and zones missing from the gazetteer, recognised by form.

    Only where the left edge is clear: after a separator, after a known division
    (石板镇红岩村) or at a sentence start, so 重点整治乡镇 never becomes a place.
    """
    out: list[PlaceM] = []
    kinds = frozenset(load("places.json")["kind_words"])
    long_kinds = tuple(w for w in kinds if len(w) > 2)
    common = frozenset(load("places.json")["common_words"])
    activities = load("places.json")["activity_words"]
    after_cue = {m.end() for m in _pairing_cue_re().finditer(text)}
    stationed = {m.end() for m in _STATIONED_AT.finditer(text)} if "驻" in text else set()
    starts = sorted({0} | {m.end() for m in _ANCHOR_RE.finditer(text)} | place_ends | after_cue | stationed)
    for s in starts:
        if s >= len(text):
            continue
        m = _FORM_RE.match(text, s)
        if not m:
            continue
        stem, suffix = m.group(1), m.group(2)
        e = m.end()
        if "到" in stem[:-1] and s in after_cue:
            continue  # 结对认亲到团结村: the name begins after 到 (read from there)
        if suffix == "村" and text.startswith("社区", e):
            stem, suffix, e = stem + suffix, "社区", e + 2  # 里村社区: a community named after a village
        elif suffix == "旗" and (tail := next((w for w in ("社区", "嘎查", "村") if text.startswith(w, e)), "")):
            stem, suffix, e = stem + suffix, tail, e + len(tail)  # 红旗社区, 红旗村: 旗 (a banner) inside the name
        if suffix == "街道" and text.startswith("办事处", e):
            e += 3
        if suffix == "乡" and text.startswith("村", e) and s in place_ends and text[s - 1] in "镇乡" \
                and not _RURAL_COMPOUND.match(text, e):
            stem, suffix, e = stem + suffix, "村", e + 1  # 蓬壶镇八乡村: a village after its town, 乡 inside the name
        if s not in place_ends and s not in bounds and s not in after_cue and s not in stationed:
            continue
        if _STATIONED_AT.search(stem):
            continue  # 锦屏县财政局驻魁胆村: a unit stationed in the village, whose name starts after 驻
        if all(ch in "乡镇村县区市省州街道社" for ch in stem) or stem == "自治":
            continue  # 乡镇, 县区, 自治县: level words, not names
        if len(stem) < 2 and s not in place_ends:
            continue  # 城镇, 城乡, 农村, 驻村: words; a name the gazetteer lacks has two characters at least
        if (text[s:e] in kinds or text[s:e].endswith(long_kinds)) \
                and not (text[s:e] in kinds and text[s - 1 : s] in "—－" and s - 1 in place_ends):
            continue  # 行政村, 贫困村, 软弱涣散村: a kind of village, no name (but 班竹镇—中心村 in a row is one)
        if _FORM_LEVEL[suffix] == "village" and len(stem) > 3 and any(a in stem for a in activities):
            continue  # 九成宫镇集中培训后到村: what people do there, no village's name
        if text[s:e] in common:
            continue  # 波罗镇城镇燃气: an everyday word (a place only after its parent, see find_places)
        if suffix == "乡" and _RURAL_COMPOUND.match(text, e):
            continue  # 聚焦乡村振兴: 乡 opens the word 乡村 (countryside), no township ends here
        if stem == "苏木" and suffix == "镇":
            continue  # 苏木镇: the two township words of Inner Mongolia, a pair like 乡镇
        inner = stem[1:] if _FORM_LEVEL[suffix] == "village" else ""  # 颐和路社区, 永和村, 石下村: inside or last
        if _FORM_LEVEL[suffix] == "village" and len(stem) >= 2 and stem[0] in "上中下那" and stem != "下沉":
            inner = stem[:-1]  # 中坪村, 上庄村, 下河村, 那布村 (那: a paddy field in Zhuang names)
        street = _FORM_LEVEL[suffix] == "village" and stem.endswith(("路", "街", "巷"))  # 兰州路社区, 郑州路社区
        # 龙腾苑四区社区, 天通北苑一区社区: a housing estate's part (四区) is no level word
        named = _ESTATE_PART.sub("", stem) if _FORM_LEVEL[suffix] == "village" else stem
        if _FORM_LEVEL[suffix] == "district":
            named = named.replace("经济", "")  # 金峰经济开发区: 经 is no stop inside 经济
        stops = any((ch in STOP and not (ch in "和上中下那其" and ch in inner)) or ch in "全各省市州县区"
                    for ch in (named[:1] if street else named))  # a street's name (九都路) may hold any word
        if _FORM_LEVEL[suffix] == "district" and text.startswith(_ZONE_UNITS, e):
            continue  # 鄂托克经济开发区管委会, 淄川经济开发区化工园区: the zone names a unit or a park
        if stops and _FORM_LEVEL[suffix] == "district" and len(named) >= 2:
            # 汶上经济开发区: a zone is named after its county or town, which may hold any word
            stops = any(ch in _STRICT_STOP or ch in "全各省市州县区" for ch in named)
        listed = text[s - 1 : s] == "、" and suffix == "社区" \
            and any(p.end == s - 1 and p.level == "village" for p in out)  # 里村社区、瓷都社区 (都 in a name)
        # 派出所包九所村、十所村: villages right after a pairing verb, or listed after one that is
        paired = s in after_cue or (text[s - 1 : s] == "、" and any(
            p.end == s - 1 and p.level == "village" and p.start in after_cue for p in out))
        town_cell = stops and text[s - 1 : s] in ("|", "\t") and _cell_after_place(text, s, place_ends)
        if stops and _FORM_LEVEL[suffix] == "village" and (s in place_ends or listed or paired or town_cell):
            # 洪家关白族乡向家坡村, 某镇于家村 (东城街道|和平社区): right after its town a village's name may
            # open with 向/于/和… (after a pairing verb 所 may end a name's first character: 九所村; after its
            # town a name may hold 州, 大武州村; 前所乡前所村 is named as its town is)
            near = s in place_ends or town_cell
            stops = text[s - len(stem) - 1 : s - 1] != stem and any(
                (ch in _STRICT_STOP and not (paired and ch == "所" and k > 0))
                or (ch in "全各省市州县区" and not (near and ch in "州市县" and k > 0)) for k, ch in enumerate(stem))
        if stem[0] == "和" and len(stem) >= 3 and s in place_ends and suffix not in ("村", "社区", "嘎查"):
            continue  # 常安镇和光恩林场: 和 joins two places (a village may open with it: 越河街道和平街社区)
        if _FORM_LEVEL[suffix] == "village" and text.startswith("段", e) and len(stem) >= 3 \
                and any(c in "江河湖溪渠" for c in stem[1:]):
            continue  # 沙村镇因赣江沙村段: a river's stretch named after a village, the river's name in front
        if stem[-1] == "驻" and suffix == "村" and text.startswith(("工作", "帮扶", "干部", "第一书记", "队"), e):
            continue  # 岢岚县驻村工作队: 驻村 (stationed in villages) describes the team, no village
        if stem[-1] in "包挂驻靠扶" and (s not in place_ends or len(stem) == 1):
            continue  # 部门包街道、科室包社区, 包靠镇, 帮镇扶村: a pairing verb before a level word, no name
            # (甲镇纳包村 is one)
        if stem[0] in "乡镇村" and stem[-1] in "帮扶包挂驻联":
            continue  # 驻镇帮镇扶村: a level word and a verb, no name
        if stem[0] == "委" and s in place_ends:
            continue  # 梅州市委农村工作领导小组: the place's party committee (市委), no village 委农村
        if "部分" in stem[:3]:
            continue  # 部分镇村, 部分农村: some of them, no name
        if stops or stem in (
            "我们",
            "你们",
            "他们",
            "咱们",
            "各",
            "全",
            "本",
            "重点",
            "有关",
            "相关",
            "所在",
            "某",
            "属地",  # 属地镇政府: the town where it lies, no name
            "提请",  # 提请县政府: to ask the county's government, no county 提请县
            "报请",
            "所属",
        ):
            continue
        if suffix == "乡" and text[e - 2 : e] in _XIANG_WORDS:
            continue  # 重点做好返乡人员排查: 返乡 (going home) is a word, no township
        if _NUMERAL.search(stem) if _FORM_LEVEL[suffix] != "village" else _COUNTED_VILLAGES.search(stem):
            continue  # 3个村, 几个乡镇, 许多村; but 西五社区, 三里村, 三多村 are names
        if (stem in VERB_EDGES or stem in _ACTS or any(stem[k : k + 2] in _ACTS or stem[k : k + 2] in VERB_EDGES
                                                         for k in range(len(stem) - 1))) \
                and not (street and s in place_ends) \
                and not (_FORM_LEVEL[suffix] == "village" and s in place_ends
                         and text[e : e + 1] in "、，,。；;和及等") \
                and not (_FORM_LEVEL[suffix] == "village" and text[s - 1 : s] == "、"
                         and any(p.end == s - 1 and p.level == "village" for p in out)):  # 光明社区、建设社区: a name
            continue  # 包联乡镇, 指导两镇, 明确县公安局, 吴建平带领镇河长办: a verb before a level word, not a name
        if text[e - 1 : e + 1] in LEVEL_PAIRS or (re.match(r"、(?:乡|镇|区|县)", text[e : e + 2])
                                                  and not (s in place_ends and _FORM_LEVEL[suffix] == "village")):
            continue  # 建立县、乡镇、村三级: level words in a list (香水镇沙南村、县财政局: a village after its town)
        if any(a < e and s < b for a, b in taken):
            continue
        if e < len(text) and ("\u3400" <= text[e] <= "\u9fff") and text[e] not in "、和及与" and e not in bounds:
            if not (text[e] in "村社镇乡街" or text[e : e + 1] in LEVEL_CHARS or text.startswith(_UNIT_STARTS, e)):
                continue
        lvl = _FORM_LEVEL[suffix]
        if text[s - 1 : s] in '“"' and _QUOTE_CLOSES.match(text, e):
            continue  # “万企帮万村”: a slogan in quotes, not a village
        if (
            lvl == "village"
            and s not in place_ends
            and not ((text[s - 1 : s] in "、和及与" and any(p.end in (s - 1, _bracket_open(text, s - 1)) for p in out))
                     or s - 1 in place_ends
                     or (text[s - 3 : s] == "境内的" and s - 3 in place_ends)  # 常安镇境内的光恩林场
                     or (text[s - 1 : s] in "；;" and _village_on_line(text, s, out))
                     or (text[s - 1 : s] in "，," and text[e : e + 1] in "由、" and len(stem) >= 2
                         and _village_on_line(text, s, out)))  # 甲村由A局后援，乙村由B局后援
            and not _cell_after_place(text, s, place_ends)
            and not (len(stem) >= 2 and _cell_before_town(text, s, e, place_ends))
            and not (s in after_cue and len(stem) >= 2)
            and not (s in stationed and len(stem) >= 2 and _TEAM_AFTER.match(text, e))  # 甲局驻乙村工作队
            and not (len(stem) >= 2 and _VILLAGE_NEXT.match(text, e))
            and not (len(stem) >= 2 and text.startswith(VILLAGE_COMMITTEES, e))  # 岐山社区居委会
            and not (len(stem) >= 2 and _ROW_HEAD.match(text, e) and not text[text.rfind("\n", 0, s) + 1 : s].strip())
            and not (len(stem) >= 2 and _short_row_under_town(text, s, e, place_ends))
        ):
            continue  # a village is named after its town, inside a list of places (问题较多的北坑村、上湖村)
            # or as what a unit pairs with (包联巩家河村), never alone (选派驻村)
        if lvl == "county" and (
            stem in VERB_EDGES or text[e : e + 2] in ("乡村", "乡镇", "区乡") or text[e : e + 1] == "级"
        ):
            continue  # 设立县乡村三级河长: 县 is a level word here, not a county's name
        if lvl == "county" and (len(stem) > 3 or any(b in bounds for b in range(s + 1, s + len(stem)))):
            continue  # 改建扩建县禁毒办: a county name is one short word
        out.append(PlaceM(s, e, text[s:e], lvl))
        taken.append((s, e))
    return out + _named_again(text, out, taken, place_ends, bounds)


_ZONE_UNITS = ("管委会", "管理委员会", "化工园区", "园区", "产业园")
VILLAGE_COMMITTEES = ("居委会", "村委会", "居民委员会", "村民委员会")
_COUNTED_VILLAGES = re.compile(r"[0-9个几第]|^.[位名]|^(?:多|许多|很多|诸多|众多|较多)$")


def _village_on_line(text: str, s: int, found: list[PlaceM]) -> bool:
    """Whether a village was found earlier on the line of ``s`` (甲镇乙村——某局；丙村——某局)."""
    line_s = text.rfind("\n", 0, s) + 1
    return any(p.level == "village" and line_s <= p.start < s for p in found)


def _bracket_open(text: str, at: int) -> int:
    """Where the bracket closing right before ``at`` opens (关口村（县住建局）、红椿村), else -1."""
    if text[at - 1 : at] not in "）)":
        return -1
    return max(text.rfind("（", max(0, at - 20), at), text.rfind("(", max(0, at - 20), at))


def _named_again(text: str, found: list[PlaceM], taken: list[tuple[int, int]], place_ends: set[int],
                 bounds: Container[int]) -> list[PlaceM]:
    """A village known by its form where the text placed it (蓝塘镇塘尾村) is the same village where the
    text names it again alone (针对塘尾村问题…)."""
    out: list[PlaceM] = []
    for name, level in {(p.name, p.level) for p in found if p.level == "village" and len(p.name) >= 3}:
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if s in place_ends or s in bounds or text[s - 1 : s] in _ANCHOR_BEFORE:
                out.append(PlaceM(s, e, name, level))
                taken.append((s, e))
    return out


def _placed_counties(text: str, found: list[PlaceM], taken: list[tuple[int, int]], place_ends: set[int]
                     ) -> list[PlaceM]:
    """Drop old counties (see :func:`_old_county`) unless something places them: every county of today
    has a code in the gazetteer, so these are old names (任县, 凤翔县) that stand after their city
    (宝鸡市凤翔县), next to known places in a list, alone in a table cell or line, or are named so
    elsewhere in the text. Without that, 汛期县防指 / 部分县直单位 / 刘建新任县总河长 are a word before
    the level word 县."""
    starts = {a for a, _ in taken}

    def placed(p: PlaceM) -> bool:
        before, after = text[p.start - 1 : p.start], text[p.end : p.end + 1]
        return (
            p.start in place_ends
            or (before == "、" and p.start - 1 in place_ends)
            or (after == "、" and p.end + 1 in starts)
            or (before in ("", "|", "\n", " ", "　") and after in ("", "|", "\n", "、", "，", "。"))
            or text.startswith(("政府", "人民政府"), p.end)  # 新竹县政府: a county outside the gazetteer's area
        )

    named = {p.name for p in found if _old_county(p) and placed(p)
             and not p.name[:-1].endswith(("年", "月", "日", "期", "间", "时"))}  # 今年县人民政府: 今年 is a time
    return [p for p in found if not _old_county(p) or p.name in named]


def _old_county(p: PlaceM) -> bool:
    """A county known by its form, or by a gazetteer name without a code (任县, 凤翔县: renamed since)."""
    return p.level == "county" and not any(d.code for d in p.candidates)


@lru_cache(maxsize=1)
def _pairing_cue_re() -> re.Pattern[str]:
    """The pairing and supervising cues (包联, 帮扶, 联系 …): what follows one may be a place's name."""
    words = [w for w in load("cues.json")["supervises"] if not w.startswith("re:")] + ["联系", "共同包联"]
    # and a bare 包 right after a unit (州公安局、州财政局包等秀村)
    cue = "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))
    # 包保辖区内居丁村: the cue's own area may come between it and the place
    bare = "(?:(?<=[局委办院部所队室站厅会组府])|(?<=分别))包(?!括|含|容|装|袱)"
    # 联系该镇石泉村, 包联了该街道北塔社区: the town just named may stand between them as 该镇
    # 区住建局负责开元社区；: 负责 before a short name and its level word, the list or clause ending there
    duty = r"负责(?=[\u4e00-\u9fff]{2,4}(?:村|社区)(?:[、，,。；;和及]|$))"
    return re.compile(f"(?:{cue}|{bare}|{duty})(?:辖区内的?|了?该(?:镇|乡|街道)的?)?")  # (包保该镇的新兴村和永幸村)


# what a unit after a place name starts with (新竹县政府): the place ends where the unit begins
_UNIT_STARTS = ("政府", "人民政府", "委", "党委", "公安", "法院", "人民法院", "检察院", "人民检察院", "警察")


_XIANG_WORDS = frozenset({"返乡", "下乡", "回乡", "城乡", "老乡", "家乡", "故乡", "异乡", "他乡", "进乡", "入乡",
                          "离乡", "本乡", "外乡", "全乡", "各乡", "思乡", "同乡"})
# acts that end a verb phrase right before a level word (包联乡镇, 督导县区, 明确县公安局)
_ACTS = frozenset(
    w for kind in ("supervises", "designates", "issued", "established") for w in load("cues.json")[kind]
    if not w.startswith("re:")
) | {"明确", "建立", "确定", "指导", "负责", "联系", "推进", "深入", "覆盖", "涉及", "全面", "健全", "落实", "实行",
   "实施", "开展", "加强", "压实", "简称", "统称", "合称"}
