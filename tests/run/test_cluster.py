"""The Dask engine: the same store as the local engine, one model per worker, Parquet kept
and resumed, and a worker killed mid-run losing and duplicating nothing."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from distributed import Client, LocalCluster

from newsevents import Store
from newsevents.run import cluster
from newsevents.run.cluster import ingest_on_cluster, plan_parts
from newsevents.settings import Settings
from tests.archives import example_pages, not_articles, write_warc

pytestmark = pytest.mark.issue(10)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
# Every table, less what says when and in which run a row was written.
COMPARED = {
    "articles": "* EXCLUDE (run_id, coded_at)",
    "actors": "*",
    "events": "*",
    "quotes": "*",
    "places": "*",
    "event_clusters": "*",
    "errors": "* EXCLUDE (run_id, logged_at)",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The bundled examples and a crawl of their HTML pages with what else a crawl holds:
    some articles come twice, under two names."""
    folder = tmp_path_factory.mktemp("corpus")
    archive = write_warc(folder / "crawl.warc.gz", example_pages() + not_articles())
    return [str(EXAMPLES), str(archive)]


@pytest.fixture(scope="module")
def local_store(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "local.duckdb"
    Store(path).ingest(corpus)
    return path


@pytest.fixture(scope="module")
def dask_cluster() -> Iterator[LocalCluster]:
    """Two worker processes, as a cluster someone else started."""
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    ) as running:
        yield running


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            table: con.sql(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall()
            for table, columns in COMPARED.items()
        }


def test_parts_follow_the_input_order() -> None:
    parts, errors = plan_parts([EXAMPLES], settings=Settings.load(), files_each=8)
    files = sorted(str(path) for path in EXAMPLES.iterdir() if path.suffix in {".txt", ".html"})
    assert [file for part in parts for file in part.files] == files
    assert [len(part.files) for part in parts] == [8, 8]
    assert not errors


def test_standard_input_cannot_be_split(tmp_path: Path) -> None:
    _parts, errors = plan_parts(["-", tmp_path / "gone.txt"], settings=Settings.load())
    assert [error.message[:6] for error in errors] == ["[E119]", "[E109]"]


def test_the_same_store_as_the_local_engine(
    corpus: list[str], local_store: Path, tmp_path: Path
) -> None:
    store = tmp_path / "dask.duckdb"
    summary = ingest_on_cluster(corpus, store=store, workers=2, files_each=3, records_each=4)
    assert table_rows(store) == table_rows(local_store)
    local = Store(local_store).status()["last_run"]
    run = Store(store).status()["last_run"]
    for count in ("coded", "unchanged", "skipped", "failed"):
        assert run[count] == local[count], count
    assert summary.run.coded == local["coded"] == 16
    assert summary.unchanged == 3  # the crawl's copies of the three HTML examples
    assert not store.with_name("dask.duckdb.parts").exists()


def test_the_model_loads_once_per_worker(dask_cluster: LocalCluster, tmp_path: Path) -> None:
    ingest_on_cluster(
        [EXAMPLES],
        parquet=tmp_path / "parts",
        scheduler=dask_cluster.scheduler_address,
        files_each=2,
    )
    with Client(dask_cluster) as client:
        loaded = client.run(lambda: [id(coder) for coder in cluster._CODERS.values()])
    assert len(loaded) == 2 and all(len(ids) == 1 for ids in loaded.values())


def test_parquet_is_kept_and_a_second_run_resumes(tmp_path: Path) -> None:
    parts = tmp_path / "parts"
    first = ingest_on_cluster([EXAMPLES], parquet=parts, workers=1, files_each=5)
    assert first.run.coded == 16 and first.totals["articles"] == 16
    events = duckdb.sql(f"SELECT count(*) FROM read_parquet('{parts}/events/*.parquet')")
    assert events.fetchall()[0][0] == first.totals["events"] > 100
    written = {path: path.stat().st_mtime_ns for path in parts.rglob("*.parquet")}
    again = ingest_on_cluster([EXAMPLES], parquet=parts, workers=1, files_each=5)
    assert again.run.coded == 0 and again.totals == first.totals
    assert {path: path.stat().st_mtime_ns for path in parts.rglob("*.parquet")} == written
    # and the kept parts go into a store without coding anything again
    store = tmp_path / "events.duckdb"
    merged = ingest_on_cluster([EXAMPLES], store=store, parquet=parts, workers=1, files_each=5)
    assert merged.run.coded == 16 and Store(store).totals()["events"] == first.totals["events"]


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    dask_cluster: LocalCluster, corpus: list[str], local_store: Path, tmp_path: Path
) -> None:
    store, parts = tmp_path / "events.duckdb", tmp_path / "parts"
    with Client(dask_cluster) as client:
        pids = client.run(os.getpid)
    killed: list[int] = []

    def kill_a_worker_once_parts_arrive() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            if list((parts / "_parts").glob("*.json")):
                pid = next(iter(pids.values()))
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_a_worker_once_parts_arrive)
    killer.start()
    summary = ingest_on_cluster(
        corpus,
        store=store,
        parquet=parts,
        scheduler=dask_cluster.scheduler_address,
        files_each=1,
        records_each=2,
    )
    killer.join()
    assert killed, "no worker was killed"
    with Client(dask_cluster) as client:
        assert killed[0] not in client.run(os.getpid).values()  # a new worker took its place
    assert not summary.run.failed
    assert table_rows(store) == table_rows(local_store)


def test_the_command_line_runs_a_local_cluster(tmp_path: Path) -> None:
    store = tmp_path / "events.duckdb"
    args = ["ingest", str(EXAMPLES / "arrest_navalny.txt"), "--store", str(store)]
    done = subprocess.run(
        [sys.executable, "-m", "newsevents", *args, "--engine", "dask", "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "coded 1," in done.stderr
    assert Store(store).totals()["articles"] == 1
    refused = subprocess.run(
        [sys.executable, "-m", "newsevents", *args, "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert "--workers: only with --engine dask" in refused.stderr
