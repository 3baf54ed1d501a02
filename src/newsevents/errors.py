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
    E101 = "cannot be read ({reason})."
    E102 = "the article is empty; give a headline and a body."
    E103 = "not a JSON object ({reason}); each line needs a 'text' or 'html' field."
    E104 = "looks like a binary file, not text or HTML; give a .txt, .html, .json or .jsonl article."
    E105 = "{size} bytes, over the limit of {limit}; raise it with --max-bytes."
    E106 = "no article text found in the HTML page."
    E107 = "{reason}; a record needs a non-empty 'text' or 'html' field."
    E108 = "could not be fetched ({reason})."
    E109 = "no such file or directory."
    E110 = "'{value}' is not a date; give the publication date as YYYY-MM-DD."
    E111 = "not valid JSON ({reason}); give one object, an array of objects, or JSON Lines."
    E112 = "its metadata file {sidecar} is not valid ({reason}); give a JSON object with url, outlet, published."
    E113 = "not a file of coded articles ({reason}); give the JSON Lines that `newsevents code` writes."
    E114 = "not a gold set ({reason})."
    E115 = "coding failed ({type}: {reason}); the run goes on without this article."
    E116 = "{url} is not an HTML page ({kind}); archive records that are not web pages are skipped."
    E117 = "{url} answered HTTP {status} when it was archived; only pages fetched whole (200) are coded."
    E118 = "not a readable WARC archive ({reason}); give WARC or WARC.gz files as Common Crawl writes them."
    E119 = "standard input cannot be split between a cluster's workers; save it to a file and give its path."
    E120 = "{path}: line {line}: '{value}' is not a feed URL; give one http:// or https:// URL a line (# starts a comment)."
    E121 = "{path}: not a list of feeds ({reason}); give a text file with one feed URL a line."
    E122 = "not an RSS or Atom feed ({reason}); check that the URL serves the feed itself."
    E123 = "robots.txt of {site} disallows it; newsevents does not fetch what a site asks crawlers to leave alone."
    E124 = "robots.txt of {site} could not be read ({reason}); nothing is fetched from that site this cycle; the next cycle asks again."
    E125 = "'{value}' is not a duration; give seconds, minutes or hours, such as 90s, 15m or 1h."
    E126 = "every feed failed this cycle; check the URLs in the feed list and the network."
    E130 = "part {part} failed on the cluster ({type}: {reason}); run the same command again to code it."
    E201 = "spaCy model '{name}' is not installed; install it with: {install}"
    E301 = "{path}: cannot be read as an actor dictionary ({reason})."
    E302 = "{path}: line {line}: {reason}; an actor dictionary line is NAME [CODE], +SYNONYM, an indented [CODE date], or a comment."
    E501 = "{path}: cannot be read as a verb dictionary ({reason})."
    E502 = "{path}: line {line}: {reason}; a verb dictionary line is --- VERB [CODE] ---, a verb form, - PATTERN [CODE], &SET, +MEMBER, or a comment."
    E701 = "store is locked by PID {pid} (a newsevents writer since {since}); wait for it to finish or stop it."
    E702 = "store is busy ({reason}); another program holds it open for writing."
    E703 = "no such store; create one with: newsevents ingest INPUT --store {path}"
    E704 = "not a newsevents store ({reason})."
    E705 = "query failed ({reason})."
    E801 = "the posted article is {size} characters, over the limit of {limit}; code it with `newsevents code`, or raise the limit with serve --max-text."
    E802 = "no article with id '{id}' in the store."
    E803 = "give the article as one of 'text', 'html' or 'url'."
    E804 = "the request body is {size} bytes, over the limit of {limit}."
    E901 = "{path}: line {line}: {reason}."
    E902 = "{path}: unknown setting '{key}'; known settings: {known}."
    E903 = "setting '{key}' must be {kind}, not {value!r}."


class Warnings(metaclass=_Messages):
    W101 = "the article is in '{language}', not '{expected}'."
    W102 = "the dateline gives no year; assumed {year}."
    W103 = "published date taken from the {origin}."


class NewseventsError(Exception):
    """Base class of the errors newsevents raises on purpose."""


class InputError(NewseventsError, ValueError):
    """One input (file, record, URL) cannot be coded; the run records it and goes on.

    Its text names the input first: "a.jsonl:3: [E103] not a JSON object (...)".
    """

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


class SkippedInput(InputError):
    """An input deliberately not coded (e.g. not English): reported, but not a failure."""


class ModelNotFoundError(NewseventsError, OSError):
    """The requested spaCy pipeline is not installed."""


class StoreError(NewseventsError, OSError):
    """The store cannot be opened, written or queried.

    Its text names the store first: "events.duckdb: [E703] no such store; ...".
    """

    def __init__(self, message: str, *, path: object) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class StoreLockedError(StoreError):
    """Another process is writing the store."""


class StoreBusyError(StoreError):
    """Another process held the store's file open for longer than a reader waits."""


class DataFileError(NewseventsError, ValueError):
    """A packaged or user data file (settings, lexicon, table) is malformed."""
