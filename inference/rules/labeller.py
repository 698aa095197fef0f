"""Rule-based weak labeller for GUIDELINES.md entities (PER, POS, ORG, LOC, DATE).

Why rules, and why these: the labeller must work on articles it has never seen, so every
rule encodes how Vietnamese administrative/political language is written rather than any
particular article:

* Organisation and title names follow Vietnamese capitalisation: the first syllable of each
  compound is capitalised ("Bộ Ngoại giao", "Tòa án nhân dân Tối cao"), while a person's name
  capitalises every syllable and starts with a family name ("Bùi Thanh Sơn"). A title/body is
  therefore extended over capitalised compounds, places and "tỉnh X", and stops at a comma,
  a verb/function word, a date or the start of a name.
* Places, countries, named bodies, title heads and family names are facts, kept as data in
  ``gazetteers/*.txt``.
* Conflicts are resolved longest-first, so a body inside a title, or a place inside a body,
  is not tagged again (flat, non-overlapping spans as the guidelines require).

Entry point: :func:`weak_label`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from vnmeet.inference.document import Span

from .patterns import (DATE_PATTERNS, TOKEN_RE, is_acronym, is_cap, is_viet_syllable,
                       load_list, norm)

# Lower-case words that never continue a title or body name: function words and the verbs
# that typically follow an agent in news prose ("Sở Ngoại vụ đã…", "UBND tỉnh tổ chức…").
STOP = set("""
đã đang sẽ vừa mới là có và của với cho tại ở về từ đến trong theo để cùng này đó các những
một hai ba được bị do như khi thì mà nhưng hay hoặc nên vì đi ra vào lên xuống tiếp thăm gặp
dự ký trao tổ phát cho nhấn khẳng đề tham chủ hội làm đón tiễn chúc cảm bày mong đánh nêu
chia trân ghi đồng bàn thảo cam hoan kính gửi nhận đạt triển thực tăng tiến góp hỗ giới
điện viết tuyên cũng đều rất luôn còn chưa không lại sau trước trên dưới giữa ngày năm tháng
sáng chiều tối trưa hôm nay nhân dẫn đầu trình kiêm cùng nhằm qua trao đổi bên phía phụ hai đây ấy
và/hoặc thay mặt chứng kiến ủng hộ đánh giá mời bắt xem quyết phê cử sang rời kết tới
gồm bao lúc nơi người đoàn vị số lần cuộc buổi lễ chuyến việc điều nhiều ít rằng vẫn nữa
cung chọn
""".split())

# Lower-case two-syllable words that occur inside body names after the first compound
# ("Ủy ban nhân dân", "Vụ Văn hóa đối ngoại", "Cửa khẩu quốc tế").
LOWER_COMPOUNDS = set("""
nhân_dân đối_ngoại quốc_tế tối_cao biên_phòng hữu_nghị dân_tộc tự_trị xã_hội chủ_nghĩa
phát_triển nông_thôn thường_trực thường_vụ lao_động hợp_tác kinh_tế thương_mại du_lịch
văn_hóa đầu_tư công_nghiệp công_nghệ thông_tin truyền_thông an_ninh quốc_phòng quốc_gia
trung_ương khoa_học giáo_dục đào_tạo môi_trường tài_nguyên vận_tải cửa_khẩu đặc_biệt
tổng_hợp điều_hành quản_lý đại_diện hành_chính chính_trị ngoại_giao ngoại_vụ lãnh_sự
thanh_niên phụ_nữ nông_dân cựu_chiến cộng_sản hải_quan cảnh_sát lễ_tân tuyên_giáo
dân_vận kiểm_tra nội_chính pháp_luật tư_pháp tài_chính ngân_hàng xuất_nhập xuất_khẩu
nhập_khẩu thương_binh thể_thao y_tế dân_chủ cách_mạng châu_âu châu_á thành_phố liên_bang
quân_sự quân_đội biên_giới lãnh_thổ hợp_nhất thống_nhất kiểm_sát nhân_quyền tôn_giáo
ngoại_sự hàng_không doanh_nghiệp nghị_sỹ nghị_sĩ thế_giới công_tác nghề_nghiệp ngoài_nước
nước_ngoài việc_làm bảo_hiểm
""".split())

# A capitalised syllable + a lower-case one that is otherwise a stop word ("Thế giới").
CAP_LOWER_PAIRS = {("Thế", "giới"), ("Xã", "hội"), ("Việc", "làm"), ("Bầu", "cử"),
                   ("Xúc", "tiến")}

# "khóa XIV": a term number stays inside a body or title ("Quốc hội khóa XIV").
# "… ở nước ngoài": heads of missions abroad ("Trưởng cơ quan đại diện Việt Nam ở nước ngoài").
TERM_RE = re.compile(r"[ \t\u00a0]+(?:(?:khóa|khoá|Khóa|Khoá)[ \t\u00a0]+[IVXLC]+|(?:ở|tại) nước ngoài)(?!\w)")

# Fields joined by commas and "và" inside one body name: "Sở Văn hóa, Thể thao và Du lịch",
# "Bộ Lao động, Thương binh và Xã hội". Each field is a capitalised compound.
_FIELD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?: [a-zđà-ỹ][\wÀ-ỹ]*){1,2}"
FIELD_LIST_RE = re.compile(rf", (?:{_FIELD}, ){{0,3}}{_FIELD} và (?=[A-ZĐÀ-Ỹ])")

# " (LHPN) " between two parts of one name.
BRACKET_ACRONYM_RE = re.compile(r" \((?:[A-ZĐ]{2,}\w*)\) ")

# "T.Ư" / "TƯ" abbreviate "Trung ương" inside names ("Ủy ban T.Ư Mặt trận…", "BCH T.Ư Đảng").
TU_RE = re.compile(r"T\.?Ư(?!\w)")
LOWER_COMPOUNDS = {w.replace("_", " ") for w in LOWER_COMPOUNDS}

# Lower-case words that qualify a title head and stay inside the POS.
TITLE_QUALIFIERS_AFTER = ("Thường trực", "thường trực", "Thứ nhất", "thứ nhất",
                          "đặc mệnh toàn quyền", "Đặc mệnh toàn quyền", "danh dự",
                          "thường trú", "đắc cử", "điều hành", "kiêm nhiệm", "dự khuyết")
TITLE_QUALIFIERS_BEFORE = ("Phó", "phó", "Quyền", "quyền", "nguyên", "Nguyên")

# Military ranks may be written in lower case before a name ("thiếu tướng Lê Xuân Thế").
RANKS = ("đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
         "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "chuẩn đô đốc",
         "phó đô đốc")

# Body heads after which a number continues the name ("Quân khu 7", "Lữ đoàn 170").
NUMBERED_HEADS = ("Quân khu", "Quân đoàn", "Sư đoàn", "Lữ đoàn", "Trung đoàn", "Đồn",
                  "Hải đoàn", "Vùng", "Tiểu đoàn", "Đại đội", "Hạm đội")

# Heads whose names may contain foreign words ("Tập đoàn HD Hyundai", "Công ty Nidec").
FOREIGN_NAME_HEADS = ("Công ty", "Tập đoàn", "Tổng công ty", "Hiệp hội", "Ngân hàng", "Quỹ",
                      "Trường", "Đại học", "Báo", "Đài", "Hãng", "Tạp chí")

# Heads of associations, groups and branches: a body of country X based in place Y keeps
# "tại Y" ("Hiệp hội doanh nghiệp Trung Quốc tại Việt Nam", "Phân hiệu Đại học Đà Nẵng tại
# Kon Tum"); a ministry or committee of X "tại Y" is a body somewhere, not its name.
ASSOCIATION_HEADS = ("Hiệp hội", "Hiệp Hội", "Hội", "Nhóm", "Phân hiệu", "Câu lạc bộ",
                     "Văn phòng", "Tổ chức", "Liên hiệp", "Chi hội")

# Body heads that are also verbs at the start of a sentence ("Tổ chức Hội nghị…").
VERB_HEADS = ("Tổ chức",)

# Abbreviated admin prefixes glued to the name ("P.Long An", "TX.Bình Long").
ABBR_ADMIN_RE = re.compile(r"(?<!\w)(?:P|X|Q|H|TX|TT)\.(?=\w)")

NAME_PARTICLES = ("da", "de", "dos", "del", "van", "von", "der", "bin", "binti", "al", "la", "di",
                  "le", "du")

# Capitals with Vietnamese vowel marks ("CHỦ", "TỊCH", "MỚI") are headline words, not acronyms.
_MARKED_CAPS = set("ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ")

# A body or title right after these words names a building, not the body/office itself.
BUILDING_RE = re.compile(r"(?:Phủ|Trụ sở|Nhà|Khu di tích|Lăng|Văn phòng|Dinh) $")

_COMPOUND_AFTER_RE = re.compile(r" ([a-zđà-ỹ]+)(?!\w)")
PAIR_DASH_RE = re.compile(r" ?[-–] ?")
STANDING_RE = re.compile(r"(?<!\w)(?:Thường trực|Thường vụ) $")
CENTRAL_RE = re.compile(r"(?<!\w)(?:Trung ương|trung ương|TƯ|T\.Ư) $")

# A domain suffix after a word makes it a web address ("VTV.vn"), which is not tagged.
WEB_SUFFIX_RE = re.compile(r"\.(?:vn|com|net|org|gov|info)(?!\w)", re.IGNORECASE)

# Lines that introduce a photo credit or byline.
CREDIT_RE = re.compile(r"(?:Ảnh|ẢNH|Ảnh minh họa|Tin, ảnh|Bài, ảnh|Tin và ảnh|Bài và ảnh|"
                       r"Tin|Bài|Video|Nguồn ảnh|Clip)\s*:\s*", re.UNICODE)

Cand = tuple  # (start, end, label, priority)


# ---------------------------------------------------------------------------------------
# Gazetteer regexes (compiled once)
# ---------------------------------------------------------------------------------------


def _alternation(entries, loose_case: bool = False) -> re.Pattern:
    """Whole-word, longest-first alternation of gazetteer entries; spaces match one blank.

    ``loose_case``: only the first letter is matched as written, the rest ignores case,
    because outlets write "Phó Chủ tịch" and "Phó chủ tịch", "Tổng Lãnh sự" and "Tổng lãnh sự"."""
    parts = sorted(set(entries), key=len, reverse=True)

    def one(p: str) -> str:
        x = re.escape(p).replace(r"\ ", r"[ \t\u00a0]+")
        if loose_case and len(p) > 1 and not p.isupper():
            x = re.escape(p[0]) + "(?i:" + re.escape(p[1:]).replace(r"\ ", r"[ \t\u00a0]+") + ")"
        return x
    body = "|".join(one(p) for p in parts)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


STATE_WORDS = ("Cộng hòa", "Vương quốc", "Liên bang")


def _state_forms(countries: list[str]) -> list[str]:
    """"Cộng hòa Phần Lan", "Vương quốc Na Uy": any country may be written with its state
    word in front, and the whole is one LOC; listing every pair by hand misses some."""
    words = tuple(norm(w) for w in STATE_WORDS)
    short = [c for c in countries if not c.startswith(words + (norm("Nhà nước"), norm("Hợp chủng")))]
    return [f"{w} {c}" for w in words for c in short]


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
        "rank": re.compile(rf"(?<!\w)(?:{'|'.join(RANKS)})(?!\w)"),
        "body": _alternation(bodies, loose_case=True),
        "standalone": standalone,
        "org": _alternation(load_list("orgs")),
        "place": _alternation(places),
        "placeset": set(places),
        "surnames": set(load_list("surnames")),
        "honorifics": set(load_list("honorifics")),
        "admin": _alternation([a for a in load_list("admin_words")]),
        "not_org_acronyms": set(load_list("not_org_acronyms")),
    }


# ---------------------------------------------------------------------------------------
# Document-level context: tokens and gazetteer hits indexed by start offset
# ---------------------------------------------------------------------------------------


_HYPHEN_QUAL_RE = re.compile(r"(?:Phó|Quyền|Nguyên) ")


def _split_before_titles(toks: list, title_at: dict) -> list:
    """Split a hyphenated token where a title starts after the hyphen: in lists like
    "Trương Văn Đạt-Ủy viên Ban Thường vụ" or "Châu Ngọc Tuấn-Phó Bí thư" the name ends at
    the hyphen (the tokenizer would glue "Đạt-Ủy" into one word)."""
    out = []
    for s, e, w in toks:
        if "-" not in w:
            out.append((s, e, w))
            continue
        a = s
        for k, ch in enumerate(w):
            if ch != "-" or k + 1 >= len(w) or not w[k + 1].isupper():
                continue
            p = s + k + 1
            title = p in title_at
            if not title:
                m = _HYPHEN_QUAL_RE.match(w[k + 1:] + " ")
                title = m is not None and (p + m.end()) in title_at
            if title:
                out.append((a, s + k, w[a - s:k]))
                a = p
        out.append((a, e, w[a - s:]))
    return out


_SHORT = r"(?:Trung|Hàn|Việt|Nhật|Lào|Thái|Xô|Triều|Nga|Mỹ|Pháp|Đức|Anh|Úc|Campuchia)"
SHORT_PAIR_RE = re.compile(rf"(?<![\w-])({_SHORT}) ?[-–] ?({_SHORT})(?![\w-])")


class _Ctx:
    """Tokens of one text and the gazetteer matches starting at each offset."""

    def __init__(self, text: str):
        self.t = text
        self.r = _res()
        self.title_at = {m.start(): m.end() for m in self.r["title"].finditer(text)}
        self.toks = _split_before_titles(
            [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)], self.title_at)
        self.at = {s: i for i, (s, _, _) in enumerate(self.toks)}
        # a one-word place that starts a known compound is not a place ("Pháp luật")
        self.place_at = {m.start(): m.end() for m in self.r["place"].finditer(text)
                         if not _COMPOUND_AFTER_RE.match(text, m.end())
                         or f"{m.group().lower()} {_COMPOUND_AFTER_RE.match(text, m.end())[1]}"
                         not in LOWER_COMPOUNDS}
        # "Trung - Việt", "Việt- Hàn": a short country name is a place inside such a pair
        for m in SHORT_PAIR_RE.finditer(text):
            for g in (1, 2):
                self.place_at.setdefault(m.start(g), m.end(g))
        self.org_at = {m.start(): m.end() for m in self.r["org"].finditer(text)}
        self.body_at = {m.start(): m.end() for m in self.r["body"].finditer(text)}
        self.admin_at = {m.start(): m.end() for m in self.r["admin"].finditer(text)}
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
        return end

    def _given_place(self, j: int, end: int) -> bool:
        """A place right after "family name + given name" (token j ends at ``end``) is itself a
        given name when it ends the name: one syllable ("Nguyễn Doãn Anh", "Hà Thị Nga"), or
        two after the middle names "Văn"/"Thị" ("Phạm Thị Thanh Thủy")."""
        toks = self.toks
        s2, e2, _ = toks[j + 1]
        pe = self.place_at[s2]
        k = j + 1
        if pe != e2:
            if toks[j][2] not in ("Văn", "Thị") or j + 2 >= len(toks) or toks[j + 2][1] != pe:
                return False
            k = j + 2
        if k + 1 < len(toks) and self.blank_gap(toks[k][1], toks[k + 1][0]) \
                and is_cap(toks[k + 1][2]):
            return False
        return True


# Capitalised words that look like "family name + given name" but are delegation/body words.
NOT_NAME_RE = re.compile(r"Đoàn (?:Đại biểu|đại biểu|Thanh niên|Công tác|Kinh tế|Luật sư)|"
                         r"Văn (?:Phòng|Hóa|Miếu)|Lê (?:Hội|Lợi)(?!\w)")


# Diplomatic heads after which "tại X" stays in the span.
DIPLOMATIC = ("Đại sứ", "Lãnh sự", "Cơ quan đại diện", "Phái đoàn", "Tùy viên", "Tham tán",
              "Trưởng Đại diện", "Đại biện")

# The text is folded by ``norm`` ("đoàn" -> "đòan", "uỷ" -> "ủy") before the rules run, so the
# word lists written in code must be folded the same way or they never match.
STOP = {norm(w) for w in STOP}
LOWER_COMPOUNDS = {norm(w) for w in LOWER_COMPOUNDS}
TITLE_QUALIFIERS_AFTER = tuple(norm(w) for w in TITLE_QUALIFIERS_AFTER)
TITLE_QUALIFIERS_BEFORE = tuple(norm(w) for w in TITLE_QUALIFIERS_BEFORE)
RANKS = tuple(norm(w) for w in RANKS)
NUMBERED_HEADS = tuple(norm(w) for w in NUMBERED_HEADS)
FOREIGN_NAME_HEADS = tuple(norm(w) for w in FOREIGN_NAME_HEADS)
DIPLOMATIC = tuple(norm(w) for w in DIPLOMATIC)
ASSOCIATION_HEADS = tuple(norm(w) for w in ASSOCIATION_HEADS)
VERB_HEADS = tuple(norm(w) for w in VERB_HEADS)
NOT_NAME_RE = re.compile(norm(NOT_NAME_RE.pattern))
BUILDING_RE = re.compile(norm(BUILDING_RE.pattern))
TERM_RE = re.compile(norm(TERM_RE.pattern))


# ---------------------------------------------------------------------------------------
# Name continuation for bodies and titles
# ---------------------------------------------------------------------------------------


def _extend(c: _Ctx, end: int, *, pos: bool, head: str) -> int:
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
    headline = len(head) > 4 and head.isupper()
    after_pair = False
    while i < len(toks):
        s, e, w = toks[i]
        m = TERM_RE.match(t, end) if consumed_any or not pos else None
        if m:
            end = m.end()
            break
        if not c.blank_gap(end, s):
            gap = t[end:s].strip()
            if gap == "," and consumed_any and not headline:
                m = FIELD_LIST_RE.match(t, end)
                if m and _fields_ok(c, end, m.end()):
                    end = m.end() - 1
                    i = c.tok_index_from(end)
                    tail = 0
                    continue
            # "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam": an acronym in brackets inside the name,
            # when a place continues the name after it
            m = BRACKET_ACRONYM_RE.match(t, end)
            if m and consumed_any and not headline and m.end() in c.place_at:
                end = c.place_at[m.end()]
                after_place = True
                i = c.tok_index_from(end)
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
        if w.lower() == "tại" and (diplomatic or head.endswith("quán") or (
                after_place and not pos and head in ASSOCIATION_HEADS)) and i + 1 < len(toks):
            s2 = toks[i + 1][0]
            if c.blank_gap(e, s2):
                pe = c.place_at.get(s2) or c.org_at.get(s2)
                ae = c.admin_at.get(s2)  # "tại thành phố Hồ Chí Minh"
                if not pe and ae and t[ae:ae + 1] == " ":
                    j = c.tok_index_from(ae + 1)
                    pe = c.place_at.get(ae + 1) or (  # "tại tỉnh Champasac": any name
                        _cap_run_end(c, j, 3) if j < len(toks) and toks[j][0] == ae + 1
                        and is_cap(toks[j][2]) else None)
                if not pe and t.startswith("TP.", s2):  # "tại TP.Đà Nẵng"
                    pe = c.place_at.get(s2 + 3)
                if pe:
                    end = pe
                    i = c.tok_index_from(end)
                    after_place = True
                    consumed_any = True
                    continue
            break
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
        # "tỉnh Lạng Sơn", "thành phố Kobe", or a bare "tỉnh"/"thành phố" at the end
        if pos and w == "nước" and t[:s].endswith("Chủ tịch "):
            end, tail, consumed_any = e, 0, True  # "Phó Chủ tịch nước": the head of state
            i += 1
            continue
        ae = c.admin_at.get(s)
        if ae and w == "xã" and i + 1 < len(toks) and toks[i + 1][2] == "hội":
            ae = None  # "Vụ Bảo hiểm xã hội": the compound, not the commune
        if ae and w.islower() and w in ("tỉnh", "thành", "huyện", "xã", "quận", "phường",
                                         "thị", "tp", "nước", "châu"):
            j = c.tok_index_from(ae)
            if j < len(toks) and c.blank_gap(ae, toks[j][0]) and is_cap(toks[j][2]) \
                    and toks[j][0] not in c.title_at and c.name_at(j) is None:
                pe = c.place_at.get(toks[j][0])
                end = pe if pe else _cap_run_end(c, j)
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
            if not pe and c.name_at(i + 1) is not None:
                end, consumed_any = e, True  # "Chủ tịch UBND TP Lê Hoàng Quân": a name follows
                break
            end = pe if pe else _cap_run_end(c, i + 1, 3)
            after_place = consumed_any = True
            i = c.tok_index_from(end)
            continue
        be = c.body_at.get(s)
        if be and is_cap(w) and not headline and not w.isupper() and c.name_at(i) is None:
            end, tail, consumed_any = be, 0, True  # "Chủ tịch Hội đồng thành phố X"
            i = c.tok_index_from(end)
            continue
        if is_cap(w):
            if headline and not (s in c.org_at or s in c.body_at):
                break
            if c.name_at(i) is not None or _looks_like_name(c, i):
                break
            if not (is_viet_syllable(w) or is_acronym(w) or foreign_ok):
                break
            if not foreign_ok and _foreign_name_next(c, i):
                break
            end, tail, consumed_any = e, 1, True
            i += 1
            continue
        numbered = any(t[:end].endswith(h) for h in NUMBERED_HEADS)
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
                        and c.name_at(i + 1) is None):
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
            k = _lower_run_to_place(c, i) if consumed_any and not pos else None
            if k is not None:
                end, after_place, consumed_any = c.place_at[toks[k][0]], True, True
                i = c.tok_index_from(end)
                continue
        break
    m = TERM_RE.match(t, end) if consumed_any else None  # "… Việt Nam ở nước ngoài"
    return m.end() if m else end


def _lower_run_to_place(c: _Ctx, i: int, limit: int = 4) -> Optional[int]:
    """Index of the place token that ends a short lower-case run starting at token ``i``.

    Body names often run through a lower-case description before their country or province
    ("Tổ chức Xúc tiến mậu dịch Nhật Bản", "Hội cựu chiến binh Nga"); the place closes such a
    name, so the run is taken only when no stop word or punctuation interrupts it."""
    toks, prev_end = c.toks, c.toks[i - 1][1]
    for k in range(i, min(i + limit + 1, len(c.toks))):
        s, e, w = toks[k]
        if not c.blank_gap(prev_end, s):
            return None
        if k > i and s in c.place_at:
            return k
        if not w.islower() or w in STOP or s in c.admin_at:
            return None
        prev_end = e
    return None


def _foreign_name_next(c: _Ctx, i: int) -> bool:
    """Token i is followed by a capitalised non-Vietnamese word that is not a known place,
    body or organisation: token i starts a foreign name ("Phó Chủ tịch Quốc hội Nguon Nhel",
    "Đại tướng Tea Seiha") rather than continuing the title or body."""
    toks = c.toks
    if i + 1 >= len(toks) or toks[i][0] in c.place_at or toks[i][0] in c.org_at:
        return False
    s2, _, w2 = toks[i + 1]
    return (c.blank_gap(toks[i][1], s2) and is_cap(w2) and not is_viet_syllable(w2)
            and not is_acronym(w2) and s2 not in c.place_at and s2 not in c.org_at
            and s2 not in c.body_at)


def _fields_ok(c: _Ctx, a: int, b: int) -> bool:
    """The comma-joined fields between a and b are plain words: no title, body, place,
    organisation or person's name starts among them, and no stop word is inside."""
    for k in range(c.tok_index_from(a), c.tok_index_from(b)):
        s, e, w = c.toks[k]
        if w == "và" and s >= b - 4:
            continue
        if s in c.title_at or s in c.body_at or s in c.place_at or s in c.org_at \
                or w in STOP or c.name_at(k) is not None or w.isupper():
            return False
    return True


def _looks_like_name(c: _Ctx, i: int) -> bool:
    """Three capitalised Vietnamese syllables in a row, or a middle name "Văn"/"Thị" second,
    are a person's name even with an unlisted family name ("… Quốc hội Tòng Thị Phóng")."""
    toks = c.toks
    if toks[i][2] in c.caps_surnames or _transliterated_name(c, i):
        return True
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


def _transliterated_name(c: _Ctx, i: int) -> bool:
    """Two hyphenated capitalised words in a row that are no known place: a Lao or other
    foreign name written syllable by syllable ("Cha-lơn Nhia-pao-hơ")."""
    toks = c.toks
    if i + 1 >= len(toks) or not c.blank_gap(toks[i][1], toks[i + 1][0]):
        return False
    return all("-" in toks[k][2] and is_cap(toks[k][2]) and toks[k][0] not in c.place_at
               and toks[k][0] not in c.in_place for k in (i, i + 1))


def _cap_run_end(c: _Ctx, j: int, limit: int = 4) -> int:
    """End of a run of up to ``limit`` capitalised tokens starting at token j."""
    toks = c.toks
    end = toks[j][1]
    n = 1
    while j + n < len(toks) and n < limit:
        s, e, w = toks[j + n]
        if not (c.blank_gap(end, s) and is_cap(w)) or s in c.title_at or s in c.body_at:
            break
        end = e
        n += 1
    return end


# ---------------------------------------------------------------------------------------
# Candidate generators
# ---------------------------------------------------------------------------------------


def _dates(text: str) -> list[Cand]:
    out = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            g = "d" if "d" in pat.groupindex else 0
            out.append((m.start(g), m.end(g), "DATE", 5))
    return out


REPORTER_RE = re.compile(r"(?:Đặc phái viên|[Pp]hóng viên|PV)[ \t\u00a0]+(?P<o>TTXVN|VOV|VTV|VNA)(?!\w)")


def _titles(c: _Ctx) -> list[Cand]:
    out = []
    t = c.t
    heads = dict(c.title_at)
    for m in c.r["rank"].finditer(t):  # lower-case ranks only before a name
        i = c.at.get(m.end() + 1)
        if i is not None and c.name_at(i) is not None:
            heads.setdefault(m.start(), m.end())
    for s, e in heads.items():
        if BUILDING_RE.search(t, max(0, s - 12), s):
            continue
        start = s
        # qualifiers before the head: "Phó", "Quyền", "nguyên"
        while True:
            before = t[:start].rstrip(" ")
            if len(before) == start:
                break
            q = next((q for q in TITLE_QUALIFIERS_BEFORE if before.endswith(q)
                      and (len(before) == len(q) or not before[-len(q) - 1].isalnum())), None)
            if not q or start - len(before) > 2:
                break
            start = len(before) - len(q)
        head = t[s:e]
        m = REPORTER_RE.match(t, s)
        if m:  # "Theo Đặc phái viên TTXVN": a reporter of the outlet, not an office
            out.append((m.start("o"), m.end("o"), "ORG", 6))
            continue
        end = _extend(c, e, pos=True, head=head)
        if MEETING_BEFORE_RE.search(t, max(0, start - 24), start):
            end = _before_first_party(c, e, end)
        if _rotating_chair(c, s, end):
            continue
        out.append((start, end, "POS", 4))
    return out


# "của" between a title and the body or country it serves ("Tổng Thư ký của Liên hợp quốc").
OF_RE = re.compile(r" của (?=[A-ZĐÀ-Ỹ])")


def _titles_over_bodies(t: str, titles: list[Cand], bodies: list[Cand],
                        places: list[Cand]) -> list[Cand]:
    """A title whose words run into a body's name ends where the body ends: the title's
    extension stops at a word that opens another title ("Chủ tịch Nhóm | Nghị sĩ hữu nghị
    Việt Nam - Nhật Bản"), but the body found on its own holds the whole name. A title
    followed by "của" and a body or a country takes it in ("Chủ nhiệm Ủy ban Dân tộc của
    Quốc hội Lào", "Đại sứ đặc mệnh toàn quyền của Canada")."""
    starts: dict[int, int] = {}
    for bs, be, _, _ in bodies + places:
        starts[bs] = max(be, starts.get(bs, be))
    out = []
    for s, e, label, prio in titles:
        end = max((be for bs, be, _, _ in bodies if s < bs < e < be), default=e)
        m = OF_RE.match(t, end)
        if m and m.end() in starts:
            end = starts[m.end()]
        out.append((s, end, label, prio))
    return out


# "Hội nghị Bộ trưởng Ngoại giao ASEAN": a title naming a meeting keeps its own words, and
# the body or country it meets for is tagged on its own (GUIDELINES, decisions on hard cases).
MEETING_BEFORE_RE = re.compile(r"(?<!\w)(?:Hội nghị|Hội nghị hẹp|Hội nghị [Cc]ấp cao|Cuộc họp|"
                               r"cuộc họp|Đối thoại|Diễn đàn) $")
# Chairmanships that rotate between countries: "Chủ tịch ASEAN năm 2020" is Việt Nam's role,
# not a person's title, so only the organisation is tagged.
ROTATING_CHAIR_RE = re.compile(r"Chủ tịch (?:ASEAN|AIPA|APEC|G20|G7|Hội đồng Bảo an)$")


def _before_first_party(c: _Ctx, head_end: int, end: int) -> int:
    """End of a title cut just before the first place or organisation after its head."""
    for s, e, _ in c.toks[c.tok_index_from(head_end):]:
        if s >= end:
            break
        if s in c.place_at or s in c.org_at:
            return _end_before(c.t, s)
    return end


def _end_before(t: str, at: int) -> int:
    """Offset just after the last non-blank character before ``at`` (the text's prefix
    right-stripped, without copying it)."""
    while at > 0 and t[at - 1].isspace():
        at -= 1
    return at


def _rotating_chair(c: _Ctx, s: int, end: int) -> bool:
    """A rotating chairmanship that is not in a list of a person's titles (no comma before
    it) and has no person named after it."""
    k = _end_before(c.t, s)
    if not ROTATING_CHAIR_RE.match(c.t[s:end]) or (k > 0 and c.t[k - 1] == ","):
        return False
    i = c.tok_index_from(end)
    return i >= len(c.toks) or c.name_at(i) is None


def _bodies(c: _Ctx) -> list[Cand]:
    out = []
    for s, e in c.body_at.items():
        if BUILDING_RE.search(c.t, max(0, s - 12), s):
            continue
        head = c.t[s:e]
        if not is_cap(head) or _not_a_body_head(c, s, e, head):
            continue
        end = _extend(c, e, pos=False, head=head)
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
        end = _extend(c, e, pos=False, head=c.t[s:e])
        if _generic_use(c, s, end):
            continue
        out.append((s, end, "ORG", 6))
    return out


ADMIN_BEFORE_RE = re.compile(r"(?<!\w)(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|"
                             r"châu|bang|TP\.?|thôn|bản|làng|cầu|đường|phố) $")
SENT_START_RE = re.compile(r"(?:^|[.!?:;\n]\s*|[\-–•|]\s+)$")
GENERIC_AFTER_RE = re.compile(r"[ \t\u00a0]+(?:các[ \t\u00a0]+[a-zđà-ỹ]|"
                              r"hai[ \t\u00a0]+(?:bên|phía|địa phương))")


def _not_a_body_head(c: _Ctx, s: int, e: int, head: str) -> bool:
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
    return False


def _generic_use(c: _Ctx, s: int, end: int) -> bool:
    """A body word used generically: "Sở Du lịch hai địa phương", "Chính phủ hai bên",
    "UBND các huyện", "các Đại sứ quán" (GUIDELINES: generic groups are not ORG)."""
    if GENERIC_AFTER_RE.match(c.t, end):
        return True
    if c.t.endswith("các ", max(0, s - 4), s):
        return not any(c.place_at.get(k) for k in range(s, end))
    return False


PEOPLE_BEFORE_RE = re.compile(r"(?<!\w)(?:người|gốc|tiếng|kiều bào) $")
UNCLE_HO_RE = re.compile(r"(?<!\w)(?:Chủ tịch|Bác) $")


BUILDING_AT_RE = re.compile(r"(?<!\w)(?:tại|ở|đến|tới|thăm)\s+(?P<b>(?:Nhà|Điện|Cung|Dinh|Phủ) )(?!Vua)(?=[A-ZĐ])")


VENUE_RE = re.compile(r"(?<!\w)Trung tâm (?:Hội nghị|Thương mại|Triển lãm|Báo chí)(?!\w)")


def _places(c: _Ctx) -> list[Cand]:
    out = []
    t = c.t
    # "tại Nhà Quốc hội", "tại Phủ Tổng thống", "tại Điện Elysee": a named building is a place
    for m in BUILDING_AT_RE.finditer(t):
        end = _extend(c, m.end("b") - 1, pos=False, head=m.group("b").strip())
        if end <= m.end("b"):  # a foreign name: "Điện Elysee"
            end = _cap_run_end(c, c.tok_index_from(m.end()), 3)
        if end > m.end("b"):
            out.append((m.start("b"), end, "LOC", 3))
    # "Trung tâm Hội nghị quốc tế", "Trung tâm Thương mại Lad Prao": a venue, not a body
    for m in VENUE_RE.finditer(t):
        end = _extend(c, m.end(), pos=False, head=m.group())
        j = c.tok_index_from(end)
        if end == m.end() and j < len(c.toks) and c.blank_gap(end, c.toks[j][0]) \
                and is_cap(c.toks[j][2]):  # a foreign name: "Trung tâm Thương mại Lad Prao"
            end = _cap_run_end(c, j, 3)
        out.append((m.start(), end, "LOC", 9))
    # "Trụ sở Chính phủ", "Trụ sở Trung ương Đảng": the capitalised building is a place
    for m in re.finditer(r"(?<!\w)Trụ sở (?=[A-ZĐ])", t):
        j = c.tok_index_from(m.end())
        ge = max(c.org_at.get(m.end(), 0), c.body_at.get(m.end(), 0))
        if ge:
            out.append((m.start(), _extend(c, ge, pos=False, head=t[m.end():ge]), "LOC", 3))
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
        out.append((s, e, "LOC", 6))
    # admin word + capitalised run: the run is a place even when not listed
    for s, e in c.admin_at.items():
        j = c.tok_index_from(e)
        if j >= len(c.toks):
            continue
        s2 = c.toks[j][0]
        if not c.blank_gap(e, s2) or not is_cap(c.toks[j][2]):
            continue
        if s2 in c.title_at or s2 in c.body_at or s2 in c.org_at:
            continue
        if c.name_at(j) is not None and s2 not in c.place_at:
            continue
        end = c.place_at.get(s2) or _cap_run_end(c, j, 3)
        out.append((s2, end, "LOC", 2))
    for m in ABBR_ADMIN_RE.finditer(t):
        j = c.at.get(m.end())
        if j is not None and is_cap(c.toks[j][2]):
            end = c.place_at.get(m.end()) or _cap_run_end(c, j, 3)
            out.append((m.end(), end, "LOC", 2))
    # Capitalised "TP"/"Thủ đô" and facility words are part of the name: "TP Đà Nẵng",
    # "Thủ đô Viêng Chăn", "Cửa khẩu Quốc tế Hữu Nghị", "Cảng hàng không quốc tế Đà Nẵng"
    for m in re.finditer(r"(?<!\w)(?:TP\.? ?|Thủ đô )(?=[A-ZĐ])", t):
        j = c.tok_index_from(m.end())
        if j < len(c.toks) and c.toks[j][0] == m.end():
            if m.end() not in c.place_at and c.name_at(j) is not None:
                continue  # "Chủ tịch UBND TP Lê Hoàng Quân": the city's officer, then a name
            end = c.place_at.get(m.end()) or _cap_run_end(c, j, 3)
            out.append((m.start(), end, "LOC", 7))
    for m in re.finditer(r"(?<!\w)(?:Cửa khẩu|Cảng hàng không|Sân bay|Cảng)(?: Quốc tế| quốc tế|"
                         r" song phương| chính)?(?= [A-ZĐ])", t):
        j = c.tok_index_from(m.end())
        if j < len(c.toks):
            out.append((m.start(), _cap_run_end(c, j, 3), "LOC", 3))
    return out


def _names(c: _Ctx) -> list[Cand]:
    out = []
    for i, (s, e, w) in enumerate(c.toks):
        end = c.name_at(i)
        if end is not None:
            out.append((s, end, "PER", 3))
    return out


AGENCY_SLASH_RE = re.compile(r"[A-ZĐ]{2,}[A-Za-zĐ]*/(?=[A-ZĐ])")
_BYNAME = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ]+(?: [A-ZĐÀ-Ỹ][a-zđà-ỹ]+){1,2}"
BYLINE_LINE_RE = re.compile(rf"(?m)^[ \t]*(?P<names>{_BYNAME}(?: [-–] {_BYNAME}){{0,3}})"
                            r"[ \t]*(?:[-–][ \t]*\d{1,2}:\d\d.*|\(.*)?$")
CREDIT_NAME_RE = re.compile(r"(?:[A-ZĐ]\.)*[A-ZĐÂĂÊÔƠƯ][\w]*(?:[ .]+(?:[A-ZĐ]\.)*[A-ZĐÂĂÊÔƠƯ][\w]*){0,3}")


# Runs of all-capitals words (the class also admits lower-case accented letters: checked after).
CAPS_RUN_RE = re.compile(r"(?<![\w ])[A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{2,})*(?![\w])")
PREV_CAP_WORD_RE = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ][a-zđà-ỹ]+ $")


def _credits(c: _Ctx) -> list[Cand]:
    """Photo credits and bylines are PER: "Ảnh: Dương Giang - TTXVN", "ẢNH: BẮC BÌNH",
    initials "T.Đ", and a short all-capitals/name line among the last lines of the text."""
    t = c.t
    out = []
    for m in CREDIT_RE.finditer(t):
        agency = AGENCY_SLASH_RE.match(t, m.end())  # "Ảnh: VGP/Quang Hiếu"
        mm = CREDIT_NAME_RE.match(t, agency.end() if agency else m.end())
        if mm and mm.group() not in c.r["placeset"] and mm.start() not in c.org_at \
                and mm.start() not in c.body_at:
            out.append((mm.start(), mm.end(), "PER", 7))
    # a byline line: "Mỹ Dung - 18:17, 25/07/2023", "Quang Anh - Văn Khương - Trần Nam"
    for m in BYLINE_LINE_RE.finditer(t):
        for nm in re.finditer(r"[^-–\n]+", m.group("names")):
            name = nm.group().strip()
            a = m.start("names") + nm.start() + nm.group().index(name)
            ws = name.split()
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
            out.append((off, off + len(line.rstrip(".,;:")), "PER", 7))
    # all-caps runs of 2-4 Vietnamese syllables are names (bylines) rather than acronyms
    for a, b, ws in c.caps_runs:
        if len(ws) > 4:
            continue  # an all-capitals headline or menu, not a byline
        if all(is_viet_syllable(w) for w in ws) and t[a:b] not in c.r["placeset"]:
            out.append((a, b, "PER", 2))
    for m in re.finditer(r"(?<![\w.])[A-ZĐ]\.[A-ZĐ]\w*(?:\.[A-ZĐ])?(?![\w.])", t):
        # "Philip G.Sawyer": an initial inside a longer name, left to the context rule
        if PREV_CAP_WORD_RE.search(t, max(0, m.start() - 30), m.start()):
            continue
        out.append((m.start(), m.end(), "PER", 1))
    return out


# "(VOV5) - Sáng 3/4…", "(LĐ online) - …": the outlet that opens a news lead.
OUTLET_RE = re.compile(r"\((?P<o>[A-ZĐ][\wÀ-ỹ]*(?: [\wÀ-ỹ]+){0,2})\)[ \t\u00a0]*[-–][ \t\u00a0]")


def _outlets(c: _Ctx) -> list[Cand]:
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


def _abbreviates_a_thing(c: _Ctx, s: int) -> bool:
    """An unlisted acronym in brackets whose name, written just before it, is a meeting,
    programme or agreement rather than a body: not an ORG."""
    t = c.t
    if not t.endswith("(", 0, s):
        return False
    lo = max(0, s - 90, t.rfind(".", 0, s) + 1)
    things = [m.start() for m in THING_HEAD_RE.finditer(t, lo, s)]
    bodies = [k for k in c.body_at if lo <= k < s]
    return bool(things) and (not bodies or things[-1] > max(bodies))


# "KAWAUE Junichi", "Junichi KAWAUE": a Japanese name with the family name in capitals.
CAPS_SURNAME_PAIR_RE = re.compile(r"(?<![\w-])(?:([A-Z]{3,}) ([A-Z][a-z]{2,})|([A-Z][a-z]{2,}) ([A-Z]{3,}))(?![\w.-])")


def _caps_surname_pairs(c: _Ctx) -> list[tuple[int, int, str]]:
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
                or _end_before(c.t, m.start()) in title_ends:
            out.append((m.start(), m.end(), caps))
    return out


def _caps_names(c: _Ctx) -> list[Cand]:
    """The capitals-surname names, and each later mention of the family name alone
    ("Tổng Lãnh sự KAWAUE cho biết")."""
    out = [(a, b, "PER", 8) for a, b, _ in c.caps_names]
    for s, e, w in c.toks:
        if w in c.caps_surnames:
            out.append((s, e, "PER", 8))
    return out


HEADLINE_WORDS_RE = re.compile(r"(?<!\w)[A-ZĐÀ-Ỹ]{2,}(?: [A-ZĐÀ-Ỹ]{2,})+(?!\w)")


def _acronyms(c: _Ctx) -> list[Cand]:
    """Unlisted all-caps words (ĐSQ, BĐBP…) are nearly always bodies in this domain."""
    out = []
    headline = set()  # words of all-capitals lines ("THỦ TƯỚNG TIẾP ĐOÀN …") are not acronyms
    for a, b, ws in c.caps_runs:
        if len(ws) >= 3:
            headline.update(range(a, b))
    for m in HEADLINE_WORDS_RE.finditer(c.t):
        # a run of capitals with a Vietnamese-marked word in it ("CỰU CHIẾN BINH VIỆT NAM",
        # "THAM GIA GIAO LƯU") is a headline, wherever it starts on the line
        if m.group().isupper() and _MARKED_CAPS & set(m.group()):
            headline.update(range(m.start(), m.end()))
    for s, e, w in c.toks:
        if s in headline:
            continue
        if is_acronym(w) and w.isupper() and len(w) >= 3 and w not in c.r["not_org_acronyms"] \
                and not any(ch.isdigit() for ch in w[:1]) and not _MARKED_CAPS & set(w) \
                and not WEB_SUFFIX_RE.match(c.t, e) and not _generic_use(c, s, e) \
                and not _abbreviates_a_thing(c, s):
            out.append((s, e, "ORG", 1))
    return out


# ---------------------------------------------------------------------------------------
# Resolution and second-pass PER rules
# ---------------------------------------------------------------------------------------


def _resolve(cands: list[Cand], taken: Optional[list[tuple[int, int]]] = None) -> list[Cand]:
    """Greedy longest-first (then higher priority) selection of non-overlapping spans."""
    chosen: list[Cand] = []
    occ = bytearray(max((c[1] for c in cands), default=0) + 1)
    for a, b in taken or []:
        for k in range(a, min(b, len(occ))):
            occ[k] = 1
    for cand in sorted(cands, key=lambda x: (-(x[1] - x[0]), -x[3], x[0])):
        a, b = cand[0], cand[1]
        if a >= b or any(occ[a:b]):
            continue
        for k in range(a, b):
            occ[k] = 1
        chosen.append(cand)
    return chosen


def _context_names(c: _Ctx, chosen: list[Cand]) -> list[Cand]:
    """Names recognised by context rather than by a family name: a capitalised run right
    after a title or an honorific ("Đại sứ Belarus Vladimir Goshin", "ngài Marc Knapper"),
    before ", <title>", and photo credits/bylines."""
    t, toks = c.t, c.toks
    occ = set()
    for a, b, _, _ in chosen:
        occ.update(range(a, b))
    pos_end = {b for a, b, l, _ in chosen if l == "POS"}
    pos_start = {a for a, b, l, _ in chosen if l == "POS"}
    hon = c.r["honorifics"]
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
        after_pos = any(t[p:s].strip() in ("", "-", "–") and 0 < s - p <= 3 for p in pos_end
                        if p <= s)
        last_two = " ".join(before.split()[-2:])
        after_hon = (prev_word in hon or last_two in hon) and before[-1:].isspace()
        before_pos = after.startswith(", ") and (end + 2) in pos_start
        hyph = any("-" in toks[k][2] for k in range(i, j + 1))
        ntok = j - i + 1
        if w in hon or w in ("Ông", "Bà", "Ngài"):
            i += 1
            continue
        if (after_pos or after_hon) and (ntok >= 2 or not is_viet_syllable(w) or hyph) \
                and s not in c.place_at:
            out.append((s, end, "PER", 2))
        elif before_pos and ntok >= 2 and s not in c.place_at:
            out.append((s, end, "PER", 2))
        elif hyph and ntok >= 2 and s not in c.place_at:
            out.append((s, end, "PER", 1))
        i = j + 1
    return out


_STRIP = " \t\n\u00a0,.;:!?\"'“”‘’()[]…-–"


def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    return s, e


def weak_label(text: str) -> list[Span]:
    """Label ``text`` with PER/POS/ORG/LOC/DATE spans following GUIDELINES.md.

    Returns sorted, non-overlapping spans with ``text[start:end] == span.text``; pure
    function (gazetteers are loaded once and cached)."""
    t = norm(text)
    c = _Ctx(t)
    dates = _resolve(_dates(t))
    bodies, places = _bodies(c), _places(c)
    cands = (_titles_over_bodies(t, _titles(c), bodies, places) + bodies + places + _names(c)
             + _acronyms(c) + _credits(c) + _outlets(c) + _caps_names(c))
    chosen = _resolve(cands, taken=[(a, b) for a, b, _, _ in dates]) + dates
    extra = _context_names(c, chosen)
    chosen = chosen + _resolve(extra, taken=[(a, b) for a, b, _, _ in chosen])
    spans = []
    for a, b, label, _ in chosen:
        a, b = _clean(text, a, b)
        if a < b:
            spans.append(Span(a, b, label, text[a:b]))
    spans.sort()
    out: list[Span] = []
    for sp in spans:  # final guard: never overlap
        if out and sp.start < out[-1].end:
            continue
        out.append(sp)
    return out
