"""Fine-tune (or train from scratch) a PhoBERT-family token classifier from a config.

transformers' Trainer runs the loop; `datasets` carries the features; seqeval (strict IOB2,
word level) scores the validation set each epoch and the best epoch by F1 is kept. The output
folder is self-contained: weights (safetensors), tokenizer files, label map, text settings,
the resolved config and a model card.
"""
from __future__ import annotations

import logging
import tempfile
from collections import Counter
from functools import partial
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from vnmeet.inference.align import SubwordAligner
from vnmeet.inference.combine import rule_labeller
from vnmeet.inference.features import IGNORE, collate
from vnmeet.inference.rule_model import RobertaWithRuleFeatures
from vnmeet.inference.decode import iob2_labels
from vnmeet.inference.document import Document
from vnmeet.inference.normalise import normalise, tone_normalise
from vnmeet.inference.segment import get_segmenter
from vnmeet.inference.tagger import ModelSettings, load_tokenizer
from vnmeet.training.bpe import write_phobert_vocab
from vnmeet.training.config import TrainConfig, dump_config
from vnmeet.training.data import encode_document, load_training_documents, read_documents

log = logging.getLogger("vnmeet.train")


@dataclass
class TrainResult:
    output_dir: Path
    best_validation_f1: float | None
    n_train_windows: int
    misaligned: Counter = field(default_factory=Counter)


def _scratch_tokenizer(config: TrainConfig, docs: list[Document], folder: Path) -> Any:
    """A PhoBERT-format vocabulary learnt from the training texts."""
    from transformers import PhobertTokenizer

    seg = get_segmenter(config.segmenter)
    forms = (w.form for d in docs for w in seg(normalise(d.text).text))
    if config.tone_normalise:
        forms = (tone_normalise(f) for f in forms)
    sc = config.backbone.scratch
    vocab, codes = write_phobert_vocab(forms, folder, sc.bpe_merges, sc.bpe_min_count)
    return PhobertTokenizer(vocab_file=str(vocab), merges_file=str(codes))


def _model(config: TrainConfig, tokenizer: Any, tags: list[str]) -> Any:
    from transformers import (AutoConfig, AutoModelForTokenClassification, RobertaConfig,
                              RobertaForTokenClassification)

    id2label = dict(enumerate(tags))
    label2id = {t: i for i, t in enumerate(tags)}
    if config.backbone.name_or_path:
        model_class = (RobertaWithRuleFeatures if config.rule_features
                       else AutoModelForTokenClassification)
        pretrained = AutoConfig.from_pretrained(config.backbone.name_or_path,
                                                num_labels=len(tags), id2label=id2label,
                                                label2id=label2id)
        pretrained.rule_features = config.rule_features
        return model_class.from_pretrained(config.backbone.name_or_path, config=pretrained)
    sc = config.backbone.scratch
    rc = RobertaConfig(vocab_size=len(tokenizer), hidden_size=sc.hidden_size,
                       num_hidden_layers=sc.num_hidden_layers,
                       num_attention_heads=sc.num_attention_heads,
                       intermediate_size=sc.intermediate_size,
                       hidden_dropout_prob=sc.dropout, attention_probs_dropout_prob=sc.dropout,
                       max_position_embeddings=config.max_length + 2, type_vocab_size=1,
                       pad_token_id=tokenizer.pad_token_id, bos_token_id=tokenizer.bos_token_id,
                       eos_token_id=tokenizer.eos_token_id, num_labels=len(tags),
                       id2label=id2label, label2id=label2id, tokenizer_class="PhobertTokenizer",
                       rule_features=config.rule_features)
    return (RobertaWithRuleFeatures if config.rule_features else RobertaForTokenClassification)(rc)


def _encode(docs: list[Document], config: TrainConfig, tokenizer: Any, tags: list[str],
            misaligned: Counter, rule_dropout: float) -> list[dict]:
    seg = get_segmenter(config.segmenter)
    aligner = SubwordAligner(tokenizer, config.tone_normalise)
    rules = rule_labeller() if config.rule_features else None
    feats = []
    for k, d in enumerate(docs):
        f, bad = encode_document(d, seg, aligner.piece_ids, tags, config.max_length,
                                 config.window_overlap,
                                 (tokenizer.cls_token_id, tokenizer.sep_token_id), rules,
                                 rule_dropout, seed=config.seed * 100_003 + k)
        feats.extend(f)
        misaligned.update(sp.label for sp in bad)
    return feats


def _warmup_steps(config: TrainConfig, n_train: int) -> int:
    """warmup_ratio of the total optimiser steps (transformers 5 takes steps only)."""
    steps_per_epoch = -(-n_train // config.batch_size)
    total = config.max_steps if config.max_steps > 0 else steps_per_epoch * config.epochs
    return int(total * config.warmup_ratio)


def word_f1(tags: list[str]):
    """compute_metrics for Trainer: seqeval strict IOB2 on first-subword (word) labels."""
    from seqeval.metrics import f1_score, precision_score, recall_score
    from seqeval.scheme import IOB2

    def compute(pred: Any) -> dict[str, float]:
        logits, labels = pred
        ids = np.argmax(logits, axis=-1)
        y_true, y_pred = [], []
        for p_row, l_row in zip(ids, labels):
            keep = l_row != IGNORE
            y_true.append([tags[i] for i in l_row[keep]])
            y_pred.append([tags[i] for i in p_row[keep]])
        kw = dict(mode="strict", scheme=IOB2, zero_division=0)
        return {"precision": precision_score(y_true, y_pred, **kw),
                "recall": recall_score(y_true, y_pred, **kw), "f1": f1_score(y_true, y_pred, **kw)}

    return compute


def train(config: TrainConfig) -> TrainResult:
    """Train, keep the best epoch, save a self-contained model folder."""
    import torch
    from datasets import Dataset
    from transformers import Trainer, TrainingArguments, set_seed

    set_seed(config.seed)
    if config.threads:
        torch.set_num_threads(config.threads)
    out = Path(config.output_dir)
    out.mkdir(parents=True, exist_ok=True)
    tags = iob2_labels(config.labels)
    train_docs = load_training_documents(config.data.train)
    val_docs = read_documents(config.data.validation) if config.data.validation else []
    if config.backbone.scratch:
        tokenizer = _scratch_tokenizer(config, train_docs, out)
        model = _model(config, tokenizer, tags)
    else:
        name = config.backbone.name_or_path
        try:
            tokenizer = load_tokenizer(name)
            model = _model(config, tokenizer, tags)
        except OSError as e:
            raise OSError(f"cannot load backbone {name!r} ({e}); without access to the model hub, "
                          "set backbone.name_or_path to a local folder with its files") from e
    misaligned: Counter = Counter()
    train_feats = _encode(train_docs, config, tokenizer, tags, misaligned, config.rule_dropout)
    val_feats = _encode(val_docs, config, tokenizer, tags, Counter(), 0.0)
    if misaligned:
        log.warning("spans not on word boundaries (not trainable): %s", dict(misaligned))
    with tempfile.TemporaryDirectory(prefix="vnmeet-ckpt-") as ckpt:
        args = TrainingArguments(
            output_dir=ckpt, per_device_train_batch_size=config.batch_size,
            per_device_eval_batch_size=config.batch_size, learning_rate=config.learning_rate,
            weight_decay=config.weight_decay,
            warmup_steps=_warmup_steps(config, len(train_feats)),
            num_train_epochs=config.epochs, max_steps=config.max_steps,
            lr_scheduler_type="linear", seed=config.seed, data_seed=config.seed,
            eval_strategy="epoch" if val_feats else "no",
            save_strategy="epoch" if val_feats else "no", save_total_limit=1,
            load_best_model_at_end=bool(val_feats), metric_for_best_model="f1",
            greater_is_better=True, logging_strategy="epoch", report_to=[], use_cpu=True,
            dataloader_num_workers=0, disable_tqdm=False)
        trainer = Trainer(model=model, args=args, train_dataset=Dataset.from_list(train_feats),
                          eval_dataset=Dataset.from_list(val_feats) if val_feats else None,
                          data_collator=partial(collate, pad_id=tokenizer.pad_token_id),
                          compute_metrics=word_f1(tags))
        state = trainer.train()
        best = trainer.state.best_metric
        trainer.model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    ModelSettings(config.segmenter, config.tone_normalise, config.max_length,
                  config.window_overlap, config.rules, config.quantize).save(out)
    (out / "training_config.yaml").write_text(dump_config(config), encoding="utf-8")
    log.info("trained %s steps; best validation F1 %s", state.global_step, best)
    return TrainResult(out, best, len(train_feats), misaligned)
