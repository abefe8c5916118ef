"""The one loader of rule data files in extract/data (cue words, bodies, people, media).

Adding a cue word or a body name edits a JSON file, never Python.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


class LexiconError(ValueError):
    """A rule data file is missing a required key or has the wrong shape."""


_REQUIRED = {
    "cues.json": ("supervises", "designates", "issued", "forwarded", "established", "part_of", "negation"),
    "org_bodies.json": ("kinds", "short", "subunit_kinds", "party_departments"),
    "people.json": ("surnames", "head_posts", "other_posts"),
    "media.json": ("names", "suffixes"),
    "ethnic.json": ("groups",),
    "places.json": ("common_words", "kind_words"),
}


@cache
def load(name: str) -> dict[str, Any]:
    """Load and check one data file by name, e.g. ``load("cues.json")["issued"]``."""
    try:
        raw = resources.files("extract").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise LexiconError(f"extract/data/{name} is missing; reinstall govkg or restore the file") from e
    data = json.loads(raw)
    for key in _REQUIRED.get(name, ()):
        if key not in data:
            raise LexiconError(f"extract/data/{name} lacks the key {key!r}; add it (see the file's _doc)")
    return data


def cues(kind: str) -> tuple[str, ...]:
    """Cue words of one relation type, longest first (so 联合制定 wins over 制定)."""
    return tuple(sorted(load("cues.json")[kind], key=len, reverse=True))


@cache
def bodies() -> dict[str, str]:
    """Body name -> org kind, e.g. '公安局' -> 'police'."""
    out: dict[str, str] = {}
    for kind, names in load("org_bodies.json")["kinds"].items():
        for n in names:
            out.setdefault(n, kind)
    return out
