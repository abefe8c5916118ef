"""Corpus commands of ``kg``: ``remove`` (drop documents) and ``explain`` (why a node is one node).

``register(app)`` adds them to the ``kg`` Typer app; like every command they print data on stdout,
errors on stderr, and exit 0 ok / 1 bad data / 2 usage error. ``--store`` takes a folder or the
URL of a SPARQL 1.1 server (see kg.remote).
"""

from __future__ import annotations

import json
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from kg.errors import GovkgError, NotFoundError
from kg.remote import open_store
from kg.store import DEFAULT_PATH, GraphStore

_err = Console(stderr=True, highlight=False, soft_wrap=True)

AnyStoreOption = Annotated[
    str | None,
    typer.Option("--store", envvar="GOVKG_STORE", show_default=False, metavar="FOLDER|URL",
                 help=f"Store folder, or a SPARQL 1.1 server URL http://HOST:PORT/... [default: {DEFAULT_PATH}]"),
]


def _fail(error: GovkgError) -> NoReturn:
    _err.print(f"error: {error.message}", markup=False)
    if error.hint:
        _err.print(f"  hint: {error.hint}", markup=False)
    raise typer.Exit(1)


def _open(store: str | None, *, read_only: bool) -> GraphStore:
    try:
        return open_store(store, read_only=read_only)
    except GovkgError as error:
        _fail(error)


def remove(
    docs: Annotated[list[str], typer.Argument(metavar="DOC...", help="Document ids (the file stems given to build).")],
    store: AnyStoreOption = None,
) -> None:
    """Remove documents, and every fact read from them, from the store.

    Facts that other documents state too stay (they live in those documents' graphs). An id that
    is not in the store is an error (exit 1) after the others are removed.

    Example: kg remove report-2016 notice-3
    """
    missing: list[str] = []
    with _open(store, read_only=False) as db:
        try:
            for doc in docs:
                if db.remove(doc):
                    _err.print(f"removed {doc}", markup=False)
                else:
                    missing.append(doc)
            known = db.doc_ids() if missing else []
        except GovkgError as error:
            _fail(error)
    if missing:
        sample = ", ".join(known[:8]) + (", …" if len(known) > 8 else "")
        _fail(NotFoundError(f"no document {', '.join(missing)} in the store",
                            hint=f"the store holds: {sample}" if known else "the store holds no documents"))


def explain(
    name: Annotated[str, typer.Argument(help="A unit or place name as written, simplified or traditional.")],
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    store: AnyStoreOption = None,
) -> None:
    """Which mentions in which documents made a node: its names, sentences and offsets.

    Every node called NAME (homonyms of different places are separate nodes) with its canonical
    name, other names, and per document the names used and each sentence mentioning it (text and
    character offsets in the original file). --json prints a list of objects with keys iri, types,
    labels, alt_labels, kind, jurisdiction, within, code and documents.

    Example: kg explain 县公安局 --json
    """
    from kg.explain import explain as run
    from kg.explain import format_text

    with _open(store, read_only=True) as db:
        try:
            found = run(db, name)
        except GovkgError as error:
            _fail(error)
    if json_out:
        typer.echo(json.dumps([x.to_dict() for x in found], ensure_ascii=False, indent=2))
    else:
        typer.echo(format_text(found))


def register(app: typer.Typer) -> None:
    """Add ``remove`` and ``explain`` to the ``kg`` app."""
    app.command()(remove)
    app.command()(explain)
