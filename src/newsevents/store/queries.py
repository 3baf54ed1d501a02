"""The everyday analyses as SQL over the store: top dyads, a dyad's time series, events by
actor or country, quotations by speaker or about an actor.

Each function returns the query and its parameters, for ``Store.sql``. An actor is matched
by its CAMEO actor code, its country (ISO3) or its name, case-insensitively: "RUS" finds
Russia's government, its president and its army. Aggregates count events that happened:
negated and hypothetical ones are left out of them (``events`` lists them, flagged).

Example:
    >>> query, parameters = dyads(by="country", limit=10)
    >>> parameters
    [10]
"""

from __future__ import annotations

from typing import Any

PERIODS = ("day", "week", "month", "year")
DYAD_KEYS = ("country", "actor")
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
    *,
    by: str = "country",
    root: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
) -> tuple[str, list[Any]]:
    """The (source, target) pairs with the most events, by country or by actor, with
    the number of articles and the mean Goldstein score."""
    source, target = (_DYAD_KEY[by].format(side=side) for side in ("source", "target"))
    where = _Where(_HAPPENED, f"{source} IS NOT NULL", f"{target} IS NOT NULL")
    if root:
        where.add("e.root = ?", root.zfill(2))
    where.dates("e.day", since, until)
    query = f"""
        SELECT {source} AS source, {target} AS target, count(*) AS events,
               count(DISTINCT e.article_id) AS articles,
               round(avg(e.goldstein), 2) AS goldstein
        FROM events e {where.sql()}
        GROUP BY ALL ORDER BY events DESC, source, target LIMIT ?"""
    return query, [*where.parameters, limit]


def series(
    *,
    source: str | None = None,
    target: str | None = None,
    every: str = "month",
    since: str | None = None,
    until: str | None = None,
) -> tuple[str, list[Any]]:
    """Events per period from ``source`` to ``target`` (either may be left open): count,
    mean Goldstein, and the counts of cooperation (quad classes 1-2) and conflict (3-4)."""
    where = _Where(_HAPPENED)
    precisions = ", ".join(f"'{p}'" for p in _PRECISIONS[every])
    where.add(f"e.date_precision IN ({precisions})")
    where.actor(("e.source",), source)
    where.actor(("e.target",), target)
    where.dates("e.day", since, until)
    query = f"""
        SELECT CAST(date_trunc('{every}', e.day) AS DATE) AS period, count(*) AS events,
               round(avg(e.goldstein), 2) AS goldstein,
               count(*) FILTER (WHERE e.quad_class <= 2) AS cooperation,
               count(*) FILTER (WHERE e.quad_class >= 3) AS conflict
        FROM events e {where.sql()}
        GROUP BY period ORDER BY period"""
    return query, where.parameters


def events(
    *,
    actor: str | None = None,
    country: str | None = None,
    root: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
) -> tuple[str, list[Any]]:
    """Events with ``actor`` (or an actor of ``country``) on either side, newest first."""
    where = _Where()
    where.actor(("e.source", "e.target"), actor)
    if country:
        where.add("(e.source_country = upper(?) OR e.target_country = upper(?))", country, country)
    if root:
        where.add("e.root = ?", root.zfill(2))
    where.dates("e.day", since, until)
    query = f"""
        SELECT e.day, e.source_name AS source, e.source_country, e.cameo,
               e.target_name AS target, e.target_country, e.goldstein,
               e.location_name AS place, e.trigger_text AS trigger,
               CASE WHEN e.negated THEN 'negated' WHEN e.hypothetical THEN 'hypothetical'
                    ELSE '' END AS flag,
               e.article_id, e.event_id
        FROM events e {where.sql()}
        ORDER BY e.day DESC NULLS LAST, e.article_id, e.event_id LIMIT ?"""
    return query, [*where.parameters, limit]


def quotes(
    *,
    speaker: str | None = None,
    about: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 100,
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
        ORDER BY a.published DESC NULLS LAST, q.article_id, q.start_char LIMIT ?"""
    return query, [*where.parameters, limit]
