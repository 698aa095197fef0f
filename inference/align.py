"""Word ↔ subword alignment for PhoBERT's slow tokenizer, which gives no offsets or word_ids.

PhobertTokenizer splits on whitespace and applies BPE to each token independently, so
tokenising one word at a time gives exactly the pieces it would give for the whole sentence;
caching per word form makes this cheap on news text, where forms repeat a lot.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from vnmeet.inference.normalise import tone_normalise


class SubwordAligner:
    """Maps a word form to its subword ids (never empty: unknown material becomes <unk>)."""

    def __init__(self, tokenizer: Any, normalise_tones: bool = True, cache_size: int = 200_000):
        self.tokenizer = tokenizer
        self.normalise_tones = normalise_tones
        self.unk_id: int = tokenizer.unk_token_id
        self.piece_ids = lru_cache(maxsize=cache_size)(self._piece_ids)

    def _piece_ids(self, form: str) -> tuple[int, ...]:
        if self.normalise_tones:
            form = tone_normalise(form)
        ids = self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(form))
        return tuple(ids) or (self.unk_id,)
