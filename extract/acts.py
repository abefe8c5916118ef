"""Which cue words are acts: the cues of each kind in a sentence (none inside a name, none that is a
noun: 督导组, 帮扶单位), and the tests by which a designating or supervising cue names no act (a word of
a title, a negated, former or aimed-at act, a task or a way of working named as a thing).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from extract.clauses import Sent, cue_pattern
from extract.lexicon import cues
from extract.mentions import OrgM, PlaceM
from extract.walk import Sentence, Walk

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


def cues_found(sen: Sentence, w: Walk) -> dict[str, list[tuple[int, str]]]:
    """The sentence's cues of each kind, outside its names (纳包村 holds no 包村), and oversight cues
    outside its titles too."""
    st = sen.st
    found = _sentence_cues(w.text, sen.s, sen.e, [*st.orgs, *st.places], w.cue_res, w.any_cue)
    if st.docs and found["supervises"]:  # 对《…包抓镇村工作的通知》进行调整: a title's words are no act
        found["supervises"] = [(p, c) for p, c in found["supervises"] if not any(a <= p < b for a, b, _ in st.docs)]
    return found


def cue_names_no_act(sen: Sentence, w: Walk, kind: str, cue_pos: int, cue: str, clause_s: int, clause_e: int,
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
    if kind == "designates" and _a_note_cell(text, st, cue_pos):
        return True  # | 州公安局 | 大河沿子镇 | 重点整治乡镇 |: a note on the row's place, no act
    if cue == "联系" and text[cue_pos + 2 : cue_pos + 3] in ("。", "；", ";", "") \
            and not _BY_UNIT.search(text, clause_s, cue_pos):
        return True  # 调整为县林业局联系。: a duty handed on (read as such); 甲镇由乙局联系。 is one
    if _HEADER_ROW.match(text, s):
        return True  # 序号 | 挂牌整治县 | 联点州领导 | 牵头单位: a table's column names, its rows act
    if kind == "designates" and _LIST_TITLE_AFTER.match(text, cue_pos + len(cue)) \
            and "\n" not in text[s:cue_pos] and text[s - 1 : s] in ("", "\n"):
        return True  # 五华县河道非法采砂问题挂牌督办清单 (a title line): its rows say what is listed
    if kind == "designates" and _AS_NEEDED.search(text, clause_s, cue_pos):
        return True  # 并视情况予以通报: a sanction held in reserve, nobody is named to it yet
    if kind == "supervises" and _REGIME_ENTERED.match(text, clause_s) \
            and not any(clause_s <= o.start < cue_pos for o in st.orgs):
        return True  # …已予摘牌，转入常态化包联: the place passes to the usual regime, nobody named acts
    if kind == "supervises" and text[clause_s : clause_s + 1] == "对" and any(
            cue_pos < a < clause_e and "的" in text[cue_pos:a] for a, _ in designated):
        return True  # 对森林督查违法图斑整改滞后的甲乡予以通报批评: a word describing what is designated
    if any(n in text[clause_s : cue_pos + len(cue)] for n in neg
           if not (kind == "supervises" and n in _UNLISTINGS)):
        return True  # (已经摘帽的甲镇由乙办继续包联: a listing ended, the pairing goes on)
    if kind == "designates" and cue.endswith("挂牌") and \
            text.startswith(("督导", "督查", "指导"), cue_pos + len(cue)):
        return True  # 实行挂牌督导: supervision under a plaque (督导 is read as such), no listing
    if kind == "designates" and cue in ("挂牌", "挂牌整治", "挂牌督办") \
            and _LISTED_KIND.match(text, cue_pos + len(cue)) \
            and (text[cue_pos - 1 : cue_pos] in "个各的入对和、与到" or cue_pos == clause_s):
        return True  # 对三个挂牌苏木镇…督导, 深入挂牌乡镇: the places listed before, named by their listing
    if kind == "designates" and cue.startswith(("列入", "纳入")) and _TAKEN_ON_LIST.match(text, cue_pos + len(cue)):
        return True  # 将甲校食堂列入重点包保清单: a list of what the unit takes on, no listing of a place
    if kind == "designates" and (_LISTED_THINGS.match(text, cue_pos + len(cue))
                                 or _REST_OF_THINGS.match(text, clause_s)):
        # 第一批挂牌督办的6项重大事故隐患中，甲公司(乙镇)…; 其余2项继续实行挂牌督办: hazards listed, no place
        return True
    if kind == "designates" and delistings(text, cue_pos + len(cue), clause_e, neg):
        return True  # 决定对甲市、乙县3个重点整治地区予以摘帽: the clause takes them off
    if kind == "supervises" and any(ds <= cue_pos < de for ds, de, _ in st.docs):
        return True  # 印发了《…驻点督导工作方案》: a word of a title, no act (a designating title may be)
    if kind == "designates" and (
            any(ds <= cue_pos < de and not _TITLE_NAMES_TARGETS.search(text, ds, cue_pos) for ds, de, _ in st.docs)
            or (_PLAN_TITLE_LINE.fullmatch(text[s:e].strip()) and not _TITLE_NAMES_TARGETS.search(text, s, cue_pos))):
        return True  # 《商水县禁毒重点整治乡镇挂牌整治工作实施方案》: the place names the plan (关于对甲镇… does not)
    after = cue_pos + len(cue)
    if text[cue_pos - 1 : cue_pos] == "原" or _FORMER.match(text, clause_s) \
            or _COUNTED_UNITS.search(text[max(clause_s, cue_pos - 24) : cue_pos]) \
            or (_UNNAMED_UNITS.search(text, clause_s, cue_pos)
                and not any(clause_s <= o.start < cue_pos for o in st.orgs)):
        return True  # 原联点隆德县的民政厅: a former pairing; 56个区直部门联点帮扶…: units not named
    if kind == "supervises" and text[cue_pos - 1 : cue_pos] == "所" \
            and not any(o.end == cue_pos for o in st.orgs):  # 派出所包联甲村 acts
        return True  # 负责所驻村维护稳定, 所包乡镇: the place of an act said before, no act
    if kind == "supervises" and cue == "驻村" and (text[cue_pos - 1 : cue_pos] in _SERVED_AFTER
                                                 or _OWN_AREA_WORD.search(text, max(0, cue_pos - 2), cue_pos)):
        return True  # 甲乡要为驻村第一书记提供保障: the cadres it serves, no pairing (对甲镇的驻村第一书记进行
        # 轮换调整: the cadres of the towns; 结合我县驻村帮扶工作实际: the county's own work)
    if (listed := _LISTED_BEFORE.match(text, clause_s)) is not None and cue_pos < listed.end() \
            and not any(clause_s <= o.start < cue_pos for o in st.orgs):
        return True  # 列入县级重点帮扶的甲村、乙村，分别由A局、B局选派工作队: places named by an earlier listing
    if cue == "结对" and (_PAIRING_KIND.search(text, max(0, cue_pos - 2), cue_pos)
                         or (text[after : after + 1] in ("镇", "乡", "村") and text[cue_pos - 2 : cue_pos] == "每个")):
        return True  # （一）镇镇结对。, | 村村结对 |: a kind of pairing named, places with places, no unit acts
        # (每个结对镇年内互访: the towns paired, named)
    if text[cue_pos - 1 : cue_pos] == "就" and _WORK_ON.match(text, after):
        return True  # 就挂牌整治有关工作通知如下: what the notice is about, no act
    if _IN_LIGHT_OF.match(text, clause_s) and text[clause_s:clause_e].rstrip("，,；;。").endswith("实际"):
        return True  # 结合我县驻村帮扶工作实际: the work the notice is fitted to, no act
    if kind == "supervises" and _REFERS_BACK.match(text, after):
        return True  # 负责统筹协调所联乡镇的…工作: the places of a pairing said before, no act
    if _named_as_a_task(text, st, clause_s, clause_e, cue_pos, after):
        return True  # 要把挂牌整治作为一项政治任务, 将挂牌整治纳入考核: the act named as a task, no act
    if cue.startswith("选派") and not any(clause_s <= p.start < clause_e for p in st.places) \
            and not _EACH_BY.match(text, clause_s):
        return True  # …联点帮扶甲县的贫困村，选派驻村工作队47支: teams sent, to no place of the clause
        # (甲村、乙村，分别由A局、B局选派工作队: the places the clause before names)
    if kind == "supervises" and text[after : after + 1] == "的" and _ENDED.search(text, after, e):
        return True  # 乙委此前结对的甲乡，…，不再保留结对关系: a pairing named to say it ends
    if kind == "supervises" and text.startswith(("任务", "单位", "要求", "期满", "期限", "期间"), after):
        return True  # 帮扶任务同时终止, 对照督办要求, 督办期满: the duty named, no act
    if cue.startswith("分") and text[cue_pos - 1 : cue_pos] == "部":
        return True  # 部分包保干部: 分包 read across 部分 (some), no cue
    if kind == "supervises" and text.startswith(_DUTY_RECORDS, after):
        return True  # 乡镇包保干部未按要求…, 包保工作台账不完整: the cadres or the records of the duty, no act
    if kind == "supervises" and (text[cue_pos - 1 : cue_pos] == "未"
                                 or _NOT_DONE.search(text, max(clause_s, cue_pos - 14), cue_pos)):
        return True  # 包保干部某某连续两个季度未开展督导: an act not done
    if kind == "supervises" and text.startswith(_ACT_DESCRIBED, after):
        # 上季度督查发现的问题 (上一轮督导交办的问题), 对包保责任落实不力的甲镇, 对督查排名后3位的甲镇: said of the
        # act, its results or the duty, no act
        return True
    if kind == "supervises" and (jing := text.rfind("经", clause_s, cue_pos)) >= 0 \
            and any(n in text[jing:cue_pos] for n in st.people) \
            and not any(jing < o.start < cue_pos and o not in st.posts for o in st.orgs):
        return True  # 经县级河长、县人大常委会副主任刘长林现场督导后: a person acted, no unit
    if kind == "supervises" and _DUTY_ANNOUNCED.match(text, after):
        return True  # 明确了挂牌乡镇的包抓责任：甲局包抓A镇；…: the duty announced, the rows after it act
    if text.startswith(("附件：", "附件:"), s):
        return True  # 附件：甲州…重点整治地区考核验收办法: an attachment's title, no act
    if kind == "supervises" and text.startswith("关系", after) and (
            text[cue_pos - 1] == "的" or ("与" not in text[clause_s:cue_pos]
                                         and not any(clause_s <= o.start < cue_pos for o in st.orgs))):
        return True  # 结对关系持续深化, 对…确定的包抓关系作如下调整: the pairing as a thing, no act
    if kind == "supervises" and text[after : after + 1] == "下" and "在" in text[clause_s:cue_pos]:
        return True  # 在州委、州政府的领导和南海区的倾力帮扶下: help received, framed, no act
    if kind == "supervises" and text.startswith("发现", after) and not any(clause_s <= o.start < cue_pos
                                                                         for o in st.orgs) \
            and (text[cue_pos - 1 : cue_pos] in ("", "\n", "，", ",", "。") or cue_pos == clause_s
                 or (text.startswith("发现问题", after) and st.places and st.places[0].start - clause_s <= 2)):
        return True  # 督导发现，甲镇…: what the checks said before found (甲镇、乙镇连续两个季度督查发现问题
        # 数量居全区前列: what checks found there), no act
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
    if kind == "supervises" and _LABEL_AFTER_CUE.match(text, after) \
            and not (text[after] in "：:" and ITEMS_HANDED.search(text, s, cue_pos)):
        return True  # 县级田长：甲；联系乡镇：乙镇: a field label, the person's duty, not a unit's act
        # (仍存在以下问题，现予督办：: the items below are what is overseen)
    if kind == "designates" and text[after : after + 1] == "的" and not _TITLE_NOUN.match(text, after + 1) \
            and not _BY_UNIT_BEFORE.search(text, clause_s, cue_pos):
        return True  # 此次挂牌督办的8件积案位于…, 挂牌督办的甲县…予以摘牌: said of a listing, not one (被县河长办
        # 通报警示的甲镇: the unit that listed it is named)
    return False


_CELL_MARKS = "|｜\t"


def _a_note_cell(text: str, st: Sent, at: int) -> bool:
    """Whether ``at`` lies in a table cell (between | or tabs) that names no unit and no place: a note
    (重点整治乡镇, 挂牌整治县) on the row's place."""
    line_s = text.rfind("\n", 0, at) + 1
    line_e = text.find("\n", at)
    line_e = len(text) if line_e < 0 else line_e
    a = max(text.rfind(c, line_s, at) for c in _CELL_MARKS)
    if a < 0:
        return False
    b = min([i for c in _CELL_MARKS if (i := text.find(c, at, line_e)) >= 0] + [line_e])
    return not any(a < m.start < b for m in st.orgs) and not any(a < m.start < b for m in st.places)


_HEADER_ROW = re.compile(r"[ 　]*(?:序号|编号)[ 　]*[|｜\t\n]")
_AS_NEEDED = re.compile(r"视情况?|酌情")
_REGIME_ENTERED = re.compile(r"[ 　]*(?:转入|转为|进入|回归)(?:常态化|日常)")
_ACT_DESCRIBED = ("发现的", "交办的", "责任落实", "排名", "得分", "评分", "结果")
_UNLISTINGS = frozenset({"摘帽", "摘牌", "予以销号", "同意销号", "准予销号"})
_LISTED_KIND = re.compile(r"(?:乡镇|苏木镇|苏木|镇|乡|村|社区|街道|地区|县|区)(?!级)")
_LISTED_THINGS = re.compile(r"的[0-9一二三四五六七八九十两]*[项处个起件宗批]?(?:重大|较大|一般)?(?:事故|安全|生产安全)?"
                            r"(?:隐患|问题|案件)")
_TITLE_NAMES_TARGETS = re.compile(r"对|将|关于|把")
_PLAN_TITLE_LINE = re.compile(r"[^，,。；;：:！？]{4,60}(?:方案|办法|细则|意见|规划|计划|要点)")
_BY_UNIT = re.compile(r"由[^，,。；;]{2,30}$")
_LIST_TITLE_AFTER = re.compile(r"(?:事项|问题|隐患|乡镇|地区)?(?:清单|名单|一览表|汇总表|情况表|明细表)\s*(?:\n|$)")
_TAKEN_ON_LIST = re.compile(r"[^，,。；;]{0,6}?(?:包保|包联|联系|帮扶|督导|监管)(?:清单|名单|范围|对象)")
_SERVED_AFTER = ("为", "向", "给", "对", "与", "的", "和")  # (和驻村第一书记一起: the cadres, no pairing)
_REST_OF_THINGS = re.compile(r"(?:其余|剩余|另)[0-9一二三四五六七八九十两]+(?:项|处|起|件|宗)")
_DUTY_ANNOUNCED = re.compile(r"(?:责任|安排|分工)(?:如下)?[：:]")
ATTITUDE = re.compile(r"(?:高度|十分|非常|极为|格外)(?:重视|关注|关心)")
_TASK_VALUED = re.compile(r"(?:工作)?" + ATTITUDE.pattern)
# (…配合做好挂牌乡镇的戒毒康复、毒品预防教育和救助帮扶工作: a list of the tasks helped with)
_HELPS_WITH = re.compile(r"(?:配合|协助|协同)[^，,。；;]{0,8}?(?:做好|抓好|开展|推进|落实)[^，,。；;]{0,36}$")
_FOUNDING_WORDS = frozenset({"成立", "组建", "设立", "组成"})
_SENDING_WORDS = frozenset({"派驻", "选派", "派出"})
_SENT_BY_OR_TO = re.compile(r"(?:向|由)[^，,。；;]*$")  # 向甲村派驻工作组, 分别由甲局、乙局选派工作队: a team sent
_NOUN_AFTER = re.compile(  # what makes a cue a noun: 督导组, 督办期, 帮扶县, 包抓乡镇工作机制
    r"(?:工作)?(?:组|队|(?:反馈|推进|部署|动员|调度|座谈|现场|总结|观摩|交流|培训|约谈)?会(?![同商审签])|会议)|期|(?:帮扶|结对|包联|联系|挂点)?(?:单位|部门)|领导|干部|责任人|人员|县(?!城)|乡镇|对象|资金|项目|调研|措施|成效"
    r"|点位|点(?![名评验])|问题|路段|河段|积案|隐患|区域|村|社区|街道|安排|记录|台账|结果|情况|经验|做法|模式"
    r"|等(?:方式|形式|举措|措施|途径|手段)"  # 通过劳务协作、消费帮扶等方式: a means named
    r"|(?:联系)?(?:乡镇|村|领导)?(?:工作)?(?:机制|制度|责任制|办法)"  # 包点联系制度
    r"|工作(?:推进|进展|进度)"  # 对包联工作推进不力的甲街道: the task's progress judged, no act
    r"|重点(?:县|乡镇|镇|乡|村|区|地区|对象|企业|行业|领域)"  # 列为本次督导重点县: the kind listed as
    r"|频次|频率|力度|次数"  # 督导组加密督导频次: how often, no act
    r"|车间|基地|产品|产业园"  # 在两镇建成帮扶车间3个: a thing named for the pairing, no act
    r"|牌"  # 摘除督办牌: the plaque, no act
    r"|中(?![心央])"  # 春季督查中反馈问题: during the inspection, no act
)
# 将甲镇乙村纳入今年新增联点村: the place named becomes one of the kind the cue names (the act is done)
_INCLUDED_AS = re.compile(r"[将把][^，,。；;]{2,30}?纳入[^，,。；;]{0,8}$")


def _sentence_cues(
    text: str, s: int, e: int, names: Sequence[OrgM | PlaceM], cue_res: dict[str, re.Pattern[str]],
    any_cue: re.Pattern[str],
) -> dict[str, list[tuple[int, str]]]:
    """The cues of each kind in text[s:e] (see cues_in); most sentences hold none, which one search
    for every cue word at once tells."""
    if any_cue.search(text, s, e) is None:
        return {kind: [] for kind in cue_res}
    return {kind: cues_in(text, s, e, cue_re, names) for kind, cue_re in cue_res.items()}


def cues_in(text: str, s: int, e: int, cue_re: re.Pattern[str], names: Sequence[OrgM | PlaceM]
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
        if mt.group(0) == "派驻" and text[max(s, p - 4) : p].endswith(("纪委监委", "纪委", "监委")):
            continue  # 县纪委监委派驻纪检监察组: the commission's stationed group named, no act
        if (noun := _NOUN_AFTER.match(text, mt.end())) and mt.group(0) not in _FOUNDING_WORDS \
                and mt.group(0) != "交办" \
                and not (noun.group(0)[:1] in _PLACE_NOUN_OPENS
                         and any(o.start == noun.start() and o.end > noun.end() for o in names)) \
                and not mt.group(0).startswith(("列为", "列入", "确定为", "认定为")) \
                and not (mt.group(0) in _SENDING_WORDS and _SENT_BY_OR_TO.search(text, max(s, p - 30), p)) \
                and not _INCLUDED_AS.search(text, max(s, p - 40), p) \
                and not (text[p - 2 : p] == "延长" and text.startswith("期", mt.end())) \
                and not (_AREA_FIELD.match(text, mt.end()) and text[p - 1 : p] in ("\n", "")):
            # (延长挂牌整治期: kept on; 督查区域：甲区 opening a group's field line: the places it inspects;
            # 巡察县卫生健康局, 督导中潮镇: a name opens with the noun, the unit or place is the object;
            # 向甲镇交办问题5个: problems handed over, the act's object)
            # 第二督导组, 帮扶工作队, 督导反馈会: a group or a meeting named, no act (成立县…小组 is one;
            # 向甲村派驻工作组 sends one; 列为…重点县区 names the kind the places are listed as)
            continue
        if text[p - 2 : p] in ("本次", "此次", "这次", "上次", "该次", "每次"):
            continue  # 对本次督导发现问题的整改情况: the inspection named as a thing, no act
        if _NTH_ROUND.search(text, max(s, p - 8), p) and _QUALIFIES.match(text, mt.end()):
            continue  # 对第一次巡河督查交办问题整改不力的甲镇: an earlier round qualifies the town, no act
        if _TASK_VALUED.match(text, mt.end()):
            continue  # 市禁毒办对我县挂牌整治工作高度重视: the task is what is valued, no act on the place
        if _HELPS_WITH.search(text, max(s, p - 40), p):
            continue  # 县财政局等单位配合做好经费保障和就业帮扶: units that only help, a task named
        found.append((p, mt.group(0)))
    return found


_PLACE_NOUN_OPENS = frozenset("县乡镇村社街区中")  # nouns a place's or unit's name may open with (中潮镇)
_AREA_FIELD = re.compile(r"(?:区域|区县|县区|地区|乡镇|范围)[：:]")
_NTH_ROUND = re.compile(r"第[一二三四五六七八九十0-9]+(?:次|轮)[\u4e00-\u9fff]{0,4}$")
_QUALIFIES = re.compile(r"[^，,。；;]{0,12}的")
# 原由区商务局包保的新安镇 (after an item's number, if any): a pairing that was
_FORMER = re.compile(r"[　 \s]*(?:[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|[一二三四五六七八九十]+、)?\s*"
                     r"原(?:由|来由|先由)")
_COUNTED_UNITS = re.compile(
    r"[0-9一二三四五六七八九十百]+个[^，。；、]{0,8}(?:部门|单位)(?:[（(]单位[）)])?(?:联点|包联|结对|对口|定点)?$")
# 自治区本级单位向我县派驻工作队: units of a kind, none named (the next clause may name them)
_UNNAMED_UNITS = re.compile(r"(?:本级|有关|相关|直属|[省市州盟县区旗]直)各?(?:部门|单位)")


_DUTY_RECORDS = ("干部", "台账", "工作台账", "清单", "责任清单", "完成率", "频次")
# 未开展督导, 未按规定频次开展督导: an act not done
_NOT_DONE = re.compile(r"未(?:按(?:照)?(?:规定|要求)?[^，,。；;未]{0,6}?)?(?:开展|进行)$")
_BY_UNIT_BEFORE = re.compile(r"被[^，,。；;被]{2,20}$")
_EACH_BY = re.compile(r"[ 　]*(?:分别|均|各)由")
_LISTED_BEFORE = re.compile(r"[ 　]*(?:已|已经)?(?:被)?(?:列入|纳入)[^，,。；;被]{0,16}?的(?=[\u4e00-\u9fff])")
_PAIRING_KIND = re.compile(r"([镇村乡县街校院企])\1$|镇村$|村企$")
_WORK_ON = re.compile(r"(?:有关|相关)?(?:工作|事项|问题)")
_IN_LIGHT_OF = re.compile(r"[ 　]*结合")
_OWN_AREA_WORD = re.compile(r"(?:我|全|本)[省市州县区旗盟镇乡]$")
#: problems announced for the items below (你镇辖区仍存在以下问题，现予督办：)
ITEMS_HANDED = re.compile(r"(?:存在|发现)(?:以下|如下)(?:[0-9一二三四五六七八九十]+个)?问题")
_LABEL_AFTER_CUE = re.compile(r"(?:(?:市|县|区|州|盟|旗|乡|镇)?级?领导|乡镇|乡|镇|街道|村|社区|县|区|点)?[：:]")


def delistings(text: str, a: int, b: int, neg: tuple[str, ...]) -> list[int]:
    """Where text[a:b] holds a de-listing word that is not itself negated (不予摘牌 is none)."""
    return [m.start() for m in cue_pattern(neg).finditer(text, a, b)
            if not _NOT_DELISTED.search(text, max(0, m.start() - 2), m.start())
            and not text.startswith(("重复", "另行", "单独"), m.end())  # 州上不再重复挂牌: listed by another
            and not (text[m.start() - 1 : m.start()] in "「“" and text[m.end() : m.end() + 1] in "」”")]
    # (以「挂牌」倒逼「摘帽」: a slogan, nothing is taken off)


_AIM = re.compile(r"\s*(?:做到|确保|力争|实现|达到)")
_ENDED = re.compile(r"不再(?:保留|承担|包|联系|帮扶|结对)|取消(?:结对|包)")


_NOT_DELISTED = re.compile(r"(?:不予|不得|不能|暂不|不|未)$")


@cache
def oversight_re() -> re.Pattern[str]:
    return cue_pattern(cues("supervises") + cues("designates"))


_TITLE_NOUN = re.compile(r"决定|通知|意见|办法|方案")


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
    if not named and not text.startswith(_PRACTICE, closed + 1) and text[opened - 2 : opened] == "实行" \
            and (_COUNTED_OBJECT.search(text, clause_s, opened)
                 or any(clause_s < p.start < opened and text[p.start - 1] == "对" for p in st.places)):
        # 对5个重点村实行“每月一督导”, 对甲镇、乙镇整改情况实行“半月一督办”: done to the places before it
        return False
    return text.startswith(_PRACTICE, closed + 1) or not named


_COUNTED_OBJECT = re.compile(
    r"对(?:上述|这)?[0-9两二三四五六七八九十]+个(?:重点|挂牌|整治)?(?:乡镇|镇|乡|街道|村|社区|县|区)")
