"""Who signs, founds and sets up: signatories, a meeting record's body, sub-units and founded groups.

A notice's dated closing lines name its authors; 下设…组 and 成立…3个工作组 set up sub-units of their
founder; a founded unit is re-homed to its founder's place.
"""

from __future__ import annotations

import re

from extract.clauses import RawRelation, Sent, okey
from extract.mentions import DocM, Mentions, OrgM
from extract.resolve import EntityDraft, Resolved, _make_org, _short_label
from extract.titles import ISSUE_NUMBER


def rehome(r: Resolved, unit: OrgM, founders: list[str]) -> str:
    """A unit set up without a place in its name belongs where its founders govern:
    普洱市委、市政府成立了…领导小组 is 普洱市's group, whatever the document's own level."""
    key = okey(r, unit)
    if unit.prefix_places or unit.level_prefix or not founders or key not in r.entities:
        return key
    jur = r.entities[founders[0]].jurisdiction if founders[0] in r.entities else None
    old = r.entities[key]
    if jur is None or old.jurisdiction == jur or old.type != "organization":
        return key
    new = _make_org(r, _short_label(r.place(jur)), unit.body, unit.kind, jur, None)
    r.move(key, new)
    return new.key


_DATE_LINE = re.compile(
    r"\s*[0-9〇零一二三四五六七八九十]{4}年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日\s*$")


def signatories(text: str, m: Mentions, r: Resolved) -> list[str]:
    """The units a notice is signed by: the lines of nothing but unit names right before the date
    line that ends it (甲县某办公室 / 2023年6月26日). Later lines (抄送：…) may follow the date."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i in range(len(lines) - 1, 0, -1):
        if not _DATE_LINE.match(lines[i]):
            continue
        out: list[str] = []
        j = i - 1
        if j > 0 and not lines[j].strip():
            j -= 1  # 甲办公室　　乙督查室 / (a blank line) / 2022年5月13日: a web copy's spacing
        while j >= 0 and lines[j].strip():
            a, b = offsets[j], offsets[j] + len(lines[j])
            units = [o for o in m.orgs if a <= o.start and o.end <= b]
            if not units or re.sub(r"[\s　]|中共", "", "".join(text[o.start : o.end] for o in units)) != \
                    re.sub(r"[\s　]|中共", "", lines[j]):  # 中共隆回县委督查室: 中共 is outside the unit's span
                break
            out = [k for o in units if (k := r.org_key.get((o.start, o.end), "")) and not k.startswith("?")] + out
            j -= 1
        return out
    return _header_signatories(text, m, r, lines, offsets)


_DATED_UNIT_LINE = re.compile(
    r"^[\s　]*[（(]?(?:中共)?([^\s　，。：:\d（(]{4,40}?)[\s　]*\d{4}年\d{1,2}月\d{1,2}日(?:印发)?[）)]?[\s　]*$")


def _header_signatories(text: str, m: Mentions, r: Resolved, lines: list[str], offsets: list[int]) -> list[str]:
    """The unit a record names under its title with the date (某县联席会议办公室　　2022年6月17日), or on
    its closing 印发 line (中共某市委政法委员会办公室　　2021年9月8日印发), or in brackets under a plan's
    title (（县委办、县政府办2022年3月8日印发）)."""
    for j, line in [*enumerate(lines[:8]), *[(i, lines[i]) for i in range(max(8, len(lines) - 8), len(lines))]]:
        dated = _DATED_UNIT_LINE.match(line)
        if dated is None:
            continue
        a, b = offsets[j] + dated.start(1), offsets[j] + dated.end(1)
        units = [o for o in m.orgs if a <= o.start and o.end <= b]
        if units and units[0].start == a and units[-1].end == b:
            return [k for o in units if (k := r.org_key.get((o.start, o.end), "")) and not k.startswith("?")]
    return []


def issue_line_body(text: str, r: Resolved, title: DocM) -> list[str]:
    """The body whose record the text is, named on the issue line under its 会议纪要 title
    (关于…会议纪要 / 茂名市委政法委会议纪要〔2021〕第6期)."""
    line_s = text.find("\n", title.end) + 1
    line_e = text.find("\n", line_s)
    if not line_s or line_e < 0 or not re.search(ISSUE_NUMBER, text[line_s:line_e]):
        return []
    return [k for (a, b), k in r.org_key.items()
            if line_s <= a and b <= line_e and text.startswith("会议纪要", b) and k in r.entities]


def founders_by_place(r: Resolved, founders: list[str]) -> list[list[str]]:
    """Founders grouped by the place they govern, in order (甲县委、县政府 | 乙市委、市政府)."""
    groups: dict[str | None, list[str]] = {}
    for k in founders:
        e = r.entities.get(k)
        groups.setdefault(e.jurisdiction if e is not None else None, []).append(k)
    return [] if None in groups else list(groups.values())


def own_unit(r: Resolved, unit: OrgM, founders: list[str]) -> str:
    """The key of ``unit`` (named without a place) as the founders' place's own unit."""
    jur = r.entities[founders[0]].jurisdiction
    if jur is None:
        return okey(r, unit)
    return _make_org(r, _short_label(r.place(jur)), unit.body, unit.kind, jur, None).key


# …3个专项推进组, 等六个小组: the count and kind closing a list of sub-units
_SUB_UNITS_COUNTED = re.compile(
    r"等?[0-9一二三四五六七八九十两]*个?((?:专项|工作|推进|专项推进|专项工作)?(?:小组|组)|科室|部门|中心)$"
    r"|等?[0-9一二三四五六七八九十两]+个((?:工作)?专班)$")  # 要素保障、督查考核2个专班 (but 落实工作专班 is a name)
BARE_GROUP_SETS_UP = re.compile(r"(指挥部|领导小组|委员会|工作专班|专班)(?=下设|内设)")


_COUNTED_THEN_LISTED = re.compile(r"[0-9一二三四五六七八九十两]+个[^:：，,；;。]{0,8}组[:：]")
_ONLY_COUNTED = re.compile(r"[0-9一二三四五六七八九十两]+个[\u4e00-\u9fff]{0,6}(?:组|专班)")
_ORDINAL_GROUP = re.compile(r"第[一二三四五六七八九十]+(?:小|工作|专项)?组")


def sub_units(text: str, st: Sent, r: Resolved, parent: OrgM, si: int, at: int = -1) -> list[RawRelation]:
    """下设办公室、综合协调、…等六个小组: each item becomes a sub-unit of the new unit (its 下设 is
    looked for from ``at``, by default right after the parent's mention)."""
    pk = okey(r, parent)
    at = parent.end if at < 0 else at
    i = text.find("下设", at, st.end)
    if i < 0:
        i = text.find("内设", at, st.end)
    if i < 0 or pk not in r.entities:
        return []
    seg_end = i + 2
    while seg_end < st.end and text[seg_end] not in "，,；;。\n":
        if text[seg_end] in "（(" and (close := _BRACKET_CLOSE.search(text, seg_end, st.end)) is not None:
            seg_end = close.start()  # 办公室（简称县创文办，设在县文明办）和甲组: a note's comma ends no list
        seg_end += 1
    seg = re.sub(r"[（(][^）)]*[）)]", "", text[i + 2 : seg_end])  # 办公室（以下简称县防办）: the name, not the note
    if (listed := _COUNTED_THEN_LISTED.match(seg)) is not None:
        # 下设3个工作小组：第一小组由甲局牵头…；第二小组…: the groups the items name
        after = i + 2 + listed.end()
        ordinal = "、".join(g.group(0) for g in _ORDINAL_GROUP.finditer(text, after, st.end)
                           if text[g.start() - 1] in "：:；;。\n")
        # (下设6个工作组：综合协调组（县应急管理局牵头）、监测预警组…: the groups named in the list)
        seg = ordinal or seg[listed.end():]
        seg_end = st.end if ordinal else seg_end  # where the groups' own mentions are
    else:  # 下设甲组、乙组5个工作组：甲组由县防办牵头: the list ends at its colon
        seg = re.split(r"[:：]", seg, maxsplit=1)[0]
        if _ONLY_COUNTED.fullmatch(seg):
            return []  # 领导小组下设2个督导组。: groups counted, not named
    m = _SUB_UNITS_COUNTED.search(seg) if listed is None else None
    suffix = ""
    if m:
        kind = m.group(1) or m.group(2)
        suffix = "组" if kind.endswith("组") else "专班" if kind.endswith("专班") else ""
        seg = seg[: m.start()]
    out = []
    for item in re.split(r"[、和及]", seg):
        item = item.strip()
        if item:
            child = _child_unit(r, pk, item, suffix)
            out.append(RawRelation("part_of", child, pk, si, "下设"))
            for o in st.orgs:  # 排查管控组 read on its own as the place's group: it is this one (an
                # office, 办公室, may be read as another unit's: 县政府办公室)
                key = r.org_key.get((o.start, o.end), "")
                if i < o.start < seg_end and text[o.start : o.end] in (item, item + suffix) and key in r.entities \
                        and key != child and text[o.end - 1] == "组" \
                        and r.entities[key].name.endswith(text[o.start : o.end]):
                    r.move(key, r.entities[child])
    offices = [rel.subject for rel in out if r.entities[rel.subject].name.endswith("办公室")]
    note = SHORT_NAME.search(text, i, st.end)
    short = next((r.org_key.get((o.start, o.end), "") for o in st.orgs if o.start == note.start(1)), "") if note else ""
    if len(offices) == 1 and short in r.entities and short != offices[0] and r.entities[short].name.endswith("办"):
        r.move(short, r.entities[offices[0]])  # 下设办公室（简称县河长办）: the short name is the office's
    elif len(offices) == 1 and note is None and (named := _office_named_in_brackets(text, st, r, i, seg_end)) \
            and named != offices[0]:  # (already folded into the office: 区创文办 read as 创建…指挥部's)
        # 领导小组下设办公室（县河长制办公室）: the office's own name, the one the text goes on using
        r.move(offices[0], r.entities[named])
        out = [RawRelation(x.type, named if x.subject == offices[0] else x.subject, x.object, x.sent, x.cue)
               for x in out]
    again = text.find("下设", seg_end, st.end)
    if again >= 0 and _ALSO_SETS_UP.search(text, max(seg_end, again - 4), again + 2):
        out += sub_units(text, st, r, parent, si, again)  # …下设办公室，…；同时下设甲组、乙组: the same unit's
    return out


_BRACKET_CLOSE = re.compile(r"[）)]")
_ALSO_SETS_UP = re.compile(r"[；;，,](?:同时|另|还|并)下设")


def _office_named_in_brackets(text: str, st: Sent, r: Resolved, a: int, b: int) -> str:
    """The key of an office named whole in brackets between ``a`` and ``b`` (办公室（县河长制办公室）)."""
    for o in st.orgs:
        key = r.org_key.get((o.start, o.end), "")
        if a < o.start < b and text[o.start - 1] in "（(" and text[o.end : o.end + 1] in ("）", ")") \
                and key in r.entities and r.entities[key].name.endswith(("办公室", "办")):
            return key
    return ""


#: a note giving a unit its short name: 县防汛抗旱指挥部（以下简称“县防指”）
SHORT_NAME = re.compile(r"[（(](?:以下)?简称[“\"]?([^）)”\"]{2,12})")


def _child_unit(r: Resolved, pk: str, item: str, suffix: str) -> str:
    """The key of the sub-unit ``item`` (综合协调组, 办公室) of the unit ``pk``, named with its owner's name."""
    from extract.lexicon import bodies

    pe = r.entities[pk]
    body = item if (item in bodies() or item.endswith(("组", "办公室", "室", "科", "中心"))) else item + suffix
    child = EntityDraft(
        "org:" + pe.name + body,
        "organization",
        pe.name + body,
        subtype="office" if body.endswith("办公室") and pe.subtype != "taskforce" else pe.subtype,
        jurisdiction=pe.jurisdiction,
    )
    child.alias(item, body)
    return r.add(child).key


# 成立综合协调组、监测预警组、抢险救援组3个工作组: named groups set up by a unit, counted after the list
FOUNDED_GROUPS = re.compile(
    r"((?:[\u4e00-\u9fff]{2,10}组、)+[\u4e00-\u9fff]{2,10}组)等?[0-9一二三四五六七八九十两]+个(?:专项)?(?:工作组|小组|组)")


def founded_groups(text: str, st: Sent, r: Resolved, at: int, founders: list[str], si: int, cue: str
                    ) -> list[RawRelation]:
    """县防指成立综合协调组、监测预警组等4个工作组: each group is the founder's sub-unit, set up by it."""
    m = FOUNDED_GROUPS.match(text, at)
    owners = [k for k in founders if k in r.entities and not k.startswith("?")]
    if m is None or not owners:
        return []
    out = []
    for item in m.group(1).split("、"):
        child = _child_unit(r, owners[0], item, "")
        out.append(RawRelation("part_of", child, owners[0], si, cue))
        out += [RawRelation("established", a, child, si, cue) for a in owners]
    return out
