"""Signings between bodies rather than people: "Tỉnh A và tỉnh B đã ký …", and "Tại đây,
hai bên ký kết …" after an occasion, each dated by its own clause.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.document import Span
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.dating import dates_alone, same_occasion_date, spans_years
from vnmeet.inference.events.drafts import Draft
from vnmeet.inference.events.mentions import parties_in, within
from vnmeet.inference.events.passing import dates_signing
from vnmeet.inference.events.statements import states_event
from vnmeet.inference.events.triggers import SIGNED_DOCUMENTS
from vnmeet.inference.people import norm


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


def signing_pair(text: str, ents: Sequence[Span], sent: tuple[int, int], ts: int, te: int) -> list[str]:
    """The two bodies a signing's words name as signing: its subject ("Tỉnh A và tỉnh B ký …")
    or those after "giữa" ("ký biên bản giữa tỉnh A và tỉnh B"); none when it names no pair."""
    pair = signing_parties(text, ents, sent[0], ts) or parties_between(text, ents, te, sent[1])
    return [p.text for p in pair]


# A meeting noun and "và" right before a signing ("cuộc hội đàm và ký kết …").
MEETING_AND = re.compile(r"\s+và\s+$")


def meeting_before(art: Article, ts: int) -> Optional[Draft]:
    """The meeting of this sentence stated just before a signing coordinated with it ("hội đàm
    và ký kết … giữa A và B"): its parties are the signing's."""
    return next((d for d in art.drafts if d.type != "signing" and d.trigger_start < ts
                 and MEETING_AND.fullmatch(art.text, d.trigger_start + len(d.trigger), ts)), None)


def signing_date(art: Article, sent: tuple[int, int], ts: int, te: int) -> Optional[Span]:
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


# The two sides as the subject opening a clause or sentence: "hai bên", "Lãnh đạo hai tỉnh",
# "Hội Phụ nữ hai nước".
_TWO_SIDES = r"\s*(?:[^\s,;]+\s+){0,3}?hai\s+(?:bên|phía|tỉnh|nước|địa phương|thành phố|đơn vị|cơ quan)"

# The two sides as the subject of "ký", adverbs between (not "thỏa thuận mà lãnh đạo hai nước
# đã ký kết", an agreement of the past).
BOTH_SIDES_SIGN = re.compile(_TWO_SIDES + r"\s+(?:(?:đã|cũng|vừa|chính thức|tiến hành|cùng)\s+)*", re.I)


def signed_by_both_sides(text: str, sent_start: int, trigger_at: int) -> bool:
    """"Tại đây, hai bên tiến hành ký kết …", "Dịp này, Hội Phụ nữ hai nước đã ký kết …": the
    signing is between the two sides of the occasion just told, whose bodies are its parties."""
    clause_start = max(sent_start, text.rfind(",", sent_start, trigger_at) + 1)
    return BOTH_SIDES_SIGN.fullmatch(text, clause_start, trigger_at) is not None


# A sentence whose subject is the two sides ("Hai bên nhất trí …", "Lãnh đạo hai tỉnh …").
BOTH_SIDES_OPEN = re.compile(_TWO_SIDES + r"\b", re.I)


# A document named before its signing, signed in the past ("biên bản hợp tác đã ký kết").
DOCUMENT_SIGNED = re.compile(r"(?:" + SIGNED_DOCUMENTS + r"|văn bản)(?:\s+[^\s,;]+){0,4}?\s+(?:đã\s+|được\s+)+$", re.I)


def sides_agreement(art: Article, sent: tuple[int, int], ts: int, sides_subject: bool) -> Optional[Draft]:
    """"Hai bên nhất trí … Tập trung triển khai biên bản hợp tác đã ký kết năm 2019 …": with the
    two sides the subject of this sentence or the one before, and no body named before the
    signing, it is an earlier agreement of the two sides of the occasion just told, whose bodies
    are its parties (not the countries the rest of the sentence names)."""
    if not (sides_subject and DOCUMENT_SIGNED.search(art.text[max(sent[0], ts - 80):ts])
            and not any(s.label in ("ORG", "LOC") and sent[0] <= s.start < ts for s in art.ents)):
        return None
    return next((d for d in reversed(art.drafts) if d.trigger_start < sent[0] and d.orgs), None)


def dated_signing(art: Article, cand: Draft) -> Optional[Draft]:
    """The signing already stated on the candidate's date. A dated signing by two bodies does
    not date an undated one: "Năm 2015, tỉnh A và tỉnh B ký …" told at today's ceremony is the
    earlier agreement."""
    return next((d for d in reversed(art.drafts) if d.type == cand.type and d.date is not None
                 and same_occasion_date(d.date, cand.date, art.dateline)), None)


def another_pair(earlier: Sequence[str], orgs: Sequence[str]) -> bool:
    """The bodies signing at a later trigger of the sentence are another pair when they share
    none with the parties of the signing before it."""
    return not {norm(o) for o in orgs} & {norm(o) for o in earlier}


def split_signing(art: Article, earlier: Draft, orgs: Sequence[str], ts: int, te: int) -> Draft:
    """A signing of its own for the second pair, on the first one's date; the first loses the
    second pair, which the words of its sentence had given it."""
    d = Draft(art.text[ts:te], "signing", ts, date=earlier.date)
    d.add_orgs(orgs)
    earlier.orgs = [o for o in earlier.orgs if norm(o) not in {norm(x) for x in orgs}]
    art.drafts.append(d)
    return d


def clause_date(art: Article, start: int, end: int) -> Optional[Span]:
    """The last day or month written in text[start:end] (not a year, a period or a term)."""
    dates = [s for s in art.dates() if within(s, start, end) and s != art.dateline_span and dates_alone(s)]
    return dates[-1] if dates else None


def listed_agreements(art: Article, sent: tuple[int, int], te: int,
                      triggers: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, Span]]:
    """"Tỉnh đã ký bản ghi nhớ với tỉnh A (29/12/2021); với tỉnh B (02/6/2016); thỏa thuận giữa
    C và D (21/6/2016)": after a signing's trigger, clauses split by ";" that each name a party
    and carry a day or month of their own and no trigger of their own list one agreement each.
    (start, end, date) of every clause, the trigger's own first; none when the sentence is no
    such list (a single clause, or a clause without its party or its date)."""
    semis = [i for i in range(te, sent[1]) if art.text[i] == ";"]
    clauses = []
    for k, (start, end) in enumerate(zip([te] + [i + 1 for i in semis], semis + [sent[1]])):
        date = clause_date(art, start, end)
        if date is None or not parties_in(art.ents, start, end, art.text) or (
                k and any(start <= t[0] < end for t in triggers)):
            break
        clauses.append((start, end, date))
    return clauses if len(clauses) > 1 else []


def split_agreements(art: Article, own: Draft, sent: tuple[int, int],
                     triggers: Sequence[tuple[int, int, str]]) -> None:
    """A list of agreements signed on days of their own (``listed_agreements``) is one signing
    per agreement, each between the parties its clause names and on its clause's date;
    annotators give each its own event, with the subject's bodies ("Tỉnh A đã ký …"). The
    trigger's own event keeps its first clause."""
    te = own.trigger_start + len(own.trigger)
    clauses = listed_agreements(art, sent, te, triggers)
    if not clauses:
        return
    subject = parties_in(art.ents, sent[0], own.trigger_start, art.text)
    later = []
    for start, end, date in clauses[1:]:
        d = Draft(own.trigger, own.type, own.trigger_start, date=date)
        d.add_orgs(subject + parties_in(art.ents, start, end, art.text))
        later.append(d)
    first = {norm(o) for o in parties_in(art.ents, sent[0], clauses[0][1], art.text)}
    moved = {norm(o) for d in later for o in d.orgs} - first
    own.orgs = [o for o in own.orgs if norm(o) not in moved]
    own.date = clauses[0][2]
    art.drafts.extend(later)


def add_org_signings(art: Article, sent: tuple[int, int], triggers: Sequence[tuple[int, int, str]],
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
        if own is not None and own.type == "signing":
            split_agreements(art, own, sent, triggers)
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
