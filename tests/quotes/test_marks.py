"""Quotation marks paired into passages: ``quoted_passages`` on raw strings.

Straight, curly and doubled-apostrophe double marks; the comma before a cue left out; a
quotation left open at the end of its paragraph; single marks only in a headline; and the
paragraph each passage lies in.
"""

from __future__ import annotations

import pytest

from newsevents.quotes import quoted_passages
from newsevents.quotes.marks import Passage


def inner(text: str) -> list[str]:
    """The words of each passage of ``text``, in order."""
    return [text[p.start : p.end] for p in quoted_passages(text)]


def only_passage(text: str) -> Passage:
    passages = quoted_passages(text)
    assert len(passages) == 1, passages
    return passages[0]


# Double marks


@pytest.mark.parametrize(
    "text",
    [
        'The minister said: "We will stay."',
        "The minister said: “We will stay.”",
        "The minister said: „We will stay.”",
    ],
    ids=["straight", "curly", "low-opening"],
)
def test_double_marks_enclose_a_passage(text: str) -> None:
    passage = only_passage(text)
    assert text[passage.start : passage.end] == "We will stay."
    assert passage.open_at == text.index("We") - 1
    assert passage.close_at == len(text) - 1
    assert passage.paragraph == 0


def test_passage_offsets_are_inside_the_marks() -> None:
    text = 'He said: "We will stay."'
    assert [(p.start, p.end, p.open_at, p.close_at) for p in quoted_passages(text)] == [
        (10, 23, 9, 23)
    ]


@pytest.mark.parametrize(
    "text",
    ['"We will not back down," the minister said.', "“We will not back down,” the minister said."],
    ids=["straight", "curly"],
)
def test_the_comma_before_the_cue_is_left_out(text: str) -> None:
    passage = only_passage(text)
    assert text[passage.start : passage.end] == "We will not back down"
    assert passage.close_at == text.index(",") + 1


def test_several_quotations_in_one_paragraph_pair_in_order() -> None:
    text = '"We are ready," she said. "Are you?" he asked. The talks were "constructive".'
    assert inner(text) == ["We are ready", "Are you?", "constructive"]


def test_text_without_marks_has_no_passage() -> None:
    assert quoted_passages("Russia's army advanced on Tuesday, the ministry said.") == []


# Quotations that run over a paragraph break


def test_a_quotation_open_at_its_paragraph_end_closes_there() -> None:
    text = (
        "Berlin pledges support\n"
        "\n"
        '"Germany will stand by Ukraine. Our support will not waver\n'
        "\n"
        '"We will send more air defence systems," Baerbock said.\n'
    )
    first, second = quoted_passages(text)
    assert (
        text[first.start : first.end] == "Germany will stand by Ukraine. Our support will not waver"
    )
    assert first.close_at is None
    assert first.paragraph == 1
    assert text[second.start : second.end] == "We will send more air defence systems"
    assert second.close_at is not None
    assert second.paragraph == 2
    assert second.open_at == text.index('"We will send')


def test_an_open_mark_does_not_pair_with_a_mark_in_the_next_paragraph() -> None:
    text = 'Talks fail\n\nHe said: "It is over\n\nThe talks ended on "Tuesday" evening.'
    assert inner(text) == ["It is over", "Tuesday"]


# Single marks


@pytest.mark.parametrize(
    ("headline", "words"),
    [
        ("Kremlin 'not worried' by new sanctions", "not worried"),
        ("Kremlin ‘not worried’ by new sanctions", "not worried"),
    ],
    ids=["straight", "curly"],
)
def test_single_marks_quote_in_a_headline(headline: str, words: str) -> None:
    text = headline + "\n\nMOSCOW (Reuters) - The Kremlin shrugged off the measures.\n"
    passage = only_passage(text)
    assert text[passage.start : passage.end] == words
    assert passage.paragraph == 0


@pytest.mark.parametrize(
    "text",
    [
        "Moscow shrugs off sanctions\n\nThe Kremlin said it was 'not worried' by the measures.",
        "Moscow shrugs off sanctions\n\nThe Kremlin said it was ‘not worried’ by the measures.",
    ],
    ids=["straight", "curly"],
)
def test_single_marks_in_the_body_are_not_quotation_marks(text: str) -> None:
    assert quoted_passages(text) == []


def test_single_marks_do_not_count_in_a_headline_with_double_marks() -> None:
    text = "Putin: \"We are 'not worried' by sanctions\"\n\nMOSCOW (Reuters) - The Kremlin spoke."
    assert inner(text) == ["We are 'not worried' by sanctions"]


@pytest.mark.parametrize(
    "headline",
    ["'Kremlin's red lines' ignored, says Kyiv", "‘Kremlin’s red lines’ ignored, says Kyiv"],
    ids=["straight", "curly"],
)
def test_an_apostrophe_does_not_close_a_single_quoted_headline(headline: str) -> None:
    text = headline + "\n\nKYIV (Reuters) - Ukraine said it would keep up its strikes."
    passage = only_passage(text)
    assert text[passage.start : passage.end] == headline[1:20]
    assert passage.close_at == 20


def test_an_apostrophe_alone_opens_nothing_in_a_headline() -> None:
    assert quoted_passages("Russia's army advances near Kharkiv\n\nThe ministry said so.") == []


# Doubled apostrophes


@pytest.mark.parametrize(
    "text",
    ["He said: ''We will stay.''", "He said: ``We will stay.''"],
    ids=["apostrophes", "backticks"],
)
def test_doubled_apostrophes_are_double_marks(text: str) -> None:
    passage = only_passage(text)
    assert text[passage.start : passage.end] == "We will stay."
    assert passage.open_at == text.index("We") - 2
    assert passage.close_at == len(text) - 2


def test_doubled_apostrophes_leave_out_the_comma_before_the_cue() -> None:
    assert inner("''We will not back down,'' the minister said.") == ["We will not back down"]


# Paragraph numbers


def test_paragraphs_are_numbered_from_the_headline_skipping_blank_lines() -> None:
    text = (
        'Kyiv says talks "frozen"\n'
        "\n"
        'KYIV (Reuters) - Ukraine called the talks "frozen" on Monday.\n'
        "\n"
        "\n"
        '"There is nothing to discuss," an official said. "Nothing at all."\n'
        "\n"
        'The ministry said the offer was "a trick".\n'
    )
    assert [(text[p.start : p.end], p.paragraph) for p in quoted_passages(text)] == [
        ("frozen", 0),
        ("frozen", 1),
        ("There is nothing to discuss", 2),
        ("Nothing at all.", 2),
        ("a trick", 3),
    ]
