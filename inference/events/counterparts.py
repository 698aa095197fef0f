"""Whom a meeting names as the side met: the guest named right after its trigger, the
bodies after "với", and the counterparts of meetings a sentence names without stating them.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.mentions import parties_in
from vnmeet.inference.events.triggers import clause_end_at


# "Ra đón Đoàn tại sân bay có: A; B": a list of who was there, on the side of the trigger's
# subject (the hosts), not its guest.
PRESENT_LIST = re.compile(r"\bcó\s*:", re.I)


def guests_after(art: Article, trigger_end: int, end: int) -> list[Person]:
    """Whom a meeting names right after its trigger, before its clause ends ("tiếp Đại sứ X,
    …"): the guest, where a host comes first; never those a list of who was there names
    (``PRESENT_LIST``)."""
    text = art.text
    clause_end = clause_end_at(text, trigger_end, end)
    listed = PRESENT_LIST.search(text, trigger_end, clause_end)
    return art.people_in(trigger_end, listed.start() if listed else clause_end)


def parties_met(art: Article, trigger_end: int, end: int) -> list[str]:
    """The bodies or places a meeting names right after "với" and its trigger, before its clause
    ends ("hội đàm với tỉnh B, …"): the party met."""
    text = art.text
    m = re.match(r"\s*với\b", text[trigger_end:end])
    if m is None:
        return []
    clause_end = clause_end_at(text, trigger_end, end)
    return parties_in(art.ents, trigger_end + m.end(), clause_end, text)


def unstated_counterparts(art: Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
                          stated: Sequence[tuple[int, int, str]],
                          main: tuple[int, int, str]) -> list[Person]:
    """Whom a meeting the sentence does not state names after "với", before the main trigger
    ("Trong chuyến thăm, A sẽ hội đàm với B; hội kiến C; chào xã giao D"): B is that meeting's
    counterpart, no party to the meetings with C or D. The counterpart runs to the next
    trigger or ";"."""
    out: list[Person] = []
    for k, t in enumerate(triggers):
        te = t[1]
        if t[0] >= main[0] or t in stated or not re.match(r"\s*với\b", art.text[te:sent[1]]):
            continue
        semicolon = art.text.find(";", te, main[0])
        end = min(triggers[k + 1][0], semicolon if semicolon >= 0 else main[0])
        out += art.people_in(te, end)
    return out
