"""Load a token-classification model folder and score words with it, in batches.

A model folder holds safetensors weights, the tokenizer files, the label map (in the model
config) and ``vnmeet.json`` with the text settings it was trained with (segmenter, tone
normalisation, window length), so inference always sees text the way training did.
"""
from __future__ import annotations

import ctypes
import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
import torch

from vnmeet.inference.align import SubwordAligner
from vnmeet.inference.rule_model import RobertaWithRuleFeatures, uses_rule_features
from vnmeet.inference.segment import Segmenter, Word, get_segmenter
from vnmeet.inference.document import Span
from vnmeet.inference.features import collate, window_features, word_tag_ids
from vnmeet.inference.windows import Window, best_window_of_words, make_windows

SETTINGS_FILE = "vnmeet.json"


@dataclass(frozen=True)
class ModelSettings:
    """How text is prepared for the model and how its output is used; saved beside the
    weights as vnmeet.json, so inference runs the way the model was measured."""

    segmenter: str = "none"
    tone_normalise: bool = True
    max_length: int = 256
    window_overlap: int = 32
    rules: str = "none"      # see vnmeet.inference.combine.RULE_MODES
    quantize: bool = False   # int8 dynamic quantisation of linear layers at load time

    def save(self, folder: Path) -> None:
        (Path(folder) / SETTINGS_FILE).write_text(json.dumps(asdict(self), indent=2) + "\n",
                                                  encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "ModelSettings":
        path = Path(folder) / SETTINGS_FILE
        if not path.is_file():
            return cls()
        known = {f.name for f in fields(cls)}
        data = json.loads(path.read_text(encoding="utf-8"))
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"{path}: unknown setting(s) {sorted(unknown)}")
        return cls(**data)


def load_tokenizer(name_or_path: str | Path) -> Any:
    """PhoBERT's slow tokenizer (or whatever the folder names), from a hub id or a folder."""
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(name_or_path), use_fast=False)


def _libc_trim() -> Callable[[], Any]:
    """glibc's malloc_trim, or a no-op elsewhere."""
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return lambda *_: 0


_TRIM = _libc_trim()


def release_free_memory() -> None:
    """Hand freed heap back to the OS after each model batch. Batches of different widths
    otherwise leave glibc holding freed blocks: on a 1 MB document peak memory was 1.35 GB
    without this and about 0.75 GB with it."""
    _TRIM(0)


def quantize_linear_layers(model: Any) -> Any:
    """int8 dynamic quantisation of the linear layers: about 1.5x faster on CPU for a compact
    encoder, with the accuracy change measured in the model card."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)


class Tagger:
    """Scores every word of a document with probabilities over IOB2 tags."""

    def __init__(self, model: Any, tokenizer: Any, settings: ModelSettings):
        self.model = model.eval()
        self.tokenizer = tokenizer
        self.settings = settings
        self.segmenter: Segmenter = get_segmenter(settings.segmenter)
        self.aligner = SubwordAligner(tokenizer, settings.tone_normalise)
        self.tags: list[str] = [model.config.id2label[i] for i in range(model.config.num_labels)]
        self.tokens_seen = 0  # subword tokens run through the model (for throughput figures)
        self.tag_ids = {t: i for i, t in enumerate(self.tags)}
        self.rule_features = uses_rule_features(model.config)

    @classmethod
    def load(cls, path: str | Path, **overrides: Any) -> "Tagger":
        """Load a model folder; ``overrides`` replace saved settings (e.g. quantize=False)."""
        from transformers import AutoConfig, AutoModelForTokenClassification
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # the CLI shows its own progress, on terminals only
        folder = Path(path)
        if not (folder / "config.json").is_file():
            raise FileNotFoundError(f"{folder} is not a model folder (no config.json)")
        settings = replace(ModelSettings.load(folder),
                           **{k: v for k, v in overrides.items() if v is not None})
        if uses_rule_features(AutoConfig.from_pretrained(str(folder))):
            model = RobertaWithRuleFeatures.from_pretrained(str(folder))
        else:
            model = AutoModelForTokenClassification.from_pretrained(str(folder))
        if settings.quantize:
            model = quantize_linear_layers(model)
        return cls(model, load_tokenizer(folder), settings)

    def words(self, clean_text: str) -> list[Word]:
        return self.segmenter(clean_text)

    def windows(self, clean_text: str, words: Sequence[Word]) -> list[Window]:
        return make_windows(clean_text, words, self.aligner.piece_ids,
                            self.settings.max_length, self.settings.window_overlap)

    def word_probs(self, docs: Sequence[tuple[str, Sequence[Word]]], batch_size: int = 32,
                   rule_spans: Sequence[Sequence[Span]] | None = None) -> list[np.ndarray]:
        """(n_words × n_tags) probabilities for each (clean text, words) document.

        A model that reads rule features needs ``rule_spans``, the rule labeller's spans of
        each document (the caller computes them once and uses them again to combine).
        Windows of all documents are sorted by length and run together, so padding is small."""
        if self.rule_features and (rule_spans is None or len(rule_spans) != len(docs)):
            raise ValueError("this model reads rule features: give rule_spans, one list per document")
        all_windows: list[tuple[int, int, Window]] = []
        per_doc: list[list[Window]] = []
        rule_tags: list[list[int]] = []
        for d, (text, words) in enumerate(docs):
            wins = self.windows(text, words)
            per_doc.append(wins)
            all_windows.extend((d, wi, w) for wi, w in enumerate(wins))
            if self.rule_features:
                rule_tags.append(word_tag_ids(words, rule_spans[d], self.tag_ids))
        all_windows.sort(key=lambda x: x[2].n_tokens)
        outputs: dict[tuple[int, int], np.ndarray] = {}
        for b in range(0, len(all_windows), batch_size):
            chunk = all_windows[b:b + batch_size]
            rules = ([rule_tags[d][w.first:w.first + len(w.word_pieces)] for d, _, w in chunk]
                     if self.rule_features else None)
            for (d, wi, _), probs in zip(chunk, self._forward([w for _, _, w in chunk], rules)):
                outputs[(d, wi)] = probs
            release_free_memory()
        result = []
        for d, (_, words) in enumerate(docs):
            probs = np.zeros((len(words), len(self.tags)), dtype=np.float32)
            for w, (wi, k) in enumerate(best_window_of_words(per_doc[d], len(words))):
                probs[w] = outputs[(d, wi)][k]
            result.append(probs)
        return result

    def _forward(self, windows: Sequence[Window],
                 rules: Sequence[Sequence[int]] | None = None) -> list[np.ndarray]:
        """Per window, (n_words × n_tags) probabilities at each word's first subword."""
        tok = self.tokenizer
        feats = [window_features(win, tok.cls_token_id, tok.sep_token_id,
                                 rules[i] if rules is not None else None, self.tags)
                 for i, win in enumerate(windows)]
        self.tokens_seen += sum(len(f.input_ids) for f in feats)
        batch = collate([f.as_dict() for f in feats], tok.pad_token_id)
        with torch.inference_mode():
            logits = self.model(**batch).logits
            probs = torch.softmax(logits.float(), dim=-1).numpy()
        return [probs[i, f.first_subword] for i, f in enumerate(feats)]
