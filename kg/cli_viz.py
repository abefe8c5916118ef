"""The ``kg viz`` command, registered on the ``kg`` app by :func:`register`; the work is in :mod:`kg.viz`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from kg.errors import GovkgError, InputError
from kg.store import DEFAULT_PATH, Store


class VizFormat(StrEnum):
    html = "html"
    graphml = "graphml"
    gexf = "gexf"


class VizLayout(StrEnum):
    force = "force"
    hierarchical = "hierarchical"


_SUFFIX_FORMAT = {".html": VizFormat.html, ".htm": VizFormat.html, ".graphml": VizFormat.graphml,
                  ".gexf": VizFormat.gexf}


def _fail(error: GovkgError) -> NoReturn:
    typer.echo(f"error: {error.message}", err=True)
    if error.hint:
        typer.echo(f"hint: {error.hint}", err=True)
    raise typer.Exit(1)


def _output(out: Path | None, fmt: VizFormat | None) -> tuple[Path, VizFormat]:
    """The output file and format: --format wins, else the extension of --out, else HTML."""
    known = _SUFFIX_FORMAT.get(out.suffix.lower()) if out is not None else None
    if out is not None and fmt is None and known is None:
        raise typer.BadParameter(f"cannot tell the format from {out.name!r}; use .html, .graphml or .gexf, "
                                 "or give --format", param_hint="--out")
    if fmt is not None and known is not None and known is not fmt:
        raise typer.BadParameter(f"{out} looks like {known.value}, but --format is {fmt.value}", param_hint="--out")
    chosen = fmt or known or VizFormat.html
    return out or Path(f"graph.{chosen.value}"), chosen


def viz(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="File to write [default: graph.html, "
                                                                 "graph.graphml or graph.gexf].",
                                             show_default=False)] = None,
    focus: Annotated[str | None, typer.Option("--focus", help="Only what is near this unit or place (name or "
                                                              "alias, simplified or traditional).")] = None,
    depth: Annotated[int, typer.Option("--depth", min=0, help="With --focus: how many steps out to go.")] = 1,
    relations: Annotated[str | None, typer.Option(
        "--relations", help="Comma-separated relations to draw [default: all]: supervises, designates, issued, "
                            "forwarded, established, part_of, within, jurisdiction, head_of.",
        show_default=False)] = None,
    layout: Annotated[VizLayout, typer.Option("--layout", help="force: clusters settle by physics; hierarchical: "
                                                               "authorities, units, counties, townships in layers."
                                              )] = VizLayout.force,
    fmt: Annotated[VizFormat | None, typer.Option("--format", "-f", help="html, or graphml / gexf for Gephi and "
                                                                         "Cytoscape [default: from --out, else html].",
                                                  show_default=False)] = None,
    store: Annotated[Path | None, typer.Option("--store", envvar="GOVKG_STORE",
                                               help=f"Store folder [default: {DEFAULT_PATH}]", show_default=False)
                     ] = None,
) -> None:
    """Draw the graph: one offline HTML page (vis-network), or GraphML / GEXF for other tools.

    Shows units, places, documents and people that take part in the chosen relations. Nodes are
    coloured and shaped by kind and sized by their number of relations; edges are labelled in
    Chinese; hover or click for the full name, aliases and the evidence sentence. The page loads
    nothing from the network. Past 5,000 nodes, townships are grouped per county. Exits 1 when
    --focus names nothing in the store.

    Example: kg viz --focus 鼎新镇 --depth 2 --out 鼎新镇.html
    """
    from kg import viz as draw

    path, chosen = _output(out, fmt)
    try:
        wanted = draw.parse_relations(relations)
    except InputError as error:
        raise typer.BadParameter(f"{error.message} ({error.hint})", param_hint="--relations") from None
    where = store or DEFAULT_PATH
    try:
        with Store.open(where, read_only=True) as db:
            graph = draw.view(db, relations=wanted, focus_on=focus, depth=depth)
        typer.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges from {where}", err=True)
        if not len(graph):
            typer.echo("warning: nothing to draw (is the store empty, or are --relations too narrow?)", err=True)
        if chosen is VizFormat.html:
            title = f"govkg · {focus}" if focus else "govkg"
            shape: draw.Layout = "hierarchical" if layout is VizLayout.hierarchical else "force"
            info = draw.render_html(graph, path, layout=shape, title=title)
            if info.aggregated:
                typer.echo(f"more than {draw.AGGREGATE_ABOVE} nodes: townships grouped per county, "
                           f"{info.nodes} nodes drawn", err=True)
        else:
            draw.export(graph, path, "gexf" if chosen is VizFormat.gexf else "graphml")
    except GovkgError as error:
        _fail(error)
    except OSError as error:
        _fail(GovkgError(f"cannot write {path}: {error}", hint="check the folder exists and is writable"))
    typer.echo(f"wrote {path}", err=True)


def register(app: typer.Typer) -> None:
    """Add the ``viz`` command to ``app`` (the ``kg`` Typer app)."""
    app.command("viz")(viz)
