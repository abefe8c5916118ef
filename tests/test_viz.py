"""kg.viz and kg viz: the graph view of a store, focus and filters, the offline page, GraphML/GEXF."""

from __future__ import annotations

import base64
import doctest
import hashlib
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
import typer
from typer.testing import CliRunner

import kg.viz
from extract.records import Document, Entity, Extraction, Mention, Relation, Sentence
from kg.cli_viz import register
from kg.errors import InputError, NotFoundError
from kg.store import Store
from kg.viz import (
    aggregate_townships,
    build_graph,
    export,
    focus,
    hierarchical_layout,
    parse_relations,
    render_html,
    view,
)

HOSTILE = "<img src=x onerror=alert(1)>"


def hostile_extraction() -> Extraction:
    """A unit whose name is an HTML injection, supervising a township (a made-up text)."""
    text = f"{HOSTILE}包抓金塔县鼎新镇。"
    sentence = Sentence(0, 0, len(text), text)

    def m(needle: str) -> Mention:
        start = text.index(needle)
        return Mention(needle, start, start + len(needle), 0)

    entities = (
        Entity("org:hostile", "organization", HOSTILE, aliases=('"><script>alert(2)</script>',), subtype="police",
               mentions=(m(HOSTILE),)),
        Entity("place:金塔县", "place", "金塔县", subtype="county", mentions=(m("金塔县"),)),
        Entity("place:鼎新镇", "place", "鼎新镇", subtype="township", parent="place:金塔县", parent_stated=True,
               mentions=(m("鼎新镇"),)),
    )
    relations = (Relation("supervises", "org:hostile", "place:鼎新镇", 0, text, 0, len(text), "包抓"),
                 Relation("within", "place:鼎新镇", "place:金塔县", 0, text, 0, len(text), ""))
    return Extraction(Document("hostile", text), (sentence,), entities, relations, "test-1")


@pytest.fixture
def tiny_store(mem_store: Store, tiny: Extraction) -> Store:
    mem_store.add(tiny)
    return mem_store


@pytest.fixture
def graph(tiny_store: Store) -> nx.MultiDiGraph:
    return build_graph(tiny_store)


def by_label(g: nx.MultiDiGraph) -> dict[str, str]:
    return {d["label"]: n for n, d in g.nodes(data=True)}


def edge_set(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(g.nodes[u]["label"], k, g.nodes[v]["label"]) for u, v, k in g.edges(keys=True)}


# ------------------------------------------------------------------------------------- graph


def test_graph_has_the_entities_with_class_kind_and_aliases(graph: nx.MultiDiGraph) -> None:
    nodes = {d["label"]: (d["cls"], d["kind"]) for _, d in graph.nodes(data=True)}
    assert nodes == {
        "酒泉市": ("place", "prefecture"), "金塔县": ("place", "county"), "鼎新镇": ("place", "township"),
        "酒泉市禁毒委员会": ("unit", "committee"), "酒泉市公安局": ("unit", "police"),
        "鼎新镇禁毒整治方案": ("document", ""),
    }
    assert graph.nodes[by_label(graph)["酒泉市公安局"]]["aliases"] == ("市公安局",)
    assert graph.nodes[by_label(graph)["金塔县"]]["code"] == "620921"


def test_graph_edges_carry_relation_chinese_label_and_evidence(graph: nx.MultiDiGraph, tiny: Extraction) -> None:
    assert edge_set(graph) == {
        ("酒泉市禁毒委员会", "designates", "鼎新镇"), ("酒泉市禁毒委员会", "issued", "鼎新镇禁毒整治方案"),
        ("酒泉市公安局", "supervises", "金塔县"), ("鼎新镇", "within", "金塔县"),
        ("酒泉市禁毒委员会", "jurisdiction", "酒泉市"), ("酒泉市公安局", "jurisdiction", "酒泉市"),
    }
    ids = by_label(graph)
    designates = graph.edges[ids["酒泉市禁毒委员会"], ids["鼎新镇"], "designates"]
    assert designates["label"] == "挂牌"
    assert designates["evidence"] == (tiny.sentences[0].text,)
    assert designates["documents"] == ("tiny-report",)
    supervises = graph.edges[ids["酒泉市公安局"], ids["金塔县"], "supervises"]
    assert supervises["label"] == "包点"  # the cue was 包抓
    assert supervises["cues"] == ("包抓",)
    assert graph.edges[ids["酒泉市禁毒委员会"], ids["鼎新镇禁毒整治方案"], "issued"]["label"] == "印发"


def test_relation_names_are_checked() -> None:
    assert parse_relations("supervises, subOrganizationOf,headOf") == ("supervises", "part_of", "head_of")
    assert parse_relations(None) == parse_relations("") == tuple(kg.viz.RELATION_STYLE)
    with pytest.raises(InputError, match="bogus"):
        parse_relations("supervises,bogus")


def test_relation_filter_keeps_only_those_edges_and_their_ends(tiny_store: Store) -> None:
    g = view(tiny_store, relations="supervises")
    assert edge_set(g) == {("酒泉市公安局", "supervises", "金塔县")}
    assert set(by_label(g)) == {"酒泉市公安局", "金塔县"}
    g = kg.viz.filter_relations(build_graph(tiny_store), ["within"], keep_isolated=True)
    assert edge_set(g) == {("鼎新镇", "within", "金塔县")} and len(g) == 6


# ------------------------------------------------------------------------------------- focus


@pytest.mark.parametrize(("name", "depth", "expected"), [
    ("鼎新镇", 0, {"鼎新镇"}),
    ("鼎新镇", 1, {"鼎新镇", "金塔县", "酒泉市禁毒委员会"}),
    ("鼎新鎮", 1, {"鼎新镇", "金塔县", "酒泉市禁毒委员会"}),  # traditional script
    ("鼎新镇", 2, {"鼎新镇", "金塔县", "酒泉市禁毒委员会", "酒泉市公安局", "鼎新镇禁毒整治方案", "酒泉市"}),
    ("市公安局", 1, {"酒泉市公安局", "金塔县", "酒泉市"}),  # an alias
])
def test_focus_takes_the_neighbourhood_in_both_directions(graph: nx.MultiDiGraph, name: str, depth: int,
                                                          expected: set[str]) -> None:
    sub = focus(graph, name, depth)
    assert set(by_label(sub)) == expected
    assert [d["label"] for _, d in sub.nodes(data=True) if d.get("focus")] in (["鼎新镇"], ["酒泉市公安局"])


def test_focus_on_an_unknown_name_says_so_with_suggestions(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(NotFoundError, match="鼎新") as caught:
        focus(graph, "鼎新")
    assert caught.value.hint is not None and "鼎新镇" in caught.value.hint


# ---------------------------------------------------------------------------- layout / group


def synthetic(counties: int = 2, townships: int = 3) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("pref", label="酒泉市", cls="place", kind="prefecture", aliases=())
    g.add_node("party", label="酒泉市委", cls="unit", kind="party", aliases=())
    for c in range(counties):
        g.add_node(f"c{c}", label=f"县{c}", cls="place", kind="county", aliases=())
        g.add_edge(f"c{c}", "pref", key="within", relation="within", evidence=(), documents=())
        g.add_node(f"u{c}", label=f"县{c}公安局", cls="unit", kind="police", aliases=())
        for t in range(townships):
            g.add_node(f"c{c}t{t}", label=f"县{c}镇{t}", cls="place", kind="township", aliases=())
            g.add_edge(f"c{c}t{t}", f"c{c}", key="within", relation="within", evidence=(), documents=())
            g.add_edge(f"u{c}", f"c{c}t{t}", key="supervises", relation="supervises", label="监督",
                       evidence=(f"县{c}公安局包抓县{c}镇{t}。",), documents=("d",))
        g.add_edge("party", f"u{c}", key="supervises", relation="supervises", label="监督", evidence=(), documents=())
    return g


def test_hierarchical_layout_puts_authorities_over_units_over_counties_over_townships() -> None:
    g = synthetic()
    y = {n: xy[1] for n, xy in hierarchical_layout(g).items()}
    assert y["party"] < y["u0"] < y["pref"] < y["c0"] < min(y[f"c0t{t}"] for t in range(3))
    big = synthetic(counties=30, townships=15)
    pos = hierarchical_layout(big)
    assert len(set(pos.values())) == len(big)  # wrapped layers: no two nodes on one spot


def test_cluster_layout_gives_every_node_its_own_place() -> None:
    g = synthetic(counties=20, townships=15)
    pos = kg.viz.cluster_layout(g)
    assert set(pos) == set(g) and len(set(pos.values())) == len(g)


def test_townships_are_grouped_per_county() -> None:
    g = aggregate_townships(synthetic())
    assert len(g) == 2 + 2 * 3  # prefecture, party; per county: the county, its unit, one group
    group = g.nodes["agg:c0"]
    assert group["members"] == 3 and group["kind"] == "township-group" and "县0镇1" in group["aliases"]
    edge = g.edges["u0", "agg:c0", "supervises"]
    assert edge["count"] == 3 and len(edge["evidence"]) == 3
    assert g.has_edge("agg:c0", "c0", "within")


def test_aggregation_kicks_in_past_the_threshold(tmp_path: Path) -> None:
    g = synthetic(counties=3, townships=5)
    small = render_html(g, tmp_path / "a.html")
    assert not small.aggregated and small.nodes == len(g)
    big = render_html(g, tmp_path / "b.html", aggregate_above=len(g) - 1)
    assert big.aggregated and big.nodes == len(g) - 3 * 4
    assert "乡镇已按县合并" in big.path.read_text(encoding="utf-8")
    assert kg.viz.AGGREGATE_ABOVE == 5000


# --------------------------------------------------------------------------------------- HTML


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script" and dict(attrs).get("type") is None:  # executable, not the JSON data block
            self._in, self.scripts = dict(attrs), [*self.scripts, ""]

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self.scripts[-1] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in = None


@pytest.fixture
def hostile_page(tiny_store: Store, tmp_path: Path) -> Iterator[str]:
    tiny_store.add(hostile_extraction())
    info = render_html(view(tiny_store), tmp_path / "page.html", title=HOSTILE)
    yield info.path.read_bytes().decode("utf-8")  # UTF-8, whatever the locale


def test_hostile_names_never_appear_as_markup(hostile_page: str) -> None:
    assert HOSTILE not in hostile_page
    assert "<script>alert(2)" not in hostile_page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in hostile_page  # there, as JSON data
    assert "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in hostile_page
    tags = _Tags()
    tags.feed(hostile_page)
    assert not [t for t, _ in tags.tags if t in ("img", "iframe", "object", "embed")]
    assert not [a for _, attrs in tags.tags for a in attrs if a.startswith("on")]


def test_page_loads_nothing_from_the_network(hostile_page: str) -> None:
    tags = _Tags()
    tags.feed(hostile_page)
    for tag, attrs in tags.tags:
        for name in ("src", "href", "data", "action"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//")), f"<{tag} {name}={value}>"
    assert "link" not in {t for t, _ in tags.tags}
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=\s*[\"']?(https?:)?//", hostile_page, re.I)
    assert "sourceMappingURL" not in hostile_page
    csp = next(a["content"] or "" for t, a in tags.tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp
    # the policy lets exactly the page's own scripts run: a template edit must keep it in step
    for script in tags.scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp
    assert len(tags.scripts) == 2


def test_page_has_chinese_labels_legend_and_both_layouts(graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    for layout in ("force", "hierarchical"):
        page = render_html(graph, tmp_path / f"{layout}.html", layout=layout).path.read_text(encoding="utf-8")
        assert '<meta charset="utf-8">' in page
        assert "鼎新镇" in page and "酒泉市公安局" in page
        for legend in ("挂牌", "印发", "包点", "位于", "管辖", "乡镇", "县"):
            assert legend in page
    assert '"x":' in page  # hierarchical positions come from Python
    with pytest.raises(InputError):
        render_html(graph, tmp_path / "x.html", layout="circle")  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------- export


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_export_parses_back(graph: nx.MultiDiGraph, tmp_path: Path, fmt: str) -> None:
    path = export(graph, tmp_path / f"g.{fmt}", fmt)  # type: ignore[arg-type]
    back = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    labels = {d.get("label") for _, d in back.nodes(data=True)}
    assert {"鼎新镇", "酒泉市公安局"} <= labels
    relations = sorted(d["relation"] for _, _, d in back.edges(data=True))
    assert relations == sorted(k for _, _, k in graph.edges(keys=True))
    police = next(d for _, d in back.nodes(data=True) if d.get("label") == "酒泉市公安局")
    assert police["aliases"] == "市公安局"


def test_doctests() -> None:
    assert doctest.testmod(kg.viz, optionflags=doctest.ELLIPSIS).failed == 0


# ---------------------------------------------------------------------------------------- CLI


@pytest.fixture
def cli(tiny: Extraction, tmp_path: Path) -> tuple[typer.Typer, Path]:
    with Store.open(tmp_path / "store") as store:
        store.add(tiny)
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)  # two commands, so "viz" stays a subcommand
    return app, tmp_path / "store"


def test_cli_writes_html_and_exports(cli: tuple[typer.Typer, Path], tmp_path: Path) -> None:
    app, store = cli
    runner = CliRunner()
    out = tmp_path / "graph.html"
    result = runner.invoke(app, ["viz", "--store", str(store), "--out", str(out), "--focus", "鼎新镇", "--depth", "1"])
    assert result.exit_code == 0, result.output
    assert "鼎新镇" in out.read_text(encoding="utf-8") and "wrote" in result.output
    gexf = tmp_path / "g.gexf"
    result = runner.invoke(app, ["viz", "--store", str(store), "--out", str(gexf), "--relations", "supervises"])
    assert result.exit_code == 0, result.output
    assert nx.read_gexf(gexf).number_of_edges() == 1


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--focus", "没有的地方"], 1, "nothing in the graph is called 没有的地方"),
    (["--relations", "bogus"], 2, "unknown relation bogus"),
    (["--out", "x.txt"], 2, "cannot tell the format"),
    (["--out", "x.html", "--format", "gexf"], 2, "looks like html"),
    (["--depth", "-1"], 2, "depth"),
])
def test_cli_exit_codes(cli: tuple[typer.Typer, Path], tmp_path: Path, args: list[str], code: int,
                        message: str) -> None:
    app, store = cli
    result = CliRunner().invoke(app, ["viz", "--store", str(store), *args])
    assert result.exit_code == code
    assert message in re.sub(r"[\s│]+", " ", result.output)


def test_cli_without_a_store_exits_1(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)
    app.command("noop")(lambda: None)
    result = CliRunner().invoke(app, ["viz", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store" in result.output
