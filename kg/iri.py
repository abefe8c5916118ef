"""The ONLY place govkg mints IRIs. Deterministic: same input, same IRI, on every machine.

Layout (docs/graph-shape.md), under ``https://w3id.org/govkg/id/``:

=================  ==========================================  =================================
resource           IRI                                         minted from
=================  ==========================================  =================================
entity             ``{org,place,doc,person}/{sha1(key)[:16]}``  ``Entity.type`` and ``Entity.key``
source text        ``source/{slug(doc id)}``                   ``Document.id``
sentence           ``source/{slug}/s{index}``                  doc id + sentence index
assertion (fact)   ``fact/{sha1(doc id, type, s, o)[:16]}``    doc id, relation type, s, o IRIs
=================  ==========================================  =================================

>>> entity("place", "place:鼎新镇@金塔县").value
'https://w3id.org/govkg/id/place/...'
>>> source("linxia-2016").value
'https://w3id.org/govkg/id/source/linxia-2016'
>>> sentence("linxia-2016", 7).value
'https://w3id.org/govkg/id/source/linxia-2016/s7'
"""

from __future__ import annotations

import hashlib

from pyoxigraph import NamedNode

from kg.errors import BuildError
from kg.vocab import ID_BASE

#: Entity.type -> path segment.
ENTITY_SEGMENT = {"organization": "org", "place": "place", "document": "doc", "person": "person"}

# Characters kept as they are in a slug; everything else is percent-encoded (so distinct ids never
# share a slug). Non-ASCII letters and digits (汉字) are valid IRI characters and stay readable.
_SLUG_SAFE_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
# A separator that cannot occur in keys or IRIs, so ("ab", "c") and ("a", "bc") hash differently.
_SEP = "\x1f"


def _digest(*parts: str) -> str:
    return hashlib.sha1(_SEP.join(parts).encode("utf-8")).hexdigest()[:16]


def slug(doc_id: str) -> str:
    """A readable, injective IRI path segment for a document id.

    >>> slug("linxia-2016")
    'linxia-2016'
    >>> slug("酒泉 报告/2016")
    '酒泉%20报告%2F2016'
    """
    if not doc_id:
        raise BuildError("a document id must not be empty", hint="give every Document a non-empty id")
    out = []
    for ch in doc_id:
        if ch in _SLUG_SAFE_ASCII or (ord(ch) > 0x7F and ch.isalnum()):
            out.append(ch)
        else:
            out.extend(f"%{b:02X}" for b in ch.encode("utf-8"))
    return "".join(out)


def entity(entity_type: str, key: str) -> NamedNode:
    """IRI of an entity, from its type and resolution key (``Entity.key``).

    >>> entity("organization", "org:酒泉市公安局") == entity("organization", "org:酒泉市公安局")
    True
    >>> entity("organization", "k") == entity("place", "k")
    False
    """
    segment = ENTITY_SEGMENT.get(entity_type)
    if segment is None:
        raise BuildError(
            f"unknown entity type {entity_type!r}",
            hint=f"use one of {', '.join(ENTITY_SEGMENT)}",
        )
    return NamedNode(f"{ID_BASE}{segment}/{_digest(key)}")


def source(doc_id: str) -> NamedNode:
    """IRI of a source text; also the name of the document's named graph."""
    return NamedNode(f"{ID_BASE}source/{slug(doc_id)}")


def sentence(doc_id: str, index: int) -> NamedNode:
    """IRI of sentence ``index`` of a source text."""
    return NamedNode(f"{ID_BASE}source/{slug(doc_id)}/s{index}")


def fact(doc_id: str, relation_type: str, subject: NamedNode, obj: NamedNode) -> NamedNode:
    """IRI of the assertion of one fact in one document (one per document, type, subject, object).

    >>> a, b = NamedNode("https://x/a"), NamedNode("https://x/b")
    >>> fact("d", "supervises", a, b) == fact("d", "supervises", a, b) != fact("d", "designates", a, b)
    True
    """
    return NamedNode(f"{ID_BASE}fact/{_digest(doc_id, relation_type, subject.value, obj.value)}")
