"""How far a title or body name runs on: over capitalised compounds, places, "tỉnh X" and
listed lower-case words, stopping at a comma, a verb, a date or a person's name."""
from __future__ import annotations

import re
from typing import Optional

from .context import Ctx
from .lexicon import (
    ASSOCIATION_HEADS,
    ASSOCIATION_NOT_NAMES,
    BRACKET_ACRONYM_RE,
    CAP_LOWER_PAIRS,
    COMMA_FIELDS_RE,
    COMMITTEE_BEFORE_RE,
    COMMITTEE_FIRST_FIELD_RE,
    COMPANY_HEADS,
    DIPLOMATIC,
    FIELD_LIST_RE,
    FOREIGN_NAME_HEADS,
    LOWER_COMPOUNDS,
    NUMBERED_HEADS,
    ONE_MORE_FIELD_RE,
    PAIR_DASH_RE,
    PARLIAMENT_RE,
    PARTY_COMMITTEE_RE,
    STOP,
    TERM_RE,
    TITLE_QUALIFIERS_AFTER,
    TU_RE,
)
from .patterns import is_acronym, is_cap, is_viet_syllable, norm


# Heads of outlets' names, which may be three capitalised syllables that look like a person's
# name ("Báo Người Lao Động").
NEWSPAPER_HEADS = ("Báo", "báo", "Tạp chí", "Đài")
# Capitalised words that open a sentence and never continue a name.
SENTENCE_OPENERS = {"Sáng", "Chiều", "Trưa", "Đêm", "Tại", "Theo"}  # not "Tối" (of "Tối cao")
# Capitalised words after "và" that start a new party, not the name's second field ("Bộ
# trưởng Bộ Quốc phòng và Đoàn đại biểu", "… Thượng viện và Phó Tổng Cục trưởng").
AND_NOT_NAMES = {norm("Đoàn"), "Phó"}


def extend_name(c: Ctx, end: int, *, pos: bool, head: str) -> int:
    """Extend a body/title that currently ends at ``end`` over its attached name parts.

    Accepts: capitalised Vietnamese compounds with their lower-case tail, listed lower-case
    compounds, known places and bodies, "tỉnh/thành phố X", numbers after unit heads, and
    "tại X" for diplomatic titles/missions. Stops at a comma, a stop word, a date, a new
    title head, or the start of a person's name."""
    t, toks = c.t, c.toks
    i = c.tok_index_from(end)
    tail = 0  # how many lower-case syllables may still attach to the last capitalised one
    after_place = False
    consumed_any = False
    foreign_ok = any(head.startswith(h) for h in FOREIGN_NAME_HEADS)
    diplomatic = any(k.lower() in head.lower() for k in DIPLOMATIC)
    # a head of several all-capitals words is a headline's ("ĐẢNG BỘ TỈNH …"); one such word
    # is an acronym that takes its place as any head does ("UBMTTQVN TP")
    headline = " " in head and head.isupper()
    newspaper = head in NEWSPAPER_HEADS  # "Báo Người Lao Động": three capitals are its name
    after_pair = False
    second_place = False
    remit_from: Optional[int] = None  # where the title ended before "phụ trách"
    while i < len(toks):
        s, e, w = toks[i]
        m = TERM_RE.match(t, end)
        if m:
            end = m.end()
            break
        if not c.blank_gap(end, s):
            gap = t[end:s].strip()
            if gap == "," and consumed_any and not headline:
                m = FIELD_LIST_RE.match(t, end)
                if not m:  # "Bộ Kinh tế, Thương mại, Công nghiệp Nhật Bản": no "và"
                    m = COMMA_FIELDS_RE.match(t, end)
                    m = m if m and m.end() in c.place_at else None
                if not m and COMMITTEE_FIRST_FIELD_RE.search(t, max(0, end - 40), end):
                    m = ONE_MORE_FIELD_RE.match(t, end)  # "Ủy ban Văn hóa, Giáo dục"
                if m and _fields_ok(c, end, m.end()):
                    end = m.end() - 1
                    i = c.tok_index_from(end)
                    tail = 0
                    continue
            # "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": an acronym in brackets inside the name,
            # when a place continues the name after it
            m = BRACKET_ACRONYM_RE.match(t, end)
            if m and (consumed_any or not pos) and not headline and m.end() in c.place_at:
                end = c.place_at[m.end()]
                after_place = True
                i = c.tok_index_from(end)
                continue
            # "Chủ tịch Ủy ban nhân dân (UBND) tỉnh An Giang": or an admin word and its place
            if m and (consumed_any or not pos) and not headline and m.end() in c.admin_at \
                    and t[m.end():c.admin_at[m.end()]].islower():
                end = m.end() - 1
                i = c.tok_index_from(m.end())
                continue
            # "Hội Hữu nghị Việt Nam - Trung Quốc": a dash between two places
            if gap in ("-", "–") and after_place and s in c.place_at and len(t[end:s]) <= 3:
                end = c.place_at[s]
                after_pair = True
                i = c.tok_index_from(end)
                continue
            break
        if pos and s in c.title_at and consumed_any:
            break
        # qualifiers of a title ("Phó Chủ tịch Thường trực")
        if pos and not consumed_any:
            q = next((q for q in TITLE_QUALIFIERS_AFTER if t.startswith(q, s)
                      and (s + len(q) == len(t) or not t[s + len(q)].isalnum())), None)
            if q:
                end = s + len(q)
                i = c.tok_index_from(end)
                continue
        # "Thứ trưởng phụ trách châu Á", "Phó Thủ tướng phụ trách kinh tế": the remit stays in
        # the title when a name, place or listed compound follows (checked after the loop)
        if pos and w == "phụ" and t.startswith("phụ trách ", s) and remit_from is None:
            remit_from, end = end, s + len("phụ trách")
            i, tail, consumed_any, after_place = c.tok_index_from(end), 0, True, False
            continue
        if w == "của" and _parliament_committee(c, end, i):
            end, tail, consumed_any = e, 0, True  # the parliament's name is read next
            i += 1
            continue
        if w.lower() == "tại" and (diplomatic or head.endswith("quán") or (
                not pos and head in ASSOCIATION_HEADS
                and (after_place or end in c.org_ends))) and i + 1 < len(toks):
            s2 = toks[i + 1][0]
            if c.blank_gap(e, s2):
                pe = c.place_at.get(s2) or c.org_at.get(s2)
                ae = c.admin_at.get(s2)  # "tại thành phố Hồ Chí Minh"
                if not pe and ae and t[ae:ae + 1] == " ":
                    j = c.tok_index_from(ae + 1)
                    pe = c.place_at.get(ae + 1) or (  # "tại tỉnh Champasac": any name
                        cap_run_end(c, j, 3) if j < len(toks) and toks[j][0] == ae + 1
                        and is_cap(toks[j][2]) else None)
                if not pe and t.startswith("TP.", s2):  # "tại TP.Đà Nẵng"
                    pe = c.place_at.get(s2 + 3)
                if not pe and (diplomatic or head.endswith("quán")) and is_cap(toks[i + 1][2]) \
                        and s2 not in c.title_at and s2 not in c.body_at and c.name_at(i + 1) is None:
                    pe = _posting_end(c, i + 1)  # "Tổng Lãnh sự quán Việt Nam tại Champasac"
                if pe:
                    end = pe
                    i = c.tok_index_from(end)
                    after_place = True
                    consumed_any = True
                    continue
            break
        # "… Nhân dân TP Thượng Hải Trung Quốc", "Hội Hữu nghị Việt Nam - Pháp TPHCM": a second
        # place written straight after the first is still the name's
        if after_place and not pos and s in c.place_at and t[end:s] == " " and not second_place:
            end, second_place = c.place_at[s], True
            i = c.tok_index_from(end)
            continue
        # "Hội Hữu nghị Việt - Nhật tỉnh Bình Định": a pair of places, then the province
        if after_place and not (after_pair and w in ("tỉnh", "thành")):
            break
        after_pair = False
        tu = TU_RE.match(t, s)
        if tu and not headline:
            end, tail, consumed_any = tu.end(), 0, True
            i = c.tok_index_from(end)
            continue
        # known places / organisations inside the name
        ge = max(c.place_at.get(s, 0), c.org_at.get(s, 0))
        if ge and t[s:ge] == "Hồ Chí Minh" and head == "Chủ tịch":
            break
        if ge and c.name_at(i) is None or (ge and c.name_at(i) is not None
                                          and ge >= (c.name_at(i) or 0)):
            after_place = s in c.place_at and ge == c.place_at[s]
            end = ge
            m = PAIR_DASH_RE.match(t, end)
            if after_place and m and m.end() in c.place_at:  # "Hội Việt-Mỹ" (one token)
                end, after_pair = c.place_at[m.end()], True
            i = c.tok_index_from(end)
            consumed_any = True
            tail = 0
            continue
        # "tỉnh Lạng Sơn", "thành phố Kobe", "thủ đô Vientiane", or a bare "tỉnh"/"thành phố"
        # at the end
        if pos and w == "nước" and t.endswith("Chủ tịch ", 0, s):
            end, tail, consumed_any = e, 0, True  # "Phó Chủ tịch nước": the head of state
            i += 1
            continue
        m = PARTY_COMMITTEE_RE.match(t, s)
        if m:  # "Phó Bí thư tỉnh ủy Sơn La": the province's party committee, then its place
            end, tail, consumed_any = m.end(), 0, True
            i = c.tok_index_from(end)
            continue
        ae = c.admin_at.get(s) or (c.caps_admin_at.get(s) if headline else None)
        if ae and w == "xã" and i + 1 < len(toks) and toks[i + 1][2] == "hội":
            ae = None  # "Vụ Bảo hiểm xã hội": the compound, not the commune
        if ae and (w.islower() or headline) and w.lower() in (
                "tỉnh", "thành", "huyện", "xã", "quận", "phường", "thị", "tp", "nước", "châu", "bang",
                "vùng", "thủ"):
            j = c.tok_index_from(ae)
            if j < len(toks) and c.blank_gap(ae, toks[j][0]) and is_cap(toks[j][2]) \
                    and toks[j][0] not in c.title_at and c.name_at(j) is None:
                pe = c.place_at.get(toks[j][0]) or (
                    c.caps_place_at.get(toks[j][0]) if headline else None)
                end = pe if pe else _unlisted_place_end(c, j)
                after_place = True
            elif w in ("nước", "châu"):
                break
            else:
                end = ae
                after_place = True
            consumed_any = True
            i = c.tok_index_from(end)
            continue
        if w in ("TP", "Tp") and t[e:e + 1] in (".", " ") and i + 1 < len(toks) \
                and toks[i + 1][0] - e <= 2 and is_cap(toks[i + 1][2]):
            pe = c.place_at.get(toks[i + 1][0])
            if c.person_starts(i + 1):
                end, consumed_any = e, True  # "Chủ tịch UBND TP Lê Hoàng Quân": a name follows
                break
            end = pe if pe else _unlisted_place_end(c, i + 1)
            after_place = consumed_any = True
            i = c.tok_index_from(end)
            continue
        be = c.body_at.get(s)
        if be and is_cap(w) and not headline and not w.isupper() and c.name_at(i) is None:
            end, tail, consumed_any = be, 0, True  # "Chủ tịch Hội đồng thành phố X"
            i = c.tok_index_from(end)
            continue
        if w in ("Tỉnh", "Thành", "Huyện", "Quận") and i + 1 < len(toks) \
                and c.name_at(i + 1) is not None:
            end, consumed_any = e, True  # "Chủ tịch UBND Tỉnh Nguyễn Ngọc Hai"
            break
        if w in SENTENCE_OPENERS:
            break  # "Bộ Ngoại giao Sáng nay …": a capitalised part of day opens a sentence
        # "Tỉnh trưởng Dolnośląskie Anna Żabska": the place is the title's; an envoy's country
        # is a listed one, so after "Đại sứ" an unknown word starts the name ("Đại sứ Hany
        # Mostafa Mohamed …")
        pe = _place_before_given_name(c, i) if pos and not diplomatic else None
        if pe is not None:
            end, after_place, consumed_any = pe, True, True
            i = c.tok_index_from(end)
            continue
        if is_cap(w):
            if headline and not (s in c.org_at or s in c.body_at):
                break
            if c.name_at(i) is not None or (_looks_like_name(c, i) and not newspaper):
                break
            if not (is_viet_syllable(w) or is_acronym(w) or foreign_ok):
                break
            # a foreign name right after a known brand is its officer's ("Công ty điện tử
            # Samsung Shim Won Hwan"), however foreign the company's own name may be
            if (not foreign_ok or end in c.org_ends and not is_acronym(w)) and _foreign_name_next(c, i):
                break
            # an acronym takes no lower-case tail ("Bộ VHTTDL phối hợp": the verb follows)
            end, tail, consumed_any = e, 0 if w.isupper() and len(w) > 1 else 1, True
            i += 1
            continue
        numbered = any(t.endswith(h, 0, end) for h in NUMBERED_HEADS)
        if w.isdigit() and len(w) <= 4 and numbered and not t.startswith("/", e) \
                and not re.match(r"[.\-]\w", t[e:e + 2]):
            end, tail, consumed_any = e, 0, True
            i += 1
            continue
        if w.islower():
            if w == "và" and consumed_any and i + 1 < len(toks):
                s2, e2, w2 = toks[i + 1]
                if (c.blank_gap(e, s2) and is_cap(w2) and is_viet_syllable(w2)
                        and s2 not in c.body_at and s2 not in c.place_at
                        and s2 not in c.org_at and s2 not in c.title_at
                        and w2 not in AND_NOT_NAMES and c.name_at(i + 1) is None):
                    end, tail = e2, 1
                    i += 2
                    continue
                break
            if i + 1 < len(toks) and (consumed_any or not pos):
                s2, e2, w2 = toks[i + 1]
                if c.blank_gap(e, s2) and f"{w} {w2}" in LOWER_COMPOUNDS:
                    end, tail = e2, 0
                    i += 2
                    continue
            if tail and (w not in STOP or (toks[i - 1][2], w) in CAP_LOWER_PAIRS
                         or f"{toks[i - 1][2].lower()} {w}" in LOWER_COMPOUNDS):
                end, tail = e, 0
                i += 1
                continue
            # "Hội người Việt Nam", "Hội cựu chiến binh Nga": an association's description
            # may follow its head directly (but "Hội nghị …" is a meeting, not a body)
            k = _lower_run_to_place(c, i) if not pos and (consumed_any or (
                head in ASSOCIATION_HEADS and w not in ASSOCIATION_NOT_NAMES)) else None
            if k is not None:
                end, after_place, consumed_any = c.place_at[toks[k][0]], True, True
                i = c.tok_index_from(end)
                continue
            k = _lower_run_to_brand(c, i) if not pos and head in COMPANY_HEADS else None
            if k is not None:  # the brand is read next, as any capitalised part of the name
                end, i, consumed_any = toks[k - 1][1], k, True
                continue
        break
    if remit_from is not None and t.endswith("phụ trách", 0, end):
        end = remit_from  # "phụ trách" with nothing named after it is a verb, not a remit
    # the loop checks for a term before each token; this catches one after the token it broke
    # on ("… Việt Nam ở nước ngoài" after a place)
    m = TERM_RE.match(t, end)
    return m.end() if m else end


def _parliament_committee(c: Ctx, end: int, i: int) -> bool:
    """Token i is "của" between a committee and the parliament it belongs to: "Ủy ban Đối
    ngoại của Quốc hội", "Hội đồng Dân tộc của Quốc hội Việt Nam", "Ủy ban 8 của Thượng
    viện Campuchia". The committee is named by its parliament, so "của" and the parliament
    stay in the body or title (a committee of any other body is not joined this way)."""
    toks = c.toks
    if i + 1 >= len(toks) or not c.blank_gap(toks[i][1], toks[i + 1][0]):
        return False
    return bool(PARLIAMENT_RE.match(c.t, toks[i + 1][0])
                and COMMITTEE_BEFORE_RE.search(c.t, max(0, end - 60), end))


def _unlisted_place_end(c: Ctx, j: int, limit: int = 4) -> int:
    """End of an unlisted place name after "TP"/"thành phố"/"tỉnh" or a diplomat's "tại" (token j
    starts it; at most ``limit`` words). A run of three or more capitalised foreign words is the
    place and then a person ("Thị trưởng TP Lyon Gilles Buna", "Lãnh sự danh dự tại Genova Paolo
    Conti"): only its first word is the place. Listed places are the gazetteer's."""
    end = cap_run_end(c, j, limit)
    words = c.t[c.toks[j][0]:end].split()
    if len(words) >= 3 and not all(is_viet_syllable(w) for w in words):
        return c.toks[j][1]
    return end


def _lower_run_to_place(c: Ctx, i: int, limit: int = 4) -> Optional[int]:
    """Index of the place token that ends a short lower-case run starting at token ``i``.

    Body names often run through a lower-case description before their country or province
    ("Tổ chức Xúc tiến mậu dịch Nhật Bản", "Hội cựu chiến binh Nga"); the place closes such a
    name, so the run is taken only when no stop word or punctuation interrupts it ("người"
    may open it: "Hội người Việt Nam")."""
    toks, prev_end = c.toks, c.toks[i - 1][1]
    for k in range(i, min(i + limit + 1, len(c.toks))):
        s, e, w = toks[k]
        if not c.blank_gap(prev_end, s):
            return None
        if k > i and s in c.place_at:
            return k
        if not w.islower() or (w in STOP and not (k == i and w == "người")) or s in c.admin_at:
            return None
        prev_end = e
    return None


def _lower_run_to_brand(c: Ctx, i: int, limit: int = 4) -> Optional[int]:
    """Index of the capitalised token that ends a short lower-case run starting at token i.

    A company is named by its trade and then its brand: "Công ty Cổ phần thực phẩm sữa TH",
    "Công ty TNHH đóng tàu HD Hyundai", "Hợp tác xã rau sạch Mỹ Hưng". The trade words are
    taken only when a capitalised word that starts no person's name or title closes them and
    no stop word or punctuation comes between ("Tập đoàn cần quan tâm …" is a sentence)."""
    toks, prev_end = c.toks, c.toks[i - 1][1]
    for k in range(i, min(i + limit + 1, len(toks))):
        s, e, w = toks[k]
        if not c.blank_gap(prev_end, s):
            return None
        if k > i and is_cap(w):
            ok = s not in c.title_at and c.name_at(k) is None and w not in SENTENCE_OPENERS
            return k if ok else None
        if not w.islower() or w in STOP and not _opens_compound(c, k) or s in c.admin_at:
            return None
        prev_end = e
    return None


def _opens_compound(c: Ctx, k: int) -> bool:
    """Token k is a stop word that opens a listed compound with the next token: "thực" stops
    a name as in "thực hiện", but "thực phẩm" (food) is a company's trade."""
    toks = c.toks
    return k + 1 < len(toks) and c.blank_gap(toks[k][1], toks[k + 1][0]) \
        and f"{toks[k][2]} {toks[k + 1][2]}" in LOWER_COMPOUNDS


def _foreign_name_next(c: Ctx, i: int) -> bool:
    """Token i is followed by a capitalised non-Vietnamese word that is not a known place,
    body or organisation: token i starts a foreign name ("Phó Chủ tịch Quốc hội Nguon Nhel",
    "Đại tướng Tea Seiha") rather than continuing the title or body. The foreign word may
    come third, after a second syllable that looks Vietnamese ("Bộ trưởng An Kyung Duk")."""
    toks = c.toks
    if i + 1 >= len(toks) or toks[i][0] in c.place_at or toks[i][0] in c.org_at:
        return False
    for k in (i + 1, i + 2):
        if k >= len(toks) or not _unknown_capital_after(c, k):
            return False
        if not is_viet_syllable(toks[k][2]):
            return True
    return False


def _unknown_capital_after(c: Ctx, k: int) -> bool:
    """Token k follows the one before it after a blank and is a capitalised word that is no
    acronym and no known place, body or organisation."""
    s, _, w = c.toks[k]
    return (c.blank_gap(c.toks[k - 1][1], s) and is_cap(w) and not is_acronym(w)
            and s not in c.place_at and s not in c.org_at and s not in c.body_at)


def _fields_ok(c: Ctx, a: int, b: int) -> bool:
    """The comma-joined fields between a and b are plain words: each opens with a capital
    (the pattern's letter class also admits lower-case "đ", "ấ" …), no title, body, place,
    organisation or person's name starts among them, and no stop word is inside."""
    for k in range(c.tok_index_from(a), c.tok_index_from(b)):
        s, e, w = c.toks[k]
        if w == "và" and s >= b - 4:
            continue
        if c.t[max(0, s - 4):s].rstrip().endswith(",") and not is_cap(w):
            return False
        if s in c.title_at or s in c.body_at or s in c.place_at or s in c.org_at \
                or w in STOP or c.name_at(k) is not None or w.isupper():
            return False
    return True


def _looks_like_name(c: Ctx, i: int) -> bool:
    """Three capitalised Vietnamese syllables in a row, or a middle name "Văn"/"Thị" second,
    are a person's name even with an unlisted family name ("… Quốc hội Tòng Thị Phóng"). An
    acronym opens no such run: it is the body a title serves ("Chủ tịch VKBIA Trần Hải Linh")."""
    toks = c.toks
    if toks[i][2] in c.caps_surnames or _transliterated_name(c, i):
        return True
    if is_acronym(toks[i][2]):
        return False
    run = [i]
    while len(run) < 4 and run[-1] + 1 < len(toks):
        k = run[-1] + 1
        if not (c.blank_gap(toks[k - 1][1], toks[k][0]) and is_cap(toks[k][2])
                and is_viet_syllable(toks[k][2]) and not toks[k][2].isupper()):
            break
        if toks[k][0] in c.place_at or toks[k][0] in c.org_at or toks[k][0] in c.title_at:
            break
        run.append(k)
    if toks[i][0] in c.place_at or toks[i][0] in c.org_at:
        return False
    if len(run) >= 2 and toks[run[1]][2] in ("Văn", "Thị"):
        return True
    if len(run) >= 3:
        nxt = run[-1] + 1
        if nxt >= len(toks) or not toks[nxt][2].islower() or \
                not c.blank_gap(toks[run[-1]][1], toks[nxt][0]) or toks[nxt][2] in STOP:
            return True
    return False


def _place_before_given_name(c: Ctx, i: int, limit: int = 2) -> Optional[int]:
    """End of an unlisted foreign place of one or two capitalised words at token i that a
    common foreign given name follows, or None. A title names its place before the holder
    ("Tỉnh trưởng Dolnośląskie Anna Żabska", "Thống đốc Vùng Toscana Marco Rossi"): the words
    before the given name are the title's place, not the start of the name. One word of the
    place at least must be foreign, so that a Vietnamese name never becomes a place."""
    toks = c.toks
    for k in range(i, min(i + limit, len(toks))):
        s, _, w = toks[k]
        if (k > i and not c.blank_gap(toks[k - 1][1], s)) or not is_cap(w) or is_acronym(w) \
                or s in c.title_at or s in c.body_at or s in c.org_at or c.name_at(k) is not None \
                or c.given_name_starts(k):
            return None
        if k + 1 < len(toks) and c.blank_gap(toks[k][1], toks[k + 1][0]) and c.given_name_starts(k + 1) \
                and not all(is_viet_syllable(x[2]) for x in toks[i:k + 1]):
            return toks[k][1]
    return None


def _transliterated_name(c: Ctx, i: int) -> bool:
    """Two hyphenated capitalised words in a row that are no known place: a Lao or other
    foreign name written syllable by syllable ("Cha-lơn Nhia-pao-hơ")."""
    toks = c.toks
    if i + 1 >= len(toks) or not c.blank_gap(toks[i][1], toks[i + 1][0]):
        return False
    return all("-" in toks[k][2] and is_cap(toks[k][2]) and toks[k][0] not in c.place_at
               and toks[k][0] not in c.in_place for k in (i, i + 1))


def _posting_end(c: Ctx, j: int) -> int:
    """End of an unlisted place of posting after "tại" (token j starts it): up to three
    capitalised words, but not into the name of the official that follows ("Tổng Lãnh sự Việt
    Nam tại Osaka Trần Minh Hà", "Lãnh sự danh dự tại Genova Paolo Conti")."""
    end = _unlisted_place_end(c, j, 3)
    for k in range(j + 1, c.tok_index_from(end)):
        if c.person_starts(k):
            return c.toks[k - 1][1]
    return end


def cap_run_end(c: Ctx, j: int, limit: int = 4) -> int:
    """End of a run of up to ``limit`` capitalised tokens starting at token j. A foreign given
    name followed by another capitalised word starts a person, not the rest of the run
    ("tỉnh Santa Fe Omar Angel Perotti")."""
    toks = c.toks
    end = toks[j][1]
    n = 1
    while j + n < len(toks) and n < limit:
        s, e, w = toks[j + n]
        if not (c.blank_gap(end, s) and is_cap(w)) or s in c.title_at or s in c.body_at:
            break
        if c.given_name_starts(j + n):
            break
        end = e
        n += 1
    return end
