"""Learn a PhoBERT-format vocabulary (``vocab.txt``) and BPE codes (``bpe.codes``) from text.

A compact model trained here from scratch needs its own vocabulary, in the exact files that
``PhobertTokenizer`` reads (fastBPE's format: merges ``a b count`` with ``</w>`` marking the
end of a word; vocabulary ``piece count`` with ``@@`` on non-final pieces), so that the same
tokenizer class and code path serve the compact model, tests and ``vinai/phobert-base``.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Iterable

EOW = "</w>"


def _pairs(symbols: tuple[str, ...]) -> Iterable[tuple[str, str]]:
    return zip(symbols, symbols[1:])


def learn_merges(word_counts: Counter[str], num_merges: int, min_count: int = 2
                 ) -> list[tuple[str, str, int]]:
    """Sennrich-style BPE merges over word frequencies (most frequent pair first; ties by
    the pair itself, so the result is deterministic)."""
    vocab = {tuple(w[:-1]) + (w[-1] + EOW,): c for w, c in word_counts.items() if w}
    stats: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for word, c in vocab.items():
        for p in _pairs(word):
            stats[p] += c
            where.setdefault(p, set()).add(word)
    merges: list[tuple[str, str, int]] = []
    while len(merges) < num_merges and stats:
        best, count = min(stats.items(), key=lambda kv: (-kv[1], kv[0]))
        if count < min_count:
            break
        merges.append((best[0], best[1], count))
        joined = best[0] + best[1]
        for word in list(where.get(best, ())):
            if word not in vocab:
                continue
            c = vocab.pop(word)
            new: list[str] = []
            i = 0
            while i < len(word):
                if i + 1 < len(word) and (word[i], word[i + 1]) == best:
                    new.append(joined)
                    i += 2
                else:
                    new.append(word[i])
                    i += 1
            new_word = tuple(new)
            for p in _pairs(word):
                stats[p] -= c
                if stats[p] <= 0:
                    del stats[p]
            for p in _pairs(new_word):
                stats[p] += c
                where.setdefault(p, set()).add(new_word)
            vocab[new_word] = vocab.get(new_word, 0) + c
        where.pop(best, None)
    return merges


def apply_merges(word: str, ranks: dict[tuple[str, str], int]) -> list[str]:
    """Pieces of ``word`` in vocabulary notation (``@@`` on all but the last)."""
    symbols = list(word[:-1]) + [word[-1] + EOW]
    while len(symbols) > 1:
        pairs = [(ranks.get(p, 1 << 30), i) for i, p in enumerate(zip(symbols, symbols[1:]))]
        rank, i = min(pairs)
        if rank == 1 << 30:
            break
        symbols[i:i + 2] = [symbols[i] + symbols[i + 1]]
    symbols[-1] = symbols[-1][: -len(EOW)]
    return [s + "@@" for s in symbols[:-1]] + ([symbols[-1]] if symbols[-1] else [])


def write_phobert_vocab(words: Iterable[str], folder: Path, num_merges: int = 8000,
                        min_count: int = 2) -> tuple[Path, Path]:
    """Write ``vocab.txt`` and ``bpe.codes`` for the given word forms into ``folder``."""
    counts = Counter(w for w in words if w and not w.isspace())
    merges = learn_merges(counts, num_merges, min_count)
    ranks = {(a, b): i for i, (a, b, _) in enumerate(merges)}
    pieces: Counter[str] = Counter()
    for w, c in counts.items():
        for p in apply_merges(w, ranks):
            pieces[p] += c
    for ch in {ch for w in counts for ch in w}:  # every seen character, in both positions
        pieces[ch] += 0
        pieces[ch + "@@"] += 0
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    codes = folder / "bpe.codes"
    vocab = folder / "vocab.txt"
    codes.write_text("".join(f"{a} {b} {c}\n" for a, b, c in merges), encoding="utf-8")
    ordered = sorted(pieces.items(), key=lambda kv: (-kv[1], kv[0]))
    vocab.write_text("".join(f"{p} {max(c, 1)}\n" for p, c in ordered), encoding="utf-8")
    return vocab, codes
