"""Pictures of the graph: a networkx view of the store, focus and filters, layouts, offline HTML, GraphML/GEXF.

The view is a :class:`networkx.MultiDiGraph` keyed by entity IRI. Node attributes: ``label``,
``aliases`` (tuple), ``cls`` (unit / place / document / person), ``kind`` (the org kind or place
level), ``code``, ``post``. Edges are keyed by relation name (``supervises``, ``part_of``, …)
and carry ``relation``, ``label`` (Chinese), ``evidence``, ``documents`` and ``cues`` (tuples, one
item per source document that states the fact).

The work is split by stage, each module importing only those above it:

=============  ===============================================================================
``style``      colours, shapes and Chinese names of relations and node kinds
``graph``      the store read into the view (:func:`build_graph`, :func:`parse_relations`)
``select``     :func:`focus`, :func:`filter_relations`, :func:`view`, :func:`aggregate_townships`
``layout``     :func:`hierarchical_layout`, :func:`cluster_layout`
``drawing``    the nodes, edges and options vis-network draws, with their tooltips
``template``   the page's HTML and its own script
``page``       :func:`render_html`: the one offline HTML page
``graphml``    :func:`export`: GraphML and GEXF
=============  ===============================================================================

>>> import networkx as nx
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

from kg.viz.graph import build_graph, parse_relations
from kg.viz.graphml import ExportFormat, export
from kg.viz.layout import Layout, cluster_layout, hierarchical_layout
from kg.viz.page import AGGREGATE_ABOVE, RenderInfo, render_html
from kg.viz.select import aggregate_townships, filter_relations, find_nodes, focus, view
from kg.viz.style import NODE_STYLE, RELATION_ALIASES, RELATION_STYLE

__all__ = [
    "AGGREGATE_ABOVE",
    "NODE_STYLE",
    "RELATION_ALIASES",
    "RELATION_STYLE",
    "ExportFormat",
    "Layout",
    "RenderInfo",
    "aggregate_townships",
    "build_graph",
    "cluster_layout",
    "export",
    "filter_relations",
    "find_nodes",
    "focus",
    "hierarchical_layout",
    "parse_relations",
    "render_html",
    "view",
]

# doctest.testmod(kg.viz) (tests/test_viz.py) collects only what this file defines itself; naming the
# public functions here keeps the examples in the modules above running from there too.
__test__ = {f.__name__: f for f in (parse_relations, build_graph, find_nodes, focus, filter_relations, view,
                                    aggregate_townships, cluster_layout, render_html, export)}
