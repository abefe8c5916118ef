"""Invariants of the extractor, checked on generated text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract import Document, extract
from extract.normalize import fold, make_view

PIECES = [
    "县",
    "州",
    "市",
    "委",
    "局",
    "办",
    "镇",
    "乡",
    "村",
    "社区",
    "街道",
    "、",
    "，",
    "。",
    "；",
    "\n",
    " ",
    "|",
    "《",
    "》",
    "由",
    "被",
    "将",
    "联合",
    "包点督办",
    "挂牌整治",
    "取消挂牌",
    "印发",
    "转发",
    "成立",
    "下设",
    "东乡县",
    "达板镇",
    "公安局",
    "禁毒委",
    "(办)",
    "等6个",
    "列为",
    "書記",
    "張三",
    "臨夏州",
    "\u3000",
    "ａ１",
]

chinese_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=40).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chinese_text)
def test_never_crashes_and_offsets_slice_to_mentions(text: str) -> None:
    ex = extract(Document("h", text))
    for e in ex.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
            assert 0 <= m.sentence < max(1, len(ex.sentences))
    keys = {e.key for e in ex.entities}
    for r in ex.relations:
        assert r.subject in keys and r.object in keys
        assert text[r.start : r.end] == r.evidence
    for s in ex.sentences:
        assert text[s.start : s.end] == s.text


@settings(max_examples=60, deadline=None)
@given(chinese_text)
def test_same_input_same_output(text: str) -> None:
    assert extract(Document("h", text)) == extract(Document("h", text))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_view_maps_every_position_back(text: str) -> None:
    v = make_view(text)
    assert len(v.index) == len(v.text) + 1
    assert list(v.index) == sorted(v.index)
    for i, ch in enumerate(v.text):
        if ch != " ":
            assert fold(text[v.index[i]]) in (ch, "")


def test_blank_inside_a_name_is_layout() -> None:
    v = make_view("| 户 县\n")
    assert "户县" in v.text
