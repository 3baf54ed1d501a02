"""Toponym recall and event location accuracy on event-location-style gold records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents.evaluate.locations import (
    evaluate_locations,
    is_same_location,
    matches,
    read_event_locations,
    score_event_locations,
)
from newsevents.records import Article, CodedArticle, Event, Location, Mention, Offsets, Place

SHELLING = "Government troops shelled the town of Idlib on Monday, killing four civilians."
PROTEST = "Thousands of people protested outside parliament in Tbilisi on Sunday."
ARREST = "Police arrested two activists after the rally, a spokesman said."


def _spans(text: str, verb: str, *locations: str) -> list[dict[str, Any]]:
    spans = []
    for label, words in [("VERB", verb), *(("LOCATION", place) for place in locations)]:
        start = text.index(words)
        spans.append({"label": label, "start": start, "end": start + len(words), "text": words})
    return spans


RECORDS = [
    {
        "id": "shell_1",
        "text": SHELLING,
        "verb_lemma": ["shell"],
        "spans": _spans(SHELLING, "shelled", "Idlib"),
    },
    {
        "id": "protest_2",
        "text": PROTEST,
        "verb_lemma": ["protest"],
        "spans": _spans(PROTEST, "protested", "parliament", "Tbilisi"),
    },
    {
        "id": "arrest_3",
        "text": ARREST,
        "verb_lemma": ["arrest"],
        "spans": _spans(ARREST, "arrested"),
    },
]


def _write_set(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(record) + "\n" for record in RECORDS)
    (folder / "gold_relabel.jsonl").write_text(lines, encoding="utf-8")
    return folder


def _place(text: str, words: str) -> Place:
    start = text.index(words)
    return Place(name=words, mentions=[Offsets(start, start + len(words))])


def _event(text: str, trigger: str, location: str | None) -> Event:
    start = text.index(trigger)
    return Event(
        id="e1",
        source=None,
        target=None,
        cameo="190",
        root="19",
        plover="ASSAULT",
        quad_class=4,
        goldstein=-10.0,
        trigger=Mention(start, start + len(trigger), trigger),
        sentence=Offsets(0, len(text)),
        location=Location(name=location) if location else None,
    )


def _coded(text: str, places: list[Place], events: list[Event] | None = None) -> CodedArticle:
    return CodedArticle(article=Article(id="x", text=text), places=places, events=events or [])


def test_matches_recognises_folder_and_file(tmp_path: Path) -> None:
    folder = _write_set(tmp_path / "event-location")
    assert matches(folder)
    assert matches(folder / "gold_relabel.jsonl")
    assert not matches(tmp_path)


def test_read_event_locations_splits_verb_and_locations(tmp_path: Path) -> None:
    records = read_event_locations(_write_set(tmp_path))
    protest = records[1]
    assert protest.verb is not None and protest.verb.text == "protested"
    assert [location.text for location in protest.locations] == ["parliament", "Tbilisi"]
    assert records[2].locations == []


def test_score_event_locations_toponym_recall_counts_overlapping_places(tmp_path: Path) -> None:
    records = read_event_locations(_write_set(tmp_path))
    coded = [
        _coded(SHELLING, [_place(SHELLING, "Idlib")]),
        _coded(PROTEST, [_place(PROTEST, "Tbilisi")]),
        _coded(ARREST, []),
    ]
    report = score_event_locations(records, coded)
    assert report.figures["toponym_recall"] == 2 / 3  # "parliament" is not found
    assert report.tables["missed_toponyms"] == [{"id": "protest_2", "location": "parliament"}]


def test_score_event_locations_without_events_scores_only_records_without_location(
    tmp_path: Path,
) -> None:
    records = read_event_locations(_write_set(tmp_path))
    coded = [_coded(record.text, []) for record in records]
    report = score_event_locations(records, coded)
    assert report.figures["event_location_accuracy"] == 1 / 3  # the arrest has no location
    assert report.figures["located_accuracy"] == 0.0
    assert report.figures["event_trigger_recall"] == 0.0
    assert any("events stage has not landed" in note for note in report.notes)


def test_score_event_locations_reads_location_of_event_on_gold_verb(tmp_path: Path) -> None:
    records = read_event_locations(_write_set(tmp_path))
    coded = [
        _coded(SHELLING, [], [_event(SHELLING, "shelled", "Idlib")]),
        _coded(PROTEST, [], [_event(PROTEST, "protested", "Moscow")]),
        _coded(ARREST, [], [_event(ARREST, "arrested", "Tbilisi")]),
    ]
    report = score_event_locations(records, coded)
    assert report.figures["event_trigger_recall"] == 1.0
    assert report.figures["event_location_accuracy"] == 1 / 3  # only Idlib is right
    assert report.figures["located_accuracy"] == 0.5


@pytest.mark.parametrize(
    ("name", "gold", "expected"),
    [
        ("Idlib", ["Idlib"], True),
        ("IDLIB", ["Idlib"], True),
        ("Aziziyah", ["Aziziyah district"], True),
        ("Idlib province", ["Idlib"], True),
        ("Aleppo", ["Idlib"], False),
        (None, ["Idlib"], False),
        (None, [], True),
        ("Idlib", [], False),
    ],
)
def test_is_same_location(name: str | None, gold: list[str], expected: bool) -> None:
    assert is_same_location(name, gold) is expected


def test_evaluate_locations_end_to_end(tmp_path: Path, coder: newsevents.Coder) -> None:
    report = evaluate_locations(_write_set(tmp_path), coder=coder)
    assert report.task == "locations"
    assert report.figures["records"] == 3
    assert report.figures["gold_locations"] == 3
    assert 0.0 <= report.figures["toponym_recall"] <= 1.0
