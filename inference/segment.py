"""Words for the tagger: units from the text, optionally joined by a Vietnamese word segmenter.

Units are runs of letters/digits or single punctuation marks, so every entity boundary that
the guidelines allow (word boundaries, punctuation left out) is a unit boundary. A segmenter
(underthesea or pyvi) may then join syllables into words (``Bộ_trưởng``) as PhoBERT expects;
it never changes the text, and when its output cannot be aligned to the units the units are
kept as they are, so nothing is dropped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

_UNIT = re.compile(r"[^\W_]+|\S")


@dataclass(frozen=True)
class Word:
    """A word of the clean text: ``text[start:end]`` with syllables joined by ``_`` in form."""

    start: int
    end: int
    form: str


def split_units(text: str, offset: int = 0) -> list[Word]:
    """Letter/digit runs and single punctuation characters, with offsets (+ ``offset``)."""
    return [Word(m.start() + offset, m.end() + offset, m.group()) for m in _UNIT.finditer(text)]


class Segmenter(Protocol):
    name: str

    def __call__(self, text: str) -> list[Word]:
        """Words of ``text`` in order, covering every non-space character exactly once."""
        ...


class UnitSegmenter:
    """No segmentation: each unit is a word. Fast, and exact on entity boundaries."""

    name = "none"

    def __call__(self, text: str) -> list[Word]:
        return split_units(text)


class LibrarySegmenter:
    """Joins units into the words a segmenter library finds, line by line."""

    def __init__(self, name: str, words_of: Callable[[str], Sequence[str]]):
        self.name = name
        self._words_of = words_of

    def __call__(self, text: str) -> list[Word]:
        out: list[Word] = []
        pos = 0
        for line in text.split("\n"):
            out.extend(self._segment_line(text, line, pos))
            pos += len(line) + 1
        return out

    def _segment_line(self, text: str, line: str, offset: int) -> list[Word]:
        units = split_units(line, offset)
        if len(units) < 2:
            return units
        word_of_char = self._word_ids(line)
        if word_of_char is None:
            return units
        # Map each unit to the segmenter word of its first and last non-space character.
        nonspace = [i for i, c in enumerate(line) if not c.isspace()]
        index_of = {pos: k for k, pos in enumerate(nonspace)}
        merged: list[Word] = []
        group: list[Word] = []
        group_id = None

        def flush() -> None:
            if group:
                merged.append(Word(group[0].start, group[-1].end,
                                   "_".join(w.form for w in group)))
                group.clear()

        for u in units:
            first = word_of_char[index_of[u.start - offset]]
            last = word_of_char[index_of[u.end - 1 - offset]]
            joinable = first == last and u.form.isalpha()
            if (joinable and group and first == group_id
                    and text[group[-1].end:u.start] == " "):
                group.append(u)
                continue
            flush()
            if joinable:
                group.append(u)
                group_id = first
            else:
                merged.append(u)
                group_id = None
        flush()
        return merged

    def _word_ids(self, line: str) -> list[int] | None:
        """Segmenter word id of each non-space char of ``line``; None if they disagree."""
        ids: list[int] = []
        chars: list[str] = []
        for k, word in enumerate(self._words_of(line)):
            for c in word.replace("_", " "):
                if not c.isspace():
                    chars.append(c)
                    ids.append(k)
        expected = [c for c in line if not c.isspace()]
        return ids if chars == expected else None


def _pyvi_words(line: str) -> list[str]:
    from pyvi import ViTokenizer

    return ViTokenizer.tokenize(line).split(" ")


def _underthesea_words(line: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(line)


SEGMENTERS = ("none", "pyvi", "underthesea")


def get_segmenter(name: str | None) -> Segmenter:
    """The segmenter called ``name`` (``none``/``pyvi``/``underthesea``); clear error otherwise."""
    if name in (None, "none", False):
        return UnitSegmenter()
    if name == "pyvi":
        return LibrarySegmenter("pyvi", _pyvi_words)
    if name == "underthesea":
        return LibrarySegmenter("underthesea", _underthesea_words)
    raise ValueError(f"unknown segmenter {name!r}; choose one of {', '.join(SEGMENTERS)}")
