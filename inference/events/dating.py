"""Which DATE dates a trigger, and whether two dates are one occasion's."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.dates import date_range, first_day_of_range, parse_date, parse_parts
from vnmeet.inference.document import Span
from vnmeet.inference.events.mentions import spans_within
from vnmeet.inference.people import norm


def granularity(span: Span) -> int:
    """3 for a day, 2 for a month, 1 for a year (or a period), 0 when unreadable."""
    parts = parse_parts(span.text)
    if parts is None:
        return 3 if re.search(r"^(?:ngày\s+)?\d{1,2}(?:\s*[-–]\s*\d{1,2})?$", span.text, re.I) else 0
    return 3 if parts[2] is not None else 2 if parts[1] is not None else 1


# A document's name: a year written after it is the document's ("thỏa thuận hợp tác năm 2025",
# "Kế hoạch 2025"), unless "vào", "trong" or "từ" says when it was signed ("ký hiệp định vào năm 2019").
DOCUMENT = re.compile(r"(?<!\w)(?:thỏa thuận|thoả thuận|hiệp định|nghị định|nghị quyết|quyết định|kế hoạch|"
                      r"chương trình|bản ghi nhớ|biên bản|văn kiện|hợp đồng|đề án|công ước)(?!\w)", re.I)
WHEN = re.compile(r"(?<!\w)(?:vào|trong|từ)\s+(?:cuối\s+|đầu\s+|giữa\s+)?$", re.I)


def names_document(gap: str) -> bool:
    """Whether the words between a trigger and a year name a document the year belongs to."""
    return DOCUMENT.search(gap) is not None and WHEN.search(gap) is None


def year_of_trigger(text: str, span: Span, trigger_at: int) -> bool:
    """A year dates an event only when written right after its trigger ("ký năm 2008"), is
    not a period ("2021 - 2025") and is not a document's ("ký kết thỏa thuận hợp tác năm 2025"
    is signed on the day the article tells)."""
    gap = text[trigger_at:span.start]
    return (0 <= span.start - trigger_at <= 40 and not re.search(r"\d\s*[-–]\s*\d", span.text)
            and not re.search(r"[,.;]", gap) and not names_document(gap))


YEARS_APART = re.compile(r"(?<!\d)(\d{4})(?!\d).*?[-–].*?(?<!\d)(\d{4})(?!\d)")


def spans_years(span: Span) -> bool:
    """An anniversary or a term ("26/3/1931 - 26/3/2021", "9/1973 – 9/2023") names no
    meeting's day."""
    m = YEARS_APART.search(span.text)
    return m is not None and m.group(1) != m.group(2)


def dates_alone(span: Span) -> bool:
    """A DATE that can date a meeting wherever it stands: a day or a month, not a year (which
    dates one only right after its trigger) nor an anniversary or a term."""
    return granularity(span) > 1 and not spans_years(span)


# Before a DATE in its clause: "since" ("từ khi nhậm chức ngày 5/6", "kể từ khi … năm 1977"),
# which dates an earlier happening the sentence measures from, not its meeting.
SINCE = re.compile(r"\b(?:kể\s+)?từ\s+khi\b[^,.;()]*$", re.I)


# Right after a DATE: the same moment told in Vietnam's time ("Chiều 21-9 (giờ địa phương, rạng
# sáng 22-9 theo giờ Việt Nam)", "ngày 28-11 giờ địa phương (tức 1 giờ 20 phút, ngày 29-11 giờ
# Hà Nội)").
HOME_TIME = re.compile(r"\s*,?\s*(?:theo\s+)?giờ\s+(?:Hà Nội|Việt Nam)\b", re.I)


def local_dates(text: str, dates: Sequence[Span]) -> list[Span]:
    """The DATEs of a sentence told in local time: a meeting abroad is dated by the local day,
    not by the day it was already in Vietnam, written beside it ("rạng sáng 22-9 theo giờ Việt
    Nam"); a date told only in Vietnam's time still dates it."""
    local = [s for s in dates if not HOME_TIME.match(text, s.end)]
    return local or list(dates)


def date_for(text: str, ents: Sequence[Span], start: int, end: int, trigger_at: int,
             skip: Optional[Span]) -> Optional[Span]:
    """The DATE of the sentence text[start:end] that dates its trigger: the most precise one
    (a day before a month before a year), the last before the trigger (the start of a range
    written with words), else the first after it (the dateline itself excluded)."""
    dates = [s for s in spans_within(ents, start, end) if s.label == "DATE" and s != skip
             and not SINCE.search(text, max(start, s.start - 60), s.start)
             and (dates_alone(s) or (year_of_trigger(text, s, trigger_at) and not spans_years(s)))]
    dates = local_dates(text, dates)
    for level in (3, 2, 1):
        here = [s for s in dates if granularity(s) == level]
        before = [s for s in here if s.end <= trigger_at]
        if before:
            return range_start(text, dates, before[-1])
        if here:
            return here[0]
    if skip is not None and granularity(skip) == 3 and TODAY.search(text, start, end):
        return skip
    return None


# "sáng nay", "hôm nay" in a sentence that writes no date: the day of the article's dateline
# (when it writes a day), not the lead's first day nor the start of the trip.
TODAY = re.compile(r"\b(?:sáng|chiều|tối|trưa|hôm)\s+nay\b", re.I)


# Between the two DATEs of a range written with words ("từ [ngày 27/3] đến [ngày 2/4]").
RANGE_WORDS = re.compile(r"^\s*(?:đến|tới)\s*$", re.I)


# Before the first DATE of a pair of days ("trong hai ngày [6] và [7-4]", "vào các ngày [14] và
# [15/8/2019]"), and between its two DATEs.
PAIR_OPENS = re.compile(r"\b(?:hai|2|các)\s+(?=ngày\b)", re.I)
PAIR_WORD = re.compile(r"^\s*và\s*$", re.I)


def opens_days(text: str, first: Span, last: Span) -> bool:
    """Whether ``first`` opens a range written with words that ``last`` closes ("từ [ngày 8]
    đến [10/1]") or a pair of days ("trong hai ngày [6] và [7-4]")."""
    gap = text[first.end:last.start]
    if RANGE_WORDS.match(gap):
        return re.search(r"\btừ\s*$", text[max(0, first.start - 6):first.start], re.I) is not None
    return PAIR_WORD.match(gap) is not None and PAIR_OPENS.search(
        text, max(0, first.start - 6), first.start + 4) is not None


def range_start(text: str, dates: Sequence[Span], span: Span) -> Span:
    """The first DATE of a range written with words when ``span`` ends it: the occasion is
    dated by the day it began, as a range written with a dash is ("ngày 11 - 15.6"); so is a
    pair of days ("trong hai ngày 6 và 7-4": the visits of both days are dated by the first)."""
    return next((s for s in dates if s.end <= span.start and opens_days(text, s, span)), span)


def word_range(text: str, dates: Sequence[Span], span: Span) -> Span:
    """The whole range written with words that ``span`` opens ("từ [ngày 25] đến [ngày 28-7]"):
    a span covering both DATEs, which reads as the range of days the first alone does not
    (a bare "ngày 25" names no month); ``span`` itself when it opens no such range."""
    closing = next((s for s in dates if s.start >= span.end), None)
    if closing is None or not RANGE_WORDS.match(text[span.end:closing.start]):
        return span
    return Span(span.start, closing.end, "DATE", text[span.start:closing.end])


# Between a day and the DATE that closes its range or pair ("[ngày 11] đến [14/3/2018]",
# "[ngày 23] và [24/10]").
CLOSES_DAYS = re.compile(r"^\s*(?:đến|tới|và)\s*$", re.I)


def date_iso(text: str, ents: Sequence[Span], span: Span, dateline: Optional[str]) -> Optional[str]:
    """ISO of an event's DATE. A day written alone that opens a range or a pair of days takes
    its month and year from the DATE that closes it ("từ ngày 11 đến 14/3/2018" is March
    2018 even without a dateline, or with a stale one); any other DATE is read with the
    dateline."""
    closing = next((s for s in ents if s.label == "DATE" and s.start >= span.end), None)
    if closing is not None and not (closing.start - span.end <= 12
                                    and CLOSES_DAYS.match(text[span.end:closing.start])):
        closing = None
    iso = first_day_of_range(span.text, closing.text, dateline) if closing is not None else None
    return iso or parse_date(span.text, dateline)


def reference(dateline: Optional[str], other: Span) -> str:
    """The date a yearless day is read against when set beside ``other``: the dateline, else
    the end of the year ``other`` writes (without a dateline, "17/08" beside "ngày
    17-19/08/2017" is a day of that trip), else a fixed mid-year day."""
    if dateline:
        return dateline
    parts = parse_parts(other.text)
    return "%04d-12-31" % parts[0] if parts and parts[0] is not None else "2000-06-15"


def same_occasion_date(a: Optional[Span], b: Optional[Span], dateline: Optional[str]) -> bool:
    """Two dates of one occasion: equal, or a day inside the other's range of days ("20/4"
    falls in "ngày 18 – 28/4", so the trip stated twice is one event)."""
    if a is None or b is None:
        return True
    if norm(a.text) == norm(b.text):
        return True
    ref_a, ref_b = reference(dateline, b), reference(dateline, a)
    ia, ib = parse_date(a.text, ref_a), parse_date(b.text, ref_b)
    if ia is not None and ia == ib:
        return True
    ra, rb = date_range(a.text, ref_a), date_range(b.text, ref_b)
    return ra is not None and rb is not None and (
        ra[0] <= rb[0] <= rb[1] <= ra[1] or rb[0] <= ra[0] <= ra[1] <= rb[1])


def close_dates(a: Optional[Span], b: Optional[Span]) -> bool:
    """Dates of one trip: either unknown, or the same year and month (when both are written)
    and at most a week apart (when both name a day); "tháng 10/2021" is another trip."""
    pa = parse_parts(a.text) if a is not None else None
    pb = parse_parts(b.text) if b is not None else None
    if pa is None or pb is None:
        return True
    for x, y in zip(pa[:2], pb[:2]):
        if x is not None and y is not None and x != y:
            return False
    if (pa[1] is None) != (pb[1] is None):
        return False
    return pa[2] is None or pb[2] is None or abs(pa[2] - pb[2]) <= 7


INHERIT = re.compile(r"\b(?:cùng ngày|trước đó|sau đó|cũng trong|cùng buổi|tiếp đó|"
                     r"ngay sau đó|tối cùng|sáng cùng|chiều cùng)\b", re.I)
