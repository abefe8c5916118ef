"""Reading the store into a :class:`networkx.MultiDiGraph`: entities as nodes, chosen relations as edges."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
import pyoxigraph as ox

from kg.errors import InputError
from kg.store import Store
from kg.viz.style import RELATION_ALIASES, RELATION_STYLE
from kg.vocab import FOAF, GOV, ORG, RELATION_PROPERTY

_TOP_CLASSES = {ORG.Organization.value: "unit", GOV.Place.value: "place", GOV.Document.value: "document",
                FOAF.Person.value: "person"}

_ENTITIES = """
SELECT ?e ?top ?label ?kind ?level ?code ?post WHERE {
  ?e a ?top ; rdfs:label ?label .
  OPTIONAL { ?e gov:kind ?kind } OPTIONAL { ?e gov:level ?level }
  OPTIONAL { ?e gov:adminCode ?code } OPTIONAL { ?e gov:post ?post }
} ORDER BY ?e ?label
"""
_ALIASES = "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt } ORDER BY ?e ?alt"
_EDGES = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o"
_FACTS = """
SELECT ?s ?p ?o ?evidence ?doc ?cue WHERE {
  ?f a gov:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?sentence .
  ?sentence gov:text ?evidence .
  OPTIONAL { ?sentence gov:inSource/gov:docId ?doc } OPTIONAL { ?f gov:cue ?cue }
} ORDER BY ?doc ?evidence
"""


def _v(row: ox.QuerySolution, var: str) -> str:
    term = row[var]
    return term.value if term is not None else ""


def _rows(store: Store, sparql: str, bindings: Mapping[str, ox.NamedNode] | None = None) -> Iterable[Any]:
    result = store.query(sparql, bindings)
    assert isinstance(result, ox.QuerySolutions)
    return result


def parse_relations(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """Relation names from ``"supervises,designates"`` (or a list); all relations for None or "".

    >>> parse_relations("supervises, subOrganizationOf")
    ('supervises', 'part_of')
    """
    if text is None:
        return tuple(RELATION_STYLE)
    items = text.split(",") if isinstance(text, str) else list(text)
    names = [RELATION_ALIASES.get(i.strip(), i.strip()) for i in items if i.strip()]
    unknown = [n for n in names if n not in RELATION_STYLE]
    if unknown:
        raise InputError(f"unknown relation {', '.join(unknown)}", hint=f"use some of {','.join(RELATION_STYLE)}")
    return tuple(dict.fromkeys(names)) or tuple(RELATION_STYLE)


def build_graph(store: Store, relations: Iterable[str] | None = None) -> nx.MultiDiGraph:
    """The store's units, places, documents and people, joined by the chosen relations.

    Each edge carries the evidence sentences of its ``gov:Assertion``\\ s. Nodes a chosen
    relation does not touch are kept: use :func:`kg.viz.filter_relations` to drop them.

    >>> from kg.store import Store
    >>> with Store.open(None) as s:
    ...     build_graph(s).number_of_nodes()
    0
    """
    graph = nx.MultiDiGraph()
    for row in _rows(store, _ENTITIES):
        cls = _TOP_CLASSES.get(_v(row, "top"))
        iri = _v(row, "e")
        if cls is None:
            continue
        if iri in graph:  # a second label (another document's spelling) becomes an alias
            data = graph.nodes[iri]
            if _v(row, "label") != data["label"]:
                data["aliases"] = tuple(dict.fromkeys((*data["aliases"], _v(row, "label"))))
            continue
        graph.add_node(iri, label=_v(row, "label"), cls=cls, kind=_v(row, "kind") or _v(row, "level"),
                       aliases=(), code=_v(row, "code"), post=_v(row, "post"))
    for row in _rows(store, _ALIASES):
        if row["e"].value in graph:
            data = graph.nodes[row["e"].value]
            data["aliases"] = tuple(dict.fromkeys((*data["aliases"], _v(row, "alt"))))
    for name in parse_relations(relations):
        prop = RELATION_PROPERTY[name]
        facts: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
        for row in _rows(store, _FACTS, {"p": prop}):
            facts[_v(row, "s"), _v(row, "o")].append((_v(row, "evidence"), _v(row, "doc"), _v(row, "cue")))
        for row in _rows(store, _EDGES, {"p": prop}):
            s, o = _v(row, "s"), _v(row, "o")
            for end in (s, o):  # an end without a label is still drawn, named by its IRI
                if end not in graph:
                    graph.add_node(end, label=end.rsplit("/", 1)[-1], cls="", kind="", aliases=(), code="", post="")
            said = facts.get((s, o), [])
            graph.add_edge(s, o, key=name, relation=name, label=_edge_label(name, [c for _, _, c in said]),
                           evidence=tuple(e for e, _, _ in said), documents=tuple(d for _, d, _ in said),
                           cues=tuple(c for _, _, c in said if c), count=1)
    return graph


def _edge_label(relation: str, cues: Iterable[str]) -> str:
    # 包点 / 包抓 / 包联 are the cadre-assignment kind of oversight; say so when the text did.
    if relation == "supervises" and any("包" in c for c in cues):
        return "包点"
    return RELATION_STYLE[relation][0]
