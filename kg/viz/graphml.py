"""GraphML and GEXF files of the graph, for Gephi, Cytoscape and yEd."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import networkx as nx

from kg.errors import InputError

ExportFormat = Literal["graphml", "gexf"]


def _flat(value: Any) -> str:
    if isinstance(value, tuple | list | set):
        return " | ".join(str(v) for v in value)
    return str(value)


def export(graph: nx.MultiDiGraph, path: str | Path, fmt: ExportFormat) -> Path:
    """Write GraphML or GEXF (for Gephi, Cytoscape, yEd); lists become ``" | "``-joined strings.

    >>> import os, tempfile, networkx as nx
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
