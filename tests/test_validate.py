"""kg.validate and ontology/shapes.ttl: the good fixture conforms, every planted
error in the bad fixture gives exactly one violation with a message that says what
is wrong."""

from __future__ import annotations

import ast
import json
from itertools import product
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, PROV

from extract.records import Extraction
from kg import build
from kg.errors import InputError
from kg.validate import ValidationReport, Violation, ontology_dir, validate

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "data" / "ontology"
GOV = Namespace("https://w3id.org/govkg#")
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")
PLACE = Namespace("https://w3id.org/govkg/id/place/")
UNIT = Namespace("https://w3id.org/govkg/id/org/")
DOC = Namespace("https://w3id.org/govkg/id/doc/")
FACT = Namespace("https://w3id.org/govkg/id/fact/")


def _fixture(name: str) -> Graph:
    return Graph().parse(FIXTURES / name, format="turtle")


@pytest.fixture(scope="module")
def good() -> Graph:
    return _fixture("good.ttl")


@pytest.fixture(scope="module")
def bad_report() -> ValidationReport:
    return validate(_fixture("bad.ttl"))


def _copy(g: Graph) -> Graph:
    out = Graph()
    for t in g:
        out.add(t)
    return out


def _label(g: Graph, node: URIRef, cls: URIRef, name: str) -> None:
    g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(name, lang="zh")))


# --------------------------------------------------------------------------- fixtures


def test_good_fixture_conforms(good: Graph) -> None:
    report = validate(good)
    assert report.violations == ()
    assert report.conforms is True
    assert report.text == "Conforms: True\n"


def test_bad_fixture_gives_one_violation_per_planted_error(bad_report: ValidationReport) -> None:
    assert bad_report.conforms is False
    found = {(v.focus, v.path, v.message) for v in bad_report.violations}
    assert found == {
        # 1. a township within a village
        (
            PLACE.daban,
            GOV.within,
            "A gov:Township or gov:Subdistrict can only be gov:within a gov:County, gov:District, "
            "gov:City or gov:Prefecture (a higher level).",
        ),
        # 2. gov:supervises from a place: the subject node itself is wrong, so no path
        (
            PLACE.dongxiang,
            None,
            "Only an org:Organization can be the subject of gov:supervises; "
            "this subject is not an org:Organization.",
        ),
        # 3. a document with two labels
        (
            DOC.fangan,
            RDFS.label,
            "Entity has more than one rdfs:label: keep one canonical name in rdfs:label "
            "and put the other names in skos:altLabel.",
        ),
        # 4. an assertion without its sentence
        (
            FACT["0000000000000001"],
            PROV.wasDerivedFrom,
            "A gov:Assertion must be prov:wasDerivedFrom the gov:Sentence it was read from (the sentence "
            "carries its text, offsets and source).",
        ),
    }
    assert {v.severity for v in bad_report.violations} == {"Violation"}


def test_bad_fixture_value_of_the_wrong_parent(bad_report: ValidationReport) -> None:
    within = [v for v in bad_report.violations if v.path == GOV.within]
    assert [v.value for v in within] == [PLACE["daban-cun"]]


def test_report_text_names_each_problem(bad_report: ValidationReport) -> None:
    text = bad_report.text
    assert text.startswith("Conforms: False (4 violations)\n")
    assert text.count("[Violation]") == 4
    # focus nodes are shown with their Chinese label, properties as prefixed names
    assert "达板镇 <https://w3id.org/govkg/id/place/daban>  gov:within -> 达板村" in text
    for v in bad_report.violations:
        assert v.message in text


def test_report_as_dict_is_json(bad_report: ValidationReport) -> None:
    data = json.loads(json.dumps(bad_report.as_dict(), ensure_ascii=False))
    assert data["conforms"] is False
    assert len(data["violations"]) == 4
    assert {"focus", "path", "value", "message", "severity"} == set(data["violations"][0])


def test_violations_are_sorted_and_frozen(bad_report: ValidationReport) -> None:
    assert list(bad_report.violations) == sorted(
        bad_report.violations, key=lambda v: (str(v.focus), str(v.path))
    )
    with pytest.raises(AttributeError):
        bad_report.violations[0].message = "x"  # type: ignore[misc]


# --------------------------------------------------------------------------- level order of gov:within

ALLOWED_PARENTS = {
    "Province": set(),
    "Prefecture": {"Province"},
    "County": {"Prefecture", "Province"},
    "District": {"Prefecture", "Province"},
    "City": {"Prefecture", "Province"},
    "Township": {"County", "District", "City", "Prefecture"},
    "Subdistrict": {"County", "District", "City", "Prefecture"},
    "Village": {"Township", "Subdistrict", "County", "District", "City"},
}


def test_within_must_go_to_a_higher_level() -> None:
    # every (child level, parent level) pair at once; one validation run
    g = Graph()
    expected_bad = set()
    for child, parent in product(ALLOWED_PARENTS, repeat=2):
        c, p = PLACE[f"{child}-in-{parent}"], PLACE[f"{parent}-above-{child}"]
        _label(g, c, GOV[child], f"{child}子")
        _label(g, p, GOV[parent], f"{parent}父")
        g.add((c, GOV.within, p))
        if parent not in ALLOWED_PARENTS[child]:
            expected_bad.add(c)
    report = validate(g)
    assert {v.focus for v in report.violations} == expected_bad
    assert {v.path for v in report.violations} == {GOV.within}
    assert len(report.violations) == len(expected_bad) == 64 - 20  # one each; 20 allowed pairs


def test_within_a_place_of_unknown_level_is_accepted() -> None:
    g = Graph()
    _label(g, PLACE.town, GOV.Township, "达板镇")
    _label(g, PLACE.somewhere, GOV.Place, "某地")
    g.add((PLACE.town, GOV.within, PLACE.somewhere))
    assert validate(g).conforms


def test_two_direct_parents_is_only_a_warning() -> None:
    g = Graph()
    _label(g, PLACE.town, GOV.Township, "达板镇")
    _label(g, PLACE.a, GOV.County, "东乡县")
    _label(g, PLACE.b, GOV.County, "广河县")
    g.add((PLACE.town, GOV.within, PLACE.a))
    g.add((PLACE.town, GOV.within, PLACE.b))
    report = validate(g)
    assert report.conforms is True
    assert [(v.severity, v.focus, v.path) for v in report.violations] == [("Warning", PLACE.town, GOV.within)]
    assert "(1 warning)" in report.text


# --------------------------------------------------------------------------- other constraints


def test_place_and_organization_are_disjoint(good: Graph) -> None:
    g = _copy(good)
    g.add((PLACE.linxia, RDF.type, GOV.Government))
    report = validate(g)
    assert [(v.focus, v.path) for v in report.violations] == [(PLACE.linxia, None)]
    assert "both an org:Organization and a gov:Place" in report.violations[0].message


def test_assertion_needs_its_direct_triple(good: Graph) -> None:
    g = _copy(good)
    g.remove((UNIT.gonganju, GOV.supervises, PLACE.daban))
    report = validate(g)
    assert [v.focus for v in report.violations] == [FACT["0000000000000001"]]
    assert "direct triple" in report.violations[0].message


def test_assertion_needs_a_sentence_and_non_empty_evidence(good: Graph) -> None:
    g = _copy(good)
    fact = FACT["0000000000000002"]
    g.remove((fact, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), None))
    g.set((fact, GOV.evidence, Literal("", lang="zh")))
    report = validate(g)
    assert {(v.focus, str(v.path).rsplit("#")[-1], v.message) for v in report.violations} == {
        (
            fact,
            "wasDerivedFrom",
            "A gov:Assertion must be prov:wasDerivedFrom the gov:Sentence it was read from (the sentence "
            "carries its text, offsets and source).",
        ),
        (fact, "evidence", "gov:evidence must be a non-empty string."),
    }


def test_sentence_needs_its_source(good: Graph) -> None:
    g = _copy(good)
    sentence = URIRef("https://w3id.org/govkg/id/source/linxia-2016/s0")
    g.remove((sentence, GOV.inSource, None))
    report = validate(g)
    assert [(v.focus, v.path) for v in report.violations] == [(sentence, GOV.inSource)]


ONLY_ORG = "Only an org:Organization can be the subject of {}; this subject is not an org:Organization."


@pytest.mark.parametrize(
    "triple,focus,path,message",
    [
        (
            (UNIT.zhouwei, GOV.issued, PLACE.daban),
            UNIT.zhouwei,
            GOV.issued,
            "gov:issued must point to a gov:Document.",
        ),
        (
            (UNIT.zhouwei, GOV.forwarded, UNIT.gonganju),
            UNIT.zhouwei,
            GOV.forwarded,
            "gov:forwarded must point to a gov:Document.",
        ),
        (
            (UNIT.zhouwei, GOV.designates, UNIT.gonganju),
            UNIT.zhouwei,
            GOV.designates,
            "gov:designates must point to a gov:Place.",
        ),
        (
            (UNIT.zhouwei, GOV.supervises, DOC.fangan),
            UNIT.zhouwei,
            GOV.supervises,
            "gov:supervises must point to a gov:Place or an org:Organization.",
        ),
        (
            (UNIT.zhouwei, ORG.subOrganizationOf, PLACE.linxia),
            UNIT.zhouwei,
            ORG.subOrganizationOf,
            "org:subOrganizationOf must point to an org:Organization.",
        ),
        ((DOC.fangan, GOV.established, UNIT.gonganju), DOC.fangan, None, ONLY_ORG.format("gov:established")),
        ((PLACE.linxia, GOV.issued, DOC.fangan), PLACE.linxia, None, ONLY_ORG.format("gov:issued")),
        (
            (UNIT.gonganju, GOV.within, PLACE.linxia),
            UNIT.gonganju,
            None,
            "Only a gov:Place can be gov:within a place; this subject is not a gov:Place.",
        ),
    ],
    ids=[
        "issued-object",
        "forwarded-object",
        "designates-object",
        "supervises-object",
        "suborganization-object",
        "established-subject",
        "issued-subject",
        "within-subject",
    ],
)
def test_relation_ends_have_the_right_class(
    good: Graph, triple: tuple[URIRef, URIRef, URIRef], focus: URIRef, path: URIRef | None, message: str
) -> None:
    g = _copy(good)
    g.add(triple)
    report = validate(g)
    assert [(v.focus, v.path, v.message) for v in report.violations] == [(focus, path, message)]


def test_labels_are_one_chinese_name() -> None:
    g = Graph()
    g.add((UNIT.nolabel, RDF.type, ORG.Organization))
    g.add((URIRef("https://w3id.org/govkg/id/person/p"), RDF.type, FOAF.Person))
    g.add((URIRef("https://w3id.org/govkg/id/person/p"), RDFS.label, Literal("Yang Yuanzhong", lang="en")))
    report = validate(g)
    assert {(str(v.focus).rsplit("/", 1)[-1], v.path, v.message) for v in report.violations} == {
        (
            "nolabel",
            RDFS.label,
            "Entity has no rdfs:label: every unit, place, document and person needs its "
            "canonical full name as rdfs:label @zh.",
        ),
        ("p", RDFS.label, "rdfs:label must be a Chinese literal tagged @zh."),
    }


def test_codes_must_be_known(good: Graph) -> None:
    g = _copy(good)
    g.set((PLACE.daban, GOV.level, Literal("town")))
    g.set((UNIT.gonganju, GOV.kind, Literal("cops")))
    report = validate(g)
    assert {(v.focus, v.path) for v in report.violations} == {
        (PLACE.daban, GOV.level),
        (UNIT.gonganju, GOV.kind),
    }


def test_code_lists_match_the_extractor_records() -> None:
    records = pytest.importorskip("extract.records")
    shapes = Graph().parse(REPO / "ontology" / "shapes.ttl")
    for prop, codes in ((GOV.level, records.PLACE_LEVELS), (GOV.kind, records.ORG_KINDS)):
        shape = next(shapes.subjects(SH.path, prop))
        head = shapes.value(shape, SH["in"])
        assert head is not None
        listed = {str(x) for x in shapes.items(head)}
        assert listed == set(codes), prop


# --------------------------------------------------------------------------- API behaviour


def test_dataset_is_validated_as_the_union(good: Graph) -> None:
    # entities in one document's graph, provenance in another: only the union conforms
    ds = Dataset()
    first = ds.graph(URIRef("https://w3id.org/govkg/id/source/a"))
    second = ds.graph(URIRef("https://w3id.org/govkg/id/source/b"))
    for i, t in enumerate(sorted(good)):
        (first if i % 2 else second).add(t)
    assert validate(ds).conforms


def test_built_graph_of_the_tiny_extraction_conforms(tiny: Extraction) -> None:
    # kg.build's real output, read as the union of its named graphs, must satisfy the shapes.
    ntriples = ox.serialize([q.triple for q in build.quads(tiny)], format=ox.RdfFormat.N_TRIPLES)
    assert ntriples is not None
    report = validate(Graph().parse(data=ntriples.decode("utf-8"), format="nt"))
    assert report.violations == ()
    assert report.conforms


def test_validate_does_not_change_the_data(good: Graph) -> None:
    before = set(good)
    validate(good)
    assert set(good) == before


def test_explicit_paths_and_ontology_dir() -> None:
    folder = ontology_dir()
    assert (folder / "govkg.ttl").is_file() and (folder / "shapes.ttl").is_file()
    report = validate(
        _fixture("bad.ttl"), shapes_path=folder / "shapes.ttl", ontology_path=folder / "govkg.ttl"
    )
    assert len(report.violations) == 4


def test_missing_or_broken_shapes_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        validate(Graph(), shapes_path=tmp_path / "missing.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nthis is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="not valid Turtle"):
        validate(Graph(), shapes_path=broken)


def test_violation_record_fields() -> None:
    v = Violation(focus=PLACE.x, path=GOV.within, message="m", severity="Violation")
    assert v.value is None


def test_validate_module_imports_no_extractor_or_cli() -> None:
    tree = ast.parse((REPO / "kg" / "validate.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    assert not {m for m in imported if m.split(".")[0] == "extract" or m.startswith("kg.cli")}
    assert "print(" not in (REPO / "kg" / "validate.py").read_text(encoding="utf-8")
