"""vnmeet inference: text in, entities, people and meeting events out.

The public API is small: :class:`MeetingExtractor` loads a model folder and turns texts into
:class:`Document` objects, whose ``to_dict()`` gives the JSONL schema of the guidelines.
"""
from vnmeet.inference.document import Document, Event, Participant, Person, Span

__all__ = ["Document", "Event", "Participant", "Person", "Span", "MeetingExtractor"]


def __getattr__(name: str):
    # Lazy: importing the data classes must not pull in torch/transformers.
    if name == "MeetingExtractor":
        from vnmeet.inference.extractor import MeetingExtractor

        return MeetingExtractor
    raise AttributeError(name)
