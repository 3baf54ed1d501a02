"""The everyday analyses as SQL over the store: top dyads, a dyad's time series, events by
actor, country or code, where events happened, actors, articles, quotations.

Each function returns the query and its parameters, for ``Store.sql`` (or ``Store.read``
for several in one connection). An actor is matched by its CAMEO actor code, its country
(ISO3) or its name, case-insensitively: "RUS" finds Russia's government, its president and
its army. Aggregates count events that happened: negated and hypothetical ones are left out
of them (``events`` lists them, flagged).

Example:
    >>> query, parameters = dyads(EventFilter(cameo="19"), by="country", limit=10)
    >>> parameters
    ['19%', 10]
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

PERIODS = ("day", "week", "month", "year")
DYAD_KEYS = ("country", "actor")
# The columns an events listing sorts by, as the API and the dashboard name them.
EVENT_SORTS = {
    "day": "e.day",
    "source": "e.source_name",
    "target": "e.target_name",
    "cameo": "e.cameo",
    "goldstein": "e.goldstein",
    "confidence": "e.confidence",
    "place": "e.location_name",
}
# what a period needs of an event's date: a weekly series counts only events dated to the day
_PRECISIONS = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year"),
}
_HAPPENED = "NOT e.negated AND NOT e.hypothetical"
_DYAD_KEY = {
    "country": "e.{side}_country",
    "actor": "coalesce(e.{side}_code, e.{side}_name)",
}
_SENTENCE = "substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)"


@dataclass(frozen=True)
class EventFilter:
    """Which events: each field given narrows them; none given matches every event.

    ``actor`` is on either side, ``source`` and ``target`` on theirs; ``cameo`` is a root
    ("19") or a code ("193") that event codes start with; ``text`` is looked for,
    case-insensitively, in the event's sentence and its actors' names; dates are ISO days.

    Example:
        >>> EventFilter(source="RUS", target="UKR", cameo="19", since="2024-01-01")
        EventFilter(actor=None, source='RUS', target='UKR', country=None, org=None, ...)
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    country: str | None = None
    org: str | None = None
    cameo: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None

    @classmethod
    def names(cls) -> tuple[str, ...]:
        return tuple(field.name for field in fields(cls))

    def where(self, *conditions: str) -> _Where:
        """The WHERE clause over ``events e`` (and ``articles a`` when ``text`` is given)."""
        where = _Where(*conditions)
        where.actor(("e.source", "e.target"), self.actor)
        where.actor(("e.source",), self.source)
        where.actor(("e.target",), self.target)
        if self.country:
            where.add(
                "(e.source_country = upper(?) OR e.target_country = upper(?))",
                self.country,
                self.country,
            )
        if self.org:
            where.add(
                "(upper(e.source_org) = upper(?) OR upper(e.target_org) = upper(?))",
                self.org,
                self.org,
            )
        if self.cameo:
            where.add("e.cameo LIKE ?", self.cameo.zfill(2) + "%")
        if self.plover:
            where.add("e.plover = upper(?)", self.plover)
        if self.quad_class is not None:
            where.add("e.quad_class = ?", self.quad_class)
        where.dates("e.day", self.since, self.until)
        if self.text:
            pattern = f"%{self.text}%"
            where.add(
                f"(e.source_name ILIKE ? OR e.target_name ILIKE ? OR {_SENTENCE} ILIKE ?)",
                pattern,
                pattern,
                pattern,
            )
        return where

    def tables(self) -> str:
        """The FROM clause ``where`` needs: articles joined only to search sentences."""
        if self.text:
            return "events e JOIN articles a ON a.id = e.article_id"
        return "events e"


class _Where:
    """Conditions and their parameters, joined with AND."""

    def __init__(self, *conditions: str) -> None:
        self.conditions = list(conditions)
        self.parameters: list[Any] = []

    def add(self, condition: str, *parameters: Any) -> None:
        self.conditions.append(condition)
        self.parameters.extend(parameters)

    def actor(self, sides: tuple[str, ...], value: str | None) -> None:
        """The actor on any of ``sides`` (source, target, speaker) is ``value``."""
        if value:
            matches = [
                f"(upper({p}_code) = upper(?) OR {p}_country = upper(?) "
                f"OR lower({p}_name) = lower(?))"
                for p in sides
            ]
            self.add("(" + " OR ".join(matches) + ")", *[value] * 3 * len(sides))

    def dates(self, column: str, since: str | None, until: str | None) -> None:
        if since:
            self.add(f"{column} >= CAST(? AS DATE)", since)
        if until:
            self.add(f"{column} <= CAST(? AS DATE)", until)

    def sql(self) -> str:
        return "WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def dyads(
    events: EventFilter | None = None, *, by: str = "country", limit: int = 20
) -> tuple[str, list[Any]]:
    """The (source, target) pairs with the most events, by country or by actor: events,
    articles, mean Goldstein, and the counts of cooperation (quad classes 1-2) and conflict
    (3-4). Also the edges of the actor network."""
    events = events or EventFilter()
    source, target = (_DYAD_KEY[by].format(side=side) for side in ("source", "target"))
    where = events.where(_HAPPENED, f"{source} IS NOT NULL", f"{target} IS NOT NULL")
    query = f"""
        SELECT {source} AS source, {target} AS target, count(*) AS events,
               count(DISTINCT e.article_id) AS articles,
               round(avg(e.goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
        FROM {events.tables()} {where.sql()}
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?"""
    return query, [*where.parameters, limit]


def series(events: EventFilter | None = None, *, every: str = "month") -> tuple[str, list[Any]]:
    """Events per period (of a dyad, when the filter names a source and a target): count,
    mean Goldstein, and the counts of cooperation and conflict."""
    events = events or EventFilter()
    precisions = ", ".join(f"'{p}'" for p in _PRECISIONS[every])
    where = events.where(_HAPPENED, f"e.date_precision IN ({precisions})")
    query = f"""
        SELECT CAST(date_trunc('{every}', e.day) AS DATE) AS period, count(*) AS events,
               round(avg(e.goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
        FROM {events.tables()} {where.sql()}
        GROUP BY period ORDER BY period"""
    return query, where.parameters


def events(
    events: EventFilter | None = None,
    *,
    sort: str = "day",
    descending: bool = True,
    limit: int | None = 100,
    offset: int = 0,
) -> tuple[str, list[Any]]:
    """A page of events (all of them with ``limit=None``), newest first unless ``sort`` (one
    of EVENT_SORTS) says otherwise, each with its sentence and its article's title."""
    events = events or EventFilter()
    where = events.where()
    direction = "DESC" if descending else "ASC"
    query = f"""
        WITH page AS (
            SELECT e.* FROM {events.tables()} {where.sql()}
            ORDER BY {EVENT_SORTS[sort]} {direction} NULLS LAST, e.article_id, e.event_id
            LIMIT ? OFFSET ?
        )
        SELECT e.day, e.source_name AS source, e.source_code, e.source_country, e.cameo,
               e.root, e.plover, e.quad_class, e.target_name AS target, e.target_code,
               e.target_country, e.goldstein, e.confidence, e.location_name AS place,
               e.trigger_text AS trigger,
               CASE WHEN e.negated THEN 'negated' WHEN e.hypothetical THEN 'hypothetical'
                    ELSE '' END AS flag,
               e.rule, {_SENTENCE} AS sentence, a.title, e.article_id, e.event_id
        FROM page e JOIN articles a ON a.id = e.article_id
        ORDER BY {EVENT_SORTS[sort]} {direction} NULLS LAST, e.article_id, e.event_id"""
    return query, [*where.parameters, limit, offset]


def count_events(events: EventFilter | None = None) -> tuple[str, list[Any]]:
    """How many events the filter matches: the total behind a page of ``events``."""
    events = events or EventFilter()
    where = events.where()
    return f"SELECT count(*) AS n FROM {events.tables()} {where.sql()}", where.parameters


def places(events: EventFilter | None = None, *, limit: int = 1000) -> tuple[str, list[Any]]:
    """Where events happened: one row per located place, with its events, mean Goldstein
    and conflict count, the busiest first."""
    events = events or EventFilter()
    where = events.where(_HAPPENED, "e.location_lat IS NOT NULL")
    query = f"""
        SELECT e.location_name AS place, e.location_country AS country,
               e.location_lat AS lat, e.location_lon AS lon, count(*) AS events,
               round(avg(e.goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
        FROM {events.tables()} {where.sql()}
        GROUP BY ALL ORDER BY events DESC, place LIMIT ?"""
    return query, [*where.parameters, limit]


def actors(
    *, name: str | None = None, country: str | None = None, limit: int = 100, offset: int = 0
) -> tuple[str, list[Any]]:
    """Actors across articles, one row per name and code, the most written about first;
    ``name`` is looked for in their names, or starts their code."""
    where = _Where()
    if name:
        where.add("(name ILIKE ? OR code ILIKE ?)", f"%{name}%", f"{name}%")
    if country:
        where.add("country = upper(?)", country)
    query = f"""
        SELECT any_value(name) AS name, code, any_value(country) AS country,
               any_value(kind) AS kind, any_value(org) AS org,
               count(DISTINCT article_id) AS articles, CAST(sum(n_mentions) AS BIGINT) AS mentions
        FROM actors {where.sql()}
        GROUP BY lower(name), code ORDER BY articles DESC, mentions DESC, name
        LIMIT ? OFFSET ?"""
    return query, [*where.parameters, limit, offset]


def articles(
    *, search: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[str, list[Any]]:
    """A page of articles, newest first; ``search`` is looked for in titles and texts."""
    where = _article_search(search)
    query = f"""
        SELECT id, title, outlet, published, url, source_path, n_actors, n_events, n_quotes
        FROM articles {where.sql()}
        ORDER BY published DESC NULLS LAST, title, id LIMIT ? OFFSET ?"""
    return query, [*where.parameters, limit, offset]


def count_articles(*, search: str | None = None) -> tuple[str, list[Any]]:
    """How many articles ``articles`` pages through."""
    where = _article_search(search)
    return f"SELECT count(*) AS n FROM articles {where.sql()}", where.parameters


def article(article_id: str) -> tuple[str, list[Any]]:
    """One stored article: its coded document (the contract, less the text) and text."""
    return "SELECT document, text FROM articles WHERE id = ?", [article_id]


def quotes(
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[str, list[Any]]:
    """Quotations by ``speaker``, or naming the actor ``about`` inside them, newest first."""
    where = _Where()
    where.actor(("q.speaker",), speaker)
    if about:
        where.add(
            "list_contains(list_transform(q.about_names, lambda n: lower(n)), lower(?))", about
        )
    where.dates("a.published", since, until)
    query = f"""
        SELECT a.published, q.speaker_name AS speaker, q.speaker_country, q.kind, q.text,
               q.about_names AS about, a.title, q.article_id, q.quote_id
        FROM quotes q JOIN articles a ON a.id = q.article_id {where.sql()}
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char LIMIT ? OFFSET ?"""
    return query, [*where.parameters, limit, offset]


def totals(tables: tuple[str, ...]) -> tuple[str, list[Any]]:
    """(table, rows) for each of ``tables``."""
    return " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables), []


def last_run() -> tuple[str, list[Any]]:
    """The latest row of ``runs``."""
    return "SELECT * FROM runs ORDER BY run_id DESC LIMIT 1", []


def _article_search(search: str | None) -> _Where:
    where = _Where()
    if search:
        where.add("(title ILIKE ? OR text ILIKE ?)", f"%{search}%", f"%{search}%")
    return where
