"""One unit's name, read leftwards from its body (局, 委, 指挥部, 派出所 …) over its stem to a place
prefix or a level word (州, 县上, 全县, 国家), and the tests by which what was read is no one unit
(各乡镇党委, 一个派出所, 县委常委, a word that ends in 组); stations and branches are named after their
area, schools after a place.

Kept apart from ``orgs``, which finds the bodies and calls :func:`extend_left` once for each: the
grammar of one name is most of the rules for units.
"""

from __future__ import annotations

import re
from collections.abc import Container

from extract.gazetteer import gazetteer
from extract.lexicon import load
from extract.mentions import LEVEL_CHARS, LEVEL_PAIRS, STOP, VERB_EDGES, OrgM, PlaceM, fills_a_cell, is_cjk

_NOT_MEDIA_NET = frozenset("管电路渔天联光铁水气线")
_LEVEL_PREFIX_RE = re.compile(
    r"(中共中央|国务院|国家|中国|中央|全省|全州|全盟|全市|全县|全旗|全区|全乡|全镇|自治区|地区|省|州|盟|市|县|旗|区|乡|镇|地)(上)?$"
)
_LEVEL_PREFIX_LAST = frozenset("家国央院省州盟市县旗区乡镇上地")  # what a level prefix ends with: no search elsewhere
_COUNT = re.compile(r"[0-9一二三四五六七八九十两几多]+个")
_NUMBERED = re.compile(r"第[一二三四五六七八九十]+([\u4e00-\u9fff]{0,10})")  # 第二生态环境保护督察组
_LEVEL_CHAR_WORDS = frozenset({"乡村", "镇村", "县域", "区域", "市域", "省域", "州域"})
_DIGIT = re.compile(r"[0-9]")
_YEAR_ENDS = re.compile(r"(?:19|20)[0-9]{2}年度?$")  # 2023年 right before the walk's position
_YEAR = re.compile(r"(?:19|20)[0-9]{2}年度?")
_SITE_LEVELS = frozenset({"township", "subdistrict", "village"})
#: schools below a university: units only when a place names them (甲镇中学, not 各中学)
SCHOOL_BODIES = frozenset({"中学", "小学", "中心学校", "中心小学"})
_NEEDS_A_PLACE = frozenset({"站", "所", "处", "科", "医院", "大学", "附属医院", "人民医院",
                            "监测站", "检测站", "管理站", "服务站", "工作站"}) | SCHOOL_BODIES
_GROUP_WORDS = ("领导小组", "指挥部", "委员会", "工作组", "联席会议", "工作联席会议")


# names of work systems holding a stop character (接诉即办: 即): a unit's name runs through them
_WORDS_WITH_STOPS = ("接诉即办", "即诉即办", "未诉先办", "中小学", "经济", "经营", "集中", "对口")


def _firm_cell_start(text: str, at: int) -> int:
    """Where the table cell holding ``at`` opens, if only name characters lie between (else -1)."""
    k = at
    while k > 0 and at - k < 8 and is_cjk(text[k - 1]):
        k -= 1
    return k if k < at and k > 0 and text[k - 1] in "| \t\u3000" else -1


def _stop_inside_word(text: str, at: int) -> bool:
    return any(text.startswith(w, at - k) for w in _WORDS_WITH_STOPS for k in range(len(w)) if w[k] == text[at])


def _place_across(text: str, at: int, place_at_end: dict[int, PlaceM]) -> int:
    """Where a place ends a few name characters before ``at`` (no stop character between), or -1."""
    for k in range(at - 1, max(-1, at - 12), -1):
        if k in place_at_end:
            return k
        if not is_cjk(text[k]) or text[k] in STOP:
            return -1
    return -1


def extend_left(
    text: str, bstart: int, bend: int, body: str, kind: str, place_at_end: dict[int, PlaceM], bounds: Container[int],
    prefecture_area: bool = False,
) -> OrgM | None:
    """Grow a body leftwards over its stem to the place prefix or level word, if any."""
    if body == "委" and text[max(0, bstart - 2) : bstart] == "委常":
        return None  # 县委常委: a post (a member of the standing committee), the unit is 县委
    if body in AREA_NAMED and (text[max(0, bstart - 2) : bstart] in _NO_AREA
                                or text[max(0, bstart - 3) : bstart] in _NO_AREA or text[bstart - 1 : bstart] == "个"):
        return None  # 县公安局属地派出所, 包村派出所, 一个派出所: whichever station serves the place, not one
    generic = len(body) == 1 or kind in ("taskforce", "media", "other") or body in _GENERIC_BODIES
    # the office of a long-named group (…督察整改工作领导小组办公室) walks as far as the group does
    group_office = body.startswith(_GROUP_WORDS) or text[max(0, bstart - 4) : bstart].endswith(_GROUP_WORDS)
    # (巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作领导小组: a group's name can be long)
    reach = 24 if group_office or body.startswith(_GROUP_WORDS) else 16 if generic else 10
    firm = kind == "other" and body.endswith("公司")
    i = bstart
    prefix_places: list[PlaceM] = []
    level_prefix = None
    stem_start = bstart
    # walk left over stem characters, stopping at a prefix or a stop character
    while True:
        if i in place_at_end:
            p = place_at_end[i]
            prefix_places.insert(0, p)
            i = p.start
            while i in place_at_end:  # 绵阳市涪城区农业农村局
                p = place_at_end[i]
                prefix_places.insert(0, p)
                i = p.start
            if kind == "media" and text[max(0, i - 2) : i] in ("中国", "中华"):
                i -= 2  # 中国甘肃网
            break
        m = _LEVEL_PREFIX_RE.search(text, max(0, i - 4), i) if text[i - 1 : i] in _LEVEL_PREFIX_LAST else None
        if m and text[i - 1 : i + 1] in _LEVEL_CHAR_WORDS:
            m = None  # 县乡村振兴领导小组: 乡 opens the word 乡村 here, it is no level word
        if m and m.group(1) == "中央" and m.start() in place_at_end:
            i = stem_start = m.start()  # 南阳市中央生态环境保护督察整改工作领导小组: the city's group
            continue
        if m and m.group(1) in ("地区", "地") and not (
                prefecture_area and (m.group(1) == "地区" or body.startswith("委"))):
            m = None  # 地区公安局, 地委: a 地区's units, in a text of one; elsewhere 贫困地区 and 当地
        if m and body in AREA_NAMED and (_town_stem(text, m.start(), m.end())
                                         or (bstart - m.start() <= 4 and _county_short_name(text[m.start() : bstart]))):
            m = None  # 古市派出所: 市 ends the short name of 古市镇 here, it is no level word
            # (镇赉分局: 镇 opens the short name of 镇赉县)
        if (
            m
            and m.end() == i
            and (
                m.start() == 0
                or not is_cjk(text[m.start() - 1])
                or text[m.start() - 1] in STOP
                or m.group(1).startswith(("全", "国家", "中国", "国务院", "中共中央"))
                or text[m.start() - 2 : m.start()] in VERB_EDGES  # 会同县河长办: 会同 + 县河长办
                or m.start() in bounds
            )
        ):
            level_prefix = m.group(1) + (m.group(2) or "")
            i = m.start()
            break
        if text[i - 1 : i] == "”" and (q := text.rfind("“", max(0, i - 8), i - 1)) >= 0 and (generic or group_office):
            i = stem_start = q  # 虞城县“五星”支部创建工作领导小组: a quoted word inside the name
            continue
        if text[i - 1 : i] in "年度" and group_office and (y := _YEAR_ENDS.search(text, max(0, i - 7), i)):
            i = stem_start = y.start()  # 海原县2023年安全生产大检查工作领导小组: a year inside a group's name
            continue
        if text[i - 1 : i] in ("和", "与") and group_office and (k := _place_across(text, i - 1, place_at_end)) >= 0 \
                and bstart - k <= 24:
            i = stem_start = k  # 成立福贡县东西部扶贫协作和定点帮扶工作领导小组: one group's name holds 和
            continue
        if i == 0 or not is_cjk(text[i - 1]) or (text[i - 1] in STOP and not _stop_inside_word(text, i - 1)) \
                or bstart - i >= reach:
            break
        if text[i - 2 : i] in VERB_EDGES and i in bounds and not (
                i == bstart and (firm or (text[i - 2 : i] == "建设"
                                          and (body.startswith(_GROUP_WORDS) or kind == "taskforce")))) \
                and not (group_office and text[i - 3 : i - 2] == "”"):  # 食品安全“两个责任”落实工作领导小组
            break  # (华泰建设有限公司, 平安建设领导小组, 机制建设工作专班: 建设 before such a body is a noun)
        if text[i - 1] in _VERB_CHARS and i in bounds and i - 1 in bounds:
            break  # 将进展情况报领导小组办公室: a one-character verb as its own token ends the name
        i -= 1
        stem_start = i
    if firm and not (prefix_places or level_prefix) and text[i - 1 : i] in STOP \
            and (cell := _firm_cell_start(text, i)) >= 0:
        i = stem_start = cell  # | 上虞新星建材有限公司 |: a firm's table cell is its name, whatever it opens with
    if firm and any(p.level in _SITE_LEVELS for p in prefix_places):
        # 武安市阳邑镇河北鑫磊矿业有限公司: the town is where the company is, its name begins after it
        site = max(k for k, p in enumerate(prefix_places) if p.level in _SITE_LEVELS)
        i = stem_start = prefix_places[site].end
        prefix_places = []
    if firm and prefix_places and text[i - 2 : i] in _FIRM_GROUPS:
        i -= 2  # 国网正安县供电公司: the state grid's company of the county, its group's name in front
    if not (prefix_places or level_prefix) and body in AREA_NAMED:
        # 象溪派出所, 局乐都分局: a station or branch is named after its area, the two to four
        # characters before it that begin a token (the walk may stop early: 都 is a stop character)
        # (、周老嘴派出所: a list mark right before it bounds an area the segmenter may split)
        area = next((k for k in range(bstart - 2, max(0, bstart - 5), -1) if text[k - 1] in _AREA_OPENS), None)
        if area is None:  # 市生态环境局镇赉分局: a county written without its level word (镇赉县)
            area = next((k for k in range(bstart - 4, bstart - 1) if k >= 0 and _county_short_name(text[k:bstart])),
                        None)
        # (；下各市场监管所: a township's short name may hold a stop character, 下各 of 下各镇)
        town = area is not None and _short_town_name(text[area:bstart])
        if not town and (area is None or any(c in AREA_STOP for c in text[area:bstart])):  # (，其中张黄派出所: 张黄)
            area = next((k for k in range(bstart - 2, max(-1, bstart - 5), -1) if k in bounds), None)
        stem = text[area:bstart] if area is not None else ""
        if stem.startswith(_AREA_VERBS):  # 明确长洲派出所包…: the verb before the station's area (开展派出所…: none)
            stem = stem[2:] if len(stem) >= 4 else ""
        if not stem or stem in _NO_AREA or any((c in AREA_STOP and not town) or not is_cjk(c) for c in stem):
            return None
        return OrgM(bstart - len(stem), bend, stem + body, kind, (), None)
    if not (prefix_places or level_prefix) and body in _SCHOOLS:
        return _place_named_school(text, bstart, bend, body, kind, bounds)
    if not (prefix_places or level_prefix) and body in ("中学", "小学") \
            and (stem := _short_place_before(text, bstart)):
        return OrgM(bstart - len(stem), bend, stem + body, kind, (), None)  # 平罗中学, 陶乐中学: named for its place
    if not (prefix_places or level_prefix) and not generic \
            and not (body in ("管委会", "管理委员会") and text[stem_start:bstart].endswith(_ZONES)):
        stem_start = bstart  # a known body (禁毒委员会) takes no free stem: 高规格禁毒委员会 is 禁毒委员会
    if not (prefix_places or level_prefix) and body in _NEEDS_A_PLACE and not (
            body == "科" and "科室" in text and fills_a_cell(text, stem_start, bend) and bstart - stem_start >= 2):
        return None  # 劝导站, 检查站, 各中小学 with no place or level word: a kind of unit, not one unit
        # (督导科室 | 食品生产监管科: a bureau's section filling a cell, resolve finds its bureau)
    j = i
    k = max(text.rfind("（", max(0, j - 8), j), text.rfind("(", max(0, j - 8), j))
    if text[j - 1 : j] in "）)" and k >= 0 and all(c in LEVEL_CHARS + "盟旗、自治" for c in text[k + 1 : j - 1]):
        j = k  # 各区县（自治县）信访工作联席会议: the bracket names more level words of the list
    while j > 0 and (text[j - 1] in LEVEL_CHARS + "盟旗、" or text[j - 2 : j] == "自治"):
        j -= 2 if text[j - 2 : j] == "自治" else 1  # 各旗县市扶贫办, 各市、县、自治县人民政府: a list of level words
    if j > 0 and (text[j - 1] == "各" or text[max(0, j - 2) : j] in _COLLECTIVE):
        return None  # 各开发区管委会, 各级党委: every unit of a kind, not one unit
    every = text.rfind("各", max(0, j - 6), j)
    if level_prefix and every >= 0 and all(is_cjk(c) and c not in STOP and c not in LEVEL_CHARS
                                           for c in text[every + 1 : j]):
        return None  # 各挂牌整治县党委、政府: every listed county's committee, not one unit
    if level_prefix and (text[i : i + 2] in LEVEL_PAIRS or text[max(0, i - 1) : i + 1] in LEVEL_PAIRS):
        return None  # 乡镇党委, 县区防指: a pair of level words, every such unit
    start = i if (prefix_places or level_prefix) else stem_start
    stem = (
        text[stem_start:bstart]
        if not (prefix_places or level_prefix)
        else text[(prefix_places[-1].end if prefix_places else start + len(level_prefix or "")) : bstart]
    )
    if not prefix_places and not level_prefix and start not in bounds:
        # the stem must begin a token: 全体委员会 / 有关部门 are not units
        while start < bstart and start not in bounds:
            start += 1
        stem = text[start:bstart]
    if len(stem) == 1 and stem in "到在向" and not (prefix_places or level_prefix):
        return None  # 压实到村、到组、到人: a verb and a level of a list, no unit
    num = _COUNT.search(re.sub(r"“[^“”]*”", lambda q: "_" * len(q.group(0)), stem))  # (“两个责任”: a slogan's count)
    if num:  # 市政府15个安全生产督查组: the count is not part of the name
        stem = stem[num.end() :]
        if prefix_places or level_prefix:
            return None  # the unit after the count is a sub-unit; the relations pass links it
        start = bstart - len(stem)
    # 第三巡察组, 第一督导组 (but a bare 第六组 is a table's row label)
    numbered = _NUMBERED.fullmatch(stem)
    numbered_group = body.endswith("组") and numbered is not None and (len(body) > 1 or numbered.group(1) != "")
    # 宁海县第十批援藏工作队: a team named by its batch (or its support mission) is a unit of its own
    batch_team = body.endswith("工作队") and _BATCH_TEAM.search(stem) is not None \
        and bool(prefix_places or level_prefix)
    # 鄱阳县第一中学: a school numbered after its place
    numbered_school = body in ("中学", "小学") and numbered is not None and bool(prefix_places or level_prefix)
    if (stem.startswith(("第", "日", "年", "月", "分", "个")) and not numbered_group and not batch_team
            and not numbered_school) \
            or _DIGIT.search(_YEAR.sub("", stem) if group_office else stem):
        return None
    if body in _NEEDS_PREFIX and not (prefix_places or level_prefix) \
            and not (body in ("管委会", "管理委员会") and stem.endswith(_ZONES)):
        return None  # (鄂托克经济开发区管委会: a zone's committee is named after the zone)
    if body == "办" and (len(stem) < 2 or stem[-1] in STOP):
        return None  # 县防火办, 市整改办: an office's short name has a two-character topic at least (not 县里办)
    if kind == "media" and body == "网" and stem[-1:] in _NOT_MEDIA_NET:
        return None  # 燃气管网, 电网, 路网: a network of pipes, power or roads
    if kind == "media" and len(body) == 1 and not prefix_places and not stem.startswith(("中国", "中华", "人民")):
        return None  # 互联网, 网格: a bare 网 or 报 is a media outlet only after a place or 中国
    village_team = bool(prefix_places) and prefix_places[-1].level == "village" and stem in _TEAM_KINDS
    if body.endswith("工作队") and not village_team and not batch_team \
            and not _JUST_FOUNDED.search(text, max(0, bstart - 30), bstart):
        # 县委安排驻村工作队进驻, 市直单位工作队, 新老工作队: teams are sent, changed and met, but a team is
        # a unit of its own only as a named village's team (宋家沟村驻村工作队) or when set up (成立…工作队)
        return None
    if stem in _BAD_STEMS or stem.startswith(("全体", "各", "有关", "相关", "相应", "成员", "职能")):
        if not (prefix_places or level_prefix):
            return None
    if stem.startswith("一") and _SLOGAN.match(stem):
        return None  # “一案一专班”: a slogan, no unit
    if "第" in stem and _ORDINAL_RANGE.search(stem):
        return None  # 第一至第五督查组: several groups by their numbers, no one unit
    if generic and not stem and not prefix_places and not level_prefix and body not in ("办公室",) \
            and not (body in BARE_GROUPS and (bstart == 0 or text[bstart - 1] in _SUBJECT_OPENS)
                     and not text.startswith(("下设", "内设"), bend)):
        # (专班对甲镇实行挂牌督办: a group's bare body opening a clause is the text's group; 指挥部下设…组
        # names its parts, read where 下设 is)
        return None
    if len(body) == 1 and len(stem) == 1 and (not (prefix_places or level_prefix)
                                              or (prefix_places and prefix_places[-1].level == "village")):
        return None  # 通组公路, 村部旁, 甲村通组公路: a word ending in 组 or 部, no unit
    if generic and len(body) == 1 and not stem:
        # 州委 / 县委 are party committees; a bare 局 or 办 is not a unit
        if not (body == "委" and (level_prefix or prefix_places)):
            return None
    # last, as telling a token boundary may have to segment the text
    if len(body) == 1 and not stem and bstart not in bounds and not (level_prefix or prefix_places):
        return None
    if len(body) == 1 and stem and bstart not in bounds and bstart - len(stem) not in bounds:
        return None
    if len(body) == 1 and stem and bstart not in bounds and body != "委" and not (
            body in "局厅" and stem in load("org_bodies.json")["short"] and (prefix_places or level_prefix)) and not (
            body in "站所" and 2 <= len(stem) <= 4 and (prefix_places or level_prefix)
            and text[bend : bend + 1] not in LEVEL_CHARS + "村街") and not (  # 镇水利站 is one word (马站镇 a town)
            body in "股科" and bend in bounds and ("局" in stem or body + "室" in text)):
        # (局计划财务股, and 计划财务股 in a text of 股室: a bureau's section, written as one word)
        return None  # 党员干部, 查处, 场所: the character belongs to another word
    if level_prefix and stem.startswith("级") and len(stem) > 2:
        stem = stem[1:]  # 县级森林草原专业扑火队: the county's own team
    elif not (prefix_places or level_prefix) and generic and "各" in text[max(0, start - 14) : start] \
            and _EVERY_FOUNDS.search(text, max(0, start - 14), start):
        return None  # 各乡镇组建半专业扑火队: each township its own team, no one unit
    return OrgM(start, bend, stem + body, kind, tuple(prefix_places), level_prefix)


_FIRM_GROUPS = frozenset({"国网", "南网"})  # the grids whose county companies are named 国网某县供电公司
_ZONES = ("开发区", "园区", "新区", "高新区", "试验区", "示范区", "保护区", "合作区", "产业园")
_EVERY_FOUNDS = re.compile(r"各(?:乡镇|乡|镇|街道|村|社区|县|区|县区|县市区|旗县)[^，,。；;]{0,8}?"
                           r"(?:组建|成立|建立|设立)[^，,。；;]{0,10}$")


# units named after the area they serve (象溪派出所, 古市派出所), never after a level word
_AREA_OPENS = frozenset("、，,；;：:（(\n 　|\t")
AREA_NAMED = frozenset({"派出所", "边境派出所", "分局", "公安分局", "市场监管所", "市场监督管理所"})
AREA_STOP = frozenset("各该本其的与及在对将由等为是把被从向给以于并或了要求")  # not 和: 民和分局
# words before such a body that name no area: 辖区派出所 is every station of an area
_AREA_VERBS = ("明确", "开展", "确定", "安排", "组织", "要求", "指定", "落实", "调整", "成立", "设立")
_NO_AREA = frozenset({"辖区", "属地", "当地", "基层", "所在地", "所属", "乡镇", "农村", "各地", "全县", "全市", "全区",
                      # a duty before the body: a column or a role (包村派出所), not a station's area
                      "包村", "包联", "包保", "联系", "帮扶", "责任", "挂点", "驻村", "对口", "所在"})


# schools named after a place or a region: 宁夏大学, 甘肃农业大学, 吕梁学院, 西北师范大学
_SCHOOLS = frozenset({"大学", "学院"})
_REGIONS = ("中国", "西北", "东北", "西南", "华北", "华东", "华南", "华中", "中南")


def _county_short_name(stem: str) -> bool:
    """Whether ``stem`` and a county-level word (县, 市, 区, 旗) name a division (镇赉 of 镇赉县)."""
    return any(d.level in ("county", "city", "district") for w in "县市区旗" for d in gazetteer().lookup(stem + w))


def _short_place_before(text: str, at: int) -> str:
    """The short name of a county or township (平罗 of 平罗县, 陶乐 of 陶乐镇) that a token ending at ``at``
    is, opening after a mark or a cell's edge; else ''."""
    for k in (at - 2, at - 3):
        if k < 0 or (k > 0 and is_cjk(text[k - 1])):
            continue
        stem = text[k:at]
        if all(is_cjk(c) for c in stem) and any(stem + w in text and any(
                d.level in ("county", "township") for d in gazetteer().lookup(stem + w)) for w in "县旗镇乡"):
            return stem  # (the place named in full in the text: 平安小学 names no 平安镇 of another county)
    return ""


def _place_named_school(text: str, bstart: int, bend: int, body: str, kind: str, bounds: Container[int]) -> OrgM | None:
    """A school's name opens with a place (one token with it: jieba reads 宁夏大学 as one word), so the
    place finder misses it; the name is the token-initial stem of two to five characters that begins
    with a place or region. 考上大学 or 商学院 name no school."""
    g = gazetteer()
    for k in range(max(0, bstart - 5), bstart - 1):
        if k not in bounds and k > 0 and is_cjk(text[k - 1]):
            continue
        stem = text[k:bstart]
        if any(c in AREA_STOP or not is_cjk(c) for c in stem):
            continue
        if stem.startswith(_REGIONS) or any(
            g.lookup(stem[:n]) or any(g.lookup(stem[:n] + lv) for lv in "省市州县")
            for n in (2, 3) if n <= len(stem)
        ):
            return OrgM(k, bend, stem + body, kind, (), None)
    return None


#: the level words a township's name ends with
TOWN_WORDS = ("街道", "镇", "乡")


def _short_town_name(stem: str) -> bool:
    """Whether ``stem`` is a township's name without its level word (下各 of 下各镇)."""
    g = gazetteer()
    return len(stem) >= 2 and all(is_cjk(c) for c in stem) and any(g.lookup(stem + w) for w in TOWN_WORDS)


def _town_stem(text: str, start: int, end: int) -> bool:
    """Whether the level character at ``start`` ends a short township name (古市 of 古市镇)."""
    return any(_short_town_name(text[k:end]) for k in (start - 1, start - 2) if k >= 0 and is_cjk(text[k]))


# bodies that usually carry a free name before them (禁毒人民战争领导小组, 毒品危害防制中心)
BARE_GROUPS = frozenset({"专班", "工作专班", "领导小组", "指挥部"})
_SUBJECT_OPENS = frozenset("，,。；;\n　 由经")
_GENERIC_BODIES = {"委员会", "中心", "办公室", "领导小组", "指挥部", "工作组", "工作专班", "专班", "分局"}
_COLLECTIVE = {"各级", "各区", "各县", "各市", "各乡", "各镇", "各类", "相关", "有关"}
_NEEDS_PREFIX = {"政府", "人民政府", "党委", "党工委", "委", "管委会", "办"}
# one-character verbs and prepositions that, written as a token of their own, end a name
_VERB_CHARS = frozenset("报送交向由经对给把将任")  # (副市长任专班负责人: 任 takes a post)
_BATCH_TEAM = re.compile(r"^第[一二三四五六七八九十]+批|援[藏疆青]$")
_JUST_FOUNDED = re.compile(r"(?:成立|组建)[^，,。；;：:]{0,24}$")
_TEAM_KINDS = frozenset({"", "驻村", "驻镇", "帮扶", "驻村帮扶", "乡村振兴"})
_SLOGAN = re.compile(r"一[\u4e00-\u9fff]{1,2}一")
_ORDINAL_RANGE = re.compile(r"第[一二三四五六七八九十0-9]+(?:至|到|－|—|-|~)第?[一二三四五六七八九十0-9]+$")
_BAD_STEMS = {"全体", "有关", "相关", "相应", "成员", "职能", "各级", "各", "本", "该", "此", "其"}
