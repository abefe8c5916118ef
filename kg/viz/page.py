"""Writing the picture as ONE self-contained, offline HTML page: vis-network inlined, a strict CSP."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import GovkgError, InputError
from kg.viz.drawing import vis_data
from kg.viz.layout import Layout
from kg.viz.select import aggregate_townships
from kg.viz.style import LARGE_ABOVE, NODE_STYLE, RELATION_STYLE, node_style
from kg.viz.template import APP_JS, PAGE

#: Above this many nodes, :func:`render_html` groups townships per county (browsers stay responsive).
AGGREGATE_ABOVE = 5000


@dataclass(frozen=True)
class RenderInfo:
    """What :func:`render_html` wrote: the file, the node and edge counts, whether it aggregated."""

    path: Path
    nodes: int
    edges: int
    aggregated: bool


def _legend(graph: nx.MultiDiGraph) -> str:
    dashed = len(graph) <= LARGE_ABOVE  # big pages draw structural relations thin, not dashed (vis_data)
    styles = sorted({node_style(d) for _, d in graph.nodes(data=True)}, key=list(NODE_STYLE.values()).index)
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

    >>> import os, tempfile, networkx as nx
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
        "CSP": f"default-src 'none'; script-src {_csp_hash(js)} {_csp_hash(APP_JS)}; style-src 'unsafe-inline'; "
               "img-src data:; base-uri 'none'; form-action 'none'",
        "TITLE": html.escape(title),
        "COUNTS": html.escape(counts + ("（乡镇已按县合并）" if aggregated else "")),
        "LEGEND": _legend(graph),
        "DATA": _script_json(vis_data(graph, layout)),
        "VIS_CSS": css, "VIS_JS": js, "APP_JS": APP_JS,
    }
    # One pass over the template: text put in is never scanned again for placeholders.
    page = re.sub(r"@([A-Z_]+)@", lambda m: values[m.group(1)], PAGE)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")  # explicit: the locale's encoding may not hold 汉字
    return RenderInfo(out, graph.number_of_nodes(), graph.number_of_edges(), aggregated)
