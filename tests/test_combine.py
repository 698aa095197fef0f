import pytest

from vnmeet.inference.combine import combine, drop_fragments, fill_gaps, rule_boundaries
from vnmeet.inference.document import Span


def test_fill_gaps_never_overrides_the_model():
    model = [Span(0, 9, "POS", "Bộ trưởng")]
    rules = [Span(0, 23, "POS", "Bộ trưởng Bộ Ngoại giao"), Span(24, 35, "PER", "Trần Văn An")]
    assert fill_gaps(model, rules) == [model[0], rules[1]]


def test_vet_drops_only_one_word_fragments_no_rule_supports():
    text = "Đoàn thăm Khu công nghiệp Nam Sơn và Huế, gặp đại diện QH."

    def span(label, word):
        at = text.index(word)
        return Span(at, at + len(word), label, word)

    model = [span("LOC", "Khu"), span("LOC", "Nam Sơn"), span("LOC", "Huế"), span("ORG", "QH")]
    rules = [span("LOC", "Huế")]
    # "Khu" is cut off from its name; "Huế" has a rule behind it; an acronym stands alone
    assert drop_fragments(model, rules) == model[1:]


def test_vet_takes_the_rules_boundaries_of_an_organisation_both_found():
    text = "Ông gặp Hội Hữu nghị Việt Nam - Lào tỉnh Bình Định và Bộ trưởng Trần Văn An."

    def span(label, words):
        at = text.index(words)
        return Span(at, at + len(words), label, words)

    model = [span("ORG", "Hội Hữu nghị Việt Nam"), span("POS", "Bộ trưởng")]
    rules = [span("ORG", "Hội Hữu nghị Việt Nam - Lào tỉnh Bình Định"),
             span("POS", "Bộ trưởng Trần")]  # only organisations take the rules' boundaries
    assert rule_boundaries(model, rules) == [rules[0], model[1]]
    # two model spans over one rule organisation: the model's split stands
    split = [span("ORG", "Hội Hữu nghị Việt Nam"), span("LOC", "Bình Định")]
    assert rule_boundaries(split, rules[:1]) == split


def test_combine_modes():
    text = "Bộ trưởng Trần Văn An thăm tỉnh Lạng Sơn ngày 3/4."
    model = [Span(10, 21, "PER", "Trần Văn An")]
    assert combine("none", text, model) == model
    only = combine("only", text, model)
    assert {s.text for s in only} >= {"Lạng Sơn", "ngày 3/4"}
    assert combine("vet", text, model) == model
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


def test_line_blocks_cover_the_text_on_line_boundaries():
    from vnmeet.inference.combine import line_blocks

    text = ("Một dòng ngắn.\n" * 50) + "x" * 120 + "\nkết thúc"
    blocks = line_blocks(text, size=100)
    assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(blocks, blocks[1:]))
    assert all(text[b - 1] == "\n" for _, b in blocks[:-1])
    assert any(b - a > 100 for a, b in blocks)  # the long line stays whole
    assert line_blocks("", size=10) == []


def test_rules_on_a_long_document_match_rules_per_block():
    from vnmeet.inference.combine import rule_labeller

    para = "Ngày 3/4, Bộ trưởng Trần Văn An thăm tỉnh Lạng Sơn.\n"
    text = para * 200
    spans = rule_labeller()(text)
    assert all(text[s.start:s.end] == s.text for s in spans)
    per_para = rule_labeller()(para)
    assert len(spans) == 200 * len(per_para)
