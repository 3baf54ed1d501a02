"""Deeds told before: who did what a definite noun refers back to.

"The General Assembly voted for a ceasefire ... Hamas welcomed the vote": the vote is the
assembly's, because the story told of it with the verb the noun names. A noun names the
verb of its own lemma ("the vote", "the offer"), of its lemma without "-ing" ("the
reopening"), or one its row in ``data/events/deeds.tsv`` lists ("the decision": decide).

Example:
    >>> next(told_deeds(doc[12]))  # doctest: +SKIP
    voted
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from spacy.tokens import Token

from ..knowledge import read_table

DEEDS_FILE = "events/deeds.tsv"
DEED_POS = frozenset({"VERB", "AUX"})


def told_deeds(noun: Token) -> Iterator[Token]:
    """The verbs before ``noun`` in its article that name the deed the noun names,
    nearest first."""
    verbs = deed_verbs(noun.lemma_.lower())
    for token in reversed(noun.doc[: noun.i]):
        if token.pos_ in DEED_POS and token.lemma_.lower() in verbs:
            yield token


def deed_verbs(noun: str) -> frozenset[str]:
    """The verb lemmas a noun can name: itself, itself without "-ing", listed ones.

    >>> sorted(deed_verbs("decision"))
    ['adopt', 'agree', 'approve', 'decide', 'decision']
    """
    verbs = {noun, *_listed().get(noun, ())}
    if noun.endswith("ing"):
        verbs |= {noun[:-3], noun[:-3] + "e"}
    return frozenset(verbs)


@cache
def _listed() -> dict[str, tuple[str, ...]]:
    return {row["noun"]: tuple(row["verbs"].split("|")) for row in read_table(DEEDS_FILE)}
