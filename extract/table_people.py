"""People in a table's person column (包联区领导, 驻村第一书记, 县级河长, 联系人): the cells under a column
whose name ends in a post or a word for a person are names, though no post stands before them.

Two shapes are read: rows whose cells are split by tabs or bars (a header row names the columns, each
row's cell is found by its index), and one cell per line (a block of column names, then the cells
line by line; the column cannot be told apart there, so only a line that is wholly a name counts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from extract.columns import without_note
from extract.lexicon import load
from extract.mentions import OrgM, PersonM, PlaceM

_SEPARATORS = ("\t", "|")
_HEADER_MAX = 10  # a column name is short (驻村第一书记, 包联区领导)
_POST_IN_BRACKETS = re.compile(r"[（(][^（）()]*[）)]$")  # 张永华（区委副书记）: the name before its post
_SENTENCE_MARKS = re.compile(r"[。；;，,：:！？]")
# a cell that ends like a place or a unit (石山村, 高明乡) is none of the people, though its first
# character is a surname: the places of table cells are not all found before the people are
_NOT_A_NAME_END = tuple("村乡镇区县市局委办处所站队组室部厅院社")


@lru_cache(maxsize=1)
def _person_column_words() -> tuple[str, ...]:
    p = load("people.json")
    return tuple(p["column_heads"]) + tuple(p["head_posts"])


def person_column(cell: str) -> bool:
    """A column of people: 包联区领导, 驻村第一书记, 县级河长, 包保责任人, 姓名 (not 职务, 责任单位)."""
    cell = without_note(cell.strip())  # 驻村第一书记（队长）: the column's post, a note after it
    return 0 < len(cell) <= _HEADER_MAX and cell.endswith(_person_column_words())


def table_people(text: str, orgs: Sequence[OrgM], places: Sequence[PlaceM],
                 is_name: Callable[[str], bool]) -> list[PersonM]:
    """The names in the person columns of the tables of ``text`` (``is_name`` tests a cell)."""
    named = [(o.start, o.end) for o in orgs] + [(p.start, p.end) for p in places]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in named)

    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    out: list[PersonM] = []
    for i, (_, line) in enumerate(lines):
        sep = next((s for s in _SEPARATORS if s in line), None)
        if sep is not None:
            out += _delimited(lines, i, sep, free, is_name)
        elif _opens_cell_block(lines, i):
            out += _one_per_line(lines, i, free, is_name)
    return out


def _cells(line: str, sep: str) -> list[tuple[int, str]]:
    """The cells of a row with their offsets in the line; a bar at either end opens or closes the row."""
    out: list[tuple[int, str]] = []
    at = 0
    for cell in line.split(sep):
        out.append((at, cell))
        at += len(cell) + 1
    if sep == "|" and out and not out[0][1].strip():
        out = out[1:]
    if sep == "|" and out and not out[-1][1].strip():
        out = out[:-1]
    return out


def _delimited(lines: list[tuple[int, str]], i: int, sep: str, free: Callable[[int, int], bool],
               is_name: Callable[[str], bool]) -> list[PersonM]:
    header = [c.strip() for _, c in _cells(lines[i][1], sep)]
    columns = [k for k, c in enumerate(header) if person_column(c)]
    if len(header) < 2 or not columns:
        return []
    out: list[PersonM] = []
    for start, line in lines[i + 1 :]:
        if not line.strip():
            continue
        if sep not in line:
            if _prose(line):
                break  # the table ends
            out += _name_in_cell(start, line, header[columns[0]], free, is_name)  # a cell left on its own line
            continue
        cells = _cells(line, sep)
        # a row short of cells has lost its first ones to a cell merged with the rows above
        shift = len(header) - len(cells) if len(cells) < len(header) else 0
        found = [p for k in columns if 0 <= k - shift < len(cells)
                 for p in _name_in_cell(start + cells[k - shift][0], cells[k - shift][1], header[k], free, is_name)]
        # a row whose cells went out of step (a heading line read as a cell of the rows one per line):
        # the name is in another cell
        out += found or [p for off, cell in cells for p in _name_in_cell(start + off, cell, header[columns[0]],
                                                                       free, is_name)]
    return out


def _opens_cell_block(lines: list[tuple[int, str]], i: int) -> bool:
    """A block of column names one per line (序号 / 结对村 / 派出单位 / 驻村第一书记) starts at line ``i``."""
    block = _header_block(lines, i)
    return len(block) >= 3 and any(person_column(c) for c in block) \
        and (i == 0 or not _is_column_name(lines[i - 1][1]))


def _is_column_name(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= _HEADER_MAX and not _SENTENCE_MARKS.search(s) and not any(c.isdigit() for c in s)


def _header_block(lines: list[tuple[int, str]], i: int) -> list[str]:
    block: list[str] = []
    for _, line in lines[i:]:
        if not _is_column_name(line):
            break
        block.append(line.strip())
    return block


def _one_per_line(lines: list[tuple[int, str]], i: int, free: Callable[[int, int], bool],
                  is_name: Callable[[str], bool]) -> list[PersonM]:
    block = _header_block(lines, i)
    post = next(c for c in block if person_column(c))
    out: list[PersonM] = []
    for start, line in lines[i + len(block) :]:
        if _prose(line):
            break  # the table is over
        out += _name_in_cell(start, line, post, free, is_name)
    return out


def _prose(line: str) -> bool:
    return len(line.strip()) > 25 or "。" in line


def _name_in_cell(start: int, cell: str, post: str, free: Callable[[int, int], bool],
                  is_name: Callable[[str], bool]) -> list[PersonM]:
    """The person a cell holds (张　磊, 张永华（区委副书记）), if it is wholly a name."""
    body = _POST_IN_BRACKETS.sub("", cell.rstrip())
    lead = len(body) - len(body.lstrip())
    body = body.strip()
    name = re.sub(r"\s", "", body)
    # (a transliterated name is longer: 吾买尔江·热合曼)
    if not name or len(body) > (17 if "·" in body else 5) or name.endswith(_NOT_A_NAME_END) or not is_name(name):
        return []
    a = start + lead
    b = a + len(body)
    return [PersonM(a, b, name, post)] if free(a, b) else []
