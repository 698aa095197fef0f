"""Run a model over gold documents and score it: the one path behind ``vnmeet evaluate``,
the model card and the training report."""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from vnmeet.inference.document import LABELS, Document
from vnmeet.training.metrics import PRF, entity_scores, event_scores, people_scores


def predict_documents(extractor: Any, gold: Sequence[Document], batch_size: int = 16,
                      progress: bool = False) -> dict[str, Document]:
    """Predictions for the gold texts, by id."""
    items: Iterable[tuple[Any, str]] = ((g.id, g.text) for g in gold)
    docs = extractor.pipe(items, batch_size=batch_size)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(gold), desc="evaluate", unit="doc")
    return {d.id: d for d in docs}


def score_all(gold: Sequence[Document], pred: Mapping[str, Document]) -> dict[str, Any]:
    """Entities, people and events, as EVALUATION.md defines them."""
    return {"entities": entity_scores(gold, pred), "people": people_scores(gold, pred),
            "events": event_scores(gold, pred)}


def format_entity_table(scores: Mapping[str, PRF]) -> str:
    """A Markdown table of per-label and micro scores."""
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label in [*LABELS, "micro"]:
        s = scores[label]
        rows.append(f"| {label} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {s.support} |")
    return "\n".join(rows)


def format_scores(scores: Mapping[str, Any]) -> str:
    """Human-readable report: the entity table, then people and event figures."""
    lines = [format_entity_table(scores["entities"])]
    for section in ("people", "events"):
        lines.append("")
        lines.append(f"{section}:")
        for name, value in scores[section].items():
            if isinstance(value, PRF):
                lines.append(f"  {name:<16} P {value.precision:.3f}  R {value.recall:.3f}  "
                             f"F1 {value.f1:.3f}")
            else:
                lines.append(f"  {name:<16} {value:.3f}" if isinstance(value, float)
                             else f"  {name:<16} {value}")
    return "\n".join(lines)
