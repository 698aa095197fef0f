"""End-to-end throughput: reading, normalising, segmentation, model, decoding, people and
events, on real input; and, in the same run, the same pipeline with a PhoBERT-base-sized
classifier (12 layers, hidden 768, random weights, same tokenisation) as a reference."""
from __future__ import annotations

import resource
import time
from dataclasses import asdict, dataclass
from typing import Optional, Sequence

from vnmeet.inference.extractor import MeetingExtractor
from vnmeet.inference.io import read_inputs
from vnmeet.inference.tagger import Tagger


@dataclass
class BenchResult:
    docs: int
    seconds: float
    docs_per_s: float
    tokens_per_s: float
    peak_rss_mb: float
    reference_docs: int
    reference_docs_per_s: float
    reference_tokens_per_s: float
    speedup: float
    threads: int

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        return (f"model:     {self.docs} docs in {self.seconds:.1f}s = {self.docs_per_s:.1f} docs/s, "
                f"{self.tokens_per_s:,.0f} tokens/s, peak RSS {self.peak_rss_mb:.0f} MB\n"
                f"reference: {self.reference_docs_per_s:.2f} docs/s, "
                f"{self.reference_tokens_per_s:,.0f} tokens/s (PhoBERT-base size, "
                f"{self.reference_docs} docs)\nspeed-up:  {self.speedup:.1f}x on {self.threads} threads")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_run(extractor: MeetingExtractor, texts: Sequence[str]) -> tuple[float, int]:
    extractor.tagger.tokens_seen = 0
    start = time.perf_counter()
    for _ in extractor.pipe(texts):
        pass
    return time.perf_counter() - start, extractor.tagger.tokens_seen


def reference_extractor(extractor: MeetingExtractor) -> MeetingExtractor:
    """Same tokenizer, settings and labels; a PhoBERT-base-sized encoder with random weights."""
    from transformers import RobertaConfig, RobertaForTokenClassification

    cfg = extractor.tagger.model.config
    base = RobertaConfig(vocab_size=cfg.vocab_size, hidden_size=768, num_hidden_layers=12,
                         num_attention_heads=12, intermediate_size=3072,
                         max_position_embeddings=cfg.max_position_embeddings, type_vocab_size=1,
                         pad_token_id=cfg.pad_token_id, num_labels=cfg.num_labels,
                         id2label=cfg.id2label, label2id=cfg.label2id)
    tagger = extractor.tagger
    return MeetingExtractor(Tagger(RobertaForTokenClassification(base), tagger.tokenizer,
                                   tagger.settings), batch_size=extractor.batch_size)


def run_bench(extractor: MeetingExtractor, inputs: Sequence[str], limit: Optional[int] = None,
              reference_limit: int = 100) -> BenchResult:
    """Time the model over the inputs, then the reference over the first ``reference_limit``."""
    import torch

    texts = [r.text for r in read_inputs(inputs) if r.text is not None]
    if limit:
        texts = texts[:limit]
    if not texts:
        raise ValueError("no readable documents in the input")
    extractor(texts[0])  # warm-up: lazy imports, caches
    seconds, tokens = _timed_run(extractor, texts)
    peak = _peak_rss_mb()
    ref_texts = texts[:reference_limit]
    ref = reference_extractor(extractor)
    ref(ref_texts[0])
    ref_seconds, ref_tokens = _timed_run(ref, ref_texts)
    dps = len(texts) / seconds
    ref_dps = len(ref_texts) / ref_seconds
    return BenchResult(len(texts), seconds, dps, tokens / seconds, peak, len(ref_texts), ref_dps,
                       ref_tokens / ref_seconds, dps / ref_dps, torch.get_num_threads())
