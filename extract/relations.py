"""Responsibility relations from cue words, clause structure and enumerations.

Works sentence by sentence in view coordinates. The subject of a cue is, in order:
the agent after 由 / 被 / 经, the units a clause starts with (its topic), or the topic
carried over from an earlier sentence (elided subjects). Collective statements
expand: every subject times every object.

This module holds the walk's driver and the designating, supervising and founding passes; what they
read has modules of its own: ``walk`` (the walk's state), ``acts`` (which cue words are acts),
``agents`` (who acts), ``objects`` (on what), ``documents`` (who issues and forwards which titles) and
``tables`` (table and list rows, and the headings above them).
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.acts import ITEMS_HANDED, cue_names_no_act, cues_found, delistings, oversight_re
from extract.agents import (
    POST,
    TOGETHER_WITH,
    clause_topic,
    naming_a_group,
    opened_by_post,
    segment_topic,
    sentence_topic,
)
from extract.clauses import (
    CLAUSE_BREAK,
    COUNTED,
    HEADING,
    LIST_SEP,
    RawRelation,
    Sent,
    clause_span,
    okey,
    segment_start,
)
from extract.documents import NOTICE_OWN_ACT, issued_and_forwarded, report_on_behalf, titles_begin_with_issuer
from extract.founding import (
    BARE_GROUP_SETS_UP,
    FOUNDED_GROUPS,
    founded_groups,
    founders_by_place,
    own_unit,
    rehome,
    sub_units,
)
from extract.groups import GROUP_ROWS_FOLLOW, LED_GROUP, duties_taken, group_lead, lead_units
from extract.mentions import Mentions, OrgM, last_of_run, number
from extract.objects import DURING_LISTING, LISTED, delisted_later, listed_places, named_before, subject_objects
from extract.resolve import Resolved
from extract.rows import labelled_duties
from extract.tables import (
    announced_items,
    counted_cases_located,
    duties_by_shape,
    duty_rows_below,
    duty_table_row,
    merged_cells,
    names_a_firm,
    names_a_fixer,
    names_columns,
    reads_as_row,
    table_heading,
)
from extract.walk import Sentence, Walk, start_walk
from extract.within import place_leaves, stated_within, within_that_town


def extract_relations(text: str, spans: list[tuple[int, int]], m: Mentions, r: Resolved) -> list[RawRelation]:
    """The relations of a text, sentence by sentence; each pass below reads one shape or kind of cue."""
    out: list[RawRelation] = []
    w = start_walk(text, spans, m, r)
    for si, (s, e) in enumerate(spans):
        mark = len(out)  # where this sentence's relations begin
        sen = _read_sentence(w, si, s, e, out)
        _carried_subject_resets(sen, w)
        row = reads_as_row(sen, w)
        merged = merged_cells(sen, w)
        if row and w.list_cue and (sen.st.orgs or merged[0]) and (sen.leaves or merged[1] or names_a_firm(sen, w)
                                                                 or names_a_fixer(sen, w)):
            duty_table_row(sen, w, out, merged)
            continue  # a row under a duty heading says no more, and carries nothing over
        # (most sentences need few of the passes below: the cheap tests before them spare the calls)
        columns = row and bool(sen.leaves) and names_columns(sen.sent)  # 类别 | 即墨区结对单位 | …
        if not sen.leaves or columns:
            table_heading(sen, w, row, columns)
        duty_rows_below(sen, w, out)
        if w.counted_listing is not None:
            counted_cases_located(sen, w, out)
        if w.announced is not None:
            announced_items(sen, w, out)
        grouped_span = duties_by_shape(sen, w, out)
        found = cues_found(sen, w)
        taken = _cases_taken(sen, w, out)
        if found["designates"] or found["supervises"]:
            _designations_and_oversight(sen, w, found, grouped_span, taken, out)
        if found["forwarded"] or found["issued"]:
            issued_and_forwarded(sen, w, found, out)
        parents_done = _foundings(sen, w, found, out) if found["established"] else set()
        _subunits_without_founding(sen, w, parents_done, out)
        if "代表" in sen.sent:
            report_on_behalf(sen, w, out)
        if sen.st.docs:
            titles_begin_with_issuer(sen, w, out)
        labelled = labelled_duties(text, sen.st, r, sen.leaves, w.last_leaves)
        if labelled:  # 甲村、乙村：派出单位A局、B局，分别派驻: the labels name who acts, no unit carried over
            named = {okey(r, o) for o in sen.st.orgs}
            out[mark:] = [x for x in out[mark:] if not (x.type == "supervises" and x.subject not in named)]
        out += [RawRelation("supervises", a, b, si, cue) for a, b, cue in labelled]
        if "驻" in sen.sent:
            out += _village_teams(sen, w) + _town_teams_led(sen, w)
        # what later sentences may leave unsaid: their subject (the topic carried over) and the places an
        # anaphor (这些乡镇, 对上述10个乡镇) refers back to
        if sen.topic and not _HELPER_FIELD.match(sen.sent) and not _PAGE_META.search(sen.sent) \
                and not _only_helps(w, sen):
            w.carried = sen.topic  # (成员单位：甲局、乙局 below 组长单位：丙局: the lead stays the subject)
        if sen.leaves:
            w.last_leaves = sen.leaves
            w.recent += sen.leaves
    return out


def _read_sentence(w: Walk, si: int, s: int, e: int, out: list[RawRelation]) -> Sentence:
    """The sentence with its mentions, the containment it states (added to ``out``), the places it
    targets and its topic (none in a salutation: 各镇党委和人民政府，县委各部门：)."""
    text, r = w.text, w.r
    st = Sent(
        si,
        s,
        e,
        [o for o in w.orgs_in[si] if okey(r, o)],
        w.places_in[si],
        [(d.start, d.end, r.doc_key[(d.start, d.end)]) for d in w.docs_in[si] if d not in w.inner],
        [o for o in w.orgs_in[si] if POST.match(text, o.end)],
        w.people,
    )
    sent = text[s:e]
    for ds, de, _ in st.docs:
        if text.startswith("决定", de - 2):  # 《甲委关于…的决定》: its issuer is what a later 根据决定 cites
            w.decided_by = [k for o in st.orgs if o.start == ds and (k := okey(r, o)) and not k.startswith("?")]
    within = stated_within(text, st, r)
    out += [RawRelation("within", c, p, si, None) for c, p in within + within_that_town(text, st, r)]
    leaves = place_leaves(st, r, within, text)
    topic = sentence_topic(text, st, r) if not (_ADDRESSEES.match(sent) or _units_only_line(text, st)) else []
    return Sentence(si, s, e, st, sent, within, leaves, topic)


#: a field line naming the units that only take part (成员单位：…, 配合单位：…)
#: 发布日期：… 来源：某局: a web page's source line names who posted the page, not who acts below it
_PAGE_META = re.compile(r"(?:来源|发布日期|发布时间|浏览次数|点击数?)[：:]")
_HELPER_FIELD = re.compile(r"\s*(?:成员|配合|参加|协助|协同)(?:单位|部门)[：:]")


_HELPS = re.compile(r"(?:等(?:部门|单位))?[^，,。；;]{0,8}?(?:配合|协助|协同)")


def _only_helps(w: Walk, sen: Sentence) -> bool:
    """甲局、乙局等部门按职责配合做好相关工作: units that only help are no subject for the sentences after."""
    left = set(sen.topic)
    for o in sen.st.orgs:  # the topic's list, up to its last unit
        left.discard(okey(w.r, o))
        if not left:
            return _HELPS.match(w.text, o.end) is not None
    return False


def _carried_subject_resets(sen: Sentence, w: Walk) -> None:
    """Where what a sentence inherits changes: a notice's new section is its authors' again, a meeting's
    会议决定： line makes the items below its decisions, and people acting leave no unit to carry over."""
    text, s, e, sent = w.text, sen.s, sen.e, sen.sent
    if _SECTION.match(sent) and text[s - 1 : s] in ("", "\n"):
        w.carried = list(w.authors)  # 三、处理意见: a new section of a notice is its authors' again
        w.decided_below = False
    elif w.reporting and _SUBSECTION.match(sent) and text[s - 1 : s] in ("", "\n") and not sen.st.orgs:
        w.carried = list(w.authors)  # （二）经济运行稳中向好。出台《…》: a report's new item is its authors' again
    if w.meeting and text[s - 1 : s] in ("", "\n") \
            and (sent.rstrip().endswith(("：", ":")) or (_SECTION.match(sent) and len(sent.strip()) <= 16)) \
            and _MEETING_SAYS.search(sent):
        w.decided_below = True  # 二、会议决定：(二、会议决定事项) /（一）对甲镇实行挂牌督办: the meeting's decisions
    if not sen.topic and opened_by_post(text, sen.st) and oversight_re().search(text, s, e):
        w.carried = []  # 县委书记甲联点A镇，…: people act here, no unit carries over


def _pairing_after_list(text: str, st: Sent, clause_s: int, cue_pos: int) -> int:
    """Where the pairing of a cue begins when units and places alternate in one clause (县林业局包保
    文江镇、县应急管理局包保吴山镇): at the unit right before the cue that follows a place and 、."""
    place_ends = {p.end for p in st.places}
    starts = [o.start for o in st.orgs if clause_s < o.start and o.end <= cue_pos and cue_pos - o.end <= 2
              and text[o.start - 1] == "、" and o.start - 1 in place_ends]
    # (a pairing before it in the clause: 淮南市、六安市、蚌埠市河长办分别负责… is one list of units)
    return starts[-1] if starts and oversight_re().search(text, clause_s, starts[-1]) else clause_s


def _cases_taken(sen: Sentence, w: Walk, out: list[RawRelation]) -> tuple[list[str], list[str]]:
    """甲局、乙局分别作为A镇、B镇积案化解的包案单位: the units and the places they take one to one (they
    are who acts at the sentence's oversight cues until a cue names others)."""
    taken_units, taken_places = duties_taken(w.text, sen.st, w.r, sen.leaves)
    out += [RawRelation("supervises", u, p, sen.si, "包案单位")
            for u, p in zip(taken_units, taken_places, strict=True)]
    return taken_units, taken_places


def _designations_and_oversight(sen: Sentence, w: Walk, found: dict[str, list[tuple[int, str]]],
                                grouped_span: tuple[int, int], taken: tuple[list[str], list[str]],
                                out: list[RawRelation]) -> None:
    """Designating and supervising cues, clause by clause: who acts on which places (the units that
    took cases on, ``taken``, act at the first oversight cue)."""
    text, r, st, si = w.text, w.r, sen.st, sen.si
    designated = [(p, p + len(c)) for p, c in found["designates"]]
    taken_units, taken_places = taken
    for kind in ("designates", "supervises"):
        done_clauses: set[int] = set()
        # who acted at the sentence's last cue (…共同包保，每月开展一次督导检查), and on what
        acting, acting_objs = (taken_units, taken_places) if kind == "supervises" else ([], [])
        if kind == "designates" and _GOES_ON.match(text, sen.s) and w.designators[0] == si - 1:
            acting = list(w.designators[1])  # 经甲委研究决定，将A县列为…。同时，B镇被列为…: the same body decides on
        for cue_pos, cue in found[kind]:
            clause_s, clause_e = clause_span(text, sen.s, sen.e, cue_pos)
            clause_s = _pairing_after_list(text, st, clause_s, cue_pos)
            if cue_names_no_act(sen, w, kind, cue_pos, cue, clause_s, clause_e, designated, grouped_span,
                                done_clauses):
                continue
            if kind == "supervises" and any(c >= segment_start(text, st.start, cue_pos) for c in done_clauses) \
                    and not any(clause_s <= x.start < clause_e for x in st.orgs) \
                    and not any(clause_s <= x.start < clause_e for x in st.places):
                continue  # 甲局包联A镇，乙局包联B镇，每月至少开展1次实地督导: the pairs said, the act restated
            said = _who_acts_on_what(sen, w, kind, cue_pos, cue, clause_s, clause_e, acting)
            if said is None:
                continue
            subj, objs = said
            if acting_objs and (subj == acting or TOGETHER_WITH.match(text, clause_s)) \
                    and not any(clause_s <= p.start < clause_e for p in st.places):
                # 甲厅联点乙县，与丙厅共同开展帮扶 (乙局包挂甲镇，全程督导…): the act before it goes on
                objs = [k for k in objs if k in acting_objs] or objs
            if acting and subj == acting and set(objs) <= set(acting_objs):
                continue  # …分别包联甲县、乙县，每月到所包县督导一次: the same pairs said again
            own_units = sum(clause_s <= o.start < cue_pos and okey(r, o) in subj for o in st.orgs) > 1
            pairs = _each_on_its_own(text, st, r, clause_s, cue_pos) \
                or _pairs(text, clause_s, cue_pos, subj, objs, own_units, st, r)
            out += [RawRelation(kind, a, b, si, cue) for a, b in pairs]
            if kind == "designates":
                w.listed += [(b, cue) for _, b in pairs]
                if pairs:
                    w.designators = (si, list(dict.fromkeys(a for a, _ in pairs)))
            if subj and objs:
                done_clauses.add(clause_s)
                acting, acting_objs = subj, objs


_LISTED_BELOW_KIND = re.compile(r"(?:以下|下列)[0-9一二三四五六七八九十两]*个?(村|社区)")  # (乡镇 may hold 街道)
_OF_THE_LISTED_BELOW = re.compile(r"的(?:以下|下列)[0-9一二三四五六七八九十两]+个(?:村|社区|乡镇|镇|乡|街道)")
_GOES_ON = re.compile(r"[ 　]*(?:同时|此外|另外)[，,]?")
_STUDIED_UNNAMED = re.compile(r"经(?:认真)?(?:研究|研判|审议)(?:决定)?[，,]?$")


_TEAM_AFTER = re.compile(r"(?:驻村)?工作[队组]")


def _village_teams(sen: Sentence, w: Walk) -> list[RawRelation]:
    """地区教育局驻铁日木乡塔尕尔其村工作队: a unit's team in a village, named for both; the unit
    oversees the village (not a former team: 原甲厅驻乙村工作队)."""
    text, st = w.text, sen.st
    starts = {p.start: p for p in st.places}
    out: list[RawRelation] = []
    for o in st.orgs:
        if text[o.end : o.end + 1] != "驻" or text[o.start - 1 : o.start] == "原" or o in st.posts:
            continue
        place, at = last_of_run(starts, o.end + 1)  # 铁日木乡塔尕尔其村: the village after its township
        unit = okey(w.r, o)
        if place is not None and place.level == "village" and _TEAM_AFTER.match(text, at) and not unit.startswith("?"):
            out.append(RawRelation("supervises", unit, w.r.place_key[(place.start, place.end)], sen.si, "驻"))
    return out


# 驻三圳镇工作队由甲局牵头，乙局、丙医院组团 (驻A镇、B镇工作队分别由甲局、乙局牵头): the units leading or
# joining a town's team take the town on
_TOWN_TEAM_LED = re.compile(r"驻([^，,。；;驻]{2,24}?)(?:帮镇扶村)?工作队(分别)?由([^，,。；;]{2,60}?)牵头"
                            r"(?:[，,]([^，,。；;]{2,60}?)(?:参与)?组团)?")


def _town_teams_led(sen: Sentence, w: Walk) -> list[RawRelation]:
    """驻甲镇工作队由A局牵头，B局、C院组团: A, B and C oversee 甲镇 (分别: the leads one town each)."""
    text, st, r = w.text, sen.st, w.r
    out: list[RawRelation] = []
    for m in _TOWN_TEAM_LED.finditer(text, sen.s, sen.e):
        towns = [r.place_key[(p.start, p.end)] for p in st.places if m.start(1) <= p.start < m.end(1)
                 and p.level in ("township", "subdistrict")]
        leads = [k for o in st.orgs if m.start(3) <= o.start < m.end(3) and (k := okey(r, o)) and not k.startswith("?")]
        joined = [k for o in st.orgs if m.start(4) <= o.start < m.end(4) and (k := okey(r, o))
                  and not k.startswith("?")] if m.group(4) else []
        if m.group(2):
            pairs = list(zip(leads, towns, strict=True)) if len(leads) == len(towns) else []
        else:
            pairs = [(a, t) for a in leads + joined for t in towns]
        out += [RawRelation("supervises", a, t, sen.si, "牵头") for a, t in pairs]
    return out


_COLLECTIVE = re.compile(r"(?:[省市州县区旗盟地]直|各)(?:有关|相关|成员|职能)?(?:单位|部门)")
# (相关督导帮扶组加密督导频次, 各督导组每半月到挂牌乡镇督导: the groups of each place, no one unit's)
_UNNAMED_OPENS = re.compile(r"[ 　]*(?:相关|有关|各)[^，,。；;]{0,6}?(?:单位|部门|组(?!织))")
_GOES_TO = re.compile(r"到|赴|深入")  # 整治期间，市禁毒委派出督导组到宾阳督导: it names where it goes


_MEMBERS_OF = re.compile(r"各?(?:有关|相关)?成员单位")
_BY_THEN_OF = re.compile(r"被[^，,。；;被]{2,60}?的")


def _only_passive_agents(text: str, st: Sent, r: Resolved, subj: list[str], s: int, cue_pos: int) -> bool:
    """Whether every mention of the subject before the cue stands in a passive phrase describing a place
    (被甲局列为…的乙镇): those units did the listing, not the act at the cue."""
    spans = [(m.start(), m.end()) for m in _BY_THEN_OF.finditer(text, s, cue_pos)]
    named = [o for o in st.orgs if s <= o.start < cue_pos and okey(r, o) in subj]
    return bool(spans) and bool(named) and all(any(a < o.start and o.end < b for a, b in spans) for o in named)


_COUNTED_UNITS_OPEN = re.compile(r"[ 　]*(?:上述|以上|这)?([两二三四2-4])(?:个|家)?(?:部门|单位)")
_LIST_JOINS = tuple(LIST_SEP)  # one mark joining two names of a list (甲局、乙局和丙局)


def _units_listed_before(w: Walk, sen: Sentence, clause_s: int, n: int) -> list[str]:
    """The last list of ``n`` units named before ``clause_s`` (this sentence first, then up to three
    sentences back): what 两部门 refers to."""
    text, r = w.text, w.r
    pools = [[o for o in sen.st.orgs if o.end <= clause_s]] + [w.orgs_in[k] for k in range(sen.si - 1,
                                                                                         max(-1, sen.si - 4), -1)]
    for orgs in pools:
        runs: list[list[OrgM]] = []
        for o in sorted(orgs, key=lambda o: o.start):
            if runs and text[runs[-1][-1].end : o.start] in _LIST_JOINS:
                runs[-1].append(o)
            else:
                runs.append([o])
        listed = [run for run in runs if len(run) == n]
        keys = [okey(r, o) for o in listed[-1]] if listed else []
        if keys and all(k and not k.startswith("?") for k in keys):
            return keys
    return []


def _who_acts_on_what(sen: Sentence, w: Walk, kind: str, cue_pos: int, cue: str, clause_s: int, clause_e: int,
                      acting: list[str]) -> tuple[list[str], list[str]] | None:
    """Who acts at a designating or supervising cue and on what (a meeting's body for its decisions, a
    notice's authors for its own acts), or None when the clause takes the places off a list; notes a
    designation whose items or places come in later lines."""
    text, r, st, s = w.text, w.r, sen.st, sen.s
    meeting, authors = w.meeting, w.authors
    subj, objs = subject_objects(
        text, st, r, cue_pos, cue, clause_s, clause_e, sen.leaves, acting or sen.topic, w.carried,
        named_before(text, s, cue_pos, w.last_leaves, w.recent), kind, w.decided_by
    )
    if subj and kind == "supervises" and _COLLECTIVE.search(text, s, cue_pos) \
            and not any(s <= o.start < cue_pos for o in st.orgs):
        return None  # 本年度地直单位共派出工作队9支，派驻甲县…: units not named, though a notice's author is
    if subj and kind == "supervises" and _UNNAMED_OPENS.match(text, clause_s) \
            and not any(clause_s <= o.start < cue_pos for o in st.orgs):
        return None  # …予以通报批评，相关对口联系单位要督促整改到位: units the clause does not name act
    if subj and kind == "supervises" and any(n + "的" in text[clause_s:cue_pos] for n in st.people) \
            and not any(clause_s <= o.start < cue_pos and o not in st.posts for o in st.orgs):
        return None  # 甲镇、乙镇是县人大常委会主任潘世平的联系乡镇: a person's pairing, no unit carried over
    if kind == "supervises" and objs and len(subj) > 1 and GROUP_ROWS_FOLLOW.match(text, clause_e):
        return None  # 分别由甲局、乙局牵头，开展暗访督查：第一组负责A镇，第二组负责B镇: the rows pair them
    after = cue_pos + len(cue)
    said_at = said.end() if meeting and (said := _MEETING_SAYS.search(text, s, cue_pos)) else -1
    if (w.decided_below or (meeting and sen.si > 0 and _MEETING_OPENS.match(text, w.spans[sen.si - 1][0])
                            and not any(s <= o.start < cue_pos for o in st.orgs))) and said_at < 0:
        said_at = s  # 三、会议听取了…情况。对甲镇、乙镇予以通报批评: the meeting's sentence goes on
    if meeting and objs and said_at >= 0 and not any(said_at <= o.start < cue_pos for o in st.orgs):
        # 县信访工作联席会议纪要 … 会议决定，对甲镇实行挂牌督办: the meeting's body decides (由甲局包保乙镇:
        # the unit it names oversees; 由县联席办对甲镇挂牌督办: the office designates)
        subj = meeting
    elif authors and subj and NOTICE_OWN_ACT.match(text, clause_s) \
            and not any(clause_s <= o.start < cue_pos for o in st.orgs):
        subj = list(authors)  # 现对甲镇、乙镇予以通报批评: the notice's own act, its authors'
    elif authors and not subj and objs and _STUDIED_UNNAMED.search(text, clause_s, cue_pos) \
            and not any(s <= o.start < cue_pos for o in st.orgs):
        subj = list(authors)  # 甲镇隐患较多，经研究列为重点关注乡镇: the notice's authors studied it
    if kind == "supervises" and len(subj) > 1 and not objs and text[cue_pos - 2 : cue_pos] == "分别" \
            and len(w.last_leaves) == len(subj) and not any(s <= p.start < cue_pos for p in st.places):
        objs = list(w.last_leaves)  # 3．甲镇A社区、4．乙镇B社区。…由县法院、县检察院分别包联: one each, in order
    if kind == "designates" and objs and _OF_THE_LISTED_BELOW.search(text, clause_s, cue_pos):
        objs = []  # 将甲县、乙县…的以下11个村列为重点帮扶村: the villages below, not their counties
    if kind == "supervises" and len(subj) == 1 and not objs and cue.startswith("跟踪") \
            and w.designators[0] == sen.si - 1 and not any(s <= p.start < cue_pos for p in st.places) \
            and "对" not in text[s:cue_pos] and not HEADING.match(sen.sent):
        # (对挂牌督办的3个乡镇，由甲局跟踪督办: its own objects; （二）强化跟踪督办。: a heading)
        # …由市安委会对甲市、乙县实行挂牌督办。市安委办负责跟踪督办: the places just listed
        objs = list(dict.fromkeys(k for k, _ in w.listed if k in w.last_leaves))
    if subj and any(clause_s <= o.start < cue_pos and okey(r, o) in subj and _MEMBERS_OF.match(text, o.end)
                    for o in st.orgs):
        return None  # 明确由市禁毒委成员单位对挂牌地区实行包联督导: its members, not named here, act
    if subj and kind == "supervises" and _only_passive_agents(text, st, r, subj, s, cue_pos):
        return None  # 被甲局、乙局列为重点整治区域的丙镇，本次督查将开展“回头看”: they listed it, others act
    if subj and (counted := _COUNTED_UNITS_OPEN.match(text, clause_s)) is not None \
            and not any(clause_s <= o.start < cue_pos for o in st.orgs) \
            and (back := _units_listed_before(w, sen, clause_s, number(counted.group(1)))):
        subj = back  # 甲局、乙局作为牵头部门…。两部门对C街道实行联合督导: the two named before
    if kind == "designates" and text.startswith("之列", after) and "不在" in text[clause_s:cue_pos]:
        return None  # 不在此次挂牌之列: not among the listed
    by = text.rfind("被", clause_s, cue_pos)
    if (kind == "designates" or "督办" in cue) and delisted_later(text, st, r, after, w.neg, objs) \
            and not (by >= 0 and any(by < o.start and o.end <= cue_pos for o in st.orgs)
                     and text.startswith(_TAKEN_OFF, min(delistings(text, after, st.end, w.neg)))):
        # (2021年被县禁毒委挂牌整治的甲镇，经验收已摘牌: the listing its agent made then stays a fact; but
        # 甲镇曾被乙委列为…，此次未再列入: not listed now, nor counted then)
        return None  # 列入挂牌整治的甲镇、乙镇经验收，对其予以摘帽 (督办的甲镇…予以销号): the sentence takes them off
    if kind == "supervises":
        subj = group_lead(text, clause_s, cue_pos, w.group_leads) or subj
        naming = naming_a_group(text, st, r, clause_s, cue_pos)
        subj = [a for a in subj if a not in naming]  # 市委市政府联合督查组赴甲县: the group goes
        group = LISTED.search(text, clause_s, cue_pos)
        if subj and not objs and group and not _A_TABLE_TITLE.match(text, clause_s):
            # 对挂牌地区实行包片督导 (挂牌整治乡镇包联责任分解表 titles the rows below: they say who does it)
            objs = listed_places(text, group, w.listed, r)
        during = DURING_LISTING.search(text, s, cue_pos)
        if subj and not objs and during and not _GOES_TO.search(text, during.end(), cue_pos):
            objs = listed_places(text, during, w.listed + w.items_listed, r)  # 挂牌期间，由区城管委每半月督导一次
        if subj and not objs and cue == "督办" and ITEMS_HANDED.search(text, s, cue_pos) \
                and text[after : after + 1] in ("：", ":"):
            w.announced = (subj, cue, kind)  # 你镇辖区仍存在以下问题，现予督办：一、甲镇：…: the towns of the items
    elif subj and not objs and ("以下" in text[clause_s:cue_pos]
                                or _COUNTED_AREAS.search(text, clause_s, cue_pos)):
        w.announced = (subj, cue, kind)  # 对以下4个问题 (对5个镇的隐患) 实行挂牌督办: the items below name them
        w.announced_towns = _THEIR_TOWNS.search(text, clause_s, cue_pos) is not None
        counted = _LISTED_BELOW_KIND.search(text, clause_s, cue_pos)
        w.announced_level = COUNTED.get(counted.group(1)) if counted else None  # 以下11个村: villages only
    elif subj and not objs and _COUNTED_CASES.search(text, clause_s, cue_pos):
        w.counted_listing = (subj, cue, sen.si)  # 对8件重点信访积案实行挂牌督办: where they lie comes next
    return subj, objs


def _earlier_clause_topic(text: str, st: Sent, r: Resolved, s: int, clause_s: int) -> list[str]:
    """The units opening a clause before ``clause_s`` in the same ；-segment (会前甲县委、县政府已召开专题会议，
    成立了…: they go on to act), nearest first."""
    seg_s = segment_start(text, s, clause_s)
    at = clause_s - 1
    while at > seg_s:
        prev_s, _ = clause_span(text, s, at, at - 1)
        if (units := clause_topic(text, st, r, prev_s, at)):
            return units
        at = prev_s - 1
    return []


def _foundings(sen: Sentence, w: Walk, found: dict[str, list[tuple[int, str]]], out: list[RawRelation]) -> set[int]:
    """Founding cues (成立, 组建…): who sets up which units, groups and their sub-units. Gives where the
    units whose sub-units were read start."""
    text, r, s, e, st, si, topic, carried = w.text, w.r, sen.s, sen.e, sen.st, sen.si, sen.topic, w.carried
    parents_done: set[int] = set()
    for cue_pos, cue in found["established"]:
        at = _founded_at(text, cue_pos + len(cue), e)
        if FOUNDED_GROUPS.match(text, at):
            clause_s, _ = clause_span(text, s, e, cue_pos)
            founders = clause_topic(text, st, r, clause_s, cue_pos) or [
                okey(r, o) for o in st.orgs if o.end <= cue_pos and cue_pos - o.end <= 2] or list(topic or carried)
            out += founded_groups(text, st, r, at, founders, si, cue)
            continue
        new_units = [
            o
            for o in st.orgs
            if o.start >= at
            and o.start - at <= 6
            and o not in st.posts
            and okey(r, o)
            and not okey(r, o).startswith("?")
        ]
        if not new_units:
            continue
        clause_s, _ = clause_span(text, s, e, cue_pos)
        own = clause_topic(text, st, r, clause_s, cue_pos)
        right_before = [okey(r, o) for o in st.orgs if o.end <= cue_pos and cue_pos - o.end <= 2]
        # 在县乡村振兴领导小组下成立…专班: set up under the group (a sub-unit of it), by the topic
        under = [o for o in st.orgs if text[o.end : cue_pos] == "下" and text.rfind("在", clause_s, o.start) >= 0]
        if under:
            right_before = []
        every = _COLLECTIVE_SUBJECT.search(text, s, cue_pos) if not own and not right_before else None
        if every is not None and not any(every.end() <= o.start < cue_pos for o in st.orgs):
            continue  # 各乡镇参照县级模式设立河长办, 各挂牌整治县党委、政府…成立: each its own, no founder
        # 经市安委会研究，决定成立6个专项督导组: the body that studied it sets the groups up
        studied = [k for o in st.orgs if o.end <= cue_pos and text[o.start - 1 : o.start] == "经"
                   and text.startswith(("研究", "同意"), o.end) and (k := okey(r, o)) and not k.startswith("?")]
        # 由县自然资源局牵头，县农业农村局配合，组建3个督导组: the lead sets them up, the helpers do not
        led = lead_units(text, st, r, cue_pos) if not (own or right_before or studied) and "牵头" in text[s:cue_pos] \
            else []
        founders = own or right_before or studied[-1:] or led or _earlier_clause_topic(text, st, r, s, clause_s) \
            or segment_topic(text, st, r, cue_pos) or list(topic or carried)
        if w.meeting and not own and not right_before and _MEETING_SAYS.search(text, s, cue_pos):
            founders = list(w.meeting)  # 会议决定成立县信访积案化解攻坚专班: the meeting's body sets it up
        founders = [k for k in founders if k != okey(r, new_units[0])]
        places = founders_by_place(r, founders) if "分别" in text[clause_s:cue_pos] else []
        if len(places) > 1 and not new_units[0].prefix_places and not new_units[0].level_prefix:
            # 甲县委、县政府和乙市委、市政府已分别成立…指挥部: one unit for each place
            for same_place in places:
                unit = own_unit(r, new_units[0], same_place)
                out += [RawRelation("established", a, unit, si, cue) for a in same_place]
            parents_done.add(new_units[0].start)
            continue
        for founded in _founded_list(text, new_units[0], st.orgs):
            unit = rehome(r, founded, founders)
            if under and (parent := okey(r, under[-1])) and not parent.startswith("?"):
                out.append(RawRelation("part_of", unit, parent, si, "下"))
            for a in founders:
                out.append(RawRelation("established", a, unit, si, cue))
            out += sub_units(text, st, r, founded, si)
            parents_done.add(founded.start)
    return parents_done


def _subunits_without_founding(sen: Sentence, w: Walk, parents_done: set[int], out: list[RawRelation]) -> None:
    """县防汛抗旱指挥部下设办公室: sub-units of a unit named without 成立 (its sub-units not read already)."""
    text, r, st, si = w.text, w.r, sen.st, sen.si
    for o in st.orgs:
        if o.start not in parents_done and _SETS_UP_BELOW.match(text, o.end):
            housed = next((h for h in reversed(st.orgs) if h.end == o.start - 2), None) \
                if text[o.start - 2 : o.start] == "设在" else None
            if housed is not None:  # …成立甲河防汛前线指挥部，…前线指挥部设在…: the one named in full
                housed = next((h for h in st.orgs if h.end <= housed.start and len(h.body) > len(housed.body)
                               and h.body.endswith(housed.body)), housed)
            # 前线指挥部设在甲镇人民政府，下设综合协调组: the housed unit sets them up, not its host
            out += sub_units(text, st, r, housed or o, si, o.end if housed else -1)
    for sets_up in re.finditer(r"[，,](?:下设|内设)", text[st.start : st.end]):
        # 县防指实行专班运作，下设综合协调组…: the committee the sentence is about, when no unit precedes
        at = st.start + sets_up.start()
        # (县指挥部由县委副书记、县长甲任指挥长，下设…: not the committee of a post)
        last = next((o for o in reversed(st.orgs) if o.end <= at and o not in st.posts), None)
        setter = r.entities.get(okey(r, last)) if last is not None else None
        if last is not None and setter is not None and last.end != at and last.start not in parents_done \
                and setter.subtype in ("committee", "taskforce") \
                and not any(c in text[last.end : at] for c in "，,；;"):
            out += sub_units(text, st, r, last, si, at)
            parents_done.add(last.start)
    for bare in BARE_GROUP_SETS_UP.finditer(text, st.start, st.end):  # …指挥部，指挥部下设办公室和5个专项组
        named = [o for o in st.orgs if o.end <= bare.start() and o.body.endswith(bare.group(1))] or next(
            # 市禁毒委成立…工作专班，…。专班下设综合协调组…: the one named last before (in a record, its header)
            (found for k in range(si - 1, -1, -1)
             if (found := [o for o in w.orgs_in[k] if o.body.endswith(bare.group(1)) and okey(r, o)])), [])
        if named and not any(o.start <= bare.start() < o.end for o in st.orgs) \
                and named[-1].start not in parents_done and not okey(r, named[-1]).startswith("?"):
            out += sub_units(text, st, r, named[-1], si, bare.end())
            parents_done.add(named[-1].start)


_A_TABLE_TITLE = re.compile(r"[ 　]*[^，,。；;：:\n]{4,40}表[ \t　]*(?:\n|$)")
_SECTION = re.compile(r"\s*[一二三四五六七八九十]+、")
_SUBSECTION = re.compile(r"\s*[（(][一二三四五六七八九十]+[）)]")


_THEIR_TOWNS = re.compile(r"所在(?:乡镇|镇|乡|镇街|乡镇（街道）)")


# every unit of a kind as a clause's subject (各乡镇(街道)参照…设立, 各县区要成立)
_COLLECTIVE_SUBJECT = re.compile(
    r"各[^，,。；;、]{0,6}?(?:乡镇|乡|镇|街道|县|区|市|县区|县市区|旗县|地|村|社区|单位|部门)")


# N cases listed by a designation (8件重点信访积案, 5处重大事故隐患), and the sentence that locates them
_COUNTED_CASES = re.compile(
    r"[0-9一二三四五六七八九十两]+[处件个起][^，。；]{0,12}?(?:问题|隐患|积案|案件|路段|点位|河段)")


_COUNTED_AREAS = re.compile(  # 对5个镇的隐患, 对6个…隐患突出的重点区域, 对问题突出的3个镇（街道）和4家企业实施
    r"对[0-9一二三四五六七八九十两]+个(?:(?:乡镇|镇|乡|街道|县|区|县区|村)的|[^，,。；;]{0,20}?(?:区域|地区|片区))"
    r"|对[^，,。；;]{0,24}?的[0-9一二三四五六七八九十两]+个(?:乡镇|镇|乡|街道|村)(?:[（(][乡镇街道区社]{1,4}[）)])?"
    r"(?=和|及|、|实施|实行|进行|予以|挂牌|列为)")


_TAKEN_OFF = ("摘牌", "摘帽", "销号", "取消挂牌")


# a notice's salutation (各镇党委和人民政府，县委各部门：): whom it is sent to, who act in no sentence
# (宿豫区人民政府，宿豫区应急管理局，市各有关单位：: units named first, then every unit of a kind)
_ADDRESSEES = re.compile(r"(?:[^。！？\n]*[，,、])?[省市州县区旗]?各[^。！？\n]*[：:]\s*$")


def _units_only_line(text: str, st: Sent) -> bool:
    """海口市人民政府，省生态环境厅、省水务厅：: a salutation naming its addressees, who act in no sentence."""
    sent = text[st.start : st.end].rstrip()
    if not st.orgs or not sent.endswith(("：", ":")):
        return False
    rest, at = [], st.start
    for o in st.orgs:
        rest.append(text[at : o.start])
        at = max(at, o.end)
    rest.append(text[at : st.start + len(sent) - 1])
    return all(c in "，,、和及 　" for c in "".join(rest))


# 县防汛抗旱指挥部下设办公室, 县森防指（以下简称…）下设4个工作组: sub-units named without 成立
_SETS_UP_BELOW = re.compile(r"(?:[（(][^（）()]{1,20}[）)])?[，,]?(?:下设|内设)")


def _founded_list(text: str, first: OrgM, orgs: list[OrgM]) -> list[OrgM]:
    """The units a founding names: the first, and those listed right after it with the same body's
    last character (成立甲水库前线工作组、乙水库前线工作组); 县委、县政府督查组 founds the group only."""
    out = [first]
    for o in orgs:
        last = out[-1]
        if o.start > last.end + 1:
            break
        if o.start == last.end + 1 and text[last.end] in "、和及与" and o.body[-1:] == first.body[-1:]:
            out.append(o)
    return out


def _founded_at(text: str, at: int, end: int) -> int:
    """Where the unit an act of setting up names begins: after 了 and a 由…的 (以…为…的) clause naming
    its head (成立了由县委书记甲任指挥长的…指挥部)."""
    if text[at : at + 1] == "了":
        at += 1
    if text[at : at + 1] in ("由", "以"):  # 成立以县委书记甲为组长的…领导小组 too
        de = text.find("的", at, min(end, at + 40))
        if de > 0 and not CLAUSE_BREAK.search(text, at, de):
            at = de + 1
        elif led := LED_GROUP.match(text, at):
            at = led.start(2)  # 组建由甲局牵头，乙局参加的督查组: the clause holds a comma
        elif roles := _ROLES_LISTED.match(text, at):
            at = roles.end()  # 成立了以县长为组长，分管副县长为副组长，…为成员的…领导小组: the roles hold commas
    return at


_ROLES_LISTED = re.compile(r"以[^。；;！？\n]{1,80}?为(?:组长|副组长|成员|指挥长|副指挥长|主任|副主任)的")


_MEETING_OPENS = re.compile(r"\s*(?:[一二三四五六七八九十]+、)?会议(?!纪要|室)")
_MEETING_SAYS = re.compile(r"会议(?:研究)?(?:决定|确定|同意|议定|要求|责成)|经会议(?:研究|讨论)")  # (经会议研究，予以…)


_NEXT_PAIR = re.compile(r"[、，,](?:[^、，,。；;：:对]{2,12}?(?:单位|部门))?$")  # 、曹水县级河长联系单位: a label


def _each_on_its_own(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[tuple[str, str]]:
    """甲局对A镇、乙局对B镇分别开展了专项督导: each unit on the places its own 对 names (two such pairs
    at least; a label before a unit, 曹水县级河长联系单位县林业局, is passed over)."""
    marks = sorted([(o.start, o.end, okey(r, o)) for o in st.orgs
                    if clause_s <= o.start and o.end <= cue_pos and o not in st.posts]
                   + [(p.start, p.end, "@" + r.place_key.get((p.start, p.end), "?"))
                      for p in st.places if clause_s <= p.start and p.end <= cue_pos])
    if len(marks) < 4 or marks[0][2].startswith("@"):
        return []
    pairs: list[tuple[str, str]] = []
    units: list[str] = [marks[0][2]]
    places: list[str] = []
    runs = 1
    for (_, end, a), (start, _, b) in pairwise(marks):
        gap = text[end:start]
        if a.startswith("@") and b.startswith("@") and (gap in _LIST_JOINS or not gap):
            if gap:
                places.append(b)
            else:
                places[-1] = b  # 宜黄县黄陂镇: the town in its county
        elif not a.startswith("@") and not b.startswith("@") and gap in _LIST_JOINS and not places:
            units.append(b)
        elif not a.startswith("@") and b.startswith("@") and gap == "对" and not places:
            places.append(b)
        elif a.startswith("@") and not b.startswith("@") and _NEXT_PAIR.match(gap):
            pairs += [(u, p[1:]) for u in units for p in places]
            units, places, runs = [b], [], runs + 1
        else:
            return []
    if not places or runs < 2 or "对" in text[marks[-1][1]:cue_pos]:
        return []
    pairs += [(u, p[1:]) for u in units for p in places]
    return [] if any(k.startswith("?") or not k for pair in pairs for k in pair) else pairs


_LED_RESPECTIVELY = re.compile(r"分别由[^，,。；;]{2,90}?(?:牵头|带队|负责)[，,]")  # (six bureaus: 90 characters)


def _pairs(text: str, clause_s: int, cue_pos: int, subj: list[str], objs: list[str],
           own_units: bool, st: Sent, r: Resolved) -> list[tuple[str, str]]:
    """Every subject with every object, except after 分别 (respectively): A、B分别包抓X、Y pairs them
    in order, and lists of different lengths cannot be aligned, so they give nothing, unless 和 parts
    the objects (written after the cue, found among the places of ``st``) into one group per subject:
    A、B分别负责X、Y和Z、W."""
    look = max(0, clause_s - 12)
    look = max([look] + [i + 1 for i in range(look, clause_s) if text[i] in "；;。！？\n"])  # not past a ；
    if own_units:
        look = clause_s  # …分别包挂甲镇、乙镇，丙局、丁局包挂戊镇: a clause listing its own units
    # 分别由甲局、乙局牵头，进驻A镇、B镇: the leads named respectively one clause before
    led = _LED_RESPECTIVELY.search(text, max(look - 100, text.rfind("；", 0, look) + 1, text.rfind("。", 0, look) + 1),
                                   cue_pos) if not own_units else None
    if ("分别" in text[look:cue_pos] or led is not None) and len(subj) > 1:
        spans = _spans_after(st, r, cue_pos, objs)
        groups = _groups_parted_by(text, objs, spans, ("；", ";"))
        if len(groups) == len(subj):  # 分别由甲局、乙局牵头，暗访A镇、B镇；C镇、D镇: a group each
            return [(a, b) for a, group in zip(subj, groups, strict=True) for b in group]
        if len(subj) == len(objs):
            return list(zip(subj, objs, strict=True))
        groups = _groups_parted_by(text, objs, spans, ("和", "及", "以及"))
        return [(a, b) for a, group in zip(subj, groups, strict=True) for b in group] \
            if len(groups) == len(subj) else []
    return [(a, b) for a in subj for b in objs]


def _spans_after(st: Sent, r: Resolved, cue_pos: int, objs: list[str]) -> list[tuple[int, int]]:
    """Where each object is written after the cue (none unless every one is found there)."""
    at = {r.place_key[(p.start, p.end)]: p for p in st.places if p.start > cue_pos}
    return [(at[k].start, at[k].end) for k in objs if k in at] if len(at) >= len(objs) else []


def _groups_parted_by(text: str, objs: list[str], spans: list[tuple[int, int]], marks: tuple[str, ...]
                      ) -> list[list[str]]:
    """漳湖镇、赛口镇和长岭镇、高士镇 (or 甲镇、乙镇；丙镇、丁镇): the objects in groups, a new group after each
    of ``marks`` (none when the objects' places are not known or no 、 joins two of them)."""
    if len(spans) != len(objs) or len(objs) < 3:
        return []
    order = sorted(zip(spans, objs, strict=True))
    groups: list[list[str]] = [[order[0][1]]]
    joined = False
    for ((_, end), _), ((start, _), key) in pairwise(order):
        gap = text[end:start]
        if gap in marks:
            groups.append([key])
        elif gap == "、":
            groups[-1].append(key)
            joined = True
        else:
            return []
    return groups if joined else []
