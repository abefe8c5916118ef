"""The ``kg serve`` command, registered on the ``kg`` app by :func:`register`.

Kept apart from ``kg/cli.py`` so the web stack (Starlette, uvicorn) is imported only when serving.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.errors import GovkgError
from kg.store import DEFAULT_PATH


def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on. Anything but loopback exposes the "
                                                     "graph to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port.")] = 8000,
    store: Annotated[
        Path | None,
        typer.Option("--store", envvar="GOVKG_STORE", help=f"Store folder [default: {DEFAULT_PATH}]",
                     show_default=False),
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0.001, help="Seconds a request may run before it is "
                                                                        "answered 503.")] = 10.0,
    max_results: Annotated[int, typer.Option("--max-results", min=1, help="Most rows (or triples) a query may "
                                                                          "return; more is answered 413.")] = 10_000,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body (and GET query) in "
                                                                    "bytes; larger is answered 413.")] = 1_000_000,
) -> None:
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql and a web page at /.

    The page answers "which unit oversees this township?" with the evidence sentence and source
    document, shows the responsibility chain and a picture, has a SPARQL editor with the named
    queries, and links to downloads of the whole graph. SPARQL clients (SPARQLWrapper, YASGUI,
    curl) use /sparql: GET ?query=, POST form or application/sparql-query; results as JSON, XML,
    CSV or TSV, graphs as Turtle, N-Triples, JSON-LD or RDF/XML, by Accept header or format=.
    SPARQL Update is refused (403). The store is opened read-only, so kg build can run meanwhile;
    restart to see its changes. Stop with Ctrl+C.

    Example: kg serve --port 8000   (then open http://127.0.0.1:8000/)
    """
    from kg.serve import serve as run

    # (a non-loopback --host is warned about by kg.serve itself, in the log)
    typer.echo(f"serving http://{host if ':' not in host else f'[{host}]'}:{port}/ (SPARQL at /sparql); "
               "Ctrl+C to stop", err=True)
    try:
        run(store or DEFAULT_PATH, host, port, timeout_s=timeout, max_results=max_results, max_body=max_body)
    except GovkgError as error:
        typer.echo(f"error: {error.message}", err=True)
        if error.hint:
            typer.echo(f"hint: {error.hint}", err=True)
        raise typer.Exit(1) from None


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to ``app`` (the ``kg`` Typer app)."""
    app.command("serve")(serve)
