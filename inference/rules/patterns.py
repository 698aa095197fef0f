"""Low-level building blocks of the weak labeller: gazetteer loading, text normalisation,
token helpers and the DATE regexes.

Kept apart from ``labeller.py`` so the rules there read as rules, and so the facts (word
lists) live as data in ``gazetteers/*.txt`` rather than as code.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

# ---------------------------------------------------------------------------------------
# Gazetteers
# ---------------------------------------------------------------------------------------


def _gazetteer_dir() -> Path:
    """Directory of the word lists; importlib.resources first so an installed wheel works."""
    try:
        return Path(str(resources.files("vnmeet.inference.rules") / "gazetteers"))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - running from a checkout
        return Path(__file__).with_name("gazetteers")


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``gazetteers/<name>.txt``: one per line, ``#`` starts a comment, blanks skipped.

    Entries are normalised with :func:`norm` so that spelling variants (ủy/uỷ, hòa/hoà) in
    the text match a single listed form, and an entry with a dash between two names also
    matches the other dashes outlets type ("Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu",
    "Bà Rịa-Vũng Tàu")."""
    path = _gazetteer_dir() / f"{name}.txt"
    out: list[str] = []
    seen: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if not line:
            continue
        for form in _dash_forms(norm(line)):
            if form not in seen:
                seen.add(form)
                out.append(form)
    return tuple(out)


_DASH_RE = re.compile(r" ?[-–] ?")


def _dash_forms(entry: str) -> list[str]:
    """The entry as written, then with each other dash style between two words."""
    if not re.search(r"\w ?[-–] ?\w", entry) or entry.count("-") + entry.count("–") > 1:
        return [entry]
    forms = [entry] + [_DASH_RE.sub(d, entry) for d in (" - ", " – ", "-", "–")]
    return list(dict.fromkeys(forms))


# ---------------------------------------------------------------------------------------
# Normalisation (length-preserving, so offsets into the normalised text are offsets into
# the original one)
# ---------------------------------------------------------------------------------------

# Old-style vs new-style tone placement: "uỷ"/"ủy", "hoà"/"hòa". Both spellings occur in the
# same outlets; we fold every text and every gazetteer entry onto one style.
_TONE_FOLD = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
    "Oà": "Òa", "Oá": "Óa", "Uỷ": "Ủy", "Uý": "Úy",
}
_TONE_RE = re.compile("|".join(sorted(_TONE_FOLD, key=len, reverse=True)))


# Some outlets type the Icelandic eth (Ð, U+00D0) for Đ: "Ðảng Cộng sản".
_ETH = str.maketrans("Ðð", "Đđ")


def norm(text: str) -> str:
    """Fold tone-mark placement variants; same length as the input (checked by tests)."""
    # "quý" (quarter) must stay: "qu" is the onset there, so only fold "uý" not after q.
    def rep(m: re.Match) -> str:
        s = m.group()
        if m.start() > 0 and text[m.start() - 1] in "qQ":
            return s
        return _TONE_FOLD[s]
    return _TONE_RE.sub(rep, text).translate(_ETH)


# ---------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------

TOKEN_RE = re.compile(r"\w+(?:[-&]\w+)*")

# A Vietnamese syllable: onset + rhyme. Used to tell Vietnamese words (which can continue an
# organisation name: "Ngoại", "Tối cao") from foreign ones ("Vladimir", "Australia"), which
# in a title/body position are either in the gazetteers or start a person's name.
_V = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
VIET_SYLLABLE_RE = re.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx])?[{_V}]{{1,3}}"
    r"(?:ng|nh|ch|[cmnpt])?", re.IGNORECASE)


def is_viet_syllable(word: str) -> bool:
    """True when every hyphen-separated part of ``word`` is a well-formed Vietnamese syllable."""
    return all(VIET_SYLLABLE_RE.fullmatch(p) is not None for p in word.split("-"))


def is_cap(word: str) -> bool:
    """Capitalised word (first letter upper case)."""
    return bool(word) and word[0].isupper()


def is_acronym(word: str) -> bool:
    """All-caps word of 2+ letters, digits allowed (UBND, TTXVN, VOV5, G20)."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) or (
        len(word) >= 2 and word[0].isupper() and word[1:].isdigit())


# ---------------------------------------------------------------------------------------
# DATE
# ---------------------------------------------------------------------------------------

_D = r"(?:0?[1-9]|[12]\d|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:1[89]\d\d|20\d\d)"
_SEP = r"[/.\-]"
_DASH = r"\s*[-–—]\s*"
_ROMAN = r"(?:IV|I{1,3}|[1-4])"
_MONTH_WORD = r"(?:Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|Mười(?: một| hai| Một| Hai)?|Giêng|Chạp)"

# d/m/y, d/m, with an optional dash range in front of either part.
_DMY = rf"{_D}{_SEP}{_M}{_SEP}(?:{_Y}|\d\d)"
_DM_SLASH = rf"{_D}/{_M}"
_DM_ANY = rf"{_D}[/.\-]{_M}"
# Words after a number that make it a count or an amount, not a date ("2000 tỷ", "3.5 triệu").
_UNITS = r"tỷ|triệu|nghìn|ngàn|km|ha|tấn"

DATE_PATTERNS: list[re.Pattern] = [
    # crawler / ISO dates: 2025-08-13, 2022-10
    re.compile(rf"(?<![\w/.\-]){_Y}-[01]\d(?:-[0-3]\d)?(?![\w/\-])"),
    # "ngày 11 - 15.6", "ngày 30/4-1/5", "ngày 8 – 9/11/2017", "ngày 5/2/1945", "ngày 3.11"
    re.compile(rf"[Nn]gày\s+{_D}(?:{_SEP}{_M})?(?:{_SEP}{_Y})?{_DASH}{_D}{_SEP}{_M}(?:{_SEP}{_Y})?(?![\w/])"),
    re.compile(rf"[Nn]gày\s+{_D}{_SEP}{_M}(?:{_SEP}(?:{_Y}|\d\d))?(?![\w/]|\.\d)"),
    re.compile(rf"[Nn]gày\s+{_D}\s+tháng\s+{_M}(?:\s+năm\s+{_Y})?(?!\w)"),
    # "ngày 8" only when followed by a range word ("từ ngày 8 đến 10/1")
    re.compile(rf"[Nn]gày\s+{_D}(?=\s+(?:đến|và|tới)\s+(?:ngày\s+)?\d)"),
    # bare full dates and ranges: 5/9/1962 - 5/9/2017, 14-18/10, 22-23/11, 02/01/2017
    re.compile(rf"(?<![\w/.\-]){_DMY}(?:{_DASH}{_DMY})?(?![\w/]|\.\d)"),
    re.compile(rf"(?<![\w/.\-]){_D}(?:{_SEP}{_M})?{_DASH}{_D}/{_M}(?:/{_Y})?(?![\w/]|\.\d)"),
    re.compile(rf"(?<![\w/.\-,]){_DM_SLASH}(?:/{_Y})?(?![\w/]|[.,]\d)"),
    # bare d.m / d-m only right after a part-of-day word or an opening bracket ("Sáng 27.2")
    re.compile(rf"(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Hh]ôm)(?: nay| qua)?,?\s+(?P<d>{_DM_ANY}(?:[.\-]{_Y})?)(?![\w/]|[.,]\d)"),
    # the end of a range written with words: "từ ngày 24 đến 25-10"
    re.compile(rf"(?:đến|tới)\s+(?P<d>{_D}[.\-]{_M}(?:[.\-]{_Y})?)(?![\w/%]|[.,]\d|\s*(?:lần|{_UNITS})(?!\w))"),
    re.compile(rf"(?<=\(){_DM_ANY}(?:[.\-/]{_Y})?(?=\))"),
    # months: "tháng 8/2023", "tháng 12.2025", "tháng 6-2018", "tháng 8 năm 2023", "tháng Ba"
    re.compile(rf"[Tt]háng\s+{_M}(?:{_SEP}{_Y}(?:{_DASH}{_M}{_SEP}{_Y})?|\s+năm\s+{_Y})?(?![\w/]|[.,]\d)"),
    # bare months only in brackets or as a range: "(7/2015)", "(9/1973 – 9/2023)"
    re.compile(rf"(?<=\(){_M}/{_Y}(?:{_DASH}{_M}/{_Y})?(?=\))"),
    re.compile(rf"(?<![\w/.\-]){_M}/{_Y}{_DASH}{_M}/{_Y}(?![\w/])"),
    re.compile(rf"[Tt]háng\s+{_MONTH_WORD}(?:\s+năm\s+{_Y})?(?!\w)"),
    # quarters: "quý I/2024", "quý 4/2025"
    re.compile(rf"[Qq]uý\s+{_ROMAN}(?:{_SEP}{_Y}|\s+năm\s+{_Y})?(?!\w)"),
    # years: "năm 2024", year ranges "2021 - 2025", "năm 2021-2025"
    re.compile(rf"(?:[Nn]ăm\s+)?(?<![\w/.\-]){_Y}{_DASH}{_Y}(?![\w/])"),
    re.compile(rf"[Nn]ăm\s+{_Y}(?![\w/]|[.,]\d)"),
    # a bare year ("APEC 2017", "Tết Bính Ngọ 2026", "(1993)"), unless it counts something
    re.compile(rf"(?<![\w/.\-,:]){_Y}(?![\w/\-:]|[.,]\d|\s+(?:người|{_UNITS}|"
               r"USD|đồng|lượt|học|trẻ|hộ|em|cán)(?!\w))"),
    # DATE group "d" (when present) is the span; the rest is context that stays outside.
    # "Thứ hai, 5-5-25" page dates
    re.compile(rf"(?<![\w/.\-]){_D}-{_M}-\d\d(?![\w/\-])"),
]
