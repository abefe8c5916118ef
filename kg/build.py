"""Extraction records -> RDF quads, exactly as docs/graph-shape.md describes. Pure: no I/O.

Everything about one source document lands in that document's named graph (the IRI of its
``gov:SourceText``), so rebuilding or removing a document touches nothing else.

>>> from extract.records import Document, Entity, Extraction
>>> doc = Document("demo", "酒泉市", title="示例")
>>> ex = Extraction(doc, entities=(Entity("place:酒泉市", "place", "酒泉市", subtype="prefecture"),))
>>> qs = quads(ex)
>>> {q.graph_name for q in qs} == {kg.iri.source("demo")}
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from pyoxigraph import Literal, NamedNode, Quad

import kg.iri
from extract.records import Document, Entity, Extraction
from kg.errors import BuildError
from kg.vocab import (
    DCTERMS,
    ENTITY_CLASS,
    GOV,
    ORG_KIND_CLASS,
    PLACE_LEVEL_CLASS,
    PROV,
    RDF,
    RDFS,
    RELATION_PROPERTY,
    SKOS,
    XSD,
)

_Add = Callable[[NamedNode, NamedNode, NamedNode | Literal], None]


@dataclass(frozen=True)
class SourceMeta:
    """Facts about the source file that the extraction does not carry.

    ``content_hash`` (``sha256:…`` of the text) decides whether a rebuild is needed.
    """

    path: str | None
    content_hash: str

    @classmethod
    def of(cls, doc: Document) -> SourceMeta:
        """Metadata derived from the document itself (path = ``doc.source``).

        >>> SourceMeta.of(Document("d", "abc")).content_hash[:15]
        'sha256:ba7816bf'
        """
        return cls(doc.source, content_hash(doc.text))


def content_hash(text: str) -> str:
    """``sha256:`` + hex digest of the UTF-8 text: the same text in any encoding hashes the same."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _zh(text: str) -> Literal:
    return Literal(text, language="zh")


def _int(n: int) -> Literal:
    return Literal(str(n), datatype=XSD.integer)


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def entity_iri(ex: Extraction, key: str, *, role: str) -> NamedNode:
    """IRI of the entity with ``key`` in ``ex``; BuildError if the extraction does not define it."""
    try:
        ent = ex.entity(key)
    except KeyError:
        raise BuildError(
            f"document {ex.document.id!r}: {role} refers to entity key {key!r}, which the extraction "
            "does not define",
            hint="this is an extractor bug: every key used by a relation, jurisdiction or parent "
            "must be in Extraction.entities",
        ) from None
    return kg.iri.entity(ent.type, ent.key)


def quads(extraction: Extraction, source_meta: SourceMeta | None = None) -> list[Quad]:
    """All quads for one extraction, in the document's named graph, without duplicates.

    ``source_meta`` defaults to :meth:`SourceMeta.of` the extraction's document.
    """
    ex = extraction
    doc = ex.document
    meta = source_meta or SourceMeta.of(doc)
    src = kg.iri.source(doc.id)
    out: list[Quad] = []

    def add(s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        out.append(Quad(s, p, o, src))

    # the source text
    add(src, RDF.type, GOV.SourceText)
    add(src, RDF.type, PROV.Entity)
    add(src, GOV.docId, Literal(doc.id))
    if doc.title:
        add(src, DCTERMS.title, _zh(doc.title))
    if doc.date and _is_iso_date(doc.date):
        add(src, DCTERMS.date, Literal(doc.date, datatype=XSD.date))
    if meta.path:
        add(src, GOV.sourcePath, Literal(meta.path))
    add(src, GOV.contentHash, Literal(meta.content_hash))
    add(src, GOV.extractorVersion, Literal(ex.extractor_version))

    for sent in ex.sentences:
        s = kg.iri.sentence(doc.id, sent.index)
        add(s, RDF.type, GOV.Sentence)
        add(s, GOV.inSource, src)
        add(s, GOV.text, _zh(sent.text))
        add(s, GOV.startOffset, _int(sent.start))
        add(s, GOV.endOffset, _int(sent.end))
        add(s, GOV.sentenceIndex, _int(sent.index))

    for ent in ex.entities:
        _entity(ex, ent, add)

    stated: set[NamedNode] = set()
    for rel in ex.relations:
        prop = RELATION_PROPERTY.get(rel.type)
        if prop is None:
            raise BuildError(
                f"document {doc.id!r}: unknown relation type {rel.type!r}",
                hint=f"use one of {', '.join(RELATION_PROPERTY)}",
            )
        s = entity_iri(ex, rel.subject, role=f"a {rel.type} relation")
        o = entity_iri(ex, rel.object, role=f"a {rel.type} relation")
        add(s, prop, o)
        fact = kg.iri.fact(doc.id, rel.type, s, o)
        if fact in stated:
            continue  # the same fact stated again: the first statement is its evidence
        stated.add(fact)
        add(fact, RDF.type, GOV.Assertion)
        add(fact, RDF.subject, s)
        add(fact, RDF.predicate, prop)
        add(fact, RDF.object, o)
        add(fact, GOV.evidence, _zh(rel.evidence))
        if rel.cue:
            add(fact, GOV.cue, Literal(rel.cue))
        add(fact, PROV.wasDerivedFrom, kg.iri.sentence(doc.id, rel.sentence))
        add(fact, GOV.inSource, src)
        add(fact, GOV.startOffset, _int(rel.start))
        add(fact, GOV.endOffset, _int(rel.end))

    return list(dict.fromkeys(out))


def _entity(ex: Extraction, ent: Entity, add: _Add) -> None:
    top = ENTITY_CLASS.get(ent.type)
    if top is None:
        raise BuildError(
            f"document {ex.document.id!r}: entity {ent.key!r} has unknown type {ent.type!r}",
            hint=f"use one of {', '.join(ENTITY_CLASS)}",
        )
    e = kg.iri.entity(ent.type, ent.key)
    add(e, RDF.type, top)
    add(e, RDFS.label, _zh(ent.name))
    for alias in dict.fromkeys(ent.aliases):
        if alias and alias != ent.name:
            add(e, SKOS.altLabel, _zh(alias))
    if ent.type == "organization" and ent.subtype:
        add(e, GOV.kind, Literal(ent.subtype))
        if ent.subtype in ORG_KIND_CLASS:
            add(e, RDF.type, ORG_KIND_CLASS[ent.subtype])
    elif ent.type == "place" and ent.subtype:
        add(e, GOV.level, Literal(ent.subtype))
        if ent.subtype in PLACE_LEVEL_CLASS:
            add(e, RDF.type, PLACE_LEVEL_CLASS[ent.subtype])
    elif ent.type == "document":
        add(e, DCTERMS.title, _zh(ent.name))
    if ent.code:
        add(e, GOV.adminCode, Literal(ent.code))
    if ent.jurisdiction:
        add(e, GOV.jurisdiction, entity_iri(ex, ent.jurisdiction, role=f"the jurisdiction of {ent.key!r}"))
    # an unstated parent is world knowledge, not a fact of this text: it is not written
    if ent.parent and ent.parent_stated:
        add(e, GOV.within, entity_iri(ex, ent.parent, role=f"the parent of {ent.key!r}"))
    for index in sorted({m.sentence for m in ent.mentions}):
        add(e, GOV.mentionedIn, kg.iri.sentence(ex.document.id, index))
