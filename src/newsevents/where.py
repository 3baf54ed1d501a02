"""Places an article names: GPE, LOC and FAC entities and the dateline city, merged by name.

Geocoding (country, lat/lon) comes with the gazetteer (issue 6); until then they are null.

Example:
    >>> doc = nlp("Troops massed near Kharkiv. Kharkiv was shelled.")  # doctest: +SKIP
    >>> [(place.name, len(place.mentions)) for place in find_places(doc)]  # doctest: +SKIP
    [('Kharkiv', 2)]
"""

from __future__ import annotations

from spacy.tokens import Doc

from .records import Dateline, Offsets, Place
from .spans import trim_span

PLACE_LABELS = {"GPE", "LOC", "FAC"}


def find_places(doc: Doc, *, dateline: Dateline | None = None) -> list[Place]:
    """The places of ``doc`` in order of first mention; the dateline city comes first."""
    places: dict[str, Place] = {}
    if dateline is not None:
        offset = doc.text.find(dateline.place.upper(), dateline.start, dateline.end)
        if offset >= 0:
            _add(places, dateline.place, Offsets(offset, offset + len(dateline.place)))
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            span = trim_span(ent)
            if span.text:
                _add(places, span.text, Offsets(span.start_char, span.end_char))
    for place in places.values():
        place.mentions.sort(key=lambda mention: mention.start)
    return list(places.values())


def _add(places: dict[str, Place], name: str, mention: Offsets) -> None:
    key = name.casefold()
    place = places.setdefault(key, Place(name=name))
    if place.name.isupper() and not name.isupper():
        place.name = name  # "Moscow" names the place better than the dateline's "MOSCOW"
    if all(mention.start != seen.start for seen in place.mentions):
        place.mentions.append(mention)
