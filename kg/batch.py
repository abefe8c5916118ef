"""Build many files into a store, one file at a time, so that one bad file never loses the batch.

>>> from kg.store import Store
>>> with Store.open(None) as store:
...     build_files(store, [])
[]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

import extract
from extract.records import Document, Extraction
from kg.errors import BuildError, GovkgError
from kg.ingest import SourceFile, read_document
from kg.store import Store

Status = Literal["built", "unchanged", "skipped", "failed"]
STATUSES: tuple[Status, ...] = ("built", "unchanged", "skipped", "failed")


@dataclass(frozen=True)
class FileResult:
    """What happened to one file: ``error`` is set when it failed, ``warnings`` come from the extractor."""

    source: SourceFile
    status: Status
    error: GovkgError | None = None
    warnings: tuple[str, ...] = ()


def _extract(doc: Document) -> Extraction:
    return extract.extract(doc)  # looked up per call, so a replaced extractor is used


def build_file(store: Store, source: SourceFile, *, force: bool = False,
               extractor: Callable[[Document], Extraction] = _extract) -> FileResult:
    """Read, extract and add one file; errors are returned in the result, not raised."""
    try:
        doc = read_document(source.path, source.doc_id)
        if doc is None:
            return FileResult(source, "skipped")
        try:
            extraction = extractor(doc)
        except Exception as err:  # an extractor crash on one file must not lose the batch
            raise BuildError(
                f"{source.path}: the extractor failed ({type(err).__name__}: {err})",
                hint="this is a bug in the extractor; please report it with the file",
            ) from err
        added = store.add(extraction, force=force)
        return FileResult(source, "built" if added else "unchanged", warnings=extraction.warnings)
    except GovkgError as err:
        return FileResult(source, "failed", err)


def build_files(store: Store, sources: Iterable[SourceFile], *, force: bool = False,
                on_file: Callable[[FileResult], None] | None = None) -> list[FileResult]:
    """Build every file into ``store``; ``on_file`` is called after each (for progress and messages)."""
    results = []
    for source in sources:
        result = build_file(store, source, force=force)
        if on_file is not None:
            on_file(result)
        results.append(result)
    return results


def summary(results: Iterable[FileResult]) -> str:
    """``"3 built, 1 unchanged, 1 failed"``: the counts that are not zero (``built`` always).

    >>> summary([])
    '0 built'
    """
    counts = Counter(r.status for r in results)
    return ", ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s] or s == "built")
