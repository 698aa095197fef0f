"""Model inputs for one window, shared by training and inference: subword ids, the first
subword of each word (which carries the word's label), and, for models that use them, the
rule labeller's tag of every subword."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

import torch

from vnmeet.inference.document import Span
from vnmeet.inference.segment import Word
from vnmeet.inference.windows import Window

IGNORE = -100


@dataclass(frozen=True)
class WindowFeatures:
    input_ids: list[int]
    first_subword: list[int]
    rule_ids: Optional[list[int]] = None
    labels: Optional[list[int]] = None

    def as_dict(self) -> dict[str, list[int]]:
        d = {"input_ids": self.input_ids}
        if self.rule_ids is not None:
            d["rule_ids"] = self.rule_ids
        if self.labels is not None:
            d["labels"] = self.labels
        return d


def window_features(window: Window, cls_id: int, sep_id: int, word_rules: Optional[Sequence[int]],
                    tags: Sequence[str], word_labels: Optional[Sequence[int]] = None
                    ) -> WindowFeatures:
    """<s> pieces… </s>; a word's rule tag goes on its first subword and the matching I- tag
    on its other subwords; its label on the first subword only."""
    ids, first, rules, labels = [cls_id], [], [0], [IGNORE]
    for k, pieces in enumerate(window.word_pieces):
        first.append(len(ids))
        ids.extend(pieces)
        if word_rules is not None:
            r = word_rules[k]
            inside = tags.index("I-" + tags[r][2:]) if tags[r] != "O" else 0
            rules.extend([r] + [inside] * (len(pieces) - 1))
        if word_labels is not None:
            labels.extend([word_labels[k]] + [IGNORE] * (len(pieces) - 1))
    ids.append(sep_id)
    rules.append(0)
    labels.append(IGNORE)
    return WindowFeatures(ids, first, rules if word_rules is not None else None,
                          labels if word_labels is not None else None)


def word_tag_ids(words: Sequence[Word], spans: Sequence[Span], tag_ids: dict[str, int]
                 ) -> list[int]:
    """The IOB2 tag id of each word under ``spans`` (O where a span is not on word edges)."""
    from vnmeet.training.labels import spans_to_word_tags

    return [tag_ids.get(t, 0) for t in spans_to_word_tags(words, spans).tags]


def collate(rows: Sequence[dict[str, list[int]]], pad_id: int) -> dict[str, torch.Tensor]:
    """Pad a batch: input_ids with the pad id, rule_ids with O, labels with IGNORE."""
    width = max(len(r["input_ids"]) for r in rows)
    fill = {"input_ids": pad_id, "rule_ids": 0, "labels": IGNORE}
    out = {k: torch.full((len(rows), width), v, dtype=torch.long)
           for k, v in fill.items() if k in rows[0]}
    out["attention_mask"] = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        n = len(r["input_ids"])
        for k in fill:
            if k in r:
                out[k][i, :n] = torch.tensor(r[k])
        out["attention_mask"][i, :n] = 1
    return out
