"""Triggers and events that turn out to state no occasion of their own: the next step of a
programme planned just before, a meeting noun with "này" that points back, a planned visit
named as a noun, a nameless occasion that refers back to one already told, an event with
neither people nor bodies, a meeting with leaders nobody names.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from vnmeet.inference.document import Span
from vnmeet.inference.events.drafts import Draft, among
from vnmeet.inference.events.triggers import find_triggers
from vnmeet.inference.people import norm


# Right before a trigger: the meeting is still to come ("A sẽ hội đàm với B", "sẽ có các cuộc
# hội kiến với C", "dự kiến sẽ lần lượt gặp D") — not "Dự kiến sau lễ đón, …", a plan framed by
# the occasion under way.
MEETING_TO_COME = re.compile(r"\b(?:sẽ|dự kiến)\s+(?:(?:có|tiến hành|lần lượt)\s+)*(?:(?:các|những|một)\s+)?"
                     r"(?:(?:cuộc|buổi)\s+)?$", re.I)


# "chuyến thăm … của Chủ tịch nước X": the visit named as a noun, owned by whoever follows
# "của" — not the inviter of "theo lời mời của".
VISIT_NOUN = re.compile(r"chuyến\s*$", re.I)


def visit_noun(text: str, at: int, start: int = 0) -> bool:
    """Whether the visit trigger at ``at`` is the noun "chuyến thăm": "chuyến" right before
    it, within the stretch from ``start`` (its sentence)."""
    return VISIT_NOUN.search(text[max(start, at - 8):at]) is not None


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


# Before a meeting trigger: its sentence only says what the occasion just told was ("Đây là
# hội đàm … đầu tiên sau 3 năm", "Đó cũng là cuộc gặp …").
RESTATED = re.compile(r"^\s*(?:Đây|Đó)\s+(?:cũng\s+)?là\s+(?:(?:cuộc|buổi)\s+)?$", re.I)


def restated(text: str, sent_start: int, trigger: tuple[int, int, str]) -> bool:
    """A meeting trigger right after "Đây là" describes the occasion already stated rather
    than states one of its own; cut from the sentence before it, it would open a second event.
    Not a visit: "Đây là chuyến thăm … đầu tiên của X" names the visitor of the trip."""
    return trigger[2] != "visit" and RESTATED.search(text[sent_start:trigger[0]]) is not None


def planned_visit_noun(text: str, sent: tuple[int, int], d: Draft) -> bool:
    """A visit named as a noun with nobody named, in a sentence that plans it ("Theo thông báo,
    chuyến thăm sẽ diễn ra từ ngày …"): it announces a trip (the article's, stated with its
    visitor elsewhere) rather than states one of its own; a date does not make it an event."""
    return (d.type == "visit" and not d.people
            and visit_noun(text, d.trigger_start)
            and TRIP_PLANNED.search(text, sent[0], sent[1]) is not None)


def held_by_someone(d: Draft) -> bool:
    """An event names a participant or an organisation that holds it: one with neither ("Chúc
    mừng thành công của các cuộc hội kiến") is no concrete meeting, and annotators match an
    event without people by its organisations (EVALUATION.md). A visit that names nobody and
    no body but the place visited ("chuyến xe hữu nghị thăm Lào") says nobody who visits."""
    if d.type == "visit" and not d.people and d.location is not None:
        return any(norm(o) != norm(d.location) for o in d.orgs)
    return bool(d.people or d.orgs)


# Right after a meeting trigger (and the triggers coordinated with it: "hội đàm, hội kiến, trao
# đổi"): its other side is a group of leaders named by no one ("với các lãnh đạo cấp cao của X").
UNNAMED_LEADERS = re.compile(r"(?:\s*,\s*[^,.;]{1,20}?)*\s*(?:với\s+)?(?:các|nhiều|một số|những)\s+"
                             r"(?:vị\s+|nhà\s+)?lãnh đạo\b", re.I)


def meets_unnamed_leaders(text: str, ents: Sequence[Span], d: Draft) -> bool:
    """A meeting whose other side is "các lãnh đạo …" with nobody named in its clause ("A hội
    đàm với B và hội kiến với các lãnh đạo cấp cao của Hàn Quốc"): a summary of the trip's
    meetings, no one occasion between identifiable parties (GUIDELINES §2). A list of the
    leaders ("các lãnh đạo … gồm: Chủ tịch X; …") names them, and the meeting stays."""
    if d.type == "visit":
        return False
    m = UNNAMED_LEADERS.match(text, d.trigger_start + len(d.trigger))
    if m is None:
        return False
    ends = [i for i in (text.find(c, m.end()) for c in ".;\n") if i >= 0]
    end = min(ends, default=len(text))
    return not any(s.label == "PER" and m.end() <= s.start < end for s in ents)


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


# A photo caption: its line carries the photo credit ("Ảnh: X", "(Ảnh: X/TTXVN)") or opens on
# "Trong ảnh:".
PHOTO_CREDIT = re.compile(r"\(?\bẢnh\s*:|^\W*Trong ảnh\s*:", re.I | re.M)


def in_caption(text: str, at: int) -> bool:
    """Whether offset ``at`` lies on a photo caption's line."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return PHOTO_CREDIT.search(text[start:end if end >= 0 else len(text)]) is not None


def shown_in_caption(text: str, d: Draft, drafts: Sequence[Draft]) -> bool:
    """A meeting or attendance ("other") told in a photo caption whose people all take part in
    a meeting the body tells ("C và D tham dự cuộc làm việc. Ảnh: X", "A gặp gỡ B (Ảnh: Y)"):
    the photo shows that meeting, which annotators do not count twice. A caption naming
    someone new, or of another kind ("A hội kiến B. Ảnh: …" beside "A đón B"), may show a
    meeting of its own."""
    if d.type != "other" or not d.people or not in_caption(text, d.trigger_start):
        return False
    return any(x is not d and x.type != "visit" and not in_caption(text, x.trigger_start)
               and among(d.people, x.people) for x in drafts)


# Reception and working session: the host's two words for one visit received.
RECEIVING = ("reception", "working_session")


def received_again(text: str, d: Draft, drafts: Sequence[Draft]) -> bool:
    """A reception or working session named again further on in the clause that told one
    with all its people ("A đã có buổi tiếp và làm việc với bà B cùng đoàn công tác đến thăm,
    chào xã giao"): the guest's courtesy call is the reception itself, not a second one."""
    if d.type not in RECEIVING or not d.people:
        return False
    clause_start = max(text.rfind(c, 0, d.trigger_start) for c in ".;\n") + 1
    return any(x.type in RECEIVING and clause_start <= x.trigger_start < d.trigger_start
               and among(d.people, x.people) for x in drafts)
