"""Shared fixtures: a hand-made extraction of a tiny text, stores, and the shared dev corpus.

The hand-made extraction does not depend on the extractor, so behaviour tests of build, store,
query and CLI hold whatever the extractor does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from extract.records import Document, Entity, Extraction, Mention, Relation, Sentence
from kg.store import Store

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

# A made-up report (names chosen outside the dev corpus): prefecture 酒泉市, county 金塔县,
# township 鼎新镇; the committee designates the township and issues a document, the police
# bureau supervises the county that contains the township.
TINY_TEXT = (
    "酒泉市禁毒委员会将金塔县鼎新镇列为重点整治乡镇，印发《鼎新镇禁毒整治方案》。"
    "酒泉市公安局（市公安局）包抓金塔县。"
)
TINY_ID = "tiny-report"


def _mention(text: str, needle: str, sentences: tuple[Sentence, ...], nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    sentence = next(s.index for s in sentences if s.start <= start < s.end)
    return Mention(needle, start, start + len(needle), sentence)


def tiny_extraction(text: str = TINY_TEXT, doc_id: str = TINY_ID, version: str = "test-1") -> Extraction:
    """The hand-made extraction of TINY_TEXT (text and id can vary for change tests)."""
    cut = text.index("。") + 1
    sentences = (Sentence(0, 0, cut, text[:cut]), Sentence(1, cut, len(text), text[cut:]))

    def m(needle: str, nth: int = 0) -> Mention:
        return _mention(text, needle, sentences, nth)

    entities = (
        Entity("place:酒泉市", "place", "酒泉市", subtype="prefecture", mentions=(m("酒泉市"),)),
        Entity("place:金塔县", "place", "金塔县", subtype="county", parent="place:酒泉市", parent_stated=False,
               code="620921", mentions=(m("金塔县"), m("金塔县", 1))),
        Entity("place:鼎新镇", "place", "鼎新镇", subtype="township", parent="place:金塔县", parent_stated=True,
               mentions=(m("鼎新镇"),)),
        Entity("org:酒泉市禁毒委员会", "organization", "酒泉市禁毒委员会", subtype="committee",
               jurisdiction="place:酒泉市", mentions=(m("酒泉市禁毒委员会"),)),
        Entity("org:酒泉市公安局", "organization", "酒泉市公安局", aliases=("市公安局",), subtype="police",
               jurisdiction="place:酒泉市", mentions=(m("酒泉市公安局"), m("市公安局", 1))),
        Entity("doc:鼎新镇禁毒整治方案", "document", "鼎新镇禁毒整治方案", mentions=(m("鼎新镇禁毒整治方案"),)),
    )
    s0, s1 = sentences

    def rel(kind: str, subj: str, obj: str, sent: Sentence, cue: str) -> Relation:
        return Relation(kind, subj, obj, sent.index, sent.text, sent.start, sent.end, cue)

    relations = (
        rel("designates", "org:酒泉市禁毒委员会", "place:鼎新镇", s0, "列为重点整治"),
        rel("issued", "org:酒泉市禁毒委员会", "doc:鼎新镇禁毒整治方案", s0, "印发"),
        rel("supervises", "org:酒泉市公安局", "place:金塔县", s1, "包抓"),
        rel("within", "place:鼎新镇", "place:金塔县", s0, ""),
    )
    doc = Document(doc_id, text, title="鼎新镇禁毒整治情况", source=f"{doc_id}.txt", date="2020-05-01")
    return Extraction(doc, sentences, entities, relations, version)


@pytest.fixture
def tiny() -> Extraction:
    return tiny_extraction()


@pytest.fixture
def make_tiny() -> Callable[..., Extraction]:
    """tiny_extraction itself, for tests that vary the text, id or extractor version."""
    return tiny_extraction


@pytest.fixture
def mem_store() -> Iterator[Store]:
    with Store.open(None) as store:
        yield store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def tmp_store(store_path: Path) -> Iterator[Store]:
    with Store.open(store_path) as store:
        yield store


@pytest.fixture
def corpus_dir() -> Path:
    """../shared/corpus (the dev corpus with gold files); tests needing it skip when it is absent."""
    corpus = SHARED / "corpus"
    if not any(corpus.glob("*.gold.json")):
        pytest.skip("../shared/corpus is not available")
    return corpus


@pytest.fixture
def shared_eval_dir() -> Path:
    """../shared/eval (the reference scorer)."""
    scorer = SHARED / "eval" / "score.py"
    if not scorer.is_file():
        pytest.skip("../shared/eval/score.py is not available")
    return scorer.parent


# --- a real headless Chromium for the page tests (viz page, web page) ---------------------------
CHROMIUM = Path(os.environ.get("GOVKG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def browser_missing() -> str | None:
    """Why a browser test cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install playwright; no 'playwright install' needed)"
    if not CHROMIUM.is_file():
        return f"{CHROMIUM} is missing (apt-get install chromium fonts-wqy-microhei)"
    if shutil.which("fc-list"):
        fonts = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True).stdout
        if not fonts.strip():
            return "no Chinese font is installed (apt-get install fonts-wqy-microhei)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright; skipped when missing, except in CI where it must run."""
    problem = browser_missing()
    if problem:
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so the browser tests must run, but {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
