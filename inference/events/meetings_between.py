"""A meeting named as a noun with both its sides after "giữa" ("kết quả của cuộc hội đàm
sáng nay giữa A và B") inside a sentence about something else: an occasion of its own.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import parties_in
from vnmeet.inference.events.triggers import clause_end_at


# "cuộc hội đàm sáng nay giữa", "cuộc điện đàm lịch sử giữa": a meeting noun, then (a few words
# on when or how, then) "giữa", which names both its sides.
BETWEEN = re.compile(r"(?:\s+[^\s,.;]+){0,3}?\s+giữa\b", re.I)


MEETING_NOUN = re.compile(r"(?<!\w)(?:cuộc|buổi)\s+$", re.I)


BETWEEN_TYPES = ("talks", "reception", "working_session")


def add_meetings_between(art: Article, sent: tuple[int, int],
                         triggers: Sequence[tuple[int, int, str]]) -> None:
    """A meeting named as a noun with both its sides after "giữa" ("kết quả của cuộc hội đàm
    sáng nay giữa A và B", "tiếp theo cuộc điện đàm giữa A và B ngày …") inside a sentence
    about something else: an occasion of its own between the people named there, dated by its
    own clause (or on the last event's day). Not one the sentence states already."""
    text = art.text
    for ts, te, typ in triggers:
        if typ not in BETWEEN_TYPES or any(d.trigger_start == ts for d in art.drafts):
            continue
        m = BETWEEN.match(text, te, sent[1])
        if m is None or not MEETING_NOUN.search(text, max(sent[0], ts - 8), ts):
            continue
        end = clause_end_at(text, m.end(), sent[1])
        sides = art.people_in(m.end(), end)
        if not sides:
            continue
        d = Draft(text[ts:te], typ, ts, date=art.date_for(ts, end, te))
        explicit = d.date is not None
        d.date = d.date or (art.last.date if art.last else None)
        d.add_people(sides)
        d.add_orgs(parties_in(art.ents, m.end(), end, text))
        art.place(d, explicit)
