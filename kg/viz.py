"""Pictures of the graph: a networkx view of the store, focus and filters, layouts, offline HTML, GraphML/GEXF.

The view is a :class:`networkx.MultiDiGraph` keyed by entity IRI. Node attributes: ``label``,
``aliases`` (tuple), ``cls`` (unit / place / document / person), ``kind`` (the org kind or place
level), ``code``, ``post``. Edges are keyed by relation name (``supervises``, ``part_of``, …)
and carry ``relation``, ``label`` (Chinese), ``evidence``, ``documents`` and ``cues`` (tuples, one
item per source document that states the fact).

>>> g = nx.MultiDiGraph()
>>> g.add_node("c", label="金塔县", cls="place", kind="county")
>>> g.add_node("t", label="鼎新镇", cls="place", kind="township")
>>> g.add_edge("t", "c", key="within", relation="within", label="位于")
'within'
>>> sorted(focus(g, "鼎新鎮", depth=1).nodes)        # traditional script matches too
['c', 't']
>>> hierarchical_layout(g)["c"][1] < hierarchical_layout(g)["t"][1]   # counties above townships
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import pyoxigraph as ox

from kg.errors import GovkgError, InputError, NotFoundError
from kg.named import name_variants
from kg.store import Store
from kg.vocab import FOAF, GOV, ORG, RELATION_PROPERTY

Layout = Literal["force", "hierarchical"]
ExportFormat = Literal["graphml", "gexf"]

#: relation -> (edge label in Chinese, colour, structural). Structural relations are drawn dashed
#: (thin in big graphs) so the oversight edges stand out.
RELATION_STYLE: dict[str, tuple[str, str, bool]] = {
    "supervises": ("监督", "#d62728", False),
    "designates": ("挂牌", "#ff7f0e", False),
    "issued": ("印发", "#1f77b4", False),
    "forwarded": ("转发", "#17becf", False),
    "established": ("成立", "#9467bd", False),
    "part_of": ("隶属", "#8c564b", True),
    "within": ("位于", "#7f7f7f", True),
    "jurisdiction": ("管辖", "#a5a52a", True),
    "head_of": ("负责人", "#e377c2", False),
}
#: Other spellings accepted by :func:`parse_relations` (the RDF property names).
RELATION_ALIASES = {"subOrganizationOf": "part_of", "headOf": "head_of", "partOf": "part_of", "headof": "head_of"}

#: (cls, kind) -> (Chinese name, colour, vis-network shape). kind "" is the fallback of a class.
NODE_STYLE: dict[tuple[str, str], tuple[str, str, str]] = {
    ("unit", "party"): ("党委", "#c0392b", "dot"),
    ("unit", "government"): ("政府", "#2c7fb8", "dot"),
    ("unit", "committee"): ("委员会", "#8e44ad", "dot"),
    ("unit", "taskforce"): ("领导小组/工作组", "#6c3483", "dot"),
    ("unit", "office"): ("办公室", "#16a085", "dot"),
    ("unit", "department"): ("职能部门", "#27ae60", "dot"),
    ("unit", "police"): ("公安", "#1a5276", "dot"),
    ("unit", "court"): ("法院", "#5d6d7e", "dot"),
    ("unit", "procuratorate"): ("检察院", "#85929e", "dot"),
    ("unit", "media"): ("媒体", "#b7950b", "dot"),
    ("unit", ""): ("其他单位", "#95a5a6", "dot"),
    ("place", "province"): ("省", "#7b241c", "diamond"),
    ("place", "prefecture"): ("地级（州、市）", "#a04000", "diamond"),
    ("place", "city"): ("市", "#a04000", "diamond"),
    ("place", "county"): ("县", "#d35400", "diamond"),
    ("place", "district"): ("区", "#d35400", "diamond"),
    ("place", "township"): ("乡镇", "#f39c12", "triangle"),
    ("place", "subdistrict"): ("街道", "#f5b041", "triangle"),
    ("place", "village"): ("村、社区", "#f8c471", "triangleDown"),
    ("place", "township-group"): ("乡镇（按县合并）", "#f39c12", "hexagon"),
    ("place", ""): ("其他地方", "#e59866", "diamond"),
    ("document", ""): ("文件", "#566573", "square"),
    ("person", ""): ("人物", "#e91e63", "star"),
    ("", ""): ("其他", "#bdc3c7", "dot"),
}

#: Above this many nodes, :func:`render_html` groups townships per county (browsers stay responsive).
AGGREGATE_ABOVE = 5000
#: Above this many nodes the page trades looks for speed (straight edges, no edges while dragging).
_LARGE = 1000
#: Physics steps a big force layout gets in the browser after :func:`cluster_layout` placed it.
_RELAX_STEPS = 20
_SAMPLE = 20  # evidence sentences kept on an edge that stands for many facts
_STAGGER = 32.0  # px: in a hierarchical row, neighbours alternate up and down so long labels can overlap in x
_ROW_H = 40.0  # px between the rows of a wrapped hierarchical layer, at least
_FONT_PX = 20  # node labels: readable in a screenshot of a 50-node graph fitted to the window
_FONT = '"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
_TOWNSHIP_LEVELS = ("township", "subdistrict", "village")
_COUNTY_LEVELS = ("county", "district", "city")
_TOP_CLASSES = {ORG.Organization.value: "unit", GOV.Place.value: "place", GOV.Document.value: "document",
                FOAF.Person.value: "person"}
# Hierarchical layers: authorities -> units and documents -> higher places -> counties -> townships -> villages.
_RANK = {("person", ""): 0, ("unit", "party"): 0, ("unit", "government"): 0, ("unit", "committee"): 0,
         ("unit", "taskforce"): 0, ("unit", ""): 1, ("document", ""): 1, ("place", "province"): 2,
         ("place", "prefecture"): 2, ("place", "city"): 2, ("place", ""): 2, ("place", "county"): 3,
         ("place", "district"): 3, ("place", "township"): 4, ("place", "subdistrict"): 4,
         ("place", "township-group"): 4, ("place", "village"): 5}


# ------------------------------------------------------------------------------------- graph


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
    relation does not touch are kept: use :func:`filter_relations` to drop them.

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


# ------------------------------------------------------------------------------ focus / filter


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or alias is ``name``, in simplified or traditional script.

    >>> g = nx.MultiDiGraph(); g.add_node("x", label="金塔县", aliases=("金塔",))
    >>> find_nodes(g, "金塔")
    ['x']
    """
    wanted = set(name_variants(name))
    return [n for n, d in graph.nodes(data=True) if wanted & {d.get("label", ""), *d.get("aliases", ())}]


def focus(graph: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps (either direction) of the nodes called ``name``.

    The named nodes get ``focus=True``. Raises NotFoundError when no node has that name.

    >>> g = nx.MultiDiGraph(); g.add_node("t", label="鼎新镇"); g.add_edge("u", "t", key="supervises")
    'supervises'
    >>> focus(g, "鼎新镇", depth=0).nodes["t"]
    {'label': '鼎新镇', 'focus': True}
    """
    centres = find_nodes(graph, name)
    if not centres:
        near = sorted({d["label"] for _, d in graph.nodes(data=True) if name in d.get("label", "")})[:5]
        raise NotFoundError(
            f"nothing in the graph is called {name}",
            hint=f"did you mean {'、'.join(near)}?" if near else "check the name, or drop --relations",
        )
    undirected = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep.update(nx.single_source_shortest_path_length(undirected, centre, cutoff=max(depth, 0)))
    sub = graph.subgraph(keep).copy()
    for centre in centres:
        sub.nodes[centre]["focus"] = True
    return sub


def filter_relations(graph: nx.MultiDiGraph, relations: Iterable[str], *, keep_isolated: bool = False
                     ) -> nx.MultiDiGraph:
    """A copy with only the edges of ``relations``; nodes left without edges go unless ``keep_isolated``.

    >>> g = nx.MultiDiGraph(); g.add_edge("a", "b", key="within"); g.add_edge("c", "b", key="issued")
    'within'
    'issued'
    >>> sorted(filter_relations(g, ["within"]).nodes)
    ['a', 'b']
    """
    chosen = set(parse_relations(relations))
    out = nx.MultiDiGraph()
    out.add_nodes_from(graph.nodes(data=True))
    out.add_edges_from((u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True) if k in chosen)
    if not keep_isolated:
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0 and not out.nodes[n].get("focus")])
    return out


def view(store: Store, *, relations: Iterable[str] | None = None, focus_on: str | None = None, depth: int = 1
         ) -> nx.MultiDiGraph:
    """What ``kg viz`` draws: the entities taking part in the chosen relations, optionally around one name.

    Raises NotFoundError when ``focus_on`` names nothing in the store.

    >>> with Store.open(None) as s:
    ...     view(s, relations="supervises").number_of_nodes()
    0
    """
    chosen = parse_relations(relations)
    graph = build_graph(store, chosen)
    if focus_on:
        graph = focus(graph, focus_on, depth)
    return filter_relations(graph, chosen)


# ---------------------------------------------------------------------------------- aggregate


def _county_of(graph: nx.MultiDiGraph, node: str) -> str | None:
    seen = {node}
    while True:
        ups = [v for _, v, k in graph.out_edges(node, keys=True) if k == "within" and v not in seen]
        if not ups:
            return None
        node = ups[0]
        if graph.nodes[node].get("kind") in _COUNTY_LEVELS:
            return node
        seen.add(node)


def aggregate_townships(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy where the townships (and villages) of each county are one node, ``agg:<county>``.

    Edges to and from the members are merged per (end, relation); ``count`` says how many
    facts an edge stands for. Places whose county is not stated stay as they are.

    >>> g = nx.MultiDiGraph(); g.add_node("c", label="金塔县", cls="place", kind="county")
    >>> for t in ("鼎新镇", "航天镇"):
    ...     g.add_node(t, label=t, cls="place", kind="township")
    ...     _ = g.add_edge(t, "c", key="within")
    >>> [d["label"] for _, d in aggregate_townships(g).nodes(data=True)]
    ['金塔县', '金塔县 2个乡镇']
    """
    groups: dict[str, list[str]] = defaultdict(list)
    for n, d in graph.nodes(data=True):
        if d.get("cls") == "place" and d.get("kind") in _TOWNSHIP_LEVELS:
            county = _county_of(graph, n)
            if county is not None:
                groups[county].append(n)
    where = {m: f"agg:{c}" for c, members in groups.items() if len(members) > 1 for m in members}
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, d) for n, d in graph.nodes(data=True) if n not in where)
    for county, members in groups.items():
        if len(members) > 1:
            names = sorted(graph.nodes[m]["label"] for m in members)
            out.add_node(f"agg:{county}", label=f"{graph.nodes[county]['label']} {len(members)}个乡镇", cls="place",
                         kind="township-group", aliases=tuple(names), code="", post="", members=len(members))
    for u, v, k, d in graph.edges(keys=True, data=True):
        a, b = where.get(u, u), where.get(v, v)
        if a == b:
            continue  # a village within its own township group
        if out.has_edge(a, b, k):
            e = out.edges[a, b, k]
            e["count"] = e.get("count", 1) + d.get("count", 1)
            # evidence[i] was read in documents[i]: cut both at the same place (a sample is enough)
            e["evidence"] = (*e.get("evidence", ()), *d.get("evidence", ()))[:_SAMPLE]
            e["documents"] = (*e.get("documents", ()), *d.get("documents", ()))[:_SAMPLE]
        else:
            out.add_edge(a, b, key=k, **{**d, "count": d.get("count", 1)})
    return out


# ------------------------------------------------------------------------------------- layout


def _style(d: Mapping[str, Any]) -> tuple[str, str, str]:
    cls, kind = d.get("cls", ""), d.get("kind", "")
    return NODE_STYLE.get((cls, kind)) or NODE_STYLE.get((cls, "")) or NODE_STYLE["", ""]


def _rank(d: Mapping[str, Any]) -> int:
    cls, kind = d.get("cls", ""), d.get("kind", "")
    return _RANK.get((cls, kind), _RANK.get((cls, ""), 1))


def hierarchical_layout(graph: nx.MultiDiGraph, *, dx: float = 90.0, dy: float = 220.0,
                        max_row: int | None = None) -> dict[str, tuple[float, float]]:
    """Positions in layers: authorities, then units and documents, higher places, counties, townships.

    Within a layer, nodes sit near the mean position of their neighbours in other layers
    (barycentre sweeps down, up and down), so a county's townships gather under it. A layer of
    more than ``max_row`` nodes (default about √n) becomes a band filled column by column, so a
    5,000-node graph is not one endless line.
    """
    layers: dict[int, list[str]] = defaultdict(list)
    for n, d in graph.nodes(data=True):
        layers[_rank(d)].append(n)
    order = sorted(layers)
    for r in order:
        layers[r].sort(key=lambda n: (graph.nodes[n].get("label", ""), n))
    undirected = graph.to_undirected(as_view=True)
    pos_index: dict[str, float] = {}
    for r in order:
        pos_index.update((n, i / max(len(layers[r]) - 1, 1)) for i, n in enumerate(layers[r]))
    for sweep in (order[1:], order[-2::-1], order[1:]):  # down, up, down again
        for r in sweep:
            def barycentre(n: str, r: int = r) -> float:
                near = [pos_index[m] for m in undirected[n] if _rank(graph.nodes[m]) != r]
                return sum(near) / len(near) if near else pos_index[n]
            layers[r].sort(key=barycentre)
            pos_index.update((n, i / max(len(layers[r]) - 1, 1)) for i, n in enumerate(layers[r]))
    width = max_row or max(12, int(math.sqrt(len(graph))))
    band = width * dx  # every wrapped layer is about this wide, so x lines up from layer to layer
    pos: dict[str, tuple[float, float]] = {}
    y = 0.0
    for r in order:
        nodes = layers[r]
        widths = [_label_width(_short(graph.nodes[n].get("label", ""))) for n in nodes]
        if len(nodes) <= width:  # one staggered row
            xs = _row_positions(widths, dx)
            mid = (xs[0] + xs[-1]) / 2
            pos.update((n, (x - mid, y + _STAGGER * (i % 2))) for i, (n, x) in enumerate(zip(nodes, xs, strict=True)))
            y += dy
            continue
        # A wide layer becomes a band filled column by column: left-to-right order is kept, so a
        # county's townships stack in the columns under their county.
        col_w = max(widths) + 16
        row_h = max(_ROW_H, 2 * max(_node_size(graph.degree(n)) for n in nodes) + 26)  # node and label
        rows = math.ceil(len(nodes) / max(1, int(band // col_w)))
        cols = math.ceil(len(nodes) / rows)
        for i, n in enumerate(nodes):
            pos[n] = ((i // rows - (cols - 1) / 2) * col_w, y + (i % rows) * row_h)
        y += (rows - 1) * row_h + dy
    return pos


def _node_size(degree: int) -> float:
    # grows with degree, slowly, so hubs stand out without covering their neighbours
    return round(min(10 + 4 * math.sqrt(degree), 48), 1)


def _label_width(label: str) -> float:
    # a 汉字 is about one font size wide, Latin letters and digits a bit over half
    return sum(_FONT_PX if ord(c) > 0x2E80 else _FONT_PX * 0.55 for c in label)


def _short(label: str, limit: int = 12) -> str:
    # A long task-force name would cover its neighbours; the tooltip keeps the whole name.
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _row_positions(widths: list[float], dx: float) -> list[float]:
    """x of each node in a staggered row: at least ``dx`` apart, and labels two apart do not touch."""
    xs: list[float] = []
    for i, w in enumerate(widths):
        x = xs[-1] + dx if xs else 0.0
        if i >= 2:
            x = max(x, xs[i - 2] + (w + widths[i - 2]) / 2 + 16)
        xs.append(x)
    return xs


def cluster_layout(graph: nx.MultiDiGraph, *, spacing: float = 45.0) -> dict[str, tuple[float, float]]:
    """Positions for big graphs, in one pass: each county (or higher place) with what hangs off it.

    Every node joins its nearest place of county level or above (breadth-first, both
    directions); each group is a sunflower disc around its place and the discs sit on a grid
    in order of their parent place. No pairwise forces, so 5,000 nodes take well under a second.

    >>> g = nx.MultiDiGraph(); g.add_node("c", label="金塔县", cls="place", kind="county")
    >>> g.add_edge("u", "c", key="jurisdiction")
    'jurisdiction'
    >>> cluster_layout(g)["c"]                        # the county is the centre of its disc
    (0.0, 0.0)
    """
    anchors = sorted((n for n, d in graph.nodes(data=True)
                      if d.get("cls") == "place" and _rank(d) <= _RANK["place", "county"]),
                     key=lambda n: (_parent_label(graph, n), graph.nodes[n].get("label", ""), n))
    owner: dict[str, str] = {a: a for a in anchors}
    frontier = list(anchors)
    undirected = graph.to_undirected(as_view=True)
    while frontier:  # multi-source BFS: a node belongs to the anchor that reaches it first
        nxt = []
        for n in frontier:
            for m in undirected[n]:
                if m not in owner:
                    owner[m] = owner[n]
                    nxt.append(m)
        frontier = nxt
    groups: dict[str, list[str]] = {a: [] for a in anchors}
    for n in graph:
        groups.setdefault(owner.get(n, "~rest"), []).append(n)  # unreachable nodes share one disc
    groups = {k: v for k, v in groups.items() if v}
    if not groups:
        return {}
    cell = 2.2 * spacing * math.sqrt(max(len(v) for v in groups.values()))
    cols = max(1, math.ceil(math.sqrt(len(groups))))
    golden = math.pi * (3 - math.sqrt(5))
    pos: dict[str, tuple[float, float]] = {}
    for g, (anchor, members) in enumerate(groups.items()):
        cx, cy = (g % cols) * cell, (g // cols) * cell
        members.sort(key=lambda n: (n != anchor, _rank(graph.nodes[n]), graph.nodes[n].get("label", ""), n))
        for i, n in enumerate(members):
            r = spacing * math.sqrt(i)
            pos[n] = (cx + r * math.cos(i * golden), cy + r * math.sin(i * golden))
    return pos


def _parent_label(graph: nx.MultiDiGraph, node: str) -> str:
    ups = [v for _, v, k in graph.out_edges(node, keys=True) if k == "within"]
    return graph.nodes[ups[0]].get("label", "") if ups else ""


# --------------------------------------------------------------------------------------- HTML


@dataclass(frozen=True)
class RenderInfo:
    """What :func:`render_html` wrote: the file, the node and edge counts, whether it aggregated."""

    path: Path
    nodes: int
    edges: int
    aggregated: bool


def _node_tip(d: Mapping[str, Any], degree: int) -> list[list[str]]:
    name, _, _ = _style(d)
    lines = [["h", d.get("label", "")], ["k", name]]
    if d.get("aliases"):
        lines.append(["t", "别名：" + "、".join(d["aliases"][:30])])
    if d.get("members"):
        lines.append(["t", f"合并了 {d['members']} 个乡镇"])
    if d.get("post"):
        lines.append(["t", "职务：" + d["post"]])
    if d.get("code"):
        lines.append(["t", "区划代码：" + d["code"]])
    lines.append(["t", f"关系：{degree} 条"])
    return lines


def _edge_tip(graph: nx.MultiDiGraph, u: str, v: str, d: Mapping[str, Any]) -> list[list[str]]:
    label = d.get("label") or RELATION_STYLE.get(d.get("relation", ""), ("",))[0]
    lines = [["h", f"{graph.nodes[u].get('label', u)} —{label}→ {graph.nodes[v].get('label', v)}"],
             ["k", d.get("relation", "")]]
    if d.get("count", 1) > 1:
        lines.append(["t", f"{d['count']} 条事实"])
    docs = d.get("documents", ())
    for i, evidence in enumerate(d.get("evidence", ())[:5]):
        lines.append(["e", f"「{evidence}」" + (f"（{docs[i]}）" if i < len(docs) and docs[i] else "")])
    if len(d.get("evidence", ())) > 5:
        lines.append(["t", f"另有 {len(d['evidence']) - 5} 处出处"])
    return lines


def _vis_data(graph: nx.MultiDiGraph, layout: Layout) -> dict[str, Any]:
    large = len(graph) > _LARGE
    if layout == "hierarchical":
        pos = hierarchical_layout(graph)
    else:  # a big graph starts from clusters; the browser then relaxes it for a few steps only
        pos = cluster_layout(graph) if large else {}
    nodes = []
    for n, d in graph.nodes(data=True):
        _, colour, shape = _style(d)
        degree = graph.degree(n)
        node: dict[str, Any] = {
            "id": n, "label": _short(d.get("label", n)), "name": d.get("label", n),
            "aliases": list(d.get("aliases", ())), "shape": shape,
            "size": _node_size(degree),
            "color": {"background": colour, "border": "#222" if d.get("focus") else colour,
                      "highlight": {"background": colour, "border": "#000"}},
            "borderWidth": 4 if d.get("focus") else 1, "tip": _node_tip(d, degree),
        }
        if n in pos:
            node["x"], node["y"] = (round(c, 1) for c in pos[n])
        nodes.append(node)
    edges = []
    for i, (u, v, k, d) in enumerate(graph.edges(keys=True, data=True)):
        _, colour, structural = RELATION_STYLE.get(k, ("", "#999", False))
        edge: dict[str, Any] = {
            "id": f"e{i}", "from": u, "to": v, "label": d.get("label", ""),
            "color": {"color": colour, "highlight": colour, "hover": colour},
            "width": round(1.2 + min(math.log2(d.get("count", 1)), 4), 2), "tip": _edge_tip(graph, u, v, d),
        }
        # Dashes and arrowheads are what a canvas redraw spends most time on: big graphs keep
        # arrows only on the oversight relations and draw structural ones thin instead of dashed.
        if structural:
            edge.update({"width": 0.6, "arrows": {"to": {"enabled": False}}} if large else {"dashes": True})
        edges.append(edge)
    options = {
        "autoResize": True,
        "layout": {"randomSeed": 7, "improvedLayout": len(graph) <= 150},
        "nodes": {"font": {"face": _FONT, "size": _FONT_PX, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": _FONT, "size": 12, "align": "middle", "strokeWidth": 3, "color": "#333"},
                  "smooth": False if large or layout == "hierarchical" else {"type": "continuous"},
                  "selectionWidth": 2},
        "physics": {"enabled": layout == "force", "solver": "forceAtlas2Based",
                    # theta 1: a coarser Barnes-Hut tree, half the cost per step on big graphs
                    "forceAtlas2Based": {"gravitationalConstant": -150, "springLength": 160,
                                         "avoidOverlap": 0 if large else 1.0, "theta": 1.0 if large else 0.5},
                    "stabilization": {"enabled": True, "iterations": _RELAX_STEPS if large else 1000,
                                      "updateInterval": 10, "fit": True}},
        "interaction": {"hover": not large, "tooltipDelay": 150, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "multiselect": True},
    }
    return {"nodes": nodes, "edges": edges, "options": options}


def _legend(graph: nx.MultiDiGraph) -> str:
    dashed = len(graph) <= _LARGE  # big pages draw structural relations thin, not dashed (_vis_data)
    styles = sorted({_style(d) for _, d in graph.nodes(data=True)}, key=list(NODE_STYLE.values()).index)
    relations = sorted({k for _, _, k in graph.edges(keys=True)}, key=list(RELATION_STYLE).index)
    items = [f'<li><span class="sw {html.escape(shape)}" style="--c:{html.escape(colour)}"></span>'
             f"{html.escape(name)}</li>" for name, colour, shape in styles]
    items += [f'<li><span class="ln{" dash" if RELATION_STYLE[r][2] and dashed else ""}" '
              f'style="--c:{html.escape(RELATION_STYLE[r][1])}"></span>{html.escape(RELATION_STYLE[r][0])}'
              f'{"/包点" if r == "supervises" else ""} <small>{html.escape(r)}</small></li>' for r in relations]
    return "\n".join(items)


def _vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside pyvis (so no CDN and no second copy to update)."""
    lib = resources.files("pyvis") / "templates" / "lib" / "vis-9.1.2"
    try:
        js = (lib / "vis-network.min.js").read_text(encoding="utf-8")
        css = (lib / "vis-network.css").read_text(encoding="utf-8")
    except OSError as error:
        raise GovkgError(f"cannot read vis-network from the pyvis package: {error}",
                         hint="reinstall pyvis 0.3.2 (pip install 'pyvis==0.3.2')") from error
    # A source-map comment would make developer tools fetch a file that is not there.
    # (split on "\n" only: str.splitlines would also cut at separators inside the minified strings)
    js = "\n".join(line for line in js.split("\n") if not line.startswith("//# sourceMappingURL"))
    return js, css


def _script_json(value: Any) -> str:
    # JSON inside <script>: escaping <, > and & keeps "</script>" and "<!--" from ending the block.
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"),
                     ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(graph: nx.MultiDiGraph, path: str | Path, *, layout: Layout = "force", title: str = "govkg",
                aggregate_above: int | None = AGGREGATE_ABOVE) -> RenderInfo:
    """Write ``graph`` as ONE self-contained, offline HTML page (UTF-8) and say what was written.

    vis-network is inlined and a Content-Security-Policy forbids every network load and every
    script but the page's own two. Names travel as JSON data and are drawn as canvas text or set
    with ``textContent``, so a unit called ``<img src=x onerror=alert(1)>`` is shown, not run.
    Past ``aggregate_above`` nodes, townships are grouped per county (None: never).

    >>> import tempfile, os
    >>> g = nx.MultiDiGraph(); g.add_node("c", label="金塔县", cls="place", kind="county")
    >>> info = render_html(g, os.path.join(tempfile.mkdtemp(), "金塔县.html"), layout="hierarchical")
    >>> info.nodes, info.aggregated, "金塔县" in info.path.read_text(encoding="utf-8")
    (1, False, True)
    """
    if layout not in ("force", "hierarchical"):
        raise InputError(f"unknown layout {layout!r}", hint="use force or hierarchical")
    aggregated = aggregate_above is not None and len(graph) > aggregate_above
    if aggregated:
        graph = aggregate_townships(graph)
    js, css = _vis_assets()
    counts = f"{graph.number_of_nodes()} 个节点 · {graph.number_of_edges()} 条关系"
    values = {
        "CSP": f"default-src 'none'; script-src {_csp_hash(js)} {_csp_hash(_APP_JS)}; style-src 'unsafe-inline'; "
               "img-src data:; base-uri 'none'; form-action 'none'",
        "TITLE": html.escape(title),
        "COUNTS": html.escape(counts + ("（乡镇已按县合并）" if aggregated else "")),
        "LEGEND": _legend(graph),
        "DATA": _script_json(_vis_data(graph, layout)),
        "VIS_CSS": css, "VIS_JS": js, "APP_JS": _APP_JS,
    }
    # One pass over the template: text put in is never scanned again for placeholders.
    page = re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], _PAGE)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")  # explicit: the locale's encoding may not hold 汉字
    return RenderInfo(out, graph.number_of_nodes(), graph.number_of_edges(), aggregated)


# ------------------------------------------------------------------------------------- export


def _flat(value: Any) -> str:
    if isinstance(value, tuple | list | set):
        return " | ".join(str(v) for v in value)
    return str(value)


def export(graph: nx.MultiDiGraph, path: str | Path, fmt: ExportFormat) -> Path:
    """Write GraphML or GEXF (for Gephi, Cytoscape, yEd); lists become ``" | "``-joined strings.

    >>> import tempfile, os
    >>> g = nx.MultiDiGraph(); g.add_node("c", label="金塔县", aliases=("金塔",))
    >>> p = export(g, os.path.join(tempfile.mkdtemp(), "g.graphml"), "graphml")
    >>> nx.read_graphml(p).nodes["c"]["aliases"]
    '金塔'
    """
    flat = nx.MultiDiGraph()
    flat.add_nodes_from((n, {k: _flat(v) for k, v in d.items() if v not in (None, "", ())})
                        for n, d in graph.nodes(data=True))
    for i, (u, v, d) in enumerate(graph.edges(data=True)):
        # unique edge ids: GEXF needs them, and a relation name is not unique across edges
        flat.add_edge(u, v, key=f"e{i}", **{a: _flat(b) for a, b in d.items() if b not in (None, "", ())})
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "graphml":
        nx.write_graphml(flat, out, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(flat, out, encoding="utf-8")
    else:
        raise InputError(f"unknown export format {fmt!r}", hint="use graphml or gexf")
    return out


# ----------------------------------------------------------------------------------- template

_APP_JS = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("govkg-data").textContent);
  // Tooltips are DOM nodes filled with textContent: vis-network never parses a name as HTML.
  function tip(lines) {
    var box = document.createElement("div");
    box.className = "govkg-tip";
    lines.forEach(function (line) {
      var el = document.createElement(line[0] === "h" ? "strong" : "div");
      el.className = "tip-" + line[0];
      el.textContent = line[1];
      box.appendChild(el);
    });
    return box;
  }
  data.nodes.forEach(function (n) { n.title = tip(n.tip); });
  data.edges.forEach(function (e) { e.title = tip(e.tip); });
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var status = document.getElementById("status"), panel = document.getElementById("panel");
  var network = new vis.Network(document.getElementById("graph"), {nodes: nodes, edges: edges}, data.options);
  var api = window.govkg = {network: network, nodes: nodes, edges: edges, ready: false, marks: {}};
  api.marks.created = performance.now();
  function ready() {
    if (api.ready) return;
    network.setOptions({physics: false});  // a still picture: no CPU burnt, drags move one node
    api.ready = true;
    api.marks.ready = performance.now();
    status.textContent = "";
    document.body.setAttribute("data-ready", "1");
  }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "布局中 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  network.once("stabilizationIterationsDone", ready);
  network.once("afterDrawing", function () { if (!data.options.physics.enabled) ready(); });
  network.on("click", function (p) {
    var item = p.nodes.length ? nodes.get(p.nodes[0]) : p.edges.length ? edges.get(p.edges[0]) : null;
    panel.replaceChildren();
    panel.hidden = !item;
    if (item) panel.appendChild(tip(item.tip));
  });
  document.getElementById("search").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var q = ev.target.value.trim();
    if (!q) return;
    var hit = nodes.get({filter: function (n) { return n.name === q || n.aliases.indexOf(q) >= 0; }});
    if (!hit.length) hit = nodes.get({filter: function (n) { return n.name.indexOf(q) >= 0; }});
    status.textContent = hit.length ? "" : "没有找到 " + q;
    if (!hit.length) return;
    network.selectNodes(hit.map(function (n) { return n.id; }));
    network.focus(hit[0].id, {scale: 1.4});
  });
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="@CSP@">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>@TITLE@</title>
<style>@VIS_CSS@</style>
<style>
  html, body { margin: 0; height: 100%; font-family: @FONT@; color: #222; background: #fff; }
  #graph { position: absolute; inset: 0 0 0 190px; }  /* the legend keeps the left strip */
  .box { position: absolute; background: rgba(255,255,255,.92); border: 1px solid #ccc; border-radius: 6px;
         padding: 8px 10px; font-size: 13px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
  #legend { top: 10px; left: 10px; width: 150px; max-height: calc(100% - 40px); overflow: auto; }
  #legend h1 { font-size: 15px; margin: 0 0 2px; overflow-wrap: anywhere; } #legend p { margin: 0 0 6px; color: #555; }
  #legend ul { list-style: none; margin: 0; padding: 0; } #legend li { margin: 2px 0; white-space: nowrap; }
  #legend small { color: #888; }
  .sw { display: inline-block; width: 11px; height: 11px; margin: 0 8px 0 2px; background: var(--c);
        vertical-align: -1px; }
  .sw.dot, .sw.hexagon { border-radius: 50%; } .sw.diamond { transform: rotate(45deg) scale(.85); }
  .sw.triangle { clip-path: polygon(50% 0, 100% 100%, 0 100%); }
  .sw.triangleDown { clip-path: polygon(0 0, 100% 0, 50% 100%); }
  .sw.star { clip-path: polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%); }
  .ln { display: inline-block; width: 22px; margin: 0 6px 0 0; border-top: 2px solid var(--c); vertical-align: 3px; }
  .ln.dash { border-top-style: dashed; }
  #tools { top: 10px; right: 10px; } #search { width: 14em; font: inherit; }
  #status { margin-left: 8px; color: #555; }
  #panel { right: 10px; bottom: 10px; max-width: 36em; max-height: 40%; overflow: auto; }
  .govkg-tip { max-width: 32em; white-space: normal; line-height: 1.45; }
  .govkg-tip strong { display: block; font-size: 14px; } .tip-k { color: #777; } .tip-e { margin-top: 4px; }
  div.vis-tooltip { font-family: inherit; font-size: 13px; }
</style>
</head>
<body>
<div id="graph"></div>
<div id="legend" class="box"><h1>@TITLE@</h1><p>@COUNTS@</p><ul>
@LEGEND@
</ul></div>
<div id="tools" class="box"><input id="search" type="search" placeholder="查找名称，回车" aria-label="查找"><span
 id="status">载入中</span></div>
<div id="panel" class="box" hidden></div>
<script type="application/json" id="govkg-data">@DATA@</script>
<script>@VIS_JS@</script>
<script>@APP_JS@</script>
</body>
</html>
""".replace("@FONT@", _FONT)
