"""Shared fixtures: a tiny PhoBERT-format checkpoint and a tagger fine-tuned from it through
the real `vnmeet train` path, built once per test session (seconds on CPU)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).parent))

from helpers import fixture_documents, tiny_phobert_checkpoint, write_jsonl  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (fresh clone): skipping tests that need it")
    return SHARED


@pytest.fixture(scope="session")
def tiny_setup(tmp_path_factory) -> dict:
    """Gold fixture data, a tiny pretrained checkpoint and a training config for it."""
    root = tmp_path_factory.mktemp("tiny")
    docs = fixture_documents()
    train = write_jsonl(root / "train.jsonl", docs)
    val = write_jsonl(root / "val.jsonl", docs[:4])
    backbone = tiny_phobert_checkpoint(root / "phobert-tiny", [d.text for d in docs])
    config = {"backbone": {"name_or_path": str(backbone)}, "segmenter": "pyvi",
              "data": {"train": [str(train)], "validation": str(val)},
              "epochs": 30, "batch_size": 4, "learning_rate": 0.005, "warmup_ratio": 0.0,
              "seed": 7, "output_dir": str(root / "model")}
    cfg = root / "config.yaml"
    cfg.write_text(yaml.safe_dump(config), encoding="utf-8")
    return {"root": root, "docs": docs, "train": train, "val": val, "config": cfg,
            "backbone": backbone}


@pytest.fixture(scope="session")
def tiny_model(tiny_setup) -> Path:
    """A model folder trained by the same function `vnmeet train` calls."""
    from vnmeet.training.run import train_and_report

    return train_and_report(tiny_setup["config"])


@pytest.fixture(scope="session")
def extractor(tiny_model):
    from vnmeet.inference.extractor import MeetingExtractor

    return MeetingExtractor.load(tiny_model, batch_size=4)
