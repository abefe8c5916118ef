"""Query latency on a generated graph: govkg's store against rdflib's in-memory Dataset, in one process.

Loads the same N-Quads file (benchmarks/gen_graph.py) into govkg's embedded store (pyoxigraph, in
memory) and into an rdflib ``Dataset`` (union default graph), then asks both the same questions
for random supervised townships:

* ``oversees.rq`` and ``chain.rq``: the same SPARQL text in both engines (names bound as a VALUES
  block, as ``kg query`` binds them); the answers are checked to be equal;
* ``kg.query.oversees`` and ``kg.query.chain``: govkg's Python API (index walks).

Prints a Markdown table (medians and 90th percentiles, ms) and the speed-up over rdflib.

Example::

    python benchmarks/gen_graph.py --out /tmp/govkg-1m.nq
    python benchmarks/bench_query.py /tmp/govkg-1m.nq --json /tmp/bench.json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import rdflib

from kg.named import label_literals, load_query, with_values
from kg.query import chain, oversees
from kg.store import Store


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def latencies(fn: Callable[[str], Any], names: Iterable[str], budget: float = float("inf")) -> list[float]:
    """Seconds per call of fn(name), stopping early once ``budget`` seconds are spent."""
    out: list[float] = []
    spent = 0.0
    for name in names:
        seconds, _ = timed(lambda n=name: fn(n))  # type: ignore[misc]
        out.append(seconds)
        spent += seconds
        if spent > budget:
            break
    return out


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": statistics.median(ordered) * 1000, "p90_ms": ordered[int(0.9 * (len(ordered) - 1))] * 1000,
            "n": len(ordered)}


def sparql(name: str, query: str) -> str:
    """The named query's text with ?name bound as a VALUES block, exactly as ``kg query`` runs it."""
    return with_values(load_query(query).text, {"name": list(label_literals(name))})


def ox_rows(store: Store, text: str, columns: tuple[str, ...]) -> set[tuple[str, ...]]:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    return {tuple(row[c].value if row[c] is not None else "" for c in columns) for row in result}


def rdflib_rows(ds: rdflib.Dataset, text: str, columns: tuple[str, ...]) -> set[tuple[str, ...]]:
    rows: Any = ds.query(text)  # a SELECT: rows indexable by variable name
    return {tuple(str(row[c]) if row[c] is not None else "" for c in columns) for row in rows}


def ox_run(store: Store, text: str) -> int:
    result = store.query(text)
    assert isinstance(result, ox.QuerySolutions)
    return sum(1 for _ in result)


KEYS = {"oversees": ("unit", "relation", "place", "docId"), "chain": ("relation", "from", "to", "docId")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("graph", type=Path, help="N-Quads file from benchmarks/gen_graph.py (with its .json beside)")
    parser.add_argument("--samples", type=int, default=300, help="townships asked of govkg")
    parser.add_argument("--rdflib-samples", type=int, default=30, help="townships asked of rdflib (it is slow)")
    parser.add_argument("--rdflib-budget", type=float, default=300, help="seconds rdflib may spend per question")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)

    meta = json.loads(args.graph.with_name(args.graph.name + ".json").read_text(encoding="utf-8"))
    rng = random.Random(args.seed)
    names = rng.sample(meta["townships"], min(args.samples, len(meta["townships"])))
    few = names[: args.rdflib_samples]

    log(f"loading {args.graph} into govkg's store …")
    store = Store.open(None)
    ox_load, _ = timed(lambda: store.inner.bulk_load(path=str(args.graph), format=ox.RdfFormat.N_QUADS))
    quads = len(store)
    log(f"  {quads} quads in {ox_load:.1f} s; loading into rdflib …")
    ds = rdflib.Dataset(default_union=True)
    rdflib_load, _ = timed(lambda: ds.parse(str(args.graph), format="nquads"))
    log(f"  {len(ds)} triples in the default graph, {sum(len(g) for g in ds.graphs())} quads, in {rdflib_load:.1f} s")

    for name in few[:3]:  # warm both engines up, and check they answer alike
        for query, keys in KEYS.items():
            text = sparql(name, query)
            assert ox_rows(store, text, keys) == rdflib_rows(ds, text, keys), (query, name)
    checked = 0
    for name in names:  # the API walks agree with the query
        walk = {(r.unit, r.relation, r.place, r.document) for r in oversees(store, name)}
        assert walk == ox_rows(store, sparql(name, "oversees"), KEYS["oversees"]), name
        checked += 1
    log(f"  answers agree (rdflib = govkg on {min(3, len(few))} townships, walk = SPARQL on {checked})")

    results: dict[str, dict[str, float]] = {}
    log("timing …")
    results["oversees: kg.query.oversees (API)"] = summary(latencies(lambda n: oversees(store, n), names))
    results["oversees.rq: govkg store"] = summary(latencies(lambda n: ox_run(store, sparql(n, "oversees")), names))
    results["oversees.rq: rdflib"] = summary(latencies(
        lambda n: list(ds.query(sparql(n, "oversees"))), few, args.rdflib_budget))
    results["chain: kg.query.chain (API)"] = summary(latencies(lambda n: chain(store, n), names))
    results["chain.rq: govkg store"] = summary(latencies(
        lambda n: ox_run(store, sparql(n, "chain")), names[:30], args.rdflib_budget))
    results["chain.rq: rdflib"] = summary(latencies(
        lambda n: list(ds.query(sparql(n, "chain"))), few[:10], args.rdflib_budget))

    def ratio(slow: str, fast: str) -> float:
        return results[slow]["median_ms"] / results[fast]["median_ms"]

    speedups = {
        "oversees.rq, govkg vs rdflib": ratio("oversees.rq: rdflib", "oversees.rq: govkg store"),
        "oversees API vs rdflib oversees.rq": ratio("oversees.rq: rdflib", "oversees: kg.query.oversees (API)"),
        "chain.rq, govkg vs rdflib": ratio("chain.rq: rdflib", "chain.rq: govkg store"),
        "chain API vs rdflib chain.rq": ratio("chain.rq: rdflib", "chain: kg.query.chain (API)"),
    }
    print(f"graph: {quads:,} quads ({meta['documents']} reports, seed {meta['seed']}); "
          f"load: govkg {ox_load:.1f} s, rdflib {rdflib_load:.1f} s\n")
    print("| question | median ms | p90 ms | n |\n|---|---:|---:|---:|")
    for label, s in results.items():
        print(f"| {label} | {s['median_ms']:.3f} | {s['p90_ms']:.3f} | {int(s['n'])} |")
    print("\n| speed-up (median) | × |\n|---|---:|")
    for label, value in speedups.items():
        print(f"| {label} | {value:,.0f} |")
    if args.json:
        args.json.write_text(json.dumps({"quads": quads, "load_s": {"govkg": ox_load, "rdflib": rdflib_load},
                                         "latency": results, "speedup": speedups}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
