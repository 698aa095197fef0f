"""The training set rebuilds from stand-off annotations joined with the corpus."""
import json

import pytest

from vnmeet.inference.document import Document, Span
from vnmeet.training.build_data import (ANNOTATIONS, build_training_set, include_tp_prefix,
                                        is_validation, place_spans)
from vnmeet.training.data import join_standoff, read_jsonl, to_standoff


def test_standoff_round_trip_and_checksum():
    doc = Document("d", "Bộ trưởng Trần Văn An thăm Lào.",
                   [Span(0, 9, "POS", "Bộ trưởng"), Span(10, 21, "PER", "Trần Văn An"),
                    Span(27, 30, "LOC", "Lào")])
    ann = to_standoff(doc)
    assert "text" not in ann
    assert join_standoff(ann, doc.text).to_dict() == doc.to_dict()
    with pytest.raises(ValueError, match="changed"):
        join_standoff(ann, doc.text + " ")


def test_place_spans_in_reading_order_and_tp_decision():
    text = "TP Đà Nẵng và thành phố Huế; TP Đà Nẵng."
    spans = place_spans(text, [["LOC", "Đà Nẵng"], ["LOC", "Huế"], ["LOC", "TP Đà Nẵng"]])
    assert [(s.start, s.text) for s in spans] == [(3, "Đà Nẵng"), (24, "Huế"), (29, "TP Đà Nẵng")]
    fixed = include_tp_prefix(text, spans)
    assert [s.text for s in fixed] == ["TP Đà Nẵng", "Huế", "TP Đà Nẵng"]
    with pytest.raises(ValueError, match="not found"):
        place_spans(text, [["LOC", "Hà Nội"]])


def test_validation_split_is_stable():
    ids = [f"id{i}" for i in range(1000)]
    share = sum(map(is_validation, ids)) / len(ids)
    assert 0.15 < share < 0.25
    assert [is_validation(i) for i in ids] == [is_validation(i) for i in ids]


def test_build_from_shared_corpus(shared_dir, tmp_path):
    corpus = shared_dir / "corpus" / "articles.jsonl"
    dev = shared_dir / "data" / "dev.jsonl"
    report = build_training_set(corpus, tmp_path, exclude=dev)
    assert report.missing == []
    n_ann = sum(1 for _ in read_jsonl(ANNOTATIONS))
    assert report.hand_train + report.validation == n_ann >= 100
    dev_texts = {d["text"] for d in read_jsonl(dev)}
    for name in ("hand_train", "validation", "weak_train"):
        for d in read_jsonl(tmp_path / f"{name}.jsonl"):
            assert d["text"] not in dev_texts
            for e in d["entities"]:
                assert d["text"][e["start"]:e["end"]] == e["text"]
    val_ids = {d["id"] for d in read_jsonl(tmp_path / "validation.jsonl")}
    train_ids = {d["id"] for d in read_jsonl(tmp_path / "hand_train.jsonl")}
    assert val_ids and not val_ids & train_ids
    json.dumps(report.describe())
