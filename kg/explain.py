"""Why a node is one node: the mentions, in which documents, that were resolved to it.

A unit named in many documents is one node because every document's extractor resolved its
mentions to the same key (canonical name with the full place prefix + kind, places by admin
code), and kg.iri mints the IRI from that key. :func:`explain` shows the evidence: each document
that speaks of the node, the names it used there, and each sentence (text and offsets into the
original file) with the spans where the name occurs.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     explain(store, "鼎新镇")
Traceback (most recent call last):
...
kg.errors.NotFoundError: no place or unit named 鼎新镇 in the store
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.errors import NotFoundError
from kg.query import name_variants
from kg.store import GraphStore, term_value
from kg.vocab import GOV, RDF, RDFS, SKOS

_NODES = "SELECT DISTINCT ?name ?e WHERE { ?e rdfs:label|skos:altLabel ?name }"
_FACTS = "SELECT ?e ?g ?p ?o WHERE { GRAPH ?g { ?e ?p ?o } }"
_LABEL = "SELECT ?e ?l WHERE { ?e rdfs:label ?l } ORDER BY ?l LIMIT 1"
_MENTIONS = """
SELECT ?e ?g ?docId ?title ?i ?text ?start ?end WHERE {
  GRAPH ?g {
    ?e gov:mentionedIn ?s .
    ?s gov:sentenceIndex ?i ; gov:text ?text ; gov:startOffset ?start ; gov:endOffset ?end .
    ?g gov:docId ?docId .
    OPTIONAL { ?g dcterms:title ?title }
  }
} ORDER BY ?docId ?i
"""


@dataclass(frozen=True)
class Span:
    """One occurrence of a name: ``text`` is ``original[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A sentence that mentions the node, with its offsets in the original file."""

    sentence: int
    text: str
    start: int
    end: int
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class DocumentEvidence:
    """What one document says about the node: the names it used and where."""

    document: str
    title: str | None
    names: tuple[str, ...]
    mentions: tuple[Mention, ...]


@dataclass(frozen=True)
class Explanation:
    """One node: its IRI, kind, names, and the documents whose mentions made it."""

    iri: str
    types: tuple[str, ...]
    labels: tuple[str, ...]  # canonical names; more than one means documents disagree
    alt_labels: tuple[str, ...]
    kind: str | None
    jurisdiction: str | None  # the label of the place it governs (units)
    within: str | None  # the label of its parent place (places, when stated)
    code: str | None  # administrative code (places)
    documents: tuple[DocumentEvidence, ...] = field(default=())

    @property
    def label(self) -> str:
        return self.labels[0] if self.labels else self.iri

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def find_nodes(store: GraphStore, name: str) -> list[ox.NamedNode]:
    """Nodes whose canonical name or alias is ``name`` (simplified or traditional), by IRI."""
    found: set[str] = set()
    for variant in name_variants(name):
        for row in _rows(store.query(_NODES, {"name": ox.Literal(variant, language="zh")})):
            found.add(term_value(row["e"]))
    return [ox.NamedNode(iri) for iri in sorted(found)]


def explain(store: GraphStore, name: str) -> list[Explanation]:
    """Every node called ``name``, with the mentions in each document that resolved to it.

    Homonyms (two 公安局 of two counties) are two nodes, hence a list. Raises NotFoundError when
    nothing in the store has that name.
    """
    nodes = find_nodes(store, name)
    if not nodes:
        raise NotFoundError(
            f"no place or unit named {name} in the store",
            hint="check the name (as written in the text), or build the documents that mention it",
        )
    return sorted((explain_node(store, node) for node in nodes), key=lambda x: (x.label, x.iri))


def explain_node(store: GraphStore, node: ox.NamedNode) -> Explanation:
    """The explanation of one node (by IRI)."""
    per_doc_names: dict[str, list[str]] = defaultdict(list)
    values: dict[str, list[str]] = defaultdict(list)
    links: dict[str, ox.NamedNode] = {}
    for row in _rows(store.query(_FACTS, {"e": node})):
        graph, prop, obj = row["g"], term_value(row["p"]), row["o"]
        if prop in (RDFS.label.value, SKOS.altLabel.value):
            per_doc_names[term_value(graph)].append(term_value(obj))
        if isinstance(obj, ox.NamedNode) and prop in (GOV.jurisdiction.value, GOV.within.value):
            links[prop] = obj
        _add_once(values[prop], term_value(obj))
    # sorted everywhere: a SPARQL server may return rows in any order
    labels = tuple(sorted(values[RDFS.label.value]))
    docs = _evidence(store, node, per_doc_names)
    return Explanation(
        iri=node.value,
        types=tuple(sorted(t.rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in values[RDF.type.value])),
        labels=labels,
        alt_labels=tuple(sorted(a for a in values[SKOS.altLabel.value] if a not in labels)),
        kind=_first(sorted(values[GOV.kind.value] or values[GOV.level.value])),
        jurisdiction=_label_of(store, links.get(GOV.jurisdiction.value)),
        within=_label_of(store, links.get(GOV.within.value)),
        code=_first(sorted(values[GOV.adminCode.value])),
        documents=docs,
    )


def _evidence(store: GraphStore, node: ox.NamedNode, names: dict[str, list[str]]) -> tuple[DocumentEvidence, ...]:
    by_doc: dict[str, list[Mention]] = defaultdict(list)
    titles: dict[str, str | None] = {}
    graphs: dict[str, str] = {}
    for row in _rows(store.query(_MENTIONS, {"e": node})):
        doc = term_value(row["docId"])
        titles[doc] = term_value(row["title"]) if row["title"] is not None else None
        graphs[doc] = term_value(row["g"])
        by_doc[doc].append(_mention(row))
    out = []
    for doc, unordered in sorted(by_doc.items()):
        mentions = sorted(unordered, key=lambda m: m.sentence)
        used = tuple(sorted(set(names.get(graphs[doc], []))))  # the names THIS document used
        located = tuple(
            Mention(m.sentence, m.text, m.start, m.end, tuple(_spans(m.text, m.start, used))) for m in mentions
        )
        out.append(DocumentEvidence(doc, titles[doc], used, located))
    return tuple(out)


def _mention(row: ox.QuerySolution) -> Mention:
    return Mention(
        sentence=int(term_value(row["i"])),
        text=term_value(row["text"]),
        start=int(term_value(row["start"])),
        end=int(term_value(row["end"])),
        spans=(),
    )


def _spans(text: str, offset: int, names: Iterable[str]) -> list[Span]:
    """Where the names occur in a sentence: longest first, never overlapping, in text order.

    >>> [(s.text, s.start) for s in _spans("由州公安局和县公安局", 100, ["公安局", "州公安局"])]
    [('州公安局', 101), ('公安局', 107)]
    """
    taken: list[tuple[int, int]] = []
    found: list[Span] = []
    for name in sorted(set(names), key=len, reverse=True):
        if not name:
            continue
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if all(end <= a or at >= b for a, b in taken):
                taken.append((at, end))
                found.append(Span(name, offset + at, offset + end))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda s: s.start)


def _label_of(store: GraphStore, node: ox.NamedNode | None) -> str | None:
    if node is None:
        return None
    for row in _rows(store.query(_LABEL, {"e": node})):
        return term_value(row["l"])
    return node.value


def _rows(result: Any) -> list[ox.QuerySolution]:
    return list(result) if isinstance(result, ox.QuerySolutions) else []


def _add_once(values: list[str], value: str) -> None:
    if value not in values:
        values.append(value)


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def format_text(explanations: Iterable[Explanation]) -> str:
    """A readable report: one block per node, one line per document and per sentence."""
    lines: list[str] = []
    for x in explanations:
        where = x.jurisdiction or x.within or ""
        head = f"{x.label}\t{x.kind or '-'}" + (f"\t{where}" if where else "") + (f"\t{x.code}" if x.code else "")
        lines.append(f"{head}\t{x.iri}")
        if len(x.labels) > 1:
            lines.append(f"  canonical names (documents disagree): {', '.join(x.labels)}")
        if x.alt_labels:
            lines.append(f"  also called: {', '.join(x.alt_labels)}")
        for d in x.documents:
            title = f" 《{d.title}》" if d.title else ""
            lines.append(f"  [{d.document}]{title} as {', '.join(d.names)}")
            for m in d.mentions:
                spans = ", ".join(f"{s.text}@{s.start}-{s.end}" for s in m.spans) or "-"
                lines.append(f"    s{m.sentence} {m.start}-{m.end} ({spans}): {m.text}")
    return "\n".join(lines)
