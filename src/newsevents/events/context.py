"""When and where an event happened, and the quotations behind it.

- date: the time expression attached to the trigger's clause in the parse, else the
  nearest one in the same sentence that the clause falls under, else the publication
  date (``date_text`` then says so); a background event in the past perfect with no
  time of its own gets no date rather than the publication date.
- location: a place named by "in/at/near X" attached to the trigger or its clause, else
  the dateline's place for an event of the story's week that happened there (see
  ``location``).
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
from ..records import Location, Mention, Place, Quote, TimeExpression
from ..spans import lead_end, text_of
from ..when import parse_iso_date
from ..where import location_of
from ..where.gazetteer import STATE_KIND, packaged_gazetteer
from .triggers import governor, is_purpose

PUBLICATION_DATE = "(publication date)"
# roots of the use of force (posture, assault, fight, mass violence), whose target place
# is where they happen
FORCE_ROOTS = frozenset({"15", "18", "19", "20"})
UAF_NAME = "unidentified armed forces"
UAF_SECTOR = "UAF"
FORCE_PREPS = frozenset({"on", "to", "into"})
WHITHER_PREPS = frozenset({"to", "into"})
# Nouns for a settlement a text names once and then calls "the city".
SETTLEMENT_NOUNS = frozenset({"city", "town", "village"})
RECENT_DAYS = 7
LEAD_PARAGRAPHS = 2
PLACE_PREPS = frozenset(
    {"in", "at", "near", "outside", "inside", "across", "around", "into", "through"}
)


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
        dateline: Place | None = None,
    ) -> None:
        self.doc = doc
        self.index = index
        self.published = published
        self._published_day = parse_iso_date(published) if published else None
        self.dateline = dateline
        self.times = [(span, time) for time in dates if (span := _span(doc, time.start, time.end))]
        self.places: dict[int, Place] = {}
        for place in places:
            for mention in place.mentions:
                span = _span(doc, mention.start, mention.end)
                if span is not None:
                    self.places.setdefault(span.root.i, place)
        self.quotes = quotes
        self._lead_end = lead_end(text_of(doc), LEAD_PARAGRAPHS)

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

    def location(
        self,
        trigger: Token,
        *,
        date: str | None = None,
        source: str | None = None,
        root: str | None = None,
    ) -> Location | None:
        """The place a preposition of place attaches to the trigger or its clause (for a
        use of force also the place it is aimed at: "shelled Kharkiv", "troops to
        Belarus"); else the dateline's place for an event of the story's week that
        happened there: one told in the story's first two paragraphs, or one by an actor of
        the dateline's country (a reaction issued in a capital). An event reported from
        elsewhere, or a background event, gets none."""
        force = root in FORCE_ROOTS
        if (place := self._named_location(trigger, force=force)) is not None:
            return location_of(place)
        dateline = self.dateline
        if dateline is None or not self._is_recent(date):
            return None
        in_lead = trigger.sent.start_char < self._lead_end
        if in_lead or (source is not None and self.index.side(source) == dateline.country):
            return location_of(dateline)
        return None

    def place_target(
        self, trigger: Token, *, root: str, whither: tuple[str, ...] = ()
    ) -> str | None:
        """The actor for the state where an event with no one named on the other side
        happened, when the trigger or its clause names the place: "arrived in Amman" is
        a visit to Jordan, "imposed a curfew in Algiers" done to Algeria; ``whither``, a
        lexicon row's target prepositions, names a place it went to ("handed over the
        suspects to Baghdad")."""
        place = self._named_location(trigger, force=root in FORCE_ROOTS, whither=whither)
        if place is None or place.country is None:
            return None
        return self.index.place_actor(place.name, place.country, self._mention(place, trigger))

    def place_within(self, phrase: Token) -> str | None:
        """The actor for the state of the first place named inside a phrase: "a deadly
        attack targeting shoppers at a mall in Kenya's capital" happened in Kenya."""
        for token in phrase.subtree:
            place = self.places.get(token.i)
            if place is not None and place.country is not None:
                return self.index.place_actor(
                    place.name, place.country, self._mention(place, token)
                )
        return None

    def unidentified_forces(self, trigger: Token) -> str | None:
        """The "unidentified armed forces" (CAMEO's UAF) of the state where violence no one
        is named as doing happened, when its clause names the place: "a roadside bombing
        near Samarra killed a US soldier" is Iraq's UAF against the United States."""
        place = self._named_location(trigger, force=False)  # where, not whom it hit
        if place is None or place.country is None:
            return None
        mention = self._mention(place, trigger)
        return self.index.place_actor(UAF_NAME, place.country, mention, sector=UAF_SECTOR)

    def _mention(self, place: Place, trigger: Token) -> Mention:
        """Where the sentence names the place, else the trigger."""
        sentence = trigger.sent
        spans = [
            (offsets.start, offsets.end)
            for offsets in place.mentions
            if sentence.start_char <= offsets.start < sentence.end_char
        ]
        start, end = spans[0] if spans else (trigger.idx, trigger.idx + len(trigger.text))
        return Mention(start, end, self.doc.text[start:end])

    def _is_recent(self, date: str | None) -> bool:
        """Whether ``date`` is a day of the week before publication, the story's news."""
        if date is None or self._published_day is None or len(date) != len("2015-03-18"):
            return date == self.published
        days = (self._published_day - parse_iso_date(date)).days
        return 0 <= days <= RECENT_DAYS

    def _named_location(
        self, trigger: Token, *, force: bool, whither: tuple[str, ...] = ()
    ) -> Place | None:
        hosts = {trigger, clause_head(trigger), *trigger.children}
        if (verb := governor(trigger)) is not None:
            hosts.add(verb)
        # "sent 21 officers to Bosnia to investigate": the purpose is done where they went
        sender = trigger.head if is_purpose(trigger) else None
        if sender is not None:
            hosts.add(sender)
        preps = (PLACE_PREPS | FORCE_PREPS if force else PLACE_PREPS) | set(whither)
        for host in sorted(hosts, key=lambda token: abs(token.i - trigger.i)):
            for child in host.children:
                aimed = self._aimed_place(child, trigger) if force and host == trigger else None
                if aimed is not None:
                    return aimed
                allowed = preps | WHITHER_PREPS if host is sender else preps
                if child.dep_ == "agent" and (place := self._where_doer_was(child)) is not None:
                    return place
                if child.dep_ not in ("prep", "dative") or child.lower_ not in allowed:
                    continue
                for obj in _prep_objects(child):
                    if (place := self._place_in(obj)) is not None:
                        return place
        return None

    def _where_doer_was(self, agent: Token) -> Place | None:
        """The place a passive's doer was in, which is where the deed was done: "killed by
        a roadside bomb near Samarra", "shot by gunmen in Beirut"."""
        for doer in _prep_objects(agent):
            for child in doer.children:
                if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                    places = (self._place_in(obj) for obj in _prep_objects(child))
                    if (place := next((p for p in places if p is not None), None)) is not None:
                        return place
        return None

    def _aimed_place(self, child: Token, trigger: Token) -> Place | None:
        """The place a use of force is aimed at: its object ("shelled Kharkiv"), or a deed
        noun's "of" ("the shelling of residential areas in Kharkiv")."""
        if child.dep_ == "dobj":
            return self._place_in(child)
        nominal = trigger.pos_ == "NOUN" or trigger.tag_ == "VBG"  # "intensified shelling of"
        if nominal and child.dep_ == "prep" and child.lower_ == "of":
            places = (self._place_in(obj) for obj in _prep_objects(child))
            return next((place for place in places if place is not None), None)
        return None

    def _place_in(self, phrase: Token, *, depth: int = 2) -> Place | None:
        """The place a noun phrase names: itself, or a place that qualifies its head ("a
        Moscow airport", "the Saudi city of Jizan", "the South African capital Pretoria",
        "targets in Jericho", "a car bomb explosion in a sector of eastern Beirut")."""
        if (place := self.places.get(phrase.i)) is not None:
            return place
        if _is_settlement_told_before(phrase):  # "in the city": the town last named
            return self._town_before(phrase.i)
        for child in phrase.children:
            if child.dep_ in ("compound", "appos", "nmod") and child.i in self.places:
                return self.places[child.i]
            if child.dep_ == "prep" and child.lower_ in ("of", "in") and depth > 1:
                for obj in _prep_objects(child):
                    if (place := self._place_in(obj, depth=depth - 1)) is not None:
                        return place
        return None

    def _town_before(self, position: int) -> Place | None:
        """The town or region the text named last before ``position``; no state."""
        earlier = [(i, place) for i, place in self.places.items() if i < position]
        towns = [(i, place) for i, place in earlier if not _is_state(place)]
        return max(towns, key=lambda item: item[0])[1] if towns else None

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


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, also through "of" ("outside of the city of Basra")."""
    objects = [child for child in prep.children if child.dep_ == "pobj"]
    for child in prep.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects.extend(obj for obj in child.children if obj.dep_ == "pobj")
    return objects


def _is_settlement_told_before(phrase: Token) -> bool:
    """ "the city", "the town": a settlement named before, with no name of its own."""
    definite = any(child.dep_ == "det" and child.lower_ == "the" for child in phrase.children)
    named = any(child.dep_ in ("compound", "appos", "prep") for child in phrase.children)
    return definite and not named and phrase.lemma_.lower() in SETTLEMENT_NOUNS


def _is_state(place: Place) -> bool:
    found = packaged_gazetteer().candidates(place.name)
    return bool(found) and found[0].entry.kind == STATE_KIND


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
