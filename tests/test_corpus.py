"""Corpus scale: one node per unit across documents, replacement, removal, idempotent and resumable
builds, lazy discovery, bounded in-flight work, kg explain and kg remove.

Generated texts come from benchmarks/corpus_gen.py (gazetteer names, report wording).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
import typer
from typer.testing import CliRunner

import kg.iri
from benchmarks.corpus_gen import build_world, write_doc
from extract.records import Extraction
from kg import cli_corpus
from kg.batch import build_stream
from kg.explain import explain
from kg.ingest import discover, iter_sources
from kg.store import Store
from tests.conftest import REPO

QuadSet = set[tuple[str, str, str, str]]


# ------------------------------------------------------------------------------------------ helpers


def generated(folder: Path, n: int, *, join: int = 1, seed: int = 7) -> Path:
    """``n`` generated report files (each ``join`` generated documents long) in ``folder``."""
    import random

    folder.mkdir(parents=True, exist_ok=True)
    world = build_world()
    for i in range(n):
        parts = [write_doc(random.Random(f"{seed}:{i}:{j}"), world, i)[1] for j in range(join)]
        (folder / f"r{i:03d}.txt").write_text("\n".join(parts), encoding="utf-8")
    return folder


def quad_set(store: Any) -> QuadSet:
    """Every quad of an embedded store (or of a RemoteStore's snapshot), as comparable strings."""
    inner = store.inner if isinstance(store, Store) else store.snapshot().inner
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in inner}


def by_graph(quads: QuadSet) -> dict[str, QuadSet]:
    out: dict[str, QuadSet] = defaultdict(set)
    for q in quads:
        out[q[3]].add(q)
    return out


def build_folder(store: Store, folder: Path, **kwargs: Any) -> list[str]:
    return [r.status for r in build_stream(store, iter_sources([folder]), **kwargs)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated(tmp_path_factory.mktemp("gen") / "docs", 6)


@pytest.fixture(scope="module")
def reference(corpus: Path) -> QuadSet:
    """The quads of a clean serial build of ``corpus``."""
    with Store.open(None) as store:
        assert build_folder(store, corpus) == ["built"] * 6
        return quad_set(store)


# ------------------------------------------------------------------------------ replace and remove


def test_changed_document_replaces_exactly_its_facts(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    mem_store.add(make_tiny(doc_id="one"))
    mem_store.add(make_tiny(doc_id="two"))
    before = by_graph(quad_set(mem_store))
    old = make_tiny(doc_id="one")
    changed = dataclasses.replace(
        old, document=dataclasses.replace(old.document, text=old.document.text + "补充。", title="改"),
        relations=tuple(r for r in old.relations if r.type != "designates"))
    assert mem_store.add(changed)
    after = by_graph(quad_set(mem_store))
    two, one = kg.iri.source("two").value, kg.iri.source("one").value
    assert after[f"<{two}>"] == before[f"<{two}>"], "the other document is untouched"
    with Store.open(None) as fresh:
        fresh.add(changed)
        assert after[f"<{one}>"] == quad_set(fresh), "exactly the new facts, nothing left of the old"


def test_replacement_is_one_transaction(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    """Replacing a graph is a single SPARQL update (drop + insert), never remove_graph then load."""
    weird = 'q"uo\\te \\u0022 new\nline\t制表 \U0001F600'
    mem_store.add(make_tiny())
    calls: list[str] = []
    inner = mem_store.inner

    class Spy:
        def __getattr__(self, name: str) -> Any:
            calls.append(name)
            return getattr(inner, name)

    mem_store._inner = Spy()  # type: ignore[assignment]
    doc = make_tiny()
    changed = dataclasses.replace(doc, document=dataclasses.replace(doc.document, title=weird))
    assert mem_store.add(changed, force=True)  # same text, new title: forced
    mem_store._inner = inner
    writes = [c for c in calls if c in {"update", "load", "extend", "remove_graph", "clear_graph", "add", "remove"}]
    assert writes == ["update"]
    with Store.open(None) as fresh:
        fresh.add(changed)  # a new graph: the load path
        assert quad_set(fresh) == quad_set(mem_store), "both write paths give the same quads"
    titles = list(mem_store.query("SELECT ?t WHERE { ?s dcterms:title ?t }"))  # type: ignore[arg-type]
    assert weird in {row["t"].value for row in titles}  # type: ignore[index,union-attr]


def test_remove_drops_only_that_document(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    mem_store.add(make_tiny(doc_id="one"))
    alone = quad_set(mem_store)
    mem_store.add(make_tiny(doc_id="two"))
    assert mem_store.remove("two") is True
    assert quad_set(mem_store) == alone
    assert mem_store.remove("two") is False


def test_rebuild_is_idempotent(corpus: Path, reference: QuadSet) -> None:
    with Store.open(None) as store:
        build_folder(store, corpus)
        assert build_folder(store, corpus) == ["unchanged"] * 6
        assert quad_set(store) == reference
        assert build_folder(store, corpus, force=True) == ["built"] * 6
        assert quad_set(store) == reference


# ------------------------------------------------------------------------ discovery and streaming


def test_iter_sources_is_lazy_and_in_sorted_order(tmp_path: Path) -> None:
    for rel in ("a/x.txt", "a.txt", "a-b/y.md", "A/z.txt", "中文/报告.txt", "b/a.txt", "b/.h/x.txt", "b/c.png",
                "a/deep/er/w.html"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("正文。", encoding="utf-8")
    expected = sorted(f for f in tmp_path.rglob("*") if f.is_file() and f.suffix in (".txt", ".md", ".html")
                      and not any(p.startswith(".") for p in f.relative_to(tmp_path).parts))
    lazy = iter_sources([tmp_path])
    assert isinstance(lazy, Iterator)
    assert [s.path for s in lazy] == expected
    assert [s.doc_id for s in discover([tmp_path])] == ["z", "w", "x", "y", "a", "a-2", "报告"]


class CountingExecutor(Executor):
    """Threads, counting how many submitted tasks are unfinished at most."""

    def __init__(self) -> None:
        self.pool = ThreadPoolExecutor(2)
        self.pending = 0
        self.peak = 0

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.pending += 1
        self.peak = max(self.peak, self.pending)
        future = self.pool.submit(fn, *args, **kwargs)

        def done(_: Future[Any]) -> None:
            self.pending -= 1

        future.add_done_callback(done)
        return future


def test_in_flight_work_is_bounded(corpus: Path, reference: QuadSet) -> None:
    pulled = 0

    def sources() -> Iterator[Any]:
        nonlocal pulled
        for s in iter_sources([corpus]):
            pulled += 1
            yield s

    executor = CountingExecutor()
    with Store.open(None) as store:
        stream = build_stream(store, sources(), executor=executor, window=2, batch=1)
        first = next(stream)
        assert pulled <= 3, "files are read lazily: no more than the window (+1) before the first result"
        statuses = [first.status, *(r.status for r in stream)]
        assert statuses == ["built"] * 6
        assert quad_set(store) == reference
    assert executor.peak <= 2
    executor.pool.shutdown()


# ------------------------------------------------------------------------------- interrupted build


def _docs_in(store_path: Path) -> int:
    try:
        with Store.open(store_path, read_only=True) as store:
            return len(store.doc_ids())
    except Exception:  # the writer has not created it yet
        return 0


def test_killed_build_leaves_a_consistent_store_and_a_rerun_finishes(tmp_path: Path) -> None:
    """SIGKILL a ``kg build --jobs 2`` midway: finished documents are whole, its workers exit, and a
    rerun builds exactly the rest."""
    psutil = pytest.importorskip("psutil")
    # (300 files of three reports make several write batches of BATCH_BYTES: the kill comes after the
    # first lands, with most of the work still ahead even on a loaded machine)
    n = 300
    folder = generated(tmp_path / "docs", n, join=3)
    store = tmp_path / "store"
    kg_cmd = [sys.executable, "-c", "from kg.cli import app; app()", "build", str(folder), "--store", str(store),
              "--jobs", "2"]
    proc = subprocess.Popen(kg_cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                            cwd=REPO)
    try:
        deadline = time.monotonic() + 120
        while _docs_in(store) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        workers = psutil.Process(proc.pid).children(recursive=True)
        os.kill(proc.pid, signal.SIGKILL)  # the writer only: its workers must notice by themselves
        proc.wait()
        assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed: make it longer"
        _, alive = psutil.wait_procs(workers, timeout=10)
        assert not alive, f"worker processes outlived the killed build: {alive}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the build's own process group, should anything remain
    # the reference, built after the kill: built before, on a loaded machine it let the build finish first
    with Store.open(None) as clean:
        build_folder(clean, folder)
        want = by_graph(quad_set(clean))
    with Store.open(store) as db:
        partial = by_graph(quad_set(db))
        assert 3 <= len(partial) < n
        for graph, quads in partial.items():
            assert quads == want[graph], f"{graph} is half written"
        statuses = build_folder(db, folder)
        assert statuses.count("unchanged") == len(partial) and statuses.count("built") == n - len(partial)
        assert by_graph(quad_set(db)) == want, "nothing lost, nothing twice"


# ------------------------------------------------------------------------------ one node per unit


def test_one_node_per_unit_across_documents(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    mem_store.add(make_tiny(doc_id="one"))
    mem_store.add(make_tiny(doc_id="two"))
    rows = list(mem_store.query("SELECT DISTINCT ?e WHERE { ?e rdfs:label \"酒泉市公安局\"@zh }"))  # type: ignore[arg-type]
    assert len(rows) == 1


def _nodes_by_identity(store: Store) -> dict[tuple[str, str], set[str]]:
    """(label, jurisdiction) of units and (label, admin code or parent) of places -> nodes."""
    sparql = """SELECT ?e ?l ?where WHERE {
      ?e rdfs:label ?l .
      { ?e a org:Organization OPTIONAL { ?e gov:jurisdiction ?where } }
      UNION { ?e a gov:Place OPTIONAL { ?e gov:adminCode|gov:within ?where } } }"""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.query(sparql):  # type: ignore[union-attr]
        where = row["where"]  # type: ignore[index]
        groups[(row["l"].value, where.value if where is not None else "")].add(row["e"].value)  # type: ignore[index,union-attr]
    return groups


def test_dev_texts_built_together(corpus_dir: Path) -> None:
    from kg.eval import govkg_extraction, score_store
    from kg.ingest import read_document
    from kg.resources import ontology_dir

    texts = sorted(corpus_dir.glob("*.txt"))
    with Store.open(None) as store:
        for r in build_stream(store, iter_sources(texts)):
            assert r.status == "built", r.error
        dupes = {k: v for k, v in _nodes_by_identity(store).items() if len(v) > 1}
        assert not dupes, f"two nodes for one (name, jurisdiction): {dupes}"
        joint = by_graph(quad_set(store))
        import json

        for text in texts:
            gold = json.loads(text.with_name(text.stem + ".gold.json").read_text(encoding="utf-8"))
            doc = read_document(text, text.stem)
            assert doc is not None
            with Store.open(None) as alone, Store.open(None) as part:
                alone.add(govkg_extraction(doc))
                graph = f"<{kg.iri.source(text.stem).value}>"
                assert quad_set(alone) == joint[graph], "a document's graph does not depend on the others"
                part.inner.extend(q for q in store.inner if str(q.graph_name) == graph)
                assert score_store(gold, part, ontology_dir()).to_dict() == \
                    score_store(gold, alone, ontology_dir()).to_dict()


# ------------------------------------------------------------------------------------------ explain


def test_explain_shows_the_mentions_of_each_document(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    one, two = make_tiny(doc_id="one"), make_tiny(doc_id="two")
    mem_store.add(one)
    mem_store.add(two)
    [node] = explain(mem_store, "市公安局")
    assert node.label == "酒泉市公安局" and node.alt_labels == ("市公安局",)
    assert node.jurisdiction == "酒泉市" and node.kind == "police"
    assert [d.document for d in node.documents] == ["one", "two"]
    text = one.document.text
    for evidence in node.documents:
        assert set(evidence.names) == {"酒泉市公安局", "市公安局"}
        [mention] = evidence.mentions
        assert text[mention.start:mention.end] == mention.text
        assert [text[s.start:s.end] for s in mention.spans] == [s.text for s in mention.spans] == ["酒泉市公安局",
                                                                                                    "市公安局"]
    with pytest.raises(Exception, match="no place or unit"):
        explain(mem_store, "不存在县")


def _app() -> typer.Typer:
    app = typer.Typer()
    cli_corpus.register(app)
    return app


def test_cli_explain_and_remove(store_path: Path, make_tiny: Callable[..., Extraction]) -> None:
    with Store.open(store_path) as store:
        store.add(make_tiny(doc_id="one"))
        store.add(make_tiny(doc_id="two"))
    runner = CliRunner()
    app = _app()
    shown = runner.invoke(app, ["explain", "酒泉市公安局", "--json", "--store", str(store_path)])
    assert shown.exit_code == 0, shown.output
    import json

    [node] = json.loads(shown.stdout)
    assert [d["document"] for d in node["documents"]] == ["one", "two"]
    text = runner.invoke(app, ["explain", "酒泉市公安局", "--store", str(store_path)])
    assert "[one]" in text.stdout and "市公安局@" in text.stdout
    gone = runner.invoke(app, ["remove", "one", "--store", str(store_path)])
    assert gone.exit_code == 0 and "removed one" in gone.stderr
    again = runner.invoke(app, ["remove", "one", "--store", str(store_path)])
    assert again.exit_code == 1 and "no document one" in again.stderr and "two" in again.stderr
    missing = runner.invoke(app, ["explain", "不存在县", "--store", str(store_path)])
    assert missing.exit_code == 1 and "Traceback" not in missing.output
    with Store.open(store_path, read_only=True) as store:
        assert store.doc_ids() == ["two"]


def test_cli_build_jobs_and_scheduler_are_exclusive(tmp_path: Path) -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["build", str(tmp_path), "--jobs", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2


def test_doc_graph_carries_the_source_metadata(reference: QuadSet) -> None:
    graph = next(g for g in by_graph(reference) if g.endswith("/r000>"))
    props = {q[1] for q in reference if q[0] == graph and q[3] == graph}
    for term in ("docId", "contentHash", "extractorVersion", "sourcePath"):
        assert f"<https://w3id.org/govkg#{term}>" in props
    assert "<http://purl.org/dc/terms/title>" in props and "<http://purl.org/dc/terms/date>" in props
    assert ox.NamedNode(graph[1:-1]) == kg.iri.source("r000")


@pytest.mark.parametrize("module", ["kg.remote", "kg.explain", "kg.distributed", "kg.cli_corpus"])
def test_doctests(module: str) -> None:
    import doctest
    import importlib

    result = doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
