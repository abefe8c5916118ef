"""Segmentation: the taught jieba, its spaCy pipeline, and the lazy boundaries."""

from __future__ import annotations

import jieba
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.segment import Boundaries, nlp, taught_words, tokenizer


def eager(text: str) -> set[int]:
    out, pos = {0, len(text)}, 0
    for tok in tokenizer().cut(text, HMM=False):
        pos += len(tok)
        out.add(pos)
    return out


def test_spacy_pipeline_keeps_townships_whole() -> None:
    doc = nlp()("将东乡县达板镇、五家乡列为重点")
    words = [t.text for t in doc]
    assert "达板镇" in words and "五家乡" in words and "东乡县" in words


PIECES = ["达板镇", "、", "，", "公安局", "ab12", " ", "《", "包点督办", "县", "乡", "\n", "镇政府", "x.y"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=25).map("".join))
def test_lazy_boundaries_equal_a_full_pass(text: str) -> None:
    b = Boundaries(text)
    assert {i for i in range(len(text) + 1) if i in b} == eager(text)


def test_words_taught_in_bulk_leave_the_state_add_word_leaves() -> None:
    plain = jieba.Tokenizer()
    plain.initialize()
    for words, freq in taught_words():
        for word in words:
            plain.add_word(word, freq=freq)
    tk = tokenizer()
    assert tk.total == plain.total
    assert list(tk.FREQ.items()) == list(plain.FREQ.items())  # same keys, values and key order
