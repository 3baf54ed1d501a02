"""The records newsevents produces, their JSON form (to_dict/from_dict) and its schema.

The JSON form is the output contract of DESIGN.md: one object per article with the keys
article, actors, events, quotes, places. Character offsets are into ``Article.text``,
end exclusive.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Self

SCHEMA_FILE = "schema/coded_article.schema.json"


class Record:
    """Mixin giving a dataclass its JSON form.

    Fields declared with ``metadata={"json": False}`` stay on the Python object only.
    """

    def to_dict(self) -> dict[str, Any]:
        return {f.name: _to_json(getattr(self, f.name)) for f in _json_fields(type(self))}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Self:
        hints = typing.get_type_hints(cls)
        values = {
            f.name: _from_json(hints[f.name], data[f.name])
            for f in _json_fields(cls)
            if f.name in data
        }
        return cls(**values)


def _json_fields(cls: type) -> list[dataclasses.Field]:
    return [f for f in dataclasses.fields(cls) if f.metadata.get("json", True)]


def _to_json(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    return value


def _from_json(hint: Any, value: Any) -> Any:
    """Rebuild nested records from their dicts, following the field's type hint."""
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin is list:
        (item_hint,) = typing.get_args(hint)
        return [_from_json(item_hint, item) for item in value]
    if origin in (typing.Union, types.UnionType):
        hint = next(arg for arg in typing.get_args(hint) if arg is not type(None))
        return _from_json(hint, value)
    if isinstance(hint, type) and issubclass(hint, Record):
        return hint.from_dict(value)
    return value


@dataclass
class Offsets(Record):
    """A stretch of the article text: a sentence, a place mention."""

    start: int
    end: int


@dataclass
class Mention(Record):
    """A stretch of the article text with the words it covers: an actor mention, a trigger."""

    start: int
    end: int
    text: str


@dataclass
class Article(Record):
    """One news article as read from its source, before coding.

    ``text`` is the headline, a blank line, then the body (the layout of the gold
    format's NAME.txt), so a quotation in the headline has offsets too. ``dateline``
    stays on the Python object; its place and date feed the places and published date.
    ``published_from`` says where ``published`` was taken from: "option" (given with the
    call or --published), "record" (the input record's field), "metadata" (NAME.meta.json),
    "html" (the page's metadata), "dateline", "fetched" (the day a web archive fetched the
    page) or "feed" (the entry's date in a feed that ``newsevents watch`` read). ``place``
    is the dateline's place, geocoded.
    """

    id: str
    text: str
    title: str | None = None
    source_path: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_from: str | None = None
    place: Location | None = None
    language: str | None = "en"
    warnings: list[str] = field(default_factory=list)
    dateline: Dateline | None = field(default=None, metadata={"json": False})

    @staticmethod
    def make_id(*, url: str | None, text: str) -> str:
        """The article id: sha1 of the URL when there is one, else of the text."""
        return hashlib.sha1((url or text).encode("utf-8")).hexdigest()


@dataclass
class Actor(Record):
    """Someone who acts or speaks, merged over all its mentions in one article."""

    id: str
    name: str
    kind: str
    code: str | None = None
    country: str | None = None
    org: str | None = None
    sector: str | None = None
    role: str | None = None
    claimed_by: str | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Location(Record):
    """Where an event happened."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Place(Record):
    """A place named in the article, with every mention of it."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: list[Offsets] = field(default_factory=list)


@dataclass
class Quote(Record):
    """Something an actor said: a direct, indirect or partial quotation."""

    id: str
    speaker: str | None
    speaker_text: str | None
    text: str
    start: int
    end: int
    kind: str
    cue: str | None = None


@dataclass
class Event(Record):
    """Who did what to whom, coded in CAMEO and PLOVER, with the reason for the code."""

    id: str
    source: str | None
    target: str | None
    cameo: str
    root: str
    plover: str | None
    quad_class: int
    goldstein: float
    trigger: Mention
    sentence: Offsets
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    date_text: str | None = None
    location: Location | None = None
    confidence: float = 0.0
    rule: str = ""
    quotes: list[str] = field(default_factory=list)


@dataclass
class TimeExpression(Record):
    """A date in the text resolved against the publication date ("on Wednesday" -> 2015-03-18).

    ``value`` is an ISO date shortened to its precision: day 2015-03-18, month 2015-03,
    year 2015, decade 201. ``bound`` is "start" for "since 2008", "end" for "until June".
    """

    text: str
    start: int
    end: int
    value: str
    precision: str
    bound: str | None = None


@dataclass
class Dateline(Record):
    """The wire dateline opening an article: "MOSCOW, March 18 (AFP) -"; ``region`` is
    the state or country some datelines add ("KYIV, Ukraine")."""

    place: str
    start: int
    end: int
    date_text: str | None = None
    outlet: str | None = None
    region: str | None = None


@dataclass
class CodedArticle(Record):
    """Everything newsevents found in one article; ``to_dict()`` is the output contract.

    ``dates`` (the resolved time expressions) is kept for Python users and later stages;
    it is not part of the JSON contract.
    """

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[TimeExpression] = field(default_factory=list, metadata={"json": False})

    def to_json(self, *, indent: int | None = None) -> str:
        """The article as one JSON document, as the ``code`` command writes it."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of a coded article (the output contract)."""
    text = resources.files("newsevents").joinpath("data", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)
