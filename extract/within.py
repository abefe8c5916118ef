"""Which place lies within which, as a sentence states it, and the deepest places it names.

甲县乙镇 (juxtaposed), 甲乡的A村和B村 (a paired list), places under a county's label. The deepest
places of a sentence (its leaves) are what its cues act on.
"""

from __future__ import annotations

import re

from extract.clauses import COUNTED, COUNTED_TOWN, ITEM_HEAD, TOWN_LEVELS, Sent, clause_span, segment_start
from extract.gazetteer import LEVEL_RANK
from extract.mentions import PlaceM, lines_above
from extract.places import town_line_above
from extract.resolve import Resolved

_COUNT_AFTER = re.compile(r"([0-9一二三四五六七八九十]+个|各)(乡镇|乡|镇|街道|村|社区|县|区|市)?")  # 9个乡镇


def stated_within(text: str, st: Sent, r: Resolved) -> list[tuple[str, str]]:
    """Stated containment: 岷县梅川镇, 河南省洛阳市栾川县, and a prefix shared by a 、-list."""
    out: list[tuple[str, str]] = []
    places = st.places
    parent: PlaceM | None = None
    child_level: str | None = None
    prev: PlaceM | None = None
    for p in places:
        if prev is not None and (prev.end == p.start or text[prev.end : p.start] in _HEADS_CHILD) \
                and _rank(prev) < _rank(p):  # 岷县梅川镇; 竹林关镇：关口村、红椿村 (a town heading its villages)
            out.append((r.place_key[(p.start, p.end)], r.place_key[(prev.start, prev.end)]))
            parent, child_level = prev, p.level
        elif (
            parent is not None
            and prev is not None
            and (text[prev.end : p.start] in ("、",) or _BRACKET_THEN_COMMA.fullmatch(text, prev.end, p.start))
            and p.level == child_level
            and _rank(parent) < _rank(p)
        ):
            out.append((r.place_key[(p.start, p.end)], r.place_key[(parent.start, parent.end)]))
        else:
            if prev is None or prev.end != p.start:
                parent = None
        prev = p
    out += _under_label(text, st, r, {c for c, _ in out})
    out += _under_heading(text, st, r, {c for c, _ in out})
    out += _under_town_line(text, st, r, {c for c, _ in out})
    out += _paired_lists(text, st, r)
    return [(c, p) for c, p in out if c != p]


_THAT_LEVEL = {"该镇": "镇", "该乡": "乡", "该街道": "街道"}


def within_that_town(text: str, st: Sent, r: Resolved) -> list[tuple[str, str]]:
    """县教育局联点马桥镇，同时联系该镇石泉村、外沙村: 该镇 is the town just named, and holds the list
    it opens. Kept apart from stated_within: the town stays a target of its own clause."""
    out: list[tuple[str, str]] = []
    if text.find("该", st.start, st.end) < 0:
        return out  # most sentences: no 该 to read, no place to test
    places = st.places
    for i, p in enumerate(places):
        town = _that_town(text, places, p)
        if town is None:
            continue
        j = i
        while j < len(places) and (j == i or (text[places[j - 1].end : places[j].start] == "、"
                                              and places[j].level == p.level)):
            out.append((r.place_key[(places[j].start, places[j].end)], r.place_key[(town.start, town.end)]))
            j += 1
    return out


def _that_town(text: str, places: list[PlaceM], p: PlaceM) -> PlaceM | None:
    """The township 该镇 / 该乡 / 该街道 right before ``p`` refers to: the last one named before it."""
    word = next((w for w in _THAT_LEVEL if text.startswith(w, p.start - len(w))), None)
    if word is None:
        return None
    return next((q for q in reversed(places) if q.end <= p.start - len(word) and q.name.endswith(_THAT_LEVEL[word])
                 and _rank(q) < _rank(p)), None)


_INSIDE = ("境内的", "辖区内的")  # 位于常安镇境内的光恩林场: the place inside the one named before
# what may stand between a place and one inside it: 竹林关镇：关口村, 小雅镇—太平村 (a row's cells), 境内的
_HEADS_CHILD = ("：", ":", "—", "－", *_INSIDE)


_BRACKET_THEN_COMMA = re.compile(r"[（(][^（）()\n]{1,20}[）)]、")  # 关口村（县住建局）、红椿村
_ITS_OWN = re.compile(r"及其?(?:所辖|下辖)|(?:所辖|下辖)(?:的)?")


def _paired_lists(text: str, st: Sent, r: Resolved) -> list[tuple[str, str]]:
    """平峰镇、新营乡、红耀乡的张堡村、二府营村、小堡村: two lists of one length joined by 的, one level
    apart, pair one to one (each village in its town); 王卜庄镇及其所辖甲村、乙村: the town holds them."""
    places = st.places
    out: list[tuple[str, str]] = []
    for i in range(len(places) - 1):
        if _ITS_OWN.fullmatch(text, places[i].end, places[i + 1].start):  # 王卜庄镇及其所辖王卜庄村、孟良庄村
            j = i + 1
            while j < len(places) and _rank(places[i]) < _rank(places[j]) and (
                    j == i + 1 or text[places[j - 1].end : places[j].start] == "、"):
                out.append((r.place_key[(places[j].start, places[j].end)],
                            r.place_key[(places[i].start, places[i].end)]))
                j += 1
            continue
        if text[places[i].end : places[i + 1].start] != "的":
            continue
        a = i
        while a > 0 and text[places[a - 1].end : places[a].start] == "、" and places[a - 1].level == places[i].level:
            a -= 1
        b = i + 1
        while (b + 1 < len(places) and text[places[b].end : places[b + 1].start] == "、"
               and places[b + 1].level == places[i + 1].level):
            b += 1
        parents, children = places[a : i + 1], places[i + 1 : b + 1]
        if len(parents) == len(children) > 1 and _rank(parents[0]) < _rank(children[0]):
            out += [(r.place_key[(c.start, c.end)], r.place_key[(p.start, p.end)])
                    for p, c in zip(parents, children, strict=True)]
        elif a == i and places[i + 1].level in _CHILD_LEVELS.get(places[i].level, ()):
            # 四排山乡的大寨村和邦读村: one place's own children, however they are joined
            b = i + 1
            while (b + 1 < len(places) and text[places[b].end : places[b + 1].start] in ("、", "和", "及")
                   and places[b + 1].level == places[i + 1].level):
                b += 1
            out += [(r.place_key[(c.start, c.end)], r.place_key[(places[i].start, places[i].end)])
                    for c in places[i + 1 : b + 1]]
    return out


#: the levels a place's direct children have
_CHILD_LEVELS = {
    "province": ("prefecture", "city"),
    "prefecture": ("county", "district", "city"),
    "county": ("township", "subdistrict"),
    "district": ("township", "subdistrict"),
    "city": ("township", "subdistrict"),
    "township": ("village",),
    "subdistrict": ("village",),
}


def _under_label(text: str, st: Sent, r: Resolved, placed: set[str]) -> list[tuple[str, str]]:
    """A line or list item labelled by a place (棣花镇：县财政局包联巩家河村，…): the places one level
    below it named in the item lie within it."""
    label = st.places[0] if st.places else None
    if label is None or text[label.end : label.end + 1] not in "：:" or text[st.start : label.start].strip(" |"):
        return []
    children = _CHILD_LEVELS.get(label.level, ())
    parent = r.place_key[(label.start, label.end)]
    out = []
    for p in st.places[1:]:
        k = r.place_key[(p.start, p.end)]
        if p.level in children and k not in placed and not any(o.start <= p.start < o.end for o in st.orgs):
            out.append((k, parent))
    return out


def _under_heading(text: str, st: Sent, r: Resolved, placed: set[str]) -> list[tuple[str, str]]:
    """（一）吉雄镇（…） / 德吉村：派出单位…: villages heading the rows under a numbered heading line that
    names one township lie within it."""
    first = st.places[0] if st.places else None
    row = _ROW_HEAD.match(text, first.start) if first is not None else None
    if first is None or row is None or first.level != "village":
        return []
    line_s = text.rfind("\n", 0, first.start) + 1
    if text[line_s : first.start].strip():
        return []
    for head_s, head_e in lines_above(text, first.start, 8):  # up over the other rows of the item to its heading
        if ITEM_HEAD.match(text, head_s) or COUNTED_TOWN.match(text[head_s:head_e]):
            towns = list(dict.fromkeys(k for a, _, k in r.place_spans if head_s <= a < head_e
                                       and k in r.entities and r.entities[k].subtype in TOWN_LEVELS))
            if len(towns) != 1:
                return []
            return [(r.place_key[(p.start, p.end)], towns[0]) for p in st.places
                    if p.level == "village" and p.start < row.end() and r.place_key[(p.start, p.end)] not in placed]
    return []


def _under_town_line(text: str, st: Sent, r: Resolved, placed: set[str]) -> list[tuple[str, str]]:
    """上津镇 / 县财政局|盛家河村|陈明: the villages of the table rows under a line naming one township lie
    within it."""
    villages = [p for p in st.places if p.level == "village" and r.place_key[(p.start, p.end)] not in placed]
    if not villages or "|" not in text[st.start : st.end]:
        return []
    head = town_line_above(text, villages[0].start, {e for _, e, _ in r.place_spans})
    if head is None:
        return []
    towns = [k for a, _, k in r.place_spans if head[0] <= a < head[1] and k in r.entities
             and r.entities[k].subtype in TOWN_LEVELS]
    return [(r.place_key[(p.start, p.end)], towns[0]) for p in villages] if len(towns) == 1 else []


# 甲村、乙村：: the row's villages, then its colon (甲村 — 某局 — 李四: or a dash)
_ROW_HEAD = re.compile(r"[^，,。；;\n—－]{0,30}?(?:[：:]|[ \u3000]*[—－])")


def deepest_places(st: Sent, r: Resolved, leaves: list[str], within: list[tuple[str, str]]
             ) -> tuple[list[str], list[tuple[str, str]]]:
    """A table row "unit | 通江县 | 沙溪镇王坪村": the deepest places are the targets; a higher one in
    its own column contains the top of the others' chains (沙溪镇 within 通江县)."""
    rank = {r.place_key[(p.start, p.end)]: _rank(p) for p in st.places}
    deepest = max(rank[k] for k in leaves)
    targets = [k for k in leaves if rank[k] == deepest]
    containers = [k for k in leaves if rank[k] < deepest]
    if len(containers) != 1:
        return targets if not containers else leaves, []
    children = {c for c, _ in within}
    tops = [k for k in rank if k not in children and k not in containers and rank[k] > rank[containers[0]]]
    return targets, [(k, containers[0]) for k in tops]


def _rank(p: PlaceM) -> int:
    return LEVEL_RANK.get(p.level, 9)


#: 列为全市禁毒重点整治县区 (县（市、区）): the kind a list is named to is of the county level
_COUNTY_KIND = re.compile(r"(?:列为|确定为)[^，,；;。]{0,16}(?:县区|县市区|区县|县|区)(?:[（(][^）)]{0,6}[）)])?$")
# 将甲镇、乙镇列为…重点整治乡镇，将甲镇丙村…列为…村: a town listed in a clause of its own, as towns
_TOWN_KIND = re.compile(r"(?:列为|确定为)[^，,；;。]{0,16}(?:乡镇|镇街|镇|乡|街道|苏木)(?:[（(][^）)]{0,6}[）)])?$")


_ACT_ON_IT = re.compile(r"予以|实行|实施|开展|进行")  # (对甲镇予以挂牌督办; 针对甲县毒情特点: no act on it)


def _listed_as_its_level(text: str, st: Sent, r: Resolved, p: PlaceM, within: list[tuple[str, str]]) -> bool:
    """将甲县、乙县列为…重点整治县区，将甲县丙镇…列为…乡镇: a county (or a town) listed in a clause of its
    own, as a kind of its level or right after 对, is a target though another clause names its town (or
    village)."""
    kind = _COUNTY_KIND if p.level in ("county", "district", "city") else \
        _TOWN_KIND if p.level in ("township", "subdistrict") else None
    if kind is None:
        return False
    a, b = clause_span(text, st.start, st.end, p.start)
    k = r.place_key[(p.start, p.end)]
    children = {c for c, pk in within if pk == k}
    if any(a <= q.start < b and r.place_key[(q.start, q.end)] in children for q in st.places):
        return False
    # (在甲镇乙村段发现问题，…决定对甲镇予以挂牌督办: the town an act takes in a clause of its own)
    return kind.search(text, a, b) is not None or (
        text[p.start - 1 : p.start] == "对" and text[p.start - 2 : p.start - 1] not in ("针", "面", "相", "绝")
        and _ACT_ON_IT.search(text, p.end, b) is not None)


_SOME_OF = re.compile(r"部分(?:乡镇|镇街|镇|乡|街道|村居|村|社区)")


def _holding_some(st: Sent, text: str) -> set[tuple[int, int]]:
    """The places of a list that some of whose towns follow (甲区、乙区部分镇): containers, not targets."""
    out: set[tuple[int, int]] = set()
    if "部分" not in text[st.start : st.end]:
        return out
    ends = {p.end: p for p in st.places}
    for p in st.places:
        if _SOME_OF.match(text, p.end):
            q: PlaceM | None = p
            while q is not None:
                out.add((q.start, q.end))
                q = ends.get(q.start - 1) if text[q.start - 1 : q.start] in ("、", "和") else None
    return out


def place_leaves(st: Sent, r: Resolved, within: list[tuple[str, str]], text: str) -> list[str]:
    """Listed places that are targets: not a parent of another listed place, not a unit's prefix,
    not a container followed by a count (鼓楼区9个乡镇)."""
    # a parent is no target in the ；-segment that names its child (将甲县、乙市列为…；同时对甲县丙镇…)
    seg_of = {(p.start, p.end): segment_start(text, st.start, p.start) for p in st.places} if within else {}
    child_segs: dict[str, set[int]] = {}
    for p in st.places if within else ():
        child_segs.setdefault(r.place_key[(p.start, p.end)], set()).add(seg_of[(p.start, p.end)])
    parent_segs = {(pk, seg) for ck, pk in within for seg in child_segs.get(ck, ())}
    in_org = set()
    for o in st.orgs:
        for p in o.prefix_places:
            in_org.add((p.start, p.end))
        for p in st.places:
            if o.start <= p.start and p.end <= o.end:
                in_org.add((p.start, p.end))
    out = []
    holding = _holding_some(st, text)
    for p in st.places:
        k = r.place_key[(p.start, p.end)]
        if (p.start, p.end) in holding:
            continue  # 对大武口区、惠农区部分镇（街道）开展暗访: the districts hold the towns visited
        if (parent_segs and (k, seg_of[(p.start, p.end)]) in parent_segs and not _ITS_OWN.match(text, p.end)
                and not _listed_as_its_level(text, st, r, p, within)) \
                or (p.start, p.end) in in_org:
            continue  # (a town named with its villages, 甲镇及其所辖乙村, is a target itself)
        count = _COUNT_AFTER.match(text[p.end : p.end + 8])
        if count and LEVEL_RANK.get(COUNTED.get(count.group(2) or "", ""), 9) > _rank(p):
            continue  # 鼓楼区9个乡镇: the district holds the counted towns, it is not one of them
        if any(ds <= p.start < de for ds, de, _ in st.docs) or _in_case_name(text, st, p):
            continue
        if _FACILITY_AFTER.match(text, p.end):
            continue  # 梅山镇龙潭冲水库由县水利局包保: the town says where the reservoir is, the reservoir is taken
        out.append(k)
    return list(dict.fromkeys(out))


# a facility named after the place that holds it (甲镇乙水库, 乙乡境内的丙水库): what the place locates (but
# 甲乡山塘水库, 乙镇小型水库 name a kind of the town's works: the town is taken)
_FACILITY_AFTER = re.compile(
    r"(?:境内的?)?(?!山塘|小型|中型|大型|小[（(]|病险|重点|各类|所有|全部|[及和与并])"  # (甲镇及乙水库: both)
    r"[\u4e00-\u9fff]{1,6}?(?:水库|水电站|电站|拦河闸|大坝)(?![\u4e00-\u9fff]{0,2}(?:所在|周边))")


def _in_case_name(text: str, st: Sent, p: PlaceM) -> bool:
    """“高安镇刘某某等人非法采砂案”: a place inside a quoted case's name says where the case arose; the
    case is what is listed or overseen, not the place."""
    opened = text.rfind("“", st.start, p.start)
    if opened < 0 or text.rfind("”", opened, p.start) >= 0:
        return False
    closed = text.find("”", p.end, min(st.end, p.end + 40))
    return closed > 0 and text[closed - 1] == "案"
