"""Traditional to simplified script, one character for one, so positions in a text hold.

>>> simplify("鄉（鎮）　掛鉤部門")
'乡（镇）　挂钩部门'
"""

from __future__ import annotations

from opencc_purepy import OpenCC

T2S = OpenCC("t2s")  # OpenCC in pure Python: traditional -> simplified, character by character
#: characters OpenCC simplifies that place names keep (乾安县, 乾县: not 干)
_KEPT = frozenset("乾")


def simplified_char(ch: str) -> str:
    """The simplified form of one CJK character, or itself when it has no 1:1 form or names keep it."""
    if ch in _KEPT:
        return ch
    s = T2S.convert(ch)
    return s if len(s) == 1 else ch


class _SimplifyTable(dict[int, str]):
    """code point -> its simplified character (itself when not 1:1), for str.translate: filled as
    characters are first met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        simple = self[code] = simplified_char(ch) if ch >= "\u3400" else ch
        return simple


_SIMPLIFY = _SimplifyTable()


def simplify(text: str) -> str:
    """``text`` in simplified characters, one for one (a character without a 1:1 form stays)."""
    return text.translate(_SIMPLIFY)
