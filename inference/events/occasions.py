"""An article's first occasion told without a trigger of its own: co-chairs ("A và B đồng
chủ trì Hội nghị") or a conference cue naming who spoke ("Tại hội nghị, A và B …").
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import parties_in


# Chairing together, before any meeting is told: "A và B đồng chủ trì", "A và B cùng chủ trì",
# "A cùng B đã chủ trì Hội nghị trực tuyến" (those named before the verb are the chairs).
CHAIR_TOGETHER = re.compile(r"(?:\b(?:đồng|cùng)\s+|\bcùng\b[^.;]{1,150}?\s)chủ\s+trì\b", re.I)


CHAIR_VERB = re.compile(r"(?:(?:đồng|cùng)\s+)?chủ\s+trì$", re.I)


def add_co_chaired(art: Article, sent: tuple[int, int]) -> bool:
    """"Ông A, … và ngài B, … đồng chủ trì Hội nghị.", before any meeting is told: the lead
    names the occasion with no trigger ("Chiều 7/11, hai tỉnh đã tổ chức hội nghị sơ kết …"), and
    the two who chair it together are its parties; annotators give it an event (type other),
    dated by its sentence, the scene just set, or else the lead. Adds it when so, and only in an
    article that dates something (``dated_anywhere``)."""
    m = CHAIR_TOGETHER.search(art.text, sent[0], sent[1])
    chairs = art.people_in(sent[0], m.end()) if m else []
    if m is None or len(chairs) < 2 or not dated_anywhere(art):
        return False
    verb = CHAIR_VERB.search(m.group())
    open_occasion(art, sent, verb.group(), m.start() + verb.start(), chairs)
    return True


def dated_anywhere(art: Article) -> bool:
    """Whether the article writes a date of its own (not only the page's stamp): an occasion
    told only by who chaired it, in an article that dates nothing ("Hội nghị được tổ chức nhằm
    chào mừng …; A và B đồng chủ trì hội nghị."), is a background account, not a meeting the
    article reports; annotators give it no event."""
    return any(s != art.dateline_span for s in art.dates())


def open_occasion(art: Article, sent: tuple[int, int], trigger: str, at: int,
                  people: Sequence[Person]) -> None:
    """The article's first event, an occasion told without a trigger of its own (type other),
    with the people and parties its sentence names, dated by that sentence or the scene just set
    (else undated)."""
    d = Draft(trigger, "other", at, date=art.date_for(sent[0], sent[1], at) or art.scene_date)
    d.add_people(people)
    d.add_orgs(parties_in(art.ents, sent[0], sent[1], art.text))
    art.drafts.append(d)
    art.last = d


# "Tại hội nghị, …", "Phát biểu tại Hội nghị, …": a sentence that tells what was said or agreed at
# a conference.
AT_CONFERENCE = re.compile(r"[\W\d]*(?:phát biểu\s+)?tại\s+(?:buổi\s+)?(hội nghị)\b", re.I)


def add_conference(art: Article, sent: tuple[int, int]) -> bool:
    """"Tại hội nghị, Phó trưởng ban A và Phó trưởng ban B lần lượt giới thiệu …" before any
    meeting is told: the lead names the conference with no trigger ("Hội nghị … đã diễn ra với
    hình thức trực tuyến"), and the cue tells who took part in it; annotators give the conference
    an event (type other) with the people and parties the sentence names. Not when it names
    nobody ("Tại hội nghị, hai bên thống nhất …"). Adds it when so."""
    m = AT_CONFERENCE.match(art.text, sent[0], sent[1])
    speakers = art.people_in(sent[0], sent[1])
    if m is None or not speakers:
        return False
    open_occasion(art, sent, m.group(1), m.start(1), speakers)
    return True
