"""Code one posted article for the API (POST /api/code) and the "code this text" page,
without storing it.

The spaCy pipeline loads on the first request, not at start-up, so a server that only
reads the store starts at once; a lock keeps to one article at a time.

Example:
    >>> coder = OnDemandCoder(Settings.load(), max_chars=100_000)
    >>> coder.code(text="Poland expelled three Russian diplomats.")["events"]  # doctest: +SKIP
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import HTTPException

from ..coder import Coder
from ..errors import Errors, InputError
from ..ingest import read_inputs
from ..records import Article
from ..settings import Settings

MAX_CHARS = 100_000  # about 15 000 words: far longer than any news story


class OnDemandCoder:
    """Codes posted articles with one Coder, made on first use."""

    def __init__(
        self, settings: Settings, *, max_chars: int = MAX_CHARS, coder: Coder | None = None
    ) -> None:
        self.settings = coder.settings if coder else settings
        self.max_chars = max_chars
        self._coder = coder
        self._lock = threading.Lock()

    def code(
        self,
        *,
        text: str | None = None,
        html: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: str | None = None,
    ) -> dict[str, Any]:
        """The posted article coded, in the output contract.

        Raises:
            HTTPException: 413 over ``max_chars``, 422 without exactly one of text, html,
                url, or an article that cannot be read or fetched.
        """
        given = [value for value in (text, html, url) if value]
        if len(given) != 1:
            raise HTTPException(422, Errors.E803)
        size = len(given[0])
        if size > self.max_chars:
            raise HTTPException(413, Errors.E801.format(size=size, limit=self.max_chars))
        try:
            with self._lock:
                coder = self._coder = self._coder or Coder(settings=self.settings)
                if url:
                    coded = next(coder.code_articles([self._fetch(url, published)]))
                else:
                    record = {"text": text, "html": html, "title": title}
                    record = {key: value for key, value in record.items() if value}
                    coded = coder.code(record, published=published)
        except InputError as err:
            raise HTTPException(422, str(err)) from None
        return coded.to_dict()

    def _fetch(self, url: str, published: str | None) -> Article:
        (item,) = read_inputs([url], settings=self.settings, published=published)
        if isinstance(item, InputError):
            raise item
        if len(item.text) > self.max_chars:
            raise InputError(
                Errors.E801.format(size=len(item.text), limit=self.max_chars), source=url
            )
        return item
