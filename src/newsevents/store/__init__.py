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
from ..ingest import read_inputs
from ..records import Article, CodedArticle
from ..run.local import RunSummary, code_items
from ..settings import Settings
from . import queries
from .database import WAIT_SECONDS, connect
from .export import EXPORT_FORMATS, export
from .queries import EventFilter
from .rows import document_of
from .writer import COMMIT_EVERY, StoreWriter

__all__ = ["EXPORT_FORMATS", "EventFilter", "IngestSummary", "Store"]

# the tables whose rows ``Store.totals`` counts
TOTAL_TABLES = ("articles", "events", "event_clusters", "quotes", "errors")


@dataclass
class IngestSummary:
    """What an ingest run did, and what the store holds after it."""

    run: RunSummary
    unchanged: int
    totals: dict[str, int]
    # what holds the rows: the store, or the folder of Parquet a cluster run kept
    holder: str = "the store"

    @property
    def exit_code(self) -> int:
        """As ``code``'s, but a run that found everything already stored succeeded."""
        return 0 if self.unchanged and not self.run.failed else self.run.exit_code

    def __str__(self) -> str:
        held = ", ".join(f"{count} {table}" for table, count in self.totals.items())
        return f"{self.run}, already stored {self.unchanged}; {self.holder} holds {held}"


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

    def __init__(self, path: str | Path, *, wait: float = WAIT_SECONDS) -> None:
        self.path = Path(path)
        # how long a read waits for a writer's commit before the store is called busy
        self.wait = wait

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
        items = read_inputs(inputs, settings=coder.settings, published=published)
        return self.add(
            items,
            coder=coder,
            commit_every=commit_every,
            on_problem=on_problem,
            on_coded=on_coded,
        )

    def add(
        self,
        items: Iterable[Article | InputError],
        *,
        coder: Coder,
        commit_every: int = COMMIT_EVERY,
        on_problem: Callable[[InputError], None] | None = None,
        on_coded: Callable[[CodedArticle], None] | None = None,
    ) -> IngestSummary:
        """As ``ingest``, for articles already read, and the errors met reading them, which
        go to the ``errors`` table: what ``newsevents watch`` fetched from its feeds, say.

        Example:
            >>> page = article_from_html(html, source=url, url=url)  # doctest: +SKIP
            >>> Store("events.duckdb").add([page], coder=Coder())  # doctest: +SKIP
        """

        def problem(error: InputError) -> None:
            writer.record_problem(error)
            if on_problem is not None:
                on_problem(error)

        with StoreWriter.open(
            self.path, model=coder.settings.model, commit_every=commit_every
        ) as writer:
            run = code_items(
                items,
                writer=writer,
                coder=coder,
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
        return self.read((query, parameters or []))[0]

    def totals(self) -> dict[str, int]:
        """How many articles, events, event clusters, quotes and errors the store holds."""
        return _pairs(self.sql(*queries.totals(TOTAL_TABLES)))

    def status(self) -> dict[str, Any]:
        """``totals`` and the latest run (a row of ``runs``: started, finished, which is None
        while it goes on or when it was killed, coded, failed, ...), in one reading.

        Example:
            >>> Store("events.duckdb").status()["last_run"]["coded"]  # doctest: +SKIP
            16
        """
        counts, runs = self.read(queries.totals(TOTAL_TABLES), queries.last_run())
        return {"totals": _pairs(counts), "last_run": next(iter(runs.to_pylist()), None)}

    def coded_articles(self, *, batch: int = 500) -> Iterator[CodedArticle]:
        """Every stored article as it was coded (the output contract), oldest first."""
        with connect(self.path) as con:
            result = con.execute(
                "SELECT document, text FROM articles ORDER BY published NULLS LAST, id"
            )
            while rows := result.fetchmany(batch):
                for document, text in rows:
                    yield CodedArticle.from_dict(document_of(document, text))

    def read(self, *statements: tuple[str, list[Any]]) -> list[pa.Table]:
        """Run several (query, parameters) pairs, as ``queries`` builds them, in one
        connection: a page of rows and their total, say, for one opening of the file.

        Example:
            >>> events = EventFilter(country="IRN")
            >>> rows, total = Store("events.duckdb").read(  # doctest: +SKIP
            ...     queries.events(events, limit=20), queries.count_events(events))
        """
        with connect(self.path, wait=self.wait) as con:
            try:
                return [con.sql(q, params=p or None).to_arrow_table() for q, p in statements]
            except duckdb.Error as err:
                reason = str(err).splitlines()[0]
                raise StoreError(Errors.E705.format(reason=reason), path=self.path) from None

    def document(self, article_id: str) -> dict[str, Any] | None:
        """One stored article as it was coded (the output contract), or None.

        Example:
            >>> Store("events.duckdb").document("3f2a...")["events"][0]["cameo"]  # doctest: +SKIP
            '172'
        """
        (found,) = self.read(queries.article(article_id))
        if not found.num_rows:
            return None
        document, text = (column[0].as_py() for column in found.columns)
        return document_of(document, text)

    def dyads(self, *, by: str = "country", limit: int = 20, **filters: Any) -> pa.Table:
        """The most frequent (source, target) pairs among the events ``filters`` (the
        fields of EventFilter) select; see ``queries.dyads``."""
        return self.sql(*queries.dyads(EventFilter(**filters), by=by, limit=limit))

    def series(self, *, every: str = "month", **filters: Any) -> pa.Table:
        """Events per day, week, month or year (a dyad's, with ``source`` and ``target``);
        see ``queries.series``."""
        return self.sql(*queries.series(EventFilter(**filters), every=every))

    def events(
        self,
        *,
        sort: str = "day",
        descending: bool = True,
        limit: int = 100,
        offset: int = 0,
        **filters: Any,
    ) -> pa.Table:
        """Events by actor, country, code, dates or text; see ``queries.events``."""
        page = queries.events(
            EventFilter(**filters), sort=sort, descending=descending, limit=limit, offset=offset
        )
        return self.sql(*page)

    def quotes(self, **filters: Any) -> pa.Table:
        """Quotations by speaker or about an actor; see ``queries.quotes``."""
        return self.sql(*queries.quotes(**filters))

    def export(self, directory: str | Path, fmt: str) -> list[Path]:
        """Write the store in ``fmt`` (one of EXPORT_FORMATS) under ``directory``."""
        return export(self, Path(directory), fmt)


def _pairs(table: pa.Table) -> dict[str, int]:
    names, counts = table.columns
    return dict(zip(names.to_pylist(), counts.to_pylist(), strict=True))
