"""Find candidate mentions in the matching view: places, units, document titles, people.

All spans here are in *view* coordinates (see extract.normalize); the pipeline maps
them back to the original text. Nothing here decides what a mention refers to: that is
extract.resolve.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial

import ahocorasick

from extract.gazetteer import LEVEL_RANK, Division, gazetteer
from extract.lexicon import bodies, cues, load

CJK = r"\u3400-\u9fff"
_STOP = set(
    "的了在和与及或对将由等为是把被从向给以于并而且也又再都就所其之这那各该每此本其中上下经据按依照如若即均已未曾"
)
# stop characters that never stand inside a place's name (向, 于, 和 … may: 向家坡村, 于家村)
_STRICT_STOP = set("的了在是与及或对将等把被所其之这那各该每此本")
LEVEL_CHARS = "省州市县区乡镇"
_FORM_SUFFIX = (
    "经济技术开发区",
    "高新技术产业开发区",
    "街道办事处",
    "管理区",
    "开发区",
    "高新区",
    "街道",
    "社区",
    "苏木",
    "嘎查",
    "林场",  # 驼腰子镇青山林场: a forest farm, a village-level place named after its town
    "镇",
    "乡",
    "村",
    "县",
    "旗",
)
_FORM_LEVEL = {
    "经济技术开发区": "district",
    "高新技术产业开发区": "district",
    "管理区": "district",
    "开发区": "district",
    "高新区": "district",
    "街道办事处": "subdistrict",
    "街道": "subdistrict",
    "社区": "village",
    "苏木": "township",
    "嘎查": "village",
    "林场": "village",
    "镇": "township",
    "乡": "township",
    "村": "village",
    "县": "county",
    "旗": "county",
}
# a single-character body only counts as the end of a unit when the next character does not
# glue it into another word (组织, 委员, 局面, 办理 ...)
_GLUE_AFTER = {
    "网": "格点络站民上友吧页",
    "报": "告道送名表批到刊",
    "组": "织成建合长员团队",  # 组团帮扶, 不单独组队: forming a team
    "委": "员托屈",
    "局": "面势长",
    "办": "理法事好学公",
    "部": "署门分队长位",
    "中心": "工任",
    "大学": "生",  # 大学生村官
    "学院": "生",
    "处": "置理罚于长在村",
    "科": "技学长村左右",
    "所": "有以在属谓包联挂帮辖",
    "站": "在起稳位长",
    "院": "长校士子",
    "厅": "长",
    "会": "议长员",
}


@dataclass(frozen=True)
class PlaceM:
    start: int
    end: int
    name: str  # as matched in the view (folded)
    level: str
    candidates: tuple[Division, ...] = ()  # gazetteer divisions with this name; empty = by form


@dataclass(frozen=True)
class OrgM:
    start: int
    end: int
    body: str  # the unit's body without place prefix: 公安局, 禁毒委, 禁毒重点整治攻坚战指挥部
    kind: str
    prefix_places: tuple[PlaceM, ...] = ()
    level_prefix: str | None = None  # 州 / 县 / 市 / 省 / 区 / 国家 / 全县 ...
    variant_office: bool = False  # written X委(办): the committee and its office at once
    parent: OrgM | None = None  # 公安局禁毒大队: the 公安局 part


@dataclass(frozen=True)
class DocM:
    start: int
    end: int
    title: str


@dataclass(frozen=True)
class PersonM:
    start: int
    end: int
    name: str
    post: str | None
    post_org: OrgM | None = None


@dataclass
class Mentions:
    places: list[PlaceM] = field(default_factory=list)
    orgs: list[OrgM] = field(default_factory=list)
    docs: list[DocM] = field(default_factory=list)
    people: list[PersonM] = field(default_factory=list)


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


def _longest_leftmost(spans: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int, object]] = []
    last = -1
    for s in spans:
        if s[0] >= last:
            out.append(s)
            last = s[1]
    return out


def find_places(text: str, bounds: Container[int]) -> list[PlaceM]:
    """Gazetteer names on token boundaries, then names known only by their form."""
    g = gazetteer()
    common = frozenset(load("places.json")["common_words"])
    raw: list[tuple[int, int, object]] = []
    held: list[PlaceM] = []  # everyday words that may yet be a place before their own child
    for start, name in g.find_all(text):
        end = start + len(name)
        # the cheap character tests first: a boundary test may have to segment a run of text
        if not _after_place_char(text, start) and start not in bounds:
            continue
        if not _before_name_char(text, end) and end not in bounds and not (
            name[-1] in "省市县区州盟旗" and text.startswith(_UNIT_STARTS, end)
        ):
            continue  # (吉林市委: jieba cuts 吉林/市委, but a city before its 委 is the city)
        level, fit = _reading(name)
        if name[-1] + text[end : end + 1] in _LEVEL_PAIRS:
            continue  # 会同乡镇党委, 各县区: the suffix belongs to a pair of level words
        if name.startswith(("和", "及", "与")) and text[end : end + 1] in _LEVEL_WORD_ENDS:
            continue  # 积案和县内排查出的: 县内 is the word (and, within the county), no 和县
        if text[end : end + 1] in ("路", "巷") or (name.startswith(("和", "及", "与", "会同"))
                                                  and text[start - 1 : start] in _ENDS_A_NOUN) or (
                name.startswith("会同") and text[start - 1 : start] in _BEFORE_A_VERB):
            continue  # 江苏路社区 is a street's community; 县财政局和县公安局 is no 和县, 会同县河长办 no 会同县,
            # 《总河长令》（第2号）和县委办公室 no 和县 either, 要会同县水利局 no 会同县
        if name.startswith(("和", "会同")) and len(name) <= 3 and not _parent_named(text, start, fit):
            continue  # 报县级河长和县河长办, 牵头，会同县住建局: 和县 and 会同县 only with their prefecture
        if name in common and not any(e == start and isinstance(p, PlaceM) and _parent_of(p, fit) for _, e, p in raw):
            held.append(PlaceM(start, end, name, level, fit))
            continue  # 城镇, 城区: an everyday word, a place only right after its parent (阳泉市城区, not 波罗镇城镇)
        raw.append((start, end, PlaceM(start, end, name, level, fit)))
    raw += _heading_children(held, raw)
    raw += _listed_siblings(text, [h for h in held if not any(s == h.start for s, _, _ in raw)], raw)
    chosen = _longest_leftmost(raw)
    taken = [(s, e) for s, e, _ in chosen]
    places = [p for _, _, p in chosen if isinstance(p, PlaceM)]
    known_ends = {p.end for p in places if not _old_county(p)}
    places += _form_places(text, taken, {p.end for p in places}, bounds)
    places = _placed_counties(text, places, taken, known_ends)
    places += _shared_suffix_places(text, taken)
    places.sort(key=lambda p: p.start)
    if "办事处" in text:
        places = [_office_cut(text, p, places) for p in places]
    return places


# what a 街道办事处 named as a place is the object of: 对甲街道办事处予以挂牌, 甲街道办事处等9个乡镇
_PLACE_AFTER = re.compile(r"\s*(?:等|予以|实行|实施|进行|列为|列入|纳入)")


def _office_cut(text: str, p: PlaceM, places: list[PlaceM]) -> PlaceM:
    """A 街道办事处 acting as a unit (责任单位：甲街道办事处, 甲街道办事处包保…) is the subdistrict's
    office: the place is its 街道 part. Listed among places or designated, it is the place itself."""
    if p.level != "subdistrict" or not p.name.endswith("办事处"):
        return p
    listed = any((q.end == p.start - 1 and text[q.end] in "、和及与") or (q.start == p.end + 1 and text[p.end] == "、")
                 for q in places)
    designated = _PLACE_AFTER.match(text, p.end) is not None or text[max(0, p.start - 1) : p.start] == "对"
    if listed or designated:
        return p
    return PlaceM(p.start, p.end - 3, p.name[:-3], p.level, p.candidates)


def _heading_children(held: list[PlaceM], raw: list[tuple[int, int, object]]) -> list[tuple[int, int, object]]:
    """城区义井街道, 矿区桥头街道: an everyday word that is the name of the district holding the place
    written right after it is that district (only the readings that hold it)."""
    out: list[tuple[int, int, object]] = []
    for h in held:
        codes = {d.code for d in h.candidates if d.code}
        kids = [p for s, _, p in raw if s == h.end and isinstance(p, PlaceM)]
        fit = tuple(d for d in h.candidates if any(c.parent_code == d.code for k in kids for c in k.candidates))
        if codes and fit:
            out.append((h.start, h.end, PlaceM(h.start, h.end, h.name, h.level, fit)))
    return out


def _listed_siblings(text: str, held: list[PlaceM], raw: list[tuple[int, int, object]]
                     ) -> list[tuple[int, int, object]]:
    """陆河县、城区: an everyday word listed beside a place of the same parent is that parent's district
    (only the readings sharing a parent with the place beside it)."""
    out: list[tuple[int, int, object]] = []
    for h in held:
        beside = [p for s, e, p in raw if isinstance(p, PlaceM) and (
            (e == h.start - 1 and text[e] in "、和及") or (s == h.end + 1 and text[h.end] in "、和及"))]
        parents = {c.parent_code for p in beside for c in p.candidates if c.code}
        fit = tuple(d for d in h.candidates if d.code and d.parent_code in parents)
        if fit:
            out.append((h.start, h.end, PlaceM(h.start, h.end, h.name, h.level, fit)))
    return out


def _parent_named(text: str, start: int, divisions: tuple[Division, ...]) -> bool:
    """Whether a place whose name opens with a function word (和县: 和 + 县) is named as itself: at a
    line's start, or in a text that names its prefecture (马鞍山) anywhere."""
    if start == 0 or text[start - 1] == "\n":
        return True
    g = gazetteer()
    return any(a.name.removesuffix("市") in text for d in divisions for a in g.ancestors(d)[:1])


def _parent_of(p: PlaceM, divisions: tuple[Division, ...]) -> bool:
    """Whether the place ``p`` may be the parent of one of ``divisions``."""
    return any(d.parent_code == c.code for d in divisions for c in p.candidates if c.code)


_NOT_MEDIA_NET = frozenset("管电路渔天联光铁水气线")
_LEVEL_WORD_ENDS = frozenset("内外域级直里")  # 县内, 县域, 县级, 县直: a level word's compounds
_BEFORE_A_VERB = frozenset("要并将应须需还也已再拟均")  # 要会同县水利局: 会同 is the verb here
_SHARED_SUFFIX = re.compile(
    rf"((?:[{CJK}]{{2,4}}、)+[{CJK}]{{2,4}})等?([0-9]+|[一二三四五六七八九十两]+)个?(县|市|区|旗|街道|镇|乡)")
_SUFFIX_LEVELS = {"县": ("county",), "旗": ("county",), "区": ("district",), "市": ("city", "prefecture"),
                  "街道": ("subdistrict",), "镇": ("township",), "乡": ("township",)}


def _suffix_divisions(suffix: str, item: str) -> tuple[Division, ...]:
    """The divisions ``item`` names under a shared suffix: 中华 + 街道 is a full name, 昭觉 (+ 县) a short one."""
    g = gazetteer()
    found = g.lookup(item + suffix) if suffix in ("街道", "镇", "乡") else g.weak(item)
    return tuple(d for d in found if d.level in _SUFFIX_LEVELS[suffix])


def _shared_suffix_places(text: str, taken: list[tuple[int, int]]) -> list[PlaceM]:
    """昭觉、布拖、美姑、金阳、越西5县: bare names sharing a counted suffix, each a division of that
    level, when every one of them names one and the count is theirs."""
    out: list[PlaceM] = []
    for m in _SHARED_SUFFIX.finditer(text):
        items = m.group(1).split("、")
        count = m.group(2)
        if number(count) != len(items):
            continue
        suffix = m.group(3)
        named = partial(_suffix_divisions, suffix)
        first = items[0]  # the match may open with the word before the list (包联昭觉): keep the stem
        stem = next((first[-k:] for k in (2, 3, 4) if k <= len(first) and named(first[-k:])), first)
        items[0] = stem
        found = []
        at = m.start(1) + len(first) - len(stem)
        for item in items:
            divs = named(item)
            if not divs or any(a < at + len(item) and at < b for a, b in taken):
                break
            found.append(PlaceM(at, at + len(item), divs[0].name, divs[0].level, divs))
            at += len(item) + 1
        else:
            out += found
    return out


@lru_cache(maxsize=65536)
def _reading(name: str) -> tuple[str, tuple[Division, ...]]:
    """A gazetteer name's level and the divisions of that name at that level (all, if none is)."""
    divs = tuple(gazetteer().lookup(name))
    level = _suffix_level(name) or divs[0].level
    return level, tuple(d for d in divs if d.level == level) or divs


def _suffix_level(name: str) -> str | None:
    for suf in ("街道办事处", "街道", "镇", "乡", "苏木"):
        if name.endswith(suf):
            return _FORM_LEVEL[suf]
    return None


def _after_place_char(text: str, i: int) -> bool:
    # 岷县梅川镇: a name may start right after another division's suffix, and after 中共 (jieba's
    # dictionary holds 中共福建省委 as one word)
    return i > 0 and (text[i - 1] in "省市州县区旗镇乡" or text[i - 2 : i] == "中共")


def _before_name_char(text: str, i: int) -> bool:
    return i >= len(text) or not ("\u3400" <= text[i] <= "\u9fff")


_FORM_RE = re.compile(rf"([{CJK}]{{1,6}}?)({'|'.join(_FORM_SUFFIX)})")
# 辖: 及其所辖王卜庄村; dashes: 县委办—格林镇—新合村 (a row's cells)
_ANCHOR_BEFORE = set('、，,；;：:（(　 \n|“"到在对将和及与至的辖—－')


_QUOTE_CLOSES = re.compile(r"(?:[（(][^）)]{0,6}[）)])?[”\"]")  # “无毒村（社区）”: the quote closes after a bracket
_ESTATE_PART = re.compile(r"(?<=[苑园城庭府湾里])(?:[一二三四五六七八九十0-9]+|[东西南北中])区")
_ROW_HEAD = re.compile(r"[：:]")  # 德吉村：派出单位县委办公室: a village heading its own row at a line's start
_VILLAGE_NEXT = re.compile(rf"、[{CJK}]{{2,4}}?(?:村|社区)(?:[、，,。；;：:和及|\n]|$)")  # a second village of a list
_ANCHOR_RE = re.compile("[" + re.escape("".join(sorted(_ANCHOR_BEFORE))) + "]")
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十两几个多]")


_BODY_ENDS = frozenset("局委办院部所队室站厅会组")
_ENDS_A_NOUN = _BODY_ENDS | frozenset("）)》”\"镇乡道府心处门")  # 马市镇和县住建局: 和 joins two names
_LEVEL_PAIRS = frozenset({"乡镇", "镇乡", "县区", "区县"})  # not 县市: 县市场监管局


def _cell_after_place(text: str, s: int, place_ends: set[int]) -> bool:
    """A table cell right below the cell of its town: "| 钟山镇" then "| 钟山村"; or a cell of a row
    whose earlier cell names its town (1|凤山镇|县住建局|河西畈村)."""
    line = text.rfind("\n", 0, s)
    if text[s - 1 : s] == "|" and any(line < end < s for end in place_ends):
        return True
    if line < 0 or text[line + 1 : s].strip() != "|":
        return False
    return len(text[:line].rstrip()) in place_ends


_RURAL_COMPOUND = re.compile(
    r"村(?:全面)?(?:振兴|建设|治理|发展|产业|旅游|文化|教育|医生|公路|道路|环境|人居|学校|卫生|幼儿园|干部|人才)")


def _form_places(text: str, taken: list[tuple[int, int]], place_ends: set[int], bounds: Container[int]) -> list[PlaceM]:
    """Townships, villages and zones missing from the gazetteer, recognised by form.

    Only where the left edge is clear: after a separator, after a known division
    (石板镇红岩村) or at a sentence start, so 重点整治乡镇 never becomes a place.
    """
    out: list[PlaceM] = []
    kinds = frozenset(load("places.json")["kind_words"])
    long_kinds = tuple(w for w in kinds if len(w) > 2)
    common = frozenset(load("places.json")["common_words"])
    after_cue = {m.end() for m in _pairing_cue_re().finditer(text)}
    starts = sorted({0} | {m.end() for m in _ANCHOR_RE.finditer(text)} | place_ends | after_cue)
    for s in starts:
        if s >= len(text):
            continue
        m = _FORM_RE.match(text, s)
        if not m:
            continue
        stem, suffix = m.group(1), m.group(2)
        e = m.end()
        if suffix == "街道" and text.startswith("办事处", e):
            e += 3
        if s not in place_ends and s not in bounds:
            continue
        if all(ch in "乡镇村县区市省州街道社" for ch in stem) or stem == "自治":
            continue  # 乡镇, 县区, 自治县: level words, not names
        if len(stem) < 2 and s not in place_ends:
            continue  # 城镇, 城乡, 农村, 驻村: words; a name the gazetteer lacks has two characters at least
        if (text[s:e] in kinds or text[s:e].endswith(long_kinds)) \
                and not (text[s:e] in kinds and text[s - 1 : s] in "—－" and s - 1 in place_ends):
            continue  # 行政村, 贫困村, 软弱涣散村: a kind of village, no name (but 班竹镇—中心村 in a row is one)
        if text[s:e] in common:
            continue  # 波罗镇城镇燃气: an everyday word (a place only after its parent, see find_places)
        if suffix == "乡" and _RURAL_COMPOUND.match(text, e):
            continue  # 聚焦乡村振兴: 乡 opens the word 乡村 (countryside), no township ends here
        if stem == "苏木" and suffix == "镇":
            continue  # 苏木镇: the two township words of Inner Mongolia, a pair like 乡镇
        inner = stem[1:] if _FORM_LEVEL[suffix] == "village" else ""  # 颐和路社区, 永和村, 石下村: inside or last
        if _FORM_LEVEL[suffix] == "village" and len(stem) >= 2 and stem[0] in "上中下那" and stem != "下沉":
            inner = stem[:-1]  # 中坪村, 上庄村, 下河村, 那布村 (那: a paddy field in Zhuang names)
        street = _FORM_LEVEL[suffix] == "village" and stem.endswith(("路", "街", "巷"))  # 兰州路社区, 郑州路社区
        # 龙腾苑四区社区, 天通北苑一区社区: a housing estate's part (四区) is no level word
        named = _ESTATE_PART.sub("", stem) if _FORM_LEVEL[suffix] == "village" else stem
        stops = any((ch in _STOP and not (ch in "和上中下那其" and ch in inner)) or ch in "全各省市州县区"
                    for ch in (named[:1] if street else named))  # a street's name (九都路) may hold any word
        if stops and _FORM_LEVEL[suffix] == "village" and s in place_ends:
            # 洪家关白族乡向家坡村, 某镇于家村: right after its town a village's name may open with 向/于/和…
            stops = any(ch in _STRICT_STOP or ch in "全各省市州县区" for ch in stem)
        if stem[0] == "和" and len(stem) >= 3 and s in place_ends and suffix not in ("村", "社区", "嘎查"):
            continue  # 常安镇和光恩林场: 和 joins two places (a village may open with it: 越河街道和平街社区)
        if stem[-1] == "驻" and suffix == "村" and text.startswith(("工作", "帮扶", "干部", "第一书记", "队"), e):
            continue  # 岢岚县驻村工作队: 驻村 (stationed in villages) describes the team, no village
        if stem[-1] in "包挂驻" and (s not in place_ends or len(stem) == 1):
            continue  # 部门包街道、科室包社区: a pairing verb before the level word, no name (甲镇纳包村 is one)
        if stem[0] in "乡镇村" and stem[-1] in "帮扶包挂驻联":
            continue  # 驻镇帮镇扶村: a level word and a verb, no name
        if stem[0] == "委" and s in place_ends:
            continue  # 梅州市委农村工作领导小组: the place's party committee (市委), no village 委农村
        if stem.startswith("部分"):
            continue  # 部分镇村, 部分农村: some of them, no name
        if stops or stem in (
            "我们",
            "你们",
            "他们",
            "咱们",
            "各",
            "全",
            "本",
            "重点",
            "有关",
            "相关",
            "所在",
            "某",
        ):
            continue
        if suffix == "乡" and text[e - 2 : e] in _XIANG_WORDS:
            continue  # 重点做好返乡人员排查: 返乡 (going home) is a word, no township
        if _NUMERAL.search(stem) if _FORM_LEVEL[suffix] != "village" else _COUNTED_VILLAGES.search(stem):
            continue  # 3个村, 几个乡镇, 许多村; but 西五社区, 三里村, 三多村 are names
        if (stem in _VERB_EDGES or stem in _ACTS or any(stem[k : k + 2] in _ACTS or stem[k : k + 2] in _VERB_EDGES
                                                         for k in range(len(stem) - 1))) \
                and not (street and s in place_ends) \
                and not (_FORM_LEVEL[suffix] == "village" and text[s - 1 : s] == "、"
                         and any(p.end == s - 1 and p.level == "village" for p in out)):  # 光明社区、建设社区: a name
            continue  # 包联乡镇, 指导两镇, 明确县公安局, 吴建平带领镇河长办: a verb before a level word, not a name
        if text[e - 1 : e + 1] in _LEVEL_PAIRS or re.match(r"、(?:乡|镇|区|县)", text[e : e + 2]):
            continue  # 建立县、乡镇、村三级: level words in a list
        if any(a < e and s < b for a, b in taken):
            continue
        if e < len(text) and ("\u3400" <= text[e] <= "\u9fff") and text[e] not in "、和及与" and e not in bounds:
            if not (text[e] in "村社镇乡街" or text[e : e + 1] in LEVEL_CHARS or text.startswith(_UNIT_STARTS, e)):
                continue
        lvl = _FORM_LEVEL[suffix]
        if text[s - 1 : s] in '“"' and _QUOTE_CLOSES.match(text, e):
            continue  # “万企帮万村”: a slogan in quotes, not a village
        if (
            lvl == "village"
            and s not in place_ends
            and not ((text[s - 1 : s] in "、和及与" and any(p.end in (s - 1, _bracket_open(text, s - 1)) for p in out))
                     or s - 1 in place_ends
                     or (text[s - 3 : s] == "境内的" and s - 3 in place_ends)  # 常安镇境内的光恩林场
                     or (text[s - 1 : s] in "；;" and _village_on_line(text, s, out))
                     or (text[s - 1 : s] in "，," and text[e : e + 1] in "由、" and len(stem) >= 2
                         and _village_on_line(text, s, out)))  # 甲村由A局后援，乙村由B局后援
            and not _cell_after_place(text, s, place_ends)
            and not (s in after_cue and len(stem) >= 2)
            and not (len(stem) >= 2 and _VILLAGE_NEXT.match(text, e))
            and not (len(stem) >= 2 and _ROW_HEAD.match(text, e) and not text[text.rfind("\n", 0, s) + 1 : s].strip())
        ):
            continue  # a village is named after its town, inside a list of places (问题较多的北坑村、上湖村)
            # or as what a unit pairs with (包联巩家河村), never alone (选派驻村)
        if lvl == "county" and (
            stem in _VERB_EDGES or text[e : e + 2] in ("乡村", "乡镇", "区乡") or text[e : e + 1] == "级"
        ):
            continue  # 设立县乡村三级河长: 县 is a level word here, not a county's name
        if lvl == "county" and (len(stem) > 3 or any(b in bounds for b in range(s + 1, s + len(stem)))):
            continue  # 改建扩建县禁毒办: a county name is one short word
        out.append(PlaceM(s, e, text[s:e], lvl))
        taken.append((s, e))
    return out + _named_again(text, out, taken, place_ends, bounds)


_COUNTED_VILLAGES = re.compile(r"[0-9个几第]|^.[位名]|^(?:多|许多|很多|诸多|众多|较多)$")


def _village_on_line(text: str, s: int, found: list[PlaceM]) -> bool:
    """Whether a village was found earlier on the line of ``s`` (甲镇乙村——某局；丙村——某局)."""
    line_s = text.rfind("\n", 0, s) + 1
    return any(p.level == "village" and line_s <= p.start < s for p in found)


def _bracket_open(text: str, at: int) -> int:
    """Where the bracket closing right before ``at`` opens (关口村（县住建局）、红椿村), else -1."""
    if text[at - 1 : at] not in "）)":
        return -1
    return max(text.rfind("（", max(0, at - 20), at), text.rfind("(", max(0, at - 20), at))


def _named_again(text: str, found: list[PlaceM], taken: list[tuple[int, int]], place_ends: set[int],
                 bounds: Container[int]) -> list[PlaceM]:
    """A village known by its form where the text placed it (蓝塘镇塘尾村) is the same village where the
    text names it again alone (针对塘尾村问题…)."""
    out: list[PlaceM] = []
    for name, level in {(p.name, p.level) for p in found if p.level == "village" and len(p.name) >= 3}:
        for m in re.finditer(re.escape(name), text):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            if s in place_ends or s in bounds or text[s - 1 : s] in _ANCHOR_BEFORE:
                out.append(PlaceM(s, e, name, level))
                taken.append((s, e))
    return out


def _placed_counties(text: str, found: list[PlaceM], taken: list[tuple[int, int]], place_ends: set[int]
                     ) -> list[PlaceM]:
    """Drop old counties (see :func:`_old_county`) unless something places them: every county of today
    has a code in the gazetteer, so these are old names (任县, 凤翔县) that stand after their city
    (宝鸡市凤翔县), next to known places in a list, alone in a table cell or line, or are named so
    elsewhere in the text. Without that, 汛期县防指 / 部分县直单位 / 刘建新任县总河长 are a word before
    the level word 县."""
    starts = {a for a, _ in taken}

    def placed(p: PlaceM) -> bool:
        before, after = text[p.start - 1 : p.start], text[p.end : p.end + 1]
        return (
            p.start in place_ends
            or (before == "、" and p.start - 1 in place_ends)
            or (after == "、" and p.end + 1 in starts)
            or (before in ("", "|", "\n", " ", "　") and after in ("", "|", "\n", "、", "，", "。"))
            or text.startswith(("政府", "人民政府"), p.end)  # 新竹县政府: a county outside the gazetteer's area
        )

    named = {p.name for p in found if _old_county(p) and placed(p)
             and not p.name[:-1].endswith(("年", "月", "日", "期", "间", "时"))}  # 今年县人民政府: 今年 is a time
    return [p for p in found if not _old_county(p) or p.name in named]


def _old_county(p: PlaceM) -> bool:
    """A county known by its form, or by a gazetteer name without a code (任县, 凤翔县: renamed since)."""
    return p.level == "county" and not any(d.code for d in p.candidates)


@lru_cache(maxsize=1)
def _pairing_cue_re() -> re.Pattern[str]:
    """The pairing and supervising cues (包联, 帮扶, 联系 …): what follows one may be a place's name."""
    words = [w for w in load("cues.json")["supervises"] if not w.startswith("re:")] + ["联系", "共同包联"]
    # and a bare 包 right after a unit (州公安局、州财政局包等秀村)
    cue = "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))
    # 包保辖区内居丁村: the cue's own area may come between it and the place
    bare = "(?:(?<=[局委办院部所队室站厅会组府])|(?<=分别))包(?!括|含|容|装|袱)"
    return re.compile(f"(?:{cue}|{bare})(?:辖区内的?)?")


# what a unit after a place name starts with (新竹县政府): the place ends where the unit begins
_UNIT_STARTS = ("政府", "人民政府", "委", "党委", "公安", "法院", "人民法院", "检察院", "人民检察院", "警察")
_LEVEL_PREFIX_RE = re.compile(
    r"(中共中央|国务院|国家|中国|中央|全省|全州|全盟|全市|全县|全旗|全区|全乡|全镇|自治区|地区|省|州|盟|市|县|旗|区|乡|镇|地)(上)?$"
)
_LEVEL_PREFIX_LAST = frozenset("家国央院省州盟市县旗区乡镇上地")  # what a level prefix ends with: no search elsewhere
_COUNT = re.compile(r"[0-9一二三四五六七八九十两几多]+个")
_NUMBERED = re.compile(r"第[一二三四五六七八九十]+([\u4e00-\u9fff]{0,10})")  # 第二生态环境保护督察组
_LEVEL_CHAR_WORDS = frozenset({"乡村", "镇村", "县域", "区域", "市域", "省域", "州域"})
_DIGIT = re.compile(r"[0-9]")


def find_orgs(text: str, bounds: Container[int], places: list[PlaceM]) -> list[OrgM]:
    """Units: optional place prefix or level word + stem + body suffix from the lexicon."""
    place_at_end = {p.end: p for p in places}
    cands: list[tuple[int, int, object]] = []
    longest: dict[int, tuple[str, str]] = {}
    for end, (body, kind) in _body_automaton().iter(text):
        if end not in longest or len(body) > len(longest[end][0]):
            longest[end] = (body, kind)
    prefecture_area = ("地区" in text or "地委" in text) and _in_a_prefecture_area(places)
    for end, (body, kind) in sorted(longest.items()):
        bstart = end - len(body) + 1
        bend = end + 1
        nxt = text[bend : bend + 1]
        glue = _GLUE_AFTER.get(body[-1:] if len(body) == 1 else body, "")
        if nxt and nxt in glue:
            continue
        if kind == "media_name":
            if not (body.endswith("社") and nxt == "区"):  # 团结街道新华社区: a community, not the news agency
                cands.append((bstart, bend, OrgM(bstart, bend, body, "media")))
            continue
        if body == "委员会" and nxt == "议":
            continue
        if body == "组" and text[bstart - 1 : bstart] in ("包", "随"):
            continue  # 村干部包组: a cadre takes a villagers' group (组), no unit; 随组参加: along with a group
        if body == "所" and text[bend : bend + 1] in "派属在辖有需联包驻做管" and text[bstart - 1 : bstart] in "局委办":
            continue  # 市财政局所派工作队: 所 is a particle after the bureau, no station
        if body == "委" and text[bstart - 2 : bstart] in ("部政", "队政"):
            continue  # 县防汛抗旱指挥部政委刘志强, 大队政委: the post of political commissar
        org = _extend_left(text, bstart, bend, body, kind, place_at_end, bounds, prefecture_area)
        if org is not None:
            cands.append((org.start, org.end, org))
    chosen = [o for start, end, o in _longest_leftmost(cands)
              if not _in_breadcrumb(text, o) and not _DOC_NUMBER.match(text, end) and not _ROOM.match(text, end)
              and not _ORDINAL_LIST_TAIL.search(text, max(0, start - 12), start + 1)]
    orgs = [_founded_name(text, o, chosen) for o in _split_subunits(text, [o for o in chosen if isinstance(o, OrgM)])]
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
        orgs, shared = _area_names_sharing_a_body(text, orgs)
        listed += shared
    return sorted(orgs + listed, key=lambda o: o.start) if listed else orgs


_AREA_ITEM = re.compile(rf"[{CJK}]{{2,4}}$")


def _area_names_sharing_a_body(text: str, orgs: list[OrgM]) -> tuple[list[OrgM], list[OrgM]]:
    """县公安局灰山港、马迹塘、修山派出所: area names listed after their bureau share the station's body;
    each is a station of that bureau (the last one, read alone, becomes the bureau's too)."""
    out: list[OrgM] = []
    kept = list(orgs)
    ends = {o.end: o for o in orgs}
    for i, o in enumerate(orgs):
        body = next((b for b in _AREA_NAMED if o.body.endswith(b) and len(o.body) > len(b)), None)
        if body is None or o.prefix_places or o.level_prefix or o.parent is not None \
                or text[o.start - 1 : o.start] != "、":
            continue
        items: list[tuple[int, int]] = []
        at = o.start - 1
        while text[at : at + 1] == "、":
            item = _AREA_ITEM.search(text, max(0, at - 4), at)
            if item is None or any(c in _AREA_STOP for c in item.group()):
                break
            # the item starts right after its bureau or after the 、 before it
            start = next((k for k in range(item.start(), at - 1) if k in ends or text[k - 1 : k] == "、"), -1)
            if start < 0:
                break
            items.insert(0, (start, at))
            at = start - 1
            if start in ends:
                break
        bureau = ends.get(items[0][0]) if items else None
        if bureau is None or not bureau.body.endswith("局"):
            continue
        kept[i] = OrgM(o.start, o.end, o.body, o.kind, (), None, False, bureau)
        out += [OrgM(a, b, text[a:b] + body, o.kind, (), None, False, bureau) for a, b in items]
    return kept, out


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


#: what sends out or forms a group, right before it: 派出6个, 组成, 派出由省禁毒办牵头的 (resolve reads
#: the verb and the sender from it)
SENT_OUT = r"(派出|组成|组建)(?:的)?(?:[0-9一二三四五六七八九十两]+个)?(?:由[^。；;，,]{2,30}?牵头的)?"
# 派出6个督导组, 组成联合督查组: an inspection group sent out or formed, named by what it does
_SENT_OUT_GROUP = re.compile(
    SENT_OUT + r"((?:[\u4e00-\u9fff](?<![个的和及与、])){0,6}?(?:联合|专项|综合)?(?:督导|督查|暗访|检查|巡查)组)")


def _sent_out_groups(text: str, orgs: list[OrgM]) -> list[OrgM]:
    found = [OrgM(m.start(2), m.end(2), m.group(2), "taskforce") for m in _SENT_OUT_GROUP.finditer(text)]
    return _untaken(found, orgs)


def _youth_league(text: str, orgs: list[OrgM]) -> list[OrgM]:
    found = [OrgM(m.start(), m.end(), "团委", "committee", (), m.group(1)) for m in _YOUTH_LEAGUE.finditer(text)]
    return _untaken(found, orgs)


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
_YEAR_NUMBER = r"[〔［\[（(]\d{4}[〕］\]）)]\s*\d+\s*号"  # 〔2018〕23号: a document number after its issuer's code
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{0,3}" + _YEAR_NUMBER)
# 县行政中心四楼会议室, 县委大楼: a building or a room of one, not the unit
_ROOM = re.compile(r"[一二三四五六七八九十0-9]+楼|大楼|会议室|礼堂|广场")
_BREADCRUMB = re.compile(r"首页\s*[>＞»›]")
# 当前位置：首页 > 政务公开 > …: the trail's label before it
_TRAIL_LINE = re.compile(r"(?:当前|您的|您现在的|你现在的)?(?:位置|所在位置)(?:是)?\s*[:：]\s*首页\s*[>＞»›]")


def _in_breadcrumb(text: str, o: object) -> bool:
    """A web page's trail (首页 > 新闻中心 > 工作动态) names sections of a site, not units."""
    start = getattr(o, "start", 0)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return _BREADCRUMB.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


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


_XIANG_WORDS = frozenset({"返乡", "下乡", "回乡", "城乡", "老乡", "家乡", "故乡", "异乡", "他乡", "进乡", "入乡",
                          "离乡", "本乡", "外乡", "全乡", "各乡", "思乡", "同乡"})
_SITE_LEVELS = frozenset({"township", "subdistrict", "village"})
_NEEDS_A_PLACE = frozenset({"站", "所", "处", "科", "医院", "大学", "附属医院", "人民医院",
                            "监测站", "检测站", "管理站", "服务站", "工作站"})
_GROUP_WORDS = ("领导小组", "指挥部", "委员会", "工作组")


# names of work systems holding a stop character (接诉即办: 即): a unit's name runs through them
_WORDS_WITH_STOPS = ("接诉即办", "即诉即办", "未诉先办", "中小学", "经济")


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
        if not is_cjk(text[k]) or text[k] in _STOP:
            return -1
    return -1


def _in_a_prefecture_area(places: list[PlaceM]) -> bool:
    """Whether the text's places lie in a 地区 (阿克苏地区, 那曲地区 before 2017), whose units are
    written 地区公安局 and whose party committee is the 地委."""
    g = gazetteer()
    return any(d.name.endswith("地区") for p in places for c in p.candidates for d in (c, *g.ancestors(c)))


def _extend_left(
    text: str, bstart: int, bend: int, body: str, kind: str, place_at_end: dict[int, PlaceM], bounds: Container[int],
    prefecture_area: bool = False,
) -> OrgM | None:
    """Grow a body leftwards over its stem to the place prefix or level word, if any."""
    if body == "委" and text[max(0, bstart - 2) : bstart] == "委常":
        return None  # 县委常委: a post (a member of the standing committee), the unit is 县委
    if body in _AREA_NAMED and (text[max(0, bstart - 2) : bstart] in _NO_AREA
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
        if m and body in _AREA_NAMED and _town_stem(text, m.start(), m.end()):
            m = None  # 古市派出所: 市 ends the short name of 古市镇 here, it is no level word
        if (
            m
            and m.end() == i
            and (
                m.start() == 0
                or not is_cjk(text[m.start() - 1])
                or text[m.start() - 1] in _STOP
                or m.group(1).startswith(("全", "国家", "中国", "国务院", "中共中央"))
                or text[m.start() - 2 : m.start()] in _VERB_EDGES  # 会同县河长办: 会同 + 县河长办
                or m.start() in bounds
            )
        ):
            level_prefix = m.group(1) + (m.group(2) or "")
            i = m.start()
            break
        if text[i - 1 : i] == "”" and (q := text.rfind("“", max(0, i - 8), i - 1)) >= 0 and generic:
            i = stem_start = q  # 虞城县“五星”支部创建工作领导小组: a quoted word inside the name
            continue
        if text[i - 1 : i] in ("和", "与") and group_office and (k := _place_across(text, i - 1, place_at_end)) >= 0 \
                and bstart - k <= 24:
            i = stem_start = k  # 成立福贡县东西部扶贫协作和定点帮扶工作领导小组: one group's name holds 和
            continue
        if i == 0 or not is_cjk(text[i - 1]) or (text[i - 1] in _STOP and not _stop_inside_word(text, i - 1)) \
                or bstart - i >= reach:
            break
        if text[i - 2 : i] in _VERB_EDGES and i in bounds and not (
                i == bstart and (firm or (text[i - 2 : i] == "建设" and body.startswith(_GROUP_WORDS)))):
            break  # (华泰建设有限公司, 平安建设领导小组: right before a firm's or a group's body 建设 is a noun)
        if text[i - 1] in _VERB_CHARS and i in bounds and i - 1 in bounds:
            break  # 将进展情况报领导小组办公室: a one-character verb as its own token ends the name
        i -= 1
        stem_start = i
    if firm and not (prefix_places or level_prefix) and text[i - 1 : i] in _STOP \
            and (cell := _firm_cell_start(text, i)) >= 0:
        i = stem_start = cell  # | 上虞新星建材有限公司 |: a firm's table cell is its name, whatever it opens with
    if firm and any(p.level in _SITE_LEVELS for p in prefix_places):
        # 武安市阳邑镇河北鑫磊矿业有限公司: the town is where the company is, its name begins after it
        site = max(k for k, p in enumerate(prefix_places) if p.level in _SITE_LEVELS)
        i = stem_start = prefix_places[site].end
        prefix_places = []
    if firm and prefix_places and text[i - 2 : i] in _FIRM_GROUPS:
        i -= 2  # 国网正安县供电公司: the state grid's company of the county, its group's name in front
    if not (prefix_places or level_prefix) and body in _AREA_NAMED:
        # 象溪派出所, 局乐都分局: a station or branch is named after its area, the two to four
        # characters before it that begin a token (the walk may stop early: 都 is a stop character)
        area = next((k for k in range(bstart - 2, max(-1, bstart - 5), -1) if k in bounds), None)
        stem = text[area:bstart] if area is not None else ""
        if not stem or stem in _NO_AREA or any(c in _AREA_STOP or not is_cjk(c) for c in stem):
            return None
        return OrgM(bstart - len(stem), bend, stem + body, kind, (), None)
    if not (prefix_places or level_prefix) and body in _SCHOOLS:
        return _place_named_school(text, bstart, bend, body, kind, bounds)
    if not (prefix_places or level_prefix) and not generic \
            and not (body in ("管委会", "管理委员会") and text[stem_start:bstart].endswith(_ZONES)):
        stem_start = bstart  # a known body (禁毒委员会) takes no free stem: 高规格禁毒委员会 is 禁毒委员会
    if not (prefix_places or level_prefix) and body in _NEEDS_A_PLACE:
        return None  # 劝导站, 检查站, 各中小学 with no place or level word: a kind of unit, not one unit
    j = i
    k = max(text.rfind("（", max(0, j - 8), j), text.rfind("(", max(0, j - 8), j))
    if text[j - 1 : j] in "）)" and k >= 0 and all(c in LEVEL_CHARS + "盟旗、自治" for c in text[k + 1 : j - 1]):
        j = k  # 各区县（自治县）信访工作联席会议: the bracket names more level words of the list
    while j > 0 and (text[j - 1] in LEVEL_CHARS + "盟旗、" or text[j - 2 : j] == "自治"):
        j -= 2 if text[j - 2 : j] == "自治" else 1  # 各旗县市扶贫办, 各市、县、自治县人民政府: a list of level words
    if j > 0 and (text[j - 1] == "各" or text[max(0, j - 2) : j] in _COLLECTIVE):
        return None  # 各开发区管委会, 各级党委: every unit of a kind, not one unit
    every = text.rfind("各", max(0, j - 6), j)
    if level_prefix and every >= 0 and all(is_cjk(c) and c not in _STOP and c not in LEVEL_CHARS
                                           for c in text[every + 1 : j]):
        return None  # 各挂牌整治县党委、政府: every listed county's committee, not one unit
    if level_prefix and (text[i : i + 2] in _LEVEL_PAIRS or text[max(0, i - 1) : i + 1] in _LEVEL_PAIRS):
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
    num = _COUNT.search(stem)
    if num:  # 市政府15个安全生产督查组: the count is not part of the name
        stem = stem[num.end() :]
        if prefix_places or level_prefix:
            return None  # the unit after the count is a sub-unit; the relations pass links it
        start = bstart - len(stem)
    # 第三巡察组, 第一督导组 (but a bare 第六组 is a table's row label)
    numbered = _NUMBERED.fullmatch(stem)
    numbered_group = body.endswith("组") and numbered is not None and (len(body) > 1 or numbered.group(1) != "")
    if (stem.startswith(("第", "日", "年", "月", "分", "个")) and not numbered_group) or _DIGIT.search(stem):
        return None
    if body in _NEEDS_PREFIX and not (prefix_places or level_prefix) \
            and not (body in ("管委会", "管理委员会") and stem.endswith(_ZONES)):
        return None  # (鄂托克经济开发区管委会: a zone's committee is named after the zone)
    if body == "办" and (len(stem) < 2 or stem[-1] in _STOP):
        return None  # 县防火办, 市整改办: an office's short name has a two-character topic at least (not 县里办)
    if kind == "media" and body == "网" and stem[-1:] in _NOT_MEDIA_NET:
        return None  # 燃气管网, 电网, 路网: a network of pipes, power or roads
    if kind == "media" and len(body) == 1 and not prefix_places and not stem.startswith(("中国", "中华", "人民")):
        return None  # 互联网, 网格: a bare 网 or 报 is a media outlet only after a place or 中国
    village_team = bool(prefix_places) and prefix_places[-1].level == "village" and stem in _TEAM_KINDS
    if body.endswith("工作队") and not village_team and not _JUST_FOUNDED.search(text, max(0, bstart - 30), bstart):
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
    if generic and not stem and not prefix_places and not level_prefix and body not in ("办公室",):
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
            and text[bend : bend + 1] not in LEVEL_CHARS + "村街"):  # 镇水利站 is one word (马站镇 a town)
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
_AREA_NAMED = frozenset({"派出所", "边境派出所", "分局", "市场监管所", "市场监督管理所"})
_AREA_STOP = frozenset("各该本其的与及在对将由等为是把被从向给以于并或了要求")  # not 和: 民和分局
# words before such a body that name no area: 辖区派出所 is every station of an area
_NO_AREA = frozenset({"辖区", "属地", "当地", "基层", "所在地", "所属", "乡镇", "农村", "各地", "全县", "全市", "全区",
                      # a duty before the body: a column or a role (包村派出所), not a station's area
                      "包村", "包联", "包保", "联系", "帮扶", "责任", "挂点", "驻村", "对口", "所在"})


# schools named after a place or a region: 宁夏大学, 甘肃农业大学, 吕梁学院, 西北师范大学
_SCHOOLS = frozenset({"大学", "学院"})
_REGIONS = ("中国", "西北", "东北", "西南", "华北", "华东", "华南", "华中", "中南")


def _place_named_school(text: str, bstart: int, bend: int, body: str, kind: str, bounds: Container[int]) -> OrgM | None:
    """A school's name opens with a place (one token with it: jieba reads 宁夏大学 as one word), so the
    place finder misses it; the name is the token-initial stem of two to five characters that begins
    with a place or region. 考上大学 or 商学院 name no school."""
    g = gazetteer()
    for k in range(max(0, bstart - 5), bstart - 1):
        if k not in bounds and k > 0 and is_cjk(text[k - 1]):
            continue
        stem = text[k:bstart]
        if any(c in _AREA_STOP or not is_cjk(c) for c in stem):
            continue
        if stem.startswith(_REGIONS) or any(
            g.lookup(stem[:n]) or any(g.lookup(stem[:n] + lv) for lv in "省市州县")
            for n in (2, 3) if n <= len(stem)
        ):
            return OrgM(k, bend, stem + body, kind, (), None)
    return None


def _town_stem(text: str, start: int, end: int) -> bool:
    """Whether the level character at ``start`` ends a short township name (古市 of 古市镇)."""
    g = gazetteer()
    return any(g.lookup(text[k:end] + suffix) for k in (start - 1, start - 2) if k >= 0 and is_cjk(text[k])
               for suffix in ("镇", "乡", "街道"))


# bodies that usually carry a free name before them (禁毒人民战争领导小组, 毒品危害防制中心)
_GENERIC_BODIES = {"委员会", "中心", "办公室", "领导小组", "指挥部", "工作组", "工作专班", "专班", "分局"}
_COLLECTIVE = {"各级", "各区", "各县", "各市", "各乡", "各镇", "各类", "相关", "有关"}
_NEEDS_PREFIX = {"政府", "人民政府", "党委", "党工委", "委", "管委会", "办"}
_VERB_EDGES = {
    "组成",
    "派出",
    "抽调",
    "牵头",
    "组织",
    "带领",
    "率领",
    "选派",
    "成立",
    "组建",
    "设立",
    "建设",
    "建成",
    "联合",
    "会同",
    "包括",
    "要求",
    "召开",
    "下设",
    "内设",
    "参加",
    "参与",
    "配合",
    "兼任",
    "担任",
    "负责",
    "安排",
    "派驻",
    "引进",  # 引进某某有限公司订单收购: the act, no name
    "实行",  # 县防指实行专班运作: the act, no name
    "督促",  # 督促镇村落实: the act, no township 督促镇
    "移交",  # 帮扶项目移交街道办理: the act, no subdistrict 项目移交街道
}
# one-character verbs and prepositions that, written as a token of their own, end a name
_VERB_CHARS = frozenset("报送交向由经对给把将")
# acts that end a verb phrase right before a level word (包联乡镇, 督导县区, 明确县公安局)
_ACTS = frozenset(
    w for kind in ("supervises", "designates", "issued", "established") for w in load("cues.json")[kind]
    if not w.startswith("re:")
) | {"明确", "建立", "确定", "指导", "负责", "联系", "推进", "深入", "覆盖", "涉及", "全面", "健全", "落实", "实行",
   "实施", "开展", "加强", "压实", "简称", "统称", "合称"}
_JUST_FOUNDED = re.compile(r"(?:成立|组建)[^，,。；;：:]{0,24}$")
_TEAM_KINDS = frozenset({"", "驻村", "驻镇", "帮扶", "驻村帮扶", "乡村振兴"})
_SLOGAN = re.compile(r"一[\u4e00-\u9fff]{1,2}一")
_ORDINAL_RANGE = re.compile(r"第[一二三四五六七八九十0-9]+(?:至|到|－|—|-|~)第?[一二三四五六七八九十0-9]+$")
_BAD_STEMS = {"全体", "有关", "相关", "相应", "成员", "职能", "各级", "各", "本", "该", "此", "其"}


def is_cjk(ch: str) -> bool:
    """Whether ``ch`` is a CJK ideograph (extension A and the unified block)."""
    return "\u3400" <= ch <= "\u9fff"


def _split_subunits(text: str, orgs: list[OrgM]) -> list[OrgM]:
    """公安局禁毒大队: a unit written right after its parent becomes a sub-unit of it; 市委第二巡察组、
    第三巡察组: a numbered group listed after another takes its owner."""
    out: list[OrgM] = []
    for o in orgs:
        prev = out[-1] if out else None
        if (prev is not None and o.body.startswith("第") and not (o.prefix_places or o.level_prefix or o.parent)
                and "第" in prev.body and text[prev.end : o.start] in ("、", "和", "及", "与")):
            owner = prev.body[: prev.body.index("第")]
            o = OrgM(o.start, o.end, owner + o.body, o.kind, prev.prefix_places, prev.level_prefix, False, prev.parent)
            out.append(o)
            continue
        if (prev is not None and o.body.endswith(tuple(_AREA_NAMED)) and prev.body.endswith(tuple(_AREA_NAMED))
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
        if prev is not None and prev.end == o.start and o.body in _AREA_NAMED and o.prefix_places \
                and prev.body.endswith("局") and not o.level_prefix:
            # 市生态环境局涉县分局: a branch named after a county, right after its bureau
            out.append(OrgM(o.start, o.end, text[o.start : o.end], o.kind, (), None, False, prev))
            continue
        if prev is not None and prev.end == o.start and prev.kind == o.kind == "other" \
                and o.body.endswith(("分公司", "子公司")):
            out.append(OrgM(o.start, o.end, o.body, o.kind, (), None, False, prev))  # 某有限公司贵州分公司
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


# 第一、二、三督查组: the last ordinal of a list of groups is no unit of its own
_ORDINAL_LIST_TAIL = re.compile(r"第[一二三四五六七八九十]+(?:、[一二三四五六七八九十]+)*、[一二三四五六七八九十]$")
_TITLE_RE = re.compile(r"《([^《》\n]{1,120}?)》")


_GENRE_LINE = re.compile(
    r"^[^。！？!?，,；;]{0,60}关于[^。！？!?]{2,80}的(通知|决定|意见|方案|办法|规定|报告|通报|批复|函|公告|通告|细则|规划)$"
)


# 某县2023年第一次总河长会议纪要 over its document number: a record titled without 关于
_RECORD_LINE = re.compile(r"^[^。！？!?，,；;《》]{4,60}(会议纪要|工作要点|实施方案|工作方案|情况通报|工作总结)$")
# 政府工作报告 over its dateline (——2019年1月16日在某县第十八届人民代表大会第三次会议上)
_REPORT_LINE = re.compile(r"^[^。！？!?，,；;《》]{0,24}(?:政府工作报告|工作报告)$")
# 某县禁毒委员会2022年禁毒工作报告, 某县河长制办公室2021年度工作总结: a unit's own report of its year
_UNIT_REPORT_LINE = re.compile(
    r"^[^。！？!?，,；;《》\s]{2,30}?(?:委员会|委|办公室|办|局|政府|指挥部|领导小组)\d{4}年(?:度|[上下]半年)?"
    r"[^。！？!?，,；;《》]{0,40}?(?:工作报告|工作总结|工作情况报告)(?:[（(](?:节选|摘要|摘登)[）)])?$"
)
_DATELINE = re.compile(r"\s*\n\s*[—－-]{1,2}")
# （县委办、县政府办2022年3月8日印发）: the line under a plan's title saying who sent it out
_ISSUE_NOTE_LINE = re.compile(r"\s*\n\s*[（(][^（）()\n]{2,60}?印发[）)]\s*\n")
ISSUE_NUMBER = r"[\u4e00-\u9fff]{0,16}[〔［\[（(]\d{4}[〕］\]）)]\s*第\s*\d+\s*期"  # 〔2022〕第5期: a record's issue
_DOC_NUMBER_LINE = re.compile(r"\s*\n\s*(?:[\u4e00-\u9fff]{1,10}" + _YEAR_NUMBER + "|" + ISSUE_NUMBER + r")\s*\n")


def find_docs(text: str) -> list[DocM]:
    """Titles in 《…》 (inner ‹…›, <…> or 〈…〉 stay part of the title), and a first line that is
    itself the title of a notice or decision (…关于…的通知)."""
    out = [DocM(m.start(1), m.end(1), m.group(1).strip()) for m in _TITLE_RE.finditer(text) if m.group(1).strip()]
    start = title_start(text)
    line = text[start:].split("\n", 1)[0].strip()
    if _GENRE_LINE.match(line) or (_RECORD_LINE.match(line) and (_DOC_NUMBER_LINE.match(text, start + len(line))
                                                                  or _ISSUE_NOTE_LINE.match(text, start + len(line)))) \
            or (_REPORT_LINE.match(line) and _DATELINE.match(text, start + len(line))) or _UNIT_REPORT_LINE.match(line):
        start = text.index(line, start)
        out.insert(0, DocM(start, start + len(line), line.replace("《", "").replace("》", "")))
    elif (head := _header_title(text, start)) is not None:
        out.insert(0, head)
    if "关于" in text and "号" in text:  # …现将通报全文刊发如下。/ 甲指挥部关于…的通报 / 甲〔2023〕3号: a notice inside
        out += [DocM(a, b, text[a:b].replace("《", "").replace("》", "")) for a, b in _numbered_titles(text, start)
                if not any(d.start <= a < d.end for d in out)]
        out.sort(key=lambda d: d.start)
    inner = [DocM(m.start(1), m.end(1), m.group(1).strip()) for d in out
             for m in _INNER_TITLE.finditer(text, d.start, d.end) if m.group(1).strip()]
    return sorted(out + inner, key=lambda d: d.start) if inner else out


def _numbered_titles(text: str, first: int) -> list[tuple[int, int]]:
    """Spans of the 关于…的通知 lines after the first line that stand over a document number line."""
    out = []
    for m in re.finditer(r"\n[ \t　]*([^\n]{4,140})", text):
        a, b = m.start(1), m.end(1)
        line = text[a:b].rstrip(" 　\t")
        if a > first + 1 and "关于" in line and _GENRE_LINE.match(line) and _DOC_NUMBER_LINE.match(text, a + len(line)):
            out.append((a, a + len(line)))
    return out


# a red-letter header's issuer line: unit names only (中共甲县委办公室　甲县人民政府办公室)
#: the bodies an issuing unit's name ends with
ISSUER_BODIES = "办公室|办公厅|委员会|人民政府|政府|委|局|厅|办|部"
_ISSUER_LINE = re.compile(rf"^[\u4e00-\u9fff 　]{{4,60}}({ISSUER_BODIES})$")


def _header_title(text: str, start: int) -> DocM | None:
    """A notice under its red-letter header (issuer lines, 文件, document number): the first
    关于…的通知 line before the addressees, with an issuer line right above it joined in front."""
    lines: list[tuple[int, str]] = []
    pos = start
    while pos < len(text) and len(lines) < 12:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        lines.append((pos, text[pos:end]))
        pos = end + 1
    for k, (at, raw) in enumerate(lines):
        line = raw.strip(" 　\t")
        if not line:
            continue
        if line.endswith(("：", ":")) or any(c in line for c in "。！？；"):
            return None  # the addressees or the body: no header title above them
        if not _GENRE_LINE.match(line) and line.endswith("的") and k + 1 < len(lines) \
                and _GENRE_LINE.match(line + (rest := lines[k + 1][1].strip(" 　\t"))) and len(rest) <= 6:
            # 关于全县秋季秸秆禁烧第二轮督查情况的 / 通报: a title wrapped before its genre
            begin = at + raw.index(line)
            end = lines[k + 1][0] + lines[k + 1][1].index(rest) + len(rest)
            return DocM(begin, end, (line + rest).replace("《", "").replace("》", ""))
        if not _GENRE_LINE.match(line):
            continue
        begin = at + raw.index(line)
        above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j][1].strip(" 　\t")), None)
        if above and above[0] + len(above[1]) + 1 == at and _ISSUER_LINE.match(above[1].strip(" 　\t")):
            first = above[1].strip(" 　\t")
            begin = above[0] + above[1].index(first)
            return DocM(begin, at + raw.index(line) + len(line), (first + line).replace("《", "").replace("》", ""))
        return DocM(begin, begin + len(line), line.replace("《", "").replace("》", ""))
    return None


# 《…关于印发〈甲方案〉的通知》: the document sent out is a document of its own
_INNER_TITLE = re.compile(r"[〈<‹]([^〈〉<>‹›《》\n]{2,100})[〉>›]")


def inner_titles(text: str, docs: list[DocM]) -> dict[DocM, DocM]:
    """Each title written inside another (〈甲方案〉 in 《关于印发〈甲方案〉的通知》) -> the title holding it.
    A 《…》 in a first-line title (关于转发《甲方案》的通知) is a title of its own."""
    return {d: o for d in docs if text[d.start - 1 : d.start] in "〈<‹"
            for o in docs if o.start < d.start and d.end < o.end}


def title_start(text: str) -> int:
    """Where a page's first line of its own begins: past blank lines and a web page's trail (首页 > …)."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip(" 　\t")
        if line and not _BREADCRUMB.match(line) and not _TRAIL_LINE.match(line):
            return pos + (len(text[pos:end]) - len(text[pos:end].lstrip(" 　\t")))
        pos = end + 1
    return len(text)


@lru_cache(maxsize=1)
def _people_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = load("people.json")
    posts = sorted(p["head_posts"] + p["other_posts"], key=len, reverse=True)
    name = _name_pattern()
    before = re.compile(rf"({'|'.join(map(re.escape, posts))})[:：\s]*({name})")
    trailing = "|".join(map(re.escape, p["trailing_posts"]))
    after = re.compile(rf"(?:^|\n)\s*({name})\s*(?:{trailing})")
    return before, after


_NOT_NAME = set("第一二三四五六七八九十的了在是为和与及等副正主任")
# ...that are common in given names too (李正刚, 王和平, 张为民, 王一鸣)
_GIVEN_TOO = set("一正和为")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words a post may precede that are no names: the data list and the cue words (所长包村: 包村)."""
    cue_words = (w for kind in ("supervises", "designates") for w in cues(kind) if not w.startswith("re:"))
    return frozenset(load("people.json")["not_names"]) | frozenset(cue_words)


def find_people(text: str, bounds: Container[int], orgs: list[OrgM], places: Sequence[PlaceM] = ()
                ) -> list[PersonM]:
    """Names right after a post (州委书记杨元忠, 记者杨志英) or before a byline (陈红 文/图)."""
    before, after = _people_re()
    sur = load("people.json")["surnames"]
    not_names = _not_names()
    org_at_end = {o.end: o for o in orgs}
    starts = [o.start for o in orgs]
    org_starts = set(starts)
    place_starts = [p.start for p in places]
    out: list[PersonM] = []
    for m in before.finditer(text):
        name = m.group(2)
        s = m.start(2)
        at = bisect.bisect_right(starts, m.start(1)) - 1
        if at >= 0 and orgs[at].start < m.start(1) < orgs[at].end:
            continue  # 嘉鱼县长江禁捕…领导小组: a post's letters inside a unit's name
        at = bisect.bisect_right(place_starts, s) - 1
        if at >= 0 and places[at].start < s < places[at].end:
            continue  # 开平市长沙街道: the "name" after 市长 is the rest of a place
        if len(name) == 3 and name[2] in _NOT_NAME:
            name = name[:2]  # 副区长李明主持: the name ends before the verb
        if name[0] in _NOT_NAME or any(c in _NOT_NAME and c not in _GIVEN_TOO for c in name[1:]):
            continue
        if len(name) == 3 and (s + 2) in bounds and (s + 3) not in bounds:
            name = name[:2]  # 吴明带领, 马斌联点: the third character opens the next word
        if len(name) > 2 and s + len(name) - 1 in org_starts:
            name = name[:-1]  # 欧阳斌　县委副书记: the last character opens a unit
        if text[s + len(name) : s + len(name) + 1] in ("：", ":") or name in not_names:
            continue  # 政法委书记\n成　员：: a label; 组长单位: a post and a common word; no name
        out.append(PersonM(s, s + len(name), name, m.group(1), org_at_end.get(m.start(1))))
        # a second name straight after the first
        rest = text[s + len(name) : s + len(name) + 3]
        if (
            rest[:1] in sur
            and len(rest) == 3
            and all(is_cjk(c) for c in rest)
            and text[s + len(name) + 3 : s + len(name) + 4] in ("在", "到", "、", "和", "等", "同")
        ):
            out.append(PersonM(s + len(name), s + len(name) + 3, rest, None))
    for m in after.finditer(text):
        out.append(PersonM(m.start(1), m.end(1), m.group(1), None))
    taken = {p.start for p in out}
    for m in _comrade_re().finditer(text):  # 选派孙振东同志任第一书记, ，谢建军同志
        if m.start(1) not in taken and not any(c in _NOT_NAME or c in "负责领导部门单位关体" for c in m.group(1)[1:]):
            out.append(PersonM(m.start(1), m.end(1), m.group(1), None))
            taken.add(m.start(1))
    for m in _name_then_post_re().finditer(text):  # | 吴晓东（县委副书记、县长）, 包保责任人：张建伟（县水利局局长）
        name = m.group(1)
        if m.start(1) not in taken and not any(c in _NOT_NAME for c in name[1:]):
            out.append(PersonM(m.start(1), m.end(1), name, None))
    return sorted(out, key=lambda p: p.start)


def _name_pattern(given: str = "1,2") -> str:
    """A person's name: a common surname (single or double) and ``given`` characters (one or two)."""
    p = load("people.json")
    return rf"(?:(?:{'|'.join(p['double_surnames'])})[{CJK}]{{{given}}}|[{p['surnames']}][{CJK}]{{{given}}})"


@lru_cache(maxsize=1)
def _comrade_re() -> re.Pattern[str]:
    """A full name (surname and two characters) before 同志 (comrade)."""
    return re.compile(rf"({_name_pattern('2')})同志")


@lru_cache(maxsize=1)
def _name_then_post_re() -> re.Pattern[str]:
    post = r"[（(][^）)\n]{0,24}?(?:书记|长|主任|委员|主席|教导员|政委)[^）)\n]{0,12}[）)]"
    return re.compile(rf"(?:^|(?<=[|｜：:、\s，,]))({_name_pattern()}){post}", re.MULTILINE)


def level_rank(level: str) -> int:
    return LEVEL_RANK.get(level, 9)


def number(word: str) -> int:
    """3, 三, 十二, 两 -> the number; -1 when the word is no number.

    >>> number("12"), number("十二"), number("二十"), number("两"), number("两十")
    (12, 12, 20, 2, -1)
    """
    if word.isdigit():
        return int(word)
    digits = "零一二三四五六七八九"
    tens, ten, ones = word.partition("十")
    if not all(c in digits for c in tens + ones) or len(tens) > 1 or len(ones) > 1:
        return 2 if word == "两" else -1
    if not ten:
        return digits.index(word)
    return (digits.index(tens) if tens else 1) * 10 + (digits.index(ones) if ones else 0)
