"""Watch RSS and Atom feeds into a store, fetching their pages as a polite crawler.

Example:
    >>> from newsevents.feeds import Watcher, read_feed_list
    >>> watcher = Watcher(read_feed_list(Path("feeds.txt")), "events.duckdb", coder=Coder())
    >>> watcher.run(every=900)  # doctest: +SKIP
"""

from __future__ import annotations

from .polite import Fetched, FetchError, PoliteClient
from .sources import Entry, parse_feed, read_feed_list
from .watch import Watcher, WatchReport, parse_every

__all__ = [
    "Entry",
    "FetchError",
    "Fetched",
    "PoliteClient",
    "WatchReport",
    "Watcher",
    "parse_every",
    "parse_feed",
    "read_feed_list",
]
