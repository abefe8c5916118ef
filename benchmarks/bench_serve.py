"""Bounded load test of ``kg serve`` on loopback: N concurrent clients for a fixed time per endpoint.

Run on demand (not part of pytest)::

    python benchmarks/bench_serve.py                      # builds examples/ into a temp store, serves it
    python benchmarks/bench_serve.py --clients 16 --seconds 20
    python benchmarks/bench_serve.py --url http://127.0.0.1:8000   # an already running kg serve

The server runs in its own process (so client and server do not share one GIL); the clients are
httpx async tasks in this one. Two endpoints, one after the other: ``/sparql`` with the named
``oversees`` query for the seed township (JSON results), and ``/api/oversees``. Reports requests/s,
p50 / p99 / max latency and the error count per endpoint; exits 1 when any request failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import socket
import statistics
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parent.parent
NAME = "达板镇"  # the seed township of examples/


@dataclass
class Result:
    endpoint: str
    clients: int
    seconds: float
    requests: int
    errors: int
    rps: float
    p50_ms: float
    p99_ms: float
    max_ms: float


def build_store(path: Path) -> None:
    """``kg build examples/`` into ``path``."""
    from extract import extract
    from kg.ingest import discover, read_document
    from kg.store import Store

    with Store.open(path) as store:
        for f in discover([REPO / "examples"]):
            doc = read_document(f.path, f.doc_id)
            if doc is not None:
                store.add(extract(doc))


def _serve(store: str, port: int) -> None:
    from kg.serve import serve

    serve(store, "127.0.0.1", port, log_level="warning")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/api/info", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"the server at {url} did not come up")


def oversees_sparql() -> str:
    """The named ``oversees`` query with the name given in a VALUES clause (as the web page sends it)."""
    from kg.query import load_query

    return load_query("oversees").text.rstrip() + f'\nVALUES (?name) {{ ("{NAME}"@zh) }}\n'


async def hammer(url: str, clients: int, seconds: float, request: dict[str, Any], label: str) -> Result:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=url, timeout=30, limits=limits) as client:

        async def one_client(deadline: float, record: bool) -> None:
            nonlocal errors
            while time.monotonic() < deadline:
                started = time.perf_counter()
                try:
                    r = await client.request(**request)
                    ok = r.status_code == 200
                except httpx.HTTPError:
                    ok = False
                if record:
                    latencies.append(time.perf_counter() - started)
                    errors += not ok

        warm = time.monotonic() + min(1.0, seconds / 5)  # connections and caches first, not measured
        await asyncio.gather(*(one_client(warm, False) for _ in range(clients)))
        started = time.monotonic()
        await asyncio.gather(*(one_client(started + seconds, True) for _ in range(clients)))
        elapsed = time.monotonic() - started
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100) if len(ms) > 1 else ms * 99
    return Result(label, clients, round(elapsed, 2), len(ms), errors, round(len(ms) / elapsed, 1),
                  round(q[49], 2), round(q[98], 2), round(ms[-1], 2) if ms else 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=10.0, help="measured seconds per endpoint (default 10)")
    parser.add_argument("--url", help="benchmark this running server instead of starting one")
    parser.add_argument("--store", type=Path, help="serve this store instead of one built from examples/")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)

    server = None
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        url = args.url
        if url is None:
            store = args.store
            if store is None:
                store = Path(tmp) / "store"
                build_store(store)
            port = free_port()
            server = multiprocessing.get_context("spawn").Process(target=_serve, args=(str(store), port), daemon=True)
            server.start()
            url = f"http://127.0.0.1:{port}"
            wait_ready(url)
        try:
            plans: list[tuple[str, dict[str, Any]]] = [
                ("/sparql oversees", {"method": "POST", "url": "/sparql", "data": {"query": oversees_sparql()},
                                      "headers": {"Accept": "application/sparql-results+json"}}),
                ("/api/oversees", {"method": "GET", "url": "/api/oversees", "params": {"name": NAME}}),
            ]
            results = [asyncio.run(hammer(url, args.clients, args.seconds, req, label)) for label, req in plans]
        finally:
            if server is not None:
                server.terminate()
                server.join(10)
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
    else:
        print(f"{'endpoint':<18} {'clients':>7} {'requests':>9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
              f"{'max ms':>8} {'errors':>6}")
        for r in results:
            print(f"{r.endpoint:<18} {r.clients:>7} {r.requests:>9} {r.rps:>8} {r.p50_ms:>8} {r.p99_ms:>8} "
                  f"{r.max_ms:>8} {r.errors:>6}")
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
