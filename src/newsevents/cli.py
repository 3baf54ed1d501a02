"""The ``newsevents`` command: thin wrappers that check arguments and call the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import pyarrow as pa
import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from .coder import Coder
from .errors import (
    DataFileError,
    Errors,
    InputError,
    ModelNotFoundError,
    SkippedInput,
    StoreError,
)
from .evaluate import TASKS, detect_task, evaluate
from .evaluate.report import render_report
from .feeds import Watcher, WatchReport, parse_every, read_feed_list
from .output import FORMATS, ROW_FORMATS, format_for_path, open_writer, write_all, write_rows
from .records import CodedArticle
from .run.local import RunSummary, code_inputs
from .settings import Settings, setting_help
from .store import EXPORT_FORMATS, Store
from .store.queries import DYAD_KEYS, PERIODS
from .store.writer import COMMIT_EVERY
from .when import parse_iso_date

EXIT_USAGE = 2
ENGINES = ("local", "dask")
EXIT_STORE = 4
EXIT_INTERRUPTED = 130  # as a shell reports a process stopped by SIGINT
# Show a progress bar once this many articles are coded (and stderr is a terminal).
PROGRESS_AFTER = 3

app = typer.Typer(
    help="Turn news articles into political event data: who did what to whom, when and where, "
    "and who said what.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
stderr = Console(stderr=True, highlight=False, soft_wrap=True)
_HELP = setting_help()

Format = Annotated[
    str | None,
    typer.Option(
        "--format",
        "-f",
        help=f"Output format: {', '.join(FORMATS)} (default: from the -o suffix, else jsonl).",
    ),
]


Published = Annotated[
    str | None,
    typer.Option(
        help="Publication date (YYYY-MM-DD) of the articles; wins over dateline and metadata."
    ),
]
Model = Annotated[str | None, typer.Option(help=_HELP["model"])]
MaxBytes = Annotated[int | None, typer.Option(help=_HELP["max_bytes"])]
BatchSize = Annotated[int | None, typer.Option(help=_HELP["batch_size"])]
NProcess = Annotated[int | None, typer.Option(help=_HELP["n_process"])]
ActorsFile = Annotated[str | None, typer.Option(help=_HELP["actors"])]
VerbsFile = Annotated[str | None, typer.Option(help=_HELP["verbs"])]
OneSided = Annotated[bool | None, typer.Option("--one-sided/--dyadic", help=_HELP["one_sided"])]
Config = Annotated[
    Path | None,
    typer.Option(help="A settings file (TOML) over the defaults; also NEWSEVENTS_CONFIG."),
]
Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Articles: .txt, .html, .json/.jsonl records, directories, - for stdin, URLs.",
        show_default=False,
    ),
]
StorePath = Annotated[
    Path, typer.Option("--store", "-s", help="The store: a DuckDB file.", show_default=False)
]
RowFormat = Annotated[
    str, typer.Option("--format", "-f", help=f"Output format: {', '.join(ROW_FORMATS)}.")
]


def _version(value: bool) -> None:
    if value:
        print(f"newsevents {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Turn news articles into political event data.

    Example: newsevents code examples/ --format table
    """


@app.command("code")
def code_cli(
    inputs: Inputs,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here, not to stdout.")
    ] = None,
    fmt: Format = None,
    published: Published = None,
    model: Model = None,
    max_bytes: MaxBytes = None,
    batch_size: BatchSize = None,
    n_process: NProcess = None,
    actors: ActorsFile = None,
    verbs: VerbsFile = None,
    one_sided: OneSided = None,
    config: Config = None,
) -> None:
    """Code news articles into events, quotes, actors and places, one JSON object per article.

    Example: newsevents code examples/ -o coded.jsonl
    """
    fmt = fmt or format_for_path(out.name if out else None)
    _check_choice("--format", fmt, FORMATS)
    settings = _coding_settings(
        config,
        published,
        model=model,
        max_bytes=max_bytes,
        batch_size=batch_size,
        n_process=n_process,
        actors=actors,
        verbs=verbs,
        one_sided=one_sided,
    )
    with _run_errors():
        summary = _run_code(inputs, out=out, fmt=fmt, settings=settings, published=published)
    stderr.print(f"newsevents: {summary}", style="dim" if not summary.failed else "bold")
    raise typer.Exit(summary.exit_code)


@app.command("ingest")
def ingest_cli(
    inputs: Inputs,
    store: Annotated[
        Path | None,
        typer.Option("--store", "-s", help="The store: a DuckDB file.", show_default=False),
    ] = None,
    published: Published = None,
    model: Model = None,
    max_bytes: MaxBytes = None,
    batch_size: BatchSize = None,
    n_process: NProcess = None,
    actors: ActorsFile = None,
    verbs: VerbsFile = None,
    one_sided: OneSided = None,
    config: Config = None,
    commit_every: Annotated[
        int, typer.Option(help="Articles per transaction: at most what a killed run loses.")
    ] = COMMIT_EVERY,
    engine: Annotated[str, typer.Option(help=f"Where to code: {' or '.join(ENGINES)}.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask: the scheduler's address (default: a LocalCluster here)."),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(help="Dask: worker processes of the LocalCluster (default: cores)."),
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(help="Dask: keep the coded parts as Parquet in this folder (resumable)."),
    ] = None,
) -> None:
    """Code articles into a store, skipping those it already holds; resumable.

    Example: newsevents ingest examples/ --store events.duckdb --n-process 2

    Example: newsevents ingest crawl/*.warc.gz --store events.duckdb --engine dask --scheduler tcp://10.0.0.5:8786
    """
    _check_choice("--engine", engine, ENGINES)
    cluster_only = {"--scheduler": scheduler, "--workers": workers, "--parquet": parquet}
    if engine == "local" and (given := [name for name, value in cluster_only.items() if value]):
        _fail(f"{', '.join(given)}: only with --engine dask.", code=EXIT_USAGE)
    if store is None and parquet is None:
        _fail(
            "give the store to write with --store (or, with --engine dask, --parquet).",
            code=EXIT_USAGE,
        )
    settings = _coding_settings(
        config,
        published,
        model=model,
        max_bytes=max_bytes,
        batch_size=batch_size,
        n_process=n_process,
        actors=actors,
        verbs=verbs,
        one_sided=one_sided,
    )
    with _run_errors(), _interrupt_note(), ExitStack() as stack:
        advance = _progress_callback(stack, "coded {task.completed:.0f} new articles")
        if engine == "dask":
            from .run.cluster import ingest_on_cluster  # dask.distributed takes 0.4 s to import

            summary = ingest_on_cluster(
                inputs,
                store=store,
                parquet=parquet,
                scheduler=scheduler,
                workers=workers,
                settings=settings,
                published=published,
                on_problem=_report_problem,
                on_part=lambda report: advance(report["coded"]),
            )
        else:
            assert store is not None
            summary = Store(store).ingest(
                inputs,
                settings=settings,
                published=published,
                commit_every=max(commit_every, 1),
                on_problem=_report_problem,
                on_coded=lambda _coded: advance(1),
            )
    stderr.print(f"newsevents: {summary}", style="dim" if not summary.run.failed else "bold")
    raise typer.Exit(summary.exit_code)


@app.command("watch")
def watch_cli(
    feeds: Annotated[
        Path,
        typer.Argument(
            help="A text file of RSS or Atom feed URLs, one a line; # starts a comment.",
            show_default=False,
        ),
    ],
    store: StorePath,
    every: Annotated[
        str, typer.Option(help="From the start of one poll to the next: 90s, 15m, 1h.")
    ] = "15m",
    once: Annotated[
        bool, typer.Option("--once", help="Poll once, store what is new, and exit.")
    ] = False,
    model: Model = None,
    max_bytes: MaxBytes = None,
    batch_size: BatchSize = None,
    actors: ActorsFile = None,
    verbs: VerbsFile = None,
    one_sided: OneSided = None,
    config: Config = None,
) -> None:
    """Poll feeds, fetch their new articles politely and code them into a store, until Ctrl-C.

    Example: newsevents watch feeds.txt --store events.duckdb --every 15m
    """
    try:
        interval = parse_every(every)
    except ValueError as err:
        _fail(f"--every: {err}", code=EXIT_USAGE)
    settings = _settings(
        config,
        model=model,
        max_bytes=max_bytes,
        batch_size=batch_size,
        actors=actors,
        verbs=verbs,
        one_sided=one_sided,
    )
    with _run_errors():
        urls = read_feed_list(feeds)
        watcher = Watcher(urls, store, coder=Coder(settings=settings), on_problem=_report_problem)
        try:
            last = watcher.run(
                every=interval, once=once, on_cycle=lambda report: _report_cycle(watcher, report)
            )
        except KeyboardInterrupt:
            totals = watcher.totals
            stderr.print(f"newsevents: stopped after {totals.cycles} cycles; in all {totals}")
            raise typer.Exit(0) from None
    if last.store_errors:
        raise typer.Exit(EXIT_STORE)
    if last.all_feeds_failed:
        _fail(Errors.E126, code=1)


@app.command("export")
def export_cli(
    store: StorePath,
    fmt: Annotated[
        str,
        typer.Option("--format", "-f", help=f"One of {', '.join(EXPORT_FORMATS)}."),
    ] = "parquet",
    out: Annotated[Path, typer.Option("--out", "-o", help="The folder to write into.")] = Path(
        "export"
    ),
) -> None:
    """Export a store: Parquet by month, JSON Lines, CSV, GDELT 2.0 or PLOVER records.

    Example: newsevents export --store events.duckdb --format gdelt -o out/
    """
    _check_choice("--format", fmt, EXPORT_FORMATS)
    with _run_errors():
        written = Store(store).export(out, fmt)
    for path in written:
        stderr.print(f"wrote {path}", style="dim", markup=False)


query_app = typer.Typer(
    help="The everyday analyses over a store: dyads, time series, events, quotations.",
    no_args_is_help=True,
)
app.add_typer(query_app, name="query")
Since = Annotated[str | None, typer.Option(help="From this day on (YYYY-MM-DD).")]
Until = Annotated[str | None, typer.Option(help="Up to this day (YYYY-MM-DD).")]
Limit = Annotated[int, typer.Option(help="At most this many rows.")]
Cameo = Annotated[
    str | None, typer.Option(help="Only this CAMEO root (19) or code (193) and codes under it.")
]


@query_app.command("dyads")
def dyads_cli(
    store: StorePath,
    by: Annotated[str, typer.Option(help=f"Pair {' or '.join(DYAD_KEYS)}.")] = "country",
    cameo: Cameo = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
    fmt: RowFormat = "table",
) -> None:
    """The source-target pairs with the most events.

    Example: newsevents query dyads --store events.duckdb --by actor --cameo 19
    """
    _check_choice("--by", by, DYAD_KEYS)
    _print_query(store, "dyads", fmt, by=by, cameo=cameo, since=since, until=until, limit=limit)


@query_app.command("series")
def series_cli(
    store: StorePath,
    source: Annotated[str | None, typer.Option(help="Source actor: code, country or name.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor: code, country or name.")] = None,
    every: Annotated[str, typer.Option(help=f"One of {', '.join(PERIODS)}.")] = "month",
    since: Since = None,
    until: Until = None,
    fmt: RowFormat = "table",
) -> None:
    """A dyad's events per period: count, mean Goldstein, cooperation and conflict.

    Example: newsevents query series --store events.duckdb --source RUS --target UKR --every week
    """
    _check_choice("--every", every, PERIODS)
    filters = {"source": source, "target": target, "every": every}
    _print_query(store, "series", fmt, **filters, since=since, until=until)


@query_app.command("events")
def events_cli(
    store: StorePath,
    actor: Annotated[
        str | None, typer.Option(help="On either side: code, country or name.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="An actor of this country (ISO3).")] = None,
    cameo: Cameo = None,
    text: Annotated[
        str | None, typer.Option(help="Words in the sentence or the actors' names.")
    ] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    fmt: RowFormat = "table",
) -> None:
    """Events by actor, country, code or words, newest first.

    Example: newsevents query events --store events.duckdb --country IRN --cameo 16
    """
    filters = {"actor": actor, "country": country, "cameo": cameo, "text": text, "limit": limit}
    _print_query(store, "events", fmt, **filters, since=since, until=until)


@query_app.command("quotes")
def quotes_cli(
    store: StorePath,
    speaker: Annotated[str | None, typer.Option(help="Said by: code, country or name.")] = None,
    about: Annotated[str | None, typer.Option(help="Naming this actor inside the quote.")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    fmt: RowFormat = "table",
) -> None:
    """Quotations by a speaker or about an actor, newest first.

    Example: newsevents query quotes --store events.duckdb --about "Vladimir Putin"
    """
    filters = {"speaker": speaker, "about": about, "limit": limit}
    _print_query(store, "quotes", fmt, **filters, since=since, until=until)


@app.command("sql")
def sql_cli(
    query: Annotated[str, typer.Argument(help="A SELECT over the store's tables.")],
    store: StorePath,
    fmt: RowFormat = "table",
) -> None:
    """Run SQL over a store (read-only); tables and columns are listed in README.

    Example: newsevents sql --store events.duckdb "SELECT root, count(*) FROM events GROUP BY 1"
    """
    _print_rows(lambda: Store(store).sql(query), fmt)


@app.command("serve")
def serve_cli(
    store: StorePath,
    host: Annotated[
        str, typer.Option(help="The address to listen on; 0.0.0.0 opens it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="The port to listen on.")] = 8000,
    max_text: Annotated[
        int | None,
        typer.Option(help="The longest article, in characters, that /api/code and /code take."),
    ] = None,
    model: Model = None,
    config: Config = None,
) -> None:
    """Serve the dashboard and the REST API over a store; the server only reads it.

    Example: newsevents serve --store events.duckdb   # then open http://127.0.0.1:8000/
    """
    import uvicorn

    from .web import create_app
    from .web.coding import MAX_CHARS

    settings = _settings(config, model=model)
    with _run_errors():
        web_app = create_app(store, settings=settings, max_chars=max_text or MAX_CHARS)
    stderr.print(f"serving {store} at http://{host}:{port}/ (API docs at /docs); Ctrl-C stops")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


@app.command("show")
def show_cli(
    coded_file: Annotated[Path, typer.Argument(help="A JSON Lines file written by `code`.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here, not to stdout.")
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}.")
    ] = "table",
) -> None:
    """Show coded articles from a JSON Lines file as a table (or convert them to csv, json).

    Example: newsevents show coded.jsonl
    """
    _check_choice("--format", fmt, FORMATS)
    try:
        lines = coded_file.read_text("utf-8").splitlines()
        articles = [CodedArticle.from_dict(json.loads(line)) for line in lines if line.strip()]
    except (OSError, ValueError, KeyError, TypeError) as err:
        _fail(f"{coded_file}: not a file of coded articles ({err})", code=EXIT_USAGE)
    with ExitStack() as stack:
        write_all(articles, fmt, _open_out(out, stack))


@app.command("evaluate")
def evaluate_cli(
    gold: Annotated[
        Path, typer.Option(help="Gold: a folder or file in any format newsevents reads.")
    ],
    coded: Annotated[
        Path | None,
        typer.Option(
            help="Score this JSONL from `newsevents code` instead of coding the gold texts."
        ),
    ] = None,
    task: Annotated[
        str | None,
        typer.Option(help=f"{', '.join(TASKS)} (default: from the gold)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Per-article missed and spurious events.")
    ] = False,
    limit: Annotated[int | None, typer.Option(help="Score only the first N gold items.")] = None,
    model: Annotated[str | None, typer.Option(help=_HELP["model"])] = None,
    actors: Annotated[str | None, typer.Option(help=_HELP["actors"])] = None,
    verbs: Annotated[str | None, typer.Option(help=_HELP["verbs"])] = None,
    one_sided: OneSided = None,
) -> None:
    """Score newsevents against gold annotations: events, quotes, or one stage.

    Example: newsevents evaluate --gold tests/gold --verbose
    """

    if task is not None:
        _check_choice("--task", task, TASKS)
    task = task or detect_task(gold)
    if task == "eventtypes" and one_sided is None:
        one_sided = True  # these sets judge what a text tells of, not between whom
    settings = _settings(None, model=model, actors=actors, verbs=verbs, one_sided=one_sided)
    try:
        coder = Coder(settings=settings) if coded is None and task != "extraction" else None
        report = evaluate(gold, task=task, coded=coded, coder=coder, limit=limit)
    except ModelNotFoundError as err:
        _fail(str(err), code=3)
    except (InputError, DataFileError) as err:
        _fail(str(err), code=EXIT_USAGE)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        render_report(report, Console(highlight=False), verbose=verbose)


def _run_code(
    inputs: list[str], *, out: Path | None, fmt: str, settings: Settings, published: str | None
) -> RunSummary:
    with ExitStack() as stack:
        stream = _open_out(out, stack)
        advance = _progress_callback(stack, "coded {task.completed:.0f} articles")
        writer = stack.enter_context(open_writer(fmt, stream))
        return code_inputs(
            inputs,
            writer=writer,
            settings=settings,
            published=published,
            on_problem=_report_problem,
            on_coded=lambda _coded: advance(1),
        )


def _report_problem(error: InputError) -> None:
    label = "skipped" if isinstance(error, SkippedInput) else "error"
    stderr.print(f"{label}: {error}", markup=False, highlight=False)


def _report_cycle(watcher: Watcher, report: WatchReport) -> None:
    """One line per watch cycle; the store's error, if it took nothing."""
    failed = report.feed_errors or report.failed or report.store_errors
    stderr.print(
        f"newsevents: cycle {watcher.totals.cycles}: {report}", style="bold" if failed else "dim"
    )
    if watcher.store_error:
        stderr.print(f"error: {watcher.store_error}", markup=False, highlight=False)


def _progress_callback(stack: ExitStack, label: str) -> Callable[[int], None]:
    """A callback that counts coded articles on a progress bar, shown on a terminal once
    a few are done."""
    if not stderr.is_terminal:
        return lambda _count: None
    progress = stack.enter_context(
        Progress(
            SpinnerColumn(),
            TextColumn(label),
            TimeElapsedColumn(),
            console=stderr,
            transient=True,
        )
    )
    task = progress.add_task("coding", total=None, visible=False)

    def advance(count: int) -> None:
        progress.advance(task, count)
        progress.update(task, visible=progress.tasks[0].completed >= PROGRESS_AFTER)

    return advance


@contextmanager
def _run_errors() -> Iterator[None]:
    """Turn the errors that stop a whole run into one line and an exit status."""
    try:
        yield
    except ModelNotFoundError as err:
        _fail(str(err), code=3)
    except DataFileError as err:
        _fail(str(err), code=EXIT_USAGE)
    except StoreError as err:
        _fail(str(err), code=EXIT_STORE)


@contextmanager
def _interrupt_note() -> Iterator[None]:
    """Ctrl-C during ``ingest``: the coded articles were committed on the way out; say so."""
    try:
        yield
    except KeyboardInterrupt:
        note = "interrupted; every article coded so far is stored: run the same command to go on"
        _fail(note, code=EXIT_INTERRUPTED)


def _print_query(
    store: Path, query: str, fmt: str, *, since: str | None, until: str | None, **filters: object
) -> None:
    """Check the dates, then print ``Store.<query>(...)``: dyads, series, events or quotes."""
    _check_dates(since, until)
    _print_rows(lambda: getattr(Store(store), query)(since=since, until=until, **filters), fmt)


def _print_rows(query: Callable[[], pa.Table], fmt: str) -> None:
    """Run ``query`` on the store and print its rows in ``fmt``."""
    _check_choice("--format", fmt, ROW_FORMATS)
    with _run_errors():
        rows = query()
    write_rows(rows, fmt, sys.stdout)


def _open_out(out: Path | None, stack: ExitStack) -> TextIO:
    if out is None:
        return sys.stdout
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return stack.enter_context(out.open("w", encoding="utf-8"))
    except OSError as err:
        _fail(f"{out}: cannot be written ({err.strerror or err})", code=EXIT_USAGE)


def _coding_settings(config: Path | None, published: str | None, **options: object) -> Settings:
    """The settings of a coding run (``code``, ``ingest``), once ``--published`` is checked."""
    if published is not None:
        _check_date(published)
    return _settings(config, **options)


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        return Settings.load(config, **overrides)
    except DataFileError as err:
        _fail(str(err), code=EXIT_USAGE)


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        _fail(f"{option} must be one of {', '.join(choices)}, not '{value}'", code=EXIT_USAGE)


def _check_date(value: str, option: str = "--published") -> None:
    try:
        parse_iso_date(value)
    except ValueError:
        _fail(f"{option}: '{value}' is not a date; give it as YYYY-MM-DD", code=EXIT_USAGE)


def _check_dates(since: str | None, until: str | None) -> None:
    """--since and --until, where given, are ISO dates."""
    for option, value in (("--since", since), ("--until", until)):
        if value is not None:
            _check_date(value, option)


def _fail(message: str, *, code: int) -> NoReturn:
    stderr.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def main() -> None:
    """Entry point of the ``newsevents`` script."""
    app()
