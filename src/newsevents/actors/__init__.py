"""Actors: who acts and speaks in an article, recognised, coded and merged.

The stage runs in three steps: the knowledge matcher finds the names of known actors
(:mod:`.matcher` over :mod:`.knowledge`, with a user's dictionary from
:mod:`.dictionary`), :mod:`.mentions` reads each phrase that names an actor with the
parse (titles, possessives, appositions, agents), and :mod:`.merge` makes one actor of
all the mentions of one referent. Before the mentions are read, the other names that are
places the tagger missed are relabelled as places (:mod:`newsevents.where.missed`).

Example:
    >>> finder = ActorFinder(nlp)  # doctest: +SKIP
    >>> doc = nlp("Georgian police held protesters. Police said 40 were held.")  # doctest: +SKIP
    >>> [(actor.name, actor.code) for actor in finder(doc, day=date(2024, 5, 1))]  # doctest: +SKIP
    [('Georgian police', 'GEOCOP'), ('protesters', None)]
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Actor, Dateline
from ..where.gazetteer import packaged_gazetteer
from ..where.missed import tag_missed_places
from .dictionary import read_actor_dictionary
from .knowledge import ActorEntry, ActorKnowledge, packaged_knowledge
from .matcher import KnowledgeMatcher
from .mentions import find_mentions
from .merge import merge_mentions

__all__ = ["ActorFinder", "ActorKnowledge", "packaged_knowledge", "read_actor_dictionary"]


class ActorFinder:
    """Finds and codes the actors of parsed articles; built once per pipeline, since the
    matcher holds every known name.

    ``dictionary`` is an actor dictionary in the PETRARCH format laid over the packaged
    knowledge (``newsevents code --actors FILE``).
    """

    def __init__(self, nlp: Language, *, dictionary: Path | None = None) -> None:
        knowledge = packaged_knowledge()
        if dictionary is not None:
            knowledge = knowledge.overlaid(read_actor_dictionary(dictionary))
        self.knowledge = knowledge
        self.matcher = KnowledgeMatcher(nlp, knowledge)

    def __call__(self, doc: Doc, *, day: date, dateline: Dateline | None = None) -> list[Actor]:
        """The actors of ``doc`` as of ``day`` (the publication date: it picks the office a
        leader held), in order of first mention; the dateline names no actor."""
        skip = (dateline.start, dateline.end) if dateline is not None else None
        matches = self.matcher(doc)
        known = [match.span for match in matches if not _is_place(match.entry)]
        tag_missed_places(doc, packaged_gazetteer(), known=known)
        mentions = find_mentions(
            doc,
            matches,
            knowledge=self.knowledge,
            day=day,
            skip=skip,
            place_country=packaged_gazetteer().country_of,
        )
        return merge_mentions(mentions, home=self._home(dateline, day))

    def names_in(self, span: Span, *, day: date) -> list[Span]:
        """The names in ``span`` the actors and places stages know, whatever their case:
        known actors' names, the surnames of people known by them on ``day``, and places
        known abroad. What a Title Case headline must keep capitalised.

        Example:
            >>> doc = nlp("Zelensky Meets Polish Leader in Jenin")
            >>> [name.text for name in finder.names_in(doc[:], day=date(2025, 6, 1))]
            ['Polish', 'Zelensky', 'Jenin']
        """
        names = [
            match.span
            for match in self.matcher(span.doc)
            if span.start <= match.span.start and match.span.end <= span.end
        ]
        return names + self.surnames_in(span, day=day)

    def surnames_in(self, span: Span, *, day: date, serving: bool = False) -> list[Span]:
        """The words of ``span`` that are the surnames of people known by them on ``day``
        (``serving``: of people in office that day, not "Gang" of Qin Gang in 2025).

        Example:
            >>> doc = nlp("Trump imposed tariffs on Canada.")
            >>> [name.text for name in finder.surnames_in(doc[:], day=date(2025, 6, 1))]
            ['Trump']
        """
        found = []
        for token in span:
            person = self.knowledge.person_by_surname(token.text, day) if token.is_title else None
            if person is not None and (not serving or person.identity_on(day) is not None):
                found.append(span.doc[token.i : token.i + 1])
        return found

    def _home(self, dateline: Dateline | None, day: date) -> str | None:
        """The country of the dateline's city, where the knowledge has it (capitals)."""
        entry = self.knowledge.lookup(dateline.place) if dateline is not None else None
        identity = entry.identity_on(day) if entry is not None else None
        return identity.country if identity is not None else None


def _is_place(entry: ActorEntry) -> bool:
    """A capital or region the knowledge has as an actor is a place as well ("Kyiv")."""
    return entry.seat or entry.kind == "region"
