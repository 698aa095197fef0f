"""Coordinated triggers ("A gặp B, thăm C và tham dự D"): which trigger states the sentence's
event, and the later doings of the same subject, each an event.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import ATTENDS, Draft
from vnmeet.inference.events.mentions import BOTH_SIDES, location_in, parties_in
from vnmeet.inference.events.triggers import HOSTING_TYPES
from vnmeet.inference.people import norm


COORDINATED = re.compile(r"^\s*(?:,|và|,?\s*trao đổi\s*(?:và|,)?)\s*$", re.I)


def pick_main(text: str, triggers: Sequence[tuple[int, int, str]]) -> int:
    """Index of the trigger that states the sentence's event: of coordinated triggers
    ("gặp gỡ, trao đổi và ký kết") the specific one wins over a generic one (type other)."""
    i = 0
    while (i + 1 < len(triggers) and triggers[i][2] == "other"
           and COORDINATED.match(text[triggers[i][1]:triggers[i + 1][0]])):
        i += 1
    return i


# Right before a trigger: the end of a clause that names a delegation's head ("đoàn … do bà X
# làm Trưởng đoàn, sang thăm …"): what follows is the delegation's doing, not the subject's.
HEADED_BY = re.compile(r"\b(?:làm|là)\s+trưởng\s+(?:đoàn|phái đoàn)\s*,\s*$", re.I)


# Right before a trigger that is the next predicate of the same subject ("A gặp B, thăm C và
# tham dự D", "hội đàm và chứng kiến lễ ký kết"): a comma, semicolon or "và", then adverbs
# ("đã", "cũng", "đến") or "chứng kiến".
COORD_BEFORE = re.compile(r"(?:[,;]|\bvà\b|\brồi\b)\s*(?:(?:đã|cũng|sau đó|đến|tới|có\s+(?:cuộc|buổi)|"
                          r"chứng kiến(?:\s+lễ)?)\s+)*$", re.I)


def coordinated(text: str, free: Sequence[tuple[int, int, str]],
                main: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """Later triggers of a sentence that continue its subject's list of doings ("Chủ tịch A
    đã gặp B, thăm C, tham dự D"): annotators give each its own event, so each opens one.
    Not the guest's attendance told with the guest's visit after a hosting event ("A tiếp B
    và đoàn đến thăm, làm việc và tham dự Ngày X"): the doings are the guest's, and the
    attendance no event of its own (as in ``beside_main``)."""
    out: list[tuple[int, int, str]] = []
    prev = main
    for t in free:
        if t[0] <= main[1]:
            continue
        guests = main[2] in HOSTING_TYPES and prev[2] == "visit" and prev is not main and prev not in out
        prev_end = (out[-1] if out else main)[1]
        if (COORD_BEFORE.search(text[max(prev_end, t[0] - 30):t[0]])
                and not (guests and norm(text[t[0]:t[1]]) in ATTENDS)
                and not HEADED_BY.search(text, prev_end, t[0])):
            out.append(t)
        prev = t
    return out


def add_coordinated(art: Article, sent: tuple[int, int], main: tuple[int, int, str],
                    coords: Sequence[tuple[int, int, str]], cand: Draft) -> None:
    """One event per coordinated trigger: the subject of the sentence (named before its main
    trigger, or "hai lãnh đạo" standing for the two sides the main event took) with the people
    its own words name (a visit's hosts excepted), on the main event's day. The last doing is
    the one the next sentences tell ("A đến thăm tỉnh B và có buổi hội đàm với ông C. Ông C
    cho biết …": C speaks at the talks, not on A's visit)."""
    subject = art.people_in(sent[0], main[0]) or (
        cand.people if BOTH_SIDES.search(art.text, sent[0], main[0]) else [])
    lead_orgs = parties_in(art.ents, sent[0], main[0], art.text)
    for k, (cs, ce, ctyp) in enumerate(coords):
        end = coords[k + 1][0] if k + 1 < len(coords) else sent[1]
        d = Draft(art.text[cs:ce], ctyp, cs, date=cand.date)
        d.add_people(subject)
        if ctyp != "visit":
            d.add_people(art.people_in(ce, end))
        d.location = location_in(art.text, art.ents, cs, end)
        d.add_orgs(lead_orgs + parties_in(art.ents, ce, end, art.text))
        if d.people:
            art.last = art.place(d, cand.date is not None, before=sent[0])
