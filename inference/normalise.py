"""Text clean-up with a map back to the original offsets.

Real articles arrive in NFD, with HTML entities, zero-width and control characters, CRLF and
non-breaking spaces. Every later step works on the clean text; entity offsets are mapped back
once, at the end, so ``original[start:end]`` is always the entity's text.
"""
from __future__ import annotations

import html
from array import array
import re
import unicodedata
from dataclasses import dataclass

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_DROP = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


@dataclass(frozen=True)
class CleanText:
    """Clean text plus, for each clean character, the original range it came from."""

    text: str
    starts: array  # array('q'): 8 bytes per character, where a tuple of ints costs ~36
    ends: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the clean span [start, end); the span must be non-empty."""
        return self.starts[start], self.ends[end - 1]


def _clean_char(ch: str) -> str:
    """What one (already NFC) character becomes: '' to drop, a space, or itself."""
    if ch in _DROP:
        return ""
    if ch == "\n":
        return ch
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Cf", "Zs", "Zl", "Zp", "Cs", "Co", "Cn"):
        return " "
    return ch


def normalise(original: str) -> CleanText:
    """NFC, HTML entities unescaped, CRLF/CR to LF, invisible characters dropped, other
    control and space characters to a plain space; offsets kept for every output char."""
    out: list[str] = []
    starts = array("q")
    ends = array("q")

    def emit(chunk: str, s: int, e: int) -> None:
        for ch in chunk:
            for c in _clean_char(ch):
                out.append(c)
                starts.append(s)
                ends.append(e)

    i, n = 0, len(original)
    while i < n:
        ch = original[i]
        if ch == "&":
            m = _ENTITY.match(original, i)
            if m and html.unescape(m.group()) != m.group():
                emit(unicodedata.normalize("NFC", html.unescape(m.group())), i, m.end())
                i = m.end()
                continue
        if ch == "\r":
            j = i + 2 if original.startswith("\r\n", i) else i + 1
            emit("\n", i, j)
            i = j
            continue
        # A base character and the combining marks after it compose as one NFC cluster.
        j = i + 1
        while j < n and unicodedata.combining(original[j]):
            j += 1
        emit(unicodedata.normalize("NFC", original[i:j]), i, j)
        i = j
    return CleanText("".join(out), starts, ends)


_TONE = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}
_TONE.update({k.capitalize(): v.capitalize() for k, v in list(_TONE.items())})
_TONE.update({k.upper(): v.upper() for k, v in list(_TONE.items()) if k.islower()})
_TONE_RE = re.compile("|".join(map(re.escape, sorted(_TONE, key=len, reverse=True))))


def tone_normalise(word: str) -> str:
    """Old-style tone placement ('ủy', 'hòa') as PhoBERT saw it in pre-training ('uỷ', 'hoà').

    Applied to the words fed to the tokenizer only; the text and offsets are untouched, and
    the replacement keeps the length, so alignment is unaffected."""
    return _TONE_RE.sub(lambda m: _TONE[m.group()], word)
