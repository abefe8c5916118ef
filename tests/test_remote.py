"""A SPARQL 1.1 server as the store: ``oxigraph serve`` (PyPI ``oxigraph``) on a loopback port.

The remote store must hold exactly the quads of the embedded one and answer kg.query the same;
bound parameters travel as VALUES terms, never as pasted text. Skipped when the ``oxigraph``
binary is missing, unless CI is set (then it fails).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from extract.records import Extraction
from kg.batch import build_stream
from kg.errors import QueryError, StoreError
from kg.explain import explain
from kg.ingest import iter_sources
from kg.query import oversees, run_named
from kg.remote import Endpoints, RemoteStore, open_store, with_values
from kg.store import Store
from tests.test_corpus import _app, build_folder, generated, quad_set


def _binary() -> str | None:
    beside = Path(sys.executable).with_name("oxigraph")
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(location: Path, *, union: bool = True) -> Iterator[str]:
    binary = _binary()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("the oxigraph binary is missing: pip install oxigraph")
        pytest.skip("the oxigraph binary is missing (pip install oxigraph)")
    port = _free_port()
    cmd = [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"]
    proc = subprocess.Popen([*cmd, *(["--union-default-graph"] if union else [])],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph serve did not start: {proc.communicate()[1].decode()[-500:]}")
            time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _serve(tmp_path_factory.mktemp("oxigraph"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated(tmp_path_factory.mktemp("remote") / "docs", 5, seed=23)


@pytest.fixture(scope="module")
def embedded(corpus: Path) -> Iterator[Store]:
    with Store.open(None) as store:
        build_folder(store, corpus)
        yield store


@pytest.fixture(scope="module")
def remote(server: str, corpus: Path) -> RemoteStore:
    store = RemoteStore.open(server)
    assert [r.status for r in build_stream(store, iter_sources([corpus]))] == ["built"] * 5
    return store


def test_remote_store_equals_embedded(remote: RemoteStore, embedded: Store, corpus: Path) -> None:
    assert quad_set(remote) == quad_set(embedded)
    assert len(remote) == len(embedded)
    assert remote.doc_ids() == embedded.doc_ids()
    assert [r.status for r in build_stream(remote, iter_sources([corpus]))] == ["unchanged"] * 5


def _places(store: Store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?l WHERE { ?u gov:supervises|gov:designates ?p . ?p rdfs:label ?l }"
                       " ORDER BY ?l LIMIT 6")
    assert isinstance(rows, ox.QuerySolutions)
    return [row["l"].value for row in rows]  # type: ignore[union-attr]


def test_queries_answer_the_same(remote: RemoteStore, embedded: Store) -> None:
    names = _places(embedded)
    assert names
    for name in names:
        assert oversees(remote, name) == oversees(embedded, name)  # type: ignore[arg-type]
        got = {tuple(map(str, r)) for r in run_named(remote, "oversees", {"name": name})}  # type: ignore[arg-type]
        want = {tuple(map(str, r)) for r in run_named(embedded, "oversees", {"name": name})}
        assert got == want and got
    assert explain(remote, names[0]) == explain(embedded, names[0])  # type: ignore[arg-type]
    ask = remote.query("ASK { ?u gov:supervises ?p }")
    assert bool(ask) is True
    triples = remote.query("CONSTRUCT { ?u gov:supervises ?p } WHERE { ?u gov:supervises ?p }")
    assert isinstance(triples, ox.QueryTriples) and len(list(triples)) > 0


def test_hostile_parameter_is_a_value(remote: RemoteStore) -> None:
    hostile = '鼎新镇"@zh } ?p ?x ?name . { "x'
    for value in (hostile, ox.Literal(hostile, language="zh"), 'a\\u0022 } \\" ?x'):
        rows = remote.query("SELECT ?name ?p WHERE { ?p rdfs:label ?name }", {"name": value})
        assert list(rows) == []  # type: ignore[arg-type]
    with pytest.raises(QueryError, match="not selected"):
        remote.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": "x"})
    with pytest.raises(QueryError, match="rejected"):
        remote.query("SELECT ?x WHERE { ?x ")


def test_replace_and_remove_on_the_server(server: str, make_tiny: Callable[..., Extraction]) -> None:
    runner = CliRunner()
    with RemoteStore.open(server) as store, Store.open(None) as local:
        for s in (store, local):
            s.add(make_tiny(doc_id="x-one"))
            s.add(make_tiny(doc_id="x-two", text=make_tiny().document.text + "又及。"))
        assert store.add(make_tiny(doc_id="x-one")) is False
        changed = make_tiny(doc_id="x-one", text=make_tiny().document.text + "更正。")
        assert store.add(changed) and local.add(changed)
        mine = {q for q in quad_set(store) if "/source/x-" in q[3]}
        assert mine == quad_set(local)
        gone = runner.invoke(_app(), ["remove", "x-one", "--store", server])
        assert gone.exit_code == 0, gone.output
        local.remove("x-one")
        assert {q for q in quad_set(store) if "/source/x-" in q[3]} == quad_set(local)
        assert store.remove("x-one") is False
        store.remove("x-two")


def test_cli_build_to_a_server(server: str, corpus: Path, embedded: Store) -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["build", str(corpus), "--store", server])
    assert result.exit_code == 0, result.output
    assert "5 unchanged" in result.stderr and server in result.stderr


def test_server_without_union_default_graph(tmp_path: Path, make_tiny: Callable[..., Extraction]) -> None:
    for url in _serve(tmp_path / "plain", union=False):
        with open_store(url) as store:
            store.add(make_tiny())
            with pytest.raises(StoreError, match="union") as info:
                store.query("ASK { ?s ?p ?o }")
            assert "--union-default-graph" in (info.value.hint or "")


def test_unreachable_server() -> None:
    with pytest.raises(StoreError, match="cannot reach") as info:
        RemoteStore.open(f"http://127.0.0.1:{_free_port()}", timeout=2)
    assert "--store" in (info.value.hint or "")


# ---------------------------------------------------------------------------------- pure functions


def test_endpoints_from_urls() -> None:
    oxi = Endpoints.parse("http://127.0.0.1:7878/")
    assert (oxi.query, oxi.update, oxi.gsp) == ("http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
                                                "http://127.0.0.1:7878/store")
    virt = Endpoints.parse("http://u:p%40ss@h:8890?query=sparql&gsp=sparql-graph-crud-auth&graph-param=graph-uri")
    assert (virt.query, virt.gsp, virt.graph_param) == ("http://h:8890/sparql", "http://h:8890/sparql-graph-crud-auth",
                                                        "graph-uri")
    assert (virt.user, virt.password, virt.location) == ("u", "p@ss", "http://h:8890")
    with pytest.raises(StoreError, match="unknown option"):
        Endpoints.parse("http://h:1/?qeury=x")


@pytest.mark.parametrize(("query", "where"), [
    ("SELECT ?n WHERE { ?e rdfs:label ?n }", "WHERE { VALUES"),
    ("SELECT ?n { ?e rdfs:label ?n }", "?n { VALUES"),
    ("# a { comment } WHERE\nSELECT ?n WHERE { ?e rdfs:label ?n . FILTER(?n != \"{ WHERE }\") }", "WHERE { VALUES"),
    ("CONSTRUCT { ?e a <x:T> } WHERE { ?e rdfs:label ?n }", "WHERE { VALUES"),
    ("SELECT ?n (COUNT(?e) AS ?c) WHERE { ?e rdfs:label ?n } GROUP BY ?n", "WHERE { VALUES"),
    ("ASK { ?e rdfs:label ?n }", "ASK { VALUES"),
])
def test_with_values_finds_the_where_group(query: str, where: str) -> None:
    bound = with_values(query, {"n": ox.Literal("x", language="zh")})
    assert where + ' (?n) { ("x"@zh) }' in bound
    with Store.open(None) as store:
        store.query(bound)  # still valid SPARQL


def test_with_values_means_what_substitution_means(embedded: Store) -> None:
    from kg.query import load_query

    q = load_query("oversees")
    for name in _places(embedded)[:3]:
        bindings = q.bindings({"name": name})
        want = {tuple(map(str, r)) for r in embedded.query(q.text, bindings)}  # type: ignore[union-attr]
        got = {tuple(map(str, r)) for r in embedded.query(with_values(q.text, bindings))}  # type: ignore[union-attr]
        assert got == want


def test_with_values_refusals() -> None:
    with pytest.raises(QueryError, match="short form"):
        with_values("CONSTRUCT WHERE { ?s ?p ?o }", {"s": "x"})
    with pytest.raises(QueryError, match="blank node"):
        with_values("SELECT ?s WHERE { ?s ?p ?o }", {"s": ox.BlankNode()})
    with pytest.raises(QueryError, match="not selected"):
        with_values("SELECT * WHERE { ?s ?p ?o }", {"s": "x"})
