"""The SPARQL 1.1 Protocol side of ``kg serve``, free of any web framework: content negotiation,
telling queries from updates, evaluation with a row limit, and a worker runner with a timeout.

Why each limit answers as it does is in :mod:`kg.serve`'s docstring.

>>> negotiate("results", "text/csv").media_type
'text/csv'
>>> query_form("DELETE WHERE { ?s ?p ?o }") in UPDATE_FORMS
True
"""

from __future__ import annotations

import asyncio
import re
import threading
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, cast

import pyoxigraph as ox

from kg.errors import GovkgError, InputError, NotFoundError, QueryError
from kg.store import Store
from kg.vocab import PREFIXES

T = TypeVar("T")


# ------------------------------------------------------------------------------------------ errors


class RequestError(GovkgError):
    """A request the server refuses; ``status`` is the HTTP status code it is answered with."""

    def __init__(self, status: int, message: str, *, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status


def status_of(error: GovkgError) -> int:
    """The HTTP status for a govkg error: the request's own, 404 for an unknown name, 400 for a bad query."""
    if isinstance(error, RequestError):
        return error.status
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, QueryError | InputError):
        return 400
    return 500


class _Abandoned(Exception):
    """Raised inside a worker whose request stopped waiting (nobody will read the result)."""


# ----------------------------------------------------------------------------------- negotiation

Kind = Literal["results", "graph"]


@dataclass(frozen=True)
class Format:
    """One serialisation: the media type answered, pyoxigraph's format, and the names it is asked by."""

    media_type: str
    fmt: ox.QueryResultsFormat | ox.RdfFormat
    aliases: tuple[str, ...]

    @property
    def content_type(self) -> str:
        text = self.media_type.startswith("text/") or self.media_type == "application/n-triples"
        return self.media_type + ("; charset=utf-8" if text else "")


_R, _G = ox.QueryResultsFormat, ox.RdfFormat
# First entry of each table is the default. Aliases cover what SPARQLWrapper, YASGUI and curl send
# (as Accept types or as the non-standard ``format=`` parameter).
FORMATS: dict[Kind, tuple[Format, ...]] = {
    "results": (
        Format("application/sparql-results+json", _R.JSON,
               ("json", "application/json", "text/javascript", "application/javascript")),
        Format("application/sparql-results+xml", _R.XML, ("xml", "application/xml", "text/xml")),
        Format("text/csv", _R.CSV, ("csv",)),
        Format("text/tab-separated-values", _R.TSV, ("tsv",)),
    ),
    "graph": (
        Format("text/turtle", _G.TURTLE, ("turtle", "ttl", "n3", "application/turtle", "application/x-turtle",
                                          "text/n3", "text/rdf+n3", "application/n3")),
        Format("application/n-triples", _G.N_TRIPLES, ("nt", "ntriples", "n-triples", "text/plain")),
        Format("application/ld+json", _G.JSON_LD, ("jsonld", "json-ld", "json", "application/json",
                                                   "application/x-json+ld")),
        Format("application/rdf+xml", _G.RDF_XML, ("rdf", "rdfxml", "rdf+xml", "xml", "application/xml",
                                                   "text/xml")),
    ),
}


def _accepted(accept: str) -> list[str]:
    """Media ranges of an Accept header, best first (q-value, then order); q=0 ranges dropped."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return [media for _, _, media in sorted(ranked)]


def negotiate(kind: Kind, accept: str | None, asked: Sequence[str] = ()) -> Format:
    """The format for a result: the first usable ``format=`` value, else the best Accept match.

    >>> negotiate("results", "text/csv;q=0.5, application/sparql-results+xml").media_type
    'application/sparql-results+xml'
    >>> negotiate("graph", None, ["json"]).media_type
    'application/ld+json'
    """
    table = FORMATS[kind]
    lookup = {name: f for f in table for name in (f.media_type, *f.aliases)}
    names = ", ".join(f.media_type for f in table)
    if asked:
        for value in asked:
            if value.strip().lower() in lookup:
                return lookup[value.strip().lower()]
        raise RequestError(406, f"format={asked[0]} cannot express {'a graph' if kind == 'graph' else 'results'}",
                           hint=f"use one of {names}, or leave format out and send an Accept header")
    if not accept or not accept.strip():
        return table[0]
    for media in _accepted(accept):
        if media == "*/*":
            return table[0]
        if media.endswith("/*"):
            family = next((f for f in table if f.media_type.startswith(media[:-1])), None)
            if family is not None:
                return family
        elif media in lookup:
            return lookup[media]
    raise RequestError(406, f"none of the accepted types ({accept}) can express "
                            f"{'a graph' if kind == 'graph' else 'query results'}",
                       hint=f"accept one of {names}")


# ------------------------------------------------------------------------------------ query form

# Strings, IRIs and comments go first so a keyword inside them is not taken for the query form.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*",
    re.DOTALL,
)
_FORM = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*)*([A-Za-z]+)", re.IGNORECASE)
UPDATE_FORMS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


def query_form(text: str) -> str:
    """The first keyword after the prologue, upper-cased: SELECT, CONSTRUCT, …, or INSERT, DELETE, ….

    >>> query_form('PREFIX x: <http://e/#> # SELECT\\nINSERT DATA { x:a x:b "SELECT" }')
    'INSERT'
    >>> query_form("select * {}")
    'SELECT'
    """
    m = _FORM.match(_OPAQUE.sub(" ", text))
    return m.group(1).upper() if m else ""


# ------------------------------------------------------------------------------------ evaluation


@dataclass(frozen=True)
class Payload:
    """A finished answer: the bytes and their content type."""

    body: bytes
    content_type: str


def _take(items: Iterable[T], limit: int, cancel: threading.Event, what: str) -> list[T]:
    out: list[T] = []
    for item in items:
        if cancel.is_set():  # the request gave up: stop pulling rows (the one cancellation point)
            raise _Abandoned
        if len(out) == limit:
            raise RequestError(
                413, f"the result has more than {limit} {what}",
                hint=f"add LIMIT {limit} (and OFFSET to page) to the query, or start the server with a larger "
                     "--max-results",
            )
        out.append(item)
    return out


def _solutions_bytes(variables: Sequence[ox.Variable], rows: Sequence[ox.QuerySolution],
                     fmt: ox.QueryResultsFormat) -> bytes:
    # pyoxigraph serialises a whole QuerySolutions but cannot build one from rows we have already
    # counted; SPARQL TSV writes terms exactly as str() does, so rows -> TSV -> pyoxigraph parser
    # gives a faithful QuerySolutions that its own serialisers then write in any format (TSV too: it
    # writes numbers in their short form, which the answer should match).
    lines = ["\t".join(f"?{v.value}" for v in variables)]
    lines += ["\t".join("" if (term := row[v]) is None else str(term) for v in variables) for row in rows]
    tsv = "\n".join(lines) + "\n"
    parsed = ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV)
    assert isinstance(parsed, ox.QuerySolutions)
    return parsed.serialize(format=fmt) or b""


def evaluate(store: Store, text: str, accept: str | None, asked: Sequence[str], max_results: int,
             cancel: threading.Event | None = None) -> Payload:
    """Run one SPARQL query and serialise its answer as negotiated, refusing more than ``max_results`` rows.

    Blocking: call it in a worker thread. Raises QueryError (bad query), RequestError (406, 413).
    """
    cancel = cancel or threading.Event()
    result = store.query(text)
    if isinstance(result, ox.QueryBoolean):
        f = negotiate("results", accept, asked)
        assert isinstance(f.fmt, ox.QueryResultsFormat)
        return Payload(result.serialize(format=f.fmt) or b"", f.content_type)
    if isinstance(result, ox.QuerySolutions):
        f = negotiate("results", accept, asked)  # before the rows: a 406 should not cost a full evaluation
        assert isinstance(f.fmt, ox.QueryResultsFormat)
        variables = result.variables
        rows = _take(result, max_results, cancel, "rows")
        return Payload(_solutions_bytes(variables, rows, f.fmt), f.content_type)
    f = negotiate("graph", accept, asked)
    assert isinstance(f.fmt, ox.RdfFormat)
    triples = _take(result, max_results, cancel, "triples")
    prefixes = PREFIXES if f.fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return Payload(ox.serialize(triples, format=f.fmt, prefixes=prefixes) or b"", f.content_type)


# ---------------------------------------------------------------------------------------- runner


class Runner:
    """Runs blocking work in daemon threads, at most ``slots`` at once, for at most ``timeout_s`` each.

    Daemon threads (not an executor) because a worker left running by a timed-out query must not
    keep the process from exiting. A slot is freed only when the worker really ends, so abandoned
    long queries count against ``slots``.
    """

    def __init__(self, timeout_s: float, slots: int) -> None:
        self.timeout_s = timeout_s
        self.slots = slots
        self._free = asyncio.Semaphore(slots)
        self._lock = threading.Lock()
        self._running = 0

    @property
    def running(self) -> int:
        """Worker threads alive now (including ones whose request already timed out)."""
        return self._running

    async def run(self, work: Callable[[threading.Event], T], what: str = "the query") -> T:
        """``work(cancel)`` in a worker; RequestError 503 when no slot frees up or it does not finish in time."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.timeout_s
        try:
            # asyncio.timeout, not wait_for: 3.11's wait_for can lose a permit that was just acquired
            async with asyncio.timeout(self.timeout_s):
                await self._free.acquire()
        except TimeoutError:
            raise RequestError(
                503, f"the server is busy: {self.slots} queries are still running after {self.timeout_s:g} s",
                hint="try again later (a query that timed out keeps its worker until it ends)",
            ) from None
        cancel = threading.Event()
        done: asyncio.Future[T] = loop.create_future()

        def settle(ok: bool, value: Any) -> None:  # on the event loop
            self._free.release()
            if not done.done():
                if ok:
                    done.set_result(value)
                else:
                    done.set_exception(value)

        def target() -> None:
            with self._lock:
                self._running += 1
            ok, value = False, cast(Any, None)
            try:
                value, ok = work(cancel), True
            except BaseException as error:  # handed over to the waiting request
                # The traceback's frames hold the query's result iterator, which pyoxigraph allows to
                # be dropped only on the thread that made it: clear their locals here.
                traceback.clear_frames(error.__traceback__)
                value = error
            finally:
                with self._lock:
                    self._running -= 1
                try:
                    loop.call_soon_threadsafe(settle, ok, value)
                except RuntimeError:  # the loop is closed: the server stopped, nobody waits
                    pass

        threading.Thread(target=target, name="kg-serve-worker", daemon=True).start()
        try:
            return await asyncio.wait_for(asyncio.shield(done), max(deadline - loop.time(), 0))
        except TimeoutError:
            raise RequestError(
                503, f"{what} did not finish within {self.timeout_s:g} s",
                hint="narrow it (more specific patterns, LIMIT, fewer OPTIONALs), or start the server with a "
                     "longer --timeout",
            ) from None
        finally:
            if not done.done():  # timed out or the client went away: tell the worker, drop the result
                cancel.set()
                done.cancel()


@dataclass(frozen=True)
class Limits:
    """What one request may cost (see the module docstring)."""

    timeout_s: float = 10.0
    max_results: int = 10_000
    max_body: int = 1_000_000
    max_running: int = 4

    def __post_init__(self) -> None:
        if self.timeout_s <= 0 or self.max_results < 1 or self.max_body < 1 or self.max_running < 1:
            raise InputError(f"limits must be positive: {self}", hint="give a timeout > 0 and counts >= 1")
