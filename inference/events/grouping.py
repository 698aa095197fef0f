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
   beside the main event ("… tiếp ông X đang thăm Việt Nam") is the visitor's visit; a meeting
   named as a noun with both its sides after "giữa" ("kết quả của cuộc hội đàm sáng nay giữa
   A và B") is those people's event.
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
   between those bodies, with the date of its own clause. A list of agreements with days of
   their own ("đã ký … với tỉnh A (29/12/2021); với tỉnh B (02/6/2016)") is one signing each,
   and a signing naming another pair of bodies than an earlier one (a photo caption) is
   another signing.

Once the article is read, a visit named with its visitor after "của" ("kể từ chuyến thăm Việt
Nam của Thủ tướng X", in reported speech too) is that visitor's visit when he or she has none
yet; an event that names neither a person nor a body is dropped, and so
is a planned visit named as a noun with nobody named ("chuyến thăm sẽ diễn ra …").

Dates come from the sentence's most precise DATE or are inherited from the previous event
("cùng ngày", "trước đó"); ``date_iso`` uses the article's dateline for the year (dates.py).
The trigger lexicon and the word lists that rule triggers out are tables in triggers.py.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.dates import dateline_span, find_dateline
from vnmeet.inference.document import Event, Person, Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.companions import (GOES_ALONG, accompanied, add_companions_of_all_activities,
                                                add_delegation_members, add_hosts_thanking_for_visits,
                                                add_travelling_spouses, written_as_spouse)
from vnmeet.inference.events.dating import date_iso, dates_alone, granularity, same_occasion_date
from vnmeet.inference.events.drafts import ATTENDS, Draft, shares_someone, to_event
from vnmeet.inference.events.leaders import LED_BY, add_leaders, delegation_leaders, delegation_named
from vnmeet.inference.events.mentions import (
    inviters_in,
    location_in,
    parties_in,
    people_in,
    spans_within,
)
from vnmeet.inference.events.not_events import (
    MEETING_TO_COME,
    continues_plan,
    held_by_someone,
    occasion_told_before,
    planned_visit_noun,
    received_again,
    refers_back,
    restated,
    sentence_at,
    shown_in_caption,
    visit_noun,
)
from vnmeet.inference.events.passing import OWNED, STILL_TO_COME, owned_visits, visit_owner
from vnmeet.inference.events.place_lists import greeted_places, listed_places, split_places
from vnmeet.inference.events.signings import BOTH_SIDES_OPEN, add_org_signings, signing_pair
from vnmeet.inference.events.speakers import first_speaker
from vnmeet.inference.events.statements import planned_that_day, states_event
from vnmeet.inference.events.triggers import CAPITAL, clause_end_at, find_triggers, sentences
from vnmeet.inference.events.trip_dates import (
    SPAN_WORDS,
    date_by_own_range,
    date_by_trip,
    extends_visit,
    own_range,
    ranges_after,
    visit_ranges,
    visit_word_ranges,
)
from vnmeet.inference.events.welcomed_visits import add_welcomed_visits
from vnmeet.inference.people import join_split_names, norm, person_spans

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


INHERIT = re.compile(r"\b(?:cùng ngày|trước đó|sau đó|cũng trong|cùng buổi|tiếp đó|"
                     r"ngay sau đó|tối cùng|sáng cùng|chiều cùng)\b", re.I)


# "Chín Đại sứ … gồm các đồng chí: A, …; B, …": a roll of names the last event is about; "Buổi
# lễ còn có sự tham dự của ông X": those who attended it.
LISTS_PEOPLE = re.compile(r"\b(?:gồm|gồm có|có)\s+(?:các\s+)?(?:đồng chí|ông|bà|vị|ngài)\s*:"
                          r"|\bcó\s+sự\s+(?:tham dự|tham gia|hiện diện|chứng kiến)\s+của\b", re.I)


# "A và B đồng chủ trì hội nghị", "Đối thoại do A và B đồng chủ trì": those who co-chair the
# occasion just told take part in it (a sentence that states no meeting of its own).
CO_CHAIRS = re.compile(r"\bđồng\s+chủ\s+trì\b", re.I)


# Chairing together, before any meeting is told: "A và B đồng chủ trì", "A và B cùng chủ trì",
# "A cùng B đã chủ trì Hội nghị trực tuyến" (those named before the verb are the chairs).
CHAIR_TOGETHER = re.compile(r"(?:\b(?:đồng|cùng)\s+|\bcùng\b[^.;]{1,150}?\s)chủ\s+trì\b", re.I)
CHAIR_VERB = re.compile(r"(?:(?:đồng|cùng)\s+)?chủ\s+trì$", re.I)


def add_co_chaired(art: Article, sent: tuple[int, int]) -> bool:
    """"Ông A, … và ngài B, … đồng chủ trì Hội nghị.", before any meeting is told: the lead
    names the occasion with no trigger ("Chiều 7/11, hai tỉnh đã tổ chức hội nghị sơ kết …"), and
    the two who chair it together are its parties; annotators give it an event (type other),
    dated by its sentence, the scene just set, or else the lead. Adds it when so."""
    m = CHAIR_TOGETHER.search(art.text, sent[0], sent[1])
    chairs = art.people_in(sent[0], m.end()) if m else []
    if m is None or len(chairs) < 2:
        return False
    verb = CHAIR_VERB.search(m.group())
    open_occasion(art, sent, verb.group(), m.start() + verb.start(), chairs)
    return True


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


# A frame clause: the occasion it names sets the scene of the sentence's event ("Trong khuôn khổ
# chuyến thăm …,", "Sau lễ đón,", "Trước cuộc gặp gỡ của các Bí thư,") rather than states it.
FRAME = re.compile(r"^[\W\d]*(?:nằm\s+)?(?:trong khuôn khổ|nhân dịp(?!\s+này)|nhân chuyến|trong chương trình|"
                   r"tiếp tục chương trình|tiếp theo chương trình|tiếp tục các hoạt động|tiếp tục chuyến|"
                   r"ngay sau|sau khi|sau(?!\s+đó)|"
                   r"trước khi|trước\s+(?:cuộc|buổi|lễ)|trong chuyến|trong dịp|nhân(?!\s+dân)|"
                   r"kết thúc)\b[^,]*$", re.I)


# A crawler dateline or an outlet's tag glued to the front of a sentence (" date 2025-08-13
# Trong …", "(Ngày Nay) - Tiếp tục các hoạt động trong khuôn khổ …"): the frame follows it.
DATELINE_PREFIX = re.compile(r"^\s*(?:date\s+[\d\-]+|\([^()]{1,30}\)\s*[-–])\s*")


# "hai bên", "hai Bộ trưởng" as a subject: the two sides of the event just stated (their spouses
# left out: ``written_as_spouse``).
BOTH_SIDES = re.compile(r"\b[Hh]ai\s+(?:bên|phía|đoàn|nhà lãnh đạo|lãnh đạo|vị|ông|bà|người đứng đầu|"
                        rf"{CAPITAL}\w*)")


# Kinds of occasion that a follow-up cue ("Tại cuộc hội đàm, …", "Tại đây, hai bên tiến hành
# ký kết …") states for the first time when the article has none of them yet.
NEW_OCCASION_TYPES = ("talks", "signing")


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


# Meetings whose object is the guest ("A tiếp B", "A đón B"): B is the one visiting.
HOSTING_TYPES = ("reception", "welcome", "farewell")


COORDINATED = re.compile(r"^\s*(?:,|và|,?\s*trao đổi\s*(?:và|,)?)\s*$", re.I)


def names_visit(text: str, t: tuple[int, int, str], framed: Sequence[tuple[int, int, str]]) -> bool:
    """A trigger beside the main event that is someone's own occasion: a visit, or attending
    ("dự", "tham dự") in a frame clause ("Trong khuôn khổ dự Hội nghị …, A gặp B"), which is
    the subject's event like a framed visit."""
    return t[2] == "visit" or (t in framed and norm(text[t[0]:t[1]]) in ATTENDS)


def beside_main(t: tuple[int, int, str], main: tuple[int, int, str]) -> bool:
    """Whether a visit or a framed attendance beside the main event is an event of its own. The
    guest's attendance after a hosting event ("A tiếp B nhân dịp B sang dự Lễ hội …") is not:
    annotators keep the reception only, while the host's own attendance in a frame before it
    ("Nhân dịp tham dự Hội nghị …, A tiếp B") and the guest's visit are events."""
    return t[2] == "visit" or t[0] < main[0] or main[2] not in HOSTING_TYPES


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


# "nhân dịp" (or "nhân chuyến") inside a clause, before an attending trigger: "A gặp B nhân dịp
# A dự Hội nghị …", the occasion on which the meeting took place.
ON_OCCASION = re.compile(r"\b(?:nhân dịp|nhân chuyến)\b[^,;]*$", re.I)


def attends_on_occasion(text: str, sent_start: int, t: tuple[int, int, str]) -> bool:
    """An attending trigger after "nhân dịp" in the middle of its clause ("A có cuộc gặp với B,
    Chủ tịch Hạ viện nhân dịp Thủ tướng dự Phiên thảo luận …"): a frame as much as one that
    opens the clause, the subject's attendance beside the meeting (``beside_main``)."""
    ts, te, _ = t
    if norm(text[ts:te]) not in ATTENDS:
        return False
    clause_start = max(sent_start, text.rfind(",", sent_start, ts) + 1)
    return ON_OCCASION.search(text, clause_start, ts) is not None


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
    """"A có các cuộc điện đàm với B và C": one event per counterpart after the trigger; with
    no two people named there, one per body or place ("có các buổi tiếp những đoàn khách đến
    từ Thái Lan, Lào và Mông Cổ")."""
    if not PLURAL.search(text[max(sent[0], cand.trigger_start - 20):cand.trigger_start]):
        return [cand]
    hosts = people_in(text, ents, people, sent[0], cand.trigger_start)
    guests = [p for p in people_in(text, ents, people, cand.trigger_start, sent[1])
              if all(p is not h for h in hosts)]
    if len(guests) < 2:
        return split_by_party(text, ents, cand, sent, hosts + guests)
    out = []
    for g in guests:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, cand.location)
        d.add_people(hosts + [g])
        d.add_orgs(cand.orgs)
        out.append(d)
    return out


# Between two bodies or places of one list ("Thái Lan, Lào và Mông Cổ"), and before its first
# one: words of the clause of the trigger, not a place where it was held ("tại Toulouse").
LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)?\s*")
LIST_LEAD = re.compile(r"[^,;.]{0,60}$")
HELD_AT = re.compile(r"\btại\s*$", re.I)


def parties_listed(text: str, ents: Sequence[Span], trigger_end: int, end: int) -> list[str]:
    """The bodies or places listed right after a trigger, in its own clause ("các buổi tiếp những
    đoàn khách đến từ Thái Lan, Lào và Mông Cổ"): a run of them with only "," or "và" between;
    none when the first is where the meeting was held ("tại …")."""
    spans = [s for s in spans_within(ents, trigger_end, end) if s.label in ("ORG", "LOC")]
    if not spans or not LIST_LEAD.fullmatch(text, trigger_end, spans[0].start) or HELD_AT.search(
            text, trigger_end, spans[0].start):
        return []
    run = [spans[0]]
    for s in spans[1:]:
        if not LIST_GAP.fullmatch(text, run[-1].end, s.start):
            break
        run.append(s)
    return [s.text for s in run]


def split_by_party(text: str, ents: Sequence[Span], cand: Draft, sent: tuple[int, int],
                   named: Sequence[Person]) -> list[Draft]:
    """"A có các buổi tiếp những đoàn khách đến từ B, C và D": one meeting per body or place
    named after the trigger, each with the people named and the bodies before the trigger;
    each names its party as the one met (``guest_parties``), so that none restates another."""
    met = parties_listed(text, ents, cand.trigger_start + len(cand.trigger), sent[1])
    if len(met) < 2:
        return [cand]
    own = parties_in(ents, sent[0], cand.trigger_start, text)
    out = []
    for party in met:
        d = Draft(cand.trigger, cand.type, cand.trigger_start, cand.date, cand.location)
        d.add_people(named)
        d.add_orgs(own + [party])
        d.guest_parties = [party]
        out.append(d)
    return out


def named_kind(art: Article, sent: tuple[int, int],
               triggers: Sequence[tuple[int, int, str]]) -> Optional[tuple[int, int, str]]:
    """The trigger a follow-up cue names ("Tại hội đàm", "Tham dự buổi ký kết có"), if any."""
    named = [t for t in triggers if t[0] < sent[0] + 60]
    return named[0] if named else None


def occasion_of(art: Article, kind: Optional[tuple[int, int, str]]) -> Optional[Draft]:
    """The event a follow-up sentence refers to when its cue names a kind: the latest event
    of that kind; None when no kind is named or none of that kind exists. "Tại cuộc gặp"
    refers to a meeting, not to an attendance that shares its type ("A gặp B nhân dịp tham
    dự Hội nghị X"), and "Tham dự buổi lễ" to an attendance."""
    if kind is None:
        return None
    ts, te, typ = kind
    word = norm(art.text[ts:te])
    attends = word in ATTENDS
    for d in reversed(art.drafts):
        if (d.type == typ and (norm(d.trigger) in ATTENDS) == attends) or word in norm(d.trigger):
            return d
    return None


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
        last.add_people(joined)
        for d in accompanied(art, sent, last):
            d.add_people(joined)
        if last.date is None and not passing:
            last.date = art.date_for(sent[0], sent[1], sent[1])


# Between a reception's trigger and a visit that only describes its guest ("tiếp ông X, Đại sứ …
# đến thăm và làm việc tại tỉnh"): a description of the guest that ends on "đến"/"tới", with no
# word that names a trip of its own ("nhân dịp", "chuyến", "đang", "trong khuôn khổ").
CAME_TO = re.compile(r"\b(?:đến|tới)\s+$", re.I)
TRIP_OF_ITS_OWN = re.compile(r"\b(?:nhân|dịp|chuyến|đang|khuôn khổ|chương trình)\b|[.;]", re.I)
# Right after "thăm": a second doing joined to it ("thăm, chào xã giao", "thăm, tìm hiểu đầu tư").
JOINED_DOING = re.compile(r"\s*(?:,|\bvà\b)\s*(\w)")


def visits_to_work(text: str, visit: tuple[int, int, str]) -> bool:
    """"thăm và làm việc", "thăm, chào xã giao": the visit is joined to a call on the host,
    not a visit to a place alone ("đến thăm Thành phố X")."""
    m = JOINED_DOING.match(text, visit[1])
    return "làm việc" in text[visit[0]:visit[1]] or (m is not None and m.group(1).islower())


def came_to_call(text: str, main: tuple[int, int, str], visit: tuple[int, int, str]) -> bool:
    """"A tiếp ông X … đến thăm và làm việc tại tỉnh": the guest came to call on the host, and
    the call is the reception itself; annotators give it no visit of its own. Unlike "tiếp
    ông X đang có chuyến thăm …" or "nhân dịp X đến thăm …", which name a trip beyond the
    meeting, a crossing to another country ("sang thăm"), or a visit to the place alone
    ("đến thăm Thành phố X"), each a visit of its own."""
    if main[2] not in ("reception", "working_session") or visit[0] < main[1]:
        return False
    between = text[main[1]:visit[0]]
    return (CAME_TO.search(between) is not None and TRIP_OF_ITS_OWN.search(between) is None
            and visits_to_work(text, visit))


def add_visits(art: Article, sent: tuple[int, int], visits: Sequence[tuple[int, int, str]],
               framed: Sequence[tuple[int, int, str]], orgs: Sequence[str],
               date: Optional[Span], main: Optional[tuple[int, int, str]] = None) -> None:
    """Visits named beside the sentence's main event ("… tiếp ông X đang thăm Việt Nam",
    "Trong khuôn khổ chuyến thăm …,"): an event of the visitor, merged with the same visit.
    A visit written after the main trigger is its object's: the visitor is named after that
    trigger ("A đón B thăm …"), never the host before it ("A đón đoàn thăm …" names none) —
    except a frame clause after a meeting that is no hosting ("A hội kiến B, trong khuôn khổ
    chuyến thăm …"): the visitor calls on B, so the visit is the subject A's. A visit noun
    that names its owner ("nhân chuyến thăm Việt Nam của Tổng thống X") is the owner's,
    wherever the sentence names others. The visit was under way that day: it takes the
    sentence's date (the caller gives a frame in a sentence that writes none the day just
    told: "Chiều 14/9, A tiếp bà B. … sau chuyến thăm tại tỉnh, bà B mong muốn …"). A trip in
    a frame restates only a visit told before it, not the stops the sentence goes on to tell
    ("Tiếp tục chuyến thăm Lào, A gặp B, thăm Đại sứ quán …": the trip and the visit to the
    embassy are two events)."""
    for vs, ve, vtyp in visits:
        if main is not None and came_to_call(art.text, main, (vs, ve, vtyp)):
            continue
        after_main = main is not None and vs > main[1]
        d = Draft(art.text[vs:ve], vtyp, vs, date=own_range(art, ve, sent[1], date) or date)
        owner = visit_owner(art.text, art.ents, art.people, (vs, ve, vtyp), sent[1])
        if owner is not None:
            d.add_people([owner])
            d.own_visitors = True
        elif after_main and (vs, ve, vtyp) in framed and main[2] not in HOSTING_TYPES:
            d.add_people(art.people_in(sent[0], main[0])[:1])
        else:
            d.add_people(visitor(art.text, art.ents, art.people,
                                 (main[1] if after_main else sent[0], sent[1]), vs,
                                 (vs, ve, vtyp) in framed))
            d.own_visitors = after_main and main[2] in HOSTING_TYPES  # "A tiếp B nhân dịp B thăm"
        d.add_orgs(orgs)
        places = (greeted_places(art.text, art.ents, ve, sent[1])
                  if vtyp == "visit" and (vs, ve, vtyp) in framed else [])
        if d.people and places:
            for one in split_places(d, places):
                art.place_at(one)
        elif d.people:  # an attendance is not the sentence's own meeting (also type other)
            art.place(d, False, before=ve if (vs, ve, vtyp) in framed and vtyp == "visit"
                      else None if vtyp == "visit" else sent[0])


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


def stating_people(art: Article, sent: tuple[int, int], main: tuple[int, int, str]) -> list[Person]:
    """The people of a sentence that states an event. A visit is the visitors' event: those
    written before "thăm" ("Chủ tịch X thăm và làm việc với tỉnh Y, Chủ tịch tỉnh Z tiếp"),
    not the hosts after it; with nobody before it, or in a list of those who go along
    ("Tháp tùng X trong chuyến thăm có A; B"), everyone named."""
    everyone = art.people_in(*sent)
    if main[2] != "visit" or JOIN_CUE.match(art.text[sent[0]:sent[1]].strip()):
        return everyone
    owners = visit_owners(art, sent, main)
    greeting = greeting_before(art.text, sent[0], main[0])
    if greeting is not None:
        return owners or art.people_in(greeting, main[0])
    return owners or art.people_in(sent[0], main[0]) or everyone


# A host's words to the visitors about their visit ("X chúc mừng bà Y đến thăm …", "X chúc
# chuyến thăm của đoàn thành công", "X chào mừng đoàn sang thăm").
GREETS_VISIT = re.compile(r"\b(?:chúc mừng|chúc|chào mừng|hoan nghênh)\b", re.I)


def greeting_before(text: str, start: int, at: int) -> Optional[int]:
    """Where the words after a host's greeting start, when the visit trigger at ``at`` is what
    the host greets: those named before the greeting are the hosts, not visitors."""
    found = list(GREETS_VISIT.finditer(text, start, at))
    return found[-1].end() if found else None


def names_visitors(art: Article, sent: tuple[int, int], main: tuple[int, int, str]) -> bool:
    """Whether the sentence names the visitors as such: a delegation led by someone before
    "thăm", or the owner of "chuyến thăm … của X"."""
    return (LED_BY.search(art.text, sent[0], main[0]) is not None
            or bool(visit_owners(art, sent, main)))


def planned_visitors(art: Article, sent: tuple[int, int], visits: Sequence[tuple[int, int, str]]) -> list[Person]:
    """The owners of a trip that a sentence only plans or wishes for after its main event ("Đại
    sứ A trình quốc thư lên B, đề nghị chuẩn bị cho chuyến thăm Hoa Kỳ của Tổng Bí thư X"): X is
    named as the visitor to come, no party to the meeting told."""
    return [p for v in visits for p in visit_owners(art, sent, v)]


def visit_owners(art: Article, sent: tuple[int, int], main: tuple[int, int, str]) -> list[Person]:
    """The people after "của" in the clause of "chuyến thăm": the visitors, whoever speaks
    about the visit ("Bộ trưởng A và Đại sứ B chia sẻ về chuyến thăm … của Chủ tịch nước X")."""
    text, (ts, te, _) = art.text, main
    if not visit_noun(text, ts, sent[0]):
        return []
    clause_end = clause_end_at(text, te, sent[1])
    m = OWNED.search(text, te, clause_end)
    return art.people_in(m.end(), clause_end) if m else []


def inherited_date(art: Article, opens_new: bool, trigger_at: int) -> Optional[Span]:
    """The date of an event stated without one: that of the sentence just before when it
    sets the scene without stating an event ("Chiều 15/6, đoàn nhập cảnh về nước. Đón đoàn
    có …"), else the last event's ("cùng ngày", or any statement after the headline)."""
    if art.scene_date is not None and trigger_at >= art.headline_end:
        return art.scene_date
    if art.last is not None and (opens_new or trigger_at >= art.headline_end):
        return art.last.date
    return None


def delegation_on_trip(art: Article) -> list[Person]:
    """Who a bare "đoàn" stands for as the subject of a meeting, nobody named before the
    trigger ("Ngày 16/5, đoàn đã có buổi làm việc với …", "đoàn đã đến chào xã giao Ngài X"),
    or as the guest of a hosting one ("Tiếp đoàn, Chủ tịch tỉnh X giới thiệu …", "Ra đón
    đoàn tại sân bay có …"): the people of the latest visit that names someone, the
    delegation on its trip with those listed as going along (annotators name them all); a stop
    whose delegation is named by its body alone ("Đoàn đại biểu tỉnh A đã đến thăm xã B") gets
    its leader only once the article is read."""
    visits = [d for d in art.drafts if d.type == "visit" and d.people]
    return list(visits[-1].people) if visits else []


# In a frame clause, what precedes the owner of the trip it names ("chuyến thăm … của X",
# "tháp tùng X thăm …").
FRAME_OWNER = re.compile(r"(?<!mời )\bcủa\b|\btháp tùng\b", re.I)


def frame_only(art: Article, sent: tuple[int, int], framed: Sequence[tuple[int, int, str]],
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


def state_sentence(art: Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
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
              if listed_end < t[0] < end_main and t[0] not in passing_starts
              and not came_to_call(text, main, t)]
    if coords:
        end_main = coords[0][0]
    cand = Draft(text[ts:te], typ, ts, date=date)
    cand.goes_to = typ == "visit" and CAME_TO.search(text, max(s_start, ts - 8), ts) is not None
    if typ == "welcome":
        cand.venue = welcome_venue(text, s_start, end_main, (ts, te))
    # Who is named only in a passing event's words is that event's, not the main one's.
    before_passing = art.people_in(s_start, end_main)
    used = [p for d in passing for p in d.people if all(p is not q for q in before_passing)]
    used += frame_only(art, sent, framed, main)
    used += unstated_counterparts(art, sent, triggers, stated, main)
    used += planned_visitors(art, sent, [t for t in triggers if t[2] == "visit" and t[0] > te and t not in stated])
    cand.add_people([p for p in stating_people(art, (s_start, end_main), main) if all(p is not q for q in used)])
    if typ != "visit":
        cand.guests = guests_after(art, te, end_main)
        cand.guest_parties = parties_met(art, te, end_main) or (
            signing_pair(text, art.ents, (s_start, end_main), ts, te) if typ == "signing" else [])
    if typ == "visit" and cand.people:
        cand.own_visitors = names_visitors(art, (s_start, end_main), main)
        cand.add_people(inviters_in(text, art.ents, art.people, s_start, ts))
    if not cand.people and art.last is not None and BOTH_SIDES.search(text, s_start, ts):
        cand.add_people([p for p in art.last.people if not written_as_spouse(text, p)])
        if typ == "signing":  # the two sides sign for their bodies, as "hai bên ký kết" does
            cand.add_orgs(art.last.orgs)
    if not art.people_in(s_start, ts) and delegation_named(text, art.ents, (s_start, ts), ts) == "":
        cand.add_people(delegation_on_trip(art))
    if typ in HOSTING_TYPES and BARE_DELEGATION.match(text, te):  # "Tiếp đoàn, …": the guests
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
        ones = split_plural(text, art.ents, art.people, cand, (s_start, end_main))
        for one in ones:
            art.last = art.place(one, date is not None, opens_new)
            if len(ones) > 1:  # the event it restates meets that party, and no other of the list
                art.last.guest_parties = art.last.guest_parties or one.guest_parties
    for d in passing:
        if not extends_visit(art, d):
            art.place(d, True)
    add_ceremonies(art, [t for t in framed if t[2] in CEREMONY_TYPES], cand)
    add_coordinated(art, sent, main, coords, cand)
    if typ != "visit":
        beside = [t for t in stated if names_visit(text, t, framed) and beside_main(t, main)
                  and t != main and t[0] not in passing_starts and t not in coords]
        add_visits(art, sent, beside, framed, cand.orgs, cand.date, main)


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



def trip_of_stop(art: Article, sent: tuple[int, int], main: tuple[int, int, str],
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


def add_trip(art: Article, sent: tuple[int, int], trip: tuple[int, int, str], stop: Draft) -> None:
    """The trip a stop belongs to: the visitors' visit, on the stop's day (or the trip's own
    span written after its trigger), merged with the trip already stated. Placed before the stop
    so that the two are not merged."""
    ts, te, typ = trip
    d = Draft(art.text[ts:te], typ, ts, date=own_range(art, te, stop.trigger_start, stop.date) or stop.date)
    d.add_people(stop.people)
    d.location = location_in(art.text, art.ents, ts, stop.trigger_start)
    d.add_orgs([o for o in parties_in(art.ents, sent[0], stop.trigger_start, art.text)])
    art.place(d, False)


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


def add_owned_visits(art: Article, sents: Sequence[tuple[int, int]]) -> None:
    """Visits named with their visitor after "của" ("chuyến thăm Việt Nam của Thủ tướng X")
    whose visitor has no visit yet: a past or background visit mentioned in passing. One
    whose visitor already has a visit is that visit named again (the article's own trip)."""
    for d in owned_visits(art.text, art.ents, art.people, sents):
        if not any(v.type == "visit" and shares_someone(v.people, d.people) for v in art.drafts):
            art.drafts.append(d)


def trip_to_come(text: str, sent: tuple[int, int], t: tuple[int, int, str]) -> bool:
    """A visit noun that the words after it put in the future ("Chuyến thăm của Thủ tướng X
    sẽ diễn ra …", "chuyến thăm Việt Nam của X trong thời gian tới"): a plan."""
    return (t[2] == "visit" and visit_noun(text, t[0], sent[0])
            and STILL_TO_COME.search(text, t[1], min(sent[1], t[1] + 100)) is not None)


def stamped(text: str, sents: Sequence[tuple[int, int]], dateline: Optional[Span], trigger_at: int) -> bool:
    """Whether the page's date stamp, a day, opens the sentence of a trigger (" date 2025-11-26
    Phó Thủ tướng A tiếp bà B. Ảnh: …"): the article's first event, dated by nothing else it
    writes, is the one the page reports that day. A month stamp (" date 2018-01") is only when
    the page was kept, no day of the occasion."""
    if dateline is None or granularity(dateline) < 3:
        return False
    return sentence_at(sents, dateline.start) == sentence_at(sents, trigger_at)


def group_events(text: str, ents: Sequence[Span], people: Sequence[Person]) -> list[Event]:
    """Meeting events in reading order of their first statement."""
    ents = person_spans(text, join_split_names(text, ents))
    skip = dateline_span(text, ents)
    art = Article(text, ents, people, find_dateline(text, ents), skip,
                   lead_start(text, ents, skip))
    sents = sentences(text)
    for k, sent in enumerate(sents):
        s_start, s_end = sent
        triggers = find_triggers(text, s_start, s_end)
        head = text[s_start:s_end].strip()
        day_under_way = art.last is not None and art.last.date is not None
        dated = [art.date_for(s_start, s_end, t[0]) is not None
                 or (day_under_way and planned_that_day(text, s_start, t[0])) for t in triggers]
        next_step = continues_plan(text, sents[max(0, k - 2):k], sent)
        stated = [t for t, has_date in zip(triggers, dated)
                  if states_event(text, s_start, t[0], has_date) and (has_date or not next_step)
                  and (has_date or not trip_to_come(text, sent, t))
                  and not refers_back(text, t) and not restated(text, s_start, t)]
        framed = [t for t in stated if in_frame(text, s_start, t[0]) or attends_on_occasion(text, s_start, t)]
        free = [t for t in stated if t not in framed]
        joining = (art.last is not None
                   and bool(JOIN_CUE.match(head) or AT_MEETING.search(head) or LISTS_PEOPLE.search(head)
                            or (not triggers and (HEADS_DELEGATION.search(head) or CO_CHAIRS.search(head))))
                   and not (free and AFTER_CUE.match(head)))
        if art.last is not None and not triggers and GOES_WITH_DELEGATION.search(head):
            art.along.append((art.last, art.people_in(s_start, s_end)))
            continue
        if art.last is None and GOES_ALONG.match(head):
            art.pending += art.people_in(s_start, s_end)  # joins the first event, once stated
            continue
        if joining or not free:
            join_sentence(art, sent, triggers, joining)
            if joining and art.last is not None:
                add_ceremonies(art, [t for t in triggers if after_ceremony(text, t)], art.last)
            if not joining:
                add_visits(art, sent, [t for t in framed if names_visit(text, t, framed)],
                           framed, [], art.date_for(s_start, s_end, s_end)
                           or inherited_date(art, False, s_start))
        else:
            state_sentence(art, sent, triggers, stated, free, framed)
        add_welcomed_visits(art, sent, [t for t in triggers if t[2] == "visit" and t not in stated])
        add_meetings_between(art, sent, triggers)
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
    if first is not None and first.date is None and stamped(text, sents, skip, first.trigger_start):
        first.date = skip
    if art.pending and art.drafts:
        art.drafts[0].add_people(art.pending)
    ranges = visit_ranges(art, sents)
    word_ranges = visit_word_ranges(art, sents)
    for d in art.drafts:
        date_by_own_range(art, sents, d, ranges, word_ranges)
    for d in art.drafts:
        date_by_trip(art, sents, d)
    add_owned_visits(art, sents)
    add_travelling_spouses(art)
    add_companions_of_all_activities(art)
    add_hosts_thanking_for_visits(art, sents)
    add_delegation_members(art)
    add_leaders(text, ents, art.drafts, delegation_leaders(text, ents, people, sents), sents)
    for d, along in art.along:
        d.add_people(along)
    art.drafts.sort(key=lambda d: d.trigger_start)
    return [to_event(d, date_iso(text, ents, d.date, art.dateline) if d.date else None)
            for d in art.drafts if held_by_someone(d)
            and not planned_visit_noun(text, sentence_at(sents, d.trigger_start), d)
            and not occasion_told_before(text, sentence_at(sents, d.trigger_start), d, art.drafts)
            and not shown_in_caption(text, d, art.drafts)
            and not received_again(text, d, art.drafts)]


