"""Open a store: a DuckDB file with the tables of ``data/store/schema.sql``.

Connections are short: each query or commit opens the file and closes it again, so a
writer and readers in other processes take turns instead of locking each other out for a
whole run (DuckDB lets one process at a time hold a file it writes).

Example:
    >>> with connect(Path("events.duckdb")) as con:  # doctest: +SKIP
    ...     con.execute("SELECT count(*) FROM events").fetchone()
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from ..errors import Errors, StoreBusyError, StoreError

SCHEMA_FILE = "store/schema.sql"
# How long to wait for another process's commit before calling the store busy.
WAIT_SECONDS = 30.0
_RETRY_EVERY = 0.05
_LOCK_CONFLICT = re.compile(r"Conflicting lock is held in (.*)")


@cache
def schema_sql() -> str:
    """The CREATE statements of every table and index (idempotent)."""
    return resources.files("newsevents").joinpath("data", SCHEMA_FILE).read_text("utf-8")


@contextmanager
def connect(
    path: Path, *, read_only: bool = True, wait: float = WAIT_SECONDS
) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection to the store at ``path``, closed when the block ends.

    A reader needs an existing store; a writer creates the file (its tables are made by
    ``create_tables``). While another process holds the file, retry for ``wait`` seconds,
    then raise StoreError.
    """
    if read_only and not path.exists():
        raise StoreError(Errors.E703.format(path=path), path=path)
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as err:
            conflict = _LOCK_CONFLICT.search(str(err))
            if conflict is None:
                raise StoreError(Errors.E704.format(reason=_first_line(err)), path=path) from None
            if time.monotonic() >= deadline:
                reason = f"a lock is held by {conflict.group(1)}"
                raise StoreBusyError(Errors.E702.format(reason=reason), path=path) from None
            time.sleep(_RETRY_EVERY)
    try:
        if read_only and not scalar(
            con, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'events'"
        ):
            raise StoreError(Errors.E704.format(reason="it has no events table"), path=path)
        yield con
    finally:
        con.close()


def create_tables(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables and indexes the store lacks."""
    con.execute(schema_sql())


def scalar(con: duckdb.DuckDBPyConnection, query: str) -> Any:
    """The one value a query such as ``SELECT count(*) FROM events`` returns."""
    rows = con.execute(query).fetchall()  # fetched to the end: DuckDB 2 wants results finished
    return rows[0][0] if rows else None


def _first_line(err: Exception) -> str:
    return str(err).splitlines()[0].removeprefix("IO Error: ")
