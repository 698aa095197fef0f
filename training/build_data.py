"""Rebuild the training set from the corpus: hand annotations (stand-off, in the project)
joined with the article texts (in ../shared), a validation split of them, and weak labels
for the rest of the corpus.

The article texts never enter the project's git: annotations carry only ids, offsets and a
checksum of the text they were made on; the built files go to a git-ignored folder.
"""
from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from vnmeet.inference.document import Document, Span
from vnmeet.training.data import join_standoff, read_jsonl, to_standoff

ANNOTATIONS = Path(__file__).parent / "annotations" / "corpus.jsonl"


def is_validation(doc_id: str, share: int = 5) -> bool:
    """A fixed 1-in-``share`` split by a hash of the id: stable as annotations grow."""
    return int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % share == 0


def place_spans(text: str, spans: Sequence[Sequence[str]]) -> list[Span]:
    """[LABEL, TEXT] spans in reading order → offsets (each found after the previous one)."""
    out, pos = [], 0
    for label, span_text in spans:
        span_text = unicodedata.normalize("NFC", span_text)
        i = text.find(span_text, pos)
        if i < 0:
            raise ValueError(f"span {label}:{span_text!r} not found after offset {pos}")
        out.append(Span(i, i + len(span_text), label, span_text))
        pos = i + len(span_text)
    return out


_TP_PREFIXES = ("TP. ", "TP.", "TP ")


def include_tp_prefix(text: str, ents: list[Span]) -> list[Span]:
    """Decision for annotators' disagreement: a capitalised "TP"/"TP." before a city is part
    of the LOC ([TP Đà Nẵng]), as the gold data writes it and as the guidelines write
    [TP Hồ Chí Minh]; lower-case "thành phố" stays outside."""
    taken = [(e.start, e.end) for e in ents]
    out = []
    for e in ents:
        if e.label == "LOC":
            for pre in _TP_PREFIXES:
                k = e.start - len(pre)
                if (k >= 0 and text[k:e.start] == pre and (k == 0 or not text[k - 1].isalnum())
                        and not any(a < e.start and b > k for a, b in taken)):
                    e = Span(k, e.end, "LOC", text[k:e.end])
                    break
        out.append(e)
    return out


def import_drafts(draft_files: Iterable[Path], out: Path = ANNOTATIONS) -> tuple[int, list[str]]:
    """Merge annotator drafts ({id, text, spans, people, events}) into the stand-off file.

    Returns (number of annotations written, problems); a draft with a problem is skipped."""
    existing = {a["id"]: a for a in read_jsonl(out)} if out.exists() else {}
    problems: list[str] = []
    for path in draft_files:
        for d in read_jsonl(path):
            text = unicodedata.normalize("NFC", d["text"])
            try:
                ents = include_tp_prefix(text, place_spans(text, d["spans"]))
            except ValueError as e:
                problems.append(f"{path}:{d.get('id')}: {e}")
                continue
            doc = Document.from_dict({"id": d["id"], "text": text,
                                      "entities": [e.to_dict() for e in ents],
                                      "people": d.get("people", []),
                                      "events": d.get("events", [])})
            existing[d["id"]] = to_standoff(doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for key in sorted(existing):
            f.write(json.dumps(existing[key], ensure_ascii=False) + "\n")
    return len(existing), problems


@dataclass
class BuildReport:
    hand_train: int
    validation: int
    weak: int
    missing: list[str]

    def describe(self) -> str:
        msg = (f"{self.hand_train} hand-annotated training articles, {self.validation} "
               f"validation articles, {self.weak} weak-labelled articles")
        if self.missing:
            msg += f"; {len(self.missing)} annotations without their article: {self.missing[:5]}"
        return msg


def _write(path: Path, docs: Iterable[Document]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d.to_dict(), ensure_ascii=False) + "\n")


def build_training_set(corpus: Path, out_dir: Path, annotations: Path = ANNOTATIONS,
                       weak_labeller: Callable[[str], list[Span]] | None = None,
                       exclude: Path | None = None) -> BuildReport:
    """Write ``hand_train.jsonl``, ``validation.jsonl`` and ``weak_train.jsonl`` to ``out_dir``.

    ``exclude`` (e.g. the dev set) names documents whose texts must never be trained on."""
    if weak_labeller is None:
        from vnmeet.inference.rules.labeller import weak_label as weak_labeller
    articles = {a["id"]: a["text"] for a in read_jsonl(corpus)}
    banned = set()
    if exclude is not None and exclude.exists():
        banned = {unicodedata.normalize("NFC", d["text"]) for d in read_jsonl(exclude)}
    annotated = list(read_jsonl(annotations)) if annotations.exists() else []
    hand, val, missing = [], [], []
    for a in annotated:
        if a["id"] not in articles:
            missing.append(a["id"])
            continue
        doc = join_standoff(a, articles[a["id"]])
        (val if is_validation(doc.id) else hand).append(doc)
    done = {a["id"] for a in annotated}
    weak = []
    for doc_id, text in sorted(articles.items()):
        text = unicodedata.normalize("NFC", text)
        if doc_id in done or text in banned:
            continue
        weak.append(Document(doc_id, text, weak_labeller(text)))
    _write(out_dir / "hand_train.jsonl", hand)
    _write(out_dir / "validation.jsonl", val)
    _write(out_dir / "weak_train.jsonl", weak)
    return BuildReport(len(hand), len(val), len(weak), missing)
