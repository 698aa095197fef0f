"""`vnmeet train`: train from a config, then measure the saved model with the same pipeline
users run (tagger alone, rules alone, and the two combined), and write its card."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from vnmeet.inference.combine import RULE_MODES
from vnmeet.training.card import CardInfo, write_card
from vnmeet.training.config import load_config
from vnmeet.training.data import load_training_documents, read_documents
from vnmeet.training.evaluation import predict_documents, score_all
from vnmeet.training.train import train


def train_and_report(config_path: str | Path, overrides: Sequence[str] = ()) -> Path:
    config = load_config(config_path, overrides)
    result = train(config)
    write_report(config_path, overrides, result.output_dir, result.best_validation_f1,
                 result.n_train_windows)
    return result.output_dir


def write_report(config_path: str | Path, overrides: Sequence[str], folder: Path,
                 best_f1: float | None, n_windows: int) -> Path:
    """Score the saved model on the validation and report sets and write the card."""
    from vnmeet.inference.extractor import MeetingExtractor

    config = load_config(config_path, overrides)
    gold_sets = ([config.data.validation] if config.data.validation else []) + config.data.report
    scores: dict[str, dict] = {}
    n_params = 0
    for mode in RULE_MODES:
        extractor = MeetingExtractor.load(folder, batch_size=config.batch_size, rules=mode)
        n_params = sum(p.numel() for p in extractor.tagger.model.parameters())
        for name in gold_sets:
            gold = read_documents(name)
            scores.setdefault(f"{name} ({len(gold)} documents)", {})[mode] = score_all(
                gold, predict_documents(extractor, gold, config.batch_size))
    return write_card(folder, CardInfo(
        config=config, config_path=str(config_path), overrides=list(overrides),
        n_train_docs=len(load_training_documents(config.data.train)),
        n_train_windows=n_windows, n_parameters=n_params, best_validation_f1=best_f1,
        scores=scores))
