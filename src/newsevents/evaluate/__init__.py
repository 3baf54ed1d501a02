"""Score newsevents against gold: events and quotes, and each stage on a set of its own.

``evaluate(path)`` recognises the gold under ``path`` and runs the matching task:

- events: the project's gold format, PETRARCH XML, petr2_gsr.jsonl, plover_gsr.jsonl;
- extraction: scrapinghub-aeb, trafilatura-eval-en (article-body extraction);
- dates: tempeval3-platinum (date normalisation);
- locations: event-location (where an event happened);
- quotes: polnear (quotation attribution);
- actors: conflibert-cameo (actor spans); with ``task="actors"`` also the project's gold
  and petr-unittest, which are event gold first (actor identification and codes);
- eventtypes: case2021-task2, conflibert-cameo/cameo_class_test.tsv, glocon-sample,
  india-police-events (event type per sentence or snippet);
- toponyms: geoparsing-gritta (toponym spans and geocoding).

Example:
    >>> report = evaluate(Path("tests/gold"))
    >>> sorted(report.figures)[:3]
    ['actor_code_f1', 'actor_code_precision', 'actor_code_recall']
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType

from ..coder import Coder
from ..errors import Errors, InputError
from ..records import Article, CodedArticle
from .coding import code_texts
from .events import score_events
from .gold import GoldArticle, read_gold
from .report import TaskReport

__all__ = ["TASKS", "TaskReport", "detect_task", "evaluate"]

# Stage tasks, each a module here with matches(path) and evaluate_<task>(path, ...);
# "events" scores any other gold. Modules load on use: each pulls in what its data needs.
# actors comes before eventtypes: the conflibert-cameo folder is the actors task's.
STAGE_TASKS = ("extraction", "dates", "locations", "quotes", "actors", "eventtypes", "toponyms")
TASKS = ("events", *STAGE_TASKS)


def evaluate(
    path: Path,
    *,
    task: str | None = None,
    coded: Path | None = None,
    coder: Coder | None = None,
    limit: int | None = None,
) -> TaskReport:
    """Score newsevents on the gold at ``path``; ``coded`` scores an earlier run's JSONL
    instead of coding the gold texts (events only).

    Raises:
        InputError: ``path`` holds no gold a task knows, or ``coded`` is unreadable.
    """
    task = task or detect_task(path)
    if task != "events":
        run = getattr(_stage(task), f"evaluate_{task}")
        if task == "extraction":  # no parse needed: trafilatura alone
            return run(path, limit=limit)
        return run(path, coder=coder, limit=limit)
    gold = read_gold(path)[:limit]
    if coded is not None:
        coded_articles = _align(gold, _read_coded(coded))
    else:
        coded_articles = code_gold(gold, coder or Coder())
    return score_events(gold, coded_articles, dataset=_dataset_name(path))


def code_gold(gold: list[GoldArticle], coder: Coder) -> list[CodedArticle]:
    """Code each gold text (headline first, as NAME.txt has it) with its publication date;
    one the ingest refuses stays uncoded, so its gold counts as missed."""
    results = code_texts(
        coder,
        [item.text for item in gold],
        headline=True,
        published=[item.published for item in gold],
    )
    return [
        _uncoded(item) if isinstance(result, InputError) else result
        for item, result in zip(gold, results, strict=True)
    ]


def _uncoded(item: GoldArticle) -> CodedArticle:
    return CodedArticle(article=Article(id=item.id, text=item.text))


def _stage(task: str) -> ModuleType:
    return importlib.import_module(f"{__name__}.{task}")


def detect_task(path: Path) -> str:
    """The task whose gold lies at ``path``: ``detect_task(Path("tests/gold"))`` is "events"."""
    return next((task for task in STAGE_TASKS if _stage(task).matches(path)), "events")


def _read_coded(path: Path) -> list[CodedArticle]:
    try:
        lines = path.read_text("utf-8").splitlines()
        return [CodedArticle.from_dict(json.loads(line)) for line in lines if line.strip()]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise InputError(Errors.E113.format(source=path, reason=err), source=str(path)) from err


def _align(gold: list[GoldArticle], coded: list[CodedArticle]) -> list[CodedArticle]:
    """Each gold article's coded twin, found by id, file name or text; an uncoded gold
    article gets an empty one (everything it should have had is missed)."""
    keys: dict[str, CodedArticle] = {}
    for article in coded:
        keys.setdefault(article.article.id, article)
        keys.setdefault(article.article.text.strip(), article)
        if article.article.source_path:
            name = Path(article.article.source_path).name.split(".")[0]
            keys.setdefault(name, article)
    return [keys.get(item.id) or keys.get(item.text.strip()) or _uncoded(item) for item in gold]


def _dataset_name(path: Path) -> str:
    return path.name if path.is_dir() else f"{path.parent.name}/{path.name}"
