"""Welcome ceremonies beside a meeting ("Sau lễ đón, A hội đàm với B"): where a welcome took
place, and the welcome as an event of its own.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import Draft


# Frame-clause triggers that still took place as events of their own ("Sau lễ đón, …").
CEREMONY_TYPES = ("welcome",)


# "tại sân bay", "lễ đón chính thức": the words that say where a welcome took place (see
# ``other_venue``). A bare "lễ đón" may name either ("Một số hình ảnh tại lễ đón …").
AIRPORT = re.compile(r"(?<!\w)sân bay(?!\w)", re.I)


CEREMONY_BEFORE = re.compile(r"(?<!\w)lễ\s*$", re.I)


CEREMONY_AFTER = re.compile(r"\s*chính thức(?!\w)", re.I)


def welcome_venue(text: str, start: int, end: int, trigger: tuple[int, int]) -> str:
    """Where the welcome whose trigger is text[trigger[0]:trigger[1]] took place, as the clause
    text[start:end] says: "airport" ("đón … tại sân bay"), "ceremony" ("lễ đón chính thức"),
    else "". An arrival at the airport and the official ceremony are two occasions."""
    if AIRPORT.search(text, start, end):
        return "airport"
    if (CEREMONY_BEFORE.search(text, max(start, trigger[0] - 8), trigger[0])
            and CEREMONY_AFTER.match(text, trigger[1])):
        return "ceremony"
    return ""


# Right before a welcome that a follow-up names as done ("Tại cuộc hội kiến …, sau lễ đón, hai bên
# …", "Trong cuộc gặp sau lễ đón, …").
AFTER_CEREMONY = re.compile(r"\bsau\s+(?:buổi\s+)?lễ\s*$", re.I)


def after_ceremony(text: str, t: tuple[int, int, str]) -> bool:
    """A welcome ceremony that a follow-up sentence says came before the meeting it reports."""
    return t[2] in CEREMONY_TYPES and AFTER_CEREMONY.search(text, max(0, t[0] - 20), t[0]) is not None


def add_ceremonies(art: Article, ceremonies: Sequence[tuple[int, int, str]], main: Draft) -> None:
    """A welcome named in a frame clause ("Sau lễ đón, A hội đàm với B") took place: it is an
    event of its own, on the main event's day, between the same parties."""
    for cs, ce, ctyp in ceremonies:
        d = Draft(art.text[cs:ce], ctyp, cs, date=main.date, location=main.location)
        d.venue = welcome_venue(art.text, cs - 8, ce, (cs, ce))
        d.add_people(main.people)
        d.add_orgs(main.orgs)
        art.place(d, False)
