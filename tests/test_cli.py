"""The kg command: help, JSON modes, exit codes, batches with bad files, bound parameters.

Behaviour tests replace the extractor with the hand-made fixture extraction, so they hold
whatever the extractor does; only test_quickstart_seed runs the real one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

import extract
from extract.records import Document, Extraction, Relation
from kg.cli import app
from kg.store import Store
from tests.conftest import REPO, TINY_TEXT

runner = CliRunner()
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch, make_tiny: Callable[..., Extraction]) -> None:
    """``extract.extract`` returns the fixture extraction for the text of the document."""
    monkeypatch.setattr(extract, "extract", lambda doc: make_tiny(text=doc.text, doc_id=doc.id))


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "tiny-report.txt").write_text(TINY_TEXT, encoding="utf-8")
    return folder


@pytest.fixture
def built(fake_extractor: None, texts: Path, tmp_path: Path) -> Path:
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(texts), "--store", str(store)])
    assert result.exit_code == 0, result.output
    return store


def test_commands_exist() -> None:
    assert {"build", "oversees", "query", "validate", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)])
def test_help(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage" in result.stdout


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("govkg ")


def test_build_then_oversees_json(built: Path) -> None:
    result = runner.invoke(app, ["oversees", "鼎新镇", "--json", "--store", str(built)])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert [(r["label"], r["relation"]) for r in records] == [("酒泉市禁毒委员会", "designates"),
                                                              ("酒泉市公安局", "supervises")]
    for r in records:
        assert {"unit", "label", "relation", "evidence", "document"} <= set(r)
        assert r["unit"].startswith("https://w3id.org/govkg/id/org/")
        assert r["document"] == "tiny-report"
        assert r["evidence"] in TINY_TEXT


def test_oversees_text_output_and_traditional_name(built: Path) -> None:
    result = runner.invoke(app, ["oversees", "鼎新鎮", "--store", str(built)])
    assert result.exit_code == 0, result.output
    assert "酒泉市公安局\tsupervises\t金塔县 (which contains 鼎新鎮)\t[tiny-report]" in result.stdout
    assert "    酒泉市公安局（市公安局）包抓金塔县。" in result.stdout


def test_oversees_unknown_place_exits_1(built: Path) -> None:
    result = runner.invoke(app, ["oversees", "不存在镇", "--store", str(built)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "不存在镇" in result.stderr and "hint:" in result.stderr


def test_oversees_nobody(built: Path) -> None:
    result = runner.invoke(app, ["oversees", "市公安局", "--json", "--store", str(built)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == []


def test_oversees_without_a_store_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["oversees", "鼎新镇", "--store", str(tmp_path / "none")])
    assert result.exit_code == 1
    assert "kg build" in result.stderr


def test_rebuild_reports_unchanged(built: Path, texts: Path) -> None:
    result = runner.invoke(app, ["build", str(texts), "--store", str(built)])
    assert result.exit_code == 0
    assert "1 unchanged" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["build", "--no-such-option", "x"],
        ["build"],
        ["build", "/no/such/path"],
        ["oversees"],
        ["query", "oversees", "--format", "xml"],
        ["query", "oversees", "--param", "no-equals-sign"],
        ["eval", "/no/such/dir"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output


def test_bad_out_extension_is_a_usage_error(fake_extractor: None, texts: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(texts), "--store", str(tmp_path / "s"), "--out", "graph.xyz"])
    assert result.exit_code == 2
    assert not (tmp_path / "s").exists(), "nothing is built before the usage check"


def test_batch_with_a_binary_file_lands_the_rest_and_exits_1(fake_extractor: None, texts: Path,
                                                             tmp_path: Path) -> None:
    (texts / "broken.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (texts / "empty.txt").write_bytes(b"")
    store = tmp_path / "store"
    result = runner.invoke(app, ["build", str(texts), "--store", str(store)])
    assert result.exit_code == 1
    assert "broken.txt" in result.stderr
    assert "1 built, 1 skipped, 1 failed" in result.stderr
    assert "Traceback" not in result.output
    found = runner.invoke(app, ["oversees", "鼎新镇", "--json", "--store", str(store)])
    assert found.exit_code == 0 and len(json.loads(found.stdout)) == 2


def test_extractor_crash_on_one_file_keeps_the_batch(monkeypatch: pytest.MonkeyPatch, texts: Path,
                                                     tmp_path: Path, make_tiny: Callable[..., Extraction]) -> None:
    def flaky(doc: Document) -> Extraction:
        if doc.id == "bad":
            raise ValueError("boom")
        return make_tiny(text=doc.text, doc_id=doc.id)

    monkeypatch.setattr(extract, "extract", flaky)
    (texts / "bad.txt").write_text("某镇。", encoding="utf-8")
    result = runner.invoke(app, ["build", str(texts), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr and "boom" in result.stderr
    assert "1 built" in result.stderr


def test_build_out_and_progress(fake_extractor: None, tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(7):
        (folder / f"r{i}.txt").write_text(TINY_TEXT, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(folder), "--store", str(tmp_path / "s"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "7 built" in result.stderr
    assert result.stdout == "", "build writes no data to stdout"
    assert out.read_text(encoding="utf-8").count("gov:SourceText") == 7


def test_query_hostile_parameter_returns_nothing(built: Path) -> None:
    hostile = '达板镇" } ?s ?p ?o . { "x'
    result = runner.invoke(app, ["query", "oversees", "--param", f"name={hostile}", "--format", "json",
                                 "--store", str(built)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"] == []
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "tsv"])
def test_query_formats(built: Path, fmt: str) -> None:
    result = runner.invoke(app, ["query", "oversees", "-p", "name=鼎新镇", "--format", fmt, "--store", str(built)])
    assert result.exit_code == 0, result.output
    assert "酒泉市公安局" in result.stdout
    if fmt == "json":
        assert len(json.loads(result.stdout)["results"]["bindings"]) == 2
    if fmt == "csv":
        assert result.stdout.splitlines()[0].startswith("name,unit,label,relation")


def test_query_file_ask_and_construct(built: Path, tmp_path: Path) -> None:
    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?u gov:supervises ?p }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(ask), "--store", str(built)])
    assert (result.exit_code, result.stdout.strip()) == (0, "true")
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT { ?u gov:supervises ?p } WHERE { ?u gov:supervises ?p }", encoding="utf-8")
    result = runner.invoke(app, ["query", str(construct), "--store", str(built)])
    assert result.exit_code == 0 and result.stdout.count("<https://w3id.org/govkg#supervises>") == 1


def test_query_errors_exit_1(built: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x", encoding="utf-8")
    for args in (["query", str(bad)], ["query", "no-such-query"], ["query", "oversees", "-p", "nope=1"]):
        result = runner.invoke(app, [*args, "--store", str(built)])
        assert result.exit_code == 1, args
        assert "error:" in result.stderr and "Traceback" not in result.output


def test_validate_good_and_broken_graphs(built: Path, tmp_path: Path, make_tiny: Callable[..., Extraction]) -> None:
    good = runner.invoke(app, ["validate", "--store", str(built)])
    assert good.exit_code == 0, good.output
    tiny = make_tiny()
    # a place that "supervises" a unit breaks the shapes
    wrong = Relation("supervises", "place:鼎新镇", "org:酒泉市公安局", 0, "错误", 0, 2)
    broken = tmp_path / "broken"
    with Store.open(broken) as store:
        store.add(Extraction(tiny.document, tiny.sentences, tiny.entities, (*tiny.relations, wrong)))
    bad = runner.invoke(app, ["validate", "--store", str(broken)])
    assert bad.exit_code == 1, bad.output
    assert bad.stdout.strip()


def test_eval_on_a_tiny_gold_folder(fake_extractor: None, tmp_path: Path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "tiny-report.txt").write_text(TINY_TEXT, encoding="utf-8")
    gold = {
        "id": "tiny-report", "title": None, "date": None,
        "organizations": [{"name": "酒泉市禁毒委员会", "aliases": []},
                          {"name": "酒泉市公安局", "aliases": ["市公安局"]}],
        "places": [{"name": "酒泉市", "aliases": []},
                   {"name": "金塔县", "aliases": [], "within": "酒泉市", "within_stated": False},
                   {"name": "鼎新镇", "aliases": [], "within": "金塔县", "within_stated": True}],
        "documents": [{"title": "鼎新镇禁毒整治方案", "aliases": []}],
        "people": [],
        "relations": [
            {"type": "designates", "subject": "酒泉市禁毒委员会", "object": "鼎新镇"},
            {"type": "issued", "subject": "酒泉市禁毒委员会", "object": "鼎新镇禁毒整治方案"},
            {"type": "supervises", "subject": "酒泉市公安局", "object": "金塔县"},
            {"type": "within", "subject": "鼎新镇", "object": "金塔县"},
        ],
    }
    (gold_dir / "tiny-report.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["eval", str(gold_dir), "--json"])
    assert result.exit_code == 0, result.output
    macro = json.loads(result.stdout)["macro"]
    assert macro["govkg"]["entities"]["f1"] == 1.0
    assert macro["govkg"]["relations"]["f1"] == 1.0
    assert macro["jieba"]["relations"]["f1"] == 0.0
    table = runner.invoke(app, ["eval", str(gold_dir)])
    assert table.exit_code == 0
    assert "supervises" in table.stdout and "jieba F1" in table.stdout


def test_eval_on_an_empty_folder_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold" in result.stderr


SEED_UNITS = ["临夏州委政法委", "临夏州中级人民法院", "临夏州人民检察院", "临夏州司法局", "临夏州公安局",
              "临夏州禁毒委员会办公室"]


def test_quickstart_seed(tmp_path: Path) -> None:
    store = tmp_path / "store"
    built = runner.invoke(app, ["build", str(REPO / "examples"), "--store", str(store)])
    assert built.exit_code == 0, built.output
    result = runner.invoke(app, ["oversees", "达板镇", "--json", "--store", str(store)])
    assert result.exit_code == 0, result.output
    records = [r for r in json.loads(result.stdout) if r["relation"] == "supervises" and r["direct"]]
    gold = json.loads((REPO / "examples" / "linxia-2016.gold.json").read_text(encoding="utf-8"))
    names = {o["name"]: {o["name"], *o.get("aliases", [])} for o in gold["organizations"]}
    with Store.open(store, read_only=True) as db:
        labels = [
            {row["l"].value for row in db.query(  # type: ignore[union-attr]
                "SELECT ?u ?l WHERE { ?u rdfs:label|skos:altLabel ?l }", {"u": _iri(r["unit"])})}
            | {r["label"]} for r in records
        ]
    assert len(records) == len(SEED_UNITS)
    for unit in SEED_UNITS:
        assert any(names[unit] & found or unit in found for found in labels), unit
    assert all(r["evidence"] for r in records)


def _iri(value: str) -> object:
    import pyoxigraph

    return pyoxigraph.NamedNode(value)
