"""Writers: JSON Lines, a JSON array, CSV (one row per event) and a table for people."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsevents.output import CSV_COLUMNS, FORMATS, format_for_path, open_writer, write_all
from newsevents.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Offsets,
    Place,
    Quote,
)

TEXT = (
    "Georgia rejects Russian treaty\n\nTBILISI (AP) — Georgian President Giorgi Margvelashvili "
    'on Wednesday rejected the treaty. "Georgia will never accept it," Margvelashvili said.'
)


def _coded(article_id: str = "ge-1", *, events: bool = True) -> CodedArticle:
    """A coded article with one event and one quote, built by hand."""
    person = TEXT.index("Giorgi Margvelashvili")
    trigger = TEXT.index("rejected")
    quote = TEXT.index("Georgia will never")
    actors = [
        Actor(
            id="a1",
            name="Giorgi Margvelashvili",
            kind="person",
            code="GEOGOV",
            country="GEO",
            mentions=[Mention(person, person + 21, "Giorgi Margvelashvili")],
        ),
        Actor(
            id="a2",
            name="Russia",
            kind="state",
            code="RUS",
            country="RUS",
            mentions=[Mention(16, 23, "Russian")],
        ),
    ]
    event = Event(
        id="e1",
        source="a1",
        target="a2",
        cameo="125",
        root="12",
        plover="REJECT",
        quad_class=3,
        goldstein=-5.0,
        trigger=Mention(trigger, trigger + 8, "rejected"),
        sentence=Offsets(TEXT.index("TBILISI"), TEXT.index("treaty.") + 7),
        date="2015-03-18",
        date_text="on Wednesday",
        location=Location(name="Tbilisi", country="GEO"),
        confidence=0.7,
        rule="lexicon/verbs.jsonl#reject",
    )
    return CodedArticle(
        article=Article(
            id=article_id,
            text=TEXT,
            title="Georgia rejects Russian treaty",
            outlet="Associated Press",
            published="2015-03-18",
            source_path="in/georgia.txt",
        ),
        actors=actors,
        events=[event] if events else [],
        quotes=[
            Quote(
                id="q1",
                speaker="a1",
                speaker_text="Margvelashvili",
                text="Georgia will never accept it,",
                start=quote,
                end=quote + 29,
                kind="direct",
                cue="said",
            )
        ],
        places=[Place(name="Tbilisi", mentions=[Offsets(32, 39)])],
    )


def _write(fmt: str, coded_articles: list[CodedArticle]) -> str:
    stream = io.StringIO()
    write_all(coded_articles, fmt, stream)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("coded.jsonl", "jsonl"),
        ("coded.json", "json"),
        ("events.csv", "csv"),
        ("EVENTS.CSV", "csv"),
        ("summary.table", "table"),
        ("coded.txt", "jsonl"),
        ("coded", "jsonl"),
        (None, "jsonl"),
    ],
)
def test_output_format_for_path(name: str | None, expected: str) -> None:
    assert format_for_path(name) == expected


def test_output_jsonl_one_object_per_line() -> None:
    lines = _write("jsonl", [_coded("ge-1"), _coded("ge-2")]).splitlines()
    assert [json.loads(line)["article"]["id"] for line in lines] == ["ge-1", "ge-2"]


def test_output_jsonl_line_is_the_contract_dict() -> None:
    coded = _coded()
    assert json.loads(_write("jsonl", [coded])) == coded.to_dict()


@pytest.mark.parametrize("count", [0, 1, 2])
def test_output_json_is_one_array(count: int) -> None:
    coded_articles = [_coded(f"ge-{n}") for n in range(count)]
    assert json.loads(_write("json", coded_articles)) == [c.to_dict() for c in coded_articles]


def test_output_csv_one_row_per_event() -> None:
    rows = list(
        csv.DictReader(io.StringIO(_write("csv", [_coded(), _coded("ge-2", events=False)])))
    )
    assert len(rows) == 1
    row = rows[0]
    assert (row["source"], row["cameo"], row["plover"], row["target"], row["date"]) == (
        "Giorgi Margvelashvili",
        "125",
        "REJECT",
        "Russia",
        "2015-03-18",
    )
    assert (row["source_code"], row["target_country"], row["location"]) == (
        "GEOGOV",
        "RUS",
        "Tbilisi",
    )


def test_output_csv_header_even_without_events() -> None:
    assert _write("csv", [_coded(events=False)]).splitlines() == [",".join(CSV_COLUMNS)]


@pytest.mark.parametrize(
    "shown",
    [
        "Georgia rejects Russian treaty",  # title
        "Associated Press",  # outlet
        "REJECT",  # the event
        "Georgia will never accept it",  # the quote
        "Giorgi Margvelashvili (GEOGOV)",  # an actor with its code
        "Tbilisi",  # a place
    ],
)
def test_output_table_shows_what_was_coded(shown: str) -> None:
    assert shown in _write("table", [_coded()])


def test_output_table_says_when_nothing_was_coded() -> None:
    coded = _coded(events=False)
    coded.quotes = []
    table = _write("table", [coded])
    assert "no events coded" in table
    assert "no quotes found" in table


def test_output_table_keeps_square_brackets_literal() -> None:
    coded = _coded()
    coded.article.title = "[Updated] Georgia rejects Russian treaty"
    assert "[Updated] Georgia rejects" in _write("table", [coded])


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_writer_for_every_format_names_the_article(fmt: str) -> None:
    stream = io.StringIO()
    with open_writer(fmt, stream) as writer:
        writer.write(_coded())
    assert "ge-1" in stream.getvalue() or "Georgia rejects Russian treaty" in stream.getvalue()
