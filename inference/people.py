"""People of an article: every named person once, with every title the article attaches.

Rules (GUIDELINES.md §3):

* a title (POS) belongs to a person when it is written next to the name, before or after it,
  separated only by commas, dashes, "là", "kiêm", an honorific (ông, bà, đồng chí …) or nothing;
  titles chained by commas ("A, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy") all belong to A;
* between two names, a title written right before the second name (no comma) is the second
  person's; titles that follow the first name after a comma are the first person's;
* the same person written again (other case, honorific, or a clearly matching shorter form
  such as the given name) is one person.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span

HONORIFICS = ("đồng chí", "các đồng chí", "ông", "bà", "ngài", "anh", "chị", "quý ông", "quý bà",
              "phu nhân", "tiến sĩ", "ts.", "ts", "gs.", "gs", "pgs.", "ths.", "gs.ts", "pgs.ts",
              "samdech", "techo", "samdech techo", "cố", "tân")
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


def norm(s: str) -> str:
    """Comparison key: NFC, lower case, collapsed whitespace (EVALUATION.md)."""
    return " ".join(unicodedata.normalize("NFC", s).lower().split())


def clean_name(name: str) -> str:
    """The name without a leading honorific a tagger may have included ("Ông X" -> "X")."""
    stripped = LEADING_HONORIFIC.sub("", name.strip())
    return stripped if stripped else name.strip()


def gap_kind(text: str, left: Span, right: Span) -> Optional[str]:
    """'tight' (nothing but spaces/honorifics), 'loose' (allowed separators) or None (broken)."""
    gap = text[left.end:right.start]
    if "\n" in gap and not re.search(r"[,–\-]", gap):
        return None
    if TIGHT_GAP.match(gap):
        return "tight"
    if LOOSE_GAP.match(gap):
        return "loose"
    return None


def title_groups(text: str, ents: Sequence[Span]) -> list[list[Span]]:
    """Runs of PER/POS spans joined by allowed gaps. ORG/LOC spans written between titles
    ("Chủ tịch Duma Quốc gia, Quốc hội Liên bang, Liên bang Nga X") are skipped over."""
    spans = sorted(e for e in ents if e.label in ("PER", "POS", "ORG", "LOC"))
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


def attach_titles(text: str, group: Sequence[Span]) -> list[tuple[Span, list[Span]]]:
    """(PER, its POS spans) for each name of one group."""
    pers = [i for i, s in enumerate(group) if s.label == "PER"]
    owner: dict[int, int] = {}
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


def same_person(short: str, full: str) -> bool:
    """A shorter written form of the same name: the trailing words ("Tuyến", "Văn Tuyến")
    or, for foreign names, the leading or trailing word ("Browne")."""
    s, f = norm(clean_name(short)).split(), norm(clean_name(full)).split()
    if not s or len(s) >= len(f):
        return False
    return f[-len(s):] == s or f[:len(s)] == s


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


def link_people(text: str, ents: Sequence[Span]) -> list[Person]:
    """Every named person once, in order of first mention, with all attached titles."""
    ents = join_split_names(text, ents)
    pairs: list[tuple[Span, list[Span]]] = []
    for group in title_groups(text, ents):
        pairs.extend(attach_titles(text, group))
    by_start = {per.start: titles for per, titles in pairs}
    pers = sorted(e for e in ents if e.label == "PER")
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
    for person in people:
        person.mentions.sort()
        seen: set[str] = set()
        for m in person.mentions:
            for t in by_start.get(m.start, []):
                if norm(t.text) not in seen:
                    seen.add(norm(t.text))
                    person.positions.append(t.text)
    attached = {t.start for titles in by_start.values() for t in titles}
    for title in sorted(e for e in ents if e.label == "POS" and e.start not in attached):
        add_title_said_elsewhere(people, title.text)
    people.sort(key=lambda p: p.mentions[0].start)
    return people


def add_title_said_elsewhere(people: Sequence[Person], title: str) -> None:
    """A title written without a name ("Đại sứ", "Tổng lãnh sự Nhật Bản" in a headline)
    belongs to the one person whose title it shortens ("Đại sứ" of "Đại sứ Úc tại Việt Nam");
    with two candidates it stays unassigned."""
    t = norm(title)
    owners = [p for p in people
              if any(norm(q).startswith(t + " ") or norm(q) == t for q in p.positions)]
    if len(owners) == 1 and t not in {norm(q) for q in owners[0].positions}:
        owners[0].positions.append(title)
