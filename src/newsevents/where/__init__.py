"""Places an article names, geocoded offline: GPE, LOC and FAC entities and the dateline
city, merged by name, each with its country and point where the gazetteer knows it. An
entity the actors stage found to be a person ("Navalny" tagged GPE), or a demonym
("Ukrainian" tagged GPE), is no place.

- ``gazetteer``: names to places (states, cities, divisions, regions, seas, seats);
- ``geocode``: which of a name's places the article means, by its context.

A direction before a place the gazetteer knows with it ("southern Lebanon") is part of
the name.

Example:
    >>> places = find_places(nlp("Troops massed near Kharkiv. Kharkiv was shelled."))
    ... # doctest: +SKIP
    >>> [(place.name, place.country, len(place.mentions)) for place in places]  # doctest: +SKIP
    [('Kharkiv', 'UKR', 2)]
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ..actors.knowledge import demonyms
from ..records import Actor, Dateline, Location, Offsets, Place
from ..spans import PLACE_LABELS, text_of, trim_span
from .gazetteer import STATE_KIND, Gazetteer, packaged_gazetteer
from .geocode import geocode

DIRECTIONS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
    }
)


def find_places(
    doc: Doc,
    *,
    dateline: Dateline | None = None,
    actors: Iterable[Actor] = (),
    gazetteer: Gazetteer | None = None,
) -> list[Place]:
    """The places of ``doc`` in order of first mention, the dateline city first, geocoded
    with the help of the article's ``actors``."""
    gazetteer = gazetteer or packaged_gazetteer()
    actors = list(actors)
    people = [
        (mention.start, mention.end)
        for actor in actors
        if actor.kind == "person"
        for mention in actor.mentions
    ]
    places: dict[str, Place] = {}
    qualifiers: dict[int, str] = {}
    dateline_place = None
    if dateline is not None:
        offset = text_of(doc).find(dateline.place.upper(), dateline.start, dateline.end)
        if offset >= 0:
            mention = Offsets(offset, offset + len(dateline.place))
            dateline_place = _add(places, dateline.place, mention)
            if dateline.region:
                qualifiers[id(dateline_place)] = dateline.region
    spans = [
        span
        for ent in doc.ents
        if ent.label_ in PLACE_LABELS
        and (span := _with_direction(trim_span(ent), gazetteer)).text
        and span.text.casefold() not in demonyms()
        and not any(span.start_char <= start and end <= span.end_char for start, end in people)
    ]
    spans.sort(key=lambda span: span.start)
    for number, span in enumerate(spans):
        place = _add(places, span.text, Offsets(span.start_char, span.end_char))
        following = spans[number + 1] if number + 1 < len(spans) else None
        if following is not None and text_of(doc)[span.end_char : following.start_char] == ", ":
            qualifiers.setdefault(id(place), following.text)  # "Tripoli, Lebanon"
    for place in places.values():
        place.mentions.sort(key=lambda mention: mention.start)
    found = list(places.values())
    geocode(
        found,
        gazetteer,
        actor_countries=[actor.country for actor in actors if actor.country],
        dateline=dateline_place,
        qualifiers=qualifiers,
    )
    return found


def dateline_place(places: list[Place], dateline: Dateline | None) -> Place | None:
    """The place the dateline names, the article's own place.

    Example:
        >>> moscow = Place("Moscow", "RUS", 55.75, 37.62, [Offsets(49, 55)])
        >>> dateline_place([moscow], Dateline("Moscow", start=49, end=74)).country
        'RUS'
    """
    if dateline is None:
        return None
    return next(
        (
            place
            for place in places
            if any(dateline.start <= mention.start < dateline.end for mention in place.mentions)
        ),
        None,
    )


def location_of(place: Place) -> Location:
    """The place as an event's or an article's location.

    Example:
        >>> location_of(Place("Moscow", "RUS", 55.75, 37.62))
        Location(name='Moscow', country='RUS', lat=55.75, lon=37.62)
    """
    return Location(place.name, place.country, place.lat, place.lon)


def _with_direction(span: Span, gazetteer: Gazetteer) -> Span:
    """ "southern Lebanon" where the gazetteer has it, else the entity as found."""
    if span.start == 0 or not span.text:
        return span
    before = span.doc[span.start - 1]
    if before.lower_ in DIRECTIONS and gazetteer.candidates(f"{before.text} {span.text}"):
        return span.doc[span.start - 1 : span.end]
    return span


def _add(places: dict[str, Place], name: str, mention: Offsets) -> Place:
    key = name.casefold()
    place = places.setdefault(key, Place(name=name))
    if place.name.isupper() and not name.isupper():
        place.name = name  # "Moscow" names the place better than the dateline's "MOSCOW"
    if all(mention.start != seen.start for seen in place.mentions):
        place.mentions.append(mention)
    return place


def place_actors(actors: list[Actor], places: list[Place]) -> set[str]:
    """Give an actor that is a place the gazetteer placed ("Kirkuk", "Hodeida") and
    that has no country of its own the place's country, and its code, as CAMEO codes a city
    by its state: "shelled Kirkuk" is an event with Iraq as target. Returns the ids of
    those that are places in a state, not a state itself (a "Congo" the article points at):
    where a side acts, never a side.

    Example:
        >>> from newsevents.records import Mention
        >>> kirkuk = Actor("a1", "Kirkuk", "other", mentions=[Mention(10, 16, "Kirkuk")])
        >>> place_actors([kirkuk], [Place("Kirkuk", "IRQ", mentions=[Offsets(10, 16)])])
        {'a1'}
        >>> kirkuk.country, kirkuk.code
        ('IRQ', 'IRQ')
    """
    countries = {
        (mention.start, mention.end): place.country
        for place in places
        if place.country
        for mention in place.mentions
    }
    towns = set()
    for actor in actors:
        if actor.kind != "other" or actor.country or actor.org or actor.claimed_by:
            continue  # a region is left its own (South Ossetia), a person is no place
        spans = ((mention.start, mention.end) for mention in actor.mentions)
        actor.country = next((countries[span] for span in spans if span in countries), None)
        actor.code = actor.code or actor.country
        if actor.country and not _names_a_state(actor.name):
            towns.add(actor.id)
    return towns


def _names_a_state(name: str) -> bool:
    """Whether the gazetteer reads a name first as a state ("Congo"), not a place in one."""
    found = packaged_gazetteer().candidates(name)
    return bool(found) and found[0].entry.kind == STATE_KIND
