"""Read articles from every kind of input: files, directories, stdin, URLs, JSON records,
web archives (WARC).

One bad input never stops the others: ``read_inputs`` yields an InputError for it in
place of its articles, and goes on. An article file NAME.txt or NAME.html may have a
NAME.meta.json beside it (the gold format's metadata: url, outlet, published), which
supplies what the article itself does not say.

Example:
    >>> for item in read_inputs(["examples/"]):  # doctest: +SKIP
    ...     print(item.title if isinstance(item, Article) else f"error: {item}")
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import Errors, InputError
from ..records import Article
from ..settings import Settings
from .fetch import fetch_page, is_url
from .html import article_from_html
from .records import article_from_record, iso_date, read_records
from .text import article_from_text, check_size, decode_bytes
from .warc import is_warc, read_warc

__all__ = [
    "read_inputs",
    "expand_inputs",
    "article_from_text",
    "article_from_html",
    "article_from_record",
    "read_warc",
]

HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl"}
TEXT_SUFFIXES = {".txt"}
# Gold annotation sidecars (NAME.gold.json, NAME.meta.json) are not articles.
SIDECAR_SUFFIXES = (".gold.json", ".meta.json")
STDIN = "-"
STDIN_SOURCE = "<stdin>"


def read_inputs(
    inputs: Iterable[str | Path],
    *,
    settings: Settings | None = None,
    published: str | None = None,
) -> Iterator[Article | InputError]:
    """Every article in ``inputs`` (paths, directories, "-" for stdin, http(s) URLs), in
    order; an input that cannot be read yields its InputError instead, and a record of a
    web archive that is not an article its SkippedInput."""
    settings = settings or Settings.load()
    for source in expand_inputs(inputs):
        if isinstance(source, InputError):
            yield source
            continue
        yield from _read_source(source, settings=settings, published=published)


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[str | InputError]:
    """Each input as the sources it names: a directory becomes its article files,
    recursively and sorted; a missing path an InputError.

    Example:
        >>> list(expand_inputs(["examples/"]))[:1]  # doctest: +SKIP
        ['examples/aid_sudan_darfur.txt']
    """
    for given in inputs:
        yield from _expand(str(given))


def _expand(given: str) -> Iterator[str | InputError]:
    if given == STDIN:
        yield STDIN_SOURCE
        return
    if is_url(given):
        yield given
        return
    path = Path(given)
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and _is_article_file(child):
                yield str(child)
    elif path.exists():
        yield given
    else:
        yield InputError(Errors.E109.format(source=given), source=given)


def _is_article_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    known = suffix in HTML_SUFFIXES | RECORD_SUFFIXES | TEXT_SUFFIXES or is_warc(path)
    return known and not path.name.lower().endswith(SIDECAR_SUFFIXES)


def _read_source(
    source: str, *, settings: Settings, published: str | None
) -> Iterator[Article | InputError]:
    if is_warc(source) and not is_url(source):
        yield from read_warc(source, settings=settings, published=published)
        return
    try:
        data = _read_bytes(source, settings)
        text = decode_bytes(data, source=source)
        kind = _kind_of(source, text)
        if kind == "records":
            yield from _read_record_file(text, source, settings, published)
            return
        build = article_from_html if kind == "html" else article_from_text
        meta = _read_sidecar(source)
        url = source if is_url(source) else meta.get("url")
        article = build(
            text,
            source=source,
            settings=settings,
            published=published or iso_date(meta.get("published"), source),
            published_from="option" if published else "metadata",
            url=url,
            outlet=meta.get("outlet"),
        )
        article.source_path = None if is_url(source) or source == STDIN_SOURCE else source
        yield article
    except InputError as err:
        yield err


def _read_record_file(
    text: str, source: str, settings: Settings, published: str | None
) -> Iterator[Article | InputError]:
    lines = Path(source).suffix.lower() == ".jsonl"
    for item in read_records(text, source=source, lines=lines):
        if isinstance(item, InputError):
            yield item
            continue
        label, record = item
        try:
            article = article_from_record(
                record, source=label, settings=settings, published=published
            )
        except InputError as err:
            yield err
            continue
        article.source_path = source
        yield article


def _read_sidecar(source: str) -> dict[str, str]:
    """The NAME.meta.json beside an article file, or {} when there is none."""
    if source == STDIN_SOURCE or is_url(source):
        return {}
    path = Path(source)
    sidecar = path.with_name(path.name.rsplit(".", 1)[0] + SIDECAR_SUFFIXES[1])
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise InputError(Errors.E112.format(sidecar=sidecar, reason=err), source=source) from err
    if not isinstance(meta, dict):
        reason = "not a JSON object"
        raise InputError(Errors.E112.format(sidecar=sidecar, reason=reason), source=source)
    return {key: str(value) for key, value in meta.items() if value is not None}


def _read_bytes(source: str, settings: Settings) -> bytes:
    if source == STDIN_SOURCE:
        data = sys.stdin.buffer.read(settings.max_bytes + 1)
        check_size(len(data), source=source, settings=settings)
        return data
    if is_url(source):
        return fetch_page(source, timeout=settings.fetch_timeout, max_bytes=settings.max_bytes)
    path = Path(source)
    try:
        check_size(path.stat().st_size, source=source, settings=settings)
        return path.read_bytes()
    except OSError as err:
        reason = err.strerror or str(err)
        raise InputError(Errors.E101.format(source=source, reason=reason), source=source) from err


def _kind_of(source: str, text: str) -> str:
    """ "html", "records" or "text", from the suffix, else from the content (stdin, URLs)."""
    suffix = "" if is_url(source) or source == STDIN_SOURCE else Path(source).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in RECORD_SUFFIXES:
        return "records"
    if suffix in TEXT_SUFFIXES:
        return "text"
    head = text[:1024].lstrip().lower()
    if is_url(source) or head.startswith(("<!doctype html", "<html")) or "<body" in head:
        return "html"
    return "text"
