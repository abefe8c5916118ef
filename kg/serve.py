"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint at ``/sparql`` and a web page at ``/``.

Starlette on uvicorn, loopback by default. Routes:

===============================  ================================================================
``/sparql``                      GET ``?query=``, POST form (``query=``), POST ``application/sparql-query``
``/api/oversees?name=``          :func:`kg.query.oversees` as JSON
``/api/chain?name=``             the responsibility chain around a place or unit (:func:`kg.serve_explore.chain`)
``/api/suggest?q=``              autocomplete over ``rdfs:label`` and ``skos:altLabel``
``/api/queries``                 the named queries of ``queries/`` with their headers and text
``/api/info``                    store size and the limits in force
``/viz?focus=``                  the focus picture of :mod:`kg.viz` (a whole page, for an iframe)
``/download/graph.{ttl,…}``      the whole graph (``.ttl .nt .jsonld`` union; ``.trig .nq`` per document)
===============================  ================================================================

Limits (all configurable, each answered with a message saying which limit and how to get past it):

* **read-only**: SPARQL Update (``update=``, ``application/sparql-update``, or an update sent as
  ``query=``) is 403; the store is never written (``serve`` also opens it read-only).
* **timeout** ``timeout_s``: work runs in a daemon worker thread and the request stops waiting
  after ``timeout_s`` (503). pyoxigraph cannot cancel a running query: a worker stops at the next
  result row, but an operator that must see everything before the first row (ORDER BY, GROUP BY,
  COUNT) keeps its thread busy until it ends. At most ``max_running`` workers exist at once, so
  runaway queries cannot pile up; while all are busy, new requests wait (within their own
  timeout) and then get 503 "busy".
* **result size** ``max_results``: more rows (SELECT) or triples (CONSTRUCT/DESCRIBE) is 413, not
  a silently truncated answer: a client that ignores headers would otherwise take a partial list
  of units for the whole list. Add ``LIMIT``/``OFFSET`` to page.
* **request body** ``max_body`` bytes (also the longest ``query`` accepted by GET): 413.

Malformed queries are 400 with the parser's message. Errors are ``text/plain`` on ``/sparql`` and
``{"error", "hint"}`` JSON on ``/api``.

>>> from starlette.testclient import TestClient            # doctest: +SKIP
>>> with Store.open(None) as store:                         # doctest: +SKIP
...     TestClient(create_app(store)).get("/sparql", params={"query": "ASK {}"}).json()
{'head': {}, 'boolean': True}
"""

from __future__ import annotations

import copy
import functools
import ipaddress
import logging
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, Generic, TypeVar
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

import kg
from kg.errors import GovkgError
from kg.named import list_queries
from kg.query import oversees
from kg.serve_explore import SuggestIndex, Suggestion, chain
from kg.serve_protocol import UPDATE_FORMS, Limits, RequestError, Runner, evaluate, query_form, status_of
from kg.store import DEFAULT_PATH, EXPORT_FORMATS, Store

log = logging.getLogger(__name__)

WEB_DIR = Path(__file__).resolve().parent / "web"
LOOPBACK = "127.0.0.1"
T = TypeVar("T")


# -------------------------------------------------------------------------------------- requests


async def _read_body(request: Request, limit: int) -> bytes:
    too_big = RequestError(413, f"the request body is larger than {limit} bytes",
                           hint="send a shorter query, or start the server with a larger --max-body")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_big
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():  # counted as it arrives: a chunked body has no length up front
        size += len(chunk)
        if size > limit:
            raise too_big
        chunks.append(chunk)
    return b"".join(chunks)


def _decode(data: bytes | str, what: str) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestError(400, f"the {what} is not valid UTF-8", hint="send the query as UTF-8") from None


async def sparql_request(request: Request, max_body: int) -> tuple[str, dict[str, list[str]]]:
    """The query text and the other parameters of a SPARQL Protocol request; RequestError when unusable."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    if len(request.url.query) > max_body:
        raise RequestError(413, f"the query string is longer than {max_body} bytes",
                           hint="POST the query instead, or start the server with a larger --max-body")
    texts = params.pop("query", [])
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-update":
            raise _read_only()
        if ctype not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            raise RequestError(415, f"cannot read a POST body of type {ctype or '(none)'}",
                               hint="use application/x-www-form-urlencoded (query=…) or application/sparql-query")
        body = _decode(await _read_body(request, max_body), "request body")
        if ctype == "application/sparql-query":
            texts.append(body)
        else:
            form = parse_qs(body, keep_blank_values=True)
            texts += form.pop("query", [])
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
    if "update" in params:
        raise _read_only()
    if params.get("default-graph-uri") or params.get("named-graph-uri"):
        raise RequestError(400, "default-graph-uri and named-graph-uri are not supported",
                           hint="the default graph is the union of all documents' graphs; use GRAPH <…> { } "
                                "in the query to read one document's graph")
    if not texts:
        raise RequestError(400, "no query given",
                           hint="send ?query=… (GET), a form field query=… or an application/sparql-query body; "
                                "the web page is at /")
    if len(texts) > 1:
        raise RequestError(400, "more than one query given", hint="send exactly one query parameter")
    if query_form(texts[0]) in UPDATE_FORMS:
        raise _read_only()
    return texts[0], params


def _read_only() -> RequestError:
    return RequestError(403, "this endpoint is read-only: SPARQL Update is refused",
                        hint="change the graph with kg build, then restart kg serve")


def _name_param(request: Request, key: str = "name", limit: int = 200) -> str:
    value = request.query_params.get(key, "").strip()
    if not value:
        raise RequestError(400, f"missing ?{key}=", hint=f"give a place or unit name, e.g. /api/oversees?{key}=…")
    if len(value) > limit:
        raise RequestError(400, f"?{key}= is longer than {limit} characters", hint="give a single name")
    return value


# ----------------------------------------------------------------------------------------- app


class Lazy(Generic[T]):
    """A value made on first use, once, even when several worker threads ask at the same time."""

    def __init__(self, make: Callable[[], T]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._value: T | None = None

    def get(self) -> T:
        with self._lock:
            if self._value is None:
                self._value = self._make()
            return self._value


_PAGE_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
             "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
# The picture page carries its own stricter CSP (hashes of its inline scripts) in a <meta> tag.
_VIZ_CSP = "frame-ancestors 'self'; base-uri 'none'; form-action 'none'"


class SecurityHeaders:
    """ASGI middleware: a Content-Security-Policy (no external loads) and no MIME sniffing on every answer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = _VIZ_CSP if scope["path"] == "/viz" else _PAGE_CSP

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for key, value in ((b"content-security-policy", csp), (b"x-content-type-options", "nosniff"),
                                   (b"referrer-policy", "no-referrer")):
                    if key not in names:
                        headers.append((key, value.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TrustedHosts:
    """ASGI middleware: refuse Host headers other than the listed ones (stops DNS-rebinding pages
    from reading a loopback server through the user's browser)."""

    def __init__(self, app: ASGIApp, hosts: Sequence[str]) -> None:
        self.app = app
        self.hosts = {h.lower() for h in hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            bare = host[1:].split("]")[0] if host.startswith("[") else host.rsplit(":", 1)[0]
            if bare not in self.hosts:
                await PlainTextResponse(f"unknown host {host!r}\n", status_code=421)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def create_app(store: Store, *, timeout_s: float = 10.0, max_results: int = 10_000, max_body: int = 1_000_000,
               max_running: int = 4, allowed_hosts: Sequence[str] | None = None) -> Starlette:
    """The Starlette app serving ``store`` (which it never writes) with the given limits.

    ``allowed_hosts``: accepted Host header names (None: any). The caller keeps ``store`` open
    while the app runs, and closes it.
    """
    limits = Limits(timeout_s, max_results, max_body, max_running)
    runner = Runner(limits.timeout_s, limits.max_running)
    # Built on first use, in a worker; the served store never changes, so they never go stale.
    suggest_index = Lazy(lambda: SuggestIndex.of(store))
    viz_graph = Lazy(lambda: _viz_graph(store))

    async def sparql(request: Request) -> Response:
        text, params = await sparql_request(request, limits.max_body)
        accept, asked = request.headers.get("accept"), params.get("format", [])
        payload = await runner.run(
            lambda cancel: evaluate(store, text, accept, asked, limits.max_results, cancel), "the query")
        return Response(payload.body, media_type=payload.content_type, headers={"Vary": "Accept"})

    async def api_oversees(request: Request) -> Response:
        name = _name_param(request)
        records = await runner.run(lambda _: oversees(store, name), "the lookup")
        return JSONResponse({"name": name, "results": [r.to_dict() for r in records]})

    async def api_chain(request: Request) -> Response:
        name = _name_param(request)
        return JSONResponse(await runner.run(lambda _: chain(store, name), "the chain"))

    async def api_suggest(request: Request) -> Response:
        q = request.query_params.get("q", "")[:50]

        def work(_: threading.Event) -> list[Suggestion]:
            return suggest_index.get().suggest(q)

        return JSONResponse([asdict(s) for s in await runner.run(work, "autocomplete")])

    async def api_queries(request: Request) -> Response:
        queries = await runner.run(lambda _: list_queries(), "listing the queries")
        return JSONResponse([{"name": q.name, "title": q.title, "description": q.description,
                              "params": [asdict(p) for p in q.params], "text": q.text} for q in queries])

    async def api_info(request: Request) -> Response:
        def work(_: threading.Event) -> dict[str, Any]:
            return {"version": kg.__version__, "quads": len(store), "documents": store.doc_ids(),
                    "limits": asdict(limits), "viz": _viz_available()}

        return JSONResponse(await runner.run(work, "reading the store"))

    async def download(request: Request) -> Response:
        ext = "." + request.path_params["ext"].lower()
        if ext not in EXPORT_FORMATS:
            raise RequestError(404, f"no download graph{ext}", hint=f"use one of {' '.join(EXPORT_FORMATS)}")
        data = await runner.run(lambda _: _export_bytes(store, ext), "the export")
        return Response(data, media_type=EXPORT_FORMATS[ext][0].media_type,
                        headers={"Content-Disposition": f'attachment; filename="graph{ext}"'})

    async def viz(request: Request) -> Response:
        name = _name_param(request, "focus")
        depth = request.query_params.get("depth", "1")
        if depth not in ("1", "2", "3"):
            raise RequestError(400, f"depth={depth} is not 1, 2 or 3", hint="use depth=1 (the default), 2 or 3")
        if not _viz_available():
            raise RequestError(501, "the picture is not available in this installation", hint="install kg.viz")
        page = await runner.run(lambda _: _viz_page(viz_graph.get(), name, int(depth)), "drawing the picture")
        return HTMLResponse(page)

    async def index(request: Request) -> Response:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8")

    async def on_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, GovkgError)
        status = status_of(exc)
        if status >= 500 and status != 503:
            log.error("%s %s: %s", request.method, request.url.path, exc.message)
        if request.url.path.startswith(("/api/", "/viz")):
            return JSONResponse({"error": exc.message, "hint": exc.hint}, status_code=status)
        return PlainTextResponse(f"error: {exc.message}\n" + (f"hint: {exc.hint}\n" if exc.hint else ""),
                                 status_code=status)

    routes = [
        Route("/", index),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/api/oversees", api_oversees),
        Route("/api/chain", api_chain),
        Route("/api/suggest", api_suggest),
        Route("/api/queries", api_queries),
        Route("/api/info", api_info),
        Route("/download/graph.{ext}", download),
        Route("/viz", viz),
        Mount("/static", StaticFiles(directory=WEB_DIR), name="static"),
    ]
    app = Starlette(routes=routes, exception_handlers={GovkgError: on_error})
    app.state.runner = runner
    app.state.limits = limits
    app.add_middleware(SecurityHeaders)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHosts, hosts=allowed_hosts)
    return app


def _export_bytes(store: Store, ext: str) -> bytes:
    # Store.export owns the format rules (union vs named graphs, prefixes): reuse it via a temp file.
    with tempfile.TemporaryDirectory(prefix="govkg-") as tmp:
        return store.export(Path(tmp) / f"graph{ext}").read_bytes()


@functools.cache
def _viz_available() -> bool:
    try:
        from kg import viz
    except ImportError:
        return False
    return all(hasattr(viz, f) for f in ("build_graph", "focus", "render_html"))


def _viz_graph(store: Store) -> Any:
    from kg import viz

    return viz.build_graph(store)


def _viz_page(graph: Any, name: str, depth: int) -> str:
    from kg import viz

    sub = viz.focus(graph, name, depth)
    with tempfile.TemporaryDirectory(prefix="govkg-") as tmp:
        info = viz.render_html(sub, Path(tmp) / "focus.html", title=f"govkg · {name}")
        return info.path.read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------- serve


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost.

    >>> is_loopback("127.0.0.1"), is_loopback("0.0.0.0")
    (True, False)
    """
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's logging setup with the access log on stderr too (stdout is for data only)."""
    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    for handler in config["handlers"].values():
        handler["stream"] = "ext://sys.stderr"
    return config


def serve(store_path: str | Path | None = None, host: str = LOOPBACK, port: int = 8000, *,
          log_level: str = "info", **limits: Any) -> None:
    """Serve the store at ``store_path`` (default ``.govkg/store``) read-only until interrupted.

    ``limits``: ``timeout_s``, ``max_results``, ``max_body``, ``max_running`` (see :func:`create_app`).
    On a loopback host, only loopback Host names are accepted. Raises StoreError when there is no store.
    """
    import uvicorn

    store = Store.open(store_path or DEFAULT_PATH, read_only=True)
    try:
        hosts = ["127.0.0.1", "localhost", "::1", host] if is_loopback(host) else None
        if hosts is None:
            log.warning("serving on %s: anyone who can reach this machine can read the graph", host)
        app = create_app(store, allowed_hosts=hosts, **limits)
        # Query work runs in our own daemon threads, so uvicorn's defaults (one process) are right.
        uvicorn.run(app, host=host, port=port, log_level=log_level, log_config=uvicorn_log_config(),
                    server_header=False)
    finally:
        store.close()


__all__ = ["create_app", "is_loopback", "serve", "sparql_request"]
