"""Tables copied one cell per line: which line ends separate the cells of a row.

A table pasted out of a web page or a word processor often loses its grid and becomes one cell per
line: a header of k short lines (乡镇 / 包片县级领导 / 包片单位) and then rows of k lines each. Read
line by line, a row's township and its units land in different sentences. A block is taken as such
a table when it follows a line announcing it (…如下：), its header cells are short names with no
brackets or digits, one of them names a duty (包片单位, 责任单位, 联系部门 …), and its lines divide
into rows of the header's width. The line ends inside a row are then cell separators (the view
shows them as '|', the row format the relation rules read).
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.lexicon import load
from extract.script import simplify

# 包保成员单位, 配合包联单位, 配合联系部门: helpers named for the duty itself take it on too
DUTY_MEMBERS = re.compile(
    r"(?:包保|包联|包抓|帮扶|联系|挂点|联点|结对|督导|督查)成员|配合(?:包保|包联|包抓|帮扶|挂点|联点|联系)")

#: a header cell: a short name, no brackets, no digits, no sentence punctuation
_HEADER_CELL = re.compile(r"[^\d（(：:。，,；;|]{1,10}")
#: what a table needs after its header: two rows at least
MIN_ROWS = 2
MAX_COLUMNS = 6
#: a cell longer than this is prose, not a table cell
MAX_CELL = 40


@lru_cache(maxsize=1)
def duty_words() -> tuple[str, ...]:
    """The words a column of duty units is named by (包村单位, 挂钩单位, 责任部门)."""
    cues = load("cues.json")
    words = [w for w in cues["supervises"] + cues["duty_headers"] if not w.startswith("re:")]
    return (*words, "单位", "部门", "责任人")


def duty_unit_column(name: str) -> bool:
    """Whether a column name names units with a duty (包村单位, 挂点单位, 牵头部门); a caller leaves out the
    columns of units that only help, by its own words."""
    return name.endswith(("单位", "部门")) and any(w in name for w in duty_words())


def cell_breaks(text: str, soft: frozenset[int] = frozenset(), joins: set[int] | None = None) -> frozenset[int]:
    """Positions of the line ends in ``text`` that separate two cells of one table row.

    ``soft`` are the line ends of a hard wrap (:func:`extract.wrap.soft_breaks`): in a wrapped text a
    row of a table laid out with blanks may go on on the next line (县委办公室、县发展改 / 革局); the line
    ends it goes on past are added to ``joins``, when given.

    >>> t = "分工如下：\\n乡镇\\n包片单位\\n甲镇\\n县财政局\\n乙镇\\n县水利局\\n\\n会议要求。"
    >>> sorted(cell_breaks(t))
    [8, 16, 24]
    >>> cell_breaks("要求如下：\\n一是加强领导\\n二是落实责任\\n三是强化督查\\n")
    frozenset()
    """
    out: list[int] = _gap_breaks(text, soft, joins) + _pair_breaks(text) \
        if _INNER_GAP.search(text) or _SPACE_GAP.search(text) else []
    for m in _HEADING_ABOVE.finditer(text):  # 三、督导分组 / 组别 / 牵头单位 / …: a section of its own
        out += _block_breaks(text, m.end(), joins)
    if "：\n" not in text and ":\n" not in text and "表\n" not in text and "名单\n" not in text \
            and "清单\n" not in text and "）\n" not in text:
        return frozenset(out)
    for m in _ANNOUNCES_TABLE.finditer(text):
        out += _block_breaks(text, m.end(), joins)
    return frozenset(out)


#: what a table follows: a line announcing it (…如下：) or its own title (…责任分工表, …联系单位名单,
#: …包保责任清单, …分工表（第一批）)
_ANNOUNCES_TABLE = re.compile(r"[：:]\n|(?<=[\u4e00-\u9fff]表)\n|(?<=名单)\n|(?<=清单)\n"
                             r"|(?<=[\u4e00-\u9fff])表[（(][^（）()\n]{1,8}[）)]\n")  # …分工表（第一批）
#: a numbered heading (四、监督方式): the text after the table, never one of its cells
_HEADING_LINE = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
#: a short numbered heading on its own line, which a table may follow directly
_HEADING_ABOVE = re.compile(rf"^[ \t\u3000]*{_HEADING_LINE.pattern}[^\n。：:；;，,]{{1,16}}\n", re.M)


#: the gap between two cells of a table laid out with blanks: full-width spaces, tabs or 2+ spaces
_GAP = re.compile(r"[\u3000\t]+| {2,}")
#: such a gap inside a line (not the indentation opening a paragraph): a table may be there
_INNER_GAP = re.compile(rf"[^\s\u3000](?:{_GAP.pattern})[^\s\u3000]")
#: one plain space between two Chinese characters: a table laid out with single spaces, if its
#: first line is a header (序号 包联领导 包联单位 包联街道)
_SPACE = re.compile(" ")
_TAB = re.compile("\t")
_SPACE_GAP = re.compile(r"[\u4e00-\u9fff）)] [\u4e00-\u9fff（(]")


def _gap_breaks(text: str, soft: frozenset[int] = frozenset(), joins: set[int] | None = None) -> list[int]:
    """Where the blank gaps between cells start, in tables laid out with blanks on one line per row:
    a header line of 3 to 6 column names, one naming a duty (序号　整治乡镇　联系县领导　包联单位),
    then rows of as many cells (1　仁义镇　黄志坚　县委政法委、县法院).

    >>> from extract.normalize import make_view
    >>> print(make_view("分工表\\n序号　乡镇　包联单位\\n1　甲镇　县财政局\\n2　乙镇　县水利局\\n").text)
    分工表
    序号|乡镇|包联单位
    1|甲镇|县财政局
    2|乙镇|县水利局
    <BLANKLINE>
    """
    out: list[int] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    i = 0
    while i < len(lines):
        start, line = lines[i]
        gap = _GAP
        header = _cells(start, line, gap)
        if len(header) == 1 and _SPACE_GAP.search(line):
            gap = _SPACE
            header = _cells(start, line, gap)
        i += 1
        if not 3 <= len(header) <= MAX_COLUMNS:
            continue
        names = [simplify(c) for _, c in header]  # 鄉（鎮）　掛鉤部門 heads a table as 乡（镇）　挂钩部门 does
        if not (all(is_header_cell(c) for c in names) and any(word in c for c in names for word in duty_words())):
            continue
        rows: list[list[int]] = []
        tails: list[int] = []  # line ends before a wrapped row's last few characters (县发展改 / 革局)
        while i < len(lines):
            cells = _cells(*lines[i], gap)
            if len(cells) != len(header) and "\t\t" in lines[i][1]:
                # 2	县发展和改革局		城关村: two tabs around a cell left empty (merged with the one above)
                by_tab = _cells(*lines[i], _TAB)
                cells = by_tab if len(by_tab) == len(header) else cells
            if len(cells) != len(header) and lines[i][1].startswith("\t") and gap is _GAP:
                # 			中圈塘村	区财政局	: the first cells left empty (merged with the row above)
                by_tab = _leading_empty_cells(*lines[i])
                cells = by_tab if len(by_tab) == len(header) else cells
            # (a row whose last cells are empty ends in the gaps before them: 4	县财政局	谯家镇	竹园村	)
            emptied = len(cells) < len(header) and lines[i][1] != lines[i][1].rstrip(" \u3000\t")
            if (len(cells) == len(header) or emptied) and all(len(c) <= MAX_CELL for _, c in cells):
                rows.append([at for at, _ in cells[1:]])
            elif rows and soft and _is_tail(lines[i - 1], lines[i], len(cells)):
                tails.append(lines[i][0] - 1)
            else:
                break
            i += 1
        if len(rows) >= MIN_ROWS:
            out += [at for at, _ in header[1:]] + [gap for row in rows for gap in row]
            if joins is not None:
                joins.update(tails)
    return out


#: how long the rest of a wrapped row may be, alone on its line
_TAIL = 16


def _is_tail(above: tuple[int, str], line: tuple[int, str], cells: int) -> bool:
    """Whether ``line`` is the rest of the row above it, wrapped (县委办公室、县发展改 / 革局): one short
    cell right below the row, no heading, label or sentence of its own."""
    body = line[1].strip()
    return cells == 1 and len(body) <= _TAIL and above[0] + len(above[1]) + 1 == line[0] \
        and not _HEADING_LINE.match(body) and not any(c in body for c in "：:。")


#: a row of a list laid out with blanks and no header: a place, a gap, its units (东丰镇　　市委组织部、市财政局)
_PLACE_CELL = re.compile(r"[\u4e00-\u9fff]{1,10}(?:镇|乡|街道|苏木|村|社区|嘎查|县|区|市|旗)")
_PLACE_CELL_MAX = 12  # the longest cell _PLACE_CELL can match
_UNITS_CELL = re.compile(r"[\u4e00-\u9fff、，,和]{2,40}"
                         r"(?:局|委|办|部|院|所|队|中心|政府|厅|站|室|组|会|公司|支队|大队)")


def _pair_breaks(text: str) -> list[int]:
    """The gaps of rows "place　units" in a list with no header, two such rows at least; lines of one
    place alone (东辽县) may head groups of rows.

    >>> t = "名单\\n　　东辽县\\n　　安石镇　　　市生态环境局\\n　　泉太镇　　　市农业农村局\\n"
    >>> [t[i : i + 3] for i in _pair_breaks(t)]
    ['　　　', '　　　']
    """
    out: list[int] = []
    block: list[int] = []
    for m in re.finditer(r"[^\n]+", text):
        cells = _cells(m.start(), m.group(), _GAP)
        # (a place is a short cell: longer first cells, most of them prose lines, are no row of the list)
        place = len(cells) <= 2 and len(cells[0][1]) <= _PLACE_CELL_MAX and _PLACE_CELL.fullmatch(simplify(cells[0][1]))
        if place and len(cells) == 2 and _UNITS_CELL.fullmatch(simplify(cells[1][1])):
            block.append(cells[1][0])
            continue
        if place and len(cells) == 1:
            continue  # a county heading the rows below it
        if len(block) >= MIN_ROWS:
            out += block
        block = []
    return out + (block if len(block) >= MIN_ROWS else [])


def _leading_empty_cells(start: int, line: str) -> list[tuple[int, str]]:
    """The cells of a line split at every tab, the empty ones at its start and end included: (where
    the tab before the cell is, the cell); the first cell's entry holds the line's start."""
    parts = line.split("\t")
    out = [(start, parts[0].strip(" \u3000"))]
    tab = start + len(parts[0])
    for cell in parts[1:]:
        out.append((tab, cell.strip(" \u3000")))
        tab += 1 + len(cell)
    return out


def _cells(start: int, line: str, gap: re.Pattern[str]) -> list[tuple[int, str]]:
    """The cells of a line split at its blank gaps (``gap``): (where the gap before the cell starts,
    the cell); the first cell's entry holds the line's start."""
    body_at = start + len(line) - len(line.lstrip(" \u3000\t"))
    body = line.strip(" \u3000\t")
    out: list[tuple[int, str]] = []
    last = 0
    gap_at = body_at
    for m in gap.finditer(body):
        out.append((gap_at, body[last : m.start()]))
        gap_at, last = body_at + m.start(), m.end()
    out.append((gap_at, body[last:]))
    return out


def _block_breaks(text: str, start: int, joins: set[int] | None = None) -> list[int]:
    """The cell separators of the table starting at ``start`` (after a line ending in ：), if any;
    the line ends inside a wrapped cell go to ``joins``, when given."""
    lines: list[tuple[int, str]] = []  # (where the line ends, the line)
    at = start
    while text.startswith("\n", at) or text.startswith(" \n", at):  # blank lines before the table
        at = text.index("\n", at) + 1
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].strip()
        if not line and lines and end < len(text) and text[end + 1 : end + 2].strip():
            lines.append((end, ""))  # a blank line between two lines: an empty cell, if inside a row
            at = end + 1
            continue
        if not line or len(line) > MAX_CELL or "。" in line or "|" in line or _HEADING_LINE.match(line):
            break
        lines.append((end, line))
        at = end + 1
    run = 0
    while run < len(lines) and run <= MAX_COLUMNS and is_header_cell(simplify(lines[run][1])):
        run += 1
    # the header is the widest run of column names the lines divide into rows by (河流 / 市级河长 /
    # 联系单位 / 流经县市区, then 湘江 opening the first row: a river's name reads like a column's)
    # (and of two widths that both divide them, the one whose columns each hold one kind of cell: 河流名称 /
    # 县级河长 / 流经乡镇 / 联系单位, then 泜河 opening a row of a river, a person, places and units)
    found = [(width, breaks) for width in range(min(run, MAX_COLUMNS), 1, -1)
             if (breaks := _rows_of(text, at, lines, width)) is not None]
    if run >= 2 and lines[0][1] in _SERIAL_HEADS and (numbered := _numbered_rows(lines, not text[at:].strip())):
        # 序号 / 所在乡镇 / … / 1 / 凯江镇 / 凯江城区段…违规 / 堆砂 / …: rows by their number
        breaks, wrapped = numbered
        if joins is not None:
            joins.update(wrapped)
        return breaks
    cells = [line for _, line in lines]
    agreement = {width: _column_agreement(cells, width) for width, _ in found}
    found.sort(key=lambda wb: agreement[wb[0]], reverse=True)
    if found and agreement[found[0][0]] == 0 and len(cells) >= 3 * found[0][0]:
        return []  # no column holds one kind of cell: rows of varying length (merged cells left out), read
        # in order by extract.streams
    return found[0][1] if found else []


_SERIAL_HEADS = frozenset({"序号", "编号"})


def _numbered_rows(lines: list[tuple[int, str]], ends_text: bool = False) -> tuple[list[int], list[int]] | None:
    """The cell separators of rows that open with their numbers 1, 2, 3… under the header before the
    first of them (序号 / 派出单位 / 驻村（社区） / …, a column name the header test may not take), where a
    long cell may go on on the next line (a hard-wrapped copy); and the line ends inside such cells.
    None unless every row has the header's cells, or one more line (the wrap of its longest cell); the last
    row may be shorter when ``ends_text`` (the copy ends inside it)."""
    width = next((i for i, (_, line) in enumerate(lines) if line == "1"), 0)
    header = [simplify(line) for _, line in lines[:width]]
    if not 3 <= width <= MAX_COLUMNS or not any(word in cell for cell in header for word in duty_words()):
        return None
    starts = []
    n = 1
    for i in range(width, len(lines)):
        if lines[i][1] == str(n):
            starts.append(i)
            n += 1
    if len(starts) < 1 + MIN_ROWS or starts[0] != width:
        return None
    breaks: list[int] = []
    wrapped: list[int] = []
    bounds = [*starts[1:], min(len(lines), starts[-1] + width)]
    for a, b in zip(starts, bounds, strict=True):
        row = lines[a:b]
        if len(row) == width + 1:
            longest = max(range(1, width), key=lambda k: len(row[k][1]))
            wrapped.append(row[longest][0])
            row = row[:longest] + row[longest + 1 :]
        elif len(row) != width and not (a == starts[-1] and (len(row) == width - 1 or ends_text)):
            return None  # (the last row may end in an empty cell the blank line after it closes: 备注, or be
            # cut off with the copy: 8 / 周海波 / 麻店镇 and nothing after)
        breaks += [end for end, _ in row[:-1]]
    return breaks + [end for end, _ in lines[: width - 1]], wrapped


_PLACE_END = ("镇", "乡", "街道", "村", "社区", "嘎查", "苏木")
_UNIT_END = ("局", "委", "办", "院", "所", "队", "部", "中心", "厅", "政府", "公司")


def _cell_kind(cell: str) -> str:
    last = re.split(r"[、，,]", cell)[-1].strip()
    return "place" if last.endswith(_PLACE_END) else "unit" if last.endswith(_UNIT_END) else "other"


def _column_agreement(lines: list[str], width: int) -> int:
    """How many columns of the rows (the lines after a header of ``width``) hold one kind of cell
    (places, units or other) in every row."""
    rows = [lines[i : i + width] for i in range(width, len(lines) - width + 1, width)]
    return sum(len({_cell_kind(row[c]) for row in rows}) == 1 for c in range(width)) if len(rows) > 1 else 0


def _rows_of(text: str, at: int, lines: list[tuple[int, str]], width: int) -> list[int] | None:
    """The cell separators of ``lines`` read as a header of ``width`` cells and rows as wide, or None
    when they do not divide so (``at``: where the block ends)."""
    # a blank line where a row would begin ends the table; blank lines inside rows are empty cells
    # (组别 / 组长单位 / 督导县市区 / 备注, a row whose note is left empty)
    ended = next((i for i, (_, line) in enumerate(lines) if not line and i % width == 0), len(lines))
    emptied = any(not line for _, line in lines[:ended])
    lines = lines[:ended]
    # a table cut off in its last row (a truncated copy) keeps its whole rows (as does one whose last
    # row ends in an empty cell, with the page's footer after it)
    cut_off = (text[at:].strip() == "" or emptied) and len(lines) % width != 0
    if (len(lines) % width and not cut_off) or len(lines) // width < 1 + MIN_ROWS:
        return None
    lines = lines[: len(lines) - len(lines) % width]
    header = [simplify(line) for _, line in lines[:width]]
    if not any(word in cell for cell in header for word in duty_words()):
        return None
    # every line end inside a row separates two cells; the last line end of a row stays a row end
    return [end for i, (end, _) in enumerate(lines) if i % width != width - 1]


#: a column name's note in brackets at its end: 第一书记（队长）, 联系人（电话）
_QUALIFIER = re.compile(r"(?<=[\u4e00-\u9fff])[（(][\u4e00-\u9fff%‰]{1,4}[）)]$")  # 离田率（%）: a unit of measure too
def without_note(cell: str) -> str:
    """A column name without the note in brackets at its end (驻村第一书记（队长） -> 驻村第一书记)."""
    return _QUALIFIER.sub("", cell)


#: level words a header may name its column by, with the levels it also covers in brackets
_LEVEL_HEADING = re.compile(r"[（(][省市州县区乡镇街道村社、]+[）)]")
_DATA_END = ("局", "委", "办", "院", "所", "队", "部", "中心", "厅", "镇", "乡", "村", "街道", "社区", "县", "区", "市",
             "旗", "州")
# 乡（镇）: a bare level word names a column of places (苏木, 嘎查: Inner Mongolia's)
_LEVEL_WORDS = {"乡镇", "县区", "区县", "镇村", "村", "乡镇街道", "县市区", "镇乡",
                "乡", "镇", "县", "区", "街道", "社区", "苏木镇", "苏木", "嘎查"}


def is_header_cell(line: str) -> bool:
    """A column name (乡镇, 包片单位, 督导县（市、区）): short, no digits or brackets but level words in
    brackets, and not itself a place or a unit (黄埠镇, 县水利局 open the rows)."""
    name = _QUALIFIER.sub("", _LEVEL_HEADING.sub("", line))
    if not _HEADER_CELL.fullmatch(name) or _ROW_LABEL.fullmatch(name) or _POST_THEN_NAME.search(line):
        return False
    if name != line and _POST_NOTE.search(line) and not _POST_NAME.search(name):
        return False  # 王智勇（市委书记）: a person and their post, a row's cell (第一书记（队长） names a column)
    return (name in _LEVEL_WORDS or not name.endswith(_DATA_END) or name.endswith(("单位", "部门"))
            # 整治乡镇: a pair of level words is no place
            or name.endswith(("乡镇", "县区", "区县", "镇乡", "县市区", "市县区", "县市", "镇街", "区镇"))
            or _QUALIFIED_LEVEL.fullmatch(name) is not None)  # 所在乡镇, 包联村: a column of places


#: 联系街道, 包联村: a column of places named for the duty its row's units do there (驻村乡镇 only says
#: where the village of 驻村村 lies)
_DUTY_PLACE = re.compile(r"(?:对口)?(?:包联|联系|帮扶|结对|挂点|挂钩|联点|包保|包抓|包片|督导|督查)"
                         r"(?:乡镇|镇街|乡|镇|村|社区|街道|嘎查|苏木)")


def duty_place_column(cell: str) -> bool:
    """Whether a column name names the places its row's units take on (联系街道, 包联村)."""
    return _DUTY_PLACE.fullmatch(_QUALIFIER.sub("", _LEVEL_HEADING.sub("", cell))) is not None


def place_column(cell: str) -> bool:
    """Whether a column name names places (乡镇, 乡（镇）, 包保村（圩堤）, 所在乡镇)."""
    name = _QUALIFIER.sub("", _LEVEL_HEADING.sub("", cell))
    return name in _LEVEL_WORDS or _QUALIFIED_LEVEL.fullmatch(name) is not None


#: 县委副书记 孙建军, 副县长　郭晓燕: a post and a person's name, a row's cell
_POST_THEN_NAME = re.compile(r"(?:书记|长|主任|委员)[ \u3000]+[\u4e00-\u9fff]{2,4}$")
_POST_NOTE = re.compile(r"[（(][^（）()]*(?:书记|长|主任)[）)]$")
_POST_NAME = re.compile(r"书记|长|主任|人|员|单位|部门")


#: a row's own label (第一组, 第三片区, 一): the first cell of a row, not a column name
_ROW_LABEL = re.compile(r"第?[一二三四五六七八九十]+(?:组|片|片区|小组|督导组|督查组|工作组)?")
_QUALIFIED_LEVEL = re.compile(
    r"(?:定点|对口|结对|被)?(?:所在|包联|联系|帮扶|结对|挂点|挂钩|联点|包保|包抓|包片|责任|督办|整治|挂牌|重点|督导|督查|检查|巡查"
    r"|驻村|派驻|创建|示范)(?:重点|整治|帮扶|督办|包联|联系)?"  # (定点帮扶村, 重点整治村: the villages a unit takes)
    r"(?:乡镇|镇街|区镇|乡|镇|村|社区|街道|县|区|地区|区域|地点|嘎查|苏木)")  # (区镇: 开发区 and towns)
