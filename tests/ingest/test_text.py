"""Plain text to Article: headline, body, dateline, publication date, language."""

from __future__ import annotations

from datetime import date

import pytest

from newsevents.errors import InputError, SkippedInput
from newsevents.ingest.text import article_from_text, decode_bytes


def test_text_first_short_line_is_the_headline(wire_story: str) -> None:
    article = article_from_text(wire_story, source="spies.txt")
    assert article.title == "Russia summons German envoy over spying arrests"


def test_text_is_headline_blank_line_body(wire_story: str) -> None:
    article = article_from_text(wire_story, source="spies.txt")
    headline, blank, body = article.text.partition("\n\n")
    assert headline == article.title
    assert body.startswith("MOSCOW, March 18 (AFP) - Russia's foreign ministry")


def test_text_without_headline_when_story_opens_with_dateline() -> None:
    story = (
        "GENEVA, Oct 2 (Reuters) - Iran and six world powers resumed nuclear talks in Geneva "
        "on Thursday.\nDiplomats said the sides remained far apart on enrichment."
    )
    article = article_from_text(story, source="talks.txt")
    assert article.title is None
    assert article.text.startswith("GENEVA, Oct 2 (Reuters) -")


def test_text_title_argument_wins_over_first_line() -> None:
    article = article_from_text(
        "Kenya recalled its ambassador to Uganda on Monday after a border clash.",
        source="envoy.txt",
        title="Kenya recalls envoy",
    )
    assert article.text == (
        "Kenya recalls envoy\n\nKenya recalled its ambassador to Uganda on Monday after a "
        "border clash."
    )


@pytest.mark.parametrize(
    "raw",
    [
        "Kenya recalls envoy\r\n\r\nKenya recalled its ambassador on Monday.\r\n",
        "Kenya recalls envoy  \n\n\n\nKenya recalled its ambassador on Monday.   \n\n",
        "\n\nKenya recalls envoy\n\nKenya recalled its ambassador on Monday.",
    ],
)
def test_text_normalises_newlines_and_blank_lines(raw: str) -> None:
    article = article_from_text(raw, source="envoy.txt")
    assert article.text == "Kenya recalls envoy\n\nKenya recalled its ambassador on Monday."


def test_text_outlet_from_dateline_agency(wire_story: str) -> None:
    assert article_from_text(wire_story, source="spies.txt").outlet == "Agence France-Presse"


def test_text_dateline_place_and_offsets(wire_story: str) -> None:
    article = article_from_text(wire_story, source="spies.txt")
    assert article.dateline is not None
    assert article.dateline.place == "Moscow"
    assert article.text[article.dateline.start :].startswith("MOSCOW, March 18 (AFP) -")


def test_text_published_from_dateline_without_year_is_last_such_day(
    wire_story: str, fixed_today: date
) -> None:
    article = article_from_text(wire_story, source="spies.txt")
    assert article.published == "2015-03-18"


def test_text_dateline_date_after_today_falls_in_previous_year(fixed_today: date) -> None:
    story = "Vote count begins\n\nKAMPALA, Dec 30 (Reuters) - Officials began counting votes."
    assert article_from_text(story, source="vote.txt").published == "2014-12-30"


def test_text_dateline_without_year_warns_w102_and_w103(wire_story: str, fixed_today: date) -> None:
    warnings = article_from_text(wire_story, source="spies.txt").warnings
    assert [warning[:6] for warning in warnings] == ["[W102]", "[W103]"]
    assert "2015" in warnings[0]


def test_text_dateline_with_year_warns_only_w103(dated_story: str) -> None:
    article = article_from_text(dated_story, source="protest.txt")
    assert article.published == "2024-06-25"
    assert [warning[:6] for warning in article.warnings] == ["[W103]"]


def test_text_published_argument_wins_over_dateline(wire_story: str) -> None:
    article = article_from_text(wire_story, source="spies.txt", published="2015-03-19")
    assert (article.published, article.warnings) == ("2015-03-19", [])


def test_text_article_id_is_sha1_of_text(wire_story: str) -> None:
    first = article_from_text(wire_story, source="a.txt")
    again = article_from_text(wire_story, source="b.txt")
    assert first.id == again.id
    assert len(first.id) == 40


@pytest.mark.parametrize("raw", ["", "   \n\n \t\n"])
def test_text_empty_raises_e102(raw: str) -> None:
    with pytest.raises(InputError, match=r"^empty\.txt: \[E102\] the article is empty"):
        article_from_text(raw, source="empty.txt")


def test_text_foreign_language_is_skipped_with_w101(foreign_story: tuple[str, str]) -> None:
    language, story = foreign_story
    with pytest.raises(
        SkippedInput, match=rf"^story\.txt: \[W101\] the article is in '{language}', not 'en'\."
    ):
        article_from_text(story, source="story.txt")


def test_text_short_text_is_not_judged_foreign() -> None:
    article = article_from_text("Beirut: curfew lifted", source="short.txt")
    assert article.language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "Raul Castro met Venezuelan President Nicolas Maduro in Havana.",
        "Presidente Luiz Inacio Lula da Silva met Gustavo Petro in Bogota on Monday.",
    ],
)
def test_text_names_do_not_make_an_english_text_foreign(text: str) -> None:
    assert article_from_text(text, source="names.txt").language == "en"


def test_text_short_foreign_text_is_still_judged() -> None:
    text = "La police a arrêté trois manifestants à Paris lundi, selon le ministère."
    with pytest.raises(SkippedInput, match=r"\[W101\] the article is in 'fr'"):
        article_from_text(text, source="court.txt")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Kyiv — talks resume".encode(), "Kyiv — talks resume"),
        ("\ufeffKyiv — talks resume".encode(), "Kyiv — talks resume"),
        (b"Kyiv \x96 talks resume in Gen\xe8ve", "Kyiv – talks resume in Genève"),
    ],
    ids=["utf-8", "utf-8-bom", "cp1252"],
)
def test_text_decode_bytes_reads_common_encodings(data: bytes, expected: str) -> None:
    assert decode_bytes(data, source="story.txt") == expected


def test_text_decode_bytes_refuses_binary_with_e104(png_bytes: bytes) -> None:
    with pytest.raises(InputError, match=r"^photo\.png: \[E104\] looks like a binary file"):
        decode_bytes(png_bytes, source="photo.png")
