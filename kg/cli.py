"""The ``kg`` command: thin wrappers over the library. Data on stdout; logs, progress and errors on stderr.

Exit codes: 0 ok, 1 bad data or a failed check, 2 usage error.
"""

from __future__ import annotations

import json
import logging
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import pyoxigraph as ox
import typer
from rich.console import Console
from rich.logging import RichHandler
from rich.progress import Progress
from rich.table import Table

import kg
from kg import cli_corpus, cli_serve, cli_viz
from kg.errors import GovkgError, InputError
from kg.store import DEFAULT_PATH, Store, export_format, term_value

app = typer.Typer(
    name="kg",
    help="govkg: Chinese government texts -> a knowledge graph of units, places, documents and responsibilities.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)
# Piped tables are data: rows must not be cropped to an imaginary 80-column terminal.
_WIDE = 10_000
log = logging.getLogger("kg.cli")

_PROGRESS_AFTER = 5  # files; fewer finish before a bar would help

StoreOption = Annotated[
    Path | None,
    typer.Option("--store", envvar="GOVKG_STORE", help=f"Store folder [default: {DEFAULT_PATH}]", show_default=False),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")]


def _report(error: GovkgError) -> None:
    err.print(f"error: {error.message}", markup=False)
    if error.hint:
        err.print(f"  hint: {error.hint}", markup=False)


def _fail(error: GovkgError) -> NoReturn:
    _report(error)
    raise typer.Exit(1)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"govkg {kg.__version__}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Also log progress details.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Log errors only.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """govkg: Chinese government texts -> a knowledge graph of units, places, documents and responsibilities."""
    level = logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING
    handler = RichHandler(console=err, show_time=False, show_path=False, markup=False, rich_tracebacks=False)
    for name in ("kg", "extract"):
        logger = logging.getLogger(name)
        logger.handlers = [handler]
        logger.setLevel(level)
        logger.propagate = False


def _open(store: Path | None, *, read_only: bool) -> Store:
    try:
        return Store.open(store or DEFAULT_PATH, read_only=read_only)
    except GovkgError as error:
        _fail(error)


# ------------------------------------------------------------------------------------------- build


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(exists=True, help="Files or folders (.txt .md .html .htm).")],
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Then write the whole graph here (.ttl .nt .trig .nq .jsonld).")
    ] = None,
    store: Annotated[
        str | None,
        typer.Option("--store", envvar="GOVKG_STORE", show_default=False, metavar="FOLDER|URL",
                     help=f"Store folder, or a SPARQL 1.1 server URL http://HOST:PORT/... [default: {DEFAULT_PATH}]"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Rebuild documents even when unchanged.")] = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Extract on N local processes.")] = 1,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", metavar="tcp://HOST:PORT", help="Extract on this Dask cluster.")
    ] = None,
) -> None:
    """Extract entities and relations from files or folders into the store.

    Encodings (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5) are detected. A file
    that cannot be read is reported and the rest of the batch still lands; the command then exits 1.
    Building an unchanged document again changes nothing. Memory stays bounded for any corpus size;
    a build killed midway leaves every finished document in place, and running it again finishes
    the rest. --jobs N extracts on N processes, --scheduler on a Dask cluster; --store
    http://HOST:PORT writes to a SPARQL 1.1 server (docs/deploy.md).

    Example: kg build examples/ --out graph.ttl
    """
    from collections import Counter
    from contextlib import nullcontext

    from kg.batch import build_stream, summary
    from kg.distributed import dask_executor
    from kg.ingest import count_sources, iter_sources
    from kg.remote import open_store

    if out_file is not None:
        try:
            export_format(out_file)
        except InputError as error:
            raise typer.BadParameter(f"{error.message} ({error.hint})", param_hint="--out") from None
    if scheduler is not None and jobs != 1:
        raise typer.BadParameter("with --scheduler the cluster's workers extract; drop --jobs", param_hint="--jobs")
    counts: Counter[str] = Counter()
    try:
        total = count_sources(paths)
        if not total:
            raise InputError("no .txt, .md or .html files found", hint="check the paths you gave")
        cluster = dask_executor(scheduler) if scheduler else nullcontext((None, None))
        with open_store(store) as db, cluster as (executor, window), \
                Progress(console=err, transient=True, disable=total <= _PROGRESS_AFTER) as bar:
            task = bar.add_task("building", total=total)
            for result in build_stream(db, iter_sources(paths), force=force, jobs=jobs, executor=executor,
                                       window=window, ship_bytes=scheduler is not None):
                counts[result.status] += 1
                bar.advance(task)
                for warning in result.warnings:
                    log.info("%s: %s", result.source.path, warning)
                if result.error is not None:
                    _report(result.error)
            err.print(f"{summary(counts)}; store {db.location} holds {len(db)} quads", markup=False)
            if out_file is not None:
                db.export(out_file)
                err.print(f"wrote {out_file}", markup=False)
    except GovkgError as error:
        if counts:
            err.print(f"stopped after {summary(counts)}; rerun to finish", markup=False)
        _fail(error)
    if counts["failed"]:
        raise typer.Exit(1)


# ---------------------------------------------------------------------------------------- oversees


@app.command()
def oversees(
    name: Annotated[str, typer.Argument(help="A place (or unit) name as written, simplified or traditional.")],
    json_out: JsonOption = False,
    store: StoreOption = None,
) -> None:
    """Which units oversee a township (or any place or unit), each with its evidence sentence.

    Lists units that supervise or designate the place, or a place containing it. With --json,
    prints an array of objects with keys unit, label, relation, evidence, document (and more).

    Example: kg oversees 鼎新镇 --json
    """
    from kg.query import oversees as find

    with _open(store, read_only=True) as db:
        try:
            records = find(db, name)
        except GovkgError as error:
            _fail(error)
    if json_out:
        typer.echo(json.dumps([r.to_dict() for r in records], ensure_ascii=False, indent=2))
        return
    if not records:
        err.print(f"nobody in the store is recorded as overseeing {name}", markup=False)
    for r in records:
        where = r.place_label if r.direct else f"{r.place_label} (which contains {name})"
        typer.echo(f"{r.label}\t{r.relation}\t{where}\t[{r.document}]\n    {r.evidence}")


# ------------------------------------------------------------------------------------------- chain


@app.command()
def chain(
    name: Annotated[str, typer.Argument(help="A place or unit name as written, simplified or traditional.")],
    json_out: JsonOption = False,
    store: StoreOption = None,
) -> None:
    """The responsibility chain around a place or unit: who supervises, designates, contains, issued what.

    Draws a tree: the places containing it (climbing by administrative code where no parent is
    stated), the units supervising or designating it or those places, the organisations they
    belong to and the documents they issued or forwarded, each with its source document. With
    --json, prints one nested object (keys name, target, label, kind, places, supervisors,
    designators, unit, edges, others).

    Example: kg chain 鼎新镇
    """
    from kg.chain import tree
    from kg.query import chain as find

    with _open(store, read_only=True) as db:
        try:
            record = find(db, name)
        except GovkgError as error:
            _fail(error)
    if json_out:
        typer.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))
        return
    if record.others:
        err.print(f"{len(record.others)} other things are also called {name}; showing {record.label}", markup=False)
    (out if out.is_terminal else Console(highlight=False, width=_WIDE)).print(tree(record))


# ------------------------------------------------------------------------------------------- query


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    tsv = "tsv"


_RESULT_FORMATS = {Format.json: ox.QueryResultsFormat.JSON, Format.csv: ox.QueryResultsFormat.CSV,
                   Format.tsv: ox.QueryResultsFormat.TSV}


def _parse_params(raw: list[str]) -> dict[str, str]:
    params = {}
    for item in raw:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        params[key.strip()] = value
    return params


@app.command()
def query(
    query_name: Annotated[str, typer.Argument(metavar="QUERY", help="A named query (e.g. oversees) or a .rq file.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="KEY=VALUE, bound as a typed RDF term; repeatable.")
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    store: StoreOption = None,
) -> None:
    """Run a named query from queries/ or a .rq file over the whole graph.

    Parameters are bound as RDF terms of the type the query's header declares, never pasted into
    the query text. json, csv and tsv follow the W3C SPARQL results formats; CONSTRUCT results are
    N-Triples (JSON-LD with --format json).

    Example: kg query oversees --param name=鼎新镇 --format csv
    """
    from kg.query import run_named

    params = _parse_params(param or [])
    with _open(store, read_only=True) as db:
        try:
            result = run_named(db, query_name, params)
            _print_result(result, fmt)
        except GovkgError as error:
            _fail(error)
        except (OSError, RuntimeError) as error:  # evaluation errors surface while iterating
            _fail(GovkgError(f"the query failed: {error}", hint="check the query"))


def _print_result(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples, fmt: Format) -> None:
    if isinstance(result, ox.QueryTriples):
        rdf_format = ox.RdfFormat.JSON_LD if fmt is Format.json else ox.RdfFormat.N_TRIPLES
        typer.echo(_text(result.serialize(format=rdf_format)), nl=False)
    elif isinstance(result, ox.QueryBoolean):
        if fmt is Format.json:
            typer.echo(_text(result.serialize(format=ox.QueryResultsFormat.JSON)))
        else:
            typer.echo("true" if result else "false")
    elif fmt is Format.table:
        names = [v.value for v in result.variables]
        table = Table(*names)
        rows = 0
        for row in result:
            table.add_row(*[(term_value(row[n]) if row[n] is not None else "") for n in names])
            rows += 1
        _print_table(table)
        err.print(f"{rows} row{'s' if rows != 1 else ''}", markup=False)
    else:
        typer.echo(_text(result.serialize(format=_RESULT_FORMATS[fmt])), nl=False)


def _text(data: bytes | None) -> str:
    return (data or b"").decode("utf-8")


def _print_table(table: Table) -> None:
    console = out if out.is_terminal else Console(highlight=False, width=_WIDE)
    console.print(table)


# ---------------------------------------------------------------------------------------- validate


@app.command()
def validate(store: StoreOption = None) -> None:
    """Check the store's graph against the SHACL shapes of the ontology; exit 1 on violations.

    Example: kg validate
    """
    from kg.validate import validate as check

    with _open(store, read_only=True) as db:
        graph = db.to_rdflib()
    report = check(graph)
    typer.echo(report.text)
    if not report.conforms:
        raise typer.Exit(1)


# -------------------------------------------------------------------------------------------- eval


@app.command("eval")
def eval_(
    gold_dir: Annotated[
        Path, typer.Argument(exists=True, file_okay=False, help="Folder of NAME.txt + NAME.gold.json pairs.")
    ],
    json_out: JsonOption = False,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Score on N local processes.")] = 1,
) -> None:
    """Precision / recall / F1 against gold files, per type, beside a jieba.posseg baseline.

    Each text is built into a fresh in-memory store and scored; scores are macro-averaged over
    documents (a document that fails counts as zero). --jobs N scores N documents at a time
    (the report is the same, in the folder's order).

    Example: kg eval ../shared/corpus
    """
    from kg.eval import ROWS, evaluate
    from kg.resources import ontology_dir

    try:
        with err.status("scoring") as status:
            report = evaluate(gold_dir, ontology_dir=ontology_dir(), jobs=jobs,
                              on_document=lambda name: status.update(f"scoring {name}"))
    except GovkgError as error:
        _fail(error)
    for d in report.docs:
        for system, message in d.errors.items():
            err.print(f"error: {d.doc_id} ({system}): {message}", markup=False)
    if json_out:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    govkg, jieba = report.macro("govkg"), report.macro("jieba")
    table = Table("type", "P", "R", "F1", "jieba P", "jieba R", "jieba F1",
                  title=f"macro average over {len(report.docs)} documents")
    for row in ROWS:
        a, b = govkg[row], jieba[row]
        table.add_row(row, *(f"{a[k]:.3f}" for k in ("p", "r", "f1")), *(f"{b[k]:.3f}" for k in ("p", "r", "f1")),
                      end_section=row in ("entities",))
    _print_table(table)
    docs = Table("document", "entities F1", "relations F1", "jieba entities F1", title="per document")
    for d in report.docs:
        cells = [f"{d.results[s].rows()[r].f1:.3f}" if s in d.results else "error"
                 for s, r in (("govkg", "entities"), ("govkg", "relations"), ("jieba", "entities"))]
        docs.add_row(d.doc_id, *cells)
    _print_table(docs)


# commands that live in their own modules (each a thin wrapper over its library module)
for _module in (cli_viz, cli_serve, cli_corpus):
    _module.register(app)


if __name__ == "__main__":  # pragma: no cover
    app()
