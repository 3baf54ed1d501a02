"""Synthetic corpora for the benchmarks, recombined from the paragraphs of examples/.

Deterministic (seeded): the same arguments give the same articles on every machine.

Example:
    >>> articles = make_corpus(100, paragraphs=8)
    >>> len(articles), articles[0].count("\\n\\n") >= 8
    (100, True)
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@cache
def _pieces() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Headlines and body paragraphs of the bundled .txt examples."""
    headlines, paragraphs = [], []
    for path in sorted(EXAMPLES.glob("*.txt")):
        headline, _, body = path.read_text("utf-8").partition("\n\n")
        headlines.append(headline.strip())
        paragraphs.extend(part.strip() for part in body.split("\n\n") if part.strip())
    return tuple(headlines), tuple(paragraphs)


def make_corpus(count: int, *, paragraphs: int = 8, seed: int = 13) -> list[str]:
    """``count`` articles of a headline and ``paragraphs`` paragraphs drawn at random."""
    headlines, pool = _pieces()
    rng = random.Random(seed)
    return [
        rng.choice(headlines) + "\n\n" + "\n\n".join(rng.choices(pool, k=paragraphs))
        for _ in range(count)
    ]


def write_news_crawl(path: Path, texts: list[str]) -> Path:
    """A WARC.gz of ``texts`` as the web pages a news crawl fetched, one response each,
    the way CC-NEWS stores them."""
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for number, text in enumerate(texts, start=1):
            headline, _, body = text.partition("\n\n")
            paragraphs = "".join(f"<p>{part}</p>" for part in body.split("\n\n"))
            page = (
                f"<html><head><title>{headline}</title></head><body><nav>World | Politics</nav>"
                f"<article><h1>{headline}</h1>{paragraphs}</article></body></html>"
            )
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(page.encode("utf-8")),
                http_headers=http,
            )
            writer.write_record(record)
    return path
