"""newsevents: turn news articles into political event data.

Example:
    >>> import newsevents
    >>> coded = newsevents.code_text("MOSCOW (AFP) - Vladimir Putin signed a pact.",
    ...                              published="2015-03-18")
    >>> coded.to_dict()["article"]["published"]
    '2015-03-18'
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.metadata import version
from pathlib import Path

from .coder import Coder
from .errors import InputError, ModelNotFoundError
from .ingest import read_inputs
from .records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Offsets,
    Place,
    Quote,
    TimeExpression,
)
from .settings import Settings
from .store import Store

__version__ = version("newsevents")
__all__ = [
    "Actor",
    "Article",
    "CodedArticle",
    "Coder",
    "Event",
    "InputError",
    "Location",
    "Mention",
    "ModelNotFoundError",
    "Offsets",
    "Place",
    "Quote",
    "Settings",
    "Store",
    "TimeExpression",
    "code_file",
    "code_text",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())


@cache
def _default_coder() -> Coder:
    return Coder()


def code_text(text: str, *, title: str | None = None, published: str | None = None) -> CodedArticle:
    """Code one article's text with the default model.

    Without ``title``, a short first line followed by more text is taken as the headline.

    Example:
        >>> coded = code_text("Kyiv police detain protesters", published="2024-05-02")
    """
    record = {"text": text, "title": title, "published": published}
    return _default_coder().code(record)


def code_file(path: str | Path, *, published: str | None = None) -> list[CodedArticle]:
    """Code every article in a file (.txt, .html, .json, .jsonl) or directory.

    Raises:
        InputError: an input cannot be read or coded (the first such error).

    Example:
        >>> [coded.article.title for coded in code_file("examples/treaty_south_ossetia.txt")]
    """
    coder = _default_coder()
    articles = []
    for item in read_inputs([path], settings=coder.settings, published=published):
        if isinstance(item, InputError):
            raise item
        articles.append(item)
    return list(coder.code_articles(articles))
