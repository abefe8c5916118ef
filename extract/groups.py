"""Inspection and working groups: who leads each one and where it goes.

甲局、乙局分别牵头第一、二督查组，赴A县、B县; 第三督查组由丙局牵头; 由甲局牵头…组成的联合督查组，先后深入A县.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.clauses import (
    CLAUSE_BREAK,
    SEMICOLON,
    Sent,
    branch_of,
    clause_span,
    group_from,
    list_ending_at,
    okey,
    pos_of,
    segment_end,
    segment_start,
)
from extract.mentions import number
from extract.resolve import Resolved

_GROUP = re.compile(r"第([一二三四五六七八九十0-9]+)(?:督查|督导|检查|巡查|指导|工作)?组")  # keyed by its number
# what an inspection group is named for (第一督查组, 巡察组, 第二暗访组)
_GROUP_KINDS = "督查|督导|检查|巡查|巡察|指导|暗访|督察|考核"
# a list of numbered groups after a colon (…开展暗访督查：第一组负责甲镇、乙镇，第二组…): each row says who goes where
GROUP_ROWS_FOLLOW = re.compile(rf"[：:]\s*第[一二三四五六七八九十]+(?:{_GROUP_KINDS}|工作)?组")


def note_group_leads(text: str, st: Sent, r: Resolved, leads: dict[str, list[str]]) -> None:
    """Remember who leads each numbered group: 第一督查组由市应急管理局牵头 (for later sentences)."""
    formed = _FORMED_GROUPS.search(text, st.start, st.end)
    if formed is not None and (units := lead_units(text, st, r, formed.start())
                                       or _formers(text, st, r, formed.start())):
        leads["*"] = units  # 甲室牵头，会同乙厅组成4个督查组 (由甲局抽调骨干组成3个督查组): every group of them
    if (span := _LEADS_A_RANGE.search(text, st.start, st.end)) is not None:
        # 甲局、乙局、丙局分别牵头第一至第三督查组: the i-th unit leads the i-th group
        units = list_ending_at(text, st, r, span.start())
        first, last = number(span.group(1)), number(span.group(2))
        if 0 < first <= last <= len(_NUMERALS) and len(units) == last - first + 1:
            leads.update({_NUMERALS[n - 1]: [u] for n, u in zip(range(first, last + 1), units, strict=True)})
    if (counted := _COUNTED_LED_EACH.search(text, st.start, st.end)) is not None:
        # 三个督导组分别由甲委、乙部、丙局牵头: the i-th unit leads the i-th group (named in later sentences)
        units = list_ending_at(text, st, r, counted.end(2))
        if len(units) == number(counted.group(1)) <= len(_NUMERALS):
            leads.update({_NUMERALS[i]: [u] for i, u in enumerate(units)})
    for m in _GROUP.finditer(text, st.start, st.end):
        label = _LEAD_LABEL.search(text, m.end(), st.end)
        head = next((o for o in st.orgs if label is not None and o.start == label.end()), None)
        if label is not None and head is not None and not any(c in text[m.end() : label.start()] for c in "；;。"):
            # 第一督查组：带队单位省应急厅，督查长春市: the units the label names
            leads[m.group(1)] = [k for k, _ in group_from(text, st, r, head) if not k.startswith("?")]
            continue
        word = LEAD_WORD.search(text, m.end(), st.end)
        if word is not None and not any(c in text[m.end() : word.start()] for c in "；;。"):
            units = lead_units(text, st, r, word.end())
            if units:
                leads[m.group(1)] = units


_NUMERALS = "一二三四五六七八九十"
_COUNTED_LED_EACH = re.compile(rf"([0-9一二三四五六七八九十两])个[^，,。；;个]{{0,8}}?(?:{_GROUP_KINDS}|工作)?组"
                               r"[，,]?分别由([^，,。；;]{2,60}?)(?:牵头|带队)")
_LEAD_LABEL = re.compile(r"(?:带队|牵头|组长)(?:单位|部门)(?:[：:]|为)?")
_LEADS_A_RANGE = re.compile(r"分别(?:牵头|带队)第([一二三四五六七八九十]|[1-9])(?:至|到|－|—|-|~)"
                            rf"第?([一二三四五六七八九十]|10|[1-9])(?:{_GROUP_KINDS}|工作)?组")
_GROUP_ROW = re.compile(rf"[ \t　]*第([一二三四五六七八九十0-9]+)(?:{_GROUP_KINDS}|工作)?组[^：:。\n]{{0,40}}[：:]")


_TAKEN_AS = re.compile(
    r"分别(?:作为|担任)[^，,。；;]{2,72}?(?:包案|包保|包联|联系|责任|帮扶|督办|挂点)(?:单位|部门)")


def duties_taken(text: str, st: Sent, r: Resolved, leaves: list[str]) -> tuple[list[str], list[str]]:
    """甲局、乙局分别作为A镇、B镇积案化解的包案单位: the units and the places they take one to one."""
    m = _TAKEN_AS.search(text, st.start, st.end)
    units = list_ending_at(text, st, r, m.start()) if m is not None else []
    if m is None or not units:
        return [], []
    places = list(dict.fromkeys(k for p in st.places if m.start() <= p.start < m.end()
                                and (k := r.place_key[(p.start, p.end)]) in leaves))
    return (units, places) if len(units) == len(places) > 0 else ([], [])


def group_row(text: str, st: Sent, r: Resolved, leaves: list[str], leads: dict[str, list[str]]
               ) -> list[tuple[str, str]]:
    """第一督查组（市应急局牵头）：兰山区、罗庄区；: a row of a group list, its lead oversees the places."""
    row = _GROUP_ROW.match(text, st.start)
    if row is None or not (units := leads.get(row.group(1))):
        return []
    return [(u, p) for u in units for p in leaves if pos_of(r, p, st) >= row.end()]


def group_lead(text: str, clause_s: int, cue_pos: int, leads: dict[str, list[str]]) -> list[str]:
    """The lead units of a numbered group that is the subject of the cue's clause (第一督查组将对甲镇…)."""
    listed = _GROUPS_LISTED.search(text, clause_s, cue_pos)
    if listed is not None:  # 分别由第二、第三督查组负责跟踪督办: each group's lead, in order
        nums = re.findall(r"第([一二三四五六七八九十0-9]+)", listed.group())
        found = [leads.get(n, []) for n in nums]
        return [k for units in found for k in units] if all(found) else []
    m = _GROUP.search(text, clause_s, cue_pos)
    if m is None:  # 督查组分两个小组进驻甲旗: the one group whose lead is known
        bare = _BARE_GROUP.match(text, clause_s)
        return next(iter(leads.values())) if bare and len(leads) == 1 else []
    if text[clause_s : m.start()].strip("　 ，,其中"):
        return []
    return leads.get(m.group(1)) or leads.get("*", [])


# 组建由市应急管理局牵头，市住建局…参加的安全生产综合督查组，…先后深入甲县、乙市: the lead goes
LED_GROUP = re.compile(
    rf"由([^。；;]{{2,30}}?)(?:牵头|带队)[^。；;]{{0,60}}?的([^，,。；;]{{0,20}}?(?:{_GROUP_KINDS}|暗访)组)")
_INSPECTED = re.compile(
    r"对([^。；;]{2,60}?)(?:开展|进行)了?[^，,。；;]{0,12}?(?:明查暗访|暗访检查|暗查暗访|暗访|督查|督导|检查)")
# 甲局会同乙局、丙局组成联合检查组，由甲局牵头，对A镇、B镇开展了暗访检查: the lead named after the group
_FORMED_THEN_LED = re.compile(
    rf"(?:组成|组建|成立)[^，,。；;]{{0,12}}?(?:{_GROUP_KINDS}|暗访|检查)组[，,]\s*由([^，,。；;]{{2,30}}?)(?:牵头|带队)")
_VISITS = re.compile(r"(?:先后|分别)?(?:深入到?|赴|前往)|分赴")
# 甲室会同乙办抽调人员组成3个暗访组，…，分赴A县、B县: the units forming the groups go
_FORMS_GROUPS = re.compile(rf"(?:组成|派出)[0-9一二三四五六七八九十两]+个[^，,。；;]{{0,8}}?(?:{_GROUP_KINDS}|暗访)组")


def led_group_visits(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """A group formed under a lead unit (or by units) and sent to places in the same sentence: the lead
    (the forming units) oversees them."""
    led = LED_GROUP.search(text, st.start, st.end)
    if led is not None and (re.search(r"(?:组建|成立|组成)$", text[max(st.start, led.start() - 2) : led.start()])
                            or led.start() == st.start or text[led.start() - 1] in "，,"):
        # 组建由甲局牵头…的督查组; ，由甲局带队的市督查组…先后深入A镇: the group the clause opens with
        leads = [k for o in st.orgs if led.start(1) <= o.start and o.end <= led.end(1)
                 and not (k := okey(r, o)).startswith("?")][:1]
    elif (led := _FORMED_THEN_LED.search(text, st.start, st.end)) is not None:
        leads = [k for o in st.orgs if led.start(1) <= o.start and o.end <= led.end(1)
                 and not (k := okey(r, o)).startswith("?")]
    elif (led := _FORMS_GROUPS.search(text, st.start, st.end)) is not None:
        clause_s, _ = clause_span(text, st.start, st.end, led.start())
        lent = text.find("抽调", clause_s, led.start())  # 甲办抽调乙局、丙局业务骨干组成…: 乙, 丙 lend staff
        leads = [k for o in st.orgs if clause_s <= o.start and o.end <= led.start() and o not in st.posts
                 and not (lent >= 0 and o.start > lent) and text[o.start - 2 : o.start] != "设在"
                 and not (k := okey(r, o)).startswith("?")]  # (市禁烧办（设在市生态环境局）: where it sits)
        if text.startswith(("会同", "联合"), clause_s) and lent >= 0:
            # 由县河长办牵头，会同乙局、丙局抽调业务骨干组成2个督查组: the partners staff the lead's groups
            leads = lead_units(text, st, r, clause_s) or leads
    else:
        return []
    if not leads or "分别" in led.group(0):
        return []  # (由甲局、乙局分别牵头的2个督导组，分别对A镇、B镇…: one each, read by the cue)
    visit = _VISITS.search(text, led.end(), st.end)
    inspected = _INSPECTED.search(text, led.end(), st.end) if visit is None else None
    if visit is not None:
        stop = CLAUSE_BREAK.search(text, visit.end(), st.end)
        start, end = visit.end(), stop.start() if stop else st.end
    elif inspected is not None:  # …组成4个暗访组，…对甲县、乙县的12个镇进行了暗访检查
        start, end = inspected.span(1)
    else:
        return []
    places = [k for p in st.places if start <= p.start < end and (k := r.place_key[(p.start, p.end)]) in leaves]
    return [(u, p) for u in leads for p in places]


_ORDINAL = "[一二三四五六七八九十]+"
# 甲局、乙局、丙局分别牵头第一、二、三督查组，赴A县、B县、C市: the i-th lead's group goes to the i-th place
_LEAD_GROUPS_TO = re.compile(rf"分别(?:牵头|带队)第{_ORDINAL}(?:、第?{_ORDINAL})+(?:{_GROUP_KINDS}|工作)?组"
                             r"[，,]\s*(?:分别)?(?:赴|前往|深入到?)")
# 第四督查组由甲局牵头（、乙局参加），赴A市 (负责A市): the group's lead goes to A市
_GROUP_LED_TO = re.compile(rf"第{_ORDINAL}(?:{_GROUP_KINDS}|工作)?组由([^，,。；;]{{2,30}}?)(?:牵头|带队)"
                           r"[^，,。；;]{0,20}[，,]\s*(?:赴|前往|深入到?|负责(?:督查|督导|检查|巡查)?|督查|督导)")


# a numbered group and its lead, however the text joins them: 县应急管理局牵头的第一督导组, 第三督导组（则）由县住建局
# 牵头, 第五督导组（县市场监管局牵头）
_LED_NUMBERED = re.compile(
    rf"(?:(?P<before>[^，,。；;、]{{2,30}}?)(?:牵头|带队)的)?第{_ORDINAL}(?:{_GROUP_KINDS}|工作)?组"
    r"(?:则?由(?P<after>[^，,。；;（(]{2,30}?)(?:牵头|带队)|[（(](?P<inside>[^）)]{2,30}?)(?:牵头|带队)[）)])?")
_ANY_NUMBERED = re.compile(rf"第{_ORDINAL}(?:[、和]第?{_ORDINAL})*(?:{_GROUP_KINDS}|工作)?组")
# what a group does at the places it goes to: 来到甲街道, 深入甲镇, 在甲镇检查, 赶赴, 转战, 重点检查
_GROUP_AT = re.compile(r"来到|深入|赶赴|转战|前往|检查|督导|督查|排查|巡查")


def led_numbered_groups(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """县应急管理局牵头的第一督导组来到甲街道…；次日又转战乙街道: each numbered group's lead oversees the
    places its part of the sentence (up to the next group) takes it to."""
    every = list(_LED_NUMBERED.finditer(text, st.start, st.end))
    starts = [m.start() for m in _ANY_NUMBERED.finditer(text, st.start, st.end)]
    org_starts = {o.start for o in st.orgs}
    out: list[tuple[str, str]] = []
    for m in every:
        if not (m.group("before") or m.group("after") or m.group("inside")):
            continue
        lead_s, lead_e = next(m.span(g) for g in ("before", "after", "inside") if m.group(g))
        leads = [k for o in st.orgs if lead_s <= o.start and o.end <= lead_e and o not in st.posts
                 and (k := okey(r, o)) and not k.startswith("?")][-1:]
        # the group's part: up to the next group, or a ；-segment that opens with units of its own
        end = min([s for s in starts if s >= m.end()] + [st.end])
        end = min([i for i in range(m.end(), end) if text[i] in "；;" and i + 1 in org_starts] + [end])
        if not leads or not _GROUP_AT.search(text, m.end(), end):
            continue
        out += [(u, k) for u in leads for p in st.places if m.end() <= p.start < end
                and (k := r.place_key[(p.start, p.end)]) in leaves]
    return out


def groups_sent_to(text: str, st: Sent, r: Resolved, leaves: list[str]) -> list[tuple[str, str]]:
    """Numbered groups and where their leads take them, in one sentence (see the two patterns above)."""
    out: list[tuple[str, str]] = []

    def places_from(at: int) -> list[str]:
        end = segment_end(text, at, st.end)
        return [k for p in st.places if at <= p.start < end and (k := r.place_key[(p.start, p.end)]) in leaves]

    for m in _LEAD_GROUPS_TO.finditer(text, st.start, st.end):
        units = list_ending_at(text, st, r, m.start())
        places = places_from(m.end())
        if units and len(units) == len(places):
            out += list(zip(units, places, strict=True))
    for m in _GROUP_LED_TO.finditer(text, st.start, st.end):
        leads = [k for o in st.orgs if m.start(1) <= o.start and o.end <= m.end(1)
                 and not (k := okey(r, branch_of(st, r, o))).startswith("?")][:1]  # (甲局乙分局: the branch)
        out += [(u, p) for u in leads for p in places_from(m.end())]
    return out


# 由甲局、乙局、丙局分别牵头组成三个督查组，对A县、B县；C区；D市…开展督查: one ；-group per lead
_EACH_LEADS = re.compile(r"分别(?:牵头|带队)")
_COMMA_OR_STOP = re.compile(r"[，,。]")
_LED_EACH = re.compile(r"分别由[^，,。；;]{2,40}?()(?:牵头|带队)[，,]"
                       r"分别(?:负责)?(?:督查|督导|检查|联系|包保|包联|巡查)")
_GROUP_SPLIT = re.compile(r"[和及]")
_CLAUSE_STOP = re.compile(r"[，,。；;]")
# 4个督查组分别由甲部、乙局、丙局、丁局牵头：第一组督查A、B；第二组督查C…: the numbered groups in order
# (…牵头，汛期对各乡镇责任落实情况开展督查：第一组负责…: a clause on what the groups do may come between)
_LED_THEN_NUMBERED = re.compile(
    r"分别由[^，,。；;：:]{2,60}?()(?:牵头|带队)(?:[，,][^。；;：:]{0,40})?[：:，,](?=第[一1])")
_FULL_STOP = re.compile(r"[。]")


def places_by_group(text: str, st: Sent, r: Resolved, leaves: list[str]
                     ) -> tuple[list[tuple[str, str]], tuple[int, int]]:
    """Units that each lead a group, and places listed in as many ；-separated groups after 对: the
    i-th unit oversees the i-th group. Also gives the span of the groups, whose cue is read here."""
    each = _EACH_LEADS.search(text, st.start, st.end)
    units = list_ending_at(text, st, r, each.start()) if each is not None else []
    opener = text.find("对", each.end(), st.end) if each is not None else -1
    splitter, stopper = SEMICOLON, _COMMA_OR_STOP
    if each is None and (led := _LED_EACH.search(text, st.start, st.end)) is not None:
        # 第七组、第八组分别由甲局、乙局牵头，分别负责督查A市、B市和C县、D县: the groups split at 和 too,
        # within their clause
        units = list_ending_at(text, st, r, led.end(1))
        opener = led.end()
        splitter, stopper = _GROUP_SPLIT, _CLAUSE_STOP
    if each is None and not units and (led := _LED_THEN_NUMBERED.search(text, st.start, st.end)) is not None:
        units = list_ending_at(text, st, r, led.end(1))
        opener = led.end()
        splitter, stopper = SEMICOLON, _FULL_STOP
    if len(units) < 2 or opener < 0:
        return [], (0, 0)
    stop = stopper.search(text, opener, st.end)
    end = stop.start() if stop else st.end
    inside = {i for p in st.places for i in range(p.start, p.end)}  # 和平镇 is no split
    cuts = [opener] + [m.end() for m in splitter.finditer(text, opener, end) if m.start() not in inside] + [end]
    groups = [[k for p in st.places if a <= p.start < b and (k := r.place_key[(p.start, p.end)]) in leaves]
              for a, b in pairwise(cuts)]
    if len(groups) < 2:
        return [], (0, 0)
    if len(groups) != len(units) or not all(groups):
        return [], (opener, end)  # groups that do not align with their leads: nobody is paired
    return [(u, p) for u, g in zip(units, groups, strict=True) for p in g], (opener, end)


_GROUPS_LISTED = re.compile(r"第[一二三四五六七八九十0-9]+(?:[、和]第[一二三四五六七八九十0-9]+)+"
                            rf"(?:{_GROUP_KINDS}|工作)?组")
# (组建3个耕地保护督导组: a topic may stand between the count and the kind)
_FORMED_GROUPS = re.compile(
    rf"(?:组成|组建|成立|组织)[0-9一二三四五六七八九十两]+个[^，,。；;个]{{0,8}}?(?:{_GROUP_KINDS}|工作)组")


_BARE_GROUP = re.compile(rf"[　 ，,]*(?:该|此)?(?:{_GROUP_KINDS})组")


# 牵头, or 任组长单位 (第一巡查组由市应急管理局任组长单位)
LEAD_WORD = re.compile(r"牵头|带队|(?<=[任为])组长单位|(?<=担任)组长单位")


_LEAD_JOINER = re.compile(r"(?:[（(][^（）()]{1,12}[）)])?(联合|共同|任|为|担任)?")


def _formers(text: str, st: Sent, r: Resolved, at: int) -> list[str]:
    """The units that form the groups, opening the clause of 组成 at ``at`` (由县市场监管局抽调执法骨干组成3个
    督查组; the units it draws staff from, after 抽调, only lend them)."""
    clause_s, _ = clause_span(text, st.start, st.end, at)
    you = text.find("由", clause_s, at)
    a = you + 1 if 0 <= you <= clause_s + 4 else clause_s
    lent = text.find("抽调", a, at)
    b = lent if lent >= 0 else at
    units = [o for o in st.orgs if a <= o.start and o.end <= b and o not in st.posts]
    if not units or units[0].start > a + 2:
        return []  # (本次督查组成3个组: no unit opens the clause)
    return [k for o in units if (k := okey(r, o)) and not k.startswith("?")]


def lead_units(text: str, st: Sent, r: Resolved, cue_pos: int) -> list[str]:
    """第一督查组由市应急管理局牵头，市公安局配合，督查甲县: the lead units (牵头) of the cue's
    ；-segment act, the units that only take part (配合, 参加) do not."""
    seg_s = segment_start(text, st.start, cue_pos)
    found = [m for m in LEAD_WORD.finditer(text, seg_s, cue_pos)]
    if not found:
        return []
    lead = found[-1].start()
    clause_s, _ = clause_span(text, st.start, st.end, lead)
    # (分别由甲、乙、丙牵头：甲牵头的督导组负责A镇，…: the 由 of an earlier clause names all the leads)
    you = text.rfind("由", max(seg_s, clause_s), lead)
    a = you + 1 if you >= 0 else clause_s
    units = [o for o in st.orgs if a <= o.start and o.end <= lead and o not in st.posts
             and not _GROUP.search(text, o.start, o.end)]  # the group itself is led, it does not lead
    # (a bracketed note may follow the last unit: 市文化局（市旅游发展局）共同牵头)
    if not units or not _LEAD_JOINER.fullmatch(text, units[-1].end, lead):
        return []  # 牵头 not right after units (一个牵头部门): no lead named here
    # (由甲市生态环境局乙区分局牵头: the branch leads, not the bureau its name opens with)
    return [k for o in units if branch_of(st, r, o) is o and (k := okey(r, o)) and not k.startswith("?")]
