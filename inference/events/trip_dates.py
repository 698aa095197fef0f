"""Dating an event by the span of the trip it belongs to: a visit's own range of days
("thăm … từ ngày 11 đến 14/3"), an attendance's or an announced visit's range, and the
framing trip of "Trong khuôn khổ chuyến thăm, …".
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional, Sequence

from vnmeet.inference.dates import date_range, parse_date
from vnmeet.inference.document import Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.dating import close_dates, granularity, same_occasion_date, spans_years
from vnmeet.inference.events.drafts import ATTENDS, Draft
from vnmeet.inference.events.triggers import find_triggers
from vnmeet.inference.people import norm


def ranges_after(art: Article, trigger_end: int, end: int, reach: int = 80) -> list[Span]:
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


def own_range(art: Article, trigger_end: int, end: int, day: Optional[Span]) -> Optional[Span]:
    """The range of days written right after a visit trigger that holds the sentence's day
    ("Chiều 20/10, A tiếp B trong khuôn khổ chuyến thăm Việt Nam từ ngày 18-22/10"): the
    visit's own span, which dates the visit instead of the reception's day."""
    return next((s for s in ranges_after(art, trigger_end, end)
                 if same_occasion_date(s, day, art.dateline)), None)


def visit_ranges(art: Article, sents: Sequence[tuple[int, int]]) -> list[Span]:
    """The ranges written right after each visit trigger of the article, in reading order
    (found once per article: each visit then picks the first that holds its day)."""
    return [span for s, e in sents for _, te, typ in find_triggers(art.text, s, e)
            if typ == "visit" for span in ranges_after(art, te, e)]


def date_by_own_range(art: Article, sents: Sequence[tuple[int, int]], d: Draft,
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
              or word_range_start(art, sents, d.date, word_ranges, ranges)
              or announced_range(sents, d.date, ranges) or d.date)


def word_range_start(art: Article, sents: Sequence[tuple[int, int]], day: Span,
                     word_ranges: Sequence[tuple[Span, Span]], ranges: Sequence[Span]) -> Optional[Span]:
    """The first DATE of a span written with words after a visit trigger ("… thăm chính thức
    New Zealand từ ngày 11 đến 14/3") that holds the visit's day written before it (the
    headline's "12/3"), or that follows that day in its sentence without holding it (the
    evening before: "Tối 9/3, … tới Auckland, thăm chính thức New Zealand từ ngày 10 đến ngày
    11/3"): annotators date the trip by that first DATE. The day of arrival
    itself ("Chiều 11/3, … từ ngày 11 đến 14/3") keeps its fuller text, and a day written
    after the span tells a later doing of the trip, not the trip. The same span written
    earlier with a dash (``ranges``) is taken instead (``written_before``)."""
    ref = art.dateline or "2000-06-15"
    for first, whole in word_ranges:
        r = date_range(whole.text, ref)
        if (day.start < whole.start and r is not None and parse_date(day.text, ref) != r[0]
                and (same_occasion_date(whole, day, art.dateline)
                     or announced_range(sents, day, [whole]) is not None)):
            return written_before(art, ranges, whole) or first
    return None


def written_before(art: Article, ranges: Sequence[Span], whole: Span) -> Optional[Span]:
    """The span of a trip written with words told earlier with a dash ("… sẽ thăm và giao lưu
    với Hải quân Việt Nam, ngày 22-26/10." before "Ngày 19/10, Sở Ngoại vụ cho biết, … sẽ có
    chuyến thăm cảng … từ ngày 22 đến 26/10"): annotators date the trip as it is first told."""
    ref = art.dateline or "2000-06-15"
    return next((r for r in ranges if r.start < whole.start
                 and date_range(r.text, ref) == date_range(whole.text, ref)), None)


# Between the two DATEs of a trip's span written with words ("từ ngày 10 đến ngày 11/3"), or of
# the pair of days a two-day trip is told by ("trong hai ngày 11 và 12-11").
SPAN_WORDS = re.compile(r"\s*(?:đến|tới|và)\s*", re.I)


def visit_word_ranges(art: Article, sents: Sequence[tuple[int, int]]) -> list[tuple[Span, Span]]:
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


def attendance_range(art: Article, sents: Sequence[tuple[int, int]], d: Draft) -> Optional[Span]:
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


# A clause that sets a sentence inside a trip ("Trong khuôn khổ chuyến thăm, A hội đàm B; gặp C",
# "Trong thời gian chuyến thăm, …", "Trong 4 ngày ghé thăm, …").
IN_TRIP = re.compile(r"(?:^|[,;]\s*)(?:(?:trong\s+(?:khuôn khổ\s+)?|nhân\s+(?:dịp\s+)?)(?:chuyến|chương trình)"
                     r"\s+(?:thăm|công tác)|trong\s+(?:thời gian\s+(?:chuyến\s+)?|\d+\s+ngày\s+(?:ghé\s+)?)thăm)\b",
                     re.I)


def date_by_trip(art: Article, sents: Sequence[tuple[int, int]], d: Draft) -> None:
    """An event told inside a trip ("Trong khuôn khổ chuyến thăm, Thủ tướng hội đàm với …")
    in a sentence that writes no date of its own is dated by the trip's whole span, as the
    annotators do, not by the day of the last event (the welcome on arrival): the latest
    visit stated before it, when dated by a range of days that holds the inherited day (or
    begins after it, ``before_trip``)."""
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
    if r is not None and r[0] < r[1] and (same_occasion_date(span, d.date, art.dateline)
                                          or before_trip(d.date, r, art.dateline)):
        d.date = span


def before_trip(day: Optional[Span], trip: tuple[str, str], dateline: Optional[str]) -> bool:
    """Whether an inherited day falls before the trip's first day ``trip[0]``: the day the trip
    was announced ("Ngày 19/10, Sở Ngoại vụ cho biết … sẽ có chuyến thăm … từ ngày 22 đến
    26/10. Trong 4 ngày ghé thăm, đoàn chào xã giao …"), which dates nothing done on it."""
    iso = parse_date(day.text, dateline or trip[0]) if day is not None else None
    return iso is not None and len(iso) == 10 and iso < trip[0]


def coarser(new: Optional[Span], old: Optional[Span]) -> bool:
    """A month or a year said of a visit already dated by a day ("Chuyến thăm diễn ra trong
    bối cảnh … thiết lập quan hệ vào tháng 3-2024") is the context's, not a better date."""
    return new is not None and old is not None and granularity(new) < granularity(old)


def extends_visit(art: Article, passing: Draft) -> bool:
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
