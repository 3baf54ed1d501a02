"""Score quotations and their speakers against PolNeAR's attribution relations.

PolNeAR (``../shared/data/polnear/SOURCE.md``) marks, in US political news of 2015-2016,
each attribution's source (who), cue ("said") and content (what), direct and indirect
speech alike. What is measured:

- quote recall: a gold attribution is found when one of our quotes overlaps at least 60% of
  the whitespace tokens of its content (a token counts when the quote covers one of its
  characters). The best-covering quote is its match; one quote may match several
  attributions.
- speaker accuracy, over found attributions that have a source span: the matching quote's
  speaker is right when a mention of its speaker actor overlaps the gold source span, or its
  ``speaker_text`` contains or is contained in the source text (ignoring case). A pronoun
  source ("he") is only matched by a speaker_text that is the pronoun itself.
- quote recall over the attributions whose content is (partly) in quotation marks, the
  quotations proper, beside recall over all of them.
- quote precision: the share of our quotes that match some gold attribution by the same
  60% rule. PolNeAR includes paraphrase and beliefs, so recall is the harder figure.

An article annotated by several annotators (2 per split, used to measure agreement) is
scored on the annotations of the first annotator id in sorted order, which is also how
SOURCE.md counts attributions; unioning them would count one attribution several times.

Example:
    >>> report = evaluate_quotes(Path("../shared/data/polnear"), limit=10)
    >>> report.figures["articles"]
    10.0
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..coder import Coder
from ..errors import Errors, InputError
from ..records import CodedArticle, Mention, Quote
from .coding import OffsetMap, code_texts, overlaps
from .gold import first_record_keys, read_jsonl
from .report import TaskReport, share

SPLITS = ("dev", "test")
# a quote matches a gold attribution when it covers this share of the content's tokens
CONTENT_OVERLAP = 0.6
_TOKEN = re.compile(r"\S+")
QUOTATION_MARKS = ('"', "“", "”", "''")


@dataclass
class Attribution:
    """One gold attribution relation: who (source), the cue, and what (content) spans."""

    source: list[Mention] = field(default_factory=list)
    cue: list[Mention] = field(default_factory=list)
    content: list[Mention] = field(default_factory=list)


@dataclass
class PolnearArticle:
    """One PolNeAR article with the attributions of one annotator."""

    id: str
    text: str
    published: str | None
    annotator: str | None
    attributions: list[Attribution] = field(default_factory=list)


def matches(path: Path) -> bool:
    """Whether ``path`` is the polnear folder or one of its ``polnear_<split>.jsonl`` files."""
    if path.is_dir():
        return any((path / f"polnear_{split}.jsonl").is_file() for split in SPLITS)
    return path.is_file() and {"text", "annotations"} <= first_record_keys(path)


def evaluate_quotes(
    path: Path, *, coder: Coder | None = None, limit: int | None = None, split: str = "dev"
) -> TaskReport:
    """Quote recall and speaker accuracy on the PolNeAR articles of ``split`` (dev or test).

    Raises:
        InputError: ``path`` is not the set, ``split`` is unknown, or a line is not JSON.

    Example:
        >>> evaluate_quotes(Path("../shared/data/polnear"), split="test").items
        2042
    """
    articles = read_polnear(path, split=split, limit=limit)
    coder = coder or Coder()
    coded = code_texts(
        coder,
        [article.text for article in articles],
        headline=True,
        published=[article.published for article in articles],
    )
    report = score_attributions(articles, coded)
    report.dataset = f"polnear/{path.stem.removeprefix('polnear_') if path.is_file() else split}"
    return report


def read_polnear(
    path: Path, *, split: str = "dev", limit: int | None = None
) -> list[PolnearArticle]:
    """The articles of ``polnear_<split>.jsonl`` (or of the file ``path``).

    Raises:
        InputError: the split is unknown, the file missing, or a line not a JSON object.
    """
    if split not in SPLITS:
        reason = f"unknown split '{split}'; give one of {', '.join(SPLITS)}"
        raise InputError(Errors.E114.format(source=path, reason=reason), source=str(path))
    file = path / f"polnear_{split}.jsonl" if path.is_dir() else path
    articles = []
    for record in read_jsonl(file):
        articles.append(_gold_article(record))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def score_attributions(
    articles: Sequence[PolnearArticle], coded: Sequence[CodedArticle | InputError]
) -> TaskReport:
    """Quote recall, speaker accuracy and quote precision; ``coded[i]`` is ``articles[i]``
    coded, or the InputError ingest raised for it (its attributions count as missed)."""
    totals = {
        "attributions": 0,
        "found": 0,
        "marked": 0,
        "marked_found": 0,
        "speaker_scored": 0,
        "speaker_right": 0,
    }
    quotes = quotes_matched = refused = 0
    rows = []
    for article, result in zip(articles, coded, strict=True):
        if isinstance(result, InputError):
            refused += 1
            counts = {"attributions": len(_scorable(article)), "found": 0}
        else:
            counts = _score_article(article, result)
            quotes += len(result.quotes)
            quotes_matched += counts["quotes_matched"]
        for key in totals:
            totals[key] += counts.get(key, 0)
        rows.append({"id": article.id, "annotator": article.annotator} | counts)
    figures = {
        "quote_recall": share(totals["found"], totals["attributions"]),
        "quote_recall_marked": share(totals["marked_found"], totals["marked"]),
        "speaker_accuracy": share(totals["speaker_right"], totals["speaker_scored"]),
        "quote_precision": share(quotes_matched, quotes),
        "attributions": float(totals["attributions"]),
        "articles": float(len(articles)),
        "quotes": float(quotes),
    }
    return TaskReport(
        task="quotes",
        dataset="polnear",
        items=totals["attributions"],
        figures=figures,
        tables={"articles": rows},
        notes=_notes(articles, quotes, refused),
    )


def content_coverage(attribution: Attribution, quote: Quote, offsets: OffsetMap) -> float:
    """The share of the attribution content's whitespace tokens that ``quote`` overlaps."""
    tokens = [offsets.span(start, end) for start, end in _content_tokens(attribution)]
    covered = sum(overlaps(token, (quote.start, quote.end)) for token in tokens)
    return covered / len(tokens) if tokens else 0.0


def is_right_speaker(
    quote: Quote, attribution: Attribution, article: CodedArticle, offsets: OffsetMap
) -> bool:
    """Whether ``quote``'s speaker is the attribution's source: a mention of the speaker
    actor overlaps the source span, or the speaker text and source text contain one another."""
    sources = [offsets.span(span.start, span.end) for span in attribution.source]
    mentions = [
        (mention.start, mention.end)
        for actor in article.actors
        if actor.id == quote.speaker
        for mention in actor.mentions
    ]
    if any(overlaps(source, mention) for source in sources for mention in mentions):
        return True
    said = (quote.speaker_text or "").strip().casefold()
    return bool(said) and any(
        said in span.text.casefold() or span.text.casefold() in said for span in attribution.source
    )


def _score_article(article: PolnearArticle, coded: CodedArticle) -> dict[str, int]:
    offsets = OffsetMap(article.text, coded.article.text)
    counts = dict.fromkeys(
        ("attributions", "found", "marked", "marked_found", "speaker_scored", "speaker_right"), 0
    )
    matched: set[str] = set()
    for attribution in _scorable(article):
        counts["attributions"] += 1
        marked = _in_marks(article.text, attribution)
        counts["marked"] += marked
        coverage = [
            (content_coverage(attribution, quote, offsets), quote) for quote in coded.quotes
        ]
        hits = [(covered, quote) for covered, quote in coverage if covered >= CONTENT_OVERLAP]
        if not hits:
            continue
        counts["found"] += 1
        counts["marked_found"] += marked
        matched.update(quote.id for _covered, quote in hits)
        best = max(hits, key=lambda hit: hit[0])[1]
        if attribution.source:
            counts["speaker_scored"] += 1
            counts["speaker_right"] += is_right_speaker(best, attribution, coded, offsets)
    counts["quotes_matched"] = len(matched)
    return counts


def _in_marks(text: str, attribution: Attribution) -> bool:
    """Whether the attribution's content is (partly) in quotation marks."""
    return any(
        mark in text[max(span.start - 1, 0) : span.end + 1]
        for span in attribution.content
        for mark in QUOTATION_MARKS
    )


def _scorable(article: PolnearArticle) -> list[Attribution]:
    """The attributions with a content span; a content-less one cannot be matched."""
    return [attribution for attribution in article.attributions if attribution.content]


def _content_tokens(attribution: Attribution) -> list[tuple[int, int]]:
    return [
        (span.start + token.start(), span.start + token.end())
        for span in attribution.content
        for token in _TOKEN.finditer(span.text)
    ]


def _notes(articles: Sequence[PolnearArticle], quotes: int, refused: int) -> list[str]:
    unscorable = sum(len(a.attributions) - len(_scorable(a)) for a in articles)
    notes = [
        f"quote_recall: a gold attribution is found when one of our quotes overlaps >= "
        f"{CONTENT_OVERLAP:.0%} of its content's whitespace tokens; speaker_accuracy is over "
        "found attributions with a source span (speaker actor mention overlaps the source, "
        "or speaker_text and source text contain one another).",
        "annotations: the first annotator id in sorted order for each article; PolNeAR "
        "covers indirect speech and paraphrase too, so recall is strict for a quote finder.",
    ]
    if quotes == 0:
        notes.append("we found no quotes: the quotes stage has not landed yet.")
    if unscorable:
        notes.append(f"{unscorable} attributions have no content span and are not scored.")
    if refused:
        notes.append(
            f"{refused} articles were refused by ingest; their attributions count as missed."
        )
    return notes


def _gold_article(record: dict[str, Any]) -> PolnearArticle:
    annotations = record.get("annotations") or {}
    annotator = min(annotations) if annotations else None
    text = record["text"]
    return PolnearArticle(
        id=str(record.get("id", "")),
        text=text,
        published=record.get("publication_date"),
        annotator=annotator,
        attributions=[
            Attribution(**{part: _spans(item.get(part)) for part in ("source", "cue", "content")})
            for item in (annotations[annotator] if annotator else [])
        ],
    )


def _spans(spans: list[dict[str, Any]] | None) -> list[Mention]:
    return [Mention(span["start"], span["end"], span["text"]) for span in spans or []]
