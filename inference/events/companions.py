"""Companion lines ("Tháp tùng Tổng thống X có …", "Cùng đi với đoàn có …"): whom they
accompany, so that their people join that visit, welcome and farewell.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import person_of


# "Cùng đi với đoàn có …", "Cùng dự có …": people who go along with an occasion; before any
# event is stated (an article that opens with them) they wait for the first one.
GOES_ALONG = re.compile(r"[\W\d]*cùng\s+(?:đi|dự|tham\s+dự|tham\s+gia)\b[^.]{0,150}?\bcó\b", re.I)


# "Tháp tùng Tổng thống X có …", "Về phía Hàn Quốc, tháp tùng Tổng thống có …", "Cùng đi với
# Thủ tướng X có …", "Cùng tham dự các hoạt động với Bộ trưởng X có …": those listed go along
# with X on the trip, not to one meeting only. "Tham gia đoàn công tác có …" (with or without
# "cùng") lists the delegation's members, who go along to each place of its trip.
COMPANIONS = re.compile(r"[\W\d]*(?:(?:về\s+)?phía\s+[^,.:;]{1,60},\s*)?(?:tháp tùng|cùng đi|"
                        r"(?:cùng\s+)?tham gia\s+(?:phái\s+)?đoàn|"
                        r"cùng tham dự các hoạt động)\b(?P<whom>[^.:;]{0,120}?)\bcó\b", re.I)


# The trip itself and its arrival and departure: what a companion goes along on.
TRIP_TYPES = ("visit", "welcome", "farewell")


def accompanied(art: Article, sent: tuple[int, int], last: Draft) -> list[Draft]:
    """The events a companion line ("Tháp tùng X có A; B") adds its people to besides the
    last one: the trip events so far of the person accompanied (the visit and its welcome;
    the talks X held are X's own). A line that names only the delegation ("Cùng tham gia
    Đoàn tỉnh A có …") after a trip event goes along with that trip's visitor."""
    m = COMPANIONS.match(art.text, sent[0])
    if m is None:
        return []
    whom = art.people_in(m.start("whom"), m.end("whom"))
    if not whom and last.type in TRIP_TYPES and last.people:
        whom = last.people[:1]
    return [d for d in art.drafts if whom and d is not last and d.type in TRIP_TYPES
            and d.has(whom[0])]


# "Thủ tướng A, Phu nhân B và Đoàn …", "Tổng Bí thư A và phu nhân B", "bà A, Toàn quyền X và
# phu quân của bà là ông B": the spouse named with a traveller, after the traveller's titles
# too, travels with that person (GUIDELINES §2: every named person who took part).
SPOUSE_BESIDE = re.compile(r"\s*,\s*(?:phu nhân|phu quân)\s+|"
                           r"(?:\s*,[^,.;()]{0,60})?\s+(?:và|cùng)\s+(?:phu nhân|phu quân)"
                           r"(?:\s+của\s+(?:ông|bà|ngài))?(?:\s+là)?\s+(?:(?:ông|bà|ngài)\s+)?", re.I)


def add_travelling_spouses(art: Article) -> None:
    """Adds to each visit the spouse listed right after its visitor (its first person; a
    host's spouse stays home) anywhere in the article: the spouse goes along on the trip,
    though the visit's own sentence may only say "Thủ tướng và Phu nhân" or name the spouse
    in an arrival line that states no trigger."""
    pers = sorted((s for s in art.ents if s.label == "PER"), key=lambda s: s.start)
    for d in art.drafts:
        if d.type != "visit":
            continue
        spouses = []
        for m in d.people[0].mentions if d.people else []:
            nxt = next((s for s in pers if s.start >= m.end), None)
            if nxt is not None and SPOUSE_BESIDE.fullmatch(art.text, m.end, nxt.start):
                spouse = person_of(nxt, art.people)
                if spouse is not None:
                    spouses.append(spouse)
        d.add_people(spouses)


# "phu nhân", "phu quân" right before a name: the person is written as someone's spouse.
SPOUSE_BEFORE = re.compile(r"(?:phu nhân|phu quân)\s*$", re.I)


def written_as_spouse(text: str, person: Person) -> bool:
    """Whether the article names the person as someone's spouse ("Chủ tịch A và phu nhân B"):
    a spouse goes along to the welcome and the visit, but is none of "hai lãnh đạo", "hai
    bên" who then hold talks or sign (annotators never name a spouse there)."""
    return any(SPOUSE_BEFORE.search(text, max(0, m.start - 12), m.start) for m in person.mentions)


# "Cùng tham dự các hoạt động với Bộ trưởng X có …": those listed take part in all that X does
# on the trip, the meetings included.
ALL_ACTIVITIES = re.compile(r"cùng\s+tham\s+(?:dự|gia)\s+(?:các|mọi)\s+hoạt\s+động\s+(?:với|cùng)\s+"
                            r"(?P<whom>[^.:;]{1,120}?)\bcó\b(?P<who>[^.]*)", re.I)


def add_companions_of_all_activities(art: Article) -> None:
    """Adds the people of "Cùng tham dự các hoạt động với X có A, B" to every event X takes
    part in: the line says they go along to all of X's activities, not to one meeting."""
    for m in ALL_ACTIVITIES.finditer(art.text):
        whom = art.people_in(m.start("whom"), m.end("whom"))
        who = art.people_in(m.start("who"), m.end("who"))
        if not whom or not who:
            continue
        for d in art.drafts:
            if d.has(whom[0]):
                d.add_people(who)


# "Thay mặt tỉnh A, ông X cảm ơn bà Y cùng đoàn đến thăm", "…, Tỉnh trưởng X bày tỏ vui mừng
# được đón tiếp đoàn … đến thăm": the host who speaks for his side thanks or greets the guests
# for that very visit, so he took part in it (not a speaker at some later occasion).
THANKS_FOR_VISIT = re.compile(r"\bthay mặt\b[^.;:]{0,200}?,\s*(?P<host>[^.;:]{0,120}?)"
                              r"\b(?:cảm ơn|cám ơn|vui mừng|chào mừng|hoan nghênh)\b"
                              r"(?P<guests>[^.;]{0,200}?)\b(?:đến|sang|tới)\s+thăm\b", re.I)


def add_hosts_thanking_for_visits(art: Article, sents: Sequence[tuple[int, int]]) -> None:
    """Adds the host of "Thay mặt …, X cảm ơn Y … đến thăm" to Y's visits, or, when the guests
    are named only as a delegation, to the last visit told before the sentence. A host who
    already receives or meets the guests in an event of his own takes part in that one
    (annotators leave the visit to the guests then)."""
    for start, end in sents:
        m = THANKS_FOR_VISIT.search(art.text, start, end)
        if m is None:
            continue
        host = art.people_in(m.start("host"), m.end("host"))
        guests = art.people_in(m.start("guests"), m.end("guests"))
        if not host or any(d.has(host[0]) for d in art.drafts):
            continue
        visits = [d for d in art.drafts if d.type == "visit"]
        if guests:
            visits = [d for d in visits if any(d.has(g) for g in guests)]
        else:
            visits = [d for d in visits if d.trigger_start < start][-1:]
        for d in visits:
            d.add_people(host[:1])


# "Đại sứ X cùng đoàn gồm ông A - Tham tán, ông B - Bí thư thứ nhất … đã làm việc với …": the
# members listed travel in X's delegation, so they take part in X's trip, not only in the
# meeting of that sentence.
DELEGATION_MEMBERS = re.compile(r"\s*cùng\s+(?:phái\s+)?đoàn\s*,?\s*(?:gồm có|gồm|có)\b"
                                r"(?P<who>[^.;]{1,250}?)(?:\bvà các thành viên\b|\bđã\b|[.;]|$)", re.I)


def add_delegation_members(art: Article) -> None:
    """Adds the members of "X cùng đoàn gồm A, B" to the trip events (visit, welcome,
    farewell) of X, the person named right before "cùng đoàn"."""
    for s in art.ents:
        if s.label != "PER":
            continue
        m = DELEGATION_MEMBERS.match(art.text, s.end)
        leader = person_of(s, art.people) if m else None
        if leader is None:
            continue
        members = [p for p in art.people_in(m.start("who"), m.end("who")) if p is not leader]
        for d in art.drafts:
            if d.type in TRIP_TYPES and d.has(leader):
                d.add_people(members)
