"""Where nodes sit: layers for the hierarchical picture, one-pass clusters to start a big force picture."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Literal

import networkx as nx

from kg.viz.style import label_width, node_size, short_label

Layout = Literal["force", "hierarchical"]

_STAGGER = 32.0  # px: in a hierarchical row, neighbours alternate up and down so long labels can overlap in x
_ROW_H = 40.0  # px between the rows of a wrapped hierarchical layer, at least
# Hierarchical layers: authorities -> units and documents -> higher places -> counties -> townships -> villages.
_RANK = {("person", ""): 0, ("unit", "party"): 0, ("unit", "government"): 0, ("unit", "committee"): 0,
         ("unit", "taskforce"): 0, ("unit", ""): 1, ("document", ""): 1, ("place", "province"): 2,
         ("place", "prefecture"): 2, ("place", "city"): 2, ("place", ""): 2, ("place", "county"): 3,
         ("place", "district"): 3, ("place", "township"): 4, ("place", "subdistrict"): 4,
         ("place", "township-group"): 4, ("place", "village"): 5}


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
        widths = [label_width(short_label(graph.nodes[n].get("label", ""))) for n in nodes]
        if len(nodes) <= width:  # one staggered row
            xs = _row_positions(widths, dx)
            mid = (xs[0] + xs[-1]) / 2
            pos.update((n, (x - mid, y + _STAGGER * (i % 2))) for i, (n, x) in enumerate(zip(nodes, xs, strict=True)))
            y += dy
            continue
        # A wide layer becomes a band filled column by column: left-to-right order is kept, so a
        # county's townships stack in the columns under their county.
        col_w = max(widths) + 16
        row_h = max(_ROW_H, 2 * max(node_size(graph.degree(n)) for n in nodes) + 26)  # node and label
        rows = math.ceil(len(nodes) / max(1, int(band // col_w)))
        cols = math.ceil(len(nodes) / rows)
        for i, n in enumerate(nodes):
            pos[n] = ((i // rows - (cols - 1) / 2) * col_w, y + (i % rows) * row_h)
        y += (rows - 1) * row_h + dy
    return pos


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

    >>> import networkx as nx
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
