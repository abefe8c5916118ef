"""A store on any SPARQL 1.1 server: Graph Store Protocol for documents, SPARQL Protocol for queries.

``--store http://HOST:PORT/PATH`` makes ``kg build``, ``kg remove`` and ``kg explain`` use a server
instead of the embedded store; in Python, :func:`open_store` gives a store kg.query accepts.
Each document's named graph is written with one GSP ``PUT`` (the server replaces the graph
atomically) and removed with ``DELETE``; queries are POSTed to the query endpoint. Endpoints
default to Oxigraph's layout under the URL (``query``, ``update``, ``store``); other servers name
theirs in the URL's query string::

    http://127.0.0.1:7878                           # oxigraph serve --union-default-graph
    http://fuseki:3030/govkg?gsp=data               # Fuseki dataset /govkg (union default graph on)
    http://user:pw@virtuoso:8890?query=sparql&gsp=sparql-graph-crud-auth&graph-param=graph-uri

Queries see the union of the named graphs only when the server is set up that way (see
docs/deploy.md); the first query checks it. SPARQL over HTTP has no bindings, so bound values
travel as a ``VALUES`` block built from RDF terms in N-Triples syntax (:func:`with_values`),
never as pasted text.

>>> with_values("SELECT ?name ?p WHERE { ?p rdfs:label ?name }", {"name": "x\\" } ?s ?p ?o . {"})
'SELECT ?name ?p WHERE { VALUES (?name) { ("x\\\\" } ?s ?p ?o . {") } ?p rdfs:label ?name }'
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import pyoxigraph as ox

import kg.iri
from extract.records import Extraction
from kg.build import SourceMeta
from kg.errors import QueryError, StoreError
from kg.sparql_text import QueryShape
from kg.store import (
    DEFAULT_PATH,
    PREFIXES,
    BindingValue,
    DocGraph,
    DocState,
    GraphStore,
    QueryResult,
    Store,
    Term,
    as_term,
    is_current,
    term_value,
)
from kg.vocab import GOV

if TYPE_CHECKING:
    import rdflib


def is_remote(spec: str | Path | None) -> bool:
    """Whether a ``--store`` value names a SPARQL server rather than a folder.

    >>> is_remote("http://127.0.0.1:7878"), is_remote(".govkg/store")
    (True, False)
    """
    return isinstance(spec, str) and spec.startswith(("http://", "https://"))


def open_store(spec: str | Path | None = None, *, read_only: bool = False) -> GraphStore:
    """The store a ``--store`` value names: a SPARQL server URL, a folder, or (None) the default folder.

    Raises StoreError when the server does not answer or the folder cannot be opened.
    """
    if is_remote(spec):
        return RemoteStore.open(str(spec), read_only=read_only)
    return Store.open(spec if spec is not None else DEFAULT_PATH, read_only=read_only)


# ------------------------------------------------------------------------------ endpoints and HTTP


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one server's SPARQL query, update and Graph Store Protocol endpoints.

    >>> e = Endpoints.parse("http://fuseki:3030/govkg?gsp=data")
    >>> e.query, e.gsp, e.location
    ('http://fuseki:3030/govkg/query', 'http://fuseki:3030/govkg/data', 'http://fuseki:3030/govkg')
    """

    query: str
    update: str
    gsp: str
    graph_param: str = "graph"
    user: str | None = None
    password: str | None = None
    location: str = ""

    @classmethod
    def parse(cls, url: str) -> Endpoints:
        """Endpoints from a ``--store`` URL; StoreError when it is not one."""
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"{url}: not an http(s) URL of a SPARQL server",
                             hint="give e.g. http://127.0.0.1:7878 (oxigraph serve)")
        options = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        unknown = set(options) - {"query", "update", "gsp", "graph-param"}
        if unknown:
            raise StoreError(f"{url}: unknown option {sorted(unknown)[0]!r}",
                             hint="the options are query=, update=, gsp= (endpoint paths) and graph-param=")
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        base = urllib.parse.urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))

        def endpoint(name: str, default: str) -> str:
            path = options.get(name, default).strip("/")
            return f"{base}/{path}" if path else base or "/"

        return cls(endpoint("query", "query"), endpoint("update", "update"), endpoint("gsp", "store"),
                   options.get("graph-param", "graph"),
                   urllib.parse.unquote(parts.username) if parts.username else None,
                   urllib.parse.unquote(parts.password) if parts.password else None, base)


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes

    def text(self, limit: int = 300) -> str:
        return self.body.decode("utf-8", errors="replace").strip()[:limit]


_RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_RDF_FORMATS = {"application/n-triples": ox.RdfFormat.N_TRIPLES, "text/turtle": ox.RdfFormat.TURTLE,
                "application/rdf+xml": ox.RdfFormat.RDF_XML, "text/plain": ox.RdfFormat.N_TRIPLES}
_ACCEPT = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"


class _Http:
    """A tiny HTTP client (stdlib only), with basic or digest auth from the URL's user info."""

    def __init__(self, endpoints: Endpoints, timeout: float) -> None:
        self.timeout = timeout
        self.location = endpoints.location
        handlers: list[urllib.request.BaseHandler] = []
        if endpoints.user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, endpoints.location, endpoints.user, endpoints.password or "")
            handlers += [urllib.request.HTTPBasicAuthHandler(passwords),
                         urllib.request.HTTPDigestAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)

    def __call__(self, method: str, url: str, body: bytes | None = None,
                 headers: Mapping[str, str] | None = None) -> Response:
        request = urllib.request.Request(url, data=body, method=method, headers=dict(headers or {}))
        try:
            with self._opener.open(request, timeout=self.timeout) as resp:
                return Response(resp.status, resp.headers.get_content_type(), resp.read())
        except urllib.error.HTTPError as err:
            return Response(err.code, err.headers.get_content_type() if err.headers else "", err.read())
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"cannot reach the SPARQL server at {self.location} ({reason})",
                             hint="start the server (e.g. oxigraph serve --union-default-graph) or check "
                             "the --store URL") from err


# ---------------------------------------------------------------------------------------- the store


class RemoteStore:
    """A govkg store on a SPARQL 1.1 server; the same methods as :class:`kg.store.Store`.

    Open with :meth:`open`. Writes need the server's Graph Store Protocol endpoint; queries its
    SPARQL query endpoint (the update endpoint is not needed).
    """

    def __init__(self, endpoints: Endpoints, *, read_only: bool = False, timeout: float = 60.0) -> None:
        self.endpoints = endpoints
        self.read_only = read_only
        self.path: Path | None = None  # not a folder (for code that prints Store.path)
        self._http = _Http(endpoints, timeout)
        self._union_checked = False

    @classmethod
    def open(cls, url: str, *, read_only: bool = False, timeout: float = 60.0) -> RemoteStore:
        """Connect to the server at ``url`` (see the module doc); StoreError when it does not answer."""
        store = cls(Endpoints.parse(url), read_only=read_only, timeout=timeout)
        store._select("SELECT * WHERE { } LIMIT 1")  # fail now, with a clear message, not mid-build
        return store

    @property
    def location(self) -> str:
        """The server's base URL (without credentials)."""
        return self.endpoints.location

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.location})"

    @property
    def inner(self) -> _Patterns:
        """Read-only pattern matching, like pyoxigraph's ``Store.quads_for_pattern`` (for code that
        reaches past :meth:`query` into the embedded store's ``inner``)."""
        return _Patterns(self)

    def __len__(self) -> int:
        """Number of quads in all named graphs."""
        rows = list(self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
        return int(term_value(rows[0]["n"])) if rows and rows[0]["n"] is not None else 0

    # --------------------------------------------------------------------------------- documents
    def state(self, doc_id: str) -> DocState:
        """(content hash, extractor version) of the stored document, (None, None) when absent."""
        graph = kg.iri.source(doc_id)
        sparql = (f"SELECT ?h ?v WHERE {{ GRAPH {graph} {{ {graph} <{GOV.contentHash.value}> ?h ; "
                  f"<{GOV.extractorVersion.value}> ?v }} }} LIMIT 1")
        for row in self._select(sparql):
            h, v = row["h"], row["v"]
            return (term_value(h) if h is not None else None, term_value(v) if v is not None else None)
        return None, None

    def add(self, extraction: Extraction, source_meta: SourceMeta | None = None, *, force: bool = False) -> bool:
        """Put a document's extraction into its named graph; False (nothing sent) when unchanged."""
        self._writable()
        meta = source_meta or SourceMeta.of(extraction.document)
        if not force and is_current(self.state(extraction.document.id), meta.content_hash,
                                    extraction.extractor_version):
            return False
        self.put(DocGraph.of(extraction, meta))
        return True

    def put(self, graph: DocGraph) -> None:
        """Replace the document's graph: one GSP PUT, which the server applies as one replacement."""
        self._writable()
        # N-Triples is a subset of Turtle, the one type every GSP implementation accepts
        resp = self._http("PUT", self._graph_url(graph.graph), graph.ntriples(),
                          {"Content-Type": "text/turtle; charset=utf-8"})
        if resp.status not in (200, 201, 204):
            raise StoreError(f"the server refused document {graph.doc_id!r}: HTTP {resp.status} {resp.text()}",
                             hint="check the gsp= endpoint of the --store URL and that the server accepts writes")

    def put_many(self, graphs: Sequence[DocGraph]) -> list[StoreError | None]:
        """:meth:`put` each graph (one request each); the errors, None for a graph written."""
        out: list[StoreError | None] = []
        for graph in graphs:
            try:
                self.put(graph)
            except StoreError as err:
                out.append(err)
            else:
                out.append(None)
        return out

    def remove(self, doc_id: str) -> bool:
        """Drop a document's named graph (GSP DELETE). Returns False when it was not there."""
        self._writable()
        graph = kg.iri.source(doc_id)
        if self.state(doc_id) == (None, None) and not self._ask(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}"):
            return False
        resp = self._http("DELETE", self._graph_url(graph))
        if resp.status == 404:
            return False
        if resp.status not in (200, 202, 204):
            raise StoreError(f"the server refused to delete {doc_id!r}: HTTP {resp.status} {resp.text()}",
                             hint="check the gsp= endpoint of the --store URL and that the server accepts writes")
        return True

    def doc_ids(self) -> list[str]:
        """Ids of the documents on the server, sorted."""
        rows = self._select(f"SELECT DISTINCT ?id WHERE {{ GRAPH ?g {{ ?g <{GOV.docId.value}> ?id }} }}")
        return sorted(term_value(r["id"]) for r in rows if r["id"] is not None)

    # ------------------------------------------------------------------------------------ output
    def snapshot(self) -> Store:
        """An in-memory copy of every named graph (for exports and rdflib tools; small stores only)."""
        local = Store.open(None)
        rows = self._select("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        local.inner.extend(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        return local

    def export(self, path: str | Path) -> Path:
        """Write the graph to ``path`` (format from the extension, as :meth:`kg.store.Store.export`)."""
        with self.snapshot() as local:
            return local.export(path)

    def to_rdflib(self) -> rdflib.Graph:
        """The union graph as an rdflib Graph."""
        with self.snapshot() as local:
            return local.to_rdflib()

    # ------------------------------------------------------------------------------------- query
    def query(self, sparql: str, bindings: Mapping[str, BindingValue] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs, like :meth:`kg.store.Store.query`.

        ``bindings`` fix variables to RDF terms through a VALUES block (:func:`with_values`);
        the govkg prefixes are predeclared.
        """
        if not self._union_checked:
            self._check_union()
        return self._run(with_values(sparql, bindings or {}))

    def _run(self, sparql: str) -> QueryResult:
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        body = urllib.parse.urlencode({"query": prologue + sparql}).encode("ascii")
        resp = self._http("POST", self.endpoints.query, body,
                          {"Content-Type": "application/x-www-form-urlencoded", "Accept": _ACCEPT})
        if resp.status == 400:
            raise QueryError(f"the server rejected the query: {resp.text()}", hint="check the query text")
        if resp.status != 200:
            raise StoreError(f"the SPARQL server answered HTTP {resp.status}: {resp.text()}",
                             hint="check the query= endpoint of the --store URL")
        if resp.content_type in _RESULT_FORMATS:
            return ox.parse_query_results(resp.body, format=_RESULT_FORMATS[resp.content_type])
        if resp.content_type in _RDF_FORMATS:  # CONSTRUCT / DESCRIBE: triples, as the embedded store gives
            scratch = ox.Store()
            scratch.load(resp.body, format=_RDF_FORMATS[resp.content_type])
            return scratch.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
        raise StoreError(f"the SPARQL server answered with {resp.content_type or 'no content type'}",
                         hint="use a SPARQL 1.1 server that returns application/sparql-results+json")

    def _select(self, sparql: str) -> ox.QuerySolutions:
        result = self._run(sparql)
        assert isinstance(result, ox.QuerySolutions)  # every internal query is a SELECT
        return result

    def _ask(self, sparql: str) -> bool:
        return bool(self._run(sparql))

    def _check_union(self) -> None:
        """Queries expect the default graph to be the union of the named graphs: say so if it is not."""
        if self._ask("ASK { GRAPH ?g { ?s ?p ?o } }") and not self._ask("ASK { ?s ?p ?o }"):
            raise StoreError(
                f"the default graph of {self.location} is not the union of its named graphs",
                hint="start oxigraph with --union-default-graph (Fuseki: tdb2:unionDefaultGraph true); "
                "see docs/deploy.md",
            )
        self._union_checked = True

    def _graph_url(self, graph: ox.NamedNode) -> str:
        sep = "&" if "?" in self.endpoints.gsp else "?"
        return f"{self.endpoints.gsp}{sep}{urllib.parse.urlencode({self.endpoints.graph_param: graph.value})}"

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.location} was opened read-only", hint="open it without read_only")


class _Patterns:
    """The part of a pyoxigraph Store that reads quads by pattern, answered by the server."""

    def __init__(self, store: RemoteStore) -> None:
        self._store = store

    def quads_for_pattern(self, subject: ox.NamedNode | ox.BlankNode | None = None,
                          predicate: ox.NamedNode | None = None, obj: Term | None = None,
                          graph_name: ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        """Quads of the named graphs matching the given terms (None matches anything)."""
        terms = {"s": subject, "p": predicate, "o": obj, "g": graph_name}
        bound = {k: v for k, v in terms.items() if v is not None}
        sparql = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
        for row in self._store._select(with_values(sparql, bound)):
            s, p, o, g = (row[k] for k in "spog")
            yield ox.Quad(s, p, o, g)

    def __iter__(self) -> Iterator[ox.Quad]:
        return self.quads_for_pattern()


# ------------------------------------------------------------------------------ bindings as VALUES

def _sparql_term(value: BindingValue) -> str:
    term = as_term(value)
    if isinstance(term, ox.BlankNode):
        raise QueryError("a blank node cannot be bound over SPARQL Protocol", hint="bind an IRI or a literal")
    return str(term)  # N-Triples syntax: valid SPARQL, every special character escaped


def with_values(sparql: str, bindings: Mapping[str, BindingValue]) -> str:
    """``sparql`` with its variables fixed by a VALUES block at the start of its WHERE group.

    Values become RDF terms in N-Triples syntax (quotes and backslashes escaped), so a value can
    never change the query. As with the embedded store, a SELECT must project every bound
    variable. QueryError when the query's WHERE group cannot be found.

    >>> with_values("SELECT ?x WHERE { FILTER(?x = 1) }", {"x": 1})
    'SELECT ?x WHERE { VALUES (?x) { ("1"^^<http://www.w3.org/2001/XMLSchema#integer>) } FILTER(?x = 1) }'
    """
    if not bindings:
        return sparql
    names = [name.lstrip("?$") for name in bindings]
    shape = QueryShape.of(sparql)
    missing = [n for n in names if n not in shape.projected]
    if shape.form == "SELECT" and missing:
        raise QueryError(f"cannot bind the parameters: ?{missing[0]} is not selected by the query",
                         hint="a parameter must be a variable in the query's SELECT clause "
                         "(SELECT * is not enough)")
    values = "VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
    return shape.with_block(values + " ".join(_sparql_term(v) for v in bindings.values()) + ") }")
