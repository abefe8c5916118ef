"""The kg serve page in headless Chromium (Playwright): search, autocomplete, evidence, editor, escaping.

Needs Playwright for Python and Debian's ``chromium`` (+ ``fonts-wqy-microhei`` for legible
screenshots); without them the tests skip, unless the environment variable CI is set, where they
must run. Every request the browser makes is checked to stay on 127.0.0.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import pytest

from extract.records import Document, Entity, Extraction, Mention, Relation, Sentence
from kg.serve import create_app
from tests.test_serve import build_examples, serving

# Names that are markup: the page must show them as text and run nothing.
HOSTILE_PLACE = '<img src=x onerror="window.__pwned=1">&amp;镇'
HOSTILE_UNIT = "<script>window.__pwned=2</script>公安局"


def hostile_extraction() -> Extraction:
    """One made-up sentence whose unit and place names are HTML."""
    text = f"{HOSTILE_UNIT}包抓{HOSTILE_PLACE}。"
    sentence = Sentence(0, 0, len(text), text)
    u0, p0 = text.index(HOSTILE_UNIT), text.index(HOSTILE_PLACE)
    entities = (
        Entity("org:hostile", "organization", HOSTILE_UNIT, subtype="police",
               mentions=(Mention(HOSTILE_UNIT, u0, u0 + len(HOSTILE_UNIT), 0),)),
        Entity("place:hostile", "place", HOSTILE_PLACE, subtype="township",
               mentions=(Mention(HOSTILE_PLACE, p0, p0 + len(HOSTILE_PLACE), 0),)),
    )
    relations = (Relation("supervises", "org:hostile", "place:hostile", 0, text, 0, len(text), "包抓"),)
    return Extraction(Document("hostile", text, title="<b>标题</b>"), (sentence,), entities, relations, "test-1")


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with build_examples() as store:
        store.add(hostile_extraction())
        with serving(create_app(store)) as url:
            yield url


@dataclass
class Session:
    """A fresh browser page with everything it logged or requested."""

    page: Any
    errors: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert not self.errors, self.errors
        assert not self.foreign, f"requests left 127.0.0.1: {self.foreign}"


@pytest.fixture
def session(browser: Any, base: str) -> Iterator[Session]:
    context = browser.new_context(locale="zh-CN")
    page = context.new_page()
    s = Session(page)

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(("data:", "about:", "blob:")) or urlparse(url).hostname == "127.0.0.1":
            r.continue_()
        else:  # recorded and stopped: a test fails, the network is never reached
            s.foreign.append(url)
            r.abort()

    context.route("**/*", route)
    page.on("console", lambda m: s.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: s.errors.append(f"page error: {e}"))

    def dialog(d: Any) -> None:  # alert() from an injected name would land here
        s.errors.append(f"dialog: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    page.goto(base + "/")
    yield s
    context.close()


def search(page: Any, name: str) -> None:
    page.fill("#q", name)
    page.press("#q", "Enter")
    page.wait_for_selector("body[data-ready='1']")


def test_typing_the_township_shows_six_units_with_evidence(session: Session) -> None:
    page = session.page
    search(page, "达板镇")
    rows = page.locator("#oversees tbody tr[data-relation='supervises'][data-direct='1']")
    assert rows.count() == 6
    units = set()
    for i in range(6):
        cells = rows.nth(i).locator("td")
        units.add(cells.nth(0).inner_text())
        evidence = cells.nth(3).inner_text()
        assert "达板镇" in evidence and "包点督办" in evidence
        assert cells.nth(3).locator("mark").count() >= 1
        assert "linxia-2016" in cells.nth(4).inner_text()
    assert len(units) == 6 and all(units)
    assert page.locator("#chain tbody tr[data-relation='within']").count() >= 1
    assert "#q=" in page.url
    session.assert_clean()


def test_autocomplete_takes_traditional_input(session: Session) -> None:
    page = session.page
    page.locator("#q").press_sequentially("達板")
    page.wait_for_selector("#suggestions li")
    assert page.locator("#suggestions li").first.get_attribute("data-value") == "达板镇"
    page.press("#q", "ArrowDown")
    page.press("#q", "Enter")
    page.wait_for_selector("body[data-ready='1']")
    assert page.input_value("#q") == "达板镇"
    assert page.locator("#oversees tbody tr[data-relation='supervises']").count() == 6
    session.assert_clean()


def test_unknown_name_shows_the_message(session: Session) -> None:
    page = session.page
    search(page, "没有这个镇")
    assert "no place or unit named" in page.inner_text("#status")
    assert page.locator("#answer").is_hidden()
    # the 404 of /api/oversees is logged by Chromium as a failed resource: that one is expected
    session.errors[:] = [e for e in session.errors if "404" not in e]
    session.assert_clean()


def test_query_editor_runs_the_named_query(session: Session) -> None:
    page = session.page
    page.wait_for_selector("#named option[value='oversees']", state="attached")
    search(page, "达板镇")
    assert page.input_value("#params input[data-name='name']") == "达板镇"
    assert 'VALUES (?name) { ("达板镇"@zh) }' in page.input_value("#sparql")
    page.click("#run")
    page.wait_for_selector("#query-result table tbody tr")
    assert page.locator("#query-result tbody tr").count() >= 6
    page.select_option("#format", "text/csv")
    page.click("#run")
    page.wait_for_selector("#query-result pre")
    assert page.inner_text("#query-result pre").startswith("name,unit,")
    session.assert_clean()


def test_picture_of_the_focus(session: Session) -> None:
    page = session.page
    search(page, "达板镇")
    if page.locator("#picture").is_hidden():
        pytest.skip("kg.viz is not available: the page links to /viz instead")
    # Chromium throttles animation frames of off-screen cross-origin frames: look at it first
    page.locator("#picture").scroll_into_view_if_needed()
    frame = page.frame_locator("#picture")
    frame.locator("body[data-ready='1']").wait_for(timeout=30_000)
    assert page.get_attribute("#picture", "src") == "/viz?focus=%E8%BE%BE%E6%9D%BF%E9%95%87"
    session.assert_clean()


def test_hostile_names_are_shown_not_run(session: Session) -> None:
    page = session.page
    search(page, HOSTILE_PLACE)
    row = page.locator("#oversees tbody tr").first
    assert row.locator("td").nth(0).inner_text() == HOSTILE_UNIT
    assert row.locator("td").nth(2).inner_text() == HOSTILE_PLACE
    assert page.locator("#answer img, #answer script, #chain img, #chain script, #answer b").count() == 0
    assert "<b>标题</b>" in row.locator("td").nth(4).inner_text()
    page.wait_for_timeout(300)  # give an injected handler the chance to fire
    assert page.evaluate("window.__pwned") is None
    for frame in page.frames:
        if frame != page.main_frame:
            assert frame.evaluate("window.__pwned") is None
    session.assert_clean()
