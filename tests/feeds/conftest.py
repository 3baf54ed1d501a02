"""A news site on 127.0.0.1 for the watcher: RSS and Atom feeds linking to wire stories, a
robots.txt, and misbehaviour (a slow page, a page that fails twice, a feed that always fails,
broken XML, duplicate entries). It logs every request it answers.

The stories are invented.
"""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path

import pytest

from newsevents.feeds import PoliteClient

# slug: (headline, dateline and paragraphs, the page's own date or None)
STORIES = {
    "geneva-talks": (
        "Russian and Ukrainian envoys meet in Geneva on prisoner exchange",
        [
            "GENEVA (Global Wire) - Russian and Ukrainian diplomats met in Geneva on Tuesday "
            "for talks on a new exchange of prisoners of war, the International Committee of "
            "the Red Cross said.",
            "The Red Cross said both delegations had agreed to release wounded soldiers "
            "first. Ukraine accused Russia of delaying earlier exchanges, and Moscow rejected "
            "the charge.",
            "A further round of talks is expected in Geneva next month.",
        ],
        "2023-11-14",
    ),
    "sanctions-vote": (
        "EU ministers agree new sanctions on Iran over drone deliveries",
        [
            "BRUSSELS (Global Wire) - European Union foreign ministers agreed on Monday to "
            "impose sanctions on eight Iranian officials over the delivery of drones to Russia, "
            "freezing their assets and banning them from travel in the bloc.",
            "Iran condemned the decision and summoned the German ambassador in Tehran to "
            "protest, the foreign ministry said in a statement.",
            "Diplomats said the sanctions would take effect once published.",
        ],
        "2023-11-13",
    ),
    "ceasefire-holds": (
        "Qatar says Gaza ceasefire holds for a third day",
        [
            "DOHA (Global Wire) - A ceasefire between Israel and Hamas held for a third day on "
            "Wednesday, Qatari mediators said, as aid trucks crossed into Gaza from Egypt.",
            "Qatar's foreign ministry praised both sides for keeping the truce and urged them "
            "to extend it. Egypt said it would host further talks.",
            "The United Nations called for the truce to become a lasting ceasefire.",
        ],
        None,  # dated by its feed entry
    ),
    "port-reopens": (
        "Ukraine reopens Black Sea port as Turkey backs grain corridor",
        [
            "ODESA (Global Wire) - Ukraine reopened the port of Pivdennyi on Thursday after "
            "repairs, and Turkey pledged to support the grain corridor through the Black Sea.",
            "Turkish President Tayyip Erdogan praised Ukraine for keeping exports moving and "
            "called on Russia to return to the grain deal.",
            "Insurers said shipping rates had eased since September.",
        ],
        "2023-11-16",
    ),
    "flaky-story": (
        "Ethiopia and Eritrea foreign ministers meet in Addis Ababa",
        [
            "ADDIS ABABA (Global Wire) - Ethiopia's foreign minister met his Eritrean "
            "counterpart in Addis Ababa on Friday to discuss the border, the African Union said.",
            "The African Union welcomed the meeting and urged both governments to keep talking. "
            "Eritrea accused Ethiopia of massing troops near the border last month.",
            "No joint statement was issued after the talks.",
        ],
        "2023-11-17",
    ),
    "slow-story": (
        "Armenia and Azerbaijan resume border talks",
        [
            "YEREVAN (Global Wire) - Armenia and Azerbaijan resumed talks on demarcating their "
            "border on Saturday, the Armenian government said.",
            "Prime Minister Nikol Pashinyan said Armenia was ready to sign a peace treaty "
            "by the end of the year. Azerbaijan said progress depended on Yerevan.",
        ],
        "2023-11-18",
    ),
    "leaked-cable": (
        "A page robots.txt keeps crawlers away from",
        [
            "LONDON (Global Wire) - Britain summoned the Chinese ambassador on Monday over "
            "reports of espionage, the Foreign Office said, in a statement released late.",
        ],
        "2023-11-19",
    ),
}
PATHS = {slug: f"/news/{slug}" for slug in STORIES} | {"leaked-cable": "/private/leaked-cable"}
ROBOTS = "User-agent: *\nDisallow: /private/\n"
WORLD_ETAG = '"world-v1"'
EUROPE_MODIFIED = formatdate(1_700_000_000, usegmt=True)
# The feeds a watch test reads, in order: two good ones, one broken but readable, two failing.
FEEDS = ["world.rss", "europe.atom", "broken.rss", "garbage.xml", "down.rss"]


def page(slug: str) -> bytes:
    """A news page: navigation, the story in <article>, a footer."""
    title, paragraphs, day = STORIES[slug]
    meta = f'<meta property="article:published_time" content="{day}T09:30:00Z">' if day else ""
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"{meta}</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<main><article><h1>{title}</h1>{body}</article></main>"
        "<footer>Global Wire, all rights reserved</footer></body></html>"
    ).encode()


def _rss_item(slug: str, pub_date: str, guid: str | None = None) -> str:
    title = STORIES[slug][0]
    return (
        f"<item><title>{title}</title><link>{PATHS[slug]}</link>"
        f"<guid isPermaLink='false'>{guid or slug}</guid><pubDate>{pub_date}</pubDate></item>"
    )


# relative links: resolved against the feed's URL
WORLD_RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>World</title>'
    "<link>/</link><description>World news</description>"
    + _rss_item("geneva-talks", "Tue, 14 Nov 2023 08:00:00 GMT")
    + _rss_item("geneva-talks", "Tue, 14 Nov 2023 08:00:00 GMT", guid="geneva-talks-again")
    + _rss_item("sanctions-vote", "Mon, 13 Nov 2023 17:00:00 GMT")
    + _rss_item("leaked-cable", "Mon, 13 Nov 2023 12:00:00 GMT")
    + _rss_item("slow-story", "Sat, 18 Nov 2023 10:00:00 GMT")
    + _rss_item("flaky-story", "Fri, 17 Nov 2023 10:00:00 GMT")
    + "</channel></rss>"
)
EUROPE_ATOM = (
    '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
    "<title>Europe and Middle East</title><id>urn:europe</id>"
    "<updated>2023-11-15T12:00:00Z</updated>"
    "<entry><title>Qatar says Gaza ceasefire holds</title><id>urn:ceasefire</id>"
    "<link href='/news/ceasefire-holds'/><updated>2023-11-15T12:00:00Z</updated></entry>"
    "<entry><title>Envoys meet in Geneva</title><id>urn:geneva</id>"
    "<link href='/news/geneva-talks'/><updated>2023-11-14T08:00:00Z</updated></entry>"
    "</feed>"
)
# an unescaped & and no closing tags: feedparser still finds the item
BROKEN_RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Ports & Shipping</title>'
    + _rss_item("port-reopens", "Thu, 16 Nov 2023 07:00:00 GMT")
    + "<item><title>Unfinished"
)
GARBAGE = "\x00\x01 this is not a feed <<< >>> &&&"


@dataclass
class Request:
    """A request the site received: its path, headers and time, and the status it sent."""

    path: str
    headers: dict[str, str]
    at: float
    status: int | None = None


@dataclass
class NewsSite:
    """The site's URL, its request log, and knobs a test may turn."""

    url: str
    log: list[Request] = field(default_factory=list)
    slow_seconds: float = 2.0
    flaky_failures: int = 2  # 500s before the flaky page answers
    robots: tuple[int, str] = (200, ROBOTS)
    dead: bool = False  # every answer a 500

    def requests(self, path: str) -> list[Request]:
        return [request for request in self.log if request.path == path]

    def paths(self) -> list[str]:
        return [request.path for request in self.log]

    def feed_list(self, folder: Path, names: list[str] = FEEDS) -> Path:
        """A feed list file naming the site's feeds ``names``."""
        lines = ["# the test site's feeds", ""] + [f"{self.url}/feeds/{name}" for name in names]
        path = folder / "feeds.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path

    def page_url(self, slug: str) -> str:
        return self.url + PATHS[slug]


def _handler(site: NewsSite) -> type[http.server.BaseHTTPRequestHandler]:
    feeds = {
        "/feeds/world.rss": WORLD_RSS,
        "/feeds/europe.atom": EUROPE_ATOM,
        "/feeds/broken.rss": BROKEN_RSS,
        "/feeds/garbage.xml": GARBAGE,
    }
    pages = {path: slug for slug, path in PATHS.items()}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            path = self.path
            self.request_log = Request(path, dict(self.headers), time.monotonic())
            site.log.append(self.request_log)
            if site.dead or path == "/feeds/down.rss":
                self._send(500, b"server error")
            elif path == "/robots.txt":
                status, text = site.robots
                self._send(status, text.encode())
            elif path == "/feeds/world.rss":
                if self.headers.get("If-None-Match") == WORLD_ETAG:
                    self._send(304)
                else:
                    self._send(200, WORLD_RSS.encode(), "application/rss+xml", ETag=WORLD_ETAG)
            elif path == "/feeds/europe.atom":
                if self.headers.get("If-Modified-Since") == EUROPE_MODIFIED:
                    self._send(304)
                else:
                    modified = {"Last-Modified": EUROPE_MODIFIED}
                    self._send(200, EUROPE_ATOM.encode(), "application/atom+xml", **modified)
            elif path in feeds:
                self._send(200, feeds[path].encode(), "application/rss+xml")
            elif path == "/news/flaky-story" and len(site.requests(path)) <= site.flaky_failures:
                self._send(500, b"try again")
            elif path == "/busy":  # asks for an hour's patience once, then serves a story
                if len(site.requests(path)) == 1:
                    self._send(503, b"busy", **{"Retry-After": "3600"})
                else:
                    self._send(200, page("geneva-talks"), "text/html; charset=utf-8")
            elif path in pages:
                if pages[path] == "slow-story":
                    time.sleep(site.slow_seconds)
                self._send(200, page(pages[path]), "text/html; charset=utf-8")
            else:
                self._send(404, b"not found")

        def _send(
            self, status: int, body: bytes = b"", kind: str = "text/plain", **headers: str
        ) -> None:
            self.request_log.status = status
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up waiting (the slow page)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep the test output clean

    return Handler


@pytest.fixture
def news_site() -> Iterator[NewsSite]:
    """A fresh site for each test (its misbehaviour counts from zero)."""
    site = NewsSite(url="")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    site.url = f"http://{host}:{port}"
    yield site
    server.shutdown()
    server.server_close()
    thread.join()


def quick_client() -> PoliteClient:
    """A client with a short timeout, quick retries and no pause between requests."""
    return PoliteClient(timeout=0.5, retries=2, backoff=0.01, host_interval=0.0)


@pytest.fixture
def client() -> PoliteClient:
    return quick_client()
