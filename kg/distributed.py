"""Distributed build on a Dask cluster: the workers extract, this process writes.

The cluster runs exactly the local build's worker function (:func:`kg.batch.prepare`) through
Dask's ``concurrent.futures`` executor, so the graph is the same as a local build's. By default
this process reads each file and ships its bytes (workers need no shared file system); with
``ship_bytes=False`` workers read the paths themselves (the same path must exist on every
machine). Results come back as N-Triples and only this process writes to the store.
Workers need govkg installed (the same version); see docs/deploy.md.

>>> from kg.store import Store
>>> from dask.distributed import LocalCluster               # doctest: +SKIP
>>> with LocalCluster(processes=False) as cluster, Store.open(None) as store:   # doctest: +SKIP
...     results = list(build_on_dask(store, [], cluster.scheduler_address))
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from contextlib import contextmanager
from typing import Any

from kg.batch import FileResult, build_stream, warm_up
from kg.errors import GovkgError
from kg.ingest import SourceFile
from kg.store import GraphStore

#: documents in flight per worker thread: enough to keep every thread busy between round trips
IN_FLIGHT_PER_THREAD = 2


def _client(address: str, timeout: float) -> Any:
    try:
        from dask.distributed import Client
    except ImportError as err:
        raise GovkgError("--scheduler needs dask.distributed, which is not installed",
                         hint="pip install 'dask[distributed]' (here and on every worker)") from err
    try:
        return Client(address, timeout=timeout)
    except (OSError, TimeoutError) as err:
        raise GovkgError(f"cannot reach the Dask scheduler at {address} ({err})",
                         hint="start it with `dask scheduler` and give its address, e.g. tcp://HOST:8786") from err


@contextmanager
def dask_executor(address: str, *, timeout: float = 30.0) -> Iterator[tuple[Executor, int]]:
    """A ``concurrent.futures`` executor on the cluster at ``address``, and a good in-flight window.

    Every worker loads the extractor before the first document (so the first tasks are not slow).
    Raises GovkgError when dask is missing or the scheduler does not answer.
    """
    client = _client(address, timeout)
    try:
        threads = sum(client.nthreads().values())
        if threads == 0:
            raise GovkgError(f"the Dask cluster at {address} has no workers",
                             hint="start some with `dask worker " + address + "`")
        client.run(warm_up)
        yield client.get_executor(pure=False), max(4, IN_FLIGHT_PER_THREAD * threads)
    finally:
        client.close()


def build_on_dask(store: GraphStore, sources: Iterable[SourceFile], address: str, *, force: bool = False,
                  ship_bytes: bool = True) -> Iterator[FileResult]:
    """Build ``sources`` into ``store`` on the Dask cluster at ``address``; yields each file's result.

    Memory here stays bounded (a window of documents in flight); the store sees the same graphs
    as from :func:`kg.batch.build_stream` on one machine.
    """
    with dask_executor(address) as (executor, window):
        yield from build_stream(store, sources, force=force, executor=executor, window=window, ship_bytes=ship_bytes)
