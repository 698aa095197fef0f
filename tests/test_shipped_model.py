"""The model shipped in models/ loads offline and does the job on text written for the tests."""
import json

import pytest
from typer.testing import CliRunner

from vnmeet.inference.cli import app
from vnmeet.inference.extractor import DEFAULT_MODEL, MeetingExtractor

pytestmark = pytest.mark.skipif(not (DEFAULT_MODEL / "config.json").is_file(),
                                reason="no model shipped in models/")

TEXT = ("Ngày 12/5/2025, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Trần Văn An đã tiếp Đại sứ "
        "Nhật Bản tại Việt Nam Suzuki Hiroshi. Tham dự buổi tiếp có đồng chí Lê Thị Mai, "
        "Vụ trưởng Vụ Đông Bắc Á.")


@pytest.fixture(scope="module")
def shipped():
    return MeetingExtractor.load()


def test_loads_offline_with_its_card_and_settings(shipped, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    assert (DEFAULT_MODEL / "README.md").read_text().count("| micro |") >= 1
    assert shipped.tagger.settings.max_length == 256
    assert (DEFAULT_MODEL / "model.safetensors").stat().st_size < 60 * 2**20


def test_finds_people_titles_dates_and_the_meeting(shipped):
    doc = shipped(TEXT)
    found = {(e.label, e.text) for e in doc.ents}
    assert {("PER", "Trần Văn An"), ("PER", "Suzuki Hiroshi"), ("DATE", "Ngày 12/5/2025")} <= found
    assert all(TEXT[e.start:e.end] == e.text for e in doc.ents)
    people = {p.name: p.positions for p in doc.people}
    assert any("Bộ trưởng" in t for t in people.get("Trần Văn An", []))
    (event,) = [e for e in doc.events if e.type == "reception"]
    assert event.date_iso == "2025-05-12"
    assert {"Trần Văn An", "Suzuki Hiroshi"} <= {p.name for p in event.participants}


def test_default_extract_command(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "t", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["extract", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    (line,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "t" and line["entities"] and line["events"]
