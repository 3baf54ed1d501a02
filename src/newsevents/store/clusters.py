"""Events across articles: the same event told by several articles is one cluster.

Two mentions are the same event when they share source, target and CAMEO root and their
days are at most a day apart (chained: a story told on three days running is one event),
as GDELT counts events. Actors compare by CAMEO actor code, else by country and name, else
by name. Only events that happened count: negated and hypothetical ones are left out.
Coarse dates (a month, a year) join only mentions with the same date.

Example:
    >>> with connect(Path("events.duckdb"), read_only=False) as con:  # doctest: +SKIP
    ...     cluster_events(con)
"""

from __future__ import annotations

import duckdb

from .database import scalar

_ACTOR_KEY = (
    "coalesce(e.{side}_code, e.{side}_country || ':' || lower(e.{side}_name), "
    "lower(e.{side}_name), '')"
)

CLUSTER_SQL = f"""
WITH mentions AS (
    SELECT e.article_id, e.event_id, e.cameo, e.root, e.goldstein, e.day, e.date_precision,
           {_ACTOR_KEY.format(side="source")} AS source_key,
           {_ACTOR_KEY.format(side="target")} AS target_key,
           coalesce(a.outlet, nullif(regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), ''), a.id)
               AS outlet
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE NOT e.negated AND NOT e.hypothetical AND e.day IS NOT NULL
),
starts AS (
    SELECT *,
           CASE WHEN day - lag(day) OVER same_key
                     <= CASE WHEN date_precision = 'day' THEN 1 ELSE 0 END
                THEN 0 ELSE 1 END AS opens
    FROM mentions
    WINDOW same_key AS (PARTITION BY source_key, target_key, root, date_precision
                        ORDER BY day, article_id, event_id)
),
numbered AS (
    SELECT *,
           sum(opens) OVER (PARTITION BY source_key, target_key, root, date_precision
                            ORDER BY day, article_id, event_id
                            ROWS UNBOUNDED PRECEDING) AS number
    FROM starts
)
SELECT hash(source_key, target_key, root, date_precision, min(day)) AS cluster_id,
       source_key, target_key, root,
       mode(cameo) AS cameo,
       min(day) AS first_day,
       max(day) AS last_day,
       date_precision,
       avg(goldstein) AS goldstein,
       count(*) AS num_mentions,
       count(DISTINCT article_id) AS num_articles,
       count(DISTINCT outlet) AS num_sources,
       first(article_id ORDER BY day, article_id, event_id) AS first_article,
       first(event_id ORDER BY day, article_id, event_id) AS first_event,
       list_sort(list(DISTINCT article_id)) AS articles
FROM numbered
GROUP BY source_key, target_key, root, date_precision, number
"""


def cluster_events(con: duckdb.DuckDBPyConnection) -> int:
    """Recompute ``event_clusters`` from every stored event; return how many there are."""
    con.begin()
    con.execute("DELETE FROM event_clusters")
    con.execute(f"INSERT INTO event_clusters BY NAME {CLUSTER_SQL}")
    con.commit()
    return scalar(con, "SELECT count(*) FROM event_clusters")
