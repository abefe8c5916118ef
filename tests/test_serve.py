"""kg serve: a real uvicorn server on a free loopback port, over a store built from examples/.

The SPARQL 1.1 Protocol is exercised with SPARQLWrapper (the client most users have) and httpx
(for what SPARQLWrapper cannot send: odd Accept headers, chunked bodies, raw updates).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import socket
import threading
import time
import urllib.error
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest
import rdflib
import typer
import uvicorn
from SPARQLWrapper import GET, JSON, POST, POSTDIRECTLY, TURTLE, SPARQLWrapper
from starlette.types import ASGIApp
from typer.testing import CliRunner

from extract import extract
from kg.cli_serve import register
from kg.ingest import discover, read_document
from kg.serve import create_app, is_loopback
from kg.serve_protocol import negotiate, query_form
from kg.store import Store

REPO = Path(__file__).resolve().parent.parent
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
# ~1.5 s on the examples store, and COUNT must see every row first: no chance to stop it early.
BLOCKING = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f "
            "FILTER(STRLEN(STR(?c)) >= STRLEN(STR(?f))) }")
TOWNSHIPS = "SELECT ?t ?label WHERE { ?t a gov:Township ; rdfs:label ?label } ORDER BY ?label"


# ------------------------------------------------------------------------------------------ helpers


@contextlib.contextmanager
def serving(app: ASGIApp) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on a free 127.0.0.1 port; yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # the OS picks the port, and we hold it: no race with other tests
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(15)
        sock.close()


def build_examples() -> Store:
    """An in-memory store of examples/ (what ``kg build examples/`` makes)."""
    store = Store.open(None)
    for f in discover([REPO / "examples"]):
        doc = read_document(f.path, f.doc_id)
        if doc is not None:
            store.add(extract(doc))
    return store


def wait_until(check: Any, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.02)
    return False


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with build_examples() as s:
        yield s


@pytest.fixture(scope="module")
def base(store: Store) -> Iterator[str]:
    with serving(create_app(store)) as url:
        yield url


@pytest.fixture
def client(base: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def sparql_wrapper(base: str, how: str) -> SPARQLWrapper:
    sw = SPARQLWrapper(base + "/sparql")
    sw.setMethod(GET if how == "get" else POST)
    if how == "post-direct":
        sw.setRequestMethod(POSTDIRECTLY)  # application/sparql-query body; "post-form" is the default
    return sw


# ------------------------------------------------------------------------------------- SPARQLWrapper


@pytest.mark.parametrize("how", ["get", "post-form", "post-direct"])
def test_sparqlwrapper_select_json(base: str, store: Store, how: str) -> None:
    sw = sparql_wrapper(base, how)
    sw.setQuery("PREFIX gov: <https://w3id.org/govkg#>\n" + TOWNSHIPS)  # a PREFIX as clients write it
    sw.setReturnFormat(JSON)
    result = sw.query().convert()
    assert isinstance(result, dict)
    labels = [b["label"]["value"] for b in result["results"]["bindings"]]
    assert "达板镇" in labels
    assert len(labels) == len(list(store.query(TOWNSHIPS)))  # type: ignore[arg-type]


@pytest.mark.parametrize("how", ["get", "post-form", "post-direct"])
def test_sparqlwrapper_construct_turtle(base: str, store: Store, how: str) -> None:
    query = "CONSTRUCT { ?t rdfs:label ?l } WHERE { ?t a gov:Township ; rdfs:label ?l }"
    sw = sparql_wrapper(base, how)
    sw.setQuery(query)
    sw.setReturnFormat(TURTLE)
    data = sw.query().convert()
    assert isinstance(data, bytes)
    graph = rdflib.Graph().parse(data=data, format="turtle")
    assert len(graph) == len(list(store.query(query)))  # type: ignore[arg-type]
    assert any(str(o) == "达板镇" for o in graph.objects())


def test_sparqlwrapper_update_is_refused(base: str, store: Store) -> None:
    before = len(store)
    sw = SPARQLWrapper(base + "/sparql")
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    with pytest.raises(urllib.error.HTTPError) as caught:
        sw.query()
    assert caught.value.code == 403
    assert len(store) == before


# -------------------------------------------------------------------------------------- negotiation


SELECT_FORMATS = [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
]
# Odd terms on purpose: tabs, newlines, quotes, language tags, datatypes, unbound values.
ODD = r'''SELECT ?x ?y WHERE { VALUES (?x ?y) {
  ("a\tb\nc\\\"d"@zh UNDEF) ("plain" 1) (<http://example.org/x> """q"q""") ("x"^^<http://example.org/dt> 2.5) } }'''


@pytest.mark.parametrize(("media", "fmt"), SELECT_FORMATS)
@pytest.mark.parametrize("query", [TOWNSHIPS, ODD, "SELECT * WHERE { ?s ?p ?o }", "SELECT * WHERE { }"])
def test_select_answers_equal_pyoxigraph_serialisation(client: httpx.Client, store: Store, media: str,
                                                       fmt: ox.QueryResultsFormat, query: str) -> None:
    r = client.get("/sparql", params={"query": query}, headers={"Accept": media})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    direct = store.query(query)
    assert isinstance(direct, ox.QuerySolutions)
    assert r.content == direct.serialize(format=fmt)


@pytest.mark.parametrize(("media", "fmt"), [
    ("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD), ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_negotiates_graph_formats(client: httpx.Client, store: Store, media: str,
                                            fmt: ox.RdfFormat) -> None:
    query = "CONSTRUCT WHERE { ?t a gov:Township ; rdfs:label ?l }"
    r = client.post("/sparql", content=query.encode(), headers={"Content-Type": "application/sparql-query",
                                                                "Accept": media})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    expected = {str(t) for t in store.query(query)}  # type: ignore[union-attr]
    assert {str(t) for t in ox.parse(r.content, fmt)} == expected


def test_describe_answers_a_graph(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "DESCRIBE ?t WHERE { ?t a gov:Township ; rdfs:label \"达板镇\"@zh }"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert "达板镇" in r.text and "@prefix gov:" in r.text


def test_ask_csv_and_format_parameter(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "ASK { ?s a gov:Township }"})
    assert r.json() == {"head": {}, "boolean": True}
    r = client.get("/sparql", params={"query": TOWNSHIPS, "format": "csv"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["t", "label"] and len(rows) > 1
    r = client.post("/sparql", data={"query": TOWNSHIPS, "format": "tsv"})
    assert r.headers["content-type"].startswith("text/tab-separated-values")


def test_accept_quality_values_and_wildcards() -> None:
    assert negotiate("results", "text/csv;q=0.2, application/sparql-results+xml;q=0.9").media_type.endswith("xml")
    assert negotiate("results", "text/html, */*;q=0.1").media_type == "application/sparql-results+json"
    assert negotiate("graph", "application/*").media_type == "application/n-triples"
    assert negotiate("graph", "text/csv;q=0, text/*").media_type == "text/turtle"
    # SPARQLWrapper repeats format= with a name and a media type: the first usable one wins
    assert negotiate("results", None, ["tsv", "text/tab-separated-values"]).media_type == "text/tab-separated-values"


def test_unacceptable_formats_are_406(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": TOWNSHIPS}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "accept one of" in r.text
    r = client.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s a gov:Township }", "format": "csv"})
    assert r.status_code == 406 and "format=csv" in r.text


# ---------------------------------------------------------------------------------------- read-only


@pytest.mark.parametrize("send", [
    {"data": {"update": "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"}},
    {"content": b"INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
     "headers": {"Content-Type": "application/sparql-update"}},
    {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
    {"content": b"PREFIX x: <urn:x:> # SELECT in a comment\nCLEAR ALL",
     "headers": {"Content-Type": "application/sparql-query"}},
    {"params": {"query": "DROP ALL"}},
    {"params": {"update": "CLEAR ALL"}},
], ids=["form-update", "sparql-update-body", "form-query-delete", "body-query-clear", "get-drop", "get-update"])
def test_updates_are_403_and_change_nothing(client: httpx.Client, store: Store, send: dict[str, Any]) -> None:
    before = len(store)
    method = "GET" if "params" in send else "POST"
    r = client.request(method, "/sparql", **send)
    assert r.status_code == 403
    assert "read-only" in r.text
    assert len(store) == before


def test_query_form_ignores_strings_iris_and_comments() -> None:
    assert query_form('PREFIX a: <http://e/INSERT#> SELECT ?x { ?x a:p "DELETE" } # INSERT') == "SELECT"
    assert query_form("BASE <http://e/> prefix : <http://e/#>\n  with <g> delete { ?s ?p ?o } where {}") == "WITH"
    assert query_form("") == ""


# -------------------------------------------------------------------------------------------- limits


def test_runaway_query_times_out_and_its_worker_stops(store: Store) -> None:
    app = create_app(store, timeout_s=0.5, max_results=10**9)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        started = time.monotonic()
        r = c.get("/sparql", params={"query": RUNAWAY})
        elapsed = time.monotonic() - started
        assert r.status_code == 503
        assert "did not finish within 0.5 s" in r.text and "--timeout" in r.text
        assert elapsed < 5
        # rows stream one by one, so the abandoned worker stops at the next row
        assert wait_until(lambda: app.state.runner.running == 0, 5)


def test_blocking_query_keeps_its_slot_and_the_server_answers_busy(store: Store) -> None:
    app = create_app(store, timeout_s=0.2, max_running=1)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        r = c.get("/sparql", params={"query": BLOCKING})
        assert r.status_code == 503 and "did not finish" in r.text
        assert app.state.runner.running == 1  # pyoxigraph cannot cancel it: the worker runs on
        r = c.get("/sparql", params={"query": "ASK {}"})
        assert r.status_code == 503 and "busy" in r.text
        assert wait_until(lambda: app.state.runner.running == 0, 60)
        # the slot is free again (on a loaded machine one ASK may itself outrun the 0.2 s limit)
        assert wait_until(lambda: c.get("/sparql", params={"query": "ASK {}"}).status_code == 200, 10)


def test_event_loop_stays_responsive_during_a_long_query(store: Store) -> None:
    app = create_app(store, timeout_s=5, max_running=2)
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        slow = threading.Thread(target=c.get, args=("/sparql",), kwargs={"params": {"query": BLOCKING}})
        slow.start()
        time.sleep(0.1)
        started = time.monotonic()
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        assert time.monotonic() - started < 1.0  # the long query's worker does not hold the event loop
        slow.join()


def test_result_limit_is_413_not_a_silent_truncation(store: Store) -> None:
    with serving(create_app(store, max_results=5)) as url, httpx.Client(base_url=url, timeout=30) as c:
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
        assert r.status_code == 413 and "more than 5 rows" in r.text and "LIMIT" in r.text
        r = c.get("/sparql", params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
        assert r.status_code == 413 and "more than 5 triples" in r.text
        r = c.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
        assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 5
        r = c.get("/sparql", params={"query": RUNAWAY})  # a runaway stops at the row limit, fast
        assert r.status_code == 413


def test_body_limit_is_413(store: Store) -> None:
    small = "ASK {}"
    big = "ASK {} #" + "x" * 300
    with serving(create_app(store, max_body=200)) as url, httpx.Client(base_url=url, timeout=30) as c:
        direct = {"Content-Type": "application/sparql-query"}
        assert c.post("/sparql", content=small, headers=direct).status_code == 200
        r = c.post("/sparql", content=big, headers=direct)
        assert r.status_code == 413 and "larger than 200 bytes" in r.text and "--max-body" in r.text
        assert c.post("/sparql", data={"query": big}).status_code == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            for _ in range(10):
                yield b"#" + b"x" * 49

        assert c.post("/sparql", content=chunks(), headers=direct).status_code == 413
        assert c.get("/sparql", params={"query": big}).status_code == 413
        assert c.get("/sparql", params={"query": small}).status_code == 200


def test_malformed_query_is_400_with_the_parser_message(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELEC * WHERE { ?s ?p ?o }"})
    assert r.status_code == 400
    assert "SPARQL syntax error" in r.text and "error at 1:" in r.text


@pytest.mark.parametrize(("kwargs", "status", "words"), [
    ({"method": "GET"}, 400, "no query"),
    ({"method": "GET", "params": [("query", "ASK {}"), ("query", "ASK {}")]}, 400, "more than one"),
    ({"method": "POST", "content": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415, "cannot read"),
    ({"method": "GET", "params": {"query": "ASK {}", "default-graph-uri": "urn:g"}}, 400, "not supported"),
    ({"method": "POST", "content": b"\xff\xfe", "headers": {"Content-Type": "application/sparql-query"}}, 400,
     "UTF-8"),
    ({"method": "PUT"}, 405, ""),
])
def test_protocol_errors(client: httpx.Client, kwargs: dict[str, Any], status: int, words: str) -> None:
    r = client.request(url="/sparql", **kwargs)
    assert r.status_code == status
    assert words in r.text


# ----------------------------------------------------------------------------------------- JSON API


def _seed_units() -> dict[str, set[str]]:
    """Gold units supervising the seed township, each with all its names."""
    gold = json.loads((REPO / "examples" / "linxia-2016.gold.json").read_text(encoding="utf-8"))
    names = {o["name"]: {o["name"], *o.get("aliases", [])} for o in gold["organizations"]}
    return {r["subject"]: names[r["subject"]] for r in gold["relations"]
            if r["type"] == "supervises" and r["object"] == "达板镇"}


@pytest.mark.parametrize("name", ["达板镇", "達板鎮"])
def test_api_oversees_gives_the_six_supervising_units_with_evidence(client: httpx.Client, store: Store,
                                                                    name: str) -> None:
    r = client.get("/api/oversees", params={"name": name})
    assert r.status_code == 200
    records = [x for x in r.json()["results"] if x["relation"] == "supervises" and x["direct"]]
    expected = _seed_units()
    assert len(records) == len(expected) == 6
    for x in records:
        names = {row["l"].value for row in store.query(  # type: ignore[union-attr]
            "SELECT ?u ?l WHERE { ?u rdfs:label|skos:altLabel ?l }", {"u": ox.NamedNode(x["unit"])})}
        assert any(names & gold for gold in expected.values()), x["label"]
        assert "达板镇" in x["evidence"] and "包点督办" in x["evidence"]
        assert x["document"] == "linxia-2016" and x["document_title"]


def test_api_errors_are_json_with_a_hint(client: httpx.Client) -> None:
    r = client.get("/api/oversees", params={"name": "没有这个镇"})
    assert r.status_code == 404
    assert r.json()["error"].startswith("no place or unit named") and r.json()["hint"]
    r = client.get("/api/oversees")
    assert r.status_code == 400 and "missing" in r.json()["error"]


def test_api_chain(client: httpx.Client) -> None:
    links = client.get("/api/chain", params={"name": "达板镇"}).json()["links"]
    relations = {link["relation"] for link in links}
    assert {"supervises", "designates", "within", "issued"} <= relations
    within = [link for link in links if link["relation"] == "within" and link["subject_label"] == "达板镇"]
    assert within and within[0]["evidence"][0]["text"]


@pytest.mark.parametrize("q", ["达板", "達板", "板镇"])
def test_api_suggest(client: httpx.Client, q: str) -> None:
    items = client.get("/api/suggest", params={"q": q}).json()
    assert items[0]["label"] == "达板镇" and items[0]["kind"] == "place"
    assert client.get("/api/suggest", params={"q": ""}).json() == []


def test_api_queries_and_info(client: httpx.Client, store: Store) -> None:
    queries = {q["name"]: q for q in client.get("/api/queries").json()}
    assert "oversees" in queries
    assert queries["oversees"]["params"][0]["name"] == "name" and "SELECT" in queries["oversees"]["text"]
    info = client.get("/api/info").json()
    assert info["quads"] == len(store) and info["documents"] == ["linxia-2016"]
    assert info["limits"]["max_results"] == 10_000


@pytest.mark.parametrize(("ext", "fmt"), [("ttl", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG),
                                          ("jsonld", ox.RdfFormat.JSON_LD), ("nq", ox.RdfFormat.N_QUADS)])
def test_downloads(client: httpx.Client, store: Store, ext: str, fmt: ox.RdfFormat) -> None:
    r = client.get(f"/download/graph.{ext}")
    assert r.status_code == 200
    assert f'filename="graph.{ext}"' in r.headers["content-disposition"]
    parsed = list(ox.parse(r.content, fmt))
    if ext in ("trig", "nq"):  # named graphs kept: every quad
        assert len(parsed) == len(store)
    else:  # the union
        assert len(parsed) == len(list(store.query("CONSTRUCT WHERE { ?s ?p ?o }")))  # type: ignore[arg-type]
    assert client.get("/download/graph.exe").status_code == 404


# ---------------------------------------------------------------------------------------------- page


def test_page_and_assets_load_nothing_from_outside(client: httpx.Client) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    for path in ("/", "/static/app.js", "/static/style.css"):
        text = client.get(path).text
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, path


def test_page_script_never_parses_data_as_html() -> None:
    script = (REPO / "kg" / "web" / "app.js").read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in script, sink


def test_viz_route(client: httpx.Client) -> None:
    if not client.get("/api/info").json()["viz"]:
        pytest.skip("kg.viz is not available")
    r = client.get("/viz", params={"focus": "达板镇"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "达板镇" in r.text and "frame-ancestors 'self'" in r.headers["content-security-policy"]
    assert client.get("/viz", params={"focus": "没有这个镇"}).status_code == 404
    assert client.get("/viz", params={"focus": "达板镇", "depth": "9"}).status_code == 400


def test_only_loopback_host_names_when_bound_to_loopback(store: Store) -> None:
    app = create_app(store, allowed_hosts=["127.0.0.1", "localhost"])
    with serving(app) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert c.get("/sparql", params={"query": "ASK {}"}).status_code == 200
        r = c.get("/sparql", params={"query": "ASK {}"}, headers={"Host": "attacker.example:80"})
        assert r.status_code == 421


def test_loopback_by_default() -> None:
    import inspect

    from kg import serve

    assert inspect.signature(serve.serve).parameters["host"].default == "127.0.0.1"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.2")


def test_server_logs_go_to_stderr() -> None:
    from kg.serve import uvicorn_log_config

    assert {h["stream"] for h in uvicorn_log_config()["handlers"].values()} == {"ext://sys.stderr"}


def test_cli_serve_help_lists_the_options() -> None:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """kg"""

    result = CliRunner().invoke(app, ["serve", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    for option in ("--host", "--port", "--store", "--timeout", "--max-results", "--max-body"):
        assert option in result.output
    assert "127.0.0.1" in result.output and "read-only" in result.output


def test_cli_serve_without_a_store_exits_1(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """kg"""

    result = CliRunner().invoke(app, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code == 1
    assert "no store" in result.output
