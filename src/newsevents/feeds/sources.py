"""What to watch: the feed list a user writes, and the entries of a feed (RSS or Atom).

Example:
    >>> urls = read_feed_list(Path("feeds.txt"))  # doctest: +SKIP
    >>> entries = parse_feed(fetched.body, url=fetched.url)  # doctest: +SKIP
    >>> entries[0].link, entries[0].published  # doctest: +SKIP
    ('https://example.org/world/geneva-talks', '2023-11-14')
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import feedparser

from ..errors import DataFileError, Errors, InputError


@dataclass(frozen=True)
class Entry:
    """A feed's item: the article to fetch, with what the feed says about it."""

    link: str
    feed: str
    id: str | None = None
    title: str | None = None
    published: str | None = None  # ISO day, for a page that gives no date of its own


def read_feed_list(path: Path) -> list[str]:
    """The feed URLs of a text file, one a line, in order and without repeats; blank lines
    and lines starting with # are ignored.

    Raises:
        DataFileError: the file cannot be read, holds no URL, or a line is not an
            http(s) URL.
    """
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        reason = getattr(err, "strerror", None) or err
        raise DataFileError(Errors.E121.format(path=path, reason=reason)) from err
    urls: dict[str, None] = {}
    for number, line in enumerate(lines, start=1):
        value = line.strip()
        if not value or value.startswith("#"):
            continue
        if not _is_web_url(value):
            raise DataFileError(Errors.E120.format(path=path, line=number, value=value))
        urls[value] = None
    if not urls:
        raise DataFileError(Errors.E121.format(path=path, reason="no feed URL in it"))
    return list(urls)


def parse_feed(body: bytes, *, url: str, base: str | None = None) -> list[Entry]:
    """The entries of the feed at ``url`` that link to a web page, each link once; relative
    links are resolved against ``base`` (where a redirect took the request), else ``url``.
    A feed with broken XML counts as long as entries can be recovered from it.

    Raises:
        InputError: ``body`` is not a feed, or so broken that it yields no entry.
    """
    location = {"content-location": base or url}
    parsed = feedparser.parse(io.BytesIO(body), response_headers=location)
    if not parsed.entries and (parsed.bozo or not parsed.version):
        error = str(parsed.get("bozo_exception") or "").strip()
        reason = error.splitlines()[0] if error else "no RSS or Atom in it"
        raise InputError(Errors.E122.format(reason=reason), source=url)
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in parsed.entries:
        link, entry_id = item.get("link"), item.get("id")
        if not link or not _is_web_url(link) or link in seen or entry_id in seen:
            continue
        seen.update(key for key in (link, entry_id) if key)
        published = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(
            Entry(
                link=link,
                feed=url,
                id=entry_id,
                title=item.get("title"),
                published=time.strftime("%Y-%m-%d", published) if published else None,
            )
        )
    return entries


def _is_web_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and " " not in value
