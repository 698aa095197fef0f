"""What the sentences of one article share while its events are grouped: the text, its
entities, people and dateline, the events found so far, and how a candidate joins them.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

from vnmeet.inference.document import Person, Span
from vnmeet.inference.events.dating import date_for, word_range
from vnmeet.inference.events.drafts import Draft, merge_target, same_place, spans_visit
from vnmeet.inference.events.mentions import people_in
from vnmeet.inference.events.passing import passing_events


@dataclass
class Article:
    """What the sentences of one article share while events are grouped."""

    text: str
    ents: list[Span]
    people: Sequence[Person]
    dateline: Optional[str]
    dateline_span: Optional[Span]
    headline_end: int
    drafts: list[Draft] = field(default_factory=list)
    last: Optional[Draft] = None
    scene_date: Optional[Span] = None
    pending: list[Person] = field(default_factory=list)
    # People who go along with an event's delegation ("A cùng đi với đoàn"), added once its
    # leader is known.
    along: list[tuple[Draft, list[Person]]] = field(default_factory=list)
    _dates: Optional[list[Span]] = None

    def people_in(self, start: int, end: int) -> list[Person]:
        return people_in(self.text, self.ents, self.people, start, end)

    def dates(self) -> list[Span]:
        """The DATE spans in text order (kept once: looked up by offset many times)."""
        if self._dates is None:
            self._dates = sorted((s for s in self.ents if s.label == "DATE"), key=lambda s: s.start)
        return self._dates

    def date_for(self, start: int, end: int, at: int) -> Optional[Span]:
        return date_for(self.text, self.ents, start, end, at, self.dateline_span)

    def place(self, cand: Draft, explicit: bool, opens_new: bool = False,
              before: Optional[int] = None) -> Draft:
        """Merge a candidate into the event it restates, or keep it as a new event. With
        ``before``, only events stated before that offset can be restated (not those of the
        candidate's own sentence)."""
        earlier = [d for d in self.drafts if before is None or d.trigger_start < before]
        target = merge_target(earlier, cand, explicit, self.dateline, self.headline_end, opens_new)
        whole = word_range(self.text, self.dates(), cand.date) if cand.date is not None else None
        if target is None and whole is not None and whole is not cand.date:
            # A day that opens a range written with words ("từ ngày 25 đến ngày 28-7") names
            # no month alone: the whole range says which occasion it is.
            target = merge_target(earlier, replace(cand, date=whole), explicit, self.dateline,
                                  self.headline_end, opens_new)
        if target is None:
            self.drafts.append(cand)
            return cand
        if target.date is None or spans_visit(target, cand.date, self.dateline):
            target.date = cand.date
        target.take_parties(cand)
        target.location = target.location or cand.location
        return target

    def place_at(self, cand: Draft) -> Draft:
        """A visit to one listed place restates the visit already found at that place (the
        headline and the lead list the same places), else it is a new event."""
        for d in reversed(self.drafts):
            if (d.type == cand.type and d.location is not None
                    and same_place(d.location, cand.location or "")):
                if d.date is None or spans_visit(d, cand.date, self.dateline):
                    d.date = cand.date
                d.add_people(cand.people)
                return d
        self.drafts.append(cand)
        return cand

    def passing(self, triggers: Sequence[tuple[int, int, str]], sent: tuple[int, int],
                main_date: Optional[Span]) -> list[Draft]:
        return passing_events(self.text, self.ents, self.people, triggers, sent, main_date,
                              self.dateline, self.dateline_span)
