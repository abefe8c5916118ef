"""kg.query: oversees (labels, aliases, traditional script, containing places) and named queries."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.iri
from extract.records import Extraction
from kg.errors import NotFoundError, QueryError
from kg.query import bind_value, list_queries, load_query, name_variants, oversees, parse_header, run_named
from kg.resources import queries_dir
from kg.store import Store
from kg.vocab import XSD


@pytest.fixture
def store(mem_store: Store, tiny: Extraction) -> Store:
    mem_store.add(tiny)
    return mem_store


def test_oversees_direct_and_through_a_containing_place(store: Store) -> None:
    records = oversees(store, "鼎新镇")
    assert [(r.label, r.relation, r.place_label, r.direct) for r in records] == [
        ("酒泉市禁毒委员会", "designates", "鼎新镇", True),
        ("酒泉市公安局", "supervises", "金塔县", False),
    ]
    first = records[0]
    assert first.unit == kg.iri.entity("organization", "org:酒泉市禁毒委员会").value
    assert first.evidence == "酒泉市禁毒委员会将金塔县鼎新镇列为重点整治乡镇，印发《鼎新镇禁毒整治方案》。"
    assert first.document == "tiny-report"
    assert first.document_title == "鼎新镇禁毒整治情况"
    assert set(first.to_dict()) >= {"unit", "label", "relation", "evidence", "document"}


def test_oversees_in_traditional_script(store: Store) -> None:
    assert [r.label for r in oversees(store, "鼎新鎮")] == [r.label for r in oversees(store, "鼎新镇")]
    assert name_variants(" 金塔縣 ") == ["金塔縣", "金塔县"]


def test_oversees_by_alias_and_unit(store: Store) -> None:
    assert [r.label for r in oversees(store, "金塔县")] == ["酒泉市公安局"]
    assert oversees(store, "市公安局") == []  # a known unit nobody oversees


def test_oversees_unknown_name(store: Store) -> None:
    with pytest.raises(NotFoundError, match="不存在镇") as info:
        oversees(store, "不存在镇")
    assert info.value.hint


def test_oversees_merges_documents(mem_store: Store, make_tiny: Callable[..., Extraction]) -> None:
    mem_store.add(make_tiny(doc_id="one"))
    mem_store.add(make_tiny(doc_id="two"))
    records = oversees(mem_store, "鼎新镇")
    assert sorted((r.label, r.document) for r in records) == [
        ("酒泉市公安局", "one"), ("酒泉市公安局", "two"), ("酒泉市禁毒委员会", "one"), ("酒泉市禁毒委员会", "two")]


def test_every_named_query_has_a_header_and_selects_its_parameters() -> None:
    queries = list_queries()
    assert "oversees" in [q.name for q in queries]
    for q in queries:
        assert q.title, q.path
        assert q.description, q.path
        select = re.search(r"SELECT(.*?)WHERE", q.text, re.S | re.I)
        for p in q.params:
            assert select and f"?{p.name}" in select.group(1).split(), f"{q.name}: ?{p.name} must be selected"


def test_parse_header() -> None:
    text = "# title: A\n# description: one\n#   two\n# param: x (integer) a number\n# param: y\nSELECT ?x ?y {}"
    title, description, params = parse_header(text)
    assert (title, description) == ("A", "one two")
    assert [(p.name, p.type, p.doc) for p in params] == [("x", "integer", "a number"), ("y", "term", "")]


def test_bind_value_types() -> None:
    assert bind_value("literal@zh", "鼎新镇") == ox.Literal("鼎新镇", language="zh")
    assert bind_value("literal", "鼎新镇") == ox.Literal("鼎新镇")
    assert bind_value("integer", "7") == ox.Literal("7", datatype=XSD.integer)
    assert bind_value("date", "2016-06-21") == ox.Literal("2016-06-21", datatype=XSD.date)
    assert bind_value("boolean", "true") == ox.Literal("true", datatype=XSD.boolean)
    assert bind_value("iri", "<https://x/y>") == ox.NamedNode("https://x/y")
    assert bind_value("iri", "gov:Township").value == "https://w3id.org/govkg#Township"
    assert bind_value("term", "https://x/y") == ox.NamedNode("https://x/y")
    assert bind_value("term", "12") == ox.Literal("12", datatype=XSD.integer)
    assert bind_value("term", "达板镇") == ox.Literal("达板镇")
    term = ox.NamedNode("https://x/z")
    assert bind_value("literal", term) is term
    for kind, bad in (("integer", "seven"), ("date", "2016-13-01"), ("boolean", "yes"), ("iri", "not an iri")):
        with pytest.raises(QueryError):
            bind_value(kind, bad)


def test_run_named(store: Store) -> None:
    rows = list(run_named(store, "oversees", {"name": "鼎新镇"}))
    assert {r["relation"].value for r in rows} == {"designates", "supervises"}
    assert list(run_named(store, "oversees", {"name": '鼎新镇" } ?s ?p ?o . { "x'})) == []
    with pytest.raises(QueryError, match="no parameter"):
        run_named(store, "oversees", {"place": "鼎新镇"})
    with pytest.raises(QueryError, match="no query"):
        run_named(store, "no-such-query", {})


def test_run_named_from_a_file(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "levels.rq"
    path.write_text("# title: Levels\n# description: d\n# param: level (literal) a level\n"
                    "SELECT ?level ?l WHERE { ?p gov:level ?level ; rdfs:label ?l }", encoding="utf-8")
    rows = run_named(store, path, {"level": "county"})
    assert [r["l"].value for r in rows] == ["金塔县"]  # type: ignore[index, union-attr]
    assert load_query(path).params[0].type == "literal"
    assert queries_dir().is_dir()
