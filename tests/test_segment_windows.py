import pytest

from vnmeet.inference.segment import get_segmenter, split_units
from vnmeet.inference.windows import best_window_of_words, make_windows

TEXT = ("Ngày 3/4, Bộ trưởng Bộ Ngoại giao Trần Văn An thăm và làm việc với tỉnh Lạng Sơn.\n"
        "Hai bên trao đổi về hợp tác Việt Nam-Trung Quốc; đồng chí Lếch-lay Xi-xu-lít phát biểu.")


@pytest.mark.parametrize("name", ["none", "pyvi", "underthesea"])
def test_segmenters_cover_every_non_space_character_once(name):
    words = get_segmenter(name)(TEXT)
    covered = "".join(TEXT[w.start:w.end].replace(" ", "") for w in words)
    assert covered == "".join(TEXT.split())
    assert all(TEXT[w.start:w.end].replace(" ", "_") == w.form for w in words)
    assert all(a.end <= b.start for a, b in zip(words, words[1:]))


def test_library_segmenter_joins_syllables():
    forms = [w.form for w in get_segmenter("pyvi")(TEXT)]
    assert "Bộ_trưởng" in forms and "Ngoại_giao" in forms


def test_unknown_segmenter_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown segmenter"):
        get_segmenter("vncorenlp")


def _pieces(form):
    # A stand-in subword splitter: one piece per 3 characters.
    return tuple(range(max(1, -(-len(form) // 3))))


def test_long_document_every_word_in_a_window_and_windows_within_limit():
    text = " ".join(f"từ{i} khác{i}" for i in range(700)) + ". " + "Câu ngắn. " * 50
    words = split_units(text)
    windows = make_windows(text, words, _pieces, max_length=64, overlap=8)
    assert all(w.n_tokens + 2 <= 64 for w in windows)
    seen = set()
    for w in windows:
        seen.update(range(w.first, w.first + len(w.word_pieces)))
    assert seen == set(range(len(words)))
    chars = set()
    for w in windows:
        for k in range(len(w.word_pieces)):
            word = words[w.first + k]
            chars.update(range(word.start, word.end))
    assert chars == {i for i, c in enumerate(text) if not c.isspace()}
    best = best_window_of_words(windows, len(words))
    assert all(wi >= 0 for wi, _ in best)
    # The long first sentence had to be split into overlapping chunks.
    assert any(a.first + len(a.word_pieces) > b.first for a, b in zip(windows, windows[1:]))


def test_a_single_huge_word_is_truncated_to_the_window_not_dropped():
    text = "a" * 2000 + " b"
    words = split_units(text)
    windows = make_windows(text, words, _pieces, max_length=32)
    assert sum(len(w.word_pieces) for w in windows) == 2
    assert all(w.n_tokens <= 30 for w in windows)
