"""SHACL validation of a govkg graph against ``ontology/shapes.ttl``.

The shapes run through pyshacl with RDFS inference and the govkg ontology as the
ontology graph, so a ``gov:Township`` counts as a ``gov:Place`` and a
``gov:PoliceBureau`` as an ``org:Organization``. The ontology's ``rdfs:domain`` and
``rdfs:range`` axioms are left out of that inference on purpose: they would type
every subject of ``gov:supervises`` as an ``org:Organization`` and so hide the very
errors the shapes look for (a place that "supervises", a label on a wrong node).

Example::

    >>> from rdflib import Graph
    >>> report = validate(Graph())
    >>> report.conforms, report.violations
    (True, ())

Library code: nothing here prints; callers show ``report.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyshacl
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import SH, NamespaceManager
from rdflib.term import Node

from kg.errors import InputError
from kg.resources import ontology_dir  # checkout's ontology/ first, then the wheel's kg/_data/ontology

__all__ = ["ONTOLOGY_FILE", "SHAPES_FILE", "ValidationReport", "Violation", "ontology_dir", "validate"]

ONTOLOGY_FILE = "govkg.ttl"
SHAPES_FILE = "shapes.ttl"

_PREFIXES = {
    "gov": "https://w3id.org/govkg#",
    "govsh": "https://w3id.org/govkg/shapes#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: what is wrong (``message``) with which node and property.

    ``path`` is the property checked (``None`` when the node itself is wrong, e.g.
    a place used as the subject of ``gov:supervises``); ``value`` is the offending
    value when SHACL reports one; ``severity`` is ``"Violation"``, ``"Warning"`` or
    ``"Info"``.
    """

    focus: Node
    path: Node | None
    message: str
    severity: str
    value: Node | None = None


@dataclass(frozen=True)
class ValidationReport:
    """Outcome of :func:`validate`.

    ``conforms`` is False when there is at least one result of severity Violation
    (warnings alone do not fail); ``violations`` holds every result, sorted, with
    the violations first; ``text`` is a human-readable report for the CLI.
    """

    conforms: bool
    violations: tuple[Violation, ...]
    text: str

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form: ``{"conforms": bool, "violations": [{focus, path, ...}]}``."""
        return {
            "conforms": self.conforms,
            "violations": [
                {
                    "focus": str(v.focus),
                    "path": None if v.path is None else str(v.path),
                    "value": None if v.value is None else str(v.value),
                    "message": v.message,
                    "severity": v.severity,
                }
                for v in self.violations
            ],
        }


def validate(
    data: Graph,
    shapes_path: Path | None = None,
    ontology_path: Path | None = None,
) -> ValidationReport:
    """Check ``data`` against the govkg SHACL shapes.

    ``shapes_path`` and ``ontology_path`` default to ``shapes.ttl`` and ``govkg.ttl``
    in :func:`ontology_dir`. A ``Dataset`` is validated as the union of its graphs,
    as queries see it. ``data`` itself is not modified. Raises
    :class:`kg.errors.InputError` when a shapes or ontology file is missing or not Turtle.

    >>> from rdflib import Graph, Literal, RDF, RDFS, URIRef
    >>> town = URIRef("https://w3id.org/govkg/id/place/example")
    >>> g = Graph()
    >>> _ = g.add((town, RDF.type, URIRef("https://w3id.org/govkg#Township")))
    >>> _ = g.add((town, RDFS.label, Literal("鼎新镇", lang="zh")))
    >>> validate(g).conforms
    True
    """
    shapes_file = Path(shapes_path) if shapes_path is not None else ontology_dir() / SHAPES_FILE
    ontology_file = Path(ontology_path) if ontology_path is not None else ontology_dir() / ONTOLOGY_FILE
    shapes = _parse(shapes_file)
    ontology = _without_domain_range(_parse(ontology_file))
    graph = _as_single_graph(data)
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="rdfs",
        allow_warnings=True,
        allow_infos=True,
    )
    violations = _violations(results)
    return ValidationReport(bool(conforms), violations, _render(bool(conforms), violations, graph))


def _parse(path: Path) -> Graph:
    if not path.is_file():
        raise InputError(
            f"{path}: no such file", hint="give an existing Turtle file, or omit it for the default"
        )
    try:
        return Graph().parse(path, format="turtle")
    except Exception as err:  # rdflib raises several unrelated types for bad syntax
        raise InputError(
            f"{path}: not valid Turtle ({err})",
            hint="fix the syntax; tests/test_ontology.py parses every .ttl",
        ) from err


def _without_domain_range(ontology: Graph) -> Graph:
    # Domain/range inference would turn wrong subjects into instances of the
    # expected class; SHACL should see the types the data actually states.
    ontology.remove((None, RDFS.domain, None))
    ontology.remove((None, RDFS.range, None))
    return ontology


def _as_single_graph(data: Graph) -> Graph:
    # pyshacl validates each named graph of a dataset on its own; govkg repeats
    # entities per document, so validate the union that queries read.
    if not isinstance(data, ConjunctiveGraph):
        return data
    union = Graph()
    for s, p, o, _ in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _violations(results: Graph) -> tuple[Violation, ...]:
    found: set[Violation] = set()
    for report in results.subjects(RDF.type, SH.ValidationReport):
        # Only top-level results: nested sh:detail results explain, they are not extra errors.
        for result in results.objects(report, SH.result):
            focus = results.value(result, SH.focusNode)
            if focus is None:  # not produced by pyshacl; guards the type only
                continue
            severity = results.value(result, SH.resultSeverity)
            found.add(
                Violation(
                    focus=focus,
                    path=results.value(result, SH.resultPath),
                    message=_message(results, result),
                    severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                    value=results.value(result, SH.value),
                )
            )
    return tuple(sorted(found, key=_sort_key))


def _message(results: Graph, result: Node) -> str:
    messages = [m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    # Prefer the English (or untagged) message the shapes define.
    messages.sort(key=lambda m: (m.language not in (None, "en"), str(m)))
    return str(messages[0]) if messages else "SHACL constraint not satisfied"


def _sort_key(v: Violation) -> tuple[int, str, str, str, str]:
    rank = _SEVERITY_ORDER.get(v.severity, 3)
    return (rank, str(v.focus), str(v.path or ""), v.message, str(v.value or ""))


def _render(conforms: bool, violations: tuple[Violation, ...], data: Graph) -> str:
    names = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, uri in _PREFIXES.items():
        names.bind(prefix, uri)

    def show(node: Node | None) -> str:
        if node is None:
            return "-"
        text = node.n3(names)
        labels = [] if isinstance(node, Literal) else sorted(str(x) for x in data.objects(node, RDFS.label))
        return f"{labels[0]} {text}" if labels else text

    counts = {s: sum(1 for v in violations if v.severity == s) for s in _SEVERITY_ORDER}
    summary = ", ".join(f"{n} {s.lower()}{'s' if n != 1 else ''}" for s, n in counts.items() if n)
    lines = [f"Conforms: {conforms}" + (f" ({summary})" if summary else "")]
    for v in violations:
        where = show(v.focus) + ("" if v.path is None else f"  {show(v.path)}")
        if v.value is not None and v.value != v.focus:
            where += f" -> {show(v.value)}"
        lines.append(f"[{v.severity}] {where}")
        lines.append(f"    {v.message}")
    return "\n".join(lines) + "\n"
