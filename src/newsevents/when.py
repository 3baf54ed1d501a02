"""Resolve the dates an article mentions against its publication date.

dateparser does the general work ("yesterday", "last year", "in March", "June 4, 2024");
rules of our own cover what it gets wrong for news: a bare weekday is the last such day on
or before publication ("on Wednesday" in a Wednesday paper is that day, dateparser picks the
week before); "last November" / "next March", which it does not read; decades ("the
1990s"), which it does not parse; bare durations ("six months" in "review the sanctions
in six months") and ages ("48" in "Raymond Roth, 48,"), which it would read as dates, so
they stay unresolved; a month or day without a year ("April 7", "in June"), which is
the occurrence nearest the publication date, where dateparser always looks back; "Oct. 8
last year", "a year to the day"; qualifiers it does not read ("early 2021", "mid-November",
"late last year", "earlier this month", "Tuesday night"), which keep the precision of what
they qualify; and days counted from the date mentioned before ("the following day",
"the day before"), which dateparser counts from the publication date. "since 2008" is a
start, "until June" an end: ``TimeExpression.bound`` says so.

Example:
    >>> resolve_date("on Wednesday", base=date(2015, 3, 18))
    ('2015-03-18', 'day')
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import cache

from dateparser.date import DateDataParser
from spacy.tokens import Doc, Span

from .records import TimeExpression
from .spans import text_of

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
# words that narrow an expression without changing its precision: "early 2021", "Tuesday night"
_QUALIFIER = re.compile(
    r"^(?:(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+|early\s+|mid-?\s*|late\s+|"
    r"earlier\s+|later\s+)",
    re.IGNORECASE,
)
_DAY_PART = re.compile(r"\s+(?:morning|afternoon|evening|night)$", re.IGNORECASE)
_YEAR_OFFSET = re.compile(r"^(.+?)\s+(last|this|next)\s+year$", re.IGNORECASE)
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_YEARS_TO_THE_DAY = rf"(?:exactly\s+)?({'|'.join(_NUMBERS)})\s+years?\s+to\s+the\s+day"
_YEAR_TO_THE_DAY = re.compile(rf"^{_YEARS_TO_THE_DAY}$", re.IGNORECASE)
# a day counted from the date mentioned before it, and how many days on
_ANCHORED_DAYS = {
    "the following day": 1,
    "the next day": 1,
    "a day later": 1,
    "the day after": 1,
    "the previous day": -1,
    "the day before": -1,
    "a day earlier": -1,
}
_DAYS_FROM_PUBLICATION = {"last night": -1, "tonight": 0, "this morning": 0}
# day expressions spaCy's NER seldom marks as DATE, found in the text itself
_UNMARKED = re.compile(
    rf"\b(?:{_YEARS_TO_THE_DAY}|{'|'.join(_ANCHORED_DAYS)})\b",
    re.IGNORECASE,
)
# the word before a date that makes it one end of a span
BOUND_WORDS = {"since": "start", "from": "start", "until": "end", "till": "end", "through": "end"}


def resolve_date(text: str, *, base: date, anchor: date | None = None) -> tuple[str, str] | None:
    """The ISO value and precision (day, week, month, year, decade) of a time expression,
    read relative to ``base`` (the publication date); None when it is not a calendar date.
    ``anchor`` is the last day the text named, which "the following day" counts from.

    Example:
        >>> resolve_date("Oct. 8 last year", base=date(2024, 11, 27))
        ('2023-10-08', 'day')
    """
    text = " ".join(text.split())
    lowered = text.lower()
    for word in BOUND_WORDS:
        if lowered.startswith(word + " "):
            return resolve_date(text[len(word) + 1 :], base=base, anchor=anchor)
    if lowered in _ANCHORED_DAYS:
        return ((anchor or base) + timedelta(days=_ANCHORED_DAYS[lowered])).isoformat(), "day"
    if lowered in _DAYS_FROM_PUBLICATION:
        return (base + timedelta(days=_DAYS_FROM_PUBLICATION[lowered])).isoformat(), "day"
    if match := _YEAR_TO_THE_DAY.match(text):
        return _years_before(base, _NUMBERS[match.group(1).lower()]).isoformat(), "day"
    if (match := _QUALIFIER.match(text)) and match.end() < len(text):
        return resolve_date(text[match.end() :], base=base, anchor=anchor)
    if match := _DAY_PART.search(text):
        return resolve_date(text[: match.start()], base=base, anchor=anchor)
    if match := _YEAR_OFFSET.match(text):
        offset = {"last": -1, "this": 0, "next": 1}[match.group(2).lower()]
        return resolve_date(f"{match.group(1)} {base.year + offset}", base=base)
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
    """Every DATE entity of ``doc`` that resolves to a calendar date, in text order; a
    preposition that makes one a start or an end ("since 2008") is taken in.

    Example:
        >>> doc = nlp("The group has fought since 2008.")  # doctest: +SKIP
        >>> [(t.text, t.value, t.bound) for t in resolve_dates(doc, base=day)]  # doctest: +SKIP
        [('since 2008', '2008', 'start')]
    """
    expressions = []
    anchor = None
    for span in _date_spans(doc):
        before = doc[span.start - 1] if span.start > 0 else None
        bound = BOUND_WORDS.get(before.lower_) if before is not None else None
        start = before.idx if bound and before is not None else span.start_char
        resolved = resolve_date(span.text, base=base, anchor=anchor)
        if resolved is None:
            continue
        value, precision = resolved
        if precision == "day":
            anchor = date.fromisoformat(value)
        text = text_of(doc)[start : span.end_char]
        bound = bound or BOUND_WORDS.get(span[0].lower_)
        expressions.append(TimeExpression(text, start, span.end_char, value, precision, bound))
    return expressions


def _date_spans(doc: Doc) -> list[Span]:
    """DATE entities, and the day expressions NER leaves unmarked, in text order."""
    spans = [ent for ent in doc.ents if ent.label_ == "DATE"]
    for match in _UNMARKED.finditer(text_of(doc)):
        span = doc.char_span(match.start(), match.end())
        if span is not None and not any(
            span.start < other.end and other.start < span.end for other in spans
        ):
            spans.append(span)
    return sorted(spans, key=lambda span: span.start)


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


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
