"""Rule-based weak labeller for GUIDELINES.md entities (PER, POS, ORG, LOC, DATE).

Why rules, and why these: the labeller must work on articles it has never seen, so every
rule encodes how Vietnamese administrative/political language is written rather than any
particular article:

* Organisation and title names follow Vietnamese capitalisation: the first syllable of each
  compound is capitalised ("Bộ Ngoại giao", "Tòa án nhân dân Tối cao"), while a person's name
  capitalises every syllable and starts with a family name ("Bùi Thanh Sơn"). A title/body is
  therefore extended over capitalised compounds, places and "tỉnh X", and stops at a comma,
  a verb/function word, a date or the start of a name.
* Places, countries, named bodies, title heads and family names are facts, kept as data in
  ``gazetteers/*.txt``.
* Conflicts are resolved longest-first, so a body inside a title, or a place inside a body,
  is not tagged again (flat, non-overlapping spans as the guidelines require).

Entry point: :func:`weak_label`.
"""
from __future__ import annotations

from typing import Optional

from vnmeet.inference.document import Span

from .bodies import acronym_candidates, body_candidates, outlet_candidates
from .context import Ctx
from .lexicon import Cand
from .names import (alias_candidates, caps_name_candidates, context_name_candidates, credit_candidates,
                    join_adjacent_names, name_candidates)
from .patterns import DATE_PATTERNS, norm
from .places import place_candidates
from .titles import title_candidates, titles_over_bodies


def _dates(text: str) -> list[Cand]:
    out = []
    for pat in DATE_PATTERNS:
        for m in pat.finditer(text):
            g = "d" if "d" in pat.groupindex else 0
            out.append((m.start(g), m.end(g), "DATE", 5))
    return out


def _resolve(cands: list[Cand], taken: Optional[list[tuple[int, int]]] = None) -> list[Cand]:
    """Greedy longest-first (then higher priority) selection of non-overlapping spans."""
    chosen: list[Cand] = []
    occ = bytearray(max((c[1] for c in cands), default=0) + 1)
    for a, b in taken or []:
        for k in range(a, min(b, len(occ))):
            occ[k] = 1
    for cand in sorted(cands, key=lambda x: (-(x[1] - x[0]), -x[3], x[0])):
        a, b = cand[0], cand[1]
        if a >= b or any(occ[a:b]):
            continue
        for k in range(a, b):
            occ[k] = 1
        chosen.append(cand)
    return chosen


_STRIP = " \t\n\u00a0,.;:!?\"'“”‘’()[]…-–"


def _clean(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _STRIP:
        s += 1
    while e > s and text[e - 1] in _STRIP:
        e -= 1
    return s, e


def weak_label(text: str) -> list[Span]:
    """Label ``text`` with PER/POS/ORG/LOC/DATE spans following GUIDELINES.md.

    Returns sorted, non-overlapping spans with ``text[start:end] == span.text``; pure
    function (gazetteers are loaded once and cached)."""
    t = norm(text)
    c = Ctx(t)
    dates = _resolve(_dates(t))
    bodies, places = body_candidates(c), place_candidates(c)
    cands = (titles_over_bodies(c, title_candidates(c), bodies, places) + bodies + places + name_candidates(c)
             + acronym_candidates(c) + credit_candidates(c) + outlet_candidates(c) + caps_name_candidates(c))
    chosen = _resolve(cands, taken=[(a, b) for a, b, _, _ in dates]) + dates
    extra = context_name_candidates(c, chosen)
    chosen = join_adjacent_names(t, chosen + _resolve(extra, taken=[(a, b) for a, b, _, _ in chosen]))
    chosen = chosen + _resolve(alias_candidates(c, chosen), taken=[(a, b) for a, b, _, _ in chosen])
    spans = []
    for a, b, label, _ in chosen:
        a, b = _clean(text, a, b)
        if a < b:
            spans.append(Span(a, b, label, text[a:b]))
    spans.sort()
    out: list[Span] = []
    for sp in spans:  # final guard: never overlap
        if out and sp.start < out[-1].end:
            continue
        out.append(sp)
    return out
