"""The dashboard's API on a big store: each request's time, against a plain scan of the same
events through ``Store.sql`` (open, query, close) as the machine's yardstick.

``--events`` synthetic events (benchmarks/store.py's, eight per article) are written into a
fresh store, with article titles and texts, actor rows and located places added, so that
every endpoint has real work to do. Each request runs through FastAPI's TestClient in this
process, best of ``--repeat``, as does opening the store to run ``SELECT 1``. The requests
timed are the pages' own: the events explorer's first page, a filtered and a sorted page, a
text search, the CSV of a filtered set, the dyad series, the network, the map's places, the
article list, the actors and the overview.

Example:
    python benchmarks/web.py --events 1000000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from store import SCAN, _synthetic_articles, _synthetic_events

REQUESTS = {
    "events, first page": "/api/events?limit=50",
    "events, one country": "/api/events?country=RUS&limit=50",
    "events, by Goldstein": "/api/events?sort=goldstein&order=asc&limit=50",
    "events, dyad and root": "/api/events?source=RUS&target=UKR&cameo=19&limit=50",
    "events, text search": "/api/events?text=ceasefire&limit=50",
    "events, page 100": "/api/events?limit=50&offset=4950",
    "events CSV, dyad and year": "/api/events.csv?source=RUS&target=UKR&date_from=2020-01-01"
    "&date_to=2020-12-31",
    "dyad series, monthly": "/api/dyads?source=RUS&target=UKR&every=month",
    "network, 100 pairs": "/api/network?limit=100",
    "map places": "/api/places",
    "articles, first page": "/api/articles?limit=25",
    "actors, first page": "/api/actors?limit=50",
    "overview page": "/",
}
_TEXT = (
    "Officials said on Tuesday that talks on a ceasefire would resume next week, after "
    "shelling overnight killed several civilians near the border. "
) * 8


def build_store(path: Path, events: int) -> None:
    """A store of ``events`` synthetic events with what the web pages read beside them."""
    from newsevents.store.database import connect, create_tables

    with connect(path, read_only=False) as con:
        create_tables(con)
        con.execute(_synthetic_events(events))
        con.execute(_synthetic_articles(events))
        con.execute(
            "UPDATE articles SET title = outlet || ' report ' || id[:8], text = ?, "
            "n_events = 8, n_actors = 5, n_quotes = 2",
            [_TEXT],
        )
        con.execute(
            "UPDATE events SET location_lat = (hash(location_country) % 140) - 70.0, "
            "location_lon = (hash(location_country) % 340) - 170.0 "
            "WHERE location_country IS NOT NULL"
        )
        con.execute(
            """INSERT INTO actors (article_id, actor_id, name, kind, code, country, n_mentions)
               SELECT DISTINCT article_id, source_actor, source_name, 'state', source_code,
                      source_country, 2
               FROM events"""
        )
        con.execute("CHECKPOINT")


def measure(events: int, repeat: int) -> dict[str, object]:
    from fastapi.testclient import TestClient

    from newsevents.store import Store
    from newsevents.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.duckdb"
        start = time.perf_counter()
        build_store(path, events)
        built = time.perf_counter() - start
        client = TestClient(create_app(path))
        store = Store(path)
        scan = min(_timed(lambda: store.sql(SCAN)) for _ in range(repeat))
        opening = min(_timed(lambda: store.sql("SELECT 1")) for _ in range(repeat))
        times = {}
        for name, url in REQUESTS.items():
            best = float("inf")
            for _ in range(repeat):
                start = time.perf_counter()
                response = client.get(url)
                best = min(best, time.perf_counter() - start)
                assert response.status_code == 200, (url, response.text[:200])
            times[name] = best
    return {
        "events": events,
        "build_s": round(built, 1),
        "scan_s": round(scan, 4),
        "open_s": round(opening, 4),
        "requests": {
            name: {"s": round(seconds, 4), "over_scan": round(seconds / scan, 1)}
            for name, seconds in times.items()
        },
    }


def _timed(call: object) -> float:
    start = time.perf_counter()
    call()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    row = measure(args.events, args.repeat)
    print(f"{row['events']:,} events (store built in {row['build_s']} s); "
          f"plain scan {row['scan_s'] * 1000:.0f} ms, of which opening the store "
          f"{row['open_s'] * 1000:.0f} ms")  # fmt: skip
    print(f"{'request':<28} {'ms':>8} {'x scan':>8}")
    for name, figures in row["requests"].items():  # type: ignore[attr-defined]
        print(f"{name:<28} {figures['s'] * 1000:>8.0f} {figures['over_scan']:>8.1f}")
    if args.json:
        args.json.write_text(json.dumps(row, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
