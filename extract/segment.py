"""Word segmentation: jieba, taught the gazetteer and the body names.

Without the gazetteer, jieba splits a township such as 梅川镇 into 梅川/镇. Token
boundaries are what the mention finder checks its candidate spans against. ``nlp()``
gives the same segmenter as a spaCy pipeline (``spacy.blank("zh")`` with jieba) for
users who want spaCy Docs; the extractor itself calls jieba directly, because building
a Doc per sentence costs more than the whole rule pass.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any

import jieba

from extract.gazetteer import gazetteer
from extract.lexicon import bodies, load

jieba.setLogLevel(logging.WARNING)


@lru_cache(maxsize=1)
def tokenizer() -> jieba.Tokenizer:
    """A private jieba tokenizer with division names and unit bodies as words."""
    tk = jieba.Tokenizer()
    tk.initialize()
    for name in gazetteer().names():
        tk.add_word(name, freq=2000)
    for body in bodies():
        if len(body) >= 2:
            tk.add_word(body, freq=2000)
    for kind in ("supervises", "designates", "issued", "forwarded", "established", "negation"):
        for cue in load("cues.json")[kind]:
            tk.add_word(cue, freq=3000)
    return tk


def boundaries(text: str) -> set[int]:
    """Offsets in ``text`` where a token starts or ends (always includes 0 and len)."""
    out = {0, len(text)}
    pos = 0
    for tok in tokenizer().cut(text, HMM=False):
        pos += len(tok)
        out.add(pos)
    return out


def nlp() -> Any:
    """A spaCy pipeline segmenting with the same taught jieba (no model download)."""
    import spacy

    pipe = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    tokenizer()  # warm the shared dictionary first
    seg = getattr(pipe.tokenizer, "jieba_seg", None)
    if seg is None:  # spaCy chose another segmenter: nothing to teach
        return pipe
    for name in gazetteer().names():
        seg.add_word(name, freq=2000)
    return pipe
