"""When and where an event happened, and the quotations behind it.

- date: the time expression attached to the trigger's clause in the parse, else the
  nearest one in the same sentence that the clause falls under, else the publication
  date (``date_text`` then says so); a background event in the past perfect with no
  time of its own gets no date rather than the publication date.
- location: a place named by "in/at/near X" attached to the trigger or its clause.
- quotes: the quotations of the event's source, or of someone who speaks for it, in its
  sentence or the sentences on either side (the words behind a condemnation).

The context also carries the article's :class:`ActorIndex`, which the event stage reads
roles with and quotations share.

Example:
    >>> context = EventContext(doc, index=ActorIndex(doc, coded.actors), dates=coded.dates,
    ...     places=coded.places, quotes=coded.quotes, published="2015-03-18")  # doctest: +SKIP
    >>> context.date(trigger)  # doctest: +SKIP
    ('2015-03-18', 'on Wednesday')
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..actors.index import ActorIndex
from ..records import Location, Place, Quote, TimeExpression
from .triggers import governor

PUBLICATION_DATE = "(publication date)"
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around"})


class EventContext:
    """An article's time expressions, places and quotations, placed on its tokens."""

    def __init__(
        self,
        doc: Doc,
        *,
        index: ActorIndex,
        dates: list[TimeExpression],
        places: list[Place],
        quotes: list[Quote],
        published: str | None,
    ) -> None:
        self.doc = doc
        self.index = index
        self.published = published
        self.times = [(span, time) for time in dates if (span := _span(doc, time.start, time.end))]
        self.places: dict[int, Place] = {}
        for place in places:
            for mention in place.mentions:
                span = _span(doc, mention.start, mention.end)
                if span is not None:
                    self.places.setdefault(span.root.i, place)
        self.quotes = quotes

    def date(self, trigger: Token) -> tuple[str | None, str | None]:
        """The event's date and the words that gave it."""
        clause = clause_head(trigger)
        sentence = [(s, t) for s, t in self.times if s.sent == trigger.sent]
        attached = [(s, t) for s, t in sentence if clause_head(s.root) == clause]
        governing = [(s, t) for s, t in sentence if clause_head(s.root) in clause.ancestors]
        for candidates in (attached, governing):
            if candidates:
                _, time = min(candidates, key=lambda pair: abs(pair[0].root.i - trigger.i))
                return time.value, time.text
        if _is_past_perfect(clause):
            return None, None
        return self.published, PUBLICATION_DATE if self.published else None

    def location(self, trigger: Token) -> Location | None:
        """The place a preposition of place attaches to the trigger or its clause."""
        hosts = {trigger, clause_head(trigger), *trigger.children}
        if (verb := governor(trigger)) is not None:
            hosts.add(verb)
        for host in sorted(hosts, key=lambda token: abs(token.i - trigger.i)):
            for prep in host.children:
                if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
                    continue
                for obj in prep.children:
                    place = self.places.get(obj.i)
                    if obj.dep_ == "pobj" and place is not None:
                        return Location(place.name, place.country, place.lat, place.lon)
        return None

    def quote_ids(self, source: str, sentence: Span) -> list[str]:
        """Quotations in ``sentence`` or the sentences beside it by ``source`` or, for a
        body, by someone who speaks for it (NATO's Secretary-General for NATO)."""
        doc = sentence.doc
        start = (
            doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        )
        end = doc[sentence.end].sent.end_char if sentence.end < len(doc) else sentence.end_char
        return [
            quote.id
            for quote in self.quotes
            if quote.speaker is not None
            and self.index.speaks_for(quote.speaker, source)
            and quote.start < end
            and quote.end > start
        ]


def clause_head(token: Token) -> Token:
    """The verb heading the clause a token sits in (an event noun's clause is its verb's)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def _is_past_perfect(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(
        child.dep_ == "aux" and child.lower_ == "had" for child in verb.children
    )


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")
