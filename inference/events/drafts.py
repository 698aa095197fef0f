"""Events being built (drafts), which earlier event a new statement restates, and the final
:class:`Event`."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from vnmeet.inference.dates import date_range
from vnmeet.inference.document import Event, Person, Span
from vnmeet.inference.events.dating import same_occasion_date
from vnmeet.inference.people import norm


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
    # The bodies or places a meeting's words name right after "với" ("hội đàm với tỉnh B").
    guest_parties: list[str] = field(default_factory=list)
    # One place of a trip to several listed places ("thăm các tỉnh A, B và C"): a visit to that
    # place alone, which a visit to another place does not restate.
    one_of_places: bool = False

    def add_people(self, people: Sequence[Person]) -> None:
        for p in people:
            if all(p is not q for q in self.people):
                self.people.append(p)

    def add_orgs(self, orgs: Sequence[str]) -> None:
        for o in orgs:
            if norm(o) not in {norm(x) for x in self.orgs}:
                self.orgs.append(o)

    def take_parties(self, other: Draft) -> None:
        """Add the people and bodies of a statement that tells this occasion again."""
        self.add_people(other.people)
        self.add_orgs(other.orgs)


def spans_visit(visit: Draft, new: Optional[Span], dateline: Optional[str]) -> bool:
    """A range of days restating a visit dated by one of its days ("ngày 18 – 28/4" after
    "18/4") is the visit's date: annotators date a trip by its whole span."""
    if visit.type != "visit" or visit.date is None or new is None:
        return False
    old_r = date_range(visit.date.text, dateline or "2000-06-15")
    new_r = date_range(new.text, dateline or "2000-06-15")
    return (old_r is not None and new_r is not None and old_r[0] == old_r[1]
            and new_r[0] < new_r[1] and new_r[0] <= old_r[0] <= new_r[1])


def shares_someone(a: Sequence[Person], b: Sequence[Person]) -> bool:
    return any(p is q for p in a for q in b)


# Attending ("dự", "tham dự" a conference) shares the type "other" with meeting ("gặp"), but
# is another occasion: "Nhân dịp tham dự Hội nghị X, A gặp B" is two events.
ATTENDS = ("dự", "tham dự")


def same_kind(a: Draft, b: Draft) -> bool:
    """Two events of one kind, which may be one occasion stated twice."""
    return a.type == b.type and (norm(a.trigger) in ATTENDS) == (norm(b.trigger) in ATTENDS)


def other_visitors(earlier: Draft, cand: Draft) -> bool:
    """A visit by another delegation ("Đoàn thứ hai do ông Y dẫn đầu đã đến thăm …" after X's
    visit): the candidate names its visitors as such and shares nobody with the earlier visit,
    so it is a new event rather than the same kind stated again."""
    return (earlier.type == "visit" and cand.own_visitors and bool(earlier.people)
            and bool(cand.people) and not shares_someone(earlier.people, cand.people))


def other_guests(earlier: Draft, cand: Draft) -> bool:
    """A meeting with another guest ("A tiếp Đại sứ C" after "A tiếp Đại sứ B"): the earlier
    meeting already has both sides, and the candidate names right after its trigger nobody of
    it, so it is a new meeting rather than the same one stated again."""
    return (bool(cand.guests) and len(earlier.people) > 1
            and not shares_someone(earlier.people, cand.guests))


def other_parties(earlier: Draft, cand: Draft) -> bool:
    """A meeting with another body ("Đoàn hội đàm với tỉnh C" after "Đoàn hội đàm với tỉnh B"):
    both name the party they met right after the trigger, and the two share none, so the
    candidate is a new meeting rather than the same one stated again."""
    return (bool(cand.guest_parties) and bool(earlier.guest_parties)
            and not {norm(o) for o in cand.guest_parties} & {norm(o) for o in earlier.guest_parties})


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


def merge_target(drafts: Sequence[Draft], cand: Draft, explicit_date: bool,
                 dateline: Optional[str], headline_end: int,
                 opens_new: bool = False) -> Optional[Draft]:
    """The event a candidate restates, latest first: the same kind (``same_kind``) with the same
    people (or nobody named on one side) and no other date; the same kind again without a date
    of its own (not a visit by another delegation, ``other_visitors``, nor a meeting with
    another guest, ``other_guests``, nor one with another body, ``other_parties``, which also keeps
    apart one kind stated twice with nobody named); or an undated headline
    event and its dated lead sentence. ``opens_new`` (the
    sentence says "cùng ngày", "trước đó" …) is accepted for symmetry with callers."""
    def date_ok(d: Draft) -> bool:
        # A dated statement fills an undated event only right after it (headline and lead).
        if explicit_date and d.date is None:
            return d is drafts[-1]
        return not explicit_date or same_occasion_date(d.date, cand.date, dateline)

    same_type = [d for d in reversed(drafts) if same_kind(d, cand) and date_ok(d)]
    if opens_new and not cand.people:
        return None
    for d in same_place_first(same_type, cand):
        mine, theirs = {id(p) for p in cand.people}, {id(p) for p in d.people}
        if (mine <= theirs or theirs <= mine) and not other_parties(d, cand):
            return d
    if same_type and not explicit_date and not opens_new and (
            cand.location is None or cand.location == same_type[0].location) and (
            not other_visitors(same_type[0], cand) and not other_guests(same_type[0], cand)
            and not other_parties(same_type[0], cand)):
        return same_type[0]
    for d in reversed(drafts):
        if (d.date is None and d.trigger_start < headline_end and explicit_date and date_ok(d)
                and (shares_someone(d.people, cand.people) or not d.people or not cand.people)):
            return d
    return None


def to_event(d: Draft, date_iso: Optional[str]) -> Event:
    return Event(trigger=d.trigger, type=d.type, date=d.date.text if d.date else None,
                 date_iso=date_iso,
                 location=d.location,
                 participants=[Person(p.name, list(p.positions)) for p in d.people],
                 organisations=list(d.orgs), trigger_start=d.trigger_start)
