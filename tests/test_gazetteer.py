"""The gazetteer's rows: names as the text writes them."""

from __future__ import annotations

import re

from extract.gazetteer import gazetteer


def test_no_township_carries_its_countys_name_as_a_prefix() -> None:
    # 濮阳县柳屯镇 as one township's name hid the county before it (濮阳县 + 柳屯镇 read as one place)
    g = gazetteer()
    prefixed = [n for n in g.names() for d in g.lookup(n)
                if d.parent_name and n.startswith(d.parent_name)
                and re.fullmatch(r".{2,}(?:镇|乡|街道|苏木)", n[len(d.parent_name):])]
    assert prefixed == []
    assert [d.parent_name for d in g.lookup("柳屯镇")] == ["濮阳县"]


def test_a_township_after_its_county_is_two_places() -> None:
    from extract import Document, extract

    places = [e.name for e in extract(Document("t", "决定对濮阳县柳屯镇实行挂牌督办。")).entities if e.type == "place"]
    assert "柳屯镇" in places and "濮阳县" in places
