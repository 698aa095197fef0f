"""Trigger lexicon and sentence splitting: which words state a meeting, and where sentences end."""
from __future__ import annotations

import re

# An upper-case letter, Vietnamese capitals included. Not "[A-ZĐÀ-Ỹ]": the range À..Ỹ holds the
# lower-case letters too ("đ", "à", "ế", "ở"), so "Tiếp đó" would read as "tiếp Đ…".
CAPITAL = "[%s]" % "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and c.isalpha())

# Trigger lexicon: written form (case-insensitive, spaces flexible) -> event type.
# Longer forms first so that "thăm và làm việc" wins over "thăm" and "làm việc".
TRIGGERS: tuple[tuple[str, str], ...] = (
    ("thăm và làm việc", "visit"),
    ("thăm, làm việc", "visit"),
    # Meeting someone on the visit is the visit ("đến thăm, gặp gỡ ông X"), as "thăm, làm việc" is.
    ("thăm và gặp gỡ", "visit"),
    ("thăm, gặp gỡ", "visit"),
    ("thăm và gặp mặt", "visit"),
    ("thăm, gặp mặt", "visit"),
    ("đón tiếp và làm việc", "welcome"),
    ("tiếp và làm việc", "reception"),
    ("tiếp, làm việc", "reception"),
    ("tiếp đón", "reception"),
    ("đón và tiếp xã giao", "welcome"),
    ("đón và tiếp", "welcome"),
    ("đón tiếp", "reception"),
    ("tiếp xã giao", "reception"),
    ("chào xã giao", "reception"),
    ("tiếp kiến", "reception"),
    ("hội đàm", "talks"),
    ("hội kiến", "talks"),
    ("điện đàm", "talks"),
    ("gặp làm việc", "working_session"),
    ("gặp gỡ", "other"),
    ("gặp mặt", "other"),
    ("ký kết", "signing"),
    ("lễ ký", "signing"),
    ("trình quốc thư", "other"),
    ("trình thư ủy nhiệm", "other"),
    ("tham vấn chính trị", "other"),
    ("tham khảo chính trị", "other"),
    ("tham vấn", "other"),
    ("đối thoại", "other"),
    ("tiếp xúc", "other"),
    ("họp", "other"),
    ("công du", "visit"),
    ("tham dự", "other"),
    ("sang thăm", "visit"),
    ("thăm hỏi", "visit"),
    ("làm việc", "working_session"),
    ("thăm", "visit"),
    ("tiếp", "reception"),
    ("đón", "welcome"),
    ("tiễn", "farewell"),
    ("gặp", "other"),
    ("dự", "other"),
    ("ký", "signing"),
)


# Words that, right after (or before) a short trigger, make it another word altogether.
NOT_AFTER: dict[str, str] = {
    "tiếp": r"tục|theo|nhận|cận|xúc|thu|giáp|sức|diễn|nối|tế|viện|quản|thị|cứu|liệu|dân|đà|"
            r"bước|tay|sau|đến|tuyến|đón|nhiên|nữa|tới",
    # Sightseeing is no meeting (GUIDELINES.md): "thăm phố cổ", "thăm mốc quốc giới số 43",
    # "thăm các mô hình nông nghiệp", "thăm Vịnh Hạ Long", "thăm Bảo tàng …" name a site, a
    # landscape or a model seen, not a body met.
    "thăm": r"hỏi|quan|dò|khám|nom|thú|viếng|quê|mộ|lại|"
            r"(?:các\s+|một số\s+|những\s+)?(?:phố cổ|mốc|di tích|mô hình|thắng cảnh|danh lam|"
            r"vịnh|hang|động|thác|chùa|đền|lăng|bảo tàng|khu du lịch)",
    "đón": r"nhận|(?:\w+\s+)?(?:món\s+)?quà|tết|xuân|năm|đầu|khách|bão|lũ|giao thừa|tiếp|nhiều|(?:một )?lượng|du khách|(?:hàng )?(?:trăm|nghìn|ngàn|triệu)",
    "gặp": r"khó|phải|nạn|sự cố|trở ngại|rủi ro|vấn đề|nhiều|lại",
    "dự": r"án|kiến|thảo|báo|toán|trữ|khuyết|định|thi|phòng|bị|luật|tính|đoán|trù|ước|kiện|"
          r"quốc tang|lễ tang|tang lễ|lễ viếng|lễ truy điệu",
    "làm việc": r"tại nhà|từ xa",
    "ký kết": r"giữa hai|lần này|trước đó",
    "tham dự": r"có|còn có|buổi [^,.]{0,40}? có|hội đàm có",
    "họp": r"báo",  # "có cuộc họp báo": a press conference, no meeting of the parties
}


NOT_BEFORE: dict[str, str] = {
    "tiếp": r"trực|kế|gián|chuyển|đón|tiếp|chào",
    "thăm": r"viếng|tham|ghé",
    "đón": r"chào|nghênh",
    "dự": r"tham|cùng|dự|vinh|danh",
    # "Chương trình Gặp gỡ hữu nghị …" names a programme that people attend, not a meeting.
    "gặp gỡ": r"chương trình",
    "gặp mặt": r"chương trình",
    "gặp": r"chương trình",
    "tiễn": r"thực",
    "làm việc": r"nhà|môi trường|điều kiện|thời gian|giờ|ngày|chế độ|phong cách|lề lối|tác phong|"
                r"phương pháp|người|lao động|nơi|vị trí|chương trình|đang|quy chế|kỹ năng|nhiệm kỳ|"
                r"(?:sinh\s+)?sống\s*(?:,|và)|học tập\s*(?:,|và)?",
}


# Nouns that state a meeting only as one held with someone ("có cuộc tiếp xúc với", "tiến hành
# tham vấn", "vòng tham vấn", "diễn ra đối thoại", "phiên đối thoại", "A và B đã có cuộc họp"):
# alone they name a practice ("tăng cường tiếp xúc cấp cao", "duy trì tiếp xúc các cấp", "các
# cơ chế đối thoại, tham vấn"), a forum attended ("dự Đối thoại Shangri-La") or a body's
# session ("họp Mạng lưới …", "sau cuộc họp nội các").
HELD_BEFORE: dict[str, str] = {
    "tiếp xúc": r"có (?:các |một )?cuộc",
    # "đã tới thăm hỏi, nói chuyện với cán bộ Đại sứ quán": going to call on people is a visit;
    # alone, "thăm hỏi" is greetings sent ("gửi lời thăm hỏi", "hai bên thăm hỏi nhau").
    "thăm hỏi": r"tới|đến",
    "tham vấn": r"tiến hành|cuộc|vòng",
    "đối thoại": r"tiến hành|cuộc|vòng|phiên|nhóm|diễn ra",
    "họp": r"có (?:các |một )?(?:cuộc|buổi)",
}
HELD_AFTER: dict[str, str] = {
    "tiếp xúc": r"(?:song phương\s+)?với",
}


# The documents that two sides sign (the words that say a "ký" is a signing).
SIGNED_DOCUMENTS = "thỏa thuận|thoả thuận|hiệp định|bản ghi nhớ|văn kiện|biên bản|hợp đồng|nghị định thư"


# "ký" alone signs a document, or is dated ("ký năm 2008", "ký vào cuối tháng 2/2025").
SIGNS = re.compile(r"\s*(?:(?:ngày|năm|tháng|vào(?:\s+(?:cuối|đầu|giữa)\s+(?:tháng|năm))?)\s+\d|(?:lại|chính thức|kết)?\s*(?:"
                   + SIGNED_DOCUMENTS + r"|các văn kiện|tuyên bố|kế hoạch|chương trình|hợp tác|MOU|MoU))", re.I)


# … or follow it: "thỏa thuận đã ký năm 2020".
SIGNED = re.compile(r"(?:" + SIGNED_DOCUMENTS + r")\s+(?:đã\s+|được\s+|đã\s+được\s+)?$", re.I)


# "tiếp" and "tiếp đón" must be followed by the party they receive (not "sự tiếp đón chu đáo"):
# a title (a former or new one: "tiếp cựu Thủ tướng", "tiếp tân Đại sứ", not the party "buổi
# tiếp tân"), a group or a name; or by the kind of call it receives, an envoy's farewell call
# ("trong buổi tiếp chào từ biệt ngày 20/3", "tiếp chào kết thúc nhiệm kỳ"), which names a
# reception even when the envoy is named elsewhere.
RECEIVES = re.compile(
    r"\s*(?:xã giao|và làm việc|(?:và|,)\s*chiêu đãi|thân mật|chính thức|riêng|lần lượt)?\s*(?:,\s*)?"
    r"(?:(?i:đoàn|ông|bà|ngài|đồng chí|các|lãnh đạo|đại diện|đại sứ|phái đoàn|tổng|bộ|chủ tịch|"
    r"thủ tướng|phó|giám đốc|hai|nhóm|những|một số|doanh nghiệp|doanh nhân|\w+\s+(?:đoàn|đại sứ))|"
    rf"(?i:cựu|nguyên|tân)\s+{CAPITAL}|{CAPITAL}|(?i:chào\s+(?:từ biệt|tạm biệt|kết thúc nhiệm kỳ)))")


# "đón tiếp" mostly names the hospitality around a visit told elsewhere ("cảm ơn sự đón tiếp",
# a caption "Lãnh đạo tỉnh đón tiếp đoàn"); only a narrated past "A đã đón tiếp B" states a
# reception of its own.
NARRATED = re.compile(r"(?<!\w)đã\s*$")


# A title cut short ("TS.") or an initial ("Nguyễn V. A."), after which a full stop ends no
# sentence; the last figure of a date ("ngày 27/2.", "ngày 12-9.") is no initial, nor is "Á" (a
# word of its own: "châu Á.", "Đông Nam Á.").
ABBREV = re.compile(r"(?:\b(?:TS|GS|PGS|ThS|TP|Th|Tp|St|Mr|Mrs|Ms|Dr|P|Q|T\.Ư|TƯ|U\.S)|(?<![\w/-])(?!Á)\w)$")


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text's lines, a hard-wrapped line joined to the next when it stops
    mid-sentence (ends with a comma, or the next line starts in lower case)."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        if out:
            prev = text[out[-1][0]:out[-1][1]].rstrip()
            first = m.group().lstrip()[:1]
            if prev and (prev.endswith(",") or (first.islower() and prev[-1] not in ".!?:;…\"”)|")):
                out[-1] = (out[-1][0], m.end())
                continue
        out.append((m.start(), m.end()))
    return out


# A stop followed by space, or a bare full stop between two letters or a figure and a letter,
# which ``glued_stop`` checks further.
STOP = re.compile(r"[.!?…]+[\"”’)]?\s+(?=[\"“(*\-]?\w)|(?<=\w)\.(?=[^\W\d_]{2})")


def glued_stop(text: str, at: int) -> bool:
    """Whether the full stop at ``at``, with no space after it, ends a sentence that a crawled
    page glued to the next ("… tại Hà Lan.Phó Chủ tịch …", "… ngày 3/8.Đoàn cũng …"): after a
    figure or a word of three letters or more ending in two lower-case ones (not "TP.HCM",
    "Tp.Hồ Chí Minh"), before a capitalised word (not an acronym such as ".VN")."""
    before, after = text[max(0, at - 3):at], text[at + 1:at + 3]
    word_end = before[-1:].isdigit() or (len(before) == 3 and before.isalpha() and before[1:].islower())
    return word_end and after[:1].isupper() and after[1:].islower()

def clause_start_at(text: str, start: int, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last ";" between ``start`` and ``at``,
    else ``start``."""
    return max(start, text.rfind(";", start, at) + 1)


def clause_end_at(text: str, start: int, end: int) -> int:
    """Where the clause from ``start`` ends: at the first "," or ";" before ``end``, else
    ``end``."""
    return min([i for i in (text.find(c, start, end) for c in ",;") if i >= 0] + [end])



def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: lines, cut again after ". ! ?" before a capital letter
    (not after an abbreviation such as "TS."), and at a full stop glued to the next sentence
    (``glued_stop``)."""
    out = []
    for l_start, l_end in lines(text):
        start = l_start
        for m in STOP.finditer(text[l_start:l_end]):
            cut = l_start + m.end()
            nxt = text[cut:cut + 1]
            if not nxt.isupper() or ABBREV.search(text[start:l_start + m.start()]):
                continue
            if m.group() == "." and not glued_stop(text, l_start + m.start()):
                continue
            out.append((start, l_start + m.start() + 1))
            start = cut
        if text[start:l_end].strip():
            out.append((start, l_end))
    return out


_TRIGGER_RX = [(form, typ, re.compile(r"(?<!\w)" + r"\s*,?\s*".join(
    r"\s+".join(map(re.escape, part.split())) for part in form.split(",")) + r"(?!\w)", re.I))
    for form, typ in TRIGGERS]


def find_triggers(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, type) of the meeting triggers in text[start:end], longest form first,
    without the words that only look like one ("tiếp tục", "gửi lời thăm hỏi", "dự án" …)."""
    found: list[tuple[int, int, str]] = []
    taken = [False] * (end - start)
    for form, typ, rx in _TRIGGER_RX:
        for m in rx.finditer(text, start, end):
            if any(taken[m.start() - start:m.end() - start]):
                continue
            after = text[m.end():m.end() + 30].lower()
            before = text[max(start, m.start() - 25):m.start()].lower()
            if form in NOT_AFTER and re.match(r"\s*(?:%s)(?!\w)" % NOT_AFTER[form], after):
                continue
            if form in NOT_BEFORE and re.search(r"(?<!\w)(?:%s)\s*$" % NOT_BEFORE[form], before):
                continue
            if form in HELD_BEFORE and not re.search(r"(?<!\w)(?:%s)\s*$" % HELD_BEFORE[form], before):
                continue
            if form in HELD_AFTER and not re.match(r"\s*(?:%s)(?!\w)" % HELD_AFTER[form], after):
                continue
            if form in ("tiếp", "tiếp đón", "đón tiếp") and not RECEIVES.match(text, m.end()):
                continue
            if form == "đón tiếp" and not NARRATED.search(before):
                continue
            if form == "ký" and not (SIGNS.match(text, m.end())
                                     or SIGNED.search(text[max(0, m.start() - 40):m.start()])):
                continue
            for i in range(m.start() - start, m.end() - start):
                taken[i] = True
            found.append((m.start(), m.end(), typ))
    return fuse_compounds(text, sorted(found))


# Meeting kinds that, written side by side ("gặp và làm việc", "tiếp xã giao và làm việc",
# "làm việc và tiếp xã giao"), name one occasion by two of its sides. Talks, welcomes and
# signings beside another trigger are often an occasion of their own ("đón và hội đàm").
FUSES = ("reception", "working_session", "other")
FUSE_GAP = re.compile(r"\s*(?:,|và)\s*$")


def fuse_compounds(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two meeting triggers with only "," or "và" between them are one compound trigger
    ("làm việc và tiếp xã giao"): annotators give the pair one event, whose type is the first
    one's unless that is generic (type other)."""
    out: list[tuple[int, int, str]] = []
    for t in found:
        if out and fusable(text, out[-1], t):
            prev = out[-1]
            out[-1] = (prev[0], t[1], t[2] if prev[2] == "other" else prev[2])
        else:
            out.append(t)
    return out


def fusable(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Whether trigger ``b`` right after ``a`` is the second half of one compound trigger."""
    if a[2] not in FUSES or b[2] not in FUSES or not FUSE_GAP.match(text, a[1], b[0]):
        return False
    attends = [re.sub(r"\s+", " ", text[s:e].lower()) in ("dự", "tham dự") for s, e, _ in (a, b)]
    return not any(attends)


# Meetings whose object is the guest ("A tiếp B", "A đón B"): B is the one visiting.
HOSTING_TYPES = ("reception", "welcome", "farewell")
