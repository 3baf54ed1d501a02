"""The figures an evaluation produces, as one record every task shares, and their rendering.

Example:
    >>> report = TaskReport(task="dates", dataset="tempeval3-platinum", items=138,
    ...                     figures={"value_accuracy": 0.71})
    >>> report.to_dict()["figures"]["value_accuracy"]
    0.71
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from ..records import Record


@dataclass
class TaskReport(Record):
    """One task scored on one dataset.

    ``figures`` are the headline numbers (precision, recall, f1, accuracy...), ``tables``
    named lists of rows for breakdowns (per root, confusion, per article), ``notes`` what a
    reader must know to interpret them (e.g. what was skipped and why).
    """

    task: str
    dataset: str
    items: int
    figures: dict[str, float] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def prf(true_positives: int, predicted: int, expected: int) -> dict[str, float]:
    """Precision, recall and F1 from counts; 0.0 where a denominator is 0."""
    precision = share(true_positives, predicted)
    recall = share(true_positives, expected)
    return {"precision": precision, "recall": recall, "f1": harmonic_mean(precision, recall)}


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 of a precision and a recall; 0.0 when both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def share(part: int, whole: int) -> float:
    """``part / whole``, or 0.0 when ``whole`` is 0."""
    return part / whole if whole else 0.0


def render_report(report: TaskReport, console: Console, *, verbose: bool = False) -> None:
    """Print ``report`` for people: its figures, then its tables (per-article rows only
    when ``verbose``)."""
    console.rule(f"[bold]{report.task}[/bold] on {escape(report.dataset)} ({report.items} items)")
    figures = Table("figure", "value", show_header=False, box=None)
    for name, value in report.figures.items():
        figures.add_row(name, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(figures)
    for name, rows in report.tables.items():
        if name == "confusion":
            console.print(_confusion_matrix(rows))
        elif name == "articles" and rows and "missed" in rows[0]:
            if verbose:
                _print_articles(rows, console)
        elif rows and (verbose or name != "articles"):
            console.print(_rows_table(name, rows))
    for note in report.notes:
        console.print(f"[dim]note: {escape(note)}[/dim]")


def _rows_table(name: str, rows: list[dict[str, Any]]) -> Table:
    table = Table(*rows[0], title=name.replace("_", " "), title_justify="left")
    for row in rows:
        table.add_row(*(_cell(value) for value in row.values()))
    return table


def _confusion_matrix(rows: list[dict[str, Any]]) -> Table:
    """Gold root down, coded root across: where the required gold events went."""
    coded_roots = sorted({row["coded_root"] for row in rows})
    table = Table(
        "gold \\ coded",
        *coded_roots,
        title="confusion (required gold events)",
        title_justify="left",
    )
    counts = {(row["gold_root"], row["coded_root"]): row["count"] for row in rows}
    for gold_root in sorted({row["gold_root"] for row in rows}):
        table.add_row(
            gold_root, *(str(counts.get((gold_root, coded), "")) for coded in coded_roots)
        )
    return table


def _print_articles(rows: list[dict[str, Any]], console: Console) -> None:
    for row in rows:
        console.print(
            f"[bold]{escape(row['id'])}[/bold]: {row['matched']}/{row['required']} "
            f"required found, {row['scored']} scored output events"
        )
        for missed in row["missed"]:
            console.print(
                f"  [red]missed[/red] {'/'.join(missed['roots'])} "
                f"{missed['source']} -> {missed['target']}: "
                f"{escape(missed['evidence'] or '')}"
            )
        for spurious in row["spurious"]:
            console.print(
                f"  [yellow]spurious[/yellow] {spurious['cameo']} "
                f"({escape(spurious['rule'])}): {escape(spurious['sentence'])}"
            )


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return escape(str(value))
