"""Visits and their visitors: whose event a visit trigger states, visits named beside the
sentence's main event, stops within a trip, and visits named with their owner ("chuyến thăm
… của X").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import ATTENDS, Draft, shares_someone
from vnmeet.inference.events.follow_ups import JOIN_CUE
from vnmeet.inference.events.leaders import LED_BY
from vnmeet.inference.events.mentions import location_in, parties_in, people_in, person_of, spans_within
from vnmeet.inference.events.not_events import visit_noun
from vnmeet.inference.events.passing import OWNED, STILL_TO_COME, owned_visits, visit_owner
from vnmeet.inference.events.place_lists import greeted_places, split_places
from vnmeet.inference.events.triggers import HOSTING_TYPES, clause_end_at
from vnmeet.inference.events.trip_dates import own_range
from vnmeet.inference.people import norm


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


# Between a reception's trigger and a visit that only describes its guest ("tiếp ông X, Đại sứ …
# đến thăm và làm việc tại tỉnh"): a description of the guest that ends on "đến"/"tới", with no
# word that names a trip of its own ("nhân dịp", "chuyến", "đang", "trong khuôn khổ").
CAME_TO = re.compile(r"\b(?:đến|tới)\s+$", re.I)


TRIP_OF_ITS_OWN = re.compile(r"\b(?:nhân(?!\s+dân)|dịp|chuyến|đang|khuôn khổ|chương trình)\b|[.;]", re.I)


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
    visitors = owners or art.people_in(sent[0], main[0])
    if not visitors:
        return everyone
    return visitors + [p for p in called_on(art, main, sent[1]) if all(p is not v for v in visitors)]


# What stands between a visit trigger and the person it calls on, titles left out: an
# honorific, and a second doing of the same call ("thăm và tặng quà Anh hùng X").
CALLED_ON_GAP = re.compile(r"[ \t]*(?:(?:và|,)[ \t]*(?:tặng quà|chúc mừng|chúc tết)[ \t]+)?"
                           r"(?:(?:ông|bà|ngài|đồng chí|cụ|mẹ)[ \t]+)?$", re.I)


def called_on(art: Article, main: tuple[int, int, str], end: int) -> list[Person]:
    """The person a visit calls on, named right after the trigger ("đến thăm, gặp gỡ ông X",
    "thăm và tặng quà Anh hùng X"): met in person, he or she takes part, unlike the hosts of a
    place or body visited ("thăm tỉnh Y, Chủ tịch tỉnh Z tiếp")."""
    te = main[1]
    after = spans_within(art.ents, te, end)
    name = next((s for s in after if s.label == "PER"), None)
    if name is None:
        return []
    gap, at = [], te
    for s in after:
        if s.label == "POS" and s.end <= name.start:
            gap.append(art.text[at:s.start])
            at = s.end
    gap.append(art.text[at:name.start])
    if not all(CALLED_ON_GAP.match(g) for g in gap):
        return []
    person = person_of(name, art.people)
    return [person] if person is not None else []


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
    quote = QUOTE_CLOSE.search(text, te, clause_end)
    if quote is not None:
        clause_end = quote.start()
    m = OWNED.search(text, te, clause_end)
    return art.people_in(m.end(), clause_end) if m else []


# The end of a quotation, or the dash before who said it ('"… chuyến thăm đầu tiên của người
# đứng đầu Chính phủ" - Bộ trưởng X nhấn mạnh'): the speaker named after it owns no visit.
QUOTE_CLOSE = re.compile(r'["”»]|\s[-–]\s')


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


def calls_on_people(text: str, visit: tuple[int, int, str]) -> bool:
    """"tới thăm hỏi cán bộ, nhân viên Đại sứ quán": a call on people, never the trip itself,
    whatever place it names or leaves out."""
    return norm(text[visit[0]:visit[1]]) == "thăm hỏi"


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
    if trips and calls_on_people(art.text, main):
        return trips[-1]
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
