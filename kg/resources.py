"""Find the data folders that travel with govkg: ``ontology/`` and ``queries/``.

In a checkout (or an editable install) they sit beside the ``kg`` package; a wheel carries
them as ``kg/_data/ontology`` and ``kg/_data/queries`` (see pyproject.toml). The checkout
wins, so edits to a checkout's ``queries/`` take effect without reinstalling.

>>> queries_dir().name
'queries'
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import GovkgError

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The folder ``name`` (``"ontology"`` or ``"queries"``): checkout first, then the wheel's copy."""
    for candidate in (_PACKAGE.parent / name, _PACKAGE / "_data" / name):
        if candidate.is_dir():
            return candidate
    raise GovkgError(
        f"govkg's {name}/ folder is missing (looked beside {_PACKAGE} and in {_PACKAGE / '_data'})",
        hint="reinstall govkg (pip install .) from a complete checkout",
    )


def queries_dir() -> Path:
    """The folder of named SPARQL queries (``queries/*.rq``)."""
    return resource_dir("queries")


def ontology_dir() -> Path:
    """The folder of the ontology and SHACL shapes (``ontology/*.ttl``)."""
    return resource_dir("ontology")
