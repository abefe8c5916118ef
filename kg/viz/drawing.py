"""What vis-network draws: nodes and edges with colours, sizes, positions and tooltips, and its options."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import networkx as nx

from kg.viz.layout import Layout, cluster_layout, hierarchical_layout
from kg.viz.style import FONT, FONT_PX, LARGE_ABOVE, RELATION_STYLE, node_size, node_style, short_label

#: Physics steps a big force layout gets in the browser after :func:`cluster_layout` placed it.
_RELAX_STEPS = 20


def _node_tip(d: Mapping[str, Any], degree: int) -> list[list[str]]:
    name, _, _ = node_style(d)
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


def vis_data(graph: nx.MultiDiGraph, layout: Layout) -> dict[str, Any]:
    """``{"nodes", "edges", "options"}`` for ``new vis.Network``; tooltips are ``[kind, text]`` lines."""
    large = len(graph) > LARGE_ABOVE
    if layout == "hierarchical":
        pos = hierarchical_layout(graph)
    else:  # a big graph starts from clusters; the browser then relaxes it for a few steps only
        pos = cluster_layout(graph) if large else {}
    nodes = []
    for n, d in graph.nodes(data=True):
        _, colour, shape = node_style(d)
        degree = graph.degree(n)
        node: dict[str, Any] = {
            "id": n, "label": short_label(d.get("label", n)), "name": d.get("label", n),
            "aliases": list(d.get("aliases", ())), "shape": shape,
            "size": node_size(degree),
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
        "nodes": {"font": {"face": FONT, "size": FONT_PX, "strokeWidth": 3, "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 6}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "font": {"face": FONT, "size": 12, "align": "middle", "strokeWidth": 3, "color": "#333"},
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
