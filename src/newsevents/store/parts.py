"""Partitioned Parquet of coded articles: what a cluster worker writes, and what the merge
into a store reads.

A part is one slice of the input, coded on one worker. Its rows go to one Parquet file per
table, ``DIR/<table>/<part>.parquet``, with the store's own column types and two more
columns, ``_part`` and ``_seq``, that place each row in the input's order. A part counts
as done once its report ``DIR/_parts/<part>.json`` exists, which is written last and, like
every file here, renamed into place whole: a worker lost half-way through leaves nothing
that is read, and the part coded again overwrites what it left.

Example:
    >>> write_part(Path("parts"), "part-00001-3f2a", rows, {"coded": 2})  # doctest: +SKIP
    >>> done_parts(Path("parts"))  # doctest: +SKIP
    {'part-00001-3f2a': {'coded': 2}}
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from functools import cache, partial
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .database import create_tables
from .rows import Row

# The tables a part writes: the article tables, then the inputs that failed or were skipped.
PART_TABLES = ("articles", "actors", "events", "quotes", "places", "errors")
ORDER_COLUMNS = ("_part", "_seq")
REPORTS = "_parts"


def write_part(
    directory: Path, name: str, rows: dict[str, list[Row]], report: dict[str, Any]
) -> None:
    """Write a part's rows (by table) and then its report, each file renamed into place."""
    for table in PART_TABLES:
        rows_table = pa.Table.from_pylist(rows.get(table, []), schema=part_schema(table))
        _replace(directory / table / f"{name}.parquet", partial(pq.write_table, rows_table))
    _replace(
        directory / REPORTS / f"{name}.json",
        lambda path: path.write_text(json.dumps(report, default=str), encoding="utf-8"),
    )


def done_parts(directory: Path) -> dict[str, dict[str, Any]]:
    """The reports of the parts finished in ``directory``, by part name."""
    reports = directory / REPORTS
    if not reports.is_dir():
        return {}
    return {
        path.stem: json.loads(path.read_text("utf-8")) for path in sorted(reports.glob("*.json"))
    }


def part_files(directory: Path, table: str, names: list[str]) -> list[str]:
    """The Parquet files of ``table`` for the parts ``names``."""
    return [str(directory / table / f"{name}.parquet") for name in names]


@cache
def part_schema(table: str) -> pa.Schema:
    """The Arrow schema of a store table, plus the columns that keep the input's order."""
    with duckdb.connect() as con:
        create_tables(con)
        schema = con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
    for column in ORDER_COLUMNS:
        schema = schema.append(pa.field(column, pa.int64()))
    return schema


def _replace(path: Path, write: Callable[[Path], object]) -> None:
    """Write through a temporary name beside ``path``, then rename it onto ``path``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    try:
        write(temporary)
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
