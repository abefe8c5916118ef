"""Word segmentation: jieba, taught the gazetteer and the body names.

Without the gazetteer, jieba splits a township such as 梅川镇 into 梅川/镇. Token
boundaries are what the mention finder checks its candidate spans against. ``nlp()``
gives the same segmenter as a spaCy pipeline (``spacy.blank("zh")`` with jieba) for
users who want spaCy Docs; the extractor itself calls jieba directly, because building
a Doc per sentence costs more than the whole rule pass.
"""

from __future__ import annotations

import bisect
import logging
import re
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


# jieba cuts each run of these characters on its own and every other character is a token by
# itself, so a run can be segmented alone with the very same result as the whole text.
_BLOCK = re.compile(r"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]+")


class Boundaries:
    """Token boundaries of a text, computed lazily one run of characters at a time.

    Only the runs that hold a candidate mention are ever segmented, which is most of the cost
    of the whole extractor saved on the many clauses that name nothing.

    >>> b = Boundaries("由州公安局包点督办")
    >>> 1 in b, 2 in b, 3 in b
    (True, True, False)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] = []
        self._ends: list[int] = []
        for m in _BLOCK.finditer(text):
            self._starts.append(m.start())
            self._ends.append(m.end())
        self._done: dict[int, set[int]] = {}

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self._ends[i] or pos == self._starts[i]:
            return True  # outside any run, or at a run's edge
        cuts = self._done.get(i)
        if cuts is None:
            cuts = set()
            at = self._starts[i]
            for tok in tokenizer().cut(self.text[at : self._ends[i]], HMM=False):
                at += len(tok)
                cuts.add(at)
            self._done[i] = cuts
        return pos in cuts


def boundaries(text: str) -> Boundaries:
    """Offsets in ``text`` where a token starts or ends (``pos in boundaries(text)``)."""
    return Boundaries(text)


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
