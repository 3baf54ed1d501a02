"""Write coded articles into a store in batches, one transaction each.

A batch is committed whole or not at all, so killing a run (Ctrl-C, SIGKILL) loses at most
the batch in flight; the next run skips what was committed, because an article whose
content hash is stored is not coded again. An article whose id is stored with other
content (an updated story at the same URL) replaces the stored one.

Example:
    >>> with StoreWriter.open(Path("events.duckdb")) as writer:  # doctest: +SKIP
    ...     summary = code_inputs(["examples/"], writer=writer, accept=writer.is_new,
    ...                           on_problem=writer.record_problem)
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from ..errors import InputError
from ..records import Article, CodedArticle
from .clusters import cluster_events
from .database import connect, create_tables, scalar
from .lock import writer_lock
from .parts import ORDER_COLUMNS, PART_TABLES, part_files
from .rows import Row, article_rows, content_hash, error_row

# Articles per transaction: what a killed run may have to code again.
COMMIT_EVERY = 50
# Tables an article's rows go to, in the order they are written.
ARTICLE_TABLES = ("articles", "actors", "events", "quotes", "places")
# Tables whose rows say which run wrote them.
RUN_TABLES = ("articles", "errors")


@dataclass
class StoreWriter:
    """Buffers coded articles and input errors, and commits them every ``commit_every``."""

    path: Path
    run_id: int
    known: set[str]
    commit_every: int = COMMIT_EVERY
    unchanged: int = 0
    committed: int = 0
    _articles: dict[str, dict[str, list[Row]]] = field(default_factory=dict)
    _errors: list[Row] = field(default_factory=list)
    _schemas: dict[str, pa.Schema] = field(default_factory=dict)

    @classmethod
    @contextmanager
    def open(
        cls, path: Path, *, model: str = "", commit_every: int = COMMIT_EVERY
    ) -> Iterator[StoreWriter]:
        """Lock the store, start a run, and on the way out commit what is left, recompute
        the event clusters and close the run, also when the run is interrupted."""
        with writer_lock(path):
            with connect(path, read_only=False) as con:
                create_tables(con)
                run_id = scalar(con, "SELECT coalesce(max(run_id), 0) + 1 FROM runs")
                con.execute(
                    "INSERT INTO runs (run_id, started, pid, version, model) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [run_id, datetime.now(), os.getpid(), version("newsevents"), model],
                )
                known = {
                    row[0] for row in con.execute("SELECT content_hash FROM articles").fetchall()
                }
            writer = cls(path, run_id, known, commit_every)
            try:
                yield writer
            finally:
                writer.commit()
                writer._finish_run()

    def is_new(self, article: Article) -> bool:
        """False for an article whose content is already stored (it is counted, not coded)."""
        digest = content_hash(article.text)
        if digest in self.known:
            self.unchanged += 1
            return False
        self.known.add(digest)
        return True

    def write(self, coded: CodedArticle) -> None:
        """Buffer one coded article; commit when the batch is full."""
        self._articles[coded.article.id] = article_rows(coded, run_id=self.run_id)
        if len(self._articles) >= self.commit_every:
            self.commit()

    def record_problem(self, error: InputError) -> None:
        """Keep an input that failed or was skipped in the ``errors`` table."""
        self._errors.append(error_row(error, run_id=self.run_id))

    def commit(self) -> None:
        """Write the buffered rows in one transaction, replacing stored versions of the
        same articles."""
        if not self._articles and not self._errors:
            return
        tables: dict[str, list[Row]] = {"errors": self._errors}
        for article in self._articles.values():
            for table, article_table_rows in article.items():
                tables.setdefault(table, []).extend(article_table_rows)
        with connect(self.path, read_only=False) as con:
            con.begin()
            con.register("batch_ids", pa.table({"id": list(self._articles)}))
            self._remove_stored(con, "batch_ids")
            for table, rows in tables.items():
                if rows:
                    con.register(
                        "batch", pa.Table.from_pylist(rows, schema=self._columns(con, table))
                    )
                    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch")
            con.commit()
        self.committed += len(self._articles)
        self._articles, self._errors = {}, []

    def merge_parts(self, directory: Path, reports: dict[str, dict[str, Any]]) -> None:
        """Add the parts of ``directory`` whose ``reports`` are given (``parts.done_parts``)
        in one transaction.

        As an ingest on one machine would: an article whose content the store holds, or an
        earlier part held, counts as unchanged; of two versions of one article id, the later
        in the input wins, and replaces a stored version.
        """
        names = list(reports)
        if not names:
            return
        order = ", ".join(ORDER_COLUMNS)
        with connect(self.path, read_only=False) as con:
            con.begin()
            con.execute(
                f"""CREATE TEMP TABLE firsts AS
                SELECT id, {order} FROM (
                    SELECT id, content_hash, {order},
                        row_number() OVER (PARTITION BY content_hash ORDER BY {order}) AS nth
                    FROM read_parquet(?)
                    WHERE content_hash NOT IN (SELECT content_hash FROM articles)
                ) WHERE nth = 1""",
                [part_files(directory, "articles", names)],
            )
            con.execute(
                f"""CREATE TEMP TABLE winners AS
                SELECT id, {order} FROM firsts
                QUALIFY row_number() OVER (PARTITION BY id ORDER BY {order} DESC) = 1"""
            )
            self._remove_stored(con, "winners")
            for table in PART_TABLES:
                chosen = (
                    ""
                    if table == "errors"
                    else f"WHERE ({order}) IN (SELECT ({order}) FROM winners)"
                )
                run_id = "REPLACE (? AS run_id)" if table in RUN_TABLES else ""
                con.execute(
                    f"INSERT INTO {table} BY NAME SELECT * EXCLUDE ({order}) {run_id} "
                    f"FROM read_parquet(?) {chosen}",
                    ([self.run_id] if run_id else []) + [part_files(directory, table, names)],
                )
            coded = scalar(con, "SELECT count(*) FROM winners")
            fresh = scalar(con, "SELECT count(*) FROM firsts")
            con.commit()
        self.committed += coded
        # what the store or an earlier part held; an id given twice counts once, as coded
        arrived = sum(report["coded"] + report["unchanged"] for report in reports.values())
        self.unchanged += arrived - fresh

    def _remove_stored(self, con: duckdb.DuckDBPyConnection, ids: str) -> None:
        """Delete the stored versions of the articles whose ids the relation ``ids`` holds
        (updated stories replace them), and count them as replaced in this run."""
        stored = f"SELECT count(*) FROM articles WHERE id IN (SELECT id FROM {ids})"
        if replaced := scalar(con, stored):
            con.execute(
                "UPDATE runs SET replaced = replaced + ? WHERE run_id = ?",
                [replaced, self.run_id],
            )
            for table in ARTICLE_TABLES:
                key = "id" if table == "articles" else "article_id"
                con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT id FROM {ids})")

    def _columns(self, con: duckdb.DuckDBPyConnection, table: str) -> pa.Schema:
        """The Arrow types of ``table``'s columns, looked up once per run."""
        if table not in self._schemas:
            empty = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table()
            self._schemas[table] = empty.schema
        return self._schemas[table]

    def _finish_run(self) -> None:
        with connect(self.path, read_only=False) as con:
            cluster_events(con)
            con.execute(
                "UPDATE runs SET finished = ?, coded = ?, unchanged = ?, "
                "skipped = (SELECT count(*) FROM errors WHERE run_id = ? AND status = 'skipped'), "
                "failed = (SELECT count(*) FROM errors WHERE run_id = ? AND status = 'failed') "
                "WHERE run_id = ?",
                [datetime.now(), self.committed, self.unchanged, *[self.run_id] * 3],
            )
