"""Units in the matching view: the lexicon's bodies and media outlets found in the text, each read into
a name by ``orgnames``; then what a name read alone misses: a unit written right after its parent (a
sub-unit), department stems or places listed under one prefix or body (县民政、医保等部门, 赣州市、
上饶市住建局), a task force named by the act that sets it up, and a few fixed forms (团县委, 中办、国办,
inspection groups sent out, a subdistrict's office).
"""

from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

import ahocorasick

from extract.gazetteer import gazetteer
from extract.lexicon import bodies, load
from extract.mentions import BREADCRUMB, CJK, YEAR_NUMBER, OrgM, PlaceM, longest_leftmost, number
from extract.orgnames import AREA_NAMED, AREA_STOP, SCHOOL_BODIES, TOWN_WORDS, extend_left

# a single-character body only counts as the end of a unit when the next character does not
# glue it into another word (组织, 委员, 局面, 办理 ...)
_GLUE_AFTER = {
    "网": "格点络站民上友吧页",
    "报": "告道送名表批到刊",
    "组": "织成建合长员团队",  # 组团帮扶, 不单独组队: forming a team
    "委": "员托屈",
    "局": "面势长",
    "办": "理法事好学公证",  # (办证: issuing certificates)
    "部": "署门分队长位",
    "中心": "工任",
    "大学": "生",  # 大学生村官
    "大队": "长部人",  # 大队长, 村大队部, 大队人马: a post, an office room, a crowd
    "支队": "长",
    "总队": "长",
    "学院": "生",
    "处": "置理罚于长在村",
    "科": "技学长村左右",
    "所": "有以在属谓包联挂帮辖",
    "站": "在起稳位长",
    "院": "长校士子",
    "厅": "长",
    "会": "议长员",
}


@lru_cache(maxsize=1)
def _body_automaton() -> ahocorasick.Automaton:
    a = ahocorasick.Automaton()
    for body, kind in bodies().items():
        a.add_word(body, (body, kind))
    for name in load("media.json")["names"]:
        a.add_word(name, (name, "media_name"))
    for suffix in load("media.json")["suffixes"]:
        if suffix not in bodies():
            a.add_word(suffix, (suffix, "media"))
    a.make_automaton()
    return a


def find_orgs(text: str, bounds: Container[int], places: list[PlaceM]) -> list[OrgM]:
    """Units: optional place prefix or level word + stem + body suffix from the lexicon."""
    place_at_end = {p.end: p for p in places}
    cands: list[tuple[int, int, object]] = []
    longest: dict[int, tuple[str, str]] = {}
    for end, (body, kind) in _body_automaton().iter(text):
        if end not in longest or len(body) > len(longest[end][0]):
            longest[end] = (body, kind)
    prefecture_area = ("地区" in text or "地委" in text) and _in_a_prefecture_area(places)
    inside_place = {i for p in places for i in range(p.start + 1, p.end)}
    for end, (body, kind) in sorted(longest.items()):
        bstart = end - len(body) + 1
        bend = end + 1
        if bend in inside_place:
            continue  # 联系中心镇新桥村: the body ends inside a place's name (中心 of 中心镇), no unit ends there
        nxt = text[bend : bend + 1]
        glue = _GLUE_AFTER.get(body[-1:] if len(body) == 1 else body, "")
        if (nxt and nxt in glue) or (body.endswith("组") and nxt == "织"):
            continue  # (禁毒工作组织不力: 组织, to organise, no group)
        if kind == "media_name":
            if not (body.endswith("社") and nxt == "区"):  # 团结街道新华社区: a community, not the news agency
                cands.append((bstart, bend, OrgM(bstart, bend, body, "media")))
            continue
        if body == "委员会" and nxt == "议":
            continue
        if body == "组" and text[bstart - 1 : bstart] in ("包", "随"):
            continue  # 村干部包组: a cadre takes a villagers' group (组), no unit; 随组参加: along with a group
        if body == "小学" and text[bstart - 1 : bstart] == "中":
            continue  # 全市中小学: primary and secondary schools, no one school
        if body == "所" and text[bstart - 1 : bstart] == "有":
            continue  # 毒情虽有所好转: 有所 (somewhat), no station
        if body == "所" and text[bend : bend + 1] in "派属在辖有需联包驻做管" and text[bstart - 1 : bstart] in "局委办":
            continue  # 市财政局所派工作队: 所 is a particle after the bureau, no station
        if body == "委" and text[bstart - 2 : bstart] in ("部政", "队政"):
            continue  # 县防汛抗旱指挥部政委刘志强, 大队政委: the post of political commissar
        org = extend_left(text, bstart, bend, body, kind, place_at_end, bounds, prefecture_area)
        if org is not None and body in SCHOOL_BODIES and _NOT_IN_A_SCHOOL_NAME.search(text, org.start, bstart):
            continue  # 峡口镇人民政府包保峡口中学: a unit and its duty before the school, no school's name
        if org is not None and body == "股" and not _SECTION_OWNER.search(text, org.start, bstart) \
                and not ("股室" in text and not org.prefix_places and not org.level_prefix):
            continue  # 县自然资源局地质环境股: a section only of a named bureau (钢丝绳断股 is none), or one
            # named bare where the text speaks of a bureau's sections (股室包乡镇…；基础教育股包片联系甲镇)
        if org is not None and body in _BRIGADES and not _BRIGADE_OWNER.search(text, org.start, bstart) \
                and not ((org.prefix_places or org.level_prefix) and _BRIGADE_STEM.search(text, org.start, bstart)):
            continue  # 县公安局森林警察大队, 县边境管理大队: a bare brigade body only after a named bureau or a
            # place and a stem (113地质大队 is read by its own body, 大队人马 and 红旗大队 are none)
        if org is not None:
            cands.append((org.start, org.end, org))
    chosen = [o for start, end, o in longest_leftmost(cands)
              if not _in_breadcrumb(text, o) and not _DOC_NUMBER.match(text, end) and not _ROOM.match(text, end)
              and not _ORDINAL_LIST_TAIL.search(text, max(0, start - 12), start + 1)]
    orgs = [_founded_name(text, o, chosen) for o in _split_subunits(text, [o for o in chosen if isinstance(o, OrgM)])]
    if "共青团" in text:
        orgs = _youth_league_in_full(orgs)
    listed = _stem_lists(text, orgs, place_at_end) + _shared_body(text, orgs, place_at_end)
    if "团" in text:
        listed += _youth_league(text, orgs)
    if "办" in text:
        listed += _central_offices(text, orgs + listed, bounds)
    if "组" in text:
        listed += _sent_out_groups(text, orgs + listed)
    if "办事处" in text:
        listed += _subdistrict_offices(text, places, orgs)
    if "、" in text:
        orgs, shared = _area_names_sharing_a_body(text, orgs, places)
        listed += shared
    if "政府督查室" in text:
        orgs, listed = _joint_inspection_offices(text, orgs), _joint_inspection_offices(text, listed)
    if "所" in text:
        listed += _stations_written_short(text, orgs + listed, places)
        listed += _stations_counted(text, orgs + listed, places)
    return sorted(orgs + listed, key=lambda o: o.start) if listed else orgs


# 县委、县政府督查室: one office of the party committee and the government together (县委县政府督查室)
_JOINT_INSPECTION = re.compile(r"([县市区州旗])委[、和]?\1(?:人民)?政府督查室")


def _joint_inspection_offices(text: str, orgs: list[OrgM]) -> list[OrgM]:
    """``orgs`` with the parts of each 县委、县政府督查室 replaced by the one joint office."""
    joint = [(m.start(), m.end(), m.group(1)) for m in _JOINT_INSPECTION.finditer(text)]
    if not joint:
        return orgs
    kept = [o for o in orgs if not any(o.start < b and a < o.end for a, b, _ in joint)]
    return kept + [OrgM(a, b, "委" + level + "政府督查室", "office", (), level) for a, b, level in joint
                   if any(o.start < b and a < o.end for o in orgs)]


_AREA_ITEM = re.compile(rf"[{CJK}]{{2,4}}$")


def _area_names_sharing_a_body(text: str, orgs: list[OrgM], places: list[PlaceM]) -> tuple[list[OrgM], list[OrgM]]:
    """县公安局灰山港、马迹塘、修山派出所: area names listed after their bureau share the station's body;
    each is a station of that bureau (the last one, read alone, becomes the bureau's too)."""
    out: list[OrgM] = []
    kept = list(orgs)
    ends = {o.end: o for o in orgs}
    for i, o in enumerate(orgs):
        body = next((b for b in AREA_NAMED if o.body.endswith(b) and len(o.body) > len(b)), None)
        if body is None or o.prefix_places or o.level_prefix or o.parent is not None \
                or text[o.start - 1 : o.start] != "、":
            continue
        items: list[tuple[int, int]] = []
        at = o.start - 1
        while text[at : at + 1] == "、":
            item = _AREA_ITEM.search(text, max(0, at - 4), at)
            if item is None or any(c in AREA_STOP for c in item.group()):
                break
            # the item starts right after its bureau or after the 、 before it
            start = next((k for k in range(item.start(), at - 1)
                          if k in ends or text[k - 1 : k] in ("、", "\n", "|", "\t")), -1)
            if start < 0:
                break
            items.insert(0, (start, at))
            at = start - 1
            if start in ends or text[start - 1 : start] in ("\n", "|", "\t"):
                break
        bureau = ends.get(items[0][0]) if items else None
        if items and bureau is None and text[items[0][0] - 1 : items[0][0]] in ("\n", "|", "\t") \
                and all(any(p.name.startswith(text[a:b]) for p in places) for a, b in items):
            # | 南莫、大公市场监管所 |: a cell listing stations named after the text's towns (南莫镇), whose
            # bureau the text names elsewhere
            out += [OrgM(a, b, text[a:b] + body, o.kind, (), None) for a, b in items]
            continue
        if bureau is None or not bureau.body.endswith("局"):
            continue
        kept[i] = OrgM(o.start, o.end, o.body, o.kind, (), None, False, bureau)
        out += [OrgM(a, b, text[a:b] + body, o.kind, (), None, False, bureau) for a, b in items]
    return kept, out


# the stations a text may go on to name by their area alone (上埠所 after 芦溪市场监督管理所)
_STATION_FAMILIES = (("市场监督管理所", "市场监管所"), ("派出所",))
_SHORT_STATION_GLUE = "有以在属谓辖长"  # not 包, 联: 上埠所包保上埠镇 (after a bureau, 所包 is a particle)


def _stations_written_short(text: str, orgs: list[OrgM], places: list[PlaceM]) -> list[OrgM]:
    """上埠所, 南坑所: a station named by its township alone and 所, in a text that names stations of
    one kind in full with a township's name (芦溪市场监督管理所, 宣风市场监督管理所) and the township
    itself (上埠镇); the station is of that kind (上埠市场监督管理所)."""
    named = [o for o in orgs if o.body.endswith(("派出所", "监管所", "监督管理所"))]
    families = {f for o in named for f in _STATION_FAMILIES if o.body.endswith(f) and len(o.body) > len(f[-1])}
    if len(families) != 1:
        return []  # none named in full, or two kinds: 城关所 could be either
    family = families.pop()
    body = max((b for b in family if b in text), key=len)
    taken = [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places]
    out = []
    for stem in {p.name[: -len(w)] for p in places if p.level in ("township", "subdistrict")
                 for w in TOWN_WORDS if p.name.endswith(w) and len(p.name) - len(w) >= 2}:
        for m in re.finditer(re.escape(stem) + "所", text):
            if text[m.end() : m.end() + 1] in _SHORT_STATION_GLUE \
                    or any(a < m.end() and m.start() < b for a, b in taken):
                continue  # 上埠所在, 上埠所长: a word going on, no station; or a part of a longer name
            out.append(OrgM(m.start(), m.end(), stem + body, named[0].kind, (), None))
    return out


# 斜滩、平溪两个市场监管所: stations listed by their areas and counted before their one body
_COUNTED_STATIONS = re.compile(rf"((?:[{CJK}]{{2,4}}、)+[{CJK}]{{2,4}})([两二三四五六七八九十])个"
                               rf"({'|'.join(sorted(AREA_NAMED, key=len, reverse=True))})")


def _stations_counted(text: str, orgs: list[OrgM], places: list[PlaceM]) -> list[OrgM]:
    """斜滩、平溪两个市场监管所分别包保…: one station for each area listed (each the start of a
    township's name in the text), when the count says how many."""
    out = []
    for m in _COUNTED_STATIONS.finditer(text):
        items, at = m.group(1).split("、"), m.start(1)
        if len(items) != number(m.group(2)) or any(o.start < m.end() and m.start() < o.end for o in orgs) \
                or not all(any(p.name.startswith(item) and p.name != item for p in places) for item in items):
            continue
        for item in items:
            out.append(OrgM(at, at + len(item), item + m.group(3), bodies()[m.group(3)], (), None))
            at += len(item) + 1
    return out


def _subdistrict_offices(text: str, places: list[PlaceM], orgs: list[OrgM]) -> list[OrgM]:
    """甲街道办事处 right after its subdistrict's name (see _office_cut): the subdistrict's office,
    a government, with the places written before it as its prefix (淇滨区金山街道办事处)."""
    at_end = {p.end: p for p in places}
    out = []
    for p in places:
        if p.level != "subdistrict" or not text.startswith("办事处", p.end) \
                or any(o.start <= p.start < o.end for o in orgs):
            continue
        chain = [p]
        while (q := at_end.get(chain[0].start)) is not None:
            chain.insert(0, q)
        out.append(OrgM(chain[0].start, p.end + 3, "办事处", "government", tuple(chain), None))
    return out


# 团县委, 团市委: the place's Communist Youth League committee (共青团…委员会), written with its level word
_YOUTH_LEAGUE = re.compile(r"(?<![集社军兵剧乐])团([省市州县区盟旗])委(?!员)")


# 中办、国办《关于…的意见》: the general offices of the Party Central Committee and the State Council
_CENTRAL_OFFICES = re.compile(r"(?<![集中])(中办|国办)(?=[、和与及《]|联合|印发|转发|发布)")
_CENTRAL_PREFIX = {"中办": "中共中央", "国办": "国务院"}


def _central_offices(text: str, orgs: list[OrgM], bounds: Container[int]) -> list[OrgM]:
    found = [OrgM(m.start(), m.end(), "办公厅", "office", (), _CENTRAL_PREFIX[m.group(1)])
             for m in _CENTRAL_OFFICES.finditer(text) if m.start() in bounds]
    return _untaken(found, orgs)


_NOT_IN_A_SCHOOL_NAME = re.compile(r"政府|局|委|包保|包联|帮扶|挂点|联系|督导")
_SECTION_OWNER = re.compile(r"[局委办部院]|中心")  # a 股 (section) is one of these units
_BRIGADES = frozenset({"大队", "支队", "总队"})
_BRIGADE_OWNER = re.compile(r"[局厅][\u4e00-\u9fff]{2,8}$")  # 公安局|交通管理|支队
# 县|边境管理|大队: a brigade's own stem after a place
_BRIGADE_STEM = re.compile(r"(?:边境|交通|治安|刑事|森林|水政|执法|监察|警察|管理)[\u4e00-\u9fff]{0,4}$")

#: what sends out or forms a group, right before it: 派出6个, 组成, 派出由省禁毒办牵头的 (resolve reads
#: the verb and the sender from it)
#: (成立 only before a count: 成立6个…督导组 forms groups as 组成 does; 成立县…领导小组 names its group)
SENT_OUT = r"(派出|组成|组建|成立(?=[0-9一二三四五六七八九十两]+个))(?:的)?(?:[0-9一二三四五六七八九十两]+个)?" \
    r"(?:由[^。；;，,]{2,30}?牵头的)?"
# 派出6个督导组, 组成联合督查组, 成立6个安全生产大排查大整治督导组: an inspection group sent out or formed, named by
# what it does
_SENT_OUT_GROUP = re.compile(
    SENT_OUT + r"((?:[\u4e00-\u9fff](?<![个的和及与、])){0,12}?(?:联合|专项|综合)?"
    r"(?:督导|督查|暗访|检查|巡查|督办)(?:工作)?组)")


#: groups 成立 names one by one right after their count (成立2个督查组：第一督查组由…): the numbered groups are
#: the units, not the count (after 组成 the counted group stays a unit, measured on the probe set)
_ENUMERATED = re.compile(r"[：:，,]第[一1][\u4e00-\u9fff]{0,12}组")


def _sent_out_groups(text: str, orgs: list[OrgM]) -> list[OrgM]:
    found = [OrgM(m.start(2), m.end(2), m.group(2), "taskforce") for m in _SENT_OUT_GROUP.finditer(text)
             if not (m.group(1) == "成立" and _ENUMERATED.match(text, m.end(2)))]
    return _untaken(found, orgs)


def _youth_league(text: str, orgs: list[OrgM]) -> list[OrgM]:
    found = [OrgM(m.start(), m.end(), "团委", "committee", (), m.group(1)) for m in _YOUTH_LEAGUE.finditer(text)]
    return _untaken(found, orgs)


def _youth_league_in_full(orgs: list[OrgM]) -> list[OrgM]:
    """``orgs`` with 共青团 + a place's 委员会 (共青团甲县委员会, 共青团乙省委) read as one unit: the place's youth
    league committee, which 团县委 names too (not the league beside the county's party committee)."""
    out: list[OrgM] = []
    for o in orgs:
        league = out[-1] if out else None
        if league is not None and league.body == "共青团" and league.end == o.start and o.prefix_places \
                and o.body in ("委", "委员会"):
            out[-1] = OrgM(league.start, o.end, "团委", "committee", o.prefix_places)
        else:
            out.append(o)
    return out


def _untaken(found: list[OrgM], orgs: list[OrgM]) -> list[OrgM]:
    """The units of ``found`` that overlap none of ``orgs``."""
    return [f for f in found if not any(o.start < f.end and f.start < o.end for o in orgs)]


_COUNTY_LEVELS = frozenset({"county", "district", "city"})


def _shared_body(text: str, orgs: list[OrgM], place_at_end: dict[int, PlaceM]) -> list[OrgM]:
    """赣州市、上饶市、抚州市住建局 / 旺苍县、青川县安委会: places of one level listed before a unit's
    name share its body; each is that place's unit."""
    out: list[OrgM] = []
    for o in orgs:
        if len(o.prefix_places) != 1 or o.level_prefix or o.parent is not None:
            continue
        p = o.prefix_places[0]
        # 江都区、宝应县、仪征市河长办: county-level places of any kind (连山区、绥中县党委、政府: as written)
        mixed = o.kind not in ("party", "government")
        while text[p.start - 1 : p.start] == "、" and (q := place_at_end.get(p.start - 1)) \
                and (q.level == p.level or (mixed and _COUNTY_LEVELS >= {q.level, p.level})):
            out.append(OrgM(q.start, q.end, o.body, o.kind, (q,), None))
            p = q
    return out


# 兴扶组办发〔2018〕23号: the issuer's abbreviation in a document number names no unit of its own
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,3}" + YEAR_NUMBER)
# 县行政中心四楼会议室, 县委大楼: a building or a room of one, not the unit
_ROOM = re.compile(r"[一二三四五六七八九十0-9]+楼|大楼|会议室|礼堂|广场")


def _in_breadcrumb(text: str, o: object) -> bool:
    """A web page's trail (首页 > 新闻中心 > 工作动态) names sections of a site, not units."""
    start = getattr(o, "start", 0)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return BREADCRUMB.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


# what sets a task force up, and a 由…的 clause naming its head (成立了由县委书记甲任指挥长的…指挥部)
_FOUNDING = re.compile(r"(?:成立|组建|设立|下设)了?(?:由[^，。；：\n]{1,30}?的)?")
_QUOTED = re.compile(r"“[^“”]{1,12}”")  # “无毒村（社区）”创建工作专班: a quoted word may hold brackets
_NAME_BREAK = re.compile(r"[，,。；;：:！？\n（(]|的")


def _founded_name(text: str, o: OrgM, chosen: list[object]) -> OrgM:
    """A task force named right after the act that sets it up takes the whole phrase as its name:
    成立了定点帮扶和沪滇协作工作专班, 成立妈姑镇、野马川镇禁毒整治攻坚指挥部, 成立“黑榜”问题整改专班
    (a free name stops at 和, 、 and quotes elsewhere, where they join two names)."""
    if o.kind != "taskforce" or o.level_prefix:
        return o
    found = None
    for m in _FOUNDING.finditer(text, max(0, o.start - 40), o.start):
        found = m
    if found is None or found.end() >= o.start:
        return o
    extra = text[found.end() : o.start]
    if len(extra) > 24 or _NAME_BREAK.search(_QUOTED.sub("", extra)) or extra.startswith(("了", "一个", "专门", "新")):
        return o
    if re.search(r"(?:组|专班|指挥部)[、和]", extra):
        return o  # 成立综合协调组、监测预警组: a list of groups, each named on its own
    if any(isinstance(c, OrgM) and found.end() <= c.start and c.end <= o.start for c in chosen):
        return o  # another unit in between: 成立县公安局专班 is the bureau's, named by the rule for sub-units
    body = text[found.end() : o.end] if not o.prefix_places else extra + text[o.prefix_places[0].start : o.end]
    return OrgM(found.end(), o.end, body, o.kind, (), None, o.variant_office, o.parent)


@lru_cache(maxsize=1)
def _stem_list_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a whole list, one item of it). The list opens with a known stem; later items may be stems
    this lexicon lacks (国土资源), which give no unit but do not break the list."""
    stems = "|".join(sorted(map(re.escape, load("org_bodies.json")["short"]), key=len, reverse=True))
    known = rf"(?:{stems})(?:局|委|办)?"
    any_item = rf"(?:{known}|[{CJK}]{{2,6}}?)"
    closing = r"等(?:[0-9一二三四五六七八九十两]+个)?(?:有关|相关|职能)*(?:部门|单位)"
    whole = re.compile(rf"{known}(?:[、和及与]{any_item})+(?={closing})")
    return whole, re.compile(rf"({known}|{any_item})(?:[、和及与]|$)")


def _stem_lists(text: str, orgs: list[OrgM], place_at_end: dict[int, PlaceM]) -> list[OrgM]:
    """县民政、医保、应急管理等部门: department stems listed under one level word or place, each a unit
    of that level (县民政局, 县医疗保障局, 县应急管理局). Items already read as units are left to them."""
    shorts = load("org_bodies.json")["short"]
    taken = [(o.start, o.end) for o in orgs]
    whole, one = _stem_list_re()
    out: list[OrgM] = []
    for m in whole.finditer(text):
        start = m.start()
        place = place_at_end.get(start)
        level = text[start - 1] if start and text[start - 1] in "省市州县区盟旗" and place is None else None
        if place is None and level is None:
            continue  # no prefix: whose departments they are is anybody's guess
        found: list[OrgM] = []
        for it in one.finditer(m.group()):
            item = it.group(1)
            a, b = start + it.start(1), start + it.end(1)
            stem = item if item in shorts else item.rstrip("局委办")
            if stem not in shorts or any(s < b and a < e for s, e in taken):
                continue
            if a == start:  # the first item carries the prefix, as a unit's name does
                a = place.start if place else start - 1
            body = shorts[stem]
            if (level == "省" or (place is not None and place.level == "province")) and body.endswith("局") \
                    and body[:-1] + "厅" in bodies():
                body = body[:-1] + "厅"  # 省公安、司法等部门: a province's departments are 厅
            found.append(OrgM(a, b, body, bodies().get(body, "department"), (place,) if place else (), level))
        if len(found) >= 2 or len(found) == len(one.findall(m.group())):
            out += found
    return out


def _in_a_prefecture_area(places: list[PlaceM]) -> bool:
    """Whether the text's places lie in a 地区 (阿克苏地区, 那曲地区 before 2017), whose units are
    written 地区公安局 and whose party committee is the 地委."""
    g = gazetteer()
    return any(d.name.endswith("地区") for p in places for c in p.candidates for d in (c, *g.ancestors(c)))


_ORDINAL = re.compile(r"第[一二三四五六七八九十]+")


def _split_subunits(text: str, orgs: list[OrgM]) -> list[OrgM]:
    """公安局禁毒大队: a unit written right after its parent becomes a sub-unit of it; 市委第二巡察组、
    第三巡察组: a numbered group listed after another takes its owner."""
    out: list[OrgM] = []
    owned_groups: dict[str, OrgM] = {}  # the last numbered group of each kind named with its owner
    for o in orgs:
        prev = out[-1] if out else None
        bare_numbered = o.body.startswith("第") and not (o.prefix_places or o.level_prefix or o.parent)
        if bare_numbered and (prev is None or "第" not in prev.body
                              or text[prev.end : o.start] not in ("、", "和", "及", "与")):
            # 县委第一巡察组巡察…；第二巡察组巡察…: a later group of the same kind has the same owner
            prev = owned_groups.get(_ORDINAL.sub("", o.body, count=1))
        if prev is not None and bare_numbered and "第" in prev.body:
            owner = prev.body[: prev.body.index("第")]
            o = OrgM(o.start, o.end, owner + o.body, o.kind, prev.prefix_places, prev.level_prefix, False, prev.parent)
            out.append(o)
            continue
        if (m := _ORDINAL.search(o.body)) and (m.start() > 0 or o.prefix_places or o.level_prefix or o.parent):
            owned_groups[o.body[m.end() :]] = o
        if (prev is not None and o.body.endswith(tuple(AREA_NAMED)) and prev.body.endswith(tuple(AREA_NAMED))
                and not (o.prefix_places or o.level_prefix or o.parent)
                and text[prev.end : o.start] in ("、", "和", "及")):
            # 县公安局古市派出所、象溪派出所, 市生态环境局乐都分局、民和分局: the same bureau's
            if prev.parent is not None:
                out.append(OrgM(o.start, o.end, o.body, o.kind, (), None, False, prev.parent))
                continue
            cut = prev.body.rfind("局", 0, len(prev.body) - 2)
            if cut > 0:
                out.append(OrgM(o.start, o.end, prev.body[: cut + 1] + o.body, o.kind, prev.prefix_places,
                                prev.level_prefix, False, prev.parent))
                continue
        if prev is not None and prev.end == o.start and o.body in AREA_NAMED and o.prefix_places \
                and prev.body.endswith("局") and not o.level_prefix:
            # 市生态环境局涉县分局: a branch named after a county, right after its bureau
            out.append(OrgM(o.start, o.end, text[o.start : o.end], o.kind, (), None, False, prev))
            continue
        if prev is not None and prev.end == o.start and prev.kind == o.kind == "other" \
                and o.body.endswith(("分公司", "子公司")):
            out.append(OrgM(o.start, o.end, o.body, o.kind, (), None, False, prev))  # 某有限公司贵州分公司
            continue
        if prev is not None and prev.end == o.start and o.body in _STATIONED_BODIES and len(out) >= 2 \
                and out[-2].body.startswith(_STATIONING) and text[out[-2].end : prev.start] == "派驻":
            # 县纪委监委派驻县自然资源和规划局纪检监察组: the commission's group stationed in the bureau
            # (the name runs from 派驻 on: the bureau is where it sits, and 派驻 is no act here)
            commission = out[-2]
            out[-1] = OrgM(commission.end, o.end, text[commission.end : o.end], o.kind, (), None, False, commission)
            continue
        if (
            prev is not None
            and prev.end == o.start
            and not o.prefix_places
            and not o.level_prefix
            and o.kind != "media"
            and prev.kind != "media"
        ):
            o = OrgM(o.start, o.end, o.body, o.kind, (), None, False, prev)
        out.append(o)
    return out


_STATIONED_BODIES = frozenset({"纪检监察组", "纪检组"})
_STATIONING = ("纪委监委", "纪委", "监委")


# 第一、二、三督查组: the last ordinal of a list of groups is no unit of its own
_ORDINAL_LIST_TAIL = re.compile(r"第[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)*、[一二三四五六七八九十]$")
