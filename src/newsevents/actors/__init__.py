"""Actors: who acts and speaks in an article, found in its named entities and merged by name.

Example:
    >>> doc = nlp("Vladimir Putin signed the pact. Putin said it was historic.")  # doctest: +SKIP
    >>> [(actor.name, len(actor.mentions)) for actor in find_actors(doc)]  # doctest: +SKIP
    [('Vladimir Putin', 2)]
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Actor, Dateline
from .mentions import actor_mentions
from .merge import merge_mentions

__all__ = ["find_actors"]


def find_actors(doc: Doc, *, dateline: Dateline | None = None) -> list[Actor]:
    """The actors of ``doc``, one per distinct name, in order of first mention.

    The dateline's city says where the story was filed, so it names no actor.
    """
    mentions = actor_mentions(doc)
    if dateline is not None:
        mentions = [
            mention for mention in mentions if not dateline.start <= mention.start < dateline.end
        ]
    return merge_mentions(mentions)
