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
import math
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
    for words, freq in taught_words():
        add_words(tk, words, freq)
    return tk


def taught_words() -> list[tuple[list[str], int]]:
    """The words the tokenizer is taught, in order, in groups of one frequency: division names,
    bodies, cue words."""
    groups = [(gazetteer().names(), 2000), ([body for body in bodies() if len(body) >= 2], 2000)]
    for kind in ("supervises", "designates", "issued", "forwarded", "established", "negation"):
        groups.append((load("cues.json")[kind], 3000))
    return groups


def add_words(tk: jieba.Tokenizer, words: list[str], freq: int) -> None:
    """``tk.add_word(word, freq)`` for every word in order, without its per-call checks (50k names
    are added at every start). The same state: the word's frequency, the total, and every prefix of
    the word a key (with frequency 0 unless it is a word itself)."""
    known = tk.FREQ
    for word in words:
        known[word] = freq
        tk.total += freq
        for end in range(1, len(word)):
            known.setdefault(word[:end], 0)


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
        self._done: dict[int, frozenset[int]] = {}

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        if self.text[pos - 1 : pos + 1] == "\r\n":
            return False  # jieba keeps a Windows line end as one token
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self._ends[i] or pos == self._starts[i]:
            return True  # outside any run, or at a run's edge
        cuts = self._done.get(i)
        if cuts is None:
            cuts = self._done[i] = cut_offsets(self.text[self._starts[i] : self._ends[i]])
        return pos - self._starts[i] in cuts


# a run seen once is often seen again (县委、县政府, 各乡镇): its cut is kept, in a bounded cache
@lru_cache(maxsize=16384)
def cut_offsets(run: str) -> frozenset[int]:
    """Where the tokens of ``tokenizer().cut(run, HMM=False)`` end, for one run of ``_BLOCK``.

    jieba's own algorithm, without building its DAG dict and token strings: every word of the
    dictionary that starts at i is a way to go on from i; the cut is the way of highest total
    log frequency from the end backwards (ties to the longer word), and single Latin letters and
    digits in a row make one token. tests/test_segment.py keeps it equal to jieba's cut.

    >>> sorted(cut_offsets("由州公安局包点督办"))
    [1, 2, 5, 9]
    """
    tk = tokenizer()
    freq = tk.FREQ  # word -> frequency; every prefix of a word is a key too (with 0 if no word)
    log_total = math.log(tk.total)
    n = len(run)
    score = [0.0] * (n + 1)  # score[i]: log probability of the best cut of run[i:]
    word_end = list(range(1, n + 2))  # word_end[i]: end of the first word of that cut
    for i in range(n - 1, -1, -1):
        best: float | None = None
        for j in range(i + 1, n + 1):
            f = freq.get(run[i:j])
            if f is None:
                break  # no word of the dictionary goes on this way
            if f:
                p = math.log(f) - log_total + score[j]
                if best is None or p >= best:
                    best, word_end[i] = p, j
        if best is None:  # no word starts here: the character alone, as an unknown word
            best = math.log(freq.get(run[i]) or 1) - log_total + score[i + 1]
        score[i] = best
    cuts = []
    i = 0
    while i < n:
        j = word_end[i]
        if not (j == i + 1 < n and word_end[j] == j + 1 and _LATIN.match(run[i]) and _LATIN.match(run[j])):
            cuts.append(j)
        i = j
    return frozenset(cuts)


_LATIN = re.compile("[a-zA-Z0-9]")  # jieba's re_eng


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
