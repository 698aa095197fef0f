"""A visit to several places listed after its trigger ("thăm, chúc Tết các tỉnh A, B và C",
"thăm và làm việc tại tỉnh A và tỉnh B", "chúc Tết nhân dân 4 tỉnh là A, B, C, D") or greeted
on a trip named bare ("Trong chuyến thăm, X chúc nhân dân các tỉnh A, B và C"), its split
into one visit per place, and the hosts a follow-up names at each place ("Về phía tỉnh A có …").
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import Draft, same_place
from vnmeet.inference.events.mentions import GREETING, spans_within
from vnmeet.inference.people import norm


# Between "thăm" and the first place it names: a manner, a greeting with those it greets
# ("thăm, chúc Tết chính quyền và nhân dân", "thăm và chúc Tết tại"), "tại", and a count or
# "các" before the place word ("thăm chính thức tại tỉnh", "chúc Tết các tỉnh", "thăm hai nước").
# A greeting of the traditional New Year that names no festival ("chúc Tết cổ truyền tại tỉnh
# A và tỉnh B") greets the places after "tại"; right before a place, "cổ truyền" names the
# festival's country instead ("chúc Tết cổ truyền Việt Nam"), which GREETING leaves out.
TO_FIRST_PLACE = re.compile(r"^\s*(?:và làm việc|chính thức|cấp nhà nước|hữu nghị|\s)*%s?"
                            r"(?:cổ\s+truyền\s+(?=tại\b))?(?:tại|ở)?\s*"
                            r"(?:(?:các|\d+|hai|ba|bốn|năm)\s+)?%s?\s*$"
                            % (GREETING, r"(?:tỉnh|thành phố|huyện|nước|thủ đô)"), re.I)


# Between two places of one list: separators, the trigger repeated, and a place word
# ("Nga, Ba Lan và Bulgaria", "Lữ đoàn 170; thăm Bệnh viện 4", "tỉnh A và tỉnh B").
BETWEEN_PLACES = re.compile(r"^(?:\s|[,;]|\bvà\b|\bthăm(?:\s+và\s+làm\s+việc)?\b|\btại\b|"
                            r"\b(?:tỉnh|thành phố|huyện|nước|thủ đô)\b)*$", re.I)


# A New Year greeting's roll of places after "thăm" ("thăm, chúc Tết nhân dân 4 tỉnh Nam Lào là
# A, B, …", "sang thăm, chúc Tết các tỉnh: A, B"): a count or "các" with a place word, then "là"
# or a colon. What follows is a list even when only commas join it: the delegation greets each
# place on its own, and annotators give each an event.
ROLL = re.compile(r"\s*,?\s*chúc\s+Tết\b[^.;:]{0,80}?\s(?:\d+|hai|ba|bốn|năm|sáu|các)\s+"
                  r"(?:tỉnh|nước|thành phố|huyện)\b[^.;:]{0,40}?(?:\s+là\b|\s*:)\s*", re.I)


# What makes a run of places a list rather than a place and its country ("Hà Nội, Việt Nam").
LIST_JOINER = re.compile(r";|\bvà\b|\bthăm\b", re.I)
# Right before the first place: a New Year greeting of a plural place word ("chúc Tết các tỉnh A,
# B, C", "chúc Tết cổ truyền Bunpimay 3 tỉnh A, B, C"), which, like a roll, makes even a run
# joined by commas alone a list: the delegation greets each place on its own.
GREETS_PLACES = re.compile(r"\bchúc\s+Tết\b[^.;:]{0,60}?\s(?:các|\d+|hai|ba|bốn|năm|sáu)\s+"
                           r"(?:tỉnh|nước|thành phố|huyện)\s*$", re.I)


def listed_places(text: str, ents: Sequence[Span], trigger_end: int, end: int) -> list[Span]:
    """The places a visit lists right after "thăm" ("thăm Nga, Ba Lan và Bulgaria", "thăm
    Lữ đoàn 170; thăm Bệnh viện 4"): annotators give each place visited an event of its own.
    A single place, or places joined only by commas, is one visit, unless a New Year greeting
    names them as several ("chúc Tết các tỉnh A, B, C")."""
    roll = ROLL.match(text, trigger_end, end)
    start = roll.end() if roll else trigger_end
    cands = [s for s in ents if s.label in ("LOC", "ORG") and start <= s.start and s.end <= end]
    if not cands or not (roll or TO_FIRST_PLACE.match(text[trigger_end:cands[0].start])):
        return []
    run = [cands[0]]
    joined = roll is not None or GREETS_PLACES.search(text, trigger_end, cands[0].start) is not None
    for s in cands[1:]:
        gap = text[run[-1].end:s.start]
        if not BETWEEN_PLACES.match(gap):
            break
        joined = joined or LIST_JOINER.search(gap) is not None
        run.append(s)
    return run if joined else []


# A trip named bare in a frame clause ("Trong chuyến thăm, bà X chúc …"), and the greeting its
# subject then gives.
BARE_TRIP = re.compile(r"\s*,")
GREETS = re.compile(r"\bchúc\b", re.I)


def greeted_places(text: str, ents: Sequence[Span], trigger_end: int, end: int) -> list[Span]:
    """The places a trip named without any ("Trong chuyến thăm, bà X chúc chính quyền và nhân
    dân các tỉnh A, B và C đón Tết") goes to: those its subject greets in the sentence, one
    visit each as when listed after "thăm"."""
    if not BARE_TRIP.match(text, trigger_end):
        return []
    m = GREETS.search(text, trigger_end, end)
    return listed_places(text, ents, m.start(), end) if m else []


def split_places(cand: Draft, places: Sequence[Span]) -> list[Draft]:
    """One visit per listed place, each with the visitors and that place as its location."""
    listed = {norm(p.text) for p in places}
    out = []
    for place in places:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, place.text, one_of_places=True)
        d.add_people(cand.people)
        d.add_orgs([o for o in cand.orgs if norm(o) not in listed] + [place.text])
        out.append(d)
    return out


# "Về phía tỉnh A có …": a side's clause, named by its place (a place word may come first).
SIDE = re.compile(r"\b(?:về\s+)?phía\s+", re.I)
TO_SIDE_PLACE = re.compile(r"\s*(?:(?:tỉnh|thành phố|huyện|nước|thủ đô)\s+)?", re.I)


def hosts_at_stops(art: Article, sent: tuple[int, int], last: Draft) -> list[tuple[Draft, list[Person]]]:
    """After a visit split over several places ("thăm, chúc Tết tỉnh A và tỉnh B"), the people
    of each "về phía tỉnh A có …" clause of a follow-up (up to the next side) host the
    delegation at A: they take part in the visit to A (the latest told there), not in whichever
    place came last."""
    if not last.one_of_places:
        return []
    stops = [d for d in reversed(art.drafts) if d.one_of_places]
    sides = list(SIDE.finditer(art.text, sent[0], sent[1]))
    out = []
    for m, end in zip(sides, [n.start() for n in sides[1:]] + [sent[1]]):
        place = next(iter(spans_within(art.ents, m.end(), end)), None)
        if place is None or place.label not in ("LOC", "ORG") or not TO_SIDE_PLACE.fullmatch(
                art.text, m.end(), place.start):
            continue
        stop = next((d for d in stops if same_place(d.location or "", place.text)), None)
        if stop is not None:
            out.append((stop, art.people_in(m.start(), end)))
    return out
