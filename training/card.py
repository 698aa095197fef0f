"""The model card (README.md in the model folder): what the model is, what it was trained
on, how it scores, and the exact commands that rebuild it. Written from measured results only."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from vnmeet.inference.document import LABELS
from vnmeet.training.config import TrainConfig
from vnmeet.training.evaluation import format_scores

MODE_NAMES = {"only": "weak labeller alone", "none": "model alone",
              "vet": "model without one-word fragments the rules do not support, rules' ORG boundaries",
              "fill": "model + rules where it found nothing"}


@dataclass
class CardInfo:
    config: TrainConfig
    config_path: str
    overrides: list[str]
    n_train_docs: int
    n_train_windows: int
    n_parameters: int
    best_validation_f1: float | None
    # gold set name → rules mode → scores (as evaluation.score_all returns them)
    scores: Mapping[str, Mapping[str, Mapping[str, Any]]] = field(default_factory=dict)


def comparison_table(by_mode: Mapping[str, Mapping[str, Any]], shipped: str) -> str:
    """Entity F1 per label and micro, plus event F1, for each way of producing entities."""
    cols = [*LABELS, "micro"]
    rows = ["| entities from | " + " | ".join(cols) + " | events F1 | participants F1 |",
            "|---" * (len(cols) + 3) + "|"]
    for mode in ("only", "none", "vet", "fill"):
        if mode not in by_mode:
            continue
        s = by_mode[mode]
        name = MODE_NAMES[mode] + (" **(shipped)**" if mode == shipped else "")
        cells = [f"{s['entities'][c].f1:.3f}" for c in cols]
        ev = s["events"]
        rows.append(f"| {name} | " + " | ".join(cells) +
                    f" | {ev['events'].f1:.3f} | {ev['participants'].f1:.3f} |")
    return "\n".join(rows)


def render_card(info: CardInfo) -> str:
    c = info.config
    backbone = (c.backbone.name_or_path or
                f"RoBERTa trained from scratch ({c.backbone.scratch.num_hidden_layers} layers, "
                f"hidden {c.backbone.scratch.hidden_size}, {c.backbone.scratch.num_attention_heads} "
                f"heads) with a PhoBERT-format BPE vocabulary learnt from the training texts; "
                f"no pretrained weights")
    sets = " ".join(f"--set {o}" for o in info.overrides)
    lines = [
        f"# vnmeet token classifier: `{Path(c.output_dir).name}`", "",
        "Tags PER, POS, ORG, LOC and DATE (IOB2 on the first subword of each word) in "
        "Vietnamese foreign-affairs news, for `vnmeet extract`; people and events are then "
        "built from its entities by vnmeet's rules.", "",
        "## What it is", "",
        f"- backbone: {backbone}",
        f"- parameters: {info.n_parameters:,}",
        f"- words: segmentation `{c.segmenter}`, tone normalisation {c.tone_normalise}, "
        f"windows of at most {c.max_length} tokens",
        f"- shipped settings: rules `{c.rules}`, int8 quantisation {c.quantize}",
        f"- training: {c.epochs} epochs, batch {c.batch_size}, learning rate {c.learning_rate}, "
        f"seed {c.seed}; best epoch by validation word-level F1 (seqeval) = "
        f"{'n/a' if info.best_validation_f1 is None else format(info.best_validation_f1, '.3f')}",
        "",
        "## Training data", "",
        f"- train: {', '.join(c.data.train)} ({info.n_train_docs} documents, "
        f"{info.n_train_windows} windows)",
        f"- validation (model selection): {c.data.validation or 'none'}",
        f"- reported only, never trained on or selected by: {', '.join(c.data.report) or 'none'}",
        "",
        "## Scores", "",
        "Measured by the full pipeline, exact character-offset match (`vnmeet evaluate`).", "",
    ]
    for name, by_mode in info.scores.items():
        lines += [f"### {name}", "", comparison_table(by_mode, c.rules), ""]
        if c.rules in by_mode:
            lines += ["Shipped combination in full:", "", "```", format_scores(by_mode[c.rules]),
                      "```", ""]
    lines += ["## Reproduce", "", "```", "vnmeet build-data",
              f"vnmeet train {info.config_path} {sets}".rstrip(), "```", ""]
    if c.card_notes:
        lines += [Path(c.card_notes).read_text(encoding="utf-8").rstrip(), ""]
    return "\n".join(lines)


def write_card(folder: Path, info: CardInfo) -> Path:
    path = Path(folder) / "README.md"
    path.write_text(render_card(info), encoding="utf-8")
    return path
