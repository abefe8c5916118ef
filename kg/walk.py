"""Index walks over the embedded store: the fast path of the hot questions (``oversees``, ``chain``).

A walk asks the store's indexes directly (``quads_for_pattern``, about 2 µs a call) instead of
planning a SPARQL query, and reads the union of all documents' graphs with set semantics: a
triple stated in ten documents counts once. The named queries in ``queries/`` stay the
definition of every answer; tests check that the walks give the same answers.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     Walk(store).label(ox.NamedNode("https://w3id.org/govkg/id/place/x"))
'https://w3id.org/govkg/id/place/x'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

import pyoxigraph as ox

from kg.store import Term
from kg.vocab import DCTERMS, GOV, PROV, RDF, RDFS, SKOS

__all__ = ["Evidence", "Indexed", "Walk"]

Node = ox.NamedNode | ox.BlankNode


class _Quads(Protocol):
    def quads_for_pattern(self, subject: Any, predicate: Any, obj: Any, /) -> Iterator[ox.Quad]: ...


class Indexed(Protocol):
    """A store whose ``inner`` matches quads by pattern: the embedded Store (and kg.remote's, by SPARQL)."""

    @property
    def inner(self) -> _Quads: ...


@dataclass(frozen=True)
class Evidence:
    """Where one statement of a fact was read: its sentence, its quote and its source document."""

    sentence: str | None
    quote: str | None
    document: str | None  # the source's gov:docId
    document_title: str | None

    @property
    def text(self) -> str:
        """The sentence, else the quote, else ''."""
        return self.sentence or self.quote or ""


class Walk:
    """Distinct subjects, objects, labels and evidence of the union graph, looked up by index."""

    def __init__(self, store: Indexed) -> None:
        self._inner = store.inner
        self._labels: dict[Term, str] = {}

    def objects(self, subject: Node, predicate: ox.NamedNode) -> list[Term]:
        """Distinct objects of ``subject predicate ?o``, in index order."""
        found = dict.fromkeys(q.object for q in self._inner.quads_for_pattern(subject, predicate, None))
        return [o for o in found if isinstance(o, ox.NamedNode | ox.BlankNode | ox.Literal)]

    def subjects(self, predicate: ox.NamedNode, obj: Term) -> list[Node]:
        """Distinct subjects of ``?s predicate obj``, in index order."""
        found = (q.subject for q in self._inner.quads_for_pattern(None, predicate, obj))
        return [s for s in dict.fromkeys(found) if isinstance(s, ox.NamedNode | ox.BlankNode)]

    def value(self, subject: Node, predicate: ox.NamedNode) -> str | None:
        """The lexical value of the first object of ``subject predicate ?o``, or None."""
        for quad in self._inner.quads_for_pattern(subject, predicate, None):
            obj = quad.object
            return obj.value if isinstance(obj, ox.NamedNode | ox.BlankNode | ox.Literal) else str(obj)
        return None

    def has(self, subject: Node, predicate: ox.NamedNode, obj: Term) -> bool:
        """Whether the triple is in some document's graph."""
        return next(iter(self._inner.quads_for_pattern(subject, predicate, obj)), None) is not None

    def label(self, node: Term) -> str:
        """The node's rdfs:label, else its IRI (cached: labels repeat in every answer)."""
        cached = self._labels.get(node)
        if cached is None:
            found = self.value(node, RDFS.label) if isinstance(node, ox.NamedNode | ox.BlankNode) else None
            cached = self._labels[node] = found or node.value
        return cached

    def named(self, names: Iterable[ox.Literal]) -> list[ox.NamedNode]:
        """Resources whose rdfs:label or skos:altLabel is one of ``names``, in IRI order."""
        found = {s for lit in names for p in (RDFS.label, SKOS.altLabel) for s in self.subjects(p, lit)}
        return sorted((s for s in found if isinstance(s, ox.NamedNode)), key=lambda n: n.value)

    def facts(self, obj: Node) -> dict[tuple[Node, ox.NamedNode], list[Node]]:
        """Each gov:Assertion whose rdf:object is ``obj``, by its (rdf:subject, rdf:predicate)."""
        out: dict[tuple[Node, ox.NamedNode], list[Node]] = {}
        for fact in self.subjects(RDF.object, obj):
            for subject in self.objects(fact, RDF.subject):
                for predicate in self.objects(fact, RDF.predicate):
                    if isinstance(subject, ox.NamedNode | ox.BlankNode) and isinstance(predicate, ox.NamedNode):
                        out.setdefault((subject, predicate), []).append(fact)
        return out

    def evidence(self, fact: Node) -> Evidence:
        """The sentence, quote and source document of one assertion."""
        node = next((s for s in self.objects(fact, PROV.wasDerivedFrom) if isinstance(s, ox.NamedNode)), None)
        sentence = self.value(node, GOV.text) if node is not None else None
        source = next((s for s in self.objects(node, GOV.inSource) if isinstance(s, ox.NamedNode)), None) \
            if node is not None else None
        return Evidence(
            sentence=sentence,
            quote=self.value(fact, GOV.evidence),
            document=self.value(source, GOV.docId) if source is not None else None,
            document_title=self.value(source, DCTERMS.title) if source is not None else None,
        )
