"""The extractor's fast paths give exactly what their plain, one-step-at-a-time versions give.

Each ``plain_*`` function here is the straightforward way to compute the same thing (most were
the extractor's own code before it was made faster); hypothesis checks the two agree.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.gazetteer import gazetteer

NAME_PIECES = ["甘肃", "省", "永靖县", "三塬镇", "恩施州", "湖北", "县", "乡", "东乡县", "达板镇", "内蒙古", "市", "区"]


def plain_names(text: str) -> set[tuple[int, str]]:
    """Every substring that is a gazetteer name."""
    g = gazetteer()
    return {(i, text[i:j]) for i in range(len(text)) for j in range(i + 1, len(text) + 1) if g.lookup(text[i:j])}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(NAME_PIECES), st.text(max_size=2)), max_size=12).map("".join))
def test_names_found_from_their_last_character_are_all_names(text: str) -> None:
    found = list(gazetteer().find_all(text))
    assert len(found) == len(set(found))
    assert set(found) == plain_names(text)
