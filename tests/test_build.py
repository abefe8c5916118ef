"""kg.build and kg.iri: the quads follow docs/graph-shape.md; IRIs are deterministic."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import Literal, NamedNode, Quad

import kg.iri
from extract.records import Entity, Extraction, Relation
from kg.build import SourceMeta, content_hash, quads
from kg.errors import BuildError
from kg.vocab import DCTERMS, FOAF, GOV, ORG, PROV, RDF, RDFS, SKOS, XSD

POLICE = "org:酒泉市公安局"
Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]


def triples(qs: list[Quad]) -> set[Triple]:
    return {(q.subject, q.predicate, q.object) for q in qs}  # type: ignore[misc]


def objects(ts: set[Triple], s: NamedNode, p: NamedNode) -> set[NamedNode | Literal]:
    return {o for (s2, p2, o) in ts if s2 == s and p2 == p}


def zh(text: str) -> Literal:
    return Literal(text, language="zh")


def ent(ex: Extraction, key: str) -> NamedNode:
    e = ex.entity(key)
    return kg.iri.entity(e.type, e.key)


def test_everything_is_in_the_documents_named_graph(tiny: Extraction) -> None:
    qs = quads(tiny)
    assert {q.graph_name for q in qs} == {kg.iri.source("tiny-report")}
    assert len(qs) == len(set(qs)), "no duplicate quads"


def test_source_text(tiny: Extraction) -> None:
    ts = triples(quads(tiny, SourceMeta("data/tiny-report.txt", "sha256:abc")))
    src = kg.iri.source("tiny-report")
    assert objects(ts, src, RDF.type) == {GOV.SourceText, PROV.Entity}
    assert GOV.Document not in objects(ts, src, RDF.type)
    assert objects(ts, src, DCTERMS.title) == {zh("鼎新镇禁毒整治情况")}
    assert objects(ts, src, DCTERMS.date) == {Literal("2020-05-01", datatype=XSD.date)}
    assert objects(ts, src, GOV.sourcePath) == {Literal("data/tiny-report.txt")}
    assert objects(ts, src, GOV.contentHash) == {Literal("sha256:abc")}
    assert objects(ts, src, GOV.extractorVersion) == {Literal("test-1")}
    assert objects(ts, src, GOV.docId) == {Literal("tiny-report")}


def test_default_source_meta_hashes_the_text(tiny: Extraction) -> None:
    ts = triples(quads(tiny))
    assert objects(ts, kg.iri.source("tiny-report"), GOV.contentHash) == {Literal(content_hash(tiny.document.text))}
    assert content_hash("abc").startswith("sha256:ba7816bf")


def test_sentences(tiny: Extraction) -> None:
    ts = triples(quads(tiny))
    s1 = kg.iri.sentence("tiny-report", 1)
    sent = tiny.sentences[1]
    assert objects(ts, s1, RDF.type) == {GOV.Sentence}
    assert objects(ts, s1, GOV.inSource) == {kg.iri.source("tiny-report")}
    assert objects(ts, s1, GOV.text) == {zh(sent.text)}
    assert objects(ts, s1, GOV.startOffset) == {Literal(str(sent.start), datatype=XSD.integer)}
    assert objects(ts, s1, GOV.endOffset) == {Literal(str(sent.end), datatype=XSD.integer)}
    assert objects(ts, s1, GOV.sentenceIndex) == {Literal("1", datatype=XSD.integer)}


def test_entity_typing_labels_and_attributes(tiny: Extraction) -> None:
    ts = triples(quads(tiny))
    police = ent(tiny, "org:酒泉市公安局")
    assert objects(ts, police, RDF.type) == {ORG.Organization, GOV.PoliceBureau}
    assert objects(ts, police, RDFS.label) == {zh("酒泉市公安局")}
    assert objects(ts, police, SKOS.altLabel) == {zh("市公安局")}
    assert objects(ts, police, GOV.kind) == {Literal("police")}
    assert objects(ts, police, GOV.jurisdiction) == {ent(tiny, "place:酒泉市")}
    assert objects(ts, police, GOV.mentionedIn) == {kg.iri.sentence("tiny-report", 1)}

    committee = ent(tiny, "org:酒泉市禁毒委员会")
    assert objects(ts, committee, RDF.type) == {ORG.Organization, GOV.Committee}

    county = ent(tiny, "place:金塔县")
    assert objects(ts, county, RDF.type) == {GOV.Place, GOV.County}
    assert objects(ts, county, GOV.level) == {Literal("county")}
    assert objects(ts, county, GOV.adminCode) == {Literal("620921")}
    assert objects(ts, ent(tiny, "place:鼎新镇"), RDF.type) == {GOV.Place, GOV.Township}
    assert objects(ts, ent(tiny, "place:酒泉市"), RDF.type) == {GOV.Place, GOV.Prefecture}

    doc = ent(tiny, "doc:鼎新镇禁毒整治方案")
    assert objects(ts, doc, RDF.type) == {GOV.Document}
    assert objects(ts, doc, DCTERMS.title) == objects(ts, doc, RDFS.label) == {zh("鼎新镇禁毒整治方案")}


def test_other_kind_and_person(tiny: Extraction) -> None:
    extra = (
        Entity("org:某协会", "organization", "某协会", subtype="other"),
        Entity("person:张三", "person", "张三", aliases=("张三", "")),
    )
    ex = dataclasses.replace(tiny, entities=tiny.entities + extra)
    ts = triples(quads(ex))
    assert objects(ts, ent(ex, "org:某协会"), RDF.type) == {ORG.Organization}
    assert objects(ts, ent(ex, "org:某协会"), GOV.kind) == {Literal("other")}
    assert objects(ts, ent(ex, "person:张三"), RDF.type) == {FOAF.Person}
    assert objects(ts, ent(ex, "person:张三"), SKOS.altLabel) == set(), "the name itself is not an alias"


def test_within_only_when_stated(tiny: Extraction) -> None:
    ts = triples(quads(tiny))
    assert objects(ts, ent(tiny, "place:鼎新镇"), GOV.within) == {ent(tiny, "place:金塔县")}
    assert objects(ts, ent(tiny, "place:金塔县"), GOV.within) == set(), "an unstated parent is not written"


@pytest.mark.parametrize(
    ("kind", "prop", "subject", "obj", "cue"),
    [
        ("designates", GOV.designates, "org:酒泉市禁毒委员会", "place:鼎新镇", "列为重点整治"),
        ("issued", GOV.issued, "org:酒泉市禁毒委员会", "doc:鼎新镇禁毒整治方案", "印发"),
        ("supervises", GOV.supervises, "org:酒泉市公安局", "place:金塔县", "包抓"),
    ],
)
def test_relation_and_its_assertion(tiny: Extraction, kind: str, prop: NamedNode, subject: str, obj: str,
                                    cue: str) -> None:
    ts = triples(quads(tiny))
    s, o = ent(tiny, subject), ent(tiny, obj)
    assert (s, prop, o) in ts
    rel = next(r for r in tiny.relations if r.type == kind)
    fact = kg.iri.fact("tiny-report", kind, s, o)
    assert objects(ts, fact, RDF.type) == {GOV.Assertion}
    assert objects(ts, fact, RDF.subject) == {s}
    assert objects(ts, fact, RDF.predicate) == {prop}
    assert objects(ts, fact, RDF.object) == {o}
    assert objects(ts, fact, GOV.cue) == {Literal(cue)}
    sentence = kg.iri.sentence("tiny-report", rel.sentence)
    assert objects(ts, fact, PROV.wasDerivedFrom) == {sentence}
    # the evidence, its offsets and its source are the sentence's, written once there
    assert objects(ts, sentence, GOV.text) == {zh(rel.evidence)}
    assert objects(ts, sentence, GOV.startOffset) == {Literal(str(rel.start), datatype=XSD.integer)}
    assert objects(ts, sentence, GOV.inSource) == {kg.iri.source("tiny-report")}
    assert not {p for (f, p, _) in ts if f == fact} & {GOV.evidence, GOV.inSource, GOV.startOffset}


def test_every_relation_type_has_its_property(tiny: Extraction) -> None:
    police, county = "org:酒泉市公安局", "place:金塔县"
    expected = {
        "forwarded": (GOV.forwarded, police, "doc:鼎新镇禁毒整治方案"),
        "established": (GOV.established, police, "org:酒泉市禁毒委员会"),
        "part_of": (ORG.subOrganizationOf, "org:酒泉市禁毒委员会", police),
        "within": (GOV.within, county, "place:酒泉市"),
        "jurisdiction": (GOV.jurisdiction, police, county),
        "head_of": (ORG.headOf, "person:张三", police),
    }
    rels = tuple(Relation(kind, s, o, 0, "证据", 0, 2) for kind, (_, s, o) in expected.items())
    ex = dataclasses.replace(tiny, entities=(*tiny.entities, Entity("person:张三", "person", "张三")),
                             relations=rels)
    ts = triples(quads(ex))
    for prop, s, o in expected.values():
        assert (ent(ex, s), prop, ent(ex, o)) in ts
    assert GOV.cue not in {p for (_, p, _) in ts}, "an empty cue is not written"


def test_a_fact_stated_twice_has_one_assertion(tiny: Extraction) -> None:
    first = tiny.relations[2]
    again = dataclasses.replace(first, sentence=0, evidence="再次", start=0, end=2)
    ts = triples(quads(dataclasses.replace(tiny, relations=(*tiny.relations, again))))
    fact = kg.iri.fact("tiny-report", "supervises", ent(tiny, first.subject), ent(tiny, first.object))
    assert objects(ts, fact, PROV.wasDerivedFrom) == {kg.iri.sentence("tiny-report", first.sentence)}
    assert len([f for (f, p, _) in ts if p == RDF.type and f == fact]) == 1


def test_a_sentence_nothing_cites_is_not_written(tiny: Extraction) -> None:
    cited = {m.sentence for e in tiny.entities for m in e.mentions} | {r.sentence for r in tiny.relations}
    quiet = dataclasses.replace(tiny, relations=(), entities=tuple(
        dataclasses.replace(e, mentions=tuple(m for m in e.mentions if m.sentence != max(cited)))
        for e in tiny.entities))
    ts = triples(quads(quiet))
    assert objects(ts, kg.iri.sentence("tiny-report", max(cited)), RDF.type) == set()
    still = {m.sentence for e in quiet.entities for m in e.mentions}
    assert all(objects(ts, kg.iri.sentence("tiny-report", i), RDF.type) == {GOV.Sentence} for i in still)


@given(st.text(min_size=1))
def test_any_text_in_a_literal_reads_back_the_same(text: str) -> None:
    from extract.records import Document

    ex = Extraction(Document("d", text, title=text), entities=(Entity("org:x", "organization", text),))
    ts = triples(quads(ex, SourceMeta(text, "sha256:0")))
    assert objects(ts, kg.iri.source("d"), DCTERMS.title) == {zh(text)}
    assert objects(ts, kg.iri.source("d"), GOV.sourcePath) == {Literal(text)}
    assert objects(ts, kg.iri.entity("organization", "org:x"), RDFS.label) == {zh(text)}


@pytest.mark.parametrize(
    "broken",
    [
        lambda ex: dataclasses.replace(ex, relations=(Relation("supervises", "org:无", "place:鼎新镇", 0, "", 0, 1),)),
        lambda ex: dataclasses.replace(ex, relations=(Relation("likes", POLICE, "place:鼎新镇", 0, "", 0, 1),)),
        lambda ex: dataclasses.replace(ex, entities=(Entity("x", "animal", "猫"),)),
        lambda ex: dataclasses.replace(ex, entities=(Entity("p", "place", "乙镇", parent="p:无", parent_stated=True),)),
    ],
)
def test_broken_extractions_raise_build_error(tiny: Extraction, broken: Callable[[Extraction], Extraction]) -> None:
    with pytest.raises(BuildError) as info:
        quads(broken(tiny))
    assert info.value.hint


def test_quads_are_deterministic(tiny: Extraction, make_tiny: Callable[..., Extraction]) -> None:
    assert quads(tiny) == quads(make_tiny())


def test_iris_are_stable() -> None:
    # golden values: changing them breaks every stored graph and every saved query result
    assert kg.iri.entity("place", "place:鼎新镇").value == "https://w3id.org/govkg/id/place/dd04e74bc5722955"
    assert kg.iri.source("tiny-report").value == "https://w3id.org/govkg/id/source/tiny-report"
    assert kg.iri.sentence("tiny-report", 3).value == "https://w3id.org/govkg/id/source/tiny-report/s3"
    a, b = NamedNode("https://x/a"), NamedNode("https://x/b")
    assert kg.iri.fact("d", "supervises", a, b).value == "https://w3id.org/govkg/id/fact/f86676578cb65499"


def test_entity_iri_depends_on_type_and_key() -> None:
    assert kg.iri.entity("organization", "k").value.startswith("https://w3id.org/govkg/id/org/")
    assert kg.iri.entity("document", "k").value.startswith("https://w3id.org/govkg/id/doc/")
    assert kg.iri.entity("person", "k").value.startswith("https://w3id.org/govkg/id/person/")
    assert kg.iri.entity("place", "k") != kg.iri.entity("place", "k2")
    with pytest.raises(BuildError):
        kg.iri.entity("animal", "k")
    with pytest.raises(BuildError):
        kg.iri.source("")


@given(st.text(min_size=1, max_size=30), st.text(min_size=1, max_size=30))
def test_slugs_are_injective_and_valid_iris(a: str, b: str) -> None:
    assert (kg.iri.slug(a) == kg.iri.slug(b)) == (a == b)
    kg.iri.source(a)  # pyoxigraph rejects an invalid IRI
    kg.iri.sentence(a, 0)
