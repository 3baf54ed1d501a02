"""Score actor mentions against the source, target and reciprocal spans of ConfliBERT CAMEO.

What is measured: span recall, the share of gold actor spans (S source, T target, R
reciprocal) that one of our actor mentions overlaps by at least one character, per role and
overall, and the actor mentions we find per sentence. Precision is not measured: the gold
marks only the actors of the sentence's one event, while we report every actor named, so an
extra mention is not an error. Sentences without span annotation (415 of the 1,800) are
left out. The set and its derived ``conflibert_cameo.jsonl`` are described in
``../shared/data/conflibert-cameo/SOURCE.md``.

The gold spans are token strings joined by spaces ("Nigerian Air Force ( NAF )"), without
offsets, so each is found in its sentence with any whitespace between tokens; where the
string occurs twice the first occurrence is taken.

This module also holds what the stage evaluations share: coding gold texts in batches as
``newsevents code`` reads them (``code_texts``), and moving gold offsets onto the coded
text, which ingest normalises (``OffsetMap``).

Example:
    >>> report = evaluate_actors(Path("../shared/data/conflibert-cameo"))
    >>> round(report.figures["span_recall"], 2), report.items
    (0.97, 888)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..coder import Coder
from ..errors import Errors, InputError
from ..records import CodedArticle
from .coding import OffsetMap, code_texts, overlaps
from .gold import first_record_keys, read_jsonl
from .report import TaskReport, share

DATA_FILE = "conflibert_cameo.jsonl"
SPLITS = ("train", "test")
# jsonl key -> role name, in the order figures and tables list them
ROLES = {"source_spans": "source", "target_spans": "target", "reciprocal_spans": "reciprocal"}
# missed spans listed in the report, enough to see what kind of actor we miss
MISSED_ROWS = 30


@dataclass
class GoldActorSpan:
    """One gold actor span of a sentence and its role: source, target or reciprocal."""

    role: str
    start: int
    end: int
    text: str


@dataclass
class GoldSentence:
    """One annotated sentence; ``unplaced`` holds span strings not found in its text."""

    id: str
    text: str
    spans: list[GoldActorSpan] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


def matches(path: Path) -> bool:
    """Whether ``path`` is the conflibert-cameo folder or its ``conflibert_cameo.jsonl``."""
    if path.is_dir():
        return (path / DATA_FILE).is_file()
    return path.is_file() and (path.name == DATA_FILE or first_record_keys(path) >= set(ROLES))


def evaluate_actors(
    path: Path,
    *,
    coder: Coder | None = None,
    limit: int | None = None,
    split: str | None = "test",
) -> TaskReport:
    """Span recall of our actor mentions on the annotated sentences of ``split``.

    ``split`` is "test" (451 sentences), "train" (934) or None for both.

    Raises:
        InputError: ``path`` is not the conflibert-cameo set, or a line is not JSON.

    Example:
        >>> report = evaluate_actors(Path("../shared/data/conflibert-cameo"), split=None)
        >>> round(report.figures["target_recall"], 2)
        0.9
    """
    sentences = read_conflibert(path, split=split, limit=limit)
    coder = coder or Coder()
    coded = code_texts(coder, [sentence.text for sentence in sentences])
    report = score_actor_spans(sentences, coded)
    report.dataset = f"conflibert-cameo/{split or 'all'}"
    return report


def read_conflibert(
    path: Path, *, split: str | None = "test", limit: int | None = None
) -> list[GoldSentence]:
    """The sentences of ``split`` that carry actor spans, each span placed in its text.

    Raises:
        InputError: ``path`` is not the set, ``split`` unknown, or a line is not JSON.
    """
    if split is not None and split not in SPLITS:
        reason = f"unknown split '{split}'; give one of {', '.join(SPLITS)} or None"
        raise InputError(Errors.E114.format(source=path, reason=reason), source=str(path))
    file = path / DATA_FILE if path.is_dir() else path
    sentences = []
    for record in read_jsonl(file):
        if record.get("source_spans") is None or split not in (None, record.get("split")):
            continue
        sentences.append(_gold_sentence(record))
        if limit is not None and len(sentences) >= limit:
            break
    return sentences


def score_actor_spans(
    sentences: Sequence[GoldSentence], coded: Sequence[CodedArticle | InputError]
) -> TaskReport:
    """Span recall per role and overall; ``coded[i]`` is ``sentences[i]`` coded, or the
    InputError ingest raised for it (its spans count as missed)."""
    found = dict.fromkeys(ROLES.values(), 0)
    expected = dict.fromkeys(ROLES.values(), 0)
    missed: list[dict[str, Any]] = []
    mentions = refused = unplaced = 0
    for sentence, result in zip(sentences, coded, strict=True):
        unplaced += len(sentence.unplaced)
        if isinstance(result, InputError):
            refused += 1
        else:
            mentions += sum(len(actor.mentions) for actor in result.actors)
        for span in sentence.spans:
            expected[span.role] += 1
            if _is_found(span, sentence.text, result):
                found[span.role] += 1
            elif len(missed) < MISSED_ROWS:
                missed.append({"id": sentence.id, "role": span.role, "text": span.text})
    total = sum(expected.values())
    figures = {"span_recall": sum(found.values()) / total if total else 0.0}
    figures |= {f"{role}_recall": share(found[role], expected[role]) for role in expected}
    figures |= {
        "gold_spans": float(total),
        "sentences": float(len(sentences)),
        "mentions_per_sentence": share(mentions, len(sentences) - refused),
    }
    roles = [
        {"role": role, "gold": expected[role], "found": found[role]}
        | {"recall": share(found[role], expected[role])}
        for role in expected
    ]
    notes = [
        "span recall: a gold source/target/reciprocal span counts as found when one of our "
        "actor mentions overlaps it by one character or more.",
        "precision is not meaningful here: the gold marks only the actors of the sentence's "
        "event, while newsevents reports every actor named in it.",
    ]
    if refused:
        notes.append(
            f"{refused} sentences were refused by ingest (e.g. language "
            "identification); their spans count as missed."
        )
    if unplaced:
        notes.append(
            f"{unplaced} gold span strings were not found in their sentence and are not scored."
        )
    return TaskReport(
        task="actors",
        dataset="conflibert-cameo",
        items=total,
        figures=figures,
        tables={"roles": roles, "missed": missed},
        notes=notes,
    )


def _gold_sentence(record: dict[str, Any]) -> GoldSentence:
    text = record["text"]
    sentence = GoldSentence(id=str(record.get("id", "")), text=text)
    for key, role in ROLES.items():
        for span_text in record.get(key) or []:
            where = _locate(span_text, text)
            if where is None:
                sentence.unplaced.append(span_text)
            else:
                sentence.spans.append(GoldActorSpan(role, where[0], where[1], span_text))
    return sentence


def _is_found(span: GoldActorSpan, text: str, result: CodedArticle | InputError) -> bool:
    """Whether one of our actor mentions overlaps the gold ``span`` of ``text``."""
    if isinstance(result, InputError):
        return False
    gold = OffsetMap(text, result.article.text).span(span.start, span.end)
    return any(
        overlaps(gold, (mention.start, mention.end))
        for actor in result.actors
        for mention in actor.mentions
    )


def _locate(span_text: str, text: str) -> tuple[int, int] | None:
    """Where the tokens of ``span_text`` first occur in ``text``, whatever the spacing."""
    tokens = span_text.split()
    if not tokens:
        return None
    pattern = r"\s*".join(re.escape(token) for token in tokens)
    found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return found.span() if found else None
