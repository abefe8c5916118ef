"""The kg viz page in a real headless Chromium: offline, drawn, Chinese, and inert to hostile names.

Needs Debian's ``chromium`` and a CJK font (``fonts-wqy-microhei``), and ``pip install playwright``
(its own browser download is not used). Skipped when they are missing, unless the environment
variable CI is set: then missing pieces fail the run. The seed test saves docs/seed-graph.png.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.store import Store
from kg.viz import render_html, view
from tests.conftest import REPO, tiny_extraction
from tests.test_viz import HOSTILE, hostile_extraction

SCREENSHOT = REPO / "docs" / "seed-graph.png"
VIEWPORT = {"width": 1280, "height": 800}


@dataclass
class Loaded:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def load(browser: Any, path: Path) -> Loaded:
    """Open ``path`` and wait until the network is laid out and still, recording what happens."""
    page = browser.new_page(viewport=VIEWPORT)
    seen = Loaded(page)
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.on("request", lambda r: seen.requests.append(r.url))

    def on_dialog(dialog: Any) -> None:  # an alert() would mean a name ran as code
        seen.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    # record, then refuse: a test must never reach the network even when the page tries
    page.route(re.compile(r"^(https?|wss?|ftp):"), lambda route: route.abort())
    page.goto(path.as_uri())
    page.wait_for_selector('body[data-ready="1"]', state="attached", timeout=60_000)
    return seen


def distinct_colours(browser: Any, png: bytes) -> int:
    """Colours in a PNG, counted by drawing it in a blank page."""
    page = browser.new_page()
    try:
        return int(page.evaluate(
            """async (src) => { const img = new Image(); img.src = src; await img.decode();
                const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
                const ctx = c.getContext('2d'); ctx.drawImage(img, 0, 0);
                const d = ctx.getImageData(0, 0, c.width, c.height).data, s = new Set();
                for (let i = 0; i < d.length; i += 4) s.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
                return s.size; }""",
            "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
        ))
    finally:
        page.close()


def node_point(loaded: Loaded, node_id: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    xy = loaded.page.evaluate("(id) => { const n = window.govkg.network; return n.canvasToDOM(n.getPosition(id)); }",
                              node_id)
    box = loaded.page.locator("#graph canvas").bounding_box()
    return box["x"] + xy["x"], box["y"] + xy["y"]


@pytest.fixture(scope="module")
def seed_graph() -> nx.MultiDiGraph:
    """The bundled example text, extracted and built: the picture in the README."""
    from extract import extract
    from kg.ingest import read_document

    doc = read_document(REPO / "examples" / "linxia-2016.txt")
    assert doc is not None
    with Store.open(None) as store:
        store.add(extract(doc))
        return view(store)


@pytest.mark.parametrize("layout", ["force", "hierarchical"])
def test_seed_page_is_offline_drawn_and_chinese(browser: Any, seed_graph: nx.MultiDiGraph, tmp_path: Path,
                                                layout: str) -> None:
    info = render_html(seed_graph, tmp_path / "seed.html", layout=layout,  # type: ignore[arg-type]
                       title="govkg 示例")
    loaded = load(browser, info.path)
    page = loaded.page
    page.wait_for_timeout(200)  # let the last frame land
    assert loaded.errors == []
    assert [u for u in loaded.requests if not u.startswith(("file:", "data:"))] == []
    assert page.evaluate("() => window.govkg.network.physics.options.enabled") is False  # still: no CPU burnt
    canvas_colours = page.evaluate(
        """() => { const c = document.querySelector('#graph canvas'), d = c.getContext('2d')
                     .getImageData(0, 0, c.width, c.height).data, s = new Set();
                   for (let i = 0; i < d.length; i += 4) s.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
                   return s.size; }""")
    assert canvas_colours > 100, "the network canvas looks blank"
    labels = page.evaluate("() => window.govkg.nodes.get().map(n => n.name)")
    assert len(labels) == seed_graph.number_of_nodes()
    assert {"达板镇", "东乡族自治县"} <= set(labels)
    assert all(re.search(r"[\u4e00-\u9fff]", label) for label in labels)
    legend = page.inner_text("#legend")
    for word in ("乡镇", "监督", "挂牌", "印发"):
        assert word in legend
    png = page.screenshot()
    assert distinct_colours(browser, png) > 200, "the screenshot looks blank"
    if layout == "force":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)
    page.close()


@pytest.fixture
def hostile_page(tmp_path: Path) -> Path:
    with Store.open(None) as store:
        store.add(tiny_extraction())
        store.add(hostile_extraction())
        graph = view(store)
    return render_html(graph, tmp_path / "hostile.html", title=HOSTILE).path


def test_hostile_label_is_inert(browser: Any, hostile_page: Path) -> None:
    loaded = load(browser, hostile_page)
    page = loaded.page
    hostile = page.evaluate("(name) => window.govkg.nodes.get().find(n => n.name === name)", HOSTILE)
    assert hostile is not None, "the hostile unit should be drawn, with its name as text"
    assert page.title() == HOSTILE
    x, y = node_point(loaded, hostile["id"])
    page.mouse.move(x, y)  # the tooltip
    page.wait_for_timeout(600)
    assert HOSTILE in page.inner_text("div.vis-tooltip")
    page.mouse.click(x, y)  # the details panel
    page.wait_for_timeout(200)
    assert HOSTILE in page.inner_text("#panel")
    page.fill("#search", "<img")  # the search box
    page.press("#search", "Enter")
    page.wait_for_timeout(200)
    assert page.evaluate("() => window.govkg.network.getSelectedNodes()") == [hostile["id"]]
    injected = page.evaluate("() => document.querySelectorAll('img, iframe, object, embed, script[src]').length")
    assert injected == 0
    assert page.evaluate("() => [...document.querySelectorAll('#panel *, div.vis-tooltip *')]"
                         ".every(e => ['DIV', 'STRONG'].includes(e.tagName))")
    assert loaded.dialogs == []
    assert loaded.errors == []
    assert [u for u in loaded.requests if not u.startswith(("file:", "data:"))] == []
    page.close()
