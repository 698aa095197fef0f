"""PER candidates: names by pattern, bylines and photo credits, Japanese-style capitalised family
names, and names recognised from their context."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from .context import KHMER_HONORIFICS, Ctx
from .lexicon import ANONYMOUS_CREDIT_RE, CREDIT_RE, NAME_PARTICLES, WEB_SUFFIX_RE, Cand
from .patterns import is_acronym, is_cap, is_viet_syllable, norm


def name_candidates(c: Ctx) -> list[Cand]:
    out = []
    for i, (s, e, w) in enumerate(c.toks):
        end = c.name_at(i)
        if end is not None and c.t[s:end] not in c.r["furniture"]:  # not "Quan Trọng"
            out.append((s, end, "PER", 3))
    return out


AGENCY_SLASH_RE = re.compile(r"[A-ZĐ]{2,}[A-Za-zĐ]*/(?=[A-ZĐ])")


_BYNAME = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,2}"


# A byline line: the author's names, then the time of posting ("Mỹ Dung - 18:17, 25/07/2023",
# "Quang Hòa 18:17 | 28/01/2024"), a bracket, the bar some outlets write after the author
# ("Hải Yến | 05/03/2021 08:15", "Hải Yến |"), or nothing.
BYLINE_LINE_RE = re.compile(rf"(?m)^[ \t]*(?P<names>{_BYNAME}(?: [-–] {_BYNAME}){{0,3}})"
                            r"[ \t]*(?:(?:[-–][ \t]*)?\d{1,2}:\d\d.*|\(.*|\|.*)?$")


# A photo credit written without a colon, closing a caption: "Ảnh Thu Hà", "(Ảnh Thu Hà/TTXVN)",
# "Ảnh Thu Hà |": the name runs to the end of the line, a slash, a bracket or a bar.
CAPTION_CREDIT_RE = re.compile(rf"(?m)(?<!\w)(?:Ảnh|ẢNH) (?P<name>{_BYNAME})(?=[ \t]*(?:[|/)]|$))")


CREDIT_NAME_RE = re.compile(r"(?:[A-ZĐ]\.)*[A-ZĐÂĂÊÔƠƯ][\w]*(?:[ .]+(?:[A-ZĐ]\.)*[A-ZĐÂĂÊÔƠƯ][\w]*){0,3}")


PREV_CAP_WORD_RE = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ][a-zđà-ỹ]+ $")


# An initial and a name: "T.Đ", "M.Hùng", and a transliterated name with its syllables
# hyphenated ("M.A-li", "A.Gơ-ra-nô"); a full stop after the last initial is the
# abbreviation's own when a comma or a bracket follows it ("(T.H., Sở Ngoại vụ)"), while
# before a word it joins the initials to a longer name ("S.N. Zabgav").
INITIAL_NAME_RE = re.compile(r"(?<![\w.])[A-ZĐ]\.[A-ZĐ]\w*(?:-\w+)*(?:\.[A-ZĐ])?(?:(?![\w.])|(?=\.[,;)]))")


def credit_candidates(c: Ctx) -> list[Cand]:
    """Photo credits and bylines are PER: "Ảnh: Dương Giang - TTXVN", "ẢNH: BẮC BÌNH",
    "(Ảnh Thu Hà/TTXVN)", initials "T.Đ", and a short all-capitals/name line among the last
    lines of the text."""
    t = c.t
    out = []
    for m in CREDIT_RE.finditer(t):
        agency = AGENCY_SLASH_RE.match(t, m.end())  # "Ảnh: VGP/Quang Hiếu"
        mm = CREDIT_NAME_RE.match(t, agency.end() if agency else m.end())
        if mm and WEB_SUFFIX_RE.match(t, mm.end()):
            continue  # "Ảnh: Chinhphu.vn": a web site, not a photographer
        if mm and ANONYMOUS_CREDIT_RE.match(mm.group()):
            continue  # "Ảnh: CTV", "Ảnh: PV VOV": a role or a source, not a photographer
        if mm and mm.group() not in c.r["placeset"] and mm.start() not in c.org_at \
                and mm.start() not in c.body_at:
            out.append((mm.start(), mm.end(), "PER", 7))
    for m in CAPTION_CREDIT_RE.finditer(t):
        if all(is_viet_syllable(w) for w in m.group("name").split()):
            out.append((m.start("name"), m.end("name"), "PER", 7))
    # a byline line: "Mỹ Dung - 18:17, 25/07/2023", "Quang Anh - Văn Khương - Trần Nam"
    for m in BYLINE_LINE_RE.finditer(t):
        for nm in re.finditer(r"[^-–\n]+", m.group("names")):
            name = nm.group().strip()
            a = m.start("names") + nm.start() + nm.group().index(name)
            ws = name.split()
            if ws[0] in ("Ảnh", "ẢNH"):
                continue  # "Ảnh Thu Hà": a credit, its name found above without the word
            if all(is_viet_syllable(w) for w in ws) and name not in c.r["placeset"] \
                    and a not in c.title_at and a not in c.body_at and a not in c.org_at:
                out.append((a, a + len(name), "PER", 7))
    lines = [(mm.start(), mm.end()) for mm in re.finditer(r"[^\n]+", t)]
    for a, b in lines[-4:]:
        line = t[a:b].strip()
        ws = line.split()
        if WEB_SUFFIX_RE.search(line):
            continue  # "BQP.VN": a web address, not a byline
        if 1 <= len(ws) <= 4 and all(is_cap(x) for x in ws) and (
                (line.isupper() and line not in c.r["placeset"] and len(line) > 3)
                or re.fullmatch(r"(?:[A-ZĐ]\.)+[A-ZĐ]\w*", line)
                or (len(ws) >= 2 and ws[0] in c.r["surnames"])):
            off = t.index(line, a)
            if off in c.org_at or off in c.body_at:
                continue  # "TTXVN" on the last line: the agency, not a byline
            out.append((off, off + len(line.rstrip(".,;:")), "PER", 7))
    # all-caps runs of 2-4 Vietnamese syllables are names (bylines) rather than acronyms
    for a, b, ws in c.caps_runs:
        if len(ws) > 4:
            continue  # an all-capitals headline or menu, not a byline
        if len(ws) == 1 and t[max(0, a - 1):a] == "(":
            continue  # "(CAO) Chiều 2/11, …": an outlet's tag in brackets, not a byline
        if all(is_viet_syllable(w) for w in ws) and not caps_place(c, t[a:b]):
            out.append((a, b, "PER", 2))
    for m in INITIAL_NAME_RE.finditer(t):
        # "Philip G.Sawyer": an initial inside a longer name, left to the context rule
        if PREV_CAP_WORD_RE.search(t, max(0, m.start() - 30), m.start()) \
                or ANONYMOUS_CREDIT_RE.fullmatch(m.group()):
            continue  # "P.V": a reporter, not a name
        out.append((m.start(), m.end(), "PER", 1))
    # a web page's section headers look like bylines ("NỔI BẬT", "TIN CÙNG CHUYÊN MỤC")
    return [x for x in out if t[x[0]:x[1]] not in c.r["furniture"]]


def caps_place(c: Ctx, run: str) -> bool:
    """An all-capitals run that is a place once written in normal case: the dateline of a
    city ("ĐÀ NẴNG - Sáng 6-4, …", "HÀ NỘI - …"), not a byline."""
    return run in c.r["placeset"] or " ".join(w.capitalize() for w in run.split()) in c.r["placeset"]


def caps_name_candidates(c: Ctx) -> list[Cand]:
    """The capitals-surname names, and each later mention of the family name alone
    ("Tổng Lãnh sự KAWAUE cho biết")."""
    out = [(a, b, "PER", 8) for a, b, _ in c.caps_names]
    for s, e, w in c.toks:
        if w in c.caps_surnames:
            out.append((s, e, "PER", 8))
    return out


# "Thống đốc tỉnh Nagano (Nhật Bản) Abe Shuichi": a bracket between the title and the name.
BRACKET_BETWEEN_RE = re.compile(r"[ \t\u00a0]*\([^()\n]{1,40}\)[ \t\u00a0]*")


def _title_chain_ends(t: str, chosen: list[Cand]) -> set[int]:
    """Where a title, with the places and bodies written after it on the same line, ends: a name
    may follow any of them ("Thống đốc bang California Gavin Newsom", "Chủ tịch Thượng viện
    và Quốc hội Davi Alcolumbre", "Tổng thư ký Đảng Đại hội Dân tộc Phi (ANC) Fikile Mbalula")."""
    party_at = {a: b for a, b, lab, _ in chosen if lab in ("LOC", "ORG")}
    ends = set()
    for a, b, lab, _ in chosen:
        if lab != "POS":
            continue
        ends.add(b)
        for _ in range(3):
            m = PARTY_GAP_RE.match(t, b)
            if m is None or m.end() not in party_at:
                break
            b = party_at[m.end()]
            ends.add(b)
    return ends


def foreign_after_party(t: str, s: int, words: list[str], party_end: set[int]) -> bool:
    """A foreign name (no word of it a Vietnamese syllable) right after a place or body, or
    after a bracket, is the person the phrase introduces even when the title before it was
    not recognised: "Quyền Đại diện Thương mại Hoa Kỳ Stephen Vaught", "Liên minh châu Âu
    (EU) Joseph Borell". A bare acronym before it names a ship or a brand ("USS Carl Vinson")."""
    return (s >= 2 and t[s - 1] == " " and ((s - 1) in party_end or t[s - 2] == ")")
            and not any(is_viet_syllable(w) for w in words))


# A one-letter name prefix and its apostrophe, before the rest of the word ("H’Bút") or, in
# some outlets, a space ("H' Yim Kđoh").
APOSTROPHE_PREFIX_RE = re.compile(r"['’][ \t\u00a0]?")


def apostrophe_prefix(t: str, word: str, end: int, nxt: int) -> bool:
    """Central Highlands and Khmer names write a one-letter prefix with an apostrophe before
    the next syllable ("bà H’Bút", "bà H' Yim Kđoh", "ngài S’bong Sarath"): the letter, the
    apostrophe and the syllable are one word of the name, not a name "H" before another."""
    return len(word) == 1 and word.isupper() and APOSTROPHE_PREFIX_RE.fullmatch(t, end, nxt) is not None


# What may stand between a title and the next place or body of the same phrase.
PARTY_GAP_RE = re.compile(r"[ \t\u00a0]+(?:và[ \t\u00a0]+)?|[ \t\u00a0]*\([^()\n]{1,40}\)[ \t\u00a0]*")


def _within(offsets: list[int], lo: int, hi: int) -> list[int]:
    """The offsets of a sorted list that lie in [lo, hi]."""
    return offsets[bisect_left(offsets, lo):bisect_right(offsets, hi)]


def context_name_candidates(c: Ctx, chosen: list[Cand]) -> list[Cand]:
    """Names recognised by context rather than by a family name: a capitalised run right
    after a title or an honorific ("Đại sứ Belarus Vladimir Goshin", "ngài Marc Knapper"),
    before ", <title>", and photo credits/bylines."""
    t, toks = c.t, c.toks
    occ = set()
    for a, b, _, _ in chosen:
        occ.update(range(a, b))
    pos_end = {b for a, b, l, _ in chosen if l == "POS"}
    chain_end = _title_chain_ends(t, chosen) - pos_end
    pos_start = {a for a, b, l, _ in chosen if l == "POS"}
    # sorted, so that the titles ending just before a run are found by bisection, not by
    # reading them all for every run of a long document
    pos_ends, title_ends = sorted(pos_end), sorted(pos_end | chain_end)
    party_end = {b for a, b, l, _ in chosen if l in ("LOC", "ORG") and not is_acronym(t[a:b])}
    hon = c.r["honorifics"]
    # one word of a full name found elsewhere: "ông Tập" (Tập Cận Bình), "ông Yoon"
    known = {w for a, b, l, _ in chosen if l == "PER" and len(t[a:b].split()) >= 2
             for w in (t[a:b].split()[0], t[a:b].split()[-1])}
    per_end = {b for a, b, l, _ in chosen if l == "PER"}
    out = []
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        if s in occ or not is_cap(w) or s in c.title_at:
            i += 1
            continue
        # run of capitalised, unoccupied tokens
        j, end = i, e
        while j + 1 < len(toks) and j - i < 5:
            s2, e2, w2 = toks[j + 1]
            if w2 in NAME_PARTICLES and j + 2 < len(toks) and is_cap(toks[j + 2][2]) \
                    and c.blank_gap(end, s2) and c.blank_gap(e2, toks[j + 2][0]):
                j, end = j + 2, toks[j + 2][1]
                continue
            if t[end:s2] in ("’", "'") and is_cap(w2):  # O’Hanrahan
                j, end = j + 1, e2
                continue
            if apostrophe_prefix(t, toks[j][2], end, s2):  # "H’Bút", "H' Yim Kđoh", "S’bong"
                j, end = j + 1, e2
                continue
            # an initial inside a foreign name: "Antony J. Blinken", "Philip G.Sawyer"
            if t[end:s2] in (".", ". ") and is_cap(w2) and len(toks[j][2]) <= 2 \
                    and toks[j][2][0].isupper() and s2 not in occ and s2 not in c.place_at:
                j, end = j + 1, e2
                continue
            if not (c.blank_gap(end, s2) and is_cap(w2)) or s2 in occ or s2 in c.place_at:
                break
            j, end = j + 1, e2
        before = t[max(0, s - 40):s]
        prev_word = before.split()[-1] if before.strip() else ""
        after = t[end:end + 3]
        after_pos = any((t[p:s].strip() in ("", "-", "–") and 0 < s - p <= 3 and "\n" not in t[p:s])
                        or BRACKET_BETWEEN_RE.fullmatch(t, p, s) is not None
                        for p in _within(pos_ends, s - 45, s))
        # a foreign name (its first word no Vietnamese syllable) after a title's place or body
        # or after "<title>, " on the same line: "Thủ tướng Lào, Sonexay Siphandone"
        if not after_pos and j > i and not is_viet_syllable(w):
            after_pos = (s - 1 in chain_end and t[s - 1] == " ") or any(
                TITLE_COMMA_RE.fullmatch(t, p, s) for p in _within(title_ends, s - 45, s - 1))
        if not after_pos and j > i:
            after_pos = foreign_after_party(t, s, [tok[2] for tok in toks[i:j + 1]], party_end)
        last_two = " ".join(before.split()[-2:])
        after_hon = (prev_word in hon or last_two in hon or prev_word in KHMER_HONORIFICS) \
            and before[-1:].isspace()
        before_pos = after.startswith(", ") and (end + 2) in pos_start
        hyph = any("-" in toks[k][2] for k in range(i, j + 1))
        ntok = j - i + 1
        if w in hon or w in ("Ông", "Bà", "Ngài") or w in KHMER_HONORIFICS:
            i += 1
            continue
        if ntok >= 2 and written_lower_elsewhere(t, s, end):
            i = j + 1
            continue
        if ntok >= 2 and t[s:end].isupper():
            end = caps_name_end(t, s, end)
            if end is None:
                i = j + 1
                continue
        if (after_pos or after_hon) and (ntok >= 2 or not is_viet_syllable(w) or hyph
                                         or w in known or _called_by_one_syllable(t, prev_word, s, end)) \
                and s not in c.place_at:
            out.append((s, end, "PER", 2))
        elif before_pos and ntok >= 2 and s not in c.place_at:
            out.append((s, end, "PER", 2))
        elif ntok >= 2 and _next_in_list_of_names(t, s, per_end) \
                and not any(is_viet_syllable(tok[2]) for tok in toks[i:j + 1]):
            out.append((s, end, "PER", 2))
            per_end.add(end)
        elif ntok >= 2 and _leads_delegation(t, toks[i:j + 1], end) and s not in c.place_at:
            out.append((s, end, "PER", 2))
        elif hyph and ntok >= 2 and s not in c.place_at:
            out.append((s, end, "PER", 1))
        i = j + 1
    return out


# Forms of address after which the press names a person by one syllable ("ông Tập", "bà Hà").
ONE_SYLLABLE_HONORIFICS = {"ông", "Ông", "bà", "Bà", "ngài", "Ngài"}


# What may follow such a one-syllable name: a lower-case word, or the end of a clause.
AFTER_ONE_SYLLABLE_RE = re.compile(r"[ \t\u00a0]+[a-zđà-ỹ]|[.,;:]")


def _called_by_one_syllable(t: str, prev_word: str, s: int, end: int) -> bool:
    """A single capitalised syllable after "ông"/"bà"/"ngài", with a lower-case word or a
    clause's end after it, and the same address written again elsewhere in the text, is the
    person's name as the press shortens it in a running reference ("ông Tập cho biết … ông
    Tập nói"); titles and places after the honorific are read before this."""
    return (prev_word in ONE_SYLLABLE_HONORIFICS and AFTER_ONE_SYLLABLE_RE.match(t, end) is not None
            and len(re.findall(rf"(?<!\w)(?:{prev_word.lower()}|{prev_word.capitalize()}) "
                               rf"{re.escape(t[s:end])}(?!\w)", t)) >= 2)


# What a delegation's leader is followed by: "… làm Trưởng đoàn", "… dẫn đầu".
LEADER_AFTER_RE = re.compile(norm(r"[ \t\u00a0]+(?:làm [Tt]rưởng [Đđ]oàn|dẫn đầu)(?!\w)"))


def _leads_delegation(t: str, run: list[tuple[int, int, str]], end: int) -> bool:
    """A capitalised run with a foreign-spelled word that ends right before "làm Trưởng đoàn"
    or "dẫn đầu" names the delegation's leader: the leader is a person or a title, and no
    title is spelled abroad, so the run is the name even when the words between it and its
    title are lower case ("do Phó Tỉnh trưởng ban hành chính Sok Phirun làm Trưởng đoàn")."""
    return LEADER_AFTER_RE.match(t, end) is not None and not all(is_viet_syllable(w) for _, _, w in run)


# What joins two names of a list: a comma or "và".
NAME_LIST_GAP_RE = re.compile(r"(?:,|[ \t\u00a0]+và)[ \t\u00a0]+$")


def _next_in_list_of_names(t: str, s: int, per_end: set[int]) -> bool:
    """A run at ``s`` comes right after a name and a comma or "và" ("Chủ tịch Hồ Chí Minh và
    José Martí", "Jun Hyesook, Suh Jung Sook, Bae Jin Gyo"): a foreign name there is the next
    person of the list, though no title or honorific stands before it."""
    m = NAME_LIST_GAP_RE.search(t, max(0, s - 6), s)
    return m is not None and m.start() in per_end


def written_lower_elsewhere(t: str, a: int, b: int) -> bool:
    """A title-cased headline capitalises every word ("Chủ Tịch Nước Thăm Chính Thức Cộng Hòa
    Pháp"); a run of words the text also writes in lower case ("thăm chính thức") is such a
    phrase, not a name: names are never written in lower case."""
    low = t[a:b].lower()
    return (low != t[a:b] and low in t  # the plain search first: the pattern is the slow part
            and re.search(rf"(?<!\w){re.escape(low)}(?!\w)", t) is not None)


def caps_name_end(t: str, a: int, b: int) -> Optional[int]:
    """In an all-capitals headline every word is capitalised, so a run after a title runs on
    into the verb ("CHỦ TỊCH QUỐC HỘI VƯƠNG ĐÌNH HUỆ ĐÓN CHỦ TỊCH…"): the name is the longest
    start of the run (two words or more) that the text also writes as a name ("Vương Đình
    Huệ"); None when no start of it is."""
    words = list(re.finditer(r"\S+", t[a:b]))
    for k in range(len(words), 1, -1):
        end = a + words[k - 1].end()
        name = " ".join(w.capitalize() for w in t[a:end].split())
        if name in t and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", t):
            return end
    return None


# A comma between a title and the foreigner it names, maybe after the acronym of the title's
# body in brackets ("Giám đốc Quốc gia Ngân hàng Phát triển châu Á (ADB), Andrew Jeffries").
TITLE_COMMA_RE = re.compile(r"(?:[ \t\u00a0]*\([^()\n]{1,40}\))?,[ \t\u00a0]?")


# A bracket written right after a name, holding a run of words ("(Juan Antonio Yañez)").
BRACKETED_RUN_RE = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*([^()\n,;]{2,60}?)[ \t\u00a0]*\)")


def _caps_run_before(c: Ctx, at: int) -> Optional[tuple[int, int]]:
    """The run of two to six capitalised words that ends right before offset ``at``."""
    k = c.tok_index_from(at) - 1  # the last token starting before ``at``
    if k < 0 or c.toks[k][1] > at or c.t[c.toks[k][1]:at].strip():
        return None
    first = k
    while first > 0 and k - first < 5 and is_cap(c.toks[first - 1][2]) and is_cap(c.toks[first][2]) \
            and c.blank_gap(c.toks[first - 1][1], c.toks[first][0]):
        first -= 1
    if first == k or not all(is_cap(w) for _, _, w in c.toks[first:k + 1]):
        return None
    return c.toks[first][0], c.toks[k][1]


def _spelled_abroad(words: list[str]) -> bool:
    """A foreign name as written at home (no word a Vietnamese syllable) or transliterated
    (every word hyphenated): a bracket of Vietnamese words after a name is a body or a place
    ("Nguyễn Văn An (Hội Hữu nghị)")."""
    return not any(is_viet_syllable(w) for w in words) or all("-" in w for w in words)


# Only blanks, on one line, between two words of the same name.
NAME_GAP_RE = re.compile(r"[ \t\u00a0]{1,3}")


def join_adjacent_names(t: str, chosen: list[Cand]) -> list[Cand]:
    """Two names with only a blank between them are one name: Lao and Khmer names run to five
    syllables or more, given name then family name ("Bun Thoong Xay Phon Ma Ly"), and the
    family name often starts with a Vietnamese surname, so the rules find two names where
    the text writes one. Two people are never named side by side without a comma, "và" or
    a title between them."""
    pers = sorted((x for x in chosen if x[2] == "PER"), key=lambda x: x[0])
    merged: list[Cand] = []
    for x in pers:
        if merged and NAME_GAP_RE.fullmatch(t, merged[-1][1], x[0]):
            a, _, lab, pri = merged[-1]
            merged[-1] = (a, x[1], lab, max(pri, x[3]))
        else:
            merged.append(x)
    return [x for x in chosen if x[2] != "PER"] + merged


def alias_candidates(c: Ctx, chosen: list[Cand]) -> list[Cand]:
    """A name's other spelling in brackets beside it is a PER too: papers give a foreigner's
    name both as written at home and transliterated, either way round ("Wendy Matthews
    (Oen-đi Mát-Thiu)", "Hoan An-tô-ni-ô Da-nhét (Juan Antonio Yañez)")."""
    t = c.t
    out = []
    for a, b, lab, _ in chosen:
        if lab != "PER":
            continue
        m = BRACKETED_RUN_RE.match(t, b)
        words = m.group(1).split() if m else []
        if len(words) >= 2 and all(is_cap(w) for w in words) and _spelled_abroad(words):
            out.append((m.start(1), m.end(1), "PER", 1))
        open_at = t.rfind("(", max(0, a - 3), a)
        if open_at > 0 and not t[open_at + 1:a].strip() and re.match(r"[ \t\u00a0]*\)", t[b:]):
            run = _caps_run_before(c, open_at)
            if run is not None and _spelled_abroad(t[run[0]:run[1]].split()):
                out.append((run[0], run[1], "PER", 1))
    return out
