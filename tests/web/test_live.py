"""The dashboard keeps answering while `ingest` writes the same store: every request
succeeds, and the counts it serves grow as the writer commits."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from newsevents.store import Store

from .conftest import EXAMPLES, serving

pytestmark = pytest.mark.issue(9)


def test_reads_go_on_while_ingest_writes(tmp_path: Path, coder):
    store = Store(tmp_path / "live.duckdb")
    first = sorted(EXAMPLES.glob("*.txt"))[:2]
    store.ingest([str(path) for path in first], coder=coder)

    statuses: list[int] = []
    seen: list[int] = []
    with (
        serving(store.path, coder) as address,
        httpx.Client(base_url=address, timeout=60) as client,
    ):
        writer = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "newsevents",
                "ingest",
                str(EXAMPLES),
                "--store",
                str(store.path),
                "--commit-every",
                "1",
            ],  # fmt: skip
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        while writer.poll() is None:
            for url in ("/api/stats", "/api/events?limit=5", "/"):
                response = client.get(url)
                statuses.append(response.status_code)
                if url == "/api/stats" and response.status_code == 200:
                    seen.append(response.json()["totals"]["articles"])
            time.sleep(0.05)
        final = client.get("/api/stats").json()["totals"]
    _, errors = writer.communicate()
    assert writer.returncode == 0, errors

    assert set(statuses) == {200}, f"{len(statuses)} requests, statuses {set(statuses)}"
    assert seen == sorted(seen), "the article count went down"
    assert len(set(seen)) >= 3, f"the counts the server saw never grew: {sorted(set(seen))}"
    assert final == store.totals()
    assert final["articles"] == len(list(EXAMPLES.glob("*.txt")) + list(EXAMPLES.glob("*.html")))
