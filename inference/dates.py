"""Calendar expressions to ISO dates, and the article's dateline.

``parse_date("ngày 3/4", "2024-05-01") == "2024-04-03"``: the year comes from the date itself
or, failing that, from the dateline (the page/crawler date); no year known gives ``None``.
A range gives its first day ("ngày 14-18/10" -> the 14th). Pure functions, no state.
"""
from __future__ import annotations

import re
from datetime import date as _date
from functools import lru_cache
from typing import Optional, Sequence

from vnmeet.inference.document import Span

_SEP = r"[/.\-]"
_WEEKDAY = (r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật"
            r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)")

# "2025-08-13", and a year-first stamp "2020/9/8" (one separator throughout).
ISO = re.compile(r"(?<!\d)(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)")
# d/m/y, d.m.y, d-m-y, one separator throughout, maybe a space before the year ("7/4/ 2022")
# (also the first day of "5/9/1962 - 5/9/2017"; "11-12/04" is a range of days in April, not
# the 11th of December 2004; nor is "7/10/2024" the day of "ngày 6 - 7/10/2024", a range).
DMY = re.compile(r"(?<![\d/.\-])(?<!\d [-–] )(?<!\d[-–] )(\d{1,2})(%s)(\d{1,2})\2 ?(\d{4}|\d{2})(?![\d/.\-]?\d)" % _SEP)
# "30/10 - 03/11/2017": a range across months, read before d/m/y takes its last day; the year
# written after the last day is the first day's unless the range runs into January.
CROSS_RANGE = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})\s*[-–]\s*\d{1,2}[/.](\d{1,2})(?:[/.](\d{4}))?")
# "14-18/10", "11 - 15.6", "ngày 8 - 10/1/2024": a day range in one month.
DAY_RANGE = re.compile(r"(?<![\d/.])(\d{1,2})\s*[-–]\s*\d{1,2}\s*[/.](\d{1,2})(?:\s*[/.]\s*(\d{4}))?(?!\d)")
# "từ ngày 18 đến 28-4-2023", "hai ngày 11 và 12-11": a range (or a pair of days) in words; read
# before d-m-y takes its last day.
WORD_RANGE = re.compile(r"(?<![\d/.])(\d{1,2})\s+(?:đến|tới|và)\s+(?:ngày\s+)?\d{1,2}\s*[/.\-](\d{1,2})"
                        r"(?:\s*[/.\-]\s*(\d{4}))?(?!\d)", re.I)
DM = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})(?![/.\-]?\d)")
MY = re.compile(r"(?<![\d/.\-])(\d{1,2})[/.\-]((?:19|20)\d{2})(?!\d)")
ISO_MONTH = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})(?![\d\-])")
MONTH_YEAR = re.compile(r"tháng\s+(\d{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(\d{4})", re.I)
# "ngày 23 tháng 8 năm 2013", "23 tháng 8, 2013": a day and month in words, "ngày" and "năm" optional.
WORDS = re.compile(r"(?:ngày\s+)?(?<![\d/.\-])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,?\s*(?:năm\s+)?(\d{4}))?", re.I)
MONTH = re.compile(r"tháng\s+(\d{1,2})(?!\s*[/.\-]?\s*\d)", re.I)
MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
               "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
MONTH_WORD = re.compile(r"tháng\s+(%s)(?!\w)" % "|".join(sorted(MONTH_WORDS, key=len, reverse=True)),
                        re.I)
# A page stamp in English ("October 19, 2016"), as some Vietnamese sites print their dateline.
ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                  "september", "october", "november", "december")
ENGLISH_DATE = re.compile(r"\b(%s)\s+(\d{1,2}),?\s+(\d{4})(?!\d)" % "|".join(ENGLISH_MONTHS), re.I)
QUARTER = re.compile(r"quý\s+[IV1-4]+\s*[/.\-]\s*(\d{4})", re.I)
YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d{2})(?!\d|[/.]\d)")



def _valid(y: int, m: int, d: Optional[int] = None) -> bool:
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        _date(y or 2000, m, d)
    except ValueError:
        return False
    return True


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 else n


def _into_new_year(first_month: int, end_month: int) -> bool:
    """Whether a range runs into the next year ("26/12 - 3/1"): its last month comes before its
    first. The year written on one end is then one off for the other end."""
    return end_month < first_month


# "ngày 11-12/12 năm 2023": a year written with "năm" after a day and month.
YEAR_AFTER = re.compile(r"\s*,?\s*năm\s+(\d{4})(?!\d)", re.I)


def _year_in_words_after(text: str, at: int) -> Optional[int]:
    """The year "năm YYYY" written right after a day and month that write none."""
    m = YEAR_AFTER.match(text, at)
    return int(m.group(1)) if m else None


@lru_cache(maxsize=65536)  # events compare the same few DATE texts pairwise
def parse_parts(text: str) -> Optional[tuple[Optional[int], Optional[int], Optional[int]]]:
    """(year, month, day) written in a DATE text, each ``None`` when not written."""
    t = " ".join(text.split())
    m = ENGLISH_DATE.search(t)
    if m:
        y, mo, d = int(m.group(3)), ENGLISH_MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))
        if _valid(y, mo, d):
            return y, mo, d
    for rx, order in ((ISO, "y_md"), (WORDS, "dmy"), (WORD_RANGE, "dmy"), (CROSS_RANGE, "dmey"), (DMY, "d_my"),
                      (DAY_RANGE, "dmy"), (MONTH_YEAR, "my"), (ISO_MONTH, "ym"), (MY, "my"), (DM, "dm")):
        m = rx.search(t)
        if not m:
            continue
        vals = dict(zip(order, m.groups()))  # "_" skips a group (the stamp's separator), "e": end month
        y = _year(vals["y"]) if vals.get("y") else None
        if y is None:
            y = _year_in_words_after(t, m.end())
        mo = int(vals["m"])
        if y is not None and vals.get("e"):
            y -= _into_new_year(mo, int(vals["e"]))  # "26/12 - 3/1/2024" starts in 2023
        d = int(vals["d"]) if vals.get("d") else None
        if _valid(y or 2000, mo, d):
            return y, mo, d
    m = MONTH.search(t)
    if m and _valid(2000, int(m.group(1))):
        y = YEAR.search(t)
        return (int(y.group(1)) if y else None), int(m.group(1)), None
    m = MONTH_WORD.search(t)
    if m:
        y = YEAR.search(t)
        return (int(y.group(1)) if y else None), MONTH_WORDS[m.group(1).lower()], None
    m = QUARTER.search(t) or YEAR.search(t)
    if m:
        return int(m.group(1)), None, None
    return None


def _iso(y: int, m: Optional[int], d: Optional[int]) -> str:
    if m is None:
        return "%04d" % y
    if d is None:
        return "%04d-%02d" % (y, m)
    return "%04d-%02d-%02d" % (y, m, d)


def parse_date(text: str, dateline: Optional[str] = None) -> Optional[str]:
    """ISO YYYY-MM-DD / YYYY-MM / YYYY of a DATE text; the year comes from the text or, when it
    has none, from ``dateline`` (an ISO date). A day and month later than the dateline by more
    than a month is taken from the year before. ``None`` when no year is known."""
    parts = parse_parts(text)
    if parts is None:
        return _day_of_dateline_month(text, dateline)
    y, m, d = parts
    if y is None:
        ref = parse_parts(dateline) if dateline else None
        if not ref or ref[0] is None:
            return None
        y = ref[0]
        if m is not None and ref[1] is not None and m > ref[1] + 1:
            y -= 1
        if d is not None and not _valid(y, m, d):
            return None
    return _iso(y, m, d)


# "ngày 24" alone: a day of the dateline's month (or of the month before, when later than it).
DAY_ONLY = re.compile(r"^ngày\s+(\d{1,2})$", re.I)


def _day_of_dateline_month(text: str, dateline: Optional[str]) -> Optional[str]:
    """ISO of a bare day ("ngày 24") in a news report dated by ``dateline``: reports tell of
    the last few days, so the day is in the dateline's month, or the month before when it is
    later than the dateline's day."""
    m = DAY_ONLY.match(" ".join(text.split()))
    ref = parse_parts(dateline) if m and dateline else None
    if not ref or None in ref:
        return None
    y, mo, ref_day = ref  # type: ignore[misc]
    d = int(m.group(1))  # type: ignore[union-attr]
    if d > ref_day:
        y, mo = (y, mo - 1) if mo > 1 else (y - 1, 12)
    return _iso(y, mo, d) if _valid(y, mo, d) else None


def first_day_of_range(day: str, last: str, dateline: Optional[str] = None) -> Optional[str]:
    """ISO of a day written alone ("ngày 21") that opens a range whose closing DATE writes the
    month ("từ [ngày 21] đến [23 tháng 8 năm 2013]", "[ngày 11] và [12-11]"): the day is in
    that month and year, or the month before when it is later ("ngày 28 đến 2/3"); only a
    closing DATE without a year takes it from the dateline. ``None`` when ``day`` is no bare
    day or ``last`` names no day and month."""
    m = DAY_ONLY.match(" ".join(day.split()))
    end = parse_parts(last)
    if m is None or end is None or end[1] is None or end[2] is None:
        return None
    y, mo, d = end[0], end[1], int(m.group(1))
    if d > end[2]:
        y, mo = (y, mo - 1) if mo > 1 else ((y - 1 if y else None), 12)
    if y is None:
        return parse_date("%d/%d" % (d, mo), dateline)
    return _iso(y, mo, d) if _valid(y, mo, d) else None


# "18 - 28/4", "từ ngày 18 đến 28-4-2023", "26/11-2/12", "ngày 11 và 12-11": the last day of a
# range of days.
RANGE_END = re.compile(r"\d{1,2}(?:\s*[/.\-]\s*\d{1,2})?\s*(?:[-–]|đến|tới|và)\s*(?:ngày\s+)?"
                       r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?(?!\d)", re.I)


def date_range(text: str, dateline: Optional[str] = None) -> Optional[tuple[str, str]]:
    """First and last ISO day of a DATE text ("ngày 18 – 28/4" -> the 18th and the 28th; a
    single day is a range of one day), so that a day inside a trip's range is the same trip.
    ``None`` when the text names no day or no year is known."""
    first = parse_date(text, dateline)
    if first is None or len(first) != 10:
        return None
    m = RANGE_END.search(" ".join(text.split()))
    if m is None:
        return first, first
    # "26/12 - 3/1": an end that writes no year is in the next year when the range runs into it
    y = int(m.group(3)) if m.group(3) else int(first[:4]) + _into_new_year(int(first[5:7]), int(m.group(2)))
    if not _valid(y, int(m.group(2)), int(m.group(1))):
        return first, first
    last = _iso(y, int(m.group(2)), int(m.group(1)))
    return (first, last) if last >= first else (first, first)


def _full_date(span: Span) -> Optional[str]:
    """ISO of a DATE span that writes its year (and at least its month, as a dateline can)."""
    parts = parse_parts(span.text)
    if parts and parts[0] is not None and parts[1] is not None:
        return _iso(*parts)
    return None


def _on_own_line(text: str, span: Span) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    rest = line.replace(span.text, "", 1)
    return re.fullmatch(r"[\s,|\-–:(]*(?:%s)?[\s,|\-–:()]*(?:\d{1,2}:\d{2}[^\n]{0,20})?" % _WEEKDAY,
                        rest, re.I) is not None


def dateline_span(text: str, ents: Sequence[Span] = ()) -> Optional[Span]:
    """The DATE span that is the article's dateline: a crawler date (" date 2025-08-13"), a
    page date with a weekday ("Thứ hai, 5-5-25"), an update stamp, a date next to a time of
    day, or a full date standing on its own line. Of several such stamps one that gives the
    time of day wins (a page date without one is the day the page was shown, not the
    article's), then the last written: a site's header date (stale, or the day the page was
    crawled, later than the article) comes before the article's own stamp."""
    found: list[tuple[bool, Span]] = []
    for span in sorted(e for e in ents if e.label == "DATE"):
        if _full_date(span) is None:
            continue
        before = text[max(0, span.start - 25):span.start]
        timed = bool(re.search(r"\d{1,2}:\d{2}\s*[,|]?\s*$", before)
                     or re.match(r"\s*,?\s*\d{1,2}:\d{2}", text[span.end:span.end + 8]))
        if (timed or re.search(r"(?:^|\s)date\s*$", before)
                or re.search(_WEEKDAY + r"\s*,?\s*(?:ngày\s*)?$", before, re.I)
                or re.search(r"(?:cập nhật|ngày đăng|đăng ngày|xuất bản|last modified|updated|published)"
                             r"\s*:?\s*$", before, re.I)
                or _on_own_line(text, span)):
            found.append((timed, span))
    return max(found, key=lambda f: (f[0], f[1].start))[1] if found else None


def find_dateline(text: str, ents: Sequence[Span] = ()) -> Optional[str]:
    """ISO date of the article's dateline, from the DATE spans or, without them, the text."""
    span = dateline_span(text, ents)
    if span is not None:
        return _full_date(span)
    m = re.search(r"(?:^|\s)date\s+(\d{4}-\d{1,2}-\d{1,2})", text)
    if m:
        parts = parse_parts(m.group(1))
        return _iso(*parts) if parts and parts[2] else None  # type: ignore[misc]
    m = re.search(_WEEKDAY + r"\s*,\s*(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})", text, re.I)
    if m:
        parts = parse_parts(m.group(1))
        return _iso(*parts) if parts and parts[2] else None  # type: ignore[misc]
    return None
