"""Score graphs against gold annotations (``../shared/corpus/*.gold.json``), beside a jieba baseline.

The semantics are those of the project's reference scorer, reimplemented over the store:

* names are compared after normalisation (NFKC, dashes unified, whitespace, quotes and 《》
  removed, traditional -> simplified, lower case);
* a node of a category (``org:Organization``, ``gov:Place``, ``gov:Document``, ``foaf:Person``
  or a subclass, from the data or the ontology) with at least one label counts as predicted;
  it matches the first gold item whose canonical name is among its labels, else the first gold
  item sharing any name (canonical or alias); each gold item is a true positive once;
* a predicted place that only matches a parent named in ``places[].within`` is neutral;
* relations are (subject, object) pairs of matched gold names per type; a correct ``within``
  the text did not state (``within_stated: false``) is neutral;
* P = tp/predicted (1 when nothing is predicted and nothing expected), R = tp/gold (1 when no
  gold), F1 harmonic; ``ALL`` pools the counts (entities: organizations, places, documents).

A set of documents is macro-averaged: each document counts once, a failed one as zero.

>>> normalize("《酒泉市 2016年禁毒工作要点》")
'酒泉市2016年禁毒工作要点'
>>> prf(3, 4, 6)
Score(p=0.75, r=0.5, f1=0.6, tp=3, sys=4, gold=6)
"""

from __future__ import annotations

import functools
import json
import logging
import multiprocessing
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

import extract
from extract.records import Document, Entity, Extraction
from kg.errors import InputError
from kg.ingest import read_document
from kg.store import Store, term_value
from kg.vocab import FOAF, GOV, ORG, RDF, RDFS, RELATION_PROPERTY, SKOS

log = logging.getLogger(__name__)

ENTITY_CATEGORIES: dict[str, ox.NamedNode] = {
    "organizations": ORG.Organization,
    "places": GOV.Place,
    "documents": GOV.Document,
    "people": FOAF.Person,
}
#: The categories pooled into entities ``ALL`` (people are scored but not pooled).
POOLED_ENTITIES = ("organizations", "places", "documents")
#: The relation types gold files annotate (head_of and jurisdiction are not scored).
SCORED_RELATIONS: dict[str, ox.NamedNode] = {
    t: RELATION_PROPERTY[t]
    for t in ("supervises", "designates", "issued", "forwarded", "established", "part_of", "within")
}
_LABELS = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
_DROP = re.compile(r"[\s《》〈〉“”\"'‘’「」『』·•]")
_DASHES = str.maketrans({"—": "-", "–": "-", "－": "-"})


@functools.cache
def _t2s() -> Callable[[str], str]:
    from opencc_purepy import OpenCC

    convert: Callable[[str], str] = OpenCC("t2s").convert
    return convert


def normalize(name: str) -> str:
    """The form names are compared in (see the module docstring)."""
    text = unicodedata.normalize("NFKC", name).translate(_DASHES)
    return _t2s()(_DROP.sub("", text)).lower()


@dataclass(frozen=True)
class Score:
    p: float
    r: float
    f1: float
    tp: int
    sys: int
    gold: int


def prf(tp: int, n_sys: int, n_gold: int) -> Score:
    """Precision, recall and F1 (rounded to 4 places) from counts."""
    p = tp / n_sys if n_sys else (0.0 if n_gold else 1.0)
    r = tp / n_gold if n_gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(round(p, 4), round(r, 4), round(f1, 4), tp, n_sys, n_gold)


@dataclass(frozen=True)
class TypeResult:
    """The score of one type in one document, with what was missed and what was invented."""

    score: Score
    missed: tuple[Any, ...] = ()
    spurious: tuple[Any, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self.score), "missed": list(self.missed), "spurious": list(self.spurious)}


@dataclass(frozen=True)
class DocResult:
    """Scores of one graph against one gold document: entities and relations by type, plus ``ALL``."""

    entities: dict[str, TypeResult]
    relations: dict[str, TypeResult]

    def rows(self) -> dict[str, Score]:
        """Every score by row name (``organizations`` … ``entities``, ``supervises`` … ``relations``)."""
        out = {k: v.score for k, v in self.entities.items() if k != "ALL"}
        out["entities"] = self.entities["ALL"].score
        out.update({k: v.score for k, v in self.relations.items() if k != "ALL"})
        out["relations"] = self.relations["ALL"].score
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": {k: v.to_dict() for k, v in self.entities.items()},
            "relations": {k: v.to_dict() for k, v in self.relations.items()},
        }


ROWS = (*ENTITY_CATEGORIES, "entities", *SCORED_RELATIONS, "relations")


# ------------------------------------------------------------------------------------------ scoring


def _subclass_edges(store: ox.Store) -> dict[str, set[str]]:
    children: dict[str, set[str]] = defaultdict(set)
    for q in store.quads_for_pattern(None, RDFS.subClassOf, None):
        children[term_value(q.object)].add(term_value(q.subject))
    return children


@functools.cache
def _ontology_edges(ontology_dir: Path) -> dict[str, set[str]]:
    onto = ox.Store()
    for f in sorted(ontology_dir.rglob("*.ttl")):
        try:
            onto.load(path=str(f), format=ox.RdfFormat.TURTLE)
        except (SyntaxError, OSError) as err:  # a broken ontology file is reported, not fatal
            log.warning("ontology file %s: %s", f.name, err)
    return _subclass_edges(onto)


def _closure(top: str, *edge_maps: dict[str, set[str]]) -> set[str]:
    seen, todo = {top}, [top]
    while todo:
        cls = todo.pop()
        for edges in edge_maps:
            for sub in edges.get(cls, ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
    return seen


def score_store(gold: dict[str, Any], store: Store, ontology_dir: Path | None = None) -> DocResult:
    """Score the union graph of ``store`` against one gold annotation (a parsed ``.gold.json``)."""
    db = store.inner
    edges = [_subclass_edges(db)]
    if ontology_dir is not None and ontology_dir.is_dir():
        edges.append(_ontology_edges(ontology_dir.resolve()))

    gold_names: dict[str, list[tuple[str, set[str]]]] = {}
    for cat in ENTITY_CATEGORIES:
        items = []
        for item in gold.get(cat, []):
            canonical = item.get("name") or item.get("title")
            names = {normalize(canonical)} | {normalize(a) for a in item.get("aliases", []) if a}
            items.append((canonical, names))
        gold_names[cat] = items
    neutral_parents = {normalize(p["within"]) for p in gold.get("places", []) if p.get("within")}

    node_gold: dict[str, str] = {}  # predicted node -> the gold name it stands for
    entities: dict[str, TypeResult] = {}
    for cat, top in ENTITY_CATEGORIES.items():
        nodes = {term_value(q.subject) for cls in _closure(top.value, *edges)
                 for q in db.quads_for_pattern(None, RDF.type, ox.NamedNode(cls))}
        matched: set[str] = set()
        n_sys = 0
        for node in sorted(nodes):
            labels = {normalize(term_value(q.object)) for p in _LABELS
                      for q in db.quads_for_pattern(ox.NamedNode(node), p, None)} - {""}
            if not labels:
                continue
            hit = next((name for name, _ in gold_names[cat] if normalize(name) in labels), None)
            if hit is None:
                hit = next((name for name, names in gold_names[cat] if labels & names), None)
            if hit is None and cat == "places" and labels & neutral_parents:
                node_gold[node] = min(labels & neutral_parents)
                continue
            n_sys += 1
            if hit is not None:
                node_gold[node] = hit
                matched.add(hit)
        missed = tuple(sorted({name for name, _ in gold_names[cat]} - matched)[:20])
        entities[cat] = TypeResult(prf(len(matched), n_sys, len(gold_names[cat])), missed)
    pooled = [entities[c].score for c in POOLED_ENTITIES]
    entities["ALL"] = TypeResult(prf(*(sum(getattr(s, k) for s in pooled) for k in ("tp", "sys", "gold"))))

    expected: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for rel in gold.get("relations", []):
        expected[rel["type"]].add((rel["subject"], rel["object"]))
    unstated = {(p["name"], p["within"]) for p in gold.get("places", [])
                if p.get("within") and not p.get("within_stated")}
    relations: dict[str, TypeResult] = {}
    totals = [0, 0, 0]
    for rtype, prop in SCORED_RELATIONS.items():
        predicted = set()
        for q in db.quads_for_pattern(None, prop, None):
            s, o = term_value(q.subject), term_value(q.object)
            pair = (node_gold.get(s, f"?{s}"), node_gold.get(o, f"?{o}"))
            if not (rtype == "within" and pair in unstated):
                predicted.add(pair)
        tp = len(predicted & expected[rtype])
        relations[rtype] = TypeResult(
            prf(tp, len(predicted), len(expected[rtype])),
            tuple(sorted(expected[rtype] - predicted)[:10]),
            tuple(sorted(predicted - expected[rtype])[:10]),
        )
        for i, n in enumerate((tp, len(predicted), len(expected[rtype]))):
            totals[i] += n
    relations["ALL"] = TypeResult(prf(*totals))
    return DocResult(entities, relations)


def score_files(
    gold_path: str | Path, graph_paths: Iterable[str | Path], ontology_dir: Path | None = None
) -> DocResult:
    """Score RDF files (any format pyoxigraph reads, by extension) against a gold file."""
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8"))
    with Store.open(None) as store:
        for path in graph_paths:
            fmt = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
            if fmt is None:
                raise InputError(f"{path}: unknown RDF format", hint="use .ttl .nt .nq .trig or .jsonld")
            store.inner.load(path=str(path), format=fmt)
        return score_store(gold, store, ontology_dir)


# ------------------------------------------------------------------------------------------ baseline

_TITLE = re.compile(r"《([^》]+)》")
_POS_TYPE = {"nt": "organization", "ns": "place", "nr": "person"}


def jieba_extraction(doc: Document) -> Extraction:
    """The peer baseline: jieba.posseg tags (nt -> organization, ns -> place, nr -> person) and
    《titles》 -> document, as an Extraction with no relations."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    found: dict[str, Entity] = {}
    for word, flag in jieba.posseg.cut(doc.text):
        if flag in _POS_TYPE:
            etype = _POS_TYPE[flag]
            found.setdefault(f"{etype}:{word}", Entity(f"{etype}:{word}", etype, word))
    for title in _TITLE.findall(doc.text):
        found.setdefault(f"document:{title}", Entity(f"document:{title}", "document", title))
    return Extraction(doc, entities=tuple(found.values()), extractor_version="jieba-baseline")


# ------------------------------------------------------------------------------------------ data sets

Extractor = Callable[[Document], Extraction]


def govkg_extraction(doc: Document) -> Extraction:
    """The project's extractor, looked up at call time (so a replaced ``extract.extract`` is used)."""
    return extract.extract(doc)


SYSTEMS: dict[str, Extractor] = {"govkg": govkg_extraction, "jieba": jieba_extraction}


@dataclass(frozen=True)
class DocEval:
    doc_id: str
    results: dict[str, DocResult]  # system -> result
    errors: dict[str, str] = field(default_factory=dict)  # system -> what went wrong


@dataclass(frozen=True)
class EvalReport:
    docs: tuple[DocEval, ...]

    def macro(self, system: str) -> dict[str, dict[str, float]]:
        """Per row, P/R/F1 averaged over documents (a document the system failed on counts 0)."""
        out: dict[str, dict[str, float]] = {}
        n = len(self.docs)
        for row in ROWS:
            sums = {"p": 0.0, "r": 0.0, "f1": 0.0}
            for d in self.docs:
                if system in d.results:
                    score = d.results[system].rows()[row]
                    for k in sums:
                        sums[k] += getattr(score, k)
            out[row] = {k: round(v / n, 4) if n else 0.0 for k, v in sums.items()}
        return out

    def to_dict(self) -> dict[str, Any]:
        systems = list(SYSTEMS)
        return {
            "macro": {s: self.macro(s) for s in systems},
            "docs": [
                {"doc": d.doc_id, **{s: d.results[s].to_dict() for s in d.results}, "errors": d.errors}
                for d in self.docs
            ],
        }


def gold_pairs(gold_dir: str | Path) -> list[tuple[Path, Path]]:
    """(gold.json, text) pairs of a gold folder: ``NAME.gold.json`` beside ``NAME.txt``."""
    folder = Path(gold_dir)
    pairs = []
    for gold in sorted(folder.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        text = next((gold.with_name(name + s) for s in (".txt", ".md", ".html", ".htm")
                     if gold.with_name(name + s).is_file()), None)
        if text is None:
            log.warning("%s: no text file beside it, skipped", gold.name)
            continue
        pairs.append((gold, text))
    if not pairs:
        raise InputError(f"{folder}: no NAME.gold.json files with a NAME.txt beside them",
                         hint="point to a folder such as ../shared/corpus")
    return pairs


def evaluate_document(gold_path: Path, text_path: Path, systems: dict[str, Extractor] | None = None,
                      ontology_dir: Path | None = None) -> DocEval:
    """Build the text with each system into a fresh in-memory store and score it."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc_id = gold_path.name[: -len(".gold.json")]
    doc = read_document(text_path, doc_id)
    results: dict[str, DocResult] = {}
    errors: dict[str, str] = {}
    for name, run in (systems or SYSTEMS).items():
        try:
            if doc is None:
                raise InputError(f"{text_path}: empty")
            with Store.open(None) as store:
                store.add(run(doc))
                results[name] = score_store(gold, store, ontology_dir)
        except Exception as err:  # one system failing on one text is a result, not a crash
            errors[name] = f"{type(err).__name__}: {err}"
    return DocEval(doc_id, results, errors)


def evaluate(gold_dir: str | Path, *, ontology_dir: Path | None = None,
             on_document: Callable[[str], None] | None = None, jobs: int = 1) -> EvalReport:
    """Score every gold document of ``gold_dir`` with govkg's extractor and the jieba baseline.

    ``jobs`` > 1 scores the documents on that many processes (the report keeps the folder's
    order); ``on_document`` is then told of each document as its result comes in.
    """
    pairs = gold_pairs(gold_dir)
    if jobs <= 1 or len(pairs) < 2:
        docs = []
        for gold, text in pairs:
            if on_document:
                on_document(gold.name)
            docs.append(evaluate_document(gold, text, ontology_dir=ontology_dir))
        return EvalReport(tuple(docs))
    # spawn, not fork: a forked child would inherit the parent's threads (the store's, jieba's lock)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(evaluate_document, gold, text, None, ontology_dir) for gold, text in pairs]
        results = []
        for (gold, _), future in zip(pairs, futures, strict=True):
            results.append(future.result())
            if on_document:
                on_document(gold.name)
    return EvalReport(tuple(results))
