"""kg.store: idempotent add, replacement, removal, export round-trips, locking, parameter binding."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

import kg.iri
from extract.records import Extraction
from kg.errors import InputError, QueryError, StoreError
from kg.store import DocGraph, Store
from kg.vocab import GOV
from tests.conftest import TINY_TEXT


def nquads(store: Store) -> bytes:
    return store.inner.dump(format=ox.RdfFormat.N_QUADS)


def supervised(store: Store) -> set[str]:
    rows = store.query("SELECT ?l WHERE { ?u gov:supervises ?p . ?p rdfs:label ?l }")
    assert isinstance(rows, ox.QuerySolutions)
    return {row["l"].value for row in rows}


def test_add_then_add_again_changes_nothing(mem_store: Store, tiny: Extraction) -> None:
    assert mem_store.add(tiny) is True
    before, size = nquads(mem_store), len(mem_store)
    assert size > 50
    assert mem_store.add(tiny) is False
    assert len(mem_store) == size
    assert nquads(mem_store) == before
    assert mem_store.doc_ids() == ["tiny-report"]


class NoWrites:
    """Wraps a pyoxigraph store and fails on any write: proof that a no-op add writes nothing."""

    WRITES = frozenset({"add", "extend", "bulk_extend", "bulk_load", "load", "remove", "remove_graph",
                        "clear", "clear_graph", "update", "add_graph"})

    def __init__(self, inner: ox.Store) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        if name in self.WRITES:
            raise AssertionError(f"unexpected write: {name}")
        return getattr(self._inner, name)

    def __len__(self) -> int:
        return len(self._inner)


def test_idempotent_rebuild_on_disk(store_path: Path, tiny: Extraction, make_tiny: Callable[..., Extraction]) -> None:
    with Store.open(store_path) as store:
        assert store.add(tiny)
        dump, count = nquads(store), len(store)
    # RocksDB compacts its files on its own schedule, so the proof of "nothing changed" is that no
    # write is attempted and the content is byte-identical, not the size of the folder.
    with Store.open(store_path) as store:
        store._inner = NoWrites(store.inner)  # type: ignore[assignment]
        assert store.add(make_tiny()) is False
        assert len(store) == count
        assert nquads(store) == dump
        store._inner = store._inner._inner  # type: ignore[union-attr]


def test_changed_document_replaces_its_facts(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    mem_store.add(make_tiny())
    assert supervised(mem_store) == {"金塔县"}
    old = make_tiny()
    changed = dataclasses.replace(
        old,
        document=dataclasses.replace(old.document, text=old.document.text + "补充。"),
        relations=tuple(r for r in old.relations if r.type != "supervises"),
    )
    assert mem_store.add(changed) is True
    assert supervised(mem_store) == set()
    assert mem_store.doc_ids() == ["tiny-report"]
    fresh = Store.open(None)
    fresh.add(changed)
    assert len(mem_store) == len(fresh), "no leftovers from the old version"


def _graphs(make_tiny: Callable[..., Extraction], *ids: str) -> list[DocGraph]:
    return [DocGraph.of(make_tiny(doc_id=i)) for i in ids]


def test_put_many_writes_what_put_writes(store_path: Path, make_tiny: Callable[..., Extraction]) -> None:
    one_by_one = Store.open(None)
    for g in _graphs(make_tiny, "a", "b", "c"):
        one_by_one.put(g)
    with Store.open(store_path) as store:  # on disk: new documents take the bulk loader
        assert store.put_many(_graphs(make_tiny, "a", "b")) == [None, None]
        changed = DocGraph.of(make_tiny(doc_id="b", text=TINY_TEXT + "补充。"))
        # "b" replaced within one batch: the later graph wins; "c" new
        assert store.put_many([*_graphs(make_tiny, "c", "b"), changed]) == [None, None, None]
        assert store.state("b") == (changed.content_hash, changed.extractor_version)
        assert store.put_many(_graphs(make_tiny, "b")) == [None]
        assert set(nquads(store).splitlines()) == set(nquads(one_by_one).splitlines())
        assert store.put_many([]) == []


def test_leftovers_of_a_killed_bulk_load_are_replaced(store_path: Path, make_tiny: Callable[..., Extraction]) -> None:
    """A build killed inside the bulk load leaves graphs without their content hash: the rerun
    sees them as missing and replaces whatever part of them was written."""
    whole = Store.open(None)
    whole.put_many(_graphs(make_tiny, "a"))
    graph = _graphs(make_tiny, "a")[0]
    half = b"".join(graph.body().splitlines(keepends=True)[::2])
    assert graph.markers() and graph.markers() not in graph.body()
    with Store.open(store_path) as store:
        store.inner.bulk_load(half + b"<https://x/stale> <https://x/p> <https://x/o> " + str(graph.graph).encode()
                              + b" .\n", format=ox.RdfFormat.N_QUADS)
        assert store.state("a") == (None, None), "no hash: the document counts as not built"
        assert store.put_many([graph]) == [None]
        assert set(nquads(store).splitlines()) == set(nquads(whole).splitlines())


def test_a_failed_batch_reports_every_document(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    broken = dataclasses.replace(_graphs(make_tiny, "x")[0], nquads=b"<not an iri> .\n")
    errors = mem_store.put_many([*_graphs(make_tiny, "a"), broken])
    assert all(isinstance(e, StoreError) and e.hint for e in errors)
    assert mem_store.doc_ids() == [], "nothing of the batch is half-stated: no hash was written"


def test_new_extractor_version_rebuilds(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    assert mem_store.add(make_tiny(version="1"))
    assert mem_store.add(make_tiny(version="2"))
    assert not mem_store.add(make_tiny(version="2"))
    assert mem_store.add(make_tiny(version="2"), force=True)


def test_documents_are_independent(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    mem_store.add(make_tiny(doc_id="one"))
    mem_store.add(make_tiny(doc_id="two"))
    assert mem_store.doc_ids() == ["one", "two"]
    both = len(mem_store)
    assert mem_store.remove("one") is True
    assert mem_store.remove("one") is False
    assert mem_store.doc_ids() == ["two"]
    assert 0 < len(mem_store) < both
    assert supervised(mem_store) == {"金塔县"}, "the entity facts of the other document stay"
    mem_store.remove("two")
    assert len(mem_store) == 0


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".jsonld"])
def test_export_union_round_trips_through_rdflib(tmp_path: Path, make_tiny: Callable[..., Extraction],
                                                 suffix: str) -> None:
    with Store.open(None) as store:
        store.add(make_tiny(doc_id="one"))
        store.add(make_tiny(doc_id="two"))
        path = store.export(tmp_path / f"graph{suffix}")
        union = {(q.subject.value, q.predicate.value, q.object.value) for q in store.inner}
    graph = rdflib.Graph().parse(path)
    assert {(str(s), str(p), str(o)) for s, p, o in graph} == union
    label = rdflib.Literal("鼎新镇", lang="zh")
    assert (None, rdflib.RDFS.label, label) in graph


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_export_named_graphs_round_trips_through_rdflib(tmp_path: Path, make_tiny: Callable[..., Extraction],
                                                        suffix: str) -> None:
    with Store.open(None) as store:
        store.add(make_tiny(doc_id="one"))
        store.add(make_tiny(doc_id="two"))
        path = store.export(tmp_path / "out" / f"graph{suffix}")
        expected = {(q.subject.value, q.predicate.value, q.object.value, q.graph_name.value) for q in store.inner}
    dataset = rdflib.Dataset().parse(path)
    got = {(str(s), str(p), str(o), str(g)) for s, p, o, g in dataset.quads((None, None, None, None)) if g}
    assert got == expected
    assert {str(g) for *_, g in expected} == {kg.iri.source("one").value, kg.iri.source("two").value}


def test_export_unknown_format(mem_store: Store, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"graph\.xyz"):
        mem_store.export(tmp_path / "graph.xyz")


def test_to_rdflib_is_the_union(mem_store: Store, tiny: Extraction) -> None:
    mem_store.add(tiny)
    assert len(mem_store.to_rdflib()) == len(mem_store)


def test_query_binds_parameters_as_terms(mem_store: Store, tiny: Extraction) -> None:
    mem_store.add(tiny)
    sparql = "SELECT ?name ?p WHERE { ?p rdfs:label ?name }"
    rows = list(mem_store.query(sparql, {"name": ox.Literal("鼎新镇", language="zh")}))  # type: ignore[arg-type]
    assert [r["p"] for r in rows] == [kg.iri.entity("place", "place:鼎新镇")]
    hostile = '鼎新镇"@zh } ?p ?x ?name . { "x'
    assert list(mem_store.query(sparql, {"name": hostile})) == []  # type: ignore[arg-type]
    assert list(mem_store.query(sparql, {"?name": ox.Literal(hostile, language="zh")})) == []  # type: ignore[arg-type]


def test_query_errors(mem_store: Store) -> None:
    with pytest.raises(QueryError, match="syntax"):
        mem_store.query("SELECT ?x WHERE { ?x ")
    with pytest.raises(QueryError) as info:
        mem_store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o": "x"})
    assert "SELECT" in (info.value.hint or "")


def test_union_default_graph(mem_store: Store, tiny: Extraction) -> None:
    mem_store.add(tiny)
    assert bool(mem_store.query("ASK { ?s gov:supervises ?o }"))
    assert GOV.supervises.value.endswith("supervises")


def test_read_only(store_path: Path, tiny: Extraction) -> None:
    with pytest.raises(StoreError, match="no store"):
        Store.open(store_path, read_only=True)
    with Store.open(store_path) as writer:
        writer.add(tiny)
        with Store.open(store_path, read_only=True) as reader:  # readers do not wait for the writer
            assert len(reader) == len(writer)
            with pytest.raises(StoreError, match="read-only"):
                reader.add(tiny)


def test_locked_store_gives_a_clear_error(store_path: Path) -> None:
    with Store.open(store_path):
        code = (
            "import sys\nfrom kg.store import Store\nfrom kg.errors import StoreError\n"
            f"try:\n    Store.open({str(store_path)!r})\n"
            "except StoreError as e:\n    print(e, '|', e.hint)\n    sys.exit(3)\n"
        )
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                              cwd=Path(__file__).resolve().parent.parent)
    assert proc.returncode == 3, proc.stderr
    assert "in use" in proc.stdout
    with Store.open(store_path) as again:  # the lock went with the other process
        assert len(again) == 0


def test_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("x")
    with pytest.raises(StoreError, match="not a govkg store"):
        Store.open(tmp_path / "notes")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "file")


def test_close_releases_and_is_idempotent(store_path: Path) -> None:
    store = Store.open(store_path)
    store.close()
    store.close()
    with pytest.raises(StoreError, match="closed"):
        len(store)
    with Store.open(store_path) as again:
        assert len(again) == 0
    assert os.path.isdir(store_path)
