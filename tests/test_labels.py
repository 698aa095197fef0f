from helpers import spans

from vnmeet.inference.document import Span
from vnmeet.inference.segment import get_segmenter
from vnmeet.training.labels import spans_to_word_tags, word_tags_to_spans

TEXT = "Ngày 3/4, Bộ trưởng Trần Văn An (Việt Nam) thăm Lào."


def test_round_trip_on_units_and_segmented_words():
    gold = spans(TEXT, ("DATE", "Ngày 3/4"), ("POS", "Bộ trưởng"), ("PER", "Trần Văn An"),
                  ("LOC", "Việt Nam"), ("LOC", "Lào"))
    for name in ("none", "pyvi"):
        words = get_segmenter(name)(TEXT)
        wt = spans_to_word_tags(words, gold)
        assert wt.misaligned == []
        assert wt.tags[0] == "B-DATE"
        assert word_tags_to_spans(TEXT, words, wt.tags) == gold


def test_span_cut_inside_a_word_is_reported_not_moved():
    words = get_segmenter("none")(TEXT)
    bad = [Span(21, 25, "PER", TEXT[21:25])]  # starts inside "Trần"
    wt = spans_to_word_tags(words, bad)
    assert wt.misaligned == bad and set(wt.tags) == {"O"}
