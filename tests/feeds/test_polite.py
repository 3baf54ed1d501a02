"""The polite client against the local news site: robots.txt, turns, retries, limits."""

from __future__ import annotations

import time

import pytest

from newsevents.errors import SkippedInput
from newsevents.feeds import FetchError, PoliteClient

from .conftest import EUROPE_MODIFIED, ROBOTS, WORLD_ETAG, NewsSite


def test_polite_conditional_get_answers_304_with_no_body(
    news_site: NewsSite, client: PoliteClient
) -> None:
    world, europe = f"{news_site.url}/feeds/world.rss", f"{news_site.url}/feeds/europe.atom"
    first = client.get(world)
    again = client.get(world, etag=first.etag, last_modified=first.last_modified)
    atom = client.get(europe)
    atom_again = client.get(europe, etag=atom.etag, last_modified=atom.last_modified)

    assert (first.status, first.etag) == (200, WORLD_ETAG)
    assert (again.status, again.body, again.not_modified) == (304, b"", True)
    assert atom.last_modified == EUROPE_MODIFIED and atom_again.not_modified
    assert news_site.requests("/feeds/world.rss")[1].headers["If-None-Match"] == WORLD_ETAG


def test_polite_retries_a_5xx_and_then_fetches(news_site: NewsSite, client: PoliteClient) -> None:
    fetched = client.get(news_site.page_url("flaky-story"))

    assert fetched.status == 200 and b"Eritrea" in fetched.body
    assert [r.status for r in news_site.requests("/news/flaky-story")] == [500, 500, 200]


def test_polite_gives_up_after_the_retries(news_site: NewsSite, client: PoliteClient) -> None:
    with pytest.raises(
        FetchError, match=r"\[E108\] could not be fetched \(HTTP 500 after 2"
    ) as err:
        client.get(f"{news_site.url}/feeds/down.rss")

    assert (err.value.status, err.value.transient) == (500, True)
    assert len(news_site.requests("/feeds/down.rss")) == 3


def test_polite_times_out_a_slow_page_without_waiting_for_it(
    news_site: NewsSite, client: PoliteClient
) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0.5 s") as err:
        client.get(news_site.page_url("slow-story"))

    assert time.monotonic() - started < news_site.slow_seconds
    assert err.value.transient
    assert len(news_site.requests("/news/slow-story")) == 1  # a read timeout is not retried


def test_polite_honours_retry_after_up_to_its_cap(news_site: NewsSite) -> None:
    client = PoliteClient(timeout=0.5, retries=2, max_wait=0.2, host_interval=0.0)
    started = time.monotonic()

    assert client.get(f"{news_site.url}/busy").status == 200
    assert time.monotonic() - started < 2  # not the hour the site asked for
    gap = news_site.requests("/busy")[1].at - news_site.requests("/busy")[0].at
    assert gap >= 0.2


def test_polite_refuses_a_page_over_the_size_limit(news_site: NewsSite) -> None:
    client = PoliteClient(max_bytes=200, host_interval=0.0)
    with pytest.raises(FetchError, match=r"\[E105\]") as err:
        client.get(news_site.page_url("geneva-talks"))
    assert not err.value.transient


def test_polite_never_requests_what_robots_txt_disallows(
    news_site: NewsSite, client: PoliteClient
) -> None:
    with pytest.raises(
        SkippedInput, match=r"\[E123\] robots.txt of http://127.0.0.1:\d+ disallows"
    ):
        client.get(news_site.page_url("leaked-cable"))
    client.get(news_site.page_url("geneva-talks"))
    client.get(news_site.page_url("sanctions-vote"))

    assert "/private/leaked-cable" not in news_site.paths()
    assert news_site.paths().count("/robots.txt") == 1  # read once per site


def test_polite_robots_txt_missing_allows_everything(
    news_site: NewsSite, client: PoliteClient
) -> None:
    news_site.robots = (404, "not found")

    assert client.get(news_site.page_url("leaked-cable")).status == 200


def test_polite_robots_txt_unreachable_disallows_the_site_for_the_cycle(
    news_site: NewsSite, client: PoliteClient
) -> None:
    news_site.robots = (503, "down for maintenance")
    with pytest.raises(FetchError, match=r"\[E124\] robots.txt of .* could not be read \(HTTP 503"):
        client.get(news_site.page_url("geneva-talks"))
    news_site.robots = (200, ROBOTS)
    with pytest.raises(FetchError, match=r"\[E124\]"):
        client.get(news_site.page_url("geneva-talks"))  # still this cycle: not asked again
    assert "/news/geneva-talks" not in news_site.paths()

    client.new_cycle()

    assert client.get(news_site.page_url("geneva-talks")).status == 200


def test_polite_waits_its_turn_at_a_site(news_site: NewsSite) -> None:
    client = PoliteClient(timeout=0.5, host_interval=0.2)
    for slug in ("geneva-talks", "sanctions-vote", "ceasefire-holds"):
        client.get(news_site.page_url(slug))

    times = [request.at for request in news_site.log]  # robots.txt, then the three pages
    assert len(times) == 4
    assert min(later - earlier for earlier, later in zip(times, times[1:], strict=False)) >= 0.19


def test_polite_crawl_delay_of_robots_txt_lengthens_the_turn(
    news_site: NewsSite, client: PoliteClient
) -> None:
    news_site.robots = (200, ROBOTS + "Crawl-delay: 1\n")
    client.get(news_site.page_url("geneva-talks"))
    client.get(news_site.page_url("sanctions-vote"))

    first, second = (
        news_site.requests(f"/news/{slug}")[0].at for slug in ("geneva-talks", "sanctions-vote")
    )
    assert second - first >= 0.99
