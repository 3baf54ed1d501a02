"""Code inputs on this machine: read, parse in batches, write, and count what happened.

Example:
    >>> with open_writer("jsonl", sys.stdout) as writer:  # doctest: +SKIP
    ...     summary = code_inputs(["examples/"], writer=writer)
    >>> summary.exit_code  # doctest: +SKIP
    0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..coder import Coder
from ..errors import InputError, SkippedInput
from ..ingest import read_inputs
from ..output import Writer
from ..records import Article, CodedArticle
from ..settings import Settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_NOTHING_DONE = 0, 1, 3


@dataclass
class RunSummary:
    """What a run did: articles coded, inputs skipped and failed (with their errors)."""

    coded: int = 0
    skipped: list[SkippedInput] = field(default_factory=list)
    failed: list[InputError] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        """1 when any input failed; 3 when there was nothing to code at all; else 0."""
        if self.failed:
            return EXIT_SOME_FAILED
        if not self.coded and not self.skipped:
            return EXIT_NOTHING_DONE
        return EXIT_OK

    def record(self, error: InputError) -> None:
        """Count an input that was skipped or failed."""
        if isinstance(error, SkippedInput):
            self.skipped.append(error)
        else:
            self.failed.append(error)

    def __str__(self) -> str:
        return f"coded {self.coded}, skipped {len(self.skipped)}, failed {len(self.failed)}"


def code_inputs(
    inputs: Iterable[str | Path],
    *,
    writer: Writer,
    settings: Settings | None = None,
    coder: Coder | None = None,
    published: str | None = None,
    accept: Callable[[Article], bool] | None = None,
    on_problem: Callable[[InputError], None] | None = None,
    on_coded: Callable[[CodedArticle], None] | None = None,
) -> RunSummary:
    """Code every article in ``inputs`` and hand each to ``writer`` as soon as it is coded.

    An article for which ``accept`` says False is read but not coded (the store uses it to
    skip what it holds). A bad input, or an article a stage fails on, is recorded in the
    summary and passed to ``on_problem``; the run goes on.
    """
    coder = coder or Coder(settings=settings)
    items = read_inputs(inputs, settings=coder.settings, published=published)
    return code_items(
        items, writer=writer, coder=coder, accept=accept, on_problem=on_problem, on_coded=on_coded
    )


def code_items(
    items: Iterable[Article | InputError],
    *,
    writer: Writer,
    coder: Coder,
    accept: Callable[[Article], bool] | None = None,
    on_problem: Callable[[InputError], None] | None = None,
    on_coded: Callable[[CodedArticle], None] | None = None,
) -> RunSummary:
    """As ``code_inputs``, for articles already read (and the errors met reading them), as
    ``read_inputs`` yields them or a feed watcher fetches them."""
    summary = RunSummary()

    def problem(item: InputError) -> None:
        summary.record(item)
        if on_problem is not None:
            on_problem(item)

    def articles() -> Iterator[Article]:
        for item in items:
            if not isinstance(item, Article):
                problem(item)
            elif accept is None or accept(item):
                yield item

    for coded in coder.code_articles(articles(), on_error=problem):
        writer.write(coded)
        summary.coded += 1
        if on_coded is not None:
            on_coded(coded)
    return summary
