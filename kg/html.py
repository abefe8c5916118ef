"""HTML -> visible text, with the stdlib parser: page furniture (scripts, styles, navigation,
menus, footers, asides) is dropped, block elements become lines, and a line break between two
hanzi joins them (as browsers do) so that names broken across source lines stay whole.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP_TAGS = frozenset({
    "script", "style", "noscript", "template", "nav", "iframe", "svg", "button", "select",
    "aside", "footer", "head",
})
_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "section", "article", "header", "main", "blockquote", "pre", "dd", "dt", "dl", "hr",
    "figure", "figcaption", "address", "center", "caption", "tbody", "thead", "form", "title",
})
_CELL_TAGS = frozenset({"td", "th"})
# id/class tokens of page furniture on typical government sites
_BOILERPLATE = re.compile(r"(?:^|[-_])(?:nav|navbar|menu|footer|breadcrumbs?|sidebar|topbar|crumbs?)(?:[-_]|$)")
_HTML_WS = re.compile(r"[ \t\n\r\f]+")


def _is_wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


def _collapse(block: str) -> str:
    """HTML whitespace rules, CJK-aware: a line break between two hanzi joins them (no space)."""

    def repl(m: re.Match[str]) -> str:
        before = block[m.start() - 1] if m.start() > 0 else ""
        after = block[m.end()] if m.end() < len(block) else ""
        if "\n" in m.group() and before and after and _is_wide(before) and _is_wide(after):
            return ""
        return " "

    return _HTML_WS.sub(repl, block).strip()


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._buf: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, starts a skipped region)
        self._skipping = 0
        self._in_title = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self._in_h1 = False
        self.meta: dict[str, str] = {}

    def _flush(self) -> None:
        text = _collapse("".join(self._buf))
        if text:
            self.blocks.append(text)
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._meta(a)
        if tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _CELL_TAGS:
            self._buf.append("\t")
        if tag in _VOID_TAGS:
            return
        tokens = f"{a.get('id', '')} {a.get('class', '')}".lower().split()
        skip = tag in _SKIP_TAGS or any(_BOILERPLATE.search(t) for t in tokens)
        self._stack.append((tag, skip))
        self._skipping += skip
        self._in_title = self._in_title or tag == "title"
        self._in_h1 = self._in_h1 or tag == "h1"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS:
            self.handle_starttag(tag, attrs)
        # a self-closed non-void element (<div/>) opens and closes nothing

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        if all(t != tag for t, _ in self._stack):
            return  # a stray end tag
        while self._stack:  # close implicitly-closed children too
            t, skip = self._stack.pop()
            self._skipping -= skip
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)  # <title> sits in <head>, which is skipped as body text
            return
        if self._skipping:
            return
        if self._in_h1:
            self.h1_parts.append(data)
        self._buf.append(data)

    def _meta(self, a: dict[str, str]) -> None:
        content = a.get("content", "")
        key = (a.get("name") or a.get("property") or "").lower()
        if key and content:
            self.meta[key] = content

    def close(self) -> None:
        super().close()
        self._flush()


@dataclass(frozen=True)
class HtmlPage:
    """What a page says: its visible text (one block per line), title and ``<meta name=… content=…>``."""

    text: str
    title: str | None
    meta: dict[str, str]


def parse_html(html: str) -> HtmlPage:
    """Visible text, title (``<title>``, else the first ``<h1>``) and meta tags of a page."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    title = _collapse("".join(parser.title_parts)) or _collapse("".join(parser.h1_parts)) or None
    return HtmlPage("\n".join(parser.blocks), title, parser.meta)


def html_to_text(html: str) -> tuple[str, str | None]:
    """Visible text of an HTML page (one block per line) and its title.

    Scripts, styles, navigation, menus, footers and asides are dropped.

    >>> html_to_text("<title>通知</title><script>x()</script><p>第一段</p><p>第二段</p>")
    ('第一段\\n第二段', '通知')
    """
    page = parse_html(html)
    return page.text, page.title


# <meta charset="gbk"> or <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_-]+)", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB, read before decoding (the tag is ASCII).

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">')
    'gb2312'
    """
    m = _DECLARED_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None
