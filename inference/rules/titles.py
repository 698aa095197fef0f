"""POS candidates: title heads with their qualifiers, extended over their bodies."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .context import Ctx, end_before
from .extension import extend_name
from .lexicon import BUILDING_RE, TITLE_QUALIFIERS_BEFORE, TU_RE, Cand
from .patterns import is_acronym, is_cap, norm

REPORTER_RE = re.compile(r"(?:Đặc phái viên|[Pp]hóng viên|PV)[ \t\u00a0]+(?P<o>TTXVN|VOV|VTV|VNA)(?!\w)")


# Abbreviated titles, read as titles only right before a capitalised name: TT (Tổng thống),
# ĐS (Đại sứ), TBT (Tổng Bí thư), PTT (Phó Thủ tướng).
ABBREVIATED_TITLE_RE = re.compile(r"(?<![\w.])(?:TT|ĐS|TBT|PTT)(?= [A-ZĐ][a-zà-ỹđ])")


def title_candidates(c: Ctx) -> list[Cand]:
    out = []
    t = c.t
    heads = dict(c.title_at)
    for m in c.r["rank"].finditer(t):  # lower-case ranks only before a name
        i = c.at.get(m.end() + 1)
        if i is not None and c.name_at(i) is not None:
            heads.setdefault(m.start(), m.end())
    for m in c.r["title_lower"].finditer(t):  # lower-case heads only before a party or name
        if _party_or_name_next(c, m.end()):
            heads.setdefault(m.start(), m.end())
    for m in ABBREVIATED_TITLE_RE.finditer(t):  # "TT Trump", "ĐS Dương Quốc Thanh"
        heads.setdefault(m.start(), m.end())
    for s, e in heads.items():
        if BUILDING_RE.search(t, max(0, s - 12), s) or NOT_AN_OFFICE_AFTER_RE.match(t, e):
            continue
        start = s
        # qualifiers before the head: "Phó", "Quyền", "nguyên"
        while True:
            w0 = max(0, start - 3)  # at most two blanks may separate a qualifier
            blen = w0 + len(t[w0:start].rstrip(" "))
            if blen == start:
                break
            q = next((q for q in TITLE_QUALIFIERS_BEFORE if t.endswith(q, 0, blen)
                      and (blen == len(q) or not t[blen - len(q) - 1].isalnum())), None)
            if not q or start - blen > 2 or (q == "quyền" and _ends_a_compound(t, blen - len(q))):
                break
            start = blen - len(q)
        head = t[s:e]
        m = REPORTER_RE.match(t, s)
        if m:  # "Theo Đặc phái viên TTXVN": a reporter of the outlet, not an office
            out.append((m.start("o"), m.end("o"), "ORG", 6))
            continue
        end = extend_name(c, e, pos=True, head=head)
        if _only_a_name_after(c, e, end):
            end = e
        if MEETING_BEFORE_RE.search(t, max(0, start - 48), start):
            end = _before_first_party(c, e, end)
        if _rotating_chair(c, s, end):
            continue
        out.append((start, end, "POS", 4))
    return out


# Words that "quyền" (power, right) closes as the second syllable of a compound: "thừa ủy
# quyền Chủ tịch nước" (authorised by), "chính quyền Tổng thống Mỹ" (the administration of).
# There the lower-case "quyền" is no "acting" before the title.
QUYEN_COMPOUND_RE = re.compile(norm(r"(?<!\w)(?:ủy|uỷ|chính|thẩm|chủ|nhân|toàn|đặc) $"), re.IGNORECASE)


def _ends_a_compound(t: str, q_start: int) -> bool:
    """The lower-case "quyền" at ``q_start`` ends a compound ("ủy quyền", "chính quyền")."""
    return bool(QUYEN_COMPOUND_RE.search(t, max(0, q_start - 8), q_start))


# "quán" after a diplomat's title makes the mission, not the office ("Lãnh sự quán", "các Đại
# sứ quán"): even where no country follows to make a body of it, it is no one's title. A
# "non-permanent member" of a council is a country's seat ("vai trò Ủy viên không thường trực
# Hội đồng Bảo an"), not a person's office either.
NOT_AN_OFFICE_AFTER_RE = re.compile(r" (?:quán|không thường trực)(?!\w)")


def _party_or_name_next(c: Ctx, end: int) -> bool:
    """A place, an admin word ("thành phố", "tỉnh") or a person's name follows ``end`` after a
    blank: a lower-case head names an office there ("đại sứ Philippines", "thị trưởng thành phố
    Namyangju"), while alone it is often a common noun ("các đại sứ quán", "chức thủ tướng")."""
    i = c.at.get(end + 1)
    if i is None or not c.blank_gap(end, end + 1):
        return False
    s = c.toks[i][0]
    return s in c.place_at or s in c.admin_at or c.name_at(i) is not None


# "của" between a title and the body or country it serves ("Tổng Thư ký của Liên hợp quốc").
OF_RE = re.compile(r" của (?=[A-ZĐÀ-Ỹ])")


# "tại" between a posted official's country or body and the place of the posting.
AT_RE = re.compile(r" tại (?=[A-ZĐÀ-Ỹ])")


# Titles of officials posted abroad, whose place of posting stays in the title after "của X"
# ("Đại sứ Đặc mệnh toàn quyền của Việt Nam tại Hoa Kỳ", "Điều phối viên thường trú của Liên
# Hợp Quốc tại Việt Nam").
STATIONED_RE = re.compile(norm(r"(?:Phó |phó )?(?:Đại sứ|đại sứ|Điều phối viên|Trưởng Đại diện|"
                               r"Trưởng đại diện|Đại diện|Tổng Lãnh sự|Tổng lãnh sự|Lãnh sự|"
                               r"Tùy viên|Tham tán|Đại biện|Trưởng Cơ quan đại diện)(?!\w)"))


# Aides' titles that name the leader they serve ("Đặc phái viên của Tổng thống Hàn Quốc").
AIDE_RE = re.compile(norm(r"(?:Đặc phái viên|Phái viên|Cố vấn|Trợ lý)(?!\w)"))


def titles_over_bodies(c: Ctx, titles: list[Cand], bodies: list[Cand],
                        places: list[Cand]) -> list[Cand]:
    """A title whose words run into a body's name ends where the body ends: the title's
    extension stops at a word that opens another title ("Chủ tịch Nhóm | Nghị sĩ hữu nghị
    Việt Nam - Nhật Bản"), but the body found on its own holds the whole name. A title
    followed by "của" and a body or a country takes it in ("Chủ nhiệm Ủy ban Dân tộc của
    Quốc hội Lào", "Đại sứ đặc mệnh toàn quyền của Canada"). An aide's title followed by "của"
    and the leader's title with its country takes that in too, unless the leader is named
    ("Đặc phái viên của Tổng thống Hàn Quốc", but "Đặc phái viên của Tổng Bí thư Lê Văn A")."""
    t = c.t
    title_ends = {ts: te for ts, te, _, _ in titles}
    starts: dict[int, int] = {}
    for bs, be, _, _ in bodies + places:
        starts[bs] = max(be, starts.get(bs, be))
    by_start = sorted((bs, be) for bs, be, _, _ in bodies)  # bisected: a long text has many
    body_starts = [bs for bs, _ in by_start]
    out = []
    for s, e, label, prio in titles:
        inside = by_start[bisect_right(body_starts, s):bisect_left(body_starts, e)]
        end = max((be for _, be in inside if be > e), default=e)
        m = OF_RE.match(t, end)
        if m and m.end() in starts:
            end = starts[m.end()]
            m = AT_RE.match(t, end)
            if m and m.end() in c.place_at and STATIONED_RE.match(t, s):
                end = c.place_at[m.end()]
        elif m and m.end() in title_ends and AIDE_RE.match(t, s) \
                and _leader_of_a_country(c, m.end(), title_ends[m.end()]):
            end = title_ends[m.end()]
        out.append((s, end, label, prio))
    return out


def _leader_of_a_country(c: Ctx, s: int, e: int) -> bool:
    """The title at s..e ends with a place or body and no person's name follows it."""
    ends_with_party = any(ps > s and pe == e
                          for ps, pe in list(c.place_at.items()) + list(c.org_at.items()))
    i = c.tok_index_from(e)
    return ends_with_party and (i >= len(c.toks) or c.name_at(i) is None)


# "Hội nghị Bộ trưởng Ngoại giao ASEAN": a title naming a meeting keeps its own words, and
# the body or country it meets for is tagged on its own (GUIDELINES, decisions on hard cases).
MEETING_BEFORE_RE = re.compile(norm(r"(?<!\w)(?:Hội nghị|Hội nghị hẹp|Hội nghị [Cc]ấp cao|Cuộc họp|"
                                    r"cuộc họp|Đối thoại|Diễn đàn)(?: [\wÀ-ỹ]+){0,3}? (?:cấp )?$"))


# Chairmanships that rotate between countries: "Chủ tịch ASEAN năm 2020" is Việt Nam's role,
# not a person's title, so only the organisation is tagged.
ROTATING_CHAIR_RE = re.compile(r"Chủ tịch (?:ASEAN|AIPA|APEC|G20|G7|Hội đồng Bảo an)$")


def _before_first_party(c: Ctx, head_end: int, end: int) -> int:
    """End of a title cut just before the first place or organisation after its head."""
    for s, e, _ in c.toks[c.tok_index_from(head_end):]:
        if s >= end:
            break
        if s in c.place_at or s in c.org_at:
            return end_before(c.t, s)
    return end


def _rotating_chair(c: Ctx, s: int, end: int) -> bool:
    """A rotating chairmanship that is not in a list of a person's titles (no comma before
    it) and has no person named after it."""
    k = end_before(c.t, s)
    if not ROTATING_CHAIR_RE.match(c.t[s:end]) or (k > 0 and c.t[k - 1] == ","):
        return False
    i = c.tok_index_from(end)
    return i >= len(c.toks) or c.name_at(i) is None


def _only_a_name_after(c: Ctx, head_end: int, end: int) -> bool:
    """The title's extension after its head is only capitalised words that are no known place,
    body or organisation and no acronym: a name written right after a bare title ("Tổng thống
    Yoon đã…", "Phó Tỉnh trưởng Meng Kung làm trưởng đoàn"), not a field or body, which has a
    lower-case syllable ("Bộ trưởng Ngoại giao", "Chủ tịch Hội đồng") or is "T.Ư" (Trung ương)."""
    k = c.tok_index_from(end)
    if k < len(c.toks) and c.blank_gap(end, c.toks[k][0]) and is_cap(c.toks[k][2]):
        return False  # "Thống đốc Okinawa Tamaki Denny": the run is a place, a name follows
    toks = c.toks[c.tok_index_from(head_end):k]
    return bool(toks) and all(
        is_cap(w) and not is_acronym(w) and s not in c.place_at and s not in c.org_at
        and s not in c.body_at and s not in c.admin_at and s not in c.title_at
        and not TU_RE.match(c.t, s) for s, _, w in toks)
