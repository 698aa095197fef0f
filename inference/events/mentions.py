"""Who and what a stretch of text names: people (credits and inviters left out), parties and
the meeting place."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.triggers import CAPITAL
from vnmeet.inference.people import norm, same_person

# "theo lời mời của X": X invited, and is no party to the sentence's meeting (a visit he
# hosts adds him back: inviters_in).
INVITER = re.compile(r"lời mời của[^,.;]*$", re.I)
# "chuyển lời thăm hỏi tới Tổng Bí thư X; Thủ tướng Y", "gửi lời mời đến X": X and Y are
# greeted or invited from afar, not met (a ";" before a capital continues the list of names).
GREETED = re.compile(r"(?:chuyển|gửi)\s+lời\s+(?:thăm hỏi|hỏi thăm|chào|chúc|mời)[^.;]*?"
                     r"(?:tới|đến)\b(?:[^.;]|;(?=\s*(?-i:" + CAPITAL + r")))*$", re.I)
# "chuyển lời chào của Chủ tịch nước X tới …", "gửi lời chúc mừng của X": X sends greetings
# through the speaker and is not there (the sender is named after "của", before "tới/đến").
GREETED_BY = re.compile(r"(?:chuyển|gửi)\s+(?:những\s+)?lời\s+(?:chào|thăm hỏi|hỏi thăm|chúc)"
                        r"(?:(?!\b(?:tới|đến)\b)[^.;])*?\bcủa\b(?:(?!\b(?:tới|đến)\b)[^.;])*$",
                        re.I)
# "bà A, Phu nhân Phó Thủ tướng, Bộ trưởng Ngoại giao X": X is named to say whose spouse A is,
# not as one who is there.
SPOUSE_OF = re.compile(r",\s*(?:phu nhân|phu quân)\s+(?-i:" + CAPITAL + r")[^;.()]{2,80}$", re.I)
# "dâng hương tưởng niệm Chủ tịch X", "Lễ tang Đại tướng Y", "dự Quốc tang / lễ truy điệu Y",
# "tượng đài cố Quốc vương Z", "ngày sinh của bác sĩ W", "trường mang tên X", "Khu di tích X",
# "quê hương X", "kỷ niệm 50 năm chuyến thăm … của Lãnh tụ X": the person is honoured, mourned
# or names a place, and is not met (the cue and the name share a phrase: no comma but those
# between the name's titles, nor a word that brings in someone else).
COMMEMORATED = re.compile(r"(?:(?-i:(?<!củng )\bcố\b)|(?-i:\bCố\b)(?!\s+vấn)|\blễ tang|\btang lễ|"
                          r"\bquốc tang|\btruy điệu|\bdi tích|\bquê hương|"
                          r"\btượng đài|\bđền thờ|\b(?:nhà|khu) lưu niệm|\blăng\b|\bviếng|\btưởng niệm|"
                          r"\bkỷ niệm\s+\d+\s+năm\s+(?:ngày\s+(?:sinh|mất|giỗ)|chuyến\s+(?:thăm|công tác)[^,.;]{0,40}?\bcủa)|"
                          r"\bngày sinh|\bngày mất|"
                          r"\bgiỗ|\bcuộc đời|\bthân thế|\bmang tên)"
                          r"(?:(?!\b(?:có|do|với|và|cùng)\b)[^,.;]){0,50}$", re.I)
# "PV có cuộc phỏng vấn bà X về ý nghĩa chuyến thăm": X speaks to a reporter about the occasion.
INTERVIEWED = re.compile(r"\bphỏng vấn\s+(?:(?!\b(?:và|với|cùng)\b)[^,.;]){0,60}$", re.I)
# "ông A, đại diện cho Tỉnh trưởng X, …", "Thay mặt Tổng Bí thư X, …": someone stands in for X,
# who is not there.
REPRESENTED = re.compile(r"(?:\bđại diện cho|\bthay mặt(?:\s+cho)?)\s+"
                         r"(?:(?!\b(?:có|do|với|và|cùng|đã|gửi|trao|tặng|phát biểu)\b)[^,.;:]){0,45}$",
                         re.I)
# "ông X (Chủ tịch Hội hữu nghị …, đã mất năm 2022)", "bà Y (đã qua đời)": a parenthesis right
# after the name that says the person has died names someone who takes part in no meeting.
DECEASED = re.compile(r"\s*\([^()]{0,100}?\b(?:qua đời|từ trần|tạ thế|đã mất|đã khuất)\b", re.I)
# Words right before a byline or photo credit, with the outlet the author works for when it
# comes first ("Ảnh: VGP/Hải Minh") or the author's role in capitals ("Ảnh: CTV Quốc Việt").
CREDIT = re.compile(r"(?:ảnh|nguồn|theo|photo|bài|video|clip)\s*:?\s*"
                    r"(?:[\w.]+\s*/\s*|(?-i:CTV|PV|BTV|KTV|TTV)\s+)?$", re.I)


def within(span: Span, start: int, end: int) -> bool:
    return start <= span.start and span.end <= end


def spans_within(ents: Sequence[Span], start: int, end: int) -> list[Span]:
    """The spans of ``ents`` (sorted, as group_events keeps them) inside text[start:end], found
    by bisection: a long document holds thousands of entities, looked up for every clause."""
    lo = bisect_left(ents, start, key=_start)
    hi = bisect_left(ents, end, lo=lo, key=_start)
    return [s for s in ents[lo:hi] if s.end <= end]


def _start(span: Span) -> int:
    return span.start


def is_credit(text: str, span: Span) -> bool:
    """A byline or photo credit ("Ảnh: X", "(Ảnh: X/Báo Y)", a name alone on its line)."""
    before = text[max(0, span.start - 24):span.start]
    if CREDIT.search(before.split("(")[-1]):
        return True
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip(" .()-–") == span.text


def people_in(text: str, ents: Sequence[Span], people: Sequence[Person],
              start: int, end: int) -> list[Person]:
    """The people named in text[start:end], or referred to by a title of theirs written
    alone ("Tổng Bí thư thông báo …"), credits and inviters left out, in order."""
    found = _named(text, ents, people, start, end)
    found += [(t.start, p) for p in people for t in p.title_mentions if within(t, start, end)]
    return _unique([person for at, person in sorted(found, key=lambda f: f[0])
                    if not INVITER.search(text[max(start, at - 80):at])
                    and not GREETED.search(text[max(start, at - 160):at])
                    and not GREETED_BY.search(text[max(start, at - 160):at])
                    and not commemorated(text, ents, max(start, at - 120), at)
                    and not INTERVIEWED.search(text[max(start, at - 80):at])
                    and not REPRESENTED.search(text[max(start, at - 70):at])
                    and not names_spouse_of(text, ents, start, at)])


def commemorated(text: str, ents: Sequence[Span], lo: int, at: int) -> bool:
    """Whether text[lo:at] ends in a cue naming the one at ``at`` as honoured or mourned
    (COMMEMORATED). A comma between two titles ("Quốc tang nguyên Chủ tịch nước, Đại tướng X")
    is part of the phrase; one after a name still ends it."""
    window = list(text[lo:at])
    titles = [s for s in spans_within(ents, lo, at) if s.label == "POS"]
    for left, right in zip(titles, titles[1:]):
        if text[left.end:right.start].strip() == ",":
            window[text.index(",", left.end) - lo] = " "
    return COMMEMORATED.search("".join(window)) is not None


def names_spouse_of(text: str, ents: Sequence[Span], start: int, at: int) -> bool:
    """Whether the name at ``at`` only says whose spouse the person before it is ("bà A, Phu
    nhân Chủ tịch nước X"): "Phu nhân" and titles, with no other name between them."""
    lo = max(start, at - 100)
    m = SPOUSE_OF.search(text, lo, at)
    return m is not None and not any(s.label == "PER" and m.start() <= s.start < at for s in ents)


def inviters_in(text: str, ents: Sequence[Span], people: Sequence[Person],
                start: int, end: int) -> list[Person]:
    """The hosts named by "Nhận lời mời của X, …" in text[start:end]: people_in leaves them
    out, and a visit they host takes them back."""
    return _unique([person for at, person in _named(text, ents, people, start, end)
                    if INVITER.search(text[max(start, at - 80):at])])


def _named(text: str, ents: Sequence[Span], people: Sequence[Person],
           start: int, end: int) -> list[tuple[int, Person]]:
    """(offset, person) of each PER span in text[start:end] that is no credit and names no
    one said to have died."""
    found = []
    for span in spans_within(ents, start, end):
        if span.label == "PER" and not is_credit(text, span) and not DECEASED.match(text, span.end):
            person = person_of(span, people)
            if person is not None:
                found.append((span.start, person))
    return found


def _unique(people: Sequence[Person]) -> list[Person]:
    out: list[Person] = []
    for person in people:
        if all(person is not q for q in out):
            out.append(person)
    return out


# The mention index of the last people list asked about: grouping asks for each name's person
# thousands of times in a long document, always of the same article's people (whose mentions
# no longer change once linked).
_last_index: tuple[Sequence[Person], int, dict[tuple[int, int], Person]] = ((), 0, {})


def mention_owners(people: Sequence[Person]) -> dict[tuple[int, int], Person]:
    """(start, end) of each mention → its person (the first person listed when two share it)."""
    global _last_index
    known, count, index = _last_index
    if known is not people or count != len(people):
        index = {}
        for p in people:
            for m in p.mentions:
                index.setdefault((m.start, m.end), p)
        _last_index = (people, len(people), index)
    return index


def person_of(span: Span, people: Sequence[Person]) -> Optional[Person]:
    """The person a PER span names: the one it is a mention of, else one of that name, else the
    one person it is a short form of."""
    owner = mention_owners(people).get((span.start, span.end))
    if owner is not None:
        return owner
    key = norm(span.text)
    for p in people:
        if norm(p.name) == key:
            return p
    matches = [p for p in people if same_person(span.text, p.name)]
    return matches[0] if len(matches) == 1 else None


def parties_in(ents: Sequence[Span], start: int, end: int, text: str) -> list[str]:
    """ORG/LOC texts in text[start:end] (news outlets in credits left out)."""
    return [s.text for s in spans_within(ents, start, end) if s.label in ("ORG", "LOC")
            and not is_credit(text, s) and not re.match(r"\s*\)\s*[-–]", text[s.end:s.end + 4])]


# The New Year a greeting names ("chúc Tết cổ truyền Bunpimay", "chúc Tết Chol Chnam Thmay"): the
# festivals of the neighbouring countries that provincial delegations greet.
NEW_YEARS = (r"(?:\s+(?:Nguyên\s+đán|Bun\s*[Pp]i\s*[Mm]ay|Chôl\s+Chnăm\s+Thmây|Chol\s+Chnam\s+Thmay|"
             r"Songkran))")

# A greeting after "thăm" and those it greets, before the place greeted ("thăm, chúc Tết Đảng
# bộ, chính quyền và nhân dân tỉnh A", "thăm và chúc mừng lãnh đạo thành phố B", "thăm, chúc
# Tết, tặng quà tỉnh C", "chúc chính quyền và toàn thể nhân dân các tỉnh D, E").
GREETING = (r"(?:\s*(?:,|\bvà\b)?\s*chúc(?:\s+(?:Tết|mừng))?(?:(?:\s+cổ\s+truyền)?%s)?(?:\s*,?\s*tặng\s+quà)?"
            r"(?:\s+|,|\bvà\b|Đảng bộ|chính quyền|nhân dân|lãnh đạo|cán bộ|các lực lượng vũ trang|"
            r"lực lượng vũ trang|toàn thể)*)") % NEW_YEARS


def location_in(text: str, ents: Sequence[Span], start: int, end: int) -> Optional[str]:
    """The place after "tại" (or after "thăm [chính thức]", "thăm, chúc Tết [nhân dân]") in
    text[start:end]."""
    for s in spans_within(ents, start, end):
        if s.label not in ("LOC", "ORG"):
            continue
        before = text[max(start, s.start - 60):s.start]
        if re.search(r"(?:\btại|\bthăm(?:\s+chính\s+thức|\s+cấp\s+nhà\s+nước|\s+hữu\s+nghị)?"
                     r"%s?)"
                     r"(?:\s+(?:tỉnh|thành phố|thủ đô|trụ sở|huyện|xã|phường|nước|TP\.|P\.|"
                     r"Q\.|bản|khu vực)\s*)?\s*$" % GREETING, before, re.I):
            return s.text
    return None


# Between a visit's trigger and the body it goes to: the doings joined to the visit and the
# people of the body met ("đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng A", "đến thăm,
# nói chuyện với sinh viên trường B", "đến thăm và làm việc với Sở C").
TO_BODY = re.compile(r"(?:\s*(?:,|\bvà\b)\s*(?:làm việc|động viên|nói chuyện|gặp gỡ|tặng quà|"
                     r"chúc Tết|chúc mừng))*(?:\s+(?:với|tại))?"
                     r"(?:\s*(?:,|\bvà\b)?\s*(?:cán bộ|chiến sĩ|nhân viên|giảng viên|sinh viên|học sinh|"
                     r"giáo viên|thầy và trò|công nhân|người lao động|y bác sĩ|lãnh đạo))*"
                     r"(?:\s+(?:trường|bệnh viện|công ty))?\s*", re.I)


def body_visited(text: str, ents: Sequence[Span], trigger_end: int, end: int) -> Optional[str]:
    """The body (ORG) a visit goes to, named right after its trigger, past the doings joined to
    it and the people met there ("đến thăm, động viên cán bộ, chiến sĩ Đồn Biên phòng A"): the
    place of that stop, which ``location_in`` reads only after "tại" or a bare "thăm"."""
    body = next(iter(spans_within(ents, trigger_end, end)), None)
    if body is None or body.label != "ORG" or TO_BODY.fullmatch(text, trigger_end, body.start) is None:
        return None
    return body.text


# "hai bên", "hai Bộ trưởng" as a subject: the two sides of the event just stated (their spouses
# left out: ``written_as_spouse``).
BOTH_SIDES = re.compile(r"\b[Hh]ai\s+(?:bên|phía|đoàn|nhà lãnh đạo|lãnh đạo|vị|ông|bà|người đứng đầu|"
                        rf"{CAPITAL}\w*)")
