"""Ingesting a corpus into a store: every table filled, reruns skip, failures kept, one writer,
and a run killed mid-way resumes without a duplicate or a gap."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.ingest import read_inputs
from newsevents.store import Store
from newsevents.store.lock import writer_lock

from .conftest import STORIES, write_story

pytestmark = pytest.mark.issue(8)

# stories in the corpus a run is killed in; enough that it is still coding when killed
ARTICLES = 40


def _count(store: Path, query: str) -> int:
    return Store(store).sql(query).column(0)[0].as_py()


def test_ingest_fills_every_table_with_what_code_finds(corpus, ingest, coder, tmp_path):
    store = tmp_path / "events.duckdb"
    summary = ingest(store, corpus)
    coded = list(coder.code_articles(read_inputs([str(corpus)], settings=coder.settings)))

    assert summary.run.coded == 3 and summary.exit_code == 0
    assert _count(store, "SELECT count(*) FROM articles") == 3
    assert _count(store, "SELECT count(*) FROM events") == sum(len(c.events) for c in coded)
    assert _count(store, "SELECT count(*) FROM quotes") == sum(len(c.quotes) for c in coded)
    assert _count(store, "SELECT count(*) FROM actors") == sum(len(c.actors) for c in coded)
    stored_ids = set(Store(store).sql("SELECT id FROM articles").column(0).to_pylist())
    assert stored_ids == {c.article.id for c in coded}
    # events carry their actors' codes, so a dyad query needs no join
    sanctions = (
        Store(store)
        .sql(
            "SELECT source_code, target_code FROM events "
            "WHERE cameo = '163' AND target_code IS NOT NULL"
        )
        .to_pylist()
    )
    assert {"source_code": "IGOEUREEC", "target_code": "IRNGOV"} in sanctions


def test_rerun_skips_stored_articles_and_codes_only_new_ones(corpus, ingest, tmp_path):
    store = tmp_path / "events.duckdb"
    ingest(store, corpus)

    again = ingest(store, corpus)
    assert (again.run.coded, again.unchanged, again.exit_code) == (0, 3, 0)

    write_story(
        corpus,
        "ceasefire",
        "Sudan's warring sides agree to Jeddah talks",
        "2024-07-02",
        "Reuters",
        "JEDDAH, July 2 (Reuters) - Sudan's army agreed on Tuesday to send a delegation to "
        "talks in Jeddah with the Rapid Support Forces, Saudi mediators said.",
    )
    grown = ingest(store, corpus)
    assert (grown.run.coded, grown.unchanged) == (1, 3)
    assert _count(store, "SELECT count(*) FROM articles") == 4
    assert _count(store, "SELECT count(*) FROM runs WHERE finished IS NOT NULL") == 3


def test_an_updated_story_at_the_same_url_replaces_the_stored_one(tmp_path, ingest):
    folder, store = tmp_path / "corpus", tmp_path / "events.duckdb"
    title, published, outlet, body = STORIES["iran_sanctions"]
    path = write_story(folder, "sanctions", title, published, outlet, body)
    meta = {"published": published, "outlet": outlet, "url": "https://news.example/eu-iran"}
    (folder / "sanctions.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    ingest(store, folder)

    path.write_text(path.read_text("utf-8") + "\nTehran summoned the EU envoy.\n", "utf-8")
    updated = ingest(store, folder)

    assert updated.run.coded == 1
    assert _count(store, "SELECT count(*) FROM articles") == 1
    text = Store(store).sql("SELECT text FROM articles").column(0)[0].as_py()
    assert "Tehran summoned the EU envoy." in text
    assert _count(store, "SELECT count(DISTINCT article_id) FROM events") == 1


def test_a_bad_input_is_kept_in_errors_and_the_others_are_stored(corpus, tmp_path):
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    store = tmp_path / "events.duckdb"

    result = CliRunner().invoke(app, ["ingest", str(corpus), "--store", str(store)])

    assert result.exit_code == 1
    assert "empty.txt: [E102]" in result.stderr
    assert _count(store, "SELECT count(*) FROM articles") == 3
    errors = Store(store).sql("SELECT input, status, message FROM errors").to_pylist()
    assert len(errors) == 1 and errors[0]["input"].endswith("empty.txt")
    assert errors[0]["status"] == "failed" and "[E102]" in errors[0]["message"]


def test_an_article_a_stage_fails_on_is_an_error_not_the_end_of_the_run(
    corpus, ingest, coder, monkeypatch, tmp_path
):
    code_doc = coder.code_doc

    def failing(doc, article):
        if "drone" in article.title:
            raise ValueError("a bug in a stage")
        return code_doc(doc, article)

    monkeypatch.setattr(coder, "code_doc", failing)
    store = tmp_path / "events.duckdb"
    summary = ingest(store, corpus)

    assert summary.run.coded == 2 and len(summary.run.failed) == 1
    (message,) = Store(store).sql("SELECT message FROM errors").column(0).to_pylist()
    assert "[E115] coding failed (ValueError: a bug in a stage)" in message


def test_a_second_writer_is_told_who_holds_the_store(corpus, tmp_path):
    store = tmp_path / "events.duckdb"
    with writer_lock(store):
        result = CliRunner().invoke(app, ["ingest", str(corpus), "--store", str(store)])

    assert result.exit_code == 4
    assert f"store is locked by PID {os.getpid()}" in result.stderr
    assert "[E701]" in result.stderr


def test_resume_after_sigkill_loses_nothing_and_duplicates_nothing(tmp_path):
    """Kill a real `newsevents ingest` after its first commits, then run it again."""
    store, command, killed = _stop_mid_run(tmp_path, signal.SIGKILL)
    stored_before = _stored_ids(store)

    second = subprocess.run(command, capture_output=True, text=True, timeout=300)

    assert second.returncode == 0, second.stderr
    assert f"already stored {len(stored_before)}" in second.stderr
    ids = Store(store).sql("SELECT id FROM articles").column(0).to_pylist()
    assert len(ids) == len(set(ids)) == ARTICLES
    assert set(stored_before) <= set(ids)
    interrupted = Store(store).sql("SELECT count(*) FROM runs WHERE finished IS NULL")
    assert interrupted.column(0)[0].as_py() == 1  # the killed run is on record as unfinished
    # the killed run's events were clustered by the run that resumed it
    clustered = "SELECT sum(num_mentions) FROM event_clusters"
    happened = (
        "SELECT count(*) FROM events WHERE NOT negated AND NOT hypothetical AND day IS NOT NULL"
    )
    assert _count(store, clustered) == _count(store, happened) > 0


def test_ctrl_c_commits_what_was_coded_and_says_how_to_go_on(tmp_path):
    store, command, stopped = _stop_mid_run(tmp_path, signal.SIGINT)

    assert stopped.returncode == 130
    assert "run the same command to go on" in stopped.stderr.read().decode()
    assert _count(store, "SELECT count(*) FROM runs WHERE finished IS NOT NULL") == 1
    assert _count(store, "SELECT count(*) FROM event_clusters") > 0
    stored = len(_stored_ids(store))

    second = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert f"already stored {stored}" in second.stderr
    assert _count(store, "SELECT count(DISTINCT id) FROM articles") == ARTICLES


def _stop_mid_run(tmp_path: Path, sig: signal.Signals) -> tuple[Path, list[str], subprocess.Popen]:
    """Start `newsevents ingest` on ARTICLES stories, send ``sig`` once two are committed."""
    folder, store = tmp_path / "corpus", tmp_path / "events.duckdb"
    for number in range(ARTICLES):
        write_story(folder, f"protest_{number:02d}", *_protest_story(number))
    command = [sys.executable, "-m", "newsevents", "ingest", str(folder), "--store", str(store)]
    # small spaCy batches: parsing all stories in one batch would leave too little to stop
    command += ["--commit-every", "2", "--batch-size", "2"]
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_hear_sigint,
    )
    try:
        _wait_for_articles(store, at_least=2, process=process)
    finally:
        process.send_signal(sig)
        process.wait(timeout=120)
    stored = len(_stored_ids(store))
    assert 2 <= stored < ARTICLES, "the run finished before it could be stopped"
    return store, command, process


def _hear_sigint() -> None:
    """A suite started in the background by a shell inherits SIGINT ignored, as would the run
    under test; give it the default disposition so that Python raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _protest_story(number: int) -> tuple[str, str, str, str]:
    city = ["Tbilisi", "Yerevan", "Belgrade", "Bratislava"][number % 4]
    crowd = 1000 + 250 * number
    day = number % 28 + 1
    return (
        f"Police detain protesters in {city} as crowds swell to {crowd}",
        f"2024-04-{day:02d}",
        "Reuters",
        f"{city.upper()}, April {day} (Reuters) - Riot police detained {number + 3} "
        f"people on Monday as about {crowd} demonstrators marched on parliament in {city} "
        "to protest against a bill on foreign funding of civic groups.\n\n"
        "The interior ministry said officers had acted after protesters threw bottles. "
        "Opposition leaders accused the government of using force against peaceful crowds.",
    )


def _wait_for_articles(store: Path, *, at_least: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"ingest ended before it could be killed: {process.stderr.read()}")
        if len(_stored_ids(store)) >= at_least:
            return
        time.sleep(0.05)
    pytest.fail("no batch was committed within 3 minutes")


def _stored_ids(store: Path) -> list[str]:
    try:
        with duckdb.connect(str(store), read_only=True) as con:
            return [row[0] for row in con.execute("SELECT id FROM articles").fetchall()]
    except duckdb.Error:  # not created yet, or the writer is committing
        return []
