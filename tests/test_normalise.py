import unicodedata

from vnmeet.inference.normalise import normalise, tone_normalise


def test_clean_text_is_nfc_and_maps_back_to_original_offsets():
    original = unicodedata.normalize("NFD", "Bộ trưởng\u00a0Bùi Thanh Sơn\r\n\u200b\tthăm  Lạng Sơn &amp; Cao Bằng\n\n\n")
    clean = normalise(original)
    assert clean.text == "Bộ trưởng Bùi Thanh Sơn\n thăm  Lạng Sơn & Cao Bằng\n\n\n"
    for word in ("Bùi Thanh Sơn", "Lạng Sơn", "Cao Bằng", "&"):
        s = clean.text.index(word)
        a, b = clean.to_original(s, s + len(word))
        assert unicodedata.normalize("NFC", original[a:b]) == (word if word != "&" else "&") or original[a:b] == "&amp;"


def test_html_entity_maps_to_its_whole_source():
    clean = normalise("A &quot;B&quot;")
    s = clean.text.index('"')
    assert clean.to_original(s, s + 1) == (2, 8)


def test_control_and_invisible_characters():
    clean = normalise("a\x07b\u200bc\u00add")
    assert clean.text == "a bcd"
    assert len(clean.starts) == len(clean.text) == len(clean.ends)


def test_tone_normalisation_matches_phobert_spelling_and_keeps_length():
    for old, new in [("Tỉnh_ủy", "Tỉnh_uỷ"), ("hòa_bình", "hoà_bình"), ("THỦY", "THUỶ"), ("quý", "quý")]:
        assert tone_normalise(old) == new
        assert len(tone_normalise(old)) == len(old)
