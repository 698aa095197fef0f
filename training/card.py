"""The model card (README.md in the model folder): what the model is, what it was trained
on, how it scores, and the exact commands that rebuild it. Written from measured results only."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from vnmeet.training.config import TrainConfig
from vnmeet.training.evaluation import format_scores


@dataclass
class CardInfo:
    config: TrainConfig
    config_path: str
    overrides: list[str]
    n_train_docs: int
    n_train_windows: int
    n_parameters: int
    best_validation_f1: float | None
    scores: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    notes: str = ""


def render_card(info: CardInfo) -> str:
    c = info.config
    backbone = (c.backbone.name_or_path or
                f"RoBERTa from scratch ({c.backbone.scratch.num_hidden_layers} layers, "
                f"hidden {c.backbone.scratch.hidden_size}, PhoBERT-format BPE vocabulary "
                f"learnt from the training texts)")
    sets = " ".join(f"--set {o}" for o in info.overrides)
    lines = [
        f"# vnmeet token classifier: `{Path(c.output_dir).name}`", "",
        "Tags PER, POS, ORG, LOC and DATE (IOB2, first subword of each word) in Vietnamese "
        "foreign-affairs news, for `vnmeet extract`.", "",
        "## What it is", "",
        f"- backbone: {backbone}",
        f"- parameters: {info.n_parameters:,}",
        f"- segmentation: `{c.segmenter}`; tone normalisation: {c.tone_normalise}; "
        f"windows of at most {c.max_length} tokens",
        f"- trained {c.epochs} epochs, batch {c.batch_size}, learning rate {c.learning_rate}, "
        f"seed {c.seed}; best epoch by validation word-level F1 "
        f"({info.best_validation_f1 if info.best_validation_f1 is not None else 'n/a'})", "",
        "## Training data", "",
        f"- train: {', '.join(c.data.train)} ({info.n_train_docs} documents, "
        f"{info.n_train_windows} windows)",
        f"- validation (model selection): {c.data.validation or 'none'}", "",
        "## Scores", "",
        "Measured by the full pipeline (`vnmeet evaluate`), character-offset exact match.", "",
    ]
    for name, scores in info.scores.items():
        lines += [f"### {name}", "", "```", format_scores(scores), "```", ""]
    lines += ["## Reproduce", "", "```",
              f"vnmeet train {info.config_path} {sets}".rstrip(), "```", ""]
    if info.notes:
        lines += [info.notes, ""]
    return "\n".join(lines)


def write_card(folder: Path, info: CardInfo) -> Path:
    path = Path(folder) / "README.md"
    path.write_text(render_card(info), encoding="utf-8")
    return path
