"""Score people linking and event grouping on gold entities (no tagger involved).

``python -m vnmeet.training.score_events GOLD.jsonl [GOLD2.jsonl …] [-v]`` runs
:func:`link_people` and :func:`group_events` on the gold entities of each article and prints
the people and event scores of EVALUATION.md; ``-v`` also prints each article's events.
"""
from __future__ import annotations

import json
import sys
from typing import Sequence

from vnmeet.inference.document import Document
from vnmeet.inference.events import group_events
from vnmeet.inference.people import link_people
from vnmeet.training.metrics import PRF, event_scores, people_scores


def load(paths: Sequence[str]) -> list[Document]:
    docs = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            docs.extend(Document.from_dict(json.loads(line)) for line in f if line.strip())
    return docs


def predict(gold: Document) -> Document:
    """A prediction that keeps the gold entities and rebuilds people and events from them."""
    people = link_people(gold.text, gold.ents)
    return Document(gold.id, gold.text, list(gold.ents), people,
                    group_events(gold.text, gold.ents, people))


def _fmt(v: object) -> str:
    if isinstance(v, PRF):
        return "P=%.3f R=%.3f F1=%.3f (n=%d)" % (v.precision, v.recall, v.f1, v.support)
    return "%.3f" % v if isinstance(v, float) else str(v)


def main(argv: Sequence[str] | None = None) -> dict[str, dict[str, object]]:
    args = list(sys.argv[1:] if argv is None else argv)
    verbose = "-v" in args
    gold = load([a for a in args if a != "-v"])
    pred = {g.id: predict(g) for g in gold}
    if verbose:
        for g in gold:
            print("==", g.id)
            for label, evs in (("gold", g.events), ("pred", pred[g.id].events)):
                for e in evs:
                    print("  %s %-20r %-15s %-14r %s %s" % (label, e.trigger, e.type, e.date, e.date_iso,
                          [p.name for p in e.participants]))
    scores = {"people": people_scores(gold, pred), "events": event_scores(gold, pred)}
    print("%d documents" % len(gold))
    for group, d in scores.items():
        for k, v in d.items():
            print("  %-8s %-14s %s" % (group, k, _fmt(v)))
    return scores


if __name__ == "__main__":
    main()
