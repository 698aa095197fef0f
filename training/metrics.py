"""Scores exactly as ../shared/annotation/EVALUATION.md defines them.

One module serves ``vnmeet evaluate`` and the training loop, so the number a run reports is
the number a user reproduces. Entity scores use seqeval (strict IOB2) on per-character tag
sequences: spans are compared on character offsets, so tokenisation cannot change a score.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from seqeval.metrics import classification_report
from seqeval.scheme import IOB2

from vnmeet.inference.document import LABELS, Document, Span


@dataclass(frozen=True)
class PRF:
    """Precision, recall, F1 and the gold count (support) of one label or of the micro average."""

    precision: float
    recall: float
    f1: float
    support: int

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "support": self.support}


def prf(tp: int, n_pred: int, n_gold: int) -> PRF:
    """P/R/F1 from counts; empty denominators give 0 (nothing predicted is not perfect)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return PRF(p, r, f, n_gold)


def char_tags(length: int, spans: Iterable[Span]) -> list[str]:
    """IOB2 tag per character. Overlapping spans are not allowed by the guidelines; a later
    overlapping span is skipped rather than corrupting the earlier one."""
    tags = ["O"] * length
    for s in sorted(spans):
        if s.start < 0 or s.end > length or s.start >= s.end or tags[s.start] != "O":
            continue
        tags[s.start] = "B-" + s.label
        for i in range(s.start + 1, s.end):
            tags[i] = "I-" + s.label
    return tags


def entity_scores(gold: Sequence[Document], pred: Mapping[str, Document]) -> dict[str, PRF]:
    """Per-label and ``micro`` P/R/F1 of exact (start, end, label) matches, matched by id.

    A gold document without a prediction counts as predicting nothing."""
    y_true, y_pred = [], []
    for g in gold:
        p = pred.get(g.id) if g.id is not None else None
        y_true.append(char_tags(len(g.text), g.ents))
        y_pred.append(char_tags(len(g.text), p.ents if p is not None else []))
    report = classification_report(y_true, y_pred, mode="strict", scheme=IOB2,
                                   output_dict=True, zero_division=0)
    out: dict[str, PRF] = {}
    for label in LABELS:
        r = report.get(label)
        out[label] = (PRF(float(r["precision"]), float(r["recall"]), float(r["f1-score"]),
                           int(r["support"]))
                      if r else PRF(0.0, 0.0, 0.0, 0))
    m = report["micro avg"]
    out["micro"] = PRF(float(m["precision"]), float(m["recall"]), float(m["f1-score"]),
                       int(m["support"]))
    return out


def scores_to_dict(scores: Mapping[str, Any]) -> dict[str, Any]:
    """JSON-ready form of a nested score mapping."""
    return {k: (v.to_dict() if isinstance(v, PRF) else
                scores_to_dict(v) if isinstance(v, Mapping) else v) for k, v in scores.items()}
