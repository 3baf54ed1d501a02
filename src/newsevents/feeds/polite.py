"""Fetch feeds and pages as a polite crawler: robots.txt, a pause per site, retries, limits.

Every request asks the site's robots.txt first (read once, through the same client), waits
its turn at the site, gives up after a timeout, and retries a failed connection, a 429 or a
5xx with a growing wait (a server's Retry-After is honoured, up to the cap). A conditional
GET (ETag, Last-Modified) lets an unchanged feed answer 304 with no body.

Example:
    >>> client = PoliteClient(host_interval=1.0)
    >>> feed = client.get("https://example.org/world.rss")  # doctest: +SKIP
    >>> again = client.get(  # doctest: +SKIP
    ...     feed.url, etag=feed.etag, last_modified=feed.last_modified)
    >>> again.not_modified  # doctest: +SKIP
    True
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Self
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import urllib3

from ..errors import Errors, InputError, SkippedInput
from ..ingest.fetch import USER_AGENT
from ..settings import Settings

# The statuses worth asking again: too many requests, and the server's own failures.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
# The first wait before a retry, doubled at each retry after it, and the longest single wait
# (a Retry-After included): a request gives up after at most retries x MAX_WAIT seconds.
BACKOFF = 0.5
MAX_WAIT = 30.0
# RFC 9309: a robots.txt should not be trusted for longer than a day.
ROBOTS_TTL = 24 * 3600.0


@dataclass(frozen=True)
class Fetched:
    """A successful answer: 2xx with its body, or 304 (not modified) with none."""

    url: str  # after redirects
    status: int
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """The server says the copy we hold (by ETag or date) is still current."""
        return self.status == 304


class FetchError(InputError):
    """A URL that could not be fetched; ``transient`` when asking later may succeed (the
    network, a timeout, 429, 5xx), so a watcher tries it again next cycle. ``reason`` is
    the message's cause alone ("HTTP 404"), ``status`` the HTTP status, if any."""

    def __init__(
        self,
        message: str,
        *,
        source: str,
        reason: str,
        transient: bool,
        status: int | None = None,
    ) -> None:
        super().__init__(message, source=source)
        self.reason = reason
        self.transient = transient
        self.status = status


class PoliteClient:
    """An HTTP client for crawling other people's sites: one per watch, reused across cycles."""

    def __init__(
        self,
        *,
        timeout: float = 30.0,
        retries: int = 3,
        backoff: float = BACKOFF,
        max_wait: float = MAX_WAIT,
        host_interval: float = 1.0,
        max_bytes: int = 2_000_000,
    ) -> None:
        self.timeout = timeout
        self.retries = retries
        self.host_interval = host_interval
        self.max_bytes = max_bytes
        self._pool = urllib3.PoolManager(headers={"User-Agent": USER_AGENT})
        self._retry = _Retry(
            total=retries,
            connect=retries,
            read=0,  # a page too slow to answer is not asked again at once
            status=retries,
            other=0,
            status_forcelist=RETRY_STATUSES,
            backoff_factor=backoff,
            backoff_max=max_wait,
            raise_on_status=False,
        )
        self._robots: dict[str, tuple[float, RobotFileParser | FetchError]] = {}
        self._intervals: dict[str, float] = {}  # a site's Crawl-delay, where longer
        self._next_turn: dict[str, float] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> Self:
        """The client the settings describe: fetch_timeout, fetch_retries, host_interval,
        max_bytes."""
        return cls(
            timeout=settings.fetch_timeout,
            retries=settings.fetch_retries,
            host_interval=settings.host_interval,
            max_bytes=settings.max_bytes,
        )

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """GET ``url`` if robots.txt allows it, following redirects; with ``etag`` or
        ``last_modified`` (from an earlier Fetched), an unchanged resource comes back as 304.

        Raises:
            SkippedInput: robots.txt disallows the URL.
            FetchError: unreachable, timed out, an error status after the retries, too big,
                or the site's robots.txt could not be read.
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        fetched = self._follow(url, headers, check_robots=True)
        if 200 <= fetched.status < 300 or fetched.not_modified:
            return fetched
        transient = fetched.status in RETRY_STATUSES
        reason = f"HTTP {fetched.status}" + (f" after {self.retries} retries" if transient else "")
        raise _unfetched(url, reason, transient=transient, status=fetched.status)

    def new_cycle(self) -> None:
        """Forget the robots.txt files that could not be read, so that the next request to
        those sites asks for them again (RFC 9309 treats them as disallowing all meanwhile)."""
        self._robots = {
            site: rules
            for site, rules in self._robots.items()
            if not isinstance(rules[1], FetchError)
        }

    def _follow(self, url: str, headers: dict[str, str], *, check_robots: bool) -> Fetched:
        """Request ``url``, then each redirect's target, every one checked against its own
        site's robots.txt."""
        target = url
        for _ in range(MAX_REDIRECTS + 1):
            if check_robots:
                self._check_robots(target)
            fetched, location = self._request(target, headers)
            if fetched.status not in REDIRECT_STATUSES or not location:
                return fetched
            target = urljoin(target, location)
        raise _unfetched(url, f"more than {MAX_REDIRECTS} redirects", transient=False)

    def _request(self, url: str, headers: dict[str, str]) -> tuple[Fetched, str | None]:
        """One GET (with urllib3's retries) in the site's turn; the answer and its redirect
        location."""
        try:
            with self._turn(_site(url)):
                response = self._pool.request(
                    "GET",
                    url,
                    headers=headers,
                    timeout=urllib3.Timeout(connect=self.timeout, read=self.timeout),
                    retries=self._retry,
                    redirect=False,
                    preload_content=False,
                )
                try:
                    body = response.read(self.max_bytes + 1)
                    if len(body) > self.max_bytes:
                        response.close()  # the rest is left unread: the connection is not reused
                finally:
                    response.release_conn()
        except urllib3.exceptions.HTTPError as err:
            raise _unfetched(url, self._reason(err), transient=True) from err
        if len(body) > self.max_bytes:
            size = f"over {self.max_bytes}"
            message = Errors.E105.format(size=size, limit=self.max_bytes)
            raise FetchError(message, source=url, reason=f"{size} bytes", transient=False)
        fetched = Fetched(
            url=url,
            status=response.status,
            body=body,
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )
        return fetched, response.headers.get("Location")

    def _check_robots(self, url: str) -> None:
        site = _site(url)
        fetched_at, rules = self._robots.get(site, (0.0, None))
        if rules is None or time.monotonic() - fetched_at > ROBOTS_TTL:
            rules = self._read_robots(site)
            self._robots[site] = (time.monotonic(), rules)
        if isinstance(rules, FetchError):
            raise FetchError(rules.message, source=url, reason=rules.reason, transient=True)
        if not rules.can_fetch(USER_AGENT, url):
            raise SkippedInput(Errors.E123.format(site=site), source=url)

    def _read_robots(self, site: str) -> RobotFileParser | FetchError:
        """The rules of ``site``: a 4xx allows everything, a 5xx or no answer disallows
        everything (RFC 9309); a Crawl-delay longer than ``host_interval`` is kept."""
        try:
            fetched = self._follow(f"{site}/robots.txt", {}, check_robots=False)
        except FetchError as err:
            return self._unreadable_robots(site, err.reason)
        if fetched.status >= 500:
            return self._unreadable_robots(site, f"HTTP {fetched.status}")
        text = "" if fetched.status >= 400 else fetched.body.decode("utf-8", errors="replace")
        rules = RobotFileParser()
        rules.parse(text.splitlines())
        delay = rules.crawl_delay(USER_AGENT)
        if delay is not None and float(delay) > self.host_interval:
            self._intervals[site] = float(delay)
        return rules

    def _unreadable_robots(self, site: str, reason: str) -> FetchError:
        message = Errors.E124.format(site=site, reason=reason)
        return FetchError(message, source=f"{site}/robots.txt", reason=reason, transient=True)

    @contextmanager
    def _turn(self, site: str) -> Iterator[None]:
        """Wait until ``site`` may be asked again; once it has answered (or not), book its
        next turn an interval later."""
        time.sleep(max(0.0, self._next_turn.get(site, 0.0) - time.monotonic()))
        try:
            yield
        finally:
            self._next_turn[site] = time.monotonic() + self._intervals.get(site, self.host_interval)

    def _reason(self, err: urllib3.exceptions.HTTPError) -> str:
        """A short reason for a failed request: "timed out after 30 s", "connection refused"."""
        cause = err.reason if isinstance(err, urllib3.exceptions.MaxRetryError) else err
        if isinstance(cause, urllib3.exceptions.TimeoutError):
            return f"timed out after {self.timeout:g} s"
        if isinstance(cause, urllib3.exceptions.NameResolutionError):
            return "unknown host"
        return str(cause).rsplit(": ", 1)[-1] or type(cause).__name__


class _Retry(urllib3.Retry):
    """urllib3's Retry, but waiting ``backoff_factor`` before the first retry too (urllib3
    retries at once), and never longer than ``backoff_max``, a server's Retry-After included."""

    def get_backoff_time(self) -> float:
        if not self.history:
            return 0.0
        return min(self.backoff_max, self.backoff_factor * 2 ** (len(self.history) - 1))

    def parse_retry_after(self, retry_after: str) -> float:
        return min(super().parse_retry_after(retry_after), self.backoff_max)


def _unfetched(url: str, reason: str, *, transient: bool, status: int | None = None) -> FetchError:
    """[E108] could not be fetched (``reason``)."""
    message = Errors.E108.format(reason=reason)
    return FetchError(message, source=url, reason=reason, transient=transient, status=status)


def _site(url: str) -> str:
    """The origin a robots.txt and a turn belong to: https://example.org:8443."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"
