"""Watching the local news site into a store: what lands there, what is never fetched
twice, and a watch that goes on through broken feeds, slow pages and a busy store."""

from __future__ import annotations

import time
from pathlib import Path

import jsonschema
import pytest

import newsevents
from newsevents.errors import InputError
from newsevents.feeds import PoliteClient, Watcher, WatchReport
from newsevents.records import schema
from newsevents.store import Store
from newsevents.store.lock import writer_lock

from .conftest import FEEDS, NewsSite, quick_client

STORED = ["geneva-talks", "sanctions-vote", "flaky-story", "ceasefire-holds", "port-reopens"]


def _watcher(
    site: NewsSite,
    store: Path,
    coder: newsevents.Coder,
    client: PoliteClient,
    *,
    feeds: list[str] = FEEDS,
    problems: list[InputError] | None = None,
    max_attempts: int = 3,
) -> Watcher:
    urls = [f"{site.url}/feeds/{name}" for name in feeds]
    on_problem = problems.append if problems is not None else None
    return Watcher(
        urls, store, coder=coder, client=client, max_attempts=max_attempts, on_problem=on_problem
    )


def test_watch_cycle_stores_the_new_articles_and_goes_on_through_errors(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    store, problems = tmp_path / "events.duckdb", []
    report = _watcher(news_site, store, coder, client, problems=problems).cycle()

    # every page that gave an article is stored once, coded into actors and events
    articles = Store(store).sql("SELECT url, n_actors, n_events FROM articles").to_pylist()
    assert sorted(a["url"] for a in articles) == sorted(news_site.page_url(s) for s in STORED)
    assert all(a["n_actors"] > 0 and a["n_events"] > 0 for a in articles)
    # listed twice in one feed and once in another, fetched once
    assert news_site.paths().count("/news/geneva-talks") == 1
    # the page that failed twice was asked again at once, and stored
    assert [r.status for r in news_site.requests("/news/flaky-story")] == [500, 500, 200]
    # robots.txt was read once, and the page it disallows never asked for
    assert news_site.paths().count("/robots.txt") == 1
    assert "/private/leaked-cable" not in news_site.paths()
    # the feeds and pages that failed, and the skipped one, are reported and kept
    expected = {
        f"{news_site.url}/feeds/garbage.xml": ("[E122]", "failed"),
        f"{news_site.url}/feeds/down.rss": ("[E108]", "failed"),
        news_site.page_url("slow-story"): ("[E108]", "failed"),
        news_site.page_url("leaked-cable"): ("[E123]", "skipped"),
    }
    assert {error.source: error.message[:6] for error in problems} == {
        source: code for source, (code, _status) in expected.items()
    }
    errors = Store(store).sql("SELECT input, status, message FROM errors").to_pylist()
    assert {e["input"]: (e["message"][:6], e["status"]) for e in errors} == expected
    assert any("timed out after 0.5 s" in e["message"] for e in errors)
    assert report == WatchReport(
        cycles=1, feeds=5, not_modified=0, feed_errors=2, pages=7, coded=5, skipped=1, failed=1
    )
    assert Store(store).sql("SELECT count(*) AS n FROM runs").to_pylist() == [{"n": 1}]


def test_watch_dates_an_article_by_its_feed_when_the_page_gives_no_date(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    store = tmp_path / "events.duckdb"
    _watcher(news_site, store, coder, client, feeds=["europe.atom"]).cycle()

    dates = Store(store).sql("SELECT url, published, published_from FROM articles").to_pylist()
    by_url = {row["url"]: (str(row["published"]), row["published_from"]) for row in dates}
    assert by_url[news_site.page_url("ceasefire-holds")] == ("2023-11-15", "feed")
    assert by_url[news_site.page_url("geneva-talks")] == ("2023-11-14", "html")
    for coded in Store(store).coded_articles():  # as the output contract has it
        jsonschema.validate(coded.to_dict(), schema())


def test_watch_restarted_asks_only_for_changes_and_fetches_no_page_again(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    store = tmp_path / "events.duckdb"
    _watcher(news_site, store, coder, client, max_attempts=1).cycle()
    news_site.log.clear()

    restarted = _watcher(news_site, store, coder, quick_client())
    report = restarted.cycle()

    world, europe = news_site.requests("/feeds/world.rss"), news_site.requests("/feeds/europe.atom")
    assert [(r.status, r.headers.get("If-None-Match")) for r in world] == [(304, '"world-v1"')]
    assert [(r.status, "If-Modified-Since" in r.headers) for r in europe] == [(304, True)]
    assert not [path for path in news_site.paths() if path.startswith(("/news/", "/private/"))]
    assert (report.not_modified, report.pages, report.coded) == (2, 0, 0)
    feeds = Store(store).sql("SELECT url, polls, errors, last_status FROM feeds").to_pylist()
    assert {
        (f["url"].rsplit("/", 1)[1], f["polls"], f["errors"], f["last_status"]) for f in feeds
    } == {
        ("world.rss", 2, 0, 304),
        ("europe.atom", 2, 0, 304),
        ("broken.rss", 2, 0, 200),
        ("garbage.xml", 2, 2, 200),
        ("down.rss", 2, 2, 500),
    }
    assert Store(store).sql("SELECT count(*) AS n FROM articles").to_pylist() == [{"n": 5}]


def test_watch_tries_a_page_that_failed_for_now_in_the_next_cycle(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    store = tmp_path / "events.duckdb"
    watcher = _watcher(news_site, store, coder, client, feeds=["world.rss"])
    first = watcher.cycle()
    news_site.slow_seconds = 0  # the site has recovered

    second = watcher.cycle()

    assert (first.failed, second.not_modified, second.pages, second.coded) == (1, 1, 1, 1)
    entry = Store(store).sql(
        "SELECT attempts, outcome FROM feed_entries WHERE url LIKE '%slow-story'"
    )
    assert entry.to_pylist() == [{"attempts": 2, "outcome": "fetched"}]


def test_watch_does_not_fetch_a_page_the_store_already_holds(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    store = tmp_path / "events.duckdb"
    Store(store).ingest([news_site.page_url("geneva-talks")], coder=coder)

    report = _watcher(news_site, store, coder, client, feeds=["europe.atom"]).cycle()

    assert news_site.paths().count("/news/geneva-talks") == 1  # by the ingest
    assert (report.pages, report.coded) == (1, 1)


def test_watch_stores_nothing_while_another_writer_holds_the_store_then_catches_up(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    store = tmp_path / "events.duckdb"
    watcher = _watcher(news_site, store, coder, client, feeds=["europe.atom"])
    with writer_lock(store):
        busy = watcher.cycle()
    assert busy.store_errors == 1 and "[E701] store is locked" in str(watcher.store_error)

    caught_up = watcher.cycle()

    assert caught_up.store_errors == 0 and watcher.store_error is None
    assert caught_up.not_modified == 0  # the feed's ETag was not kept for a cycle not stored
    assert caught_up.coded == 2


def test_watch_runs_a_cycle_every_interval_until_interrupted(
    news_site: NewsSite, client: PoliteClient, coder: newsevents.Coder, tmp_path: Path
) -> None:
    watcher = _watcher(news_site, tmp_path / "events.duckdb", coder, client, feeds=["europe.atom"])
    started: list[float] = []

    def stop_after_two(report: WatchReport) -> None:
        started.append(time.monotonic())
        if len(started) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        watcher.run(every=0.3, on_cycle=stop_after_two)

    assert (watcher.totals.cycles, watcher.totals.coded, watcher.totals.not_modified) == (2, 2, 1)
    polls = [request.at for request in news_site.requests("/feeds/europe.atom")]
    assert polls[1] - polls[0] >= 0.29
