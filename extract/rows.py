"""Rows and labelled duties: tables flattened into lines and 联系单位：… labels.

A row of places then units, one village——unit pair per line, units in brackets after a place
(关口村（县住建局）), a duty handed on (包抓单位由甲局调整为乙局), a river's course after its label.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.clauses import (
    CLAUSE_BREAK,
    ITEM_HEAD,
    SEMICOLON,
    Sent,
    branch_of,
    clause_span,
    deepest_keys,
    group_from,
    list_head,
    named_back,
    okey,
    org_pos,
    pos_of,
    segment_end,
    segment_start,
)
from extract.mentions import OrgM, is_cjk, lines_above, lines_below
from extract.resolve import Resolved

HELPERS = re.compile(r"成员|配合|参加|协助|协同")


def item_places(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[str]:
    """The places an item of a list is about: its leaves before any duty label (责任单位：…)."""
    label = _DUTY_LABEL.search(text, st.start, st.end)
    end = label.start() if label else st.end
    return [k for k in leaves if pos_of(r, k, st) < end]


_DUTY_LABEL = re.compile(
    r"((?:牵头(?=帮扶|包保|包联|联系|挂点|联点|结对))?"  # 牵头帮扶单位县公安局: the lead of a pairing
    r"(?:责任|督办|督导|督查|包保|包联|包挂|包片|包村|包案|帮扶|联系|挂钩|整改|挂点|联点|结对|牵头|派驻|派出|后盾)(?:单位|部门))"
    r"(?:[：:]|(?:仍|均|分别)?为|(?=[\u4e00-\u9fff]))"  # 联系单位县水利局: the unit right after the label
)


def place_row(text: str, st: Sent) -> bool:
    """A line that opens with its places and says no more than a field or two (灵山县陆屋镇　督导单位：市公安局),
    a row of a list announced above it; a line going on in prose (甲镇经过整治，…) is not."""
    return bool(st.places) and not text[st.start : st.places[0].start].strip(" \u3000\t") \
        and not CLAUSE_BREAK.search(text[st.start : st.end].rstrip("。；;\n"))


def _label_clauses_start(text: str, st: Sent, label_s: int) -> int:
    """Where the clauses a label after a comma speaks of begin: back from it, up to a clause naming
    a unit of its own (上罗镇由乙局牵头的第五督导组负责，仁义乡由第六督导组督导，牵头单位为甲局: the
    label is the sixth group's; a group named without its lead is no unit of its own)."""
    commas = [i for i in range(st.start, label_s - 1) if text[i] in "，,"]
    bounds = [st.start - 1, *commas, label_s - 1]
    for i in range(len(bounds) - 2, 0, -1):  # each clause before the one right before the label
        a, b = bounds[i - 1] + 1, bounds[i]
        if any(a <= o.start < b and o.kind != "taskforce" and o not in st.posts for o in st.orgs):
            return b + 1
    return st.start


def labelled_duties(text: str, st: Sent, r: Resolved, leaves: list[str], last_leaves: list[str]
                     ) -> list[tuple[str, str, str]]:
    """一、甲镇…问题。责任单位：乙县人民政府；督办单位：市生态环境局: each labelled unit supervises the
    item's places (this sentence's, else the one just before it on the same line)."""
    labels = [m for m in _DUTY_LABEL.finditer(text, st.start, st.end)
              if text[m.start() - 1] != "原" and (m.end() > m.end(1) or _labels_a_course(text, st, m)
                                                  or _labels_a_field(text, st, m))]
    if not labels:
        return _units_named_to_duties(text, st, r, leaves)
    places = [k for k in leaves if pos_of(r, k, st) < labels[0].start()]
    own_line = bool(places)  # the places lead this very sentence (not a line or heading above it)
    last_end = segment_end(text, labels[-1].end(), st.end)
    if not places and _COURSE.match(text, last_end + 1):
        # 联系部门：县水利局；流经甲镇、乙乡: the item's places follow its labels, in the next segment
        places = [k for k in leaves if last_end < pos_of(r, k, st) < segment_end(text, last_end + 1, st.end)]
    if not places and (course := _COURSE_AFTER.search(text, labels[-1].end(), last_end)) is not None:
        # 联系单位县水利局，流经甲镇、乙镇；: the item's places follow its label in the same segment
        places = [k for k in leaves if course.end() <= pos_of(r, k, st) < last_end]
    if not places and text[st.start - 1 : st.start] not in ("", "\n"):
        line_s = text.rfind("\n", 0, st.start) + 1  # the sentence just before, on the same line only
        on_line = {k for s, _, k in r.place_spans if line_s <= s < st.start}
        places = [k for k in last_leaves if k in on_line]
    if not places:  # 联系单位：县水利局 / 流经乡镇：甲乡、乙镇: the places on the field line below
        places = _course_line_places(text, r, st.end)
    if not places:  # 联系单位：县水利局。流经甲镇、乙镇。: the course in the sentence right after the label
        places = _course_sentence_places(text, r, st.end)
    if not places:  # 行政区域：霞浦县长春镇 / 反映问题：… / 牵头单位：县海洋与渔业局: the item's place field
        places = _field_places(text, r, st.start)
        if places and not any(r.entities[k].subtype in ("township", "subdistrict", "village") for k in places) \
                and _LEAD_FIELD.match(text, st.start):
            # 行政区域：台州市三门县 / … / 牵头单位：县综合行政执法局 / 责任单位：海游街道、县经信局: the
            # field names the whole county, the townships answering for the item are what is overseen
            places = _answering_towns(text, r, st.start) or places
    if not places:  # 1.临泉县杨桥镇 / 主要隐患：… / 督办单位：市消防救援支队: the item's heading line
        places = _heading_places(text, r, st.start)
    if not places:  # 牵头单位：县农业农村局 / 责任乡镇（街道）：球川镇: the item's place field below
        places = _field_places_below(text, r, st.end)
    out = []
    led = any(m.group(1).startswith(("牵头", "督办")) for m in labels) or _led_above(text, st.start) \
        or _led_below(text, st.end)
    for m in labels:
        if led and m.group(1).startswith(("责任", "整改")):
            continue  # 牵头单位：甲局；责任单位：乙县人民政府 (or 督办单位：甲局): the lead oversees, the others fix
        end = segment_end(text, m.end(), st.end)
        duty = m.group(1)[:2]
        if m.end() > m.end(1) and any(m.end() <= o.start < end and text.startswith(duty, o.end) for o in st.orgs):
            continue  # 明确了州级包联单位：甲委包联A镇，乙局包联B镇: each unit names its own pairing after the label
        seg_s = segment_start(text, st.start, m.start())
        # 甲镇…问题，责任单位为A；乙镇…问题，责任单位为B: each label pairs its own ；-segment's places
        own_places = [k for k in leaves if seg_s <= pos_of(r, k, st) < m.start()] if seg_s > st.start else []
        # (督办单位：甲大队，乙镇人民政府配合: 乙 only helps)
        units = [k for o, k in _labelled_units(st, r, m, end)
                 if branch_of(st, r, o) is o and not HELPERS.match(text, o.end)]
        if m.end() == m.end(1):  # 由包片单位区城管局督促…，整改情况报区创文办: the units listed after the label only
            listed = {k for k, _ in group_from(text, st, r, next(o for o in st.orgs if o.start == m.end()))}
            units = [k for k in units if k in listed]
        each = text.find("分别", m.end(1), end)
        own = [k for k in leaves if each < pos_of(r, k, st) < end] if each >= 0 else []
        one_to_one = bool(own)
        if own:  # 联系部门：县农业农村局、县林业局，分别对应河田镇、三洲镇: the places after 分别
            units = [k for k in units if org_pos(r, k, st) < each]
        elif each >= 0 and (not CLAUSE_BREAK.search(text, m.end(1), each) or _EACH_DOES.match(text, each)):
            # 甲村、乙村：派驻单位分别为A局、B局 (派出单位A局、B局，分别派驻): the item's places, in order
            own, one_to_one = sorted(places, key=lambda k: pos_of(r, k, st)), True
        if one_to_one:
            out += [(k, p, m.group(1)) for k, p in zip(units, own, strict=True)] if len(own) == len(units) else []
            continue
        joint = _JOINT_DUTY.search(text, m.end(), end)
        if joint and not own_places:  # 联系部门为甲局、乙局，共同联系丙镇、丁镇: the places the clause names
            own_places = [k for k in leaves if joint.end() <= pos_of(r, k, st) < end]
        if text[m.start() - 2 : m.start()] == "属地":
            continue  # 属地责任单位：甲镇人民政府: the place's own government, no oversight of another
        if m.group(1) in ("责任单位", "责任部门", "包案单位") \
                and (_PETITION.search(text, text.rfind("\n", 0, st.start) + 1, labels[0].start())
                     or _PETITION.search(_item_heading(text, st.start))):
            continue  # 甲街道居民反映…问题。包案领导：…；责任单位：乙区政府: a case handed over, no oversight
        if not own_places and own_line and seg_s == st.start and text[m.start() - 1 : m.start()] in "，,":
            cut = _label_clauses_start(text, st, m.start())
            own_places = [k for k in places if pos_of(r, k, st) >= cut] if cut > st.start else []
        targets = own_places or places
        if not targets and led and m.group(1).startswith("督办"):
            targets = _fixers(text, st, r, labels)  # 责任单位：市生态环境分局；督办单位：市河长办: no place, the unit
        course = _COURSE_AFTER.search(text, m.end(), end)
        if course is not None:  # 联系单位为甲局，流经A镇；联系单位为乙局，流经B镇: each label's own course
            targets = [k for k in leaves if course.end() <= pos_of(r, k, st) < end] or targets
        if m.group(1).startswith("督办") and (firms := firms_on_line(text, r, -1, m.start())):
            targets = firms  # 1.甲镇某煤业有限公司：…。督办单位：市能源局: the firm's hazard is overseen, not the town
        earlier = any(segment_start(text, st.start, m0.start()) < seg_s for m0 in labels if m0.start() < m.start())
        if not own_places and own_line and seg_s > st.start and earlier and text[seg_s : m.start()].strip() \
                and all(pos_of(r, k, st) < seg_s for k in places):
            targets = []  # 甲段（A镇至B镇）…联系单位为甲局；乙段…联系单位为乙局: A镇 is the first label's only
        # 责任单位：某公司: the firm answers for its hazard, it oversees nothing
        units = [k for k in units if not is_firm(r, k)]
        for k in units:
            home = r.entities[k].jurisdiction  # 责任单位：甲镇人民政府、乙镇人民政府: each its own town only
            out += [(k, p, m.group(1)) for p in ([home] if home in targets else targets)]
    return out + _units_named_to_duties(text, st, r, leaves)


def _fixers(text: str, st: Sent, r: Resolved, labels: list[re.Match[str]]) -> list[str]:
    """The units under the sentence's 责任单位/整改单位 labels (firms answer for their own hazards)."""
    return [k for m in labels if m.group(1).startswith(("责任", "整改"))
            for _, k in _labelled_units(st, r, m, segment_end(text, m.end(), st.end)) if not is_firm(r, k)]


def _labelled_units(st: Sent, r: Resolved, label: re.Match[str], end: int) -> list[tuple[OrgM, str]]:
    """The units (and their keys) a duty label names up to ``end`` (its ；-segment's), less posts and
    unresolved names."""
    return [(o, k) for o in st.orgs if label.end() <= o.start < end and o not in st.posts
            and (k := okey(r, o)) and not k.startswith("?")]


_COURSE = re.compile(r"\s*(?:流经|途经|流域涉及|涉及|覆盖|包括)")


_COMMA = re.compile(r"[，,]|——|—|－")
_COLON = re.compile(r"[：:]")


def place_then_units_row(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """（三）布拖县拖觉镇、特木里镇，州卫生计生委；: an item row of places, then (after its comma or dash) the
    units that take the duty announced above; with 分别 one to one, else every unit every place. A line of
    several such pairs (甲镇乙村——地委组织部；丙村——地委宣传部；) is read pair by pair."""
    cuts = [st.start] + [m.end() for m in SEMICOLON.finditer(text, st.start, st.end)] + [st.end]
    out: list[tuple[str, str]] = []
    for a, b in pairwise(cuts):
        part = Sent(st.index, a, b, [o for o in st.orgs if a <= o.start < b],
                     [p for p in st.places if a <= p.start < b], st.docs, st.posts, st.people)
        if part.places or part.orgs:
            pairs = _one_row_pair(text, part, r, leaves)
            if not pairs:
                return out
            out += pairs
    return out


def _one_row_pair(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    head = ITEM_HEAD.match(text, st.start)
    begin = head.end() if head else st.start
    # 通河镇：县发展和改革局、县财政局；: a colon parts the row when no comma does
    found = _COMMA.search(text, begin, st.end) or _COLON.search(text, begin, st.end)
    comma = found.start() if found else -1
    if comma >= 0 and st.orgs and st.orgs[0].start == begin and st.places and st.places[0].start > comma:
        return _unit_then_places(text, st, r, leaves, comma)
    if comma < 0 or not st.places or st.places[0].start != begin:
        return []
    places = [k for k in leaves if pos_of(r, k, st) < comma]
    helper = _HELPER_NOTE.search(text, comma, st.end)  # 窑店街道：市农业农村局（配合单位：市林业局）
    row_end = helper.start() if helper else st.end
    units = [k for o in st.orgs if comma < o.start < row_end and branch_of(st, r, o) is o
             and (k := okey(r, o)) and not k.startswith("?")]
    if not places or not units or any(o.start < comma and o not in st.posts for o in st.orgs):
        return []  # (甲镇：旗委副书记、旗长某，旗林草局: the leader's posts before the comma are no units)
    if found is not None and found.group() in "：:" and (
            text[max(p.end for p in st.places if p.start < comma) : comma].strip()
            or not _only_units(text, st, comma + 1, row_end)):
        return []  # 九所镇：县委常委邢维海挂点；…: the colon closes the places, and a row of units follows it
    if "分别" in text[comma : st.end]:
        return list(zip(units, places, strict=True)) if len(units) == len(places) else []
    return [(u, p) for u in units for p in places]


#: a note of the units that only help, closing a row (（配合单位：市林业局）)
_HELPER_NOTE = re.compile(r"[（(](?:配合|协助|协同|参与)(?:单位|部门)?[：:][^（）()]*[）)][ 　]*[；;。]?[ 　]*$")


def _unit_then_places(text: str, st: Sent, r: Resolved, leaves: list[str], sep: int) -> list[tuple[str, str]]:
    """区委组织部——学院南路街道光明里社区；: a row of units, then (after its dash) the places they take."""
    units = [k for o in st.orgs if o.start < sep and o not in st.posts and branch_of(st, r, o) is o
             and (k := okey(r, o)) and not k.startswith("?")]
    places = [k for k in leaves if pos_of(r, k, st) > sep]
    if any(o.start > sep for o in st.orgs) or not _only_units(text, st, st.start, sep):
        return []
    return [(u, p) for u in units for p in places]


def _only_units(text: str, st: Sent, start: int, end: int | None = None) -> bool:
    """Whether ``text`` from ``start`` to ``end`` (the end of ``st``) holds units and list marks only."""
    rest = list(text[start : st.end if end is None else end])
    for o in st.orgs:
        if o.start >= start:
            rest[o.start - start : o.end - start] = [" "] * (o.end - o.start)
    return not any(is_cjk(c) and c not in "和及" for c in rest)


# (甲乡联点单位调整为乙局: the unit it had left unsaid)
_HANDED_ON = re.compile(
    r"(?:包抓|包联|联系|帮扶|包保|挂点|联点|包村|结对|后援)(?:单位|部门)(?:由[^，,。；;]{2,24}?)?调整为")


def duty_handed_on(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """铁峪铺镇包抓单位由县自然资源局调整为县市场监管局: the new unit takes the places before the label."""
    m = _HANDED_ON.search(text, st.start, st.end)
    if m is None:
        return []
    clause_s, clause_e = clause_span(text, st.start, st.end, m.start())
    places = [k for k in leaves if clause_s <= pos_of(r, k, st) < m.start()]
    new = [k for o in st.orgs if m.end() <= o.start < clause_e and (k := okey(r, o)) and not k.startswith("?")]
    return [(u, p) for u in new for p in places]


def units_in_brackets(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """A place followed by its units in brackets (关口村（县住建局）): they take it, in a sentence of pairing."""
    out = []
    for p in st.places:
        k = r.place_key[(p.start, p.end)]
        if k not in leaves or text[p.end : p.end + 1] not in "（(":
            continue
        close = min((c for c in (text.find("）", p.end), text.find(")", p.end)) if c > 0), default=-1)
        inside = [o for o in st.orgs if p.end < o.start and o.end <= close]
        gaps = text[p.end + 1 : close]
        for o in inside:
            gaps = gaps.replace(text[o.start : o.end], "")
        if inside and close > 0 and all(c in "、和及" for c in gaps):
            out += [(u, k) for o in inside if (u := okey(r, o)) and not u.startswith("?")]
    return out


#: a row of one area of a partition (第一片区：甲镇、乙镇，由县财政局负责；), its places after the label
_AREA_LABEL = re.compile(r"[ \t　]*(?:第[一二三四五六七八九十\d]{1,3}|[东西南北中]部?|城区)片区?[：:]")
_AREA_TAKEN_BY = re.compile(r"[，,]由([^，,。；;]{2,60}?)(?:牵头)?(?:负责|包片|督导|联系)(?:督导|督查|联系)?[。；;]?")


def area_rows(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """第一片区：洣水镇、石湾镇，由局安全稳定股负责；: the units after 由 take the area's places."""
    label = _AREA_LABEL.match(text, st.start)
    taken = _AREA_TAKEN_BY.search(text, label.end(), st.end) if label else None
    if label is None or taken is None or text[taken.end() : st.end].strip():
        return []
    places = [k for k in leaves if label.end() <= pos_of(r, k, st) < taken.start()]
    units = [k for o in st.orgs if taken.start(1) <= o.start < taken.end(1) and (k := okey(r, o))
             and not k.startswith("?")]
    return [(u, p) for u in units for p in places]


def is_firm(r: Resolved, key: str) -> bool:
    """Whether unit ``key`` is a company (某有限公司三站充装站, a firm's station, is one too; so is a gas
    filling or supply station, 某液化石油气充装站, a business whatever its name)."""
    e = r.entities.get(key)
    return e is not None and ((e.subtype == "other" and e.name.endswith(("公司", "厂", "矿")))
                              or e.name.endswith(_FUEL_STATIONS) or "有限公司" in e.name)


_FUEL_STATIONS = ("充装站", "加油站", "加气站", "供应站", "储配站")


def firms_on_line(text: str, r: Resolved, start: int, end: int) -> list[str]:
    """The companies named on the line holding text[start or end : end] before ``end``."""
    line_s = text.rfind("\n", 0, start if start >= 0 else end) + 1
    return [k for (a, _), k in r.org_key.items() if line_s <= a < end and is_firm(r, k)]


_PETITION = re.compile(r"反映|信访|上访")


def _labels_a_course(text: str, st: Sent, label: re.Match[str]) -> bool:
    """联系单位县水利局，流经甲镇、乙镇: a label with no colon, a unit right after it and the places
    of a course in its segment (elsewhere the unit after such a label acts by its own verb)."""
    return any(o.start == label.end() for o in st.orgs) and _COURSE_AFTER.search(
        text, label.end(), segment_end(text, label.end(), st.end)) is not None


def _labels_a_field(text: str, st: Sent, label: re.Match[str]) -> bool:
    """甲村：派驻单位市发改委，第一书记乙；后盾单位丙局: a label with no colon opening a field of an item
    whose places lead the line, a unit right after it."""
    if text[label.start() - 1] not in "：:；;，," or not any(o.start == label.end() for o in st.orgs) \
            or not st.places or st.places[0].start > label.start():
        return False
    colon = _COLON.search(text, st.places[0].end, label.start())  # the item's head: its places, then a colon
    return colon is not None and CLAUSE_BREAK.search(text, st.places[0].end, colon.start()) is None


_COLON = re.compile(r"[：:]")
_EACH_DOES = re.compile(r"分别(?:派驻|派出|包保|包联|联系|帮扶|负责|督办|挂点|结对)(?=[。；;，,\n]|$)")


_COURSE_AFTER = re.compile(r"[，,]\s*(?:流经|途经|流域涉及)")
_COURSE_LINE = re.compile(r"[ \t　]*(?:流经|途经|流域涉及|涉及|覆盖)[^：:\n]{0,6}[：:]")


def _places_in(r: Resolved, a: int, b: int) -> list[str]:
    """The places written in text[a:b], each once, in order."""
    return list(dict.fromkeys(k for s, _, k in r.place_spans if a <= s < b))


def _course_line_places(text: str, r: Resolved, end: int) -> list[str]:
    """The places of the line right after the one ending at ``end``, when it is a course field
    (流经乡镇：甲乡、乙镇), less any place that only holds another of them."""
    line_s = text.find("\n", end - 1) + 1
    field = _COURSE_LINE.match(text, line_s) if line_s > 0 else None
    if field is None:
        return []
    line_e = text.find("\n", line_s) % (len(text) + 1)  # -1 (no newline): the text's end
    keys = _places_in(r, field.end(), line_e)
    parents = {r.entities[k].parent for k in keys if k in r.entities}
    return [k for k in keys if k not in parents]


_COURSE_SENTENCE = re.compile(r"[ \t　]*(?:流经|途经)")
_LIST_END = re.compile(r"[，,。；;\n]")


def _course_sentence_places(text: str, r: Resolved, end: int) -> list[str]:
    """The places a sentence opening with 流经 lists right after the one ending at ``end`` (联系单位：县水利局。
    流经甲镇、乙镇。), up to its first comma: 流经甲乡、乙镇，于丙镇汇入某河 ends its course before 丙镇."""
    course = _COURSE_SENTENCE.match(text, end)
    if course is None:
        return []
    stop = _LIST_END.search(text, course.end())
    list_e = stop.start() if stop else len(text)
    return deepest_keys(r, _places_in(r, course.end(), list_e))


_LEAD_FIELD = re.compile(r"(?:牵头|督办)(?:单位|部门)[：:]")


def _led_above(text: str, pos: int) -> bool:
    """Whether a field line above ``pos`` in the same numbered item names its lead (牵头单位：县水利局 /
    责任单位：…): the units of the item's other duty lines then only fix."""
    for a, b in lines_above(text, pos, 6):
        line = text[a:b]
        if ITEM_HEAD.match(line) and not _LEAD_FIELD.search(line):
            return False
        if _LEAD_FIELD.match(line.strip(" 　\t")):
            return True
    return False


def _led_below(text: str, pos: int) -> bool:
    """Whether a field line below ``pos`` in the same numbered item names its lead (责任单位：甲县委 /
    督办单位：市信访局): the units of the lines above it then only fix."""
    at = pos
    for _ in range(6):
        if at >= len(text):
            return False
        nl = text.find("\n", at)
        end = nl if nl >= 0 else len(text)
        line = text[at:end].strip(" 　\t")
        if ITEM_HEAD.match(line) or _SECTION_HEAD.match(line) or not line:
            return False
        if _LEAD_FIELD.match(line):
            return True
        at = end + 1
    return False


def _item_heading(text: str, pos: int) -> str:
    """The numbered heading line of the item holding ``pos`` (a few field lines above it), or ''."""
    for a, b in lines_above(text, pos, 6):
        if ITEM_HEAD.match(text[a:b]):
            return text[a:b]
    return ""


# 隐患所在地：甲镇 (地点：, 位置：) under an item's heading: the item says where, and that is overseen
_LOCATION_FIELD = re.compile(r"(?:所在地|地点|位置)[：:]")
_SECTION_HEAD = re.compile(r"[ \t　]*[一二三四五六七八九十]{1,3}、")


_PLACE_FIELD = re.compile(r"\s*(?:行政区域|所在地区?|所在区域|所在乡镇|所属乡镇|涉及乡镇|问题地点|地点|属地"
                          r"|责任(?:乡镇|镇街|街道)(?:[（(](?:街道|乡镇)[）)])?"
                          # 牵头单位：县应急管理局 / 督导乡镇（街道）：甲街道、乙街道: the places a group oversees
                          # (包片镇：甲镇、乙镇 names the townships by their word alone)
                          r"|(?:督导|督查|检查|巡查|包保|包联|包片|联系|挂点|联点|帮扶)(?:乡镇|镇街|街道|县市区|县区|区县|镇|乡)"
                          r"(?:[（(](?:街道|乡镇|苏木|镇街)[）)])?)[：:]")


#: a group's heading on a line of its own (第二督导组), which opens an item of field lines
_GROUP_LINE = re.compile(r"[ \t　]*第[一二三四五六七八九十\d]{1,3}[\u4e00-\u9fff]{0,4}组[ \t　]*$", re.M)


def _opens_item(text: str, a: int, b: int) -> bool:
    """Whether the line text[a:b] opens an item of field lines: a numbered item, a section heading or a
    group's heading line (第二督导组)."""
    return bool(ITEM_HEAD.match(text, a) or _SECTION_HEAD.match(text, a) or _GROUP_LINE.match(text, a, b))


_ANSWERING_FIELD = re.compile(r"\s*责任(?:单位|部门|主体)[：:]")


def _answering_towns(text: str, r: Resolved, pos: int) -> list[str]:
    """The townships named on the item's 责任单位 line (above or below ``pos``, within its item)."""
    for lines in (lines_above(text, pos, 4), lines_below(text, pos, 4)):
        for a, b in lines:
            if _opens_item(text, a, b):
                break
            if _ANSWERING_FIELD.match(text, a):
                return [k for k in _places_in(r, a, b) if r.entities[k].subtype in ("township", "subdistrict")]
    return []


def _field_places(text: str, r: Resolved, pos: int) -> list[str]:
    """The deepest places of the place field (行政区域：…) among the field lines above ``pos`` in its item."""
    for a, b in lines_above(text, pos, 8):
        if _PLACE_FIELD.match(text, a):
            return deepest_keys(r, _places_in(r, a, b))
        if ITEM_HEAD.match(text, a) or _GROUP_LINE.match(text, a, b):
            return []  # the item's heading: the fields above it are another item's
    return []


def _field_places_below(text: str, r: Resolved, pos: int) -> list[str]:
    """The deepest places of the place field among the field lines below ``pos``, up to the next item."""
    for a, b in lines_below(text, pos, 6):
        if _opens_item(text, a, b):
            return []
        if _PLACE_FIELD.match(text, a):
            return deepest_keys(r, _places_in(r, a, b))
    return []


def _heading_places(text: str, r: Resolved, pos: int) -> list[str]:
    """The deepest places named on the numbered heading line of the item holding ``pos`` (a few
    field lines above it), or none when no such line is close."""
    line_s = text.rfind("\n", 0, pos) + 1
    if ITEM_HEAD.match(text, line_s) or _SECTION_HEAD.match(text, line_s):
        return []  # the item's own heading line holds the sentence: an item above is another item
    for a, b in lines_above(text, pos, 6):
        line = text[a:b]
        if ITEM_HEAD.match(line) or (_SECTION_HEAD.match(line) and not CLAUSE_BREAK.search(line)):
            # (一、蛮河（流经甲镇、乙镇） / 联系单位：…; a section opening with prose heads no item)
            head = ITEM_HEAD.match(line) or _SECTION_HEAD.match(line)
            # (4．如皋金港大酒店有限公司: a firm named after its city's short name, which no mention holds)
            firms = [k for (s, _), k in r.org_key.items() if head and 0 <= s - (a + head.end()) <= 3
                     and all(is_cjk(c) for c in text[a + head.end() : s]) and is_firm(r, k)
                     and not _LOCATION_FIELD.search(text, b, pos)]
            # (一)某粮食仓储有限公司(地址:甲镇乙村) / 督办单位：县应急管理局: the firm the item is about, not
            # the address where it is
            alone = [k for (s, e), k in r.place_key.items() if head and s == a + head.end()
                     and text[e : e + 1] in ("。", "：", ":")]
            # (1．如城街道。如城街道益寿社区…: the place the heading names alone, not the ones its text goes on to)
            return firms or alone or deepest_keys(r, _places_in(r, a, b))
    return []


# 县自然资源局为责任单位: a unit named to a duty after the places of its ；-segment
_DUTY_AFTER_UNIT = re.compile(r"为(?:该(?P<that>镇|乡|街道|村|社区)的?)?"
                              r"(责任单位|牵头单位|包保单位|包联单位|联系单位|联系部门|帮扶单位)(?=[；;。，,]|$)")


def _units_named_to_duties(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str, str]]:
    """甲镇2件积案由县领导乙包案，县自然资源局为责任单位；…: the unit supervises its segment's places."""
    out = []
    for m in _DUTY_AFTER_UNIT.finditer(text, st.start, st.end):
        last = next((o for o in st.orgs if o.end == m.start() and o not in st.posts), None)
        if last is None or not (k := okey(r, last)) or k.startswith("?"):
            continue
        first = list_head(text, st, last)  # 县住建局、县城管局为责任单位: the whole list
        units = [k for k, _ in group_from(text, st, r, first) if not k.startswith("?")]
        seg_s = segment_start(text, st.start, m.start())
        own = deepest_keys(r, [p for p in leaves if seg_s <= pos_of(r, p, st) < first.start])
        if m.group("that"):  # 联系甲镇，挂点甲镇乙村，丙局为该镇联系单位: the town, not its village
            own = named_back(r, st.places, m.group("that"), first.start)
        seg_e = segment_end(text, m.end(), st.end)
        if not own and (course := _COURSE_AFTER.search(text, m.end(), seg_e)) is not None:
            # 甲河…，市水利局为联系单位，流经A县、B县；: the course after the label
            own = deepest_keys(r, [p for p in leaves if course.end() <= pos_of(r, p, st) < seg_e])
        out += [(u, p, m.group(2)) for u in units for p in own]
    return out


_JOINT_DUTY = re.compile(r"[，,](?:共同|一起|联合)(?:联系|包联|督导|负责|挂点)")
