"""The wire dateline parser: place, date and agency at the start of a story."""

from __future__ import annotations

from typing import Any

import pytest

import newsevents
from newsevents.ingest.dateline import parse_dateline

BODY = " Officials said talks would resume on Thursday."


@pytest.mark.parametrize(
    ("dateline", "place", "date_text", "outlet"),
    [
        ("MOSCOW, March 18 (AFP) -", "Moscow", "March 18", "Agence France-Presse"),
        ("KYIV, Ukraine (AP) —", "Kyiv", None, "Associated Press"),
        ("GENEVA, Oct 2 (Reuters) -", "Geneva", "Oct 2", "Reuters"),
        ("NAIROBI, Kenya, June 4, 2024 (AP) —", "Nairobi", "June 4, 2024", "Associated Press"),
        ("BEIRUT —", "Beirut", None, None),
        ("ADDIS ABABA (Reuters) -", "Addis Ababa", None, "Reuters"),
        ("WASHINGTON (AP) --", "Washington", None, "Associated Press"),
        ("N'DJAMENA, Chad (AFP) -", "N'Djamena", None, "Agence France-Presse"),
        ("BRUSSELS, Belgium, Oct. 3 (dpa) –", "Brussels", "Oct. 3", "Deutsche Presse-Agentur"),
        ("WASHINGTON, D.C. (AP) —", "Washington", None, "Associated Press"),
        ("WASHINGTON, D.C., March 4 (AP) —", "Washington", "March 4", "Associated Press"),
        ("WASHINGTON, D.C. —", "Washington", None, None),
        ("LYON:", "Lyon", None, None),
        ("GAZA CITY, Palestinian Territories:", "Gaza City", None, None),
    ],
)
def test_dateline_parses_wire_forms(
    dateline: str, place: str, date_text: str | None, outlet: str | None
) -> None:
    parsed = parse_dateline(dateline + BODY)
    assert parsed is not None
    assert (parsed.place, parsed.date_text, parsed.outlet) == (place, date_text, outlet)


@pytest.mark.parametrize(
    "dateline",
    [
        "MOSCOW, March 18 (AFP) -",
        "KYIV, Ukraine (AP) —",
        "NAIROBI, Kenya, June 4, 2024 (AP) —",
        "BEIRUT —",
        "WASHINGTON (AP) --",
        "WASHINGTON, D.C. (AP) —",
        "WASHINGTON, D.C., March 4 (AP) —",
    ],
)
def test_dateline_span_ends_where_the_story_begins(dateline: str) -> None:
    text = dateline + BODY
    parsed = parse_dateline(text)
    assert parsed is not None
    assert text[parsed.end :] == BODY.lstrip()


def test_a_label_before_a_colon_is_no_dateline() -> None:
    assert parse_dateline("BREAKING:" + BODY) is None


@pytest.mark.parametrize("offset", [0, 41])
def test_dateline_offsets_are_shifted_by_the_headline(offset: int) -> None:
    parsed = parse_dateline("GENEVA, Oct 2 (Reuters) -" + BODY, offset=offset)
    assert parsed is not None
    assert (parsed.start, parsed.end) == (offset, offset + len("GENEVA, Oct 2 (Reuters) - "))


def test_dateline_keeps_an_unknown_agency_as_printed() -> None:
    parsed = parse_dateline("SANAA (Saba) - Houthi officials said talks would resume.")
    assert parsed is not None
    assert parsed.outlet == "Saba"


@pytest.mark.parametrize(
    "text",
    [
        "US - China talks resume in Geneva after a six-month pause",
        pytest.param(
            "U.S. - China talks resume in Geneva after a six-month pause",
            marks=pytest.mark.issue(2),
        ),
        "The minister said - quietly - that the talks had failed.",
        "UN chief says ceasefire talks must resume",
        "Russian President Vladimir Putin signed the treaty on Wednesday.",
        "",
    ],
)
def test_dateline_absent_from_ordinary_sentences(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("record", "published", "origin"),
    [
        ("Egypt criticised Israel over the raid.", "2024-05-01", "option"),
        (
            "Russia summons envoy\n\nMOSCOW, March 18 (AFP) - Russia summoned the German "
            "ambassador on Wednesday.",
            None,
            "dateline",
        ),
        (
            {"text": "Egypt criticised Israel over the raid.", "published": "2024-05-01"},
            None,
            "record",
        ),
        (
            {"text": "Egypt criticised Israel over the raid.", "published": "2024-05-01"},
            "2024-05-02",
            "option",
        ),
        ("Egypt criticised Israel over the raid.", None, None),
    ],
    ids=["option", "dateline", "record", "option-over-record", "none"],
)
def test_dateline_published_from_says_where_the_date_came_from(
    coder: newsevents.Coder, record: str | dict[str, Any], published: str | None, origin: str | None
) -> None:
    article = coder.code(record, published=published).article
    assert article.published_from == origin
    assert (article.published is None) == (origin is None)
