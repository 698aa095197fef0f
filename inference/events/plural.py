"""Plural mentions that hold one meeting per counterpart or party ("các cuộc điện đàm với A
và B", "các buổi tiếp những đoàn khách đến từ B, C và D").
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import parties_in, people_in, spans_within


PLURAL = re.compile(r"(?:các|những|hai|\d+|lần lượt có các)\s+(?:cuộc|buổi)\s*$|lần lượt\s*$", re.I)


def split_plural(text: str, ents: Sequence[Span], people: Sequence[Person], cand: Draft,
                 sent: tuple[int, int]) -> list[Draft]:
    """"A có các cuộc điện đàm với B và C": one event per counterpart after the trigger; with
    no two people named there, one per body or place ("có các buổi tiếp những đoàn khách đến
    từ Thái Lan, Lào và Mông Cổ")."""
    if not PLURAL.search(text[max(sent[0], cand.trigger_start - 20):cand.trigger_start]):
        return [cand]
    hosts = people_in(text, ents, people, sent[0], cand.trigger_start)
    guests = [p for p in people_in(text, ents, people, cand.trigger_start, sent[1])
              if all(p is not h for h in hosts)]
    if len(guests) < 2:
        return split_by_party(text, ents, cand, sent, hosts + guests)
    out = []
    for g in guests:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, cand.location)
        d.add_people(hosts + [g])
        d.add_orgs(cand.orgs)
        out.append(d)
    return out


# Between two bodies or places of one list ("Thái Lan, Lào và Mông Cổ"), and before its first
# one: words of the clause of the trigger, not a place where it was held ("tại Toulouse").
LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)?\s*")


LIST_LEAD = re.compile(r"[^,;.]{0,60}$")


HELD_AT = re.compile(r"\btại\s*$", re.I)


def parties_listed(text: str, ents: Sequence[Span], trigger_end: int, end: int) -> list[str]:
    """The bodies or places listed right after a trigger, in its own clause ("các buổi tiếp những
    đoàn khách đến từ Thái Lan, Lào và Mông Cổ"): a run of them with only "," or "và" between;
    none when the first is where the meeting was held ("tại …")."""
    spans = [s for s in spans_within(ents, trigger_end, end) if s.label in ("ORG", "LOC")]
    if not spans or not LIST_LEAD.fullmatch(text, trigger_end, spans[0].start) or HELD_AT.search(
            text, trigger_end, spans[0].start):
        return []
    run = [spans[0]]
    for s in spans[1:]:
        if not LIST_GAP.fullmatch(text, run[-1].end, s.start):
            break
        run.append(s)
    return [s.text for s in run]


def split_by_party(text: str, ents: Sequence[Span], cand: Draft, sent: tuple[int, int],
                   named: Sequence[Person]) -> list[Draft]:
    """"A có các buổi tiếp những đoàn khách đến từ B, C và D": one meeting per body or place
    named after the trigger, each with the people named and the bodies before the trigger;
    each names its party as the one met (``guest_parties``), so that none restates another."""
    met = parties_listed(text, ents, cand.trigger_start + len(cand.trigger), sent[1])
    if len(met) < 2:
        return [cand]
    own = parties_in(ents, sent[0], cand.trigger_start, text)
    out = []
    for party in met:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, cand.location)
        d.add_people(named)
        d.add_orgs(own + [party])
        d.guest_parties = [party]
        out.append(d)
    return out
