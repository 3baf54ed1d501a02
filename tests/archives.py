"""Write small WARC archives for the tests, as a crawler would: warcinfo, then a request
and a response record per page."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import FRENCH_STORY, GALLERY_PAGE, PNG_BYTES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Capture:
    """One archived fetch: the page's URL, HTTP status, Content-Type and body."""

    url: str
    body: bytes
    content_type: str = HTML
    status: str = "200 OK"
    fetched: str = "2024-05-02T08:15:00Z"


def write_warc(path: Path, captures: list[Capture]) -> Path:
    """A WARC file of ``captures`` (gzipped per record when ``path`` ends in .gz)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for capture in captures:
            request = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True
            )
            writer.write_record(
                writer.create_warc_record(capture.url, "request", http_headers=request)
            )
            headers = StatusAndHeaders(
                capture.status, [("Content-Type", capture.content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    capture.url,
                    "response",
                    payload=io.BytesIO(capture.body),
                    http_headers=headers,
                    warc_headers_dict={"WARC-Date": capture.fetched},
                )
            )
    return path


def example_pages() -> list[Capture]:
    """The bundled HTML examples, each at its own URL."""
    return [
        Capture(f"https://news.example/world/{page.stem}", page.read_bytes())
        for page in sorted(EXAMPLES.glob("*.html"))
    ]


def not_articles() -> list[Capture]:
    """What a news crawl also holds: an image, a French story, a 404, a redirect, a gallery."""
    french = f"<html><body><article><p>{FRENCH_STORY}</p></article></body></html>"
    return [
        Capture("https://news.example/logo.png", PNG_BYTES, content_type="image/png"),
        Capture("https://news.example/fr/sanctions", french.encode("utf-8")),
        Capture("https://news.example/gone", b"<html>Not found</html>", status="404 Not Found"),
        Capture("https://news.example/old", b"", status="301 Moved Permanently"),
        Capture("https://news.example/gallery", GALLERY_PAGE.encode("utf-8")),
    ]
