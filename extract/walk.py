"""The walk over a text's sentences: what it reads once from the whole text, what it carries from one
sentence to the next, and one sentence as the passes read it.

Every module of passes (relations, tables, documents, acts) takes these two records, so they sit below
them all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TypeVar

from extract.clauses import Sent, cue_pattern
from extract.founding import issue_line_body, signatories
from extract.lexicon import cues
from extract.mentions import DocM, Mentions, OrgM, PlaceM
from extract.resolve import Resolved
from extract.titles import inner_titles, title_start


@dataclass(slots=True)
class Walk:
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
    # who designates (or oversees: 存在以下问题，现予督办：) "the following" items, the cue and its kind
    announced: tuple[list[str], str, str] | None = None
    # the announcement named the items' townships (对以下隐患及所在乡镇实施挂牌督办): the towns are designated
    announced_towns: bool = False
    # the level of the places an announcement counts (对以下11个村…: villages), if it names one
    announced_level: str | None = None
    # who listed N cases, the cue, in which sentence
    counted_listing: tuple[list[str], str, int] | None = None
    # table columns that list helping units (成员单位), by cell index
    helper_cols: set[int] = field(default_factory=set)
    # of those, the columns of the units that fix (责任单位 beside a 督办单位): a row naming no place has
    # its overseeing units follow them up
    fixing_cols: set[int] = field(default_factory=set)
    # the units and places of the last table row read, by column, and its number of cells: what a cell
    # merged with the one above holds
    row_cells: dict[int, list[str]] = field(default_factory=dict)
    row_width: int = 0
    # who follows a table's rows up (由市河长办跟踪督办): its 责任单位 only fix
    tracked_by: list[str] = field(default_factory=list)
    # table columns that describe (问题描述): places there are sites, not targets
    text_cols: set[int] = field(default_factory=set)
    # table columns of places named for the rows' duty (联系街道 | 联系社区): each of them is taken on
    duty_place_cols: set[int] = field(default_factory=set)
    # table columns of the units that designate their row (挂牌单位)
    designator_cols: set[int] = field(default_factory=set)
    # table columns of the units sent or paired (派驻单位, 帮扶单位): a firm there acts, it is no target
    sending_cols: set[int] = field(default_factory=set)
    # table columns of the units taken on (包保学校食堂): targets of the row's units, not actors
    target_cols: set[int] = field(default_factory=set)
    # the text has each 督办单位 follow up the towns its hazards lie in (对所督办隐患所在乡镇开展督导): a
    # firm's row is overseen through its town
    hazard_towns: bool = False
    # 创建乡镇 | 挂点单位 | 创建村 | 帮扶单位: each duty column of units -> the place column it pairs with
    unit_place_cols: dict[int, int] = field(default_factory=dict)
    # who designates a table's rows (a 挂牌督办清单), and the cue
    list_designator: tuple[list[str], str] = field(default_factory=lambda: ([], ""))
    # places designated so far and their cue (what 挂牌地区 refers to)
    listed: list[tuple[str, str]] = field(default_factory=list)
    # who designated places last, and in which sentence (…同时，乙镇被列为…: the same body goes on)
    designators: tuple[int, list[str]] = field(default_factory=lambda: (-1, []))
    # the places of the items a designation announced (对以下5处隐患实施挂牌督办：(一)甲街道：…): what
    # 挂牌期间 refers to, beside ``listed``
    items_listed: list[tuple[str, str]] = field(default_factory=list)
    # under a 会议决定： line, whose items are the meeting's decisions
    decided_below: bool = False
    # who wrote the text, when its first line is a notice's title (甲办关于印发…的通知)
    authors: list[str] = field(default_factory=list)
    # the text is a work report given on a government's behalf (我代表县人民政府…报告工作)
    reporting: bool = False
    # the issuer a title names of the last decision quoted (《甲委关于…的决定》): who 根据决定 refers to
    decided_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    """One sentence as the passes over it read it."""

    si: int  # its index, which each relation keeps
    s: int  # where it starts in the text
    e: int  # where it ends
    st: Sent  # its mentions
    sent: str  # text[s:e]
    within: list[tuple[str, str]]  # the containment it states (岷县梅川镇): a parent is no target
    leaves: list[str]  # the places it targets
    topic: list[str]  # the units opening a clause of it: the subject of its cues


_RECORD_HEADER = re.compile(r"[ \t　]*([^\n]{4,40}?)[ \t　]*\n[ \t　]*会[ \t　]*议[ \t　]*纪[ \t　]*要[ \t　]*\n")


def start_walk(text: str, spans: list[tuple[int, int]], m: Mentions, r: Resolved) -> Walk:
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
    if not meeting and (head := _RECORD_HEADER.match(text, own_title)) is not None:
        # 甲县安全生产委员会 / 会 议 纪 要 / （2023年第2期）: a record's red-letter header names the body meeting
        meeting = [k for (a, b), k in r.org_key.items() if head.start(1) <= a and b <= head.end(1) and k in r.entities]
    if not meeting:  # 甲州禁毒委员会在乙县召开…推进会。…会议研究决定，…: a news report of a meeting, its body's
        meeting = _convener(text, spans, m, r)
    sup, iss, fwd, neg = cues("supervises"), cues("issued"), cues("forwarded"), cues("negation")
    return Walk(
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


#: 于5月13日在共和县主持召开…: what may come between a unit and its 召开
_CONVENES = re.compile(r"(?:于[^，,。；;\n]{1,12}?)?(?:在[^，,。；;\n]{1,16}?)?(?:主持)?召开")


def _convener(text: str, spans: list[tuple[int, int]], m: Mentions, r: Resolved) -> list[str]:
    """The unit that convened the meeting a report's first sentences tell of (甲委员会在乙县召开…会), when a
    later sentence reports what the meeting decided."""
    if not _MEETING_DECIDES.search(text):
        return []
    first = spans[min(len(spans), 4) - 1][1] if spans else 0
    for o in m.orgs:
        if o.start >= first:
            break
        k = r.org_key.get((o.start, o.end), "")
        if k in r.entities and (o.start == 0 or text[o.start - 1] in "，,。\n 　") and _CONVENES.match(text, o.end):
            return [k]
    return []


_MEETING_DECIDES = re.compile(r"会议(?:研究)?(?:决定|确定|议定)")


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


_CUE_KINDS = ("designates", "supervises", "forwarded", "issued", "established")


# 凉山州禁毒委员会2021年第三次全体会议纪要: the body whose meeting the record is
_MEETING_NAMED = re.compile(
    r"(?:\d{4}年)?(?:度)?第?[0-9一二三四五六七八九十]*次?(?:全体|专题|主任|常务|成员)?(?:会议|会)纪要")
