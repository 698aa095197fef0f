"""People of an article: every named person once, with every title the article attaches.

Rules (GUIDELINES.md §3):

* a title (POS) belongs to a person when it is written next to the name, before or after it,
  separated only by commas, dashes, "là", "kiêm", an honorific (ông, bà, đồng chí …) or nothing;
  titles chained by commas ("A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy") all belong to A;
* between two names, a title written right before the second name (no comma) is the second
  person's; titles that follow the first name after a comma are the first person's;
* the same person written again (other case, honorific, or a clearly matching shorter form
  such as the given name) is one person;
* a title written alone that repeats or shortens one person's title ("Tổng Bí thư thông báo
  …") refers to that person: events count it as naming him or her;
* a title written alone that gives one person's title in other words, with words left out
  ("Đại sứ Hàn Quốc" of "Đại sứ Đặc mệnh toàn quyền Hàn Quốc tại Việt Nam") or the place
  added ("Chủ tịch UBND tỉnh Gia Lai" of "Chủ tịch UBND tỉnh"), is that person's title too.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span

HONORIFICS = ("đồng chí", "các đồng chí", "ông", "bà", "ngài", "anh", "chị", "quý ông", "quý bà",
              "phu nhân", "tiến sĩ", "ts.", "ts", "gs.", "gs", "pgs.", "ths.", "gs.ts", "pgs.ts",
              "samdech", "techo", "samdech techo", "cố", "tân", "akka moha sena padei techo",
              "dato’ sri", "dato' sri", "dato’", "dato'", "datuk seri", "datuk", "tan sri", "puan sri")
_HON = "|".join(sorted((re.escape(h) for h in HONORIFICS), key=len, reverse=True))
# A gap with no separator: only spaces and honorifics ("Bí thư Tỉnh ủy đồng chí X").
TIGHT_GAP = re.compile(r"^\s*(?:(?:%s)\s*)*$" % _HON, re.I)
# A gap with a separator: commas, dashes, "là", "kiêm", a short parenthesis, honorifics.
LOOSE_GAP = re.compile(
    r"^\s*(?:(?:,|-|–|—|:|\blà\b|\bkiêm\b|\([^()\n]{0,40}\)|(?:%s)(?!\w))\s*)*$" % _HON, re.I)
# A title followed by a reporting verb starts a new clause: it is that clause's subject.
SPEAKS = re.compile(r"\s+(?:khẳng định|cho biết|nhấn mạnh|đánh giá|bày tỏ|cảm ơn|cám ơn|đề nghị|"
                    r"chúc mừng|mong muốn|chia sẻ|nói|phát biểu|hoan nghênh|tin tưởng|ghi nhận|"
                    r"thông tin|giới thiệu|chào mừng|đề xuất|khẳng|trân trọng)\b", re.I)
LEADING_HONORIFIC = re.compile(r"^(?:(?:%s)\s+)+(?=\S)" % _HON, re.I)

# Forms of address that a tagger may tag alone as a name ("Dato’ Sri", "Tan Sri"): never a person.
ADDRESS_WORDS = frozenset({"dato", "dato’", "dato'", "datuk", "datin", "sri", "seri", "tan", "tun",
                           "puan", "samdech", "techo", "akka", "moha", "sena", "padei", "ngài",
                           "ông", "bà", "đồng", "chí", "ts", "ts.", "gs", "gs.", "pgs", "pgs.",
                           "ths", "ths.", "tiến", "sĩ", "h.e.", "mr", "mr.", "mrs", "mrs.", "ms", "ms."})
# Common nouns that open a phrase, never a name ("Lễ Ký kết", "Tỉnh Yamanashi", "Chuyến thăm").
COMMON_HEADS = frozenset({"lễ", "buổi", "cuộc", "chuyến", "tỉnh", "huyện", "xã", "thành phố",
                          "hội nghị", "ban", "bộ", "sở"})
# "Đoàn" is also a family name: it opens a common-noun phrase only before one of these words
# ("Đoàn Quân sự", "Đoàn Trưởng các cơ quan", "Đoàn Công tác").
DOAN_NOUNS = frozenset({"quân", "trưởng", "công", "đại", "cấp", "thanh niên", "nghệ", "ký"})
# Words and phrases of a headline, never of a name: an ALL-CAPS span holding one is a fragment
# of a headline ("TOÀN CẢNH CHUYẾN THĂM", "TĂNG CƯỜNG HƠN NỮA"), unlike a byline ("BẢO VY").
HEADLINE_WORDS = ("và", "của", "với", "hơn", "nữa", "tại", "các", "những", "cho", "trong", "đến",
                  "thăm", "chuyến", "hội đàm", "hội kiến", "tiếp", "làm việc", "hợp tác",
                  "quan hệ", "giao lưu", "tăng cường", "toàn cảnh", "quốc hội", "chính thức",
                  "mở rộng", "thúc đẩy", "ký kết")
_HEADLINE = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(map(re.escape, HEADLINE_WORDS)), re.I)
# A news-agency or photo credit glued to a name: "X TTXVN", "X TTXViệt Nam", "ẢNH: X".
AGENCY_TAIL = re.compile(r"(?:[\s/(–-]+(?:TTXVN|TTX\s*Việt\s*Nam|TTXViệt\s*Nam|VNA|Vietnam\+)\)?)+\s*$")
CREDIT_HEAD = re.compile(r"(?:ảnh|nguồn|photo)\s*:\s*", re.I)
# A title said of several people ("các đồng chí Ủy viên Ban Thường vụ", "Bí thư Tỉnh ủy các
# tỉnh"): it names no one person.
PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những|hai|ba|bốn|năm|\d+)\s+(?:đồng chí\s+|vị\s+|nhà\s+)?$", re.I)
PLURAL_AFTER = re.compile(r"\s+(?:các|những|hai|ba|\d+)\s", re.I)
# A title that is part of a meeting's name ("Hội nghị Bộ trưởng Ngoại giao ASEAN").
NAMES_A_MEETING = re.compile(r"(?<!\w)(?:hội nghị|hội thảo|diễn đàn|đối thoại|cuộc họp|cấp)\s+$", re.I)


def only_address(name: str) -> bool:
    """True when every word of the name is a form of address ("Dato", "Dato’ Sri", "Ts")."""
    words = norm(name).replace("’", "’ ").split()
    return bool(words) and all(w in ADDRESS_WORDS or w.rstrip("’'") in ADDRESS_WORDS for w in words)


def opens_with_common_noun(name: str) -> bool:
    """True when the name starts with a common noun, not a family name ("Lễ Ký",
    "Tỉnh Yamanashi", "Đoàn Quân" of "Đoàn Quân sự"); "Đoàn Văn Việt" stays a name."""
    words = norm(name).split()
    if not words:
        return False
    if words[0] in COMMON_HEADS or " ".join(words[:2]) in COMMON_HEADS:
        return True
    return words[0] == "đoàn" and len(words) == 2 and words[1] in DOAN_NOUNS


def headline_fragment(span: Span, places: frozenset[str]) -> bool:
    """True for an ALL-CAPS span that is part of a headline: it holds a function or trigger
    word, or it is written elsewhere in the text as a place or body ("VIỆT NAM")."""
    letters = [c for c in span.text if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return False
    return bool(_HEADLINE.search(span.text)) or norm(span.text) in places


def cut_credit(text: str, span: Span) -> Span:
    """The span without a news-agency credit glued to its end ("Augusto Morelli TTXVN") or a
    photo credit at its start ("ẢNH: BẮC BÌNH")."""
    start, end = span.start, span.end
    tail = AGENCY_TAIL.search(text, start, end)
    if tail and tail.start() > start:
        end = tail.start()
    head = CREDIT_HEAD.match(text, start, end)
    if head and head.end() < end:
        start = head.end()
    if (start, end) == (span.start, span.end):
        return span
    return Span(start, end, span.label, text[start:end], span.score)


def is_name(span: Span, places: frozenset[str] = frozenset()) -> bool:
    """Whether a PER span can name a person: it has a capital letter and is not only a form
    of address, a common-noun phrase or a headline fragment (``places``: the normalised
    LOC/ORG texts of the article)."""
    if not any(c.isupper() for c in span.text):
        return False
    return not (only_address(span.text) or opens_with_common_noun(span.text)
                or headline_fragment(span, places))


def person_spans(text: str, ents: Sequence[Span]) -> list[Span]:
    """The entities with tagger noise removed from PER spans: credits cut from names, spans
    that cannot name a person dropped."""
    places = frozenset(norm(e.text) for e in ents if e.label in ("LOC", "ORG"))
    out = []
    for e in ents:
        if e.label == "PER":
            e = cut_credit(text, e)
            if not is_name(e, places):
                continue
        out.append(e)
    return out


@lru_cache(maxsize=65536)  # the same names and titles are compared pairwise, again and again
def norm(s: str) -> str:
    """Comparison key: NFC, lower case, collapsed whitespace (EVALUATION.md)."""
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


@lru_cache(maxsize=65536)
def clean_name(name: str) -> str:
    """The name without a leading honorific a tagger may have included ("Ông X" -> "X")."""
    stripped = LEADING_HONORIFIC.sub("", name.strip())
    return stripped if stripped else name.strip()


# A line that ends with a comma or dash runs on to the next ("Ông A, Giám đốc Sở –\nB"); a dash
# that opens the next line is a list bullet ("(11-4-2008)\n- Bí thư X tiếp …"): a new item.
LINE_ENDS_WITH_SEPARATOR = re.compile(r"[,–\-][ \t]*\n")


def gap_kind(text: str, left: Span, right: Span) -> Optional[str]:
    """'tight' (nothing but spaces/honorifics), 'loose' (allowed separators) or None (broken)."""
    gap = text[left.end:right.start]
    if "\n" in gap and not LINE_ENDS_WITH_SEPARATOR.search(gap):
        return None
    if TIGHT_GAP.match(gap):
        return "tight"
    if LOOSE_GAP.match(gap):
        return "loose"
    return None


OPEN_BRACKET = re.compile(r"\([ \t]*$")
CLOSE_BRACKET = re.compile(r"[ \t]*\)")


def in_brackets(text: str, span: Span) -> bool:
    """Whether the span is all that a pair of brackets holds ("(UNDP)", "(Nhật Bản)"): an
    abbreviation or place added to the title before it, which leaves the title next to the
    name after it ("Tổng Giám đốc Chương trình Phát triển Liên hợp quốc (UNDP) Achim
    Steiner")."""
    return (OPEN_BRACKET.search(text, max(0, span.start - 8), span.start) is not None
            and CLOSE_BRACKET.match(text, span.end) is not None)


def title_groups(text: str, ents: Sequence[Span]) -> list[list[Span]]:
    """Runs of PER/POS spans joined by allowed gaps. ORG/LOC spans written between titles
    ("Chủ tịch Duma Quốc gia, Quốc hội Liên bang, Liên bang Nga X") are skipped over."""
    spans = sorted(e for e in ents if e.label in ("PER", "POS", "ORG", "LOC")
                   and not (e.label in ("ORG", "LOC") and in_brackets(text, e)))
    groups: list[list[Span]] = []
    current: list[Span] = []
    for s in spans:
        if current and gap_kind(text, current[-1], s) is None:
            groups.append(current)
            current = []
        current.append(s)
    if current:
        groups.append(current)
    out = []
    for g in groups:
        while g and g[-1].label in ("ORG", "LOC"):
            g = g[:-1]
        while g and g[0].label in ("ORG", "LOC"):
            g = g[1:]
        if any(s.label == "PER" for s in g):
            out.append(g)
    return out


# "Nhận lời mời của A, …": the invitation phrase ends with the inviter's name.
INVITED_BY = re.compile(r"lời mời của\s*$", re.I)


def attach_titles(text: str, group: Sequence[Span]) -> list[tuple[Span, list[Span]]]:
    """(PER, its POS spans) for each name of one group."""
    pers = [i for i, s in enumerate(group) if s.label == "PER"]
    owner: dict[int, int] = {}
    if len(pers) > 1 and INVITED_BY.search(text, max(0, group[0].start - 20), group[0].start):
        # "Nhận lời mời của Chủ tịch nước A, Tổng thống Iceland, ngài B đã thăm …": the
        # comma after the inviter opens the sentence's subject; its titles are B's.
        for j in range(pers[0] + 1, pers[1]):
            if group[j].label == "POS":
                owner[j] = pers[1]
    for k, p in enumerate(pers):
        prev_p = pers[k - 1] if k else -1
        for j in range(p - 1, prev_p, -1):
            if group[j].label != "POS":
                continue
            direct = all(gap_kind(text, group[i], group[i + 1]) == "tight" for i in range(j, p))
            if not (direct or prev_p < 0):
                break
            owner[j] = p
    for k, p in enumerate(pers):
        nxt = pers[k + 1] if k + 1 < len(pers) else len(group)
        has_prefix = any(owner.get(j) == p for j in range(p))
        for j in range(p + 1, nxt):
            if group[j].label != "POS" or j in owner:
                continue
            if has_prefix and j == nxt - 1 and SPEAKS.match(text, group[j].end):
                break  # "Tiếp Đại sứ X, Chủ tịch nước khẳng định": the title is the speaker
            owner[j] = p
    return [(group[p], [group[j] for j in sorted(owner) if owner[j] == p]) for p in pers]


LIST_COLON = re.compile(r"[ \t]*:[ \t]*")
LIST_END = re.compile(r"\.(?:\s|$)|\n")


def _list_start(text: str, title: Span) -> Optional[int]:
    """Where the list opened by a title with a colon starts, or None when no colon follows."""
    colon = LIST_COLON.match(text, title.end)
    return colon.end() if colon and colon.end() > title.end else None


def _starts_with_name(text: str, spans: Sequence[Span], at: int) -> bool:
    per = next((s for s in spans if s.label == "PER" and s.start >= at), None)
    return per is not None and bool(TIGHT_GAP.match(text[at:per.start]))


ITEM_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _item_of_names(text: str, spans: Sequence[Span], at: int) -> bool:
    """Whether the item at ``at`` continues a list whose items open with a name: it opens
    with a name, or with a title glued to its name that the item's own title then follows
    after a comma, as a rank is ("Đại tướng A, Bộ trưởng Bộ Quốc phòng")."""
    if _starts_with_name(text, spans, at):
        return True
    k = next((i for i, s in enumerate(spans) if s.start >= at), None)
    if k is None or spans[k].label != "POS" or text[at:spans[k].start].strip():
        return False
    while k < len(spans) and spans[k].label == "POS":
        if k + 1 == len(spans) or not TIGHT_GAP.match(text[spans[k].end:spans[k + 1].start]):
            return False
        k += 1
    if spans[k].label != "PER" or k + 1 == len(spans):
        return False
    comma = ITEM_COMMA.match(text, spans[k].end)
    return (comma is not None and spans[k + 1].label == "POS"
            and spans[k + 1].start == comma.end())


def _list_stop(text: str, spans: Sequence[Span], start: int, stop: int) -> int:
    """Where a colon list ends. Items that open with a name ("A, Phó Chủ tịch…; B, …";
    "Đại tướng C, Bộ trưởng …") run on over semicolons while each item opens so; items that
    open with a title ("Bộ trưởng Bộ Công an Tô Lâm và …") end at the first semicolon."""
    name_first = _starts_with_name(text, spans, start)
    for m in re.finditer(";", text[start:stop]):
        if not (name_first and _item_of_names(text, spans, start + m.end())):
            return start + m.start()
    return stop


def shared_titles(text: str, ents: Sequence[Span]) -> list[tuple[Span, list[Span]]]:
    """A title that opens a list with a colon belongs to every name of the list: "các đồng chí
    Ủy viên Ban Thường vụ Tỉnh ủy: A, Phó Chủ tịch UBND tỉnh; B, Trưởng Ban …" gives the
    standing-committee title to A and to B (one name alone is left to the usual rules)."""
    out = []
    spans = sorted(ents)
    heads = [(k, start) for k, t in enumerate(spans) if t.label == "POS"
             for start in [_list_start(text, t)] if start is not None]
    for n, (k, start) in enumerate(heads):
        title = spans[k]
        end = LIST_END.search(text, title.end)
        stop = end.start() if end else len(text)
        if n + 1 < len(heads):  # the next list ("…; Ủy viên Trung ương Đảng: …") starts there
            stop = min(stop, spans[heads[n + 1][0]].start)
        stop = _list_stop(text, spans, start, stop)
        names = [s for s in spans[k + 1:] if s.label == "PER" and s.end <= stop]
        if len(names) >= 2:
            out.append((title, names))
    return out


def same_person(short: str, full: str) -> bool:
    """A shorter written form of the same name: the trailing words ("Tuyến", "Văn Tuyến")
    or, for foreign names, the leading or trailing word ("Browne")."""
    s, f = norm(clean_name(short)).split(), norm(clean_name(full)).split()
    if not s or len(s) >= len(f):
        return False
    return f[-len(s):] == s or f[:len(s)] == s


# A name written in Latin letters only, as foreign names are ("Thongloun Sisoulith").
LATIN_NAME = re.compile(r"[A-Za-z\s\-'.]+")


def name_letters(name: str) -> list[str]:
    """The words of a name in lower case without accents or hyphens ("Bua phăn Li kai đa" →
    bua phan li kai da; "Byeong-Seug" → byeong seug): how spellings of one foreign name differ."""
    s = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", " ", s).split()


def truncation_of(short: str, full: str) -> bool:
    """``short`` is ``full`` cut off within or after its words ("Woo Won Sh" of "Woo Won Shik",
    "Miguel Diaz-Canel" of "Miguel Díaz-Canel Bermúdez")."""
    s, f = name_letters(short), name_letters(full)
    return (1 < len(s) <= len(f) and s != f and f[:len(s) - 1] == s[:-1]
            and f[len(s) - 1].startswith(s[-1]))


def _edits(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=65536)  # asked again and again for the same pairs while events are merged
def spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one foreign name in an article, at least one in Latin letters only:
    the same letters once accents, hyphens and spaces go ("Park Byeong-Seug", "Park Byeong
    Seug"), the same letters reordered ("Abe Shuichi", "Shui Chi Abe"), a truncation, or the
    same words each off by a letter or two ("Thongloun Sisoulith", "Thonglun Sisulith"). Two
    Vietnamese names (written with their marks) are never taken for one: "Chí"/"Thị" or
    "Vịnh"/"Minh" differ by a letter and name other people."""
    if norm(a) == norm(b) or not (LATIN_NAME.fullmatch(a) or LATIN_NAME.fullmatch(b)):
        return False
    ta, tb = name_letters(a), name_letters(b)
    ja, jb = "".join(ta), "".join(tb)
    if ja == jb or (len(ja) >= 8 and sorted(ja) == sorted(jb)):
        return True
    if truncation_of(a, b) or truncation_of(b, a):
        return True
    return len(ta) == len(tb) > 1 and all(
        x == y or (min(len(x), len(y)) >= 5 and _edits(x, y) <= 2) for x, y in zip(ta, tb))


def join_split_names(text: str, ents: Sequence[Span]) -> list[Span]:
    """The spans with two names written one after the other, only spaces between ("Pờ Rạ"
    "Nguôn Hông"), joined into one: annotators never tag two names that touch, so a tagger
    that does has split one name (a long foreign one) in two."""
    out: list[Span] = []
    for s in sorted(ents):
        prev = out[-1] if out else None
        if (prev is not None and prev.label == s.label == "PER"
                and re.fullmatch(r"[ \t]+", text[prev.end:s.start])):
            out[-1] = Span(prev.start, s.end, "PER", text[prev.start:s.end], min(prev.score, s.score))
        else:
            out.append(s)
    return out


ALIAS_GAP = re.compile(r"[ \t]*\([ \t]*")


def merge_aliases(text: str, pers: Sequence[Span], people: list[Person]) -> list[Person]:
    """A name followed by another in brackets is one person written twice: "Manuel Marrero
    Cruz (Ma-nu-en Ma-rê-rô Cờ-rút)", "Paul Chan Mo Po (Trần Mậu Ba)"; the bracketed form
    joins the person of the name before it."""
    owner = {id(m): p for p in people for m in p.mentions}
    for a, b in zip(pers, pers[1:]):
        if not (ALIAS_GAP.fullmatch(text, a.end, b.start) and text[b.end:b.end + 1] == ")"):
            continue
        first, alias = owner.get(id(a)), owner.get(id(b))
        if first is None or alias is None or first is alias:
            continue
        first.mentions.extend(alias.mentions)
        for m in alias.mentions:
            owner[id(m)] = first
        people = [p for p in people if p is not alias]
    return people


def link_people(text: str, ents: Sequence[Span]) -> list[Person]:
    """Every named person once, in order of first mention, with all attached titles."""
    ents = person_spans(text, join_split_names(text, ents))
    pairs: list[tuple[Span, list[Span]]] = []
    for group in title_groups(text, ents):
        pairs.extend(attach_titles(text, group))
    by_start = {per.start: titles for per, titles in pairs}
    pers = sorted(e for e in ents if e.label == "PER")
    for title, names in shared_titles(text, ents):
        for per in names:
            titles = by_start.setdefault(per.start, [])
            if title not in titles:
                titles.insert(0, title)
    people: list[Person] = []
    index: dict[str, Person] = {}
    # Longest forms first decide who is who; then shorter forms join a unique match.
    for per in sorted(pers, key=lambda s: (-len(clean_name(s.text).split()), s.start)):
        key = norm(clean_name(per.text))
        person = index.get(key)
        if person is None:
            matches = [p for p in people if same_person(per.text, p.name)]
            if len(matches) == 1 and len(norm(clean_name(per.text))) > 1:
                person = matches[0]
        if person is None:
            person = Person(clean_name(per.text))
            people.append(person)
        index[key] = person
        person.mentions.append(per)
    people = merge_aliases(text, pers, people)
    for person in people:
        person.mentions.sort()
        seen: set[str] = set()
        for m in person.mentions:
            for t in by_start.get(m.start, []):
                if norm(t.text) not in seen:
                    seen.add(norm(t.text))
                    person.positions.append(t.text)
    attached = {t.start for titles in by_start.values() for t in titles}
    attach_alone_titles(text, [e for e in ents if e.label == "POS" and e.start not in attached],
                        people)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def attach_alone_titles(text: str, titles: Sequence[Span], people: Sequence[Person]) -> None:
    """Give each title written without a name to the person it refers to. A title that
    repeats or shortens one person's title also names him wherever it is written (events
    count "Tổng Bí thư thông báo …" as naming him). A title that gives one person's title in
    other words (loose_title_owner), or that is matched only through such a title, is his
    title too, but is not taken as naming him in an event: it tells surely which office is
    meant, less surely that the sentence is about this person's doings (a list of older news,
    "cảm ơn Tỉnh trưởng … đã tới thăm")."""
    alone = [t for t in sorted(titles)
             if not (PLURAL_BEFORE.search(text, max(0, t.start - 25), t.start)
                     or PLURAL_AFTER.match(text, t.end))]
    loose = []
    for title in alone:
        owner = title_owner(people, title.text)
        if owner is None:
            loose.append(title)
            continue
        _add_position(owner, title.text)
        if not NAMES_A_MEETING.search(text, max(0, title.start - 20), title.start):
            owner.title_mentions.append(title)
    for title in loose:
        owner = title_owner(people, title.text) or loose_title_owner(people, title.text)
        if owner is not None:
            _add_position(owner, title.text)


def _add_position(person: Person, title: str) -> None:
    """Add a title to a person's list once (a title is listed once whatever its case)."""
    if norm(title) not in {norm(q) for q in person.positions}:
        person.positions.append(title)


def holders(people: Sequence[Person], title: str) -> list[Person]:
    """The people who hold ``title`` (normalised) or a longer form of it."""
    return [p for p in people
            if any(norm(q).startswith(title + " ") or norm(q) == title for q in p.positions)]


def title_owner(people: Sequence[Person], title: str) -> Optional[Person]:
    """The one person whose title a title written without a name ("Đại sứ", "Tổng lãnh sự
    Nhật Bản" in a headline) repeats or shortens ("Đại sứ" of "Đại sứ Úc tại Việt Nam");
    None when two people could be meant, also when another person holds a shorter form of
    it ("Bộ trưởng Ngoại giao" is not surely the "Bộ trưởng Ngoại giao Ấn Độ" when another
    person of the article is a "Bộ trưởng")."""
    t = norm(title)
    owners = holders(people, t)
    if len(owners) != 1:
        return None
    rivals = [p for p in people if p is not owners[0]
              and any(t.startswith(norm(q) + " ") for q in p.positions)
              and not holds_another(p, t)]
    return None if rivals else owners[0]


def loose_title_owner(people: Sequence[Person], title: str) -> Optional[Person]:
    """The one person whose title a title written without a name gives in other words, when
    no one holds it as such: it leaves words out of the title ("Đại sứ Hàn Quốc" of "Đại sứ
    Đặc mệnh toàn quyền Hàn Quốc tại Việt Nam", "Tổng thống Argentina" of "Tổng thống nước
    Cộng hòa Argentina") or, failing that, adds the place or body to it ("Chủ tịch UBND
    tỉnh Gia Lai" of the "Chủ tịch UBND tỉnh" written next to his name)."""
    t = norm(title)
    if holders(people, t):
        return None
    for fits in (leaves_words_out, adds_words):
        owners = [p for p in people if any(fits(t, norm(q)) for q in p.positions)
                  and not (fits is adds_words and added_words_of_another(people, p, t))]
        if owners:
            return owners[0] if len(owners) == 1 else None
    return None


def leaves_words_out(short: str, full: str) -> bool:
    """``short`` is ``full`` with words left out, the office word kept first ("đại sứ hàn
    quốc" of "đại sứ đặc mệnh toàn quyền hàn quốc tại việt nam")."""
    s, f = short.split(), full.split()
    if len(s) < 2 or len(s) >= len(f) or s[0] != f[0]:
        return False
    rest = iter(f)
    return all(w in rest for w in s)


def added_words_of_another(people: Sequence[Person], person: Person, title: str) -> bool:
    """Whether the words ``title`` adds to the person's own title ("anh" of "bộ trưởng quốc
    phòng anh" beside "bộ trưởng quốc phòng") stand in another person's titles: the office is
    then that other side's country's or place's ("Bộ trưởng Quốc phòng Anh" is not the
    Vietnamese minister's in an article with "Đại sứ Anh X"), not a fuller form of his own."""
    added = {title[len(norm(q)):].strip() for q in person.positions if adds_words(title, norm(q))}
    return any(a and f" {a} " in f" {norm(q)} " for o in people if o is not person
               for q in o.positions for a in added)


def adds_words(long: str, short: str) -> bool:
    """``long`` is ``short`` with words added after it ("chủ tịch ubnd tỉnh gia lai" of
    "chủ tịch ubnd tỉnh")."""
    return long.startswith(short + " ")


def holds_another(person: Person, title: str) -> bool:
    """Whether a person's titles say which office of that name he holds, and it is not
    ``title``: "Thủ tướng Australia" alone is not the "Thủ tướng" of an article that calls him
    "Thủ tướng Chính phủ" too."""
    short = [norm(q) for q in person.positions if title.startswith(norm(q) + " ")]
    return any(norm(q).startswith(s + " ") and not title.startswith(norm(q))
               for s in short for q in person.positions)
