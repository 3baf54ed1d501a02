"""Dates resolved against the publication date: 2015-03-18, a Wednesday."""

from __future__ import annotations

from datetime import date

import pytest

import newsevents
from newsevents.when import parse_iso_date, resolve_date, resolve_dates

PUBLISHED = date(2015, 3, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Wednesday", ("2015-03-18", "day")),
        ("Wednesday", ("2015-03-18", "day")),
        ("Tuesday", ("2015-03-17", "day")),
        ("on Thursday", ("2015-03-12", "day")),
        ("yesterday", ("2015-03-17", "day")),
        ("today", ("2015-03-18", "day")),
        ("last year", ("2014", "year")),
        ("in March", ("2015-03", "month")),
        ("in 2008", ("2008", "year")),
        ("the 1990s", ("199", "decade")),
        ("in the 1980s", ("198", "decade")),
        ("next month", ("2015-04", "month")),
        ("June 4, 2024", ("2024-06-04", "day")),
        ("March 2014", ("2014-03", "month")),
    ],
)
def test_when_resolves_expression_against_publication_date(
    text: str, expected: tuple[str, str]
) -> None:
    assert resolve_date(text, base=PUBLISHED) == expected


@pytest.mark.parametrize("text", ["decades", "recent years", "the weekend"])
def test_when_leaves_vague_expressions_unresolved(text: str) -> None:
    assert resolve_date(text, base=PUBLISHED) is None


@pytest.mark.issue(2)
def test_when_resolves_last_named_month() -> None:
    assert resolve_date("last November", base=PUBLISHED) == ("2014-11", "month")


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last November", "2014-11"),
        ("last March", "2014-03"),  # the publication month itself: a year before
        ("next March", "2016-03"),
        ("next November", "2015-11"),
        ("this May", "2015-05"),
        ("this January", "2015-01"),
    ],
)
def test_when_resolves_last_next_this_named_month(text: str, expected: str) -> None:
    assert resolve_date(text, base=PUBLISHED) == (expected, "month")


@pytest.mark.issue(2)
@pytest.mark.parametrize("text", ["six months", "four years", "for four years", "three weeks"])
def test_when_leaves_bare_durations_unresolved(text: str) -> None:
    assert resolve_date(text, base=PUBLISHED) is None


def test_when_in_a_duration_is_in_the_future() -> None:
    assert resolve_date("in six months", base=PUBLISHED) == ("2015-09", "month")


def test_when_resolve_dates_reads_every_date_entity(coder: newsevents.Coder) -> None:
    doc = coder.nlp(
        "The envoy arrived in Geneva on Tuesday, a year after talks collapsed in 2014, "
        "and the two sides will meet again next month."
    )
    found = {(expr.text, expr.value, expr.precision) for expr in resolve_dates(doc, base=PUBLISHED)}
    assert ("Tuesday", "2015-03-17", "day") in found
    assert ("2014", "2014", "year") in found
    assert ("next month", "2015-04", "month") in found


def test_when_resolve_dates_offsets_slice_the_text(coder: newsevents.Coder) -> None:
    doc = coder.nlp("Troops withdrew on Monday after fighting that began in the 1990s.")
    expressions = resolve_dates(doc, base=PUBLISHED)
    assert expressions
    for expr in expressions:
        assert doc.text[expr.start : expr.end] == expr.text


@pytest.mark.issue(2)
def test_when_resolve_dates_does_not_put_future_in_past(coder: newsevents.Coder) -> None:
    doc = coder.nlp("The European Union said it would review the sanctions in six months.")
    values = [expr.value for expr in resolve_dates(doc, base=PUBLISHED)]
    assert all(value >= "2015-03" for value in values)


@pytest.mark.issue(2)
def test_when_resolve_dates_skips_duration_keeps_named_month(coder: newsevents.Coder) -> None:
    doc = coder.nlp("He served four years in prison and will be released next March.")
    found = [(expr.text, expr.value) for expr in resolve_dates(doc, base=PUBLISHED)]
    assert found == [("next March", "2016-03")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-03-18", date(2015, 3, 18)),
        ("2015-03-18T09:30:00Z", date(2015, 3, 18)),
        ("2015-03-18T23:30:00+02:00", date(2015, 3, 18)),
    ],
)
def test_when_parse_iso_date_keeps_the_day(value: str, expected: date) -> None:
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize("value", ["18/03/2015", "March 18", "yesterday"])
def test_when_parse_iso_date_refuses_other_forms(value: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_date(value)


@pytest.mark.issue(3)
def test_when_february_29_without_a_nearby_leap_year_resolves() -> None:
    assert resolve_date("February 29", base=date(2026, 11, 28)) == ("2024-02-29", "day")


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a year to the day", ("2014-03-18", "day")),
        ("exactly two years to the day", ("2013-03-18", "day")),
        ("Oct. 8 last year", ("2014-10-08", "day")),
        ("June 4 next year", ("2016-06-04", "day")),
        ("early 2021", ("2021", "year")),
        ("mid-November", ("2014-11", "month")),
        ("late last year", ("2014", "year")),
        ("the start of October", ("2014-10", "month")),
        ("earlier this month", ("2015-03", "month")),
        ("Tuesday night", ("2015-03-17", "day")),
        ("Sunday morning", ("2015-03-15", "day")),
        ("last night", ("2015-03-17", "day")),
        ("since 2008", ("2008", "year")),
        ("until June", ("2015-06", "month")),
    ],
)
def test_when_resolves_qualified_and_offset_expressions(
    text: str, expected: tuple[str, str]
) -> None:
    assert resolve_date(text, base=PUBLISHED) == expected


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("text", "expected"),
    [("the following day", "2015-03-10"), ("the day before", "2015-03-08")],
)
def test_when_days_count_from_the_day_named_before(text: str, expected: str) -> None:
    assert resolve_date(text, base=PUBLISHED, anchor=date(2015, 3, 9)) == (expected, "day")


@pytest.mark.issue(6)
def test_when_following_day_without_an_earlier_date_counts_from_publication() -> None:
    assert resolve_date("the following day", base=PUBLISHED) == ("2015-03-19", "day")


@pytest.mark.issue(6)
def test_when_resolve_dates_chains_the_following_day(coder: newsevents.Coder) -> None:
    doc = coder.nlp(
        "French President Emmanuel Macron met Vladimir Putin in Moscow on Monday and "
        "travelled to Kyiv the following day."
    )
    found = [(expr.text, expr.value) for expr in resolve_dates(doc, base=PUBLISHED)]
    assert found == [("Monday", "2015-03-16"), ("the following day", "2015-03-17")]


@pytest.mark.issue(6)
def test_when_since_marks_the_start_of_a_span(coder: newsevents.Coder) -> None:
    doc = coder.nlp("Rebels have held the northern town since 2008, officials said.")
    (since,) = resolve_dates(doc, base=PUBLISHED)
    assert (since.text, since.value, since.precision, since.bound) == (
        "since 2008",
        "2008",
        "year",
        "start",
    )


@pytest.mark.issue(6)
def test_when_a_year_to_the_day_found_without_an_entity(coder: newsevents.Coder) -> None:
    doc = coder.nlp("Moscow signed the treaty a year to the day after it annexed the peninsula.")
    found = [(expr.text, expr.value) for expr in resolve_dates(doc, base=PUBLISHED)]
    assert ("a year to the day", "2014-03-18") in found
