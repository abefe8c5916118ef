"""Who issues and forwards which documents: the titles an issuing or forwarding cue takes (not the ones
it rests on), the units a title begins with or is written after, a red-letter header's unit, a report
given on a government's behalf, and a decision whose title designates places.
"""

from __future__ import annotations

import re

from extract.acts import cues_in
from extract.agents import BASIS_WORD, QUALIFIES_A_TITLE, agents
from extract.clauses import CLAUSE_BREAK, RawRelation, Sent, clause_span, group_from, okey, segment_start
from extract.mentions import YEAR_NUMBER, is_cjk
from extract.resolve import Resolved
from extract.walk import Sentence, Walk

_ISSUED_THE = re.compile(r"(?:印发|下发|制定|出台)的$")
_NO_TITLE_AFTER = re.compile(r"[^，,。；;《》]{0,20}(?:[，,。；;]|$)")


def issued_and_forwarded(sen: Sentence, w: Walk, found: dict[str, list[tuple[int, str]]],
                         out: list[RawRelation]) -> None:
    """Forwarding and issuing cues: who forwards or issues which titles, up to the next such cue."""
    text, r, s, e, st, si, authors = w.text, w.r, sen.s, sen.e, sen.st, sen.si, w.authors
    for kind in ("forwarded", "issued"):
        for cue_pos, cue in found[kind]:
            if kind == "issued" and text[cue_pos - 2 : cue_pos] == "转发":
                continue
            clause_s = clause_span(text, s, e, cue_pos)[0]
            own_title_next = QUALIFIES_A_TITLE.match(text, cue_pos) is not None  # 甲印发的《…》和乙印发的《…》
            nxt = min([p for p, _ in cues_in(text, cue_pos + len(cue), e, w.issued_or_forwarded, st.orgs)
                       if own_title_next or not QUALIFIES_A_TITLE.match(text, p)]  # 转发了乙局制定的《…》
                      + [e])
            if own_title_next and (first := next((de for ds, de, _ in st.docs if ds > cue_pos), None)) is not None \
                    and (comma := _COMMA.search(text, first, nxt)) is not None:
                nxt = comma.start()  # 甲办联合印发的《乙方案》，经县政府同意，现将《丙安排》印发: 丙 is the notice's
            if own_title_next:  # 甲办联合印发的《乙方案》和丙组《丁机制》: 丁 is 丙's
                nxt = min([o.start for o in st.orgs if cue_pos < o.start < nxt and text.startswith("《", o.end)]
                          + [nxt])
            docs = [k for ds, de, k in st.docs if cue_pos < ds < nxt and _same_sentence_part(text, cue_pos, ds)
                    and not _rests_on(text, cue_pos, ds)]  # 印发的《甲》，系依据《乙》…: 乙 is no object
            docs += [k for ds, de, k in st.docs if (de + 1 == cue_pos
                     or (de + 1 == cue_pos - 1 and text[de + 1] not in "暨和及并与、"))  # 转发《甲》暨印发《乙》
                     and not _rests_on(text, clause_span(text, s, e, ds)[0], ds)]  # 系依据《乙》制定的
            docs += _taken_docs(text, st, cue_pos)
            if not docs and text.startswith(("执行", "实施"), cue_pos + len(cue)):
                docs = [k for ds, de, k in st.docs if de < cue_pos][-1:]  # 审议通过了《甲方案》，会后由乙办印发执行
            after = cue_pos + len(cue) + text.startswith("了", cue_pos + len(cue))
            if not docs and ((that := _THAT_DOC.search(text, clause_s, cue_pos))
                             or (that := _THAT_DOC.match(text, after))):
                # 按照《甲办法》执行，该办法随本通知一并印发 (…，乙办转发了该方案): the title named just before
                docs = [k for ds, de, k in st.docs if de < that.start()][-1:]
            if not docs and kind == "forwarded" \
                    and (notice := _THAT_NOTICE.search(text, clause_s, cue_pos)):
                # …《甲通知》精神。此前一天，县防指办已将该通知转发至各乡镇: the notice of the sentence before
                # (传达了《甲通知》，该通知已由县联席办转发: or of its own sentence, before it)
                docs = [k for ds, de, k in st.docs if de < notice.start() and k in r.entities
                        and r.entities[k].name.endswith(notice.group(1))][-1:] or \
                    [k for d in (w.docs_in[si - 1] if si else ()) if (k := r.doc_key.get((d.start, d.end), ""))
                     in r.entities and r.entities[k].name.endswith(notice.group(1))][-1:]
            you = max((m.start() for m in _BY.finditer(text, clause_s, cue_pos)), default=-1)  # the clause's last 由
            if not docs and you >= 0 and _CLAUSE_ENDS.match(text, after):
                # 《甲方案》，由乙办、丙办联合印发 (《甲通知》由乙办转发): the title right before 由
                docs = [k for ds, de, k in st.docs if text[de + 1 : you] in ("", "，", ",")][-1:]
            if not docs and kind == "forwarded" and (_CLAUSE_ENDS.match(text, after)
                                                    or _TO_RECIPIENTS.match(text, after)):
                # 《甲通知》下发后，镇党委及时转发: the title sent down before it, passed on
                docs = [k for ds, de, k in st.docs if de < cue_pos and _SENT_DOWN.match(text, de + 1)][-1:]
                if not docs and (kind_of := _KIND_SENT_DOWN.search(text, segment_start(text, s, cue_pos), cue_pos)):
                    # 方案印发后，甲县禁毒委、乙县禁毒委第一时间转发: the last title of that kind named before
                    docs = [k for d in (d for ds in w.docs_in[: si + 1] for d in ds) if d.end <= kind_of.start()
                            and (k := r.doc_key.get((d.start, d.end), "")) and k in r.entities
                            and r.entities[k].name.endswith(kind_of.group(1))][-1:]
            if not docs and kind == "forwarded" and _NO_TITLE_AFTER.match(text, after):
                # 上饶市消安委印发的《甲通知》，县消安委办公室已于3月转发各乡镇: the title the sentence opens with
                docs = [k for ds, de, k in st.docs if de < cue_pos and text[de : de + 2].lstrip("》")[:1] in ("，", ",")
                        and _ISSUED_THE.search(text, clause_span(text, s, e, ds)[0], ds - (text[ds - 1] == "《"))][-1:]
            note = _FORWARDED_NOTE.search(text, max(s, cue_pos - 16), cue_pos) if kind == "forwarded" else None
            if not docs and note is not None and _NOTE_RECIPIENTS.match(text, after):
                # 《甲方案》（区河长办已于3月转发各镇）: a note on the title right before it
                docs = [k for ds, de, k in st.docs if de == note.start()]
            by = next((o for o in st.orgs if o.end == cue_pos and text[o.start - 1 : o.start] == "经"), None)
            if not docs and (by is not None or _GIVEN_TO_YOU.match(text, cue_pos + len(cue))):
                # 《甲通知》已经州局转发，现转发给你们: the last title before it in its ；-segment that is no
                # basis (系依据《乙意见》制定的, 根据《丙条例》: what the title rests on)
                seg_s = segment_start(text, s, cue_pos)
                docs = [k for ds, de, k in st.docs if seg_s <= ds and de < cue_pos
                        and not _rests_on(text, clause_span(text, s, e, ds)[0], ds)][-1:]
            if not docs:
                continue
            if by is not None and (k := okey(r, by)) and not k.startswith("?"):
                out += [RawRelation(kind, k, b, si, cue) for b in dict.fromkeys(docs)]
                continue  # 已经州自然资源和规划局转发: the unit it went through did it
            # a notice's own acts (现印发给你们, 将《…》一并转发) are its authors', named in its title
            subj = agents(text, st, r, cue_pos, sen.topic, w.carried) or authors
            if (authors or w.signed) and NOTICE_OWN_ACT.match(text, clause_s) and all(
                    text.startswith("《", o.end) for o in st.orgs if clause_s <= o.start < cue_pos):
                # 经县委同意，现将省厅《…》转发给你们: the notice's own act; 省厅 wrote it (a notice whose
                # title line is the plan's own is signed at its end)
                subj = list(authors or w.signed)
            approved = _APPROVED_BY.search(text, s, cue_pos)
            if approved and subj and all(approved.start() < o.start < approved.end()
                                         for o in st.orgs if okey(r, o) in subj and o.end <= cue_pos):
                # 经市领导小组研究同意，现将《甲安排》印发给你们: who approved it is not who sends it out
                subj = list(authors or w.signed)
            we = _WE.search(text, s, cue_pos) if authors else None
            if we is not None and not any(we.end() <= o.start < cue_pos for o in st.orgs):
                subj = list(authors)  # 我局…研究起草了《…》: the text's author (who signs or heads it)
            named = [k for o in st.orgs if you < o.start and o.end <= cue_pos and o not in st.posts
                     and (k := okey(r, o)) and not k.startswith("?")] if you >= 0 else []
            if named and not set(named) & set(subj):
                subj = named  # 该通知已由县联席办于5月16日全文转发: the units after 由, whatever comes between
            for a in subj:
                for b in dict.fromkeys(docs):
                    out.append(RawRelation(kind, a, b, si, cue))


_COMMA = re.compile(r"[，,]")
_BY = re.compile(r"(?<![理自缘经])由(?![于此])")  # (由于: because, no agent)
_APPROVED_BY = re.compile(r"经[^，,。；;]{2,40}?(?:研究)?(?:同意|批准)")
#: the kinds of document a text refers back to by kind alone (该办法, 方案印发后)
_DOC_KINDS = "办法|方案|意见|规定|细则|制度|规划|计划|要点"
_SENT_DOWN = re.compile(r"(?:下发|印发|出台)(?:以)?后")
_KIND_SENT_DOWN = re.compile(rf"(?:该|此|上述)?(通知|{_DOC_KINDS})" + _SENT_DOWN.pattern)
_CLAUSE_ENDS = re.compile(r"[，,。；;]|$")
# 《甲通知》下发后，县教体局第一时间转发至各中小学校: passed on to its recipients
_FORWARDED_NOTE = re.compile(r"》[（(][^（）()《》]{0,14}$")
_NOTE_RECIPIENTS = re.compile(r"(?:至|给)?各[^，,。；;《》（）()]{1,10}[）)]")
_TO_RECIPIENTS = re.compile(r"(?:至|给|到)[^，,。；;《》]{1,20}(?:[，,。；;]|$)")


def report_on_behalf(sen: Sentence, w: Walk, out: list[RawRelation]) -> None:
    """我代表县人民政府向大会报告工作: the government the report is given for wrote it."""
    text, r, st = w.text, w.r, sen.st
    if "代表" in sen.sent and (behalf := _ON_BEHALF.search(text, sen.s, sen.e)) is not None:
        reporters = [k for o in st.orgs if behalf.start(1) <= o.start < behalf.end(1)
                     and (k := okey(r, o)) and not k.startswith("?")]
        report = [r.doc_key[(d.start, d.end)] for d in w.m.docs
                  if d.start == w.own_title and (d.start, d.end) in r.doc_key]
        out += [RawRelation("issued", a, k, sen.si, "报告") for k in report for a in reporters]
        w.authors = w.authors or reporters  # the report's "we": its sections' acts are the government's
        w.reporting = w.reporting or bool(reporters)


def titles_begin_with_issuer(sen: Sentence, w: Walk, out: list[RawRelation]) -> None:
    """Titles that begin with their issuer (《国务院安委会关于…的决定》), and the other ways a title is
    said to be issued; a decision's title may also designate places."""
    for ds, de, k in sen.st.docs:
        _title_issued(sen, w, ds, de, k, out)
        _title_designates_places(sen, w, ds, de, out)


def _issuer_line_above(text: str, w: Walk, ds: int) -> list[str]:
    """The unit alone on the line right above ``ds`` (a red-letter header's first issuer), if any."""
    if ds == 0 or text[ds - 1] != "\n":
        return []
    a = text.rfind("\n", 0, ds - 1) + 1
    line = text[a : ds - 1].strip(" 　\t")
    at = a + text[a : ds - 1].index(line) if line else a
    opens = at + 2 if text.startswith("中共", at) else at
    placed = {p.start: p.end for p in w.m.places if at <= p.start < at + len(line)}
    while opens in placed:  # 中共魏县县委办公室: the unit after its county's name
        opens = placed[opens]
    units = [o for o in w.m.orgs if o.start in (at, at + 2, opens) and o.end == at + len(line)]  # (中共 before it)
    return [k for o in units if (k := okey(w.r, o)) and not k.startswith("?")]


def _issuer_lines_over(text: str, w: Walk, first: int, ds: int) -> list[str]:
    """The units alone on each of two or three lines from ``first`` right down to the title at ``ds``
    (中共甲县委组织部 / 甲县乡村振兴局 / 关于…的通知: a notice two units issue), else none."""
    keys: list[str] = []
    at = first
    while at < ds - 1:
        end = text.find("\n", at, ds)
        if end < 0:
            return []
        above = _issuer_line_above(text, w, end + 1)
        if not above or not text[at:end].strip(" 　\t"):
            return []
        keys += above
        at = end + 1
    return keys if at == ds and 2 <= len(keys) <= 3 else []


def _title_issued(sen: Sentence, w: Walk, ds: int, de: int, k: str, out: list[RawRelation]) -> None:
    """Who issued the title at ``ds``: the units it begins with, or when it is the text's own title the
    unit reporting on its own year, its signatories or the meeting's body; units written right before
    it; and who sends a document out by it issued that document too."""
    text, r, st, si, own_title = w.text, w.r, sen.st, sen.si, w.own_title
    issued_before = len(out)
    opens = ds + 2 if text.startswith("中共", ds) else ds  # 中共甲县委办公室…关于
    # (中共唐山市路南区委政法委员会关于…: the unit may begin after the city its district lies in)
    issuer = [o for o in w.orgs_in[si] if okey(r, o) and (o.start == opens or (
        opens + 2 <= o.start <= opens + 5 and text[o.start - 1] in "市州盟" and is_cjk(text[opens]))
        or (o.level_prefix and any(p.start == opens and p.end == o.start + 1 for p in w.m.places)))][:1]
    # (康平县委、县政府督查室关于…: the joint office begins at the county's level word)
    issuers = group_from(text, st, r, issuer[0]) if issuer else []
    if issuers and text[issuers[-1][1] : issuers[-1][1] + 8].lstrip(" 　\n").startswith("关于"):
        # 中共甲区委办公室 / 甲区人民政府办公室关于…的通知: a joint issuer on the line above the title's own
        issuers += [(a, 0) for a in _issuer_line_above(text, w, ds) if a not in {b for b, _ in issuers}]
        out += [RawRelation("issued", a, k, si, None) for a, _ in issuers if not a.startswith("?")]
        if own_title == ds or (own_title < ds and _red_header_issuers(text, r, own_title, ds)):
            # the text's own title (below its red-letter header line): who wrote the notice
            w.authors = [a for a, _ in issuers if not a.startswith("?")]
    elif own_title == ds and issuers and _OWN_YEAR.match(text, issuers[-1][1]):
        # 某县禁毒委员会2022年禁毒工作报告: the unit reporting on its own year wrote it
        out += [RawRelation("issued", a, k, si, None) for a, _ in issuers if not a.startswith("?")]
        w.authors = [a for a, _ in issuers if not a.startswith("?")]
    elif own_title == ds and (text[ds:de].startswith("关于") or "关于" not in text[ds:de]) and w.signed:
        # 关于…的通报 (某县…会议纪要) … 确山县某办公室 / 2023年6月26日: a notice signed at its end
        out += [RawRelation("issued", a, k, si, None) for a in w.signed]
        w.authors = list(w.signed)
    if not issuers and own_title < ds and (red := _red_header_issuers(text, r, own_title, ds)
                                           or _issuer_lines_over(text, w, own_title, ds)):
        # 邳州市安全生产委员会办公室文件 / 邳安办〔2022〕19号 / 关于…的通知: the header's unit wrote it
        out += [RawRelation("issued", a, k, si, None) for a in red]
        w.authors = w.authors or red
        own_title = ds
    if own_title == ds and len(out) == issued_before and (source := _source_unit(text, w, de)):
        # 甲县…名单公告 / 发布时间：… 来源：甲县河长制办公室: a page's notice, published by its source
        out += [RawRelation("issued", a, k, si, None) for a in source]
        w.authors = w.authors or source
    if own_title == ds and w.record_body:  # 茂名市委政法委会议纪要〔2021〕第6期: the body's own record
        out += [RawRelation("issued", a, k, si, None) for a in w.record_body]
    # units written right before a title are its issuers: 根据省委办公厅、省政府办公厅《…意见》
    out += [RawRelation("issued", a, k, si, None) for a in _title_owners(text, st, r, ds)]
    # 《甲关于印发〈乙方案〉的通知》: who sends the notice out issued the plan it sends
    sent_out = [r.doc_key[(d.start, d.end)] for d, o in w.inner.items()
                if o.start == ds and text[d.start - 3 : d.start - 1] in _SENDS_OUT]
    if own_title == ds:  # 关于印发《甲要点》的通知 as the text's own title: the notice sends 甲要点 out
        sent_out += [k2 for ds2, de2, k2 in st.docs if ds < ds2 and de2 <= de and k2 != k
                     and text[ds2 - 3 : ds2 - 1] in _SENDS_OUT and k2 not in sent_out]
        plain = _SENDS_OUT_BARE.search(text, ds, de)  # 关于印发甲方案的通知 … 《甲方案》: named without 《》
        if plain is not None and (plain_key := "doc:" + plain.group(1)) in r.entities \
                and plain_key not in sent_out:
            sent_out.append(plain_key)
    out += [RawRelation("issued", rel.subject, sk, si, rel.cue) for rel in out[issued_before:]
            if rel.type == "issued" and rel.object == k for sk in sent_out]


_SOURCE = re.compile(r"来源[：:][ \t　]*")


def _source_unit(text: str, w: Walk, de: int) -> list[str]:
    """The unit a page's meta line right under its title names as the source (来源：甲县河长制办公室),
    when it is no outlet."""
    line_s = text.find("\n", de) + 1
    line_e = text.find("\n", line_s)
    src = _SOURCE.search(text, line_s, line_e if line_e >= 0 else len(text)) if line_s > 0 else None
    if src is None:
        return []
    units = [o for o in w.m.orgs if o.start == src.end() and (k := okey(w.r, o)) and not k.startswith("?")
             and w.r.entities[k].subtype != "media"]
    return [okey(w.r, o) for o in units[:1]]


_RED_HEADER = re.compile(r"[ \t　]*(?:中共)?([^\n]{4,60}?)[ \t　]*文件[ \t　]*$", re.M)
# 甲县某工作领导小组办公室 / 甲办〔2021〕9号: a header line of units over its document number
_NUMBERED_HEADER = re.compile(  # (two issuers on two lines: 中共甲县委政法委员会 / 甲县公安局 / 甲政法联〔2023〕4号;
    # or the kind of paper under its unit: 甲县河长制办公室 / 督 办 函 / 甲河长办函〔2022〕23号)
    r"[ \t　]*(?:中共)?([^\n]{4,60}?(?:\n[ \t　]*[\u4e00-\u9fff][\u4e00-\u9fff 　]{1,30}){0,2})[ \t　]*"
    r"(?=\n\s*[\u4e00-\u9fff]{1,10}" + YEAR_NUMBER + ")")


def _red_header_issuers(text: str, r: Resolved, first: int, ds: int) -> list[str]:
    """The units of a red-letter header line (甲县某办公室文件) opening the text, when the title at ``ds``
    comes within two lines below it."""
    head = _RED_HEADER.match(text, first)
    if head is None and (head := _NUMBERED_HEADER.match(text, first)) is not None and (
            "关于" in head.group(1) or "《" in head.group(1) or text[text.rfind("\n", 0, ds) + 1 : ds].strip(" 　")):
        return []  # 甲办关于转发《乙方案》的通知 / 甲办发〔2021〕31号: the title line itself, no header; and
        # a header over its number issues only the title line below it, not a title cited in the text
    if head is None or sum(bool(line.strip()) for line in text[head.end() : ds].split("\n")) > 2:
        return []  # (blank lines between do not count)
    return [k for (a, b), k in r.org_key.items() if head.start(1) <= a and b <= head.end(1) and not k.startswith("?")]


def _title_designates_places(sen: Sentence, w: Walk, ds: int, de: int, out: list[RawRelation]) -> None:
    """A decision whose title designates places: 《关于对甲县和乙区挂牌整治的决定》, by the unit right
    before the title."""
    text, r, st = w.text, w.r, sen.st
    title = text[ds:de]
    if w.cue_res["designates"].search(title) and not any(n in title for n in w.neg):
        before = [o for o in st.orgs if o.end in (ds - 1, ds)]
        if before:
            # 关于对连山区钢屯镇…挂牌整治: the town, not the district it lies in (甲区乙县 side by side: both)
            next_at = {pl.start: r.place_key[(pl.start, pl.end)] for pl in st.places}
            parents = set(sen.within)
            for pl in st.places:
                held = (next_at.get(pl.end), r.place_key[(pl.start, pl.end)])
                if ds <= pl.start < de and held not in parents:
                    out.append(
                        RawRelation(
                            "designates", okey(r, before[0]), r.place_key[(pl.start, pl.end)], sen.si, "挂牌整治"
                        )
                    )


def _taken_docs(text: str, st: Sent, cue_pos: int) -> list[str]:
    """将《…》（文号）一并转发: the titles the clause's 将 takes before the cue."""
    clause_s, _ = clause_span(text, st.start, st.end, cue_pos)
    jiang = text.rfind("将", clause_s, cue_pos)
    if jiang < 0:
        return []
    return [k for ds, de, k in st.docs if jiang < ds < cue_pos and not CLAUSE_BREAK.search(text, de, cue_pos)]


# 《甲关于印发〈乙方案〉的通知》: the verbs by which a notice sends out the document titled inside its title
_SENDS_OUT = frozenset({"印发", "发布", "下发", "出台", "制定"})
_SENDS_OUT_BARE = re.compile(r"关于(?:印发|发布|下发)([^《》〈〉“”]{4,60}?)的(?:通知|决定|函)")


_OWN_YEAR = re.compile(r"\d{4}年(?:度|[上下]半年)?[^。！？\n]{0,40}(?:工作报告|工作总结|工作情况报告)")
NOTICE_OWN_ACT = re.compile(  # (三、现将…转发给你们: after its item's number too)
    r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?现(?:对|将|就|决定|予以|一并|(?=转发|印发|下发))")


_MADE = re.compile(r"制定|编制|起草|印发|出台|下发")


def _rests_on(text: str, clause_s: int, ds: int) -> bool:
    """Whether the title at ``ds`` is what something rests on (依据甲办《乙意见》), not a document made
    after the basis word (依据《甲条例》牵头编制的《乙方案》)."""
    if _CARRIED_OUT.search(text, max(clause_s, ds - 6), ds):
        return True  # 为深入贯彻落实《甲方案》: what the text carries out
    basis = [m.end() for m in BASIS_WORD.finditer(text, clause_s, ds)]
    return bool(basis) and _MADE.search(text, basis[-1], ds) is None


_CARRIED_OUT = re.compile(r"(?:贯彻落实|贯彻|落实)好?《$")


_GIVEN_TO_YOU = re.compile(r"(?:给|至)(?:你们|各单位|你单位|你局)")


def _same_sentence_part(text: str, cue_pos: int, ds: int) -> bool:
    return not any(c in text[cue_pos:ds] for c in "。；;\n")


_COUNTED_BEFORE_TITLE = re.compile(r"等(?:[0-9一二三四五六七八九十]+个?)?(?:部门|单位)《$")


def _title_owners(text: str, st: Sent, r: Resolved, ds: int) -> list[str]:
    """The units listed right before a 《title》 (甲、乙《…》), media outlets excepted."""
    owners: list[str] = []
    end = ds - 1
    if (counted := _COUNTED_BEFORE_TITLE.search(text, max(0, ds - 12), ds)) is not None:
        end = counted.start()  # 省委组织部、省农业农村厅等4部门《…》: the units named before the count
    for o in reversed(st.orgs):
        if o.end != end or text[end : end + 1] not in "《、和及与等" or o in st.posts:
            continue
        k = okey(r, o)
        if not k or k.startswith("?") or r.entities[k].subtype == "media":
            break
        owners.insert(0, k)
        end = o.start - 1
    return owners if text[ds - 1 : ds] == "《" else []


# the text's author speaking of itself (我局, 本委, 我办) or of its own text (随本通知印发)
_WE = re.compile(r"(?:我|本)(?:局|委|办|厅|部|室|院|中心)(?![长主])|随本(?:通知|文件|意见)")


_THAT_DOC = re.compile(rf"(?:该|此|上述)(?:{_DOC_KINDS})")
_THAT_NOTICE = re.compile(r"(?:该|此|上述)(通知|通报|意见|方案)")
_ON_BEHALF = re.compile(r"代表([^，,。；;]{1,14}?政府)[，,]?向(?:大会|各位代表)")
