"""Plain data classes for extraction results, and their JSON schema (GUIDELINES.md §4).

Everything downstream of the tagger works on these; ``to_dict``/``from_dict`` are the only
place the schema is spelled out, so readers, writers and the evaluator agree by construction.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

LABELS: tuple[str, ...] = ("PER", "POS", "ORG", "LOC", "DATE")


@dataclass(frozen=True, order=True)
class Span:
    """An entity: ``text == doc.text[start:end]`` (end exclusive), with the tagger's confidence."""

    start: int
    end: int
    label: str
    text: str
    score: float = field(default=1.0, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        return cls(int(d["start"]), int(d["end"]), str(d["label"]), str(d["text"]),
                   float(d.get("score", 1.0)))


@dataclass
class Person:
    """A named person, once per document, with every title the article gives him or her."""

    name: str
    positions: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list, compare=False, repr=False)
    # Titles written alone that the article uses for this person ("Tổng Bí thư thông báo …"
    # after "Tổng Bí thư Tô Lâm"): events count such a sentence as naming the person.
    title_mentions: list[Span] = field(default_factory=list, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "positions": list(self.positions)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Person":
        return cls(str(d["name"]), [str(p) for p in d.get("positions", [])])


Participant = Person
"""An event participant has the same shape as a person: a name and that person's titles."""


@dataclass
class Event:
    """One meeting occasion (GUIDELINES.md §2)."""

    trigger: str
    type: str
    date: Optional[str] = None
    date_iso: Optional[str] = None
    location: Optional[str] = None
    participants: list[Person] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    trigger_start: Optional[int] = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {"trigger": self.trigger, "type": self.type, "date": self.date,
                "date_iso": self.date_iso, "location": self.location,
                "participants": [p.to_dict() for p in self.participants],
                "organisations": list(self.organisations)}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(trigger=str(d.get("trigger") or ""), type=str(d.get("type") or "other"),
                   date=d.get("date"), date_iso=d.get("date_iso"), location=d.get("location"),
                   participants=[Person.from_dict(p) for p in d.get("participants", [])],
                   organisations=[str(o) for o in d.get("organisations", [])])


@dataclass
class Document:
    """A text with its entities (sorted by start), people and events."""

    id: Optional[str]
    text: str
    ents: list[Span] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text,
                "entities": [e.to_dict() for e in sorted(self.ents)],
                "people": [p.to_dict() for p in self.people],
                "events": [e.to_dict() for e in self.events]}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        return cls(id=d.get("id"), text=d["text"],
                   ents=sorted(Span.from_dict(e) for e in d.get("entities", [])),
                   people=[Person.from_dict(p) for p in d.get("people", [])],
                   events=[Event.from_dict(e) for e in d.get("events", [])])
