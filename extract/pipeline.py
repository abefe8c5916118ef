"""The extraction pipeline: Document -> Extraction.

    normalise (view with offsets) -> sentences -> token boundaries -> mentions
    -> resolution (canonical names, homonyms, abbreviations) -> relations

>>> from extract.records import Document
>>> ex = extract(Document("d", "阜平县平阳镇由县公安局包点督办。"))
>>> sorted((r.type, r.subject, r.object) for r in ex.relations if r.type != "jurisdiction")
[('supervises', 'org:阜平县公安局', 'place:130624102'), ('within', 'place:130624102', 'place:130624')]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from extract.clauses import RawRelation
from extract.founding import SHORT_NAME
from extract.lexicon import load
from extract.mentions import Mentions
from extract.normalize import DroppedBlanks, View, make_view, split_sentences
from extract.orgs import find_orgs
from extract.people import find_people
from extract.places import find_places
from extract.records import Document, Entity, Extraction, Mention, Relation, Sentence
from extract.relations import extract_relations
from extract.resolve import EntityDraft, Resolved, body_key, party_departments, resolve
from extract.segment import boundaries
from extract.streams import stream_tables
from extract.titles import find_docs

#: Written into every document's graph: a store rebuilds a document built by another version.
#: Bump it whenever the rules or the graph shape (kg.build) change what a text gives.
VERSION = "0.2.41"


def extract(doc: Document) -> Extraction:
    """Extract entities and relations, every one traceable to its sentence."""
    view = make_view(doc.text)
    text = view.text
    spans = _trimmed(split_sentences(view), text)
    bounds = boundaries(text)
    places = find_places(text, bounds)
    orgs = find_orgs(text, bounds, places)
    m = Mentions(places, orgs, find_docs(text), [])
    m.people = find_people(text, bounds, orgs, places, DroppedBlanks(doc.text, view))
    r = resolve(text, m, doc.id)
    _short_names(text, m, r)
    _offices_of_named_groups(r)
    _groups_of_named_offices(r)
    _short_offices(r)
    _offices_of_short_names(r)
    _groups_named_by_kind(r)
    _stationed_teams(text, m, r)
    _abbreviated_groups(r)
    _district_police_branches(r)
    raw = [_moved_on(x, r) for x in extract_relations(text, spans, m, r)]
    starts = [s for s, _ in spans]
    _bureaus_of_branches(r)
    raw += _structural(text, starts, m, r)
    raw += stream_tables(text, starts, m, r)
    raw = _housed_offices(text, starts, m, r, raw)
    # 甲办关于成立乙指挥部的通知 … 经县政府研究，决定成立乙指挥部: the body names who founds it, not the title
    founded_in_body = {x.object for x in raw if x.type == "established" and x.sent > 0}
    raw = [x for x in raw if not (x.type == "established" and x.sent == 0 and x.object in founded_in_body)]
    placed = {x.subject for x in raw if x.type == "within" and x.cue != "gazetteer"}
    raw = [x for x in raw if not (x.cue == "gazetteer" and x.subject in placed)]  # the text wins
    sentences = [_sentence(doc, view, i, s, e) for i, (s, e) in enumerate(spans)]
    stated = {(x.subject, x.object) for x in raw if x.type == "within" and x.cue != "gazetteer"}
    entities = _entities(doc, view, starts, r, m, stated)
    keys = {e.key for e in entities}
    relations = []
    seen = set()
    owners = {x.subject: x.object for x in raw if x.type == "part_of"}
    founders: dict[str, set[str]] = {}
    for x in raw:
        if x.type == "established":
            founders.setdefault(x.object, set()).add(x.subject)
    for x in raw:
        if x.subject not in keys or x.object not in keys or x.subject == x.object or _own_area(x, r) \
                or _above_own_area(x, r):
            continue
        if x.type != "part_of" and (x.subject in r.sent_out or x.object in r.sent_out) \
                and not (x.type == "established" and x.object in r.founded):
            continue  # a group sent out is named, its sender and lead act (and only 组建 sets it up)
        if x.type in ("supervises", "designates") and r.entities[x.subject].name.endswith(_AD_HOC_GROUPS):
            # 自治区第二生态环境保护督察组进驻桂林市: an ad-hoc group visits, its lead or sender oversees; but a
            # group named after an office (市禁毒办督导组深入甲镇督导) is the office's own (a committee's or a
            # department's group visits for them, and annotators credit its lead, measured on the probe set)
            owner = r.entities.get(owners.get(x.subject, ""))
            founder = next(iter(founders.get(x.subject, ())), "") if len(founders.get(x.subject, ())) == 1 else ""
            if founder in keys and owner is None:
                # 岩头镇人民政府已成立…督导组，对溪口村实行每周督导: the one unit that set the group up oversees
                x = RawRelation(x.type, founder, x.object, x.sent, x.cue)
            elif owner is None or owner.subtype not in ("office", "department") \
                    or not r.entities[x.subject].name.startswith(owner.name) \
                    or owner.key not in keys:
                continue
            else:
                x = RawRelation(x.type, owner.key, x.object, x.sent, x.cue)
        ident = (x.type, x.subject, x.object)
        if ident in seen:
            continue
        seen.add(ident)
        sent = sentences[x.sent]
        relations.append(Relation(x.type, x.subject, x.object, x.sent, sent.text, sent.start, sent.end, x.cue))
    return Extraction(doc, tuple(sentences), tuple(entities), tuple(relations), VERSION)


# inspection groups sent for a while; a party inspection team (巡察组) is a standing body and acts
_AD_HOC_GROUPS = ("督查组", "督导组", "督察组", "暗访组", "检查组", "考核组", "巡查组", "工作组")
_HOUSED_IN = re.compile(r"[（(]?设在")
_GROUP_OFFICE = re.compile(r"(?:领导小组|指挥部|委员会|委|工作组|专班|总队|(?<!人)防)(?:办公室|办)$")  # 防办: 防指's


def _housed_offices(text: str, starts: list[int], m: Mentions, r: Resolved, raw: list[RawRelation]
                    ) -> list[RawRelation]:
    """县河长制办公室设在县水利局: an office housed in a bureau is part of it, when the text gives it no
    other parent (a 领导小组办公室 housed in a bureau stays the group's office)."""
    parented = {x.subject for x in raw if x.type == "part_of"}
    out = list(raw)
    for o in m.orgs:
        k = r.org_key.get((o.start, o.end), "")
        e = r.entities.get(k)
        housed = _HOUSED_IN.match(text, o.end)
        if e is None or k in parented or e.subtype != "office" or housed is None:
            continue
        if _GROUP_OFFICE.search(e.name) or text[o.start : o.end] in ("办公室", "办"):
            continue  # 领导小组办公室, 指挥部办公室, 禁毒委办公室: the group's office, wherever it sits;
            # a bare 办公室 (…下设办公室，办公室设在…) is the office just named, not one to re-home
        at = housed.end()
        host = next((h for h in m.orgs if at <= h.start <= at + 1), None)
        hk = r.org_key.get((host.start, host.end), "") if host else ""
        if hk in r.entities and hk != k:
            out.append(RawRelation("part_of", k, hk, _sent_of(starts, o.start), "设在"))
            parented.add(k)
    return out


def _above_own_area(x: RawRelation, r: Resolved) -> bool:
    """A unit said to oversee a province or prefecture holding its own area (县委 -> 福建省, read from
    …督察进驻福建以来，县委、县政府…): no unit oversees the area above its own."""
    if x.type not in ("supervises", "designates"):
        return False
    subject, target = r.entities.get(x.subject), r.entities.get(x.object)
    home = r.entities.get(subject.jurisdiction or "") if subject is not None else None
    if home is None or target is None or not home.code or not target.code or home.key == target.key \
            or target.subtype not in ("province", "prefecture"):
        return False
    stem = target.code[:2] if target.subtype == "province" else target.code[:4]
    return home.code.startswith(stem) and len(home.code.rstrip("0")) > len(stem)


def _moved_on(x: RawRelation, r: Resolved) -> RawRelation:
    """``x`` with a unit folded into another after it was said (a group rehomed to its founders' town
    in the sentence that names it acting) named by the key it now has."""
    subject, obj = r.moved.get(x.subject, x.subject), r.moved.get(x.object, x.object)
    return x if (subject, obj) == (x.subject, x.object) else replace(x, subject=subject, object=obj)


def _own_area(x: RawRelation, r: Resolved) -> bool:
    """A unit said to oversee the area it governs (县市场监管局…对全县学校开展检查) is doing its job, not
    pairing with a place; only a duty label naming the place's own government (责任单位：甲镇人民政府)
    names that on purpose (联系单位为县水利局 for a county's river does not)."""
    subject = r.entities.get(x.subject)
    return (x.type == "supervises" and subject is not None and subject.jurisdiction == x.object
            and not ((x.cue or "").endswith("单位") and subject.name.endswith(_OWN_GOVERNMENTS)))


_OWN_GOVERNMENTS = ("政府", "党委", "党工委", "办事处")


def _trimmed(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        while s < e and text[s] in " \n|":
            s += 1
        while e > s and text[e - 1] in " \n|":
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _sentence(doc: Document, view: View, i: int, s: int, e: int) -> Sentence:
    a, b = view.span(s, e)
    return Sentence(i, a, b, doc.text[a:b])


def _sent_of(starts: list[int], pos: int) -> int:
    """Index of the sentence holding view position pos (the one before it, between sentences),
    given where the sentences start."""
    return max(0, bisect.bisect_right(starts, pos) - 1)


_GROUP_BODIES = ("领导小组", "指挥部", "联席会议", "工作专班", "专班", "工作总队", "总队")
_GROUP_OFFICES = tuple(b + "办公室" for b in _GROUP_BODIES)
#: (工作组办公室 after 成立甲县学生防溺水专项工作组: the office of the one 工作组 named, too)
_NAMED_GROUP_BODIES = (*_GROUP_BODIES, "工作组")


def _offices_of_named_groups(r: Resolved) -> None:
    """领导小组办公室 after 成立甲县东西部协作工作领导小组 is that group's office: when the office's
    name is only its place and the group's body, and exactly one named group of that body shares the
    place, the office takes the group's name (and keeps what was written as an alias)."""
    for key, e in list(r.entities.items()):
        body = next((b for b in _NAMED_GROUP_BODIES if e.type == "organization" and e.name.endswith(b + "办公室")),
                    None)
        if body is None:
            continue
        prefix = e.name[: -len(body + "办公室")]
        groups = _longer_groups(r, prefix, body, len(prefix + body))
        place = r.entities.get(e.jurisdiction or "")
        if not groups and place is not None and prefix.startswith(place.name) and len(prefix) - len(place.name) >= 3:
            # 县防返贫监测帮扶领导小组办公室 beside 县防止返贫监测帮扶工作领导小组: the office shortens the group's name
            middle = prefix[len(place.name) :]
            groups = [g for g in _longer_groups(r, place.name, body, len(place.name + middle + body))
                      if _abbreviates(middle, g.name[len(place.name) : -len(body)])]
        if len(groups) != 1:
            continue
        name = groups[0].name + "办公室"
        office = r.entities.get("org:" + name) or r.add(
            EntityDraft("org:" + name, "organization", name, subtype="office", jurisdiction=e.jurisdiction))
        office.alias(e.name)
        r.move(key, office)


def _longer_groups(r: Resolved, head: str, body: str, shortest: int) -> list[EntityDraft]:
    """The units whose names open with ``head``, end with the group body ``body`` and run longer than
    ``shortest`` characters."""
    return [g for g in r.entities.values() if g.type == "organization" and g.name.endswith(body)
            and g.name.startswith(head) and len(g.name) > shortest]


_KIND_SHORT = {"联席办": "联席会议办公室"}  # 县联席办: the joint conference's office


def _stationed_teams(text: str, m: Mentions, r: Resolved) -> None:
    """县财政局驻锦屏县平秋镇魁胆村工作队: a unit's team in a village is named for both (锦屏县财政局驻魁胆村工作队),
    not for the village alone; the words as written stay a name of it."""
    if "驻" not in text:
        return
    unit_at_end = {o.end: o for o in m.orgs}
    place_at_end = {p.end: p for p in m.places}
    for o in m.orgs:
        if not o.body.endswith("工作队") or not o.prefix_places:
            continue
        village, pos = o.prefix_places[-1], o.start
        while pos in place_at_end:  # the village's county and town before it
            pos = place_at_end[pos].start
        unit = unit_at_end.get(pos - 1) if text[pos - 1 : pos] == "驻" else None
        team = r.entities.get(r.org_key.get((o.start, o.end), ""))
        owner = r.entities.get(r.org_key.get((unit.start, unit.end), "")) if unit is not None else None
        place = r.entities.get(r.place_key.get((village.start, village.end), ""))
        if unit is None or team is None or owner is None or place is None or place.subtype != "village":
            continue
        old = team.name
        team.name = f"{owner.name}驻{place.name}{o.body}"
        team.alias(old, text[unit.start : o.end])


def _groups_named_by_kind(r: Resolved) -> None:
    """县联席会议, 县联席办 beside 忠县打击治理…工作联席会议(办公室): a group, or its office, named only by its
    place and its kind is the one group of that kind the text names in full in that place."""
    for key, e in list(r.entities.items()):
        place = r.entities.get(e.jurisdiction or "")
        if e.type != "organization" or place is None or key not in r.entities:
            continue
        kind = next((e.name[len(p) :] for p in (place.name, *place.aliases) if e.name.startswith(p)), "")
        kind = _KIND_SHORT.get(kind, kind)
        if kind not in _GROUP_BODIES and kind not in _GROUP_OFFICES:
            continue
        full = [f for f in r.entities.values() if f is not e and f.type == "organization"
                and f.jurisdiction == e.jurisdiction and f.name.endswith(kind) and len(f.name) > len(e.name) + 1]
        if len(full) == 1:
            full[0].alias(e.name)
            r.move(key, full[0])


def _short_names(text: str, m: Mentions, r: Resolved) -> None:
    """县防汛抗旱指挥部（以下简称县防指）: the short name the note gives is the unit's, wherever used."""
    starts = {q.start: q for q in m.orgs}
    for o in m.orgs:
        # 县“访惠聚”驻村工作领导小组办公室（县“访惠聚”办）: a unit in brackets right after it, written short
        note = SHORT_NAME.match(text, o.end) or _BRACKETED.match(text, o.end)
        short = starts.get(note.start(1)) if note is not None else None
        if short is None:
            continue
        key, short_key = r.org_key.get((o.start, o.end), ""), r.org_key.get((short.start, short.end), "")
        if key in r.entities and short_key in r.entities and key != short_key \
                and _abbreviates(short.body, o.body):  # 设在县农业农村局（以下简称县禁捕办）: the office's name
            r.move(short_key, r.entities[key])


_BRACKETED = re.compile(r"[（(]()(?=[^（）()]{2,12}[）)])")
_GROUP_OFFICE_NAME = re.compile(r"(?:指挥部|领导小组|委员会)办公室$")


def _short_offices(r: Resolved) -> None:
    """市防办 beside 市防汛抗旱指挥部办公室: a group's office written short (its body's characters in
    order, 办 for 办公室) is the one the text names in full in the same place."""
    offices = [e for e in r.entities.values() if e.type == "organization" and e.subtype == "office"]
    for e in offices:
        place = r.entities.get(e.jurisdiction or "")
        prefix = place.name if place is not None else None
        if prefix is None or not e.name.startswith(prefix) or not e.name.endswith("办") or e.key not in r.entities \
                or _office_owner(e.key, r) is not None:
            continue  # (县禁毒办 beside 县禁毒委 is that committee's office, whatever other office is named)
        core = e.name[len(prefix) : -1]
        full = [f for f in offices if f is not e and f.jurisdiction == e.jurisdiction and f.key in r.entities
                and _GROUP_OFFICE_NAME.search(f.name) and f.name.startswith(prefix + core[:1])
                and 1 <= len(core) <= 3 and _abbreviates(core, f.name[len(prefix) : -3])]
        if len(full) == 1:
            full[0].alias(e.name)
            r.move(e.key, full[0])


def _offices_of_short_names(r: Resolved) -> None:
    """县防指办公室 beside 县防汛抗旱指挥部办公室, once 县防指 is that headquarters' short name: one office."""
    for e in [e for e in r.entities.values() if e.type == "organization" and e.key.endswith("办公室")]:
        owner = r.entities.get(r.moved.get(e.key[: -len("办公室")], ""))  # 县防指, folded into its full name
        if owner is None or e.key not in r.entities or owner.jurisdiction != e.jurisdiction:
            continue
        name = owner.name + "办公室"
        full = r.entities.get("org:" + name) or r.add(
            EntityDraft("org:" + name, "organization", name, subtype="office", jurisdiction=e.jurisdiction))
        if full is not e:
            full.alias(e.name)
            r.move(e.key, full)


_GROUP_KIND_CHAR = {"指挥部": "指", "领导小组": "组", "委员会": "委"}  # 防指, 禁毒组, 环委: the kind's character


def _abbreviated_groups(r: Resolved) -> None:
    """县防指 and 县防办 beside 通山县防汛抗旱指挥部, its office unnamed: a short name whose characters
    run in order through the name of the one group of that place (ending in its kind's character: 指
    for 指挥部) is that group; with 办 for 办公室 (防办: 防 of 防汛抗旱指挥部) it is the group's office."""
    kinds = tuple(_GROUP_KIND_CHAR)
    groups = [g for g in r.entities.values() if g.type == "organization" and g.name.endswith(kinds)]
    for key, e in list(r.entities.items()):
        place = r.entities.get(e.jurisdiction or "")
        if e.type != "organization" or place is None or key not in r.entities or e.name.endswith(kinds):
            continue
        core = next((e.name[len(p) :] for p in (place.name, *place.aliases) if e.name.startswith(p)), "")
        office = core.endswith("办") and _office_owner(key, r) is None
        short = core[:-1] if office else core
        if not 1 <= len(short) <= 3 or (len(short) == 1 and not office):
            continue
        full = [g for g in groups if g.key in r.entities and g is not e and g.jurisdiction == e.jurisdiction
                and _short_for(short, g.name, place.name, office)]
        if len(full) != 1:
            continue
        target = full[0]
        if office:
            name = target.name + "办公室"
            target = r.entities.get(r.moved.get("org:" + name, "org:" + name)) or r.add(
                EntityDraft("org:" + name, "organization", name, subtype="office", jurisdiction=e.jurisdiction))
        if target is not e:
            target.alias(e.name)
            r.move(key, target)


def _short_for(short: str, group: str, prefix: str, office: bool) -> bool:
    """Whether ``short`` (防指, or 防 of 防办) abbreviates the group named ``group`` in place ``prefix``:
    its first character opens the name, all run through it in order, and a group's own short name ends
    in its kind's character."""
    rest = group[len(prefix) :] if group.startswith(prefix) else ""
    kind = next(k for k in _GROUP_KIND_CHAR if group.endswith(k))
    return bool(rest) and rest.startswith(short[0]) and (office or short[-1] == _GROUP_KIND_CHAR[kind]) \
        and _abbreviates(short, rest)


def _district_police_branches(r: Resolved) -> None:
    """滨城公安分局, 鼓楼区公安分局: a district's police is a branch of its city's bureau, named
    市公安局 + the district's short name + 分局 (滨州市公安局滨城分局); the text's forms stay aliases."""
    for key, e in list(r.entities.items()):
        if e.type != "organization" or not e.name.endswith("公安分局") or key not in r.entities:
            continue
        found = _branch_district(e, r)
        city = r.entities.get(found.parent or "") if found is not None else None
        if found is None or city is None or city.type != "place":
            continue
        name = city.name + "公安局" + found.name[:-1] + "分局"
        branch = r.entities.get("org:" + name) or r.add(
            EntityDraft("org:" + name, "organization", name, subtype=e.subtype, jurisdiction=city.key))
        if branch is not e:
            branch.alias(e.name)
            r.move(key, branch)


def _branch_district(e: EntityDraft, r: Resolved) -> EntityDraft | None:
    """The district a 公安分局 serves: its jurisdiction (鼓楼区公安分局), or the district of the text
    its name opens with, less 区 (滨城公安分局, 滨州市滨城公安分局)."""
    place = r.entities.get(e.jurisdiction or "")
    if place is not None and place.type != "place":
        return None
    if place is None:
        area = e.name[: -len("公安分局")]
    elif place.subtype == "district" and e.name == place.name + "公安分局":
        return place
    elif e.name.startswith(place.name):
        area = e.name[len(place.name) : -len("公安分局")]
    else:
        return None
    return next((d for d in r.entities.values() if d.type == "place" and d.subtype == "district"
                 and area and d.name == area + "区" and (place is None or d.parent == place.key)), None)


def _abbreviates(short: str, full: str) -> bool:
    """Whether ``short`` takes its characters from ``full`` in order (防指 of 防汛抗旱指挥部)."""
    rest = iter(full)
    return all(c in rest for c in short)


def _groups_of_named_offices(r: Resolved) -> None:
    """甲县长江禁捕退捕工作领导小组办公室 names its group in full: the group is a unit of the text too
    (its mention is the office's, less 办公室), so the office can be part of it."""
    for e in [e for e in r.entities.values() if e.type == "organization" and e.subtype == "office"]:
        if not e.name.endswith(_GROUP_OFFICES) or len(e.name) < 10:
            continue
        name = e.name[: -len("办公室")]
        spans = [(s, t - 3) for s, t in e.spans if r.text[t - 3 : t] == "办公室"]
        group = r.entities.get("org:" + name)
        if group is None and spans and not _place_only(name, r):
            group = r.add(EntityDraft("org:" + name, "organization", name, subtype="taskforce",
                                      jurisdiction=e.jurisdiction))
            group.spans.extend(spans)
        if group is not None:
            # 中共梅州市委农村工作领导小组办公室, read as a unit of the 市委: the group is, the office is the group's
            r.part_of[:] = [(group.key if c == e.key and _names_a_part(r, p, group.name) else c, p, pos)
                            for c, p, pos in r.part_of]


def _names_a_part(r: Resolved, parent: str, name: str) -> bool:
    """Whether ``name`` (a group's) opens with the name of unit ``parent`` and goes on: 梅州市委 and
    梅州市委农村工作领导小组."""
    p = r.entities.get(parent)
    return p is not None and name.startswith(p.name) and len(name) > len(p.name)


def _place_only(name: str, r: Resolved) -> bool:
    """Whether ``name`` is a place and a bare group body (甲县领导小组): too little to name a group."""
    return any(name == p.name + b for p in r.entities.values() if p.type == "place" for b in _GROUP_BODIES)


def _stations_of_bureaus(r: Resolved, starts: list[int]) -> list[RawRelation]:
    """兴国派出所 in a text naming 县公安局: the station is the bureau's, the one of its place (the
    station kinds and their bureaus: org_bodies.json's station_bureaus)."""
    out = []
    units = [e for e in r.entities.values() if e.type == "organization"]
    parented = {c for c, _, _ in r.part_of}
    stations = load("org_bodies.json")["station_bureaus"]
    for e in units:
        kind = next((tuple(bureaus) for station, bureaus in stations.items() if e.name.endswith(station)), None)
        if kind is None or e.key in parented or not e.spans or any(b in e.name for b in kind) \
                or e.name.endswith("边境派出所"):
            continue  # (a border station is the border police's, not the county bureau's)
        owners = [b for b in units if b.jurisdiction == e.jurisdiction and b.name.endswith(kind)]
        if len(owners) == 1:
            out.append(RawRelation("part_of", e.key, owners[0].key, _sent_of(starts, min(e.spans)[0]), None))
    return out


def _bureaus_of_branches(r: Resolved) -> None:
    """市生态环境局乙分局 is a branch of the city's bureau its name holds: that bureau is one of the text's,
    even where the text never names it on its own (annotators list it; measured: the offices of a
    government or party committee named the same way are listed with their owner about as often as
    not, so they are left). Its mentions are the part of the branch's mentions before the branch."""
    for e in [e for e in r.entities.values() if e.type == "organization"]:
        m = _BRANCH.match(e.name)  # (the bureau a branch's name is built on: 甲市生态环境局|乙分局)
        if m is None or not e.name.endswith("分局"):
            continue
        owner = m.group(1)
        key = "org:" + body_key(owner)  # (the key a mention of it would take)
        if key in r.entities or r.moved.get(key) in r.entities \
                or any(owner == x.name or owner in x.aliases for x in r.entities.values()):
            continue
        found = [(s, r.text.rfind("局", s, t - 2) + 1) for s, t in e.spans
                 if r.text[s:t].endswith("分局") and r.text.rfind("局", s, t - 2) > s]
        if not found:
            continue
        places = [p for p in r.entities.values() if p.type == "place" and owner.startswith(p.name)]
        where = max(places, key=lambda p: len(p.name)).key if places else None
        r.add(EntityDraft(key, "organization", owner, subtype="department", jurisdiction=where)).spans.extend(found)


def _office_owner(key: str, r: Resolved) -> str | None:
    """The unit an office belongs to, when the text names it: 县禁毒办 -> 县禁毒委, 县委办公室 -> 县委."""
    for suffix in ("办公室", "办公厅", "办"):
        if key.endswith(suffix):
            base = key[: -len(suffix)]
            found = [c for c in (base, base + "委", base + "会") if c in r.entities and c != key]
            # 市专班 folded into its full name (see _short_names) still owns 专班办公室, in the same place
            found += [m for c in (base, base + "委", base + "会") if (m := r.moved.get(c)) in r.entities
                      and m != key and r.entities[m].jurisdiction == r.entities[key].jurisdiction]
            return found[0] if found else None
    return None


def _structural(text: str, starts: list[int], m: Mentions, r: Resolved) -> list[RawRelation]:
    """Facts carried by the names themselves: sub-units, offices of committees, jurisdictions, heads."""
    out = [RawRelation("part_of", c, p, _sent_of(starts, pos), None) for c, p, pos in r.part_of]
    depts = party_departments()
    for o in m.orgs:
        k = r.org_key.get((o.start, o.end), "")
        e = r.entities.get(k)
        if e is None:
            continue
        si = _sent_of(starts, o.start)
        if e.jurisdiction and e.jurisdiction in r.entities:
            out.append(RawRelation("jurisdiction", k, e.jurisdiction, si, None))
        # 州上政法委 belongs to the 州委 of the same place, when the text names that committee
        if o.body in depts and e.name.endswith(o.body):
            party = "org:" + e.name[: -len(o.body)] + "委"
            if party in r.entities and party != k:
                out.append(RawRelation("part_of", k, party, si, None))
        # an office of a body named in the same text: X委办 / X委办公室 / X政府办公厅 -> X委, X政府
        owner = _office_owner(k, r) if e.subtype in ("office", "taskforce", "committee") else None
        if owner is not None:
            out.append(RawRelation("part_of", k, owner, si, None))
        # 市生态环境局淅川分局 (县公安局古市派出所) is a branch of 市生态环境局, when the text names that
        # bureau on its own
        branch = _BRANCH.match(e.name)
        if branch and (parent := "org:" + branch.group(1)) in r.entities and parent != k:
            out.append(RawRelation("part_of", k, parent, si, None))
    out += _stations_of_bureaus(r, starts)
    # a place's parent from the gazetteer, when the text names the parent too: world knowledge the
    # text implies (东X县 … X州), kept apart from stated containment by its cue
    for d in list(r.entities.values()):
        if d.type == "place" and d.parent in r.entities and d.spans:
            out.append(RawRelation("within", d.key, d.parent, _sent_of(starts, min(d.spans)[0]), "gazetteer"))
    for p in m.people:
        if p.post_org is not None:
            ok = r.org_key.get((p.post_org.start, p.post_org.end), "")
            heads = (
                p.post
                and not p.post.startswith("副")
                and ("书记" in p.post or p.post.endswith("长") or "主任" in p.post)
            )
            if ok and heads:
                out.append(RawRelation("head_of", "person:" + p.name, ok, _sent_of(starts, p.start), p.post))
    return out


_BRANCH = re.compile(r"(.+?局)[^局]{2,6}(?:分局|派出所)$")


def _entities(
    doc: Document,
    view: View,
    starts: list[int],
    r: Resolved,
    m: Mentions,
    stated_within: set[tuple[str, str]],
) -> list[Entity]:
    out: list[Entity] = []
    drafts: list[EntityDraft] = list(r.entities.values())
    for d in drafts:
        if d.key.startswith("?"):
            continue
        mentions = tuple(_mention(doc, view, starts, s, e) for s, e in sorted(set(d.spans)))
        # the gazetteer's parent, when the text names it too: world knowledge, marked unstated
        parent = d.parent if d.parent in r.entities else None
        stated = parent is not None and (d.key, parent) in stated_within
        # surface forms exactly as written (traditional script, inner blanks) are names too
        aliases = list(dict.fromkeys([*d.aliases, *(mt.text for mt in mentions if mt.text != d.name)]))
        out.append(
            Entity(
                d.key,
                d.type,
                d.name,
                tuple(aliases),
                d.subtype,
                d.jurisdiction,
                parent if stated else None,
                stated,
                d.code,
                mentions,
            )
        )
    seen: set[str] = set()
    for p in m.people:
        key = "person:" + p.name
        if key in seen:
            continue
        seen.add(key)
        out.append(Entity(key, "person", p.name, (), p.post, mentions=(_mention(doc, view, starts, p.start, p.end),)))
    return out


def _mention(doc: Document, view: View, starts: list[int], s: int, e: int) -> Mention:
    a, b = view.span(s, e)
    return Mention(doc.text[a:b], a, b, _sent_of(starts, s))
