"""MeetingExtractor: the public entry point that wires normalise → segment → tag → decode →
people → events into a :class:`Document`.

Usage mirrors spaCy and GLiNER: ``extractor(text)`` for one text, ``extractor.pipe(texts)``
for many (lazily, in batches), ``extractor.predict_entities(text)`` for plain dicts.
"""
from __future__ import annotations

import os
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence, Union

import numpy as np

from vnmeet.inference.combine import combine, rule_labeller
from vnmeet.inference.decode import tags_to_word_spans, trim_punctuation, viterbi_iob2
from vnmeet.inference.document import Document, Span
from vnmeet.inference.events import group_events
from vnmeet.inference.normalise import CleanText, normalise
from vnmeet.inference.people import link_people
from vnmeet.inference.segment import Word
from vnmeet.inference.tagger import Tagger

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "vnmeet-compact"
"""The shipped model, in the repository's models/ folder; VNMEET_MODEL overrides it."""

TextInput = Union[str, tuple[Any, str]]


class ModelNotFoundError(FileNotFoundError):
    """No model at the given path, or no default model shipped."""


def default_model_path() -> Path:
    return Path(os.environ.get("VNMEET_MODEL") or DEFAULT_MODEL)


def spans_from_probs(clean_text: str, words: Sequence[Word], probs: np.ndarray,
                     tags: Sequence[str]) -> list[Span]:
    """Decode word probabilities into entity spans with offsets into the clean text."""
    path = viterbi_iob2(np.log(np.clip(probs, 1e-9, 1.0)), tags)
    forms = [w.form for w in words]
    spans: list[Span] = []
    for ws in tags_to_word_spans(path, tags, probs):
        trimmed = trim_punctuation(ws, forms)
        if trimmed is not None:
            start, end = words[trimmed.first].start, words[trimmed.last].end
            spans.append(Span(start, end, trimmed.label, clean_text[start:end],
                              round(trimmed.score, 4)))
    return spans


def to_original(original: str, clean: CleanText, spans: Sequence[Span]) -> list[Span]:
    """The same spans with offsets and text taken from the original input."""
    out = []
    for s in spans:
        start, end = clean.to_original(s.start, s.end)
        out.append(Span(start, end, s.label, original[start:end], s.score))
    return out


class MeetingExtractor:
    """Entities, people and meeting events from Vietnamese news text."""

    def __init__(self, tagger: Tagger, batch_size: int = 16):
        self.tagger = tagger
        self.batch_size = batch_size

    @classmethod
    def load(cls, path: str | Path | None = None, batch_size: int = 16,
             rules: str | None = None, quantize: bool | None = None) -> "MeetingExtractor":
        """Load a model folder; with no path, the model shipped in models/.

        ``rules`` and ``quantize`` override the model's saved settings (vnmeet.json)."""
        folder = Path(path) if path is not None else default_model_path()
        if not (folder / "config.json").is_file():
            hint = ("no default model is shipped at this location; train one with "
                    "`vnmeet train configs/compact.yaml` or pass --model"
                    if path is None else "not a vnmeet model folder (no config.json)")
            raise ModelNotFoundError(f"{folder}: {hint}")
        return cls(Tagger.load(folder, rules=rules, quantize=quantize), batch_size=batch_size)

    def __call__(self, text: str, id: Any = None) -> Document:
        return next(self.pipe([(id, text)], batch_size=1))

    def predict_entities(self, text: str) -> list[dict[str, Any]]:
        """Entities as plain dicts with offsets, label, text and score."""
        return [dict(e.to_dict(), score=e.score) for e in self(text).ents]

    def pipe(self, texts: Iterable[TextInput], batch_size: int | None = None) -> Iterator[Document]:
        """Documents for ``texts`` (strings or (id, text) pairs), lazily, in input order."""
        size = batch_size or self.batch_size
        it = iter(texts)
        while batch := list(islice(it, size)):
            pairs = [t if isinstance(t, tuple) else (None, t) for t in batch]
            for _, text in pairs:
                if not isinstance(text, str):
                    raise TypeError(f"text must be a str, got {type(text).__name__}")
            yield from self._process([i for i, _ in pairs], [t for _, t in pairs])

    def _process(self, ids: Sequence[Any], texts: Sequence[str]) -> list[Document]:
        cleans = [normalise(t) for t in texts]
        words = [self.tagger.words(c.text) for c in cleans]
        mode = self.tagger.settings.rules
        # the rule labeller runs once per document: for the model's features and to combine
        rules = ([rule_labeller()(c.text) for c in cleans]
                 if self.tagger.rule_features or mode != "none" else [None] * len(cleans))
        probs = self.tagger.word_probs([(c.text, w) for c, w in zip(cleans, words)],
                                       batch_size=max(8, self.batch_size),
                                       rule_spans=rules if self.tagger.rule_features else None)
        docs = []
        for doc_id, text, clean, ws, p, r in zip(ids, texts, cleans, words, probs, rules):
            ents = combine(mode, clean.text, spans_from_probs(clean.text, ws, p, self.tagger.tags), r)
            people = link_people(clean.text, ents)
            events = group_events(clean.text, ents, people)
            docs.append(Document(doc_id, text, to_original(text, clean, ents), people, events))
        return docs
