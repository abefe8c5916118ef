"""Text -> entities -> relations. No RDF here: kg.build turns records into triples."""

from extract.records import Document, Entity, Extraction, Mention, Relation, Sentence

__all__ = ["Document", "Entity", "Extraction", "Mention", "Relation", "Sentence", "extract"]


def extract(doc: Document) -> Extraction:
    """Run the whole extraction pipeline on one document."""
    from extract.pipeline import extract as _extract

    return _extract(doc)
