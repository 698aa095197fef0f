"""Word tag scores → entity spans. Pure functions shared by extraction and evaluation.

Decoding is constrained to valid IOB2 (no I-X after O or after another label), by Viterbi
over the tagger's log-probabilities, so a stray I- never opens or glues entities; spans are
then trimmed of punctuation at either end, as the guidelines require.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from vnmeet.inference.document import LABELS


def iob2_labels(labels: Sequence[str] = LABELS) -> list[str]:
    """The tag inventory: O, then B-/I- per entity label."""
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in ("B", "I")]


def _allowed(tags: Sequence[str]) -> np.ndarray:
    """allowed[i, j]: may tag j follow tag i under IOB2?"""
    n = len(tags)
    ok = np.ones((n, n), dtype=bool)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            for i, s in enumerate(tags):
                ok[i, j] = s[2:] == t[2:] and s != "O"
    return ok


def viterbi_iob2(log_probs: np.ndarray, tags: Sequence[str]) -> list[int]:
    """Best valid IOB2 tag sequence for a (words × tags) matrix of log-probabilities."""
    n_words = log_probs.shape[0]
    if n_words == 0:
        return []
    allowed = _allowed(tags)
    start_ok = np.array([not t.startswith("I-") for t in tags])
    trans = np.where(allowed, 0.0, -np.inf)
    score = np.where(start_ok, log_probs[0], -np.inf)
    back = np.zeros((n_words, len(tags)), dtype=np.int64)
    for i in range(1, n_words):
        cand = score[:, None] + trans
        back[i] = cand.argmax(axis=0)
        score = cand.max(axis=0) + log_probs[i]
    path = [int(score.argmax())]
    for i in range(n_words - 1, 0, -1):
        path.append(int(back[i, path[-1]]))
    return path[::-1]


@dataclass(frozen=True)
class WordSpan:
    """Entity over words [first, last] (inclusive) with the mean probability of its tags."""

    first: int
    last: int
    label: str
    score: float


def tags_to_word_spans(tag_ids: Sequence[int], tags: Sequence[str],
                       probs: np.ndarray | None = None) -> list[WordSpan]:
    """Group an IOB2 tag sequence into spans (a dangling I- starts a span, defensively)."""
    spans: list[WordSpan] = []
    cur: list[int] = []
    label = ""

    def close() -> None:
        if cur:
            score = float(np.mean([probs[i, tag_ids[i]] for i in cur])) if probs is not None else 1.0
            spans.append(WordSpan(cur[0], cur[-1], label, score))
            cur.clear()

    for i, t in enumerate(tag_ids):
        tag = tags[t]
        if tag == "O":
            close()
        elif tag.startswith("B-") or tag[2:] != label or not cur:
            close()
            label = tag[2:]
            cur.append(i)
        else:
            cur.append(i)
    close()
    return spans


def is_punctuation(form: str) -> bool:
    """True for a unit made only of punctuation/symbols (no letter or digit)."""
    return not any(c.isalnum() for c in form)


def trim_punctuation(span: WordSpan, forms: Sequence[str]) -> WordSpan | None:
    """Drop punctuation words at either end; None if nothing is left."""
    first, last = span.first, span.last
    while first <= last and is_punctuation(forms[first]):
        first += 1
    while last >= first and is_punctuation(forms[last]):
        last -= 1
    if first > last:
        return None
    return WordSpan(first, last, span.label, span.score)
