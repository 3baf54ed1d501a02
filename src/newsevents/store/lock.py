"""The writer's lock: one process at a time may write a store.

DuckDB itself lets one process open a file for writing, but the writer holds the file only
while it commits a batch, so that readers (``query``, the web server) get in between. The
lock beside the store, ``STORE.lock``, is held for the whole run; the kernel drops it when
the process dies, even by SIGKILL, so a killed run leaves no stale lock behind. (POSIX
``flock``: Linux and macOS.)

Example:
    >>> with writer_lock(Path("events.duckdb")):  # doctest: +SKIP
    ...     ...  # code and commit
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from ..errors import Errors, StoreLockedError


def lock_path(store: Path) -> Path:
    """The lock file of ``store``: events.duckdb -> events.duckdb.lock."""
    return store.with_name(store.name + ".lock")


@contextmanager
def writer_lock(store: Path) -> Iterator[None]:
    """Hold the writer lock of ``store``; raise StoreLockedError naming the holder's PID."""
    path = lock_path(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            pid, _, since = handle.read().partition("\n")
            since = since.strip() or "an unknown time"
            message = Errors.E701.format(pid=pid or "?", since=since)
            raise StoreLockedError(message, path=store) from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n{datetime.now().isoformat(timespec='seconds')}\n")
        handle.flush()
        try:
            yield
        finally:
            handle.truncate(0)
            fcntl.flock(handle, fcntl.LOCK_UN)
