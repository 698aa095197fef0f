"""Events mentioned in passing beside a sentence's main one: a past visit or signing
with a date of its own ("thỏa thuận đã ký năm 2020", "chuyến thăm … (tháng 8/2023)").
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.dating import granularity, same_occasion_date
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import location_in, parties_in, people_in
from vnmeet.inference.events.statements import wished


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
    kết ngày 14/5/2018"). A signing that names neither people nor parties near its trigger
    ("làm việc với công ty X về thỏa thuận đã ký năm 2020") is the agreement of the bodies its
    sentence names before it. Events with neither people nor parties are left out."""
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
        if typ == "signing" and not (d.people or d.orgs):
            d.add_orgs(parties_in(ents, sent[0], lo, text))
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
