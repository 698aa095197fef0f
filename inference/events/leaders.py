"""Delegation leaders ("đoàn … do ông X dẫn đầu"): the leader takes part in what the
delegation does."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import parties_in, person_of, within
from vnmeet.inference.events.triggers import find_triggers
from vnmeet.inference.normalise import tone_normalise
from vnmeet.inference.people import norm

# "Đoàn … do ông X, <title> dẫn đầu / làm trưởng đoàn": the names after "do" lead it (one, or
# several jointly: "được ông A, ông B và bà C dẫn đầu").
LED_BY = re.compile(r"\b(?:do|được)\s+[^.;]{0,250}?\b(?:dẫn đầu|(?:làm|là)\s+trưởng\s+đoàn)", re.I)


# A delegation named as a party ("Đoàn đại biểu", "đoàn", "phái đoàn"), not "đoàn kết", a
# trade union ("Công đoàn"), a brigade or a group of companies.
DELEGATION = re.compile(r"(?<!\w)(?<!công )(?<!lữ )(?<!tập )(?<!sư )(?<!binh )(?<!quân )"
                        r"(?:phái\s+)?đoàn(?!\s+kết)(?!\w)", re.I)


# Right before "đoàn": several delegations ("các đoàn", "hai đoàn công tác").
SEVERAL = re.compile(r"\b(?:các|những|hai|ba|bốn|năm|[2-9]|\d{2,})\s+$", re.I)


# The delegation as the object of the trigger ("tiếp đoàn", "Đón đoàn công tác", "Đón và tiếp
# xã giao đoàn").
RECEIVES_DELEGATION = re.compile(r"\s+(?:và\s+\w+\s+(?:\w+\s+)?)?(?:phái\s+)?đoàn(?!\s+kết)(?!\w)", re.I)


# Where the name written after "đoàn" ends: a comma or a word that opens the rest of the clause
# ("Đón đoàn tại cửa khẩu X", "Đón và tiếp đoàn, phía tỉnh Y có …": X and Y are no delegation).
NAME_END = re.compile(r"[,;:(]|\s(?:tại|có|do|đã|đang|sẽ|đến|sang|về|tới|cùng|với|và)\s", re.I)


def party_key(name: str) -> str:
    """A comparison key for places and bodies: one article may write both tone placements
    ("Huyện ủy"/"Huyện uỷ", "Hòa"/"Hoà"), and a delegation's body must match across them, so
    the key places the tone as ``normalise.tone_normalise`` does."""
    return tone_normalise(norm(name))


@dataclass
class Leader:
    """Who leads a delegation (one person, or several who lead it jointly: "Phái đoàn được ông
    A, ông B và bà C dẫn đầu"), where the statement ends, and the parties it names."""

    people: list[Person]
    end: int
    parties: set[str]


def delegation_leaders(text: str, ents: Sequence[Span], people: Sequence[Person],
                       sents: Sequence[tuple[int, int]]) -> list[Leader]:
    """Each "Đoàn … do ông X, <title> dẫn đầu / làm trưởng đoàn": the people who stand for
    the delegation when its event names nobody else (all of a joint lead: each is named as
    the delegation's head), with the places and bodies of the
    sentence that says so (the delegation's own)."""
    out: list[Leader] = []
    for m in LED_BY.finditer(text):
        named = [person_of(s, people) for s in ents if s.label == "PER" and within(s, m.start(), m.end())]
        if not named or named[0] is None:
            continue
        start = next((a for a, b in sents if a <= m.start() < b), m.start())
        # "Đoàn A do X làm trưởng đoàn, trong khi Đoàn B do Y làm trưởng đoàn": B is Y's, not A.
        start = max([start] + [d.end for d in out if d.end <= m.start()])
        out.append(Leader([p for p in named if p is not None], m.end(),
                          {party_key(p) for p in parties_in(ents, start, m.end(), text)}))
    return out


def delegations_named(text: str, ents: Sequence[Span], sent: tuple[int, int]) -> list[tuple[int, str]]:
    """(offset, name) of each "đoàn" of a sentence that names a place or body right after it
    ("Đoàn đại biểu tỉnh A hội đàm với Đoàn đại biểu tỉnh B": A and B); bare ones are left out."""
    marks = list(DELEGATION.finditer(text, sent[0], sent[1]))
    out = []
    for k, m in enumerate(marks):
        stop = min(sent[1], m.end() + 60, *[n.start() for n in marks[k + 1:k + 2]])
        end = NAME_END.search(text, m.end(), stop)
        named = parties_in(ents, m.end(), end.start() if end else stop, text)
        if named:
            out.append((m.start(), party_key(named[0])))
    return out


def party_to(at: int, triggers: Sequence[int]) -> Optional[int]:
    """The trigger a delegation named at ``at`` is a party to: the last one before it ("tiếp
    đoàn …", "hội đàm với Đoàn …"), else the first after it (the subject: "Đoàn … thăm")."""
    before = sorted(t for t in triggers if t < at)
    after = sorted(t for t in triggers if t > at)
    return before[-1] if before else (after[0] if after else None)


def leader_named(leaders: Sequence[Leader], at: int, named: str) -> list[Person]:
    """The leaders of the delegation of ``named`` (its statement names that place or body): the
    one stated last before ``at``, else the first stated after it."""
    own = [d for d in leaders if any(named in p for p in d.parties)]
    before = [d for d in own if d.end <= at]
    lead = before[-1] if before else (own[0] if own else None)
    return lead.people if lead is not None else []


def delegation_named(text: str, ents: Sequence[Span], sent: tuple[int, int],
                     trigger_at: int) -> Optional[str]:
    """How a sentence names a delegation: None when it names none, or several ("các đoàn công
    tác của tỉnh A đã thăm các tỉnh B, C": each has a leader of its own, none stands for all);
    else the first place or body written right after "đoàn" ("Đoàn đại biểu thành phố Thiên
    Tân"), "" for a bare "đoàn"."""
    m = DELEGATION.search(text, sent[0], sent[1])
    if m is None or SEVERAL.search(text, max(sent[0], m.start() - 12), m.start()):
        return None
    stop = trigger_at if trigger_at > m.end() else min(sent[1], m.end() + 60)
    end = NAME_END.search(text, m.end(), stop)
    named = parties_in(ents, m.end(), end.start() if end else stop, text)
    return party_key(named[0]) if named else ""


def leader_for(leaders: Sequence[Leader], at: int, named: str) -> list[Person]:
    """The leaders of the delegation stated last before ``at`` (else the first stated after
    it: a headline names the delegation before the lead says who leads it), when the event's
    delegation is not another one (a place or body its leader's statement does not name, even
    as part of a longer name: "Campuchia" is in "Tòa án tối cao Vương quốc Campuchia"; a
    statement that names none, "Đoàn được ông X dẫn đầu", is about the delegation before it)."""
    if not leaders:
        return []
    before = [d for d in leaders if d.end <= at]
    lead = before[-1] if before else leaders[0]
    same = not named or not lead.parties or any(named in p for p in lead.parties)
    return lead.people if same else []


def add_leaders(text: str, ents: Sequence[Span], drafts: Sequence[Draft],
                leaders: Sequence[Leader], sents: Sequence[tuple[int, int]]) -> None:
    """An event that names nobody but whose sentence names a delegation ("Đoàn đã thăm …",
    "chào mừng đoàn đến thăm"), or that receives the delegation ("Đón đoàn có ông X"), is the
    delegation's: its leader takes part (annotators name the leader as the delegation's
    party rather than leave it out). An event that names people takes the leader of each
    delegation named by its place or body as a party to its trigger ("Đoàn đại biểu tỉnh A
    hội đàm với Đoàn đại biểu tỉnh B" takes the leaders of both)."""
    for d in drafts:
        sent = next((s for s in sents if s[0] <= d.trigger_start < s[1]), None)
        received = RECEIVES_DELEGATION.match(text, d.trigger_start + len(d.trigger))
        if sent is not None and d.people:
            starts = [t[0] for t in find_triggers(text, sent[0], sent[1])]
            named = [n for at, n in delegations_named(text, ents, sent)
                     if party_to(at, starts) == d.trigger_start]
            d.add_people([p for n in named for p in leader_named(leaders, sent[1], n)])
        if sent is None or (d.people and not received):
            continue
        named = delegation_named(text, ents, sent, d.trigger_start)
        if named is not None:
            d.add_people(leader_for(leaders, sent[1], named))
