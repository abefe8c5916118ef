"""Every named query in queries/ against the hand-written fixture graph, and the typed functions over them.

Each ``queries/NAME.rq`` has ``tests/data/queries/expected/NAME.json``: cases of parameters and the
rows expected (chosen columns, IRIs shortened to ``org/…``); a meta-test fails when a query has no
expected results or is missing from the README's Queries section.
"""

from __future__ import annotations

import ast
import doctest
import importlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg import query as q
from kg.chain import chain
from kg.errors import NotFoundError, QueryError
from kg.named import list_queries, load_query, prepare, run_named, with_values
from kg.store import Store
from kg.validate import validate
from kg.vocab import ID_BASE
from tests.conftest import REPO

DATA = REPO / "tests" / "data" / "queries"
FIXTURE = DATA / "fixture.trig"
EXPECTED = DATA / "expected"
README = (REPO / "README.md").read_text(encoding="utf-8")
QUERY_NAMES = [nq.name for nq in list_queries()]
HOSTILE = '" } ?s ?p ?o . { "x'


@pytest.fixture(scope="module")
def fixture_store() -> Iterator[Store]:
    with Store.open(None) as store:
        store.inner.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
        yield store


def _short(term: ox.NamedNode | ox.BlankNode | ox.Literal | None) -> str:
    if term is None:
        return ""
    value = term.value
    return value[len(ID_BASE):] if value.startswith(ID_BASE) else value


def _cell(column: str, value: str) -> str:
    # GROUP_CONCAT has no defined order: compare the joined names as a sorted list
    return "、".join(sorted(value.split("、"))) if column in ("places", "jointIssuers") else value


def _rows(result: Any, columns: list[str]) -> list[list[str]]:
    assert isinstance(result, ox.QuerySolutions)
    return [[_cell(c, _short(row[c])) for c in columns] for row in result]


def _cases() -> Iterator[Any]:
    for path in sorted(EXPECTED.glob("*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))["cases"]):
            yield pytest.param(path.stem, case, id=f"{path.stem}-{i}")


# ------------------------------------------------------------------------------------ expectations


@pytest.mark.parametrize(("name", "case"), list(_cases()))
def test_named_query_gives_the_expected_rows(fixture_store: Store, name: str, case: dict[str, Any]) -> None:
    rows = _rows(run_named(fixture_store, name, case["params"]), case["columns"])
    expected = [[_cell(c, v) for c, v in zip(case["columns"], row, strict=True)] for row in case["rows"]]
    if case.get("ordered"):
        assert rows == expected
    else:
        assert sorted(rows) == sorted(expected)


def test_every_query_has_expected_results_and_is_in_the_readme() -> None:
    section = README.split("## Queries", 1)[1].split("\n## ", 1)[0] if "## Queries" in README else ""
    for nq in list_queries():
        assert (EXPECTED / f"{nq.name}.json").is_file(), f"queries/{nq.name}.rq has no expected results"
        assert f"`{nq.name}`" in section, f"queries/{nq.name}.rq is missing from the README's Queries section"
        for param in nq.params:
            assert f"`{param.name}`" in section, f"the README does not name the parameter {param.name} of {nq.name}"


def test_every_name_parameter_is_safe_against_injection(fixture_store: Store) -> None:
    for nq in list_queries():
        for param in nq.params:
            if param.type == "name":
                rows = list(run_named(fixture_store, nq.name, {param.name: "鹤鸣镇" + HOSTILE}))  # type: ignore[arg-type]
                assert rows == [], nq.name


def test_every_query_declares_prefixes_so_other_tools_can_run_it() -> None:
    for nq in list_queries():
        used = set(re.findall(r"\b([a-z]+):[A-Za-z]", nq.text.split("\n", 1)[1]))
        declared = set(re.findall(r"^PREFIX (\w+):", nq.text, re.M))
        assert used - {"http", "https"} <= declared, f"{nq.name}: undeclared prefixes {used - declared}"


def test_fixture_has_the_graph_shape() -> None:
    with Store.open(None) as store:
        store.inner.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
        report = validate(store.to_rdflib())
    assert report.conforms, report.text


# ------------------------------------------------------------------------------- binding names


def test_name_parameters_become_a_values_block_of_every_script() -> None:
    text, subs = prepare(load_query("oversees"), {"name": "鶴鳴鎮"})
    assert 'VALUES ?name { "鶴鳴鎮"@zh "鹤鸣镇"@zh }' in text
    assert subs == {}
    assert text.index("VALUES ?name") > text.index("WHERE {")


def test_with_values_skips_comments_and_strings_and_needs_a_where_group() -> None:
    text = "# WHERE { not here\nSELECT ?n WHERE { ?s ?p ?n }"
    assert with_values(text, {"n": [ox.Literal("x")]}).startswith("# WHERE { not here\nSELECT ?n WHERE { VALUES ?n")
    assert with_values(text, {}) == text
    # the WHERE keyword is optional in SPARQL; a string holding "WHERE {" is no group
    assert with_values('SELECT ?n { ?s ?p "WHERE {" }', {"n": [ox.Literal("x")]}).startswith(
        'SELECT ?n { VALUES ?n { "x" }')
    with pytest.raises(QueryError, match="WHERE group"):
        with_values("SELECT ?n", {"n": [ox.Literal("x")]})


def test_other_parameters_are_typed_substitutions(fixture_store: Store) -> None:
    _, subs = prepare(load_query("designated-places"), {"year": "2018"})
    assert subs["year"] == ox.Literal("2018", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    with pytest.raises(QueryError, match="not a valid integer"):
        run_named(fixture_store, "designated-places", {"year": "twenty"})


# ------------------------------------------------------------------------------ typed functions


def test_townships_of_unit(fixture_store: Store) -> None:
    found = q.townships_of_unit(fixture_store, "雲川州公安局")
    assert sorted((p.place_label, p.document) for p in found) == [
        ("松涧乡", "yc-2019"), ("金沙镇", "yc-2020"), ("鹤鸣镇", "yc-2019")]
    assert {p.unit_label for p in found} == {"云川州公安局"}
    assert found[0].to_dict()["level"] == "township"
    with pytest.raises(NotFoundError):
        q.townships_of_unit(fixture_store, "无此单位")


def test_designated_places_by_authority_and_year(fixture_store: Store) -> None:
    assert [(d.place_label, d.year) for d in q.designated_places(fixture_store, "省禁毒委员会", 2018)] == [
        ("松涧乡", 2018)]
    every = q.designated_places(fixture_store)
    assert len(every) == 5  # one record per statement, not one per name of the authority
    assert {d.year for d in every} == {2018, 2019, 2020}
    assert {d.document_date for d in q.designated_places(fixture_store, year=2020)} == {"2020-06-10"}


def test_documents_by_unit_with_joint_issuers(fixture_store: Store) -> None:
    [plan] = q.documents_by_unit(fixture_store, "石桥县委")
    assert (plan.relation, plan.title, plan.joint_issuers) == ("issued", "石桥县禁毒整治实施方案", ("石桥县政府",))
    [forwarded] = q.documents_by_unit(fixture_store, "州公安局")
    assert forwarded.relation == "forwarded" and forwarded.joint_issuers == ("青岚省禁毒委员会",)


def test_places_within_has_depths(fixture_store: Store) -> None:
    tree = q.places_within(fixture_store, "云川州")
    assert (tree[0].label, tree[0].depth) == ("石桥土家族自治县", 1)
    assert {p.label: p.depth for p in tree}["东岭村"] == 3
    assert q.places_within(fixture_store, "东岭村") == []


def test_co_supervisors_and_unit_load(fixture_store: Store) -> None:
    assert [(c.label, c.shared, c.places) for c in q.co_supervisors(fixture_store, "州公安局")] == [
        ("云川州禁毒办", 2, ("松涧乡", "鹤鸣镇")), ("云川州司法局", 1, ("鹤鸣镇",))]
    assert [(u.label, u.places, u.townships) for u in q.unit_load(fixture_store, limit=2)] == [
        ("云川州公安局", 3, 3), ("云川州司法局", 2, 2)]


# ------------------------------------------------------------------- oversees: walk == SPARQL


def _all_names(store: Store) -> list[str]:
    rows = store.query("SELECT DISTINCT ?n WHERE { ?e rdfs:label|skos:altLabel ?n }")
    return sorted({row["n"].value for row in rows})  # type: ignore[union-attr]


def test_oversees_walk_gives_what_the_query_gives(fixture_store: Store) -> None:
    for name in _all_names(fixture_store):
        walked = sorted(map(repr, q._oversees_walk(fixture_store, name)))
        queried = sorted(map(repr, q._oversees_sparql(fixture_store, name)))
        assert walked == queried, name


def test_oversees_on_the_fixture(fixture_store: Store) -> None:
    records = q.oversees(fixture_store, "鹤鸣镇")
    assert [(r.label, r.relation, r.direct) for r in records][:4] == [
        ("云川州公安局", "supervises", True), ("云川州司法局", "supervises", True),
        ("云川州禁毒办", "supervises", True), ("云川州禁毒委员会", "designates", True)]
    assert records[0].quote == "由州公安局、州禁毒办包点督办"
    assert records[0].evidence.startswith("云川州禁毒委员会将石桥县鹤鸣镇")  # the sentence, not the quote


def test_the_benchmark_generator_writes_a_graph_govkg_answers_on(tmp_path: Path) -> None:
    from benchmarks.gen_graph import main as generate  # its quads come from kg.build: the shape holds by construction

    out = tmp_path / "g.nq"
    assert generate(["--quads", "3000", "--out", str(out)]) == 0
    meta = json.loads((tmp_path / "g.nq.json").read_text(encoding="utf-8"))
    assert meta["quads"] >= 3000 and meta["townships"]
    with Store.open(None) as store:
        store.inner.load(path=str(out), format=ox.RdfFormat.N_QUADS)
        assert q.oversees(store, meta["townships"][0])
        assert chain(store, meta["townships"][0]).places


# ----------------------------------------------------------------------------- docs and layering


@pytest.mark.parametrize("module", ["kg.named", "kg.walk", "kg.chain", "kg.query"])
def test_doctests(module: str) -> None:
    assert doctest.testmod(importlib.import_module(module), optionflags=doctest.ELLIPSIS).failed == 0


@pytest.mark.parametrize("module", ["named", "walk", "chain", "query"])
def test_query_modules_import_nothing_above_them(module: str) -> None:
    tree = ast.parse(Path(REPO / "kg" / f"{module}.py").read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert not {m for m in imported if m.split(".")[:2] in (["kg", "viz"], ["kg", "serve"], ["kg", "cli"])}
