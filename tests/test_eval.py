"""kg.eval gives the same numbers as the reference scorer (../shared/eval/score.py).

The reference is run as a program (a subprocess with this interpreter) on graphs built here and
exported to Turtle: the extractor's graphs of the dev corpus, the jieba baseline's, and a
"noisy gold" graph built from each gold file with deliberate misses, inventions, aliases,
traditional script and neutral places, so that every rule of the scoring is exercised whatever
the extractor does.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import extract
from extract.records import Document, Entity, Extraction, Relation
from kg.eval import ROWS, evaluate, jieba_extraction, normalize, prf, score_files, score_store
from kg.ingest import read_document
from kg.store import Store
from kg.vocab import PREFIXES

NUMBERS = ("p", "r", "f1", "tp", "sys", "gold")


def reference(scorer_dir: Path, gold: Path, graph: Path, ontology: Path | None = None) -> dict[str, Any]:
    args = [sys.executable, str(scorer_dir / "score.py"), str(gold), str(graph), "--json"]
    if ontology is not None:
        args += ["--ontology", str(ontology)]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=120, check=True)
    result: dict[str, Any] = json.loads(proc.stdout)
    return result


def assert_same(ours: dict[str, Any], theirs: dict[str, Any], label: str) -> None:
    ours = json.loads(json.dumps(ours, ensure_ascii=False))  # tuples -> lists, as in the reference
    for part in ("entities", "relations"):
        assert set(ours[part]) == set(theirs[part]), (label, part)
        for kind, score in theirs[part].items():
            got = {k: ours[part][kind][k] for k in NUMBERS}
            want = {k: score[k] for k in NUMBERS}
            assert got == want, f"{label}: {part}/{kind}"
            if "missed" in score:
                assert sorted(ours[part][kind]["missed"]) == sorted(score["missed"]), f"{label}: {part}/{kind}"


def noisy_gold_extraction(gold: dict[str, Any], doc: Document) -> Extraction:
    """An extraction that is the gold annotation, damaged in every way the scorer must notice."""
    entities: list[Entity] = []
    keys: dict[str, str] = {}
    kinds = (("organizations", "organization"), ("places", "place"), ("documents", "document"),
             ("people", "person"))
    for cat, etype in kinds:
        for i, item in enumerate(gold.get(cat, [])):
            name = item.get("name") or item.get("title")
            aliases = tuple(a for a in item.get("aliases", []) if a)
            if i % 5 == 1:
                continue  # a miss
            if i % 5 == 2 and aliases:
                name, aliases = aliases[0], (*aliases[1:], name)  # canonical only as an alias
            if i % 5 == 3:
                name = f"《{name}》" if etype == "document" else name.replace("县", "縣").replace("镇", "鎮")
            keys[item.get("name") or item.get("title")] = key = f"{etype}:{i}"
            entities.append(Entity(key, etype, name, aliases, subtype=item.get("kind") or item.get("level")))
    entities += [
        Entity("organization:invented", "organization", "虚构的委员会"),
        Entity("place:invented", "place", "虚构镇"),
        Entity("place:unlabelled", "place", ""),
    ]
    parents = {p["within"] for p in gold.get("places", []) if p.get("within")}
    for j, parent in enumerate(sorted(parents - set(keys))):  # places gold knows only as parents: neutral
        keys[parent] = f"place:parent{j}"
        entities.append(Entity(f"place:parent{j}", "place", parent))
    relations: list[Relation] = []
    for i, rel in enumerate(gold.get("relations", [])):
        if i % 4 == 1 or rel["subject"] not in keys or rel["object"] not in keys:
            continue
        relations.append(Relation(rel["type"], keys[rel["subject"]], keys[rel["object"]], 0, "证据", 0, 1))
    for p in gold.get("places", []):  # correct but unstated geography is neutral
        if p.get("within") and not p.get("within_stated") and p["name"] in keys and p["within"] in keys:
            relations.append(Relation("within", keys[p["name"]], keys[p["within"]], 0, "", 0, 0))
    if relations:
        wrong = dataclasses.replace(relations[0], object="place:invented")
        relations += [wrong, Relation("supervises", "organization:invented", "place:invented", 0, "", 0, 0)]
    return Extraction(doc, entities=tuple(entities), relations=tuple(relations), extractor_version="noisy")


def built_graphs(corpus: Path, tmp: Path) -> list[tuple[str, Path, Path]]:
    graphs = []
    for gold_path in sorted(corpus.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        doc = read_document(corpus / f"{name}.txt", name)
        assert doc is not None
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for system, run in (("extractor", extract.extract), ("jieba", jieba_extraction),
                            ("noisy", lambda d, g=gold: noisy_gold_extraction(g, d))):
            out = tmp / f"{name}.{system}.ttl"
            with Store.open(None) as store:
                store.add(run(doc))
                store.export(out)
            graphs.append((f"{name}/{system}", gold_path, out))
    return graphs


def test_same_numbers_as_the_reference_scorer(corpus_dir: Path, shared_eval_dir: Path, tmp_path: Path) -> None:
    graphs = built_graphs(corpus_dir, tmp_path)
    assert len(graphs) >= 3
    for label, gold, graph in graphs:
        ours = score_files(gold, [graph]).to_dict()
        assert_same(ours, reference(shared_eval_dir, gold, graph), label)


def test_same_numbers_with_the_ontology(corpus_dir: Path, shared_eval_dir: Path, tmp_path: Path) -> None:
    from kg.resources import ontology_dir

    gold = next(corpus_dir.glob("*.gold.json"))
    name = gold.name[: -len(".gold.json")]
    doc = read_document(corpus_dir / f"{name}.txt", name)
    assert doc is not None
    # only subclasses typed: the ontology's subClassOf axioms must lift them to the categories
    ex = noisy_gold_extraction(json.loads(gold.read_text(encoding="utf-8")), doc)
    out = tmp_path / "g.ttl"
    with Store.open(None) as store:
        store.add(ex)
        before = len(store)
        store.inner.update(
            "DELETE { GRAPH ?g { ?s a ?top } } WHERE { GRAPH ?g { ?s a ?top , ?sub } "
            "VALUES ?top { gov:Place org:Organization } FILTER(?sub != ?top) }",
            prefixes=PREFIXES,
        )
        assert len(store) < before
        store.export(out)
    with_ontology = score_files(gold, [out], ontology_dir())
    without = score_files(gold, [out])
    assert with_ontology.entities["places"].score.sys > without.entities["places"].score.sys, "subclasses lifted"
    assert_same(with_ontology.to_dict(), reference(shared_eval_dir, gold, out, ontology_dir()), "with ontology")


def test_macro_average_per_document(corpus_dir: Path) -> None:
    report = evaluate(corpus_dir)
    assert len(report.docs) == len(list(corpus_dir.glob("*.gold.json")))
    macro = report.macro("jieba")
    assert set(macro) == set(ROWS)
    f1s = [d.results["jieba"].rows()["places"].f1 for d in report.docs]
    assert macro["places"]["f1"] == round(sum(f1s) / len(f1s), 4)
    assert macro["relations"]["f1"] == 0.0, "the baseline finds no relations"
    json.dumps(report.to_dict(), ensure_ascii=False)


def test_scoring_on_two_processes_gives_the_same_report(corpus_dir: Path) -> None:
    seen: list[str] = []
    serial, parallel = evaluate(corpus_dir), evaluate(corpus_dir, jobs=2, on_document=seen.append)
    assert parallel.to_dict() == serial.to_dict()
    assert seen == [gold.name for gold in sorted(corpus_dir.glob("*.gold.json"))]


def test_a_failing_system_counts_zero(corpus_dir: Path) -> None:
    from kg.eval import evaluate_document, gold_pairs

    def broken(doc: Document) -> Extraction:
        raise RuntimeError("nope")

    gold, text = gold_pairs(corpus_dir)[0]
    result = evaluate_document(gold, text, {"broken": broken})
    assert result.results == {} and "nope" in result.errors["broken"]


def test_prf_edges() -> None:
    assert prf(0, 0, 0) == prf(0, 0, 0)
    assert (prf(0, 0, 0).p, prf(0, 0, 0).r, prf(0, 0, 0).f1) == (1.0, 1.0, 1.0)
    assert (prf(0, 0, 5).p, prf(0, 0, 5).f1) == (0.0, 0.0)
    assert (prf(0, 3, 0).p, prf(0, 3, 0).r) == (0.0, 1.0)
    assert prf(1, 3, 3).p == 0.3333


def test_normalize() -> None:
    traditional = normalize("《全國社區戒毒社區康復工作規劃（2016—2020）》")
    assert traditional == normalize("全国社区戒毒社区康复工作规划(2016-2020)")
    assert normalize(" 户 县 ") == "户县"
    assert normalize("ＡＢＣ") == "abc"


def test_score_store_on_an_empty_store() -> None:
    gold = {"organizations": [{"name": "甲", "aliases": []}], "relations": []}
    with Store.open(None) as store:
        result = score_store(gold, store)
    assert result.entities["organizations"].score.r == 0.0
    assert result.relations["ALL"].score.f1 == 1.0
