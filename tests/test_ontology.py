"""The ontology is tested like code: it parses, declares every term the project
uses, documents each term, and keeps the class tree the evaluation scorer relies on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, SKOS
from rdflib.term import Node

REPO = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = REPO / "ontology"
FIXTURES = Path(__file__).resolve().parent / "data" / "ontology"
# contract.md lives in the shared folder beside the checkout (also in CI).
CONTRACT = REPO.parent / "shared" / "contract.md"

GOV = Namespace("https://w3id.org/govkg#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ONTOLOGY_IRI = URIRef("https://w3id.org/govkg")
TOPS = {
    "organizations": ORG.Organization,
    "places": GOV.Place,
    "documents": GOV.Document,
    "people": FOAF.Person,
}

DECLARING_TYPES = {
    OWL.Class,
    RDFS.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
}
# `gov:Name` in prose, SPARQL and Turtle; `GOV.Name` / `GOV["Name"]` in Python (not GOV.term(...)).
DOC_TERM = re.compile(r"(?<![\w-])gov:([A-Za-z_][A-Za-z0-9_]*)")
PY_TERM = re.compile(
    r"\bGOV(?:\.([A-Za-z][A-Za-z0-9_]*)\b(?!\s*\()|\[\s*[\"']([A-Za-z_][A-Za-z0-9_]*)[\"']\s*\])"
)
# Attributes of the namespace objects themselves (kg/vocab.py's GOV.base), not terms.
NOT_TERMS = {"base"}


def _load(*paths: Path) -> Graph:
    g = Graph()
    for p in paths:
        g.parse(p, format="turtle")
    return g


@pytest.fixture(scope="module")
def ontology() -> Graph:
    """Every .ttl under ontology/, merged, as the scorer loads it."""
    return _load(*sorted(ONTOLOGY_DIR.rglob("*.ttl")))


@pytest.fixture(scope="module")
def declared(ontology: Graph) -> set[str]:
    names = set()
    for s, _, t in ontology.triples((None, RDF.type, None)):
        if t in DECLARING_TYPES and isinstance(s, URIRef) and s.startswith(str(GOV)):
            names.add(s[len(str(GOV)) :])
    return names


def _superclasses(g: Graph, cls: Node) -> set[Node]:
    seen: set[Node] = set()
    todo = [cls]
    while todo:
        for sup in g.objects(todo.pop(), RDFS.subClassOf):
            if sup not in seen:
                seen.add(sup)
                todo.append(sup)
    return seen


def _scorer_subclasses(data: Graph, ont: Graph, top: URIRef) -> set[Node]:
    """Same walk as the evaluation scorer: down rdfs:subClassOf from ``top``."""
    seen: set[Node] = {top}
    todo: list[Node] = [top]
    while todo:
        c = todo.pop()
        for graph in (data, ont):
            for s in graph.subjects(RDFS.subClassOf, c):
                if s not in seen:
                    seen.add(s)
                    todo.append(s)
    return seen


def _doc_paragraph(heading: str) -> set[str]:
    """gov: terms in the paragraph of docs/graph-shape.md that starts with ``heading``."""
    text = (REPO / "docs" / "graph-shape.md").read_text(encoding="utf-8")
    start = text.index(heading)
    end = text.find("\n\n", start)
    return set(DOC_TERM.findall(text[start : end if end != -1 else None]))


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    "path",
    sorted(ONTOLOGY_DIR.rglob("*.ttl")) + sorted(FIXTURES.glob("*.ttl")),
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_turtle_file_parses(path: Path) -> None:
    assert len(_load(path)) > 0


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    titles = {
        t.language
        for t in ontology.objects(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/title"))
        if isinstance(t, Literal)
    }
    assert {"en", "zh"} <= titles
    assert ontology.value(ONTOLOGY_IRI, URIRef("http://purl.org/dc/terms/description")) is not None


# --------------------------------------------------------------------------- every used term is declared


def _doc_files() -> list[object]:
    docs = sorted((REPO / "docs").rglob("*.md")) + [p for p in [REPO / "README.md"] if p.is_file()]
    params: list[object] = [pytest.param(p, id=str(p.relative_to(REPO))) for p in docs]
    params.append(
        pytest.param(
            CONTRACT,
            id="shared/contract.md",
            marks=pytest.mark.skipif(
                not CONTRACT.is_file(), reason="shared/contract.md not beside the checkout"
            ),
        )
    )
    return params


def test_graph_shape_doc_exists() -> None:
    # The spec of the graph; the declaration tests below read it.
    assert (REPO / "docs" / "graph-shape.md").is_file()


@pytest.mark.parametrize("path", _doc_files())
def test_every_documented_term_is_declared(path: Path, declared: set[str]) -> None:
    used = set(DOC_TERM.findall(path.read_text(encoding="utf-8")))
    if path.name in ("graph-shape.md", "contract.md", "README.md"):
        # the vocabulary documents must name terms: if none is found, the regex is broken
        assert used, f"{path} names no gov: term; is the regex still right?"
    assert used - declared == set(), f"documented in {path.name} but not declared in ontology/govkg.ttl"


def _code_terms() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((REPO / "kg").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names = set(DOC_TERM.findall(text))  # SPARQL / Turtle inside strings
        names |= {a or b for a, b in PY_TERM.findall(text)} - NOT_TERMS
        if names:
            found[str(path.relative_to(REPO))] = names
    for path in sorted((REPO / "queries").rglob("*.rq")):
        names = set(DOC_TERM.findall(path.read_text(encoding="utf-8")))
        if names:
            found[str(path.relative_to(REPO))] = names
    return found


def test_every_term_used_in_code_and_queries_is_declared(declared: set[str]) -> None:
    # kg/ and queries/ may be empty early on: then there is nothing to check.
    missing = {f: sorted(names - declared) for f, names in _code_terms().items() if names - declared}
    assert missing == {}, "gov: terms used but not declared in ontology/govkg.ttl"


def test_code_term_scanner_finds_python_and_sparql_usage() -> None:
    sample = 'g.add((s, GOV.supervises, o)); GOV["within"]; GOV.term("x"); GOV.base; q = "?x gov:inSource ?s"'
    assert {a or b for a, b in PY_TERM.findall(sample)} - NOT_TERMS == {"supervises", "within"}
    assert set(DOC_TERM.findall(sample)) == {"inSource"}
    assert DOC_TERM.findall("PREFIX gov: <https://w3id.org/govkg#> govsh:Shape") == []


@pytest.mark.parametrize(
    "path", [ONTOLOGY_DIR / "shapes.ttl", *sorted(FIXTURES.glob("*.ttl"))], ids=lambda p: p.name
)
def test_every_term_used_in_shapes_and_fixtures_is_declared(path: Path, declared: set[str]) -> None:
    g = _load(path)
    used = {
        str(n)[len(str(GOV)) :] for t in g for n in t if isinstance(n, URIRef) and str(n).startswith(str(GOV))
    }
    assert used - declared == set()


# --------------------------------------------------------------------------- documentation of each term


def test_every_term_has_labels_definition_and_is_defined_by(ontology: Graph, declared: set[str]) -> None:
    problems = []
    for name in sorted(declared):
        term = GOV[name]
        label_langs = {lab.language for lab in ontology.objects(term, RDFS.label) if isinstance(lab, Literal)}
        def_langs = {d.language for d in ontology.objects(term, SKOS.definition) if isinstance(d, Literal)}
        if not {"zh", "en"} <= label_langs:
            problems.append(f"gov:{name} needs rdfs:label @zh and @en")
        if "en" not in def_langs:
            problems.append(f"gov:{name} needs skos:definition @en")
        if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in ontology:
            problems.append(f"gov:{name} needs rdfs:isDefinedBy <{ONTOLOGY_IRI}>")
    assert problems == []


def test_every_property_has_domain_and_range(ontology: Graph, declared: set[str]) -> None:
    props = [GOV[n] for n in declared if (GOV[n], RDF.type, OWL.Class) not in ontology]
    assert props
    missing = [
        p for p in props if ontology.value(p, RDFS.domain) is None or ontology.value(p, RDFS.range) is None
    ]
    assert missing == []


def test_no_external_term_is_given_a_meaning(ontology: Graph) -> None:
    # ORG / FOAF / PROV / SKOS / DCMI terms may be referenced, never relabelled or redefined.
    for s in set(ontology.subjects()):
        if isinstance(s, URIRef) and not s.startswith(str(GOV)) and s != ONTOLOGY_IRI:
            for p in (
                RDFS.label,
                SKOS.definition,
                RDFS.domain,
                RDFS.range,
                RDFS.subClassOf,
                RDFS.subPropertyOf,
            ):
                assert ontology.value(s, p) is None, f"{s} gets {p} in the govkg ontology"


INVERSES = {
    "supervises": "supervisedBy",
    "designates": "designatedBy",
    "issued": "issuedBy",
    "forwarded": "forwardedBy",
    "established": "establishedBy",
    "within": "contains",
    "jurisdiction": "governedBy",
}


@pytest.mark.parametrize("prop,inverse", INVERSES.items())
def test_inverse_properties(ontology: Graph, prop: str, inverse: str) -> None:
    assert (GOV[prop], OWL.inverseOf, GOV[inverse]) in ontology
    assert (GOV[inverse], RDF.type, OWL.ObjectProperty) in ontology
    # an inverse swaps domain and range
    assert ontology.value(GOV[inverse], RDFS.domain) is not None
    assert ontology.value(GOV[inverse], RDFS.range) is not None


def test_within_closure_is_transitive(ontology: Graph) -> None:
    assert (GOV.withinTransitive, RDF.type, OWL.TransitiveProperty) in ontology
    assert (GOV.within, RDFS.subPropertyOf, GOV.withinTransitive) in ontology
    assert (GOV.within, RDF.type, OWL.TransitiveProperty) not in ontology  # within is the direct parent only


def test_supervises_range_is_place_or_organization(ontology: Graph) -> None:
    union = ontology.value(ontology.value(GOV.supervises, RDFS.range), OWL.unionOf)
    assert union is not None
    members = set(ontology.items(union))
    assert members == {GOV.Place, ORG.Organization}


# ---------------------------------------------------------------------- class tree, as the scorer sees it

PLACE_CLASSES = _doc_paragraph("Place level → class") - {"Place"}
ORG_CLASSES = _doc_paragraph("Org kind → class")


def test_doc_tables_were_read() -> None:
    levels = ["Province", "Prefecture", "City", "County", "District", "Township", "Subdistrict", "Village"]
    assert sorted(PLACE_CLASSES) == sorted(levels)
    assert len(ORG_CLASSES) == 10 and "PoliceBureau" in ORG_CLASSES


def _tops_reached(ontology: Graph, name: str) -> set[str]:
    sups = _superclasses(ontology, GOV[name]) | {GOV[name]}
    return {cat for cat, top in TOPS.items() if top in sups}


@pytest.mark.parametrize("name", sorted(PLACE_CLASSES))
def test_level_classes_are_places_only(ontology: Graph, name: str) -> None:
    assert _tops_reached(ontology, name) == {"places"}


@pytest.mark.parametrize("name", sorted(ORG_CLASSES))
def test_org_kind_classes_are_organizations_only(ontology: Graph, name: str) -> None:
    assert _tops_reached(ontology, name) == {"organizations"}


def test_no_other_class_is_a_place_unit_document_or_person(ontology: Graph, declared: set[str]) -> None:
    classes = {n for n in declared if (GOV[n], RDF.type, OWL.Class) in ontology}
    others = classes - PLACE_CLASSES - ORG_CLASSES - {"Place", "Document"}
    assert {"SourceText", "Sentence", "Assertion"} <= others
    assert {n: _tops_reached(ontology, n) for n in others if _tops_reached(ontology, n)} == {}
    assert _tops_reached(ontology, "Place") == {"places"}
    assert _tops_reached(ontology, "Document") == {"documents"}


@pytest.mark.parametrize("name", ["SourceText", "Sentence", "Assertion"])
def test_provenance_classes_are_prov_entities(ontology: Graph, name: str) -> None:
    assert PROV.Entity in _superclasses(ontology, GOV[name])


def test_assertion_is_a_reified_statement(ontology: Graph) -> None:
    assert RDF.Statement in _superclasses(ontology, GOV.Assertion)


def test_scorer_finds_a_township_as_a_place(ontology: Graph) -> None:
    data = Graph()
    town = URIRef("https://w3id.org/govkg/id/place/test-town")
    data.add((town, RDF.type, GOV.Township))
    data.add((town, RDFS.label, Literal("达板镇", lang="zh")))
    found = {
        cat
        for cat, top in TOPS.items()
        if any((town, RDF.type, c) in data for c in _scorer_subclasses(data, ontology, top))
    }
    assert found == {"places"}


def test_scorer_categories_of_the_good_fixture(ontology: Graph) -> None:
    data = _load(FIXTURES / "good.ttl")
    category: dict[Node, set[str]] = {}
    for cat, top in TOPS.items():
        for c in _scorer_subclasses(data, ontology, top):
            for node in data.subjects(RDF.type, c):
                category.setdefault(node, set()).add(cat)
    assert all(len(cats) == 1 for cats in category.values()), category
    # provenance nodes are never counted as entities
    for cls in (GOV.SourceText, GOV.Sentence, GOV.Assertion):
        for node in data.subjects(RDF.type, cls):
            assert node not in category
    counts = {cat: sum(1 for c in category.values() if cat in c) for cat in TOPS}
    assert counts == {"organizations": 3, "places": 5, "documents": 1, "people": 1}
