"""Watch feeds into a store: poll, fetch what is new, code it, store it, remember, repeat.

Each cycle polls every feed (a conditional GET: an unchanged feed costs a 304), keeps the
entries never tried before (by link across feeds, and against the URLs the store holds),
fetches their pages politely, and stores the articles and the errors as one run. A feed or
a page that fails is counted and reported, and the watch goes on.

Example:
    >>> watcher = Watcher(["https://example.org/world.rss"], "events.duckdb", coder=Coder())
    >>> report = watcher.cycle()  # doctest: +SKIP
    >>> print(report)  # doctest: +SKIP
    1 feeds polled (0 not modified, 0 failed); 12 new pages: 11 coded, 0 skipped, 1 failed
    >>> watcher.run(every=parse_every("15m"))  # doctest: +SKIP
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from pathlib import Path

from ..coder import Coder
from ..errors import Errors, InputError, SkippedInput, StoreBusyError, StoreLockedError
from ..ingest.html import article_from_html
from ..records import Article
from ..store import Store
from .polite import FetchError, PoliteClient
from .sources import Entry, parse_feed
from .state import Attempt, FeedRecord, FeedState

# Tries of a page that fails for now (no answer, 429, 5xx) before it has failed for good.
MAX_ATTEMPTS = 3
_DURATION = re.compile(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?")


@dataclass
class WatchReport:
    """What a cycle did, or (added up) a whole watch."""

    cycles: int = 0
    feeds: int = 0  # polls
    not_modified: int = 0
    feed_errors: int = 0
    pages: int = 0  # tried: new, or failed for now in an earlier cycle
    coded: int = 0
    skipped: int = 0
    failed: int = 0
    store_errors: int = 0  # cycles whose articles the store could not take

    def add(self, other: WatchReport) -> None:
        """Count ``other`` in too."""
        for field in fields(self):
            setattr(self, field.name, getattr(self, field.name) + getattr(other, field.name))

    @property
    def all_feeds_failed(self) -> bool:
        """Not one feed could be read: the feed list or the network is wrong, not a site."""
        return self.feeds > 0 and self.feed_errors == self.feeds

    def __str__(self) -> str:
        return (
            f"{self.feeds} feeds polled ({self.not_modified} not modified, "
            f"{self.feed_errors} failed); {self.pages} new pages: {self.coded} coded, "
            f"{self.skipped} skipped, {self.failed} failed"
        )


class Watcher:
    """A list of feeds watched into one store. The coder (its spaCy pipeline) and the client
    (robots.txt files, each site's turn) are made once and serve every cycle.

    ``on_problem`` hears of each feed or page that failed or was skipped, as the cycle's run
    records it in the ``errors`` table.
    """

    def __init__(
        self,
        feeds: Iterable[str],
        store: str | Path,
        *,
        coder: Coder,
        client: PoliteClient | None = None,
        max_attempts: int = MAX_ATTEMPTS,
        on_problem: Callable[[InputError], None] | None = None,
    ) -> None:
        self.store = Store(store)
        self.coder = coder
        self.client = client or PoliteClient.from_settings(coder.settings)
        self.max_attempts = max_attempts
        self.on_problem = on_problem
        self.state = FeedState(self.store.path)
        self.feeds = self.state.open(feeds)
        self.totals = WatchReport()
        # the last cycle's reason the store took nothing, as "PATH: [E701] ..."
        self.store_error: str | None = None

    def run(
        self,
        *,
        every: float,
        once: bool = False,
        on_cycle: Callable[[WatchReport], None] | None = None,
    ) -> WatchReport:
        """Run a cycle every ``every`` seconds (start to start) until interrupted (Ctrl-C
        raises KeyboardInterrupt; ``totals`` holds what was done), or just one with
        ``once``; return the last cycle's report."""
        while True:
            started = time.monotonic()
            report = self.cycle()
            if on_cycle is not None:
                on_cycle(report)
            if once:
                return report
            time.sleep(max(0.0, every - (time.monotonic() - started)))

    def cycle(self) -> WatchReport:
        """Poll every feed, fetch and store the new pages, and remember what was done.

        A store that another writer holds takes nothing this cycle (``store_error`` says
        why); the next cycle fetches the same pages again.
        """
        self.client.new_cycle()
        report = WatchReport(cycles=1, feeds=len(self.feeds))
        polled, entries, items = self._poll_all(report)
        self.store_error = None
        try:
            fresh = self.state.unseen(entries)
            for entry in fresh:
                polled[entry.feed].new_entries += 1
            attempts = self._fetch_all([*fresh, *self.state.retries(self.max_attempts)], items)
            report.pages = len(attempts)
            report.skipped = sum(a.outcome == "skipped" for a in attempts)
            report.failed = sum(a.outcome in ("failed", "retry") for a in attempts)
            if items:
                summary = self.store.add(items, coder=self.coder, on_problem=self.on_problem)
                report.coded = summary.run.coded
            self.state.save(polled.values(), attempts, max_attempts=self.max_attempts)
        except (StoreLockedError, StoreBusyError) as err:
            self.store_error = str(err)
            report.store_errors = 1
        else:
            self.feeds.update(polled)
        self.totals.add(report)
        return report

    def _poll_all(
        self, report: WatchReport
    ) -> tuple[dict[str, FeedRecord], list[Entry], list[Article | InputError]]:
        """Poll each feed once, counting into ``report``: the feeds' new records, their
        entries (each link once, across feeds), and the feeds' errors."""
        polled: dict[str, FeedRecord] = {}
        found: dict[str, Entry] = {}
        errors: list[Article | InputError] = []
        for feed in self.feeds.values():
            polled[feed.url], entries = self._poll(feed)
            if isinstance(entries, InputError):
                report.feed_errors += 1
                errors.append(entries)
                continue
            if polled[feed.url].last_status == 304:
                report.not_modified += 1
            for entry in entries:
                found.setdefault(entry.link, entry)
        return polled, list(found.values()), errors

    def _poll(self, feed: FeedRecord) -> tuple[FeedRecord, list[Entry] | InputError]:
        """Ask for a feed (conditionally) and read its entries; the feed's new record, and
        the entries (none when not modified) or what went wrong."""
        polled = replace(
            feed,
            last_polled=datetime.now(),
            last_status=None,
            last_error=None,
            polls=feed.polls + 1,
        )
        try:
            fetched = self.client.get(feed.url, etag=feed.etag, last_modified=feed.last_modified)
            polled.last_status = fetched.status
            if fetched.not_modified:
                return polled, []
            entries = parse_feed(fetched.body, url=feed.url, base=fetched.url)
        except InputError as err:
            if isinstance(err, FetchError):
                polled.last_status = err.status
            polled.last_error, polled.errors = err.message, feed.errors + 1
            return polled, err
        polled.etag, polled.last_modified = fetched.etag, fetched.last_modified
        polled.entries = len(entries)
        return polled, entries

    def _fetch_all(self, entries: list[Entry], items: list[Article | InputError]) -> list[Attempt]:
        """Fetch each page once (an entry listed twice is tried once), appending its
        article or error to ``items``; what became of each."""
        attempts: dict[str, Attempt] = {}
        for entry in entries:
            if entry.link in attempts:
                continue
            item = self._fetch(entry)
            items.append(item)
            attempts[entry.link] = Attempt(entry, _outcome(item))
        return list(attempts.values())

    def _fetch(self, entry: Entry) -> Article | InputError:
        """The article on an entry's page, dated by the feed when the page gives no date."""
        try:
            page = self.client.get(entry.link)
            article = article_from_html(
                page.body, source=entry.link, url=entry.link, settings=self.coder.settings
            )
        except InputError as err:
            return err
        if article.published is None and entry.published:
            article = replace(article, published=entry.published, published_from="feed")
        return article


def parse_every(value: str) -> float:
    """Seconds in a duration such as 90s, 15m, 1h or 1h30m.

    Raises:
        ValueError: not such a duration, or zero.
    """
    match = _DURATION.fullmatch(value.strip())
    if not match or not any(match.groups()):
        raise ValueError(Errors.E125.format(value=value))
    hours, minutes, seconds = (int(group or 0) for group in match.groups())
    total = 3600 * hours + 60 * minutes + seconds
    if total == 0:
        raise ValueError(Errors.E125.format(value=value))
    return float(total)


def _outcome(item: Article | InputError) -> str:
    if isinstance(item, Article):
        return "fetched"
    if isinstance(item, SkippedInput):
        return "skipped"
    return "retry" if isinstance(item, FetchError) and item.transient else "failed"
