"""The govkg vocabulary as pyoxigraph terms: namespaces and the maps of docs/graph-shape.md.

Names here are public (../shared/contract.md): extend, never rename.

>>> GOV.supervises.value
'https://w3id.org/govkg#supervises'
>>> RELATION_PROPERTY["part_of"] == ORG.subOrganizationOf
True
>>> ORG_KIND_CLASS["police"] == GOV.PoliceBureau
True
"""

from __future__ import annotations

from pyoxigraph import NamedNode


class Namespace:
    """An IRI prefix; attribute access mints the term (``GOV.within``)."""

    def __init__(self, base: str) -> None:
        self.base = base

    def __getattr__(self, local: str) -> NamedNode:
        if local.startswith("__"):  # keep copy/pickle protocols working
            raise AttributeError(local)
        return NamedNode(self.base + local)

    def __getitem__(self, local: str) -> NamedNode:
        return NamedNode(self.base + local)

    def __repr__(self) -> str:
        return f"Namespace({self.base!r})"


GOV = Namespace("https://w3id.org/govkg#")
ORG = Namespace("http://www.w3.org/ns/org#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
PROV = Namespace("http://www.w3.org/ns/prov#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

#: Base of every resource IRI minted by kg.iri.
ID_BASE = "https://w3id.org/govkg/id/"

#: Prefixes for SPARQL queries and Turtle/TriG output.
PREFIXES: dict[str, str] = {
    "gov": GOV.base,
    "org": ORG.base,
    "skos": SKOS.base,
    "prov": PROV.base,
    "foaf": FOAF.base,
    "dcterms": DCTERMS.base,
    "rdf": RDF.base,
    "rdfs": RDFS.base,
    "xsd": XSD.base,
}

#: extract.records.Relation.type -> property of the direct triple.
RELATION_PROPERTY: dict[str, NamedNode] = {
    "supervises": GOV.supervises,
    "designates": GOV.designates,
    "issued": GOV.issued,
    "forwarded": GOV.forwarded,
    "established": GOV.established,
    "part_of": ORG.subOrganizationOf,
    "within": GOV.within,
    "head_of": ORG.headOf,
    "jurisdiction": GOV.jurisdiction,
}

#: extract.records.Entity.type -> top class.
ENTITY_CLASS: dict[str, NamedNode] = {
    "organization": ORG.Organization,
    "place": GOV.Place,
    "document": GOV.Document,
    "person": FOAF.Person,
}

#: Org kind -> subclass of org:Organization ("other" has none).
ORG_KIND_CLASS: dict[str, NamedNode] = {
    "party": GOV.PartyCommittee,
    "government": GOV.Government,
    "committee": GOV.Committee,
    "office": GOV.Office,
    "department": GOV.Department,
    "court": GOV.Court,
    "procuratorate": GOV.Procuratorate,
    "police": GOV.PoliceBureau,
    "media": GOV.MediaOutlet,
    "taskforce": GOV.TaskForce,
}

#: Place level -> subclass of gov:Place.
PLACE_LEVEL_CLASS: dict[str, NamedNode] = {
    "province": GOV.Province,
    "prefecture": GOV.Prefecture,
    "city": GOV.City,
    "county": GOV.County,
    "district": GOV.District,
    "township": GOV.Township,
    "subdistrict": GOV.Subdistrict,
    "village": GOV.Village,
}

#: The relation types ``kg oversees`` reports.
OVERSIGHT_RELATIONS = ("supervises", "designates")


def sparql_prefixes() -> str:
    """The PREFIX header for a SPARQL query.

    >>> sparql_prefixes().splitlines()[0]
    'PREFIX gov: <https://w3id.org/govkg#>'
    """
    return "\n".join(f"PREFIX {p}: <{base}>" for p, base in PREFIXES.items())
