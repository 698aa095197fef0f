"""`vnmeet train`: train from a config, then measure the saved model with the same pipeline
users run, and write its card."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from vnmeet.training.card import CardInfo, write_card
from vnmeet.training.config import load_config
from vnmeet.training.data import load_training_documents, read_documents
from vnmeet.training.evaluation import predict_documents, score_all
from vnmeet.training.train import train


def train_and_report(config_path: str | Path, overrides: Sequence[str] = ()) -> Path:
    from vnmeet.inference.extractor import MeetingExtractor

    config = load_config(config_path, overrides)
    result = train(config)
    extractor = MeetingExtractor.load(result.output_dir, batch_size=config.batch_size)
    scores = {}
    for name in ([config.data.validation] if config.data.validation else []) + config.data.report:
        gold = read_documents(name)
        scores[f"{name} ({len(gold)} documents)"] = score_all(
            gold, predict_documents(extractor, gold, config.batch_size))
    n_params = sum(p.numel() for p in extractor.tagger.model.parameters())
    write_card(result.output_dir, CardInfo(
        config=config, config_path=str(config_path), overrides=list(overrides),
        n_train_docs=len(load_training_documents(config.data.train)),
        n_train_windows=result.n_train_windows, n_parameters=n_params,
        best_validation_f1=result.best_validation_f1, scores=scores))
    return result.output_dir
