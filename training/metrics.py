"""Scores exactly as ../shared/annotation/EVALUATION.md defines them.

One module serves ``vnmeet evaluate`` and the training loop, so the number a run reports is
the number a user reproduces. Entity scores use seqeval (strict IOB2) on per-character tag
sequences: spans are compared on character offsets, so tokenisation cannot change a score.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Optional, Sequence

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


# --- People and events (EVALUATION.md, "People" and "Events") --------------------------------

def _norm(s: Any) -> str:
    """NFC, lower case, whitespace collapsed; ``None`` becomes the empty string."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFC", str(s or "")).lower().split())


def _pairs(doc: Optional[Document]) -> set[tuple[str, str]]:
    if doc is None:
        return set()
    return {(_norm(p.name), _norm(t)) for p in doc.people for t in p.positions}


def _lenient_matches(gold: set[tuple[str, str]], pred: set[tuple[str, str]]) -> int:
    """Gold pairs matched by a predicted pair with the same name and one title containing the
    other; each predicted pair used at most once (exact matches are taken first)."""
    used: set[tuple[str, str]] = set()
    tp = 0
    for g in sorted(gold, key=lambda g: g not in pred):
        candidates = [p for p in sorted(pred) if p not in used and p[0] == g[0]
                      and (p[1] in g[1] or g[1] in p[1])]
        if g in pred and g not in used:
            candidates = [g]
        if candidates:
            used.add(candidates[0])
            tp += 1
    return tp


def people_scores(gold: Sequence[Document], pred: Mapping[str, Document]) -> dict[str, PRF]:
    """``pairs_exact``, ``pairs_lenient`` and ``names`` P/R/F1, micro over documents."""
    counts = {k: [0, 0, 0] for k in ("pairs_exact", "pairs_lenient", "names")}
    for g in gold:
        p = pred.get(g.id) if g.id is not None else None
        gp, pp = _pairs(g), _pairs(p)
        gn = {_norm(x.name) for x in g.people}
        pn = {_norm(x.name) for x in p.people} if p is not None else set()
        for key, tp, n_pred, n_gold in (("pairs_exact", len(gp & pp), len(pp), len(gp)),
                                        ("pairs_lenient", _lenient_matches(gp, pp), len(pp), len(gp)),
                                        ("names", len(gn & pn), len(pn), len(gn))):
            c = counts[key]
            c[0] += tp
            c[1] += n_pred
            c[2] += n_gold
    return {k: prf(*c) for k, c in counts.items()}


def _names(event: Any) -> set[str]:
    return {_norm(p.name) for p in event.participants}


def event_pair_score(gold_event: Any, pred_event: Any) -> float:
    """Jaccard of participant names when the gold event names participants (0 without a shared
    name); otherwise 0.5 when they share an organisation and the trigger text, else 0."""
    g, p = _names(gold_event), _names(pred_event)
    if g:
        shared = g & p
        return len(shared) / len(g | p) if shared else 0.0
    g_orgs = {_norm(o) for o in gold_event.organisations}
    p_orgs = {_norm(o) for o in pred_event.organisations}
    if g_orgs & p_orgs and _norm(gold_event.trigger) == _norm(pred_event.trigger):
        return 0.5
    return 0.0


def pair_events(gold_events: Sequence[Any], pred_events: Sequence[Any]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing by descending score (ties: document order)."""
    scored = [(-event_pair_score(g, p), i, j) for i, g in enumerate(gold_events)
              for j, p in enumerate(pred_events)]
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for neg, i, j in sorted(scored):
        if neg >= 0:
            break
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _date_ok(g: Any, p: Any) -> bool:
    if p.date is not None and _norm(p.date) == _norm(g.date):
        return True
    return g.date_iso is not None and p.date_iso == g.date_iso


def event_scores(gold: Sequence[Document], pred: Mapping[str, Document]) -> dict[str, Any]:
    """``events`` and ``participants`` (PRF), ``date_accuracy`` and ``type_accuracy`` (floats)."""
    ev = [0, 0, 0]
    part = [0, 0, 0]
    dated = dated_ok = typed_ok = 0
    for gdoc in gold:
        pdoc = pred.get(gdoc.id) if gdoc.id is not None else None
        gev, pev = gdoc.events, (pdoc.events if pdoc is not None else [])
        pairs = pair_events(gev, pev)
        ev[0] += len(pairs)
        ev[1] += len(pev)
        ev[2] += len(gev)
        part[1] += sum(len(_names(p)) for p in pev)
        part[2] += sum(len(_names(g)) for g in gev)
        for i, j in pairs:
            g, p = gev[i], pev[j]
            part[0] += len(_names(g) & _names(p))
            if g.date is not None:
                dated += 1
                dated_ok += _date_ok(g, p)
            typed_ok += g.type == p.type
    return {"events": prf(*ev), "participants": prf(*part),
            "date_accuracy": dated_ok / dated if dated else 0.0,
            "type_accuracy": typed_ok / ev[0] if ev[0] else 0.0}
