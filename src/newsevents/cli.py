"""The ``newsevents`` command: thin wrappers that check arguments and call the library."""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, NoReturn, TextIO

import typer
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from . import __version__
from .coder import Coder
from .errors import DataFileError, InputError, ModelNotFoundError
from .evaluate import TASKS, evaluate
from .evaluate.report import render_report
from .output import FORMATS, format_for_path, open_writer, write_all
from .records import CodedArticle
from .run.local import RunSummary, code_inputs
from .settings import Settings, setting_help
from .when import parse_iso_date

EXIT_USAGE = 2
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
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Articles: .txt, .html, .json/.jsonl records, directories, - for stdin, URLs.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here, not to stdout.")
    ] = None,
    fmt: Format = None,
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date (YYYY-MM-DD) of the articles; wins over dateline and metadata."
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help=_HELP["model"])] = None,
    max_bytes: Annotated[int | None, typer.Option(help=_HELP["max_bytes"])] = None,
    batch_size: Annotated[int | None, typer.Option(help=_HELP["batch_size"])] = None,
    n_process: Annotated[int | None, typer.Option(help=_HELP["n_process"])] = None,
    actors: Annotated[str | None, typer.Option(help=_HELP["actors"])] = None,
    verbs: Annotated[str | None, typer.Option(help=_HELP["verbs"])] = None,
    config: Annotated[
        Path | None,
        typer.Option(help="A settings file (TOML) over the defaults; also NEWSEVENTS_CONFIG."),
    ] = None,
) -> None:
    """Code news articles into events, quotes, actors and places, one JSON object per article.

    Example: newsevents code examples/ -o coded.jsonl
    """
    fmt = fmt or format_for_path(out.name if out else None)
    _check_choice("--format", fmt, FORMATS)
    if published is not None:
        _check_date(published)
    settings = _settings(
        config,
        model=model,
        max_bytes=max_bytes,
        batch_size=batch_size,
        n_process=n_process,
        actors=actors,
        verbs=verbs,
    )
    try:
        summary = _run_code(inputs, out=out, fmt=fmt, settings=settings, published=published)
    except ModelNotFoundError as err:
        _fail(str(err), code=3)
    except DataFileError as err:
        _fail(str(err), code=EXIT_USAGE)
    stderr.print(f"newsevents: {summary}", style="dim" if not summary.failed else "bold")
    raise typer.Exit(summary.exit_code)


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
) -> None:
    """Score newsevents against gold annotations: events, quotes, or one stage.

    Example: newsevents evaluate --gold tests/gold --verbose
    """

    if task is not None:
        _check_choice("--task", task, TASKS)
    settings = _settings(None, model=model, actors=actors, verbs=verbs)
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
    def report(error: InputError) -> None:
        label = "skipped" if error.__class__.__name__ == "SkippedInput" else "error"
        stderr.print(f"{label}: {error}", markup=False, highlight=False)

    with ExitStack() as stack:
        stream = _open_out(out, stack)
        progress = stack.enter_context(_progress()) if stderr.is_terminal else None
        task = progress.add_task("coding", total=None, visible=False) if progress else None

        def advance(_coded: CodedArticle) -> None:
            if progress is not None and task is not None:
                progress.advance(task)
                progress.update(task, visible=progress.tasks[0].completed >= PROGRESS_AFTER)

        writer = stack.enter_context(open_writer(fmt, stream))
        return code_inputs(
            inputs,
            writer=writer,
            settings=settings,
            published=published,
            on_problem=report,
            on_coded=advance,
        )


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("coded {task.completed:.0f} articles"),
        TimeElapsedColumn(),
        console=stderr,
        transient=True,
    )


def _open_out(out: Path | None, stack: ExitStack) -> TextIO:
    if out is None:
        return sys.stdout
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return stack.enter_context(out.open("w", encoding="utf-8"))
    except OSError as err:
        _fail(f"{out}: cannot be written ({err.strerror or err})", code=EXIT_USAGE)


def _settings(config: Path | None, **overrides: object) -> Settings:
    try:
        return Settings.load(config, **overrides)
    except DataFileError as err:
        _fail(str(err), code=EXIT_USAGE)


def _check_choice(option: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        _fail(f"{option} must be one of {', '.join(choices)}, not '{value}'", code=EXIT_USAGE)


def _check_date(value: str) -> None:
    try:
        parse_iso_date(value)
    except ValueError:
        _fail(f"--published: '{value}' is not a date; give it as YYYY-MM-DD", code=EXIT_USAGE)


def _fail(message: str, *, code: int) -> NoReturn:
    stderr.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(code)


def main() -> None:
    """Entry point of the ``newsevents`` script."""
    app()
