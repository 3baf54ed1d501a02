"""`newsevents watch` as a user runs it: once in process (CliRunner), and until Ctrl-C as
the installed command."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
from pathlib import Path

from typer.testing import CliRunner

from newsevents.cli import app
from newsevents.store import Store

from .conftest import NewsSite

# short waits, so that the slow page and the failing feed cost a second, not minutes
QUICK = "fetch_timeout = 0.5\nfetch_retries = 2\nhost_interval = 0\n"


def _watch(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["watch", *args])
    return result.exit_code, result.stderr


def _config(tmp_path: Path) -> str:
    path = tmp_path / "quick.toml"
    path.write_text(QUICK, encoding="utf-8")
    return str(path)


def test_cli_watch_once_stores_articles_reports_errors_and_then_fetches_nothing_again(
    news_site: NewsSite, tmp_path: Path
) -> None:
    feeds, store = news_site.feed_list(tmp_path), tmp_path / "events.duckdb"
    options = [str(feeds), "--store", str(store), "--once", "--config", _config(tmp_path)]

    code, stderr = _watch(*options)

    assert code == 0
    assert f"error: {news_site.url}/feeds/down.rss: [E108] could not be fetched (HTTP 500" in stderr
    assert f"skipped: {news_site.page_url('leaked-cable')}: [E123]" in stderr
    assert f"error: {news_site.page_url('slow-story')}: [E108]" in stderr
    assert "cycle 1: 5 feeds polled (0 not modified, 2 failed); 7 new pages: 5 coded" in stderr
    assert Store(store).totals()["articles"] == 5

    pages_before = len([path for path in news_site.paths() if path.startswith("/news/")])
    code, stderr = _watch(*options)

    assert code == 0
    assert "5 feeds polled (2 not modified, 2 failed); 1 new pages: 0 coded" in stderr
    pages = [path for path in news_site.paths() if path.startswith("/news/")]
    assert pages[pages_before:] == ["/news/slow-story"]  # only the page that timed out
    assert Store(store).totals()["articles"] == 5


def test_cli_watch_once_fails_when_every_feed_fails(news_site: NewsSite, tmp_path: Path) -> None:
    feeds = news_site.feed_list(tmp_path, ["garbage.xml", "down.rss"])
    store = str(tmp_path / "events.duckdb")

    code, stderr = _watch(str(feeds), "--store", store, "--once", "--config", _config(tmp_path))

    assert code == 1
    assert stderr.strip().splitlines()[-1].startswith("error: [E126] every feed failed")


def test_cli_watch_refuses_a_bad_duration(tmp_path: Path) -> None:
    code, stderr = _watch("feeds.txt", "--store", str(tmp_path / "s.duckdb"), "--every", "soon")

    assert code == 2
    assert stderr.strip() == (
        "error: --every: [E125] 'soon' is not a duration; give seconds, minutes or hours, "
        "such as 90s, 15m or 1h."
    )


def test_cli_watch_names_the_bad_line_of_the_feed_list(tmp_path: Path) -> None:
    feeds = tmp_path / "feeds.txt"
    feeds.write_text("# wires\nhttps://news.example/world.rss\nnews.example/europe\n", "utf-8")

    code, stderr = _watch(str(feeds), "--store", str(tmp_path / "s.duckdb"), "--once")

    assert code == 2
    assert len(stderr.strip().splitlines()) == 1
    assert f"{feeds}: line 3: 'news.example/europe' is not a feed URL" in stderr
    assert not (tmp_path / "s.duckdb").exists()


def test_cli_watch_runs_until_ctrl_c_then_prints_the_totals(
    news_site: NewsSite, tmp_path: Path
) -> None:
    feeds = news_site.feed_list(tmp_path, ["europe.atom"])
    command = [sys.executable, "-m", "newsevents", "watch", str(feeds)]
    command += ["--store", str(tmp_path / "events.duckdb"), "--every", "1h"]
    command += ["--config", _config(tmp_path)]
    process = subprocess.Popen(
        command,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as tests/store do
    )
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith("newsevents: cycle 1:"):
                break
        process.send_signal(signal.SIGINT)
        rest = process.stderr.read()
        code = process.wait()
    finally:
        watchdog.cancel()

    assert code == 0
    assert "newsevents: stopped after 1 cycles; in all 1 feeds polled" in rest
    assert "2 new pages: 2 coded" in rest
