import pytest

from vnmeet.inference.combine import combine, fill_gaps
from vnmeet.inference.document import Span


def test_fill_gaps_never_overrides_the_model():
    model = [Span(0, 9, "POS", "Bộ trưởng")]
    rules = [Span(0, 23, "POS", "Bộ trưởng Bộ Ngoại giao"), Span(24, 35, "PER", "Trần Văn An")]
    assert fill_gaps(model, rules) == [model[0], rules[1]]


def test_combine_modes():
    text = "Bộ trưởng Trần Văn An thăm tỉnh Lạng Sơn ngày 3/4."
    model = [Span(10, 21, "PER", "Trần Văn An")]
    assert combine("none", text, model) == model
    only = combine("only", text, model)
    assert {s.text for s in only} >= {"Lạng Sơn", "ngày 3/4"}
    filled = combine("fill", text, model)
    assert model[0] in filled and any(s.text == "Lạng Sơn" for s in filled)
    with pytest.raises(ValueError, match="unknown rules mode"):
        combine("both", text, model)


def test_saved_settings_and_overrides(tiny_model):
    from vnmeet.inference.extractor import MeetingExtractor

    plain = MeetingExtractor.load(tiny_model)
    assert plain.tagger.settings.rules == "none" and not plain.tagger.settings.quantize
    fast = MeetingExtractor.load(tiny_model, rules="fill", quantize=True)
    assert fast.tagger.settings.rules == "fill" and fast.tagger.settings.quantize
    text = "Ngày 12/5, Bộ trưởng Phạm Quang Vinh thăm tỉnh Lạng Sơn."
    for e in fast(text).ents:
        assert text[e.start:e.end] == e.text
