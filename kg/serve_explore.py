"""What the ``kg serve`` page asks besides ``oversees``: the responsibility chain and autocomplete.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     chain(store, "鼎新镇")
Traceback (most recent call last):
...
kg.errors.NotFoundError: no place or unit named 鼎新镇 in the store
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.chain import chain as chain_record
from kg.named import name_variants
from kg.store import Store
from kg.vocab import GOV, ORG

_RELATION_ORDER = ("supervises", "designates", "within", "part_of", "issued", "forwarded")


def _select(store: Store, sparql: str) -> ox.QuerySolutions:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)  # the constant queries here are all SELECTs
    return result


def _value(row: ox.QuerySolution, var: str) -> str:
    term = row[var]
    return term.value if term is not None else ""


def chain(store: Store, name: str) -> dict[str, Any]:
    """The responsibility chain around the place or unit called ``name`` (:func:`kg.chain.chain`,
    index walks: milliseconds on a store of millions of quads), one link per edge with every
    statement of it as evidence.

    Returns ``{"name", "links": [{subject, subject_label, relation, object, object_label, via,
    evidence: [{text, document, document_title}]}]}``, supervising and designating links first.
    NotFoundError when nothing has that name.
    """
    links = [{
        "subject": e.source, "subject_label": e.source_label, "relation": e.relation,
        "object": e.target, "object_label": e.target_label, "via": e.via,
        "evidence": [{"text": text, "document": doc, "document_title": title} for text, doc, title in
                     dict.fromkeys((ev.text, ev.document or "", ev.document_title or "") for ev in e.evidence
                                   if ev.text)],
    } for e in chain_record(store, name).edges]

    def order(link: dict[str, Any]) -> tuple[int, str, str]:
        rank = _RELATION_ORDER.index(link["relation"]) if link["relation"] in _RELATION_ORDER else 99
        return rank, link["object_label"], link["subject_label"]

    return {"name": name, "links": sorted(links, key=order)}


# --------------------------------------------------------------------------------------- suggest

_NAMES = """SELECT ?e ?name ?top WHERE {
  VALUES ?top { gov:Place org:Organization }
  ?e a ?top ; rdfs:label|skos:altLabel ?name .
}"""
_KIND = {GOV.Place.value: "place", ORG.Organization.value: "unit"}


@dataclass(frozen=True)
class Suggestion:
    """An autocomplete entry: the canonical label, the name that matched, and place or unit."""

    label: str
    match: str
    kind: str
    iri: str


class SuggestIndex:
    """Place and unit names for autocomplete: ``(iri, label, kind, names)`` per entity.

    Built once per server (:meth:`of`): the served store does not change.

    >>> index = SuggestIndex([("urn:t", "鼎新镇", "place", ["鼎新", "鼎新镇"]),
    ...                       ("urn:u", "鼎新镇人民政府", "unit", ["鼎新镇人民政府"])])
    >>> [(s.label, s.match) for s in index.suggest("鼎新鎮")]
    [('鼎新镇', '鼎新镇'), ('鼎新镇人民政府', '鼎新镇人民政府')]
    >>> index.suggest("  ")
    []
    """

    def __init__(self, entries: list[tuple[str, str, str, list[str]]]) -> None:
        self._entries = entries

    @classmethod
    def of(cls, store: Store) -> SuggestIndex:
        """Every ``gov:Place`` and ``org:Organization`` of ``store`` with its label and altLabels."""
        names: dict[str, dict[str, Any]] = {}
        labels: dict[str, str] = {}
        for row in _select(store, "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"):
            labels.setdefault(_value(row, "e"), _value(row, "label"))
        for row in _select(store, _NAMES):
            iri = _value(row, "e")
            entry = names.setdefault(iri, {"kind": _KIND.get(_value(row, "top"), ""), "names": set()})
            entry["names"].add(_value(row, "name"))
        return cls([(iri, labels.get(iri, iri), d["kind"], sorted(d["names"])) for iri, d in names.items()])

    def suggest(self, q: str, limit: int = 12) -> list[Suggestion]:
        """Names containing ``q`` (simplified or traditional): exact first, then prefix, then substring;
        places before units, then shorter labels."""
        variants = [v for v in name_variants(q) if v] if q.strip() else []
        scored: list[tuple[tuple[int, int, int, str], Suggestion]] = []
        for iri, label, kind, names in self._entries:
            best: tuple[int, str] | None = None
            for name in names:
                for v in variants:
                    rank = 0 if name == v else 1 if name.startswith(v) else 2 if v in name else None
                    if rank is not None and (best is None or (rank, len(name)) < (best[0], len(best[1]))):
                        best = (rank, name)
            if best is not None:
                key = (best[0], 0 if kind == "place" else 1, len(label), label)
                scored.append((key, Suggestion(label, best[1], kind, iri)))
        return [s for _, s in sorted(scored, key=lambda x: x[0])[:limit]]
