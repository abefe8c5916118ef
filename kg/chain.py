"""The responsibility chain around a place or unit: who supervises it, designates it, contains it, issued what.

:func:`chain` walks the store's indexes (:mod:`kg.walk`) along exactly the edges of
``queries/chain.rq``: from the target up through the places containing it (``gov:within``), to
the units supervising or designating any of those places, up through the organisations those
units belong to (``org:subOrganizationOf``), and to the documents all of them issued or
forwarded. Where a place has no stated parent, the walk also climbs to the nearest place of the
graph whose administrative code is a prefix of its code (``via="adminCode"``): 金塔县 (620921) is
in 酒泉市 (620900) even when no text says so.

The answer is a :class:`ChainRecord`: the flat ``edges`` (what chain.rq returns, grouped per
edge) and a nested view (``places``, ``supervisors``, ``designators``, ``unit``) for people.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     chain(store, "鼎新镇")
Traceback (most recent call last):
...
kg.errors.NotFoundError: no place or unit named 鼎新镇 in the store
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

import pyoxigraph as ox
from rich.text import Text
from rich.tree import Tree

from kg.errors import NotFoundError
from kg.named import label_literals
from kg.store import Term
from kg.vocab import GOV, ORG, RDF, RDFS
from kg.walk import Evidence, Indexed, Node, Walk

__all__ = ["ChainRecord", "DocumentRef", "Edge", "Oversight", "PlaceStep", "UnitNode", "chain", "tree"]

#: relation -> property, as chain.rq names them
RELATIONS = {
    "within": GOV.within,
    "supervises": GOV.supervises,
    "designates": GOV.designates,
    "part_of": ORG.subOrganizationOf,
    "issued": GOV.issued,
    "forwarded": GOV.forwarded,
}
_OVERSIGHT = ("supervises", "designates")
_CODE_CUTS = (9, 6, 4, 2)  # township, county, prefecture, province: the nearest parent first
_PASSIVE = {"supervises": "supervised", "designates": "designated"}


@dataclass(frozen=True)
class Edge:
    """One edge of the chain: ``source relation target``, with every statement of it."""

    relation: str  # within | supervises | designates | part_of | issued | forwarded
    source: str
    source_label: str
    target: str
    target_label: str
    via: str  # "stated"; "adminCode" for a parent place found by its administrative code
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class PlaceStep:
    """The target or a place containing it; ``via`` says how it was reached from the step below."""

    place: str
    label: str
    level: str | None
    via: str  # "target" | "stated" | "adminCode"


@dataclass(frozen=True)
class DocumentRef:
    document: str  # IRI of the gov:Document
    title: str
    relation: str  # issued | forwarded
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class UnitNode:
    """A unit of the chain with the organisations it belongs to, its documents and who supervises it."""

    unit: str
    label: str
    parents: tuple[UnitNode, ...]
    documents: tuple[DocumentRef, ...]
    supervised_by: tuple[Oversight, ...]


@dataclass(frozen=True)
class Oversight:
    """``unit`` supervises or designates ``place`` (the target, or a place containing it when not ``direct``)."""

    relation: str  # supervises | designates
    unit: UnitNode
    place: str
    place_label: str
    direct: bool
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class ChainRecord:
    """The chain around ``target``, the best match for ``name`` (``others``: the other matches)."""

    name: str
    target: str
    label: str
    kind: str  # place | unit | other
    level: str | None  # the place level or the unit kind
    places: tuple[PlaceStep, ...]  # the target (when a place) and the places containing it, upwards
    supervisors: tuple[Oversight, ...]
    designators: tuple[Oversight, ...]
    unit: UnitNode | None  # the target itself, when it is a unit
    edges: tuple[Edge, ...]
    others: tuple[str, ...] = ()

    def units(self) -> dict[str, str]:
        """Every unit in the chain, IRI -> label."""
        return {e.source: e.source_label for e in self.edges if e.relation != "within"} | {
            e.target: e.target_label for e in self.edges if e.relation == "part_of"}

    def documents(self) -> dict[str, str]:
        """Every document issued or forwarded by a unit of the chain, IRI -> title."""
        return {e.target: e.target_label for e in self.edges if e.relation in ("issued", "forwarded")}

    def to_dict(self) -> dict[str, Any]:
        """A nested, JSON-ready structure (the ``kg chain --json`` output)."""
        return asdict(self)


# ------------------------------------------------------------------------------------------ walking


def _code_parent(walk: Walk, place: Node) -> Node | None:
    """The place of the graph whose code is the nearest administrative prefix of ``place``'s code."""
    code = walk.value(place, GOV.adminCode)
    if not code or not code.isdigit():
        return None
    for cut in _CODE_CUTS:
        if cut >= len(code):
            continue
        parent_code = code[:cut] + "0" * max(0, 6 - cut)
        if parent_code == code:
            continue
        for candidate in walk.subjects(GOV.adminCode, ox.Literal(parent_code)):
            if candidate != place and walk.has(candidate, RDF.type, GOV.Place):
                return candidate
    return None


class _Edges:
    """Collects edges once each, with their evidence."""

    def __init__(self, walk: Walk) -> None:
        self.walk = walk
        self.found: dict[tuple[str, Node, Node], str] = {}
        self._facts: dict[Node, dict[tuple[Node, ox.NamedNode], list[Node]]] = {}

    def add(self, relation: str, source: Node, target: Term, via: str = "stated") -> None:
        if isinstance(target, ox.NamedNode | ox.BlankNode):
            self.found.setdefault((relation, source, target), via)

    def evidence(self, relation: str, source: Node, target: Node) -> tuple[Evidence, ...]:
        facts = self._facts.get(target)
        if facts is None:
            facts = self._facts[target] = self.walk.facts(target)
        found = {self.walk.evidence(f) for f in facts.get((source, RELATIONS[relation]), [])}
        return tuple(sorted(found, key=lambda e: (e.document or "", e.text)))

    def edges(self) -> tuple[Edge, ...]:
        w = self.walk
        out = [Edge(rel, s.value, w.label(s), o.value, w.label(o), via, self.evidence(rel, s, o))
               for (rel, s, o), via in self.found.items()]
        return tuple(sorted(out, key=lambda e: (e.relation, e.source_label, e.target_label, e.source, e.target)))


def _walk(walk: Walk, target: Node) -> tuple[Edge, ...]:
    edges = _Edges(walk)
    places: list[Node] = []
    todo: list[Node] = [target]
    while todo:  # the target and the places containing it
        place = todo.pop(0)
        if place in places:
            continue
        places.append(place)
        parents = [p for p in walk.objects(place, GOV.within) if isinstance(p, ox.NamedNode | ox.BlankNode)]
        for parent in parents:
            edges.add("within", place, parent)
        if not parents and (code_parent := _code_parent(walk, place)) is not None:
            edges.add("within", place, code_parent, via="adminCode")
            parents = [code_parent]
        todo.extend(parents)
    nodes: list[Node] = list(places)
    for place in places:  # the units overseeing those places
        for relation in _OVERSIGHT:
            nodes.extend(walk.subjects(RELATIONS[relation], place))
    seen: set[Node] = set()
    while nodes:  # and the organisations above them
        node = nodes.pop(0)
        if node in seen:
            continue
        seen.add(node)
        for relation in _OVERSIGHT:
            for unit in walk.subjects(RELATIONS[relation], node):
                edges.add(relation, unit, node)
        for org in walk.objects(node, ORG.subOrganizationOf):
            edges.add("part_of", node, org)
            if isinstance(org, ox.NamedNode | ox.BlankNode):
                nodes.append(org)
        for relation in ("issued", "forwarded"):
            for document in walk.objects(node, RELATIONS[relation]):
                edges.add(relation, node, document)
    return edges.edges()


# ---------------------------------------------------------------------------------------- the views


class _View:
    """The nested view of a chain, built from its edges."""

    def __init__(self, walk: Walk, target: Node, edges: tuple[Edge, ...]) -> None:
        self.walk, self.target, self.edges = walk, target, edges
        self.out: dict[str, list[Edge]] = defaultdict(list)
        self.into: dict[str, list[Edge]] = defaultdict(list)
        for e in edges:
            self.out[e.source].append(e)
            self.into[e.target].append(e)

    def places(self) -> tuple[PlaceStep, ...]:
        if not self.walk.has(self.target, RDF.type, GOV.Place):
            return ()
        steps = [PlaceStep(self.target.value, self.walk.label(self.target), self.level(self.target), "target")]
        current = self.target.value
        while True:
            ups = [e for e in self.out[current] if e.relation == "within"]
            ups.sort(key=lambda e: (e.via != "stated", e.target_label))
            if not ups or any(s.place == ups[0].target for s in steps):
                return tuple(steps)
            up = ups[0]
            steps.append(PlaceStep(up.target, up.target_label, self.level(ox.NamedNode(up.target)), up.via))
            current = up.target

    def level(self, node: Node) -> str | None:
        return self.walk.value(node, GOV.level) or self.walk.value(node, GOV.kind)

    def unit(self, iri: str, visiting: frozenset[str] = frozenset()) -> UnitNode:
        visiting = visiting | {iri}
        label = next((e.source_label for e in self.out[iri]), None) or next(
            (e.target_label for e in self.into[iri]), iri)
        parents = tuple(self.unit(e.target, visiting) for e in self.out[iri]
                        if e.relation == "part_of" and e.target not in visiting)
        documents = tuple(DocumentRef(e.target, e.target_label, e.relation, e.evidence)
                          for e in self.out[iri] if e.relation in ("issued", "forwarded"))
        supervised = tuple(self.oversight(e, visiting) for e in self.into[iri]
                           if e.relation in _OVERSIGHT and e.source not in visiting)
        return UnitNode(iri, label, parents, documents, supervised)

    def oversight(self, edge: Edge, visiting: frozenset[str] = frozenset()) -> Oversight:
        return Oversight(edge.relation, self.unit(edge.source, visiting), edge.target, edge.target_label,
                         edge.target == self.target.value, edge.evidence)

    def overseers(self, relation: str, places: Iterable[str]) -> tuple[Oversight, ...]:
        found = [self.oversight(e) for p in places for e in self.into[p] if e.relation == relation]
        return tuple(sorted(found, key=lambda o: (not o.direct, o.unit.label, o.place_label)))


def _best(walk: Walk, name: str, candidates: list[ox.NamedNode]) -> list[ox.NamedNode]:
    """Candidates best first: its canonical label rather than an alias, a place, then a unit."""
    exact = set(label_literals(name))

    def rank(node: ox.NamedNode) -> tuple[int, int, str]:
        by_label = any(walk.has(node, RDFS.label, lit) for lit in exact)
        kind = 0 if walk.has(node, RDF.type, GOV.Place) else 1 if walk.has(node, RDF.type, ORG.Organization) else 2
        return (not by_label, kind, node.value)

    return sorted(candidates, key=rank)


def chain(store: Indexed, name: str) -> ChainRecord:
    """The responsibility chain around the place or unit called ``name`` (label or alias, either script).

    Raises NotFoundError when nothing in the store has that name. When several things do, the
    chain is about the best match (canonical name before alias, place before unit); the others
    are listed in ``others``.
    """
    walk = Walk(store)
    candidates = _best(walk, name, walk.named(label_literals(name)))
    if not candidates:
        raise NotFoundError(
            f"no place or unit named {name} in the store",
            hint="check the name (as written in the text), or build the documents that mention it",
        )
    target = candidates[0]
    edges = _walk(walk, target)
    view = _View(walk, target, edges)
    places = view.places()
    around = [s.place for s in places] or [target.value]
    is_unit = walk.has(target, RDF.type, ORG.Organization)
    kind = "place" if places else "unit" if is_unit else "other"
    return ChainRecord(
        name=name,
        target=target.value,
        label=walk.label(target),
        kind=kind,
        level=view.level(target),
        places=places,
        supervisors=view.overseers("supervises", around),
        designators=view.overseers("designates", around),
        unit=view.unit(target.value) if is_unit else None,
        edges=edges,
        others=tuple(c.value for c in candidates[1:]),
    )


# ------------------------------------------------------------------------------------- the terminal


def _sources(evidence: tuple[Evidence, ...]) -> str:
    docs = sorted({e.document for e in evidence if e.document})
    return f" [{', '.join(docs)}]" if docs else ""


def _unit_branch(branch: Tree, node: UnitNode, shown: set[str]) -> None:
    if node.unit in shown:  # a unit met again: its parents and documents are drawn above
        if node.parents or node.documents:
            branch.add(Text("(see above)", style="dim"))
        return
    shown.add(node.unit)
    for parent in node.parents:
        _unit_branch(branch.add(Text(f"part of {parent.label}")), parent, shown)
    for doc in node.documents:
        branch.add(Text(f"{doc.relation} 《{doc.title}》{_sources(doc.evidence)}"))
    for o in node.supervised_by:
        branch.add(Text(f"{_PASSIVE[o.relation]} by {o.unit.label}{_sources(o.evidence)}"))


def tree(record: ChainRecord) -> Tree:
    """The chain as a rich Tree for the terminal: places upwards, then overseers with their parents and documents.

    >>> from rich.console import Console
    >>> rec = ChainRecord("乙镇", "x", "乙镇", "place", "township", (), (), (), None, ())
    >>> Console(width=40).print(tree(rec))
    乙镇 (township)
    """
    # Text, not str: names and [document ids] are data, never rich markup
    root = Tree(Text(f"{record.label} ({record.level or record.kind})", style="bold"), guide_style="dim")
    if len(record.places) > 1:
        within = root.add(Text("within", style="italic"))
        for step in record.places[1:]:
            how = " [by administrative code]" if step.via == "adminCode" else ""
            within = within.add(Text(f"{step.label} ({step.level or 'place'}){how}"))
    shown: set[str] = set()
    if record.unit is not None:
        _unit_branch(root, record.unit, shown)
    for title, oversights in (("supervised by", record.supervisors), ("designated by", record.designators)):
        if oversights:
            branch = root.add(Text(title, style="italic"))
            for o in oversights:
                where = "" if o.direct else f" → {o.place_label}"
                _unit_branch(branch.add(Text(f"{o.unit.label}{where}{_sources(o.evidence)}")), o.unit, shown)
    return root
