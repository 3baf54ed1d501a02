"""The feed list a user writes, the entries of RSS and Atom feeds, and --every durations."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import DataFileError, InputError
from newsevents.feeds import parse_every, parse_feed, read_feed_list

from .conftest import BROKEN_RSS, EUROPE_ATOM, GARBAGE, WORLD_RSS

SITE = "http://news.example"


def test_read_feed_list_skips_comments_blank_lines_and_repeats(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(
        f"# wires\n\n{SITE}/world.rss\n  {SITE}/europe.atom  \n{SITE}/world.rss\n", "utf-8"
    )

    assert read_feed_list(path) == [f"{SITE}/world.rss", f"{SITE}/europe.atom"]


@pytest.mark.parametrize("line", ["news.example/world.rss", "ftp://news.example/x", "http://"])
def test_read_feed_list_names_file_and_line_of_a_bad_url(tmp_path: Path, line: str) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text(f"# wires\n{SITE}/world.rss\n{line}\n", "utf-8")

    with pytest.raises(DataFileError, match=rf"\[E120\] .*feeds.txt: line 3: '{line}' is not"):
        read_feed_list(path)


@pytest.mark.parametrize(
    "content, reason", [("# nothing yet\n\n", "no feed URL in it"), (None, "No such file")]
)
def test_read_feed_list_refuses_an_empty_or_missing_file(
    tmp_path: Path, content: str | None, reason: str
) -> None:
    path = tmp_path / "feeds.txt"
    if content is not None:
        path.write_text(content, "utf-8")

    with pytest.raises(
        DataFileError, match=rf"\[E121\] .*feeds.txt: not a list of feeds \({reason}"
    ):
        read_feed_list(path)


def test_parse_feed_resolves_links_dates_entries_and_drops_repeats() -> None:
    entries = parse_feed(WORLD_RSS.encode(), url=f"{SITE}/feeds/world.rss")

    links = [entry.link for entry in entries]
    assert links == [
        f"{SITE}/news/geneva-talks",  # listed twice, kept once
        f"{SITE}/news/sanctions-vote",
        f"{SITE}/private/leaked-cable",
        f"{SITE}/news/slow-story",
        f"{SITE}/news/flaky-story",
    ]
    assert entries[0].published == "2023-11-14"
    assert entries[0].feed == f"{SITE}/feeds/world.rss"


def test_parse_feed_reads_atom() -> None:
    entries = parse_feed(EUROPE_ATOM.encode(), url=f"{SITE}/feeds/europe.atom")

    assert [(e.link, e.id, e.published) for e in entries][0] == (
        f"{SITE}/news/ceasefire-holds",
        "urn:ceasefire",
        "2023-11-15",
    )


def test_parse_feed_recovers_the_entries_of_broken_xml() -> None:
    entries = parse_feed(BROKEN_RSS.encode(), url=f"{SITE}/feeds/broken.rss")

    assert [entry.link for entry in entries] == [f"{SITE}/news/port-reopens"]


@pytest.mark.parametrize(
    "body", [GARBAGE, "<html><body><p>Our news, on the web</p></body></html>"], ids=["junk", "html"]
)
def test_parse_feed_refuses_what_is_not_a_feed(body: str) -> None:
    with pytest.raises(InputError, match=r"\[E122\] not an RSS or Atom feed"):
        parse_feed(body.encode(), url=f"{SITE}/feeds/x")


@pytest.mark.parametrize(
    "value, seconds", [("90s", 90), ("15m", 900), ("1h", 3600), ("1h30m", 5400)]
)
def test_parse_every_reads_durations(value: str, seconds: float) -> None:
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["15", "0m", "fortnightly", "-5m", "m"])
def test_parse_every_refuses_what_is_not_a_duration(value: str) -> None:
    with pytest.raises(ValueError, match=r"\[E125\]"):
        parse_every(value)
