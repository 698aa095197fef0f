"""Statements that tell the last event again rather than a new one: the host receiving the
delegation whose visit was just stated, a meeting with "đoàn" and nothing more, attending
"the ceremony" just told.
"""
from __future__ import annotations

import re

from vnmeet.inference.events.article import Article
from vnmeet.inference.events.dating import INHERIT, same_occasion_date
from vnmeet.inference.events.drafts import ATTENDS, Draft
from vnmeet.inference.events.trip_dates import SPAN_WORDS, ranges_after
from vnmeet.inference.people import norm


# Right after "tiếp": the delegation itself ("tiếp đoàn", "tiếp và làm việc với Đoàn đại biểu …").
RECEIVES_DELEGATION = re.compile(r"\s*(?:và\s+làm\s+việc\s+)?(?:với\s+)?(?:các\s+)?đoàn\b", re.I)


def receives_visitors(cand: Draft, visit: Draft) -> bool:
    """"Tiếp và làm việc với Đại sứ X, …" after X's visit: the guests named right after the
    reception's trigger are all visitors of the visit."""
    return bool(cand.guests) and all(any(p is q for q in visit.people) for p in cand.guests)


def several_days(art: Article, visit: Draft) -> bool:
    """A visit written with a span of days right after its trigger ("thăm cấp Nhà nước tới Việt
    Nam từ ngày 9 đến ngày 12-9"): a trip that holds receptions of its own, unlike a visit of a
    day whose host receiving the visitor restates it."""
    te = visit.trigger_start + len(visit.trigger)
    near = [d for d in art.dates() if te <= d.start and d.end <= te + 80]
    return bool(ranges_after(art, te, te + 80)) or any(
        SPAN_WORDS.fullmatch(art.text[a.end:b.start]) is not None for a, b in zip(near, near[1:]))


def receives_the_visit(art: Article, cand: Draft, trigger_end: int, end: int) -> bool:
    """"Đoàn do ông X dẫn đầu đến thăm và làm việc với tỉnh Y. Phó Chủ tịch tỉnh Z tiếp đoàn":
    the host receiving the delegation whose visit was just stated is the visit's other side,
    not another occasion; annotators add the hosts to the visit. The reception names no guest
    beyond the visitors, no other date and no place of its own ("tiếp đoàn tại Văn phòng Tỉnh
    ủy" is a meeting of its own). Adds the hosts to the visit when so."""
    last = art.last
    if cand.type != "reception" or last is None or last.type != "visit":
        return False
    if not (RECEIVES_DELEGATION.match(art.text, trigger_end)
            or (receives_visitors(cand, last) and not several_days(art, last))):
        return False
    if cand.location is not None and cand.location != last.location:
        return False
    if not same_occasion_date(last.date, cand.date, art.dateline):
        return False
    guests = art.people_in(trigger_end, end)
    if any(all(p is not q for q in last.people) for p in guests):
        return False
    last.take_parties(cand)
    return True


# Right after a trigger: the delegation already told about, named by nothing more ("cùng làm
# việc với đoàn.", "khi gặp gỡ đoàn và giới thiệu …").
BARE_DELEGATION = re.compile(r"\s*(?:với\s+)?(?:các\s+thành\s+viên\s+)?đoàn\s*(?:[,.;:]|$|và\b|tại\b|nhân\b)", re.I)


# Kinds of meeting that may tell again the occasion with a delegation (not a welcome, a
# farewell or a visit, each an occasion of its own beside it).
MEETS_TYPES = ("reception", "working_session", "talks", "other")


def meets_the_delegation(art: Article, cand: Draft, trigger_end: int, head: str) -> bool:
    """A meeting with "đoàn" and nothing more, not opened by a cue of a new occasion ("cùng
    ngày"), on the day of the last event: the delegation of the last event, met again in
    the telling of that occasion. Adds its people to the last event when so."""
    last = art.last
    if (last is None or last.type == "visit" or cand.type not in MEETS_TYPES or INHERIT.search(head)
            or not BARE_DELEGATION.match(art.text, trigger_end)
            or not same_occasion_date(last.date, cand.date, art.dateline)):
        return False
    last.take_parties(cand)
    return True


# Right after "dự": the ceremony already told, named by nothing more ("tham dự buổi lễ.",
# "các đại biểu dự lễ ký kết.").
BARE_CEREMONY = re.compile(r"\s*(?:buổi\s+)?lễ(?:\s+ký(?:\s+kết)?)?\s*(?:[,.;]|$)", re.I)


def attends_the_ceremony(art: Article, cand: Draft, trigger_end: int) -> bool:
    """Attending "the ceremony" named by nothing more, on the day of the last event: those
    named attended that occasion (the signing just told), not one of their own. Adds them to
    the last event when so."""
    last = art.last
    if (last is None or norm(cand.trigger) not in ATTENDS or not BARE_CEREMONY.match(art.text, trigger_end)
            or not same_occasion_date(last.date, cand.date, art.dateline)):
        return False
    last.add_people(cand.people)
    return True
