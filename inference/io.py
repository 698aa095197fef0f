"""Readers and writers at the edges: inputs become records (or error records), documents
become JSONL lines, CSV rows, or error lines. Nothing in here knows about models.

Every input record gives exactly one output line, in input order: a record that cannot be
read becomes ``{"line": N, "id": ..., "error": ...}`` and the run goes on.
"""
from __future__ import annotations

import csv
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator, Optional, Sequence

from vnmeet.inference.document import Document


@dataclass(frozen=True)
class Record:
    """One input document, or the reason it could not be read (``error`` set, ``text`` None)."""

    line: int
    id: Optional[str]
    text: Optional[str]
    source: str
    error: Optional[str] = None

    def error_line(self) -> dict[str, Any]:
        out: dict[str, Any] = {"line": self.line}
        if self.id is not None:
            out["id"] = self.id
        out["error"] = self.error
        return out


def _decode(raw: bytes, what: str) -> tuple[Optional[str], Optional[str]]:
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as e:
        return None, f"{what} is not valid UTF-8 (at byte offset {e.start})"


def _jsonl_records(stream: IO[bytes], source: str) -> Iterator[Record]:
    for n, raw in enumerate(stream, 1):
        line, err = _decode(raw, "line")
        if err:
            yield Record(n, _id_despite_bad_bytes(raw), None, source, err)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield Record(n, None, None, source, f"invalid JSON: {e.msg} (column {e.colno})")
            continue
        if not isinstance(obj, dict):
            yield Record(n, None, None, source, "not a JSON object")
            continue
        doc_id = obj.get("id")
        doc_id = None if doc_id is None else str(doc_id)
        if "text" not in obj:
            yield Record(n, doc_id, None, source, "no text field")
        elif not isinstance(obj["text"], str):
            yield Record(n, doc_id, None, source,
                         f"text is not a string (got {type(obj['text']).__name__})")
        else:
            yield Record(n, doc_id, obj["text"], source)


def _id_despite_bad_bytes(raw: bytes) -> Optional[str]:
    """The record's id when the line is JSON apart from its undecodable bytes, for the
    error line."""
    try:
        obj = json.loads(raw.decode("utf-8", errors="replace"))
    except json.JSONDecodeError:
        return None
    return str(obj["id"]) if isinstance(obj, dict) and obj.get("id") is not None else None


def _text_file_record(path: Path, n: int) -> Record:
    text, err = _decode(path.read_bytes(), "file")
    return Record(n, str(path), text, str(path), err)


def _is_jsonl(path: Path) -> bool:
    return path.suffix.lower() in (".jsonl", ".ndjson")


def read_inputs(inputs: Sequence[str], stdin: IO[bytes] | None = None) -> Iterator[Record]:
    """Records from .txt files, folders of them (sorted), JSONL files and ``-`` (stdin).

    Stdin is read as JSONL when its first non-blank byte is ``{``, else as one text.
    ``line`` numbers the records of a JSONL source by line and text files by position."""
    for item in inputs:
        if item == "-":
            yield from _stdin_records(stdin if stdin is not None else sys.stdin.buffer)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            for n, p in enumerate(files, 1):
                yield _text_file_record(p, n)
        elif not path.exists():
            raise FileNotFoundError(f"{item}: no such file or folder")
        elif _is_jsonl(path):
            with open(path, "rb") as f:
                yield from _jsonl_records(f, str(path))
        else:
            yield _text_file_record(path, 1)


def _stdin_records(stream: IO[bytes]) -> Iterator[Record]:
    first = stream.readline()
    while first and not first.strip():
        first = stream.readline()
    if first.lstrip().startswith(b"{"):
        yield from _jsonl_records(_chain([first], stream), "<stdin>")
    else:
        text, err = _decode(first + stream.read(), "input")
        yield Record(1, "stdin", text, "<stdin>", err)


def _chain(head: list[bytes], rest: IO[bytes]) -> Iterator[bytes]:
    yield from head
    yield from rest


def document_line(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False)


def error_line(record: Record) -> str:
    return json.dumps(record.error_line(), ensure_ascii=False)


class AtomicJsonlWriter:
    """Writes lines to ``OUT.partial`` and renames it to ``OUT`` only when the run completes,
    so a crash never leaves a truncated file under the final name. With ``resume``, the lines
    of an interrupted run are kept and :attr:`done_ids` says which records to skip."""

    def __init__(self, path: Path, resume: bool = False):
        self.path = Path(path)
        self.partial = self.path.with_name(self.path.name + ".partial")
        self.done_ids: list[Optional[str]] = []
        if resume:
            source = self.partial if self.partial.exists() else (
                self.path if self.path.exists() else None)
            if source is not None:
                self.done_ids = self._complete_ids(source)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if resume and self.done_ids:
            self._rewrite_complete(self.partial if self.partial.exists() else self.path)
        self._fh = open(self.partial, "a" if resume and self.done_ids else "w", encoding="utf-8")

    @staticmethod
    def _complete_ids(path: Path) -> list[Optional[str]]:
        ids: list[Optional[str]] = []
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if not line.endswith("\n"):
                    break  # a line cut by the interruption is written again
                try:
                    ids.append(json.loads(line).get("id"))
                except json.JSONDecodeError:
                    break
        return ids

    def _rewrite_complete(self, source: Path) -> None:
        """Keep exactly the complete lines counted in done_ids."""
        with open(source, encoding="utf-8", errors="replace") as f:
            lines = [next(f) for _ in range(len(self.done_ids))]
        tmp = self.partial.with_name(self.partial.name + ".tmp")
        tmp.write_text("".join(lines), encoding="utf-8")
        os.replace(tmp, self.partial)

    def write(self, line: str) -> None:
        self._fh.write(line + "\n")
        self._fh.flush()

    def commit(self) -> None:
        self._fh.close()
        os.replace(self.partial, self.path)

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.close()


EVENT_CSV_FIELDS = ("id", "date_iso", "date", "type", "location", "name", "titles", "trigger")


class EventsCsvWriter:
    """One row per event participant: document id, date, type, location, name, titles
    (joined with ' | ') and trigger. An event without named participants gives one row with
    an empty name, so no event is lost."""

    def __init__(self, fh: IO[str]):
        self._writer = csv.writer(fh)
        self._writer.writerow(EVENT_CSV_FIELDS)
        self.rows = 0

    def write(self, doc: Document) -> None:
        for ev in doc.events:
            for p in ev.participants or [None]:
                self._writer.writerow([doc.id, ev.date_iso or "", ev.date or "", ev.type,
                                       ev.location or "", p.name if p else "",
                                       " | ".join(p.positions) if p else "", ev.trigger])
                self.rows += 1
