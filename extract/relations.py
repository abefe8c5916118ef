"""Responsibility relations from cue words, clause structure and enumerations.

Works sentence by sentence in view coordinates. The subject of a cue is, in order:
the agent after 由 / 被 / 经, the units a clause starts with (its topic), or the topic
carried over from an earlier sentence (elided subjects). Collective statements
expand: every subject times every object.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from extract.clauses import (
    CLAUSE_BREAK,
    COUNTED,
    ITEM_HEAD,
    TOWN_LEVELS,
    RawRelation,
    Sent,
    branch_of,
    clause_span,
    cue_pattern,
    end_of,
    group_from,
    list_ending_at,
    okey,
    org_kind,
    pos_of,
    segment_end,
    segment_start,
)
from extract.columns import is_header_cell
from extract.founding import (
    BARE_GROUP_SETS_UP,
    FOUNDED_GROUPS,
    founded_groups,
    founders_by_place,
    issue_line_body,
    own_unit,
    rehome,
    signatories,
    sub_units,
)
from extract.groups import (
    LEAD_WORD,
    LED_GROUP,
    duties_taken,
    group_lead,
    group_row,
    groups_sent_to,
    lead_units,
    led_group_visits,
    note_group_leads,
    places_by_group,
)
from extract.lexicon import cues, load
from extract.mentions import DocM, Mentions, OrgM, PlaceM, inner_titles, is_cjk, number, title_start
from extract.resolve import Resolved, _make_org, _short_label
from extract.rows import (
    HELPERS,
    duty_handed_on,
    firms_on_line,
    is_firm,
    item_places,
    labelled_duties,
    place_row,
    place_then_units_row,
    units_in_brackets,
)
from extract.script import simplify
from extract.within import deepest_places, place_leaves, stated_within

_ANAPHOR = re.compile(
    r"(?P<word>这|上述|以上|这些|该)(?P<count>[0-9一二三四五六七八九十两]*)个?(?P<kind>乡镇|乡|镇|街道|村|社区|地区|县|区|单位)")
_TO_OWN_PAIRED = re.compile(
    r"(?:到|赴|深入)(?:所)?(?:包联|联系|包保|包抓|挂钩|挂点|联点)的?(?:乡镇|镇|乡|村|社区|街道|县|区)")
_REFERS_BACK = re.compile(r"[^，,。；;、]{0,8}?所(?:联系|联|包|挂|驻|帮扶)(?:的)?(?:乡镇|镇|乡|村|社区|街道|县|区)")
_TASK_VERB = re.compile(r"作为|纳入")


def _named_as_a_task(text: str, st: Sent, clause_s: int, clause_e: int, cue_pos: int, after: int) -> bool:
    """把(将)…cue…作为(纳入)…: the act named as a task, unless a place between the cue and 作为 is its
    object (把对口帮扶福贡县作为重大政治任务 is an act on 福贡县)."""
    near = max(clause_s, cue_pos - 20)
    if text.rfind("把", near, cue_pos) < 0 and text.rfind("将", near, cue_pos) < 0:
        return False
    task = _TASK_VERB.search(text, after, min(clause_e, after + 14))
    if task is None:
        return False
    return not any(after <= p.start < task.start() for p in st.places)


_COUNTED_ANAPHOR = re.compile(
    r"(?<![0-9一二三四五六七八九十第])([两二三四五六七八九]|[0-9])个?(乡镇|镇|乡|街道|村|社区|县|区|地(?![区方]))(?!级)")


@dataclass(slots=True)
class _Walk:
    """What the walk over a text's sentences reads once, and what it carries from one sentence to the next."""

    text: str
    spans: list[tuple[int, int]]
    m: Mentions
    r: Resolved
    # --- read once from the whole text ---
    # names of the text's people (王志刚牵头包案甲镇: he acts)
    people: frozenset[str]
    # the units a notice is signed by at its end (甲县某办公室 / 2023年6月26日): who wrote it, when its title
    # does not begin with them
    signed: list[str]
    # where the text's own title line would start
    own_title: int
    # the body a meeting record (县信访工作联席会议纪要) is of: what the meeting decides is its act
    meeting: list[str]
    # 某市委政法委会议纪要〔2021〕第6期: the body named on the issue line (it issued its own record)
    record_body: list[str]
    # the oversight cue words: a heading naming one gives the duty of the rows below it
    sup: tuple[str, ...]
    # the negation words: a cue after one in its clause is no act
    neg: tuple[str, ...]
    # one pattern for each kind's cue words
    cue_res: dict[str, re.Pattern[str]]
    # every cue word at once: most sentences hold none, which one search tells
    any_cue: re.Pattern[str]
    # the issuing and forwarding cues: the next one ends the titles a cue takes
    issued_or_forwarded: re.Pattern[str]
    # each sentence's units, found once for the text (a pass may read the sentence before's)
    orgs_in: list[list[OrgM]]
    # each sentence's places, found once for the text
    places_in: list[list[PlaceM]]
    # each sentence's titles, found once for the text
    docs_in: list[list[DocM]]
    # each title written inside another (〈甲方案〉 in 《关于印发〈甲方案〉的通知》) -> the title holding it:
    # no title of the sentence, but the notice holding it sends it out
    inner: dict[DocM, DocM]
    # --- carried from one sentence to the next ---
    # the topic of an earlier sentence: the subject of a sentence that leaves it out
    carried: list[str] = field(default_factory=list)
    # the last sentence's target places: what 这些乡镇 / 上述乡镇 refers back to
    last_leaves: list[str] = field(default_factory=list)
    # every sentence's target places so far, in order (上述10个乡镇 may span several)
    recent: list[str] = field(default_factory=list)
    # the duty a heading names for the table or list rows below it (联点安排 / 督查组牵头单位 | 督查单位)
    list_cue: str | None = None
    # the duty a line announced for the "places，units" item rows below it
    duty_rows: str = ""
    # 第一督查组 -> its lead units, from 第一督查组由甲局牵头
    group_leads: dict[str, list[str]] = field(default_factory=dict)
    # who designates "the following" items, and the cue
    announced: tuple[list[str], str] | None = None
    # the announcement named the items' townships (对以下隐患及所在乡镇实施挂牌督办): the towns are designated
    announced_towns: bool = False
    # who listed N cases, the cue, in which sentence
    counted_listing: tuple[list[str], str, int] | None = None
    # table columns that list helping units (成员单位), by cell index
    helper_cols: set[int] = field(default_factory=set)
    # who follows a table's rows up (由市河长办跟踪督办): its 责任单位 only fix
    tracked_by: list[str] = field(default_factory=list)
    # table columns that describe (问题描述): places there are sites, not targets
    text_cols: set[int] = field(default_factory=set)
    # who designates a table's rows (a 挂牌督办清单), and the cue
    list_designator: tuple[list[str], str] = field(default_factory=lambda: ([], ""))
    # places designated so far and their cue (what 挂牌地区 refers to)
    listed: list[tuple[str, str]] = field(default_factory=list)
    # under a 会议决定： line, whose items are the meeting's decisions
    decided_below: bool = False
    # who wrote the text, when its first line is a notice's title (甲办关于印发…的通知)
    authors: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Sentence:
    """One sentence as the passes over it read it."""

    si: int  # its index, which each relation keeps
    s: int  # where it starts in the text
    e: int  # where it ends
    st: Sent  # its mentions
    sent: str  # text[s:e]
    within: list[tuple[str, str]]  # the containment it states (岷县梅川镇): a parent is no target
    leaves: list[str]  # the places it targets
    topic: list[str]  # the units opening a clause of it: the subject of its cues


def _start_walk(text: str, spans: list[tuple[int, int]], m: Mentions, r: Resolved) -> _Walk:
    """What the walk reads once from the whole text, before its first sentence."""
    people = frozenset(p.name for p in m.people)
    signed = signatories(text, m, r)
    own_title = title_start(text)  # where the text's own title line would start
    record = next((d for d in m.docs if d.start == own_title and text[d.start : d.end].endswith("会议纪要")), None)
    meeting = [k for (a, b), k in r.org_key.items()
               if record is not None and record.start <= a and k in r.entities
               and (b == record.end - 2 or _MEETING_NAMED.fullmatch(text, b, record.end))]
    record_body = issue_line_body(text, r, record) if record is not None and not meeting else []
    meeting += record_body  # 某市委政法委会议纪要〔2021〕第6期: the body named on the issue line
    line_end = text.find("\n", own_title)
    if not meeting and text[own_title : line_end if line_end >= 0 else len(text)].rstrip().endswith("会议纪要"):
        # 某县禁毒委员会2021年第二次全体成员会议纪要 over a web page's source line: the body opening it meets
        meeting = [k for (a, _), k in r.org_key.items() if a == own_title and k in r.entities]
    sup, iss, fwd, neg = cues("supervises"), cues("issued"), cues("forwarded"), cues("negation")
    return _Walk(
        text=text,
        spans=spans,
        m=m,
        r=r,
        people=people,
        signed=signed,
        own_title=own_title,
        meeting=meeting,
        record_body=record_body,
        sup=sup,
        neg=neg,
        cue_res={kind: cue_pattern(cues(kind)) for kind in _CUE_KINDS},
        any_cue=cue_pattern(tuple(word for kind in _CUE_KINDS for word in cues(kind))),
        issued_or_forwarded=cue_pattern(iss + fwd),
        orgs_in=_per_sentence(spans, m.orgs),
        places_in=_per_sentence(spans, m.places),
        docs_in=_per_sentence(spans, m.docs),
        inner=inner_titles(text, m.docs) if len(m.docs) > 1 else {},
    )


def extract_relations(text: str, spans: list[tuple[int, int]], m: Mentions, r: Resolved) -> list[RawRelation]:
    """The relations of a text, sentence by sentence; each pass below reads one shape or kind of cue."""
    out: list[RawRelation] = []
    w = _start_walk(text, spans, m, r)
    for si, (s, e) in enumerate(spans):
        mark = len(out)  # where this sentence's relations begin
        sen = _read_sentence(w, si, s, e, out)
        _carried_subject_resets(sen, w)
        row = _reads_as_row(sen, w)
        if row and w.list_cue and sen.st.orgs and sen.leaves:
            _duty_table_row(sen, w, out)
            continue  # a row under a duty heading says no more, and carries nothing over
        # (most sentences need few of the passes below: the cheap tests before them spare the calls)
        columns = row and bool(sen.leaves) and _names_columns(sen.sent)  # 类别 | 即墨区结对单位 | …
        if not sen.leaves or columns:
            _table_heading(sen, w, row, columns)
        _duty_rows_below(sen, w, out)
        if w.counted_listing is not None:
            _counted_cases_located(sen, w, out)
        if w.announced is not None:
            _announced_items(sen, w, out)
        grouped_span = _duties_by_shape(sen, w, out)
        found = _cues_found(sen, w)
        taken = _cases_taken(sen, w, out)
        if found["designates"] or found["supervises"]:
            _designations_and_oversight(sen, w, found, grouped_span, taken, out)
        if found["forwarded"] or found["issued"]:
            _issued_and_forwarded(sen, w, found, out)
        parents_done = _foundings(sen, w, found, out) if found["established"] else set()
        _subunits_without_founding(sen, w, parents_done, out)
        if "代表" in sen.sent:
            _report_on_behalf(sen, w, out)
        if sen.st.docs:
            _titles_begin_with_issuer(sen, w, out)
        labelled = labelled_duties(text, sen.st, r, sen.leaves, w.last_leaves)
        if labelled:  # 甲村、乙村：派出单位A局、B局，分别派驻: the labels name who acts, no unit carried over
            named = {okey(r, o) for o in sen.st.orgs}
            out[mark:] = [x for x in out[mark:] if not (x.type == "supervises" and x.subject not in named)]
        out += [RawRelation("supervises", a, b, si, cue) for a, b, cue in labelled]
        # what later sentences may leave unsaid: their subject (the topic carried over) and the places an
        # anaphor (这些乡镇, 对上述10个乡镇) refers back to
        if sen.topic:
            w.carried = sen.topic
        if sen.leaves:
            w.last_leaves = sen.leaves
            w.recent += sen.leaves
    return out


def _read_sentence(w: _Walk, si: int, s: int, e: int, out: list[RawRelation]) -> _Sentence:
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
        [o for o in w.orgs_in[si] if _POST.match(text, o.end)],
        w.people,
    )
    sent = text[s:e]
    within = stated_within(text, st, r)
    out += [RawRelation("within", c, p, si, None) for c, p in within]
    leaves = place_leaves(st, r, within, text)
    topic = _topic(text, st, r) if not (_ADDRESSEES.match(sent) or _units_only_line(text, st)) else []
    return _Sentence(si, s, e, st, sent, within, leaves, topic)


def _carried_subject_resets(sen: _Sentence, w: _Walk) -> None:
    """Where what a sentence inherits changes: a notice's new section is its authors' again, a meeting's
    会议决定： line makes the items below its decisions, and people acting leave no unit to carry over."""
    text, s, e, sent = w.text, sen.s, sen.e, sen.sent
    if _SECTION.match(sent) and text[s - 1 : s] in ("", "\n"):
        w.carried = list(w.authors)  # 三、处理意见: a new section of a notice is its authors' again
        w.decided_below = False
    if w.meeting and text[s - 1 : s] in ("", "\n") and sent.rstrip().endswith(("：", ":")) \
            and _MEETING_SAYS.search(sent):
        w.decided_below = True  # 二、会议决定：/（一）对甲镇实行挂牌督办: the items are the meeting's decisions
    if not sen.topic and _opened_by_post(text, sen.st) and _oversight_re().search(text, s, e):
        w.carried = []  # 县委书记甲联点A镇，…: people act here, no unit carries over


def _reads_as_row(sen: _Sentence, w: _Walk) -> bool:
    """Whether the sentence is a row of a table or of a "unit：places" list (a line that is none ends
    the table a unit named before it follows up); a numbered group's lead is noted first."""
    text, st, sent = w.text, sen.st, sen.sent
    note_group_leads(text, st, w.r, w.group_leads)  # before a row is read and left: 第一督查组：甲局牵头，…
    row = "|" in sent or "\t" in sent or _colon_row(text, st)
    if not row:
        w.tracked_by = []
    return row


def _duty_table_row(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> None:
    """A row of a table or of a "unit：places" list under a heading that names a pairing or inspection
    duty (联点安排 / 督查组牵头单位 | 督查单位): its units oversee its places."""
    text, r, st, si, sent = w.text, w.r, sen.st, sen.si, sen.sent
    leaves, within, list_cue, text_cols, helper_cols = sen.leaves, sen.within, w.list_cue, w.text_cols, w.helper_cols
    undescribed = [k for k in leaves if text.count("|", st.start, pos_of(r, k, st)) not in text_cols] \
        if text_cols and "|" in sent else []
    # (a table's cells only: in a "group：…，督查甲市、乙市" list row both places are targets, 乙市 in 甲市 or not)
    leaves, columns = deepest_places(st, r, leaves, within) if "|" in sent or "\t" in sent else (leaves, [])
    # 序号|河流|责任乡镇|问题描述|督办单位: the township is overseen, not the villages a problem describes
    overseen = undescribed or leaves
    out += [RawRelation("within", c, p, si, None) for c, p in columns]
    # 第一督查组：省应急厅牵头，省消防救援总队派员参加，督查甲市: only the lead acts
    leads = lead_units(text, st, r, st.end - 1) if LEAD_WORD.search(text, st.start, st.end) else []
    # 隐患单位 | 所在地 | 督办单位: a firm's row oversees the firm; its places say where it is
    firms = list(dict.fromkeys(k for o in st.orgs if is_firm(r, k := okey(r, o)))) if "|" in sent else []
    # (a table followed up by a unit named before it: that unit acts, not the rows' 责任单位)
    acting = w.tracked_by or list(dict.fromkeys(
        okey(r, o) for o in st.orgs
        if okey(r, o) and not okey(r, o).startswith("?") and o not in st.posts
        and text.count("|", st.start, o.start) not in helper_cols and not _helps_in_brackets(text, st, o)
        and (not leads or okey(r, o) in leads) and okey(r, o) not in firms))
    targets = firms or overseen
    if "分别" in sent and len(acting) == len(targets) > 1:  # 甲局、乙局：A社区、B社区（分别包保）
        out += [RawRelation("supervises", a, p, si, list_cue) for a, p in zip(acting, targets, strict=True)]
    else:
        out += [RawRelation("supervises", a, p, si, list_cue) for a in acting for p in targets]
    if not firms:
        list_designator = w.list_designator
        out += [RawRelation("designates", a, p, si, list_designator[1]) for a in list_designator[0]
                for p in leaves]


def _helps_in_brackets(text: str, st: Sent, o: OrgM) -> bool:
    """甲镇人民政府（县住建局、县人社局配合）: units a bracket names as helpers only."""
    opened = max(text.rfind("（", st.start, o.start), text.rfind("(", st.start, o.start))
    if opened < 0 or max(text.rfind("）", opened, o.start), text.rfind(")", opened, o.start)) >= 0:
        return False
    closed = min((i for i in (text.find("）", o.end, st.end), text.find(")", o.end, st.end)) if i >= 0), default=-1)
    return closed >= 0 and HELPERS.search(text, closed - 2, closed) is not None


def _table_heading(sen: _Sentence, w: _Walk, row: bool, columns: bool) -> None:
    """A heading, a table's header row or the first line, naming no place (or, ``columns``, a header row
    whose places only qualify its column names): the duty of the rows below (their list cue), who
    designates them, who follows them up, and which columns only help or describe."""
    text, si, sent, spans = w.text, sen.si, sen.sent, w.spans
    header = len(sent) <= 60 and not sen.leaves and _HEADER_LINE.match(sent) is not None  # 派出单位——驻村地点
    if not ((row or header or _HEADING.match(sent) or si == 0) and not sen.leaves) and not columns:
        return
    cue_here = next((c for c in w.sup if c in sent), None) or (
        next((c for c in load("cues.json").get("duty_headers", []) if c in sent), None)
        if row or header else None)
    w.list_cue = cue_here if cue_here else (w.list_cue if row else None)
    if row and _CASE_COLUMN.search(sent):
        w.list_cue = None  # 信访人 | 所在乡镇 | 包案单位: each row hands a case over, no oversight of the town
    # 挂牌督办问题清单 / 序号 | 问题 | 乡镇 | 责任单位: the rows' places are what the list designates
    listing = w.cue_res["designates"].search(text, spans[si - 1][0], spans[si - 1][1]) if si and row else None
    if listing and not any(n in text[spans[si - 1][0] : spans[si - 1][1]] for n in w.neg):
        w.list_designator = (w.authors or list(w.carried), listing.group(0))
    elif not row:
        w.list_designator = ([], "")
    if row and cue_here in ("责任单位", "整改单位") and si:
        w.tracked_by = _tracked_by(text, spans[si - 1], w.orgs_in[si - 1], w.r)
    if row and "|" in sent:  # 组长单位 | 成员单位 | …: the members' column does not act
        cells = sent.split("|")
        w.helper_cols = {i for i, cell in enumerate(cells) if HELPERS.search(cell)
                         and not _DUTY_MEMBERS.search(cell)}  # 包保成员单位: members that 包保 act
        if any(c.strip().startswith(("牵头", "督办")) for c in cells):
            # 牵头单位 | 责任单位 | 配合单位: the lead oversees, the responsible units fix
            w.helper_cols |= {i for i, cell in enumerate(cells) if cell.strip().startswith(("责任", "整改"))}
        w.text_cols = {i for i, cell in enumerate(cells) if _TEXT_COLUMN.search(cell)}


def _names_columns(sent: str) -> bool:
    """Whether a row is a header whose every cell names a column (类别 | 即墨区结对单位 | 宕昌县结对单位)."""
    if "单位" not in sent and "部门" not in sent:
        return False
    cells = [c.strip() for c in re.split(r"[|\t]", sent.strip())]
    return len(cells) >= 2 and any(c.endswith(("单位", "部门")) for c in cells) \
        and all(c and is_header_cell(simplify(c)) for c in cells)


_DUTY_MEMBERS = re.compile(r"(?:包保|包联|包抓|帮扶|联系|挂点|联点|结对|督导|督查)成员")


def _duty_rows_below(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> None:
    """Item rows "places，units" below a line that announces a duty for them (每个乡镇明确州级帮扶单位：),
    and that line."""
    text, s, st, sent = w.text, sen.s, sen.st, sen.sent
    if w.duty_rows and text[s - 1 : s] in ("\n", "；", ";"):
        duty_rows = w.duty_rows
        pairs = place_then_units_row(text, st, w.r, sen.leaves)
        out += [RawRelation("supervises", a, p, sen.si, duty_rows) for a, p in pairs]
        if not pairs and not (_HEADING.match(sent) and not st.orgs):  # （一）墨玉县（4个）: a heading in the list
            w.duty_rows = ""
    if sent.rstrip()[-1:] in ("：", ":"):
        if (words := _ANNOUNCES_DUTY_ROWS.search(sent)) is not None:
            w.duty_rows = words.group(1)  # 每个乡镇明确州级帮扶单位：/（一）甲县乙乡，州法院；: the rows below
        elif (sent_to := _SENDS_TEAMS.search(sent)) is not None:
            w.duty_rows = sent_to.group(0)  # 派驻…9个村，具体为：/ 甲镇乙村——地委组织部；: the rows below
        elif _AS_FOLLOWS.search(sent) and (duty := _oversight_re().search(text, text.rfind("\n", 0, s) + 1, s)):
            w.duty_rows = duty.group(0)  # 实行“旗直单位包保”责任制。具体安排如下： / 甲镇：旗长某，旗林草局；


def _counted_cases_located(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> None:
    """N cases a designation listed (对8件重点信访积案实行挂牌督办) and, at most three sentences on, the
    one that says where they lie (此次挂牌督办的8件积案分别位于甲镇、乙镇…): its places are designated."""
    listing = w.counted_listing
    if listing is None:
        return
    if sen.si - listing[2] > 3:
        w.counted_listing = None  # too far from the listing to be its places
    elif sen.leaves and _LOCATED.search(sen.sent):  # 此次挂牌督办的8件积案分别位于甲镇、乙镇…
        out += [RawRelation("designates", a, p, sen.si, listing[1]) for a in listing[0]
                for p in sen.leaves]
        w.counted_listing = None


def _announced_items(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> None:
    """The items of a list a designation announced (对以下4个问题实行挂牌督办): each item line's places
    are designated, until a line that is neither an item nor a field of one."""
    text, r, s, e, st, sent = w.text, w.r, sen.s, sen.e, sen.st, sen.sent
    announced = w.announced
    if announced is None or text[s - 1 : s] != "\n":
        return
    if st.places and _ACTOR_AFTER.match(text, st.places[0].end):
        w.announced = None  # 四、甲镇要对照督办要求…: a place told what to do, the list is over
    elif _HEADING.match(sent) or place_row(text, st):
        if not firms_on_line(text, r, s, e) and not _PETITIONER.search(sent):  # 一、甲县乙镇…问题。: an item
            places = item_places(text, st, r, sen.leaves)
            if w.announced_towns:  # 白塔镇高迁村至上横街村路段: the township the hazard lies in
                stated = dict(sen.within)
                places = [t for t in dict.fromkeys(_town_of(r, k, stated) for k in places) if t]
            out += [RawRelation("designates", a, p, sen.si, announced[1]) for a in announced[0] for p in places]
        # (1.甲镇某公司：… lists the firm's hazard, not the town; 1.甲镇乙村某某反映…问题 a petitioner's
        # case, not the place it comes from; the list goes on)
    elif not _FIELD_LINE.match(sent):  # 主要隐患：… / 责任单位：…: a field of the item, the list goes on
        w.announced = None


def _duties_by_shape(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> tuple[int, int]:
    """Oversight read from how the sentence is laid out: an inspection group's row, visit or places, a
    duty handed on (调整为), units in brackets after places (竹林关镇：关口村（县住建局）), units that each
    lead one of as many groups of places. Gives the span of those groups, whose cue is read here."""
    text, r, s, e, st, si, sent, leaves = w.text, w.r, sen.s, sen.e, sen.st, sen.si, sen.sent, sen.leaves
    out += [RawRelation("supervises", a, p, si, "督查组") for a, p in group_row(text, st, r, leaves, w.group_leads)]
    out += [RawRelation("supervises", a, p, si, "督查组") for a, p in led_group_visits(text, st, r, leaves)]
    if "组" in sent and ("牵头" in sent or "带队" in sent):
        out += [RawRelation("supervises", a, p, si, "督查组") for a, p in groups_sent_to(text, st, r, leaves)]
    if "调整为" in sent:
        out += [RawRelation("supervises", a, p, si, "调整为") for a, p in duty_handed_on(text, st, r, leaves)]
    if ("（" in sent or "(" in sent) and _oversight_re().search(text, s, e):  # 竹林关镇：关口村（县住建局）
        out += [RawRelation("supervises", a, p, si, "（）") for a, p in units_in_brackets(text, st, r, leaves)]
    grouped, grouped_span = places_by_group(text, st, r, leaves)
    out += [RawRelation("supervises", a, p, si, "分别牵头") for a, p in grouped]
    return grouped_span


def _cues_found(sen: _Sentence, w: _Walk) -> dict[str, list[tuple[int, str]]]:
    """The sentence's cues of each kind, outside its names (纳包村 holds no 包村), and oversight cues
    outside its titles too."""
    st = sen.st
    found = _sentence_cues(w.text, sen.s, sen.e, [*st.orgs, *st.places], w.cue_res, w.any_cue)
    if st.docs and found["supervises"]:  # 对《…包抓镇村工作的通知》进行调整: a title's words are no act
        found["supervises"] = [(p, c) for p, c in found["supervises"] if not any(a <= p < b for a, b, _ in st.docs)]
    return found


def _pairing_after_list(text: str, st: Sent, clause_s: int, cue_pos: int) -> int:
    """Where the pairing of a cue begins when units and places alternate in one clause (县林业局包保
    文江镇、县应急管理局包保吴山镇): at the unit right before the cue that follows a place and 、."""
    place_ends = {p.end for p in st.places}
    starts = [o.start for o in st.orgs if clause_s < o.start and o.end <= cue_pos and cue_pos - o.end <= 2
              and text[o.start - 1] == "、" and o.start - 1 in place_ends]
    # (a pairing before it in the clause: 淮南市、六安市、蚌埠市河长办分别负责… is one list of units)
    return starts[-1] if starts and _oversight_re().search(text, clause_s, starts[-1]) else clause_s


def _cases_taken(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> tuple[list[str], list[str]]:
    """甲局、乙局分别作为A镇、B镇积案化解的包案单位: the units and the places they take one to one (they
    are who acts at the sentence's oversight cues until a cue names others)."""
    taken_units, taken_places = duties_taken(w.text, sen.st, w.r, sen.leaves)
    out += [RawRelation("supervises", u, p, sen.si, "包案单位")
            for u, p in zip(taken_units, taken_places, strict=True)]
    return taken_units, taken_places


def _designations_and_oversight(sen: _Sentence, w: _Walk, found: dict[str, list[tuple[int, str]]],
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
        for cue_pos, cue in found[kind]:
            clause_s, clause_e = clause_span(text, sen.s, sen.e, cue_pos)
            clause_s = _pairing_after_list(text, st, clause_s, cue_pos)
            if _cue_names_no_act(sen, w, kind, cue_pos, cue, clause_s, clause_e, designated, grouped_span,
                                 done_clauses):
                continue
            said = _who_acts_on_what(sen, w, kind, cue_pos, cue, clause_s, clause_e, acting)
            if said is None:
                continue
            subj, objs = said
            if acting_objs and (subj == acting or _TOGETHER_WITH.match(text, clause_s)) \
                    and not any(clause_s <= p.start < clause_e for p in st.places):
                # 甲厅联点乙县，与丙厅共同开展帮扶 (乙局包挂甲镇，全程督导…): the act before it goes on
                objs = [k for k in objs if k in acting_objs] or objs
            if acting and subj == acting and set(objs) <= set(acting_objs):
                continue  # …分别包联甲县、乙县，每月到所包县督导一次: the same pairs said again
            own_units = sum(clause_s <= o.start < cue_pos and okey(r, o) in subj for o in st.orgs) > 1
            pairs = _pairs(text, clause_s, cue_pos, subj, objs, own_units)
            out += [RawRelation(kind, a, b, si, cue) for a, b in pairs]
            if kind == "designates":
                w.listed += [(b, cue) for _, b in pairs]
            if subj and objs:
                done_clauses.add(clause_s)
                acting, acting_objs = subj, objs


def _cue_names_no_act(sen: _Sentence, w: _Walk, kind: str, cue_pos: int, cue: str, clause_s: int, clause_e: int,
                      designated: list[tuple[int, int]], grouped_span: tuple[int, int], done_clauses: set[int]) -> bool:
    """Whether a designating or supervising cue names no act of its own (a word of a title or of a
    longer cue, a negated, former or aimed-at act, a duty or practice named as a thing), or its clause
    was read already."""
    text, st, s, e, neg = w.text, sen.st, sen.s, sen.e, w.neg
    if kind == "supervises" and (any(a <= cue_pos < b for a, b in designated)
                                 or (text[cue_pos - 2 : cue_pos] == "挂牌" and cue.startswith("督办"))):
        return True  # 督办 inside 挂牌督办 (予以挂牌 + 督办) is the designation, not oversight
    if clause_s in done_clauses or (kind == "supervises" and grouped_span[0] <= cue_pos < grouped_span[1]):
        return True
    if any(n in text[clause_s : cue_pos + len(cue)] for n in neg):
        return True
    if kind == "designates" and cue.endswith("挂牌") and \
            text.startswith(("督导", "督查", "指导"), cue_pos + len(cue)):
        return True  # 实行挂牌督导: supervision under a plaque (督导 is read as such), no listing
    if kind == "designates" and _delistings(text, cue_pos + len(cue), clause_e, neg):
        return True  # 决定对甲市、乙县3个重点整治地区予以摘帽: the clause takes them off
    if kind == "supervises" and any(ds <= cue_pos < de for ds, de, _ in st.docs):
        return True  # 印发了《…驻点督导工作方案》: a word of a title, no act (a designating title may be)
    after = cue_pos + len(cue)
    if text[cue_pos - 1 : cue_pos] == "原" or _FORMER.match(text, clause_s) \
            or _COUNTED_UNITS.search(text[max(clause_s, cue_pos - 24) : cue_pos]) \
            or (_UNNAMED_UNITS.search(text, clause_s, cue_pos)
                and not any(clause_s <= o.start < cue_pos for o in st.orgs)):
        return True  # 原联点隆德县的民政厅: a former pairing; 56个区直部门联点帮扶…: units not named
    if kind == "supervises" and text[cue_pos - 1 : cue_pos] == "所" \
            and not any(o.end == cue_pos for o in st.orgs):  # 派出所包联甲村 acts
        return True  # 负责所驻村维护稳定, 所包乡镇: the place of an act said before, no act
    if kind == "supervises" and _REFERS_BACK.match(text, after):
        return True  # 负责统筹协调所联乡镇的…工作: the places of a pairing said before, no act
    if _named_as_a_task(text, st, clause_s, clause_e, cue_pos, after):
        return True  # 要把挂牌整治作为一项政治任务, 将挂牌整治纳入考核: the act named as a task, no act
    if cue.startswith("选派") and not any(clause_s <= p.start < clause_e for p in st.places):
        return True  # …联点帮扶甲县的贫困村，选派驻村工作队47支: teams sent, to no place of the clause
    if kind == "supervises" and text[after : after + 1] == "的" and _ENDED.search(text, after, e):
        return True  # 乙委此前结对的甲乡，…，不再保留结对关系: a pairing named to say it ends
    if kind == "supervises" and text.startswith(("任务", "单位", "要求", "期满", "期限", "期间"), after):
        return True  # 帮扶任务同时终止, 对照督办要求, 督办期满: the duty named, no act
    if text.startswith(("附件：", "附件:"), s):
        return True  # 附件：甲州…重点整治地区考核验收办法: an attachment's title, no act
    if kind == "supervises" and text.startswith("关系", after) and (
            text[cue_pos - 1] == "的" or ("与" not in text[clause_s:cue_pos]
                                         and not any(clause_s <= o.start < cue_pos for o in st.orgs))):
        return True  # 结对关系持续深化, 对…确定的包抓关系作如下调整: the pairing as a thing, no act
    if kind == "supervises" and text[after : after + 1] == "下" and "在" in text[clause_s:cue_pos]:
        return True  # 在州委、州政府的领导和南海区的倾力帮扶下: help received, framed, no act
    if kind == "supervises" and _place_acts(text, st, clause_s, cue_pos):
        return True  # 南海区选派干部到我县开展帮扶: a place acts, no unit of the clause
    if kind == "supervises" and _places_pair_up(text, st, clause_s, cue_pos):
        return True  # 斗门区白蕉镇…分别与我县上帕镇…建立结对关系: places paired with places, no unit acts
    if _AIM.match(text, clause_s) \
            and not any(clause_s <= x.start < clause_e for x in st.orgs) \
            and not any(clause_s <= x.start < clause_e for x in st.places):
        return True  # 做到问题在一线研判、工作在一线督办: an aim, nobody and nowhere named
    if _names_a_practice(text, st, clause_s, cue_pos):
        return True  # 推行“项目专班+驻点包抓”模式, 实行“单位包村、干部包户”: a way of working, no act
    if kind == "supervises" and text.startswith("范围", after):
        return True  # 不在本次督查范围, 工作组进驻范围: the scope of an act, no act
    if kind == "supervises" and _LABEL_AFTER_CUE.match(text, after):
        return True  # 县级田长：甲；联系乡镇：乙镇: a field label, the person's duty, not a unit's act
    if kind == "designates" and text[after : after + 1] == "的" and not _TITLE_NOUN.match(text, after + 1):
        return True  # 此次挂牌督办的8件积案位于…, 挂牌督办的甲县…予以摘牌: said of a listing, not one
    return False


def _who_acts_on_what(sen: _Sentence, w: _Walk, kind: str, cue_pos: int, cue: str, clause_s: int, clause_e: int,
                      acting: list[str]) -> tuple[list[str], list[str]] | None:
    """Who acts at a designating or supervising cue and on what (a meeting's body for its decisions, a
    notice's authors for its own acts), or None when the clause takes the places off a list; notes a
    designation whose items or places come in later lines."""
    text, r, st, s = w.text, w.r, sen.st, sen.s
    meeting, authors = w.meeting, w.authors
    subj, objs = _subject_objects(
        text, st, r, cue_pos, cue, clause_s, clause_e, sen.leaves, acting or sen.topic, w.carried,
        _named_before(text, s, cue_pos, w.last_leaves, w.recent), kind
    )
    after = cue_pos + len(cue)
    said_at = said.end() if meeting and (said := _MEETING_SAYS.search(text, s, cue_pos)) else -1
    if w.decided_below and said_at < 0:
        said_at = s
    if meeting and objs and said_at >= 0 \
            and not any(said_at <= o.start < cue_pos and text[o.start - 1] != "由" for o in st.orgs):
        subj = meeting  # 县信访工作联席会议纪要 … 会议决定，对甲镇实行挂牌督办: the meeting's body decides
    elif authors and subj and _NOTICE_OWN_ACT.match(text, clause_s) \
            and not any(clause_s <= o.start < cue_pos for o in st.orgs):
        subj = list(authors)  # 现对甲镇、乙镇予以通报批评: the notice's own act, its authors'
    if kind == "designates" and text.startswith("之列", after) and "不在" in text[clause_s:cue_pos]:
        return None  # 不在此次挂牌之列: not among the listed
    if kind == "designates" and _delisted_later(text, st, r, after, w.neg, objs):
        return None  # 列入挂牌整治的甲镇、乙镇经验收，对其予以摘帽: the sentence takes them off
    if kind == "supervises":
        subj = group_lead(text, clause_s, cue_pos, w.group_leads) or subj
        naming = _naming_a_group(text, st, r, clause_s, cue_pos)
        subj = [a for a in subj if a not in naming]  # 市委市政府联合督查组赴甲县: the group goes
        group = _LISTED.search(text, clause_s, cue_pos)
        if subj and not objs and group:
            objs = _listed_places(text, group, w.listed)  # 对挂牌地区实行包片督导
    elif subj and not objs and ("以下" in text[clause_s:cue_pos]
                                or _COUNTED_AREAS.search(text, clause_s, cue_pos)):
        w.announced = (subj, cue)  # 对以下4个问题 (对5个镇的隐患) 实行挂牌督办: the items below name them
        w.announced_towns = _THEIR_TOWNS.search(text, clause_s, cue_pos) is not None
    elif subj and not objs and _COUNTED_CASES.search(text, clause_s, cue_pos):
        w.counted_listing = (subj, cue, sen.si)  # 对8件重点信访积案实行挂牌督办: where they lie comes next
    return subj, objs


def _issued_and_forwarded(sen: _Sentence, w: _Walk, found: dict[str, list[tuple[int, str]]],
                          out: list[RawRelation]) -> None:
    """Forwarding and issuing cues: who forwards or issues which titles, up to the next such cue."""
    text, r, s, e, st, si, authors = w.text, w.r, sen.s, sen.e, sen.st, sen.si, w.authors
    for kind in ("forwarded", "issued"):
        for cue_pos, cue in found[kind]:
            if kind == "issued" and text[cue_pos - 2 : cue_pos] == "转发":
                continue
            own_title_next = _QUALIFIES_A_TITLE.match(text, cue_pos) is not None  # 甲印发的《…》和乙印发的《…》
            nxt = min([p for p, _ in _cues_in(text, cue_pos + len(cue), e, w.issued_or_forwarded, st.orgs)
                       if own_title_next or not _QUALIFIES_A_TITLE.match(text, p)]  # 转发了乙局制定的《…》
                      + [e])
            docs = [k for ds, de, k in st.docs if cue_pos < ds < nxt and _same_sentence_part(text, cue_pos, ds)
                    and not _rests_on(text, cue_pos, ds)]  # 印发的《甲》，系依据《乙》…: 乙 is no object
            docs += [k for ds, de, k in st.docs if (de + 1 == cue_pos
                     or (de + 1 == cue_pos - 1 and text[de + 1] not in "暨和及并与、"))  # 转发《甲》暨印发《乙》
                     and not _rests_on(text, clause_span(text, s, e, ds)[0], ds)]  # 系依据《乙》制定的
            docs += _taken_docs(text, st, cue_pos)
            if not docs and text.startswith(("执行", "实施"), cue_pos + len(cue)):
                docs = [k for ds, de, k in st.docs if de < cue_pos][-1:]  # 审议通过了《甲方案》，会后由乙办印发执行
            if not docs and (that := _THAT_DOC.search(text, clause_span(text, s, e, cue_pos)[0], cue_pos)):
                # 按照《甲办法》执行，该办法随本通知一并印发: the title named just before
                docs = [k for ds, de, k in st.docs if de < that.start()][-1:]
            by = next((o for o in st.orgs if o.end == cue_pos and text[o.start - 1 : o.start] == "经"), None)
            if not docs and (by is not None or _GIVEN_TO_YOU.match(text, cue_pos + len(cue))):
                # 《甲通知》已经州局转发，现转发给你们: the last title before it in its ；-segment that is no
                # basis (系依据《乙意见》制定的, 根据《丙条例》: what the title rests on)
                seg_s = segment_start(text, s, cue_pos)
                docs = [k for ds, de, k in st.docs if seg_s <= ds and de < cue_pos
                        and not _rests_on(text, clause_span(text, s, e, ds)[0], ds)][-1:]
            if not docs:
                continue
            if by is not None and (k := okey(r, by)) and not k.startswith("?"):
                out += [RawRelation(kind, k, b, si, cue) for b in dict.fromkeys(docs)]
                continue  # 已经州自然资源和规划局转发: the unit it went through did it
            # a notice's own acts (现印发给你们, 将《…》一并转发) are its authors', named in its title
            subj = _agents(text, st, r, cue_pos, sen.topic, w.carried) or authors
            clause_s = clause_span(text, s, e, cue_pos)[0]
            if authors and _NOTICE_OWN_ACT.match(text, clause_s) and all(
                    text.startswith("《", o.end) for o in st.orgs if clause_s <= o.start < cue_pos):
                subj = list(authors)  # 经县委同意，现将省厅《…》转发给你们: the notice's own act; 省厅 wrote it
            we = _WE.search(text, s, cue_pos) if authors else None
            if we is not None and not any(we.end() <= o.start < cue_pos for o in st.orgs):
                subj = list(authors)  # 我局…研究起草了《…》: the text's author (who signs or heads it)
            for a in subj:
                for b in dict.fromkeys(docs):
                    out.append(RawRelation(kind, a, b, si, cue))


def _foundings(sen: _Sentence, w: _Walk, found: dict[str, list[tuple[int, str]]], out: list[RawRelation]) -> set[int]:
    """Founding cues (成立, 组建…): who sets up which units, groups and their sub-units. Gives where the
    units whose sub-units were read start."""
    text, r, s, e, st, si, topic, carried = w.text, w.r, sen.s, sen.e, sen.st, sen.si, sen.topic, w.carried
    parents_done: set[int] = set()
    for cue_pos, cue in found["established"]:
        at = _founded_at(text, cue_pos + len(cue), e)
        if FOUNDED_GROUPS.match(text, at):
            clause_s, _ = clause_span(text, s, e, cue_pos)
            founders = _clause_topic(text, st, r, clause_s, cue_pos) or [
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
        own = _clause_topic(text, st, r, clause_s, cue_pos)
        right_before = [okey(r, o) for o in st.orgs if o.end <= cue_pos and cue_pos - o.end <= 2]
        # 在县乡村振兴领导小组下成立…专班: set up under the group (a sub-unit of it), by the topic
        under = [o for o in st.orgs if text[o.end : cue_pos] == "下" and text.rfind("在", clause_s, o.start) >= 0]
        if under:
            right_before = []
        every = _COLLECTIVE_SUBJECT.search(text, s, cue_pos) if not own and not right_before else None
        if every is not None and not any(every.end() <= o.start < cue_pos for o in st.orgs):
            continue  # 各乡镇参照县级模式设立河长办, 各挂牌整治县党委、政府…成立: each its own, no founder
        founders = own or right_before or _segment_topic(text, st, r, cue_pos) or list(topic or carried)
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


def _subunits_without_founding(sen: _Sentence, w: _Walk, parents_done: set[int], out: list[RawRelation]) -> None:
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
        last = next((o for o in reversed(st.orgs) if o.end <= at), None)
        setter = r.entities.get(okey(r, last)) if last is not None else None
        if last is not None and setter is not None and last.end != at and last.start not in parents_done \
                and setter.subtype in ("committee", "taskforce") \
                and not any(c in text[last.end : at] for c in "，,；;"):
            out += sub_units(text, st, r, last, si, at)
            parents_done.add(last.start)
    for bare in BARE_GROUP_SETS_UP.finditer(text, st.start, st.end):  # …指挥部，指挥部下设办公室和5个专项组
        named = [o for o in st.orgs if o.end <= bare.start() and o.body.endswith(bare.group(1))] or [
            # 市禁毒委成立…工作专班，…。专班下设综合协调组…: the one named in the sentence before
            o for o in (w.orgs_in[si - 1] if si else []) if o.body.endswith(bare.group(1)) and okey(r, o)]
        if named and not any(o.start <= bare.start() < o.end for o in st.orgs) \
                and named[-1].start not in parents_done and not okey(r, named[-1]).startswith("?"):
            out += sub_units(text, st, r, named[-1], si, bare.end())
            parents_done.add(named[-1].start)


def _report_on_behalf(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> None:
    """我代表县人民政府向大会报告工作: the government the report is given for wrote it."""
    text, r, st = w.text, w.r, sen.st
    if "代表" in sen.sent and (behalf := _ON_BEHALF.search(text, sen.s, sen.e)) is not None:
        reporters = [k for o in st.orgs if behalf.start(1) <= o.start < behalf.end(1)
                     and (k := okey(r, o)) and not k.startswith("?")]
        report = [r.doc_key[(d.start, d.end)] for d in w.m.docs
                  if d.start == w.own_title and (d.start, d.end) in r.doc_key]
        out += [RawRelation("issued", a, k, sen.si, "报告") for k in report for a in reporters]
        w.authors = w.authors or reporters  # the report's "we": its sections' acts are the government's


def _titles_begin_with_issuer(sen: _Sentence, w: _Walk, out: list[RawRelation]) -> None:
    """Titles that begin with their issuer (《国务院安委会关于…的决定》), and the other ways a title is
    said to be issued; a decision's title may also designate places."""
    for ds, de, k in sen.st.docs:
        _title_issued(sen, w, ds, de, k, out)
        _title_designates_places(sen, w, ds, de, out)


def _title_issued(sen: _Sentence, w: _Walk, ds: int, de: int, k: str, out: list[RawRelation]) -> None:
    """Who issued the title at ``ds``: the units it begins with, or when it is the text's own title the
    unit reporting on its own year, its signatories or the meeting's body; units written right before
    it; and who sends a document out by it issued that document too."""
    text, r, st, si, own_title = w.text, w.r, sen.st, sen.si, w.own_title
    issued_before = len(out)
    opens = ds + 2 if text.startswith("中共", ds) else ds  # 中共甲县委办公室…关于
    issuer = [o for o in w.orgs_in[si] if o.start == opens and okey(r, o)]
    issuers = group_from(text, st, r, issuer[0]) if issuer else []
    if issuers and text[issuers[-1][1] : issuers[-1][1] + 8].lstrip(" 　\n").startswith("关于"):
        out += [RawRelation("issued", a, k, si, None) for a, _ in issuers if not a.startswith("?")]
        if own_title == ds:  # the text's own title: who wrote the notice
            w.authors = [a for a, _ in issuers if not a.startswith("?")]
    elif own_title == ds and issuers and _OWN_YEAR.match(text, issuers[-1][1]):
        # 某县禁毒委员会2022年禁毒工作报告: the unit reporting on its own year wrote it
        out += [RawRelation("issued", a, k, si, None) for a, _ in issuers if not a.startswith("?")]
        w.authors = [a for a, _ in issuers if not a.startswith("?")]
    elif own_title == ds and (text[ds:de].startswith("关于") or "关于" not in text[ds:de]) and w.signed:
        # 关于…的通报 (某县…会议纪要) … 确山县某办公室 / 2023年6月26日: a notice signed at its end
        out += [RawRelation("issued", a, k, si, None) for a in w.signed]
        w.authors = list(w.signed)
    if not issuers and own_title < ds and (red := _red_header_issuers(text, r, own_title, ds)):
        # 邳州市安全生产委员会办公室文件 / 邳安办〔2022〕19号 / 关于…的通知: the header's unit wrote it
        out += [RawRelation("issued", a, k, si, None) for a in red]
        w.authors = w.authors or red
        own_title = ds
    if own_title == ds and w.record_body:  # 茂名市委政法委会议纪要〔2021〕第6期: the body's own record
        out += [RawRelation("issued", a, k, si, None) for a in w.record_body]
    # units written right before a title are its issuers: 根据省委办公厅、省政府办公厅《…意见》
    out += [RawRelation("issued", a, k, si, None) for a in _title_owners(text, st, r, ds)]
    # 《甲关于印发〈乙方案〉的通知》: who sends the notice out issued the plan it sends
    sent_out = [r.doc_key[(d.start, d.end)] for d, o in w.inner.items()
                if o.start == ds and text[d.start - 3 : d.start - 1] in _SENDS_OUT]
    if own_title == ds:  # 关于印发《甲要点》的通知 as the text's own title: the notice sends 甲要点 out
        sent_out += [k2 for ds2, de2, k2 in st.docs if ds < ds2 and de2 <= de and k2 != k
                     and text[ds2 - 3 : ds2 - 1] in _SENDS_OUT and k2 not in sent_out]
        plain = _SENDS_OUT_BARE.search(text, ds, de)  # 关于印发甲方案的通知 … 《甲方案》: named without 《》
        if plain is not None and (plain_key := "doc:" + plain.group(1)) in r.entities \
                and plain_key not in sent_out:
            sent_out.append(plain_key)
    out += [RawRelation("issued", rel.subject, sk, si, rel.cue) for rel in out[issued_before:]
            if rel.type == "issued" and rel.object == k for sk in sent_out]


_RED_HEADER = re.compile(r"[ \t　]*(?:中共)?([^\n]{4,60}?)[ \t　]*文件[ \t　]*$", re.M)


def _red_header_issuers(text: str, r: Resolved, first: int, ds: int) -> list[str]:
    """The units of a red-letter header line (甲县某办公室文件) opening the text, when the title at ``ds``
    comes within two lines below it."""
    head = _RED_HEADER.match(text, first)
    if head is None or text.count("\n", head.end(), ds) > 3:
        return []
    return [k for (a, b), k in r.org_key.items() if head.start(1) <= a and b <= head.end(1) and not k.startswith("?")]


def _title_designates_places(sen: _Sentence, w: _Walk, ds: int, de: int, out: list[RawRelation]) -> None:
    """A decision whose title designates places: 《关于对甲县和乙区挂牌整治的决定》, by the unit right
    before the title."""
    text, r, st = w.text, w.r, sen.st
    title = text[ds:de]
    if w.cue_res["designates"].search(title) and not any(n in title for n in w.neg):
        before = [o for o in st.orgs if o.end in (ds - 1, ds)]
        if before:
            # 关于对连山区钢屯镇…挂牌整治: the town, not the district it lies in (甲区乙县 side by side: both)
            next_at = {pl.start: r.place_key[(pl.start, pl.end)] for pl in st.places}
            parents = set(sen.within)
            for pl in st.places:
                held = (next_at.get(pl.end), r.place_key[(pl.start, pl.end)])
                if ds <= pl.start < de and held not in parents:
                    out.append(
                        RawRelation(
                            "designates", okey(r, before[0]), r.place_key[(pl.start, pl.end)], sen.si, "挂牌整治"
                        )
                    )



# what may stand before a clause's first unit and still leave it the clause's topic
_UP_TO_LAST_CLAUSE = re.compile(r"^.*[，,；;：:]")
_TOPIC_LEAD_WORD = re.compile(r"(尤其是|特别是|与此同时|同时|此外|自此|其中|另外|经|并|中共|新增)$")
_DATE_LEAD = re.compile(r"^[0-9０-９年月日~～\-至、]*")
# what may stand before a clause's first unit and still leave it the clause's own topic
# (明确县公安局、县司法局包抓甲镇)
_CLAUSE_LEAD = re.compile(
    r"(尤其是|特别是|同时|此外|另外|其中|并|还|也|经|明确|确定|安排|新增|决定由|由"
    r"|(?:从|自)?(?:今年|去年|明年|本年度|[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)(?:起|以来|开始)?"
    r"|近年来|目前|当前|今后|随后|下一步|近日|日前"  # 今年起即墨区委、区政府结对帮扶宕昌县: a time, then the units
    r"|(?:(?:[省市州县区]级)?(?:定点|挂钩|对口)?(?:联系|责任|牵头|包保|帮扶|包联|挂联))(?:部门|单位)[：:为]?)$")
# a list row: "1." or "（一）" before its unit, a dash or colon after it
_ITEM_NUMBER = re.compile(r"^\s*(?:[0-9]+[.、．]|[（(]?[一二三四五六七八九十]+[）)、])?")
_DASH_OR_COLON = re.compile(r"\s*[：:—－\-]+\s*")


_THE_REST = re.compile(
    r"[，,　 ]*(?:其余|其他|剩余)(?:的)?(?:[0-9一二三四五六七八九十]+个)?(?:乡镇|乡|镇|村|社区|街道|县|县区|区县|市县)")
_SECTION = re.compile(r"\s*[一二三四五六七八九十]+、")
_UNDERWENT = re.compile(r"接受(?=[^，,。；;]{2,20}?(?:综合|专项|联合)?$)")
_THEIR_TOWNS = re.compile(r"所在(?:乡镇|镇|乡|镇街|乡镇（街道）)")


def _town_of(r: Resolved, key: str, stated: dict[str, str]) -> str | None:
    """The township of a place: itself, or the parent a village is stated within (else none)."""
    e = r.entities.get(key)
    if e is None:
        return None
    if e.subtype in TOWN_LEVELS:
        return key
    parent = r.entities.get(stated.get(key) or e.parent or "")
    return parent.key if parent is not None and parent.subtype in TOWN_LEVELS else None


_PETITIONER = re.compile(r"[\u4e00-\u9fff]某某?(?:等\d+人)?反映")  # 甲镇乙村李某某反映…问题: a petition case
_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[：:]")
_TEXT_COLUMN = re.compile(r"描述|问题|隐患|内容|情况|事项|备注")
_HEADER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[ \t]*(?:——|—|－|：|:|\||\t)[ \t]*[\u4e00-\u9fff]{2,8})+$")
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.、．]|第[一二三四五六七八九十]+[章节条部分])"
)


def _colon_row(text: str, st: Sent) -> bool:
    """A line "县委办：城关镇、龙山乡" or "县财政局—大坪镇": a unit, a dash or colon, then places."""
    if not st.orgs or not st.places:
        return False
    first = st.orgs[0]
    lead = _ITEM_NUMBER.sub("", text[st.start : first.start])
    listed = [o for o in st.orgs if o.end <= st.places[0].start]  # 甲局、乙办：丙镇: the units listed first
    last = first
    for o in listed[1:]:  # (县纪委县监委—小雅镇: two units side by side, each with its level word)
        if text[last.end : o.start] not in ("、", "和", "及", "与") and not (last.end == o.start and o.level_prefix):
            break
        last = o
    return not lead.strip() and _DASH_OR_COLON.match(text[last.end : st.places[0].start]) is not None


_Mention = TypeVar("_Mention", OrgM, PlaceM, DocM)


def _per_sentence(spans: list[tuple[int, int]], mentions: list[_Mention]) -> list[list[_Mention]]:
    """The mentions starting in each sentence (spans are in order and disjoint), in their order."""
    starts = [s for s, _ in spans]
    out: list[list[_Mention]] = [[] for _ in spans]
    for x in mentions:
        i = bisect.bisect_right(starts, x.start) - 1
        if i >= 0 and x.start < spans[i][1]:
            out[i].append(x)
    return out


# a unit followed by a post is the post of a person (县委副书记、县长甲), who acts in its place
_POST = re.compile("(?:常务)?副?(?:" + "|".join(sorted(load("people.json")["head_posts"], key=len, reverse=True)) + ")")


_ATTITUDE = re.compile(r"(?:高度|十分|非常|极为|格外)(?:重视|关注|关心)")
_TASK_VALUED = re.compile(r"(?:工作)?" + _ATTITUDE.pattern)
_HELPS_WITH = re.compile(r"(?:配合|协助|协同)(?:做好|抓好|开展|推进|落实)[^，,。；;、]{0,10}$")
_FOUNDING_WORDS = frozenset({"成立", "组建", "设立", "组成"})
_SENDING_WORDS = frozenset({"派驻", "选派", "派出"})
_SENT_TO = re.compile(r"向[^，,。；;]*$")
_NOUN_AFTER = re.compile(  # what makes a cue a noun: 督导组, 督办期, 帮扶县, 包抓乡镇工作机制
    r"(?:工作)?(?:组|队|反馈会|会议)|期|单位|部门|领导|干部|责任人|人员|县(?!城)|乡镇|对象|资金|项目|调研|措施|成效"
    r"|点位|点(?![名评验])|问题|路段|河段|积案|隐患|区域|村|社区|街道|安排|记录|台账|结果|情况|经验|做法|模式"
    r"|等(?:方式|形式|举措|措施|途径|手段)"  # 通过劳务协作、消费帮扶等方式: a means named
    r"|(?:联系)?(?:乡镇|村|领导)?(?:工作)?(?:机制|制度|责任制|办法)"  # 包点联系制度
)
# 将甲镇乙村纳入今年新增联点村: the place named becomes one of the kind the cue names (the act is done)
_INCLUDED_AS = re.compile(r"[将把][^，,。；;]{2,30}?纳入[^，,。；;]{0,8}$")
_PERSON_POST = re.compile(r"(?:常务|第一|专职)?(?:" + _POST.pattern + ")")


# every unit of a kind as a clause's subject (各乡镇(街道)参照…设立, 各县区要成立)
_COLLECTIVE_SUBJECT = re.compile(
    r"各[^，,。；;、]{0,6}?(?:乡镇|乡|镇|街道|县|区|市|县区|县市区|旗县|地|村|社区|单位|部门)")
_CUE_KINDS = ("designates", "supervises", "forwarded", "issued", "established")


def _sentence_cues(
    text: str, s: int, e: int, names: Sequence[OrgM | PlaceM], cue_res: dict[str, re.Pattern[str]],
    any_cue: re.Pattern[str],
) -> dict[str, list[tuple[int, str]]]:
    """The cues of each kind in text[s:e] (see _cues_in); most sentences hold none, which one search
    for every cue word at once tells."""
    if any_cue.search(text, s, e) is None:
        return {kind: [] for kind in cue_res}
    return {kind: _cues_in(text, s, e, cue_re, names) for kind, cue_re in cue_res.items()}


def _cues_in(text: str, s: int, e: int, cue_re: re.Pattern[str], names: Sequence[OrgM | PlaceM]
             ) -> list[tuple[int, str]]:
    """Cue words (one cue_pattern) in text[s:e], longest first at each place, outside the names given
    (督查组, 纳包村 hold no cue)."""
    found = []
    for mt in cue_re.finditer(text, s, e):
        p = mt.start()
        if any(o.start <= p < o.end for o in names):
            continue
        if "调研" in text[max(s, p - 4) : p]:
            continue  # 深入漳县调研联点帮扶工作: the work researched, no act
        if _NOUN_AFTER.match(text, mt.end()) and mt.group(0) not in _FOUNDING_WORDS \
                and not mt.group(0).startswith(("列为", "列入", "确定为", "认定为")) \
                and not (mt.group(0) in _SENDING_WORDS and _SENT_TO.search(text, max(s, p - 30), p)) \
                and not _INCLUDED_AS.search(text, max(s, p - 40), p) \
                and not (text[p - 2 : p] == "延长" and text.startswith("期", mt.end())):  # 延长挂牌整治期: kept on
            # 第二督导组, 帮扶工作队, 督导反馈会: a group or a meeting named, no act (成立县…小组 is one;
            # 向甲村派驻工作组 sends one; 列为…重点县区 names the kind the places are listed as)
            continue
        if text[p - 2 : p] in ("本次", "此次", "这次", "上次", "该次", "每次"):
            continue  # 对本次督导发现问题的整改情况: the inspection named as a thing, no act
        if _TASK_VALUED.match(text, mt.end()):
            continue  # 市禁毒办对我县挂牌整治工作高度重视: the task is what is valued, no act on the place
        if _HELPS_WITH.search(text, max(s, p - 14), p):
            continue  # 县财政局等单位配合做好经费保障和就业帮扶: units that only help, a task named
        found.append((p, mt.group(0)))
    return found


def _taken_docs(text: str, st: Sent, cue_pos: int) -> list[str]:
    """将《…》（文号）一并转发: the titles the clause's 将 takes before the cue."""
    clause_s, _ = clause_span(text, st.start, st.end, cue_pos)
    jiang = text.rfind("将", clause_s, cue_pos)
    if jiang < 0:
        return []
    return [k for ds, de, k in st.docs if jiang < ds < cue_pos and not CLAUSE_BREAK.search(text, de, cue_pos)]


# N cases listed by a designation (8件重点信访积案, 5处重大事故隐患), and the sentence that locates them
_COUNTED_CASES = re.compile(
    r"[0-9一二三四五六七八九十两]+[处件个起][^，。；]{0,12}?(?:问题|隐患|积案|案件|路段|点位|河段)")
# （甲厅调整为联点乙县，）与丙厅共同开展帮扶: a partner joining the act of the clause before
_TOGETHER_WITH = re.compile(r"[　 \s]*(?:并)?与[^，。；]{2,40}?(?:共同|一道|一起)")
# 《甲关于印发〈乙方案〉的通知》: the verbs by which a notice sends out the document titled inside its title
_SENDS_OUT = frozenset({"印发", "发布", "下发", "出台", "制定"})
_SENDS_OUT_BARE = re.compile(r"关于(?:印发|发布|下发)([^《》〈〉“”]{4,60}?)的(?:通知|决定|函)")
# 原联点隆德县的民政厅调整为…: the unit described by its former duty opens the clause all the same
_FORMER_DUTY = re.compile(r"原[^，。；：、由]{1,24}的")
# 原由区商务局包保的新安镇 (after an item's number, if any): a pairing that was
_FORMER = re.compile(r"[　 \s]*(?:[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|[一二三四五六七八九十]+、)?\s*"
                     r"原(?:由|来由|先由)")
_COUNTED_UNITS = re.compile(
    r"[0-9一二三四五六七八九十百]+个[^，。；、]{0,8}(?:部门|单位)(?:[（(]单位[）)])?(?:联点|包联|结对|对口|定点)?$")
# 自治区本级单位向我县派驻工作队: units of a kind, none named (the next clause may name them)
_UNNAMED_UNITS = re.compile(r"(?:本级|有关|相关|直属|[省市州盟县区旗]直)各?(?:部门|单位)")
_COUNTED_AREAS = re.compile(  # 对5个镇的隐患, 对6个…隐患突出的重点区域
    r"对[0-9一二三四五六七八九十两]+个(?:(?:乡镇|镇|乡|街道|县|区|县区|村)的|[^，,。；;]{0,20}?(?:区域|地区|片区))")
_LOCATED = re.compile(r"分别位于|分别是|分别为|分布在|位于")
# what an opening 对 may take that is no place and points to none (其, 上述, 该… do point back)
_OTHER_OBJECT = re.compile(
    r"(?!其|上述|以上|这|该|此|所|全|各|辖|本)[\u4e00-\u9fff、]{2,}?(?:案件|案|问题|隐患|企业|线索|事故|工程|单位)"
    r"|[^，,。；;]{2,12}的(?=予以|给予|进行|实行|一律)")  # 对履职不力的予以通报批评: whoever fails, no place
_OWN_YEAR = re.compile(r"\d{4}年(?:度|[上下]半年)?[^。！？\n]{0,40}(?:工作报告|工作总结|工作情况报告)")
_NOTICE_OWN_ACT = re.compile(r"\s*现(?:对|将|就|决定|予以|一并|(?=转发|印发|下发))")
_BASIS_WORD = re.compile(r"根据|依据|按照|依照|遵照")
_MADE = re.compile(r"制定|编制|起草|印发|出台|下发")


def _rests_on(text: str, clause_s: int, ds: int) -> bool:
    """Whether the title at ``ds`` is what something rests on (依据甲办《乙意见》), not a document made
    after the basis word (依据《甲条例》牵头编制的《乙方案》)."""
    basis = [m.end() for m in _BASIS_WORD.finditer(text, clause_s, ds)]
    return bool(basis) and _MADE.search(text, basis[-1], ds) is None


_GIVEN_TO_YOU = re.compile(r"(?:给|至)(?:你们|各单位|你单位|你局)")
_LABEL_AFTER_CUE = re.compile(r"(?:乡镇|乡|镇|街道|村|社区|县|区|点)?[：:]")
# a notice's salutation (各镇党委和人民政府，县委各部门：): whom it is sent to, who act in no sentence
_ADDRESSEES = re.compile(r"各[^。！？\n]*[：:]\s*$")


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


# 凉山州禁毒委员会2021年第三次全体会议纪要: the body whose meeting the record is
_MEETING_NAMED = re.compile(
    r"(?:\d{4}年)?(?:度)?第?[0-9一二三四五六七八九十]*次?(?:全体|专题|主任|常务|成员)?(?:会议|会)纪要")
_TRACKED_BY = re.compile(r"由([^，,。；;]{2,30}?)(?:跟踪|负责|统一)?督办")


def _tracked_by(text: str, span: tuple[int, int], orgs: list[OrgM], r: Resolved) -> list[str]:
    """以下问题交由所在镇街限期整改，由市河长办跟踪督办: the units the line before a table names to follow
    its rows up (they oversee each row's place; the rows' 责任单位 only fix)."""
    m = _TRACKED_BY.search(text, *span)
    return [k for o in orgs if m is not None and m.start(1) <= o.start and o.end <= m.end(1)
            and (k := okey(r, o)) and not k.startswith("?")]


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


def _same_sentence_part(text: str, cue_pos: int, ds: int) -> bool:
    return not any(c in text[cue_pos:ds] for c in "。；;\n")


def _topic(text: str, st: Sent, r: Resolved) -> list[str]:
    """Units that open a clause of the sentence (its topic), as a list group."""
    for o in st.orgs:
        k = okey(r, o)
        if not k or k.startswith("?") or r.entities[k].subtype == "media":
            continue
        if o in st.posts:
            return []
        before = text[st.start : o.start]
        lead = _UP_TO_LAST_CLAUSE.sub("", before)
        lead = _TOPIC_LEAD_WORD.sub("", lead)
        lead = _DATE_LEAD.sub("", _HEADING.sub("", lead))  # （四）县乡村振兴局牵头…: the item's number
        if lead.strip() == "":
            group = group_from(text, st, r, branch_of(st, r, o))
            after = text[group[-1][1] : group[-1][1] + 1] if group else ""
            if after == "被":
                return []
            return [k for k, _ in group]
        break
    return []


def _person_clause(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether people are the subject of the cue's clause: it opens with a post (县长甲, 县委书记乙)
    or names leaders (县级领导挂点) and no unit."""
    lead = text[clause_s:cue_pos]
    at = clause_s + len(lead) - len(lead.lstrip(" 　其中，,"))  # 其中区长甲包保A镇
    if any(o.start == at for o in st.posts) or _PERSON_POST.match(text, at):
        return True
    if any(lead.lstrip().startswith(name) for name in st.people):
        return True  # 其中，王志刚牵头包案甲镇: a person named earlier with a post
    units = [o for o in st.orgs if clause_s <= o.start < cue_pos and o not in st.posts]
    return not units and re.search(r"领导(?!小组)", lead) is not None


def _places_pair(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether the cue's clause opens with "place 与 place" and names no unit: the two places pair
    with each other (闵行区与景东县结对)."""
    inside = [p for p in st.places if clause_s <= p.start < cue_pos]
    if len(inside) != 2 or any(clause_s <= o.start < cue_pos for o in st.orgs):
        return False
    first, second = inside
    return not text[clause_s : first.start].strip() and text[first.end : second.start] == "与" \
        and second.end == cue_pos


def _opened_by_post(text: str, st: Sent) -> bool:
    """Whether the sentence starts with a person's post (县委书记张三…, 县委副书记、县长李四…), after any
    item number ((一)县委副书记…)."""
    head = ITEM_HEAD.match(text, st.start)
    start = head.end() if head and st.posts and head.end() <= st.posts[0].start else st.start
    return bool(st.posts) and not re.sub(r"^[0-9０-９年月日、\s]*", "", text[start : st.posts[0].start])


def _agents(text: str, st: Sent, r: Resolved, cue_pos: int, topic: list[str], carried: list[str]) -> list[str]:
    """Who issues / forwards: the units opening the cue's clause, else the topic (or carried topic),
    plus joint partners after 联合/会同."""
    clause_s = clause_span(text, st.start, st.end, cue_pos)[0]
    own = _clause_topic(text, st, r, clause_s, cue_pos)
    attributive = _attributive_agents(text, st, r, cue_pos)
    if attributive:
        return attributive  # 现将甲办、乙办印发的《…》转发给你们: the 印发 is theirs
    name = _IN_THE_NAME_OF.search(text, clause_s, cue_pos)
    if name is not None:  # 以市委、市政府名义印发《…》: the units whose name it bears
        named = [k for o in st.orgs if name.start() < o.start and o.end <= name.end()
                 and (k := okey(r, o)) and not k.startswith("?")]
        if named:
            return named
    if not own and text[clause_s:cue_pos].lstrip(" ，,").startswith(("并", "还", "同时")) and clause_s > st.start:
        # 县河长办制定《甲细则》，并转发《乙制度》: the unit of the clause before, in the same ；-segment
        prev_s = clause_span(text, st.start, st.end, clause_s - 2)[0]
        if prev_s >= segment_start(text, st.start, clause_s - 1):
            own = _clause_topic(text, st, r, prev_s, clause_s)
            # …，并与县委政法委联合制定了《…》: the partner after 与 issues it too
            own += [k for o in st.orgs if clause_s <= o.start < cue_pos and text[o.start - 1 : o.start] == "与"
                    for k, _ in group_from(text, st, r, o) if not k.startswith("?")] if own else []
    decided = [o for o in st.orgs if o.end <= cue_pos and text[o.start - 1 : o.start] == "经"] if not own else []
    if decided and _RESEARCHED.match(text, decided[-1].end) is None:
        decided = []
    if decided:  # 根据甲委《…》要求，经县禁毒委研究，决定…，同时制定《…》: the body that decided acts
        own = [k for k, _ in group_from(text, st, r, decided[-1]) if not k.startswith("?")]
    subj = own or list(topic)
    # a unit written right before the cue or a title (省禁毒委《…》下发)
    direct = [
        o
        for o in st.orgs
        if (o.end <= cue_pos and not text[o.end : cue_pos].strip("《》 "))
        or (o.end < cue_pos and text[o.end : o.end + 1] == "《")
    ]
    if not subj and direct:
        subj = [okey(r, direct[-1])]
    clause_s, _ = clause_span(text, st.start, st.end, cue_pos)
    joint = text.rfind("联合", clause_s, cue_pos)
    if joint < 0:
        joint = text.rfind("会同", clause_s, cue_pos)
    if joint >= 0:
        subj = subj or list(carried)
        subj += _joint_partners(text, st, r, joint + 2, cue_pos)
    if not subj:
        subj = list(carried)
    return list(dict.fromkeys(k for k in subj if k and not k.startswith("?")))


_RESEARCHED = re.compile(r"[^，,。；;]{0,12}?(?:研究|审定|审议)")
_IN_THE_NAME_OF = re.compile(r"以[^，。；]{2,30}?名义")
_QUALIFIES_A_TITLE = re.compile(r"(?:联合)?[\u4e00-\u9fff]{2}的《")  # (联合)印发的《


def _attributive_agents(text: str, st: Sent, r: Resolved, cue_pos: int) -> list[str]:
    """甲办、乙办(联合)印发的《…》: the units listed right before a cue that qualifies a title with 的."""
    if _QUALIFIES_A_TITLE.match(text, cue_pos) is None:
        return []
    between = text[cue_pos - 2 : cue_pos]  # 甲办联合印发的, 甲办此前印发的: a word between the units and the cue
    return list_ending_at(text, st, r, cue_pos - 2 if between in ("联合", "此前", "日前", "近日", "前期") else cue_pos)


def _joint_partners(text: str, st: Sent, r: Resolved, a: int, b: int) -> list[str]:
    """联合州综治、公安、民政、司法等11个部门: units, or department stems under one prefix."""
    seg = text[a:b]
    cut = re.search(r"等[0-9一二三四五六七八九十两]*个?(部门|单位|家)?", seg)
    if cut:
        seg = seg[: cut.start()]
    out: list[str] = []
    pos = a
    shorts = load("org_bodies.json")["short"]
    prefix_level = None
    for item in re.split(r"([、和及与])", seg):
        if item in ("、", "和", "及", "与", ""):
            pos += len(item)
            continue
        span_orgs = [o for o in st.orgs if pos <= o.start < pos + len(item) and o not in st.posts]
        if span_orgs:
            k = okey(r, span_orgs[0])
            if k and not k.startswith("?"):
                out.append(k)
            if span_orgs[0].level_prefix:
                prefix_level = span_orgs[0].level_prefix.rstrip("上")
        else:
            word = item
            lvl = word[0] if word[:1] in "省州市县区" else None
            if lvl:
                prefix_level, word = lvl, word[1:]
            if word in shorts and prefix_level and prefix_level in r.home:
                home = r.home[prefix_level]
                from extract.lexicon import bodies

                body = shorts[word]
                e = _make_org(r, _short_label(r.place(home)), body, bodies().get(body, "department"), home, None)
                e.alias(item, (lvl or "") + word if lvl else "")
                out.append(e.key)
        pos += len(item)
    return out


def _subject_objects(
    text: str,
    st: Sent,
    r: Resolved,
    cue_pos: int,
    cue: str,
    clause_s: int,
    clause_e: int,
    leaves: list[str],
    topic: list[str],
    carried: list[str],
    last_leaves: list[str],
    kind: str,
) -> tuple[list[str], list[str]]:
    # 由A、B、C包点督办: the agents listed between 由 and the cue
    you = text.rfind("由", clause_s, cue_pos)
    bei = text.rfind("被", clause_s, cue_pos)
    if bei < 0 and (took := _UNDERWENT.search(text, clause_s, cue_pos)) is not None:
        bei = took.start() + 1  # 甲市、乙市已接受省安委会综合督查: read as a passive, the agent after 接受
    inspected = _inspected_units(text, st, r, clause_s, cue_pos)  # 对县住建局开展巡察: the bureau is no inspector
    subj: list[str] = []
    lead = lead_units(text, st, r, cue_pos) if you < 0 and bei < 0 else []
    charged = _WORK_CHARGED.match(text, cue_pos + len(cue))
    if charged and charged.end() <= clause_e:  # 甲区的整治督导工作由乙市禁毒委负责: the unit named to the work
        subj = _joint_partners(text, st, r, charged.start(1), charged.end(1))
    elif lead:
        # 县委政法委牵头…，会同县委组织部对6个挂牌村开展督导: the partner acts with the lead
        subj = lead + _joint_units(text, st, r, clause_s, cue_pos)
    elif you >= 0:
        # 由市财政局、教育局、公安等部门包点督办: units, and department stems under the list's prefix
        subj = _joint_partners(text, st, r, you + 1, cue_pos)
    elif bei >= 0:
        subj = [okey(r, o) for o in st.orgs if bei < o.start < cue_pos]
        if not subj:  # an agentless passive: the authority of a decision quoted in the sentence, or none
            subj = [okey(r, o) for ds, _, _ in st.docs for o in st.orgs if o.start == ds][:1]
        if not subj:  # 璜山镇在8月绍兴市河长办组织的暗访中已被通报批评: who ran the check it was caught in
            subj = [okey(r, o) for o in st.orgs if clause_s <= o.start < bei
                    and _RAN_THE_CHECK.match(text, o.end) and text.rfind("在", clause_s, o.start) >= 0][-1:]
        if not subj:
            return [], []  # …被挂牌整治 with no one named: no authority to record
    else:
        before = [
            o
            for o in st.orgs
            if o.end <= cue_pos
            and r.entities.get(okey(r, o)) is not None
            and r.entities[okey(r, o)].subtype != "media"
            and o not in st.posts
        ]
        jing = [o for o in before  # 经市委研究, 经报市领导小组研究同意, 报市领导小组同意: the body that decides
                if text[o.start - 1 : o.start] == "经" or text[o.start - 2 : o.start] in ("经报", "报经")
                or (text[o.start - 1 : o.start] == "报" and text.startswith(("同意", "批准", "研究同意"), o.end)
                    and not _subject_before(text, st, o))]  # (甲委经研判并报乙组同意，将…: 甲 acts)
        plus = text.rfind("+", clause_s, cue_pos)
        paired = [k for o in st.orgs if plus >= 0 and plus < o.start and o.end <= cue_pos
                  and (k := okey(r, o)) and not k.startswith("?")]
        if paired:  # 县长王立新+县发展和改革局包联沂城街道: the leader and the unit; the unit acts
            own_units: list[str] = paired
        elif _person_clause(text, st, clause_s, cue_pos):
            return [], []  # 县委书记张三联点甲镇, 县级领导挂点: a person's duty, not a unit's
        else:
            own_units = []
        if _places_pair(text, st, clause_s, cue_pos):
            return [], []  # 闵行区与景东县结对以来: two places paired with each other, no unit acts
        if _SINCE_WORD.search(text, cue_pos, st.end) and not any(clause_s <= o.start < cue_pos for o in st.orgs) \
                and _SINCE.search(text, cue_pos, clause_span(text, st.start, st.end, cue_pos)[1]):
            return [], []  # 中央生态环境保护督察进驻福建以来，县委、县政府…: when, not who; the units come after
        own = own_units or _clause_topic(text, st, r, clause_s, cue_pos) or _agents_before(text, st, r, clause_s) \
            or _labelled_before(text, st, r, clause_s)
        # 经市委、市政府研究: the whole list after 经
        subj = own or ([k for k, _ in group_from(text, st, r, jing[-1])] if jing else
                       _segment_topic(text, st, r, cue_pos) or list(topic) or list(carried))
        if jing and not own and (decider := _decider_after_approval(text, st, r, jing[-1], cue_pos)):
            subj = decider  # 经市委、市政府同意，市禁毒委研究决定: the approvers agree, the committee decides
        before = [o for o in before if okey(r, o) not in inspected] if inspected else before
        if not subj and before:
            # 按照省委、省政府工作部署…，省政府督查室会同…: the units a basis phrase names do not act
            acting = [o for o in before if not _BASIS.match(text, clause_span(text, st.start, st.end, o.start)[0])
                      and not o.body.endswith("组")]  # 按照市委部署，市委第三巡察组…: a group acts for its owner
            subj = [okey(r, (acting or before)[0])]
        # 吉安县公安局禁毒大队联合县卫健委对…督导: partners after 联合 act too
        if joint := _joint_units(text, st, r, clause_s, cue_pos):
            subj += joint
        elif subj and (partners := _partners_after(text, st, r, subj[-1], cue_pos)):
            subj += partners  # 甲室会同乙办抽调人员组成3个暗访组，…，分赴A县: the partner acts too
        elif (together := _TOGETHER_WITH.match(text, clause_s)) and together.end() <= cue_pos:
            # （甲厅调整为联点乙县，）与丙厅共同开展帮扶: the partner acts with the clause's subject
            subj += [okey(r, o) for o in st.orgs if together.start() < o.start and o.end <= together.end()]
    subj = [k for k in subj if k and not k.startswith("?")]
    after = cue_pos + len(cue)
    if text[cue_pos - 2 : cue_pos] == "重点" and after < len(text) and is_cjk(text[after]) \
            and not any(after <= p.start <= after + 2 for p in st.places):
        return [], []  # 重点督导吸毒人员排查管控: what the supervision is about, no place
    objs = _objects(text, st, r, cue_pos, clause_s, bei, you, leaves, last_leaves)
    if kind == "supervises" and (firms := _firms_listed_at(text, st, r, cue_pos + len(cue))):
        objs = firms  # 甲镇人民政府包保某食品有限公司（…平湖市）、某调味品有限公司: the firms, not where they buy
    elif kind == "supervises" and not objs and (paired := _units_right_after(text, st, r, after)):
        objs = [k for k in paired if k not in subj]  # 甲医院对口帮扶乙县人民医院: a unit paired with a unit
    if _THE_REST.match(text, clause_s) and not any(clause_s <= p.start < cue_pos for p in st.places):
        objs = []  # 其余乡镇由县安委办统筹安排: the places not named, none of the ones before
    parent = next((p for p in st.places if p.start == after), None)
    if parent is not None and _THE_REST.match(text, parent.end) and text[parent.end] not in "，, 　":
        objs = []  # 区财政局包联毓龙街道其余社区: the communities not named, none of the ones before
    if kind == "supervises" and _TO_OWN_PAIRED.search(text, clause_s, cue_pos):
        objs = []  # 要带队到包联街道现场督办: each to its own pairing, said before (no new pairs)
    if kind == "supervises" and bei < 0 and you < 0:  # 对县发改局和丹霞街道开展巡察: the bureau is inspected too
        units = [k for k in inspected if k not in subj]
        objs = units + objs if units and (objs or subj) else objs
    # 甲镇摘牌, 乙县摘帽: a place taken off the list in the same breath is no object
    neg = cue_pattern(cues("negation"))
    objs = [k for k in objs if not neg.match(text, end_of(r, k, st))]
    if kind == "designates":  # 对镇雄县发生的较大事故挂牌督办: the accident is listed, not the county
        blockers = load("cues.json").get("not_designated", [])
        # (within the cue's clause: 鉴于甲镇发生事故，决定将上述2个镇列为… lists the towns)
        # (对甲街道实施区域性重大火灾隐患挂牌督办: an area's hazard lists the area itself)
        objs = [k for k in objs if (not any(b in (gap := text[max(end_of(r, k, st), clause_s) : cue_pos])
                                            for b in blockers) or "区域性" in gap)
                and not _LOCATES_A_FIRM.match(text, end_of(r, k, st))]  # 位于甲镇的某公司: the firm is listed
    return list(dict.fromkeys(subj)), list(dict.fromkeys(objs))


def _units_right_after(text: str, st: Sent, r: Resolved, at: int) -> list[str]:
    """The units listed straight after a cue (包保沂南县防指、平邑县防指), none unless one opens there."""
    first = next((o for o in st.orgs if o.start == at and o not in st.posts), None)
    return [k for k, _ in group_from(text, st, r, first) if not k.startswith("?")] if first is not None else []


_FIRM_GAP = re.compile(r"(?:[（(][^（）()]{0,40}[）)])?[、和及与]")


def _firms_listed_at(text: str, st: Sent, r: Resolved, at: int) -> list[str]:
    """The companies listed from ``at`` on (某有限公司（注）、某公司), none unless one opens the list."""
    out: list[str] = []
    for o in st.orgs:
        if o.start < at:
            continue
        k = okey(r, o)
        if o.start != at or k not in r.entities or "公司" not in r.entities[k].name:
            break
        out.append(k)
        gap = _FIRM_GAP.match(text, o.end)
        if gap is None:
            break
        at = gap.end()
    return out


def _joint_units(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[str]:
    """The units after the clause's last 联合 or 会同 and before the cue: partners in the act."""
    joint = max(text.rfind("联合", clause_s, cue_pos), text.rfind("会同", clause_s, cue_pos))
    return [okey(r, o) for o in st.orgs if joint < o.start and o.end <= cue_pos] if joint >= 0 else []


def _objects(
    text: str,
    st: Sent,
    r: Resolved,
    cue_pos: int,
    clause_s: int,
    bei: int,
    you: int,
    leaves: list[str],
    last_leaves: list[str],
) -> list[str]:
    """The places a cue is about, nearest scope first.

    1. a list right after the cue (包联筻口镇、新墙镇); 2. the passive subject before 被;
    3. the span opened by 将/对/把 (将A、B…列为, 对A予以通报批评); 4. the cue's clause;
    5. an anaphor (对这9个乡镇) takes the places listed in an earlier sentence.
    """

    actors = _opening_actors(text, st, r, clause_s)
    # 来自宝山区罗店镇的援藏干部, 伊宁县籍人员: where people come from, never an object
    if "来自" in text[st.start : cue_pos] or "籍" in text[st.start : st.end]:
        chain_start: dict[int, int] = {}
        for p in st.places:  # 宝山区罗店镇: a town written after its district starts where the district does
            chain_start[p.start] = next((chain_start[q.start] for q in st.places if q.end == p.start), p.start)
        actors |= {r.place_key[(p.start, p.end)] for p in st.places
                   if text[chain_start[p.start] - 2 : chain_start[p.start]] == "来自"
                   or text[p.end : p.end + 1] == "籍"}
    leaves = [k for k in leaves if k not in actors]

    def keys(a: int, b: int) -> list[str]:
        return [k for p in st.places if a <= p.start < b and (k := r.place_key[(p.start, p.end)]) in leaves]

    list_end = cue_pos
    unit_starts = {o.start for o in st.orgs}
    while list_end < st.end and text[list_end] not in "，,。！？\n":
        nxt = list_end + 1
        if text[list_end] == "、" and nxt in unit_starts:
            break  # 县林业局包保文江镇、县应急管理局包保吴山镇: a unit of its own begins the next pairing
        if text[list_end] in "；;" and (_own_cue_ahead(text, nxt, st.end) or _unit_first(text, st, nxt)
                                        or _agent_ahead(text, st, nxt)
                                        or _NOT_TAKEN.search(text, nxt, segment_end(text, nxt, st.end))):
            break  # 甲局包联A镇；乙局包联B镇 / …通报批评；由市安委办约谈甲镇… / …；C镇由丙局派员驻镇: the next
            # segment has its own unit
        list_end += 1
        if text[list_end : list_end + 1] in ("，", ",") and _places_only(text, st, list_end + 1):
            list_end += 1  # 包村甲镇A村、B村，乙镇C村: a comma between the groups of one list
    after = keys(cue_pos + 1, list_end)
    if you >= 0 and (before_you := keys(clause_s, you)):
        return before_you  # 商镇王塬村、茶房村由县交通运输局包抓；竹林关镇：…: the places the clause opens with
    if bei >= 0 and you < 0:
        before_bei = [r.place_key[(p.start, p.end)] for p in st.places if clause_s <= p.start < bei]
        if not before_bei:  # 东平镇、沙河镇因外流贩毒问题突出，被市禁毒委挂牌整治: the segment's opening places
            seg_s = segment_start(text, st.start, bei)
            before_bei = [r.place_key[(p.start, p.end)] for p in st.places if seg_s <= p.start < bei]
        if not before_bei and _ANAPHOR.search(text, segment_start(text, st.start, bei), bei):
            return list(last_leaves)  # 上述3个村因…，被州禁毒委列为重点整治村: the places of the sentence before
        return [k for k in before_bei if k in leaves] or before_bei
    if after:
        return after
    opener = _opener(text, st.start, cue_pos, st)
    if opener >= 0:
        scoped = keys(opener, cue_pos)
        if scoped and _PETITIONED.search(text, opener, cue_pos):
            return []  # 对甲镇、乙镇村民反映…的3宗信访积案实行挂牌督办: the cases are listed, the towns are whence
        if scoped:
            return scoped
        if opener >= clause_s and text[opener] == "对" and _OTHER_OBJECT.match(text, opener + 1) \
                and not any(opener < p.start < cue_pos for p in st.places):
            return []  # 对重大涉毒案件实行挂牌督办: the cases are listed, not the places named before
    own = keys(clause_s, cue_pos)
    if own:
        return own
    anaphor = _ANAPHOR.search(text, max(st.start, cue_pos - 30), cue_pos) \
        or _ANAPHOR.search(text, max(st.start, clause_s, cue_pos - 60), cue_pos) \
        or _ANAPHOR.search(text, cue_pos, min(st.end, cue_pos + 8))  # 对上述10个乡镇的…督导; 共同包保上述两镇
    if anaphor:
        if anaphor.group("word") == "该":  # 针对塘尾村问题…，进驻该村: the one place of that kind named before it
            level = COUNTED.get(anaphor.group("kind"))
            named = [p for p in st.places if p.end <= anaphor.start() and level == p.level]
            if named:
                return [r.place_key[(named[-1].start, named[-1].end)]]
            return list(last_leaves) if len(last_leaves) == 1 else []  # "this" one: never a whole list
        # 鉴于甲镇、乙镇接连发生事故，决定将上述2个镇列为…: the places named before it in its own sentence
        same = [k for k in leaves if pos_of(r, k, st) < anaphor.start()]
        n = number(anaphor.group("count")) if anaphor.group("count") else len(same)
        return same[-n:] if same and len(same) >= n > 0 else list(last_leaves)
    counted = _COUNTED_ANAPHOR.search(text, max(st.start, cue_pos - 30), min(st.end, cue_pos + 10))
    if counted and number(counted.group(1)) == len(last_leaves):
        return list(last_leaves)  # 每月到两乡镇开展督导: the two just named, when the count is theirs
    before = [k for k in leaves if pos_of(r, k, st) < cue_pos]
    if not before and text[st.start : st.start + 1] == "由" and text[st.start - 1 : st.start] not in ("", "\n"):
        # 一、位于甲镇的某公司，…。由乙县政府负责督促整改，丙局跟踪督办: the item's place, one sentence up
        return list(last_leaves)
    # 县委书记甲挂点A镇，县财政局包抓；县长乙挂点B镇，…: the places of the cue's own ；-segment
    seg_s = segment_start(text, st.start, cue_pos)
    return [k for k in before if pos_of(r, k, st) >= seg_s] or before


def _places_only(text: str, st: Sent, start: int) -> bool:
    """Whether the clause from ``start`` to its end is nothing but places (乙镇C村、D村): a list's next group."""
    end = start
    while end < st.end and text[end] not in "，,；;。！？\n":
        end += 1
    at = start
    for p in st.places:
        if start <= p.start and p.end <= end:
            if text[at : p.start].strip("、和及与 　"):
                return False
            at = p.end
    return start < at and not text[at:end].strip(" 　")


def _delistings(text: str, a: int, b: int, neg: tuple[str, ...]) -> list[int]:
    """Where text[a:b] holds a de-listing word that is not itself negated (不予摘牌 is none)."""
    return [m.start() for m in cue_pattern(neg).finditer(text, a, b)
            if not _NOT_DELISTED.search(text, max(0, m.start() - 2), m.start())
            and not text.startswith(("重复", "另行", "单独"), m.end())]  # 州上不再重复挂牌: listed by another


def _delisted_later(text: str, st: Sent, r: Resolved, after: int, neg: tuple[str, ...], objs: list[str]) -> bool:
    """Whether a de-listing later in the sentence takes the designated places off again: 列入挂牌整治的甲镇
    经验收，对其予以摘帽 (its clause names no place, and theirs are in its ；-segment). 不予摘牌 is none."""
    found = _delistings(text, after, st.end, neg)
    if not found or not objs:
        return False
    at = min(found)
    clause_s, _ = clause_span(text, st.start, st.end, at)
    if any(clause_s <= p.start < at for p in st.places):
        return False  # 舒兰市平安镇摘牌: the de-listing names its own place
    if _IF_MET.search(text, clause_s, at):
        return False  # 整治期满经验收达标的予以摘牌: a condition for later, nothing is taken off now
    seg_s = segment_start(text, st.start, at)
    return any(seg_s <= pos_of(r, k, st) < at for k in objs)


_AIM = re.compile(r"\s*(?:做到|确保|力争|实现|达到)")
_ENDED = re.compile(r"不再(?:保留|承担|包|联系|帮扶|结对)|取消(?:结对|包)")
_NOT_TAKEN = re.compile(r"不予|暂不|未予")  # …列为重点督办乡镇；乙镇整改迅速，不予通报: the next segment is spared
_CASE_COLUMN = re.compile(r"信访人|信访事项|反映人|当事人|案件名称")
_PETITIONED = re.compile(
    r"(?:村民|群众|居民|职工)(?:集体)?反映[^，,。；;]{0,30}?[0-9一二三四五六七八九十两]+(?:宗|件|起)")
_IF_MET = re.compile(r"(?:达标|合格|达到[^，,。；;]{0,8}标准|完成[^，,。；;]{0,8}任务)(?:的|后)|方可|方能")
_NOT_DELISTED = re.compile(r"(?:不予|不得|不能|暂不|不|未)$")


def _inspected_units(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[str]:
    """Units between an opening 对 and the cue (对甲县发改局、乙镇开展巡察): what is inspected, not who
    inspects. Posts and unresolved short names are left out."""
    if not any(clause_s < o.start and o.end <= cue_pos for o in st.orgs):
        return []  # most clauses name no unit before the cue but their subject
    opener = _opener(text, st.start, cue_pos, st)
    if opener < clause_s or text[opener] != "对":
        return []
    return [k for o in st.orgs if opener < o.start and o.end <= cue_pos and o not in st.posts
            and (k := okey(r, o)) and not k.startswith("?") and org_kind(r, k) != "taskforce"]


def _unit_first(text: str, st: Sent, a: int) -> bool:
    """Whether the ；-segment starting at ``a`` names a unit before any place."""
    b = segment_end(text, a, st.end)
    first_place = min((p.start for p in st.places if a <= p.start < b), default=b)
    return any(a <= o.start < first_place for o in st.orgs)


def _agent_ahead(text: str, st: Sent, a: int) -> bool:
    """Whether the ；-segment starting at ``a`` names its own agent (丙镇、丁镇由市应急局派员驻镇指导)."""
    b = segment_end(text, a, st.end)
    return any(a < o.start < b and text[o.start - 1] == "由" for o in st.orgs)


def _own_cue_ahead(text: str, a: int, end: int) -> bool:
    """Whether the ；-segment starting at ``a`` has a supervising or designating cue of its own."""
    b = a
    while b < end and text[b] not in "；;。！？\n":
        b += 1
    return _oversight_re().search(text, a, b) is not None


@cache
def _oversight_re() -> re.Pattern[str]:
    return cue_pattern(cues("supervises") + cues("designates"))


_COUNTED_BEFORE_TITLE = re.compile(r"等(?:[0-9一二三四五六七八九十]+个?)?(?:部门|单位)《$")


def _title_owners(text: str, st: Sent, r: Resolved, ds: int) -> list[str]:
    """The units listed right before a 《title》 (甲、乙《…》), media outlets excepted."""
    owners: list[str] = []
    end = ds - 1
    if (counted := _COUNTED_BEFORE_TITLE.search(text, max(0, ds - 12), ds)) is not None:
        end = counted.start()  # 省委组织部、省农业农村厅等4部门《…》: the units named before the count
    for o in reversed(st.orgs):
        if o.end != end or text[end : end + 1] not in "《、和及与等" or o in st.posts:
            continue
        k = okey(r, o)
        if not k or k.startswith("?") or r.entities[k].subtype == "media":
            break
        owners.insert(0, k)
        end = o.start - 1
    return owners if text[ds - 1 : ds] == "《" else []


# the places a document has listed, referred to as a group: 对挂牌地区实行包片督导
_LISTED = re.compile(
    r"([0-9一二三四五六七八九十两]+)?个?(挂牌整治|挂牌督办|挂牌|重点整治|通报警示|通报批评)的?(?:地区|乡镇|县区|街道|村|镇|县|区)"
)


def _listed_places(text: str, group: re.Match[str], listed: list[tuple[str, str]]) -> list[str]:
    """The places a group word refers to (6个通报警示地区): those listed with the same kind of cue,
    and only when their number is the one stated."""
    kind = "通报" if group.group(2).startswith("通报") else "挂牌" if "挂牌" in group.group(2) else "整治"
    # a listing for rectification (列为…重点, 挂牌整治) is what 挂牌乡镇 and 整治乡镇 refer to; 通报 is apart
    places = list(dict.fromkeys(p for p, cue in listed if kind in cue or (kind != "通报" and "通报" not in cue)))
    count = group.group(1)
    if count and number(count) != len(places):
        return []  # the listed places cannot be the ones counted
    return places


_TITLE_NOUN = re.compile(r"决定|通知|意见|办法|方案")


_WORK_CHARGED = re.compile(r"工作由([^，,。；;]{2,40}?)(?:负责|接续安排|统筹安排|承担)")


# the text's author speaking of itself (我局, 本委, 我办) or of its own text (随本通知印发)
_WE = re.compile(r"(?:我|本)(?:局|委|办|厅|部|室|院|中心)(?![长主])|随本(?:通知|文件|意见)")


_SENDS_TEAMS = re.compile(r"派驻|选派|驻村")
_AS_FOLLOWS = re.compile(r"(?:安排|分工|明确|确定)如下[：:]\s*$")
_ANNOUNCES_DUTY_ROWS = re.compile(
    r"((?:帮扶|包联|联系|挂点|包保|督导|督办|挂钩|结对|联点|包抓)(?:单位|部门))[^：:。]{0,6}[：:]\s*$")


_THAT_DOC = re.compile(r"(?:该|此|上述)(?:办法|方案|意见|规定|细则|制度|规划|计划|要点)")
_ON_BEHALF = re.compile(r"代表([^，,。；;]{1,14}?政府)向(?:大会|各位代表)")


_MEETING_SAYS = re.compile(r"会议(?:研究)?(?:决定|确定|同意|议定|要求|责成)")
_LOCATES_A_FIRM = re.compile(r"的[^，,。；;、和]{2,30}?(?:有限公司|公司|厂)")
_BASIS = re.compile(rf"\s*(?:{_BASIS_WORD.pattern}|为(?:深入)?(?:贯彻|落实)|贯彻|落实)")


def _subject_before(text: str, st: Sent, o: OrgM) -> bool:
    """Whether a unit opens the clause of ``o`` before it, other than one after 经 (甲委经研判并报乙组同意)."""
    clause_s, _ = clause_span(text, st.start, st.end, o.start)
    return any(clause_s <= p.start < o.start and text[p.start - 1 : p.start] != "经" for p in st.orgs)


def _segment_topic(text: str, st: Sent, r: Resolved, cue_pos: int) -> list[str]:
    """The units a ；-segment after the first opens with (…；县公安、城管等部门组成巡查队，对甲乡开展巡查)."""
    seg = segment_start(text, st.start, cue_pos)
    if seg == st.start:
        return []
    first = next((o for o in st.orgs if o.start >= seg and o not in st.posts), None)
    if first is None or first.start >= cue_pos or text[seg : first.start].strip():
        return []
    return [k for k, _ in group_from(text, st, r, first) if not k.startswith("?")]


def _partners_after(text: str, st: Sent, r: Resolved, subject: str, cue_pos: int) -> list[str]:
    """The units joined to ``subject`` by 会同/联合 right after its mention before the cue, up to that clause's end."""
    o = next((o for o in reversed(st.orgs) if o.end <= cue_pos and okey(r, o) == subject), None)
    if o is None or text[o.end : o.end + 2] not in ("会同", "联合"):
        return []
    stop = CLAUSE_BREAK.search(text, o.end, cue_pos)
    end = stop.start() if stop else cue_pos
    return [k for p in st.orgs if o.end < p.start and p.end <= end and p not in st.posts
            and (k := okey(r, p)) and not k.startswith("?") and k != subject]


def _decider_after_approval(text: str, st: Sent, r: Resolved, first: OrgM, cue_pos: int) -> list[str]:
    """The units after an approval (经甲、乙同意，丙研究决定): 丙 decides; none when nobody is named."""
    group = group_from(text, st, r, first)
    end = group[-1][1] if group else first.end
    if not text.startswith(("同意", "批准", "研究同意"), end):
        return []
    after = next((o for o in st.orgs if end < o.start and o.end <= cue_pos and o not in st.posts), None)
    return [k for k, _ in group_from(text, st, r, after) if not k.startswith("?")] if after else []


# a place opening a clause and followed by these acts itself (邵东市将以挂牌整治为抓手): no object
_ACTOR_AFTER = re.compile(r"将以|要|以|把|还|也|正|已|将(?=[^、，,]{0,6}(?:作为|为抓手|为重点))")


def _opening_actors(text: str, st: Sent, r: Resolved, clause_s: int) -> set[str]:
    """The places a clause opens with when they act (甲镇要…; 怀宁县高河镇、茶岭镇已先行开展包保试点)."""
    chain = []
    at = clause_s
    for p in st.places:  # (in text order)
        if p.start < at:
            continue
        if p.start != at and not (p.start == at + 1 and text[at] in "、和及"):
            break
        chain.append(p)
        at = p.end
    if chain and _ACTOR_AFTER.match(text, chain[-1].end) and not _PASSIVE_AFTER.match(text, chain[-1].end):
        return {r.place_key[(p.start, p.end)] for p in chain}
    return set()


_PASSIVE_AFTER = re.compile(r"(?:已经?|正|将)(?:由|被|经)")  # 焕古镇东河村已由甲局驻村帮扶: acted on


def _agents_before(text: str, st: Sent, r: Resolved, clause_s: int) -> list[str]:
    """决定由甲室、乙室会同丙办，对A镇开展督导: the agents after 由 in the clause just before, when
    the cue's own clause names none (with the partners after 会同 / 联合)."""
    seg_s = segment_start(text, st.start, clause_s)
    you = text.rfind("由", seg_s, clause_s)
    if you < 0 or any(c in text[you:clause_s - 1] for c in "，,；;"):
        return []
    return [k for o in st.orgs if you < o.start < clause_s and o not in st.posts and branch_of(st, r, o) is o
            and (k := okey(r, o)) and not k.startswith("?")]


_DUTY_NAMES = re.compile(
    r"(?:联系|责任|牵头|包保|包联|帮扶|挂点|联点)(?:部门|单位)(?:分别)?为([^，,。；;]{2,60})[，,]$")


_NAMED_DUTY = re.compile(r"为(?:联系|责任|牵头|包保|包联|帮扶|挂点|联点)(?:部门|单位)[，,]$")


_COUNTED_BACK = re.compile(r"(?:上述|以上|这)([0-9]+|[两二三四五六七八九十]+)个(?:乡镇|镇|乡|街道|村|社区|县|区)")


def _named_before(text: str, start: int, cue_pos: int, last: list[str], recent: list[str]) -> list[str]:
    """The places an anaphor before the cue refers back to: the last sentence's, or, when it counts more
    (对上述10个乡镇), the last that many places named."""
    m = _COUNTED_BACK.search(text, max(start, cue_pos - 60), cue_pos)
    if m is None:
        return last
    n = number(m.group(1))
    named = list(dict.fromkeys(reversed(recent)))[:n][::-1]
    return named if n > len(last) and len(named) == n else last


def _labelled_before(text: str, st: Sent, r: Resolved, clause_s: int) -> list[str]:
    """甲局为联系部门，督导乙县、丙县 (联系部门为甲局、乙局，共同联系丙镇): the units the clause just before
    names to a duty act here."""
    m = _NAMED_DUTY.search(text, max(st.start, clause_s - 12), clause_s)
    if m is None:
        named = _DUTY_NAMES.search(text, max(st.start, clause_s - 70), clause_s)
        return [k for o in st.orgs if named and named.start(1) <= o.start and o.end <= named.end(1)
                and o not in st.posts and branch_of(st, r, o) is o and (k := okey(r, o)) and not k.startswith("?")]
    prev_s, _ = clause_span(text, st.start, st.end, m.start())
    # (市生态环境局攸县分局为联系部门: the branch is named, not the bureau it belongs to)
    return [k for o in st.orgs if prev_s <= o.start and o.end <= m.start() and o not in st.posts
            and branch_of(st, r, o) is o and (k := okey(r, o)) and not k.startswith("?")]


def _opener(text: str, start: int, cue_pos: int, st: Sent | None = None) -> int:
    """Position of the nearest 将/对/把 that opens the object list of a cue (not 针对, 对口, 对于, nor
    one inside a place's or a unit's name: 将台堡镇)."""
    spans = [(p.start, p.end) for p in st.places] + [(o.start, o.end) for o in st.orgs] if st else []
    i = cue_pos
    while i > start:
        i -= 1
        ch = text[i]
        if ch in "将把向对与" and any(a <= i < b for a, b in spans):
            continue
        if ch in "将把" and text[i + 1 : i + 2] not in ("来", "近", "要", "会", "在", "持", "握", "关"):
            return i  # (把持村级事务, 把关: words of their own)
        if ch == "向" and text[cue_pos : cue_pos + 2] in ("选派", "派驻", "派出"):
            return i  # 分别向甲村、乙村选派了第一书记: the places sent to
        if ch == "与" and text.startswith("结对", cue_pos):
            return i  # 市财政局与宁河区俵口镇建立结对帮扶关系: the place paired with
        if (
            ch == "对"
            and text[i - 1 : i] not in ("针", "相", "绝", "面", "应", "核", "反")
            and not _ATTITUDE.search(text, i, cue_pos)  # 对我县…高度重视，…督导: the 对 closed by its verb
            and text[i + 1 : i + 2] not in ("口", "于", "接", "照", "象", "此", "比", "待")
        ):
            return i
        if ch in "。！？\n；;":
            break  # 决定对甲市予以摘帽；乙县…继续挂牌: an earlier segment's 对 opens nothing here
    return -1


_LED_RESPECTIVELY = re.compile(r"分别由[^，,。；;]{2,40}?(?:牵头|带队|负责)[，,]")


def _pairs(text: str, clause_s: int, cue_pos: int, subj: list[str], objs: list[str],
           own_units: bool = False) -> list[tuple[str, str]]:
    """Every subject with every object, except after 分别 (respectively): A、B分别包抓X、Y pairs them
    in order, and lists of different lengths cannot be aligned, so they give nothing."""
    look = max(0, clause_s - 12)
    look = max([look] + [i + 1 for i in range(look, clause_s) if text[i] in "；;。！？\n"])  # not past a ；
    if own_units:
        look = clause_s  # …分别包挂甲镇、乙镇，丙局、丁局包挂戊镇: a clause listing its own units
    # 分别由甲局、乙局牵头，进驻A镇、B镇: the leads named respectively one clause before
    led = _LED_RESPECTIVELY.search(text, max(look - 40, text.rfind("；", 0, look) + 1, text.rfind("。", 0, look) + 1),
                                   cue_pos) if not own_units else None
    if ("分别" in text[look:cue_pos] or led is not None) and len(subj) > 1:
        return list(zip(subj, objs, strict=True)) if len(subj) == len(objs) else []
    return [(a, b) for a in subj for b in objs]


def _clause_topic(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[str]:
    """Units that open the cue's own clause (县财政局帮扶…): they beat the sentence topic."""
    for o in st.orgs:
        if o.start < clause_s or o.end > cue_pos:
            continue
        lead = _CLAUSE_LEAD.sub("", text[clause_s : o.start]).strip()
        if lead and not _FORMER_DUTY.fullmatch(lead):
            return []
        group = group_from(text, st, r, branch_of(st, r, o))
        ends = [end for _, end in group if end <= cue_pos]
        if ends and (told := _TELLS.match(text, ends[-1])) is not None:
            # 大田县委、县政府安排县林业局包保文江镇: the unit told to do it acts, not who arranged it
            agent = next((a for a in st.orgs if a.start == told.end() and a.end <= cue_pos), None)
            if agent is not None:
                group = group_from(text, st, r, agent)
        return [k for k, end in group if end <= cue_pos and not k.startswith("?")]
    return []


_TELLS = re.compile(r"(?:安排|责成|指派|委托|要求|明确)由?")


_RAN_THE_CHECK = re.compile(r"(?:组织|开展)的[^，,。；;]{0,12}(?:暗访|督查|检查|巡察|督导|考核|评估)中")
_SINCE_WORD = re.compile(r"以来|期间|之际")
_SINCE = re.compile(rf"(?:{_SINCE_WORD.pattern})[，,]?$")


_PLACE_VERBS = ("选派", "派出", "派驻", "组织", "安排", "投入", "落实", "开展", "援建", "帮助")


def _place_acts(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether the clause opens with a place that acts (南海区选派干部…开展帮扶) and names no unit."""
    if any(clause_s <= o.start < cue_pos for o in st.orgs):
        return False
    lead = len(text[clause_s:cue_pos]) - len(text[clause_s:cue_pos].lstrip(" ，,"))
    return any(p.start == clause_s + lead and text.startswith(_PLACE_VERBS, p.end) for p in st.places)


def _places_pair_up(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether the clause pairs places with places (甲镇、乙镇分别与丙乡、丁乡结对, 甲区23个村与我县23个
    贫困村结对): no unit before the cue, and a place before its 与."""
    if any(clause_s <= o.start < cue_pos for o in st.orgs):
        return False
    with_ = text.find("与", clause_s, cue_pos)
    return with_ >= 0 and any(clause_s <= p.start and p.end <= with_ for p in st.places)


_PRACTICE = ("模式", "机制", "做法", "经验", "工作法", "制度")


def _names_a_practice(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether the cue is inside a quoted name of a practice (“…驻点包抓”模式), or a quoted slogan that
    names no unit and no place (“单位包村、干部包户”)."""
    opened = text.rfind("“", max(clause_s - 30, st.start), cue_pos)
    if opened < 0 or "”" in text[opened:cue_pos]:
        return False
    closed = text.find("”", cue_pos, cue_pos + 30)
    if closed < 0:
        return False
    named = any(opened < o.start < closed for o in st.orgs) or any(opened < p.start < closed for p in st.places)
    return text.startswith(_PRACTICE, closed + 1) or not named


def _naming_a_group(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> set[str]:
    """The units of the clause written as the name of a group right after them (市委市政府联合督查组)."""
    out: set[str] = set()
    for o in st.orgs:
        if clause_s <= o.start and o.end <= cue_pos and (listed := group_from(text, st, r, o)) \
                and _NAMES_A_GROUP.match(text, listed[-1][1]):
            out.update(k for k, _ in listed)
    return out


_NAMES_A_GROUP = re.compile(r"(?:联合|专项)?(?:督查|督导|检查|暗访|巡查|巡察)组")
