"""Read articles from web archives: WARC and WARC.gz files, as Common Crawl's CC-NEWS
publishes them.

Each HTTP response record that holds an HTML page becomes an article, with the page's URL
and, where the page states no date, the day it was fetched. Every other response (a PDF,
an image, a redirect, a page in another language or with no article text) is skipped and
counted: in an archive a record that is not an article is expected, not a failure.
Requests, metadata and warcinfo records are not candidates and are passed over silently.

An archive can be read in slices, ``count`` records from the byte ``offset`` of one,
which is how the Dask engine splits a 1 GB CC-NEWS file between workers.

Example:
    >>> for item in read_warc("CC-NEWS-20240501000000-00001.warc.gz"):  # doctest: +SKIP
    ...     print(item.url if isinstance(item, Article) else item)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..errors import Errors, InputError, SkippedInput
from ..records import Article
from ..settings import Settings
from .html import article_from_html
from .records import iso_date

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
GZIP_MAGIC = b"\x1f\x8b"


def is_warc(path: str | Path) -> bool:
    """True for a file named like a web archive (NAME.warc or NAME.warc.gz)."""
    return str(path).lower().endswith(WARC_SUFFIXES)


@dataclass(frozen=True)
class WarcSlice:
    """``count`` records of ``path`` (None: to the end) from record number ``first``,
    which starts at byte ``offset``."""

    path: str
    offset: int = 0
    count: int | None = None
    first: int = 1


def read_warc(
    path: str | Path,
    *,
    settings: Settings | None = None,
    published: str | None = None,
    offset: int = 0,
    count: int | None = None,
    first: int = 1,
) -> Iterator[Article | InputError]:
    """The articles of a WARC file, in order, each labelled ``PATH#N``, N its record's
    number in the file (the slice's first is ``first``); a record that is not an English
    article yields a SkippedInput, an unreadable archive an InputError."""
    settings = settings or Settings.load()
    source = str(path)
    try:
        with open(path, "rb") as stream:
            stream.seek(offset)
            records = _records(ArchiveIterator(stream), source, count)
            for number, record in enumerate(records, start=first):
                if record.rec_type == "response":
                    yield _article(record, f"{source}#{number}", settings, published)
    except InputError as err:
        yield err
    except OSError as err:
        reason = err.strerror or str(err)
        yield InputError(Errors.E101.format(reason=reason), source=source)


def plan_slices(path: str | Path, *, records_each: int) -> list[WarcSlice]:
    """Cut an archive into slices of ``records_each`` records that can be read
    independently; an archive gzipped whole, whose records cannot be sought, is one slice.

    Raises:
        InputError: the file is not a readable archive.
    """
    source = str(path)
    with open(path, "rb") as stream:
        iterator = ArchiveIterator(stream)
        # an offset is known once its record is read to the end: the content is not wanted
        offsets = [iterator.get_record_offset() for _record in _records(iterator, source)]
        if source.lower().endswith(".gz") and not _gzip_members(stream, offsets):
            return [WarcSlice(source)]
    return [
        WarcSlice(source, offsets[start], records_each, start + 1)
        for start in range(0, len(offsets), records_each)
    ]


def _records(
    iterator: ArchiveIterator, source: str, count: int | None = None
) -> Iterator[ArcWarcRecord]:
    """The first ``count`` records of ``iterator``.

    warcio reads almost anything as an old ARC file; only WARC records are accepted.
    """
    try:
        for number, record in enumerate(iterator, start=1):
            if count is not None and number > count:
                return
            if record.format != "warc":
                reason = f"record {number} is not a WARC record"
                raise InputError(Errors.E118.format(reason=reason), source=source)
            yield record
    except ArchiveLoadFailed as err:
        raise InputError(Errors.E118.format(reason=_first_line(err)), source=source) from err


def _article(
    record: ArcWarcRecord, label: str, settings: Settings, published: str | None
) -> Article | InputError:
    url = record.rec_headers.get_header("WARC-Target-URI") or label
    status = record.http_headers.get_statuscode() if record.http_headers else None
    if status != "200":
        return SkippedInput(Errors.E117.format(url=url, status=status or "none"), source=label)
    kind = record.http_headers.get_header("Content-Type") or "no type"
    if kind.split(";")[0].strip().lower() not in HTML_TYPES:
        return SkippedInput(Errors.E116.format(url=url, kind=kind), source=label)
    page = record.content_stream().read(settings.max_bytes + 1)
    if len(page) > settings.max_bytes:
        message = Errors.E105.format(size=f"over {settings.max_bytes}", limit=settings.max_bytes)
        return SkippedInput(message, source=label)
    try:
        article = article_from_html(
            page, source=label, settings=settings, url=url, published=published
        )
    except InputError as err:  # no article text, another language: skipped, not failed
        return SkippedInput(err.message, source=label)
    if article.published is None:
        fetched = record.rec_headers.get_header("WARC-Date")
        article.published = iso_date(fetched[:10], label) if fetched else None
        article.published_from = "fetched" if fetched else None
    article.source_path = label
    return article


def _gzip_members(stream: BinaryIO, offsets: list[int]) -> bool:
    """True when every record starts a gzip member of its own, as WARC.gz files should."""
    for offset in offsets:
        stream.seek(offset)
        if stream.read(2) != GZIP_MAGIC:
            return False
    return True


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0] if str(err) else type(err).__name__
