"""The watcher's memory, kept in the store: each feed's last poll (tables ``feeds``) and
every page tried (``feed_entries``), so that a restarted watch fetches nothing twice.

Example:
    >>> state = FeedState(Path("events.duckdb"))
    >>> feeds = state.open(["https://example.org/world.rss"])  # doctest: +SKIP
    >>> fresh = state.unseen(entries)  # doctest: +SKIP
    >>> state.save(feeds.values(), [Attempt(fresh[0], "fetched")], max_attempts=3)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

import pyarrow as pa

from ..store.database import connect, create_tables
from ..store.lock import writer_lock
from .sources import Entry

# What became of a page: handed to the store, skipped on purpose (robots.txt, language),
# failed for good, or failed for now (a later cycle tries again).
OUTCOMES = ("fetched", "skipped", "failed", "retry")
_CANDIDATES = pa.schema([("url", pa.string()), ("feed", pa.string()), ("entry_id", pa.string())])


@dataclass
class FeedRecord:
    """A row of ``feeds``: what the watcher knows of one feed between polls."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled: datetime | None = None
    last_status: int | None = None
    last_error: str | None = None
    polls: int = 0
    entries: int = 0
    new_entries: int = 0
    errors: int = 0


@dataclass(frozen=True)
class Attempt:
    """A page tried in a cycle, and its outcome (one of OUTCOMES)."""

    entry: Entry
    outcome: str


class FeedState:
    """The ``feeds`` and ``feed_entries`` tables of a store."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open(self, urls: Iterable[str]) -> dict[str, FeedRecord]:
        """Create the store or the tables it lacks, and return the records of ``urls``
        (new ones for feeds never polled).

        Raises:
            StoreError: the store is locked by another writer, or is not a store.
        """
        with writer_lock(self.path), connect(self.path, read_only=False) as con:
            create_tables(con)
            rows = con.sql("SELECT * FROM feeds").to_arrow_table().to_pylist()
        known = {row["url"]: FeedRecord(**row) for row in rows}
        return {url: known.get(url) or FeedRecord(url) for url in urls}

    def unseen(self, entries: list[Entry]) -> list[Entry]:
        """The entries whose page was never tried, nor is stored from another source: by
        link, or by the feed's id of the entry."""
        if not entries:
            return []
        candidates = pa.Table.from_pylist(
            [{"url": e.link, "feed": e.feed, "entry_id": e.id} for e in entries],
            schema=_CANDIDATES,
        )
        with connect(self.path) as con:
            con.register("candidates", candidates)
            rows = con.execute(
                "SELECT url FROM candidates c "
                "WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url) "
                "AND NOT EXISTS (SELECT 1 FROM feed_entries s WHERE s.url = c.url "
                "OR (s.feed = c.feed AND s.entry_id = c.entry_id))"
            ).fetchall()
        fresh = {url for (url,) in rows}
        return [entry for entry in entries if entry.link in fresh]

    def retries(self, max_attempts: int) -> list[Entry]:
        """The pages that failed for now and have been tried fewer than ``max_attempts``
        times, oldest first."""
        with connect(self.path) as con:
            rows = con.execute(
                "SELECT url, feed, entry_id, title, published FROM feed_entries "
                "WHERE outcome = 'retry' AND attempts < ? ORDER BY first_seen, url",
                [max_attempts],
            ).fetchall()
        return [
            Entry(link, feed, entry_id, title, published.isoformat() if published else None)
            for link, feed, entry_id, title, published in rows
        ]

    def save(
        self, feeds: Iterable[FeedRecord], attempts: Iterable[Attempt], *, max_attempts: int
    ) -> None:
        """Write a cycle's feed records and tried pages in one transaction; a page tried
        ``max_attempts`` times that failed for now has failed for good."""
        now = datetime.now()
        polled = [asdict(feed) for feed in feeds]
        tried = [
            {
                "url": a.entry.link,
                "feed": a.entry.feed,
                "entry_id": a.entry.id,
                "title": a.entry.title,
                "published": a.entry.published,
                "first_seen": now,
                "last_tried": now,
                "attempts": 1,
                "outcome": a.outcome,
            }
            for a in attempts
        ]
        with writer_lock(self.path), connect(self.path, read_only=False) as con:
            con.begin()
            if polled:
                con.register("polled", pa.Table.from_pylist(polled))
                con.execute("INSERT OR REPLACE INTO feeds BY NAME SELECT * FROM polled")
            if tried:
                con.register("tried", pa.Table.from_pylist(tried))
                con.execute(
                    "INSERT INTO feed_entries BY NAME SELECT * FROM tried "
                    "ON CONFLICT (url) DO UPDATE SET last_tried = excluded.last_tried, "
                    "attempts = feed_entries.attempts + 1, outcome = excluded.outcome"
                )
                con.execute(
                    "UPDATE feed_entries SET outcome = 'failed' "
                    "WHERE outcome = 'retry' AND attempts >= ?",
                    [max_attempts],
                )
            con.commit()
