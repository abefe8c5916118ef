"""Decide what each mention refers to: canonical names, homonyms, abbreviations.

州公安局 in an 恩施州 text is 恩施州公安局; a county name shared by two provinces is settled by
the places named around it; a bare 禁毒办 is the document's own. Output: ``Resolved``, mapping every
mention (by view span) to an entity key, plus the entity table.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from extract.gazetteer import LEVEL_RANK, Division, gazetteer
from extract.lexicon import bodies, load
from extract.mentions import Mentions, OrgM, PlaceM, fills_a_cell
from extract.orgnames import BARE_GROUPS
from extract.orgs import SENT_OUT
from extract.titles import ISSUER_BODIES, title_start

_LEVEL_OF_PREFIX = {
    "省": ("province",),
    "自治区": ("province",),  # 自治区禁毒委: the autonomous region the text's places lie in
    "州": ("prefecture",),
    "市": ("prefecture", "city", "province"),  # province: 北京市, 天津市, 上海市, 重庆市 (names ending in 市 only)
    "县": ("county",),
    "旗": ("county",),
    "盟": ("prefecture",),
    "区": ("district",),
    "地区": ("prefecture",),  # 地区公安局 in a county of 阿克苏地区
    "地": ("prefecture",),  # 地委
    "乡": ("township",),
    "镇": ("township",),
}
_SEGMENT_END = re.compile("[。！？；;\n]")  # a level word does not reach past ；
# suffix rewrites that make two spellings of one body share a key (禁毒委员会 = 禁毒委)
_KEY_REWRITES = (
    # 河长制办公室 (also 湖长制, 林长制, 河湖长制) is written 河长办 and 河长办公室; a 河湖长制办公室 is
    # the county's 河长办 too
    ("河湖长制办公室", "河长办"),
    ("河湖长办公室", "河长办"),
    ("河湖长办", "河长办"),
    ("长制办公室", "长办"),
    ("河长办公室", "河长办"),
    ("湖长办公室", "湖长办"),
    ("林长办公室", "林长办"),
    ("精神文明建设办公室", "文明办"),  # 文明办 and 文明委 are written in full too
    ("精神文明建设委员会", "文明委"),
    ("安全生产委员会办公室", "安委办"),  # 安委会 and 食安委 are written in full too
    ("安全生产委员会", "安委会"),
    ("食品安全委员会办公室", "食安办"),
    ("食品安全委员会", "食安委"),
    ("委员会办公室", "办"),
    ("委办公室", "办"),
    ("人民政府", "政府"),
    ("委政法委员会", "政法委"),
    ("政法委员会", "政法委"),
    ("委政法委", "政法委"),
    # one court and one procuratorate per place: 州法院 is the 州中级人民法院
    ("中级人民法院", "法院"),
    ("中级法院", "法院"),
    ("人民法院", "法院"),
    ("中院", "法院"),
    ("人民检察院", "检察院"),
    ("市场监督管理局", "市场监管局"),  # 县市场监督管理局 is written 县市场监管局 too
    ("市场监督管理所", "市场监管所"),
    ("委员会", "委"),
)


@dataclass
class EntityDraft:
    key: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    subtype: str | None = None
    jurisdiction: str | None = None
    parent: str | None = None
    code: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    def alias(self, *names: str) -> None:
        for n in names:
            if n and n != self.name and n not in self.aliases:
                self.aliases.append(n)


@dataclass
class Resolved:
    entities: dict[str, EntityDraft] = field(default_factory=dict)
    place_key: dict[tuple[int, int], str] = field(default_factory=dict)
    org_key: dict[tuple[int, int], str] = field(default_factory=dict)
    doc_key: dict[tuple[int, int], str] = field(default_factory=dict)
    home: dict[str, str] = field(default_factory=dict)  # level prefix -> place key
    author_level: str | None = None
    text: str = ""
    doc_id: str = ""
    place_spans: list[tuple[int, int, str]] = field(default_factory=list)  # view span + key, in order
    home_div: dict[str, Division] = field(default_factory=dict)  # home key -> its division
    home_alias: dict[str, list[str]] = field(default_factory=dict)  # home key -> 全市, 全县

    def place(self, key: str) -> EntityDraft:
        """The entity of a place key, created from the home divisions when first needed."""
        if key not in self.entities and key in self.home_div:
            e = self.add(place_draft(self.home_div[key]))
            e.alias(*self.home_alias.get(key, []))
        return self.entities[key]  # the level word most units are written with (州, 县, 市)

    part_of: list[tuple[str, str, int]] = field(default_factory=list)  # child, parent, view pos
    moved: dict[str, str] = field(default_factory=dict)  # folded key -> the key it now is (see move)
    sent_out: set[str] = field(default_factory=set)  # groups sent out or formed (see _sent_out_group)
    founded: set[str] = field(default_factory=set)  # those of them set up (组建): their founding is a fact

    def add(self, e: EntityDraft) -> EntityDraft:
        old = self.entities.get(e.key)
        if old is None:
            self.entities[e.key] = e
            return e
        old.alias(e.name, *e.aliases)
        old.spans.extend(e.spans)
        return old

    def move(self, key: str, to: EntityDraft) -> None:
        """Fold entity ``key`` into ``to`` (already added): its aliases, spans, mentions and sub-unit
        links now belong to ``to``, and ``key`` is gone."""
        old = self.entities.pop(key)
        to.alias(*old.aliases)
        to.spans.extend(old.spans)
        for span, k in list(self.org_key.items()):
            if k == key:
                self.org_key[span] = to.key
        self.part_of[:] = [(to.key if c == key else c, to.key if p == key else p, pos) for c, p, pos in self.part_of]
        self.moved[key] = to.key  # 市专班 folded into its full name: 专班办公室 (key 市专班办) is still its office


@lru_cache(maxsize=4096)
def body_key(body: str) -> str:
    """Normalise a body so its spellings share one key: 禁毒委员会办公室 -> 禁毒办, 人民政府办公厅 -> 政府办公厅."""
    if body.startswith("人民政府") and len(body) > 4:
        body = "政府" + body[4:]  # 省人民政府办公厅 and 省政府办公厅 are one office
    for old, new in _KEY_REWRITES:
        if body.endswith(old):
            return body[: -len(old)] + new
    return body


@lru_cache(maxsize=65536)
def short_name(d: Division) -> str:
    """The form units are prefixed with: 恩施土家族苗族自治州 -> 恩施州, 长阳土家族自治县 -> 长阳县."""
    from extract.gazetteer import short_forms

    forms = [f for f in short_forms(d) if f[-1:] == d.name[-1:] and f != d.name]
    return min(forms, key=len) if forms else d.name


def choose_division(p: PlaceM, context: Counter[str], siblings: Counter[str] | None = None) -> Division | None:
    """Settle homonyms by the places named around them (two counties of one name, many 城关镇).

    A candidate scores by its ancestors named in the text and by the parents it shares with the
    unambiguous places of the text (鼓楼区 beside 玄武区 and 秦淮区 is the one in their city). With
    no evidence at all between coded namesakes under different parents, no choice is made: a wrong
    code would merge the place with a stranger's across documents.
    """
    if not p.candidates:
        return None
    siblings = siblings or Counter()

    def score(d: Division) -> tuple[int, int]:
        return (sum(context[n] for n in _ancestor_names(d)) + siblings[d.parent_code], 1 if d.code else 0)

    best = max(p.candidates, key=score)
    coded = {d.parent_code for d in p.candidates if d.code}
    if score(best)[0] == 0 and len(coded) > 1:
        return None
    return best


@lru_cache(maxsize=65536)
def _ancestor_names(d: Division) -> frozenset[str]:
    """Full and short names of the places above a division (of its parent only, for an old name)."""
    g = gazetteer()
    anc = g.ancestors(d) if d.code else ([g.by_code[d.parent_code]] if d.parent_code in g.by_code else [])
    return frozenset({a.name for a in anc} | {short_name(a) for a in anc})


def resolve(text: str, m: Mentions, doc_id: str = "") -> Resolved:
    r = Resolved(text=text, doc_id=doc_id)
    context: Counter[str] = Counter(p.name for p in m.places)
    for o in m.orgs:
        for p in o.prefix_places:
            context[p.name] += 1
    # parents of the places that have only one reading: their siblings' namesakes are settled by them
    siblings: Counter[str] = Counter(
        p.candidates[0].parent_code for p in m.places if len(p.candidates) == 1 and p.candidates[0].code
    )
    divisions: dict[tuple[int, int], Division | None] = {}
    for p in m.places:
        divisions[(p.start, p.end)] = choose_division(p, context, siblings)
    # the document's own places, one per level word (州 -> 恩施州, 市 -> 武汉市)
    _homes(r, m, divisions, text)
    for p in m.places:
        d = divisions[(p.start, p.end)]
        e = _place_entity(p, d)
        e = r.add(e)
        e.alias(*r.home_alias.get(e.key, []))
        r.place_key[(p.start, p.end)] = e.key
        r.place_spans.append((p.start, p.end, e.key))
    levels = Counter(o.level_prefix.rstrip("上").lstrip("全") for o in m.orgs if o.level_prefix)
    levels.update(_level_word(r, o) for o in m.orgs if o.prefix_places and o.kind != "media")
    levels.pop("", None)
    for lvl, _ in levels.most_common():
        if lvl in r.home:
            r.author_level = lvl
            break
    prev: OrgM | None = None
    for o in m.orgs:
        if (
            prev is not None
            and not o.prefix_places
            and not o.level_prefix
            and o.parent is None
            and text[prev.end : o.start] in ("、", "和", "及", "与")
            and o.kind != "media"
        ):
            # 州上政法委、法院、检察院: one prefix serves the whole list
            o = replace(o, prefix_places=prev.prefix_places, level_prefix=prev.level_prefix, parent=prev.parent)
            m.orgs[m.orgs.index(prev) + 1] = o
        _org_entity(r, o, text)
        prev = o
        if text[o.start - 2 : o.start] == "中共":  # 中共滁州市委办公室: the party's full written name is an alias
            party_unit = r.entities.get(r.org_key.get((o.start, o.end), ""))
            if party_unit is not None:
                party_unit.alias("中共" + text[o.start : o.end])
    for dm in m.docs:
        _doc_entity(r, dm.start, dm.end, dm.title)
    _own_place_words(text, m, r)
    return r


# 我县, 我市, 我盟: the text's own place of that level (进驻我盟, 将我县列为…), not a unit's prefix
_OWN_PLACE = re.compile(r"我(省|州|盟|市|县|旗|区|镇|乡|街道)")
_TOWN_WORDS = ("镇", "乡", "街道")


def _own_place_words(text: str, m: Mentions, r: Resolved) -> None:
    """Make every 我县 / 我市 … a mention of the text's home place of that level word."""
    hits = list(_OWN_PLACE.finditer(text))
    if not hits:
        return  # most texts say no 我县: no need to map the units' spans
    in_org = {i for o in m.orgs for i in range(o.start, o.end)}
    added = False
    for hit in hits:
        word = hit.group(1)
        key = _own_town(text, m, r, word) if word in _TOWN_WORDS else r.home.get(word)
        if key is None or hit.start(1) in in_org:
            continue  # no home place of that level, or the level word opens a unit (我县公安局)
        e = r.place(key)
        e.alias(hit.group())
        e.spans.append((hit.start(), hit.end()))
        m.places.append(PlaceM(hit.start(), hit.end(), hit.group(), e.subtype or "", ()))
        r.place_key[(hit.start(), hit.end())] = key
        r.place_spans.append((hit.start(), hit.end(), key))
        added = True
    if added:
        m.places.sort(key=lambda p: p.start)
        r.place_spans.sort()


def _own_town(text: str, m: Mentions, r: Resolved, word: str) -> str | None:
    """The township a town's own report means by 我镇 (我乡, 我街道): the one its title or source line
    names (花坪镇2021年工作总结 / 信息来源：花坪镇人民政府)."""
    head = title_start(text)
    lines_end = head
    for _ in range(2):
        nl = text.find("\n", lines_end + 1)
        lines_end = len(text) if nl < 0 else nl
    return next((key for p in m.places if head <= p.start < lines_end and p.name.endswith(word)
                 and (key := r.place_key.get((p.start, p.end))) is not None), None)


def place_draft(d: Division, surface: str | None = None) -> EntityDraft:
    key = "place:" + (d.code or f"{d.name}|{d.parent_code}")
    e = EntityDraft(key, "place", d.name, subtype=d.level, code=d.code or None)
    parent = gazetteer().parent(d) if d.code else gazetteer().by_code.get(d.parent_code)
    if parent is not None:
        e.parent = "place:" + parent.code
    e.alias(short_name(d))
    if surface:
        e.alias(surface)
    return e


def _place_entity(p: PlaceM, d: Division | None) -> EntityDraft:
    if d is not None:
        e = place_draft(d, p.name)
    else:
        name = re.sub(r"办事处$", "", p.name)
        e = EntityDraft(f"place:{name}|{p.level}", "place", name, subtype=p.level)
        e.alias(p.name)
    e.spans.append((p.start, p.end))
    return e


def _homes(r: Resolved, m: Mentions, divisions: dict[tuple[int, int], Division | None], text: str) -> None:
    g = gazetteer()
    votes: dict[str, Counter[str]] = {lvl: Counter() for lvl in LEVEL_RANK}
    by_code: dict[str, Division] = {}
    for p in m.places:
        d = divisions[(p.start, p.end)]
        if d is None:
            continue
        if d.code:
            votes[d.level][d.code] += 3
            by_code[d.code] = d
        for a in g.ancestors(d) if d.code else _hist_ancestors(d):
            votes[a.level][a.code] += 1
            by_code[a.code] = a
    # the unit heading the text (邳州市安委办文件, 甲县人民政府关于…) writes from its own place: a county-level
    # city's notice means itself by 市, though its prefecture gets a vote from every town
    head = title_start(text)
    header = _header_units(text, m)  # (and a red-letter header of units: 中共庄河市委督查室　庄河市人民政府督查室,
    for o in m.orgs:                 # whose place outweighs the prefecture each of its towns votes for too)
        if (o.start == head or o in header) and o.prefix_places and (d := divisions.get(
                (o.prefix_places[-1].start, o.prefix_places[-1].end))) is not None and d.code:
            votes[d.level][d.code] += 6 if o in header else 3
            by_code[d.code] = d
    for p in m.places:  # 建瓯市关于…的公示: a place heading its own notice is its author
        if p.start == head and text.startswith("关于", p.end) and (d := divisions.get((p.start, p.end))) is not None \
                and d.code:
            votes[d.level][d.code] += 6
            by_code[d.code] = d
    # weak stems written before media or units (岳阳日报, 恩施电视台) vote for their city
    for o in m.orgs:
        if o.prefix_places:
            continue  # 徐州市安委会: its place voted already
        stem = text[o.start : o.start + 2]
        for d in g.weak(stem):
            if d.level == "prefecture":
                votes[d.level][d.code] += 2
                by_code[d.code] = d
    for prefix, levels in _LEVEL_OF_PREFIX.items():
        best: tuple[int, str] | None = None
        for lvl in levels:
            for code, n in votes[lvl].items():
                d = by_code[code]
                if prefix == "州" and not d.name.endswith("州"):
                    continue
                if prefix in ("市", "盟", "旗") and not d.name.endswith(prefix):
                    continue
                if prefix in ("地区", "地") and not d.name.endswith("地区"):
                    continue
                cand = (n, code)
                if best is None or cand > best:
                    best = cand
        if best is not None:
            d = by_code[best[1]]
            r.home[prefix] = place_draft(d).key
            r.home_div[r.home[prefix]] = d
    for full, short in (("全省", "省"), ("全州", "州"), ("全盟", "盟"), ("全市", "市"), ("全县", "县"), ("全旗", "旗"),
                        ("全区", "区")):
        if short in r.home:
            r.home[full] = r.home[short]
            if full in text and short != "州":
                r.home_alias.setdefault(r.home[short], []).append(full)


def _header_units(text: str, m: Mentions) -> list[OrgM]:
    """The units of a line near the top that names units and nothing else (a red-letter header)."""
    top = 0
    for _ in range(6):
        nl = text.find("\n", top)
        if nl < 0:
            break
        top = nl + 1
    by_line: dict[int, list[OrgM]] = {}  # the units of each of those lines, by where the line starts
    for o in m.orgs:
        if o.start >= top:
            break
        by_line.setdefault(text.rfind("\n", 0, o.start) + 1, []).append(o)
    out: list[OrgM] = []
    for a, units in by_line.items():
        b = text.find("\n", a)
        b = b if b >= 0 else len(text)
        rest = text[a:b]
        for u in units:
            if u.end <= b:
                rest = rest.replace(text[u.start : u.end], "", 1)
        if not rest.replace("中共", "").strip(" \u3000\t"):
            out += units
    return out


def _level_word(r: Resolved, o: OrgM) -> str:
    key = r.place_key.get((o.prefix_places[-1].start, o.prefix_places[-1].end), "")
    for word, home in r.home.items():
        if home == key and len(word) == 1:
            return word
    return ""


def _hist_ancestors(d: Division) -> list[Division]:
    g = gazetteer()
    p = g.by_code.get(d.parent_code)
    return [p, *g.ancestors(p)] if p is not None else []


def _prefix_for(r: Resolved, o: OrgM) -> tuple[str | None, str | None]:
    """(jurisdiction key, prefix text for the canonical name) of a unit mention."""
    if o.prefix_places:
        key = _place_key_of(r, o.prefix_places[-1])
        e = r.place(key) if key else None
        if e is not None:
            return key, _short_label(e)
        return key, o.prefix_places[-1].name
    if o.level_prefix:
        lp = o.level_prefix.rstrip("上")
        if lp in ("国家", "中国", "中央", "国务院", "中共中央"):
            return None, lp
        key = _nearby(r, o.start, lp) or r.home.get(lp)
        if key and o.body.endswith("分局") and (e := r.entities.get(key)) is not None and e.parent \
                and (e.parent in r.entities or e.parent in r.home_div) and e.name[:-1] + "分局" in o.body:
            key = e.parent  # 高邮市…，市生态环境局高邮分局: the branch in 高邮 is the prefecture's bureau's
        if key:
            label = _short_label(r.place(key))
            return key, label[:-1] if lp == "地" and label.endswith("地区") else label  # 阿克苏地委
        return None, None
    return None, None


_BASIS_CLOSED = re.compile(r"(?:要求|精神|部署|规定|安排)[，,]")


def _nearby(r: Resolved, pos: int, level_word: str) -> str | None:
    """The place of that level named just before in the same sentence: in 吉安县公安局联合县卫健委,
    县 is 吉安县, whatever county the document mentions most."""
    if len(level_word) != 1:
        return None
    levels = _LEVEL_OF_PREFIX.get(level_word, ())
    for _start, end, key in reversed(r.place_spans):
        if end > pos:
            continue
        if pos - end > 60 or _SEGMENT_END.search(r.text, end, pos) or _BASIS_CLOSED.search(r.text, end, pos):
            break  # (按照徐州市安委会《…》要求，市安委会下设…: the place of a cited authority is not this 市)
        e = r.entities.get(key)
        if e is not None and e.subtype == "city" and e.parent is not None and r.home.get(level_word) == e.parent \
                and any(s == end for s, _, _ in r.place_spans):
            return None  # 灵宝市朱阳镇，由市中级人民法院督办 in the prefecture's notice: 市 is the prefecture,
            # the county-level city only places the town
        if e is not None and e.subtype in levels and e.name.endswith(level_word) \
                and r.text[_start - 1 : _start] not in ("、", "为") and r.text[end : end + 1] != "、":
            return key  # not a place listed as an object (责任区域为德保县、靖西市、那坡县，联系单位为市水利局)
    return None


def _place_key_of(r: Resolved, p: PlaceM) -> str | None:
    return r.place_key.get((p.start, p.end))


def _short_label(e: EntityDraft) -> str:
    cands = [a for a in [e.name, *e.aliases] if a[-1:] in "省州市县区旗镇乡" and not a.startswith("全")]
    return min(cands, key=len) if cands else e.name


# 市安委会派出6个督导组, 各部门抽调骨干组成联合督查组, 派出由省禁毒办牵头的联合督导组: a group sent out or formed
_SENT_OUT = re.compile(SENT_OUT + "$")
_COUNTED = re.compile(r"[0-9一二三四五六七八九十两]+个")


def _sent_out_group(r: Resolved, o: OrgM, text: str, sent: re.Match[str]) -> bool:
    """A group sent out or formed by the unit named before it in its sentence is a unit of the
    sender's place (河池市安委会派出6个督导组 -> 河池市督导组, part of the committee that sent it)."""
    stop = max(text.rfind(c, 0, sent.start()) for c in "。；;\n")
    senders = [(b, k) for (a, b), k in r.org_key.items() if stop < a and b <= sent.start() and k in r.entities]
    sender = r.entities[max(senders)[1]] if senders else None  # the nearest unit before the verb
    if sender is None or sender.jurisdiction is None or sender.jurisdiction not in r.entities:
        return False
    label = _short_label(r.place(sender.jurisdiction))
    # 组成县反诈工作联合督导组: the level word is the place's, written once (忠县反诈…, not 忠县县反诈…)
    body = o.body[1:] if o.body[:1] == label[-1:] and len(o.body) > 4 else o.body
    group = _make_org(r, label, body, "taskforce", sender.jurisdiction, text[o.start : o.end])
    group.spans.append((o.start, o.end))
    counted = _COUNTED.search(text, sent.start(), sent.end())
    if counted is not None and counted.end() == o.start:
        group.alias(text[counted.start() : o.end])  # 4个暗访组: the group as the text counts it
    r.org_key[(o.start, o.end)] = group.key
    r.sent_out.add(group.key)
    if sent.group(1) in ("组建", "成立"):
        r.founded.add(group.key)
    if sent.group(1) == "派出" and sender.subtype == "committee":
        r.part_of.append((group.key, sender.key, o.start))
    return True


def _org_entity(r: Resolved, o: OrgM, text: str) -> None:
    surface = text[o.start : o.end]
    # outlets and companies are named as written, no prefix added; but an institution written with a
    # level word (市人民医院, 市交通投资集团) is that place's
    if o.kind == "media" or (o.kind == "other" and not (o.level_prefix and surface.startswith(o.level_prefix))):
        owner = r.org_key.get((o.parent.start, o.parent.end)) if o.parent is not None else None
        name = r.entities[owner].name + surface if owner in r.entities else surface  # 某公司 + 贵州分公司
        e = EntityDraft("org:" + name, "organization", name, subtype=o.kind)
        e.alias(surface if owner else "")
        if o.prefix_places and o.body.endswith(("中学", "小学")) and o.end - o.prefix_places[-1].end >= 4:
            e.alias(text[o.prefix_places[-1].end : o.end])  # 建宁街道城南路小学: the school's own name
        e.spans.append((o.start, o.end))
        r.org_key[(o.start, o.end)] = r.add(e).key
        if owner in r.entities:
            r.part_of.append((e.key, owner, o.start))
        return
    sent = _SENT_OUT.search(text, max(0, o.start - 40), o.start) if o.kind == "taskforce" else None
    if sent is not None and _sent_out_group(r, o, text, sent):
        return
    if o.body in BARE_GROUPS and surface == o.body and o.parent is None:
        # 成立甲县…工作专班。专班对乙镇实行挂牌督办: a group's bare body is the one group of that body the text
        # named before, or nobody to record
        named = [e for e in r.entities.values() if e.type == "organization" and e.name.endswith(o.body)
                 and len(e.name) > len(o.body) + 3]
        if len(named) == 1:
            _claim(r, named[0], o, surface)
        else:
            r.org_key[(o.start, o.end)] = "?" + o.body
        return
    if (o.body.endswith("股") or (o.body.endswith("科") and "科室" in text and fills_a_cell(text, o.start, o.end))) \
            and surface == o.body and not surface.startswith(("局", "委")) and o.parent is None \
            and not o.prefix_places and not o.level_prefix and (bureau := _bureau_before(r, o.start)) is not None:
        # 县教体局实行…股室包乡镇…。基础教育股包片联系甲镇: a section of the bureau last named (a 科 only
        # as a table's cell in a text that speaks of 科室: 督导科室 | 食品生产监管科)
        _section_of(r, o, bureau, surface, surface)
        return
    if surface.startswith(("局", "委")) and len(surface) > 3 and surface == o.body and o.parent is None \
            and (own := _own_unit(r, text, surface[0])) is not None:
        # 由局安全稳定股负责 in a notice of 衡东县教育局: a section of the text's own bureau (本局)
        _section_of(r, o, own, surface[1:], surface)
        return
    jur, prefix = _prefix_for(r, o)
    body = o.body
    kinds = bodies()
    # 委组织部 = 委 + 组织部; 政府安全生产督查组 = 政府 + 安全生产督查组: a unit inside its parent
    parent_key = None
    split = _split_body(body)
    if o.parent is not None:
        parent_key = r.org_key.get((o.parent.start, o.parent.end))
    if split and prefix is not None:
        head, tail = split
        written = surface[: -len(tail)] if surface.endswith(tail) and len(surface) > len(tail) + 1 else None
        kind = kinds.get(head) or next((kinds[head[k:]] for k in (1, 2) if head[k:] in kinds), "other")
        pe = _make_org(r, prefix, head, kind, jur, written)  # 市安委办 of 市安委办暗访组 (河湖长办: 湖长办's kind)
        parent_key = pe.key
    if parent_key is None and o.kind == "police" and body.endswith(("大队", "支队")) and not body.startswith("公安"):
        # 县公安局禁毒大队…联合刑侦大队: a police brigade is its place's bureau's, when the text names it
        # (the one bureau named, for a brigade written with no place)
        bureaus = [e.key for e in r.entities.values() if e.type == "organization" and e.name.endswith("公安局")
                   and (prefix is None or e.name == prefix + "公安局")]
        parent_key = bureaus[0] if len(bureaus) == 1 else None
    if parent_key is not None and parent_key in r.entities:
        parent = r.entities[parent_key]
        tail = split[1] if split and prefix is not None else body
        name = parent.name + tail
        kind = kinds.get(tail, o.kind)
        if kind == "other" or tail.endswith("组"):
            kind = "taskforce" if tail.endswith("组") else kind
        e = EntityDraft("org:" + body_key(name), "organization", name, subtype=kind, jurisdiction=parent.jurisdiction)
        e.alias(surface, tail if len(tail) > 2 else "")
        if o.parent is not None and o.parent.end == o.start:
            e.alias(text[o.parent.start : o.end])  # 地委组织部, as written with the committee before it
        e.spans.append((o.start, o.end))
        e = r.add(e)
        r.org_key[(o.start, o.end)] = e.key
        r.part_of.append((e.key, parent_key, o.start))
        return
    if prefix is None:
        # a bare body: a sub-unit already named in full (禁毒大队 after 公安局禁毒大队), else the
        # unit of the document's own level (州禁毒委 in a prefecture report), else the only one of that name
        subs = [
            e
            for e in r.entities.values()
            if e.type == "organization"
            and e.name.endswith(body)
            and len(e.name) > len(body)
            and any(c == e.key for c, _, _ in r.part_of)
        ]
        if len(subs) == 1:
            _claim(r, subs[0], o, surface)
            return
        home = _author_home(r)
        zone = body.endswith(("管委会", "管理委员会")) and "区" in body  # 鄂托克经济开发区管委会: named by its zone
        if home is not None and body not in ("办公室",) and not zone:
            jur, prefix = home, _short_label(r.place(home))
        else:
            same = [
                e
                for e in r.entities.values()
                if e.type == "organization" and e.key.endswith(body_key(body)) and e.subtype != "media"
            ]
            if len(same) == 1:
                _claim(r, same[0], o, surface)
                return
    if prefix is None:
        if body in ("办公室",) or (o.kind == "taskforce" and not o.level_prefix):
            r.org_key[(o.start, o.end)] = "?" + body  # claimed later by 下设 lists, or dropped
            return
        # no place known for this level: keep the level word (市委), and keep the unit to this
        # document, since another text's 市委 is another city's
        prefix = (o.level_prefix or "").rstrip("上")
        scope = r.doc_id + "#"
    else:
        scope = ""
    e = _make_org(r, prefix, body, o.kind, jur, surface, scope)
    e.spans.append((o.start, o.end))
    r.org_key[(o.start, o.end)] = e.key
    if sent is not None:
        r.sent_out.add(e.key)
    if (office_of := _OFFICE_OWNERS.get(body)) is not None and not scope:
        # 县人民政府办公室, 中共县委办公室: the office of the government, of the party committee, though the
        # text never names them alone
        r.part_of.append((e.key, _make_org(r, prefix, office_of[0], office_of[1], jur, None).key, o.start))
    if _is_variant_office(text, o.end):
        office = _make_org(
            r,
            prefix,
            body_key(body)[:-1] + "办" if body_key(body).endswith("委") else body + "办",
            "office",
            jur,
            None,
            scope,
        )
        office.alias(surface + "(办)")
        r.entities[e.key].alias(surface + "(办)")
        r.part_of.append((office.key, e.key, o.end))


_OFFICE_OWNERS = {"政府办公室": ("政府", "government"), "人民政府办公室": ("政府", "government"),
                  "委办公室": ("委", "party")}


def _section_of(r: Resolved, o: OrgM, owner: EntityDraft, section: str, surface: str) -> None:
    """The mention ``o`` is the section ``section`` of ``owner``: a unit of its own, part of the owner."""
    e = _make_org(r, owner.name, section, o.kind, owner.jurisdiction, surface)
    e.spans.append((o.start, o.end))
    r.org_key[(o.start, o.end)] = e.key
    r.part_of.append((e.key, owner.key, o.start))


def _bureau_before(r: Resolved, pos: int) -> EntityDraft | None:
    """The bureau (…局) named last before ``pos``."""
    named = [(max(s for s, _ in e.spans if s < pos), e) for e in r.entities.values()
             if e.type == "organization" and e.name.endswith("局") and any(s < pos for s, _ in e.spans)]
    return max(named, key=lambda se: se[0])[1] if named else None


def _own_unit(r: Resolved, text: str, kind_char: str) -> EntityDraft | None:
    """The unit a text written by a bureau (or a committee) calls 局 (委): the one of that kind named on
    its title line."""
    title_end = text.find("\n")
    own = [e for e in r.entities.values() if e.type == "organization" and e.name.endswith(kind_char)
           and any(s < title_end for s, _ in e.spans)]
    return own[0] if len(own) == 1 else None


def _claim(r: Resolved, e: EntityDraft, o: OrgM, surface: str) -> None:
    e.alias(surface)
    e.spans.append((o.start, o.end))
    r.org_key[(o.start, o.end)] = e.key


def _author_home(r: Resolved) -> str | None:
    """The place of the level the text mostly writes units at (州委, 州政府 -> the prefecture)."""
    return r.home.get(r.author_level) if r.author_level else None


def _is_variant_office(text: str, end: int) -> bool:
    return text[end : end + 3] in ("(办)", "（办）")


def _key_name(prefix: str, body: str) -> str:
    return prefix + body_key(body)


def _make_org(
    r: Resolved, prefix: str, body: str, kind: str, jur: str | None, surface: str | None, scope: str = ""
) -> EntityDraft:
    name = prefix + body
    e = EntityDraft("org:" + scope + _key_name(prefix, body), "organization", name, subtype=kind, jurisdiction=jur)
    if ((body == "委" and kind == "party") or (body.startswith("委") and not body.startswith("委员会"))) and prefix:
        e.alias("中共" + name)  # 中共甲州委组织部
        if len(prefix) == 2 and prefix.endswith("县"):  # 中共魏县县委办公室: a one-character county says 县 again
            e.alias(prefix + "县" + body, "中共" + prefix + "县" + body)
    if body_key(body) == "政府" and prefix:
        e.alias(prefix + "政府", prefix + "人民政府")
    if surface:
        e.alias(surface)
    if body == "团委" and prefix:
        e.alias("共青团" + prefix + "委", "共青团" + prefix + "委员会")  # 团县委 is the county's youth league
    elif body.endswith("委员会") and prefix:
        e.alias(prefix + body[:-3] + "委")
    elif body.endswith("委") and prefix and kind == "committee":
        e.alias(prefix + body + "员会")
    return r.add(e)


def _split_body(body: str) -> tuple[str, str] | None:
    kinds = bodies()
    if body in kinds:
        return None  # 纪委监委 is one body (two names, one office), not a unit inside another
    for i in range(len(body) - 1, 0, -1):
        head, tail = body[:i], body[i:]
        # (纪委监委第三监督检查室: a numbered office inside its commission)
        if head in kinds and (tail in kinds or tail[-1:] in ("组", "队") or tail.endswith("办公室")
                              or (tail[:1] == "第" and tail[-1:] in ("室", "部"))  # 检察院第二检察部
                              or (tail[-1:] in ("科", "股") and head.endswith(("局", "委", "厅")))) and len(tail) >= 2:
            # (教育局安全科: a section of its bureau)
            if head in ("委",) or len(head) >= 2:
                return head, tail
        # (河湖长办第二督查组: a numbered group of a unit whose stem holds a word before its body, 河 + 湖长办)
        if tail[:1] == "第" and tail[-1:] == "组" and any(head[k:] in kinds for k in (1, 2)) and len(head) >= 4:
            return head, tail
    return None


def _doc_entity(r: Resolved, start: int, end: int, title: str) -> None:
    clean = title.strip()
    # a short back-reference (省上《决定》) is the latest longer title that ends with it
    if len(clean) <= 4:
        for e in reversed(list(r.entities.values())):
            if e.type == "document" and e.name.endswith(clean) and e.name != clean:
                e.alias(clean)
                e.spans.append((start, end))
                r.doc_key[(start, end)] = e.key
                return
    e = EntityDraft("doc:" + clean, "document", clean)
    if (issuers := _ISSUERS_BEFORE_ABOUT.match(clean)) is not None:
        e.alias(clean[issuers.end() :])  # 甲办公室 乙办公室关于印发…的通知 is cited as 关于印发…的通知
    e.spans.append((start, end))
    r.doc_key[(start, end)] = r.add(e).key


# the issuers a notice's title opens with, before its 关于
_ISSUERS_BEFORE_ABOUT = re.compile(rf"[\u4e00-\u9fff 　]{{3,60}}?(?:{ISSUER_BODIES}|指挥部|领导小组)[ 　]*(?=关于)")


def party_departments() -> tuple[str, ...]:
    return tuple(load("org_bodies.json")["party_departments"])
