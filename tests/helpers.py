"""Test helpers: markup written in the tests → gold documents, and tiny PhoBERT-format
checkpoints built from that text (no network, a few seconds on CPU)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from vnmeet.inference.document import Document, Span

FIXTURES = Path(__file__).parent / "fixtures"
TAG = re.compile(r"\[\[(PER|POS|ORG|LOC|DATE):(.+?)\]\]")


def parse_markup(markup: str, doc_id: str) -> Document:
    """``[[LABEL:text]]`` markup → a Document with offsets into the plain text."""
    out, ents, pos, cursor = [], [], 0, 0
    for m in TAG.finditer(markup):
        out.append(markup[pos:m.start()])
        cursor += m.start() - pos
        ents.append(Span(cursor, cursor + len(m.group(2)), m.group(1), m.group(2)))
        out.append(m.group(2))
        cursor += len(m.group(2))
        pos = m.end()
    out.append(markup[pos:])
    return Document(doc_id, "".join(out), ents)


def spans(text: str, *items: tuple[str, str]) -> list[Span]:
    """Spans for (label, substring) items, each found after the previous one."""
    from vnmeet.training.build_data import place_spans

    return place_spans(text, items)


def fixture_documents() -> list[Document]:
    lines = (FIXTURES / "marked.txt").read_text(encoding="utf-8").splitlines()
    return [parse_markup(line, f"fx-{i}") for i, line in enumerate(lines) if line.strip()]


def write_jsonl(path: Path, docs: list[Document]) -> Path:
    path.write_text("".join(json.dumps(d.to_dict(), ensure_ascii=False) + "\n" for d in docs),
                    encoding="utf-8")
    return path


def tiny_phobert_checkpoint(folder: Path, texts: list[str]) -> Path:
    """A PhoBERT-format *pretrained* checkpoint: RobertaConfig with two small layers, a
    PhobertTokenizer vocabulary and BPE codes learnt from ``texts``. Stands in for
    ``vinai/phobert-base`` on the same code path."""
    from transformers import PhobertTokenizer, RobertaConfig, RobertaForMaskedLM

    from vnmeet.inference.normalise import tone_normalise
    from vnmeet.inference.segment import get_segmenter
    from vnmeet.training.bpe import write_phobert_vocab

    seg = get_segmenter("pyvi")
    forms = [tone_normalise(w.form) for t in texts for w in seg(t)]
    vocab, codes = write_phobert_vocab(forms, folder, num_merges=300, min_count=1)
    tok = PhobertTokenizer(vocab_file=str(vocab), merges_file=str(codes))
    config = RobertaConfig(vocab_size=len(tok), hidden_size=32, num_hidden_layers=2,
                           num_attention_heads=2, intermediate_size=64,
                           max_position_embeddings=258, type_vocab_size=1, pad_token_id=1,
                           bos_token_id=0, eos_token_id=2, tokenizer_class="PhobertTokenizer")
    RobertaForMaskedLM(config).save_pretrained(folder, safe_serialization=True)
    tok.save_pretrained(folder)
    return folder
