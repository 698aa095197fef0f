"""Combine the tagger's spans with the rule-based labeller's.

The default is the trained tagger. ``fill`` adds a rule span only where the tagger found
nothing at all over those characters, so rules recover entities the model missed without
ever overriding a model decision; ``only`` is the rules alone, for side-by-side scores.
"""
from __future__ import annotations

from typing import Callable, Sequence

from vnmeet.inference.document import Span

RULE_MODES = ("none", "fill", "only")


def fill_gaps(model_spans: Sequence[Span], rule_spans: Sequence[Span]) -> list[Span]:
    """Model spans plus every rule span that overlaps none of them, sorted."""
    out = list(model_spans)
    for r in rule_spans:
        if not any(m.start < r.end and r.start < m.end for m in model_spans):
            out.append(r)
    return sorted(out)


def rule_labeller() -> Callable[[str], list[Span]]:
    """The weak labeller of vnmeet.training.weak, imported only when rules are used."""
    from vnmeet.training.weak.labeller import weak_label

    return weak_label


def combine(mode: str, text: str, model_spans: Sequence[Span]) -> list[Span]:
    """Spans for ``mode`` (one of RULE_MODES) on the clean ``text``."""
    if mode == "none":
        return list(model_spans)
    if mode not in RULE_MODES:
        raise ValueError(f"unknown rules mode {mode!r}; choose one of {', '.join(RULE_MODES)}")
    rules = rule_labeller()(text)
    return rules if mode == "only" else fill_gaps(model_spans, rules)
