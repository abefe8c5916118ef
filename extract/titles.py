"""Document titles: 《…》 (and a title written inside one: 〈…〉), a first line that is itself a title
(…关于…的通知, a meeting record over its number, a work report over its dateline), a notice's title under
its red-letter header, and notices printed in full inside a text.

``title_start`` (where a page's own first line begins, past a web page's trail) is read by the resolver
and the walk as well, so it lives here with the titles it finds.
"""

from __future__ import annotations

import re

from extract.mentions import BREADCRUMB, YEAR_NUMBER, DocM

_TITLE_RE = re.compile(r"《([^《》\n]{1,120}?)》")
_WRAPPED_TITLE_RE = re.compile(r"《([^《》]{1,120}?)》")


_GENRES = (r"((?:紧急|补充)?通知|决定|意见|方案|办法|规定|报告|通报|批复|督办函|交办函|函|公告|通告|公示|细则|规划"
           r"|交办单|督办单)")
# (…办理情况的公示（第五批）: a batch of a series after the genre)
_GENRE_LINE = re.compile(
    r"^[^。！？!?，,；;]{0,60}关于[^。！？!?]{2,80}的" + _GENRES + r"(?:[（(]第[^（）()]{1,4}[批期][）)])?$")


# 某县2023年第一次总河长会议纪要 over its document number: a record titled without 关于
_RECORD_LINE = re.compile(r"^[^。！？!?，,；;《》]{4,60}(会议纪要|工作要点|实施方案|工作方案|情况通报|工作总结)$")
# 政府工作报告 over its dateline (——2019年1月16日在某县第十八届人民代表大会第三次会议上)
_REPORT_LINE = re.compile(r"^[^。！？!?，,；;《》]{0,24}(?:政府工作报告|工作报告)$")
# 某县禁毒委员会2022年禁毒工作报告, 某县河长制办公室2021年度工作总结: a unit's own report of its year
_UNIT_REPORT_LINE = re.compile(
    r"^[^。！？!?，,；;《》\s]{2,30}?(?:委员会|委|办公室|办|局|政府|指挥部|领导小组)\d{4}年(?:度|[上下]半年)?"
    r"[^。！？!?，,；;《》]{0,40}?(?:工作报告|工作总结|工作情况报告)(?:[（(](?:节选|摘要|摘登)[）)])?$"
)
# 某县2022年度镇级、村级河长及联系单位公示, 某县2023年度…包保责任人名单 over a page's source line: a list
# published as a notice (a headline, 某县成功退出…名单, names no year's list)
_LIST_LINE = re.compile(r"^[^。！？!?，,；;《》]{4,60}(?:公示|名单公告|年度[^。！？!?，,；;《》]{2,40}(?:名单|清单))$")
_NAME_FIELD = re.compile(r"^[ \t\u3000]*(?:名[ \t\u3000]*称|标[ \t\u3000]*题)[：:][ \t\u3000]*"
                         r"([^\n。！？!?；;]{0,60}关于[^\n。！？!?]{2,80}的" + _GENRES + r")[ \t\u3000]*$",
                         re.MULTILINE)
_META_LINE = re.compile(r"\s*\n[^\n]*(?:发布时间|发布日期|来源|浏览|点击)[：:][^\n]*")
_TRAIL_BELOW = re.compile(r"\s*\n[^\n]*" + BREADCRUMB.pattern + r"[^\n]*")  # 当前位置：首页 > … under a title
_DATELINE = re.compile(r"\s*\n\s*[—－-]{1,2}")
# （县委办、县政府办2022年3月8日印发）: the line under a plan's title saying who sent it out
_ISSUE_NOTE_LINE = re.compile(r"\s*\n\s*[（(][^（）()\n]{2,60}?印发[）)]\s*\n")
# 〔2022〕第5期, （2023年第2期）: a record's issue
ISSUE_NUMBER = r"[\u4e00-\u9fff]{0,16}(?:[〔［\[（(]\d{4}[〕］\]）)]\s*第\s*\d+\s*期|[（(]\d{4}年第\d+期[）)])"
_DOC_NUMBER_LINE = re.compile(r"\s*\n\s*(?:[\u4e00-\u9fff]{1,10}" + YEAR_NUMBER + "|" + ISSUE_NUMBER + r")\s*\n")


def find_docs(text: str) -> list[DocM]:
    """Titles in 《…》 (inner ‹…›, <…> or 〈…〉 stay part of the title), and a first line that is
    itself the title of a notice or decision (…关于…的通知)."""
    out = [DocM(m.start(1), m.end(1), m.group(1).strip()) for m in _TITLE_RE.finditer(text) if m.group(1).strip()]
    start = title_start(text)
    line = text[start:].split("\n", 1)[0].strip()
    below = start + len(line)
    paged = False  # 甲区大气污染防治督导情况通报 / (当前位置：首页 > …) / 发布日期：… 来源：…: a page's title
    for _ in range(2):
        if (meta := _META_LINE.match(text, below)) is not None:
            below, paged = meta.end(), True  # 某委员会第二次全体会议纪要 / 发布时间：… 来源：… / 某纪〔2023〕2号
        elif (trail := _TRAIL_BELOW.match(text, below)) is not None:
            below = trail.end()
    # (甲县工作要点 / … / 关于印发《甲县工作要点》的通知; a page's 工作总结, 方案 or 会议纪要 is no document
    # to most annotators, its 情况通报 is)
    paged = paged and line.endswith("情况通报") and not _notice_below(text, below)
    if _GENRE_LINE.match(line) or (_RECORD_LINE.match(line) and (_DOC_NUMBER_LINE.match(text, below) or paged
                                                                  or _ISSUE_NOTE_LINE.match(text, below))) \
            or (_REPORT_LINE.match(line) and _DATELINE.match(text, start + len(line))) \
            or _UNIT_REPORT_LINE.match(line) or (_LIST_LINE.match(line) and below > start + len(line)):
        start = text.index(line, start)
        out.insert(0, DocM(start, start + len(line), line.replace("《", "").replace("》", "")))
    elif (head := _header_title(text, start)) is not None:
        out.insert(0, head)
        # 关于转发《甲办关于印发 / 〈乙方案〉的 / 通知》的通知: the title it sends on, wrapped with it
        out += [DocM(m.start(1), m.end(1), m.group(1).replace("\n", ""))
                for m in _WRAPPED_TITLE_RE.finditer(text, head.start, head.end) if "\n" in m.group(1)]
    if (field := _NAME_FIELD.search(text)) is not None:
        # 名    称：甲办关于…的通知: a public-information page's catalogue entry names its document
        named = DocM(field.start(1), field.end(1), field.group(1))
        out = [d for d in out if not d.start <= named.start < d.end]  # (its line read whole as a title)
        out = sorted([*out, named], key=lambda d: d.start)
    if "关于" in text and "号" in text:  # …现将通报全文刊发如下。/ 甲指挥部关于…的通报 / 甲〔2023〕3号: a notice inside
        out += [DocM(a, b, text[a:b].replace("《", "").replace("》", "")) for a, b in _numbered_titles(text, start)
                if not any(d.start <= a < d.end for d in out)]
        out.sort(key=lambda d: d.start)
    inner = [DocM(m.start(1), m.end(1), m.group(1).strip()) for d in out
             for m in _INNER_TITLE.finditer(text, d.start, d.end) if m.group(1).strip()]
    return sorted(out + inner, key=lambda d: d.start) if inner else out


def _numbered_titles(text: str, first: int) -> list[tuple[int, int]]:
    """Spans of the 关于…的通知 lines after the first line that stand over a document number line."""
    out = []
    for m in re.finditer(r"\n[ \t　]*([^\n]{4,140})", text):
        a, b = m.start(1), m.end(1)
        line = text[a:b].rstrip(" 　\t")
        if a > first + 1 and "关于" in line and _GENRE_LINE.match(line) and _DOC_NUMBER_LINE.match(text, a + len(line)):
            out.append((a, a + len(line)))
    return out


# a red-letter header's issuer line: unit names only (中共甲县委办公室　甲县人民政府办公室)
#: the bodies an issuing unit's name ends with
ISSUER_BODIES = "办公室|办公厅|委员会|人民政府|政府|委|局|厅|办|部|指挥部|领导小组|专班"
_ISSUER_LINE = re.compile(rf"^[\u4e00-\u9fff 　]{{4,60}}({ISSUER_BODIES})$")


def _header_title(text: str, start: int) -> DocM | None:
    """A notice under its red-letter header (issuer lines, 文件, document number): the first
    关于…的通知 line before the addressees, with an issuer line right above it joined in front."""
    lines: list[tuple[int, str]] = []
    pos = start
    while pos < len(text) and len(lines) < 12:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        lines.append((pos, text[pos:end]))
        pos = end + 1
    for k, (at, raw) in enumerate(lines):
        line = raw.strip(" 　\t")
        if not line:
            continue
        if line.endswith(("：", ":")) or any(c in line for c in "。！？；"):
            return None  # the addressees or the body: no header title above them
        begin = at + raw.index(line)
        end = begin + len(line)
        if not _GENRE_LINE.match(line):
            wrapped = _wrapped_title(lines, k, line)
            if wrapped is None:
                continue
            line, end = wrapped
        above = next((lines[j] for j in range(k - 1, -1, -1) if lines[j][1].strip(" 　\t")), None)
        higher = next((lines[j] for j in range(k - 2, -1, -1) if lines[j][1].strip(" 　\t")), None)
        joint = higher is not None and higher[0] + len(higher[1]) + 1 == (above[0] if above else -1) \
            and _ISSUER_LINE.match(higher[1].strip(" 　\t")) is not None  # 甲部 / 乙局 / 关于…: two issuers
        if above and above[0] + len(above[1]) + 1 == at and _ISSUER_LINE.match(above[1].strip(" 　\t")) \
                and not joint:
            first = above[1].strip(" 　\t")
            begin = above[0] + above[1].index(first)
            return DocM(begin, end, (first + line).replace("《", "").replace("》", ""))
        return DocM(begin, end, line.replace("《", "").replace("》", ""))
    return None


def _wrapped_title(lines: list[tuple[int, str]], k: int, line: str) -> tuple[str, int] | None:
    """The title that line ``k`` opens, wrapped over up to three more lines, and where it ends (None when
    no such title): 关于全县秋季秸秆禁烧第二轮督查情况的 / 通报 (关于印发《甲县百日攻坚 / 行动方案》的通知,
    甲办关于明确2023年度地质灾害 / 隐患点包保责任的通知, 关于转发《甲办关于印发 / 〈乙方案〉的 / 通知》的通知,
    关于对重点村（社区） / 实行挂牌整治的通知): a title wrapped before its genre, inside the title it sends out,
    where a long line fills its width, or a line opening with 关于."""
    for j in range(k + 1, min(k + 4, len(lines))):
        rest = lines[j][1].strip(" 　\t")
        if not rest or not ((line.endswith("的") and len(rest) <= 6) or line.count("《") > line.count("》")
                            or ("关于" in line and (len(line) >= 16 or line.startswith("关于")) and len(rest) <= 24)):
            return None
        line += rest
        if _GENRE_LINE.match(line):
            return line, lines[j][0] + lines[j][1].index(rest) + len(rest)
    return None


# 《…关于印发〈甲方案〉的通知》: the document sent out is a document of its own
_INNER_TITLE = re.compile(r"[〈<‹]([^〈〉<>‹›《》\n]{2,100})[〉>›]")


def inner_titles(text: str, docs: list[DocM]) -> dict[DocM, DocM]:
    """Each title written inside another (〈甲方案〉 in 《关于印发〈甲方案〉的通知》) -> the title holding it.
    A 《…》 in a first-line title (关于转发《甲方案》的通知) is a title of its own."""
    return {d: o for d in docs if text[d.start - 1 : d.start] in "〈<‹"
            for o in docs if o.start < d.start and d.end < o.end}


def title_start(text: str) -> int:
    """Where a page's first line of its own begins: past blank lines and a web page's trail (首页 > …)."""
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip(" 　\t")
        if line and not BREADCRUMB.match(line) and not _TRAIL_LINE.match(line) and not _site_over_trail(text, end):
            return pos + (len(text[pos:end]) - len(text[pos:end].lstrip(" 　\t")))
        pos = end + 1
    return len(text)


def _notice_below(text: str, at: int) -> bool:
    """Whether a notice's 关于…的通知 title line comes within the six lines after ``at``."""
    lines = text[at : at + 400].split("\n")[1:7]
    return any(_GENRE_LINE.match(x.strip(" 　\t")) or _GENRE_LINE.match((x + y).strip(" 　\t"))
               for x, y in zip(lines, [*lines[1:], ""], strict=True))


def _site_over_trail(text: str, end: int) -> bool:
    """Whether the line ending at ``end`` is a site's name over its trail (康平县人民政府 / 当前位置：首页 > …),
    not a title (甲委员会关于…的通知 / 当前位置：…)."""
    line = text[text.rfind("\n", 0, end) + 1 : end].strip(" 　\t")
    if len(line) > 24 or "关于" in line or "關於" in line or re.search(_GENRES + "$", line) \
            or (_RECORD_LINE.match(line) and not _notice_below(text, end)):
        return False  # (甲县信访工作联席会议纪要 / 当前位置：…: a record's title, unless a notice below sends it)
    nxt_end = text.find("\n", end + 1)
    nxt = text[end + 1 : nxt_end if nxt_end >= 0 else len(text)].strip(" 　\t")
    return end < len(text) and bool(nxt) and (BREADCRUMB.match(nxt) is not None or _TRAIL_LINE.match(nxt) is not None)


# 当前位置：首页 > 政务公开 > …: the trail's label before it
_TRAIL_LINE = re.compile(r"(?:当前|您的|您现在的|你现在的)?(?:位置|所在位置)(?:是)?\s*[:：]\s*首页\s*[>＞»›]")
