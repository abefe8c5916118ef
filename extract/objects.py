"""What a cue acts on: the places scoped by 将 / 对 / 把, the list right after the cue, an anaphor
(这些乡镇, 上述10个乡镇) pointing back, the firms or units paired with a unit, places taken off a list
again; and ``subject_objects``, which joins the subject the rules of ``agents`` choose to those objects.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.acts import ATTITUDE, delistings, oversight_re
from extract.agents import (
    BASIS,
    TOGETHER_WITH,
    agents_before,
    clause_topic,
    decider_after_approval,
    joint_partners,
    joint_units,
    labelled_before,
    opening_actors,
    partners_after,
    person_clause,
    places_pair,
    segment_topic,
    subject_before,
)
from extract.clauses import (
    COUNTED,
    ITEM_HEAD,
    LIST_SEP,
    TOWN_LEVELS,
    Sent,
    clause_span,
    cue_pattern,
    end_of,
    group_from,
    list_head,
    named_back,
    okey,
    org_kind,
    pos_of,
    segment_end,
    segment_start,
)
from extract.groups import lead_units
from extract.lexicon import cues, load
from extract.mentions import PlaceM, is_cjk, number
from extract.places import VILLAGE_COMMITTEES
from extract.resolve import Resolved
from extract.rows import HELPERS, is_firm

_ANAPHOR = re.compile(
    r"(?P<word>这|上述|以上|这些|该)(?P<count>[0-9一二三四五六七八九十两]*)个?"
    r"(?:边境|重点|挂牌|结对|帮扶|脱贫|重点整治|挂牌整治|重点帮扶)?(?P<kind>乡镇|乡|镇|街道|村|社区|地区|县|区|单位)")
_TO_OWN_PAIRED = re.compile(
    r"(?:到|赴|深入)(?:所)?(?:包联|联系|包保|包抓|挂钩|挂点|联点)的?(?:乡镇|镇|乡|村|社区|街道|县|区)")


_COUNTED_ANAPHOR = re.compile(
    r"(?<![0-9一二三四五六七八九十第])([两二三四五六七八九]|[0-9])个?(?:重点|挂牌|结对|整治|重点整治|挂牌整治)?"
    r"(乡镇|苏木镇|苏木|镇|乡|街道|村|社区|县|区|地(?![区方]))(?!级)")  # (三个挂牌苏木镇)


_THE_REST = re.compile(
    r"[，,　 ]*(?:其余|其他|剩余)(?:的)?(?:[0-9一二三四五六七八九十]+个)?(?:乡镇|乡|镇|村|社区|街道|县|县区|区县|市县)")


_GOES_ON = re.compile(r"[ 　]*(?:同时|此外|另外)[，,]")
_UNDERWENT = re.compile(r"接受(?=[^，,。；;]{2,20}?(?:综合|专项|联合)?$)")


# what an opening 对 may take that is no place and points to none (其, 上述, 该… do point back)
_OTHER_OBJECT = re.compile(
    r"(?!其|上述|以上|这|该|此|所|全|各|辖|本)[\u4e00-\u9fff、]{2,}?(?:案件|案|问题|隐患|企业|线索|事故|工程|单位)"
    r"|[^，,。；;]{2,12}的(?=予以|给予|进行|实行|一律)"  # 对履职不力的予以通报批评: whoever fails, no place
    r"|(?:该|此|这)[一处起家个项]?(?:重大)?(?:事故)?(?:隐患|企业|案件|线索|工程|项目)")  # 对该隐患: one thing


def _helpers_before(text: str, st: Sent, r: Resolved, clause_s: int) -> list[str]:
    """The units named as helping (配合, 参加, 协助) in the clause just before ``clause_s``."""
    prev_s, _ = clause_span(text, st.start, st.end, max(st.start, clause_s - 2))
    last = [o for o in st.orgs if prev_s <= o.start and o.end < clause_s and o not in st.posts
            and HELPERS.match(text, o.end)]
    # (甲局牵头、乙局、丙局配合: the units listed before the helper help too)
    helpers = [k for h in last for k, _ in group_from(text, st, r, list_head(text, st, h))]
    return [k for k in dict.fromkeys(helpers) if not k.startswith("?")]


def subject_objects(
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
    decided_by: Sequence[str] = (),
) -> tuple[list[str], list[str]]:
    # 由A、B、C包点督办: the agents listed between 由 and the cue
    you = text.rfind("由", clause_s, cue_pos)
    bei = text.rfind("被", clause_s, cue_pos)
    if bei >= 0 and text.rfind("对", clause_s, bei) >= 0 and "的" in text[bei:cue_pos]:
        bei = -1  # 对第十四轮被巡察的甲委、乙镇开展督导: 被 qualifies what the clause acts on, it is no passive
    if bei < 0 and (took := _UNDERWENT.search(text, clause_s, cue_pos)) is not None:
        bei = took.start() + 1  # 甲市、乙市已接受省安委会综合督查: read as a passive, the agent after 接受
    if bei < 0 and you < 0:
        bei = _passive_before(text, st, clause_s, cue_pos)
    inspected = _inspected_units(text, st, r, clause_s, cue_pos)  # 对县住建局开展巡察: the bureau is no inspector
    subj: list[str] = []
    lead = lead_units(text, st, r, cue_pos) if you < 0 and bei < 0 else []
    if lead and "牵头" not in text[clause_s:cue_pos] and clause_topic(text, st, r, clause_s, cue_pos):
        lead = []  # 甲局牵头督导A街道，乙局负责督导B镇: a later clause opening with its own units is theirs
    charged = _WORK_CHARGED.match(text, cue_pos + len(cue))
    if charged and charged.end() <= clause_e:  # 甲区的整治督导工作由乙市禁毒委负责: the unit named to the work
        subj = joint_partners(text, st, r, charged.start(1), charged.end(1))
    elif lead:
        # 县委政法委牵头…，会同县委组织部对6个挂牌村开展督导: the partner acts with the lead
        subj = lead + joint_units(text, st, r, clause_s, cue_pos)
        if text.startswith("共同", clause_s):  # 甲局牵头、乙局配合，共同督办A镇: the helper acts too
            subj += [k for k in _helpers_before(text, st, r, clause_s) if k not in subj]
    elif you >= 0:
        # 由市财政局、教育局、公安等部门包点督办: units, and department stems under the list's prefix
        subj = joint_partners(text, st, r, you + 1, cue_pos)
        # (由县林草局会同县自然资源和规划局督导整改: the partner acts too)
        subj += [k for k in joint_units(text, st, r, you + 1, cue_pos) if k not in subj and not k.startswith("?")]
    elif bei >= 0:
        subj = [okey(r, o) for o in st.orgs if bei < o.start < cue_pos]
        if not subj:  # an agentless passive: the authority of a decision quoted in the sentence, or none
            subj = [okey(r, o) for ds, _, _ in st.docs for o in st.orgs if o.start == ds][:1]
        if not subj:  # 甲委印发《关于…的决定》，A镇、B镇被列为…: who issued the decision quoted before it
            subj = [okey(r, o) for ds, de, _ in st.docs if de < bei and _DECISION_KIND.search(text, ds, de + 1)
                    for o in st.orgs if (issuing := _ISSUES_IT.search(text, max(st.start, ds - 6), ds))
                    and o.end == issuing.start()][:1]
        if not subj and (jing := [o for o in st.orgs if o.end <= bei and text[o.start - 1 : o.start] == "经"]):
            subj = [k for k, _ in group_from(text, st, r, jing[-1])]  # 经市禁毒委研究，甲镇被列为…: it decided
        if not subj and _BY_DECISION.search(text, st.start, bei):
            subj = list(decided_by)  # 根据决定，甲镇、乙镇被列为…: the decision quoted before is its issuer's
        if not subj:  # 璜山镇在8月绍兴市河长办组织的暗访中已被通报批评: who ran the check it was caught in
            subj = [okey(r, o) for o in st.orgs if clause_s <= o.start < bei
                    and _RAN_THE_CHECK.match(text, o.end) and text.rfind("在", clause_s, o.start) >= 0][-1:]
        if not subj and _GOES_ON.match(text, st.start) and kind == "designates":
            subj = list(topic)  # 经甲委研究决定，将A县列为…。同时，B镇被列为…: the same body decides on
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
                    and not subject_before(text, st, o))]  # (甲委经研判并报乙组同意，将…: 甲 acts)
        plus = text.rfind("+", clause_s, cue_pos)
        paired = [k for o in st.orgs if plus >= 0 and plus < o.start and o.end <= cue_pos
                  and (k := okey(r, o)) and not k.startswith("?")]
        if paired:  # 县长王立新+县发展和改革局包联沂城街道: the leader and the unit; the unit acts
            own_units: list[str] = paired
        elif person_clause(text, st, clause_s, cue_pos) or _person_opens_segment(text, st, clause_s, cue_pos):
            return [], []  # 县委书记张三联点甲镇, 县级领导挂点: a person's duty, not a unit's
        else:
            own_units = []
        if places_pair(text, st, clause_s, cue_pos):
            return [], []  # 闵行区与景东县结对以来: two places paired with each other, no unit acts
        if _SINCE_WORD.search(text, cue_pos, st.end) and not any(clause_s <= o.start < cue_pos for o in st.orgs) \
                and _SINCE.search(text, cue_pos, clause_span(text, st.start, st.end, cue_pos)[1]):
            return [], []  # 中央生态环境保护督察进驻福建以来，县委、县政府…: when, not who; the units come after
        own = own_units or clause_topic(text, st, r, clause_s, cue_pos) or agents_before(text, st, r, clause_s) \
            or labelled_before(text, st, r, clause_s)
        if not own and clause_s > st.start and TOGETHER_WITH.match(text, clause_s):
            # 乙局作为成员单位，与甲局共同包保该村: the unit opening the clause before acts with its partner
            own = clause_topic(text, st, r, clause_span(text, st.start, st.end, clause_s - 2)[0], clause_s - 1)
        # 经市委、市政府研究: the whole list after 经
        subj = own or ([k for k, _ in group_from(text, st, r, jing[-1])] if jing else
                       segment_topic(text, st, r, cue_pos) or list(topic) or list(carried))
        if jing and not own and (decider := decider_after_approval(text, st, r, jing[-1], cue_pos)):
            subj = decider  # 经市委、市政府同意，市禁毒委研究决定: the approvers agree, the committee decides
        before = [o for o in before if okey(r, o) not in inspected] if inspected else before
        if not subj and before:
            # 按照省委、省政府工作部署…，省政府督查室会同…: the units a basis phrase names do not act
            acting = [o for o in before if not BASIS.match(text, clause_span(text, st.start, st.end, o.start)[0])
                      and not o.body.endswith("组")]  # 按照市委部署，市委第三巡察组…: a group acts for its owner
            subj = [okey(r, (acting or before)[0])]
        # 吉安县公安局禁毒大队联合县卫健委对…督导: partners after 联合 act too
        if joint := joint_units(text, st, r, clause_s, cue_pos):
            subj += joint
        elif subj and (partners := partners_after(text, st, r, subj[-1], cue_pos)):
            subj += partners  # 甲室会同乙办抽调人员组成3个暗访组，…，分赴A县: the partner acts too
        elif (together := TOGETHER_WITH.match(text, clause_s)) and together.end() <= cue_pos:
            # （甲厅调整为联点乙县，）与丙厅共同开展帮扶: the partner acts with the clause's subject
            subj += [okey(r, o) for o in st.orgs if together.start() < o.start and o.end <= together.end()]
    subj = [k for k in subj if k and not k.startswith("?")]
    after = cue_pos + len(cue)
    if text[cue_pos - 2 : cue_pos] == "重点" and after < len(text) and is_cjk(text[after]) \
            and not any(after <= p.start <= after + 2 for p in st.places):
        return [], []  # 重点督导吸毒人员排查管控: what the supervision is about, no place
    objs = _objects(text, st, r, cue_pos, clause_s, bei, you, leaves, last_leaves)
    if (head := _item_subject(text, st, r)) and (not objs or all(_LOCATED.search(
            text, max(st.start, pos_of(r, k, st) - 3), pos_of(r, k, st)) for k in objs)):
        # (三)甲街道。辖区内…，由县住建局督办: the item's heading names what it is about; (一)某燃气有限公司。该公司
        # 位于乙街道，…由县住建局负责督办: the firm, not where it is (a firm is overseen, never designated)
        objs = [] if kind == "designates" and head[0].startswith("org:") else head
    if kind == "supervises" and (firms := _firms_listed_at(text, st, r, cue_pos + len(cue))):
        objs = firms  # 甲镇人民政府包保某食品有限公司（…平湖市）、某调味品有限公司: the firms, not where they buy
    elif kind == "supervises" and (paired := _units_right_after(text, st, r, after)) \
            and (not objs or paired[0].startswith("place:")):
        # 甲医院对口帮扶乙县人民医院: a unit paired with a unit (联系乙街道办事处: the subdistrict it stands for)
        objs = [k for k in paired if k not in subj]
    if kind == "supervises" and cue in load("cues.json").get("inspects_units", ()) \
            and (listed := _listed_right_after(text, st, r, after)):
        objs = [k for k in listed if k not in subj]  # 巡察县教育局、县人社局、杨集镇: units and places inspected
    if kind == "supervises" and not objs and cue in load("cues.json").get("unit_pairing", ()) \
            and (partners := _partner_units(text, st, r, clause_s, cue_pos)):
        objs = [k for k in partners if k not in subj]  # 甲局、乙局分别与丙局、丁局结对: unit with unit
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
    # 县商务局联系点由甲乡乙村调整为丙镇丁村: the place it held before is no object
    if (moved := _REASSIGNED.search(text, clause_s, clause_e)) is not None:
        objs = [k for k in objs if not moved.start(1) <= pos_of(r, k, st) < moved.end(1)]
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
    if kind == "designates":
        subj = [k for k in subj if not is_firm(r, k)]  # (一)某公司。… / (二)甲街道。…列为挂牌督办街道: no firm lists
    return list(dict.fromkeys(subj)), list(dict.fromkeys(objs))


_NUMBERED_GROUP_OPENS = re.compile(r"[ 　]*第[一二三四五六七八九十0-9]+[\u4e00-\u9fff]{0,6}?组")
_REASSIGNED = re.compile(r"由([^，,。；;]{2,30}?)调整为")
_TASK_VERB = re.compile(r"开展|推进|落实|抓好|做好|完成|实施")
_COUNT_CLOSES = re.compile(r"等(?:[0-9]+|[两二三四五六七八九十]+)个")
_BY_DECISION = re.compile(r"(?:根据|按照|依据)(?:该|上述|此|这一|这个)?决定")


def _units_right_after(text: str, st: Sent, r: Resolved, at: int) -> list[str]:
    """The units listed straight after a cue (包保沂南县防指、平邑县防指), none unless one opens there; a
    subdistrict's office, a community's committee or a village's team stands for its place (联系三台子街道办事处,
    驻塔尕尔其村工作队)."""
    first = next((o for o in st.orgs if o.start == at and o not in st.posts), None)
    if first is None:
        return []
    out = []
    for k, end in group_from(text, st, r, first):
        if k.startswith("?"):
            continue
        place = next((p for p in st.places if text.startswith(_AREA_UNITS, p.end) and p.end < end <= p.end + 5
                      and p.start >= at and (p.level == "village" or text[end - 1] != "队")), None) \
            if text[end - 1 : end] in "处会队" else None
        out.append(r.place_key[(place.start, place.end)] if place is not None else k)
    return out


def _listed_right_after(text: str, st: Sent, r: Resolved, at: int) -> list[str]:
    """The units and places of the list that opens at ``at`` (巡察大营子镇和县农业农村局、县水利局), when it
    names a unit: what an inspection covers."""
    mentions = sorted([(p.start, p.end, r.place_key.get((p.start, p.end))) for p in st.places if p.start >= at]
                      + [(o.start, o.end, okey(r, o)) for o in st.orgs if o.start >= at and o not in st.posts],
                      key=lambda m: (m[0], -m[1]))
    out: list[str] = []
    end = at
    for start, stop, key in mentions:
        if start < end:
            continue  # a place inside a unit's name (县水利局's 县)
        gap = text[end:start]
        listed = bool(gap) and (all(c in LIST_SEP for c in gap) or gap == "以及")
        if (end == at and gap) or (end > at and not listed):
            break  # the list opens right at the cue, and goes on over list marks only
        if key and not key.startswith("?"):
            out.append(key)
        end = stop
    return out if any(not k.startswith("place:") for k in out) else []


def _person_opens_segment(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """县长、县森防指指挥长甲统筹全县工作，联系A镇、B镇: the person opening the ；-segment is the subject of
    its later clauses too, when no unit comes between."""
    seg_s = segment_start(text, st.start, clause_s)
    return seg_s < clause_s and person_clause(text, st, seg_s, cue_pos) \
        and not any(seg_s <= o.start < cue_pos and o not in st.posts for o in st.orgs)


_WITH_PARTNER = re.compile(r"(?:分别)?(?:与|和|同)")


def _partner_units(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[str]:
    """The units after 与 right before a pairing cue (甲局、乙局分别与丙局、丁局结对): the partners, when the
    list runs from 与 up to the cue."""
    first = next((o for o in st.orgs if clause_s < o.start < cue_pos and o not in st.posts
                  and _WITH_PARTNER.search(text, max(clause_s, o.start - 3), o.start)
                  and text[o.start - 1] in "与和同"), None)
    if first is None:
        return []
    group = group_from(text, st, r, first)
    if not group or text[group[-1][1] : cue_pos].strip(" 　") not in ("", "开展", "建立", "进行"):
        return []
    return [k for k, _ in group if not k.startswith("?")]


_AREA_OFFICES = ("办事处", *VILLAGE_COMMITTEES)  # a subdistrict's office, a community's committee
# …and a village's work team (驻塔尕尔其村工作队): what is sent there stands for the place
_AREA_UNITS = (*_AREA_OFFICES, "工作队", "驻村工作队")


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


def _passive_before(text: str, st: Sent, clause_s: int, cue_pos: int) -> int:
    """Where the 被 of the clause before stands when the cue's clause only goes on with its verb
    (甲镇、乙镇已被市整治办通报，列为全市重点督办镇: the office listed them too), else -1."""
    if text[clause_s - 1 : clause_s] not in ("，", ",") or text[clause_s:cue_pos].strip("并又还也同时后"):
        return -1
    prev_s = max([st.start] + [text.rfind(c, st.start, clause_s - 1) + 1 for c in "，,。；;"])
    bei = text.rfind("被", prev_s, clause_s)
    return bei if bei >= 0 and any(bei < o.start < clause_s for o in st.orgs) else -1


_TOWNS_AND_VILLAGES = frozenset({"township", "subdistrict", "village"})
_LIST_GOES_ON = frozenset("、，,；;。和及与")


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

    actors = opening_actors(text, st, r, clause_s)
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

    def before_cue() -> list[str]:
        return [k for k in leaves if pos_of(r, k, st) < cue_pos]

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
        if _TASK_VERB.match(text, list_end) and any(cue_pos < p.end <= list_end for p in st.places):
            break  # 督导水汶镇开展南蓬村周边整治: the towns end the list, the task names where it works
        if text[list_end : list_end + 1] in ("，", ",") and _places_only(text, st, list_end + 1):
            list_end += 1  # 包村甲镇A村、B村，乙镇C村: a comma between the groups of one list
    for o in st.orgs:  # 对辖区乡镇进行督导：甲所负责A镇、B镇；…: a unit with its own cue opens its own pairing
        if cue_pos < o.start < list_end and o not in st.posts:
            place_at = min((p.start for p in st.places if p.start >= o.end), default=list_end)
            own_cue = oversight_re().search(text, o.end, min(st.end, place_at + 12))  # (its lookahead reads the place)
            if own_cue is not None and own_cue.start() < place_at:
                list_end = o.start
                break
    after = keys(cue_pos + 1, list_end)
    if not after:  # 包联艾玛乡，并重点联系艾玛乡曲美村: the town alone here (a later mention names a village in it)
        starts, ends = {p.start for p in st.places}, {p.end for p in st.places}
        after = list(dict.fromkeys(
            k for p in st.places if cue_pos < p.start < list_end and p.end not in starts and p.start not in ends
            and text[p.end : p.end + 1] in _LIST_GOES_ON  # (包保厦铺镇高湖水库, 杨芳林乡境内的水库: a site, no pairing)
            and (k := r.place_key[(p.start, p.end)]) not in actors and r.entities[k].subtype in _TOWNS_AND_VILLAGES))
    if you >= 0 and (before_you := keys(clause_s, you)):
        return before_you  # 商镇王塬村、茶房村由县交通运输局包抓；竹林关镇：…: the places the clause opens with
    if bei >= 0 and you < 0:
        # (…的平罗县某餐饮管理有限公司已被甲局通报批评: a place inside a unit's name is no passive subject)
        named = [p for p in st.places if not any(o.start <= p.start and p.end <= o.end for o in st.orgs)]
        before_bei = [r.place_key[(p.start, p.end)] for p in named if clause_s <= p.start < bei]
        if not before_bei and (that := _ANAPHOR.search(text, clause_s, bei)) and that.group("word") == "该" \
                and (back := named_back(r, named, that.group("kind"), that.start())):
            return back  # 因甲镇乙村…积案未化解，该镇已被市联席办通报警示: the town, not its village named after it
        # 甲县A镇、B乡，乙县C镇等3个乡镇被列为…: the count closes a list that commas split by county
        prev_s = clause_span(text, st.start, st.end, clause_s - 2)[0] if clause_s - 2 >= st.start else clause_s
        if not before_bei or _COUNT_CLOSES.search(text, clause_s, bei) \
                or (prev_s < clause_s and text[clause_s - 1] in "，," and _places_only(text, st, prev_s)):
            # (博乐市甲镇，精河县乙镇、丙镇被列为…: a list split by county, the clause before is its first part)
            seg_s = segment_start(text, st.start, bei)
            before_bei = [r.place_key[(p.start, p.end)] for p in named if seg_s <= p.start < bei]
        if not before_bei and _ANAPHOR.search(text, segment_start(text, st.start, bei), bei):
            return list(last_leaves)  # 上述3个村因…，被州禁毒委列为重点整治村: the places of the sentence before
        if not before_bei and (two := _COUNTED_ANAPHOR.search(text, segment_start(text, st.start, bei), bei)):
            return _counted_back(number(two.group(1)), [], last_leaves)  # 两镇被列为…: the two named before
        if not before_bei and (described := _named_after_de(text, st, r, cue_pos)):
            return described  # 被市教育局列为重点整治区域的濮院镇: the place the listing describes
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
        if text[opener] == "对" and (counted := _COUNTED_ANAPHOR.match(text, opener + 1)) is not None \
                and (back := _counted_back(number(counted.group(1)), [k for k in before_cue()
                                                                     if pos_of(r, k, st) < opener], last_leaves)
                     or _first_list_of(text, st, r, opener, number(counted.group(1)), counted.group(2))):
            return back  # 对两镇积案化解情况跟踪督办: the two towns named before, whose cases they are
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
            if back := named_back(r, st.places, anaphor.group("kind"), anaphor.start()):
                return back
            return list(last_leaves) if len(last_leaves) == 1 else []  # "this" one: never a whole list
        # 鉴于甲镇、乙镇接连发生事故，决定将上述2个镇列为…: the places named before it in its own sentence
        same = [k for k in leaves if pos_of(r, k, st) < anaphor.start()]
        if (levels := _levels_counted(anaphor.group("kind"))) is not None and anaphor.group("kind") != "村":
            # 甲镇、乙乡…，其中甲镇A村存在…。将上述2个乡镇列为…: the towns, not the villages named after them
            same = list(dict.fromkeys(r.place_key[(p.start, p.end)] for p in st.places
                                      if p.end <= anaphor.start() and p.level in levels))
        n = number(anaphor.group("count")) if anaphor.group("count") else len(same)
        if same and len(same) >= n > 0:
            return same[-n:]
        other_level = levels is not None and any(
            (e := r.entities.get(k)) is not None and e.subtype not in levels for k in last_leaves)
        if n >= 2 and (len(last_leaves) < n or other_level) \
                and (recent := _last_of_level(r, anaphor.start(), anaphor.group("kind"), n)):
            return recent  # 一、甲镇：… 二、乙镇：… 三、丙镇：…。县水务局对上述三镇…督导: the three towns of the items
        return list(last_leaves)
    counted = _COUNTED_ANAPHOR.search(text, max(st.start, cue_pos - 30), min(st.end, cue_pos + 10))
    before = before_cue()
    if not counted and not before and you >= 0:  # 两镇被列为…重点整治乡镇，由甲局、乙局包联督导: the sentence's
        counted = _COUNTED_ANAPHOR.search(text, st.start, you)  # subject
    n_counted = number(counted.group(1)) if counted else 0
    if counted and (back := _counted_back(n_counted, [k for k in before if pos_of(r, k, st) < counted.start()], [])
                    or _first_list_of(text, st, r, counted.start(), n_counted, counted.group(2))
                    or _counted_back(n_counted, [], last_leaves)):
        return back  # 每月到两乡镇开展督导: the two just named, when the count is theirs (对甲镇、乙镇党委负责人
        # 进行约谈，并将两镇列为…: the sentence's own two, before the last sentence's)
    paired = _COUNTED_ANAPHOR.search(text, cue_pos, min(st.end, cue_pos + 20)) if "分别" in text[clause_s:cue_pos] \
        else None
    if paired and len(last_leaves) != (n := number(paired.group(1))) \
            and (recent := _last_of_level(r, paired.start(), paired.group(2), n)):
        return recent  # 甲局、乙局分别对口联系民和县2个结对乡镇: the towns paired, named before
    if not before and text[st.start : st.start + 1] == "由" and text[st.start - 1 : st.start] not in ("", "\n"):
        # 一、位于甲镇的某公司，…。由乙县政府负责督促整改，丙局跟踪督办: the item's place, one sentence up
        return list(last_leaves)
    # 县委书记甲挂点A镇，县财政局包抓；县长乙挂点B镇，…: the places of the cue's own ；-segment
    seg_s = segment_start(text, st.start, cue_pos)
    own_segment = [k for k in before if pos_of(r, k, st) >= seg_s]
    if not own_segment and seg_s > st.start and _NUMBERED_GROUP_OPENS.match(text, seg_s) \
            and any(seg_s <= o.start < cue_pos for o in st.orgs):
        return []  # …；第七督导组由县城市管理局牵头，督导城区排涝泵站: a group of its own, and nowhere named
    return own_segment or before


_LOCATED = re.compile(r"位于|地处|坐落于|地址[：:]?")
_HEAD_ENDS = ("。", "：", ":")


def _item_subject(text: str, st: Sent, r: Resolved) -> list[str]:
    """The one place or firm a numbered item's heading names alone ((三)真源街道。), for the later sentences
    of its line; none on the heading's own sentence."""
    line_s = text.rfind("\n", 0, st.start) + 1
    head = ITEM_HEAD.match(text, line_s)
    if head is None or head.end() >= st.start:
        return []
    at = head.end()
    for (a, b), k in [*r.place_key.items(), *r.org_key.items()]:
        if a == at and text.startswith(_HEAD_ENDS, b) and b < st.start and (k.startswith("place:") or is_firm(r, k)):
            return [k]
    return []


def _last_of_level(r: Resolved, before: int, kind: str, n: int) -> list[str]:
    """The last ``n`` different places of the level ``kind`` counts (镇, 村) named before ``before``, in the
    order the text names them; none when fewer are named."""
    level = COUNTED.get(kind)
    out: list[str] = []
    for s, _, k in reversed(r.place_spans):
        if s < before and k not in out and (e := r.entities.get(k)) is not None and e.subtype == level:
            out.append(k)
            if len(out) == n:
                return out[::-1]
    return []


def _named_after_de(text: str, st: Sent, r: Resolved, cue_pos: int) -> list[str]:
    """The places right after the 的 that closes the cue's phrase in its clause (被甲局列为…区域的乙镇、丙镇)."""
    stop = min((i for i in (text.find(c, cue_pos, st.end) for c in "，,；;。") if i >= 0), default=st.end)
    first = next((p for p in st.places if cue_pos < p.start < stop and text[p.start - 1] == "的"), None)
    if first is None:
        return []
    out: list[str] = []
    end = first.start
    for p in st.places:
        if p.start >= end and (p is first or text[end : p.start] in ("、", "")):
            if out and p.start == end and p is not first:
                out.pop()  # …的甲区A镇、乙区B镇: a place written right before another holds it, no target
            out.append(r.place_key[(p.start, p.end)])
            end = p.end
    return out


def _levels_counted(kind: str) -> set[str] | None:
    """The levels of the places a count's kind (镇, 乡镇, 村) names, or None (两地: any)."""
    level = COUNTED.get(kind)
    if level in ("township", "subdistrict"):
        return {"township", "subdistrict"}  # (两乡镇: a town and a subdistrict too)
    return {"village"} if level == "village" else None


def _first_list_of(text: str, st: Sent, r: Resolved, before: int, n: int, kind: str = "") -> list[str]:
    """The first list of exactly ``n`` places the sentence names before ``before`` (甲苏木、乙苏木分别与丙旗、丁旗
    接壤，…对两地开展包保督导: the sentence's own two, not their neighbours), of the level the count's
    ``kind`` names if it names one (两镇: not the two villages listed before the towns)."""
    runs: list[list[PlaceM]] = []
    for p in st.places:
        if p.end > before:
            break
        if runs and text[runs[-1][-1].end : p.start] in ("、", "和", "及"):
            runs[-1].append(p)
        elif runs and p.start == runs[-1][-1].end:
            runs[-1][-1] = p  # 甲县乙镇: the deeper place stands for the pair
        else:
            runs.append([p])
    levels = _levels_counted(kind)
    first = next((run for run in runs if len(run) == n and (levels is None or all(p.level in levels for p in run))),
                 [])
    return [r.place_key[(p.start, p.end)] for p in first] if n >= 2 else []


def _counted_back(n: int, before: list[str], last_leaves: list[str]) -> list[str]:
    """The places a count (两镇, 5个重点村) refers back to: the last sentence's when there are that many,
    else the ones its own sentence names before it (甲局、乙局分别联系A镇、B镇；丙室对两镇…)."""
    if n < 2:
        return []  # 确定1个重点村: one of each, no list pointed back to
    if n == len(before):
        return list(before)  # (its own sentence's first: 甲街道、乙街道问题较多，…对两个街道予以通报警示)
    return list(last_leaves) if n == len(last_leaves) else []


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


def delisted_later(text: str, st: Sent, r: Resolved, after: int, neg: tuple[str, ...], objs: list[str]) -> bool:
    """Whether a de-listing later in the sentence takes the designated places off again: 列入挂牌整治的甲镇
    经验收，对其予以摘帽 (its clause names no place, and theirs are in its ；-segment). 不予摘牌 is none."""
    found = delistings(text, after, st.end, neg)
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


_NOT_TAKEN = re.compile(r"不予|暂不|未予")  # …列为重点督办乡镇；乙镇整改迅速，不予通报: the next segment is spared


_PETITIONED = re.compile(
    r"(?:村民|群众|居民|职工)(?:集体)?反映[^，,。；;]{0,30}?[0-9一二三四五六七八九十两]+(?:宗|件|起)")
_DECISION_KIND = re.compile(r"(?:决定|通知|通报|意见)》?$")
_ISSUES_IT = re.compile(r"(?:印发|下发|出台|发布)了?《$")
_IF_MET = re.compile(r"(?:达标|合格|达到[^，,。；;]{0,8}标准|完成[^，,。；;]{0,8}任务|验收)(?:的|后)|方可|方能")


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
    return oversight_re().search(text, a, b) is not None


# the places a document has listed, referred to as a group: 对挂牌地区实行包片督导
LISTED = re.compile(
    r"([0-9一二三四五六七八九十两]+)?个?(挂牌整治|挂牌督办|挂牌|挂账督办|挂账|重点整治|通报警示|通报批评)的?"
    r"(地区|乡镇|县区|街道|村|镇|县|区)"
)


# the time the listed places are under a listing: 挂牌期间，由区城管委每半月督导一次 (shaped like LISTED for
# listed_places: group 1, the count, is empty here, group 2 is the kind of listing)
DURING_LISTING = re.compile(r"(?:^|(?<=[，,。；;\s]))()(挂牌整治|挂牌督办|挂牌|挂账|重点整治|整治)期间")


_LEVELS_NAMED: dict[str, frozenset[str]] = {"乡镇": TOWN_LEVELS, "镇": TOWN_LEVELS, "街道": TOWN_LEVELS,
                                             "村": frozenset({"village"})}


def listed_places(text: str, group: re.Match[str], listed: list[tuple[str, str]], r: Resolved) -> list[str]:
    """The places a group word refers to (6个通报警示地区): those listed with the same kind of cue (of
    the level it names: 4个挂牌乡镇 are townships), and only when their number is the one stated."""
    levels = _LEVELS_NAMED.get(group.group(3)) if group.re.groups >= 3 else None
    listed = [(p, cue) for p, cue in listed if levels is None or r.entities[p].subtype in levels]
    kind = "通报" if group.group(2).startswith("通报") else "挂牌" if "挂牌" in group.group(2) \
        else "挂账" if "挂账" in group.group(2) else "整治"
    # a listing for rectification (列为…重点, 挂牌整治) is what 挂牌乡镇 and 整治乡镇 refer to; 通报 is apart
    places = list(dict.fromkeys(p for p, cue in listed if kind in cue or (kind != "通报" and "通报" not in cue)))
    count = group.group(1)
    if count and number(count) != len(places):
        return []  # the listed places cannot be the ones counted
    return places


_WORK_CHARGED = re.compile(r"工作由([^，,。；;]{2,40}?)(?:负责|接续安排|统筹安排|承担)")


_LOCATES_A_FIRM = re.compile(r"的[^，,。；;、和]{2,30}?(?:有限公司|公司|厂)")


_COUNTED_BACK = re.compile(r"(?:上述|以上|这)([0-9]+|[两二三四五六七八九十]+)个(?:乡镇|镇|乡|街道|村|社区|县|区)")


def named_before(text: str, start: int, cue_pos: int, last: list[str], recent: list[str]) -> list[str]:
    """The places an anaphor before the cue refers back to: the last sentence's, or, when it counts more
    (对上述10个乡镇), the last that many places named."""
    m = _COUNTED_BACK.search(text, max(start, cue_pos - 60), cue_pos)
    if m is None:
        return last
    n = number(m.group(1))
    named = list(dict.fromkeys(reversed(recent)))[:n][::-1]
    return named if n > len(last) and len(named) == n else last


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
            and not ATTITUDE.search(text, i, cue_pos)  # 对我县…高度重视，…督导: the 对 closed by its verb
            and text[i + 1 : i + 2] not in ("口", "于", "接", "照", "象", "此", "比", "待")
        ):
            return i
        if ch in "。！？\n；;":
            break  # 决定对甲市予以摘帽；乙县…继续挂牌: an earlier segment's 对 opens nothing here
    return -1


_RAN_THE_CHECK = re.compile(r"(?:组织|开展)的[^，,。；;]{0,12}(?:暗访|督查|检查|巡察|督导|考核|评估)中")
_SINCE_WORD = re.compile(r"以来|期间|之际")
_SINCE = re.compile(rf"(?:{_SINCE_WORD.pattern})[，,]?$")
