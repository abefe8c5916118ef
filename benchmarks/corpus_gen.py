"""A realistic generated corpus with known truth, for the build benchmark and corpus-scale tests.

Run on demand (not part of pytest):

    python benchmarks/corpus_gen.py /tmp/gencorpus --docs 10000 --seed 1

Each document is a short work report, notice or news item about one prefecture or one county of
a real province, written with the wording of real reports: key townships designated for
rectification (挂牌整治, 列为重点整治, 通报批评), units that supervise them (包点督办, 包抓, 联点,
督导, 督查, 对口联系), documents issued and forwarded (印发《…》, 联合印发, 转发), leading groups set up
with their offices (成立…领导小组，下设办公室), river chiefs and pairing, heads of committees, and
cancelled designations (取消挂牌, 摘帽) that must give no fact. Place names come from the gazetteer
(extract.gazetteer), so homonyms and the shapes of real names are there; units are written in full
(酒泉市公安局), abbreviated in their own document's context (市公安局, 县委) or as shared-prefix lists
(市委政法委、公安局、司法局). About 6% of the documents are in traditional script (half of them in Big5),
10% GB18030, 5% HTML pages with navigation and footer.

Writes ``OUT/docs/NNNNN-kind.{txt,html}`` and ``OUT/truth/NNNNN-kind.json``; each truth file lists
the units, places, documents, people and relations of the text, every unit and place with an
``identity`` that is the same in every document (``U:<admin code>:<body>``, ``P:<admin code>``):
what entity-resolution scoring compares the graph's nodes against. The sentences are this file's
own; none is copied from a real text.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.gazetteer import Division, gazetteer, short_forms

# body -> kind, and the abbreviation style of bodies used at prefecture (P) and county (C) level
BODIES = {
    "委": "party", "政法委": "party", "组织部": "party", "宣传部": "party",
    "人民政府": "government", "禁毒委员会": "committee", "安全生产委员会": "committee",
    "禁毒办": "office", "人民政府办公室": "office", "公安局": "police", "司法局": "department",
    "财政局": "department", "教育局": "department", "民政局": "department", "水利局": "department",
    "应急管理局": "department", "卫生健康委员会": "department", "市场监督管理局": "department",
    "自然资源局": "department", "人民法院": "court", "人民检察院": "procuratorate",
}
# party departments are written with their committee: 市委政法委, 县委组织部
DISPLAY = {"政法委": "委政法委", "组织部": "委组织部", "宣传部": "委宣传部"}
SUPERVISORS = ["政法委", "公安局", "司法局", "财政局", "教育局", "民政局", "人民法院", "人民检察院", "组织部",
               "宣传部", "应急管理局", "自然资源局"]
LIST_SHORT = {"政法委": "政法委", "公安局": "公安", "司法局": "司法", "财政局": "财政", "教育局": "教育",
              "民政局": "民政", "人民法院": "法院", "人民检察院": "检察院"}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "建国志强明华文军海涛伟刚永平红梅玉兰春生德胜立新学良正清国庆宏福晓东振兴向阳"
TOPICS = ["禁毒", "安全生产", "河湖长制", "扶贫开发", "疫情防控", "森林防火", "综治维稳"]
FILLER = [
    "各级各部门坚持问题导向，压实工作责任，整治工作取得了阶段性成效。",
    "全年共开展集中宣传活动四十余场次，发放宣传资料两万余份。",
    "下一步，将继续保持高压态势，健全长效机制，巩固整治成果。",
    "会议要求，各成员单位要主动担当，密切配合，形成工作合力。",
    "通过明察暗访、随机抽查等方式，及时发现并督促整改了一批突出问题。",
    "截至目前，已完成年度目标任务的百分之八十以上。",
    "同时，建立了月调度、季通报、年考核的工作推进机制。",
    "部分地方仍存在思想认识不到位、工作措施不扎实等问题，需要认真加以解决。",
]


@dataclass
class County:
    division: Division
    townships: list[Division]


@dataclass
class Prefecture:
    division: Division
    short: str  # 临夏州 for 临夏回族自治州
    abbr: str  # 州 / 市 / 盟 / 地区: how its own texts call it
    counties: list[County]


def short_name(d: Division) -> str:
    """The name texts use as a unit's prefix: 临夏州 for 临夏回族自治州, else the official name."""
    forms = [f for f in short_forms(d) if f.endswith(("州", "市", "盟", "地区", "县", "区", "旗"))]
    return min(forms or [d.name], key=len)


def build_world() -> list[Prefecture]:
    """Prefectures with at least two counties (县/区) that have at least three townships each."""
    g = gazetteer()
    children: dict[str, list[Division]] = defaultdict(list)
    for d in g.by_code.values():
        children[d.parent_code].append(d)
    out = []
    for d in sorted(g.by_code.values(), key=lambda x: x.code):
        if d.level != "prefecture":
            continue
        counties = []
        for c in sorted(children[d.code], key=lambda x: x.code):
            towns = sorted((t for t in children[c.code] if t.level == "township"), key=lambda x: x.code)
            if c.level in ("county", "district") and c.name.endswith(("县", "区")) and len(towns) >= 3:
                counties.append(County(c, towns))
        if len(counties) < 2:
            continue
        short = short_name(d)
        abbr = "地区" if d.name.endswith("地区") else d.name[-1]
        out.append(Prefecture(d, short, abbr if abbr in ("州", "市", "盟", "地区") else "市", counties))
    return out


@dataclass
class Doc:
    """One document being written, with its truth."""

    rng: random.Random
    pref: Prefecture
    county: County | None  # the county a county-level document is about
    units: dict[str, dict[str, Any]] = field(default_factory=dict)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    documents: list[dict[str, str]] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)
    relations: list[dict[str, str]] = field(default_factory=list)
    year: int = 2018

    # ---- entities
    def unit(self, body: str, where: Division | None = None, form: str | None = None,
             written: str | None = None) -> tuple[str, str]:
        """(identity, surface) of the unit ``body`` of ``where`` (default: the document's own place).

        ``form``: full (酒泉市公安局), abbr (市公安局: only for the document's own places), or random;
        ``written``: the surface exactly as the sentence writes it, when it is neither (公安 in a list).
        """
        where = where or (self.county.division if self.county else self.pref.division)
        own_abbr = self._abbr(where)
        form = form or ("abbr" if own_abbr and self.rng.random() < 0.5 else "full")
        short = short_name(where)
        canonical = short + DISPLAY.get(body, body)
        shown = DISPLAY.get(body, body) if body != "人民政府" or self.rng.random() < 0.5 else "政府"
        surface = written or ((own_abbr + shown) if form == "abbr" and own_abbr else short + shown)
        identity = f"U:{where.code}:{body}"
        u = self.units.setdefault(identity, {"identity": identity, "name": canonical, "kind": BODIES.get(body, "other"),
                                             "jurisdiction": f"P:{where.code}", "surface": []})
        if surface not in u["surface"]:
            u["surface"].append(surface)
        self.place(where, mention=False)
        return identity, surface

    def _abbr(self, where: Division) -> str | None:
        if where == self.pref.division:
            return self.pref.abbr
        if self.county is not None and where == self.county.division:
            return where.name[-1]
        return None

    def place(self, d: Division, parent_stated: bool = False, mention: bool = True) -> tuple[str, str]:
        identity = f"P:{d.code}"
        p = self.places.setdefault(identity, {"identity": identity, "name": d.name, "level": d.level,
                                              "parent": f"P:{d.parent_code}", "mentioned": False})
        p["mentioned"] = p["mentioned"] or mention
        return identity, d.name

    def rel(self, kind: str, subject: str, obj: str, cue: str) -> None:
        fact = {"type": kind, "subject": subject, "object": obj, "cue": cue}
        if fact not in self.relations:
            self.relations.append(fact)

    def person(self, post_body: str, post: str, where: Division | None = None) -> str:
        name = self.rng.choice(SURNAMES) + "".join(self.rng.sample(GIVEN, self.rng.choice((1, 2))))
        org, surface = self.unit(post_body, where)
        self.people.append({"name": name, "post": surface + post, "head_of": org})
        self.rel("head_of", f"H:{name}", org, post)
        return f"{surface}{post}{name}"

    # ---- helpers for sentences
    def towns(self, county: County, n: int) -> list[Division]:
        return self.rng.sample(county.townships, min(n, len(county.townships)))

    def town_groups(self, n_counties: int, per: int) -> tuple[str, list[str]]:
        """``东X县A镇、B镇，西Y县C乡`` with within facts (stated by juxtaposition and enumeration)."""
        counties = self.rng.sample(self.pref.counties, min(n_counties, len(self.pref.counties)))
        parts, ids = [], []
        for c in counties:
            cid, cname = self.place(c.division)
            names = []
            for t in self.towns(c, self.rng.randint(1, per)):
                tid, tname = self.place(t, parent_stated=True)
                self.rel("within", tid, cid, "")
                ids.append(tid)
                names.append(tname)
            parts.append(cname + "、".join(names))
        return "，".join(parts), ids

    def title(self, topic: str) -> str:
        self.year = self.rng.randint(2012, 2023)
        where = self.county.division if self.county else self.pref.division
        self.place(where)
        name = where.name if self.county else self.pref.short
        return self.rng.choice([f"{name}{self.year}年{topic}工作情况通报", f"关于{name}{topic}重点整治工作的情况报告",
                                f"{name}扎实推进{topic}工作"])


# ----------------------------------------------------------------------------------- sentence kinds


def s_designate(d: Doc) -> str:
    groups, towns = d.town_groups(d.rng.randint(1, 3), 3)
    committee, surface = d.unit("禁毒委员会", d.pref.division)
    sups = d.rng.sample(SUPERVISORS[:8], d.rng.randint(2, 4))
    if d.rng.random() < 0.5:  # a shared-prefix list: 市委政法委、公安、司法等部门
        written = [d.pref.abbr + DISPLAY.get(sups[0], sups[0])]
        written += [LIST_SHORT[b] if d.rng.random() < 0.5 else DISPLAY.get(b, b) for b in sups[1:]]
        ids = [d.unit(b, d.pref.division, written=w)[0] for b, w in zip(sups, written, strict=True)]
        by = f"由{'、'.join(written)}等部门包点督办"
    else:  # each unit in full or abbreviated
        pairs = [d.unit(b, d.pref.division) for b in sups]
        ids = [i for i, _ in pairs]
        by = "由" + "、".join(w for _, w in pairs) + "包点督办"
    cue = d.rng.choice(["列为重点整治", "挂牌整治"])
    for t in towns:
        d.rel("designates", committee, t, cue)
        for u in ids:
            d.rel("supervises", u, t, "包点督办")
    verb = "列为重点整治乡镇" if cue == "列为重点整治" else "列为挂牌整治乡镇，实行挂牌整治"
    return f"{surface}研究决定，将{groups}等{len(towns)}个乡镇{verb}，{by}。"


def s_baozhua(d: Doc) -> str:
    county = d.county or d.rng.choice(d.pref.counties)
    cid, cname = d.place(county.division)
    body = d.rng.choice(SUPERVISORS)
    unit, surface = d.unit(body, d.county.division if d.county else d.pref.division)
    towns = d.towns(county, d.rng.randint(1, 3))
    names = []
    for t in towns:
        tid, tname = d.place(t, parent_stated=True)
        d.rel("within", tid, cid, "")
        d.rel("supervises", unit, tid, "包抓")
        names.append(tname)
    return f"{surface}包抓{cname}{'、'.join(names)}的整治工作，主要负责同志每月至少深入一线一次。"


def s_liandian(d: Doc) -> str:
    county = d.county or d.rng.choice(d.pref.counties)
    where = d.county.division if d.county else d.pref.division
    towns = d.towns(county, d.rng.randint(2, 4))
    bodies = d.rng.sample(SUPERVISORS, len(towns))
    parts = []
    for body, t in zip(bodies, towns, strict=True):
        unit, surface = d.unit(body, where)
        tid, tname = d.place(t)
        d.rel("supervises", unit, tid, "联点")
        parts.append(f"{surface}联点{tname}")
    level = "县级" if d.county else "市级"
    return f"按照{level}领导联点制度，" + "，".join(parts) + "。"


def s_duicha(d: Doc) -> str:
    committee, surface = d.unit("安全生产委员会", d.pref.division)
    counties = d.rng.sample(d.pref.counties, min(len(d.pref.counties), d.rng.randint(2, 3)))
    names = []
    for c in counties:
        cid, cname = d.place(c.division)
        d.rel("supervises", committee, cid, "督查")
        names.append(cname)
    month = d.rng.randint(1, 12)
    return f"{month}月，{surface}派出工作组，对{'、'.join(names)}的安全生产工作开展督查。"


def s_tongbao(d: Doc) -> str:
    county = d.county or d.rng.choice(d.pref.counties)
    cid, cname = d.place(county.division)
    t = d.rng.choice(county.townships)
    tid, tname = d.place(t, parent_stated=True)
    d.rel("within", tid, cid, "")
    committee, surface = d.unit("安全生产委员会", d.pref.division)
    d.rel("designates", committee, tid, "通报批评")
    return f"因隐患整改推进缓慢，{surface}对{cname}{tname}予以通报批评，并限期完成整改。"


def s_issue(d: Doc) -> str:
    topic = d.rng.choice(TOPICS)
    where = d.county.division if d.county else d.pref.division
    year = d.year
    lead = d.rng.choice(["关于进一步加强", "关于深入推进", "关于全面落实"])
    title = f"{lead}{topic}工作的{d.rng.choice(['实施意见', '通知', '工作方案'])}"
    doc_id = f"D:{title}"
    if doc_id not in [x["identity"] for x in d.documents]:
        d.documents.append({"identity": doc_id, "title": title})
    if d.rng.random() < 0.3:
        a, sa = d.unit("委", where, form="abbr")
        b, sb = d.unit("人民政府", where, form="abbr")
        for u in (a, b):
            d.rel("issued", u, doc_id, "联合印发")
        return f"{year}年，{sa}、{sb}联合印发《{title}》，明确了各成员单位的工作职责。"
    u, s = d.unit(d.rng.choice(["人民政府办公室", "禁毒委员会", "安全生产委员会"]), where)
    d.rel("issued", u, doc_id, "印发")
    return f"{s}印发了《{title}》，对全年重点任务作出具体安排。"


def s_forward(d: Doc) -> str:
    if d.county is None:
        return s_issue(d)
    topic = d.rng.choice(TOPICS)
    title = f"{d.pref.short}{topic}工作考核办法"
    doc_id = f"D:{title}"
    if doc_id not in [x["identity"] for x in d.documents]:
        d.documents.append({"identity": doc_id, "title": title})
    u, s = d.unit("人民政府办公室", d.county.division)
    d.rel("forwarded", u, doc_id, "转发")
    return f"{s}及时转发了《{title}》，要求各乡镇结合实际抓好贯彻落实。"


def s_establish(d: Doc) -> str:
    where = d.county.division if d.county else d.pref.division
    short = short_name(where)
    topic = d.rng.choice(TOPICS)
    group_body = f"{topic}工作领导小组"
    party, sp = d.unit("委", where, form="abbr")
    gov, sg = d.unit("人民政府", where, form="abbr")
    group = f"U:{where.code}:{group_body}"
    office = f"U:{where.code}:{group_body}办公室"
    d.units.setdefault(group, {"identity": group, "name": short + group_body, "kind": "taskforce",
                               "jurisdiction": f"P:{where.code}", "surface": [short + group_body]})
    d.units.setdefault(office, {"identity": office, "name": short + group_body + "办公室", "kind": "office",
                                "jurisdiction": f"P:{where.code}", "surface": ["办公室"]})
    _, sh = d.unit(d.rng.choice(["公安局", "应急管理局", "水利局", "卫生健康委员会"]), where)
    for u in (party, gov):
        d.rel("established", u, group, "成立")
    d.rel("part_of", office, group, "下设")
    return f"{sp}、{sg}成立{short}{group_body}，领导小组下设办公室，办公室设在{sh}。"


def s_head(d: Doc) -> str:
    where = d.county.division if d.county else d.pref.division
    first = d.person("委", "书记", where)
    second = d.person("公安局", "局长", where)
    return f"{first}主持召开专题会议，{second}通报了前一阶段的工作进展。"


def s_river(d: Doc) -> str:
    county = d.county or d.rng.choice(d.pref.counties)
    unit, surface = d.unit("水利局", county.division, form="abbr" if d.county else "full")
    towns = d.towns(county, d.rng.randint(2, 3))
    names = []
    for t in towns:
        tid, tname = d.place(t)
        d.rel("supervises", unit, tid, "督导")
        names.append(tname)
    cname = d.place(county.division)[1]
    return (f"{cname}全面推行河湖长制，设立县乡村三级河长，{surface}负责对{'、'.join(names)}的河道管护工作进行督导。")


def s_pairing(d: Doc) -> str:
    c1 = d.rng.choice(d.pref.counties)
    unit, surface = d.unit(d.rng.choice(["卫生健康委员会", "市场监督管理局", "民政局"]), d.pref.division)
    cid, cname = d.place(c1.division)
    d.rel("supervises", unit, cid, "对口联系")
    return f"疫情防控期间，{surface}对口联系{cname}，每周通报一次防控物资保障情况。"


def s_negation(d: Doc) -> str:
    county = d.county or d.rng.choice(d.pref.counties)
    t = d.rng.choice(county.townships)
    cid, cname = d.place(county.division)
    tid, tname = d.place(t, parent_stated=True)
    d.rel("within", tid, cid, "")
    if d.rng.random() < 0.5:
        _, surface = d.unit("禁毒委员会", d.pref.division)
        return f"经过两年集中整治，{cname}{tname}通过验收，{surface}决定对其取消挂牌。"
    return f"{cname}{tname}整治成效明显，已于当年摘帽。"


SENTENCES: dict[str, list[Callable[[Doc], str]]] = {
    "jindu": [s_designate, s_designate, s_issue, s_establish, s_head, s_baozhua, s_negation],
    "anquan": [s_duicha, s_tongbao, s_issue, s_establish, s_head],
    "hezhang": [s_river, s_liandian, s_issue, s_forward, s_head],
    "liandian": [s_liandian, s_baozhua, s_forward, s_issue],
    "yiqing": [s_pairing, s_establish, s_issue, s_liandian],
}
TOPIC_OF = {"jindu": "禁毒", "anquan": "安全生产", "hezhang": "河湖长制", "liandian": "联点帮扶", "yiqing": "疫情防控"}


def write_doc(rng: random.Random, world: list[Prefecture], index: int) -> tuple[str, str, dict[str, Any]]:
    """(file stem, text, truth) of document ``index``."""
    kind = rng.choice(list(SENTENCES))
    pref = rng.choice(world)
    county = rng.choice(pref.counties) if kind in ("hezhang", "liandian") or rng.random() < 0.3 else None
    d = Doc(rng, pref, county)
    title = d.title(TOPIC_OF[kind])
    date = f"{d.year}年{rng.randint(1, 12):02d}月{rng.randint(1, 28):02d}日"
    body = []
    for _ in range(rng.randint(5, 11)):
        body.append(rng.choice(SENTENCES[kind])(d))
        body.extend(rng.sample(FILLER, rng.randint(1, 2)))
    paragraphs = ["".join(body[i:i + 3]) for i in range(0, len(body), 3)]
    text = f"{title}\n{date}　来源：政务公开\n\n" + "\n".join(paragraphs) + "\n"
    stem = f"{index:05d}-{kind}"
    truth = {
        "id": stem, "kind": kind, "title": title,
        "units": sorted(d.units.values(), key=lambda u: u["identity"]),
        "places": sorted((p for p in d.places.values() if p["mentioned"]), key=lambda p: p["identity"]),
        "documents": d.documents, "people": d.people, "relations": d.relations,
    }
    return stem, text, truth


def _encode(rng: random.Random, text: str, title: str, truth: dict[str, Any]) -> tuple[str, bytes]:
    """(suffix, bytes): mostly UTF-8; some traditional (UTF-8 or Big5), GB18030, or an HTML page."""
    roll = rng.random()
    if roll < 0.06:
        from opencc_purepy import OpenCC

        text = OpenCC("s2t").convert(text)
        truth["script"] = "traditional"
        if roll < 0.03:
            try:
                truth["encoding"] = "big5"
                return ".txt", text.encode("cp950")
            except UnicodeEncodeError:
                pass  # a rare character Big5 lacks: keep UTF-8
        truth["encoding"] = "utf-8"
        return ".txt", text.encode("utf-8")
    truth["script"] = "simplified"
    if roll < 0.16:
        truth["encoding"] = "gb18030"
        return ".txt", text.encode("gb18030")
    if roll < 0.21:
        truth["encoding"] = "utf-8"
        paras = "".join(f"<p>{p}</p>" for p in text.split("\n")[2:] if p.strip())
        page = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>"
                f"<div class=\"nav\">首页 &gt; 政务公开 &gt; 工作动态</div><h1>{title}</h1>{paras}"
                f"<div class=\"footer\">主办单位：政务公开办公室 版权所有</div></body></html>")
        return ".html", page.encode("utf-8")
    truth["encoding"] = "utf-8"
    return ".txt", text.encode("utf-8")


def generate(out: Path, n_docs: int, seed: int = 1, start: int = 0) -> list[Path]:
    """Write ``n_docs`` documents (indices ``start``…) and their truth under ``out``; returns the files.

    The same seed and index always give the same document, so a corpus of 2n documents holds the
    one of n.
    """
    world = build_world()
    docs, truths = out / "docs", out / "truth"
    docs.mkdir(parents=True, exist_ok=True)
    truths.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(start, start + n_docs):
        rng = random.Random(f"{seed}:{i}")
        stem, text, truth = write_doc(rng, world, i)
        suffix, data = _encode(rng, text, truth["title"], truth)
        path = docs / f"{stem}{suffix}"
        path.write_bytes(data)
        truth["file"] = path.name
        (truths / f"{stem}.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        files.append(path)
    return files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="output folder (docs/ and truth/ are created in it)")
    parser.add_argument("--docs", type=int, default=10_000, help="number of documents (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    files = generate(args.out, args.docs, args.seed)
    size = sum(f.stat().st_size for f in files)
    print(f"wrote {len(files)} documents ({size / 1e6:.1f} MB) to {args.out}/docs, truth in {args.out}/truth")


if __name__ == "__main__":
    main()
