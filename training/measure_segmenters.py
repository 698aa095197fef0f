"""Which word segmenter serves the tagger better? Measures, on gold documents, how many gold
entity boundaries each segmenter keeps (a span cut inside a word cannot be tagged at all),
how many words the tagger then sees, and the segmentation speed.

    python -m vnmeet.training.measure_segmenters data/hand_train.jsonl data/validation.jsonl
"""
from __future__ import annotations

import sys
import time
from collections import Counter

from vnmeet.inference.normalise import normalise
from vnmeet.inference.segment import SEGMENTERS, get_segmenter
from vnmeet.training.data import clean_spans, load_training_documents
from vnmeet.training.labels import spans_to_word_tags


def main(argv: list[str] | None = None) -> None:
    paths = argv if argv is not None else sys.argv[1:]
    docs = load_training_documents(paths)
    cleans = [normalise(d.text) for d in docs]
    spans = [clean_spans(c, d.ents) for c, d in zip(cleans, docs)]
    total = sum(len(s) for s in spans)
    print(f"{len(docs)} documents, {total} gold entities")
    print("| segmenter | entities kept | lost (by label) | words | seconds |")
    print("|---|---|---|---|---|")
    for name in SEGMENTERS:
        seg = get_segmenter(name)
        seg(cleans[0].text)  # load models before timing
        start = time.perf_counter()
        words = [seg(c.text) for c in cleans]
        seconds = time.perf_counter() - start
        lost: Counter[str] = Counter()
        for w, s in zip(words, spans):
            lost.update(sp.label for sp in spans_to_word_tags(w, s).misaligned)
        kept = 1 - sum(lost.values()) / total
        print(f"| {name} | {kept:.2%} | {dict(lost)} | {sum(map(len, words))} | {seconds:.1f} |")


if __name__ == "__main__":
    main()
