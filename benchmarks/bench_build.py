"""Build throughput, memory, store size and entity-resolution error on a generated corpus.

Run on demand (not part of pytest); one run reports everything:

    python benchmarks/bench_build.py --docs 10000 --work /tmp/govkg-bench     # README numbers
    python benchmarks/bench_build.py --docs 300 --work /tmp/govkg-bench-small # a quick look

What it measures, in ONE run on the same texts:

* ``kg build`` (the real command, in a subprocess) over the corpus with ``--jobs 1`` and
  ``--jobs 2``: docs/s, chars/s (decoded characters), peak RSS of the whole process tree (the
  writer and its workers, sampled with psutil), store size on disk;
* bare ``jieba.lcut`` over the same decoded texts in this process: chars/s, and the ratio of the
  build's chars/s to it (issue 7 asks >= 0.5);
* the same build over the first half of the corpus: peak RSS should not grow with the corpus;
* a ~2 MB multi-file corpus (issue 7's throughput check) with both job counts, and the seconds of
  each stage of a serial build of it (decode, extract, quads, serialise, write) in this process;
* entity-resolution error against the generator's truth: each true unit (and place) of each
  document is looked up among the nodes of that document's named graph (by canonical name, else
  by a surface form that names exactly one node there); a unit that ends up as two nodes across
  documents is a split, a node that two true units end up in is a merge;
  error = (extra nodes of split units + extra units in merged nodes) / units found.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))  # corpus_gen beside this file

from corpus_gen import generate

from kg.batch import BATCH_BYTES, BATCH_DOCS
from kg.ingest import iter_sources, read_document
from kg.store import DocGraph, Store, term_value

KG = str(Path(sys.executable).with_name("kg"))


@dataclass
class Run:
    label: str
    docs: int
    chars: int
    seconds: float
    cpu_seconds: float  # user + system of kg build and its workers
    peak_rss_mb: float
    store_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds


def corpus_chars(folder: Path) -> tuple[int, int]:
    """(documents, decoded characters) of a folder, read the way kg build reads it."""
    docs = chars = 0
    for s in iter_sources([folder]):
        doc = read_document(s.path, s.doc_id)
        if doc is not None:
            docs += 1
            chars += len(doc.text)
    return docs, chars


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            continue
    return total


def kg_build(label: str, folder: Path, store: Path, jobs: int) -> Run:
    """Time ``kg build FOLDER --store STORE --jobs N`` from an empty store, sampling the tree's RSS."""
    if store.exists():
        subprocess.run(["rm", "-rf", str(store)], check=True)
    docs, chars = corpus_chars(folder)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen([KG, "-q", "build", str(folder), "--store", str(store), "--jobs", str(jobs)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            try:
                peak = max(peak, _tree_rss(ps))
            except psutil.Error:
                return
            stop.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    stop.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"kg build failed ({proc.returncode}): {err.decode()[-2000:]}")
    size = sum(f.stat().st_size for f in store.rglob("*") if f.is_file())
    return Run(label, docs, chars, seconds, cpu, peak / 2**20, size / 2**20)


def jieba_rate(folder: Path) -> tuple[int, float]:
    """(characters, chars/s) of bare jieba.lcut over the decoded texts (the dictionary loaded first)."""
    import jieba

    jieba.initialize()
    chars, spent = 0, 0.0
    for s in iter_sources([folder]):
        doc = read_document(s.path, s.doc_id)
        if doc is None:
            continue
        t = time.perf_counter()
        jieba.lcut(doc.text)
        spent += time.perf_counter() - t
        chars += len(doc.text)
    return chars, chars / spent


def stages(folder: Path, store: Path) -> dict[str, float]:
    """Seconds of each stage of a serial build in this process: where a build's time goes."""
    import extract
    from kg.build import SourceMeta, nquads

    if store.exists():
        subprocess.run(["rm", "-rf", str(store)], check=True)
    t = time.perf_counter()
    docs = [d for d in (read_document(s.path, s.doc_id) for s in iter_sources([folder])) if d is not None]
    spent = {"read + decode": time.perf_counter() - t}
    extract.extract(docs[0])  # load the gazetteer and segmenter first: not part of the rate
    t = time.perf_counter()
    extractions = [extract.extract(d) for d in docs]
    spent["extract (extract.extract)"] = time.perf_counter() - t
    metas = [SourceMeta.of(x.document) for x in extractions]
    t = time.perf_counter()
    blobs = [DocGraph(x.document.id, m.content_hash, x.extractor_version, nquads(x, m))
             for x, m in zip(extractions, metas, strict=True)]
    spent["records -> N-Quads (kg.build.nquads)"] = time.perf_counter() - t
    t = time.perf_counter()
    with Store.open(store) as db:
        batch: list[DocGraph] = []
        for blob in blobs:  # in batches, as kg.batch writes them
            batch.append(blob)
            if len(batch) >= BATCH_DOCS or sum(len(b.nquads) for b in batch) >= BATCH_BYTES:
                db.put_many(batch)
                batch = []
        db.put_many(batch)
    spent["write (Store.put_many, batches)"] = time.perf_counter() - t
    spent["_quads"] = sum(b.nquads.count(b"\n") for b in blobs)
    return spent


# ---------------------------------------------------------------------------- entity resolution

_NAMES = """SELECT ?g ?e ?n ?kind WHERE { GRAPH ?g {
  { ?e rdfs:label ?n BIND("label" AS ?kind) } UNION { ?e skos:altLabel ?n BIND("alt" AS ?kind) } } }"""


def resolution_error(store_path: Path, truth_dir: Path) -> dict[str, Any]:
    """Split / merge counts of units and places against the truth files (see the module doc)."""
    names: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))  # graph -> name -> nodes
    labels: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    with Store.open(store_path, read_only=True) as store:
        for row in store.query(_NAMES):  # type: ignore[union-attr]
            g, e, n = term_value(row["g"]), term_value(row["e"]), term_value(row["n"])
            names[g][n].add(e)
            if term_value(row["kind"]) == "label":
                labels[g][n].add(e)
    import kg.iri

    out: dict[str, Any] = {}
    for kind, key in (("units", "surface"), ("places", None)):
        nodes_of: dict[str, set[str]] = defaultdict(set)
        ids_of: dict[str, set[str]] = defaultdict(set)
        wanted = found = 0
        for f in sorted(truth_dir.glob("*.json")):
            truth = json.loads(f.read_text(encoding="utf-8"))
            graph = kg.iri.source(Path(truth["file"]).stem).value
            for item in truth[kind]:
                wanted += 1
                node = _node(labels[graph], names[graph], item["name"], item.get(key, []) if key else [])
                if node is None:
                    continue
                found += 1
                nodes_of[item["identity"]].add(node)
                ids_of[node].add(item["identity"])
        splits = sum(len(n) - 1 for n in nodes_of.values())
        merges = sum(len(i) - 1 for i in ids_of.values())
        out[kind] = {"true": wanted, "found": found, "identities": len(nodes_of), "nodes": len(ids_of),
                     "split_units": sum(1 for n in nodes_of.values() if len(n) > 1), "extra_nodes": splits,
                     "merged_nodes": sum(1 for i in ids_of.values() if len(i) > 1), "extra_units": merges,
                     "error": (splits + merges) / max(1, len(nodes_of)), "recall": found / max(1, wanted)}
    return out


def _node(labels: dict[str, set[str]], names: dict[str, set[str]], canonical: str, surfaces: list[str]) -> str | None:
    exact = labels.get(canonical, set())
    if len(exact) == 1:
        return next(iter(exact))
    for s in [canonical, *surfaces]:
        cands = names.get(s, set())
        if len(cands) == 1:
            return next(iter(cands))
    return None


# ------------------------------------------------------------------------------------------ main


def _corpus(work: Path, n: int) -> tuple[Path, Path]:
    folder = work / f"gen-{n}"
    if not (folder / "docs").is_dir() or len(list((folder / "docs").iterdir())) != n:
        generate(folder, n)
    return folder / "docs", folder / "truth"


def _two_mb(work: Path) -> Path:
    """The first documents of the generated corpus, about 2 MB of files."""
    folder = work / "gen-2mb"
    if not folder.is_dir():
        generate(folder, 1)
        i = 1
        while sum(f.stat().st_size for f in (folder / "docs").iterdir()) < 2_000_000:
            generate(folder, 100, start=i)
            i += 100
    return folder / "docs"


def _line(r: Run, jieba_cps: float) -> str:
    return (f"| {r.label} | {r.docs} | {r.chars / 1e6:.2f} M | {r.seconds:.1f} s | {r.cpu_seconds:.1f} s | "
            f"{r.docs_per_s:.0f} | {r.chars_per_s / 1e3:.0f} k | {r.chars_per_s / jieba_cps:.2f} | "
            f"{r.chars / r.cpu_seconds / jieba_cps:.2f} | {r.peak_rss_mb:.0f} MB | {r.store_mb:.0f} MB |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the full corpus (default 10000)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/govkg-bench"), help="corpora and stores go here")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args()
    work: Path = args.work
    work.mkdir(parents=True, exist_ok=True)
    full, truth = _corpus(work, args.docs)
    half, _ = _corpus(work, args.docs // 2)
    small = _two_mb(work)

    print(f"cpu: {os.cpu_count()} cores; python {sys.version.split()[0]}; load average before: "
          f"{os.getloadavg()[0]:.2f} (other work on the machine slows the wall-clock numbers)", flush=True)
    _, jieba_full = jieba_rate(full)
    _, jieba_small = jieba_rate(small)
    runs = [
        kg_build(f"{args.docs} docs, --jobs 1", full, work / "store-j1", 1),
        kg_build(f"{args.docs} docs, --jobs 2", full, work / "store-j2", 2),
        kg_build(f"{args.docs // 2} docs, --jobs 1", half, work / "store-half", 1),
        kg_build(f"{args.docs // 2} docs, --jobs 2", half, work / "store-half-j2", 2),
    ]
    small_runs = [kg_build("2 MB corpus, --jobs 1", small, work / "store-2mb-j1", 1),
                  kg_build("2 MB corpus, --jobs 2", small, work / "store-2mb-j2", 2)]
    split = stages(small, work / "store-stages")
    er = resolution_error(work / "store-j1", truth)
    load_after = os.getloadavg()[0]

    header = ("| run | docs | chars | wall | CPU | docs/s | chars/s | ÷ jieba (wall) | ÷ jieba (CPU) | peak RSS "
              "| store |\n|---|---|---|---|---|---|---|---|---|---|---|")
    print(f"\njieba.lcut: {jieba_full / 1e3:.0f} k chars/s on the generated corpus, "
          f"{jieba_small / 1e3:.0f} k chars/s on the 2 MB corpus\n")
    print(header)
    for r in runs:
        print(_line(r, jieba_full))
    for r in small_runs:
        print(_line(r, jieba_small))
    n_small = small_runs[0].chars
    print(f"\nwhere a serial build's time goes (2 MB corpus, {int(split['_quads'])} quads, one process):\n")
    print("| stage | seconds | chars/s | ÷ jieba.lcut |\n|---|---|---|---|")
    for stage, sec in split.items():
        if not stage.startswith("_"):
            print(f"| {stage} | {sec:.1f} | {n_small / sec / 1e3:.0f} k | {n_small / sec / jieba_small:.2f} |")
    print(f"\nload average after: {load_after:.2f}")
    print(f"--jobs 2 speed-up over --jobs 1: {runs[0].seconds / runs[1].seconds:.2f}x ({args.docs} docs), "
          f"{small_runs[0].seconds / small_runs[1].seconds:.2f}x (2 MB)")
    print(f"peak RSS, {args.docs // 2} -> {args.docs} docs: --jobs 1 {runs[2].peak_rss_mb:.0f} -> "
          f"{runs[0].peak_rss_mb:.0f} MB, --jobs 2 {runs[3].peak_rss_mb:.0f} -> {runs[1].peak_rss_mb:.0f} MB")
    for kind, r in er.items():
        print(f"entity resolution ({kind}): {r['identities']} true {kind} found ({r['recall']:.1%} of mentions "
              f"by document), {r['split_units']} split ({r['extra_nodes']} extra nodes), {r['merged_nodes']} "
              f"merged nodes ({r['extra_units']} extra units): error {r['error']:.2%}")
    if args.json:
        data = {"jieba_chars_per_s": jieba_full, "jieba_chars_per_s_2mb": jieba_small, "stages_2mb": split,
                "runs": [{**r.__dict__, "docs_per_s": r.docs_per_s, "chars_per_s": r.chars_per_s}
                         for r in runs + small_runs], "resolution": er}
        args.json.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
