"""Score article-body extraction (``ingest/html.py``) on two benchmarks of web pages.

Each page goes through our real path for an HTML file: ``decode_bytes`` then
``article_from_html`` with the default Settings. That path skips a page identified as not
English (``SkippedInput``, W101) and refuses one with no text (E106); there is no setting
that turns the language check off, so both count as an empty extraction and the report
says how many there were. We score the body: ``article.text`` less the headline line and
the blank line after it (the headline is ``article.title``, scored apart where gold has one).

scrapinghub-aeb (``ground-truth.json`` + ``html/<id>.html.gz``), scored as the benchmark's
``evaluate.py`` (scrapinghub/article-extraction-benchmark) does: tokens are ``\\w+`` runs
(not whitespace splitting), shingles are 4-token n-grams counted as a multiset (a text of
fewer than 4 tokens is one shingle); per page tp/fp/fn are the multiset overlap and
differences, P = tp/(tp+fp), R = tp/(tp+fn) (1.0 when the page has neither fp nor fn);
precision is the mean over pages where we extracted something (tp+fp > 0), recall the
mean over pages with gold text, F1 = 2PR/(P+R) of those means, and accuracy the share of
pages whose token sequence equals the gold one. An empty extraction thus lowers recall only.

trafilatura-eval-en (``evaldata_en.json`` + ``html/<file>.gz``), scored as trafilatura's
``tests/eval_common.py`` does: a ``with`` snippet found in our body (both sides
whitespace-normalised) is a TP, else a FN; a ``without`` snippet found is a FP, else a TN;
counts are summed over pages, P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn),
accuracy = (tp+tn)/all. An empty extraction finds no snippet (all FN and TN). Titles and
dates are compared where the gold gives a non-empty one: title equal after whitespace
normalisation, date (``YYYY-MM-DD``) equal to our ``published``.

Example:
    >>> report = evaluate_extraction(Path("../shared/data/scrapinghub-aeb"))  # doctest: +SKIP
    >>> round(report.figures["f1"], 3), report.figures["failed_pages"]  # doctest: +SKIP
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, SkippedInput
from ..ingest.html import article_from_html
from ..ingest.text import decode_bytes
from ..records import Article
from ..settings import Settings
from .report import TaskReport, prf, share

SCRAPINGHUB_GOLD = "ground-truth.json"
TRAFILATURA_GOLD = "evaldata_en.json"
SHINGLE_SIZE = 4
# the Scrapinghub benchmark's tokeniser: runs of word characters, any script
_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass
class _Extraction:
    """What our extraction gave for one page: body, title and date, or why it gave none."""

    body: str = ""
    title: str | None = None
    published: str | None = None
    status: str = "ok"  # "ok", "skipped" (not English) or "failed" (no text)


def matches(path: Path) -> bool:
    """Whether ``path`` is a scrapinghub-aeb or a trafilatura-eval-en folder."""
    return _is_scrapinghub(path) or _is_trafilatura(path)


def evaluate_extraction(path: Path, *, limit: int | None = None) -> TaskReport:
    """Score our HTML extraction on the benchmark folder at ``path`` (first ``limit`` pages).

    Raises:
        ValueError: ``path`` is neither a scrapinghub-aeb nor a trafilatura-eval-en folder.
    """
    settings = Settings.load()
    if _is_scrapinghub(path):
        return _evaluate_scrapinghub(path, settings=settings, limit=limit)
    if _is_trafilatura(path):
        return _evaluate_trafilatura(path, settings=settings, limit=limit)
    raise ValueError(
        f"{path}: not an extraction benchmark; give a folder holding {SCRAPINGHUB_GOLD} "
        f"and html/ (scrapinghub-aeb) or {TRAFILATURA_GOLD} and html/ (trafilatura-eval-en)."
    )


def shingle_matching(true: str, pred: str) -> tuple[float, float, float]:
    """The benchmark's per-page (tp, fp, fn) over multisets of 4-token shingles,
    divided by their sum so that a long page weighs no more than a short one."""
    true_shingles = Counter(_shingles(true))
    pred_shingles = Counter(_shingles(pred))
    tp = sum((true_shingles & pred_shingles).values())
    fp = sum((pred_shingles - true_shingles).values())
    fn = sum((true_shingles - pred_shingles).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_precision(tp: float, fp: float, fn: float) -> float:
    """The benchmark's precision of one page: 1.0 when nothing is wrong or missing."""
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def page_recall(tp: float, fp: float, fn: float) -> float:
    """The benchmark's recall of one page: 1.0 when nothing is wrong or missing."""
    if fp == fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def shingle_scores(pairs: list[tuple[str, str]]) -> dict[str, float]:
    """Mean precision, mean recall, their F1 and exact-match accuracy over (true, pred)
    pages, as the Scrapinghub benchmark computes them."""
    counts = [shingle_matching(true, pred) for true, pred in pairs]
    precisions = [page_precision(*count) for count in counts if count[0] + count[1] > 0]
    recalls = [page_recall(*count) for count in counts if count[0] + count[2] > 0]
    precision = statistics.mean(precisions) if precisions else 0.0
    recall = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    exact = [_tokens(true) == _tokens(pred) for true, pred in pairs]
    accuracy = sum(exact) / len(exact) if exact else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "accuracy": accuracy}


def snippet_counts(text: str, item: dict[str, Any]) -> tuple[int, int, int, int]:
    """trafilatura's per-page (tp, fp, fn, tn): which ``with`` and ``without`` snippets
    occur in ``text``, whitespace-normalised."""
    normalised = _normalise(text)
    tp = sum(1 for snippet in item["with"] if _normalise(snippet) in normalised)
    fp = sum(1 for snippet in item["without"] if _normalise(snippet) in normalised)
    return tp, fp, len(item["with"]) - tp, len(item["without"]) - fp


def snippet_scores(tp: int, fp: int, fn: int, tn: int) -> dict[str, float]:
    """Precision, recall, F1 and accuracy from summed snippet counts, as trafilatura does."""
    scores = prf(tp, tp + fp, tp + fn)
    total = tp + fp + fn + tn
    scores["accuracy"] = (tp + tn) / total if total else 0.0
    return scores


def _evaluate_scrapinghub(path: Path, *, settings: Settings, limit: int | None) -> TaskReport:
    gold = json.loads((path / SCRAPINGHUB_GOLD).read_text("utf-8"))
    pairs: list[tuple[str, str]] = []
    english_pairs: list[tuple[str, str]] = []
    rows: list[dict[str, Any]] = []
    statuses: Counter[str] = Counter()
    for page_id, item in list(gold.items())[:limit]:
        html = gzip.decompress((path / "html" / f"{page_id}.html.gz").read_bytes())
        extraction = _extract(html, source=page_id, settings=settings)
        true = item.get("articleBody", "")
        pairs.append((true, extraction.body))
        if extraction.status != "skipped":
            english_pairs.append((true, extraction.body))
        statuses[extraction.status] += 1
        count = shingle_matching(true, extraction.body)
        rows.append(
            {
                "id": item.get("url") or page_id,
                "status": extraction.status,
                "precision": page_precision(*count),
                "recall": page_recall(*count),
            }
        )
    figures = shingle_scores(pairs)
    figures |= _failure_figures(len(pairs), statuses)
    figures["f1_without_skipped"] = shingle_scores(english_pairs)["f1"]
    notes = [
        *_failure_notes(statuses),
        "precision is the mean over pages with some extraction, so an empty one lowers "
        "recall only (as in the benchmark's evaluate.py); tokens are \\w+ runs.",
        "f1_without_skipped leaves out the pages our language check skipped.",
    ]
    return TaskReport(
        task="extraction",
        dataset="scrapinghub-aeb",
        items=len(pairs),
        figures=figures,
        tables={"articles": rows},
        notes=notes,
    )


def _evaluate_trafilatura(path: Path, *, settings: Settings, limit: int | None) -> TaskReport:
    gold = json.loads((path / TRAFILATURA_GOLD).read_text("utf-8"))
    totals = [0, 0, 0, 0]
    english_totals = [0, 0, 0, 0]
    metadata: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    rows: list[dict[str, Any]] = []
    for url, item in list(gold.items())[:limit]:
        html = gzip.decompress((path / "html" / f"{item['file']}.gz").read_bytes())
        extraction = _extract(html, source=item["file"], settings=settings)
        statuses[extraction.status] += 1
        counts = snippet_counts(extraction.body, item)
        totals = _add(totals, counts)
        if extraction.status != "skipped":
            english_totals = _add(english_totals, counts)
        row: dict[str, Any] = {"id": url, "status": extraction.status}
        row |= dict(zip(("tp", "fp", "fn", "tn"), counts, strict=True))
        row |= _compare_metadata(item, extraction, metadata)
        rows.append(row)
    figures = snippet_scores(*totals)
    figures |= _failure_figures(len(rows), statuses)
    figures["f1_without_skipped"] = snippet_scores(*english_totals)["f1"]
    for name in ("title", "date"):
        given = metadata[f"{name}s"]
        figures[f"{name}_accuracy"] = share(metadata[f"{name}_correct"], given)
        figures[f"{name}s"] = given
    notes = [
        *_failure_notes(statuses),
        "snippets are looked up in the body only (trafilatura's extract() output has no "
        "title either); we extract without tables, trafilatura's own evaluation with them.",
        "f1_without_skipped leaves out the pages our language check skipped.",
        "title_accuracy: equal after whitespace normalisation; date_accuracy: our published "
        "date equals the gold YYYY-MM-DD; each over the pages whose gold gives one.",
    ]
    return TaskReport(
        task="extraction",
        dataset="trafilatura-eval-en",
        items=len(rows),
        figures=figures,
        tables={"articles": rows},
        notes=notes,
    )


def _add(totals: list[int], counts: tuple[int, int, int, int]) -> list[int]:
    return [total + count for total, count in zip(totals, counts, strict=True)]


def _extract(html: bytes, *, source: str, settings: Settings) -> _Extraction:
    """Our extraction of one page, as ``newsevents code`` reads an HTML file."""
    try:
        article = article_from_html(
            decode_bytes(html, source=source), source=source, settings=settings
        )
    except SkippedInput:
        return _Extraction(status="skipped")
    except InputError:
        return _Extraction(status="failed")
    return _Extraction(_body(article), article.title, article.published)


def _body(article: Article) -> str:
    """The article text without its headline line and the blank line after it."""
    if not article.title:
        return article.text
    return article.text.removeprefix(article.title).removeprefix("\n\n")


def _compare_metadata(
    item: dict[str, Any], extraction: _Extraction, metadata: Counter[str]
) -> dict[str, Any]:
    """Check our title and date against the gold's where it gives them; tally in ``metadata``."""
    row: dict[str, Any] = {}
    if item.get("title"):
        row["title_ok"] = _normalise(item["title"]) == _normalise(extraction.title or "")
        metadata["titles"] += 1
        metadata["title_correct"] += row["title_ok"]
    if item.get("date"):
        row["date_ok"] = item["date"] == extraction.published
        metadata["dates"] += 1
        metadata["date_correct"] += row["date_ok"]
    return row


def _failure_figures(pages: int, statuses: Counter[str]) -> dict[str, float]:
    return {
        "pages": pages,
        "failed_pages": statuses["failed"] + statuses["skipped"],
        "skipped_pages": statuses["skipped"],
    }


def _failure_notes(statuses: Counter[str]) -> list[str]:
    return [
        f"failed_pages counts every page we gave no text for, scored as an empty extraction: "
        f"{statuses['skipped']} skipped as not English (W101; the language check cannot be "
        f"turned off) and {statuses['failed']} with no article text found (E104/E106)."
    ]


def _is_scrapinghub(path: Path) -> bool:
    return (path / SCRAPINGHUB_GOLD).is_file() and (path / "html").is_dir()


def _is_trafilatura(path: Path) -> bool:
    return (path / TRAFILATURA_GOLD).is_file() and (path / "html").is_dir()


def _shingles(text: str) -> list[tuple[str, ...]]:
    tokens = _tokens(text)
    if len(tokens) < SHINGLE_SIZE:
        return [tuple(tokens)] if tokens else []
    return [tuple(tokens[i : i + SHINGLE_SIZE]) for i in range(len(tokens) - SHINGLE_SIZE + 1)]


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
