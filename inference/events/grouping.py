"""Grouping: meeting events (GUIDELINES.md §2) from a text, its entities and its people.

Reading order, one sentence at a time (hard-wrapped lines are joined first):

1. A sentence that adds people to an occasion already stated ("Tham dự hội đàm có …",
   "Tiếp và làm việc với đoàn có các đồng chí: …", "Về phía X có …", "Tại buổi làm việc, …")
   joins the last event instead of opening one (after a visit to several places, each "Về
   phía tỉnh A có …" clause joins the visit to A); so does a person who opens a later sentence
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
is a planned visit named as a noun with nobody named ("chuyến thăm sẽ diễn ra …") and a
meeting with leaders nobody names ("hội kiến với các lãnh đạo cấp cao của X").

Dates come from the sentence's most precise DATE or are inherited from the previous event
("cùng ngày", "trước đó"); ``date_iso`` uses the article's dateline for the year (dates.py).
The trigger lexicon and the word lists that rule triggers out are tables in triggers.py.
"""
from __future__ import annotations

from typing import Optional, Sequence

from vnmeet.inference.dates import dateline_span, find_dateline
from vnmeet.inference.document import Event, Person, Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.ceremonies import CEREMONY_TYPES, add_ceremonies, after_ceremony, welcome_venue
from vnmeet.inference.events.companions import (
    GOES_ALONG, add_companions_of_all_activities, add_delegation_members, add_hosts_thanking_for_visits,
    add_travelling_spouses, written_as_spouse,
)
from vnmeet.inference.events.coordination import add_coordinated, coordinated, pick_main
from vnmeet.inference.events.counterparts import guests_after, parties_met, unstated_counterparts
from vnmeet.inference.events.dating import INHERIT, date_iso, dates_alone, granularity
from vnmeet.inference.events.drafts import Draft, to_event
from vnmeet.inference.events.follow_ups import (
    AFTER_CUE, AT_MEETING, CO_CHAIRS, GOES_WITH_DELEGATION, HEADS_DELEGATION, JOIN_CUE, LISTS_PEOPLE,
    join_sentence,
)
from vnmeet.inference.events.frames import attends_on_occasion, frame_only, in_frame
from vnmeet.inference.events.leaders import add_leaders, delegation_leaders, delegation_named
from vnmeet.inference.events.meetings_between import add_meetings_between
from vnmeet.inference.events.mentions import BOTH_SIDES, body_visited, inviters_in, location_in, parties_in
from vnmeet.inference.events.not_events import (
    continues_plan, held_by_someone, meets_unnamed_leaders, occasion_told_before, planned_visit_noun,
    received_again, refers_back, restated, sentence_at, shown_in_caption,
)
from vnmeet.inference.events.place_lists import listed_places, split_places
from vnmeet.inference.events.plural import split_plural
from vnmeet.inference.events.restatements import (
    BARE_DELEGATION, attends_the_ceremony, meets_the_delegation, receives_the_visit,
)
from vnmeet.inference.events.signings import BOTH_SIDES_OPEN, add_org_signings, signing_pair
from vnmeet.inference.events.statements import planned_that_day, states_event
from vnmeet.inference.events.triggers import HOSTING_TYPES, find_triggers, sentences
from vnmeet.inference.events.trip_dates import (
    date_by_own_range, date_by_trip, extends_visit, visit_ranges, visit_word_ranges,
)
from vnmeet.inference.events.visits import (
    CAME_TO, add_owned_visits, add_trip, add_visits, beside_main, calls_on_people, came_to_call,
    delegation_on_trip, names_visit, names_visitors, planned_visitors, stating_people, trip_of_stop,
    trip_to_come,
)
from vnmeet.inference.events.welcomed_visits import add_welcomed_visits
from vnmeet.inference.people import join_split_names, person_spans


def lead_start(text: str, ents: Sequence[Span], skip: Optional[Span]) -> int:
    """Start of the first sentence with a DATE (the lead); what comes before is headline."""
    dated = [s for s in ents if s.label == "DATE" and s != skip]
    if not dated:
        return 0
    for s_start, s_end in sentences(text):
        if s_start <= dated[0].start < s_end:
            return s_start
    return 0


def inherited_date(art: Article, opens_new: bool, trigger_at: int) -> Optional[Span]:
    """The date of an event stated without one: that of the sentence just before when it
    sets the scene without stating an event ("Chiều 15/6, đoàn nhập cảnh về nước. Đón đoàn
    có …"), else the last event's ("cùng ngày", or any statement after the headline)."""
    if art.scene_date is not None and trigger_at >= art.headline_end:
        return art.scene_date
    if art.last is not None and (opens_new or trigger_at >= art.headline_end):
        return art.last.date
    return None


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
    if typ == "visit":
        cand.body = body_visited(text, art.ents, te, end_main)
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
        # A call on people ("thăm hỏi cán bộ … tại Nhật Bản") is not held at the place where
        # those called on live.
        cand.location = None if calls_on_people(text, main) else location_in(text, art.ents, ts, end_main)
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
            for d in art.drafts if held_by_someone(d) and not meets_unnamed_leaders(text, ents, d)
            and not planned_visit_noun(text, sentence_at(sents, d.trigger_start), d)
            and not occasion_told_before(text, sentence_at(sents, d.trigger_start), d, art.drafts)
            and not shown_in_caption(text, d, art.drafts)
            and not received_again(text, d, art.drafts)]
