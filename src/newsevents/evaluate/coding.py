"""Code gold texts in batches, and carry gold offsets onto the articles ingest made of them.

Example:
    >>> results = code_texts(Coder(), ["Talks in Doha ended on Tuesday."])  # doctest: +SKIP
    >>> OffsetMap("  Talks in Doha ended.", "Talks in Doha ended.").span(11, 15)
    (9, 13)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..coder import Coder
from ..errors import InputError
from ..ingest import article_from_record
from ..records import Article, CodedArticle


def code_texts(
    coder: Coder,
    texts: Sequence[str],
    *,
    headline: bool = False,
    published: Sequence[str | None] | None = None,
) -> list[CodedArticle | InputError]:
    """Code gold texts in batches, read as ``newsevents code`` reads a JSON record.

    ``Coder.code_many`` stops at the first record ingest refuses; here a refused text gives
    its InputError in its place and the others are still coded. Without ``headline`` the
    text has no headline (``title`` ""), so a short first line stays body text. Offsets of
    the result are into ``article.text``, which ingest normalises: use ``OffsetMap``.
    """
    results: list[CodedArticle | InputError | None] = [None] * len(texts)
    kept: list[tuple[int, Article]] = []
    for number, text in enumerate(texts):
        record = {"id": str(number), "text": text, "title": None if headline else ""}
        if published is not None:
            record["published"] = published[number]
        try:
            article = article_from_record(
                record, source=f"gold text {number + 1}", settings=coder.settings
            )
        except InputError as err:
            results[number] = err
            continue
        kept.append((number, article))
    codeds = coder.code_articles(article for _number, article in kept)
    for (number, _article), result in zip(kept, codeds, strict=True):
        results[number] = result
    return [result for result in results if result is not None]


class OffsetMap:
    """Moves character spans of a gold text onto the article text ingest made of it.

    Ingest only changes whitespace (strips the text and its lines, collapses blank lines
    and the headline's spaces), so both texts hold the same other characters in the same
    order; a span keeps the first and last of those it covers.

    Example:
        >>> OffsetMap("  Talks in Doha ended.", "Talks in Doha ended.").span(11, 15)
        (9, 13)
    """

    def __init__(self, gold_text: str, article_text: str) -> None:
        self.same = gold_text == article_text
        self._end = len(article_text)
        self._gold = [i for i, char in enumerate(gold_text) if not char.isspace()]
        self._article = [i for i, char in enumerate(article_text) if not char.isspace()]
        if not self.same and len(self._gold) != len(self._article):
            raise ValueError("the article text differs from the gold text beyond whitespace")

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The article offsets of the gold span ``start``-``end`` (end exclusive)."""
        if self.same:
            return start, end
        first = bisect_left(self._gold, start)
        after = bisect_left(self._gold, end)
        if first >= after:
            point = self._article[first] if first < len(self._article) else self._end
            return point, point
        return self._article[first], self._article[after - 1] + 1


def overlaps(span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two character spans share at least one character."""
    return span[0] < other[1] and other[0] < span[1]
