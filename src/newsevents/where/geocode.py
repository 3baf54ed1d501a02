"""Choose what each place name of an article means, by the article's other places and actors.

A name with several candidates (Georgia the state or the US state; Tripoli in Libya or in
Lebanon; Washington the capital or the state) is scored on:

- its qualifier, decisive: "Tripoli, Lebanon", "Paris, Texas", the dateline's "KYIV, Ukraine";
- the article's support for its country: the dateline's country most, then places that can
  only lie in that country (a city, a region; a few count, many do not count more), and
  less the mere naming of the country or an actor from it; a US city also supports the
  state it lies in ("Atlanta" for Georgia);
- a prior: the kind of place the news names more often wins (a state over a city, a
  capital over a city, a city over a division), a more populous and a better-known place
  (by how many languages name it) over a lesser one.

Support comes from the places whose meaning is clear without it: one country among their
candidates, or a prior well ahead of every candidate elsewhere (London, England).

The weights are ours, set on the ambiguities tested in tests/test_where.py.

Example:
    >>> from newsevents.where.gazetteer import packaged_gazetteer
    >>> places = [Place(name="Tripoli")]
    >>> geocode(places, packaged_gazetteer(), qualifiers={id(places[0]): "Lebanon"})
    >>> places[0].country
    'LBN'

"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from ..records import Place
from .gazetteer import STATE_KIND, Candidate, Gazetteer

QUALIFIER_WEIGHT = 5.0
DATELINE_WEIGHT = 1.5
SPECIFIC_PLACE_WEIGHT = 0.5
SPECIFIC_PLACES_CAP = 1.0
MENTION_WEIGHT = 0.25  # the country named, or an actor from it
DIVISION_WEIGHT = 3.0
POPULATION_WEIGHT = 0.5  # per power of ten
NAMES_WEIGHT = 1.0  # per power of ten
CLEAR_MARGIN = 1.0  # a prior this far ahead of other countries' makes a place clear
KIND_PRIOR = {
    STATE_KIND: 3.5,
    "territory": 2.0,
    "region": 2.0,
    "sea": 2.0,
    "seat": 2.0,
    "capital": 0.6,
    "admin": 0.2,
    "city": 0.0,
}


class _Support:
    """How much an article points at each country and US state."""

    def __init__(self) -> None:
        self.specific: Counter[str] = Counter()
        self.mentioned: set[str] = set()
        self.dateline: set[str] = set()
        self.divisions: set[str] = set()

    def of(self, candidate: Candidate) -> float:
        entry = candidate.entry
        country = entry.country or ""
        return (
            min(SPECIFIC_PLACES_CAP, SPECIFIC_PLACE_WEIGHT * self.specific[country])
            + (MENTION_WEIGHT if country in self.mentioned else 0.0)
            + (DATELINE_WEIGHT if country in self.dateline else 0.0)
            + (DIVISION_WEIGHT if entry.division in self.divisions else 0.0)
        )


def geocode(
    places: list[Place],
    gazetteer: Gazetteer,
    *,
    actor_countries: Iterable[str] = (),
    dateline: Place | None = None,
    qualifiers: dict[int, str] | None = None,
) -> None:
    """Fill each place's country, lat and lon in place; a name the gazetteer lacks keeps
    None. ``dateline`` is the dateline's place; ``qualifiers`` maps ``id(place)`` to the
    name that follows it after a comma ("Tripoli, Lebanon")."""
    qualifiers = qualifiers or {}
    ranked = {}
    for place in places:
        qualifier = gazetteer.candidates(qualifiers.get(id(place), ""))
        found = [(_prior(c, qualifier), c) for c in gazetteer.candidates(place.name)]
        ranked[id(place)] = sorted(found, key=lambda pair: -pair[0])
    support = _Support()
    support.mentioned.update(actor_countries)
    for place in places:
        clear = _clear(ranked[id(place)])
        if clear is None or clear.entry.country is None:
            continue
        if place is dateline:
            support.dateline.add(clear.entry.country)
        elif clear.entry.kind == STATE_KIND:
            support.mentioned.add(clear.entry.country)
        else:
            support.specific[clear.entry.country] += 1
        if clear.entry.division:
            support.divisions.add(clear.entry.division)
    for place in places:
        if not ranked[id(place)]:
            continue
        _, best = max(ranked[id(place)], key=lambda pair: pair[0] + support.of(pair[1]))
        place.country = best.entry.country
        place.lat, place.lon = best.entry.lat, best.entry.lon


def _clear(ranked: list[tuple[float, Candidate]]) -> Candidate | None:
    """The candidate a place means whatever the article says, if there is one."""
    if not ranked:
        return None
    top, best = ranked[0]
    rivals = [prior for prior, other in ranked if other.entry.country != best.entry.country]
    return best if not rivals or top - max(rivals) >= CLEAR_MARGIN else None


def _prior(candidate: Candidate, qualifier: list[Candidate]) -> float:
    entry = candidate.entry
    qualified = any(
        entry.country == other.entry.country
        and (other.entry.kind == STATE_KIND or entry.division == other.entry.division)
        for other in qualifier
    )
    return (
        KIND_PRIOR.get(entry.kind, 0.0)
        + POPULATION_WEIGHT * math.log10(entry.population + 1)
        + NAMES_WEIGHT * math.log10(entry.names + 1)
        + (QUALIFIER_WEIGHT if qualified else 0.0)
    )
