"""Training data: gold JSONL, stand-off annotations joined with the corpus, and the features
(windows of subword ids with first-subword labels) that the model trains on.

Features are built with the same normalisation, segmentation, alignment and windowing as
inference, so the model never sees text prepared differently from what it will meet.
"""
from __future__ import annotations

import hashlib
import json
import random
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from vnmeet.inference.document import Document, Span
from vnmeet.inference.features import window_features, word_tag_ids
from vnmeet.inference.normalise import CleanText, normalise
from vnmeet.inference.segment import Segmenter, Word
from vnmeet.inference.windows import make_windows
from vnmeet.training.labels import spans_to_word_tags


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: invalid JSON ({e.msg})") from None


def read_documents(path: str | Path) -> list[Document]:
    """Gold documents in the guideline schema."""
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(f"{p}: no such data file (the training set is built by "
                                "`vnmeet build-data`)")
    return [Document.from_dict(d) for d in read_jsonl(p)]


def text_checksum(text: str) -> str:
    """sha256 of the NFC text: stand-off annotations only apply to the text they were made on."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def to_standoff(doc: Document) -> dict[str, Any]:
    """An annotation without the article text: id, checksum, offsets, people and events."""
    d = doc.to_dict()
    return {"id": doc.id, "sha256": text_checksum(doc.text),
            "entities": [[e["start"], e["end"], e["label"]] for e in d["entities"]],
            "people": d["people"], "events": d["events"]}


def join_standoff(annotation: dict[str, Any], text: str) -> Document:
    """Rebuild a gold Document from a stand-off annotation and its article text."""
    text = unicodedata.normalize("NFC", text)
    if text_checksum(text) != annotation["sha256"]:
        raise ValueError(f"{annotation['id']}: article text changed since it was annotated")
    ents = [{"start": s, "end": e, "label": lab, "text": text[s:e]}
            for s, e, lab in annotation["entities"]]
    return Document.from_dict({**annotation, "text": text, "entities": ents})


def clean_spans(clean: CleanText, spans: Iterable[Span]) -> list[Span]:
    """Original-offset spans moved onto the clean text (spans that cannot be are dropped,
    which only happens when a span starts or ends inside a removed character)."""
    start_of = {}
    end_of = {}
    for i, (s, e) in enumerate(zip(clean.starts, clean.ends)):
        start_of.setdefault(s, i)
        end_of[e] = i + 1
    out = []
    for sp in spans:
        if sp.start in start_of and sp.end in end_of:
            a, b = start_of[sp.start], end_of[sp.end]
            out.append(Span(a, b, sp.label, clean.text[a:b], sp.score))
    return out


def encode_document(doc: Document, segmenter: Segmenter,
                    piece_ids: Callable[[str], tuple[int, ...]], tags: Sequence[str],
                    max_length: int, overlap: int, special: tuple[int, int],
                    rule_spans: Optional[Callable[[str], list[Span]]] = None,
                    rule_dropout: float = 0.0, seed: int = 0
                    ) -> tuple[list[dict[str, list[int]]], list[Span]]:
    """Model features for one gold document, and the gold spans not on word boundaries.

    With ``rule_spans``, each window also carries the rule labeller's tags; each rule span
    is hidden with probability ``rule_dropout`` (seeded per document), so that the model
    also learns to find entities the rules miss."""
    tag_ids = {t: i for i, t in enumerate(tags)}
    clean = normalise(doc.text)
    words: list[Word] = segmenter(clean.text)
    labels = {t[2:] for t in tags if t != "O"}
    wt = spans_to_word_tags(words, [s for s in clean_spans(clean, doc.ents) if s.label in labels])
    word_labels = [tag_ids[t] for t in wt.tags]
    word_rules = None
    if rule_spans is not None:
        rng = random.Random(f"{seed}:{doc.id}")
        kept = [s for s in rule_spans(clean.text) if rng.random() >= rule_dropout]
        word_rules = word_tag_ids(words, kept, tag_ids)
    feats = []
    for win in make_windows(clean.text, words, piece_ids, max_length, overlap):
        sl = slice(win.first, win.first + len(win.word_pieces))
        feats.append(window_features(win, special[0], special[1],
                                     word_rules[sl] if word_rules is not None else None,
                                     tags, word_labels[sl]).as_dict())
    return feats, wt.misaligned


def load_training_documents(paths: Sequence[str]) -> list[Document]:
    docs: list[Document] = []
    for p in paths:
        docs.extend(read_documents(p))
    return docs
