"""A whole extraction run: read records, extract in batches, write one line per record.

Kept apart from the CLI so that it can be tested and reused; the CLI only parses options.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Iterator, Optional, Sequence

from vnmeet.inference.document import Document
from vnmeet.inference.extractor import MeetingExtractor
from vnmeet.inference.io import (AtomicJsonlWriter, EventsCsvWriter, Record, document_line,
                                 error_line, read_inputs)


@dataclass
class RunSummary:
    written: int = 0
    failed: int = 0
    skipped: int = 0

    def describe(self) -> str:
        parts = [f"{self.written} documents written", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} already done (resumed)")
        return "vnmeet: " + ", ".join(parts)


def _skip_done(records: Iterator[Record], done: Sequence[Optional[str]]) -> Iterator[Record]:
    """Drop the records an interrupted run already wrote; they must match in order."""
    for k, expected in enumerate(done):
        rec = next(records, None)
        if rec is None:
            raise ValueError("--resume: the output has more lines than the input has records")
        if expected is not None and rec.id is not None and rec.id != expected:
            raise ValueError(f"--resume: output line {k + 1} is {expected!r} but input record "
                             f"is {rec.id!r}; not the same input")
    yield from records


def run_extraction(extractor: MeetingExtractor, inputs: Sequence[str], output: Path,
                   events_csv: Optional[Path] = None, resume: bool = False,
                   progress: bool = False) -> RunSummary:
    """Extract every record of ``inputs`` into ``output`` (JSONL), in input order."""
    writer = AtomicJsonlWriter(output, resume=resume)
    summary = RunSummary(skipped=len(writer.done_ids))
    csv_fh = open(events_csv, "a" if resume and writer.done_ids else "w", encoding="utf-8",
                  newline="") if events_csv else None
    csv_writer = EventsCsvWriter(csv_fh) if csv_fh else None
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(desc="extract", unit="doc", dynamic_ncols=True)
    try:
        records = _skip_done(read_inputs(inputs), writer.done_ids)
        while batch := list(islice(records, extractor.batch_size)):
            good = [r for r in batch if r.error is None]
            docs = iter(extractor.pipe([(r.id, r.text) for r in good], len(good) or 1))
            for rec in batch:
                if rec.error is not None:
                    writer.write(error_line(rec))
                    summary.failed += 1
                    continue
                doc: Document = next(docs)
                writer.write(document_line(doc))
                if csv_writer:
                    csv_writer.write(doc)
                summary.written += 1
            if bar:
                bar.update(len(batch))
        writer.commit()
    finally:
        writer.close()
        if csv_fh:
            csv_fh.close()
        if bar:
            bar.close()
    return summary
