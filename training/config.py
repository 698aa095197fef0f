"""YAML training configs → typed dataclasses, with ``--set key.sub=value`` overrides.

Unknown keys are errors (a typo must not silently fall back to a default), and the resolved
config is saved with the model so that a run can be repeated exactly.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Sequence, get_args, get_origin, get_type_hints

import yaml

from vnmeet.inference.document import LABELS


@dataclass
class ScratchConfig:
    """A RoBERTa encoder built from scratch, with a PhoBERT-format BPE vocabulary learnt from
    the training texts."""

    hidden_size: int = 256
    num_hidden_layers: int = 4
    num_attention_heads: int = 4
    intermediate_size: int = 1024
    dropout: float = 0.1
    bpe_merges: int = 8000
    bpe_min_count: int = 2


@dataclass
class BackboneConfig:
    """Either a pretrained PhoBERT-format model (hub id or folder) or a scratch architecture."""

    name_or_path: Optional[str] = None
    scratch: Optional[ScratchConfig] = None


@dataclass
class DataConfig:
    """JSONL files in the guideline schema (character offsets)."""

    train: list[str] = field(default_factory=list)
    validation: Optional[str] = None
    report: list[str] = field(default_factory=list)


@dataclass
class TrainConfig:
    backbone: BackboneConfig = field(default_factory=BackboneConfig)
    segmenter: str = "none"
    tone_normalise: bool = True
    labels: list[str] = field(default_factory=lambda: list(LABELS))
    data: DataConfig = field(default_factory=DataConfig)
    max_length: int = 256
    window_overlap: int = 32
    batch_size: int = 16
    learning_rate: float = 5e-5
    weight_decay: float = 0.01
    warmup_ratio: float = 0.1
    epochs: int = 3
    max_steps: int = -1
    seed: int = 42
    threads: int = 0
    rule_features: bool = False   # the model also sees the rule labeller's tags
    rule_dropout: float = 0.0     # share of rule spans hidden from it in training
    rules: str = "none"
    quantize: bool = False
    output_dir: str = "models/vnmeet-model"
    card_notes: Optional[str] = None  # Markdown file appended to the model card

    def validate(self) -> None:
        bb = self.backbone
        if bool(bb.name_or_path) == bool(bb.scratch):
            raise ValueError("backbone: give exactly one of name_or_path or scratch")
        if not self.data.train:
            raise ValueError("data.train: at least one training file is required")
        unknown = set(self.labels) - set(LABELS)
        if unknown:
            raise ValueError(f"labels: unknown {sorted(unknown)}; allowed {list(LABELS)}")
        if self.card_notes and not Path(self.card_notes).is_file():
            raise ValueError(f"card_notes: {self.card_notes} not found")
        if not 8 <= self.max_length <= 512:
            raise ValueError("max_length must be between 8 and 512")


def _build(cls: Any, data: Any, where: str) -> Any:
    if data is None:
        return None
    if not dataclasses.is_dataclass(cls):
        return data
    if not isinstance(data, dict):
        raise ValueError(f"{where or 'config'}: expected a mapping, got {data!r}")
    hints = get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    extra = set(data) - names
    if extra:
        raise ValueError(f"{where or 'config'}: unknown key(s) {sorted(extra)}")
    kwargs = {}
    for key, value in data.items():
        typ = hints[key]
        if get_origin(typ) is not None and type(None) in get_args(typ):
            typ = next(a for a in get_args(typ) if a is not type(None))
        kwargs[key] = _build(typ, value, f"{where}.{key}".strip("."))
    return cls(**kwargs)


def apply_override(data: dict[str, Any], assignment: str) -> None:
    """Apply ``a.b=value`` (value parsed as YAML) to a nested mapping, in place."""
    key, sep, raw = assignment.partition("=")
    if not sep or not key:
        raise ValueError(f"--set expects key=value, got {assignment!r}")
    *parents, last = key.split(".")
    node = data
    for p in parents:
        node = node.setdefault(p, {})
        if not isinstance(node, dict):
            raise ValueError(f"--set {key}: {p} is not a section")
    node[last] = yaml.safe_load(raw)


def load_config(path: str | Path, overrides: Sequence[str] = ()) -> TrainConfig:
    """Read a YAML config, apply overrides, check it."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    for o in overrides:
        apply_override(data, o)
    config = _build(TrainConfig, data, "")
    config.validate()
    return config


def dump_config(config: TrainConfig) -> str:
    return yaml.safe_dump(dataclasses.asdict(config), sort_keys=False, allow_unicode=True)
