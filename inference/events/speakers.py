"""Who speaks in a sentence of a meeting report ("Ông X, Chủ tịch …, cho biết", "Thay mặt …,
ông Y khẳng định"): a speaker at the occasion took part in it, one who talks to the press or
writes from afar did not.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.mentions import GREETED, is_credit, person_of, spans_within


# "X, Chủ tịch …, cho biết", "X chúc …": a speaker in the report of a meeting took part in it
# (not one greeted from afar first: "gửi lời thăm hỏi đến X, chúc …").
SPEAKER = re.compile(r"[^.;:]{0,120}?\b(?:khẳng định|cho biết|nhấn mạnh|đánh giá cao|bày tỏ|cảm ơn|"
                     r"cám ơn|đề nghị|chúc|mong muốn|chia sẻ|phát biểu|hoan nghênh|"
                     r"thông tin|giới thiệu|đề xuất|báo cáo|nhận định|trao đổi|tặng quà|trao tặng|"
                     r"cho rằng|cam kết)\b",
                     re.I)


# "Trả lời báo chí, Đại sứ X đánh giá …", "phỏng vấn bà X", "Thông báo tại cuộc họp báo, Người
# phát ngôn X cho biết": the speaker talks to the press about the meeting, not at it.
TO_PRESS = re.compile(r"(?:trả lời|phát biểu với|chia sẻ với|trao đổi với|nói với|thông tin với)\s+"
                      r"(?:báo chí|báo giới|phóng viên|truyền thông)|phỏng vấn|họp báo|gặp gỡ báo chí|"
                      r"người phát ngôn", re.I)


# "Chủ tịch nước X đã gửi thư chúc mừng …", "Y gửi điện mừng tới …": X and Y write from afar.
SENDS_LETTER = re.compile(r"[^.;:]{0,80}?\bgửi\s+(?:thư|điện|thông điệp)", re.I)


# A clause that says in what capacity or on what occasion the speaker speaks, before naming him
# ("Thay mặt 22 Đại sứ …, Chánh Văn phòng X khẳng định", "Phát biểu chúc mừng …, Trưởng ban Y
# nhấn mạnh"): the speaker opens the sentence after it.
LEAD_CLAUSE = re.compile(r"[\W\d]*(?:thay mặt|phát biểu|đáp từ|đáp lời)\b[^,.;:]{0,200},\s*", re.I)


def first_speaker(text: str, ents: Sequence[Span], people: Sequence[Person], start: int,
                  end: int, present: Sequence[Person] = ()) -> Optional[Person]:
    """The person who opens a sentence and then speaks ("Ông X, Chủ tịch …, cho biết",
    "Theo ông X, …"); nobody when another name follows closely ("X tặng quà Y"), unless
    that name is one of ``present``, who took part in the occasion told ("Đại sứ X báo cáo
    với Chủ tịch Y …" after Y's meeting: X speaks to Y there); nobody when the
    sentence is told to the press (``TO_PRESS``) or when the person sends a letter or a
    message (``SENDS_LETTER``), which says that they were not there."""
    lead = LEAD_CLAUSE.match(text, start, end)
    opens = lead.end() if lead else start
    named = [s for s in spans_within(ents, opens, end) if s.label == "PER"]
    if lead and named:  # a lead clause may hold commas of its own: the speaker opens the last part
        opens = max(opens, text.rfind(",", opens, named[0].start) + 1)
    found = [s for s in spans_within(ents, opens, end) if s.label == "PER" and s.start - opens <= 90
             and not is_credit(text, s)]
    if not found or TO_PRESS.search(text, start, end):
        return None
    first = found[0]
    if re.match(r"\W*theo\s+(?:ông|bà|đồng chí|ngài)?\s*[^,]{0,60}$", text[start:first.start], re.I):
        return person_of(first, people)
    said = SPEAKER.match(text, first.end)
    if not said or SENDS_LETTER.match(text, first.end) or GREETED.search(text, start, first.start):
        return None
    if any(s.start < first.end + 60 and SPEAKER.match(text, s.end) is None
           and not _among(person_of(s, people), present) for s in found[1:]):
        return None
    return person_of(first, people)


def _among(person: Optional[Person], present: Sequence[Person]) -> bool:
    """Whether ``person`` is one of ``present`` (the very same person, not a namesake)."""
    return person is not None and any(person is p for p in present)
