"""LOC candidates: gazetteer places, named buildings and venues, admin word + name."""
from __future__ import annotations

import re
from typing import Optional

from .context import Ctx
from .extension import cap_run_end, extend_name
from .lexicon import ABBR_ADMIN_RE, Cand
from .patterns import is_cap, norm

PEOPLE_BEFORE_RE = re.compile(r"(?<!\w)(?:người|gốc|tiếng|kiều bào) $")


LANGUAGE_BEFORE_RE = re.compile(r"(?<!\w)(?<!nổi )tiếng $")


UNCLE_HO_RE = re.compile(r"(?<!\w)(?:Chủ tịch|Bác) $")


BUILDING_AT_RE = re.compile(r"(?<!\w)(?:tại|ở|đến|tới|thăm)\s+(?P<b>(?:Nhà|Điện|Cung|Dinh|Phủ) )(?!Vua)(?=[A-ZĐ])")


VENUE_RE = re.compile(r"(?<!\w)Trung tâm (?:Hội nghị|Thương mại|Triển lãm|Báo chí)(?!\w)")


# "Công viên địa chất toàn cầu UNESCO Đắk Nông": a geopark is a place, UNESCO only its label
GEOPARK_RE = re.compile(norm(r"(?<!\w)Công viên [Đđ]ịa chất(?: [Tt]oàn cầu)?(?: UNESCO)?(?= [A-ZĐ])"))


# Capitalised facility and landform words stay in the place's name ("Cửa khẩu Quốc tế Hữu
# Nghị", "Khu công nghiệp Yên Phong", "Quảng trường Ba Đình", "Khách sạn Melia", "Hội trường
# Thống Nhất").
FACILITY_RE = re.compile(norm(
    r"(?<!\w)(?:Cửa khẩu|Cảng hàng không|Sân bay|Cảng|Vịnh|Quần đảo|Khu [Cc]ông nghiệp|Khu [Kk]inh tế|"
    r"Khu du lịch|Khu [Dd]i tích|Khu tự trị|Đặc khu|Quảng trường|Khách sạn|Bảo tàng|Nhà hát|Hội trường)"
    r"(?: Quốc tế| quốc tế| Quốc gia| quốc gia| song phương| chính)?(?= [A-ZĐ])"))


CAP_ADMIN_RE = re.compile(r"(?:^|(?<=[.!?:;\n]\s)|(?<=[.!?:;\n]))[ \t]*(?:Tỉnh|Huyện|Quận|Bang|Thị xã) ")


DIRECTION_BEFORE_RE = re.compile(r"(?<!\w)(?:Đông Bắc|Tây Bắc|Đông Nam|Tây Nam|Trung Nam|Nam Trung|"
                                 r"Bắc Trung|Bắc|Nam|Đông|Tây|Trung)[ \t\u00a0]$")


# "các tỉnh", "hai tỉnh", "3 huyện": the admin word covers a list of places.
PLURAL_BEFORE_RE = re.compile(r"(?<!\w)(?:các|hai|ba|bốn|năm|những|\d+) $")
LIST_SEP_RE = re.compile(r"(?:, ?| và | cùng )(?=[A-ZĐ])")


def _listed_after(c: Ctx, end: int) -> list[Cand]:
    """The other places of a list opened by a plural admin word ("các tỉnh Phongsaly,
    Luangprabang, Udomxay", "hai tỉnh Phú Yên và Surin"): each capitalised run after a comma
    or "và" that is not a title, body, organisation or person's name."""
    out: list[Cand] = []
    while (m := LIST_SEP_RE.match(c.t, end)) is not None:
        j = c.tok_index_from(m.end())
        nxt = _place_from(c, j) if j < len(c.toks) and c.toks[j][0] == m.end() else None
        if nxt is None:
            break
        out.append((m.end(), nxt, "LOC", 2))
        end = nxt
    return out


# The word before an admin word, when only blanks separate them.
WORD_BEFORE_RE = re.compile(r"(?<![\w-])([\w-]+)[ \t\u00a0]+$")


# The words for the units below a province, in lower case, that name a district or a town.
UNIT_WORD_RE = re.compile(r"(?:thành phố|huyện|quận|thị xã|thị trấn|xã|phường)(?!\w)")


def _unit_named_like_person(c: Ctx, j: int, admin: int) -> Optional[int]:
    """End of a two-word place at token j that reads like a person's name ("huyện Lục Xuân",
    "thị xã Kỳ Anh", "thành phố Uông Bí"), or None. Districts and towns are named with two
    syllables, often a family name first, while an officer's full name after a unit word
    follows the office it heads, a capitalised word ("Chủ tịch UBND huyện Lê Văn Tâm"): so
    only a unit word after a lower-case word ("ở xã", "đoàn đại biểu huyện") names a place.
    ``admin`` is where the unit word starts."""
    end = c.name_at(j)
    if end is None or len(c.t[c.toks[j][0]:end].split()) != 2 or not UNIT_WORD_RE.match(c.t, admin):
        return None
    m = WORD_BEFORE_RE.search(c.t, max(0, admin - 30), admin)
    return end if m is not None and m.group(1)[:1].islower() else None


# Lower-case words for a street, a bridge or a house number before its name ("đường Nguyễn Thị
# Minh Khai", "cầu Bạch Đằng", "nhà số 35 Nguyễn Thái Học"); "thành phố", "yêu cầu", "toàn
# cầu" and the like are other words.
STREET_WORD_RE = re.compile(norm(
    r"(?<![\w-])(?:đường|(?<![Tt]hành )(?<![Tt]hánh )(?<!đường )phố|(?<![Yy]êu )(?<![Nn]hu )(?<![Tt]oàn )"
    r"(?<![Đđ]ịa )(?<![Kk]hẩn )(?<![Mm]ưu )cầu|số \d+[A-Z]?)[ \t\u00a0]+"))


def _street_places(c: Ctx) -> list[Cand]:
    """Streets and bridges are named after people and places alike, so the name after a
    street word is a place even when it reads as a person's name (the guidelines leave the
    lower-case word outside, like an admin word)."""
    out: list[Cand] = []
    for m in STREET_WORD_RE.finditer(c.t):
        j = c.at.get(m.end())
        if j is None or not is_cap(c.toks[j][2]) or m.end() in c.title_at or m.end() in c.body_at \
                or m.end() in c.org_at:
            continue
        end = c.place_at.get(m.end()) or c.name_at(j) or cap_run_end(c, j, 3)
        out.append((m.end(), end, "LOC", 4))  # over the name candidate there (priority 3)
    return out


def _place_from(c: Ctx, j: int) -> Optional[int]:
    """End of the place token j starts after an admin word: a listed place, or a run of up
    to three capitalised words that no title, body, organisation or person's name starts."""
    s = c.toks[j][0]
    if s in c.title_at or s in c.body_at or s in c.org_at or c.person_starts(j):
        return None
    return c.place_at.get(s) or cap_run_end(c, j, 3)


def place_candidates(c: Ctx) -> list[Cand]:
    out = []
    t = c.t
    # "tại Nhà Quốc hội", "tại Phủ Tổng thống", "tại Điện Elysee": a named building is a place
    for m in BUILDING_AT_RE.finditer(t):
        end = extend_name(c, m.end("b") - 1, pos=False, head=m.group("b").strip())
        if end <= m.end("b"):  # a foreign name: "Điện Elysee"
            end = cap_run_end(c, c.tok_index_from(m.end()), 3)
        if end > m.end("b"):
            out.append((m.start("b"), end, "LOC", 3))
    # "Trung tâm Hội nghị quốc tế", "Trung tâm Thương mại Lad Prao": a venue, not a body
    for m in VENUE_RE.finditer(t):
        end = extend_name(c, m.end(), pos=False, head=m.group())
        j = c.tok_index_from(end)
        if end == m.end() and j < len(c.toks) and c.blank_gap(end, c.toks[j][0]) \
                and is_cap(c.toks[j][2]):  # a foreign name: "Trung tâm Thương mại Lad Prao"
            end = cap_run_end(c, j, 3)
        out.append((m.start(), end, "LOC", 9))
    for m in GEOPARK_RE.finditer(t):
        j = c.tok_index_from(m.end())
        end = c.place_at.get(c.toks[j][0]) or cap_run_end(c, j, 3)
        out.append((m.start(), end, "LOC", 9))
    # "Trụ sở Chính phủ", "Trụ sở Trung ương Đảng": the capitalised building is a place
    for m in re.finditer(r"(?<!\w)Trụ sở (?=[A-ZĐ])", t):
        j = c.tok_index_from(m.end())
        ge = max(c.org_at.get(m.end(), 0), c.body_at.get(m.end(), 0))
        if ge:
            out.append((m.start(), extend_name(c, ge, pos=False, head=t[m.end():ge]), "LOC", 3))
    for s, e in c.place_at.items():
        w = t[s:e]
        # "Anh"/"Nhật" are also given names: only a place when not inside a capitalised run
        if w in ("Anh", "Nhật", "Huế", "Vinh"):
            i = c.at.get(s)
            prev_cap = i is not None and i > 0 and c.blank_gap(c.toks[i - 1][1], s) \
                and is_cap(c.toks[i - 1][2])
            nxt_cap = i is not None and i + 1 < len(c.toks) and \
                c.blank_gap(e, c.toks[i + 1][0]) and is_cap(c.toks[i + 1][2])
            if prev_cap or nxt_cap:
                continue
        if w == "VN" and t[s - 1:s] in (".", "&", "-", "/"):
            continue  # "VOV.VN", "TG&VN": the end of an outlet's name
        if w == "Ý" and re.match(r"[ \t\u00a0]+[a-zđà-ỹ]", t[e:e + 3]):
            continue  # "Ý kiến", "Ý nghĩa": the word, not Italy
        if w == "Hồ Chí Minh" and UNCLE_HO_RE.search(t, max(0, s - 10), s):
            out.append((s, e, "PER", 6))  # "Chủ tịch Hồ Chí Minh": the person, not the city
            continue
        if w == "Việt" and (PEOPLE_BEFORE_RE.search(t, max(0, s - 12), s) or t.startswith(" kiều", e)):
            continue  # "người Việt", "tiếng Việt", "Việt kiều": the people or language
        if LANGUAGE_BEFORE_RE.search(t, max(0, s - 12), s):
            continue  # "tiếng Anh", "tiếng Hàn": the language (but "nổi tiếng Nhật Bản")
        out.append((s, e, "LOC", 6))
        # "Nam Lào", "Đông Bắc Campuchia", "miền Nam Italy": a compass part of a country
        m = DIRECTION_BEFORE_RE.search(t, max(0, s - 16), s)
        before = t[max(0, s - 60):m.start()].split() if m else []
        if m and (not before or not before[-1][-1:].isalpha() or before[-1].islower()):
            out.append((m.start(), e, "LOC", 6))
    # admin word + capitalised run: the run is a place even when not listed
    for s, e in c.admin_at.items():
        j = c.tok_index_from(e)
        if j >= len(c.toks) or s in c.in_place:
            continue  # "Liên bang Nga Ivan Petrov": "bang" inside a listed place is no admin word
        s2 = c.toks[j][0]
        if not c.blank_gap(e, s2) or not is_cap(c.toks[j][2]):
            continue
        end = _place_from(c, j)
        if end is None:
            end = _unit_named_like_person(c, j, s)
            if end is not None:
                out.append((s2, end, "LOC", 4))  # over the name candidate there (priority 3)
            continue
        out.append((s2, end, "LOC", 2))
        if PLURAL_BEFORE_RE.search(t, max(0, s - 8), s):
            out.extend(_listed_after(c, end))
    # a capitalised admin word opening a sentence ("Tỉnh Shizuoka là …", "Quận Hamyang có …")
    # stays outside like a lower-case one; the name after it is a place even when not listed
    for m in CAP_ADMIN_RE.finditer(t):
        j = c.tok_index_from(m.end())
        if j >= len(c.toks) or c.toks[j][0] != m.end() or not is_cap(c.toks[j][2]):
            continue
        end = _place_from(c, j)
        if end is not None:
            out.append((m.end(), end, "LOC", 2))
    for m in ABBR_ADMIN_RE.finditer(t):
        j = c.at.get(m.end())
        if j is not None and is_cap(c.toks[j][2]):
            end = c.place_at.get(m.end()) or cap_run_end(c, j, 3)
            out.append((m.end(), end, "LOC", 2))
    # Capitalised "TP"/"Thủ đô", facility and landform words are part of the name: "TP Đà Nẵng",
    # "Thủ đô Viêng Chăn", "Cửa khẩu Quốc tế Hữu Nghị", "Cảng hàng không quốc tế Đà Nẵng",
    # "Vịnh Hạ Long" (lower-case "vịnh [Hạ Long]" stays outside, GUIDELINES)
    for m in re.finditer(r"(?<!\w)(?:TP\.? ?|Thủ đô )(?=[A-ZĐ])", t):
        j = c.tok_index_from(m.end())
        if j < len(c.toks) and c.toks[j][0] == m.end():
            if c.person_starts(j):
                continue  # "Chủ tịch UBND TP Lê Hoàng Quân": the city's officer, then a name
            end = c.place_at.get(m.end()) or cap_run_end(c, j, 3)
            out.append((m.start(), end, "LOC", 7))
    for m in FACILITY_RE.finditer(t):
        j = c.tok_index_from(m.end())
        if j < len(c.toks):
            out.append((m.start(), cap_run_end(c, j, 3), "LOC", 3))
    return out + _street_places(c)
