"""Where things are in a SPARQL query's text: its form, what a SELECT projects, its WHERE group.

Bound values travel as a ``VALUES`` block opening the WHERE group (kg.named for name parameters,
kg.remote for any binding sent over HTTP): the query is tokenised, so a ``WHERE {`` inside a
comment, a string or an IRI is never taken for the group.

>>> q = QueryShape.of('SELECT ?n # WHERE { not here\\nWHERE { ?s ?p "WHERE {" }')
>>> q.form, sorted(q.projected), q.text[q.group_at:]
('SELECT', ['n'], ' ?s ?p "WHERE {" }')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import QueryError

_TOKEN = re.compile(
    r"""(?P<skip>\#[^\n]*|\s+)
      | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                  |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
      | (?P<var>[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]+)
      | (?P<word>[A-Za-z_][\w\-]*(?::[\w\-.]*)?)
      | (?P<punct>.)""",
    re.X | re.S,
)
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
Token = tuple[str | None, str, int]  # (kind, text, offset)


@dataclass(frozen=True)
class QueryShape:
    """A query's form (SELECT, ASK, …), the variables a SELECT projects, and where its WHERE group
    opens (``group_at``: the offset just after its ``{``)."""

    text: str
    form: str
    projected: frozenset[str]
    group_at: int

    @classmethod
    def of(cls, sparql: str) -> QueryShape:
        """The shape of ``sparql``; QueryError when it has no query form or no WHERE group."""
        tokens = [(m.lastgroup, m.group(), m.start()) for m in _TOKEN.finditer(sparql) if m.lastgroup != "skip"]
        form_at = next((i for i, (kind, text, _) in enumerate(tokens)
                        if kind == "word" and text.upper() in _FORMS), None)
        if form_at is None:
            raise QueryError("cannot bind parameters: no SELECT, ASK, CONSTRUCT or DESCRIBE in the query",
                             hint="check the query text")
        form = tokens[form_at][1].upper()
        group = _where_group(tokens, form_at, form)
        projected = frozenset(t[1:] for kind, t, _ in tokens[form_at:group] if kind == "var") \
            if form == "SELECT" else frozenset()
        return cls(sparql, form, projected, tokens[group][2] + 1)

    def with_block(self, block: str) -> str:
        """The query with ``block`` (a VALUES clause) opening its WHERE group."""
        return f"{self.text[:self.group_at]} {block}{self.text[self.group_at:]}"


def _where_group(tokens: list[Token], form_at: int, form: str) -> int:
    """Index of the ``{`` opening the query's WHERE group (after a CONSTRUCT's template)."""
    depth, parens, template_done = 0, 0, form != "CONSTRUCT"
    for i in range(form_at + 1, len(tokens)):
        kind, text, _ = tokens[i]
        if kind == "word" and text.upper() == "WHERE" and depth == 0 and not template_done:
            raise QueryError("cannot bind parameters in the short form CONSTRUCT WHERE { … }",
                             hint="write CONSTRUCT { template } WHERE { pattern }")
        if kind != "punct" or text not in "(){}":
            continue
        if text in "()":
            parens += 1 if text == "(" else -1
        elif parens == 0 and text == "{":
            if depth == 0 and template_done:
                return i
            depth += 1
        elif parens == 0:
            depth -= 1
            template_done = template_done or depth == 0
    raise QueryError("cannot bind parameters: the query has no WHERE group", hint="check the query text")
