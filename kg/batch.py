"""Build many files into a store so that one bad file never loses the batch.

Serially, on local processes (``jobs``), or on any ``concurrent.futures`` executor (a Dask
cluster: :mod:`kg.distributed`). Workers read, decode, extract and serialise (:func:`prepare`, no
store involved); the calling process is the only writer, because the embedded store allows one.
Memory stays bounded whatever the corpus size: files are discovered lazily, at most ``window``
documents are in flight, and results are streamed, not collected. Each document's graph is written
in one transaction, so a build killed midway leaves a consistent store and a rerun finishes the
rest (unchanged documents are skipped by content hash before extraction).

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     build_files(store, [])
[]
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Literal

import extract
from extract.pipeline import VERSION as EXTRACTOR_VERSION
from extract.records import Document, Extraction
from kg.build import SourceMeta
from kg.errors import BuildError, GovkgError, InputError
from kg.ingest import SourceFile, read_document
from kg.store import DocGraph, DocState, GraphStore, is_current

Status = Literal["built", "unchanged", "skipped", "failed"]
STATUSES: tuple[Status, ...] = ("built", "unchanged", "skipped", "failed")

#: Documents are written a batch at a time (see Store.put_many): up to this many N-Quads bytes or documents.
#: Measured on the generated corpus: ~4 MB batches write fastest; a batch is also the unit a killed
#: build may lose (its documents are rebuilt by the rerun).
BATCH_BYTES = 16 * 2**20
BATCH_DOCS = 256

_PRISTINE = extract.extract  # a replaced extractor (tests, plugins) may carry another version


@dataclass(frozen=True)
class FileResult:
    """What happened to one file: ``error`` is set when it failed, ``warnings`` come from the extractor.

    ``chars`` is the length of the decoded text (0 when the file was not read).
    """

    source: SourceFile
    status: Status
    error: GovkgError | None = None
    warnings: tuple[str, ...] = ()
    chars: int = 0


@dataclass(frozen=True)
class Task:
    """One file to prepare. ``stored`` is what the store holds for its id, so the worker can skip an
    unchanged text without extracting it; ``data`` carries the bytes to a worker that cannot read the
    path (another machine)."""

    source: SourceFile
    stored: DocState = (None, None)
    force: bool = False
    data: bytes | None = None


@dataclass(frozen=True)
class Prepared:
    """A worker's answer: the document's graph to write (status ``built``), or why there is none."""

    source: SourceFile
    status: Status
    graph: DocGraph | None = None
    error: GovkgError | None = None
    warnings: tuple[str, ...] = ()
    chars: int = 0

    def result(self) -> FileResult:
        return FileResult(self.source, self.status, self.error, self.warnings, self.chars)


def _extract(doc: Document) -> Extraction:
    return extract.extract(doc)  # looked up per call, so a replaced extractor is used


def prepare(task: Task, extractor: Callable[[Document], Extraction] = _extract) -> Prepared:
    """Read, decode, extract and serialise one file. Pure apart from reading the file; never raises.

    >>> from pathlib import Path
    >>> p = prepare(Task(SourceFile(Path("a.txt"), "a"), data="永靖县三塬镇由州公安局包点督办。".encode()))
    >>> p.status, p.graph is not None and p.graph.doc_id
    ('built', 'a')
    """
    source = task.source
    try:
        doc = read_document(source.path, source.doc_id, data=task.data)
        if doc is None:
            return Prepared(source, "skipped")
        meta = SourceMeta.of(doc)
        chars = len(doc.text)
        # the cheap check first: an unchanged text is not even extracted (what makes reruns fast)
        if not task.force and extract.extract is _PRISTINE and extractor is _extract \
                and is_current(task.stored, meta.content_hash, EXTRACTOR_VERSION):
            return Prepared(source, "unchanged", chars=chars)
        try:
            extraction = extractor(doc)
        except Exception as err:  # an extractor crash on one file must not lose the batch
            raise BuildError(
                f"{source.path}: the extractor failed ({type(err).__name__}: {err})",
                hint="this is a bug in the extractor; please report it with the file",
            ) from err
        if not task.force and is_current(task.stored, meta.content_hash, extraction.extractor_version):
            return Prepared(source, "unchanged", warnings=extraction.warnings, chars=chars)
        return Prepared(source, "built", DocGraph.of(extraction, meta), warnings=extraction.warnings, chars=chars)
    except GovkgError as err:
        return Prepared(source, "failed", error=err)


def commit(store: GraphStore, prepared: Prepared) -> FileResult:
    """Write a prepared document (the writer's half of a build); a store error fails only this file."""
    if prepared.graph is not None:
        try:
            store.put(prepared.graph)
        except GovkgError as err:
            return FileResult(prepared.source, "failed", err, prepared.warnings, prepared.chars)
    return prepared.result()


def commit_many(store: GraphStore, batch: Sequence[Prepared]) -> list[FileResult]:
    """Write a batch of prepared documents in one :meth:`GraphStore.put_many` (faster than one by one)."""
    errors = iter(store.put_many([p.graph for p in batch if p.graph is not None]))
    results = []
    for p in batch:
        error = next(errors) if p.graph is not None else None
        results.append(FileResult(p.source, "failed", error, p.warnings, p.chars) if error else p.result())
    return results


def _batched(store: GraphStore, prepared: Iterable[Prepared], most: int) -> Iterator[FileResult]:
    """Write ``prepared`` a batch at a time on one writer thread, while the next batch is prepared.

    The store releases the GIL while it writes, so extraction (here or in workers) and writing
    overlap; at most one batch waits to be written.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="govkg-writer") as writer:
        pending: Future[list[FileResult]] | None = None
        for batch in _batches(prepared, most):
            if pending is not None:
                yield from pending.result()
            pending = writer.submit(commit_many, store, batch)
        if pending is not None:
            yield from pending.result()


def _batches(prepared: Iterable[Prepared], most: int) -> Iterator[list[Prepared]]:
    batch: list[Prepared] = []
    size = 0
    for p in prepared:
        batch.append(p)
        size += len(p.graph.nquads) if p.graph is not None else 0
        if size >= BATCH_BYTES or len(batch) >= most:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def build_file(store: GraphStore, source: SourceFile, *, force: bool = False,
               extractor: Callable[[Document], Extraction] = _extract) -> FileResult:
    """Read, extract and add one file; errors are returned in the result, not raised."""
    return commit(store, prepare(Task(source, store.state(source.doc_id), force), extractor))


def build_stream(store: GraphStore, sources: Iterable[SourceFile], *, force: bool = False, jobs: int = 1,
                 executor: Executor | None = None, window: int | None = None,
                 ship_bytes: bool = False, batch: int = BATCH_DOCS) -> Iterator[FileResult]:
    """Build every file into ``store``, yielding each file's result as it lands (in completion order).

    ``jobs`` > 1 runs :func:`prepare` on that many local processes; ``executor`` runs it on the
    given executor instead (e.g. a Dask client's, see :mod:`kg.distributed`). At most ``window``
    documents (default ``4 * jobs``) are in flight, so memory does not grow with the corpus.
    ``ship_bytes`` reads each file here and sends its bytes along (for workers on other machines).
    Prepared documents are written ``batch`` at a time (at most :data:`BATCH_BYTES` of N-Quads), so
    results come in steps of a batch.
    Raises BuildError when a worker process dies; what was written until then stays.
    """
    tasks = (_task(store, s, force, ship_bytes) for s in sources)
    if executor is None and jobs <= 1:
        yield from _batched(store, (t if isinstance(t, Prepared) else prepare(t) for t in tasks), batch)
        return
    own = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"),
                                           initializer=_local_worker, initargs=(os.getpid(),))
    try:
        yield from _batched(store, _pipelined(pool, tasks, window or 4 * max(1, jobs)), batch)
    finally:
        if own:
            pool.shutdown(wait=True, cancel_futures=True)


def _task(store: GraphStore, source: SourceFile, force: bool, ship_bytes: bool) -> Task | Prepared:
    data = None
    if ship_bytes:
        try:
            data = source.path.read_bytes()
        except OSError as err:
            error = InputError(f"{source.path}: cannot read ({err.strerror})", hint="check the path and permissions")
            return Prepared(source, "failed", error=error)
    return Task(source, store.state(source.doc_id), force, data)


def _pipelined(pool: Executor, tasks: Iterator[Task | Prepared], window: int) -> Iterator[Prepared]:
    pending: dict[Future[Prepared], SourceFile] = {}
    try:
        for task in tasks:
            if isinstance(task, Prepared):  # failed before it could be sent
                yield task
                continue
            pending[pool.submit(prepare, task)] = task.source
            while len(pending) >= window:
                yield from _collect(pending)
        while pending:
            yield from _collect(pending)
    finally:
        for future in pending:
            future.cancel()


def _collect(pending: dict[Future[Prepared], SourceFile]) -> Iterator[Prepared]:
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in done:
        source = pending.pop(future)
        try:
            yield future.result()
        except BrokenProcessPool as err:
            raise BuildError(
                f"a build worker process died while working on {source.path} ({err})",
                hint="the documents written so far are kept; rerun the same command to finish "
                "(with fewer --jobs if memory ran out)",
            ) from err
        except Exception as err:
            error = BuildError(f"{source.path}: the build worker failed ({type(err).__name__}: {err})",
                               hint="check the worker's logs; rerun to retry the file")
            yield Prepared(source, "failed", error=error)


def _local_worker(parent: int) -> None:
    """Start a local worker process: load the extractor, and exit when the building process is gone.

    A killed build (SIGKILL) cannot shut its pool down, and the workers, blocked on a queue whose
    other end they hold themselves, would wait forever: they watch their parent instead.
    """
    warm_up()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def warm_up() -> None:
    """Load the extractor's gazetteer and segmenter once per worker, before the first file."""
    extract.extract(Document("warm-up", "某县某镇。"))


def build_files(store: GraphStore, sources: Iterable[SourceFile], *, force: bool = False,
                on_file: Callable[[FileResult], None] | None = None, jobs: int = 1,
                executor: Executor | None = None) -> list[FileResult]:
    """Build every file into ``store``; ``on_file`` is called after each (for progress and messages).

    Collects the results: for corpora of any size iterate :func:`build_stream` instead.
    """
    results = []
    for result in build_stream(store, sources, force=force, jobs=jobs, executor=executor):
        if on_file is not None:
            on_file(result)
        results.append(result)
    return results


def summary(results: Iterable[FileResult] | Counter[str]) -> str:
    """``"3 built, 1 unchanged, 1 failed"``: the counts that are not zero (``built`` always).

    Takes the results, or a Counter of their statuses (what a streaming build keeps).

    >>> summary([])
    '0 built'
    >>> summary(Counter(built=2, failed=1))
    '2 built, 1 failed'
    """
    counts = results if isinstance(results, Counter) else Counter(r.status for r in results)
    return ", ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s] or s == "built")
