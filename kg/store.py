"""The embedded, persistent graph store: one pyoxigraph (RocksDB) database, one named graph per document.

Queries see the union of all named graphs. ``add`` replaces a document's graph in one
transaction (a reader, or a build killed midway, sees the old graph or the new one, never a mix),
and does nothing when the document's content hash and extractor version are unchanged.
Builds hand the writer :class:`DocGraph` objects (a document's graph as N-Quads bytes, made in a
worker) a batch at a time (:meth:`Store.put_many`: new documents through the bulk loader, their
content hashes last). :class:`GraphStore` is what both this store and
``kg.remote.RemoteStore`` (any SPARQL 1.1 server) offer.

>>> from extract.records import Document, Extraction
>>> with Store.open(None) as store:            # None: in memory; a path: on disk
...     store.add(Extraction(Document("d", "文本")))
...     store.add(Extraction(Document("d", "文本")))
...     store.doc_ids()
True
False
['d']
"""

from __future__ import annotations

import gc
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

import pyoxigraph as ox

import kg.iri
from extract.records import Extraction
from kg.build import SourceMeta, nquads
from kg.errors import InputError, QueryError, StoreError
from kg.vocab import GOV, PREFIXES

if TYPE_CHECKING:
    import rdflib

#: Where commands keep their store when no ``--store`` is given (relative to the working directory).
DEFAULT_PATH = Path(".govkg/store")

Term = ox.NamedNode | ox.BlankNode | ox.Literal
BindingValue = Term | str | int | float | bool
QueryResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples

#: file extension -> (format, keeps named graphs)
EXPORT_FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    ".ttl": (ox.RdfFormat.TURTLE, False),
    ".nt": (ox.RdfFormat.N_TRIPLES, False),
    ".jsonld": (ox.RdfFormat.JSON_LD, False),
    ".trig": (ox.RdfFormat.TRIG, True),
    ".nq": (ox.RdfFormat.N_QUADS, True),
}

_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
#: flush the on-disk store's memtables after this much written data (keeps a long build's memory flat)
FLUSH_EVERY_BYTES = 16 * 2**20


def export_format(path: str | Path) -> tuple[ox.RdfFormat, bool]:
    """The RDF format for an export path, from its extension; InputError when unsupported.

    >>> export_format("out.ttl")[0].name
    'Turtle'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_FORMATS:
        raise InputError(
            f"{path}: cannot tell the export format from {suffix or 'a missing extension'!r}",
            hint=f"use one of {' '.join(EXPORT_FORMATS)}",
        )
    return EXPORT_FORMATS[suffix]


def as_term(value: BindingValue) -> Term:
    """A pyoxigraph term for a Python value (str -> xsd:string literal, int -> xsd:integer, …).

    >>> as_term(3)
    <Literal value=3 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
    """
    if isinstance(value, ox.NamedNode | ox.BlankNode | ox.Literal):
        return value
    if isinstance(value, bool | int | float | str):
        return ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__} as an RDF term", hint="pass str, int or a term")


def term_value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | ox.DefaultGraph) -> str:
    """The lexical value of a term (IRI, blank node id or literal text); N-Triples text for a triple."""
    return str(term) if isinstance(term, ox.Triple | ox.DefaultGraph) else term.value


def _is_lock_error(err: OSError) -> bool:
    return "lock" in str(err).lower()


def _write_error(doc_id: str, err: Exception) -> StoreError:
    return StoreError(f"cannot write document {doc_id!r} to the store: {err}",
                      hint="check the disk has space; the document's old graph, if any, is intact")


@dataclass(frozen=True)
class DocGraph:
    """One document's named graph, ready to write: what a build worker hands to the one writer.

    ``nquads`` holds the graph's quads (N-Quads, UTF-8, kg.build.nquads): compact to pickle across
    processes and machines.

    >>> from extract.records import Document
    >>> g = DocGraph.of(Extraction(Document("d", "文本")))
    >>> g.doc_id, g.graph.value.endswith("/source/d"), len(g.ntriples().splitlines()) > 3
    ('d', True, True)
    """

    doc_id: str
    content_hash: str
    extractor_version: str
    nquads: bytes

    @classmethod
    def of(cls, extraction: Extraction, source_meta: SourceMeta | None = None) -> DocGraph:
        """The graph of an extraction (kg.build.nquads)."""
        meta = source_meta or SourceMeta.of(extraction.document)
        return cls(extraction.document.id, meta.content_hash, extraction.extractor_version, nquads(extraction, meta))

    @property
    def graph(self) -> ox.NamedNode:
        """The named graph's IRI (the document's gov:SourceText)."""
        return kg.iri.source(self.doc_id)

    def ntriples(self) -> bytes:
        """The graph's triples (N-Triples): the body of a Graph Store Protocol PUT.

        Every line ends with the one graph name; N-Quads escapes newlines inside literals, so
        ``" <graph> .\\n"`` can only be a line's end.
        """
        return self.nquads.replace(f" {self.graph} .\n".encode(), b" .\n")

    def markers(self) -> bytes:
        """The quads that say the graph is complete: its content hash and extractor version."""
        return self._marker(GOV.contentHash, self.content_hash) + self._marker(GOV.extractorVersion,
                                                                                 self.extractor_version)

    def body(self) -> bytes:
        """Every quad but :meth:`markers`."""
        return self.nquads.replace(self._marker(GOV.contentHash, self.content_hash), b"").replace(
            self._marker(GOV.extractorVersion, self.extractor_version), b"")

    def _marker(self, prop: ox.NamedNode, value: str) -> bytes:
        return f"{self.graph} {prop} {ox.Literal(value)} {self.graph} .\n".encode()


#: (content hash, extractor version) of a stored document; (None, None) when it is not stored.
DocState = tuple[str | None, str | None]


class GraphStore(Protocol):
    """What the build, the CLI and kg.query need of a store: the embedded one or a SPARQL server."""

    @property
    def location(self) -> str: ...
    def __len__(self) -> int: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None: ...
    def state(self, doc_id: str) -> DocState: ...
    def put(self, graph: DocGraph) -> None: ...
    def put_many(self, graphs: Sequence[DocGraph]) -> list[StoreError | None]: ...
    def add(self, extraction: Extraction, source_meta: SourceMeta | None = None, *, force: bool = False) -> bool: ...
    def remove(self, doc_id: str) -> bool: ...
    def doc_ids(self) -> list[str]: ...
    def export(self, path: str | Path) -> Path: ...
    def query(self, sparql: str, bindings: Mapping[str, BindingValue] | None = None) -> QueryResult: ...


def is_current(state: DocState, graph_hash: str, extractor_version: str) -> bool:
    """Whether a stored document (``state``) came from the same text and extractor.

    >>> is_current(("sha256:1", "0.1.0"), "sha256:1", "0.1.0"), is_current((None, None), "sha256:1", "0.1.0")
    (True, False)
    """
    return state == (graph_hash, extractor_version)


class Store:
    """A govkg graph store. Open with :meth:`open`; use as a context manager or call :meth:`close`."""

    def __init__(self, inner: ox.Store, path: Path | None, *, read_only: bool = False) -> None:
        self._inner: ox.Store | None = inner
        self.path = path
        self.read_only = read_only
        self._unflushed = 0  # N-Quads bytes written since the last flush

    # ------------------------------------------------------------------------------ open / close
    @classmethod
    def open(cls, path: str | Path | None = DEFAULT_PATH, *, read_only: bool = False) -> Store:
        """Open (creating if needed) the store at ``path``; ``None`` gives a fresh in-memory store.

        ``read_only=True`` needs an existing store and works while another process writes to it.
        Raises StoreError when the store is locked by another process or ``path`` is not a store.
        """
        if path is None:
            return cls(ox.Store(), None)
        p = Path(path)
        if p.exists() and not p.is_dir():
            raise StoreError(f"{p} is a file, not a store", hint="pass a folder path to --store")
        looks_like_store = (p / "CURRENT").is_file()
        if p.is_dir() and any(p.iterdir()) and not looks_like_store:
            raise StoreError(
                f"{p} is a folder with other files in it, not a govkg store",
                hint="pass an empty or new folder to --store (the default is .govkg/store)",
            )
        if read_only and not looks_like_store:
            raise StoreError(f"there is no store at {p}", hint="build one first: kg build PATH... --store " + str(p))
        try:
            if read_only:
                inner = ox.Store.read_only(str(p))
            else:
                p.mkdir(parents=True, exist_ok=True)
                inner = ox.Store(str(p))
        except OSError as err:
            if _is_lock_error(err):
                raise StoreError(
                    f"the store at {p} is in use by another process",
                    hint="wait for the other kg command to finish, or use another --store",
                ) from err
            raise StoreError(f"cannot open the store at {p}: {err}", hint="check the path and permissions") from err
        return cls(inner, p, read_only=read_only)

    def close(self) -> None:
        """Flush and release the store (and its lock). Safe to call twice."""
        if self._inner is None:
            return
        if not self.read_only and self.path is not None:
            self._inner.flush()
        self._inner = None
        gc.collect()  # pyoxigraph releases the RocksDB lock when the last reference goes

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def inner(self) -> ox.Store:
        """The underlying pyoxigraph store (for what this class does not wrap)."""
        if self._inner is None:
            raise StoreError("the store is closed", hint="open it again with Store.open(...)")
        return self._inner

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"the store at {self.path} was opened read-only", hint="open it without read_only")
        return self.inner

    def __len__(self) -> int:
        """Number of quads in all graphs."""
        return len(self.inner)

    def __repr__(self) -> str:
        return f"Store({self.location}, {'closed' if self._inner is None else len(self)} quads)"

    @property
    def location(self) -> str:
        """Where the store lives, for messages: its folder, or ``memory``."""
        return str(self.path) if self.path is not None else "memory"

    # ----------------------------------------------------------------------------------- content
    def _value(self, subject: ox.NamedNode, predicate: ox.NamedNode) -> str | None:
        for q in self.inner.quads_for_pattern(subject, predicate, None, subject):
            return term_value(q.object)
        return None

    def state(self, doc_id: str) -> DocState:
        """(content hash, extractor version) of the stored document, (None, None) when absent.

        Both are written in the same transaction as the rest of the document's graph, so a
        hash present means the whole graph is there: this is what lets a killed build resume.
        """
        graph = kg.iri.source(doc_id)
        return self._value(graph, GOV.contentHash), self._value(graph, GOV.extractorVersion)

    def add(self, extraction: Extraction, source_meta: SourceMeta | None = None, *, force: bool = False) -> bool:
        """Put a document's extraction into its named graph, replacing what was there.

        Returns False, changing nothing, when the stored graph came from the same text (content
        hash) and the same extractor version, unless ``force``.
        """
        self._writable()
        meta = source_meta or SourceMeta.of(extraction.document)
        if not force and is_current(self.state(extraction.document.id), meta.content_hash,
                                    extraction.extractor_version):
            return False
        self.put(DocGraph.of(extraction, meta))  # built first: a BuildError leaves the old graph in place
        return True

    def put(self, graph: DocGraph) -> None:
        """Replace the document's named graph with ``graph``, in ONE transaction.

        Replacing needs the removal and the insertion in the same transaction, which only a SPARQL
        update gives (``remove_graph`` then ``load`` would be two): a process killed between them
        would leave the document missing. A new graph is one transactional load.
        """
        store = self._writable()
        name = graph.graph
        try:
            self._count(len(graph.nquads))
            if self._holds(name):
                body = graph.ntriples().decode("utf-8")
                store.update(f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}}} }}")
            else:
                store.load(graph.nquads, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError) as err:
            raise _write_error(graph.doc_id, err) from err

    def put_many(self, graphs: Sequence[DocGraph]) -> list[StoreError | None]:
        """Write several documents' graphs: what a corpus build calls, a batch at a time.

        Returns one entry per graph: None when written, else the StoreError that kept it out.
        Documents new to the store go in through RocksDB's bulk loader (three times faster than
        transactions), their content hashes last, in one transaction of their own: a build killed
        during the bulk load leaves some new documents partly written but without their hash, so a
        rerun rebuilds them, replacing the part (:meth:`put` on a graph that holds anything). A
        reader during such a build may see a new document partly; a replaced one never.
        """
        store = self._writable()
        out: list[StoreError | None] = [None] * len(graphs)
        fresh: dict[str, int] = {}  # doc id -> index in graphs
        for i, graph in enumerate(graphs):
            if graph.doc_id in fresh or self._holds(graph.graph):
                continue  # replaced one by one, after the new ones
            fresh[graph.doc_id] = i
        if fresh:
            try:
                store.bulk_load(b"".join(graphs[i].body() for i in fresh.values()), format=ox.RdfFormat.N_QUADS)
                store.load(b"".join(graphs[i].markers() for i in fresh.values()), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError) as err:
                for doc_id, i in fresh.items():
                    out[i] = _write_error(doc_id, err)
        for i, graph in enumerate(graphs):
            if fresh.get(graph.doc_id) != i:
                try:
                    self.put(graph)
                except StoreError as err:
                    out[i] = err
        return out

    def _holds(self, graph: ox.NamedNode) -> bool:
        """Whether any quad is in ``graph`` (also the leftovers of a killed bulk load)."""
        return next(iter(self.inner.quads_for_pattern(None, None, None, graph)), None) is not None

    def _count(self, written: int) -> None:
        self._unflushed += written
        if self._unflushed > FLUSH_EVERY_BYTES and self.path is not None:
            # RocksDB keeps every transactional write in memtables until they are flushed: without
            # this a long build's memory grows with the corpus (hundreds of MB per thousand documents)
            self.inner.flush()
            self._unflushed = 0

    def remove(self, doc_id: str) -> bool:
        """Drop a document's named graph. Returns False when it was not there."""
        store = self._writable()
        graph = kg.iri.source(doc_id)
        if not store.contains_named_graph(graph):
            return False
        store.remove_graph(graph)
        return True

    def doc_ids(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        ids = {term_value(q.object) for q in self.inner.quads_for_pattern(None, GOV.docId, None)}
        return sorted(ids)

    # ------------------------------------------------------------------------------------ output
    def export(self, path: str | Path) -> Path:
        """Write the graph to ``path``; the format comes from the extension.

        ``.ttl``, ``.nt`` and ``.jsonld`` hold the union of all documents' graphs; ``.trig`` and
        ``.nq`` keep one named graph per document.
        """
        fmt, keeps_graphs = export_format(path)
        p = Path(path)
        p.parent.mkdir(parents=True, exist_ok=True)
        prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        try:
            if keeps_graphs:
                self.inner.dump(str(p), fmt, prefixes=prefixes)
            else:
                ox.serialize(self._union(), str(p), fmt, prefixes=prefixes)
        except OSError as err:
            raise StoreError(f"cannot write {p}: {err}", hint="check the folder exists and is writable") from err
        return p

    def _union(self) -> ox.QueryTriples:
        triples = self.inner.query(_UNION, use_default_graph_as_union=True)
        assert isinstance(triples, ox.QueryTriples)  # a CONSTRUCT always gives triples
        return triples

    def to_rdflib(self) -> rdflib.Graph:
        """The union graph as an rdflib Graph (for pySHACL and other rdflib tools)."""
        import rdflib

        data = io.BytesIO()
        ox.serialize(self._union(), data, ox.RdfFormat.N_TRIPLES)
        graph = rdflib.Graph()
        for prefix, base in PREFIXES.items():
            graph.bind(prefix, base)
        return graph.parse(data=data.getvalue().decode("utf-8"), format="nt")

    # ------------------------------------------------------------------------------------- query
    def query(self, sparql: str, bindings: Mapping[str, BindingValue] | None = None) -> QueryResult:
        """Run a SPARQL query over the union of all graphs; ``bindings`` fix variables to values.

        Values are substituted as RDF terms (SEP-0007), never pasted into the text, so they
        cannot change the query; a bound variable must be one the query selects. The govkg
        prefixes (gov:, org:, skos:, …) are predeclared.

        >>> with Store.open(None) as s:
        ...     [row["x"].value for row in s.query("SELECT ?x WHERE { FILTER(?x = 1) }", {"x": 1})]
        ['1']
        """
        subs: dict[ox.Variable, Any] = {
            ox.Variable(name.lstrip("?$")): as_term(value) for name, value in (bindings or {}).items()
        }
        try:
            return self.inner.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES, substitutions=subs)
        except SyntaxError as err:
            raise QueryError(f"SPARQL syntax error: {err}", hint="check the query text") from err
        except RuntimeError as err:  # pyoxigraph's complaint about a substitution
            raise QueryError(
                f"cannot bind the parameters: {err}",
                hint="a parameter must be a variable in the query's SELECT clause (SELECT * is not enough)",
            ) from err
        except OSError as err:
            raise StoreError(f"reading the store failed: {err}") from err
