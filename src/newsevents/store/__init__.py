"""The event store: code a corpus into DuckDB, keep it, query it, export it.

Example:
    >>> from newsevents import Store
    >>> store = Store("events.duckdb")
    >>> summary = store.ingest(["examples/"])  # doctest: +SKIP
    >>> rows = store.sql("SELECT root, count(*) AS n FROM events GROUP BY root")  # doctest: +SKIP
    >>> rows.to_pandas()  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..coder import Coder
from ..errors import Errors, InputError, StoreError
from ..records import CodedArticle
from ..run.local import RunSummary, code_inputs
from ..settings import Settings
from . import queries
from .database import connect
from .export import EXPORT_FORMATS, export
from .rows import document_of
from .writer import COMMIT_EVERY, StoreWriter

__all__ = ["EXPORT_FORMATS", "IngestSummary", "Store"]


@dataclass
class IngestSummary:
    """What an ingest run did, and what the store holds after it."""

    run: RunSummary
    unchanged: int
    totals: dict[str, int]

    @property
    def exit_code(self) -> int:
        """As ``code``'s, but a run that found everything already stored succeeded."""
        return 0 if self.unchanged and not self.run.failed else self.run.exit_code

    def __str__(self) -> str:
        held = ", ".join(f"{count} {table}" for table, count in self.totals.items())
        return f"{self.run}, already stored {self.unchanged}; the store holds {held}"


class Store:
    """A DuckDB file of coded articles: tables articles, actors, events, quotes, places,
    event_clusters, errors and runs (see README, "The store").

    Results come back as Arrow tables: ``.to_pandas()``, ``polars.from_arrow(...)``, or
    ``.to_pylist()``.

    Example:
        >>> store = Store("events.duckdb")
        >>> store.dyads(limit=5).to_pylist()  # doctest: +SKIP
        [{'source': 'RUS', 'target': 'UKR', 'events': 412, 'articles': 97, 'goldstein': -6.1}, ...]
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    def ingest(
        self,
        inputs: Iterable[str | Path],
        *,
        settings: Settings | None = None,
        coder: Coder | None = None,
        published: str | None = None,
        commit_every: int = COMMIT_EVERY,
        on_problem: Callable[[InputError], None] | None = None,
        on_coded: Callable[[CodedArticle], None] | None = None,
    ) -> IngestSummary:
        """Code the articles in ``inputs`` that the store does not hold yet, and store them.

        Raises:
            StoreLockedError: another process is writing the store.
        """
        coder = coder or Coder(settings=settings)

        def problem(error: InputError) -> None:
            writer.record_problem(error)
            if on_problem is not None:
                on_problem(error)

        with StoreWriter.open(
            self.path, model=coder.settings.model, commit_every=commit_every
        ) as writer:
            run = code_inputs(
                inputs,
                writer=writer,
                coder=coder,
                published=published,
                accept=writer.is_new,
                on_problem=problem,
                on_coded=on_coded,
            )
        return IngestSummary(run=run, unchanged=writer.unchanged, totals=self.totals())

    def sql(self, query: str, parameters: list[Any] | None = None) -> pa.Table:
        """Run a read-only SQL query over the store.

        Example:
            >>> Store("events.duckdb").sql("SELECT count(*) AS n FROM events")  # doctest: +SKIP
        """
        with connect(self.path) as con:
            try:
                return con.sql(query, params=parameters or None).to_arrow_table()
            except duckdb.Error as err:
                reason = str(err).splitlines()[0]
                raise StoreError(Errors.E705.format(reason=reason), path=self.path) from None

    def totals(self) -> dict[str, int]:
        """How many articles, events, event clusters, quotes and errors the store holds."""
        tables = ("articles", "events", "event_clusters", "quotes", "errors")
        query = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
        return _pairs(self.sql(query))

    def coded_articles(self, *, batch: int = 500) -> Iterator[CodedArticle]:
        """Every stored article as it was coded (the output contract), oldest first."""
        with connect(self.path) as con:
            result = con.execute(
                "SELECT document, text FROM articles ORDER BY published NULLS LAST, id"
            )
            while rows := result.fetchmany(batch):
                for document, text in rows:
                    yield CodedArticle.from_dict(document_of(document, text))

    def dyads(self, **filters: Any) -> pa.Table:
        """The most frequent (source, target) pairs; see ``queries.dyads``."""
        return self._query(queries.dyads, **filters)

    def series(self, **filters: Any) -> pa.Table:
        """A dyad's (or actor's) events per day, week or month; see ``queries.series``."""
        return self._query(queries.series, **filters)

    def events(self, **filters: Any) -> pa.Table:
        """Events by actor, country, root and dates; see ``queries.events``."""
        return self._query(queries.events, **filters)

    def quotes(self, **filters: Any) -> pa.Table:
        """Quotations by speaker or about an actor; see ``queries.quotes``."""
        return self._query(queries.quotes, **filters)

    def export(self, directory: str | Path, fmt: str) -> list[Path]:
        """Write the store in ``fmt`` (one of EXPORT_FORMATS) under ``directory``."""
        return export(self, Path(directory), fmt)

    def _query(self, build: Callable[..., tuple[str, list[Any]]], **filters: Any) -> pa.Table:
        query, parameters = build(**filters)
        return self.sql(query, parameters)


def _pairs(table: pa.Table) -> dict[str, int]:
    names, counts = table.columns
    return dict(zip(names.to_pylist(), counts.to_pylist(), strict=True))
