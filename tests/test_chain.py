"""kg.query.chain and ``kg chain``: the walk agrees with queries/chain.rq, climbs by administrative code,
draws a tree; plus the ``kg query`` formats, and the acceptance checks on the seed report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from rich.console import Console
from typer.testing import CliRunner

from extract import extract
from kg.chain import ChainRecord, tree
from kg.cli import app
from kg.errors import NotFoundError
from kg.ingest import read_documents
from kg.named import run_named
from kg.query import chain, oversees
from kg.store import Store
from kg.vocab import GOV
from tests.conftest import REPO

FIXTURE = REPO / "tests" / "data" / "queries" / "fixture.trig"
runner = CliRunner()


@pytest.fixture(scope="module")
def fixture_store() -> Iterator[Store]:
    with Store.open(None) as store:
        store.inner.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
        yield store


@pytest.fixture(scope="module")
def seed() -> Iterator[Store]:
    """The bundled example report, built by the real extractor."""
    with Store.open(None) as store:
        for doc in read_documents([REPO / "examples"]):
            store.add(extract(doc))
        yield store


@pytest.fixture
def fixture_path(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    with Store.open(path) as store:
        store.inner.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return path


def _labels(record: ChainRecord, relation: str) -> set[tuple[str, str]]:
    return {(e.source_label, e.target_label) for e in record.edges if e.relation == relation}


# ------------------------------------------------------------------------------------- the fixture


def test_chain_climbs_stated_parents_then_by_code(fixture_store: Store) -> None:
    record = chain(fixture_store, "鹤鸣镇")
    assert [(s.label, s.level, s.via) for s in record.places] == [
        ("鹤鸣镇", "township", "target"), ("石桥土家族自治县", "county", "stated"),
        ("云川州", "prefecture", "stated"), ("青岚省", "province", "adminCode")]
    assert (record.kind, record.level, record.others) == ("place", "township", ())
    assert [(o.unit.label, o.place_label, o.direct) for o in record.supervisors] == [
        ("云川州公安局", "鹤鸣镇", True), ("云川州司法局", "鹤鸣镇", True), ("云川州禁毒办", "鹤鸣镇", True),
        ("云川州政法委", "石桥土家族自治县", False)]
    assert [(o.unit.label, o.place_label) for o in record.designators] == [
        ("云川州禁毒委员会", "鹤鸣镇"), ("青岚省禁毒委员会", "石桥土家族自治县")]


def test_chain_reaches_parent_organisations_and_documents(fixture_store: Store) -> None:
    record = chain(fixture_store, "鶴鳴鎮")
    office = next(o.unit for o in record.supervisors if o.unit.label == "云川州禁毒办")
    assert [p.label for p in office.parents] == ["云川州禁毒委员会"]
    assert [d.title for d in office.parents[0].documents] == ["云川州挂牌整治工作方案"]
    provincial = next(o.unit for o in record.designators if o.unit.label == "青岚省禁毒委员会")
    assert sorted(d.title for d in provincial.documents) == ["全省禁毒工作要点", "关于对石桥县挂牌整治的决定"]
    assert set(record.documents().values()) == {
        "云川州挂牌整治工作方案", "全省禁毒工作要点", "关于对石桥县挂牌整治的决定"}
    assert "云川州委" in record.units().values()
    [decision] = [e for e in record.edges if e.target_label == "关于对石桥县挂牌整治的决定"]
    assert [(ev.document, ev.quote) for ev in decision.evidence] == [
        ("yc-2019", "青岚省禁毒委员会印发《关于对石桥县挂牌整治的决定》")]


def test_chain_of_a_county_with_no_stated_parent(fixture_store: Store) -> None:
    record = chain(fixture_store, "金沙镇")
    assert [(s.label, s.via) for s in record.places] == [
        ("金沙镇", "target"), ("柳河县", "stated"), ("云川州", "adminCode"), ("青岚省", "adminCode")]
    assert ("云川州公安局", "金沙镇") in _labels(record, "supervises")


def test_chain_of_a_unit(fixture_store: Store) -> None:
    record = chain(fixture_store, "州禁毒办")
    assert (record.kind, record.level, record.places) == ("unit", "office", ())
    assert record.unit is not None
    assert [p.label for p in record.unit.parents] == ["云川州禁毒委员会"]
    assert record.supervisors == ()


def test_chain_prefers_the_canonical_name_and_lists_the_others(fixture_store: Store) -> None:
    assert chain(fixture_store, "石桥县").label == "石桥土家族自治县"  # an alias finds the place
    with pytest.raises(NotFoundError, match="无此地"):
        chain(fixture_store, "无此地")


def test_the_walk_gives_the_edges_of_chain_rq(fixture_store: Store) -> None:
    """Without administrative codes nothing is climbed by code: then walk and query agree exactly."""
    with Store.open(None) as store:
        store.inner.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
        for quad in list(store.inner.quads_for_pattern(None, GOV.adminCode, None)):
            store.inner.remove(quad)
        names = sorted({row["n"].value for row in store.query(  # type: ignore[union-attr]
            "SELECT DISTINCT ?n WHERE { ?e rdfs:label ?n ; a ?c FILTER(?c IN (gov:Place, org:Organization)) }")})
        compared = 0
        for name in names:
            record = chain(store, name)
            walked = {(e.relation, e.source, e.target, ev.text, ev.document) for e in record.edges for ev in e.evidence}
            rows = run_named(store, "chain", {"name": name})
            queried = {(r["relation"].value, r["from"].value, r["to"].value, r["evidence"].value, r["docId"].value)
                       for r in rows if r["target"].value == record.target}  # type: ignore[union-attr]
            assert walked == queried, name
            compared += len(walked)
        assert len(names) > 10 and compared > 50

# ---------------------------------------------------------------------------------------- the tree


def test_tree_is_readable_and_never_markup(fixture_store: Store) -> None:
    console = Console(width=200, record=True)
    console.print(tree(chain(fixture_store, "鹤鸣镇")))
    text = console.export_text()
    assert text.splitlines()[0] == "鹤鸣镇 (township)"
    assert "青岚省 (province) [by administrative code]" in text
    assert "云川州公安局 [yc-2019]" in text
    assert "part of 云川州禁毒委员会" in text
    assert "issued 《关于对石桥县挂牌整治的决定》 [yc-2019]" in text


# ------------------------------------------------------------------------------------------ the CLI


def test_cli_chain_text_and_json(fixture_path: Path) -> None:
    result = runner.invoke(app, ["chain", "鹤鸣镇", "--store", str(fixture_path)])
    assert result.exit_code == 0, result.output
    assert "supervised by" in result.stdout and "云川州公安局" in result.stdout
    result = runner.invoke(app, ["chain", "鹤鸣镇", "--json", "--store", str(fixture_path)])
    data = json.loads(result.stdout)
    assert data["label"] == "鹤鸣镇" and data["places"][-1]["via"] == "adminCode"
    assert data["supervisors"][0]["unit"]["label"] == "云川州公安局"
    assert {"relation", "source", "target", "via", "evidence"} <= set(data["edges"][0])


def test_cli_chain_errors(fixture_path: Path) -> None:
    assert runner.invoke(app, ["chain", "无此地", "--store", str(fixture_path)]).exit_code == 1
    assert runner.invoke(app, ["chain"]).exit_code == 2
    assert runner.invoke(app, ["chain", "--help"]).exit_code == 0


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "table"])
def test_cli_query_formats(fixture_path: Path, fmt: str) -> None:
    result = runner.invoke(app, ["query", "townships-of-unit", "-p", "unit=州公安局", "--format", fmt,
                                 "--store", str(fixture_path)])
    assert result.exit_code == 0, result.output
    if fmt == "json":  # W3C SPARQL 1.1 Query Results JSON
        data = json.loads(result.stdout)
        assert "placeLabel" in data["head"]["vars"]
        assert {b["placeLabel"]["value"] for b in data["results"]["bindings"]} == {"鹤鸣镇", "松涧乡", "金沙镇"}
        assert data["results"]["bindings"][0]["place"]["type"] == "uri"
    elif fmt == "csv":
        assert result.stdout.splitlines()[0].startswith("unit,org,orgLabel,place")
    elif fmt == "tsv":
        assert result.stdout.splitlines()[0].startswith("?unit\t?org\t?orgLabel")
        assert '"金沙镇"@zh' in result.stdout
    else:
        assert "金沙镇" in result.stdout


# ------------------------------------------------------------------------------ the seed (issue 3)


def test_seed_oversees_dabanzhen(seed: Store) -> None:
    records = oversees(seed, "达板镇")
    supervisors = {r.label for r in records if r.relation == "supervises" and r.direct}
    assert len(supervisors) == 6
    assert {"临夏州公安局", "临夏州司法局", "临夏州禁毒办"} <= supervisors
    designators = {r.label for r in records if r.relation == "designates" and r.direct}
    assert designators & {"临夏州禁毒委员会", "临夏州禁毒委"}


def test_seed_chain_dabanzhen(seed: Store) -> None:
    record = chain(seed, "达板镇")
    places = [s.label for s in record.places]
    assert places[:3] == ["达板镇", "东乡族自治县", "临夏回族自治州"]
    assert ("甘肃省禁毒委", "东乡族自治县") in {(o.unit.label, o.place_label) for o in record.designators}
    issued = {(e.source_label, e.target_label) for e in record.edges if e.relation == "issued"}
    assert ("甘肃省禁毒委", "关于对七里河区东乡县和崆峒区挂牌整治的决定") in issued
    assert len(record.documents()) >= 2
