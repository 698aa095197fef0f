"""Visits told as welcomed or thanked ("B hoan nghênh Chủ tịch X sang thăm …", "cảm ơn ông X đã
đến thăm …", "bày tỏ niềm vinh dự được thăm …"): the visit is under way, and the person welcomed
is its visitor.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.triggers import CAPITAL, clause_start_at


# Words that welcome or thank a visitor for the visit under way; the host's joy or honour
# ("vui mừng khi ông X tới thăm", "vinh hạnh được đón tiếp X tới thăm") welcomes it too.
WELCOMES = re.compile(r"\b(?:chào mừng|hoan nghênh|cảm ơn|cám ơn|"
                      r"(?:vui mừng|vinh dự|vinh hạnh|hân hạnh) (?:khi|(?:được )?đón(?: tiếp)?|được))\b",
                      re.I)
# The host's welcome, thanks or joy at a resident ambassador's visit to the province ("vui mừng
# khi Đại sứ X đến thăm tỉnh", "chào mừng ngài Đại sứ đã đến thăm"): the call is the reception
# itself. Joy at welcoming him ("vui mừng được đón tiếp Đại sứ X cùng đoàn đến thăm và dự …")
# still welcomes a visit.
ENVOY = re.compile(r"(?<!\w)Đại sứ(?!\s+quán)", re.I)


def envoy_call(text: str, welcome: re.Match[str], visit_start: int) -> bool:
    """Whether the host greets a resident ambassador's call ("vui mừng khi Đại sứ X đến thăm và
    làm việc tại tỉnh", "chào mừng ngài Đại sứ đã đến thăm tỉnh"): annotators see only the
    reception there, no visit."""
    return ("đón" not in welcome.group(0).lower()
            and ENVOY.search(text, welcome.end(), visit_start) is not None)


# The speaker's own honour at visiting ("bày tỏ niềm vinh dự được thăm chính thức Việt Nam").
SELF_HONOUR = re.compile(r"(?:vinh dự|vinh hạnh|hân hạnh) được$", re.I)


def honoured_speaker(art: Article, sent: tuple[int, int], cue: re.Match[str],
                     visit_start: int) -> list[Person]:
    """"A … bày tỏ niềm vinh dự được thăm Việt Nam": nobody named between the honour and the
    visit, so the visitor is the speaker, the last person named before the cue in the sentence.
    Not a resident ambassador's call."""
    if (SELF_HONOUR.search(cue.group(0)) is None or art.people_in(cue.end(), visit_start)
            or ENVOY.search(art.text, sent[0], visit_start)):
        return []
    return art.people_in(sent[0], cue.start())[-1:]


# A welcomed visit owned by a pronoun ("hoan nghênh chuyến thăm Việt Nam của bà"), and the same
# honorific written before a name ("bà X").
PRONOUN_OWNER = re.compile(r"[^,.;]{0,30}?\bcủa (ông|bà)\b(?!\s+" + CAPITAL + ")")


def pronoun_owner(art: Article, sent: tuple[int, int], visit_end: int) -> list[Person]:
    """"hoan nghênh chuyến thăm Việt Nam của bà": the visitor is the person last called by the
    same honorific before the visit in the sentence ("Chúc mừng bà X …"), the one the pronoun
    stands for."""
    m = PRONOUN_OWNER.match(art.text, visit_end, sent[1])
    if m is None:
        return []
    word = m.group(1)
    named = [p for p in art.people_in(sent[0], visit_end)
             if any(art.text.endswith(word + " ", 0, s.start) for s in art.ents
                    if s.label == "PER" and s.start >= sent[0] and s.end <= visit_end
                    and art.text[s.start:s.end] == p.name)]
    return named[-1:]


def add_welcomed_visits(art: Article, sent: tuple[int, int],
                        visits: Sequence[tuple[int, int, str]]) -> None:
    """"B hoan nghênh Chủ tịch X sang thăm …", "cảm ơn ông X đã đến thăm …": the visit being
    welcomed is under way, X's visit (merged with it when already stated). Without a name
    between the welcome and the trigger ("chào mừng đoàn sang thăm") nobody is known; a
    welcome in an earlier clause ("cảm ơn ông A đã đón tiếp; đồng thời … ông đến thăm …")
    thanks someone else, not the visitor."""
    for vs, ve, vtyp in visits:
        clause_start = clause_start_at(art.text, sent[0], vs)
        welcomes = list(WELCOMES.finditer(art.text, clause_start, vs))
        if not welcomes:
            continue
        after = welcomes[-1].end()
        guests = (art.people_in(after, vs) or honoured_speaker(art, sent, welcomes[-1], vs)
                  or pronoun_owner(art, sent, ve))
        if (not guests or "lời mời" in art.text[after:vs].lower()
                or envoy_call(art.text, welcomes[-1], vs)):
            continue  # nobody named, thanks for an invitation to visit (a plan), or an envoy's call
        d = Draft(art.text[vs:ve], vtyp, vs, date=art.last.date if art.last else None)
        d.add_people(guests[:1])
        art.place(d, False)
