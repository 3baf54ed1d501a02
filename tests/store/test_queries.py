"""The everyday analyses (`newsevents query`), `newsevents sql`, and their errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store

pytestmark = pytest.mark.issue(8)


def _invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def test_dyads_by_actor_and_by_root(built_store):
    dyads = built_store.dyads(by="actor", limit=50).to_pylist()
    pairs = {(row["source"], row["target"]): row for row in dyads}
    assert pairs[("IGOEUREEC", "IRNGOV")]["goldstein"] == -8.0

    # root 16: the EU's sanctions on Iran and Poland's expulsion of Russian diplomats
    reductions = built_store.dyads(by="actor", cameo="16").to_pylist()
    assert {(row["source"], row["target"]) for row in reductions} == {
        ("IGOEUREEC", "IRNGOV"),
        ("POL", "RUSGOV"),
    }


def test_dyads_by_country_leave_out_actors_without_one(built_store):
    dyads = built_store.dyads(by="country").to_pylist()
    assert dyads and all(row["source"] and row["target"] for row in dyads)
    assert ("POL", "RUS") in {(row["source"], row["target"]) for row in dyads}


def test_series_counts_an_actors_events_per_day(built_store):
    rows = built_store.series(source="POL", every="day").to_pylist()
    days = {row["period"].isoformat(): row for row in rows}
    assert set(days) == {"2024-05-14", "2024-05-15"}
    assert all(row["events"] == row["cooperation"] + row["conflict"] for row in rows)

    monthly = built_store.series(source="POL", every="month").to_pylist()
    assert [row["period"].isoformat() for row in monthly] == ["2024-05-01"]
    assert monthly[0]["events"] == sum(row["events"] for row in rows)


def test_events_by_country_have_it_on_one_side(built_store):
    rows = built_store.events(country="irn").to_pylist()
    assert rows
    assert all("IRN" in (row["source_country"], row["target_country"]) for row in rows)
    assert {row["cameo"] for row in rows} >= {"163"}


def test_quotes_by_speaker_and_about_an_actor(built_store):
    by_sikorski = built_store.quotes(speaker="radoslaw sikorski").to_pylist()
    assert len(by_sikorski) >= 3
    assert {row["speaker"] for row in by_sikorski} == {"Radoslaw Sikorski"}
    assert any("hostile acts" in row["text"] for row in by_sikorski)

    about_russia = built_store.quotes(about="Russia").to_pylist()
    assert about_russia and all("Russia" in row["about"] for row in about_russia)
    assert all(row["speaker"] != "Russia" for row in about_russia)


def test_query_command_writes_csv_and_json(built_store):
    result = _invoke(
        "query", "dyads", "--store", str(built_store.path), "--by", "actor", "-f", "csv"
    )
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0].keys() == {
        "source",
        "target",
        "events",
        "articles",
        "goldstein",
        "cooperation",
        "conflict",
    }

    result = _invoke(
        "query", "quotes", "--store", str(built_store.path), "--about", "Poland", "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    assert all("Poland" in row["about"] for row in json.loads(result.stdout))


def test_sql_csv_is_a_header_then_one_line_per_row(built_store):
    query = "SELECT root, count(*) AS n FROM events GROUP BY root ORDER BY root"
    result = _invoke("sql", query, "--store", str(built_store.path), "--format", "csv")

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "root,n"
    expected = built_store.sql(query).to_pylist()
    assert lines[1:] == [f"{row['root']},{row['n']}" for row in expected]


def test_sql_cannot_change_the_store(built_store):
    result = _invoke("sql", "DELETE FROM events", "--store", str(built_store.path))

    assert result.exit_code == 4
    assert "[E705] query failed" in result.stderr and "read-only" in result.stderr
    assert built_store.sql("SELECT count(*) FROM events").column(0)[0].as_py() > 0


def test_a_missing_store_and_a_file_that_is_not_one(tmp_path):
    missing = tmp_path / "nowhere.duckdb"
    result = _invoke("query", "dyads", "--store", str(missing))
    assert result.exit_code == 4
    assert f"{missing}: [E703] no such store" in result.stderr

    notes = tmp_path / "notes.duckdb"
    notes.write_text("not a database", encoding="utf-8")
    result = _invoke("sql", "SELECT 1", "--store", str(notes))
    assert result.exit_code == 4
    assert f"{notes}: [E704] not a newsevents store" in result.stderr


def test_bad_query_options_are_usage_errors(built_store):
    result = _invoke("query", "series", "--store", str(built_store.path), "--every", "fortnight")
    assert result.exit_code == 2 and "--every must be one of" in result.stderr

    result = _invoke("query", "events", "--store", str(built_store.path), "--since", "May 2024")
    assert result.exit_code == 2 and "--since: 'May 2024' is not a date" in result.stderr


def test_store_results_convert_to_dataframes(built_store):
    table = built_store.sql("SELECT cameo, goldstein FROM events")
    assert table.num_rows == len(table.to_pylist())
    assert Store(built_store.path).totals()["events"] == table.num_rows
