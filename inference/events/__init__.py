"""Meeting events from a text, its entities and its people (GUIDELINES.md §2).

- ``triggers``: the trigger lexicon, and sentences;
- ``statements``: whether a trigger states a meeting that happened;
- ``mentions``: the people, parties and place a stretch of text names;
- ``dating``: which date dates a trigger;
- ``drafts``: events being built, and which earlier event a statement restates;
- ``leaders``: delegation leaders;
- ``grouping``: the reading-order pass that ties them together (``group_events``).
"""
from vnmeet.inference.events.grouping import group_events
from vnmeet.inference.events.triggers import TRIGGERS, find_triggers, sentences

__all__ = ["TRIGGERS", "find_triggers", "group_events", "sentences"]
