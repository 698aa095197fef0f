"""The rule-based weak labeller (GUIDELINES.md entities); entry point ``labeller.weak_label``.

- ``patterns``: tokens, date patterns, spelling normalisation, gazetteer loading;
- ``lexicon``: the word lists and patterns the rules share;
- ``context``: one document's tokens and gazetteer hits, built once;
- ``extension``: how far a title or body name runs on;
- ``titles``, ``bodies``, ``places``, ``names``: candidate spans of each kind;
- ``labeller``: dates, longest-first resolution and the final spans.

The facts (titles, bodies, places, family names, …) are data in ``gazetteers/*.txt``.
"""
