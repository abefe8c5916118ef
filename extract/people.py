"""People: names after a post (州委书记杨元忠), before a byline (陈红 文/图), before 同志, and before
their post in brackets (吴晓东（县委副书记、县长）); a name is a common surname and one or two characters.

Found after units: a post's characters inside a unit's name are no post, and a name stops where a unit
begins.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Container, Sequence
from functools import lru_cache
from itertools import pairwise

from extract.lexicon import cues, load
from extract.mentions import CJK, OrgM, PersonM, PlaceM, is_cjk
from extract.table_people import table_people


@lru_cache(maxsize=1)
def _people_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = load("people.json")
    posts = sorted(p["head_posts"] + p["other_posts"], key=len, reverse=True)
    name = _name_pattern()
    # (the name in a lookahead: a byline's next post may follow a short name right away, 记者王磊通讯员李明)
    before = re.compile(rf"({'|'.join(map(re.escape, posts))})(?=[:：\s]*({name}))")
    trailing = "|".join(map(re.escape, p["trailing_posts"]))
    after = re.compile(rf"(?:^|\n)\s*({name})\s*(?:{trailing})")
    return before, after


_NOT_NAME = set("第一二三四五六七八九十的了在是为和与及等副正主任兼")  # (主任陈晓兼任: 兼 is the verb's)
# ...that are common in given names too (李正刚, 王和平, 张为民, 王一鸣)
_GIVEN_TOO = set("一正和为")


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words a post may precede that are no names: the data list and the cue words (所长包村: 包村)."""
    cue_words = (w for kind in ("supervises", "designates") for w in cues(kind) if not w.startswith("re:"))
    return frozenset(load("people.json")["not_names"]) | frozenset(cue_words)


def find_people(text: str, bounds: Container[int], orgs: list[OrgM], places: Sequence[PlaceM] = (),
                blanks: Container[int] = ()) -> list[PersonM]:
    """Names right after a post (州委书记杨元忠, 记者杨志英) or before a byline (陈红 文/图).

    ``blanks``: the view positions a blank of the original text was dropped before (作者：汪　洋　方晓春
    reads 汪洋方晓春 in the view; a two-character name padded to three, then the next name)."""
    before, after = _people_re()
    sur = load("people.json")["surnames"]
    not_names = _not_names()
    org_at_end = {o.end: o for o in orgs}
    starts = [o.start for o in orgs]
    org_starts = set(starts)
    place_starts = [p.start for p in places]
    out: list[PersonM] = []
    for m in before.finditer(text):
        name = m.group(2)
        s = m.start(2)
        at = bisect.bisect_right(starts, m.start(1)) - 1
        if at >= 0 and orgs[at].start < m.start(1) < orgs[at].end:
            continue  # 嘉鱼县长江禁捕…领导小组: a post's letters inside a unit's name
        at = bisect.bisect_right(place_starts, s) - 1
        if at >= 0 and places[at].start < s < places[at].end:
            continue  # 开平市长沙街道: the "name" after 市长 is the rest of a place
        if at >= 0 and places[at].start == s and places[at].end >= s + len(name):
            continue  # 驻村第一书记\n涂家垴镇（3个）, 第一书记：\n苏坝镇大院村: a column name or label, then a place
        if len(name) == 3 and s + 2 in blanks and name[:2] not in _double_surnames():
            name = name[:2]  # 汪　洋　方晓春: a blank inside a name only pads a two-character one
            if m.group(1) in _bylines() and (second := _spaced_name(text, s + 2, blanks)):
                out.append(PersonM(s, s + 2, name, m.group(1), org_at_end.get(m.start(1))))
                out.append(PersonM(s + 2, s + 2 + len(second), second, None))
                continue
        if len(name) == 3 and name[2] in _NOT_NAME:
            name = name[:2]  # 副区长李明主持: the name ends before the verb
        byline_he = name[0] == "和" and m.group(1) in _bylines() and len(name) == 3 \
            and (s + 3 in blanks or text[s + 3 : s + 4] in ("", "\n", "　", " "))  # 编辑：和丽萍　(a Naxi surname)
        if (name[0] in _NOT_NAME and not byline_he) or any(c in _NOT_NAME and c not in _GIVEN_TOO for c in name[1:]):
            continue
        if len(name) == 3 and (s + 2) in bounds and (s + 3) not in bounds and text[s + 3 : s + 4] != "任":
            name = name[:2]  # 吴明带领, 马斌联点: the third character opens the next word (王立新任组长: 新任
            # read as one word, 任 is the verb after the name)
        if len(name) > 2 and s + len(name) - 1 in org_starts:
            name = name[:-1]  # 欧阳斌　县委副书记: the last character opens a unit
        labelled = text[s + len(name) : s + len(name) + 1] in ("：", ":") and not (
            len(name) == 3 and s == m.end(1) and name[0] in sur and text[s + 4 : s + 5] not in ("", "\n"))
        if labelled or name in not_names \
                or (len(name) == 3 and name[:2] in not_names):
            continue  # 政法委书记\n成　员：: a label (县长兰海涛:联系甲镇 is a name); 组长单位(对): a post and a
            # common word; no name
        out.append(PersonM(s, s + len(name), name, m.group(1), org_at_end.get(m.start(1))))
        if m.group(1) in _bylines() and s + len(name) in blanks \
                and (second := _spaced_name(text, s + len(name), blanks)):
            out.append(PersonM(s + len(name), s + len(name) + len(second), second, None))
            continue  # （通讯员　蒋文斌　陈露）: the next name of a byline, a blank between
        # a second name straight after the first
        rest = text[s + len(name) : s + len(name) + 3]
        if (
            rest[:1] in sur
            and len(rest) == 3
            and all(is_cjk(c) for c in rest)
            and text[s + len(name) + 3 : s + len(name) + 4] in ("在", "到", "、", "和", "等", "同")
        ):
            out.append(PersonM(s + len(name), s + len(name) + 3, rest, None))
    for m in after.finditer(text):
        out.append(PersonM(m.start(1), m.end(1), m.group(1), None))
    taken = {p.start for p in out}
    for m in _comrade_re().finditer(text):  # 选派孙振东同志任第一书记, ，谢建军同志
        if m.start(1) not in taken and not any(c in _NOT_NAME or c in "负责领导部门单位关体" for c in m.group(1)[1:]):
            out.append(PersonM(m.start(1), m.end(1), m.group(1), None))
            taken.add(m.start(1))
    for m in _name_then_post_re().finditer(text):  # | 吴晓东（县委副书记、县长）, 包保责任人：张建伟（县水利局局长）
        name = m.group(1)
        if m.start(1) not in taken and not any(c in _NOT_NAME for c in name[1:]):
            out.append(PersonM(m.start(1), m.end(1), name, None))
            taken.add(m.start(1))
    # 苏坝镇大院村　王建川（省农业农村厅）, 出席：罗建华　张　涛（区住建局局长）: a name a blank opens, its unit
    # or its post in brackets right after it
    brackets = [o.start - 1 for o in orgs if text[o.start - 1 : o.start] in ("（", "(")
                and text[o.end : o.end + 1] in ("）", ")")] + [m.start() for m in _POST_IN_BRACKETS.finditer(text)]
    for end in brackets:
        if name := _blank_opened_name(text, end, blanks, taken):
            out.append(PersonM(end - len(name), end, name, None))
            taken.add(end - len(name))
    for m in _CONTACT.finditer(text):  # 联系人：县安委办 刘晓庆，电话…: the contact's unit, then the name
        unit = next((o for o in orgs if o.start == m.end()), None)
        if unit is not None and (name := _name_ending_a_field(text, unit.end, sur, blanks)) and unit.end not in taken:
            out.append(PersonM(unit.end, unit.end + len(name), name, "联系人", unit))
            taken.add(unit.end)
    out += [p for p in _attendees(text, blanks, not_names) if p.start not in taken]
    whole_name = _whole_name_re()
    out += [p for p in table_people(text, orgs, places, lambda n: (whole_name.fullmatch(n) is not None
                                                                   or _DOTTED_NAME.fullmatch(n) is not None)
                                    and n not in not_names
                                    # (和建华: a whole cell of a person column may open with the surname 和)
                                    and (n[0] not in _NOT_NAME or (n[0] == "和" and len(n) == 3)))
            if not any(q.start < p.end and p.start < q.end for q in out)]
    return sorted(out, key=lambda p: p.start)


_CONTACT = re.compile(r"联系人[：:]\s*")
# a meeting's attendance line (出席：马志刚 杨海军 周建华(县禁毒办主任) 仁青加): names parted by blanks or 、
_ATTENDANCE = re.compile(r"(?:^|\n)\s*(?:出席|列席|参加)(?:人员)?[：:]\s*")
_PARTING = "、，, 　"  # what parts the names of an attendance line (any of these characters)
_NO_NAME_CHARS = frozenset("省州市县区旗乡镇村局委办部院所队组会厅处室站各等")


def _attendees(text: str, blanks: Container[int], not_names: Collection[str]) -> list[PersonM]:
    """The names of an attendance line: each part between blanks, 、 or ， that is two to four characters
    (a post in brackets after it dropped), none of them a unit's or a place's."""
    out: list[PersonM] = []
    for m in _ATTENDANCE.finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        cuts = [m.end()] + [i for i in range(m.end() + 1, end) if i in blanks or text[i - 1] in "、，,）) 　"] + [end]
        for a, b in pairwise(cuts):
            part = re.sub(r"[（(][^）)]*[）)]$", "", text[a:b].strip(_PARTING))
            lead = len(text[a:b]) - len(text[a:b].lstrip(_PARTING))
            if 2 <= len(part) <= 4 and all(is_cjk(c) and c not in _NO_NAME_CHARS for c in part) \
                    and part not in not_names and not any(w in part for w in ("同志", "负责", "中心")):
                out.append(PersonM(a + lead, a + lead + len(part), part, None))
    return out


def _name_ending_a_field(text: str, at: int, surnames: Collection[str], blanks: Container[int]) -> str:
    """The two- or three-character name at ``at`` that its field ends with (…刘晓庆，电话 / 周敏　电话: a blank
    the view dropped), or ''."""
    for n in (3, 2):
        name = text[at : at + n]
        if len(name) == n and all(is_cjk(c) for c in name) and name[0] in surnames \
                and (at + n in blanks or not is_cjk(text[at + n : at + n + 1] or "\n")):
            return name
    return ""


# 吾买尔江·热合曼: a transliterated name, its parts joined by a middle dot (a person column's cell)
_DOTTED_NAME = re.compile(rf"[{CJK}]{{2,8}}[·•・][{CJK}]{{2,8}}")


@lru_cache(maxsize=1)
def _double_surnames() -> frozenset[str]:
    return frozenset(load("people.json")["double_surnames"])


@lru_cache(maxsize=1)
def _bylines() -> frozenset[str]:
    """The posts of a byline, which may name several people in a row (作者, 记者, 通讯员)."""
    return frozenset(load("people.json")["other_posts"])


def _blank_opened_name(text: str, end: int, blanks: Container[int], taken: Container[int]) -> str:
    """The name of two or three characters ending at ``end`` that a blank opens, or ''."""
    name = next((text[a:end] for a in (end - 2, end - 3)
                 if a in blanks and a not in taken and _whole_name_re().fullmatch(text[a:end])), "")
    return name if name and not any(c in _NOT_NAME for c in name[1:]) else ""


def _spaced_name(text: str, at: int, blanks: Container[int]) -> str:
    """The name at ``at`` that a blank or a line end closes (方晓春 in 汪　洋　方晓春　　发布时间), or ''."""
    m = _whole_name_re().match(text, at)
    if m is None:
        return ""
    def closed(end: int) -> bool:
        return end in blanks or text[end : end + 1] in ("\n", "", "）", ")")  # (（通讯员　甲乙丙　丁戊）)

    if at + 1 in blanks:  # 李　明: a two-character name padded to three
        return text[at : at + 2] if closed(at + 2) else ""
    return next((text[at:end] for end in range(m.end(), at + 1, -1) if closed(end)), "")


def _name_pattern(given: str = "1,2") -> str:
    """A person's name: a common surname (single or double) and ``given`` characters (one or two), or a
    Tibetan name of two parts (扎西平措)."""
    p = load("people.json")
    tib = "|".join(p.get("tibetan_names", []))
    tibetan = f"(?:{tib})(?:{tib})|" if tib else ""
    return rf"(?:{tibetan}(?:{'|'.join(p['double_surnames'])})[{CJK}]{{{given}}}|[{p['surnames']}][{CJK}]{{{given}}})"


@lru_cache(maxsize=1)
def _whole_name_re() -> re.Pattern[str]:
    """A person's name and nothing else (a table cell's)."""
    return re.compile(_name_pattern())


@lru_cache(maxsize=1)
def _comrade_re() -> re.Pattern[str]:
    """A full name (surname and two characters) before 同志 (comrade)."""
    return re.compile(rf"({_name_pattern('2')})同志")


_POST = r"[（(][^（）()]{0,24}?(?:书记|长|主任|委员|主席|教导员|政委)[^（）()]{0,12}[）)]"  # (may wrap a line)
_POST_IN_BRACKETS = re.compile(_POST)


@lru_cache(maxsize=1)
def _name_then_post_re() -> re.Pattern[str]:
    return re.compile(rf"(?:^|(?<=[|｜：:、\s，,；;。]))({_name_pattern()}){_POST}", re.MULTILINE)
