"""A RoBERTa token classifier that also sees the rule-based labeller's tag of each token.

The compact model is trained from scratch on a few hundred hand-annotated articles: too
little to learn from text alone what the gazetteers already know (titles, bodies, places,
name patterns). Adding an embedding of the rule tag to each token's input lets the model
learn when the rules are right and how to correct them, from the hand annotations.
"""
from __future__ import annotations

from typing import Any, Optional

import torch
from torch import nn
from transformers import RobertaForTokenClassification


class RobertaWithRuleFeatures(RobertaForTokenClassification):
    """RobertaForTokenClassification + an embedding of a per-token rule tag (IOB2 id)."""

    def __init__(self, config: Any):
        super().__init__(config)
        self.rule_embeddings = nn.Embedding(config.num_labels, config.hidden_size)
        nn.init.normal_(self.rule_embeddings.weight, std=config.initializer_range)

    def forward(self, input_ids: torch.Tensor, attention_mask: Optional[torch.Tensor] = None,
                rule_ids: Optional[torch.Tensor] = None, labels: Optional[torch.Tensor] = None,
                **kwargs: Any) -> Any:
        embeds = self.roberta.embeddings.word_embeddings(input_ids)
        if rule_ids is not None:
            embeds = embeds + self.rule_embeddings(rule_ids)
        # Position ids as RoBERTa derives them from input ids: padding-aware, from pad+1.
        pad = self.config.pad_token_id
        not_pad = input_ids.ne(pad).long()
        position_ids = torch.cumsum(not_pad, dim=1) * not_pad + pad
        return super().forward(inputs_embeds=embeds, attention_mask=attention_mask,
                               position_ids=position_ids, labels=labels, **kwargs)


def uses_rule_features(config: Any) -> bool:
    return bool(getattr(config, "rule_features", False))
