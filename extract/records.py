"""Typed records passed between pipeline stages.

Every stage is a pure function over these frozen dataclasses:
Document -> Sentence / Mention -> Entity / Relation -> Extraction.
Offsets are character offsets into ``Document.text`` (the decoded original),
so ``doc.text[m.start:m.end] == m.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ENTITY_TYPES = ("organization", "place", "document", "person")
ORG_KINDS = (
    "party",
    "government",
    "committee",
    "office",
    "department",
    "court",
    "procuratorate",
    "police",
    "media",
    "taskforce",
    "other",
)
PLACE_LEVELS = (
    "province",
    "prefecture",
    "city",
    "county",
    "district",
    "township",
    "subdistrict",
    "village",
)
RELATION_TYPES = (
    "supervises",
    "designates",
    "issued",
    "forwarded",
    "established",
    "part_of",
    "within",
    "head_of",
    "jurisdiction",
)


@dataclass(frozen=True)
class Document:
    """One source text. ``id`` is stable (file stem or caller-chosen)."""

    id: str
    text: str
    title: str | None = None
    source: str | None = None  # path or URL
    date: str | None = None  # YYYY-MM-DD when known


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention:
    """A surface string in the text: ``doc.text[start:end] == text``."""

    text: str
    start: int
    end: int
    sentence: int


@dataclass(frozen=True)
class Entity:
    """One real-world thing named in a document.

    ``key`` is the resolution key, unique within an extraction and stable
    across documents: the same key means the same thing (kg.iri mints the IRI
    from it). ``subtype`` is an org kind (ORG_KINDS) or a place level
    (PLACE_LEVELS). ``jurisdiction`` (orgs) and ``parent`` (places) are keys
    of other place entities, or None.
    """

    key: str
    type: str
    name: str
    aliases: tuple[str, ...] = ()
    subtype: str | None = None
    jurisdiction: str | None = None
    parent: str | None = None
    parent_stated: bool = False
    code: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Relation:
    """A fact ``subject -type-> object`` (entity keys) with its evidence."""

    type: str
    subject: str
    object: str
    sentence: int
    evidence: str
    start: int
    end: int
    cue: str | None = None


@dataclass(frozen=True)
class Extraction:
    document: Document
    sentences: tuple[Sentence, ...] = ()
    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    extractor_version: str = "0"
    warnings: tuple[str, ...] = field(default=())

    def entity(self, key: str) -> Entity:
        for e in self.entities:
            if e.key == key:
                return e
        raise KeyError(key)
