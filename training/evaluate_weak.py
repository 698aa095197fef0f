"""Score the weak labeller against gold files (GUIDELINES.md entity offsets).

Usage: python -m vnmeet.training.evaluate_weak GOLD.jsonl [GOLD2.jsonl ...] [--errors N] [--ids FILE]

Prints per-label P/R/F1 with the project's own metric (vnmeet.training.metrics), so the
numbers are comparable with the neural tagger's. ``--errors`` lists false positives and
negatives to read (for drafts only: never tune on dev).
"""
from __future__ import annotations

import argparse
import json

from vnmeet.inference.document import Document
from vnmeet.training.metrics import entity_scores
from vnmeet.inference.rules.labeller import weak_label


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--label", default=None)
    ap.add_argument("--ids", default=None, help="score only the documents whose ids this file lists")
    a = ap.parse_args()
    gold = [Document.from_dict(json.loads(l)) for f in a.gold for l in open(f, encoding="utf-8")
            if l.strip()]
    if a.ids:
        keep = {l.strip() for l in open(a.ids, encoding="utf-8") if l.strip() and not l.startswith("#")}
        gold = [g for g in gold if g.id in keep]
    pred = {g.id: Document(g.id, g.text, ents=weak_label(g.text)) for g in gold}
    sc = entity_scores(gold, pred)
    print(f"{len(gold)} docs")
    for k, v in sc.items():
        print(f"{k:6s} P={v.precision:.3f} R={v.recall:.3f} F1={v.f1:.3f} n={v.support}")
    if a.errors:
        fp, fn = [], []
        for g in gold:
            gs = {(e.start, e.end, e.label) for e in g.ents}
            ps = {(e.start, e.end, e.label) for e in pred[g.id].ents}
            for s, e, l in ps - gs:
                if a.label in (None, l):
                    fp.append((l, g.text[s:e], g.text[max(0, s - 30):e + 30].replace("\n", " ")))
            for s, e, l in gs - ps:
                if a.label in (None, l):
                    fn.append((l, g.text[s:e], g.text[max(0, s - 30):e + 30].replace("\n", " ")))
        print("--- false positives"); [print(x) for x in fp[:a.errors]]
        print("--- false negatives"); [print(x) for x in fn[:a.errors]]


if __name__ == "__main__":
    main()
