"""Score event locations and the toponyms behind them against Halterman's event-location gold.

Each gold record is one news sentence, one event verb (VERB span) and 0-n LOCATION spans
for where that event happened (``../shared/data/event-location/SOURCE.md``). Two things
are measured:

- toponym recall: the share of gold LOCATION spans that one of our place mentions overlaps.
  A location we never find as a place cannot become an event's location, so this bounds
  event location accuracy from above.
- event location accuracy: for each record with a VERB span, our event whose trigger
  overlaps the verb gives its ``location.name``; it is right when it equals or contains a
  gold location text, or is contained in one (case-insensitive), and, for a record with no
  gold location, when we give none. A verb we code no event for gives no location. The
  accuracy over records that have a gold location is reported beside it, since giving no
  location at all already scores every record without one.

Example:
    >>> report = evaluate_locations(Path("../shared/data/event-location"))
    >>> report.figures["records"]
    496.0
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..coder import Coder
from ..errors import InputError
from ..records import CodedArticle, Mention
from .coding import OffsetMap, code_texts, overlaps
from .gold import first_record_keys, read_jsonl
from .report import TaskReport, share

DATA_FILE = "gold_relabel.jsonl"
# records listed in the report whose gold location we did not find as a place
MISSED_ROWS = 30


@dataclass
class GoldEventLocation:
    """One gold sentence: its event verb (None in a record without one) and locations."""

    id: str
    text: str
    verb: Mention | None
    locations: list[Mention] = field(default_factory=list)


def matches(path: Path) -> bool:
    """Whether ``path`` is the event-location folder or a file of its gold records."""
    if path.is_dir():
        return (path / DATA_FILE).is_file()
    return path.is_file() and (
        path.name == DATA_FILE or {"verb_lemma", "spans"} <= first_record_keys(path)
    )


def evaluate_locations(
    path: Path, *, coder: Coder | None = None, limit: int | None = None
) -> TaskReport:
    """Toponym recall and event location accuracy on the event-location gold.

    Raises:
        InputError: ``path`` is not the set, or a line is not JSON.

    Example:
        >>> evaluate_locations(Path("../shared/data/event-location"), limit=20).items
        20
    """
    records = read_event_locations(path, limit=limit)
    coder = coder or Coder()
    coded = code_texts(coder, [record.text for record in records])
    return score_event_locations(records, coded)


def read_event_locations(path: Path, *, limit: int | None = None) -> list[GoldEventLocation]:
    """The gold records of ``gold_relabel.jsonl`` (``path`` is it or its folder).

    Raises:
        InputError: the file is missing or a line is not a JSON object.
    """
    file = path / DATA_FILE if path.is_dir() else path
    records = []
    for record in read_jsonl(file):
        records.append(_gold_record(record))
        if limit is not None and len(records) >= limit:
            break
    return records


def score_event_locations(
    records: Sequence[GoldEventLocation], coded: Sequence[CodedArticle | InputError]
) -> TaskReport:
    """Toponym recall and event location accuracy; ``coded[i]`` is ``records[i]`` coded, or
    the InputError ingest raised for it (it finds nothing)."""
    toponyms = toponyms_found = 0
    with_verb = correct = located = located_correct = triggers = refused = 0
    missed: list[dict[str, Any]] = []
    for record, result in zip(records, coded, strict=True):
        if isinstance(result, InputError):
            refused += 1
            article = None
        else:
            article = result
        for location in record.locations:
            toponyms += 1
            if article is not None and _is_place(location, record.text, article):
                toponyms_found += 1
            elif len(missed) < MISSED_ROWS:
                missed.append({"id": record.id, "location": location.text})
        if record.verb is None:
            continue
        with_verb += 1
        event_found, name = _event_location(record, article)
        triggers += event_found
        right = is_same_location(name, [location.text for location in record.locations])
        correct += right
        if record.locations:
            located += 1
            located_correct += right
    figures = {
        "toponym_recall": share(toponyms_found, toponyms),
        "event_location_accuracy": share(correct, with_verb),
        "located_accuracy": share(located_correct, located),
        "event_trigger_recall": share(triggers, with_verb),
        "records": float(len(records)),
        "records_with_location": float(located),
        "records_without_location": float(with_verb - located),
        "gold_locations": float(toponyms),
    }
    return TaskReport(
        task="locations",
        dataset="event-location/gold_relabel",
        items=len(records),
        figures=figures,
        tables={"missed_toponyms": missed},
        notes=_notes(records, with_verb, triggers, refused),
    )


def is_same_location(name: str | None, gold: Sequence[str]) -> bool:
    """Whether our location ``name`` matches one of the gold location texts: equal,
    containing or contained, ignoring case; no name matches no gold location."""
    if not gold:
        return name is None
    if name is None:
        return False
    ours = name.casefold()
    return any(ours in text.casefold() or text.casefold() in ours for text in gold)


def _is_place(location: Mention, text: str, article: CodedArticle) -> bool:
    gold = OffsetMap(text, article.article.text).span(location.start, location.end)
    return any(
        overlaps(gold, (mention.start, mention.end))
        for place in article.places
        for mention in place.mentions
    )


def _event_location(
    record: GoldEventLocation, article: CodedArticle | None
) -> tuple[bool, str | None]:
    """Whether we coded an event on the gold verb, and that event's location name."""
    if article is None or record.verb is None:
        return False, None
    verb = OffsetMap(record.text, article.article.text).span(record.verb.start, record.verb.end)
    for event in article.events:
        if overlaps(verb, (event.trigger.start, event.trigger.end)):
            return True, event.location.name if event.location else None
    return False, None


def _notes(
    records: Sequence[GoldEventLocation], with_verb: int, triggers: int, refused: int
) -> list[str]:
    notes = [
        "toponym_recall: a gold LOCATION span counts as found when one of our place mentions "
        "overlaps it; it bounds event location accuracy from above.",
        "event_location_accuracy: over records with a VERB span, our event on that verb "
        "gives the location (name equal, containing or contained, ignoring case); a record "
        "without a gold location is right when we give none, so giving no location at all "
        "scores records_without_location / records with a verb. located_accuracy counts "
        "only records with a gold location.",
    ]
    if triggers == 0:
        notes.append(
            "no event of ours matched a gold verb: the events stage has not landed yet, so "
            "event_location_accuracy is only the share of records without a gold location."
        )
    if len(records) > with_verb:
        notes.append(
            f"{len(records) - with_verb} records have no VERB span; they count for "
            "toponym recall only."
        )
    if refused:
        notes.append(f"{refused} sentences were refused by ingest; they find nothing.")
    return notes


def _gold_record(record: dict[str, Any]) -> GoldEventLocation:
    spans = [
        (span["label"], Mention(span["start"], span["end"], span["text"]))
        for span in record.get("spans") or []
    ]
    verbs = [mention for label, mention in spans if label == "VERB"]
    return GoldEventLocation(
        id=str(record.get("id", "")),
        text=record["text"],
        verb=verbs[0] if verbs else None,
        locations=[mention for label, mention in spans if label == "LOCATION"],
    )
