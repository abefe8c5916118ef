"""Generate a realistic govkg graph of about N quads (default 1,000,000) as N-Quads.

The places are China's real administrative tree (extract/data/divisions.tsv.gz via
extract.gazetteer). For each county, for a few consecutive years, the generator writes one synthetic work
report: the prefecture's drug-control committee designates some of the county's townships,
prefecture units supervise them (包点督办), county units supervise others (包抓, 对口联系), the
county party committee and government jointly issue a plan, now and then the provincial committee
designates the whole county and issues a decision, the prefecture police forward a provincial
document, and offices belong to committees. Every report is an ``extract.records.Extraction``
turned into quads by ``kg.build.quads``, so the graph has exactly the shape govkg builds
(named graph per document, gov:Assertion provenance, sentences, labels and aliases).

Example::

    python benchmarks/gen_graph.py --quads 1000000 --out /tmp/govkg-1m.nq

A JSON sidecar (``--out`` + ``.json``) lists the supervised townships, for the benchmark to
pick its questions from.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from extract.gazetteer import Division, gazetteer, short_forms
from extract.records import Document, Entity, Extraction, Mention, Relation, Sentence
from kg.build import quads

COUNTY_LEVELS = ("county", "district", "city")
TOWNSHIP_LEVELS = ("township", "subdistrict")
YEARS = range(2012, 2024)


def short(d: Division) -> str:
    """The form a report uses for its own area: 临夏州 for 临夏回族自治州, 东乡县 for 东乡族自治县."""
    forms = short_forms(d)
    return min(forms, key=len) if len(forms) > 1 else forms[0]


def area_suffix(d: Division) -> str:
    """州 / 市 / 县 / 区 / 省: the one-character prefix a unit's short name takes (州公安局)."""
    name = short(d)
    return "省" if d.level == "province" else name[-1]


# kind, org-kind code, name template for the canonical name, alias templates; {a} is the short area
# name (临夏州), {s} its one-character suffix (州)
UNIT_TEMPLATES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "party": ("party", "{a}委", ("{s}委", "中共{a}委")),
    "government": ("government", "{a}政府", ("{s}政府", "{a}人民政府")),
    "drugs": ("committee", "{a}禁毒委员会", ("{s}禁毒委", "{a}禁毒委")),
    "drugs_office": ("office", "{a}禁毒办", ("{s}禁毒办", "{a}禁毒委员会办公室")),
    "politics": ("committee", "{a}政法委", ("{s}政法委",)),
    "police": ("police", "{a}公安局", ("{s}公安局",)),
    "justice": ("department", "{a}司法局", ("{s}司法局",)),
    "court": ("court", "{a}人民法院", ("{s}法院",)),
    "procuratorate": ("procuratorate", "{a}人民检察院", ("{s}检察院",)),
    "civil": ("department", "{a}民政局", ("{s}民政局",)),
}
PROVINCE_UNITS = {"drugs": ("committee", "{a}禁毒委员会", ("省禁毒委", "{a}禁毒委")),
                  "police": ("police", "{a}公安厅", ("省公安厅",))}


@dataclass
class Report:
    """Builds one document: sentences, with every mention and relation at its real offsets."""

    doc_id: str
    title: str
    date: str
    text: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=lambda: defaultdict(list))
    relations: list[Relation] = field(default_factory=list)

    def sentence(self, parts: list[str | tuple[str, Entity]], facts: list[tuple[str, str, str, str]]) -> None:
        """Append a sentence made of plain text and (surface, entity) parts, with its facts (type, s, o, cue)."""
        index, start = len(self.sentences), len(self.text)
        text = ""
        for part in parts:
            if isinstance(part, tuple):
                surface, entity = part
                self.entities.setdefault(entity.key, entity)
                at = start + len(text)
                self.mentions[entity.key].append(Mention(surface, at, at + len(surface), index))
                text += surface
            else:
                text += part
        self.text += text
        self.sentences.append(Sentence(index, start, start + len(text), text))
        for kind, subject, obj, cue in facts:
            self.relations.append(Relation(kind, subject, obj, index, text, start, start + len(text), cue))

    def extraction(self) -> Extraction:
        entities = tuple(replace(e, mentions=tuple(self.mentions.get(e.key, ()))) for e in self.entities.values())
        doc = Document(self.doc_id, self.text, title=self.title, source=f"bench/{self.doc_id}.txt", date=self.date)
        return Extraction(doc, tuple(self.sentences), entities, tuple(self.relations), "bench-1")


def place(d: Division, parent: Division | None = None, *, stated: bool = False) -> Entity:
    return Entity(f"place:{d.code}", "place", d.name, tuple(f for f in short_forms(d) if f != d.name), d.level,
                  parent=f"place:{parent.code}" if parent else None, parent_stated=stated, code=d.code)


def unit(area: Division, role: str, templates: dict[str, tuple[str, str, tuple[str, ...]]] = UNIT_TEMPLATES) -> Entity:
    kind, template, aliases = templates[role]
    a, s = (area.name if area.level == "province" else short(area)), area_suffix(area)
    name = template.format(a=a, s=s)
    return Entity(f"org:{name}", "organization", name, tuple(x.format(a=a, s=s) for x in aliases), kind,
                  jurisdiction=f"place:{area.code}")


class Tree:
    """The administrative tree: counties with their townships, prefecture and province."""

    def __init__(self) -> None:
        gaz = gazetteer()
        self.children: dict[str, list[Division]] = defaultdict(list)
        for d in gaz.by_code.values():
            if d.parent_code:
                self.children[d.parent_code].append(d)
        self.gaz = gaz
        self.counties = sorted(
            (d for d in gaz.by_code.values()
             if d.level in COUNTY_LEVELS and len(self.townships(d)) >= 3 and gaz.parent(d) is not None),
            key=lambda d: d.code,
        )

    def townships(self, county: Division) -> list[Division]:
        return sorted((t for t in self.children[county.code] if t.level in TOWNSHIP_LEVELS and t.code),
                      key=lambda t: t.code)

    def province(self, d: Division) -> Division:
        chain = [d, *self.gaz.ancestors(d)]
        return next(a for a in reversed(chain) if a.level == "province")


def report(tree: Tree, county: Division, year: int, rng: random.Random) -> Report:
    """One county's work report for one year."""
    up = tree.gaz.parent(county)
    assert up is not None
    province = tree.province(county)
    county_e, up_e, prov_e = place(county), place(up), place(province)
    towns = rng.sample(tree.townships(county), min(6, len(tree.townships(county))))
    town_e = [place(t, county, stated=True) for t in towns]
    pu = {role: unit(up, role) for role in UNIT_TEMPLATES}
    cu = {role: unit(county, role) for role in ("party", "government", "drugs", "drugs_office", "police", "justice")}
    su = {role: unit(province, role, PROVINCE_UNITS) for role in PROVINCE_UNITS}
    a, c = short(up), short(county)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    r = Report(f"{county.code}-{year}", f"{c}{year}年禁毒工作情况", date)

    listed, paired = town_e[:3], town_e[3:]
    overseers = rng.sample(["police", "justice", "drugs_office", "politics", "court", "procuratorate"], 3)
    parts: list[str | tuple[str, Entity]] = [(pu["drugs"].aliases[0], pu["drugs"]), "将", (c, county_e)]
    for i, t in enumerate(listed):
        parts += (["、"] if i else []) + [(t.name, t)]
    parts += [f"列为{year}年挂牌整治乡镇，由"]
    for i, role in enumerate(overseers):
        parts += (["、"] if i else []) + [(pu[role].aliases[0], pu[role])]
    parts += ["包点督办。"]
    facts = [("designates", pu["drugs"].key, t.key, "列为挂牌整治") for t in listed]
    facts += [("supervises", pu[role].key, t.key, "包点督办") for role in overseers for t in listed]
    facts += [("within", t.key, county_e.key, "") for t in listed]
    r.sentence(parts, facts)

    plan = Entity(f"doc:{c}{year}年禁毒重点整治实施方案", "document", f"{c}{year}年禁毒重点整治实施方案")
    r.sentence([(cu["party"].name, cu["party"]), "、", (cu["government"].aliases[0], cu["government"]), "联合印发《",
                (plan.name, plan), "》，成立禁毒重点整治工作领导小组。"],
               [("issued", cu["party"].key, plan.key, "印发"), ("issued", cu["government"].key, plan.key, "印发")])
    for t, role, cue in zip(paired, ("police", "justice", "drugs_office"), ("包抓", "对口联系", "督导"), strict=False):
        r.sentence([(cu[role].name, cu[role]), cue, (c, county_e), (t.name, t), "禁毒整治工作。"],
                   [("supervises", cu[role].key, t.key, cue), ("within", t.key, county_e.key, "")])
    r.sentence([(pu["politics"].aliases[0], pu["politics"]), "督导", (county.name, county_e), "禁毒工作，",
                f"全年共开展专项检查{rng.randint(3, 40)}次。"],
               [("supervises", pu["politics"].key, county_e.key, "督导")])
    if rng.random() < 0.2:
        decision = Entity(f"doc:关于对{c}挂牌整治的决定", "document", f"关于对{c}挂牌整治的决定")
        r.sentence([(su["drugs"].aliases[0], su["drugs"]), "印发《", (decision.name, decision), "》，将", (c, county_e),
                    "列为全省禁毒重点整治县。"],
                   [("issued", su["drugs"].key, decision.key, "印发"),
                    ("designates", su["drugs"].key, county_e.key, "列为重点整治")])
    points = Entity(f"doc:{province.name}{year}年禁毒工作要点", "document", f"{province.name}{year}年禁毒工作要点")
    r.sentence([(pu["police"].aliases[0], pu["police"]), "转发", (su["drugs"].name, su["drugs"]), "《",
                (points.name, points), "》，部署", (a, up_e), "全年禁毒工作。"],
               [("forwarded", pu["police"].key, points.key, "转发"), ("issued", su["drugs"].key, points.key, "")])
    r.sentence([(pu["drugs_office"].aliases[0], pu["drugs_office"]), "是", (pu["drugs"].name, pu["drugs"]),
                "的办事机构，", (pu["politics"].aliases[0], pu["politics"]), "是", (pu["party"].name, pu["party"]),
                "的工作部门。"],
               [("part_of", pu["drugs_office"].key, pu["drugs"].key, ""),
                ("part_of", pu["politics"].key, pu["party"].key, "")])
    r.sentence([(cu["drugs_office"].aliases[0], cu["drugs_office"]), "设在", (cu["police"].aliases[0], cu["police"]),
                "，受", (cu["drugs"].name, cu["drugs"]), "领导。"],
               [("part_of", cu["drugs_office"].key, cu["drugs"].key, "")])
    for _ in range(rng.randint(2, 6)):  # sentences with no facts, as real reports have
        r.sentence([f"全{c[-1]}共破获毒品刑事案件{rng.randint(5, 300)}起，抓获犯罪嫌疑人{rng.randint(5, 400)}名，",
                    f"缴获各类毒品{rng.randint(1, 90)}公斤。"], [])
    for area in (up_e, prov_e):  # named through its units' jurisdiction, even when not in the text
        r.entities.setdefault(area.key, area)
    return r


def generate(target: int, seed: int, years: int = 4) -> Iterator[tuple[Report, list[ox.Quad]]]:
    """Reports and their quads until about ``target`` quads: counties in random order, ``years`` reports each."""
    rng = random.Random(seed)
    tree = Tree()
    counties = list(tree.counties)
    rng.shuffle(counties)
    total = 0
    for county in counties:
        first = rng.choice(YEARS[: len(YEARS) - years + 1])
        for year in range(first, first + years):
            rep = report(tree, county, year, rng)
            qs = quads(rep.extraction())
            yield rep, qs
            total += len(qs)
            if total >= target:
                return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quads", type=int, default=1_000_000, help="about how many quads to write")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--years", type=int, default=4, help="consecutive yearly reports per county")
    parser.add_argument("--out", type=Path, default=Path("govkg-bench.nq"), help="N-Quads file to write")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    total, docs = 0, 0
    townships: dict[str, str] = {}
    with args.out.open("wb") as out:
        for rep, qs in generate(args.quads, args.seed, args.years):
            ox.serialize(qs, out, ox.RdfFormat.N_QUADS)
            total += len(qs)
            docs += 1
            for rel in rep.relations:
                if rel.type == "supervises" and rel.object.startswith("place:") and len(rel.object) == 15:
                    townships[rel.object] = rep.entities[rel.object].name
    sidecar = args.out.with_name(args.out.name + ".json")
    sidecar.write_text(json.dumps({"quads": total, "documents": docs, "seed": args.seed,
                                   "townships": sorted(set(townships.values()))}, ensure_ascii=False), "utf-8")
    print(f"wrote {total} quads from {docs} reports to {args.out} in {time.perf_counter() - started:.1f}s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
