"""Whether a trigger states a meeting that happened: not a plan without a date, a total, a
general statement or reported speech."""
from __future__ import annotations

import re
from typing import Optional

from vnmeet.inference.events.triggers import clause_start_at

# Before the trigger in its sentence: it is planned, wished, reported in speech or general.
# "nhằm" and "để" state a purpose only in the trigger's own comma clause: a purpose clause put
# in front ("Nhằm tìm kiếm cơ hội hợp tác, từ ngày 26/7, đoàn đã thăm …") leaves the main clause
# stated. "để" states a purpose, except "để tiến hành" ("di chuyển tới trụ sở để tiến hành hội đàm"):
# a move to a meeting that took place right then. "đề nghị của X" is a noun ("Đó là đề nghị
# của Thủ tướng trong buổi tiếp …"): what X proposed at a meeting that took place. "việc" nominalises a plan ("việc ký kết"), but
# not in "làm việc" ("trong chương trình thăm và làm việc, A đã tham dự …").
NOT_STATED = re.compile(
    r"\b(?:sẽ|dự kiến|dự định|kế hoạch|sắp tới|chuẩn bị|(?<!lời )mời|gửi lời mời|mong muốn|mong|đề nghị(?! của)|hy vọng|"
    r"nhất trí|thống nhất|bày tỏ|cảm ơn|cám ơn|chào mừng|đánh giá (?:rất |hết sức |rất là )?cao|khẳng định|cho biết|"
    r"nhấn mạnh|vui mừng|hoan nghênh|(?<!làm )việc|(?:nhằm|để(?! tiến hành))(?=[^,]*$))\b", re.I)


def not_stated(before: str, pos: int = 0) -> Optional[re.Match[str]]:
    """The first cue of ``NOT_STATED`` in ``before`` from ``pos``, leaving out the cue words
    that are written as a name ("tại Hội trường Thống Nhất", "Dinh Thống Nhất"): a cue of two
    words or more with every word capitalised is a proper name, not a verb."""
    for m in NOT_STATED.finditer(before, pos):
        words = m.group().split()
        if not (len(words) > 1 and all(w[0].isupper() for w in words)):
            return m
    return None


# "tiếp tục" with a trip ("Ngày 28/6, tiếp tục chuyến thăm Lào, A gặp B") goes on with the trip
# under way: a frame (grouping.FRAME), not the practice of "tiếp tục tăng cường trao đổi đoàn".
GENERAL_CUE = (r"\b(?:tiếp tục(?!\s+chuyến)|thường xuyên|hằng năm|hàng năm|tăng cường|đẩy mạnh|duy trì|"
               r"thúc đẩy|trao đổi đoàn|các đoàn|nhiều đoàn)\b")
GENERAL = re.compile(GENERAL_CUE + r"[^,;]{0,30}$", re.I)


# "ngày 7-4, đoàn tiếp tục thăm …": the next doing of a dated trip, not a practice.
CONTINUES = re.compile(r"\btiếp tục\s+(?:(?:có\s+(?:buổi|cuộc)|đến|tới|sang)\s+)?$", re.I)


# "cử đoàn tham dự Hội chợ", "mỗi địa phương đều cử đoàn đến dự": sending a delegation, told
# with no date of its own, is a practice of the relations, not one trip.
SENDS_DELEGATION = re.compile(r"\bcử\s+đoàn\b[^,;]{0,30}$", re.I)


# "ký kết nhiều văn bản": many documents signed over time, a total rather than one signing.
SIGNED_MANY = re.compile(r"(?:ký kết|ký)\s+(?:được\s+)?nhiều\b", re.I)


def signed_many(text: str, sent_start: int, trigger_at: int) -> bool:
    """"Hai bên thường xuyên trao đổi đoàn, …, ký kết nhiều văn bản hợp tác": a signing of many
    documents in a sentence that tells a practice (a general cue anywhere before it) sums up
    years of relations; at a ceremony ("chứng kiến ký kết nhiều văn kiện") it is one event."""
    return (SIGNED_MANY.match(text, trigger_at) is not None
            and re.search(GENERAL_CUE, text[sent_start:trigger_at], re.I) is not None)


# Hopes, wishes, proposals and invitations ("hy vọng tháng 9 sẽ có chuyến thăm", "mời Tổng
# thống X sang thăm Việt Nam trong năm 2015"): no event even with a date, unlike a plan.
WISH = re.compile(r"\b(?:mong muốn|mong chờ|mong đợi|mong|hy vọng|hi vọng|đề nghị(?! của)|đề xuất|"
                  r"(?<!lời )mời)\b", re.I)


# Words of a plan: a dated plan still states an event ("sẽ hội đàm … ngày 5/6"), and a trip
# mentioned after them is still to come ("chuẩn bị cho chuyến thăm …").
PLAN_WORDS = re.compile(r"\b(?:sẽ|dự kiến|kế hoạch|sắp tới|chuẩn bị)\b", re.I)


# "Dự kiến, sau lễ đón, hai nhà lãnh đạo sẽ hội đàm", "Trong ngày hôm nay, sau cuộc họp nội các
# chung, dự kiến Thủ tướng sẽ hội kiến …": the programme announced for after an occasion.
LATER_THAT_DAY = re.compile(r"\bdự kiến\s*,?\s*sau\s+(?:lễ|buổi|cuộc)\b"
                            r"|\bsau\s+(?:lễ|buổi|cuộc)\b[^,]*,\s*dự kiến\b", re.I)


def planned_that_day(text: str, sent_start: int, trigger_at: int) -> bool:
    """A meeting the sentence plans for after an occasion under way ("Dự kiến, sau lễ đón, …"):
    the programme of the day the article tells, so the plan is dated by that day (annotators
    count such a dated plan as an event) though the sentence writes no date."""
    return LATER_THAT_DAY.search(text, sent_start, trigger_at) is not None


TOTAL = re.compile(r"(?<![\d/.\-])\d+(?:[,.]\d+)?\s+(?:(?:triệu|nghìn|ngàn|vạn)\s+)?(?:đoàn|lượt|cuộc|chuyến|đợt)\b")


# "giới thiệu cho nhau các thành viên hai đoàn dự lễ đón": after "giới thiệu" in the same
# clause, an attending trigger tells who the people introduced are, not an attendance of its own.
INTRODUCED = re.compile(r"\bgiới thiệu\b[^,;]*$", re.I)
ATTENDING = re.compile(r"(?:tham\s+)?dự\b", re.I)


def introduces_attendees(text: str, clause_start: int, trigger_at: int) -> bool:
    """"Hai Thủ tướng giới thiệu cho nhau các thành viên đoàn đại biểu cấp cao hai nước dự lễ
    đón": "dự" describes the members introduced (those present at the welcome already told);
    the welcome is the event, the attendance no second one."""
    return (ATTENDING.match(text, trigger_at) is not None
            and INTRODUCED.search(text, clause_start, trigger_at) is not None)


def states_event(text: str, sent_start: int, trigger_at: int, has_date: bool) -> bool:
    """False for a plan without a date, a hope, proposal or invitation (even dated), a total, a
    general statement (an undated sending of delegations too; but a dated "tiếp tục thăm" is
    the trip's next doing, ``CONTINUES``), reported speech, or those introduced at an occasion
    (``introduces_attendees``)."""
    clause_start = clause_start_at(text, sent_start, trigger_at)
    before = text[clause_start:trigger_at]
    clause = text[clause_start:text.find(";", trigger_at) if ";" in text[trigger_at:] else None]
    # A total is counted at the clause's start or right before the trigger, however long
    # the clause ("… trên nhiều lĩnh vực: Từ năm 2019, tỉnh A đã cử 1 đoàn sang thăm …").
    if TOTAL.search(clause[:200]) or TOTAL.search(before[-120:]):
        return False
    if re.search(r"\bviếng\s*$", before, re.I):
        return False
    if ((GENERAL.search(before) and not (has_date and CONTINUES.search(before)))
            or signed_many(text, sent_start, trigger_at)
            or introduces_attendees(text, clause_start, trigger_at)):
        return False
    if not has_date and SENDS_DELEGATION.search(before):
        return False
    m = not_stated(before)
    if m is None or agreed_and_signed(text, clause_start, trigger_at) or (has_date and reports_done(before)):
        return True
    return (has_date and PLAN_WORDS.search(before) is not None
            and not wished(text, sent_start, trigger_at))


# "A và B nhất trí ký Thỏa thuận …": the two sides agreed on a document and signed it then.
AGREED_TO_SIGN = re.compile(r"\b(?:nhất trí|thống nhất)\s*$", re.I)


def agreed_and_signed(text: str, clause_start: int, trigger_at: int) -> bool:
    """Agreement written right before "ký" ("nhất trí ký", "thống nhất ký kết") with nothing
    else before it that rules the signing out: reports of a meeting tell that the documents
    agreed on were signed there (a plan says "sẽ ký", which stays ruled out)."""
    before = text[clause_start:trigger_at]
    m = AGREED_TO_SIGN.search(before)
    return (m is not None and re.match(r"ký\b", text[trigger_at:trigger_at + 3], re.I) is not None
            and not_stated(before[:m.start()]) is None)


# "Bộ Ngoại giao cho biết, tối 13/7, … Bộ trưởng X đã có cuộc gặp với Y": a source names whom the
# news comes from, then a dated clause tells what was done.
SOURCE = re.compile(r"\bcho biết\s*,", re.I)


def reports_done(before: str) -> bool:
    """A trigger after a source ("X cho biết,") in a clause marked done ("đã", "vừa"), with no
    other word of a plan or speech between: the meeting took place."""
    m = SOURCE.search(before)
    if m is None or not_stated(before, m.end()) is not None:
        return False
    return re.search(r"\b(?:đã|vừa)\b", before[m.end():]) is not None


def wished(text: str, sent_start: int, trigger_at: int) -> bool:
    """A trigger hoped for, proposed or invited to ("mời Tổng thống X sang thăm Việt Nam trong
    năm 2015", "mong chờ chuyến thăm … vào cuối tháng"): no event, whatever date follows."""
    clause_start = clause_start_at(text, sent_start, trigger_at)
    return WISH.search(text, clause_start, trigger_at) is not None
