"""`newsevents export`: Parquet by month, the contract as JSON Lines, CSV, GDELT and PLOVER."""

from __future__ import annotations

import csv
import json

import duckdb
import jsonschema
import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.output import CSV_COLUMNS
from newsevents.records import schema

pytestmark = pytest.mark.issue(8)

GDELT_COLUMNS = 61


@pytest.fixture(scope="module")
def exported(built_store, tmp_path_factory):
    """Every export format of the shared store, written by the command."""
    folder = tmp_path_factory.mktemp("export")
    for fmt in ("parquet", "jsonl", "csv", "gdelt", "plover"):
        result = CliRunner().invoke(
            app, ["export", "--store", str(built_store.path), "--format", fmt, "-o", str(folder)]
        )
        assert result.exit_code == 0, result.stderr
    return folder


def _count(built_store, table: str) -> int:
    return built_store.sql(f"SELECT count(*) FROM {table}").column(0)[0].as_py()


def test_parquet_is_partitioned_by_month_and_holds_every_row(built_store, exported):
    months = sorted(path.name for path in (exported / "events").iterdir())
    assert months == ["month=2024-05", "month=2024-06"]
    for table in ("articles", "actors", "events", "quotes", "places", "event_clusters"):
        files = str(exported / table / "**" / "*.parquet")
        count = duckdb.sql(
            f"SELECT count(*) FROM read_parquet('{files}', hive_partitioning = true)"
        ).fetchall()[0][0]
        assert count == _count(built_store, table), table


def test_jsonl_gives_back_the_output_contract(built_store, exported):
    lines = (exported / "articles.jsonl").read_text("utf-8").splitlines()
    assert len(lines) == _count(built_store, "articles")
    for line in lines:
        coded = json.loads(line)
        jsonschema.validate(coded, schema())
        assert coded["article"]["text"].startswith(coded["article"]["title"])


def test_csv_has_the_columns_of_code_and_one_row_per_event(built_store, exported):
    with (exported / "events.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert len(rows) == _count(built_store, "events")


def test_gdelt_rows_are_event_clusters_in_gdelt_columns(built_store, exported):
    lines = (exported / "newsevents.export.CSV").read_text("utf-8").splitlines()
    rows = [line.split("\t") for line in lines]

    assert len(rows) == _count(built_store, "event_clusters")
    assert {len(row) for row in rows} == {GDELT_COLUMNS}
    # the expulsion told by Reuters on the 14th and by AP on the 15th: one event, two sources
    (expulsion,) = [row for row in rows if row[26] == "161" and row[7] == "POL"]
    assert expulsion[1:4] == ["20240514", "202405", "2024"]
    assert (expulsion[28], expulsion[29]) == ("16", "4")  # EventRootCode, QuadClass
    # NumMentions (both headlines and both first sentences), NumSources, NumArticles
    assert expulsion[31:34] == ["4", "2", "2"]


def test_plover_records_carry_type_mode_context_actors_and_text(exported):
    records = [
        json.loads(line)
        for line in (exported / "events.plover.jsonl").read_text("utf-8").splitlines()
    ]
    assert records
    for record in records:
        assert {"id", "event", "text", "coder"} <= record.keys()
        assert all(actor.get("actorText") for actor in record.get("source", []))
    (sanction,) = [r for r in records if r.get("cameo") == "163" and r.get("target")]
    # the 2021 crosswalk makes sanctions a restriction: COERCE, mode "restrict"
    assert (sanction["event"], sanction["mode"], sanction["context"]) == (
        "COERCE",
        "restrict",
        "diplomatic",
    )
    assert sanction["source"] == [{"actorText": "European Union", "code": "EU"}]
    assert sanction["target"][0]["code"] == "IRN"
    assert sanction["eventLoc"]["name"] == "Brussels"
    assert sanction["eventLoc"]["country code"] == "BE"
    assert "imposed sanctions" in sanction["text"]


def test_an_unknown_export_format_is_a_usage_error(built_store, tmp_path):
    result = CliRunner().invoke(
        app, ["export", "--store", str(built_store.path), "--format", "xlsx", "-o", str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "--format must be one of parquet, jsonl, csv, gdelt, plover" in result.stderr
