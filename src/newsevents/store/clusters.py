"""Events across articles: the same event told by several articles is one cluster.

Two mentions are the same event when they share source, target and CAMEO root and their
days are at most a day apart (chained: a story told on three days running is one event),
as GDELT counts events. Actors compare by CAMEO actor code, else by country and name, else
by name. Only events that happened count: negated and hypothetical ones are left out.
Coarse dates (a month, a year) join only mentions with the same date.

Each ingest run ends by clustering the runs not clustered yet (a killed run's too), and
only the (source, target, root) keys their events touch, so a small run on a big store is
quick; a run that replaced stored articles reclusters everything, since the replaced
versions' events may have been the last of a key.

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

KEYED_SQL = f"""
    SELECT e.article_id, e.event_id, e.cameo, e.root, e.goldstein, e.day, e.date_precision,
           {_ACTOR_KEY.format(side="source")} AS source_key,
           {_ACTOR_KEY.format(side="target")} AS target_key,
           coalesce(a.outlet, nullif(regexp_extract(a.url, '^[a-z]+://([^/]+)', 1), ''), a.id)
               AS outlet, a.run_id
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE NOT e.negated AND NOT e.hypothetical AND e.day IS NOT NULL
"""

CLUSTER_SQL = """
WITH mentions AS (
    SELECT * FROM keyed {only_touched}
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
-- ordered aggregates, so that a store's clusters do not depend on the order its rows came
-- in: a tie of codes, and the last bits of a float sum, would
SELECT hash(source_key, target_key, root, date_precision, min(day)) AS cluster_id,
       source_key, target_key, root,
       mode(cameo ORDER BY cameo) AS cameo,
       min(day) AS first_day,
       max(day) AS last_day,
       date_precision,
       avg(goldstein ORDER BY article_id, event_id) AS goldstein,
       count(*) AS num_mentions,
       count(DISTINCT article_id) AS num_articles,
       count(DISTINCT outlet) AS num_sources,
       first(article_id ORDER BY day, article_id, event_id) AS first_article,
       first(event_id ORDER BY day, article_id, event_id) AS first_event,
       list_sort(list(DISTINCT article_id)) AS articles
FROM numbered
GROUP BY source_key, target_key, root, date_precision, number
"""


_SAME_KEY = "USING (source_key, target_key, root)"


def cluster_events(con: duckdb.DuckDBPyConnection) -> int:
    """Bring ``event_clusters`` up to date with every stored event; return how many
    clusters there are."""
    pending = "FROM runs WHERE NOT clustered"
    con.begin()
    con.execute(f"CREATE OR REPLACE TEMP VIEW keyed AS {KEYED_SQL}")
    if scalar(con, f"SELECT count(*) {pending} AND replaced > 0") or not scalar(
        con, "SELECT count(*) FROM event_clusters"
    ):
        con.execute("DELETE FROM event_clusters")
        con.execute(f"INSERT INTO event_clusters BY NAME {CLUSTER_SQL.format(only_touched='')}")
    else:
        con.execute(
            "CREATE OR REPLACE TEMP TABLE touched AS SELECT DISTINCT source_key, target_key, "
            f"root FROM keyed WHERE run_id IN (SELECT run_id {pending})"
        )
        con.execute(
            "DELETE FROM event_clusters c USING touched t WHERE c.source_key = t.source_key "
            "AND c.target_key = t.target_key AND c.root = t.root"
        )
        only_touched = f"SEMI JOIN touched {_SAME_KEY}"
        con.execute(
            f"INSERT INTO event_clusters BY NAME {CLUSTER_SQL.format(only_touched=only_touched)}"
        )
    con.execute("UPDATE runs SET clustered = true WHERE NOT clustered")
    con.commit()
    return scalar(con, "SELECT count(*) FROM event_clusters")
