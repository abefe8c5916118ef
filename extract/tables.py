"""Duties read from how lines are laid out: the rows of a table or of a "unit：places" list under a
heading that names the duty, that heading or header row (which columns act, help or describe), the
item rows below a line announcing a duty or a designation, and the shapes of a sentence that pair units
with places (a group's row, units in brackets, units that each lead a group of places).
"""

from __future__ import annotations

import re
from itertools import pairwise

from extract.acts import oversight_re
from extract.agents import ACTOR_AFTER
from extract.clauses import COUNTED_TOWN, HEADING, TOWN_LEVELS, RawRelation, Sent, okey, pos_of
from extract.columns import DUTY_MEMBERS, duty_place_column, duty_unit_column, is_header_cell, place_column
from extract.groups import (
    LEAD_WORD,
    group_row,
    groups_sent_to,
    lead_units,
    led_group_visits,
    led_numbered_groups,
    note_group_leads,
    places_by_group,
)
from extract.lexicon import load
from extract.mentions import OrgM, level_rank, lines_above
from extract.resolve import Resolved
from extract.rows import (
    HELPERS,
    area_rows,
    duty_handed_on,
    firms_on_line,
    is_firm,
    item_places,
    place_row,
    place_then_units_row,
    units_in_brackets,
)
from extract.script import simplify
from extract.walk import Sentence, Walk
from extract.within import deepest_places


def reads_as_row(sen: Sentence, w: Walk) -> bool:
    """Whether the sentence is a row of a table or of a "unit：places" list (a line that is none ends
    the table a unit named before it follows up); a numbered group's lead is noted first."""
    text, st, sent = w.text, sen.st, sen.sent
    note_group_leads(text, st, w.r, w.group_leads)  # before a row is read and left: 第一督查组：甲局牵头，…
    row = _in_cells(sent) or _colon_row(text, st)
    if not row:
        w.tracked_by, w.unit_place_cols = [], {}
    return row


def names_a_firm(sen: Sentence, w: Walk) -> bool:
    """Whether a table row names a firm (企业名称 | 主要隐患 | 督办单位): a row with a target, place or not."""
    return bool(_row_firms(sen, w))


def names_a_fixer(sen: Sentence, w: Walk) -> bool:
    """Whether a table row names a unit in a column of units that fix (责任单位 beside a 督办单位)."""
    return bool(_row_fixers(sen, w))


def _row_fixers(sen: Sentence, w: Walk) -> list[OrgM]:
    """The units a table row names in its columns of units that fix."""
    if not w.fixing_cols or not _in_cells(sen.sent):
        return []
    return [o for o in sen.st.orgs if _cell_index(w.text, sen.st.start, o.start) in w.fixing_cols]


def _row_firms(sen: Sentence, w: Walk) -> list[str]:
    """The firms a `|` table row names outside its helping columns (隐患单位 | 所在地 | 督办单位); a firm
    under 配合部门 only helps."""
    if "|" not in sen.sent:
        return []
    text, r, st = w.text, w.r, sen.st
    return list(dict.fromkeys(k for o in st.orgs if is_firm(r, k := okey(r, o))
                              and _cell_index(text, st.start, o.start) not in w.helper_cols | w.sending_cols))


_LISTED_ABOVE = re.compile(r"(?:省|市|州|盟|地区)级")  # a listing a level above a county made
_BELOW_PREFECTURE = frozenset({"county", "district", "city", "township", "subdistrict"})


def _authors_below_prefecture(w: Walk) -> bool:
    """Whether the notice's authors govern a county or less (a 市级 listing is not theirs)."""
    places = [w.r.entities.get(w.r.entities[k].jurisdiction or "") for k in w.authors if k in w.r.entities]
    return any(p is not None and p.subtype in _BELOW_PREFECTURE for p in places)
# 包保学校食堂, 包保企业: a column of the units (schools, firms) a row's unit takes on
# 一个牵头单位、两个责任单位共同包保 (责任单位协同配合，与牵头单位共同包保): the text makes the responsible
# units of its table take the places on with the lead
# 各督办单位要对隐患所在镇(街道)的整改工作全程跟踪督办 (对所督办隐患所在乡镇开展督导): the towns, not the firms
_HAZARD_TOWNS = re.compile(r"督办单位[^。；;]{0,12}?对(?:所督办的?)?(?:挂牌)?(?:重大)?(?:事故)?(?:隐患|问题)所在"
                           r"(?:乡镇|镇|乡|街道)")
_RESPONSIBLE_TAKE_PART = re.compile(r"责任单位[^。；;]{0,16}?(?:共同|一起|一道)(?:包保|包联|包案|督办|督导|负责)")
_TAKEN_ON_COLUMN = re.compile(
    r"(?:重点)?(?:包保|包联|联系|帮扶|挂点|督导|监管)(?:学校|食堂|企业|对象|场所|市场)(?:食堂|名称)?$")
# 派驻单位 | 帮扶单位: the units sent to or paired with the row's places (国网某县供电公司 among them)
_SENDING_COLUMN = re.compile(r"(?:派驻|派出|选派|帮扶|结对|后援|后盾|包村|挂点|联点)(?:单位|部门)")


def duty_table_row(sen: Sentence, w: Walk, out: list[RawRelation],
                   merged: tuple[list[str], list[str]] = ([], [])) -> None:
    """A row of a table or of a "unit：places" list under a heading that names a pairing or inspection
    duty (联点安排 / 督查组牵头单位 | 督查单位): its units oversee its places (``merged``: the units and
    places of the cells it leaves empty, see merged_cells)."""
    text, r, st, si, sent = w.text, w.r, sen.st, sen.si, sen.sent
    if w.unit_place_cols and _in_cells(sent):
        _paired_columns(sen, w, out)
        return
    leaves, within, list_cue, text_cols, helper_cols = sen.leaves, sen.within, w.list_cue, w.text_cols, w.helper_cols
    undescribed = [k for k in leaves if _cell_index(text, st.start, pos_of(r, k, st)) not in text_cols] \
        if text_cols and _in_cells(sent) else []
    if text_cols and not undescribed and leaves and _in_cells(sent) \
            and all(text[p.end : p.end + 1] == "段" for p in st.places if r.place_key[(p.start, p.end)] in leaves):
        # 镇 | 问题河段 | …: 安流镇 | 琴江安流镇福岭村段: the town's cell, not the village a stretch is named after
        undescribed = list(dict.fromkeys(r.place_key[(p.start, p.end)] for p in st.places
                                         if _cell_index(text, st.start, p.start) not in text_cols))
    # (a table's cells only: in a "group：…，督查甲市、乙市" list row both places are targets, 乙市 in 甲市 or not)
    leaves, columns = deepest_places(st, r, leaves, within) if leaves and _in_cells(sent) else (leaves, [])
    if len(w.duty_place_cols) > 1 and _in_cells(sent):
        # 联系单位 | 联系街道 | 联系社区: the street is taken on as well as its communities
        starts = {p.start for p in st.places}  # (向阳区红军街道: the street, not its district)
        leaves = [k for p in st.places if (k := r.place_key[(p.start, p.end)]) in leaves
                  or (_cell_index(text, st.start, p.start) in w.duty_place_cols and p.end not in starts)]
        leaves = list(dict.fromkeys(leaves))
    if merged[1]:
        leaves, held = _merged_places(r, leaves, merged[1], {c for c, _ in columns} | {c for c, _ in within})
        columns += held
    # 联点乡镇 | 所属县市区 | 备注: the township, not its county (责任乡镇 | 问题描述: the township, not the villages)
    undescribed = [k for k in undescribed if k in leaves] or undescribed
    # 序号|河流|责任乡镇|问题描述|督办单位: the township is overseen, not the villages a problem describes
    overseen = undescribed or leaves
    out += [RawRelation("within", c, p, si, None) for c, p in columns]
    # 第一督查组：省应急厅牵头，省消防救援总队派员参加，督查甲市: only the lead acts
    leads = lead_units(text, st, r, st.end - 1) if LEAD_WORD.search(text, st.start, st.end) else []
    # 隐患单位 | 所在地 | 督办单位: a firm's row oversees the firm; its places say where it is
    firms = _row_firms(sen, w)
    # | 城关所 | 城关镇 | 平罗中学、第五小学 |: the units of a column named for what is taken on (包保学校食堂)
    taken_on = [k for o in st.orgs if _cell_index(text, st.start, o.start) in w.target_cols
                and (k := okey(r, o)) and not k.startswith("?")] if w.target_cols else []
    # (a table followed up by a unit named before it: that unit acts, not the rows' 责任单位)
    named = [(okey(r, o), _cell_index(text, st.start, o.start)) for o in st.orgs
             if okey(r, o) and not okey(r, o).startswith("?") and o not in st.posts and okey(r, o) not in taken_on
             and _cell_index(text, st.start, o.start) not in helper_cols and not _helps_in_brackets(text, st, o)
             and not _helps_by_label(text, st, o)
             and (not leads or okey(r, o) in leads) and okey(r, o) not in firms
             and not _HANDED_TO.search(text, max(st.start, o.start - 2), o.start)]  # 移交区应急管理局依法处理
    # | 区教育局 | 中海社区 | 区融媒体中心配合做好宣传 |: a unit in a note's column only notes, when the row names one
    outside_notes = [k for k, cell in named if cell not in text_cols] or [k for k, _ in named]
    acting = w.tracked_by or list(dict.fromkeys(outside_notes)) or merged[0]
    if firms and w.hazard_towns and overseen:
        firms = []  # (隐患单位 | 所在镇(街道) | 督办单位, the text saying 督办单位对隐患所在镇…督办: the town)
    targets = list(dict.fromkeys((firms or overseen) + taken_on))
    if not targets:
        # | 县城沁河路与育才路交叉口 | … | 县住建局 | 县安委办 |: no place, the 督办单位 follows the 责任单位 up
        targets = [k for o in _row_fixers(sen, w)
                   if (k := okey(r, o)) and not k.startswith("?") and not is_firm(r, k) and k not in acting]
    if "分别" in sent and len(acting) == len(targets) > 1:  # 甲局、乙局：A社区、B社区（分别包保）
        out += [RawRelation("supervises", a, p, si, list_cue) for a, p in zip(acting, targets, strict=True)]
    else:
        out += [RawRelation("supervises", a, p, si, list_cue) for a in acting for p in targets]
    if not firms and w.designator_cols and _in_cells(sent):
        out += [RawRelation("designates", k, p, si, "挂牌单位") for o in st.orgs
                if _cell_index(text, st.start, o.start) in w.designator_cols
                and (k := okey(r, o)) and not k.startswith("?") for p in leaves]
    elif not firms:
        list_designator = w.list_designator
        out += [RawRelation("designates", a, p, si, list_designator[1]) for a in list_designator[0]
                for p in overseen]  # (镇 | 问题河段: the town, not the village a stretch is named after)


def merged_cells(sen: Sentence, w: Walk) -> tuple[list[str], list[str]]:
    """What the cells a table row leaves empty hold: the units and places of the cells above them, a
    merged cell flattened (3||湄水村|| under 2|井字镇|白竹村|县发改局|: 井字镇 and 县发改局 again). Notes
    the row's cells, its own and those it carries, for the row below; a line that is no row ends it."""
    text, r, st = w.text, w.r, sen.st
    if not _in_cells(sen.sent):
        w.row_cells, w.row_width = {}, 0
        return [], []
    row: dict[int, list[str]] = {}
    for o in st.orgs:
        if (k := okey(r, o)) and not k.startswith("?"):
            row.setdefault(_cell_index(text, st.start, o.start), []).append(k)
    for p in st.places:
        row.setdefault(_cell_index(text, st.start, p.start), []).append(r.place_key[(p.start, p.end)])
    line_end = text.find("\n", st.start)
    # (the whole line: a sentence leaves out the empty cells a row ends with)
    cells = _CELL_MARK.split(text[text.rfind("\n", 0, st.start) + 1 : line_end if line_end >= 0 else len(text)])
    above, width = w.row_cells, w.row_width
    if len(cells) == width - 1 and 0 in row and 0 in above and len(cells) >= 3 \
            and all(k in r.entities and r.entities[k].type == "place" for k in row[0] + above[0]) \
            and r.entities[row[0][0]].subtype != r.entities[above[0][0]].subtype:
        # 八一街道|鹅湖社区|… / 公园社区|区财政局|…: a row one cell short under a row naming its town first,
        # the town's cell merged over both (the row's cells stand one column on)
        row = {i + 1: ks for i, ks in row.items()}
        cells = ["", *cells]
    w.row_cells, w.row_width = row, len(cells)
    if len(cells) != width:
        return [], []
    carried = {i: above[i] for i, cell in enumerate(cells) if not cell.strip() and i in above and i not in row}
    row.update(carried)
    units = [k for i, ks in carried.items() if i not in w.helper_cols for k in ks
             if k in r.entities and r.entities[k].type == "organization"]
    places = [k for i, ks in carried.items() if i not in w.text_cols for k in ks
              if k in r.entities and r.entities[k].type == "place"]
    return units, places


def _merged_places(r: Resolved, leaves: list[str], carried: list[str], placed: set[str]
                   ) -> tuple[list[str], list[tuple[str, str]]]:
    """The row's targets and what they lie in, with the places of its merged cells: its own places lie in
    the deepest carried place above them; a row naming none of its own takes the deepest carried one."""
    def rank(k: str) -> int:
        return level_rank(r.entities[k].subtype or "")
    if not leaves:
        deepest = max(map(rank, carried))
        return [k for k in carried if rank(k) == deepest], []
    within = []
    for k in leaves:
        holders = [c for c in carried if rank(c) < rank(k)]
        if holders and k not in placed:
            within.append((k, max(holders, key=rank)))
    return leaves, within


def _in_cells(sent: str) -> bool:
    """Whether a line is a table row: its cells split by | (a flattened or one-cell-per-line table) or tabs."""
    return "|" in sent or "\t" in sent


_CELL_MARK = re.compile(r"[|\t]")


def _cell_index(text: str, start: int, pos: int) -> int:
    """The column of a table row (cells split by | or tabs, the row starting at ``start``) at ``pos``."""
    line = text.rfind("\n", 0, start) + 1
    if line < start and not text[line:start].strip(" \u3000|") and "|" in text[line:start]:
        end = text.find("\n", start)
        if not text[start : end if end >= 0 else len(text)].rstrip().endswith("|"):
            start = line  # |新华社区|区财政局: an empty first cell (merged with the rows above) opens the row
        elif text.count("|", line, start) >= 2:
            # |||中圈塘村|区财政局|: empty first cells, and an empty last one; | | | 西大街社区 | 区教育局 |: a
            # frame, then empty cells
            frame = 1 if _framed(text, line) else 0
            return text.count("|", line, pos) - frame + text.count("\t", start, pos)
    return text.count("|", start, pos) + text.count("\t", start, pos)


def _framed(text: str, line: int) -> bool:
    """Whether the table holding the row at ``line`` draws a frame: every row above it opens with |."""
    for a, b in lines_above(text, line, 20):
        if "|" not in text[a:b]:
            return True
        if not text[a:b].lstrip(" \u3000").startswith("|"):
            return False
    return True


def _helps_in_brackets(text: str, st: Sent, o: OrgM) -> bool:
    """甲镇人民政府（县住建局、县人社局配合）: units a bracket names as helpers only."""
    opened = max(text.rfind("（", st.start, o.start), text.rfind("(", st.start, o.start))
    if opened < 0 or max(text.rfind("）", opened, o.start), text.rfind(")", opened, o.start)) >= 0:
        return False
    closed = min((i for i in (text.find("）", o.end, st.end), text.find(")", o.end, st.end)) if i >= 0), default=-1)
    return closed >= 0 and HELPERS.search(text, closed - 2, closed) is not None


# 组长单位为甲局，成员单位为乙局、丙局，督导A镇 (成员单位\n为 in a wrapped copy): the members only help
_HELPER_LABEL = re.compile(r"(?:成员|配合|参加|协助|协同)(?:单位|部门)\s*(?:[：:]|为)")


def _helps_by_label(text: str, st: Sent, o: OrgM) -> bool:
    """Whether ``o`` is listed after a helpers' label in its clause (成员单位为乙局、丙局)."""
    a = max([st.start] + [text.rfind(c, st.start, o.start) + 1 for c in "，,；;。！？!?"])
    return _HELPER_LABEL.search(text, a, o.start) is not None


_RULE_ROW = re.compile(r"[-:—|\s]+")


def table_heading(sen: Sentence, w: Walk, row: bool, columns: bool) -> None:
    """A heading, a table's header row or the first line, naming no place (or, ``columns``, a header row
    whose places only qualify its column names): the duty of the rows below (their list cue), who
    designates them, who follows them up, and which columns only help or describe."""
    text, si, sent, spans = w.text, sen.si, sen.sent, w.spans
    if row and _RULE_ROW.fullmatch(sent):
        return  # |---|---|: the rule under a header row, the header's columns still hold
    header = len(sent) <= 60 and not sen.leaves and _HEADER_LINE.match(sent) is not None  # 派出单位——驻村地点
    if not ((row or header or HEADING.match(sent) or si == 0) and not sen.leaves) and not columns:
        return
    cue_here = next((c for c in w.sup if c in sent), None) or (
        next((c for c in load("cues.json").get("duty_headers", []) if c in sent), None)
        if row or header else None)
    w.list_cue = cue_here if cue_here else (w.list_cue if row else None)
    if row and _CASE_COLUMN.search(sent) and not _OVERSIGHT_COLUMN.search(sent):
        # 信访人 | 所在乡镇 | 包案单位: each row hands a case over, no oversight of the town (but a 督办单位
        # column follows the case's 责任单位 up)
        w.list_cue = None
    # 挂牌督办问题清单 / 序号 | 问题 | 乡镇 | 责任单位: the rows' places are what the list designates
    listing = w.cue_res["designates"].search(text, spans[si - 1][0], spans[si - 1][1]) if si and row else None
    if listing and w.cue_res["supervises"].search(text, spans[si - 1][0], listing.start()):
        listing = None  # 州直部门结对帮扶重点整治地区安排表: who pairs with the places listed, not a list of them
    if listing and _LISTED_ABOVE.search(text, spans[si - 1][0], listing.start()) \
            and _authors_below_prefecture(w):
        listing = None  # 市级挂牌整治乡镇包联责任分工表 in a county's notice: the city listed them, not its authors
    if listing and not any(n in text[spans[si - 1][0] : spans[si - 1][1]] for n in w.neg) \
            and not _CASE_COLUMN.search(sent):  # (信访积案挂牌督办清单: the cases are listed, not their towns)
        w.list_designator = (w.authors or list(w.carried), listing.group(0))
    elif not row:
        w.list_designator = ([], "")
    if row and cue_here in ("责任单位", "整改单位") and si:
        w.tracked_by = _tracked_by(text, spans[si - 1], w.orgs_in[si - 1], w.r)
    if row and _in_cells(sent):  # 组长单位 | 成员单位 | …: the members' column does not act
        cells = [c.strip() for c in _CELL_MARK.split(sent)]
        w.helper_cols = {i for i, cell in enumerate(cells) if (HELPERS.search(cell)
                         and not DUTY_MEMBERS.search(cell))  # 包保成员单位: members that 包保 act
                         or cell.startswith("被")}  # 被巡察单位: the units inspected, they do not act
        w.fixing_cols = set()
        if any(c.startswith(("牵头", "督办")) for c in cells) and not _RESPONSIBLE_TAKE_PART.search(text, 0, sen.s):
            # 牵头单位 | 责任单位 | 配合单位: the lead oversees, the responsible units fix
            w.fixing_cols = {i for i, cell in enumerate(cells) if cell.startswith(("责任", "整改"))}
            w.helper_cols |= w.fixing_cols
        w.hazard_towns = _HAZARD_TOWNS.search(text) is not None
        if any(c.startswith(("督导单位", "督查单位", "督办单位")) for c in cells):
            # 牵头单位 | 责任单位 | 督导单位: the column named for oversight oversees, the lead only leads
            w.helper_cols |= {i for i, cell in enumerate(cells) if cell.startswith("牵头")}
        w.text_cols = {i for i, cell in enumerate(cells) if _TEXT_COLUMN.search(cell)}
        # 所在乡镇 | 问题点位 | 挂牌单位 | 包抓部门: the 挂牌单位 designate their row's places, they do not oversee
        w.designator_cols = {i for i, cell in enumerate(cells) if cell.startswith(("挂牌单位", "挂牌部门"))}
        w.helper_cols |= w.designator_cols
        w.unit_place_cols = _unit_place_columns([simplify(c) for c in cells])
        w.duty_place_cols = {i for i, cell in enumerate(cells) if duty_place_column(simplify(cell))}
        w.sending_cols = {i for i, cell in enumerate(cells) if _SENDING_COLUMN.search(simplify(cell))}
        w.target_cols = {i for i, cell in enumerate(cells) if _TAKEN_ON_COLUMN.match(simplify(cell))}


def _unit_place_columns(cells: list[str]) -> dict[int, int]:
    """序号|创建乡镇|挂点县领导|挂点单位|创建村（社区）|帮扶单位: with two duty columns of units or more,
    each after its own column of places, each unit column -> the place column right before it."""
    places = [i for i, cell in enumerate(cells) if place_column(cell)]
    units = [i for i, cell in enumerate(cells) if duty_unit_column(cell) and not HELPERS.search(cell)]
    pairs = {u: max(p for p in places if p < u) for u in units if any(p < u for p in places)}
    return pairs if len(pairs) >= 2 and len(set(pairs.values())) >= 2 else {}


def _paired_columns(sen: Sentence, w: Walk, out: list[RawRelation]) -> None:
    """A row under a header of paired columns (see _unit_place_columns): each unit oversees the place
    of its own pair, a merged cell's from the row above; a place lies in the one of the column before."""
    r, si, cols = w.r, sen.si, w.row_cells
    kinds = {k: r.entities[k].type for ks in cols.values() for k in ks if k in r.entities}
    places = {c: [k for k in cols.get(c, []) if kinds.get(k) == "place"]
              for c in sorted(set(w.unit_place_cols.values()))}
    for u_col, p_col in w.unit_place_cols.items():
        units = [k for k in cols.get(u_col, []) if kinds.get(k) == "organization"]
        out += [RawRelation("supervises", u, p, si, w.list_cue) for u in units for p in places[p_col]]
    order = sorted(places)
    for above, below in pairwise(order):
        if len(places[above]) == 1:
            out += [RawRelation("within", p, places[above][0], si, None) for p in places[below]]


def names_columns(sent: str) -> bool:
    """Whether a row is a header whose every cell names a column (类别 | 即墨区结对单位 | 宕昌县结对单位)."""
    if "单位" not in sent and "部门" not in sent:
        return False
    cells = [c.strip() for c in re.split(r"[|\t]", sent.strip())]
    return len(cells) >= 2 and any(c.endswith(("单位", "部门")) for c in cells) \
        and all(c and is_header_cell(simplify(c)) for c in cells)


def duty_rows_below(sen: Sentence, w: Walk, out: list[RawRelation]) -> None:
    """Item rows "places，units" below a line that announces a duty for them (每个乡镇明确州级帮扶单位：),
    and that line."""
    text, s, st, sent = w.text, sen.s, sen.st, sen.sent
    if w.duty_rows and text[s - 1 : s] in ("\n", "；", ";"):
        duty_rows = w.duty_rows
        pairs = place_then_units_row(text, st, w.r, sen.leaves)
        out += [RawRelation("supervises", a, p, sen.si, duty_rows) for a, p in pairs]
        if not pairs and not ((HEADING.match(sent) or COUNTED_TOWN.match(sent)) and not st.orgs):
            w.duty_rows = ""  # （一）墨玉县（4个）, 青羊镇（2个）: a heading in the list
    if (_TABLE_TITLE.search(sent) or (_DUTY_HEADING.match(sent) and not _cue_on_next_line(text, sen.e))) \
            and text[s - 1 : s] in ("", "\n") and (duty := oversight_re().search(text, s, sen.e)) is not None:
        # 县直单位对口联系镇（街道）安排表 (二、对口联系安排) / 东坎街道：县委组织部、县人社局: the rows below
        w.duty_rows = duty.group(0)
    elif sent.rstrip()[-1:] in ("：", ":"):
        if (words := _ANNOUNCES_DUTY_ROWS.search(sent)) is not None:
            w.duty_rows = words.group(1)  # 每个乡镇明确州级帮扶单位：/（一）甲县乙乡，州法院；: the rows below
        elif (sent_to := _SENDS_TEAMS.search(sent)) is not None:
            w.duty_rows = sent_to.group(0)  # 派驻…9个村，具体为：/ 甲镇乙村——地委组织部；: the rows below
        elif _AS_FOLLOWS.search(sent) and (duty := oversight_re().search(text, text.rfind("\n", 0, s) + 1, sen.e)):
            # 实行“旗直单位包保”责任制。具体安排如下： (…由1名县领导和2个部门共同包联，具体如下：) /
            # 甲镇：旗长某，旗林草局；
            w.duty_rows = duty.group(0)


def counted_cases_located(sen: Sentence, w: Walk, out: list[RawRelation]) -> None:
    """N cases a designation listed (对8件重点信访积案实行挂牌督办) and, at most three sentences on, the
    one that says where they lie (此次挂牌督办的8件积案分别位于甲镇、乙镇…): its places are designated."""
    listing = w.counted_listing
    if listing is None:
        return
    if sen.si - listing[2] > 3:
        w.counted_listing = None  # too far from the listing to be its places
    elif sen.leaves and _LOCATED.search(sen.sent):  # 此次挂牌督办的8件积案分别位于甲镇、乙镇…
        out += [RawRelation("designates", a, p, sen.si, listing[1]) for a in listing[0]
                for p in sen.leaves]
        w.counted_listing = None


_LINE_CLOSES = frozenset("。；;：:！？!?）)\n　 ") | {""}


def announced_items(sen: Sentence, w: Walk, out: list[RawRelation]) -> None:
    """The items of a list a designation announced (对以下4个问题实行挂牌督办): each item line's places
    are designated, until a line that is neither an item nor a field of one."""
    text, r, s, e, st, sent = w.text, w.r, sen.s, sen.e, sen.st, sen.sent
    announced = w.announced
    if announced is None:
        return
    if text[s - 1 : s] != "\n":
        line_s = text.rfind("\n", 0, s) + 1
        if w.announced_level and HEADING.match(text[line_s:s]) and any(line_s <= p.start < s for p in w.m.places):
            # （一）宁津县。甲局结对帮扶宁津县乙镇丙村: an item's sentences name the places counted
            places = [k for k in sen.leaves if r.entities[k].subtype == w.announced_level]
            out += [RawRelation(announced[2], a, p, sen.si, announced[1]) for a in announced[0] for p in places]
            w.items_listed += [(p, announced[1]) for p in places]
        return
    item = HEADING.match(sent) is not None or place_row(text, st)
    above = text.rfind("\n", 0, s - 1) + 1
    if not item and text[s - 2 : s - 1] not in _LINE_CLOSES and any(above <= p.start < s for p in w.m.places):
        return  # 2．甲镇乙村。包联县级领导：刘建国（副县长、/ 县公安局局长）…: a hard-wrapped item goes on
    if st.places and ACTOR_AFTER.match(text, st.places[0].end):
        w.announced = None  # 四、甲镇要对照督办要求…: a place told what to do, the list is over
    elif item:
        if not firms_on_line(text, r, s, e) and not _PETITIONER.search(sent):  # 一、甲县乙镇…问题。: an item
            places = item_places(text, st, r, sen.leaves)
            if announced[2] == "supervises" and (head := _headed_by(text, st, r)):
                places = head  # 一、甲镇：甲镇乙村段…: the town the item is about, where its problems lie
            if w.announced_level:  # 以下11个村 / （一）宁津县。甲局结对帮扶宁津县乙镇丙村: the villages, not the county
                places = [k for k in places if r.entities[k].subtype == w.announced_level]
            if w.announced_towns:  # 白塔镇高迁村至上横街村路段: the township the hazard lies in
                stated = dict(sen.within)
                places = [t for t in dict.fromkeys(_town_of(r, k, stated) for k in places) if t]
            out += [RawRelation(announced[2], a, p, sen.si, announced[1]) for a in announced[0] for p in places]
            w.items_listed += [(p, announced[1]) for p in places]
        # (1.甲镇某公司：… lists the firm's hazard, not the town; 1.甲镇乙村某某反映…问题 a petitioner's
        # case, not the place it comes from; the list goes on)
    elif not _FIELD_LINE.match(sent):  # 主要隐患：… / 责任单位：…: a field of the item, the list goes on
        w.announced = None


def _headed_by(text: str, st: Sent, r: Resolved) -> list[str]:
    """The place an item line opens with before a colon (一、甲镇：…), or none."""
    head = HEADING.match(text[st.start : st.end])
    first = st.places[0] if st.places else None
    if head is None or first is None or first.start != st.start + head.end() \
            or text[first.end : first.end + 1] not in "：:":
        return []
    return [r.place_key[(first.start, first.end)]]


def duties_by_shape(sen: Sentence, w: Walk, out: list[RawRelation]) -> tuple[int, int]:
    """Oversight read from how the sentence is laid out: an inspection group's row, visit or places, a
    duty handed on (调整为), units in brackets after places (竹林关镇：关口村（县住建局）), units that each
    lead one of as many groups of places. Gives the span of those groups, whose cue is read here."""
    text, r, s, e, st, si, sent, leaves = w.text, w.r, sen.s, sen.e, sen.st, sen.si, sen.sent, sen.leaves
    out += [RawRelation("supervises", a, p, si, "督查组") for a, p in group_row(text, st, r, leaves, w.group_leads)]
    out += [RawRelation("supervises", a, p, si, "督查组") for a, p in led_group_visits(text, st, r, leaves)]
    if "组" in sent and ("牵头" in sent or "带队" in sent):
        out += [RawRelation("supervises", a, p, si, "督查组") for a, p in groups_sent_to(text, st, r, leaves)]
        out += [RawRelation("supervises", a, p, si, "督查组") for a, p in led_numbered_groups(text, st, r, leaves)]
    if "片" in sent and "由" in sent:  # 第一片区：甲镇、乙镇，由县财政局负责
        out += [RawRelation("supervises", a, p, si, "片区") for a, p in area_rows(text, st, r, leaves)]
    if "调整为" in sent:
        out += [RawRelation("supervises", a, p, si, "调整为") for a, p in duty_handed_on(text, st, r, leaves)]
    if ("（" in sent or "(" in sent) and oversight_re().search(text, s, e):  # 竹林关镇：关口村（县住建局）
        out += [RawRelation("supervises", a, p, si, "（）") for a, p in units_in_brackets(text, st, r, leaves)]
    grouped, grouped_span = places_by_group(text, st, r, leaves)
    out += [RawRelation("supervises", a, p, si, "分别牵头") for a, p in grouped]
    return grouped_span


# a list row: "1." or "（一）" before its unit, a dash or colon after it
_ITEM_NUMBER = re.compile(r"^\s*(?:[0-9]+[.、．]|[（(]?[一二三四五六七八九十]+[）)、])?")
_DASH_OR_COLON = re.compile(r"\s*[：:—－\-]+\s*")
_NOT_A_ROW = re.compile(r"[，,。；;]|[0-9]{3}")


def _town_of(r: Resolved, key: str, stated: dict[str, str]) -> str | None:
    """The township of a place: itself, or the parent a village is stated within (else none)."""
    e = r.entities.get(key)
    if e is None:
        return None
    if e.subtype in TOWN_LEVELS:
        return key
    parent = r.entities.get(stated.get(key) or e.parent or "")
    return parent.key if parent is not None and parent.subtype in TOWN_LEVELS else None


_PETITIONER = re.compile(r"[\u4e00-\u9fff]某某?(?:等\d+人)?反映")  # 甲镇乙村李某某反映…问题: a petition case
_FIELD_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,8}[：:]")
_HANDED_TO = re.compile(r"(?:移交|移送|交由|提请|抄送)$")  # a case passed on to a unit: it acts on the case
_TEXT_COLUMN = re.compile(r"描述|问题|隐患|内容|情况|事项|备注|电话|信箱|联系方式")
_HEADER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[ \t]*(?:——|—|－|：|:|\||\t)[ \t]*[\u4e00-\u9fff]{2,8})+$")


def _colon_row(text: str, st: Sent) -> bool:
    """A line "县委办：城关镇、龙山乡" or "县财政局—大坪镇": a unit, a dash or colon, then places."""
    if not st.orgs or not st.places:
        return False
    first = st.orgs[0]
    lead = _ITEM_NUMBER.sub("", text[st.start : first.start])
    listed = [o for o in st.orgs if o.end <= st.places[0].start]  # 甲局、乙办：丙镇: the units listed first
    last = first
    for o in listed[1:]:  # (县纪委县监委—小雅镇: two units side by side, each with its level word)
        if text[last.end : o.start] not in ("、", "和", "及", "与") and not (last.end == o.start and o.level_prefix):
            break
        last = o
    between = text[last.end : st.places[0].start]
    # (县委第三巡察组：值班电话0518-88812303，邮政信箱：甲镇003号信箱: a contact line, the place an address)
    return not lead.strip() and _DASH_OR_COLON.match(between) is not None and _NOT_A_ROW.search(between) is None


_LOCATED = re.compile(r"分别位于|分别是|分别为|分布在|位于")


_TRACKED_BY = re.compile(r"由([^，,。；;]{2,30}?)(?:跟踪|负责|统一)?督办")


def _tracked_by(text: str, span: tuple[int, int], orgs: list[OrgM], r: Resolved) -> list[str]:
    """以下问题交由所在镇街限期整改，由市河长办跟踪督办: the units the line before a table names to follow
    its rows up (they oversee each row's place; the rows' 责任单位 only fix)."""
    m = _TRACKED_BY.search(text, *span)
    return [k for o in orgs if m is not None and m.start(1) <= o.start and o.end <= m.end(1)
            and (k := okey(r, o)) and not k.startswith("?")]


_OVERSIGHT_COLUMN = re.compile(r"督办单位|督导单位|督查单位")
_CASE_COLUMN = re.compile(r"信访人|信访事项|反映人|当事人|案件名称")


_SENDS_TEAMS = re.compile(r"派驻|选派|驻村")
_PAIRING = "包保|包联|包抓|包片|联系|帮扶|挂点|结对|联点"  # (not 包案…具体为：, whose items are cases)
_AS_FOLLOWS = re.compile(
    rf"(?:(?:安排|分工|明确|确定|具体|(?:{_PAIRING}|督导)(?:情况|乡镇|镇|村|社区|街道))如下|(?:{_PAIRING})[^。；;]*具体为)"
    r"[：:]\s*$")  # (明确县直部门包保乡镇如下：)
#: a table's title on a line of its own, naming a duty (…对口联系镇（街道）安排表)
_TABLE_TITLE = re.compile(r"^[^，,。；;：:]{4,40}(?:安排表|分工表|一览表|责任表|对应表)\s*$")
def _cue_on_next_line(text: str, at: int) -> bool:
    """Whether the line after the one ending at ``at`` names an act itself (甲镇，由乙局包点督办: it is read
    as a sentence, not as a row of the heading's duty)."""
    start = text.find("\n", at) + 1
    end = text.find("\n", start)
    return start > 0 and oversight_re().search(text, start, end if end >= 0 else len(text)) is not None


_DUTY_HEADING = re.compile(  # 二、对口联系安排: a numbered heading naming a duty's arrangement
    r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^，,。；;：:\n]{2,16}(?:安排|分工)\s*$")
_ANNOUNCES_DUTY_ROWS = re.compile(
    r"((?:帮扶|包联|联系|挂点|包保|督导|督办|挂钩|结对|联点|包抓)(?:单位|部门))[^：:。]{0,6}[：:]\s*$")
