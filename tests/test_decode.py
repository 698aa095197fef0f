import numpy as np

from vnmeet.inference.decode import (WordSpan, iob2_labels, tags_to_word_spans,
                                     trim_punctuation, viterbi_iob2)

TAGS = iob2_labels()


def _probs(rows):
    m = np.full((len(rows), len(TAGS)), 0.01)
    for i, t in enumerate(rows):
        m[i, TAGS.index(t)] = 0.9
    return m / m.sum(axis=1, keepdims=True)


def test_viterbi_never_starts_an_entity_with_I():
    p = _probs(["O", "I-PER", "I-PER", "O"])
    path = [TAGS[i] for i in viterbi_iob2(np.log(p), TAGS)]
    for prev, cur in zip(["O"] + path, path):
        if cur.startswith("I-"):
            assert prev[2:] == cur[2:]


def test_viterbi_keeps_a_valid_argmax_path():
    rows = ["B-POS", "I-POS", "B-PER", "I-PER", "O", "B-DATE"]
    p = _probs(rows)
    assert [TAGS[i] for i in viterbi_iob2(np.log(p), TAGS)] == rows


def test_label_clash_inside_entity_is_resolved_to_one_label():
    p = _probs(["B-ORG", "I-LOC", "I-ORG"])
    path = [TAGS[i] for i in viterbi_iob2(np.log(p), TAGS)]
    spans = tags_to_word_spans([TAGS.index(t) for t in path], TAGS)
    assert all(s.label in ("ORG", "LOC") for s in spans)
    assert sum(s.last - s.first + 1 for s in spans) <= 3


def test_spans_and_scores():
    rows = ["B-POS", "I-POS", "B-PER", "O"]
    p = _probs(rows)
    spans = tags_to_word_spans([TAGS.index(t) for t in rows], TAGS, p)
    assert [(s.first, s.last, s.label) for s in spans] == [(0, 1, "POS"), (2, 2, "PER")]
    assert 0.5 < spans[0].score <= 1.0


def test_trim_punctuation():
    forms = ["(", "Trung", "Quốc", ")"]
    assert trim_punctuation(WordSpan(0, 3, "LOC", 1.0), forms) == WordSpan(1, 2, "LOC", 1.0)
    assert trim_punctuation(WordSpan(0, 0, "LOC", 1.0), forms) is None
