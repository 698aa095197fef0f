"""Follow-up sentences: those that add people (and a missing date) to an occasion already
stated ("Tham dự hội đàm có …", "Tại buổi làm việc, …") instead of opening one, and the cues
that tell such a sentence from one stating a new occasion.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.document import Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.companions import accompanied
from vnmeet.inference.events.counterparts import guests_after
from vnmeet.inference.events.dating import same_occasion_date
from vnmeet.inference.events.drafts import ATTENDS, Draft, shares_someone
from vnmeet.inference.events.not_events import MEETING_TO_COME
from vnmeet.inference.events.occasions import add_co_chaired, add_conference
from vnmeet.inference.events.place_lists import hosts_at_stops
from vnmeet.inference.events.speakers import first_speaker
from vnmeet.inference.events.trip_dates import extends_visit
from vnmeet.inference.people import norm


# A sentence of this shape adds people to the occasion just stated.
JOIN_CUE = re.compile(
    r"^[\W\d]*(?:(?:cùng\s+|(?:đến|tới)\s+)?(?:tham\s+dự|dự|đi|tiếp|đón tiếp|làm việc|tham gia|"
    r"có mặt|tiếp và làm việc|đón tiếp và làm việc|hội đàm|hội kiến)\b[^.]{0,150}?\bcó\b"
    r"|(?:tại|trong|sau|kết thúc|kết luận|phát biểu tại|quang cảnh|mở đầu|cũng tại)\s+"
    r"(?:buổi|cuộc|hội đàm|hội kiến|phiên|lễ|đây|chuyến)"
    r"|cùng\s+(?:đi|dự|tham\s+dự|tham\s+gia|tiếp|đón)"
    r"|(?:về\s+)?phía\s+[^.]{0,80}?\bcó\b|tháp tùng\b[^.]{0,120}?\bcó\b"
    r"|dẫn đầu\s+(?:đoàn|phái đoàn)[^.]{0,120}?\bcó\b)", re.I)


# "Ông X, <title>, làm trưởng đoàn.", "Đồng chí Y, <title>, là thành viên của Đoàn công tác.": a
# sentence with no trigger that names who heads the delegation just met, or who belongs to
# it, adds that person to the occasion.
HEADS_DELEGATION = re.compile(r"\b(?:làm|là)\s+trưởng\s+(?:đoàn|phái đoàn)\b"
                              r"|\blà\s+thành viên\s+(?:của\s+)?(?:đoàn|phái đoàn)\b", re.I)


# "Phó Chủ tịch tỉnh A và lãnh đạo các sở cùng đi với đoàn": those named go along with the
# delegation just told, though the sentence states no meeting of its own. They join after the
# delegation's leader is found: an event that names nobody else takes its leader.
GOES_WITH_DELEGATION = re.compile(r"\b(?:cùng\s+đi\s+(?:với|cùng)|đi\s+cùng|tháp tùng)\s+(?:phái\s+)?đoàn\b",
                                  re.I)


# A follow-up cue that only frames what comes next ("Sau lễ đón, hai bên hội đàm", "Trong chuyến
# thăm, A hội kiến B"): with a trigger of its own the sentence states a new event.
AFTER_CUE = re.compile(r"^[\W\d]*(?:(?:ngay\s+)?(?:sau|kết thúc)\s+(?:buổi|cuộc|lễ|phiên|hội đàm|hội kiến)"
                       r"|trong\s+chuyến)", re.I)


# "Tại buổi làm việc, …": the sentence tells the meeting just stated ("tại buổi gặp gỡ báo chí" is
# a press briefing, told to the press, not a meeting of the occasion).
AT_MEETING = re.compile(r"\btại\s+(?:buổi|cuộc)\s+(?:làm việc|tiếp|hội đàm|hội kiến|"
                        r"gặp(?!\s+gỡ\s+(?:báo|phóng viên|truyền thông))|"
                        r"chào|ký|lễ ký)|\btại\s+(?:hội đàm|hội kiến)", re.I)


# "Chín Đại sứ … gồm các đồng chí: A, …; B, …": a roll of names the last event is about; "Buổi
# lễ còn có sự tham dự của ông X": those who attended it.
LISTS_PEOPLE = re.compile(r"\b(?:gồm|gồm có|có)\s+(?:các\s+)?(?:đồng chí|ông|bà|vị|ngài)\s*:"
                          r"|\bcó\s+sự\s+(?:tham dự|tham gia|hiện diện|chứng kiến)\s+của\b", re.I)


# "A và B đồng chủ trì hội nghị", "Đối thoại do A và B đồng chủ trì": those who co-chair the
# occasion just told take part in it (a sentence that states no meeting of its own).
CO_CHAIRS = re.compile(r"\bđồng\s+chủ\s+trì\b", re.I)


# Kinds of occasion that a follow-up cue ("Tại cuộc hội đàm, …", "Tại đây, hai bên tiến hành
# ký kết …") states for the first time when the article has none of them yet.
NEW_OCCASION_TYPES = ("talks", "signing")


def named_kind(art: Article, sent: tuple[int, int],
               triggers: Sequence[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The trigger a follow-up cue names ("Tại hội đàm", "Tham dự buổi ký kết có"), if any."""
    named = [t for t in triggers if t[0] < sent[0] + 60]
    return named[0] if named else None


def occasion_of(art: Article, kind: Optional[tuple[int, int, str]]) -> Optional[Draft]:
    """The event a follow-up sentence refers to when its cue names a kind: the latest event
    of that kind; None when no kind is named or none of that kind exists. "Tại cuộc gặp"
    refers to a meeting, not to an attendance that shares its type ("A gặp B nhân dịp tham
    dự Hội nghị X"), and "Tham dự buổi lễ" to an attendance. With none of that kind, the latest
    event whose trigger holds the cue's word, a meeting ("tiếp và làm việc" for "tại buổi làm
    việc") before a visit ("thăm, làm việc"): the visit told beside the meeting ("tiếp B đang
    có chuyến thăm, làm việc") is no session of its own."""
    if kind is None:
        return None
    ts, te, typ = kind
    word = norm(art.text[ts:te])
    attends = word in ATTENDS
    for d in reversed(art.drafts):
        if d.type == typ and (norm(d.trigger) in ATTENDS) == attends:
            return d
    holding = [d for d in reversed(art.drafts) if word in norm(d.trigger)]
    meetings = [d for d in holding if d.type != "visit" or typ == "visit"]
    return (meetings or holding or [None])[0]


def first_statement(art: Article, sent: tuple[int, int], kind: tuple[int, int, str],
                    last: Draft, day: Optional[Span] = None) -> Draft:
    """"Tại cuộc hội đàm, …" when no talks were stated yet (only the visit or the welcome):
    the cue is the talks' first statement, a new event on the last event's day (or on the
    ``day`` the cue writes for it)."""
    ts, te, typ = kind
    d = Draft(art.text[ts:te], typ, ts, date=day or last.date or art.date_for(sent[0], sent[1], ts))
    d.add_orgs(last.orgs)
    art.drafts.append(d)
    return d


def plans_from(text: str, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]]) -> int:
    """Where a follow-up sentence starts listing meetings still to come ("Trong chuyến thăm,
    A sẽ hội đàm với B; hội kiến C"): those named from there on are no party to the event it
    joins. The sentence's end when it plans nothing."""
    return next((ts for ts, _, _ in triggers if MEETING_TO_COME.search(text, sent[0], ts)), sent[1])


# "Tại buổi …", "Trong cuộc …" right before a trigger: the cue names the meeting, whose guest may
# follow ("Tại buổi tiếp Đại sứ X"); "Tiếp và làm việc với đoàn có …" names the hosts instead.
AT_THE = re.compile(r"\b(?:tại|trong)\s+(?:buổi|cuộc)\s+$", re.I)


def names_another_guest(art: Article, sent: tuple[int, int], kind: tuple[int, int, str],
                        occasion: Draft) -> bool:
    """"Tại cuộc hội kiến Chủ tịch Quốc hội X, …" after a meeting with Y: the cue names right
    after its trigger (before the clause ends) someone who was not at the occasion, which
    already had people; it tells another meeting of that kind, not the same one again."""
    ts, te = kind[:2]
    if not AT_THE.search(art.text, max(sent[0], ts - 20), ts):
        return False
    guests = guests_after(art, te, sent[1])
    return bool(guests) and bool(occasion.people) and not shares_someone(guests, occasion.people)


def day_elsewhere(art: Article, sent: tuple[int, int], kind: tuple[int, int, str],
                  occasion: Draft) -> Optional[Span]:
    """"Tại hội đàm chiều 24-10, A và B …" after a phone call of April: the day the cue writes
    right after the meeting it names, when that is not the day of the latest event of that
    kind; the cue then tells another meeting of that kind, told first here. None otherwise."""
    own = art.date_for(sent[0], sent[1], kind[0])
    if (kind[2] in NEW_OCCASION_TYPES and own is not None and own.start < kind[1] + 30
            and not same_occasion_date(occasion.date, own, art.dateline)):
        return own
    return None


def join_sentence(art: Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
                  joining: bool) -> None:
    """A sentence that states no event of its own: a follow-up adds its people (and, to an
    undated event, its date) to the event it refers to; a speaker joins the last event; dated
    past visits mentioned in passing still count. Before any event is told, co-chairs
    (``add_co_chaired``) or a conference cue naming its speakers (``add_conference``) open the
    article's first event instead."""
    if art.last is None and (add_co_chaired(art, sent) or add_conference(art, sent)):
        return
    last = art.last
    if joining and last is not None:
        kind = named_kind(art, sent, triggers)
        occasion = occasion_of(art, kind)
        if occasion is not None and kind is not None:
            own_day = day_elsewhere(art, sent, kind, occasion)
            if own_day is not None or names_another_guest(art, sent, kind, occasion):
                occasion = first_statement(art, sent, kind, occasion, own_day)
        last = occasion or (
            first_statement(art, sent, kind, last)
            if kind is not None and kind[2] in NEW_OCCASION_TYPES else last)
        art.last = last
    if last is not None and not joining:
        speaker = first_speaker(art.text, art.ents, art.people, *sent, present=last.people)
        if speaker is not None:
            last.add_people([speaker])
    passing = art.passing(triggers, sent, last.date if last else None)
    for d in passing:
        if not extends_visit(art, d):
            art.place(d, True)
    if joining and last is not None:
        used = [p for d in passing for p in d.people]
        joined = [p for p in art.people_in(sent[0], plans_from(art.text, sent, triggers))
                  if all(p is not q for q in used)]
        hosts = hosts_at_stops(art, sent, last)
        for stop, people in hosts:
            stop.add_people([p for p in people if any(p is q for q in joined)])
        last.add_people([p for p in joined if all(p is not q for _, people in hosts for q in people)])
        for d in accompanied(art, sent, last):
            d.add_people(joined)
        if last.date is None and not passing:
            last.date = art.date_for(sent[0], sent[1], sent[1])
