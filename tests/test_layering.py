"""The layout is the pipeline: imports flow extract -> kg.build -> kg.store -> kg.query -> kg.viz -> cli."""

from __future__ import annotations

import ast
import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
# module -> modules it must never import
FORBIDDEN = {
    "extract": ("kg", "rdflib", "pyoxigraph", "typer", "rich"),
    "kg.build": ("kg.store", "kg.query", "kg.viz", "kg.serve", "kg.cli"),
    "kg.store": ("kg.query", "kg.viz", "kg.serve", "kg.cli"),
    "kg.query": ("kg.viz", "kg.serve", "kg.cli"),
    "kg.viz": ("kg.serve", "kg.cli"),
}


def imports_of(path: pathlib.Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
    return out


def module_files(dotted: str) -> list[pathlib.Path]:
    p = ROOT.joinpath(*dotted.split("."))
    if p.is_dir():
        return sorted(p.rglob("*.py"))
    f = p.with_suffix(".py")
    return [f] if f.exists() else sorted(p.rglob("*.py")) if p.exists() else []


@pytest.mark.parametrize("module", sorted(FORBIDDEN))
def test_imports_flow_one_way(module: str) -> None:
    for f in module_files(module):
        for imp in imports_of(f):
            for bad in FORBIDDEN[module]:
                assert not (imp == bad or imp.startswith(bad + ".")), f"{f.relative_to(ROOT)} imports {imp}"


def test_no_dev_corpus_names_in_code_or_rules() -> None:
    """Rules must generalise: no place or unit name from the dev texts in code or rule data."""
    corpus = ROOT.parent / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    names: set[str] = set()
    for g in corpus.glob("*.gold.json"):
        gold = json.loads(g.read_text(encoding="utf-8"))
        cands = [n for e in gold.get("places", []) for n in [e.get("name"), *e.get("aliases", [])]]
        cands += [e.get("name") for e in gold.get("organizations", []) if e.get("kind") != "media"]
        names.update(n for n in cands if n and len(n) >= 3 and not n.startswith(("全", "我", "本")))
    offenders = []
    for sub in ("kg", "extract", "ontology", "queries"):
        for f in (ROOT / sub).rglob("*"):
            if f.suffix in (".py", ".json", ".ttl", ".rq", ".txt", ".jsonl") and f.is_file():
                text = f.read_text(encoding="utf-8", errors="ignore")
                hits = sorted(n for n in names if n in text)
                if hits:
                    offenders.append(f"{f.relative_to(ROOT)}: {hits[:5]}")
    assert not offenders, offenders
