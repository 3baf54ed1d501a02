"""Resolve the dates an article mentions against its publication date.

dateparser does the general work ("yesterday", "last year", "in March", "June 4, 2024");
rules of our own cover what it gets wrong for news: a bare weekday is the last such day on
or before publication ("on Wednesday" in a Wednesday paper is that day, dateparser picks the
week before); "last November" / "next March", which it does not read; decades ("the
1990s"), which it does not parse; bare durations ("six months" in "review the sanctions
in six months") and ages ("48" in "Raymond Roth, 48,"), which it would read as dates, so
they stay unresolved; and a month or day without a year ("April 7", "in June"), which is
the occurrence nearest the publication date, where dateparser always looks back.

Example:
    >>> resolve_date("on Wednesday", base=date(2015, 3, 18))
    ('2015-03-18', 'day')
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc

from .records import TimeExpression

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"^(?:on\s+|this\s+|last\s+)?({'|'.join(WEEKDAYS)})$", re.IGNORECASE)
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_RELATIVE_MONTH = re.compile(rf"^(last|next|this)\s+({'|'.join(MONTHS)})$", re.IGNORECASE)
_DURATION = re.compile(
    r"^(?:for\s+|about\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|"
    r"\d+)(?:\s+or\s+\w+)?\s+(?:day|week|month|year|decade)s?$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_YEAR = re.compile(r"\b\d{4}\b")
_MONTH_NAME = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_DECADE = re.compile(r"^(?:in\s+|during\s+)?(?:the\s+)?(1[0-9]|20)([0-9])0s$", re.IGNORECASE)
# dateparser's precision ("period") -> how much of the ISO date we keep
_ISO_FORMATS = {"day": "%Y-%m-%d", "week": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def resolve_date(text: str, *, base: date) -> tuple[str, str] | None:
    """The ISO value and precision (day, week, month, year, decade) of a time expression,
    read relative to ``base`` (the publication date); None when it is not a calendar date."""
    text = " ".join(text.split())
    if match := _WEEKDAY.match(text):
        days_back = (base.weekday() - WEEKDAYS.index(match.group(1).lower())) % 7
        return (base - timedelta(days=days_back)).isoformat(), "day"
    if match := _RELATIVE_MONTH.match(text):
        return _relative_month(
            match.group(1).lower(), MONTHS.index(match.group(2).lower()) + 1, base
        ), "month"
    if match := _DECADE.match(text):
        return match.group(1) + match.group(2), "decade"
    if _DURATION.match(text) or _BARE_NUMBER.match(text):
        return None
    data = _parser(base).get_date_data(text)
    if data.date_obj is None or not any(char.isdigit() for char in text) and not _is_relative(text):
        return None
    period = data.period if data.period in _ISO_FORMATS else "day"
    found = data.date_obj.date()
    if period in ("day", "month") and _MONTH_NAME.search(text) and not _YEAR.search(text):
        found = _nearest_year(found, base)
    return found.strftime(_ISO_FORMATS[period]), period


def resolve_dates(doc: Doc, *, base: date) -> list[TimeExpression]:
    """Every DATE entity of ``doc`` that resolves to a calendar date."""
    expressions = []
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        resolved = resolve_date(ent.text, base=base)
        if resolved is not None:
            value, precision = resolved
            expressions.append(
                TimeExpression(ent.text, ent.start_char, ent.end_char, value, precision)
            )
    return expressions


def _nearest_year(found: date, base: date) -> date:
    """The same month and day in the year that puts it nearest ``base``."""
    candidates = []
    for year in (base.year - 1, base.year, base.year + 1):
        try:
            candidates.append(found.replace(year=year))
        except ValueError:  # 29 February in a common year
            continue
    if not candidates:  # 29 February, and no leap year among them: keep dateparser's year
        return found
    return min(candidates, key=lambda candidate: abs((candidate - base).days))


def _relative_month(which: str, month: int, base: date) -> str:
    """ "last November" is the latest November before the publication month, "next March"
    the first March after it, "this May" the one of the publication year."""
    year = base.year
    if which == "last" and month >= base.month:
        year -= 1
    elif which == "next" and month <= base.month:
        year += 1
    return f"{year:04d}-{month:02d}"


def parse_iso_date(value: str) -> date:
    """A date from an ISO date or timestamp ("2015-03-18", "2015-03-18T09:30:00Z").

    Raises:
        ValueError: when ``value`` is neither.
    """
    return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date()


_RELATIVE_WORDS = re.compile(
    r"\b(?:today|yesterday|tomorrow|week|month|year|ago|weekend|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)


def _is_relative(text: str) -> bool:
    """Whether a digit-free expression names a calendar unit ("last week", "in March")."""
    return bool(_RELATIVE_WORDS.search(text))


@cache
def _parser(base: date) -> DateDataParser:
    # One parser per publication date: building one costs ~ms, and a corpus has few dates.
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)
