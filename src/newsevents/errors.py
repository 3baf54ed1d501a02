"""Numbered error and warning messages, and the exceptions that carry them.

Codes by stage: E1xx ingest, E2xx model, E3xx actors, E4xx quotes, E5xx events,
E6xx dates/places, E7xx store, E8xx web, E9xx settings/data. A retired code is not reused.
"""

from __future__ import annotations


class _Messages(type):
    """Prefix each template with its code, as spaCy's Errors do: Errors.E102 -> "[E102] ..."."""

    def __getattribute__(cls, code: str) -> str:
        template = super().__getattribute__(code)
        if code.startswith("_") or not isinstance(template, str):
            return template
        return f"[{code}] {template}"


class Errors(metaclass=_Messages):
    E101 = "{source}: cannot be read ({reason})."
    E102 = "{source}: the article is empty; give a headline and a body."
    E103 = "{source}: line {line} is not a JSON object ({reason}); each line needs a 'text' or 'html' field."
    E104 = "{source}: looks like a binary file, not text or HTML; give a .txt, .html, .json or .jsonl article."
    E105 = "{source}: is {size} bytes, over the limit of {limit}; raise it with --max-bytes."
    E106 = "{source}: no article text found in the HTML page."
    E107 = "{source}: {reason}; a record needs a non-empty 'text' or 'html' field."
    E108 = "{source}: could not be fetched ({reason})."
    E109 = "{source}: no such file or directory."
    E110 = "{source}: '{value}' is not a date; give the publication date as YYYY-MM-DD."
    E111 = "{source}: not valid JSON ({reason}); give one object, an array of objects, or JSON Lines."
    E112 = "{source}: the article's metadata file is not valid ({reason}); give a JSON object with url, outlet, published."
    E113 = "{source}: not a file of coded articles ({reason}); give the JSON Lines that `newsevents code` writes."
    E114 = "{source}: not a gold set ({reason})."
    E201 = "spaCy model '{name}' is not installed; install it with: {install}"
    E901 = "{path}: line {line}: {reason}."
    E902 = "{path}: unknown setting '{key}'; known settings: {known}."
    E903 = "setting '{key}' must be {kind}, not {value!r}."


class Warnings(metaclass=_Messages):
    W101 = "{source}: skipped, the article is in '{language}', not '{expected}'."
    W102 = "the dateline gives no year; assumed {year}."
    W103 = "published date taken from the {origin}."


class NewseventsError(Exception):
    """Base class of the errors newsevents raises on purpose."""


class InputError(NewseventsError, ValueError):
    """One input (file, record, URL) cannot be coded; the run records it and goes on."""

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class SkippedInput(InputError):
    """An input deliberately not coded (e.g. not English): reported, but not a failure."""


class ModelNotFoundError(NewseventsError, OSError):
    """The requested spaCy pipeline is not installed."""


class DataFileError(NewseventsError, ValueError):
    """A packaged or user data file (settings, lexicon, table) is malformed."""
