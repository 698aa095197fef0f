"""Meeting events from a text, its entities and its people (GUIDELINES.md §2).

- ``triggers``: the trigger lexicon, and sentences;
- ``statements``: whether a trigger states a meeting that happened;
- ``mentions``: the people, parties and place a stretch of text names;
- ``dating``: which date dates a trigger;
- ``drafts``: events being built, and which earlier event a statement restates;
- ``leaders``: delegation leaders;
- ``article``: what the sentences of one article share while its events are grouped;
- ``passing``: past visits and signings mentioned in passing beside the main event;
- ``companions``: companion lines ("Tháp tùng … có") and whom they accompany;
- ``place_lists``: a visit to several listed places, one visit per place;
- ``trip_dates``: dating an event by the span of its trip;
- ``signings``: signings between bodies rather than people;
- ``not_events``: triggers and events that turn out to state no occasion of their own;
- ``speakers``: who speaks in a sentence of a meeting report, and so took part;
- ``welcomed_visits``: visits told as welcomed or thanked ("hoan nghênh X sang thăm");
- ``follow_ups``: sentences that add people to an occasion already stated;
- ``occasions``: an article's first occasion told without a trigger (co-chairs, a conference);
- ``frames``: frame clauses that set the scene of a sentence's event;
- ``coordination``: the main trigger of a sentence and the later doings of its subject;
- ``counterparts``: whom a meeting names as the side met;
- ``visits``: visits, their visitors, and stops within a trip;
- ``ceremonies``: welcome ceremonies beside a meeting;
- ``restatements``: statements that tell the last event again;
- ``plural``: plural mentions with one meeting per counterpart or party;
- ``meetings_between``: a meeting named with both its sides after "giữa";
- ``grouping``: the reading-order pass that ties them together (``group_events``).
"""
from vnmeet.inference.events.grouping import group_events
from vnmeet.inference.events.triggers import TRIGGERS, find_triggers, sentences

__all__ = ["TRIGGERS", "find_triggers", "group_events", "sentences"]
