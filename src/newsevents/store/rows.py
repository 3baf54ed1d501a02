"""Flatten a coded article into the rows of the store's tables, and back.

Events carry their actors' names, codes and countries, as GDELT's rows do, so the everyday
queries (dyads, time series) read one table. The article's ``document`` keeps the coded
article whole (less its text, which has a column of its own), so the output contract can be
given back exactly.

Example:
    >>> rows = article_rows(coded, run_id=1)  # doctest: +SKIP
    >>> sorted(rows)  # doctest: +SKIP
    ['actors', 'articles', 'events', 'places', 'quotes']
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any

from ..errors import InputError, SkippedInput
from ..events.codebook import codebook
from ..records import Actor, CodedArticle, Event, Quote
from ..spans import lead_end
from ..when import parse_iso_date

Row = dict[str, Any]
# the length of a coded date -> its precision ("201" is the 2010s)
_PRECISION = {10: "day", 7: "month", 4: "year", 3: "decade"}


def content_hash(text: str) -> str:
    """The hash that tells an article already stored from a new or changed one."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def article_rows(coded: CodedArticle, *, run_id: int | None) -> dict[str, list[Row]]:
    """The rows ``coded`` adds to each table, by table name."""
    article = coded.article
    actors = {actor.id: actor for actor in coded.actors}
    document = coded.to_dict()
    del document["article"]["text"]
    place = article.place
    article_row = {
        "id": article.id,
        "content_hash": content_hash(article.text),
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "published": parse_iso_date(article.published) if article.published else None,
        "published_from": article.published_from,
        "source_path": article.source_path,
        "language": article.language,
        "place_name": place.name if place else None,
        "place_country": place.country if place else None,
        "place_lat": place.lat if place else None,
        "place_lon": place.lon if place else None,
        "n_actors": len(coded.actors),
        "n_events": len(coded.events),
        "n_quotes": len(coded.quotes),
        "text": article.text,
        "document": json.dumps(document, ensure_ascii=False),
        "run_id": run_id,
        "coded_at": datetime.now(),
    }
    lead = lead_end(article.text)
    return {
        "articles": [article_row],
        "actors": [_actor_row(article.id, actor) for actor in coded.actors],
        "events": [_event_row(article.id, event, actors, lead) for event in coded.events],
        "quotes": [
            {
                "article_id": article.id,
                "quote_id": quote.id,
                "speaker_actor": quote.speaker,
                **_actor_columns("speaker", actors.get(quote.speaker or "")),
                "speaker_text": quote.speaker_text,
                "text": quote.text,
                "kind": quote.kind,
                "cue": quote.cue,
                "start_char": quote.start,
                "end_char": quote.end,
                "about_actors": (about := _mentioned_in(coded.actors, quote)),
                "about_names": [actors[actor_id].name for actor_id in about],
            }
            for quote in coded.quotes
        ],
        "places": [
            {
                "article_id": article.id,
                "name": place.name,
                "country": place.country,
                "lat": place.lat,
                "lon": place.lon,
                "n_mentions": len(place.mentions),
            }
            for place in coded.places
        ],
    }


def error_row(error: InputError, *, run_id: int | None) -> Row:
    """The ``errors`` row of an input that failed or was skipped."""
    return {
        "run_id": run_id,
        "input": error.source,
        "status": "skipped" if isinstance(error, SkippedInput) else "failed",
        "message": error.message,
        "logged_at": datetime.now(),
    }


def document_of(document: str, text: str) -> dict[str, Any]:
    """The coded article's JSON (the output contract) from its stored columns."""
    coded = json.loads(document)
    coded["article"]["text"] = text
    return coded


def date_and_precision(value: str | None) -> tuple[date | None, str | None]:
    """The first day of a coded date and its precision: "2015-03" -> (2015-03-01, "month").

    Example:
        >>> date_and_precision("201")
        (datetime.date(2010, 1, 1), 'decade')
    """
    if not value or len(value) not in _PRECISION:
        return None, None
    precision = _PRECISION[len(value)]
    if precision == "decade":
        value += "0"
    return date.fromisoformat((value + "-01-01")[:10]), precision


def _actor_row(article_id: str, actor: Actor) -> Row:
    return {
        "article_id": article_id,
        "actor_id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "code": actor.code,
        "country": actor.country,
        "org": actor.org,
        "sector": actor.sector,
        "role": actor.role,
        "claimed_by": actor.claimed_by,
        "n_mentions": len(actor.mentions),
    }


def _event_row(article_id: str, event: Event, actors: dict[str, Actor], lead: int) -> Row:
    day, precision = date_and_precision(event.date)
    info = codebook().get(event.cameo)
    location = event.location
    return {
        "article_id": article_id,
        "event_id": event.id,
        "day": day,
        "date": event.date,
        "date_precision": precision,
        "date_text": event.date_text,
        "source_actor": event.source,
        **_actor_columns("source", actors.get(event.source or "")),
        "target_actor": event.target,
        **_actor_columns("target", actors.get(event.target or "")),
        "cameo": event.cameo,
        "root": event.root,
        "plover": event.plover,
        "plover_mode": info.plover_mode if info else None,
        "plover_context": info.plover_context if info else None,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "confidence": event.confidence,
        "rule": event.rule,
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence_start": event.sentence.start,
        "sentence_end": event.sentence.end,
        "in_lead": event.sentence.start < lead,
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "quote_ids": event.quotes,
    }


def _actor_columns(prefix: str, actor: Actor | None) -> Row:
    """The name, code, country (and for events org) columns of an event's or quote's actor."""
    columns = ("name", "code", "country") + (("org",) if prefix != "speaker" else ())
    return {f"{prefix}_{column}": getattr(actor, column, None) for column in columns}


def _mentioned_in(actors: list[Actor], quote: Quote) -> list[str]:
    """The ids of the actors other than the speaker with a mention inside the quotation."""
    return [
        actor.id
        for actor in actors
        if actor.id != quote.speaker
        and any(quote.start <= m.start and m.end <= quote.end for m in actor.mentions)
    ]
