"""Events mentioned in passing beside a sentence's main one: a past visit or signing
with a date of its own ("thỏa thuận đã ký năm 2020", "chuyến thăm … (tháng 8/2023)").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.dating import granularity, same_occasion_date
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import location_in, parties_in, people_in, person_of, spans_within
from vnmeet.inference.events.not_events import visit_noun
from vnmeet.inference.events.statements import PLAN_WORDS, wished
from vnmeet.inference.events.triggers import clause_end_at, clause_start_at, find_triggers
from vnmeet.inference.people import LOOSE_GAP


# Triggers that, with a date of their own, are past events mentioned in passing ("tỉnh đã ký
# bản ghi nhớ (29/12/2021)", "chuyến thăm … (tháng 8/2023)").
PASSING_TYPES = ("visit", "signing")


# What may stand between "ký" and a bare year that dates the signing.
SIGNED_WHEN = re.compile(r"^\s*$|\b(?:vào|trong|từ)\s+(?:cuối\s+|đầu\s+|giữa\s+)?$|\(\s*$", re.I)


def passing_events(text: str, ents: Sequence[Span], people: Sequence[Person],
                   triggers: Sequence[tuple[int, int, str]], sent: tuple[int, int],
                   main_date: Optional[Span], dateline: Optional[str],
                   skip: Optional[Span]) -> list[Draft]:
    """Later triggers of a sentence that carry a date of their own within a few words
    ("chuyến thăm … vào tháng 3/2024", "chuyến thăm … (tháng 8/2023)", "thỏa thuận được ký
    kết ngày 14/5/2018"). A signing that names neither people nor parties near its trigger
    ("làm việc với công ty X về thỏa thuận đã ký năm 2020") is the agreement of the bodies its
    sentence names before it. Events with neither people nor parties are left out."""
    out = []
    for k, (ts, te, typ) in enumerate(triggers):
        if typ not in PASSING_TYPES and not re.search(r"chuyến\s*$", text[max(0, ts - 10):ts]):
            continue
        if wished(text, sent[0], ts):
            continue
        limit = min(sent[1], triggers[k + 1][0] if k + 1 < len(triggers) else sent[1], te + 90)
        dates = [s for s in ents if s.label == "DATE" and te <= s.start and s.end <= limit
                 and s != skip and (typ != "signing" or dates_signing(text, te, s))]
        if not dates or (main_date is not None and not dates_visit_noun(text, sent, ts, dates[0], main_date)
                         and same_occasion_date(dates[0], main_date, dateline)):
            continue
        lo = max(sent[0], ts - 50, text.rfind(";", sent[0], ts) + 1, text.rfind(",", sent[0], ts - 45) + 1)
        d = Draft(text[ts:te], typ, ts, date=dates[0])
        d.add_people(people_in(text, ents, people, ts, dates[0].end)
                     or people_in(text, ents, people, lo, ts))
        d.location = location_in(text, ents, te, dates[0].end)
        d.add_orgs([d.location] if d.location else [])
        d.add_orgs(parties_in(ents, lo, dates[0].end, text))
        if typ == "signing" and not (d.people or d.orgs):
            d.add_orgs(parties_in(ents, sent[0], lo, text))
        if d.people or d.orgs:
            out.append(d)
    return out


def dates_visit_noun(text: str, sent: tuple[int, int], trigger_at: int, date: Span, main_date: Span) -> bool:
    """Whether the DATE the sentence's main event took is the one written right after a later
    visit noun ("Tiếp Đại sứ X, Chủ tịch nước bày tỏ ấn tượng về chuyến thăm Ai Cập tháng Tám
    vừa qua"): it dates that past visit, not the main event (which then takes its date from
    context)."""
    return main_date is date and visit_noun(text, trigger_at, sent[0])


def dates_signing(text: str, trigger_end: int, span: Span) -> bool:
    """Whether a DATE after "ký" says when it was signed: a day or month ("(29/12/2021)"), or
    a year right after the trigger or after "vào" ("đã ký năm 2020", "vào cuối năm 2013") —
    not the years a document covers ("kế hoạch hợp tác năm 2026", "giai đoạn 2022 - 2026")."""
    if re.search(r"\d{4}\s*[-–]\s*\d{4}", span.text):
        return False
    return granularity(span) > 1 or SIGNED_WHEN.search(text[trigger_end:span.start]) is not None


# "chuyến thăm … của X": the visit is owned by whoever follows "của" (not the inviter of
# "theo lời mời của").
OWNED = re.compile(r"(?<!mời )\bcủa\b")

# Right after the visit's owner: the trip is still to come ("chuyến thăm … của X sẽ
# diễn ra", "… trong thời gian tới").
STILL_TO_COME = re.compile(r"\b(?:sẽ diễn ra|sẽ được|dự kiến|thời gian tới|sắp tới|tới đây|sắp diễn ra)\b",
                           re.I)

def owned_visits(text: str, ents: Sequence[Span], people: Sequence[Person],
                 sents: Sequence[tuple[int, int]]) -> list[Draft]:
    """Visits named as a noun with their visitor after "của" ("kể từ chuyến thăm Việt Nam của
    Thủ tướng X", "đánh giá cao chuyến thăm của Tổng Bí thư Y"), wherever the sentence puts
    them: annotators count such a past or background visit as an event, undated and in
    reported speech too. Not a visit hoped for, invited to or planned."""
    out = []
    for sent in sents:
        triggers = find_triggers(text, *sent)
        for k, trigger in enumerate(triggers):
            before_next = triggers[k + 1][0] if k + 1 < len(triggers) else sent[1]
            out += owned_visit(text, ents, people, sent, trigger, before_next)
    return out


def owned_visit(text: str, ents: Sequence[Span], people: Sequence[Person], sent: tuple[int, int],
                trigger: tuple[int, int, str], before_next: int) -> list[Draft]:
    """The visits a "chuyến thăm … của X" trigger names: X's, to the place written between the
    trigger and "của" (or after X: "của X tới Việt Nam"), on the date written right after X
    (none when none is); one per visitor of a list of visits ("của A (10/2024), B (6/2025)").
    "của" is looked for before the next trigger (``before_next``: "các chuyến thăm như chuyến
    thăm … của X" names X's visit once). None for another trigger, a visit hoped for or planned."""
    (s_start, s_end), (ts, te, typ) = sent, trigger
    if typ != "visit" or not visit_noun(text, ts, s_start):
        return []
    clause_start = clause_start_at(text, s_start, ts)
    if wished(text, s_start, ts) or PLAN_WORDS.search(text, clause_start, ts):
        return []
    m = owner_mark(text, te, before_next)
    if m is None:
        return []
    found = owner_after(text, ents, people, m.end(), s_end)
    if found is None or STILL_TO_COME.search(text, te, min(s_end, found[1] + 60)):
        return []
    out = []
    while found is not None:
        owner, owner_end = found
        clause_end = clause_end_at(text, owner_end, s_end)
        d = Draft(text[ts:te], typ, ts, date=date_after_owner(text, ents, owner_end, clause_end))
        d.add_people([owner])
        places = parties_in(ents, te, m.start(), text) or place_after_owner(text, ents, owner_end, clause_end)
        d.location = places[0] if places else None
        d.add_orgs(places)
        out.append(d)
        found = next_owner(text, ents, people, d.date.end if d.date else owner_end, s_end, d.date is not None)
    return out


# Between one visitor (with his visit's date) and the next of a list of visits: a comma, and
# "của" again or not ("của A vào năm 2015, của B vào tháng 4/2018", "của A (10/2024), B …").
NEXT_IN_LIST = re.compile(r"\s*\)?\s*,\s*(của\s+)?", re.I)


def next_owner(text: str, ents: Sequence[Span], people: Sequence[Person], at: int, end: int,
               dated: bool) -> Optional[tuple[Person, int]]:
    """The visitor of the next visit in a list of visits sharing one "chuyến thăm": after a
    comma, with "của" repeated or after a visit dated on its own (a name after a comma with
    neither goes along on the same visit: "của Thủ tướng A, Bộ trưởng B")."""
    m = NEXT_IN_LIST.match(text, at, end)
    if m is None or not (dated or m.group(1)):
        return None
    return owner_after(text, ents, people, m.end(), end)


def owner_mark(text: str, trigger_end: int, end: int) -> Optional[re.Match[str]]:
    """The "của" that names the owner of a visit noun: within a few words of the trigger, in
    its clause, before ``end``."""
    m = OWNED.search(text, trigger_end, min(end, trigger_end + 60))
    return None if m is None or re.search(r"[,;.]", text[trigger_end:m.start()]) else m


def visit_owner(text: str, ents: Sequence[Span], people: Sequence[Person],
                trigger: tuple[int, int, str], end: int) -> Optional[Person]:
    """Whose visit a "chuyến thăm … của X" trigger names (X), if it is one."""
    ts, te, _ = trigger
    if not visit_noun(text, ts):
        return None
    m = owner_mark(text, te, end)
    found = owner_after(text, ents, people, m.end(), end) if m is not None else None
    return found[0] if found is not None else None


def owner_after(text: str, ents: Sequence[Span], people: Sequence[Person], at: int,
                end: int) -> Optional[tuple[Person, int]]:
    """The person named right after "của" at ``at``, and where the name ends: the first name
    reached over titles, bodies and places joined only by commas or honorifics ("của Tổng Bí
    thư, Chủ tịch nước X"); None when other words come first ("của đoàn doanh nghiệp …")."""
    pos = at
    for s in spans_within(ents, at, end):
        if not LOOSE_GAP.match(text[pos:s.start]):
            return None
        if s.label == "PER":
            person = person_of(s, people)
            return (person, s.end) if person is not None else None
        pos = s.end
    return None


# Between a visit's owner and the visit's own date: the place it went to and words that say
# when ("của X tới Australia vào tháng 3/2024", "của X (10-2022)", "của X cuối tháng 6").
WHEN_GAP = re.compile(r"^[\s(]*(?:(?:vào|trong|hồi|từ|cuối|đầu|giữa|tới|đến|sang)\s+)*$", re.I)


def date_after_owner(text: str, ents: Sequence[Span], owner_end: int, clause_end: int) -> Optional[Span]:
    """The DATE written right after a visit's owner, in its clause: the visit's own date.
    Places may stand between; any other words make the date another thing's ("kể từ khi
    nhậm chức (tháng 10/2021)")."""
    pos = owner_end
    for s in spans_within(ents, owner_end, clause_end):
        if not WHEN_GAP.match(text[pos:s.start]):
            return None
        if s.label == "DATE":
            return s
        if s.label not in ("LOC", "ORG"):
            return None
        pos = s.end
    return None


# Right after a visit's owner: where the trip went ("của Thủ tướng X tới Việt Nam").
GOES_TO = re.compile(r"\s*(?:tới|đến|sang)\s+(?:(?:nước|tỉnh|thủ đô)\s+)?", re.I)


def place_after_owner(text: str, ents: Sequence[Span], owner_end: int, clause_end: int) -> list[str]:
    """The LOC or ORG right after "tới", "đến" or "sang" that follows a visit's owner: the place
    visited when none stands between the trigger and "của"."""
    m = GOES_TO.match(text, owner_end, clause_end)
    if m is None:
        return []
    return [s.text for s in spans_within(ents, m.end(), clause_end)
            if s.start == m.end() and s.label in ("LOC", "ORG")]
