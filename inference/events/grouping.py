"""Grouping: meeting events (GUIDELINES.md §2) from a text, its entities and its people.

Reading order, one sentence at a time (hard-wrapped lines are joined first):

1. A sentence that adds people to an occasion already stated ("Tham dự hội đàm có …",
   "Tiếp và làm việc với đoàn có các đồng chí: …", "Về phía X có …", "Tại buổi làm việc, …")
   joins the last event instead of opening one; so does a person who opens a later sentence
   and speaks ("Ông X, Chủ tịch …, cho biết").
2. Otherwise its first trigger that states a meeting (not a plan without a date, a total,
   a general statement, reported speech, a funeral) is a candidate event. A candidate that
   restates an event already found (same type, same or fewer/more of the same people, no
   other date; or an undated headline event and its dated lead) is merged into it; otherwise
   it is a new event. "các cuộc điện đàm với A và B" gives one event per counterpart.
3. A later trigger in the same sentence with a date of its own ("trong chuyến thăm … (tháng
   8/2023)") is an event of its own (a past visit mentioned in passing); a visit named
   beside the main event ("… tiếp ông X đang thăm Việt Nam") is the visitor's visit.
4. Beside the main event: a welcome in a frame clause ("Sau lễ đón, A hội đàm với B") is an
   event of its own; a visitor welcomed by name ("hoan nghênh Chủ tịch X sang thăm") is on a
   visit; a past signing with its own date ("thỏa thuận đã ký năm 2020") is an event; a
   follow-up cue naming talks not yet stated ("Tại cuộc hội đàm, …") states them; an unnamed
   dated visit close to the stated one ("Chuyến thăm diễn ra từ ngày 25 đến 29-9") dates it.
   A visit's participants are its visitors, not the hosts named after "thăm". A stop within a
   trip ("Trong khuôn khổ chuyến thăm Hàn Quốc, A tới thăm thành phố Busan") is a visit of its
   own beside the trip's.
5. Later triggers coordinated with the main one ("A gặp B, thăm C và tham dự D") are events
   of the same subject; attending a conference named in a frame clause ("Trong khuôn khổ dự
   Hội nghị …, A gặp B") is the subject's event; a frame cue with a trigger of its own
   ("Sau lễ đón, hai bên hội đàm") states a new event instead of joining the last one.
6. In any sentence, a signing whose subject is two bodies or places ("Tỉnh A và tỉnh B đã ký
   …") or the two sides of the occasion just told ("Tại đây, hai bên ký kết …") is a signing
   between those bodies, with the date of its own clause.

Once the article is read, an event that names neither a person nor a body is dropped, and so
is a planned visit named as a noun with nobody named ("chuyến thăm sẽ diễn ra …").

Dates come from the sentence's most precise DATE or are inherited from the previous event
("cùng ngày", "trước đó"); ``date_iso`` uses the article's dateline for the year (dates.py).
The trigger lexicon and the word lists that rule triggers out are tables in triggers.py.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Optional, Sequence

from vnmeet.inference.dates import date_range, dateline_span, find_dateline, parse_date
from vnmeet.inference.document import Event, Person, Span
from vnmeet.inference.events.dating import (
    close_dates,
    date_for,
    date_iso,
    dates_alone,
    granularity,
    same_occasion_date,
    spans_years,
)
from vnmeet.inference.events.drafts import ATTENDS, Draft, merge_target, shares_someone, spans_visit, to_event
from vnmeet.inference.events.leaders import add_leaders, delegation_leaders, delegation_named
from vnmeet.inference.events.mentions import (
    inviters_in,
    is_credit,
    location_in,
    parties_in,
    people_in,
    person_of,
    within,
)
from vnmeet.inference.events.statements import states_event, wished
from vnmeet.inference.events.triggers import CAPITAL, find_triggers, sentences
from vnmeet.inference.people import join_split_names, norm, person_spans

# A sentence of this shape adds people to the occasion just stated.
JOIN_CUE = re.compile(
    r"^[\W\d]*(?:(?:cùng\s+|(?:đến|tới)\s+)?(?:tham\s+dự|dự|đi|tiếp|làm việc|tham gia|"
    r"có mặt|tiếp và làm việc|đón tiếp và làm việc|hội đàm|hội kiến)\b[^.]{0,150}?\bcó\b"
    r"|(?:tại|trong|sau|kết thúc|kết luận|phát biểu tại|quang cảnh|mở đầu|cũng tại)\s+"
    r"(?:buổi|cuộc|hội đàm|hội kiến|phiên|lễ|đây|chuyến)"
    r"|cùng\s+(?:đi|dự|tham\s+dự|tham\s+gia|tiếp|đón)"
    r"|(?:về\s+)?phía\s+[^.]{0,80}?\bcó\b|tháp tùng\b[^.]{0,120}?\bcó\b"
    r"|dẫn đầu\s+(?:đoàn|phái đoàn)[^.]{0,120}?\bcó\b)", re.I)


# "Cùng đi với đoàn có …", "Cùng dự có …": people who go along with an occasion; before any
# event is stated (an article that opens with them) they wait for the first one.
GOES_ALONG = re.compile(r"[\W\d]*cùng\s+(?:đi|dự|tham\s+dự|tham\s+gia)\b[^.]{0,150}?\bcó\b", re.I)


# A follow-up cue that only frames what comes next ("Sau lễ đón, hai bên hội đàm", "Trong chuyến
# thăm, A hội kiến B"): with a trigger of its own the sentence states a new event.
AFTER_CUE = re.compile(r"^[\W\d]*(?:(?:ngay\s+)?(?:sau|kết thúc)\s+(?:buổi|cuộc|lễ|phiên|hội đàm|hội kiến)"
                       r"|trong\s+chuyến)", re.I)


# "X, Chủ tịch …, cho biết": a speaker in the report of a meeting took part in it.
SPEAKER = re.compile(r"[^.;:]{0,120}?\b(?:khẳng định|cho biết|nhấn mạnh|đánh giá cao|bày tỏ|cảm ơn|"
                     r"cám ơn|đề nghị|chúc mừng|mong muốn|chia sẻ|phát biểu|hoan nghênh|"
                     r"thông tin|giới thiệu|đề xuất|báo cáo|nhận định|trao đổi|tặng quà|trao tặng|"
                     r"cho rằng|cam kết)\b",
                     re.I)


AT_MEETING = re.compile(r"\btại\s+(?:buổi|cuộc)\s+(?:làm việc|tiếp|hội đàm|hội kiến|gặp|"
                        r"chào|ký|lễ ký)|\btại\s+(?:hội đàm|hội kiến)", re.I)


INHERIT = re.compile(r"\b(?:cùng ngày|trước đó|sau đó|cũng trong|cùng buổi|tiếp đó|"
                     r"ngay sau đó|tối cùng|sáng cùng|chiều cùng)\b", re.I)


# "Chín Đại sứ … gồm các đồng chí: A, …; B, …": a roll of names the last event is about; "Buổi
# lễ còn có sự tham dự của ông X": those who attended it.
LISTS_PEOPLE = re.compile(r"\b(?:gồm|gồm có|có)\s+(?:các\s+)?(?:đồng chí|ông|bà|vị|ngài)\s*:"
                          r"|\bcó\s+sự\s+(?:tham dự|tham gia|hiện diện|chứng kiến)\s+của\b", re.I)


# Triggers that, with a date of their own, are past events mentioned in passing ("tỉnh đã ký
# bản ghi nhớ (29/12/2021)", "chuyến thăm … (tháng 8/2023)").
PASSING_TYPES = ("visit", "signing")


# What may stand between "ký" and a bare year that dates the signing.
SIGNED_WHEN = re.compile(r"^\s*$|\b(?:vào|trong|từ)\s+(?:cuối\s+|đầu\s+|giữa\s+)?$|\(\s*$", re.I)


def passing_events(text: str, ents: Sequence[Span], people: Sequence[Person],
                   triggers: Sequence[tuple[int, int, str]], sent: tuple[int, int],
                   main_date: Optional[Span], dateline: Optional[str],
                   skip: Optional[Span]) -> list[Draft]:
    """Later triggers of a sentence that carry a date of their own within a few words
    ("chuyến thăm … vào tháng 3/2024", "chuyến thăm … (tháng 8/2023)", "thỏa thuận được ký
    kết ngày 14/5/2018"). Events with neither people nor parties are left out."""
    out = []
    for k, (ts, te, typ) in enumerate(triggers):
        if typ not in PASSING_TYPES and not re.search(r"chuyến\s*$", text[max(0, ts - 10):ts]):
            continue
        if wished(text, sent[0], ts):
            continue
        limit = min(sent[1], triggers[k + 1][0] if k + 1 < len(triggers) else sent[1], te + 90)
        dates = [s for s in ents if s.label == "DATE" and te <= s.start and s.end <= limit
                 and s != skip and (typ != "signing" or dates_signing(text, te, s))]
        if not dates or (main_date is not None and same_occasion_date(dates[0], main_date, dateline)):
            continue
        lo = max(sent[0], ts - 50, text.rfind(";", sent[0], ts) + 1, text.rfind(",", sent[0], ts - 45) + 1)
        d = Draft(text[ts:te], typ, ts, date=dates[0])
        d.add_people(people_in(text, ents, people, ts, dates[0].end)
                     or people_in(text, ents, people, lo, ts))
        d.location = location_in(text, ents, te, dates[0].end)
        d.add_orgs([d.location] if d.location else [])
        d.add_orgs(parties_in(ents, lo, dates[0].end, text))
        if d.people or d.orgs:
            out.append(d)
    return out


def dates_signing(text: str, trigger_end: int, span: Span) -> bool:
    """Whether a DATE after "ký" says when it was signed: a day or month ("(29/12/2021)"), or
    a year right after the trigger or after "vào" ("đã ký năm 2020", "vào cuối năm 2013") —
    not the years a document covers ("kế hoạch hợp tác năm 2026", "giai đoạn 2022 - 2026")."""
    if re.search(r"\d{4}\s*[-–]\s*\d{4}", span.text):
        return False
    return granularity(span) > 1 or SIGNED_WHEN.search(text[trigger_end:span.start]) is not None


FRAME = re.compile(r"^[\W\d]*(?:nằm\s+)?(?:trong khuôn khổ|nhân dịp(?!\s+này)|nhân chuyến|trong chương trình|"
                   r"tiếp tục chương trình|tiếp theo chương trình|tiếp tục các hoạt động|"
                   r"ngay sau|sau khi|sau(?!\s+đó)|"
                   r"trước khi|trong chuyến|trong dịp|nhân(?!\s+dân)|kết thúc)\b[^,]*$", re.I)


# A crawler dateline or an outlet's tag glued to the front of a sentence (" date 2025-08-13
# Trong …", "(Ngày Nay) - Tiếp tục các hoạt động trong khuôn khổ …"): the frame follows it.
DATELINE_PREFIX = re.compile(r"^\s*(?:date\s+[\d\-]+|\([^()]{1,30}\)\s*[-–])\s*")


# "hai bên", "hai Bộ trưởng" as a subject: the two sides of the event just stated.
BOTH_SIDES = re.compile(r"\b[Hh]ai\s+(?:bên|phía|đoàn|nhà lãnh đạo|lãnh đạo|vị|ông|bà|người đứng đầu|"
                        rf"{CAPITAL}\w*)")


# Words that welcome or thank a visitor for the visit under way.
WELCOMES = re.compile(r"\b(?:chào mừng|hoan nghênh|cảm ơn|cám ơn|vui mừng (?:được|khi)?\s*đón(?: tiếp)?)\b",
                      re.I)


# Kinds of occasion that a follow-up cue ("Tại cuộc hội đàm, …", "Tại đây, hai bên tiến hành
# ký kết …") states for the first time when the article has none of them yet.
NEW_OCCASION_TYPES = ("talks", "signing")


# Frame-clause triggers that still took place as events of their own ("Sau lễ đón, …").
CEREMONY_TYPES = ("welcome",)


# Meetings whose object is the guest ("A tiếp B", "A đón B"): B is the one visiting.
HOSTING_TYPES = ("reception", "welcome", "farewell")


COORDINATED = re.compile(r"^\s*(?:,|và|,?\s*trao đổi\s*(?:và|,)?)\s*$", re.I)


def names_visit(text: str, t: tuple[int, int, str], framed: Sequence[tuple[int, int, str]]) -> bool:
    """A trigger beside the main event that is someone's own occasion: a visit, or attending
    ("dự", "tham dự") in a frame clause ("Trong khuôn khổ dự Hội nghị …, A gặp B"), which is
    the subject's event like a framed visit."""
    return t[2] == "visit" or (t in framed and norm(text[t[0]:t[1]]) in ATTENDS)


def in_frame(text: str, sent_start: int, at: int) -> bool:
    """The trigger sits in a frame clause ("Trong khuôn khổ chuyến thăm …,", "Ngay sau lễ
    đón,"): it refers to an occasion rather than states the sentence's event. The frame may
    follow a time or place clause ("Mới đây, trong chương trình thăm …"), a dateline or an
    outlet's tag, so it is looked for in the clause (after the last comma) that holds the
    trigger."""
    clause_start = max(sent_start, text.rfind(",", sent_start, at) + 1)
    clause = text[clause_start:at]
    if clause_start == sent_start:
        clause = DATELINE_PREFIX.sub("", clause)
    return FRAME.match(clause) is not None


def pick_main(text: str, triggers: Sequence[tuple[int, int, str]]) -> int:
    """Index of the trigger that states the sentence's event: of coordinated triggers
    ("gặp gỡ, trao đổi và ký kết") the specific one wins over a generic one (type other)."""
    i = 0
    while (i + 1 < len(triggers) and triggers[i][2] == "other"
           and COORDINATED.match(text[triggers[i][1]:triggers[i + 1][0]])):
        i += 1
    return i


def lead_start(text: str, ents: Sequence[Span], skip: Optional[Span]) -> int:
    """Start of the first sentence with a DATE (the lead); what comes before is headline."""
    dated = [s for s in ents if s.label == "DATE" and s != skip]
    if not dated:
        return 0
    for s_start, s_end in sentences(text):
        if s_start <= dated[0].start < s_end:
            return s_start
    return 0


def visitor(text: str, ents: Sequence[Span], people: Sequence[Person], sent: tuple[int, int],
            at: int, framed: bool) -> list[Person]:
    """Who visits in a visit trigger that is not the sentence's main one: the nearest name
    before the trigger ("… tiếp ông X, nhân dịp X thăm …"); for a frame clause with no name
    before it ("Trong khuôn khổ chuyến thăm …, ông X hội kiến …"), the subject after it."""
    found = people_in(text, ents, people, sent[0], at)
    if not found and framed:
        return people_in(text, ents, people, at, sent[1])[:1]
    return co_leaders(text, ents, people, sent[0], at, found[-1]) if found else []


def co_leaders(text: str, ents: Sequence[Span], people: Sequence[Person], start: int, at: int,
               nearest: Person) -> list[Person]:
    """The nearest name before a visit and those who lead its delegation with it ("đoàn … do
    ông A và ông B dẫn đầu đang thăm …", "do A, B đồng dẫn đầu"): a delegation led jointly
    visits with all its leaders, not only the one named last."""
    led = [m for m in LED_BY.finditer(text, start, at)]
    if led:
        leaders = people_in(text, ents, people, led[-1].start(), led[-1].end())
        if any(p is nearest for p in leaders):
            return leaders
    return [nearest]


PLURAL = re.compile(r"(?:các|những|hai|\d+|lần lượt có các)\s+(?:cuộc|buổi)\s*$|lần lượt\s*$", re.I)


def split_plural(text: str, ents: Sequence[Span], people: Sequence[Person], cand: Draft,
                 sent: tuple[int, int]) -> list[Draft]:
    """"A có các cuộc điện đàm với B và C": one event per counterpart after the trigger."""
    if not PLURAL.search(text[max(sent[0], cand.trigger_start - 20):cand.trigger_start]):
        return [cand]
    hosts = people_in(text, ents, people, sent[0], cand.trigger_start)
    guests = [p for p in people_in(text, ents, people, cand.trigger_start, sent[1])
              if all(p is not h for h in hosts)]
    if len(guests) < 2:
        return [cand]
    out = []
    for g in guests:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, cand.location)
        d.add_people(hosts + [g])
        d.add_orgs(cand.orgs)
        out.append(d)
    return out


# "Trả lời báo chí, Đại sứ X đánh giá …", "phỏng vấn bà X", "Thông báo tại cuộc họp báo, Người
# phát ngôn X cho biết": the speaker talks to the press about the meeting, not at it.
TO_PRESS = re.compile(r"(?:trả lời|phát biểu với|chia sẻ với|trao đổi với|nói với|thông tin với)\s+"
                      r"(?:báo chí|báo giới|phóng viên|truyền thông)|phỏng vấn|họp báo|gặp gỡ báo chí|"
                      r"người phát ngôn", re.I)


def first_speaker(text: str, ents: Sequence[Span], people: Sequence[Person], start: int,
                  end: int) -> Optional[Person]:
    """The person who opens a sentence and then speaks ("Ông X, Chủ tịch …, cho biết",
    "Theo ông X, …"); nobody when another name follows closely ("X tặng quà Y") or when the
    sentence is told to the press (``TO_PRESS``)."""
    found = [s for s in ents if s.label == "PER" and within(s, start, end) and s.start - start <= 90
             and not is_credit(text, s)]
    if not found or TO_PRESS.search(text, start, end):
        return None
    first = found[0]
    if re.match(r"\W*theo\s+(?:ông|bà|đồng chí|ngài)?\s*[^,]{0,60}$", text[start:first.start], re.I):
        return person_of(first, people)
    if not SPEAKER.match(text, first.end):
        return None
    if any(s.start < first.end + 60 and SPEAKER.match(text, s.end) is None for s in found[1:]):
        return None
    return person_of(first, people)


@dataclass
class _Article:
    """What the sentences of one article share while events are grouped."""

    text: str
    ents: list[Span]
    people: Sequence[Person]
    dateline: Optional[str]
    dateline_span: Optional[Span]
    headline_end: int
    drafts: list[Draft] = field(default_factory=list)
    last: Optional[Draft] = None
    scene_date: Optional[Span] = None
    pending: list[Person] = field(default_factory=list)
    _dates: Optional[list[Span]] = None

    def people_in(self, start: int, end: int) -> list[Person]:
        return people_in(self.text, self.ents, self.people, start, end)

    def dates(self) -> list[Span]:
        """The DATE spans in text order (kept once: looked up by offset many times)."""
        if self._dates is None:
            self._dates = sorted((s for s in self.ents if s.label == "DATE"), key=lambda s: s.start)
        return self._dates

    def date_for(self, start: int, end: int, at: int) -> Optional[Span]:
        return date_for(self.text, self.ents, start, end, at, self.dateline_span)

    def place(self, cand: Draft, explicit: bool, opens_new: bool = False,
              before: Optional[int] = None) -> Draft:
        """Merge a candidate into the event it restates, or keep it as a new event. With
        ``before``, only events stated before that offset can be restated (not those of the
        candidate's own sentence)."""
        earlier = [d for d in self.drafts if before is None or d.trigger_start < before]
        target = merge_target(earlier, cand, explicit, self.dateline, self.headline_end, opens_new)
        if target is None:
            self.drafts.append(cand)
            return cand
        if target.date is None or spans_visit(target, cand.date, self.dateline):
            target.date = cand.date
        target.add_people(cand.people)
        target.add_orgs(cand.orgs)
        target.location = target.location or cand.location
        return target

    def place_at(self, cand: Draft) -> Draft:
        """A visit to one listed place restates the visit already found at that place (the
        headline and the lead list the same places), else it is a new event."""
        for d in reversed(self.drafts):
            if (d.type == cand.type and d.location is not None
                    and norm(d.location) == norm(cand.location or "")):
                if d.date is None or spans_visit(d, cand.date, self.dateline):
                    d.date = cand.date
                d.add_people(cand.people)
                return d
        self.drafts.append(cand)
        return cand

    def passing(self, triggers: Sequence[tuple[int, int, str]], sent: tuple[int, int],
                main_date: Optional[Span]) -> list[Draft]:
        return passing_events(self.text, self.ents, self.people, triggers, sent, main_date,
                              self.dateline, self.dateline_span)


def named_kind(art: _Article, sent: tuple[int, int],
               triggers: Sequence[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The trigger a follow-up cue names ("Tại hội đàm", "Tham dự buổi ký kết có"), if any."""
    named = [t for t in triggers if t[0] < sent[0] + 60]
    return named[0] if named else None


def occasion_of(art: _Article, kind: Optional[tuple[int, int, str]]) -> Optional[Draft]:
    """The event a follow-up sentence refers to when its cue names a kind: the latest event
    of that kind; None when no kind is named or none of that kind exists."""
    if kind is None:
        return None
    ts, te, typ = kind
    word = norm(art.text[ts:te])
    for d in reversed(art.drafts):
        if d.type == typ or word in norm(d.trigger):
            return d
    return None


def first_statement(art: _Article, sent: tuple[int, int], kind: tuple[int, int, str],
                    last: Draft) -> Draft:
    """"Tại cuộc hội đàm, …" when no talks were stated yet (only the visit or the welcome):
    the cue is the talks' first statement, a new event on the last event's day."""
    ts, te, typ = kind
    d = Draft(art.text[ts:te], typ, ts, date=last.date or art.date_for(sent[0], sent[1], ts))
    d.add_orgs(last.orgs)
    art.drafts.append(d)
    return d


# Right before a trigger: the meeting is still to come ("A sẽ hội đàm với B", "sẽ có các cuộc
# hội kiến với C", "dự kiến sẽ lần lượt gặp D") — not "Dự kiến sau lễ đón, …", a plan framed by
# the occasion under way.
MEETING_TO_COME = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:(?:có|tiến hành|lần lượt)\s+)*(?:(?:các|những|một)\s+)?"
                     r"(?:(?:cuộc|buổi)\s+)?$", re.I)


def plans_from(text: str, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]]) -> int:
    """Where a follow-up sentence starts listing meetings still to come ("Trong chuyến thăm,
    A sẽ hội đàm với B; hội kiến C"): those named from there on are no party to the event it
    joins. The sentence's end when it plans nothing."""
    return next((ts for ts, _, _ in triggers if MEETING_TO_COME.search(text, sent[0], ts)), sent[1])


def guests_after(art: _Article, trigger_end: int, end: int) -> list[Person]:
    """Whom a meeting names right after its trigger, before its clause ends ("tiếp Đại sứ X,
    …"): the guest, where a host comes first."""
    text = art.text
    clause_end = min([i for i in (text.find(c, trigger_end, end) for c in ",;") if i >= 0] + [end])
    return art.people_in(trigger_end, clause_end)


def parties_met(art: _Article, trigger_end: int, end: int) -> list[str]:
    """The bodies or places a meeting names right after "với" and its trigger, before its clause
    ends ("hội đàm với tỉnh B, …"): the party met."""
    text = art.text
    m = re.match(r"\s*với\b", text[trigger_end:end])
    if m is None:
        return []
    clause_end = min([i for i in (text.find(c, trigger_end, end) for c in ",;") if i >= 0] + [end])
    return parties_in(art.ents, trigger_end + m.end(), clause_end, text)


# "Tại buổi …", "Trong cuộc …" right before a trigger: the cue names the meeting, whose guest may
# follow ("Tại buổi tiếp Đại sứ X"); "Tiếp và làm việc với đoàn có …" names the hosts instead.
AT_THE = re.compile(r"\b(?:tại|trong)\s+(?:buổi|cuộc)\s+$", re.I)


def names_another_guest(art: _Article, sent: tuple[int, int], kind: tuple[int, int, str],
                        occasion: Draft) -> bool:
    """"Tại cuộc hội kiến Chủ tịch Quốc hội X, …" after a meeting with Y: the cue names right
    after its trigger (before the clause ends) someone who was not at the occasion, which
    already had people; it tells another meeting of that kind, not the same one again."""
    ts, te = kind[:2]
    if not AT_THE.search(art.text, max(sent[0], ts - 20), ts):
        return False
    guests = guests_after(art, te, sent[1])
    return bool(guests) and bool(occasion.people) and not shares_someone(guests, occasion.people)


def join_sentence(art: _Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
                  joining: bool) -> None:
    """A sentence that states no event of its own: a follow-up adds its people (and, to an
    undated event, its date) to the event it refers to; a speaker joins the last event; dated
    past visits mentioned in passing still count."""
    last = art.last
    if joining and last is not None:
        kind = named_kind(art, sent, triggers)
        occasion = occasion_of(art, kind)
        if occasion is not None and kind is not None and names_another_guest(art, sent, kind, occasion):
            occasion = first_statement(art, sent, kind, occasion)
        last = occasion or (
            first_statement(art, sent, kind, last)
            if kind is not None and kind[2] in NEW_OCCASION_TYPES else last)
        art.last = last
    if last is not None and not joining:
        speaker = first_speaker(art.text, art.ents, art.people, *sent)
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
        last.add_people(joined)
        for d in accompanied(art, sent, last):
            d.add_people(joined)
        if last.date is None and not passing:
            last.date = art.date_for(sent[0], sent[1], sent[1])


# "Tháp tùng Tổng thống X có …", "Về phía Hàn Quốc, tháp tùng Tổng thống có …", "Cùng đi với
# Thủ tướng X có …", "Cùng tham dự các hoạt động với Bộ trưởng X có …": those listed go along
# with X on the trip, not to one meeting only.
COMPANIONS = re.compile(r"[\W\d]*(?:(?:về\s+)?phía\s+[^,.:;]{1,60},\s*)?(?:tháp tùng|cùng đi|cùng tham gia đoàn|"
                        r"cùng tham dự các hoạt động)\b(?P<whom>[^.:;]{0,120}?)\bcó\b", re.I)


# The trip itself and its arrival and departure: what a companion goes along on.
TRIP_TYPES = ("visit", "welcome", "farewell")


def accompanied(art: _Article, sent: tuple[int, int], last: Draft) -> list[Draft]:
    """The events a companion line ("Tháp tùng X có A; B") adds its people to besides the
    last one: the trip events so far of the person accompanied (the visit and its welcome;
    the talks X held are X's own)."""
    m = COMPANIONS.match(art.text, sent[0])
    if m is None:
        return []
    whom = art.people_in(m.start("whom"), m.end("whom"))
    return [d for d in art.drafts if whom and d is not last and d.type in TRIP_TYPES
            and any(p is whom[0] for p in d.people)]


def add_visits(art: _Article, sent: tuple[int, int], visits: Sequence[tuple[int, int, str]],
               framed: Sequence[tuple[int, int, str]], orgs: Sequence[str],
               date: Optional[Span], main: Optional[tuple[int, int, str]] = None) -> None:
    """Visits named beside the sentence's main event ("… tiếp ông X đang thăm Việt Nam",
    "Trong khuôn khổ chuyến thăm …,"): an event of the visitor, merged with the same visit.
    A visit written after the main trigger is its object's: the visitor is named after that
    trigger ("A đón B thăm …"), never the host before it ("A đón đoàn thăm …" names none) —
    except a frame clause after a meeting that is no hosting ("A hội kiến B, trong khuôn khổ
    chuyến thăm …"): the visitor calls on B, so the visit is the subject A's.
    The visit was under way that day: it takes the sentence's date."""
    for vs, ve, vtyp in visits:
        after_main = main is not None and vs > main[1]
        d = Draft(art.text[vs:ve], vtyp, vs, date=own_range(art, ve, sent[1], date) or date)
        if after_main and (vs, ve, vtyp) in framed and main[2] not in HOSTING_TYPES:
            d.add_people(art.people_in(sent[0], main[0])[:1])
        else:
            d.add_people(visitor(art.text, art.ents, art.people,
                                 (main[1] if after_main else sent[0], sent[1]), vs,
                                 (vs, ve, vtyp) in framed))
            d.own_visitors = after_main and main[2] in HOSTING_TYPES  # "A tiếp B nhân dịp B thăm"
        d.add_orgs(orgs)
        if d.people:  # an attendance is not the sentence's own meeting (also type other)
            art.place(d, False, before=None if vtyp == "visit" else sent[0])


def ranges_after(art: _Article, trigger_end: int, end: int, reach: int = 80) -> list[Span]:
    """The ranges of days (within one year) written right after a visit trigger (within
    ``reach`` characters), before the sentence ends: the visit's own span ("… chuyến thăm
    Việt Nam từ ngày 18-22/10")."""
    dates = art.dates()
    k = bisect_left(dates, trigger_end, key=lambda s: s.start)
    out = []
    for s in dates[k:]:
        if s.start >= min(end, trigger_end + reach):
            break
        r = date_range(s.text, art.dateline or "2000-06-15")
        if r is not None and r[0] < r[1] and not spans_years(s):
            out.append(s)
    return out


def own_range(art: _Article, trigger_end: int, end: int, day: Optional[Span]) -> Optional[Span]:
    """The range of days written right after a visit trigger that holds the sentence's day
    ("Chiều 20/10, A tiếp B trong khuôn khổ chuyến thăm Việt Nam từ ngày 18-22/10"): the
    visit's own span, which dates the visit instead of the reception's day."""
    return next((s for s in ranges_after(art, trigger_end, end)
                 if same_occasion_date(s, day, art.dateline)), None)


def visit_ranges(art: _Article, sents: Sequence[tuple[int, int]]) -> list[Span]:
    """The ranges written right after each visit trigger of the article, in reading order
    (found once per article: each visit then picks the first that holds its day)."""
    return [span for s, e in sents for _, te, typ in find_triggers(art.text, s, e)
            if typ == "visit" for span in ranges_after(art, te, e)]


def date_by_own_range(art: _Article, sents: Sequence[tuple[int, int]], d: Draft,
                      ranges: Sequence[Span], word_ranges: Sequence[tuple[Span, Span]]) -> None:
    """A visit dated by its first day ("Chiều tối 12/10, A tới Hà Nội, bắt đầu thăm chính
    thức Việt Nam từ ngày 12 - 14/10") takes the range written right after a visit trigger of
    the article (its own, or the lead's when the headline stated it; ``visit_ranges``) that
    holds that day: annotators date a trip by its whole span (by the first DATE of a span
    written with words, ``word_range_start``); an attendance likewise takes
    the range its sentence writes (``attendance_range``). Done once the article is read, so
    the events that inherited the day (the welcome on arrival) keep it."""
    if d.date is not None and norm(d.trigger) in ATTENDS:
        d.date = attendance_range(art, sents, d) or d.date
    if d.type != "visit" or d.date is None:
        return
    d.date = (next((s for s in ranges if same_occasion_date(s, d.date, art.dateline)), None)
              or word_range_start(art, sents, d.date, word_ranges)
              or announced_range(sents, d.date, ranges) or d.date)


def word_range_start(art: _Article, sents: Sequence[tuple[int, int]], day: Span,
                     word_ranges: Sequence[tuple[Span, Span]]) -> Optional[Span]:
    """The first DATE of a span written with words after a visit trigger ("… thăm chính thức
    New Zealand từ ngày 11 đến 14/3") that holds the visit's day written before it (the
    headline's "12/3"), or that follows that day in its sentence without holding it (the
    evening before: "Tối 9/3, … tới Auckland, thăm chính thức New Zealand từ ngày 10 đến ngày
    11/3"): annotators date the trip by that first DATE. The day of arrival
    itself ("Chiều 11/3, … từ ngày 11 đến 14/3") keeps its fuller text, and a day written
    after the span tells a later doing of the trip, not the trip."""
    ref = art.dateline or "2000-06-15"
    for first, whole in word_ranges:
        r = date_range(whole.text, ref)
        if (day.start < whole.start and r is not None and parse_date(day.text, ref) != r[0]
                and (same_occasion_date(whole, day, art.dateline)
                     or announced_range(sents, day, [whole]) is not None)):
            return first
    return None


# Between the two DATEs of a trip's span written with words ("từ ngày 10 đến ngày 11/3").
SPAN_WORDS = re.compile(r"\s*(?:đến|tới)\s*", re.I)


def visit_word_ranges(art: _Article, sents: Sequence[tuple[int, int]]) -> list[tuple[Span, Span]]:
    """The spans written with words right after each visit trigger ("… thăm chính thức New
    Zealand từ ngày 10 đến ngày 11/3"), as (first DATE, a span covering both): annotators
    date the trip by the first of the two DATEs, as they date it by a range written with a
    dash."""
    out: list[tuple[Span, Span]] = []
    dates = art.dates()
    for s, e in sents:
        for _, te, typ in find_triggers(art.text, s, e):
            if typ != "visit":
                continue
            k = bisect_left(dates, te, key=lambda x: x.start)
            near = [x for x in dates[k:k + 4] if x.end <= min(e, te + 80)]
            for a, b in zip(near, near[1:]):
                whole = Span(a.start, b.end, "DATE", art.text[a.start:b.end])
                r = date_range(whole.text, art.dateline or "2000-06-15")
                if SPAN_WORDS.fullmatch(art.text[a.end:b.start]) and r is not None and r[0] < r[1]:
                    out.append((a, whole))
    return out


def attendance_range(art: _Article, sents: Sequence[tuple[int, int]], d: Draft) -> Optional[Span]:
    """The range of days written later in the sentence that states an attendance and holds
    its day ("bắt đầu chuyến thăm … và tham dự Hội nghị Thượng đỉnh … (gọi tắt là GMS 4) từ
    19-21/12"): a conference is dated by its whole span, which may follow its long name or
    the trip's other doings."""
    sent = next(((s, e) for s, e in sents if s <= d.trigger_start < e), None)
    if sent is None:
        return None
    return next((r for r in ranges_after(art, d.trigger_start + len(d.trigger), sent[1], reach=160)
                 if same_occasion_date(r, d.date, art.dateline)), None)


def announced_range(sents: Sequence[tuple[int, int]], day: Span,
                    ranges: Sequence[Span]) -> Optional[Span]:
    """A range of days written after a visit trigger in the sentence that writes the visit's
    day before it, when the range does not hold that day ("Ngày 23/5, Bộ Ngoại giao thông báo
    … sẽ thăm chính thức … từ ngày 29-31/5"): the day is the announcement's, and the visit is
    dated by its span."""
    sent = next(((s, e) for s, e in sents if s <= day.start < e), None)
    return next((r for r in ranges if sent is not None and day.end <= r.start < sent[1]), None)


# A clause that sets a sentence inside a trip ("Trong khuôn khổ chuyến thăm, A hội đàm B; gặp C").
IN_TRIP = re.compile(r"(?:^|[,;]\s*)(?:trong\s+(?:khuôn khổ\s+)?|nhân\s+(?:dịp\s+)?)(?:chuyến|chương trình)"
                     r"\s+(?:thăm|công tác)\b", re.I)


def date_by_trip(art: _Article, sents: Sequence[tuple[int, int]], d: Draft) -> None:
    """An event told inside a trip ("Trong khuôn khổ chuyến thăm, Thủ tướng hội đàm với …")
    in a sentence that writes no date of its own is dated by the trip's whole span, as the
    annotators do, not by the day of the last event (the welcome on arrival): the latest
    visit stated before it, when dated by a range of days that holds the inherited day."""
    sent = next(((s, e) for s, e in sents if s <= d.trigger_start < e), None)
    if sent is None or not IN_TRIP.search(art.text[sent[0]:d.trigger_start].strip()):
        return
    if art.date_for(sent[0], sent[1], d.trigger_start) is not None:
        return
    visits = [v for v in art.drafts if v.type == "visit" and v.trigger_start < sent[0] and v.date]
    if not visits:
        return
    span = visits[-1].date
    r = date_range(span.text, art.dateline or "2000-06-15")  # type: ignore[union-attr]
    if r is not None and r[0] < r[1] and same_occasion_date(span, d.date, art.dateline):
        d.date = span


def coarser(new: Optional[Span], old: Optional[Span]) -> bool:
    """A month or a year said of a visit already dated by a day ("Chuyến thăm diễn ra trong
    bối cảnh … thiết lập quan hệ vào tháng 3-2024") is the context's, not a better date."""
    return new is not None and old is not None and granularity(new) < granularity(old)


def extends_visit(art: _Article, passing: Draft) -> bool:
    """A dated visit with nobody named ("Chuyến thăm diễn ra từ ngày 25 đến 29-9", "… sang
    thăm từ ngày 27/8 đến 29/8") close to the date of the visit already stated is that visit's
    span: the latest visit takes that date (unless coarser than its own) instead of becoming a
    second, unnamed event."""
    if passing.type != "visit" or passing.people:
        return False
    visits = [d for d in art.drafts if d.type == "visit"]
    if not visits or not close_dates(visits[-1].date, passing.date):
        return False
    if not coarser(passing.date, visits[-1].date):
        visits[-1].date = passing.date
    visits[-1].add_orgs(passing.orgs)
    return True


# Right after "tiếp": the delegation itself ("tiếp đoàn", "tiếp và làm việc với Đoàn đại biểu …").
RECEIVES_DELEGATION = re.compile(r"\s*(?:và\s+làm\s+việc\s+)?(?:với\s+)?(?:các\s+)?đoàn\b", re.I)


def receives_visitors(cand: Draft, visit: Draft) -> bool:
    """"Tiếp và làm việc với Đại sứ X, …" after X's visit: the guests named right after the
    reception's trigger are all visitors of the visit."""
    return bool(cand.guests) and all(any(p is q for q in visit.people) for p in cand.guests)


def several_days(art: _Article, visit: Draft) -> bool:
    """A visit written with a span of days right after its trigger ("thăm cấp Nhà nước tới Việt
    Nam từ ngày 9 đến ngày 12-9"): a trip that holds receptions of its own, unlike a visit of a
    day whose host receiving the visitor restates it."""
    te = visit.trigger_start + len(visit.trigger)
    near = [d for d in art.dates() if te <= d.start and d.end <= te + 80]
    return bool(ranges_after(art, te, te + 80)) or any(
        SPAN_WORDS.fullmatch(art.text[a.end:b.start]) is not None for a, b in zip(near, near[1:]))


def receives_the_visit(art: _Article, cand: Draft, trigger_end: int, end: int) -> bool:
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
    last.add_people(cand.people)
    last.add_orgs(cand.orgs)
    return True


# Right after a trigger: the delegation already told about, named by nothing more ("cùng làm
# việc với đoàn.", "khi gặp gỡ đoàn và giới thiệu …").
BARE_DELEGATION = re.compile(r"\s*(?:với\s+)?(?:các\s+thành\s+viên\s+)?đoàn\s*(?:[,.;:]|$|và\b|tại\b|nhân\b)", re.I)


# Kinds of meeting that may tell again the occasion with a delegation (not a welcome, a
# farewell or a visit, each an occasion of its own beside it).
MEETS_TYPES = ("reception", "working_session", "talks", "other")


def meets_the_delegation(art: _Article, cand: Draft, trigger_end: int, head: str) -> bool:
    """A meeting with "đoàn" and nothing more, not opened by a cue of a new occasion ("cùng
    ngày"), on the day of the last event: the delegation of the last event, met again in
    the telling of that occasion. Adds its people to the last event when so."""
    last = art.last
    if (last is None or last.type == "visit" or cand.type not in MEETS_TYPES or INHERIT.search(head)
            or not BARE_DELEGATION.match(art.text, trigger_end)
            or not same_occasion_date(last.date, cand.date, art.dateline)):
        return False
    last.add_people(cand.people)
    last.add_orgs(cand.orgs)
    return True


# Right after "dự": the ceremony already told, named by nothing more ("tham dự buổi lễ.",
# "các đại biểu dự lễ ký kết.").
BARE_CEREMONY = re.compile(r"\s*(?:buổi\s+)?lễ(?:\s+ký(?:\s+kết)?)?\s*(?:[,.;]|$)", re.I)


def attends_the_ceremony(art: _Article, cand: Draft, trigger_end: int) -> bool:
    """Attending "the ceremony" named by nothing more, on the day of the last event: those
    named attended that occasion (the signing just told), not one of their own. Adds them to
    the last event when so."""
    last = art.last
    if (last is None or norm(cand.trigger) not in ATTENDS or not BARE_CEREMONY.match(art.text, trigger_end)
            or not same_occasion_date(last.date, cand.date, art.dateline)):
        return False
    last.add_people(cand.people)
    return True


def add_welcomed_visits(art: _Article, sent: tuple[int, int],
                        visits: Sequence[tuple[int, int, str]]) -> None:
    """"B hoan nghênh Chủ tịch X sang thăm …", "cảm ơn ông X đã đến thăm …": the visit being
    welcomed is under way, X's visit (merged with it when already stated). Without a name
    between the welcome and the trigger ("chào mừng đoàn sang thăm") nobody is known."""
    for vs, ve, vtyp in visits:
        welcomes = list(WELCOMES.finditer(art.text, sent[0], vs))
        if not welcomes:
            continue
        after = welcomes[-1].end()
        guests = art.people_in(after, vs)
        if not guests or "lời mời" in art.text[after:vs].lower():
            continue  # nobody named, or thanks for an invitation to visit (a plan)
        d = Draft(art.text[vs:ve], vtyp, vs, date=art.last.date if art.last else None)
        d.add_people(guests[:1])
        art.place(d, False)


# Right before a welcome that a follow-up names as done ("Tại cuộc hội kiến …, sau lễ đón, hai bên
# …", "Trong cuộc gặp sau lễ đón, …").
AFTER_CEREMONY = re.compile(r"\bsau\s+(?:buổi\s+)?lễ\s*$", re.I)


def after_ceremony(text: str, t: tuple[int, int, str]) -> bool:
    """A welcome ceremony that a follow-up sentence says came before the meeting it reports."""
    return t[2] in CEREMONY_TYPES and AFTER_CEREMONY.search(text, max(0, t[0] - 20), t[0]) is not None


def add_ceremonies(art: _Article, ceremonies: Sequence[tuple[int, int, str]], main: Draft) -> None:
    """A welcome named in a frame clause ("Sau lễ đón, A hội đàm với B") took place: it is an
    event of its own, on the main event's day, between the same parties."""
    for cs, ce, ctyp in ceremonies:
        d = Draft(art.text[cs:ce], ctyp, cs, date=main.date, location=main.location)
        d.add_people(main.people)
        d.add_orgs(main.orgs)
        art.place(d, False)


# Between "thăm" and the first place it names: a manner and "tại" ("thăm chính thức tại tỉnh").
TO_FIRST_PLACE = re.compile(r"^\s*(?:và làm việc|chính thức|cấp nhà nước|hữu nghị|\s)*(?:tại|ở)?\s*"
                            r"(?:các\s+)?%s?\s*$" % r"(?:tỉnh|thành phố|huyện|nước|thủ đô)", re.I)


# Between two places of one list: separators, the trigger repeated, and a place word
# ("Nga, Ba Lan và Bulgaria", "Lữ đoàn 170; thăm Bệnh viện 4", "tỉnh A và tỉnh B").
BETWEEN_PLACES = re.compile(r"^(?:\s|[,;]|\bvà\b|\bthăm(?:\s+và\s+làm\s+việc)?\b|\btại\b|"
                            r"\b(?:tỉnh|thành phố|huyện|nước|thủ đô)\b)*$", re.I)


# A New Year greeting's roll of places after "thăm" ("thăm, chúc Tết nhân dân 4 tỉnh Nam Lào là
# A, B, …", "sang thăm, chúc Tết các tỉnh: A, B"): a count or "các" with a place word, then "là"
# or a colon. What follows is a list even when only commas join it: the delegation greets each
# place on its own, and annotators give each an event.
ROLL = re.compile(r"\s*,?\s*chúc\s+Tết\b[^.;:]{0,80}?\s(?:\d+|hai|ba|bốn|năm|sáu|các)\s+"
                  r"(?:tỉnh|nước|thành phố|huyện)\b[^.;:]{0,40}?(?:\s+là\b|\s*:)\s*", re.I)


# What makes a run of places a list rather than a place and its country ("Hà Nội, Việt Nam").
LIST_JOINER = re.compile(r";|\bvà\b|\bthăm\b", re.I)


def listed_places(text: str, ents: Sequence[Span], trigger_end: int, end: int) -> list[Span]:
    """The places a visit lists right after "thăm" ("thăm Nga, Ba Lan và Bulgaria", "thăm
    Lữ đoàn 170; thăm Bệnh viện 4"): annotators give each place visited an event of its own.
    A single place, or places joined only by commas, is one visit."""
    roll = ROLL.match(text, trigger_end, end)
    start = roll.end() if roll else trigger_end
    cands = [s for s in ents if s.label in ("LOC", "ORG") and start <= s.start and s.end <= end]
    if not cands or not (roll or TO_FIRST_PLACE.match(text[trigger_end:cands[0].start])):
        return []
    run, joined = [cands[0]], roll is not None
    for s in cands[1:]:
        gap = text[run[-1].end:s.start]
        if not BETWEEN_PLACES.match(gap):
            break
        joined = joined or LIST_JOINER.search(gap) is not None
        run.append(s)
    return run if joined else []


def split_places(cand: Draft, places: Sequence[Span]) -> list[Draft]:
    """One visit per listed place, each with the visitors and that place as its location."""
    listed = {norm(p.text) for p in places}
    out = []
    for place in places:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, place.text)
        d.add_people(cand.people)
        d.add_orgs([o for o in cand.orgs if norm(o) not in listed] + [place.text])
        out.append(d)
    return out


def stating_people(art: _Article, sent: tuple[int, int], main: tuple[int, int, str]) -> list[Person]:
    """The people of a sentence that states an event. A visit is the visitors' event: those
    written before "thăm" ("Chủ tịch X thăm và làm việc với tỉnh Y, Chủ tịch tỉnh Z tiếp"),
    not the hosts after it; with nobody before it, or in a list of those who go along
    ("Tháp tùng X trong chuyến thăm có A; B"), everyone named."""
    everyone = art.people_in(*sent)
    if main[2] != "visit" or JOIN_CUE.match(art.text[sent[0]:sent[1]].strip()):
        return everyone
    owners = visit_owners(art, sent, main)
    return owners or art.people_in(sent[0], main[0]) or everyone


# "chuyến thăm … của Chủ tịch nước X": the visit named as a noun, owned by whoever follows
# "của" — not the inviter of "theo lời mời của".
VISIT_NOUN = re.compile(r"chuyến\s*$", re.I)


OWNER = re.compile(r"(?<!mời )\bcủa\b")


# "Đoàn … do ông X, <title> dẫn đầu / làm trưởng đoàn" before a visit trigger: X's delegation visits.
LED_BY = re.compile(r"\bdo\b[^.;]{0,200}?\b(?:dẫn đầu|làm trưởng đoàn)\b", re.I)


def names_visitors(art: _Article, sent: tuple[int, int], main: tuple[int, int, str]) -> bool:
    """Whether the sentence names the visitors as such: a delegation led by someone before
    "thăm", or the owner of "chuyến thăm … của X"."""
    return (LED_BY.search(art.text, sent[0], main[0]) is not None
            or bool(visit_owners(art, sent, main)))


def visit_owners(art: _Article, sent: tuple[int, int], main: tuple[int, int, str]) -> list[Person]:
    """The people after "của" in the clause of "chuyến thăm": the visitors, whoever speaks
    about the visit ("Bộ trưởng A và Đại sứ B chia sẻ về chuyến thăm … của Chủ tịch nước X")."""
    text, (ts, te, _) = art.text, main
    if not VISIT_NOUN.search(text[max(sent[0], ts - 8):ts]):
        return []
    clause_end = min([i for i in (text.find(c, te, sent[1]) for c in ",;") if i >= 0] + [sent[1]])
    m = OWNER.search(text, te, clause_end)
    return art.people_in(m.end(), clause_end) if m else []


def inherited_date(art: _Article, opens_new: bool, trigger_at: int) -> Optional[Span]:
    """The date of an event stated without one: that of the sentence just before when it
    sets the scene without stating an event ("Chiều 15/6, đoàn nhập cảnh về nước. Đón đoàn
    có …"), else the last event's ("cùng ngày", or any statement after the headline)."""
    if art.scene_date is not None and trigger_at >= art.headline_end:
        return art.scene_date
    if art.last is not None and (opens_new or trigger_at >= art.headline_end):
        return art.last.date
    return None


def delegation_on_trip(art: _Article) -> list[Person]:
    """Who a bare "đoàn" stands for as the subject of a meeting, nobody named before the
    trigger ("Ngày 16/5, đoàn đã có buổi làm việc với …", "đoàn đã đến chào xã giao Ngài X"):
    the people of the latest visit, the delegation on its trip with those listed as going
    along (annotators name them all)."""
    visits = [d for d in art.drafts if d.type == "visit"]
    return list(visits[-1].people) if visits else []


# In a frame clause, what precedes the owner of the trip it names ("chuyến thăm … của X",
# "tháp tùng X thăm …").
FRAME_OWNER = re.compile(r"(?<!mời )\bcủa\b|\btháp tùng\b", re.I)


def frame_only(art: _Article, sent: tuple[int, int], framed: Sequence[tuple[int, int, str]],
               main: tuple[int, int, str]) -> list[Person]:
    """The people a frame clause before the main trigger names as the owner of the trip it
    refers to ("Trong khuôn khổ chuyến thăm Hàn Quốc của Tổng Bí thư X, Bộ trưởng A làm việc
    với B", "nhân dịp tháp tùng Chủ tịch X thăm Lào, A làm việc với B"): X's trip frames the
    meeting, and X is no party to it unless named again outside the frame."""
    before = [t for t in framed if t[1] <= main[0]]
    if not before:
        return []
    fs, fe, _ = before[0]
    start = max(sent[0], art.text.rfind(",", sent[0], fs) + 1)
    end = art.text.find(",", fe, main[0])
    end = main[0] if end < 0 else end
    m = FRAME_OWNER.search(art.text, start, end)
    if m is None:
        return []
    outside = art.people_in(sent[0], start) + art.people_in(end, sent[1])
    return [p for p in art.people_in(m.end(), end) if all(p is not q for q in outside)]


def state_sentence(art: _Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
                   stated: Sequence[tuple[int, int, str]], free: Sequence[tuple[int, int, str]],
                   framed: Sequence[tuple[int, int, str]]) -> None:
    """A sentence that states an event with its main trigger."""
    text, (s_start, s_end) = art.text, sent
    head = text[s_start:s_end].strip()
    main = free[pick_main(text, free)]
    ts, te, typ = main
    date = art.date_for(s_start, s_end, ts)
    passing = art.passing([t for t in triggers if t[0] > te], sent, date)
    end_main = passing[0].trigger_start if passing else s_end
    if passing and date is not None and date.start >= end_main:
        date = None
    passing_starts = {d.trigger_start for d in passing}
    places = listed_places(text, art.ents, te, end_main) if typ == "visit" else []
    listed_end = places[-1].end if places else te
    coords = [t for t in coordinated(text, free, main)
              if listed_end < t[0] < end_main and t[0] not in passing_starts]
    if coords:
        end_main = coords[0][0]
    cand = Draft(text[ts:te], typ, ts, date=date)
    # Who is named only in a passing event's words is that event's, not the main one's.
    before_passing = art.people_in(s_start, end_main)
    used = [p for d in passing for p in d.people if all(p is not q for q in before_passing)]
    used += frame_only(art, sent, framed, main)
    cand.add_people([p for p in stating_people(art, (s_start, end_main), main) if all(p is not q for q in used)])
    if typ != "visit":
        cand.guests = guests_after(art, te, end_main)
        cand.guest_parties = parties_met(art, te, end_main)
    if typ == "visit" and cand.people:
        cand.own_visitors = names_visitors(art, (s_start, end_main), main)
        cand.add_people(inviters_in(text, art.ents, art.people, s_start, ts))
    if not cand.people and art.last is not None and BOTH_SIDES.search(text, s_start, ts):
        cand.add_people(art.last.people)
    if not art.people_in(s_start, ts) and delegation_named(text, art.ents, (s_start, ts), ts) == "":
        cand.add_people(delegation_on_trip(art))
    if not cand.people and not parties_in(art.ents, s_start, s_end, text):
        return
    cand.location = location_in(text, art.ents, s_start, end_main)
    cand.add_orgs(parties_in(art.ents, s_start, end_main, text))
    if date is not None and extends_visit(art, cand):
        return
    if receives_the_visit(art, cand, te, end_main):
        return
    if meets_the_delegation(art, cand, te, head):
        return
    if attends_the_ceremony(art, cand, te):
        return
    opens_new = INHERIT.search(head) is not None
    if date is None:
        cand.date = inherited_date(art, opens_new, ts)
    trip = trip_of_stop(art, sent, main, framed, end_main)
    if trip is not None:
        add_trip(art, sent, trip, cand)
        cand.location = location_in(text, art.ents, ts, end_main)
        art.last = art.place_at(cand)
    elif places:
        for one in split_places(cand, places):
            art.last = art.place_at(one)
    else:
        for one in split_plural(text, art.ents, art.people, cand, (s_start, end_main)):
            art.last = art.place(one, date is not None, opens_new)
    for d in passing:
        if not extends_visit(art, d):
            art.place(d, True)
    add_ceremonies(art, [t for t in framed if t[2] in CEREMONY_TYPES], cand)
    add_coordinated(art, sent, main, coords, cand)
    if typ != "visit":
        beside = [t for t in stated if names_visit(text, t, framed)
                  and t != main and t[0] not in passing_starts and t not in coords]
        add_visits(art, sent, beside, framed, cand.orgs, cand.date, main)


def trip_of_stop(art: _Article, sent: tuple[int, int], main: tuple[int, int, str],
                 framed: Sequence[tuple[int, int, str]], end_main: int) -> Optional[tuple[int, int, str]]:
    """The trip that frames a stop ("Trong khuôn khổ chuyến thăm Hàn Quốc, A đã tới thăm thành
    phố Busan"): a framed visit before a main visit that names a place of its own after its
    trigger, other than the trip's. Annotators give the stop an event of its own, beside the
    trip's."""
    if main[2] != "visit":
        return None
    stop = location_in(art.text, art.ents, main[0], end_main)
    trips = [t for t in framed if t[2] == "visit" and t[0] < main[0]]
    if stop is None or not trips:
        return None
    where = location_in(art.text, art.ents, trips[-1][0], main[0])
    return trips[-1] if where is None or norm(where) != norm(stop) else None


def add_trip(art: _Article, sent: tuple[int, int], trip: tuple[int, int, str], stop: Draft) -> None:
    """The trip a stop belongs to: the visitors' visit, on the stop's day (or the trip's own
    span written after its trigger), merged with the trip already stated. Placed before the stop
    so that the two are not merged."""
    ts, te, typ = trip
    d = Draft(art.text[ts:te], typ, ts, date=own_range(art, te, stop.trigger_start, stop.date) or stop.date)
    d.add_people(stop.people)
    d.location = location_in(art.text, art.ents, ts, stop.trigger_start)
    d.add_orgs([o for o in parties_in(art.ents, sent[0], stop.trigger_start, art.text)])
    art.place(d, False)


# Right before a trigger that is the next predicate of the same subject ("A gặp B, thăm C và
# tham dự D", "hội đàm và chứng kiến lễ ký kết"): a comma, semicolon or "và", then adverbs
# ("đã", "cũng", "đến") or "chứng kiến".
COORD_BEFORE = re.compile(r"(?:[,;]|\bvà\b|\brồi\b)\s*(?:(?:đã|cũng|sau đó|đến|tới|có\s+(?:cuộc|buổi)|"
                          r"chứng kiến(?:\s+lễ)?)\s+)*$", re.I)


def coordinated(text: str, free: Sequence[tuple[int, int, str]],
                main: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """Later triggers of a sentence that continue its subject's list of doings ("Chủ tịch A
    đã gặp B, thăm C, tham dự D"): annotators give each its own event, so each opens one."""
    out: list[tuple[int, int, str]] = []
    for t in free:
        if t[0] <= main[1]:
            continue
        prev_end = (out[-1] if out else main)[1]
        if COORD_BEFORE.search(text[max(prev_end, t[0] - 30):t[0]]):
            out.append(t)
    return out


def add_coordinated(art: _Article, sent: tuple[int, int], main: tuple[int, int, str],
                    coords: Sequence[tuple[int, int, str]], cand: Draft) -> None:
    """One event per coordinated trigger: the subject of the sentence (named before its main
    trigger) with the people its own words name (a visit's hosts excepted), on the main
    event's day."""
    subject = art.people_in(sent[0], main[0])
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
            art.place(d, cand.date is not None, before=sent[0])


# Between the second party and "ký": adverbs, or the party's country in brackets ("Kampot
# (Campuchia) ký", "đã tiến hành ký kết").
PARTY_TO_SIGN = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:đã|cũng|vừa|chính thức|tiến hành|cùng)\s+)*$",
                           re.I)


# Between the two parties: their joiner and a place word ("tỉnh A và tỉnh B", "A (Việt Nam) và
# B", "tỉnh A - B").
PARTY_TO_PARTY = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:và|[-–])\s*"
                            r"(?:(?:tỉnh|thành phố|TP\.?|huyện|châu|nước|thủ đô|bang)\s*)?$", re.I)


def bracketed(text: str, span: Span) -> bool:
    """A place in brackets after a party ("Attapư (Lào)") says where the party is: no party."""
    return (text[:span.start].rstrip().endswith("(")
            and text[span.end:span.end + 3].lstrip().startswith(")"))


def signing_parties(text: str, ents: Sequence[Span], sent_start: int, trigger_at: int) -> list[Span]:
    """"Tỉnh A và tỉnh B (Lào) đã ký kết …": the two ORG/LOC written as the subject of "ký" are
    the parties of a signing, whether or not anyone is named (the subject is the bodies)."""
    before = [s for s in ents if s.label in ("ORG", "LOC") and sent_start <= s.start and s.end <= trigger_at
              and not bracketed(text, s)]
    if len(before) < 2 or not PARTY_TO_SIGN.match(text[before[-1].end:trigger_at]):
        return []
    first, second = before[-2], before[-1]
    return [first, second] if PARTY_TO_PARTY.match(text[first.end:second.start]) else []


# Right before the first party after a signing: "giữa", perhaps with a place word ("ký kết thỏa
# thuận hợp tác giữa Hội A và Hội B").
BETWEEN = re.compile(r"(?<!\w)giữa\s+(?:(?:tỉnh|thành phố|TP\.?|huyện|châu|nước|bang)\s+)?$", re.I)


def parties_between(text: str, ents: Sequence[Span], trigger_end: int, end: int,
                    reach: int = 120) -> list[Span]:
    """"… ký kết thỏa thuận giữa A và B": the two ORG/LOC after "giữa" in the clause of a
    signing are its parties."""
    clause_end = min(x for x in (text.find(";", trigger_end, end), end) if x >= 0)
    after = [s for s in ents if s.label in ("ORG", "LOC") and trigger_end <= s.start
             and s.end <= min(clause_end, trigger_end + reach) and not bracketed(text, s)]
    for first, second in zip(after, after[1:]):
        if BETWEEN.search(text, 0, first.start) and PARTY_TO_PARTY.match(text[first.end:second.start]):
            return [first, second]
    return []


# A meeting noun and "và" right before a signing ("cuộc hội đàm và ký kết …").
MEETING_AND = re.compile(r"\s+và\s+$")


def meeting_before(art: _Article, ts: int) -> Optional[Draft]:
    """The meeting of this sentence stated just before a signing coordinated with it ("hội đàm
    và ký kết … giữa A và B"): its parties are the signing's."""
    return next((d for d in art.drafts if d.type != "signing" and d.trigger_start < ts
                 and MEETING_AND.fullmatch(art.text, d.trigger_start + len(d.trigger), ts)), None)


def signing_date(art: _Article, sent: tuple[int, int], ts: int, te: int) -> Optional[Span]:
    """The DATE of the clause of "ký" ("Năm 2015, tỉnh A và tỉnh B ký …"): a year dates the
    signing there too, before the trigger, or after it when it says when it was signed
    (``dates_signing``); an anniversary or a term does not."""
    start = max(sent[0], art.text.rfind(";", sent[0], ts) + 1, art.text.rfind(":", sent[0], ts) + 1)
    end = art.text.find(";", te, sent[1])
    dates = [s for s in art.dates() if within(s, start, sent[1] if end < 0 else end)
             and s != art.dateline_span and not spans_years(s)]
    before = [s for s in dates if s.end <= ts]
    after = [s for s in dates if s.start >= te and dates_signing(art.text, te, s)]
    return before[-1] if before else after[0] if after else None


# "hai bên", "hai tỉnh", "Hội Phụ nữ hai nước" opening the clause as the subject of "ký", adverbs
# between (not "thỏa thuận mà lãnh đạo hai nước đã ký kết", an agreement of the past).
BOTH_SIDES_SIGN = re.compile(r"\s*(?:[^\s,;]+\s+){0,3}?hai\s+(?:bên|phía|tỉnh|nước|địa phương|thành phố|đơn vị|cơ quan)\s+"
                             r"(?:(?:đã|cũng|vừa|chính thức|tiến hành|cùng)\s+)*", re.I)


def signed_by_both_sides(text: str, sent_start: int, trigger_at: int) -> bool:
    """"Tại đây, hai bên tiến hành ký kết …", "Dịp này, Hội Phụ nữ hai nước đã ký kết …": the
    signing is between the two sides of the occasion just told, whose bodies are its parties."""
    clause_start = max(sent_start, text.rfind(",", sent_start, trigger_at) + 1)
    return BOTH_SIDES_SIGN.fullmatch(text, clause_start, trigger_at) is not None


# A sentence whose subject is the two sides ("Hai bên nhất trí …", "Lãnh đạo hai tỉnh …").
BOTH_SIDES_OPEN = re.compile(r"\s*(?:[^\s,;]+\s+){0,3}?hai\s+(?:bên|phía|tỉnh|nước|địa phương|thành phố|"
                             r"đơn vị|cơ quan)\b", re.I)


# A document named before its signing, signed in the past ("biên bản hợp tác đã ký kết").
DOCUMENT_SIGNED = re.compile(r"(?:thỏa thuận|thoả thuận|hiệp định|bản ghi nhớ|văn kiện|văn bản|biên bản|"
                             r"hợp đồng|nghị định thư)(?:\s+[^\s,;]+){0,4}?\s+(?:đã\s+|được\s+)+$", re.I)


def sides_agreement(art: _Article, sent: tuple[int, int], ts: int, sides_subject: bool) -> Optional[Draft]:
    """"Hai bên nhất trí … Tập trung triển khai biên bản hợp tác đã ký kết năm 2019 …": with the
    two sides the subject of this sentence or the one before, and no body named before the
    signing, it is an earlier agreement of the two sides of the occasion just told, whose bodies
    are its parties (not the countries the rest of the sentence names)."""
    if not (sides_subject and DOCUMENT_SIGNED.search(art.text[max(sent[0], ts - 80):ts])
            and not any(s.label in ("ORG", "LOC") and sent[0] <= s.start < ts for s in art.ents)):
        return None
    return next((d for d in reversed(art.drafts) if d.trigger_start < sent[0] and d.orgs), None)


def dated_signing(art: _Article, cand: Draft) -> Optional[Draft]:
    """The signing already stated on the candidate's date. A dated signing by two bodies does
    not date an undated one: "Năm 2015, tỉnh A và tỉnh B ký …" told at today's ceremony is the
    earlier agreement."""
    return next((d for d in reversed(art.drafts) if d.type == cand.type and d.date is not None
                 and same_occasion_date(d.date, cand.date, art.dateline)), None)


def another_pair(earlier: Sequence[str], orgs: Sequence[str]) -> bool:
    """The bodies signing at a later trigger of the sentence are another pair when they share
    none with the parties of the signing before it."""
    return not {norm(o) for o in orgs} & {norm(o) for o in earlier}


def split_signing(art: _Article, earlier: Draft, orgs: Sequence[str], ts: int, te: int) -> Draft:
    """A signing of its own for the second pair, on the first one's date; the first loses the
    second pair, which the words of its sentence had given it."""
    d = Draft(art.text[ts:te], "signing", ts, date=earlier.date)
    d.add_orgs(orgs)
    earlier.orgs = [o for o in earlier.orgs if norm(o) not in {norm(x) for x in orgs}]
    art.drafts.append(d)
    return d


def add_org_signings(art: _Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
                     sides_subject: bool) -> None:
    """A signing whose subject is two bodies or places ("Tỉnh A và tỉnh B đã ký bản ghi nhớ")
    is an event between them, dated by its clause or sentence (else by the last event). The
    sentence's own event at that trigger takes its parties and date; a dated one joins the
    signing of that date, else is an event of its own (a past agreement, or the signing at a
    meeting reported in a follow-up sentence). A second pair of bodies signing in the same
    sentence ("A và B đã ký …; C và D đã ký …") is a signing of its own."""
    signed: list[tuple[Draft, list[str]]] = []  # this sentence's signings by two bodies
    for ts, te, typ in triggers:
        if typ != "signing":
            continue
        parties = signing_parties(art.text, art.ents, sent[0], ts)
        own = next((x for x in art.drafts if x.trigger_start == ts), None)
        occasion = sides_agreement(art, sent, ts, sides_subject) if own is not None and not parties else None
        if occasion is not None:
            own.orgs = list(occasion.orgs)
            continue
        if parties and states_event(art.text, parties[0].start, ts, True):
            orgs = [p.text for p in parties]
            if signed and another_pair(signed[-1][1], orgs):
                signed.append((split_signing(art, signed[-1][0], orgs, ts, te), orgs))
                continue
        elif ((between := parties_between(art.text, art.ents, te, sent[1]))
              and (meeting := meeting_before(art, ts)) is not None):
            orgs = [p.text for p in between]
            meeting.add_orgs(orgs)
        elif (art.last is not None and signed_by_both_sides(art.text, sent[0], ts)
              and states_event(art.text, sent[0], ts, False)):
            orgs = art.last.orgs
        else:
            continue
        date = signing_date(art, sent, ts, te) or art.date_for(sent[0], sent[1], ts)
        d = Draft(art.text[ts:te], typ, ts, date=date or (art.last.date if art.last else None))
        d.add_orgs(orgs)
        target = next((x for x in art.drafts if x.trigger_start == ts), None)
        if target is None and date is None:
            placed = art.place(d, False)
            if parties:
                signed.append((placed, orgs))
            continue
        target = target or dated_signing(art, d)
        if target is None:
            art.drafts.append(d)
            target = d
        else:
            target.date = target.date or d.date
            target.add_orgs(d.orgs)
        if parties:
            signed.append((target, orgs))


def group_events(text: str, ents: Sequence[Span], people: Sequence[Person]) -> list[Event]:
    """Meeting events in reading order of their first statement."""
    ents = person_spans(text, join_split_names(text, ents))
    skip = dateline_span(text, ents)
    art = _Article(text, ents, people, find_dateline(text, ents), skip,
                   lead_start(text, ents, skip))
    sents = sentences(text)
    for k, sent in enumerate(sents):
        s_start, s_end = sent
        triggers = find_triggers(text, s_start, s_end)
        head = text[s_start:s_end].strip()
        dated = [art.date_for(s_start, s_end, t[0]) is not None for t in triggers]
        next_step = continues_plan(text, sents[max(0, k - 2):k], sent)
        stated = [t for t, has_date in zip(triggers, dated)
                  if states_event(text, s_start, t[0], has_date) and (has_date or not next_step)
                  and not refers_back(text, t)]
        framed = [t for t in stated if in_frame(text, s_start, t[0])]
        free = [t for t in stated if t not in framed]
        joining = (art.last is not None
                   and bool(JOIN_CUE.match(head) or AT_MEETING.search(head) or LISTS_PEOPLE.search(head))
                   and not (free and AFTER_CUE.match(head)))
        if art.last is None and GOES_ALONG.match(head):
            art.pending += art.people_in(s_start, s_end)  # joins the first event, once stated
            continue
        if joining or not free:
            join_sentence(art, sent, triggers, joining)
            if joining and art.last is not None:
                add_ceremonies(art, [t for t in triggers if after_ceremony(text, t)], art.last)
            if not joining:
                add_visits(art, sent, [t for t in framed if names_visit(text, t, framed)],
                           framed, [], art.date_for(s_start, s_end, s_end))
        else:
            state_sentence(art, sent, triggers, stated, free, framed)
        add_welcomed_visits(art, sent, [t for t in triggers if t[2] == "visit" and t not in stated])
        add_org_signings(art, sent, triggers,
                         any(BOTH_SIDES_OPEN.match(text, s[0]) for s in sents[max(0, k - 1):k + 1]))
        art.scene_date = None if joining or free else art.date_for(s_start, s_end, s_end)
    # An undated headline event, or the article's first event when undated, takes the lead's
    # first day or month: the lead that dates the occasion ("Ngày 15-6, tỉnh tổ chức chương
    # trình kỷ niệm …") may state no trigger, and the event is told further on ("Tham dự
    # chương trình có …").
    first = min(art.drafts, key=lambda d: d.trigger_start, default=None)
    for d in art.drafts:
        if d.date is None and (d.trigger_start < art.headline_end or d is first):
            d.date = next((s for s in ents if s.label == "DATE" and s != skip
                           and s.start >= art.headline_end and dates_alone(s)), None)
    if art.pending and art.drafts:
        art.drafts[0].add_people(art.pending)
    ranges = visit_ranges(art, sents)
    word_ranges = visit_word_ranges(art, sents)
    for d in art.drafts:
        date_by_own_range(art, sents, d, ranges, word_ranges)
    for d in art.drafts:
        date_by_trip(art, sents, d)
    add_leaders(text, ents, art.drafts, delegation_leaders(text, ents, people, sents), sents)
    art.drafts.sort(key=lambda d: d.trigger_start)
    return [to_event(d, date_iso(text, ents, d.date, art.dateline) if d.date else None)
            for d in art.drafts if held_by_someone(d)
            and not planned_visit_noun(text, sentence_at(sents, d.trigger_start), d)
            and not occasion_told_before(text, sentence_at(sents, d.trigger_start), d, art.drafts)]


def sentence_at(sents: Sequence[tuple[int, int]], at: int) -> tuple[int, int]:
    """The sentence that holds offset ``at`` (found by bisection: a long document has many)."""
    k = bisect_right(sents, at, key=lambda s: s[0]) - 1
    return sents[k] if k >= 0 and at < sents[k][1] else (at, at)


# A trip still to come: "chuyến thăm sẽ diễn ra từ ngày …", "mong chờ chuyến thăm … vào tháng 10".
TRIP_PLANNED = re.compile(r"\b(?:sẽ|dự kiến|sắp|mong chờ|chờ đợi|chuẩn bị|kế hoạch)\b", re.I)


# A sentence that opens on the next step of a sequence ("Tiếp đó, …", "Sau đó, …") and does not
# mark it done ("đã", "vừa").
NEXT_STEP = re.compile(r"^\W*(?:tiếp đó|tiếp theo|sau đó|tiếp sau đó|ngay sau đó)\s*,(?![^.]*\b(?:đã|vừa)\b)",
                       re.I)


def continues_plan(text: str, previous: Sequence[tuple[int, int]], sent: tuple[int, int]) -> bool:
    """The next step of a programme planned just before ("Sau lễ đón, Chủ tịch nước sẽ hội kiến
    A. … Tiếp đó, Chủ tịch nước hội kiến B; dự lễ khởi công …"): Vietnamese marks the future
    once, on the programme's first step, so an undated step that follows is planned too. A
    caption may stand between the two, hence the two sentences before."""
    if not NEXT_STEP.match(text[sent[0]:sent[1]]):
        return False
    return any(MEETING_TO_COME.search(text, p_start, t[0])
               for p_start, p_end in previous for t in find_triggers(text, p_start, p_end))


# "buổi làm việc này", "cuộc hội đàm lần này": the occasion already told, named again.
THIS_OCCASION = re.compile(r"\s+(?:(?:lần|hôm|dịp)\s+)?(?:này|ấy)\b", re.I)


def refers_back(text: str, trigger: tuple[int, int, str]) -> bool:
    """A meeting noun with "này" ("Ông X tin tưởng, buổi làm việc này sẽ là tiền đề …") points
    back to the occasion already stated: it states no event of its own. Not a visit: "Chuyến
    thăm này của Thủ tướng X …" names the visitor of the trip, which takes him."""
    ts, te, typ = trigger
    return (typ != "visit" and re.search(r"\b(?:buổi|cuộc|chuyến)\s+$", text[max(0, ts - 8):ts], re.I) is not None
            and THIS_OCCASION.match(text, te) is not None)


def planned_visit_noun(text: str, sent: tuple[int, int], d: Draft) -> bool:
    """A visit named as a noun with nobody named, in a sentence that plans it ("Theo thông báo,
    chuyến thăm sẽ diễn ra từ ngày …"): it announces a trip (the article's, stated with its
    visitor elsewhere) rather than states one of its own; a date does not make it an event."""
    return (d.type == "visit" and not d.people
            and VISIT_NOUN.search(text[max(0, d.trigger_start - 8):d.trigger_start]) is not None
            and TRIP_PLANNED.search(text, sent[0], sent[1]) is not None)


def held_by_someone(d: Draft) -> bool:
    """An event names a participant or an organisation that holds it: one with neither ("Chúc
    mừng thành công của các cuộc hội kiến") is no concrete meeting, and annotators match an
    event without people by its organisations (EVALUATION.md)."""
    return bool(d.people or d.orgs)


# A sentence that opens on an occasion named as a noun: "Tại buổi hội đàm, …", "Trong các cuộc
# làm việc, …", "Sau lễ đón, …", a caption line "Lễ ký kết …" (after a bar or bullet).
OPENS_ON_OCCASION = re.compile(r"[\W\d]*(?:(?:tại|trong|sau)\s+(?:(?:các|những)\s+)?(?:buổi|cuộc|lễ)|lễ)\s*$",
                               re.I)


def occasion_told_before(text: str, sent: tuple[int, int], d: Draft, drafts: Sequence[Draft]) -> bool:
    """An event that names nobody, whose trigger is a noun opening its sentence ("Tại buổi làm
    việc, đại diện Bộ … cho biết", "Lễ ký kết hợp tác giữa tỉnh A và tỉnh B" under a photo),
    after an event that names people: the words refer back to an occasion the article has
    told (annotators give it to that event, with its people), not a meeting of its own."""
    return (not d.people and any(x.people and x.trigger_start < d.trigger_start for x in drafts)
            and OPENS_ON_OCCASION.fullmatch(text, sent[0], d.trigger_start) is not None)
