"""Frame clauses ("Trong khuôn khổ chuyến thăm …,", "Sau lễ đón,", "nhân dịp dự …"): the
occasion they name sets the scene of the sentence's event rather than states it.
"""
from __future__ import annotations

import re
from typing import Sequence

from vnmeet.inference.document import Person
from vnmeet.inference.events.article import Article
from vnmeet.inference.events.drafts import ATTENDS
from vnmeet.inference.people import norm


# A frame clause: the occasion it names sets the scene of the sentence's event ("Trong khuôn khổ
# chuyến thăm …,", "Sau lễ đón,", "Trước cuộc gặp gỡ của các Bí thư,", "trong số những sự kiện
# mở đầu chuyến thăm …,") rather than states it.
FRAME = re.compile(r"^[\W\d]*(?:nằm\s+)?(?:trong khuôn khổ|nhân dịp(?!\s+này)|nhân chuyến|trong chương trình|"
                   r"tiếp tục chương trình|tiếp theo chương trình|tiếp tục các hoạt động|tiếp tục chuyến|"
                   r"ngay sau|sau khi|sau(?!\s+đó)|"
                   r"trước khi|trước\s+(?:cuộc|buổi|lễ)|trong chuyến|trong dịp|nhân(?!\s+dân)|"
                   r"trong số (?:những|các) (?:sự kiện|hoạt động)|"
                   r"kết thúc)\b[^,]*$", re.I)


# A crawler dateline or an outlet's tag glued to the front of a sentence (" date 2025-08-13
# Trong …", "(Ngày Nay) - Tiếp tục các hoạt động trong khuôn khổ …", "TPO - Trong khuôn khổ
# …", "Hà Nội – Nhân dịp …"): the frame follows it.
DATELINE_PREFIX = re.compile(r"^\s*(?:date\s+[\d\-]+|\([^()]{1,30}\)\s*[-–]|"
                             r"(?:[A-ZĐ][\w.+]*[ \t]+){0,2}[A-ZĐ][\w.+]*[ \t]*[-–])\s*")


def in_frame(text: str, sent_start: int, at: int) -> bool:
    """The trigger sits in a frame clause ("Trong khuôn khổ chuyến thăm …,", "Ngay sau lễ
    đón,"): it refers to an occasion rather than states the sentence's event. The frame may
    follow a time or place clause ("Mới đây, trong chương trình thăm …"), a dateline or an
    outlet's tag, so it is looked for in the clause (after the last comma) that holds the
    trigger."""
    clause_start = max(sent_start, text.rfind(",", sent_start, at) + 1)
    clause = text[clause_start:at]
    if clause_start == sent_start:
        clause = DATELINE_PREFIX.sub("", clause)
    return FRAME.match(clause) is not None


# "nhân dịp" (or "nhân chuyến") inside a clause, before an attending trigger: "A gặp B nhân dịp
# A dự Hội nghị …", the occasion on which the meeting took place.
ON_OCCASION = re.compile(r"\b(?:nhân dịp|nhân chuyến)\b[^,;]*$", re.I)


def attends_on_occasion(text: str, sent_start: int, t: tuple[int, int, str]) -> bool:
    """An attending trigger after "nhân dịp" in the middle of its clause ("A có cuộc gặp với B,
    Chủ tịch Hạ viện nhân dịp Thủ tướng dự Phiên thảo luận …"): a frame as much as one that
    opens the clause, the subject's attendance beside the meeting (``beside_main``)."""
    ts, te, _ = t
    if norm(text[ts:te]) not in ATTENDS:
        return False
    clause_start = max(sent_start, text.rfind(",", sent_start, ts) + 1)
    return ON_OCCASION.search(text, clause_start, ts) is not None


# In a frame clause, what precedes the owner of the trip it names ("chuyến thăm … của X",
# "tháp tùng X thăm …").
FRAME_OWNER = re.compile(r"(?<!mời )\bcủa\b|\btháp tùng\b", re.I)


def frame_only(art: Article, sent: tuple[int, int], framed: Sequence[tuple[int, int, str]],
               main: tuple[int, int, str]) -> list[Person]:
    """The people a frame clause before the main trigger names as the owner of the trip it
    refers to ("Trong khuôn khổ chuyến thăm Hàn Quốc của Tổng Bí thư X, Bộ trưởng A làm việc
    với B", "nhân dịp tháp tùng Chủ tịch X thăm Lào, A làm việc với B"): X's trip frames the
    meeting, and X is no party to it unless named again outside the frame."""
    before = [t for t in framed if t[1] <= main[0]]
    if not before:
        return []
    fs, fe, _ = before[0]
    start = max(sent[0], art.text.rfind(",", sent[0], fs) + 1)
    end = art.text.find(",", fe, main[0])
    end = main[0] if end < 0 else end
    m = FRAME_OWNER.search(art.text, start, end)
    if m is None:
        return []
    outside = art.people_in(sent[0], start) + art.people_in(end, sent[1])
    return [p for p in art.people_in(m.end(), end) if all(p is not q for q in outside)]
