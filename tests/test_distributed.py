"""Parallel and distributed builds give exactly the graph of a serial build.

``kg build --jobs 2`` runs the extractor on two local processes; ``kg build --scheduler`` on a
Dask cluster (here an in-process LocalCluster, whose ``inproc://`` address the CLI can reach
because the test runs it in the same process).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.store import Store
from tests.test_corpus import QuadSet, build_folder, generated, quad_set

distributed = pytest.importorskip("dask.distributed", reason="dask[distributed] is not installed")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated(tmp_path_factory.mktemp("par") / "docs", 8, seed=11)


@pytest.fixture(scope="module")
def serial(corpus: Path) -> QuadSet:
    with Store.open(None) as store:
        assert build_folder(store, corpus) == ["built"] * 8
        return quad_set(store)


def test_jobs_2_equals_jobs_1(corpus: Path, serial: QuadSet, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["build", str(corpus), "--store", str(store), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "8 built" in result.stderr
    with Store.open(store, read_only=True) as db:
        assert quad_set(db) == serial


def test_dask_local_cluster_equals_local_build(corpus: Path, serial: QuadSet, tmp_path: Path) -> None:
    from kg.distributed import build_on_dask
    from kg.ingest import iter_sources

    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=":0") as cluster:
        with Store.open(None) as store:
            statuses = [r.status for r in build_on_dask(store, iter_sources([corpus]), cluster.scheduler_address)]
            assert statuses == ["built"] * 8
            assert quad_set(store) == serial
        # the command: bytes shipped to the workers, the same graph; then nothing to do on a rerun
        cmd = ["build", str(corpus), "--store", str(tmp_path / "s"), "--scheduler", cluster.scheduler_address]
        first = CliRunner().invoke(app, cmd)
        assert first.exit_code == 0, first.output
        again = CliRunner().invoke(app, cmd)
        assert "8 unchanged" in again.stderr, again.output
    with Store.open(tmp_path / "s", read_only=True) as db:
        assert quad_set(db) == serial


def test_unreachable_scheduler_is_a_clear_error() -> None:
    from kg.distributed import dask_executor
    from kg.errors import GovkgError

    with pytest.raises(GovkgError, match="Dask scheduler") as info, dask_executor("tcp://127.0.0.1:9", timeout=1):
        pass
    assert "dask scheduler" in (info.value.hint or "")
