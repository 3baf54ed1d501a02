"""Code inputs on a Dask cluster: plan parts, code each on a worker into Parquet, merge.

The input is cut into parts: runs of ``files_each`` files, and slices of ``records_each``
records of each web archive (a CC-NEWS file holds some 40 000). A worker codes a part with
the spaCy pipeline it loaded for its first part, and writes the rows as Parquet
(``store.parts``). When every part is in, the driver merges them into the store in one
transaction, which gives the store an ingest on one machine would give.

A worker lost mid-run costs only the parts it held: the scheduler hands them to another
worker, and a part is read only once its report is written, so nothing is lost or
counted twice. A part name carries a fingerprint of what it reads (paths, sizes, times,
settings), so a run started again skips the parts already coded.

Example:
    >>> summary = ingest_on_cluster(["crawl/"], store=Path("events.duckdb"),
    ...                             scheduler="tcp://10.0.0.5:8786")  # doctest: +SKIP
    >>> summary.run.coded  # doctest: +SKIP
    39412
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, as_completed

from ..coder import Coder
from ..errors import Errors, InputError, SkippedInput
from ..ingest import STDIN_SOURCE, expand_inputs, read_inputs
from ..ingest.fetch import is_url
from ..ingest.warc import WarcSlice, is_warc, plan_slices, read_warc
from ..records import Article, CodedArticle
from ..settings import Settings
from ..store import IngestSummary, Store
from ..store.parts import PART_TABLES, REPORTS, done_parts, write_part
from ..store.rows import Row, article_rows, content_hash, error_row
from ..store.writer import StoreWriter
from .local import RunSummary, code_items

FILES_EACH = 20
RECORDS_EACH = 1000
# A part whose worker dies is given to another this many times, then reported failed.
PART_RETRIES = 2


@dataclass(frozen=True)
class Part:
    """A slice of the input that one worker codes: some files, or records of an archive."""

    number: int
    name: str
    files: tuple[str, ...] = ()
    warc: WarcSlice | None = None

    @property
    def label(self) -> str:
        """What the part reads, for messages."""
        if self.warc is not None:
            return f"{self.warc.path} from record {self.warc.first}"
        more = f" and {len(self.files) - 1} more" if len(self.files) > 1 else ""
        return f"{self.files[0]}{more}"


def plan_parts(
    inputs: Iterable[str | Path],
    *,
    settings: Settings,
    published: str | None = None,
    files_each: int = FILES_EACH,
    records_each: int = RECORDS_EACH,
) -> tuple[list[Part], list[InputError]]:
    """The parts of ``inputs``, in input order, and the inputs that cannot be planned.

    Example:
        >>> parts, errors = plan_parts(["examples/"], settings=Settings.load(), files_each=8)
        >>> [len(part.files) for part in parts], errors
        ([8, 8, 3], [])
    """
    pieces: list[tuple[str, ...] | WarcSlice] = []
    errors: list[InputError] = []
    files: list[str] = []

    def flush() -> None:
        pieces.extend(tuple(files[i : i + files_each]) for i in range(0, len(files), files_each))
        files.clear()

    for source in expand_inputs(inputs):
        if isinstance(source, InputError):
            errors.append(source)
        elif source == STDIN_SOURCE:
            errors.append(InputError(Errors.E119.format(), source=source))
        elif is_warc(source) and not is_url(source):
            flush()
            try:
                pieces.extend(plan_slices(source, records_each=records_each))
            except InputError as err:
                errors.append(err)
        else:
            files.append(source if is_url(source) else os.path.abspath(source))
    flush()
    base = _fingerprint(dataclasses.asdict(settings), published)
    parts = []
    for number, piece in enumerate(pieces, start=1):
        if isinstance(piece, WarcSlice):
            piece = dataclasses.replace(piece, path=os.path.abspath(piece.path))
            key = _fingerprint(base, dataclasses.asdict(piece), _stat(piece.path))
            parts.append(Part(number, f"part-{number:05d}-{key}", warc=piece))
        else:
            key = _fingerprint(base, [(path, _stat(path)) for path in piece])
            parts.append(Part(number, f"part-{number:05d}-{key}", files=piece))
    return parts, errors


def ingest_on_cluster(
    inputs: Iterable[str | Path],
    *,
    store: Path | None = None,
    parquet: Path | None = None,
    scheduler: str | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
    published: str | None = None,
    files_each: int = FILES_EACH,
    records_each: int = RECORDS_EACH,
    on_problem: Callable[[InputError], None] | None = None,
    on_part: Callable[[dict[str, Any]], None] | None = None,
) -> IngestSummary:
    """Code ``inputs`` on the Dask cluster at ``scheduler`` (None: a LocalCluster of
    ``workers`` processes here) into ``store``, keeping the parts' Parquet in ``parquet``
    when given; one of the two is needed. Inputs, settings files and ``parquet`` must be
    at paths every worker can read and write.

    Raises:
        StoreLockedError: another process is writing the store.
    """
    settings = dataclasses.replace(settings or Settings.load(), n_process=1)
    summary = RunSummary()

    def problem(error: InputError) -> None:
        summary.record(error)
        if writer is not None:
            writer.record_problem(error)
        if on_problem is not None:
            on_problem(error)

    parts, unplanned = plan_parts(
        inputs,
        settings=settings,
        published=published,
        files_each=files_each,
        records_each=records_each,
    )
    directory = (parquet or _parts_beside(store)).resolve()
    writer: StoreWriter | None = None
    with ExitStack() as stack:
        writer = (
            stack.enter_context(StoreWriter.open(store, model=settings.model)) if store else None
        )
        for error in unplanned:
            problem(error)
        client = stack.enter_context(_client(scheduler, workers))
        earlier = done_parts(directory)
        client.wait_for_workers(1)
        # the store's content hashes go to each worker once, not with every part
        (known,) = client.scatter([frozenset(writer.known if writer else ())], broadcast=True)
        # a part an earlier run coded is resumed, not coded again
        futures = {
            client.submit(
                code_part,
                part,
                str(directory),
                settings,
                published,
                known,
                key=f"newsevents-{part.name}",
                retries=PART_RETRIES,
            ): part
            for part in parts
            if part.name not in earlier
        }
        for future in as_completed(futures):
            part = futures[future]
            try:
                report = future.result()
            except Exception as err:  # its workers kept dying, or it failed PART_RETRIES + 1 times
                reason = Errors.E130.format(part=part.name, type=type(err).__name__, reason=err)
                problem(InputError(reason, source=part.label))
                continue
            summary.coded += report["coded"]
            for source, message, skipped in report["problems"]:
                error = (SkippedInput if skipped else InputError)(message, source=source)
                summary.record(error)
                if on_problem is not None:
                    on_problem(error)
            if on_part is not None:
                on_part(report)
        planned = {part.name for part in parts}
        reports = {name: r for name, r in done_parts(directory).items() if name in planned}
        if writer is not None:
            writer.merge_parts(directory, reports)
            summary.coded = writer.committed  # less what another part held too
    if store is not None and parquet is None and len(reports) == len(parts):
        shutil.rmtree(directory, ignore_errors=True)
    if store is None:
        totals = {table: sum(r["rows"][table] for r in reports.values()) for table in PART_TABLES}
        return IngestSummary(run=summary, unchanged=0, totals=totals, holder=str(directory))
    assert writer is not None
    return IngestSummary(run=summary, unchanged=writer.unchanged, totals=Store(store).totals())


def code_part(
    part: Part,
    directory: str,
    settings: Settings,
    published: str | None,
    known: frozenset[str],
) -> dict[str, Any]:
    """Code one part on a worker and write it under ``directory``; return its report.

    A part already written (by this run's lost worker, or by an earlier run) is not coded
    again. Articles whose content hash is in ``known`` (the store's) are counted, not coded.
    """
    done = Path(directory) / REPORTS / f"{part.name}.json"
    if done.exists():
        return dict(json.loads(done.read_text("utf-8")))
    rows = _PartRows(part.number)
    unchanged, seen = 0, set()

    def is_new(article: Article) -> bool:
        nonlocal unchanged
        digest = content_hash(article.text)
        if digest in known or digest in seen:
            unchanged += 1
            return False
        seen.add(digest)
        return True

    if part.warc is not None:
        warc = part.warc
        items: Iterable[Article | InputError] = read_warc(
            warc.path,
            settings=settings,
            published=published,
            offset=warc.offset,
            count=warc.count,
            first=warc.first,
        )
    else:
        items = read_inputs(part.files, settings=settings, published=published)
    run = code_items(
        items, writer=rows, coder=worker_coder(settings), accept=is_new, on_problem=rows.problem
    )
    report = {
        "part": part.name,
        "coded": run.coded,
        "unchanged": unchanged,
        "problems": [
            (error.source, error.message, isinstance(error, SkippedInput))
            for error in run.skipped + run.failed
        ],
        "rows": {table: len(rows.tables.get(table, [])) for table in PART_TABLES},
    }
    write_part(Path(directory), part.name, rows.tables, report)
    return report


_CODERS: dict[Settings, Coder] = {}
_CODERS_LOCK = threading.Lock()


def worker_coder(settings: Settings) -> Coder:
    """The Coder of this worker process for ``settings``, loaded for its first part only.

    It lives in this importable module, not in the task: a task's globals travel by value
    and would load the spaCy pipeline again for every part.
    """
    with _CODERS_LOCK:
        if settings not in _CODERS:
            _CODERS[settings] = Coder(settings=settings)
        return _CODERS[settings]


class _PartRows:
    """Collects a part's rows, each placed by ``_part`` and ``_seq`` in the input order."""

    def __init__(self, part: int) -> None:
        self.tables: dict[str, list[Row]] = {}
        self.part = part
        self.position = 0

    def write(self, coded: CodedArticle) -> None:
        self.position += 1
        for table, table_rows in article_rows(coded, run_id=None).items():
            self._add(table, table_rows)

    def problem(self, error: InputError) -> None:
        self._add("errors", [error_row(error, run_id=None)])

    def _add(self, table: str, table_rows: list[Row]) -> None:
        order = {"_part": self.part, "_seq": self.position}
        self.tables.setdefault(table, []).extend({**row, **order} for row in table_rows)


@contextmanager
def _client(scheduler: str | None, workers: int | None) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, else of a LocalCluster started here."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",  # any free port: another cluster may hold 8787
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _parts_beside(store: Path | None) -> Path:
    """Where a run that keeps no Parquet puts its parts until the merge: STORE.parts."""
    if store is None:
        raise ValueError("give a store, a Parquet folder, or both")
    return store.with_name(store.name + ".parts")


def _stat(path: str) -> tuple[int, int] | None:
    """(size, mtime in ns) of a local file, so that a changed file makes a new part."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns


def _fingerprint(*values: object) -> str:
    return hashlib.sha1(json.dumps(values, default=str).encode("utf-8")).hexdigest()[:10]
