"""Character-offset entities ⟷ word-level IOB2 tags.

Training labels words (the first subword carries the word's tag); a gold span whose edges
fall inside a word cannot be expressed and is reported, never silently moved.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Sequence

from vnmeet.inference.document import Span
from vnmeet.inference.segment import Word


@dataclass(frozen=True)
class WordTags:
    """IOB2 tag per word, and the spans that did not fall on word boundaries."""

    tags: list[str]
    misaligned: list[Span]


def spans_to_word_tags(words: Sequence[Word], spans: Sequence[Span]) -> WordTags:
    """Tag words inside each span; spans must use the same offsets as the words."""
    tags = ["O"] * len(words)
    starts = [w.start for w in words]
    ends = [w.end for w in words]
    misaligned: list[Span] = []
    for s in sorted(spans):
        first = bisect_left(starts, s.start)
        last = bisect_right(ends, s.end) - 1
        if (first >= len(words) or last < first or starts[first] != s.start
                or ends[last] != s.end or any(t != "O" for t in tags[first:last + 1])):
            misaligned.append(s)
            continue
        tags[first] = "B-" + s.label
        for i in range(first + 1, last + 1):
            tags[i] = "I-" + s.label
    return WordTags(tags, misaligned)


def word_tags_to_spans(text: str, words: Sequence[Word], tags: Sequence[str]) -> list[Span]:
    """The inverse of :func:`spans_to_word_tags` for valid IOB2 sequences."""
    spans: list[Span] = []
    first = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if first is not None and not tag.startswith("I-"):
            s, e = words[first].start, words[i - 1].end
            spans.append(Span(s, e, tags[first][2:], text[s:e]))
            first = None
        if tag.startswith("B-"):
            first = i
    return spans
