"""Pack a document's words into model windows of at most ``max_length`` subword tokens.

Whole sentences are packed together; a sentence too long for one window is split into
overlapping chunks. Every word lands in at least one window, so no text is ever dropped or
truncated; where windows overlap, a word takes its prediction from the window in which it has
the most context on both sides.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from vnmeet.inference.segment import Word

_SENTENCE_END = frozenset(".!?…;")


@dataclass(frozen=True)
class Window:
    """Words ``first..first+len(word_pieces)-1`` of a document and their subword ids."""

    first: int
    word_pieces: tuple[tuple[int, ...], ...]

    @property
    def n_tokens(self) -> int:
        return sum(len(p) for p in self.word_pieces)

    def context(self, k: int) -> int:
        """How many words the k-th word of the window has on its poorer side."""
        return min(k, len(self.word_pieces) - 1 - k)


def sentence_spans(text: str, words: Sequence[Word]) -> list[tuple[int, int]]:
    """[start, end) word index ranges of sentences: a break after . ! ? … ; and at new lines."""
    spans: list[tuple[int, int]] = []
    start = 0
    for i, w in enumerate(words):
        last = i + 1 == len(words)
        if last or w.form in _SENTENCE_END or "\n" in text[w.end:words[i + 1].start]:
            spans.append((start, i + 1))
            start = i + 1
    return spans


def make_windows(text: str, words: Sequence[Word],
                 piece_ids: Callable[[str], tuple[int, ...]],
                 max_length: int = 256, overlap: int = 32) -> list[Window]:
    """Windows over ``words``, each at most ``max_length`` tokens including <s> and </s>."""
    budget = max_length - 2
    if budget < 2:
        raise ValueError("max_length must leave room for at least two subword tokens")
    pieces = [piece_ids(w.form)[:budget] for w in words]
    windows: list[Window] = []
    cur_first, cur_len = 0, 0

    def close(end: int) -> None:
        nonlocal cur_first, cur_len
        if end > cur_first:
            windows.append(Window(cur_first, tuple(pieces[cur_first:end])))
        cur_first, cur_len = end, 0

    for s, e in sentence_spans(text, words):
        size = sum(len(p) for p in pieces[s:e])
        if cur_len + size <= budget:
            cur_len += size
            continue
        close(s)
        if size <= budget:
            cur_len = size
            continue
        for a, b in _chunks(pieces, s, e, budget, overlap):
            windows.append(Window(a, tuple(pieces[a:b])))
        cur_first, cur_len = e, 0
    close(len(words))
    return windows


def _chunks(pieces: Sequence[tuple[int, ...]], s: int, e: int, budget: int,
            overlap: int) -> list[tuple[int, int]]:
    """Overlapping [a, b) word ranges of a long sentence, each within ``budget`` tokens."""
    out: list[tuple[int, int]] = []
    a = s
    while True:
        b, size = a, 0
        while b < e and size + len(pieces[b]) <= budget:
            size += len(pieces[b])
            b += 1
        out.append((a, b))
        if b >= e:
            return out
        # Step back so that about ``overlap`` tokens are seen again, always moving forward.
        back, k = 0, b
        while k - 1 > a + 1 and back + len(pieces[k - 1]) <= overlap:
            k -= 1
            back += len(pieces[k])
        a = k


def best_window_of_words(windows: Sequence[Window], n_words: int) -> list[tuple[int, int]]:
    """For each word, (window index, position in window) of its best-context window."""
    best: list[tuple[int, int, int]] = [(-1, -1, -1)] * n_words
    for wi, win in enumerate(windows):
        for k in range(len(win.word_pieces)):
            ctx = win.context(k)
            if ctx > best[win.first + k][2]:
                best[win.first + k] = (wi, k, ctx)
    return [(wi, k) for wi, k, _ in best]
