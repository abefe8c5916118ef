"""Named queries: the ``queries/*.rq`` files, their headers, and parameters bound as typed RDF terms.

A named query is a SPARQL file whose header comment says what it does and which parameters
it takes::

    # title: Who oversees a place
    # description: …
    # param: name (name) the place or unit name

Parameters are bound as RDF terms of the declared type (``iri``, ``literal``, ``literal@LANG``,
``name``, ``integer``, ``decimal``, ``double``, ``boolean``, ``date``; undeclared: guessed), never
pasted into the query text:

* a ``name`` becomes a ``VALUES ?name { … }`` block at the start of the query's WHERE clause,
  listing the name in simplified and in traditional script as ``@zh`` literals written by the RDF
  library (so quotes and braces in a value stay inside its literal). A VALUES block, unlike a
  substitution, is seen by oxigraph's join planner, which then starts from the name: on a graph
  of a million triples that is the difference between a millisecond and a second.
* every other parameter is substituted (SEP-0007, pyoxigraph's ``substitutions``), which joins
  the value with the query's solutions: such a parameter must appear in a triple pattern, a
  ``BIND … AS`` or a ``VALUES`` block, not only inside a ``FILTER`` (where it stays unbound).

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     list(run_named(store, "oversees", {"name": '鼎新镇" } ?s ?p ?o . { "x'}))
[]
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.resources import queries_dir
from kg.sparql_text import QueryShape
from kg.store import GraphStore, QueryResult, Term
from kg.vocab import PREFIXES, XSD

__all__ = [
    "NamedQuery",
    "Param",
    "bind_value",
    "label_literals",
    "list_queries",
    "load_query",
    "name_variants",
    "named",
    "parse_header",
    "prepare",
    "resolve_name",
    "run_named",
    "with_values",
]


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # iri | literal | literal@LANG | name | integer | decimal | double | boolean | date | term
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
    """A named query (``oversees`` -> ``queries/oversees.rq``) or a ``.rq`` file by path.

    >>> load_query("chain").params[0].name
    'name'
    """
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" or candidate.is_file():
        path = candidate
    else:
        path = queries_dir() / f"{name_or_path}.rq"
    if not path.is_file():
        names = ", ".join(q.name for q in list_queries()) or "(none)"
        raise QueryError(f"no query {name_or_path!r}", hint=f"named queries: {names}; or give a .rq file path")
    return _load(path, path.stat().st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _load(path: Path, mtime: int) -> NamedQuery:
    # cached by modification time: the hot path (oversees) must not re-read and re-parse the file
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
    if kind == "name":
        return ox.Literal(value.strip(), language="zh")
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


# ------------------------------------------------------------------------------------------ names


@functools.cache
def _converter(config: str) -> Any:
    from opencc_purepy import OpenCC

    return OpenCC(config)


@functools.lru_cache(maxsize=4096)
def _variants(base: str) -> tuple[str, ...]:
    # OpenCC in pure Python costs ~0.1 ms a call: cached, since the same names are asked again and again
    return tuple(dict.fromkeys([base, _converter("t2s").convert(base), _converter("s2t").convert(base)]))


def name_variants(name: str) -> list[str]:
    """The name as given, in simplified and in traditional script (duplicates dropped).

    >>> name_variants("鼎新鎮")
    ['鼎新鎮', '鼎新镇']
    """
    return list(_variants(name.strip()))


def label_literals(name: str) -> list[ox.Literal]:
    """``name_variants`` as ``@zh`` literals, the way labels are stored.

    >>> [lit.value for lit in label_literals("金塔縣")]
    ['金塔縣', '金塔县']
    """
    return [ox.Literal(v, language="zh") for v in name_variants(name)]


_LABELS = (ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
           ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"))


def named(store: Any, literal: ox.Literal) -> list[ox.NamedNode]:
    """Resources whose ``rdfs:label`` or ``skos:altLabel`` is ``literal`` (in any document), in IRI order.

    ``store`` is anything whose ``inner`` matches quads by pattern (the embedded Store).
    """
    found = {q.subject for p in _LABELS for q in store.inner.quads_for_pattern(None, p, literal)}
    return sorted((s for s in found if isinstance(s, ox.NamedNode)), key=lambda n: n.value)


def resolve_name(store: Any, name: str) -> ox.Literal:
    """The form of ``name`` the store knows: the first of its variants that is a label or alias.

    Names are stored in the script of their text, so a traditional ``鼎新鎮`` becomes the stored
    ``鼎新镇``. A name the store does not know comes back as given (it then matches nothing).

    >>> from kg.store import Store
    >>> with Store.open(None) as store:
    ...     resolve_name(store, "鼎新鎮")
    <Literal value=鼎新鎮 language=zh>
    """
    literals = label_literals(name)
    return next((lit for lit in literals if named(store, lit)), literals[0])


def with_values(text: str, values: Mapping[str, list[Term]]) -> str:
    """The query with a ``VALUES ?var { … }`` block per entry opening its (first) WHERE clause.

    The terms are written by pyoxigraph in N-Triples syntax, escapes included, so no value can
    end its literal early.

    >>> print(with_values("SELECT ?n WHERE { ?s ?p ?n }", {"n": [ox.Literal('a" } x', language="zh")]}))
    SELECT ?n WHERE { VALUES ?n { "a\\" } x"@zh }
     ?s ?p ?n }
    """
    if not values:
        return text
    return QueryShape.of(text).with_block(" ".join(
        f"VALUES ?{var} {{ {' '.join(str(term) for term in terms)} }}\n" for var, terms in values.items()))


def prepare(query: NamedQuery, params: Mapping[str, str | Term] | None = None) -> tuple[str, dict[str, Term]]:
    """The text to run and the substitutions: ``name`` parameters become VALUES blocks, others terms.

    >>> text, subs = prepare(load_query("designated-places"), {"authority": "甲", "year": "2016"})
    >>> "VALUES ?authority" in text, subs
    (True, {'year': <Literal value=2016 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>})
    """
    kinds = {p.name: p.type.strip().lower() for p in query.params}
    values: dict[str, list[Term]] = {}
    others: dict[str, str | Term] = {}
    for key, value in (params or {}).items():
        name = key.lstrip("?$")
        if kinds.get(name) == "name":
            values[name] = list(label_literals(value)) if isinstance(value, str) else [value]
        else:
            others[key] = value
    return with_values(query.text, values), query.bindings(others)


def run_named(
    store: GraphStore, name_or_path: str | Path, params: Mapping[str, str | Term] | None = None
) -> QueryResult:
    """Run a named query (or a ``.rq`` file) with parameters bound by type.

    A parameter not given stays unbound (it matches anything). A ``name`` parameter matches the
    name in simplified or traditional script. Returns pyoxigraph's result: solutions for SELECT,
    a boolean for ASK, triples for CONSTRUCT/DESCRIBE.

    >>> from kg.store import Store
    >>> with Store.open(None) as store:
    ...     list(run_named(store, "oversees", {"name": "鼎新镇"}))
    []
    """
    query = load_query(name_or_path)
    text, bindings = prepare(query, params)
    return store.query(text, bindings)
