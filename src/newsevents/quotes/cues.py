"""The words that attribute speech, read from ``data/quotes/cues.tsv``.

Example:
    >>> "say" in speech_verbs() and "according to" in cue_phrases()
    True
"""

from __future__ import annotations

from functools import cache

from ..knowledge import read_table

CUES_FILE = "quotes/cues.tsv"


@cache
def speech_verbs() -> frozenset[str]:
    """Lemmas of the verbs that attribute speech: say, tell, warn, tweet, ..."""
    return frozenset(row["cue"] for row in read_table(CUES_FILE) if row["kind"] == "verb")


@cache
def naming_verbs() -> frozenset[str]:
    """Lemmas of the verbs that attribute a quoted word or phrase: call, dub, brand, ...
    (and every speech verb)."""
    rows = read_table(CUES_FILE)
    return speech_verbs() | frozenset(row["cue"] for row in rows if row["kind"] == "naming")


@cache
def cue_phrases() -> frozenset[str]:
    """Phrases that attribute speech without a verb: "according to"."""
    return frozenset(row["cue"] for row in read_table(CUES_FILE) if row["kind"] == "phrase")
