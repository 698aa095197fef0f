"""One document's context: its tokens and the gazetteer hits indexed by start offset, built once
and read by every rule."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .lexicon import COMPOUND_AFTER_RE, GROUP_NOUN_SURNAMES, LOWER_COMPOUNDS, NOT_NAME_RE, RANKS
from .patterns import TOKEN_RE, is_acronym, is_cap, is_viet_syllable, load_list, norm


def _trie(entries: set[str]) -> str:
    """The entries as one regex trie: the same matches as a longest-first alternation (a longer
    entry is tried first, and the engine backs off to a shorter one when the word boundary
    fails), but each position is tested against one branch per next character instead of
    every entry, which keeps the place gazetteer (about 2,000 forms) fast."""
    root: dict = {}
    for e in entries:
        node = root
        for ch in e:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [(r"[ \t\u00a0]+" if ch == " " else re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(root)


def _alternation(entries, loose_case: bool = False) -> re.Pattern:
    """Whole-word, longest-first alternation of gazetteer entries; spaces match one blank.

    ``loose_case``: only the first letter is matched as written, the rest ignores case,
    because outlets write "Phó Chủ tịch" and "Phó chủ tịch", "Tổng Lãnh sự" and "Tổng lãnh sự"."""
    if not loose_case:
        return re.compile(rf"(?<!\w)(?:{_trie(set(entries))})(?!\w)")
    parts = sorted(set(entries), key=len, reverse=True)

    def one(p: str) -> str:
        x = re.escape(p).replace(r"\ ", r"[ \t\u00a0]+")
        if loose_case and len(p) > 1 and not p.isupper():
            x = re.escape(p[0]) + "(?i:" + re.escape(p[1:]).replace(r"\ ", r"[ \t\u00a0]+") + ")"
        return x
    body = "|".join(one(p) for p in parts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


# The word before an offset, when only blanks separate them.
PREV_WORD_RE = re.compile(r"(?<![\w-])([\w-]+)[ \t\u00a0]+$")
# Khmer honorifics written before a leader's name ("Samdech Moha Bovor Thipadei Hun Manet",
# "Samdech Chaufea Veang Kong Sam Oil").
KHMER_HONORIFICS = {"Samdech", "Techo", "Moha", "Bovor", "Thipadei", "Akka", "Ponhea", "Chakrei",
                    "Thipadey", "Aka", "Sena", "Padei", "Chaufea", "Veang"}


STATE_WORDS = ("Cộng hòa", "Cộng Hòa", "Vương quốc", "Vương Quốc", "Liên bang", "Liên Bang", "CH",
               "CHLB", "CHDCND", "CHND")


def _state_forms(countries: list[str]) -> list[str]:
    """"Cộng hòa Phần Lan", "Vương quốc Na Uy": any country may be written with its state
    word in front, and the whole is one LOC; listing every pair by hand misses some."""
    words = tuple(norm(w) for w in STATE_WORDS)
    short = [c for c in countries if not c.startswith(words + (norm("Nhà nước"), norm("Hợp chủng")))]
    return [f"{w} {c}" for w in words for c in short]


# Heads that in lower case are a common noun, not an office: "các đại biểu Quốc hội Lào"
# are the deputies of a delegation.
COMMON_LOWER_HEADS = ("đại biểu",)


def _lower_forms(titles: list[str]) -> list[str]:
    """Titles written in lower case in running prose ("đại sứ Đan Mạch", "thị trưởng thành
    phố X", "thủ tướng Belarus"): the listed heads with a lower-case first letter; acronyms,
    heads listed in lower case already and common nouns are left out."""
    forms = (w[0].lower() + w[1:] for w in titles if w[:1].isupper() and not w.split()[0].isupper())
    return [f for f in forms if not f.startswith(COMMON_LOWER_HEADS)]


@lru_cache(maxsize=None)
def _res() -> dict:
    titles = list(load_list("titles"))
    bodies_raw = load_list("bodies")
    standalone = {b[:-1] for b in bodies_raw if b.endswith("*")}
    bodies = [b.rstrip("*") for b in bodies_raw]
    countries = list(load_list("countries"))
    places = list(load_list("provinces")) + countries + _state_forms(countries)
    return {
        "title": _alternation(titles, loose_case=True),
        "title_glued": re.compile(_alternation(titles, loose_case=True).pattern.removeprefix(r"(?<!\w)")),
        "rank": re.compile(rf"(?<!\w)(?:{'|'.join(RANKS)})(?!\w)"),
        "title_lower": _alternation(_lower_forms(titles)),
        "body": _alternation(bodies, loose_case=True),
        "standalone": standalone,
        "org": _alternation(load_list("orgs")),
        "place": _alternation(places),
        "place_caps": _alternation([p.upper() for p in places if len(p) > 3]),
        "placeset": set(places),
        "surnames": set(load_list("surnames")),
        "given_names": set(load_list("foreign_given_names")),
        "people": _alternation(load_list("people")),
        "furniture": set(load_list("page_furniture")),
        "honorifics": set(load_list("honorifics")),
        "admin": _alternation([a for a in load_list("admin_words")]),
        "admin_caps": _alternation([a.upper() for a in load_list("admin_words")]),
        "not_org_acronyms": set(load_list("not_org_acronyms")),
    }


# A capital right after a word character: a candidate for a word glued to the one before it.
INNER_CAPITAL_RE = re.compile(r"(?<=[^\W_])[^\W\d_]")


def _glued_starts(text: str, pattern: re.Pattern) -> dict[int, int]:
    """Matches of a whole-word alternation glued to a lower-case letter or a digit before
    them, where scraped pages join a caption or a link to the next sentence ("… ảnh 1Chủ tịch
    Quốc hội …", "… của MỹChủ tịch Cuba …"): start -> end. ``pattern`` has no look-behind."""
    out = {}
    for m in INNER_CAPITAL_RE.finditer(text):
        p = m.start()
        if m.group().isupper() and (text[p - 1].islower() or text[p - 1].isdigit()):
            g = pattern.match(text, p)
            if g:
                out[p] = g.end()
    return out


_HYPHEN_QUAL_RE = re.compile(r"(?:Phó|Quyền|Nguyên) ")


def _split_before_titles(toks: list, title_at: dict) -> list:
    """Split a token where a title starts inside it: after a hyphen, in lists like "Trương
    Văn Đạt-Ủy viên Ban Thường vụ" or "Châu Ngọc Tuấn-Phó Bí thư" the name ends at the hyphen
    (the tokenizer would glue "Đạt-Ủy" into one word); and where a title is glued to the word
    before it ("Diaz-CanelChủ tịch": the name ends before the title)."""
    out = []
    for s, e, w in toks:
        a = s
        for k in range(1, len(w)):
            p = s + k
            if w[k - 1] == "-" and w[k].isupper():
                title = p in title_at
                if not title:
                    m = _HYPHEN_QUAL_RE.match(w[k:] + " ")
                    title = m is not None and (p + m.end()) in title_at
                if title:
                    out.append((a, p - 1, w[a - s:k - 1]))
                    a = p
            elif p in title_at and w[k - 1] != "-":
                out.append((a, p, w[a - s:k]))
                a = p
        out.append((a, e, w[a - s:]))
    return out


_SHORT = r"(?:Trung|Hàn|Việt|Nhật|Lào|Thái|Xô|Triều|Nga|Mỹ|Pháp|Đức|Anh|Úc|Campuchia)"


SHORT_PAIR_RE = re.compile(rf"(?<![\w-])({_SHORT}) ?[-–] ?({_SHORT})(?![\w-])")


class Ctx:
    """Tokens of one text and the gazetteer matches starting at each offset."""

    def __init__(self, text: str):
        self.t = text
        self.r = _res()
        self.title_at = {m.start(): m.end() for m in self.r["title"].finditer(text)}
        self.title_at.update(_glued_starts(text, self.r["title_glued"]))
        self.toks = _split_before_titles(
            [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)], self.title_at)
        self.at = {s: i for i, (s, _, _) in enumerate(self.toks)}
        # a one-word place that starts a known compound is not a place ("Pháp luật")
        self.place_at = {m.start(): m.end() for m in self.r["place"].finditer(text)
                         if not COMPOUND_AFTER_RE.match(text, m.end())
                         or f"{m.group().lower()} {COMPOUND_AFTER_RE.match(text, m.end())[1]}"
                         not in LOWER_COMPOUNDS}
        # "Trung - Việt", "Việt- Hàn": a short country name is a place inside such a pair
        for m in SHORT_PAIR_RE.finditer(text):
            for g in (1, 2):
                self.place_at.setdefault(m.start(g), m.end(g))
        self.org_at = {m.start(): m.end() for m in self.r["org"].finditer(text)}
        self.org_ends = set(self.org_at.values())
        self.body_at = {m.start(): m.end() for m in self.r["body"].finditer(text)}
        self.person_at = {m.start(): m.end() for m in self.r["people"].finditer(text)
                          if not self._inside_longer_name(m.start())}
        # "đất nước" is the nation ("Mặt trận Lào xây dựng đất nước X"), no "nước X" of a country
        self.admin_at = {m.start(): m.end() for m in self.r["admin"].finditer(text)
                         if not (m.group() == "nước" and text.endswith("đất ", 0, m.start()))}
        # headlines write admin words and places in capitals ("ĐẢNG BỘ TỈNH HƯNG YÊN"): kept
        # apart, for the names of bodies in such headlines only
        self.caps_admin_at = {m.start(): m.end() for m in self.r["admin_caps"].finditer(text)
                              if _in_caps_line(text, m.start(), m.end())}
        self.caps_place_at = {m.start(): m.end() for m in self.r["place_caps"].finditer(text)
                              if _in_caps_line(text, m.start(), m.end())}
        # runs of all-capitals words: bylines when short, headlines when long
        self.caps_runs = [(m.start(), m.end(), m.group().split()) for m in CAPS_RUN_RE.finditer(text)
                          if m.group().isupper()]
        self.caps_names = _caps_surname_pairs(self)
        self.caps_surnames = {caps for _, _, caps in self.caps_names}
        # offsets covered by a place that started earlier (a name cannot start inside it)
        self._name_cache: dict[int, Optional[int]] = {}
        self.in_place = set()
        for s, e in self.place_at.items():
            for i in range(s + 1, e):
                self.in_place.add(i)

    # -- token helpers ------------------------------------------------------------------
    def tok_index_from(self, off: int) -> int:
        """Index of the first token starting at or after ``off``."""
        lo, hi = 0, len(self.toks)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.toks[mid][0] < off:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def blank_gap(self, a: int, b: int) -> bool:
        """True if text[a:b] is one run of spaces (no newline, no punctuation)."""
        g = self.t[a:b]
        return 0 < len(g) <= 3 and g.strip(" \t\u00a0") == ""

    def name_at(self, i: int) -> Optional[int]:
        """End offset of a name (family name + 1-3 capitalised syllables) starting at token
        i, or None. A name never starts at a place ("Hà Nội", "Hàn Quốc") and never runs into
        a title, a multi-word body head ("Đoàn Liên minh…") or a place."""
        if i in self._name_cache:
            return self._name_cache[i]
        self._name_cache[i] = res = self._name_at(i)
        return res

    def _name_at(self, i: int) -> Optional[int]:
        toks = self.toks
        s, e, w = toks[i]
        if s in self.person_at:  # a well-known leader ("Hun Sen", "Tea Banh")
            return self.person_at[s]
        if w not in self.r["surnames"] or s in self.in_place:
            return None
        pe = self.place_at.get(s)
        if pe is not None and pe > e:
            return None
        if NOT_NAME_RE.match(self.t, s):
            return None
        j, end = i, e
        n = 1
        while j + 1 < len(toks) and n < 4:
            s2, e2, w2 = toks[j + 1]
            if not (self.blank_gap(end, s2) and is_cap(w2) and not is_acronym(w2)):
                break
            if s2 in self.title_at or self.body_at.get(s2, e2) > e2 or s2 in self.org_at:
                break
            if n >= 2 and s2 in self.place_at and not self._given_place(j, end):
                break
            j, end, n = j + 1, e2, n + 1
        if n < 2:
            return None
        if pe is not None and pe >= end:
            return None
        if self._group_of_place(w, toks[i + 1][0], end):
            return None
        return end

    def _group_of_place(self, word: str, rest: int, end: int) -> bool:
        """"Đoàn Quảng Nam đã tặng quà", "lãnh đạo Châu Văn Sơn": a family name that is also a
        group or region noun, followed by a place of two or more words and nothing else, is
        that place's delegation or prefecture, not a person."""
        pe = self.place_at.get(rest)
        return word in GROUP_NOUN_SURNAMES and pe == end and len(self.t[rest:pe].split()) >= 2

    def _inside_longer_name(self, s: int) -> bool:
        """A listed leader's name written after another capitalised word that belongs to the
        name ("Matamela Cyril Ramaphosa"): not a place, body or title, and not one of the
        Khmer honorifics that precede a name ("Samdech Techo Hun Sen")."""
        m = PREV_WORD_RE.search(self.t, max(0, s - 40), s)
        if m is None or not m.group(1)[:1].isupper() or m.group(1) in KHMER_HONORIFICS:
            return False
        a = m.start(1)
        return not (m.end(1) in self.place_at.values() or a in self.title_at or a in self.org_at
                    or a in self.body_at)

    def person_starts(self, j: int) -> bool:
        """A person's name, and not a listed place, starts at token j ("TP Lê Hoàng Quân")."""
        return self.name_at(j) is not None and self.toks[j][0] not in self.place_at

    def given_name_starts(self, i: int) -> bool:
        """Token i is a common foreign given name with a capitalised word after it."""
        toks = self.toks
        return toks[i][2] in self.r["given_names"] and i + 1 < len(toks) \
            and self.blank_gap(toks[i][1], toks[i + 1][0]) and toks[i + 1][2][:1].isupper()

    def _given_place(self, j: int, end: int) -> bool:
        """A place right after "family name + given name" (token j ends at ``end``) is itself a
        given name when it ends the name: one syllable ("Nguyễn Doãn Anh", "Hà Thị Nga"), or
        two after the middle names "Văn"/"Thị" ("Phạm Thị Thanh Thủy"); after a middle name a
        one-syllable place may also start the given name ("Phan Thị Mỹ Thanh")."""
        toks = self.toks
        s2, e2, _ = toks[j + 1]
        pe = self.place_at[s2]
        k = j + 1
        if pe != e2:
            if toks[j][2] not in ("Văn", "Thị") or j + 2 >= len(toks) or toks[j + 2][1] != pe:
                return False
            k = j + 2
        if pe == e2 and toks[j][2] in ("Văn", "Thị"):
            return True  # "Phan Thị Mỹ Thanh": a one-syllable place after a middle name
        if k + 1 < len(toks) and self.blank_gap(toks[k][1], toks[k + 1][0]) \
                and is_cap(toks[k + 1][2]):
            return pe == e2 and self._given_name_ends(k + 1)
        return True

    def _given_name_ends(self, k: int) -> bool:
        """Token k, after a one-syllable place inside a name, is the name's last word: a
        Vietnamese syllable that is no place, title or body, with no capitalised word after it
        ("Châu Ngô Anh Nhân", "Trần Thị Anh Thư")."""
        toks = self.toks
        s, e, w = toks[k]
        if not is_viet_syllable(w) or s in self.place_at or s in self.title_at or s in self.body_at \
                or s in self.org_at:
            return False
        return not (k + 1 < len(toks) and self.blank_gap(e, toks[k + 1][0]) and is_cap(toks[k + 1][2]))


def end_before(t: str, at: int) -> int:
    """Offset just after the last non-blank character before ``at`` (the text's prefix
    right-stripped, without copying it)."""
    while at > 0 and t[at - 1].isspace():
        at -= 1
    return at


# Runs of all-capitals words (the class also admits lower-case accented letters: checked after).
CAPS_RUN_RE = re.compile(r"(?<![\w ])[A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{2,})*(?![\w])")


# "KAWAUE Junichi", "Junichi KAWAUE": a Japanese name with the family name in capitals.
CAPS_SURNAME_PAIR_RE = re.compile(r"(?<![\w-])(?:([A-Z]{3,}) ([A-Z][a-z]{2,})|([A-Z][a-z]{2,}) ([A-Z]{3,}))(?![\w.-])")


def _caps_surname_pairs(c: Ctx) -> list[tuple[int, int, str]]:
    """(start, end, family name) of names written "SURNAME Given" or "Given SURNAME"
    (Japanese style) right after an honorific or a title ("ông KAWAUE Junichi", "Tổng Lãnh sự
    WATANABE Nobuhiro"), where neither word is Vietnamese and the capitals are no known
    acronym or body."""
    title_ends = set(c.title_at.values())
    out = []
    for m in CAPS_SURNAME_PAIR_RE.finditer(c.t):
        g = 1 if m.group(1) else 4  # the group of the capitals
        caps, given = m.group(g), m.group(2 if g == 1 else 3)
        if caps in c.r["not_org_acronyms"] or is_viet_syllable(given) or is_viet_syllable(caps.lower()) \
                or m.start() in c.org_at or m.start(g) in c.org_at:
            continue
        before = c.t[max(0, m.start() - 8):m.start()]
        words = before.split()
        if (words and before.endswith(" ") and words[-1] in c.r["honorifics"]) \
                or end_before(c.t, m.start()) in title_ends:
            out.append((m.start(), m.end(), caps))
    return out


def _in_caps_line(text: str, s: int, e: int) -> bool:
    """The span s:e lies in a run of three or more all-capitals words: a headline, where
    places are written in capitals, not a byline's short name ("Ảnh: MINH THANH")."""
    lo = text.rfind("\n", 0, s) + 1
    hi = text.find("\n", e)
    for m in CAPS_RUN_RE.finditer(text, lo, hi if hi >= 0 else len(text)):
        if m.start() <= s and e <= m.end():
            return m.group().isupper() and len(m.group().split()) >= 3
    return False
