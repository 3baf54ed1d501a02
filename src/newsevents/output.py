"""Write coded articles: JSON Lines, a JSON array, CSV (one row per event) or a readable table.

Example:
    >>> with open_writer("jsonl", sys.stdout) as writer:  # doctest: +SKIP
    ...     writer.write(coded)
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Protocol

import pyarrow as pa
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .records import Actor, CodedArticle

FORMATS = ("jsonl", "json", "table", "csv")
CSV_COLUMNS = (
    "article_id",
    "published",
    "title",
    "event_id",
    "date",
    "date_text",
    "source",
    "source_code",
    "source_country",
    "cameo",
    "root",
    "plover",
    "quad_class",
    "goldstein",
    "target",
    "target_code",
    "target_country",
    "location",
    "trigger",
    "negated",
    "hypothetical",
    "confidence",
    "rule",
)


class Writer(Protocol):
    def write(self, coded: CodedArticle) -> None: ...


def format_for_path(name: str | None, default: str = "jsonl") -> str:
    """The format a file name asks for: coded.json -> json, events.csv -> csv."""
    if name:
        suffix = name.rsplit(".", 1)[-1].lower()
        if suffix in FORMATS:
            return suffix
    return default


@contextmanager
def open_writer(fmt: str, stream: IO[str]) -> Iterator[Writer]:
    """A writer of ``fmt`` onto ``stream``; a JSON array is closed when the block ends."""
    writers: dict[str, Callable[[IO[str]], Writer]] = {
        "jsonl": _JsonLines,
        "json": _JsonArray,
        "csv": _Csv,
        "table": _Table,
    }
    writer = writers[fmt](stream)
    yield writer
    if isinstance(writer, _JsonArray):
        writer.close()


class _JsonLines:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, coded: CodedArticle) -> None:
        self.stream.write(coded.to_json() + "\n")


class _JsonArray:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, coded: CodedArticle) -> None:
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(coded.to_json(indent=2))
        self.count += 1

    def close(self) -> None:
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")


class _Csv:
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        self.writer.writeheader()

    def write(self, coded: CodedArticle) -> None:
        actors = {actor.id: actor for actor in coded.actors}
        article = coded.article
        for event in coded.events:
            source, target = actors.get(event.source or ""), actors.get(event.target or "")
            self.writer.writerow(
                {
                    "article_id": article.id,
                    "published": article.published,
                    "title": article.title,
                    "event_id": event.id,
                    "date": event.date,
                    "date_text": event.date_text,
                    "source": _name(source),
                    "source_code": source and source.code,
                    "source_country": source and source.country,
                    "cameo": event.cameo,
                    "root": event.root,
                    "plover": event.plover,
                    "quad_class": event.quad_class,
                    "goldstein": event.goldstein,
                    "target": _name(target),
                    "target_code": target and target.code,
                    "target_country": target and target.country,
                    "location": event.location.name if event.location else None,
                    "trigger": event.trigger.text,
                    "negated": event.negated,
                    "hypothetical": event.hypothetical,
                    "confidence": event.confidence,
                    "rule": event.rule,
                }
            )


class _Table:
    """For people: per article a heading, its events, its quotes, its actors and places."""

    def __init__(self, stream: IO[str]) -> None:
        self.console = Console(file=stream, width=max(Console(file=stream).width, 100))

    def write(self, coded: CodedArticle) -> None:
        article = coded.article
        about = ", ".join(
            filter(None, [article.outlet, article.published, article.source_path or article.url])
        )
        heading = escape(article.title or article.id)
        self.console.rule(f"[bold]{heading}[/bold]  [dim]{escape(about)}[/dim]")
        actors = {actor.id: actor for actor in coded.actors}
        self.console.print(self._events(coded, actors))
        self.console.print(self._quotes(coded, actors))
        self.console.print(f"[bold]Actors[/bold] {_join(_label(actor) for actor in coded.actors)}")
        self.console.print(f"[bold]Places[/bold] {_join(place.name for place in coded.places)}")
        self.console.print()

    @staticmethod
    def _events(coded: CodedArticle, actors: dict[str, Actor]) -> Table | str:
        if not coded.events:
            return "[dim]no events coded[/dim]"
        table = Table(
            "date",
            "source",
            "CAMEO",
            "PLOVER",
            "target",
            "where",
            "trigger",
            title="Events",
            title_justify="left",
        )
        for event in coded.events:
            cells = (
                event.date,
                _name(actors.get(event.source or "")),
                event.cameo,
                event.plover,
                _name(actors.get(event.target or "")),
                event.location.name if event.location else None,
                event.trigger.text,
            )
            table.add_row(*(escape(cell) if cell else None for cell in cells))
        return table

    @staticmethod
    def _quotes(coded: CodedArticle, actors: dict[str, Actor]) -> Table | str:
        if not coded.quotes:
            return "[dim]no quotes found[/dim]"
        table = Table("speaker", "cue", "quote", title="Quotes", title_justify="left")
        for quote in coded.quotes:
            speaker = actors.get(quote.speaker or "")
            cells = (_name(speaker) or quote.speaker_text, quote.cue, quote.text)
            table.add_row(*(escape(cell) if cell else None for cell in cells))
        return table


def _name(actor: Actor | None) -> str | None:
    return actor.name if actor else None


def _label(actor: Actor) -> str:
    code = actor.code or actor.country or actor.org
    return f"{actor.name} ({code})" if code else actor.name


def _join(names: Iterable[str]) -> str:
    return escape(", ".join(names)) or "[dim]none[/dim]"


ROW_FORMATS = ("table", "csv", "json")
# widest cell of a query table, in characters; CSV and JSON keep the whole value
TABLE_CELL_WIDTH = 40


def write_rows(rows: pa.Table, fmt: str, stream: IO[str]) -> None:
    """Write query results: a table for people, CSV (a header line, then one line per
    row) or a JSON array of objects.

    Example:
        >>> write_rows(pa.table({"root": ["19"], "n": [3]}), "csv", sys.stdout)
        root,n
        19,3
    """
    records = rows.to_pylist()
    if fmt == "json":
        stream.write(json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(rows.column_names)
        writer.writerows([_cell(value) for value in record.values()] for record in records)
    else:
        table = Table()
        widths = []
        for name in rows.column_names:
            table.add_column(name, overflow="ellipsis", no_wrap=True, max_width=TABLE_CELL_WIDTH)
            longest = max([len(name)] + [len(_cell(r[name])) for r in records])
            widths.append(min(longest, TABLE_CELL_WIDTH) + 3)
        for record in records:
            table.add_row(*(escape(_cell(value)) for value in record.values()))
        # as wide as the cells need: a narrow terminal wraps lines rather than cells
        width = max(Console(file=stream).width, sum(widths) + 1)
        Console(file=stream, width=width).print(table)


def _cell(value: object) -> str:
    """A value as one CSV or table cell; lists are joined with "; "."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return str(value)


def write_all(coded_articles: list[CodedArticle], fmt: str, stream: IO[str]) -> None:
    """Write ``coded_articles`` in ``fmt``; a convenience for Python users.

    Example:
        >>> write_all(coded_articles, "table", sys.stdout)  # doctest: +SKIP
    """
    with open_writer(fmt, stream) as writer:
        for coded in coded_articles:
            writer.write(coded)
