"""ORG candidates: body heads and named organisations, unlisted acronyms and news outlets."""
from __future__ import annotations

import re

from .context import Ctx
from .extension import extend_name
from .lexicon import (
    BUILDING_RE,
    CENTRAL_RE,
    MARKED_CAPS,
    STANDING_RE,
    VERB_HEADS,
    WEB_SUFFIX_RE,
    Cand,
)
from .patterns import is_acronym, is_cap


def body_candidates(c: Ctx) -> list[Cand]:
    out = []
    for s, e in c.body_at.items():
        if BUILDING_RE.search(c.t, max(0, s - 12), s):
            continue
        head = c.t[s:e]
        if not is_cap(head) or _not_a_body_head(c, s, e, head):
            continue
        end = extend_name(c, e, pos=False, head=head)
        if _generic_use(c, s, end):
            continue
        if end > e or head in c.r["standalone"]:
            out.append((s, end, "ORG", 3))
            # "Thường trực HĐND tỉnh" is the standing board, a body; after a comma it is
            # a title in a list of titles ("…, Thường trực Tỉnh ủy").
            m = STANDING_RE.search(c.t, max(0, s - 14), s)
            if m and m.end() == s:
                lab = "POS" if re.search(r"[,;]\s*$", c.t[max(0, m.start() - 3):m.start()]) \
                    else "ORG"
                out.append((m.start(), end, lab, 3))
            # "Trung ương Hội Hữu nghị …": the central body of an association
            m = CENTRAL_RE.search(c.t, max(0, s - 12), s)
            if m and m.end() == s and head.startswith("Hội"):
                out.append((m.start(), end, "ORG", 3))
    for s, e in c.org_at.items():
        if BUILDING_RE.search(c.t, max(0, s - 12), s) or WEB_SUFFIX_RE.match(c.t, e):
            continue
        end = extend_name(c, e, pos=False, head=c.t[s:e])
        if _generic_use(c, s, end):
            continue
        out.append((s, end, "ORG", 6))
    return out


ADMIN_BEFORE_RE = re.compile(r"(?<!\w)(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|"
                             r"châu|bang|TP\.?|thôn|bản|làng|cầu|đường|phố) $")


SENT_START_RE = re.compile(r"(?:^|[.!?:;\n]\s*|[\-–•|]\s+)$")


GENERIC_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:các[ \t\u00a0]+[a-zđà-ỹ]|"
                              r"hai[ \t\u00a0]+(?:bên|phía|địa phương))")


def _not_a_body_head(c: Ctx, s: int, e: int, head: str) -> bool:
    """The capitalised head is part of something else: a place ("Hội An", "xã Trường Bình"),
    a person's name ("Lê Trường Lưu"), or a verb opening a sentence ("Tổ chức hội nghị")."""
    if c.place_at.get(s, 0) > e or s in c.in_place:
        return True
    if ADMIN_BEFORE_RE.search(c.t, max(0, s - 12), s):
        return True
    i = c.at.get(s)
    if i is not None and i > 0:
        ps, pe, _ = c.toks[i - 1]
        ne = c.name_at(i - 1)
        if c.blank_gap(pe, s) and ne is not None and ne > s:
            return True
    if head in VERB_HEADS and SENT_START_RE.search(c.t, max(0, s - 4), s):
        return True
    return bool(CONGRESS_RE.search(c.t, max(0, s - 4), s)) and head.upper() == "HỘI"


# "ĐẠI HỘI": in an all-capitals headline the head "Hội" (association) matches the second word
# of "Đại hội" (a congress, an event), which only case tells apart in running text.
CONGRESS_RE = re.compile(r"(?<!\w)(?:Đại|ĐẠI) $")


def _generic_use(c: Ctx, s: int, end: int) -> bool:
    """A body word used generically: "Sở Du lịch hai địa phương", "Chính phủ hai bên",
    "UBND các huyện", "các Đại sứ quán" (GUIDELINES: generic groups are not ORG)."""
    if GENERIC_AFTER_RE.match(c.t, end):
        return True
    if c.t.endswith("các ", max(0, s - 4), s):
        return not any(c.place_at.get(k) for k in range(s, end))
    return False


# "(VOV5) - Sáng 3/4…", "(LĐ online) -Chiều …": the outlet that opens a news lead; some
# outlets drop the dash and go straight on to the time of the lead ("(Web X) Ngày 20/12").
OUTLET_RE = re.compile(r"\((?P<o>[A-ZĐ][\wÀ-ỹ]*(?: [\wÀ-ỹ]+){0,2})\)(?:[ \t\u00a0]*[-–](?:[ \t\u00a0]|(?=[A-ZĐ]))|"
                       r"[ \t\u00a0]+(?=(?:Sáng|Chiều|Trưa|Tối|Đêm|Ngày|Hôm) ))")


def outlet_candidates(c: Ctx) -> list[Cand]:
    out = []
    for m in OUTLET_RE.finditer(c.t):
        o = m.group("o")
        if o in c.r["placeset"] or "-" in o or o.split()[0] in c.r["surnames"] \
                and len(o.split()) >= 2:
            continue
        out.append((m.start("o"), m.end("o"), "ORG", 7))
    return out


# Heads of the names of meetings, programmes and agreements that a bracketed acronym may
# abbreviate ("Hội nghị … lần thứ 7 (CLV7)", "chương trình … (EPS)"); bodies' heads are the
# gazetteer's ("Tổ chức Hợp tác phát triển Đức (GTZ)").
THING_HEAD_RE = re.compile(r"(?<!\w)(?:Hội nghị|Diễn đàn|Hội thảo|Hội chợ|Lễ hội|[Cc]hương trình|[Cc]ơ chế|"
                           r"Hiệp định|Hiệp ước|Công ước|Thỏa thuận|Thoả thuận|Chiến lược|Sáng kiến|"
                           r"Đối tác|Tầm nhìn|lần thứ)(?!\w)")


def _abbreviates_a_thing(c: Ctx, s: int) -> bool:
    """An unlisted acronym in brackets whose name, written just before it, is a meeting,
    programme or agreement rather than a body: not an ORG."""
    t = c.t
    if not t.endswith("(", 0, s):
        return False
    lo = max(0, s - 90, t.rfind(".", 0, s) + 1)
    things = [m.start() for m in THING_HEAD_RE.finditer(t, lo, s)]
    in_titles = [(a, b) for a, b in c.title_at.items() if lo <= a < s]
    bodies = [k for k in c.body_at if lo <= k < s and k not in things  # "Hội" of "Hội nghị"
              and not any(a <= k < b for a, b in in_titles)]  # "Bộ" of "Bộ trưởng"
    return bool(things) and (not bodies or things[-1] > max(bodies))


def _national_body_end(c: Ctx, e: int) -> int:
    """End of an acronym's body with the country written straight after it: "QĐND Việt Nam",
    "TAND Việt Nam" name the nation's army and courts, as "Hội LHPN Việt Nam" does its union."""
    pe = c.place_at.get(e + 1)
    return pe if pe and c.t[e] == " " else e


HEADLINE_WORDS_RE = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{2,})+(?!\w)")


def acronym_candidates(c: Ctx) -> list[Cand]:
    """Unlisted all-caps words (ĐSQ, BĐBP…) are nearly always bodies in this domain."""
    out = []
    headline = set()  # words of all-capitals lines ("THỦ TƯỚNG TIẾP ĐOÀN …") are not acronyms
    for a, b, ws in c.caps_runs:
        if len(ws) >= 3:
            headline.update(range(a, b))
    for m in HEADLINE_WORDS_RE.finditer(c.t):
        # a run of capitals with a Vietnamese-marked word in it ("CỰU CHIẾN BINH VIỆT NAM",
        # "THAM GIA GIAO LƯU") is a headline, wherever it starts on the line
        if m.group().isupper() and MARKED_CAPS & set(m.group()):
            headline.update(range(m.start(), m.end()))
    for s, e, w in c.toks:
        if s in headline:
            continue
        if is_acronym(w) and w.isupper() and len(w) >= 3 and w not in c.r["not_org_acronyms"] \
                and not any(ch.isdigit() for ch in w[:1]) and not MARKED_CAPS & set(w) \
                and not WEB_SUFFIX_RE.match(c.t, e) and not _generic_use(c, s, e) \
                and not _abbreviates_a_thing(c, s):
            out.append((s, _national_body_end(c, e), "ORG", 1))
    return out
