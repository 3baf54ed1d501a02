"""Extract the article from an HTML page with trafilatura: body, headline, date, outlet.

trafilatura drops navigation, captions, newsletter and app promotions and related links;
we keep only the main text (no comments, tables or images).

Example:
    >>> article = article_from_html(page, source="story.html")  # doctest: +SKIP
"""

from __future__ import annotations

import trafilatura
from trafilatura.settings import Document

from ..errors import Errors, InputError
from ..records import Article
from ..settings import Settings
from .text import article_from_text

# A shorter body is a cookie wall, a gallery or a navigation page, not an article. Counted
# in characters, not words, so that Chinese or Japanese pages reach the language check.
MIN_BODY_CHARS = 150


def article_from_html(
    html: str | bytes,
    *,
    source: str,
    settings: Settings | None = None,
    url: str | None = None,
    published: str | None = None,
    published_from: str = "option",
    article_id: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Article:
    """An Article from a web page; fields given as arguments win over the page's metadata.

    Raises:
        InputError: the page holds no article text.
    """
    extracted = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
    )
    if not isinstance(extracted, Document) or not extracted.text:
        raise InputError(Errors.E106.format(), source=source)
    title = title or extracted.title
    body = _paragraphs(extracted.text, title=title)
    if len(body) < MIN_BODY_CHARS:
        raise InputError(Errors.E106.format(), source=source)
    return article_from_text(
        body,
        source=source,
        settings=settings,
        # "" and not None: the first line of an extracted body is never a headline
        title=title or "",
        url=url or extracted.url,
        outlet=outlet or extracted.sitename,
        published=published or _iso_day(extracted.date),
        published_from=published_from if published else "html",
        article_id=article_id,
    )


def _paragraphs(text: str, *, title: str | None) -> str:
    """trafilatura puts one paragraph per line; articles separate them by a blank line.
    An <h1> inside <article> comes back as the first line: the headline is kept once."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if (
        lines
        and title
        and " ".join(lines[0].split()).casefold() == " ".join(title.split()).casefold()
    ):
        lines = lines[1:]
    return "\n\n".join(lines)


def _iso_day(value: str | None) -> str | None:
    """trafilatura gives "2015-03-18" or a timestamp; keep the day."""
    return value[:10] if value else None
