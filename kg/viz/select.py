"""Choosing what to draw: a name and the nodes around it, some relations only, townships grouped per county."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from kg.errors import NotFoundError
from kg.named import name_variants
from kg.store import Store
from kg.viz.graph import build_graph, parse_relations

_SAMPLE = 20  # evidence sentences kept on an edge that stands for many facts
_TOWNSHIP_LEVELS = ("township", "subdistrict", "village")
_COUNTY_LEVELS = ("county", "district", "city")


def find_nodes(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose label or alias is ``name``, in simplified or traditional script.

    >>> import networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_node("x", label="金塔县", aliases=("金塔",))
    >>> find_nodes(g, "金塔")
    ['x']
    """
    wanted = set(name_variants(name))
    return [n for n, d in graph.nodes(data=True) if wanted & {d.get("label", ""), *d.get("aliases", ())}]


def focus(graph: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """The nodes within ``depth`` steps (either direction) of the nodes called ``name``.

    The named nodes get ``focus=True``. Raises NotFoundError when no node has that name.

    >>> import networkx as nx
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

    >>> import networkx as nx
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

    >>> from kg.store import Store
    >>> with Store.open(None) as s:
    ...     view(s, relations="supervises").number_of_nodes()
    0
    """
    chosen = parse_relations(relations)
    graph = build_graph(store, chosen)
    if focus_on:
        graph = focus(graph, focus_on, depth)
    return filter_relations(graph, chosen)


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

    >>> import networkx as nx
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
