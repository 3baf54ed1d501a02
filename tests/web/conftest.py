"""A store built from the bundled examples, the application over it, and a real server."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from fastapi.testclient import TestClient

import newsevents
from newsevents.store import Store
from newsevents.web import create_app

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def examples_store(tmp_path_factory: pytest.TempPathFactory, coder: newsevents.Coder) -> Store:
    """The bundled examples ingested once; the web tests only read it."""
    store = Store(tmp_path_factory.mktemp("web") / "events.duckdb")
    store.ingest([str(EXAMPLES)], coder=coder)
    return store


@pytest.fixture(scope="module")
def client(examples_store: Store, coder: newsevents.Coder) -> TestClient:
    return TestClient(create_app(examples_store.path, coder=coder, max_chars=20_000))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(store: Path, coder: newsevents.Coder) -> Iterator[str]:
    """Run uvicorn over ``store`` in a thread; yield its address; stop it after."""
    config = uvicorn.Config(
        create_app(store, coder=coder), host="127.0.0.1", port=free_port(), log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{config.port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(examples_store: Store, coder: newsevents.Coder) -> Iterator[str]:
    """The dashboard over the examples' store, served on a free port of 127.0.0.1."""
    with serving(examples_store.path, coder) as address:
        yield address
