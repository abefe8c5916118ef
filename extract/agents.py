"""Who acts at a cue: the units that open the sentence, the cue's clause or its ；-segment (the topic),
the agent after 由 / 经, partners after 联合 / 会同, the issuers of a title; and what acts that is no
unit (a person's post, a place that acts), so that it is neither subject nor object.
"""

from __future__ import annotations

import re

from extract.clauses import (
    CLAUSE_BREAK,
    HEADING,
    ITEM_HEAD,
    Sent,
    branch_of,
    clause_span,
    group_from,
    list_ending_at,
    okey,
    segment_start,
)
from extract.lexicon import load
from extract.mentions import OrgM
from extract.resolve import Resolved, _make_org, _short_label

# what may stand before a clause's first unit and still leave it the clause's topic
_UP_TO_LAST_CLAUSE = re.compile(r"^.*[，,；;：:]")
# (一是旗委政法委、旗公安局包联甲镇: an enumeration's ordinal before the units)
_TOPIC_LEAD_WORD = re.compile(
    r"(尤其是|特别是|与此同时|同时|此外|自此|其中|另外|经|并|中共|新增|请|[一二三四五六七八九十]是)$")
_DATE_LEAD = re.compile(r"^[0-9０-９年月日~～\-至、]*")
# what may stand before a clause's first unit and still leave it the clause's own topic
# (明确县公安局、县司法局包抓甲镇)
_CLAUSE_LEAD = re.compile(
    r"(尤其是|特别是|同时|此外|另外|其中|并|还|也|经|明确|确定|安排|新增|决定由|由|自从|自|请|[一二三四五六七八九十]是"
    r"|(?:从|自)?(?:今年|去年|明年|本年度|[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?)(?:起|以来|开始)?"
    r"|近年来|目前|当前|今后|随后|下一步|近日|日前|会前|会后|此前"  # 今年起即墨区委结对帮扶宕昌县: a time, the units
    r"|[0-9]{1,2}月(?:份|[0-9]{1,2}日|上旬|中旬|下旬|初|底)?(?:起|以来)?"  # 5月份市安委会督导组在甲镇督导
    r"|(?:(?:[省市州县区]级)?(?:定点|挂钩|对口)?(?:联系|责任|牵头|包保|帮扶|包联|挂联))(?:部门|单位)[：:为]?)$")


# a unit followed by a post is the post of a person (县委副书记、县长甲), who acts in its place
POST = re.compile("(?:常务)?副?(?:" + "|".join(sorted(load("people.json")["head_posts"], key=len, reverse=True)) + ")")


_PERSON_POST = re.compile(r"(?:常务|第一|专职)?(?:" + POST.pattern + ")")


# （甲厅调整为联点乙县，）与丙厅共同开展帮扶: a partner joining the act of the clause before
TOGETHER_WITH = re.compile(r"[　 \s]*(?:并)?与[^，。；]{2,40}?(?:共同|一道|一起)")


# 原联点隆德县的民政厅调整为…: the unit described by its former duty opens the clause all the same
_FORMER_DUTY = re.compile(r"原[^，。；：、由]{1,24}的")


# the words that open a basis (根据《…》, 按照…部署): the units after one do not act (BASIS below), a title
# after one is what a document rests on (documents.py)
BASIS_WORD = re.compile(r"根据|依据|按照|依照|遵照")


def sentence_topic(text: str, st: Sent, r: Resolved) -> list[str]:
    """Units that open a clause of the sentence (its topic), as a list group."""
    for o in st.orgs:
        k = okey(r, o)
        if not k or k.startswith("?") or r.entities[k].subtype == "media" \
                or r.entities[k].name.endswith(("中学", "小学", "学校")):
            continue  # (a school named in a list of sites: 挂牌点位包括：甲街道乙小学门前…, no topic)
        if o in st.posts:
            return []
        before = text[st.start : o.start]
        lead = _UP_TO_LAST_CLAUSE.sub("", before)
        lead = _TOPIC_LEAD_WORD.sub("", lead)
        lead = _DATE_LEAD.sub("", HEADING.sub("", lead))  # （四）县乡村振兴局牵头…: the item's number
        if lead.strip() == "":
            group = group_from(text, st, r, branch_of(st, r, o))
            after = text[group[-1][1] : group[-1][1] + 1] if group else ""
            if after == "被":
                return []
            return [k for k, _ in group]
        break
    return []


_ALSO_END = re.compile(r"(?:同时|还|也|又|亦|一并)$")  # 副县长张蕾同时包案: the person before the adverb


def person_clause(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether people are the subject of the cue's clause: it opens with a post (县长甲, 县委书记乙)
    or names leaders (县级领导挂点) and no unit."""
    lead = text[clause_s:cue_pos]
    at = clause_s + len(lead) - len(lead.lstrip(" 　其中，,"))  # 其中区长甲包保A镇
    if (head := ITEM_HEAD.match(text, at)) is not None and head.end() < cue_pos:
        at = head.end()  # （三）副县长甲同时包案A镇: the item's number first
    if any(o.start == at for o in st.posts) or _PERSON_POST.match(text, at):
        return True
    if any(lead.lstrip().startswith(name) for name in st.people):
        return True  # 其中，王志刚牵头包案甲镇: a person named earlier with a post
    if any(_ALSO_END.sub("", lead.rstrip()).endswith(name) for name in st.people):
        return True  # 甲镇确定镇长王德明包保某公司: the person named right before the cue acts
    units = [o for o in st.orgs if clause_s <= o.start < cue_pos and o not in st.posts]
    return not units and re.search(r"领导(?!小组)", lead) is not None


def places_pair(text: str, st: Sent, clause_s: int, cue_pos: int) -> bool:
    """Whether the cue's clause opens with "place 与 place" and names no unit: the two places pair
    with each other (闵行区与景东县结对)."""
    inside = [p for p in st.places if clause_s <= p.start < cue_pos]
    if len(inside) != 2 or any(clause_s <= o.start < cue_pos for o in st.orgs):
        return False
    first, second = inside
    return not text[clause_s : first.start].strip() and text[first.end : second.start] == "与" \
        and second.end == cue_pos


def opened_by_post(text: str, st: Sent) -> bool:
    """Whether the sentence starts with a person's post (县委书记张三…, 县委副书记、县长李四…), after any
    item number ((一)县委副书记…)."""
    head = ITEM_HEAD.match(text, st.start)
    start = head.end() if head and st.posts and head.end() <= st.posts[0].start else st.start
    return bool(st.posts) and not re.sub(r"^[0-9０-９年月日、\s]*", "", text[start : st.posts[0].start])


def agents(text: str, st: Sent, r: Resolved, cue_pos: int, topic: list[str], carried: list[str]) -> list[str]:
    """Who issues / forwards: the units opening the cue's clause, else the topic (or carried topic),
    plus joint partners after 联合/会同."""
    clause_s = clause_span(text, st.start, st.end, cue_pos)[0]
    own = clause_topic(text, st, r, clause_s, cue_pos)
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
            own = clause_topic(text, st, r, prev_s, clause_s)
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
        subj += joint_partners(text, st, r, joint + 2, cue_pos)
    if not subj:
        subj = list(carried)
    return list(dict.fromkeys(k for k in subj if k and not k.startswith("?")))


_RESEARCHED = re.compile(r"[^，,。；;]{0,12}?(?:研究|审定|审议)")
_IN_THE_NAME_OF = re.compile(r"以[^，。；]{2,30}?名义")
QUALIFIES_A_TITLE = re.compile(r"(?:联合)?[\u4e00-\u9fff]{2}的《")  # (联合)印发的《


def _attributive_agents(text: str, st: Sent, r: Resolved, cue_pos: int) -> list[str]:
    """甲办、乙办(联合)印发的《…》: the units listed right before a cue that qualifies a title with 的."""
    if QUALIFIES_A_TITLE.match(text, cue_pos) is None:
        return []
    between = text[cue_pos - 2 : cue_pos]  # 甲办联合印发的, 甲办此前印发的: a word between the units and the cue
    end = cue_pos - 2 if between in ("联合", "此前", "日前", "近日", "前期") else cue_pos
    if (counted := _COUNTED_TAIL.search(text, max(0, end - 9), end)) is not None:
        end = counted.start()  # 省委组织部等五部门印发的《…》: the units named before their count
    return list_ending_at(text, st, r, end)


_COUNTED_TAIL = re.compile(r"等(?:[0-9一二三四五六七八九十两]+个?)?(?:部门|单位|家单位)$")


def joint_partners(text: str, st: Sent, r: Resolved, a: int, b: int) -> list[str]:
    """联合州综治、公安、民政、司法等11个部门: units, or department stems under one prefix."""
    seg = text[a:b]
    cut = re.search(r"等[0-9一二三四五六七八九十两]*个?(部门|单位|家)?", seg)
    if cut:
        seg = seg[: cut.start()]
    out: list[str] = []
    pos = a
    shorts = load("org_bodies.json")["short"]
    prefix_level = None
    inside = {i - a for o in st.orgs if a <= o.start < b for i in range(o.start + 1, o.end)}
    # (县自然资源和规划局: a 和 inside a unit's name parts nothing)
    items = re.split(r"([、和及与])", seg) if not inside else _split_outside(seg, inside)
    for item in items:
        if item in ("、", "和", "及", "与", ""):
            pos += len(item)
            continue
        span_orgs = [o for o in st.orgs if pos <= o.start < pos + len(item) and o not in st.posts]
        span_orgs = [o for o in span_orgs if not any(p.parent is o for p in span_orgs)]  # 局执法监察大队: the brigade
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


def _split_outside(seg: str, inside: set[int]) -> list[str]:
    """``re.split(r"([、和及与])", seg)``, but not at the positions in ``inside``."""
    out: list[str] = []
    last = 0
    for m in re.finditer(r"[、和及与]", seg):
        if m.start() not in inside:
            out += [seg[last : m.start()], m.group()]
            last = m.end()
    return [*out, seg[last:]]


def joint_units(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[str]:
    """The units after the clause's last 联合 or 会同 and before the cue: partners in the act."""
    joint = max(text.rfind("联合", clause_s, cue_pos), text.rfind("会同", clause_s, cue_pos))
    return [okey(r, o) for o in st.orgs if joint < o.start and o.end <= cue_pos] if joint >= 0 else []


BASIS = re.compile(rf"\s*(?:{BASIS_WORD.pattern}|为(?:深入)?(?:贯彻|落实)|贯彻|落实)")


def subject_before(text: str, st: Sent, o: OrgM) -> bool:
    """Whether a unit opens the clause of ``o`` before it, other than one after 经 (甲委经研判并报乙组同意)."""
    clause_s, _ = clause_span(text, st.start, st.end, o.start)
    return any(clause_s <= p.start < o.start and text[p.start - 1 : p.start] != "经" for p in st.orgs)


def segment_topic(text: str, st: Sent, r: Resolved, cue_pos: int) -> list[str]:
    """The units a ；-segment after the first opens with (…；县公安、城管等部门组成巡查队，对甲乡开展巡查)."""
    seg = segment_start(text, st.start, cue_pos)
    if seg == st.start:
        return []
    first = next((o for o in st.orgs if o.start >= seg and o not in st.posts), None)
    if first is None or first.start >= cue_pos or text[seg : first.start].strip():
        return []
    return [k for k, _ in group_from(text, st, r, first) if not k.startswith("?")]


def partners_after(text: str, st: Sent, r: Resolved, subject: str, cue_pos: int) -> list[str]:
    """The units joined to ``subject`` by 会同/联合 right after its mention before the cue, up to that clause's end."""
    o = next((o for o in reversed(st.orgs) if o.end <= cue_pos and okey(r, o) == subject), None)
    if o is None or text[o.end : o.end + 2] not in ("会同", "联合"):
        return []
    stop = CLAUSE_BREAK.search(text, o.end, cue_pos)
    end = stop.start() if stop else cue_pos
    return [k for p in st.orgs if o.end < p.start and p.end <= end and p not in st.posts
            and (k := okey(r, p)) and not k.startswith("?") and k != subject]


def decider_after_approval(text: str, st: Sent, r: Resolved, first: OrgM, cue_pos: int) -> list[str]:
    """The units after an approval (经甲、乙同意，丙研究决定): 丙 decides; none when nobody is named."""
    group = group_from(text, st, r, first)
    end = group[-1][1] if group else first.end
    if not text.startswith(("同意", "批准", "研究同意"), end):
        return []
    after = next((o for o in st.orgs if end < o.start and o.end <= cue_pos and o not in st.posts), None)
    return [k for k, _ in group_from(text, st, r, after) if not k.startswith("?")] if after else []


# a place opening a clause and followed by these acts itself (邵东市将以挂牌整治为抓手): no object
ACTOR_AFTER = re.compile(r"将以|要|以|把|还|也|正|已|将(?=[^、，,]{0,6}(?:作为|为抓手|为重点))")


def opening_actors(text: str, st: Sent, r: Resolved, clause_s: int) -> set[str]:
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
    if chain and ACTOR_AFTER.match(text, chain[-1].end) and not _PASSIVE_AFTER.match(text, chain[-1].end):
        return {r.place_key[(p.start, p.end)] for p in chain}
    return set()


_PASSIVE_AFTER = re.compile(r"(?:已经?|正|将)(?:由|被|经)")  # 焕古镇东河村已由甲局驻村帮扶: acted on


def agents_before(text: str, st: Sent, r: Resolved, clause_s: int) -> list[str]:
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


def labelled_before(text: str, st: Sent, r: Resolved, clause_s: int) -> list[str]:
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


def clause_topic(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> list[str]:
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


def naming_a_group(text: str, st: Sent, r: Resolved, clause_s: int, cue_pos: int) -> set[str]:
    """The units of the clause written as the name of a group right after them (市委市政府联合督查组)."""
    out: set[str] = set()
    for o in st.orgs:
        if clause_s <= o.start and o.end <= cue_pos and (listed := group_from(text, st, r, o)) \
                and _NAMES_A_GROUP.match(text, listed[-1][1]):
            out.update(k for k, _ in listed)
    return out


_NAMES_A_GROUP = re.compile(r"(?:联合|专项)?(?:督查|督导|检查|暗访|巡查|巡察)组")
