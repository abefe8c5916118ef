"""One exception hierarchy for govkg: what went wrong, and a hint on how to fix it.

Library code raises these and never prints; the CLI shows ``message`` and ``hint`` on stderr
and exits 1.

>>> err = InputError("report.pdf: unsupported file type", hint="convert it to .txt or .html")
>>> str(err)
'report.pdf: unsupported file type'
>>> err.hint
'convert it to .txt or .html'
"""

from __future__ import annotations


class GovkgError(Exception):
    """Base class of every error govkg raises on purpose."""

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message


class InputError(GovkgError):
    """A file or value given by the user cannot be read or used (bad encoding, binary, wrong type)."""


class BuildError(GovkgError):
    """An extraction breaks its own contract (e.g. a relation names an entity key it does not define)."""


class StoreError(GovkgError):
    """The store cannot be opened or written (locked by another process, not a store, read-only)."""


class QueryError(GovkgError):
    """A SPARQL query or its parameters are invalid, or the named query does not exist."""


class NotFoundError(QueryError):
    """The name asked about is not in the store."""
