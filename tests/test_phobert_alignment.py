"""The PhoBERT path tokenises exactly as PhoBERT does (real vocab/BPE from ../shared)."""
import pytest

from vnmeet.inference.align import SubwordAligner
from vnmeet.inference.normalise import tone_normalise
from vnmeet.inference.segment import get_segmenter
from vnmeet.inference.windows import make_windows

SENTENCE = ("Sáng 3/4, Bộ trưởng Bộ Ngoại giao Trần Văn An hội đàm với Đại sứ Lào tại Việt Nam "
            "về hợp tác, hòa bình và thủy lợi; Tỉnh ủy Lạng Sơn đón đoàn Khăm-phăn Xi-xa-vắt.")


@pytest.fixture(scope="module")
def phobert(shared_dir):
    from transformers import PhobertTokenizer

    d = shared_dir / "phobert-base"
    return PhobertTokenizer(vocab_file=str(d / "vocab.txt"), merges_file=str(d / "bpe.codes"))


def test_word_by_word_pieces_equal_whole_sentence_tokenisation(phobert):
    words = get_segmenter("pyvi")(SENTENCE)
    aligner = SubwordAligner(phobert, normalise_tones=True)
    ours = [i for w in words for i in aligner.piece_ids(w.form)]
    segmented = " ".join(tone_normalise(w.form) for w in words)
    assert ours == phobert.convert_tokens_to_ids(phobert.tokenize(segmented))
    assert ours == phobert.encode(segmented, add_special_tokens=False)


def test_tone_normalisation_avoids_rare_pieces(phobert):
    aligner = SubwordAligner(phobert, normalise_tones=True)
    raw = SubwordAligner(phobert, normalise_tones=False)
    assert len(aligner.piece_ids("Tỉnh_ủy")) == 1
    assert len(raw.piece_ids("Tỉnh_ủy")) > 1
    assert phobert.unk_token_id not in aligner.piece_ids("hòa_bình")


def test_first_subword_positions_line_up_with_words(phobert):
    words = get_segmenter("pyvi")(SENTENCE * 20)
    aligner = SubwordAligner(phobert)
    windows = make_windows(SENTENCE * 20, words, aligner.piece_ids, max_length=256)
    assert all(w.n_tokens <= 254 for w in windows)
    flat = [w for win in windows for w in win.word_pieces]
    assert len(flat) >= len(words)
