"""Events being built (drafts), which earlier event a new statement restates, and the final
:class:`Event`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from vnmeet.inference.dates import date_range
from vnmeet.inference.document import Event, Person, Span
from vnmeet.inference.events.dating import same_occasion_date
from vnmeet.inference.people import norm, spelled_alike, truncation_of


@dataclass
class Draft:
    """An event being built, with the spans that support it."""

    trigger: str
    type: str
    trigger_start: int
    date: Optional[Span] = None
    location: Optional[str] = None
    people: list[Person] = field(default_factory=list)
    orgs: list[str] = field(default_factory=list)
    # A visit whose visitors the words name as such (a delegation's leader, the owner after
    # "của", the guest of a reception), not just whoever the sentence names.
    own_visitors: bool = False
    # Whom a meeting's words name right after its trigger ("A tiếp Đại sứ B", "A hội kiến B").
    guests: list[Person] = field(default_factory=list)
    # The bodies or places a meeting's words name right after "với" ("hội đàm với tỉnh B"), or
    # the two that sign a signing ("Tỉnh A và tỉnh B ký …", "ký … giữa A và B").
    guest_parties: list[str] = field(default_factory=list)
    # Where a welcome took place, when its words say: "airport" (met at the airport) or
    # "ceremony" (the official welcome ceremony, "lễ đón chính thức"); "" when they do not.
    venue: str = ""
    # One place of a trip to several listed places ("thăm các tỉnh A, B và C"): a visit to that
    # place alone, which a visit to another place does not restate.
    one_of_places: bool = False
    # A visit told as going to a place ("Đoàn đã đến thăm xã A"): a stop at that place, which
    # does not restate a visit told at another place (``elsewhere``).
    goes_to: bool = False
    # The body a visit goes to, named right after its trigger ("thăm, động viên cán bộ, chiến sĩ
    # Đồn Biên phòng A"): where that stop is when the words name no place (``elsewhere``).
    body: Optional[str] = None

    def has(self, person: Person) -> bool:
        """Whether this very person (not a namesake written otherwise) takes part."""
        return any(p is person for p in self.people)

    def add_people(self, people: Sequence[Person]) -> None:
        """Add each person not there yet. A second spelling of a foreign name already there
        ("Thonglun Sisulith" beside "Thongloun Sisoulith") is the same person, whom annotators
        name once, as the article first writes the name (a truncation never wins)."""
        for p in people:
            if any(p is q for q in self.people):
                continue
            twin = next((k for k, q in enumerate(self.people) if spelled_alike(p.name, q.name)), None)
            if twin is None:
                self.people.append(p)
            elif _spelled_better(p, self.people[twin]):
                self.people[twin] = p

    def add_orgs(self, orgs: Sequence[str]) -> None:
        for o in orgs:
            if norm(o) not in {norm(x) for x in self.orgs}:
                self.orgs.append(o)

    def take_parties(self, other: Draft) -> None:
        """Add the people and bodies of a statement that tells this occasion again."""
        self.add_people(other.people)
        self.add_orgs(other.orgs)


def _spelled_better(new: Person, old: Person) -> bool:
    """Whether ``new`` is the spelling to keep of a name written two ways: the full one over a
    truncation, else the one the article writes first."""
    if truncation_of(new.name, old.name) or truncation_of(old.name, new.name):
        return truncation_of(old.name, new.name)
    return _first_written(new) < _first_written(old)


def _first_written(p: Person) -> int:
    return min((m.start for m in p.mentions), default=1 << 30)


def spans_visit(visit: Draft, new: Optional[Span], dateline: Optional[str]) -> bool:
    """A range of days restating a visit dated by one of its days ("ngày 18 – 28/4" after
    "18/4") is the visit's date: annotators date a trip by its whole span."""
    if visit.type != "visit" or visit.date is None or new is None:
        return False
    old_r = date_range(visit.date.text, dateline or "2000-06-15")
    new_r = date_range(new.text, dateline or "2000-06-15")
    return (old_r is not None and new_r is not None and old_r[0] == old_r[1]
            and new_r[0] < new_r[1] and new_r[0] <= old_r[0] <= new_r[1])


def name_key(p: Person) -> str:
    """Who a person is across spellings that differ only in case and hyphens ("Yoon Suk Yeol",
    "Yoon Suk-yeol"): one article writes a foreign name both ways, and people are linked per
    spelling."""
    return " ".join(norm(p.name).replace("-", " ").split())


def one_person(a: Person, b: Person) -> bool:
    """One person across spellings: the same ``name_key``, or two spellings of one foreign name
    ("Saysomphone Phomvihane" in the lead, "Xaysomphone Phomvihane" below, ``spelled_alike``)."""
    return name_key(a) == name_key(b) or spelled_alike(a.name, b.name)


def shares_someone(a: Sequence[Person], b: Sequence[Person]) -> bool:
    return any(one_person(p, q) for p in a for q in b)


def among(a: Sequence[Person], b: Sequence[Person]) -> bool:
    """Whether everyone of ``a`` is someone of ``b`` (``one_person``)."""
    return all(any(one_person(p, q) for q in b) for p in a)


# Attending ("dự", "tham dự" a conference) shares the type "other" with meeting ("gặp"), but
# is another occasion: "Nhân dịp tham dự Hội nghị X, A gặp B" is two events.
ATTENDS = ("dự", "tham dự")


# Talking on the phone ("điện đàm") shares the type "talks" with meeting in person ("hội đàm",
# "hội kiến"), but is another occasion: "A điện đàm với B" and "C hội kiến B" are two events.
PHONE = "điện đàm"


def same_kind(a: Draft, b: Draft) -> bool:
    """Two events of one kind, which may be one occasion stated twice."""
    return (a.type == b.type and (norm(a.trigger) in ATTENDS) == (norm(b.trigger) in ATTENDS)
            and (PHONE in norm(a.trigger)) == (PHONE in norm(b.trigger)))


def other_visitors(earlier: Draft, cand: Draft) -> bool:
    """A visit by another delegation ("Đoàn thứ hai do ông Y dẫn đầu đã đến thăm …" after X's
    visit): the candidate names its visitors as such and shares nobody with the earlier visit,
    so it is a new event rather than the same kind stated again."""
    return (earlier.type == "visit" and cand.own_visitors and bool(earlier.people)
            and bool(cand.people) and not shares_someone(earlier.people, cand.people))


def other_guests(earlier: Draft, cand: Draft) -> bool:
    """A meeting with another guest ("A tiếp Đại sứ C" after "A tiếp Đại sứ B"): the earlier
    meeting already has both sides, and the candidate names right after its trigger nobody of
    it, so it is a new meeting rather than the same one stated again. An earlier meeting that
    names no guest ("Ra đón Đoàn tại sân bay có: A; B" lists the hosts) is told again by a
    statement that shares one of its people ("A đón Thủ tướng C tại sân bay"): C is its guest."""
    return (bool(cand.guests) and len(earlier.people) > 1
            and not shares_someone(earlier.people, cand.guests)
            and (bool(earlier.guests) or not shares_someone(earlier.people, cand.people)))


def other_parties(earlier: Draft, cand: Draft) -> bool:
    """A meeting with another body ("Đoàn hội đàm với tỉnh C" after "Đoàn hội đàm với tỉnh B"):
    both name the party they met right after the trigger, and the two share none, so the
    candidate is a new meeting rather than the same one stated again. For signings, see
    ``other_pair``."""
    if cand.type == "signing":
        return other_pair(earlier, cand)
    return (bool(cand.guest_parties) and bool(earlier.guest_parties)
            and not same_parties(earlier, cand))


def same_parties(earlier: Draft, cand: Draft) -> bool:
    """Two meetings with one body ("Đoàn làm việc với lãnh đạo thành phố A" in the headline,
    "Ngày 11/12, đoàn do ông X dẫn đầu đã làm việc với lãnh đạo thành phố A" in the lead): both
    name the party they met right after the trigger, and they share one, whoever else the
    sentences name."""
    return bool({norm(o) for o in cand.guest_parties} & {norm(o) for o in earlier.guest_parties})


def other_venue(earlier: Draft, cand: Draft) -> bool:
    """A guest met at the airport and the official welcome ceremony ("lễ đón chính thức") held
    later are two welcomes of one trip, between other people (those who come to the airport
    are not the host of the ceremony): neither restates the other."""
    return (earlier.type == cand.type == "welcome" and bool(earlier.venue) and bool(cand.venue)
            and earlier.venue != cand.venue)


def other_meeting(headline: Draft, cand: Draft) -> bool:
    """A dated meeting of another kind than an undated headline event, each naming someone the
    other does not (headline "A tiếp Đại sứ B", then "A đã có cuộc hội đàm với C … vào tháng
    9"): another occasion, not the headline's lead. A visit on either side still takes its
    lead: a trip is often told in the lead as the host's reception or welcome; but not a
    headline welcome ceremony (``ceremony_and_trip``)."""
    if headline.type == cand.type:
        return False
    if "visit" in (headline.type, cand.type):
        return ceremony_and_trip(headline, cand)
    mine, theirs = {id(p) for p in cand.people}, {id(p) for p in headline.people}
    return bool(mine) and bool(theirs) and not (mine <= theirs or theirs <= mine)


def ceremony_and_trip(headline: Draft, cand: Draft) -> bool:
    """An official welcome ceremony in the headline ("Lễ đón chính thức X") and a visit in the
    lead ("Sáng 21/10, X đến Hà Nội, bắt đầu chuyến thăm chính thức …"): the ceremony is one
    occasion of the trip, not the trip told again."""
    return headline.type == "welcome" and headline.venue == "ceremony" and cand.type == "visit"


# A body named only by its level ("Ủy ban nhân dân tỉnh", "Sở Ngoại vụ thành phố"): it may be
# either side's.
UNNAMED_BODY = re.compile(r"(?:\s|^)(?:tỉnh|thành phố|huyện|nước)$", re.I)


def same_body(a: str, b: str) -> bool:
    """Two names of one body: one contains the other ("UBND tỉnh A" and "A"), or one is named
    only by its level (``UNNAMED_BODY``) and may be the other."""
    a, b = norm(a), norm(b)
    return a in b or b in a or UNNAMED_BODY.search(a) is not None or UNNAMED_BODY.search(b) is not None


def other_pair(earlier: Draft, cand: Draft) -> bool:
    """A signing by bodies it names ("Tỉnh A - B ký biên bản" in a photo caption after "ký
    biên bản giữa tỉnh A và tỉnh C", "ký … với tỉnh D") restates an earlier signing only when
    that one's parties (else its bodies) hold them all (``same_body``); else it is another
    agreement."""
    held = earlier.guest_parties or earlier.orgs
    return (bool(cand.guest_parties) and bool(held)
            and not all(any(same_body(p, o) for o in held) for p in cand.guest_parties))


# Words that make a longer name another place or body than the one it ends with
# ("Đại sứ quán Việt Nam tại Australia" is not "Australia").
ELSEWHERE = re.compile(r"\b(?:tại|ở|của)\b")


def same_place(a: str, b: str) -> bool:
    """One place named fully or by its short name ("Cộng hòa Argentina", "Argentina"): the
    longer name ends with the shorter one, word for word, and does not set something in it."""
    x, y = sorted((norm(a), norm(b)), key=len)
    return bool(x) and (x == y or (y.endswith(" " + x) and not ELSEWHERE.search(y[:-len(x)])))


def same_stop(a: str, b: str) -> bool:
    """One place or body named fully or shortly: ``same_place``, or a body named with where it
    is and without ("Đại sứ quán Việt Nam tại Lào", "Đại sứ quán Việt Nam")."""
    x, y = sorted((norm(a), norm(b)), key=len)
    return same_place(a, b) or (bool(x) and y.startswith(x + " "))


def elsewhere(earlier: Draft, cand: Draft) -> bool:
    """A stop told as going to a place or body ("Đoàn đã đến thăm xã Phước Long", "Bộ trưởng
    đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng A") after a visit to another one ("Đoàn
    … thăm và làm việc tại tỉnh B", "… với Sở Công Thương tỉnh B"): annotators give the stop an
    event of its own, not the trip told again."""
    here, there = cand.location or cand.body, earlier.location or earlier.body
    return (cand.goes_to and earlier.type == cand.type and here is not None
            and there is not None and not same_stop(there, here))


def same_place_first(drafts: Sequence[Draft], cand: Draft) -> list[Draft]:
    """The drafts a candidate may restate, latest first, but for a visit with a place of its
    own, the visit at that place ahead of the rest and no visit to another place of a list:
    after a trip to several places ("các đoàn đã thăm các tỉnh A, B và C"), "Đoàn do ông X dẫn
    đầu thăm tỉnh A" tells who went to A, not to C, the latest, and "Đoàn tỉnh E thăm tỉnh F"
    is another visit."""
    if cand.type != "visit" or cand.location is None:
        return list(drafts)
    here = [d for d in drafts if d.location is not None and norm(d.location) == norm(cand.location)]
    return here + [d for d in drafts if all(d is not h for h in here) and not d.one_of_places]


def undated_since(drafts: Sequence[Draft], d: Draft) -> bool:
    """Whether no event from ``d`` on has a date yet: a dated statement of d's kind is then
    still the lead that dates it."""
    at = next(i for i, e in enumerate(drafts) if e is d)
    return all(e.date is None for e in drafts[at:])


def merge_target(drafts: Sequence[Draft], cand: Draft, explicit_date: bool,
                 dateline: Optional[str], headline_end: int,
                 opens_new: bool = False) -> Optional[Draft]:
    """The event a candidate restates, latest first: the same kind (``same_kind``) with the same
    people (or nobody named on one side) and no other date; the same kind again without a date
    of its own (not a visit by another delegation, ``other_visitors``, nor a meeting with
    another guest, ``other_guests``, nor one with another body, ``other_parties``, which also keeps
    apart one kind stated twice with nobody named); never a welcome at another venue
    (``other_venue``); or an undated headline
    event and its dated lead sentence, the first dated statement (not a meeting of another kind
    with other people, ``other_meeting``). ``opens_new`` (the
    sentence says "cùng ngày", "trước đó" …) is accepted for symmetry with callers."""
    def date_ok(d: Draft) -> bool:
        # A dated statement fills an undated event right after it (headline and lead), or one
        # of its own kind that nothing dated has followed ("Lễ đón X thăm Y" headline, then
        # "Chiều 19/4, … chủ trì lễ đón X": the welcome, not the visit stated last).
        if explicit_date and d.date is None:
            return d is drafts[-1] or (same_kind(d, cand) and undated_since(drafts, d))
        return not explicit_date or same_occasion_date(d.date, cand.date, dateline)

    same_type = [d for d in reversed(drafts)
                 if same_kind(d, cand) and date_ok(d) and not other_venue(d, cand)]
    if opens_new and not cand.people:
        return None
    for d in same_place_first(same_type, cand):
        if elsewhere(d, cand):
            continue
        if (among(cand.people, d.people) or among(d.people, cand.people)) and not other_parties(d, cand):
            return d
    if same_type and not explicit_date and not opens_new and (
            cand.location is None or cand.location == same_type[0].location) and (
            not other_visitors(same_type[0], cand) and not other_guests(same_type[0], cand)
            and not other_parties(same_type[0], cand) and not elsewhere(same_type[0], cand)):
        return same_type[0]
    # Only the first dated statement (the lead) fills an undated headline event of another kind.
    lead = explicit_date and all(e.date is None for e in drafts)
    for d in reversed(drafts):
        if (d.date is None and d.trigger_start < headline_end and lead and date_ok(d)
                and not other_venue(d, cand) and not other_meeting(d, cand)
                and (shares_someone(d.people, cand.people) or not d.people or not cand.people
                     or same_parties(d, cand))):
            return d
    return None


def to_event(d: Draft, date_iso: Optional[str]) -> Event:
    return Event(trigger=d.trigger, type=d.type, date=d.date.text if d.date else None,
                 date_iso=date_iso,
                 location=d.location,
                 participants=[Person(p.name, list(p.positions)) for p in d.people],
                 organisations=list(d.orgs), trigger_start=d.trigger_start)
