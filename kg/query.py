"""Questions asked of the store: ``oversees`` and the named queries of ``queries/*.rq``.

A named query is a SPARQL file whose header comment says what it does and which parameters
it takes::

    # title: Who oversees a place
    # description: …
    # param: name (literal@zh) the place or unit name

Parameters are bound as RDF terms of the declared type (``iri``, ``literal``, ``literal@LANG``,
``integer``, ``decimal``, ``double``, ``boolean``, ``date``; undeclared: guessed), never pasted
into the query text.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     oversees(store, "鼎新镇")
Traceback (most recent call last):
...
kg.errors.NotFoundError: no place or unit named 鼎新镇 in the store
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import NotFoundError, QueryError
from kg.resources import queries_dir
from kg.store import QueryResult, Store, Term, term_value
from kg.vocab import PREFIXES, XSD

# ------------------------------------------------------------------------------------ named queries


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # iri | literal | literal@LANG | integer | decimal | double | boolean | date | term
    doc: str = ""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    title: str
    description: str
    params: tuple[Param, ...]
    text: str

    def bindings(self, params: Mapping[str, str | Term]) -> dict[str, Term]:
        """Parameter values as RDF terms of their declared types; QueryError for an unknown name."""
        declared = {p.name: p for p in self.params}
        out: dict[str, Term] = {}
        for key, value in params.items():
            name = key.lstrip("?$")
            if declared and name not in declared:
                raise QueryError(
                    f"query {self.name!r} has no parameter {name!r}",
                    hint=f"its parameters: {', '.join(declared)}",
                )
            out[name] = bind_value(declared[name].type if name in declared else "term", value)
        return out


_HEADER = re.compile(r"^#\s*(\w+)\s*:\s*(.*)$")
_PARAM = re.compile(r"^\??(\w+)\s*(?:\(([^)]*)\))?\s*(.*)$")


def parse_header(text: str) -> tuple[str, str, tuple[Param, ...]]:
    """Title, description and parameters from a query's leading ``# key: value`` comment lines.

    >>> parse_header("# title: T\\n# param: name (literal@zh) a name\\nSELECT ?name {}")
    ('T', '', (Param(name='name', type='literal@zh', doc='a name'),))
    """
    fields: dict[str, list[str]] = {}
    params: list[Param] = []
    last: list[str] | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _HEADER.match(line)
        if m and m.group(1).lower() == "param":
            pm = _PARAM.match(m.group(2).strip())
            if pm:
                params.append(Param(pm.group(1), (pm.group(2) or "term").strip(), pm.group(3).strip()))
            last = None
        elif m:
            last = fields.setdefault(m.group(1).lower(), [])
            last.append(m.group(2).strip())
        elif last is not None:  # an indented continuation line
            last.append(line.lstrip("#").strip())
    return " ".join(fields.get("title", [])), " ".join(fields.get("description", [])), tuple(params)


def load_query(name_or_path: str | Path) -> NamedQuery:
    """A named query (``oversees`` -> ``queries/oversees.rq``) or a ``.rq`` file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.is_file():
        path = candidate
    else:
        path = queries_dir() / f"{name_or_path}.rq"
    if not path.is_file():
        names = ", ".join(q.name for q in list_queries()) or "(none)"
        raise QueryError(f"no query {name_or_path!r}", hint=f"named queries: {names}; or give a .rq file path")
    text = path.read_text(encoding="utf-8")
    title, description, params = parse_header(text)
    return NamedQuery(path.stem, path, title, description, params, text)


def list_queries() -> list[NamedQuery]:
    """Every named query shipped in ``queries/``, sorted by name."""
    return [load_query(p) for p in sorted(queries_dir().glob("*.rq"))]


_TYPED = {"integer": XSD.integer, "decimal": XSD.decimal, "double": XSD.double, "boolean": XSD.boolean,
          "date": XSD.date}


def _check(kind: str, raw: str) -> None:
    try:
        if kind == "integer":
            int(raw)
        elif kind == "decimal":
            Decimal(raw)
        elif kind == "double":
            float(raw)
        elif kind == "date":
            date.fromisoformat(raw)
        elif kind == "boolean" and raw not in ("true", "false", "1", "0"):
            raise ValueError(raw)
    except (ValueError, InvalidOperation):
        raise QueryError(f"{raw!r} is not a valid {kind}", hint=f"give the parameter as a {kind}") from None


def _iri(raw: str) -> ox.NamedNode:
    text = raw.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, _, local = text.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        text = PREFIXES[prefix] + local
    try:
        return ox.NamedNode(text)
    except ValueError as err:
        raise QueryError(f"{raw!r} is not an IRI ({err})", hint="give a full IRI such as https://…") from None


def bind_value(param_type: str, value: str | Term) -> Term:
    """The RDF term for a parameter value given as text (a term is taken as it is).

    >>> bind_value("literal@zh", "鼎新镇")
    <Literal value=鼎新镇 language=zh>
    >>> bind_value("integer", "3").value, bind_value("iri", "gov:Township").value
    ('3', 'https://w3id.org/govkg#Township')
    """
    if not isinstance(value, str):
        return value
    kind = param_type.strip().lower()
    if kind == "iri":
        return _iri(value)
    if kind == "literal":
        return ox.Literal(value)
    if kind.startswith("literal@"):
        return ox.Literal(value, language=kind.split("@", 1)[1])
    if kind in _TYPED:
        _check(kind, value)
        return ox.Literal(value, datatype=_TYPED[kind])
    # undeclared: an IRI when it clearly is one, a number when it is one, else a plain string
    if re.fullmatch(r"<[^<>\s]+>|https?://\S+", value):
        return _iri(value)
    if re.fullmatch(r"[+-]?\d+", value):
        return ox.Literal(value, datatype=XSD.integer)
    return ox.Literal(value)


def run_named(store: Store, name_or_path: str | Path, params: Mapping[str, str | Term] | None = None) -> QueryResult:
    """Run a named query (or a ``.rq`` file) with parameters bound by type.

    A parameter not given stays unbound (it matches anything). Returns pyoxigraph's result:
    solutions for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE.

    >>> with Store.open(None) as store:
    ...     list(run_named(store, "oversees", {"name": "鼎新镇"}))
    []
    """
    query = load_query(name_or_path)
    return store.query(query.text, query.bindings(params or {}))


# ----------------------------------------------------------------------------------------- oversees


@dataclass(frozen=True)
class OverseeRecord:
    """One unit overseeing a place, with the fact's provenance.

    ``place``/``place_label`` name the place the fact is about: the one asked for, or (when
    ``direct`` is False) a place that contains it.
    """

    unit: str
    label: str
    relation: str  # "supervises" | "designates"
    evidence: str  # the sentence the fact was read from
    document: str  # document id
    document_title: str | None
    quote: str | None
    place: str
    place_label: str
    direct: bool

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@functools.cache
def _converter(config: str) -> Any:
    from opencc_purepy import OpenCC

    return OpenCC(config)


def name_variants(name: str) -> list[str]:
    """The name as given, in simplified and in traditional script (duplicates dropped).

    >>> name_variants("鼎新鎮")
    ['鼎新鎮', '鼎新镇']
    """
    base = name.strip()
    return list(dict.fromkeys([base, _converter("t2s").convert(base), _converter("s2t").convert(base)]))


_KNOWN = "ASK { ?e rdfs:label|skos:altLabel ?name }"


def _text(row: ox.QuerySolution, var: str) -> str | None:
    term = row[var]
    return term_value(term) if term is not None else None


def oversees(store: Store, name: str) -> list[OverseeRecord]:
    """Units that supervise or designate the place (or unit) called ``name``, or a place containing it.

    The name matches ``rdfs:label`` or ``skos:altLabel`` in simplified or traditional script.
    Raises NotFoundError when nothing in the store has that name; returns ``[]`` when it exists
    but nobody oversees it. Facts about the place itself come first.
    """
    variants = name_variants(name)
    labels = [ox.Literal(v, language="zh") for v in variants]
    if not any(bool(store.query(_KNOWN, {"name": lit})) for lit in labels):
        raise NotFoundError(
            f"no place or unit named {name} in the store",
            hint="check the name (as written in the text), or build the documents that mention it",
        )
    query = load_query("oversees")
    seen: dict[tuple[str, ...], OverseeRecord] = {}
    for lit in labels:
        result = store.query(query.text, query.bindings({"name": lit}))
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("queries/oversees.rq must be a SELECT query", hint="restore it from the checkout")
        for row in result:
            unit, place = _text(row, "unit") or "", _text(row, "place") or ""
            record = OverseeRecord(
                unit=unit,
                label=_text(row, "label") or unit,
                relation=_text(row, "relation") or "",
                evidence=_text(row, "evidence") or _text(row, "quote") or "",
                document=_text(row, "docId") or "",
                document_title=_text(row, "docTitle"),
                quote=_text(row, "quote"),
                place=place,
                place_label=_text(row, "placeLabel") or place,
                direct=_text(row, "hops") == "0",
            )
            seen.setdefault((record.unit, record.relation, record.place, record.document, record.evidence), record)
    order = {"supervises": 0, "designates": 1}
    return sorted(
        seen.values(),
        key=lambda r: (not r.direct, order.get(r.relation, 9), r.label, r.document, r.evidence),
    )
