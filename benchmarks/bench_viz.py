"""How long a 5,000-node picture takes to become stable and interactive in headless Chromium.

Run on demand (not part of pytest):

    python benchmarks/bench_viz.py                 # 5,000 nodes, force and hierarchical layouts
    python benchmarks/bench_viz.py --nodes 8000    # past the threshold: townships are grouped per county

The synthetic graph looks like a province's real one: prefectures, counties (15 townships each),
units at prefecture and county level with their jurisdictions, and units that supervise or
designate townships. Needs Debian's chromium and ``pip install playwright`` (no browser download).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

import networkx as nx
from playwright.sync_api import Page, sync_playwright

from kg.viz import AGGREGATE_ABOVE, render_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
_SYLLABLES = "金塔鼎新青石白杨红柳沙泉黄河清水长乐安平永和东西南北山川河谷宁远丰盛"
_UNIT_KINDS = [("公安局", "police"), ("禁毒委员会", "committee"), ("政法委", "party"), ("人民政府", "government"),
               ("司法局", "department"), ("综治办", "office"), ("人民法院", "court"), ("人民检察院", "procuratorate")]


def _name(rng: random.Random, suffix: str) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 2, 3)))) + suffix


def synthetic_graph(n_nodes: int = 5000, seed: int = 1) -> nx.MultiDiGraph:
    """A province-shaped graph of about ``n_nodes`` nodes in the kg.viz attribute schema."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()

    def node(i: str, label: str, cls: str, kind: str) -> str:
        g.add_node(i, label=label, cls=cls, kind=kind, aliases=(), code="", post="")
        return i

    def edge(u: str, v: str, rel: str, label: str, evidence: str = "") -> None:
        g.add_edge(u, v, key=rel, relation=rel, label=label, evidence=(evidence,) if evidence else (),
                   documents=("synthetic",) if evidence else (), cues=(), count=1)

    counties_n = max(1, n_nodes // 20)  # 15 townships and ~4 units per county
    province = node("p", "某某省", "place", "province")
    prefectures = [node(f"f{i}", _name(rng, "市"), "place", "prefecture") for i in range(max(1, counties_n // 18))]
    for f in prefectures:
        edge(f, province, "within", "位于")
    townships: dict[str, list[str]] = {}
    for c in range(counties_n):
        county = node(f"c{c}", _name(rng, rng.choice("县县县区")), "place", "county")
        edge(county, rng.choice(prefectures), "within", "位于")
        townships[county] = [node(f"c{c}t{t}", _name(rng, rng.choice("镇镇乡街道")), "place", "township")
                             for t in range(15)]
        for t in townships[county]:
            edge(t, county, "within", "位于")
    counties = list(townships)
    while len(g) < n_nodes:
        i = len(g)
        suffix, kind = rng.choice(_UNIT_KINDS)
        home = rng.choice(counties + prefectures)
        unit = node(f"u{i}", g.nodes[home]["label"] + suffix, "unit", kind)
        edge(unit, home, "jurisdiction", "管辖")
        targets = townships.get(home) or [t for c in rng.sample(counties, 3) for t in townships[c][:3]]
        for t in rng.sample(targets, min(len(targets), rng.randint(1, 4))):
            rel, label = rng.choice((("supervises", "包点"), ("supervises", "监督"), ("designates", "挂牌")))
            edge(unit, t, rel, label, f"{g.nodes[unit]['label']}{label}{g.nodes[t]['label']}。")
    return g


_PROBE = """() => { const n = window.govkg.network; window.benchT = [];
  document.addEventListener('pointerdown', () => benchT.push(['down', performance.now()]), true);
  n.on('select', () => benchT.push(['select', performance.now()]));
  n.on('afterDrawing', () => benchT.push(['drawn', performance.now()])); }"""
_REDRAWS = """(runs) => { const n = window.govkg.network, out = [];
  for (let i = 0; i < runs; i++) { const t = performance.now(); n.redraw(); out.push(performance.now() - t); }
  return out; }"""


def _click_to_drawn(page: Page, node: str) -> float:
    """Milliseconds from pointer down on ``node`` to the redraw that shows it selected."""
    xy = page.evaluate("(id) => { const n = window.govkg.network; return n.canvasToDOM(n.getPosition(id)); }", node)
    page.evaluate("() => { window.benchT.length = 0; }")
    box = page.locator("#graph canvas").bounding_box()
    assert box is not None
    page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_timeout(400)
    marks = page.evaluate("() => window.benchT")
    down = next(t for name, t in marks if name == "down")
    selected = next((t for name, t in marks if name == "select"), None)
    if selected is None:
        return float("nan")  # the click missed the node (covered by another): not counted
    return next(t for name, t in marks if name == "drawn" and t >= selected) - down


def measure(path: Path, runs: int) -> dict[str, float]:
    """Milliseconds: navigation to network object and to stable-with-physics-off; redraws; click to redraw."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        t0 = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector('body[data-ready="1"]', state="attached", timeout=600_000)
        wall = (time.perf_counter() - t0) * 1000
        marks = page.evaluate("() => window.govkg.marks")
        page.evaluate(_PROBE)
        whole = page.evaluate(_REDRAWS, runs)
        ids = page.evaluate("() => window.govkg.nodes.getIds()")
        clicks = [_click_to_drawn(page, ids[i]) for i in range(0, len(ids), max(1, len(ids) // runs))][:runs]
        page.evaluate("() => window.govkg.network.moveTo({scale: 1})")
        close = page.evaluate(_REDRAWS, runs)
        browser.close()
    hits = [c for c in clicks if c == c] or [float("nan")]
    return {"network created": marks["created"], "stable, physics off": marks["ready"],
            "wall clock to ready": wall, "redraw, whole graph": statistics.median(whole),
            "redraw, zoom 1": statistics.median(close), "click to redrawn": statistics.median(hits)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10, help="redraws to time")
    parser.add_argument("--keep", type=Path, help="keep the HTML files in this folder")
    args = parser.parse_args()
    graph = synthetic_graph(args.nodes)
    print(f"synthetic graph: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges "
          f"(aggregation above {AGGREGATE_ABOVE})")
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-viz-"))
    for layout in ("force", "hierarchical"):
        t = time.perf_counter()
        info = render_html(graph, folder / f"bench-{layout}.html", layout=layout, title=f"bench {layout}")
        rendered = (time.perf_counter() - t) * 1000
        size = info.path.stat().st_size / 1e6
        print(f"\n{layout}: drew {info.nodes} nodes, {info.edges} edges{' (aggregated)' if info.aggregated else ''}; "
              f"render_html {rendered:.0f} ms, {size:.1f} MB")
        for name, ms in measure(info.path, args.runs).items():
            print(f"  {name:<22} {ms:8.0f} ms (median)" if name.startswith(("redraw", "click"))
                  else f"  {name:<22} {ms:8.0f} ms")


if __name__ == "__main__":
    main()
