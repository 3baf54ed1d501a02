"""The store's costs: ingest against code on one corpus, and queries over millions of events.

``ingest``: the same synthetic articles (benchmarks/corpus.py) are coded to JSON Lines
(``code``'s path, written to a throwaway file) and ingested into a fresh store, alternating
``--repeat`` times in one process with one loaded model; the best time of each gives the
ratio ingest/code, which the store issue wants at 0.9 or more.

``scale``: ``--events`` synthetic events (30 countries with a skewed spread, ten years of days,
all 20 roots, names, codes, triggers and rules like real rows) are written into a fresh store
by DuckDB, and the event clusters recomputed over them (as every ingest run ends); then the
dyad x month aggregate runs through ``Store.sql`` (open, query, close), best of three, beside
a plain scan of the same rows as the machine's yardstick. It reports the store's size per
million events.

Example:
    python benchmarks/store.py ingest --articles 60 --repeat 2
    python benchmarks/store.py scale --events 10000000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from corpus import make_corpus

COUNTRIES = (  # noqa: SIM905 (thirty codes read best as one string)
    "USA RUS UKR CHN ISR PSE IRN SYR GBR FRA DEU TUR IND PAK AFG "
    "IRQ SDN ETH NGA VEN BRA MEX JPN KOR PRK SAU YEM LBN EGY LBY"
).split()
SECTORS = ("GOV", "MIL", "COP", "OPP", "REB", "CVL", "")
DYAD_MONTH = """
    SELECT source_country, target_country, date_trunc('month', day) AS month,
           count(*) AS events, avg(goldstein) AS goldstein
    FROM events WHERE NOT negated AND NOT hypothetical
    GROUP BY ALL"""
SCAN = "SELECT count(*), sum(goldstein) FROM events"


def measure_ingest(articles: int, repeat: int) -> dict[str, float]:
    from newsevents import Coder
    from newsevents.output import open_writer
    from newsevents.run.local import code_inputs
    from newsevents.store import Store

    coder = Coder()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        for number, text in enumerate(make_corpus(articles, paragraphs=6)):
            (folder / f"article_{number:05d}.txt").write_text(text, encoding="utf-8")
        code_best = ingest_best = float("inf")
        for attempt in range(repeat):
            start = time.perf_counter()
            with (Path(tmp) / "coded.jsonl").open("w") as out, open_writer("jsonl", out) as writer:
                code_inputs([folder], writer=writer, coder=coder)
            code_best = min(code_best, time.perf_counter() - start)
            start = time.perf_counter()
            summary = Store(Path(tmp) / f"store{attempt}.duckdb").ingest([folder], coder=coder)
            ingest_best = min(ingest_best, time.perf_counter() - start)
            assert summary.run.coded == articles, summary
    return {
        "articles": articles,
        "code_articles_per_s": articles / code_best,
        "ingest_articles_per_s": articles / ingest_best,
        "ingest_over_code": code_best / ingest_best,
    }


def measure_scale(events: int) -> dict[str, float]:
    from newsevents.store import Store
    from newsevents.store.clusters import cluster_events
    from newsevents.store.database import connect, create_tables

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.duckdb"
        start = time.perf_counter()
        with connect(path, read_only=False) as con:
            create_tables(con)
            con.execute(_synthetic_events(events))
            con.execute(_synthetic_articles(events))
            con.execute("CHECKPOINT")
            load = time.perf_counter() - start
            size = path.stat().st_size
            start = time.perf_counter()
            clusters = cluster_events(con)
            cluster = time.perf_counter() - start
        store = Store(path)
        dyad_month = scan = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            groups = store.sql(DYAD_MONTH).num_rows
            dyad_month = min(dyad_month, time.perf_counter() - start)
            start = time.perf_counter()
            store.sql(SCAN)
            scan = min(scan, time.perf_counter() - start)
    return {
        "events": events,
        "load_s": load,
        "cluster_s": cluster,
        "clusters": clusters,
        "dyad_month_groups": groups,
        "dyad_month_s": dyad_month,
        "scan_s": scan,
        "dyad_month_over_scan": dyad_month / scan,
        "mb_per_million_events": size / 1e6 / (events / 1e6),
    }


def _synthetic_events(count: int) -> str:
    """An INSERT of ``count`` events shaped like coded ones, eight per article."""
    countries = "['" + "', '".join(COUNTRIES) + "']"
    sectors = "['" + "', '".join(SECTORS) + "']"
    skewed = f"{countries}[1 + CAST(floor(pow(random(), 2) * {len(COUNTRIES)}) AS INTEGER)]"
    sector = f"{sectors}[1 + CAST(floor(random() * {len(SECTORS)}) AS INTEGER)]"
    return f"""
        INSERT INTO events BY NAME
        WITH drawn AS (
            SELECT i, {skewed} AS source_country, {skewed} AS target_country,
                   {sector} AS source_sector, {sector} AS target_sector,
                   lpad(CAST(1 + CAST(floor(random() * 20) AS INTEGER) AS VARCHAR), 2, '0')
                       AS root,
                   DATE '2015-01-01' + CAST(floor(random() * 3650) AS INTEGER) AS day
            FROM range({count}) AS t(i)
        )
        SELECT sha1(CAST(i // 8 AS VARCHAR)) AS article_id, 'e' || (i % 8 + 1) AS event_id,
               day, strftime(day, '%Y-%m-%d') AS date, 'day' AS date_precision,
               'on ' || dayname(day) AS date_text,
               'a' || (i % 5 + 1) AS source_actor, source_country || ' officials' AS source_name,
               source_country || source_sector AS source_code, source_country,
               'a' || (i % 7 + 1) AS target_actor, target_country || ' forces' AS target_name,
               target_country || target_sector AS target_code, target_country,
               root || '0' AS cameo, root, 'ASSAULT' AS plover,
               CAST(1 + CAST(root AS INTEGER) // 6 AS TINYINT) AS quad_class,
               round(random() * 20 - 10, 1) AS goldstein,
               random() < 0.03 AS negated, random() < 0.05 AS hypothetical,
               round(random(), 2) AS confidence,
               root || '.tsv:' || (i % 300) || ' verb VERB -> ' || root || '0' AS rule,
               'struck' AS trigger_text, 100 + i % 900 AS trigger_start,
               106 + i % 900 AS trigger_end, 80 + i % 900 AS sentence_start,
               240 + i % 900 AS sentence_end, i % 8 = 0 AS in_lead,
               CASE WHEN i % 3 = 0 THEN target_country || ' capital' END AS location_name,
               CASE WHEN i % 3 = 0 THEN target_country END AS location_country,
               [] AS quote_ids
        FROM drawn"""


def _synthetic_articles(events: int) -> str:
    """The articles of ``_synthetic_events``, from six outlets, for the clusters' join."""
    return f"""
        INSERT INTO articles (id, content_hash, outlet, published)
        SELECT sha1(CAST(i AS VARCHAR)), sha1(CAST(i AS VARCHAR)),
               ['Reuters', 'AP', 'AFP', 'BBC', 'Al Jazeera', 'Xinhua'][1 + i % 6],
               DATE '2015-01-01' + CAST(i % 3650 AS INTEGER)
        FROM range({(events + 7) // 8}) AS t(i)"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", choices=["ingest", "scale"])
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if args.part == "ingest":
        row = measure_ingest(args.articles, args.repeat)
    else:
        row = measure_scale(args.events)
    print("| " + " | ".join(row) + " |")
    print("|" + "---|" * len(row))
    print("| " + " | ".join(f"{value:.3g}" for value in row.values()) + " |")
    if args.json:
        args.json.write_text(json.dumps(row, indent=2) + "\n")


if __name__ == "__main__":
    main()
