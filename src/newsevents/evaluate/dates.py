"""Score date resolution (``when.py``) on TempEval-3 TimeML: spans and values of TIMEX3.

Each ``.tml`` document gives its creation time (the DCT) and a ``<TEXT>`` with inline
``<TIMEX3 tid type value>``. We strip the markup to plain text, keeping each gold timex as
character offsets, parse the text with ``coder.nlp`` and run ``resolve_dates`` with the DCT
as the base date: the same stage ``newsevents code`` runs with the publication date.

Spans: one of our resolved expressions and one gold timex pair up when they overlap
(relaxed; each pairs at most once, in text order) or when their offsets are equal (strict).
The headline figures count all our expressions against the gold timexes of type DATE; the
``all_types_*`` figures against every gold timex (DATE, TIME, DURATION, SET), of which only
DATE and TIME name a point our resolver can give.

Values: on relaxed pairs, our value equals the gold one as a string, ours written as TE3
writes it (day 2013-03-18, month 2013-03, year 2013, decade 201; a week-precision date as
its ISO week, 2013-W12). Gold values of other kinds (PRESENT_REF, seasons 2012-SU,
centuries 19, times ...T20, underspecified XXXX-..., durations P1M) cannot come out of our
resolver; ``unproducible_gold`` counts those among the scored gold timexes, and
``value_accuracy_producible`` leaves them out.

Example:
    >>> report = evaluate_dates(Path("../shared/data/tempeval3-platinum"))  # doctest: +SKIP
    >>> report.figures["value_accuracy"]  # doctest: +SKIP
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..coder import Coder
from ..records import TimeExpression
from ..when import parse_iso_date, resolve_dates
from .report import TaskReport, prf

TIMEML_SUFFIX = ".tml"
# the TE3 value kinds our resolver can write: day, month, year, decade, ISO week
_PRODUCIBLE = re.compile(r"^(?:\d{4}(?:-\d{2}){0,2}|\d{3}|\d{4}-W\d{2})$")


@dataclass
class Timex:
    """A gold TIMEX3 in the plain text of a document."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDocument:
    """A TimeML document as plain text, its creation date and its gold timexes."""

    name: str
    text: str
    dct: date
    timexes: list[Timex]


@dataclass
class Tally:
    """Counts for one set of gold timexes (DATE only, or all types)."""

    predicted: int = 0
    expected: int = 0
    relaxed: int = 0
    strict: int = 0
    value_correct: int = 0
    unproducible: int = 0
    producible_pairs: int = 0
    producible_correct: int = 0
    value_errors: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        figures = prf(self.relaxed, self.predicted, self.expected)
        figures["strict_f1"] = prf(self.strict, self.predicted, self.expected)["f1"]
        figures["value_accuracy"] = self.value_correct / self.relaxed if self.relaxed else 0.0
        figures["value_accuracy_producible"] = (
            self.producible_correct / self.producible_pairs if self.producible_pairs else 0.0
        )
        figures["timexes"] = self.expected
        figures["unproducible_gold"] = self.unproducible
        return figures


def matches(path: Path) -> bool:
    """Whether ``path`` is a folder of TimeML ``.tml`` files (or holds them in ``tml/``)."""
    return bool(_timeml_files(path))


def evaluate_dates(
    path: Path, *, coder: Coder | None = None, limit: int | None = None
) -> TaskReport:
    """Score our date resolution on the TimeML documents under ``path`` (first ``limit``).

    Raises:
        ValueError: ``path`` holds no ``.tml`` file, or one is not well-formed TimeML.
    """
    files = _timeml_files(path)[:limit]
    if not files:
        raise ValueError(f"{path}: no TimeML files; give a folder of .tml files (TempEval-3).")
    documents = [read_timeml(file) for file in files]
    coder = coder or Coder()
    docs = coder.nlp.pipe(document.text for document in documents)
    date_tally, all_tally = Tally(), Tally()
    rows = []
    missed_unresolved = 0
    for document, doc in zip(documents, docs, strict=True):
        ours = resolve_dates(doc, base=document.dct)
        dates_only = [timex for timex in document.timexes if timex.type == "DATE"]
        row = score_document(document.name, dates_only, ours, date_tally)
        row["missed_unresolved"] = count_missed_unresolved(dates_only, ours, doc)
        missed_unresolved += row["missed_unresolved"]
        score_document(document.name, document.timexes, ours, all_tally)
        rows.append({"id": document.name, "dct": document.dct.isoformat(), **row})
    figures = date_tally.figures()
    figures |= {f"all_types_{name}": value for name, value in all_tally.figures().items()}
    figures["missed_unresolved"] = missed_unresolved
    figures["documents"] = len(documents)
    return TaskReport(
        task="dates",
        dataset=path.parent.name if path.name == "tml" else path.name,
        items=all_tally.expected,
        figures=figures,
        tables={"value_errors": date_tally.value_errors, "articles": rows},
        notes=_notes(),
    )


def read_timeml(path: Path) -> TimeMLDocument:
    """The plain text of ``<TEXT>``, with its TIMEX3 as offsets, and the DCT as a date.

    Raises:
        ValueError: the file is not well-formed TimeML or lacks a TEXT or a DCT.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as err:
        raise ValueError(f"{path}: not well-formed TimeML ({err}).") from err
    text_element = root.find("TEXT")
    dct_element = root.find("DCT/TIMEX3")
    if text_element is None or dct_element is None or not dct_element.get("value"):
        raise ValueError(f"{path}: a TimeML document needs <DCT><TIMEX3 value=...> and <TEXT>.")
    parts: list[str] = []
    timexes: list[Timex] = []
    _flatten(text_element, parts, timexes)
    dct = parse_iso_date(dct_element.get("value", "")[:10])
    return TimeMLDocument(path.stem, "".join(parts), dct, timexes)


def score_document(
    name: str, gold: list[Timex], ours: list[TimeExpression], tally: Tally
) -> dict[str, Any]:
    """Pair ``ours`` with ``gold`` in one document, add the counts to ``tally`` and
    return the document's row."""
    pairs = pair_overlapping(gold, ours)
    strict = {(timex.start, timex.end) for timex in gold}
    tally.predicted += len(ours)
    tally.expected += len(gold)
    tally.relaxed += len(pairs)
    tally.strict += sum((expression.start, expression.end) in strict for expression in ours)
    tally.unproducible += sum(not is_producible(timex.value) for timex in gold)
    correct = 0
    for timex, expression in pairs:
        value = te3_value(expression)
        is_correct = value == timex.value
        correct += is_correct
        if is_producible(timex.value):
            tally.producible_pairs += 1
            tally.producible_correct += is_correct
        if not is_correct:
            tally.value_errors.append(
                {
                    "id": name,
                    "gold_text": timex.text,
                    "gold_value": timex.value,
                    "our_text": expression.text,
                    "our_value": value,
                }
            )
    tally.value_correct += correct
    paired_gold = {id(timex) for timex, _ in pairs}
    paired_ours = {id(expression) for _, expression in pairs}
    return {
        "gold": len(gold),
        "ours": len(ours),
        "matched": len(pairs),
        "value_correct": correct,
        "unmatched_gold": "; ".join(t.text for t in gold if id(t) not in paired_gold),
        "unmatched_ours": "; ".join(e.text for e in ours if id(e) not in paired_ours),
    }


def count_missed_unresolved(gold: list[Timex], ours: list[TimeExpression], doc: Doc) -> int:
    """How many gold timexes we missed although spaCy found an overlapping DATE entity:
    misses of the resolver, not of the entity recogniser."""
    resolved = {(expression.start, expression.end) for expression in ours}
    unresolved = [
        ent
        for ent in doc.ents
        if ent.label_ == "DATE" and (ent.start_char, ent.end_char) not in resolved
    ]
    paired = {id(timex) for timex, _ in pair_overlapping(gold, ours)}
    return sum(
        any(ent.start_char < timex.end and timex.start < ent.end_char for ent in unresolved)
        for timex in gold
        if id(timex) not in paired
    )


def pair_overlapping(
    gold: list[Timex], ours: list[TimeExpression]
) -> list[tuple[Timex, TimeExpression]]:
    """Each gold timex with the first of our unpaired expressions that overlaps it."""
    pairs = []
    free = sorted(ours, key=lambda expression: expression.start)
    for timex in sorted(gold, key=lambda timex: timex.start):
        partner = next((e for e in free if e.start < timex.end and timex.start < e.end), None)
        if partner is not None:
            free.remove(partner)
            pairs.append((timex, partner))
    return pairs


def te3_value(expression: TimeExpression) -> str:
    """Our value as TE3 writes it: a week-precision date becomes its ISO week."""
    if expression.precision != "week":
        return expression.value
    year, week, _day = date.fromisoformat(expression.value).isocalendar()
    return f"{year}-W{week:02d}"


def is_producible(value: str) -> bool:
    """Whether our resolver can write a TE3 value of this kind at all."""
    return bool(_PRODUCIBLE.match(value))


def _flatten(element: ET.Element, parts: list[str], timexes: list[Timex]) -> None:
    """Append the text under ``element`` to ``parts``, noting each TIMEX3's offsets."""
    parts.append(element.text or "")
    for child in element:
        first = len(parts)
        _flatten(child, parts, timexes)
        if child.tag == "TIMEX3":
            start = sum(map(len, parts[:first]))
            text = "".join(parts[first:])
            kind, value = child.get("type", ""), child.get("value", "")
            timexes.append(Timex(start, start + len(text), text, kind, value))
        parts.append(child.tail or "")


def _timeml_files(path: Path) -> list[Path]:
    folder = path / "tml" if (path / "tml").is_dir() else path
    return sorted(folder.glob(f"*{TIMEML_SUFFIX}")) if folder.is_dir() else []


def _notes() -> list[str]:
    return [
        "precision counts every expression resolve_dates returns; one overlapping a gold "
        "TIME, DURATION or SET timex is a false positive in the DATE figures.",
        "all_types_* score the same expressions against every gold timex; durations, sets "
        "and times are not calendar dates, so their values are all unproducible.",
        "missed_unresolved: gold DATE timexes we missed although spaCy tagged an "
        "overlapping DATE entity, which resolve_date could not read (the rest of the "
        "misses have no DATE entity at all).",
        "a relaxed pair is one overlap, each side used once: '2009-2010' read as one "
        "expression pairs with the gold '2009' and leaves '2010' missed.",
    ]
