"""Train a tiny PhoBERT-format model from a config, save, reload, extract and evaluate."""
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from vnmeet.inference.cli import app
from vnmeet.training.config import load_config

runner = CliRunner()


def test_model_folder_is_self_contained(tiny_model: Path):
    names = {p.name for p in tiny_model.iterdir()}
    assert {"model.safetensors", "config.json", "vocab.txt", "bpe.codes", "vnmeet.json",
            "training_config.yaml", "README.md"} <= names
    config = json.loads((tiny_model / "config.json").read_text())
    assert config["id2label"]["0"] == "O" and len(config["id2label"]) == 11
    card = (tiny_model / "README.md").read_text()
    assert "val.jsonl" in card and "| micro |" in card


def test_trained_model_learns_the_training_text(extractor, tiny_setup):
    # 30 epochs on 10 sentences: the model must reproduce most of its own training spans.
    from vnmeet.training.metrics import entity_scores

    docs = tiny_setup["docs"]
    pred = {d.id: d for d in extractor.pipe([(d.id, d.text) for d in docs])}
    assert entity_scores(docs, pred)["micro"].f1 > 0.6


def test_same_seed_same_scores(tiny_setup, tmp_path):
    from vnmeet.training.train import train

    runs = []
    for k in range(2):
        cfg = load_config(tiny_setup["config"], [f"output_dir={tmp_path / str(k)}", "epochs=3"])
        runs.append(train(cfg).best_validation_f1)
    assert runs[0] == runs[1]


def test_extract_cli_offsets_point_into_original_text(tiny_model, tmp_path):
    raw = unicodedata.normalize("NFD", "Ngày 12/5, Chủ tịch UBND tỉnh\u00a0Cao Bằng Trần Minh Khoa\t"
                                       "đã tiếp\r\n\r\n\r\nTổng Lãnh sự Trung Quốc tại Hà Nội Lý Kiến Quốc.")
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": raw}) + "\n" +
                   json.dumps({"id": "b", "text": "   "}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(src), "-o", str(out), "--model", str(tiny_model)])
    assert res.exit_code == 0, res.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in lines] == ["a", "b"]
    assert lines[0]["text"] == raw
    assert lines[0]["entities"], "the trained model finds entities in a near-training sentence"
    for e in lines[0]["entities"]:
        assert raw[e["start"]:e["end"]] == e["text"]
    assert lines[1]["entities"] == [] and lines[1]["events"] == []


def test_evaluate_cli_reports_per_label_and_json(tiny_model, tiny_setup, tmp_path):
    out = tmp_path / "scores.json"
    res = runner.invoke(app, ["evaluate", str(tiny_setup["val"]), "--model", str(tiny_model),
                              "--json", str(out)])
    assert res.exit_code == 0, res.output
    for label in ("PER", "POS", "ORG", "LOC", "DATE", "micro"):
        assert f"| {label} |" in res.output
    scores = json.loads(out.read_text())
    assert 0.0 <= scores["entities"]["micro"]["f1"] <= 1.0
    # Gold scored against itself is perfect: the evaluator matches exact offsets.
    res = runner.invoke(app, ["evaluate", str(tiny_setup["val"]), "--predictions",
                              str(tiny_setup["val"]), "--json", str(out)])
    assert json.loads(out.read_text())["entities"]["micro"]["f1"] == 1.0


def test_missing_default_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("VNMEET_MODEL", str(tmp_path / "nothing"))
    res = runner.invoke(app, ["extract", "-", "-o", str(tmp_path / "o.jsonl")], input="Xin chào")
    assert res.exit_code != 0
    assert "no default model" in res.output


def test_train_cli_writes_model(tiny_setup, tmp_path):
    res = runner.invoke(app, ["train", str(tiny_setup["config"]), "--set",
                              f"output_dir={tmp_path / 'm'}", "--set", "epochs=1"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "m" / "model.safetensors").is_file()


def test_config_errors_are_clear(tiny_setup, tmp_path):
    bad = tmp_path / "bad.yaml"
    data = yaml.safe_load(tiny_setup["config"].read_text())
    data["learning_rat"] = 1
    bad.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match="unknown key"):
        load_config(bad)
    with pytest.raises(ValueError, match="key=value"):
        load_config(tiny_setup["config"], ["epochs"])
    cfg = load_config(tiny_setup["config"], ["data.validation=null", "backbone.name_or_path=x"])
    assert cfg.data.validation is None and cfg.backbone.name_or_path == "x"


def test_hub_id_is_passed_through_offline(tiny_setup, tmp_path):
    """`vinai/phobert-base` is accepted as a backbone; with no network it fails loudly."""
    res = subprocess.run(
        [sys.executable, "-m", "vnmeet.inference.cli", "train", str(tiny_setup["config"]),
         "--set", "backbone.name_or_path=vinai/phobert-base", "--set", f"output_dir={tmp_path}"],
        capture_output=True, text=True, env={"HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
        timeout=300)
    assert res.returncode != 0
    assert "phobert-base" in res.stderr


def test_rule_feature_model_trains_saves_and_reloads(tiny_setup, tmp_path):
    """A model that also sees the rule labeller's tags goes through the same path."""
    from vnmeet.inference.extractor import MeetingExtractor
    from vnmeet.inference.rule_model import RobertaWithRuleFeatures
    from vnmeet.training.train import train

    cfg = load_config(tiny_setup["config"], [f"output_dir={tmp_path / 'r'}", "epochs=2",
                                             "rule_features=true", "rule_dropout=0.2"])
    folder = train(cfg).output_dir
    ex = MeetingExtractor.load(folder)
    assert isinstance(ex.tagger.model, RobertaWithRuleFeatures) and ex.tagger.rule_features
    assert ex.tagger.model.rule_embeddings.weight.abs().sum() > 0
    text = "Ngày 12/5, Bộ trưởng Phạm Quang Vinh thăm tỉnh Lạng Sơn."
    doc = ex(text)
    assert all(text[e.start:e.end] == e.text for e in doc.ents)


def test_predict_entities_gives_plain_dicts_with_offsets(extractor):
    text = "Bộ trưởng Ngô Đình Tuấn chào xã giao Thủ tướng Campuchia trong tháng 7/2023."
    ents = extractor.predict_entities(text)
    assert ents and all(set(e) == {"start", "end", "label", "text", "score"} for e in ents)
    assert all(text[e["start"]:e["end"]] == e["text"] and 0 <= e["score"] <= 1 for e in ents)


def test_api_rejects_non_text_clearly(extractor):
    with pytest.raises(TypeError, match="text must be a str"):
        extractor(b"bytes are not text")
