"""Read articles from JSON and JSON Lines records.

A record is {id?, text | html, title?, url?, published?, outlet?}.

A given ``id`` is kept as the article id. A bad line is reported with its number and the
other lines are still read.

Example:
    >>> record = {"id": "r1", "text": "MOSCOW (AFP) - Russia signed ...", "published": "2015-03-18"}
    >>> article_from_record(record, source="in.jsonl:1").id
    'r1'
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import Errors, InputError
from ..records import Article
from ..settings import Settings
from ..when import parse_iso_date
from .html import article_from_html
from .text import article_from_text, check_size

RECORD_FIELDS = ("id", "text", "html", "title", "url", "published", "outlet")


def article_from_record(
    record: dict[str, Any] | str,
    *,
    source: str,
    settings: Settings | None = None,
    published: str | None = None,
) -> Article:
    """An Article from one input record, or from a bare string of article text.

    Raises:
        InputError: the record has no text, a field of the wrong type, or a bad date.
    """
    settings = settings or Settings.load()
    if isinstance(record, str):
        record = {"text": record}
    if not isinstance(record, dict):
        reason = f"a record is a JSON object, not {type(record).__name__}"
        raise InputError(Errors.E107.format(source=source, reason=reason), source=source)
    fields = {key: _string_field(record, key, source) for key in RECORD_FIELDS}
    body = fields["text"] or fields["html"]
    if not body or not body.strip():
        reason = "no text"
        raise InputError(Errors.E107.format(source=source, reason=reason), source=source)
    check_size(len(body.encode("utf-8")), source=source, settings=settings)
    build = article_from_text if fields["text"] else article_from_html
    return build(
        body,
        source=source,
        settings=settings,
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
        published=published or iso_date(fields["published"], source),
        published_from="option" if published else "record",
        article_id=fields["id"],
    )


def read_records(text: str, *, source: str, lines: bool) -> Iterator[tuple[str, Any] | InputError]:
    """The records of a .json file (one object or an array; ``lines`` False) or a .jsonl
    file (one object per line), each with its source label (``path:line`` for JSON Lines,
    ``path[n]`` in an array); a line that is not a JSON object yields an InputError."""
    if not lines:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            yield InputError(Errors.E111.format(source=source, reason=err), source=source)
            return
        if not isinstance(data, list):
            yield from _objects([(source, data)])
            return
        yield from _objects((f"{source}[{number}]", item) for number, item in enumerate(data, 1))
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            message = Errors.E103.format(source=source, line=number, reason=err.msg)
            yield InputError(message, source=label)
            continue
        if not isinstance(item, dict):
            reason = f"a {type(item).__name__}"
            yield InputError(
                Errors.E103.format(source=source, line=number, reason=reason), source=label
            )
            continue
        yield label, item


def _objects(items: Iterable[tuple[str, Any]]) -> Iterator[tuple[str, Any] | InputError]:
    """Each labelled item that is a JSON object; any other value is an InputError."""
    for label, item in items:
        if isinstance(item, dict):
            yield label, item
        else:
            reason = f"a record is a JSON object, not a {type(item).__name__}"
            yield InputError(Errors.E107.format(reason=reason), source=label)


def _string_field(record: dict[str, Any], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int):
        return str(value)
    reason = f"field '{key}' is a {type(value).__name__}, not a string"
    raise InputError(Errors.E107.format(source=source, reason=reason), source=source)


def iso_date(value: str | None, source: str) -> str | None:
    """An input's publication date as YYYY-MM-DD, or an InputError naming the input."""
    if value is None:
        return None
    try:
        return parse_iso_date(value).isoformat()
    except ValueError as err:
        raise InputError(Errors.E110.format(source=source, value=value), source=source) from err
