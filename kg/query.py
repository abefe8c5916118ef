"""Questions asked of the store, one typed function per named query of ``queries/*.rq``.

=====================================  ===========================  ==================
function                               named query                  returns
=====================================  ===========================  ==================
``oversees(store, name)``              ``oversees``                 ``OverseeRecord``
``chain(store, name)``                 ``chain``                    ``ChainRecord``
``townships_of_unit(store, unit)``     ``townships-of-unit``        ``SupervisedPlace``
``designated_places(store, …)``        ``designated-places``        ``Designation``
``documents_by_unit(store, unit)``     ``documents-by-unit``        ``UnitDocument``
``places_within(store, place)``        ``places-within``            ``Subplace``
``co_supervisors(store, unit)``        ``co-supervisors``           ``CoSupervisor``
``unit_load(store)``                   ``unit-load``                ``UnitLoad``
=====================================  ===========================  ==================

Names match ``rdfs:label`` or ``skos:altLabel`` in simplified or traditional script; a name
nothing in the store carries raises NotFoundError. ``oversees`` and ``chain`` walk the embedded
store's indexes (:mod:`kg.walk`, well under a millisecond on a million triples); the others run
their named query. The named-query machinery (:func:`run_named`, :func:`load_query`, …) lives in
:mod:`kg.named` and is re-exported here.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     oversees(store, "鼎新镇")
Traceback (most recent call last):
...
kg.errors.NotFoundError: no place or unit named 鼎新镇 in the store
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any

import pyoxigraph as ox

from kg.chain import ChainRecord, chain
from kg.errors import NotFoundError, QueryError
from kg.named import (
    NamedQuery,
    Param,
    bind_value,
    label_literals,
    list_queries,
    load_query,
    name_variants,
    parse_header,
    run_named,
    with_values,
)
from kg.store import GraphStore, Store, term_value
from kg.vocab import GOV
from kg.walk import Evidence, Walk

__all__ = [
    "ChainRecord",
    "CoSupervisor",
    "Designation",
    "NamedQuery",
    "OverseeRecord",
    "Param",
    "Subplace",
    "SupervisedPlace",
    "UnitDocument",
    "UnitLoad",
    "bind_value",
    "chain",
    "co_supervisors",
    "designated_places",
    "documents_by_unit",
    "list_queries",
    "load_query",
    "name_variants",
    "oversees",
    "parse_header",
    "places_within",
    "run_named",
    "townships_of_unit",
    "unit_load",
]


class _Record:
    def to_dict(self) -> dict[str, Any]:
        """The record as a JSON-ready dict."""
        return asdict(self)  # type: ignore[call-overload]  # every subclass is a dataclass


# ------------------------------------------------------------------------------------------ helpers

_KNOWN = "ASK WHERE { ?e rdfs:label|skos:altLabel ?name }"


def _require(store: GraphStore, name: str, what: str = "place or unit") -> None:
    """NotFoundError unless something in the store is called ``name`` (either script)."""
    if isinstance(store, Store):
        known = bool(Walk(store).named(label_literals(name)))
    else:
        known = bool(store.query(with_values(_KNOWN, {"name": list(label_literals(name))})))
    if not known:
        raise NotFoundError(
            f"no {what} named {name} in the store",
            hint="check the name (as written in the text), or build the documents that mention it",
        )


def _select(store: GraphStore, query: str, params: Mapping[str, str | int | None]) -> Iterator[ox.QuerySolution]:
    given = {k: str(v) for k, v in params.items() if v is not None}
    result = run_named(store, query, given)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"queries/{query}.rq must be a SELECT query", hint="restore it from the checkout")
    return iter(result)


def _text(row: ox.QuerySolution, var: str) -> str | None:
    term = row[var]
    return term_value(term) if term is not None else None


def _int(row: ox.QuerySolution, var: str) -> int | None:
    value = _text(row, var)
    return int(value) if value is not None and value.lstrip("-").isdigit() else None


def _names(row: ox.QuerySolution, var: str) -> tuple[str, ...]:
    return tuple(sorted(n for n in (_text(row, var) or "").split("、") if n))


# ----------------------------------------------------------------------------------------- oversees


@dataclass(frozen=True)
class OverseeRecord(_Record):
    """One unit overseeing a place, with the fact's provenance.

    ``place``/``place_label`` name the place the fact is about: the one asked for, or (when
    ``direct`` is False) a place that contains it.
    """

    unit: str
    label: str
    relation: str  # "supervises" | "designates"
    evidence: str  # the sentence the fact was read from
    document: str  # document id
    document_title: str | None
    quote: str | None
    place: str
    place_label: str
    direct: bool


_OVERSIGHT = (("supervises", GOV.supervises), ("designates", GOV.designates))


def _oversees_walk(store: Store, name: str) -> list[OverseeRecord]:
    # the index walk of queries/oversees.rq (tests check both give the same records)
    walk = Walk(store)
    targets = walk.named(label_literals(name))
    if not targets:
        raise NotFoundError(
            f"no place or unit named {name} in the store",
            hint="check the name (as written in the text), or build the documents that mention it",
        )
    hops: dict[ox.NamedNode | ox.BlankNode, int] = {}
    for target in targets:  # gov:within*: the target (0) and every place containing it (1)
        hops[target] = 0
        todo: list[ox.NamedNode | ox.BlankNode] = [target]
        while todo:
            for parent in walk.objects(todo.pop(), GOV.within):
                if isinstance(parent, ox.NamedNode | ox.BlankNode) and parent not in hops:
                    hops[parent] = 1
                    todo.append(parent)
    records: list[OverseeRecord] = []
    for place, hop in hops.items():
        facts = None
        for relation, prop in _OVERSIGHT:
            for unit in walk.subjects(prop, place):
                if facts is None:
                    facts = walk.facts(place)
                statements: list[Evidence | None] = [walk.evidence(f) for f in facts.get((unit, prop), [])]
                for ev in statements or [None]:
                    records.append(OverseeRecord(
                        unit=unit.value, label=walk.label(unit), relation=relation,
                        evidence=ev.text if ev else "", document=(ev.document or "") if ev else "",
                        document_title=ev.document_title if ev else None, quote=ev.quote if ev else None,
                        place=place.value, place_label=walk.label(place), direct=hop == 0,
                    ))
    return records


def _oversees_sparql(store: GraphStore, name: str) -> list[OverseeRecord]:
    _require(store, name)
    records = []
    for row in _select(store, "oversees", {"name": name}):
        unit, place = _text(row, "unit") or "", _text(row, "place") or ""
        records.append(OverseeRecord(
            unit=unit,
            label=_text(row, "label") or unit,
            relation=_text(row, "relation") or "",
            evidence=_text(row, "evidence") or _text(row, "quote") or "",
            document=_text(row, "docId") or "",
            document_title=_text(row, "docTitle"),
            quote=_text(row, "quote"),
            place=place,
            place_label=_text(row, "placeLabel") or place,
            direct=_text(row, "hops") == "0",
        ))
    return records


def oversees(store: GraphStore, name: str) -> list[OverseeRecord]:
    """Units that supervise or designate the place (or unit) called ``name``, or a place containing it.

    The name matches ``rdfs:label`` or ``skos:altLabel`` in simplified or traditional script.
    Raises NotFoundError when nothing in the store has that name; returns ``[]`` when it exists
    but nobody oversees it. Facts about the place itself come first, supervision before
    designation. The embedded store answers by index walk, any other store by ``oversees.rq``.
    """
    found = _oversees_walk(store, name) if isinstance(store, Store) else _oversees_sparql(store, name)
    seen: dict[tuple[str, ...], OverseeRecord] = {}
    for record in sorted(found, key=lambda r: not r.direct):  # a direct fact wins over the same fact seen via a parent
        seen.setdefault((record.unit, record.relation, record.place, record.document, record.evidence), record)
    order = {"supervises": 0, "designates": 1}
    return sorted(
        seen.values(),
        key=lambda r: (not r.direct, order.get(r.relation, 9), r.label, r.document, r.evidence),
    )


# ------------------------------------------------------------------------------- townships-of-unit


@dataclass(frozen=True)
class SupervisedPlace(_Record):
    """A place ``unit`` supervises, with one statement of it."""

    unit: str
    unit_label: str
    place: str
    place_label: str
    level: str | None
    parent_label: str | None  # the place it lies within, when stated
    evidence: str
    document: str
    document_title: str | None


def townships_of_unit(store: GraphStore, unit: str) -> list[SupervisedPlace]:
    """The places (townships and any other level) the unit called ``unit`` supervises.

    Example: ``townships_of_unit(store, "市公安局")`` (an alias works as well as the full name).
    """
    _require(store, unit, "unit")
    out = [SupervisedPlace(
        unit=_text(row, "org") or "", unit_label=_text(row, "orgLabel") or "", place=_text(row, "place") or "",
        place_label=_text(row, "placeLabel") or "", level=_text(row, "level"),
        parent_label=_text(row, "parentLabel"), evidence=_text(row, "evidence") or "",
        document=_text(row, "docId") or "", document_title=_text(row, "docTitle"),
    ) for row in _select(store, "townships-of-unit", {"unit": unit})]
    return list(dict.fromkeys(out))


# ------------------------------------------------------------------------------- designated-places


@dataclass(frozen=True)
class Designation(_Record):
    """``unit`` designated ``place`` (挂牌整治, 列为重点整治, 通报警示, …) in ``year``."""

    unit: str
    unit_label: str
    place: str
    place_label: str
    level: str | None
    year: int | None  # the year the evidence names, else the source's date's year
    evidence: str
    document: str
    document_title: str | None
    document_date: str | None


def designated_places(store: GraphStore, authority: str | None = None, year: int | None = None) -> list[Designation]:
    """Places designated by the unit called ``authority`` (every unit when None), in ``year`` (any when None).

    Example: ``designated_places(store, "酒泉市禁毒委员会", 2020)``.
    """
    if authority is not None:
        _require(store, authority, "unit")
    rows = _select(store, "designated-places", {"authority": authority, "year": year})
    out = [Designation(
        unit=_text(row, "org") or "", unit_label=_text(row, "orgLabel") or "", place=_text(row, "place") or "",
        place_label=_text(row, "placeLabel") or "", level=_text(row, "level"), year=_int(row, "year"),
        evidence=_text(row, "evidence") or "", document=_text(row, "docId") or "",
        document_title=_text(row, "docTitle"), document_date=_text(row, "docDate"),
    ) for row in rows]
    return list(dict.fromkeys(out))  # without an authority a row comes once per name of the unit


# ------------------------------------------------------------------------------- documents-by-unit


@dataclass(frozen=True)
class UnitDocument(_Record):
    """A document (《…》) ``unit`` issued or forwarded, with the other units that issued it."""

    unit: str
    unit_label: str
    relation: str  # issued | forwarded
    doc: str  # IRI of the gov:Document
    title: str
    joint_issuers: tuple[str, ...]  # labels of the other units that issued it
    evidence: str
    document: str  # id of the source document the statement was read from
    document_title: str | None


def documents_by_unit(store: GraphStore, unit: str) -> list[UnitDocument]:
    """The documents the unit called ``unit`` issued or forwarded, each with its joint issuers."""
    _require(store, unit, "unit")
    out = [UnitDocument(
        unit=_text(row, "org") or "", unit_label=_text(row, "orgLabel") or "", relation=_text(row, "relation") or "",
        doc=_text(row, "doc") or "", title=_text(row, "title") or "", joint_issuers=_names(row, "jointIssuers"),
        evidence=_text(row, "evidence") or "", document=_text(row, "docId") or "",
        document_title=_text(row, "docTitle"),
    ) for row in _select(store, "documents-by-unit", {"unit": unit})]
    return list(dict.fromkeys(out))


# ----------------------------------------------------------------------------------- places-within


@dataclass(frozen=True)
class Subplace(_Record):
    """A place inside the asked-for place; ``depth`` 1 for a direct child."""

    place: str
    label: str
    level: str | None
    code: str | None
    parent: str
    parent_label: str
    depth: int


def places_within(store: GraphStore, place: str) -> list[Subplace]:
    """Every place within the place called ``place`` (stated parents, any depth), parents before children."""
    _require(store, place, "place")
    rows = list(_select(store, "places-within", {"place": place}))
    roots = {_text(row, "root") for row in rows}
    parent_of = {_text(row, "sub"): _text(row, "parent") for row in rows}

    def depth(node: str | None, seen: frozenset[str | None] = frozenset()) -> int:
        parent = parent_of.get(node)
        if parent in roots or parent is None or parent in seen:
            return 1
        return 1 + depth(parent, seen | {node})

    out = {Subplace(
        place=_text(row, "sub") or "", label=_text(row, "subLabel") or "", level=_text(row, "level"),
        code=_text(row, "code"), parent=_text(row, "parent") or "", parent_label=_text(row, "parentLabel") or "",
        depth=depth(_text(row, "sub")),
    ) for row in rows}
    return sorted(out, key=lambda s: (s.depth, s.parent_label, s.code or "", s.label))


# ---------------------------------------------------------------------------------- co-supervisors


@dataclass(frozen=True)
class CoSupervisor(_Record):
    """Another unit supervising ``shared`` of the places the asked-for unit supervises."""

    unit: str
    label: str
    shared: int
    places: tuple[str, ...]  # labels of the shared places


def co_supervisors(store: GraphStore, unit: str) -> list[CoSupervisor]:
    """Units supervising the same places as the unit called ``unit``, most places in common first."""
    _require(store, unit, "unit")
    out = [CoSupervisor(
        unit=_text(row, "other") or "", label=_text(row, "otherLabel") or "", shared=_int(row, "shared") or 0,
        places=_names(row, "places"),
    ) for row in _select(store, "co-supervisors", {"unit": unit})]
    return sorted(dict.fromkeys(out), key=lambda c: (-c.shared, c.label))


# --------------------------------------------------------------------------------------- unit-load


@dataclass(frozen=True)
class UnitLoad(_Record):
    """How many places (and how many townships or subdistricts) ``unit`` supervises."""

    unit: str
    label: str
    places: int
    townships: int


def unit_load(store: GraphStore, limit: int | None = None) -> list[UnitLoad]:
    """Units ranked by the number of places they supervise, busiest first (the first ``limit`` only)."""
    out = [UnitLoad(
        unit=_text(row, "unit") or "", label=_text(row, "label") or "", places=_int(row, "places") or 0,
        townships=_int(row, "townships") or 0,
    ) for row in _select(store, "unit-load", {})]
    return out[:limit] if limit is not None else out

