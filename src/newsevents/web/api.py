"""The REST API under /api: read the store (articles, events, actors, dyads, network,
places, quotes) and code a posted article without storing it.

Every read opens the store for one short, read-only connection, so that an ``ingest``
writing the same file gets in between requests (see ``store/database.py``).

Example:
    $ curl 'http://127.0.0.1:8000/api/events?country=IRN&cameo=16&limit=5'
"""

from __future__ import annotations

import io
from datetime import date
from typing import Annotated, Any, Literal

import pyarrow as pa
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from ..errors import Errors
from ..events.codebook import cameo_name
from ..output import write_rows
from ..store import EventFilter, Store, queries
from ..store.queries import EVENT_SORTS
from .coding import OnDemandCoder

router = APIRouter(prefix="/api", tags=["api"])
PAGE_LIMIT = 500  # rows a page may ask for


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_coder(request: Request) -> OnDemandCoder:
    coder: OnDemandCoder = request.app.state.coder
    return coder


def event_filter(
    actor: Annotated[
        str | None, Query(description="On either side: code, country or name.")
    ] = None,
    source: Annotated[str | None, Query(description="The source: code, country or name.")] = None,
    target: Annotated[str | None, Query(description="The target: code, country or name.")] = None,
    country: Annotated[
        str | None, Query(description="An actor of this country (ISO3).", pattern=r"^[A-Za-z]{3}$")
    ] = None,
    org: Annotated[str | None, Query(description="An actor of this IGO or NGO (NATO).")] = None,
    cameo: Annotated[
        str | None,
        Query(
            description="A CAMEO root (19) or code (193) and those under it.", pattern=r"^\d{1,4}$"
        ),
    ] = None,
    plover: Annotated[str | None, Query(description="A PLOVER event type (ASSAULT).")] = None,
    quad_class: Annotated[
        int | None,
        Query(ge=1, le=4, description="1, 2: verbal, material cooperation; 3, 4: conflict."),
    ] = None,
    date_from: Annotated[date | None, Query(description="From this day on.")] = None,
    date_to: Annotated[date | None, Query(description="Up to this day.")] = None,
    text: Annotated[
        str | None, Query(max_length=200, description="Words in the sentence or actors' names.")
    ] = None,
) -> EventFilter:
    """The event filters every events endpoint shares, as query parameters (an empty one,
    as a form sends it, selects nothing, as EventFilter reads it)."""
    return EventFilter(
        actor=actor,
        source=source,
        target=target,
        country=country,
        org=org,
        cameo=cameo,
        plover=plover,
        quad_class=quad_class,
        since=_iso(date_from),
        until=_iso(date_to),
        text=text,
    )


Events = Annotated[EventFilter, Depends(event_filter)]
StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=PAGE_LIMIT, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, description="Rows to skip.")]
Sort = Literal["day", "source", "target", "cameo", "goldstein", "confidence", "place"]
assert set(Sort.__args__) == set(EVENT_SORTS)  # type: ignore[attr-defined]


class Page(BaseModel):
    """A page of rows and how many rows there are in all."""

    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]


class PostedArticle(BaseModel):
    """An article to code: its text, its HTML, or a URL to fetch it from."""

    text: str | None = Field(None, description="The article's plain text, headline first.")
    html: str | None = Field(None, description="The article's web page.")
    url: str | None = Field(None, description="Fetch the page from here.", pattern=r"^https?://")
    title: str | None = None
    published: date | None = Field(None, description="Resolves relative dates (on Tuesday).")


@router.get("/stats")
def stats(store: StoreDep) -> dict[str, Any]:
    """How much the store holds, and its latest run: poll it to see an ingest progress."""
    return store.status()


@router.get("/articles")
def articles(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Words in title or text.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    """Stored articles, newest first."""
    rows, total = store.read(
        queries.articles(search=q, limit=limit, offset=offset), queries.count_articles(search=q)
    )
    return _page(rows, total, limit, offset)


@router.get("/articles/{article_id}")
def article(article_id: str, store: StoreDep) -> dict[str, Any]:
    """One coded article, in the output contract (README, "Output")."""
    document = store.document(article_id)
    if document is None:
        raise HTTPException(404, Errors.E802.format(id=article_id))
    return document


@router.get("/events")
def events(
    filters: Events,
    store: StoreDep,
    sort: Sort = "day",
    order: Literal["asc", "desc"] = "desc",
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page:
    """Events the filters select, a page at a time, each with its sentence, its CAMEO
    code's name and the rule that coded it."""
    page = queries.events(
        filters, sort=sort, descending=order == "desc", limit=limit, offset=offset
    )
    rows, total = store.read(page, queries.count_events(filters))
    result = _page(rows, total, limit, offset)
    for item in result.items:
        item["cameo_name"] = cameo_name(item["cameo"])
    return result


@router.get("/events.csv", response_class=Response)
def events_csv(
    filters: Events,
    store: StoreDep,
    sort: Sort = "day",
    order: Literal["asc", "desc"] = "desc",
) -> Response:
    """Every event the filters select, as CSV."""
    (rows,) = store.read(queries.events(filters, sort=sort, descending=order == "desc", limit=None))
    stream = io.StringIO()
    write_rows(rows, "csv", stream)
    headers = {"Content-Disposition": 'attachment; filename="events.csv"'}
    return Response(stream.getvalue(), media_type="text/csv", headers=headers)


@router.get("/actors")
def actors(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="In the name or code.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Actors, the most written about first."""
    (rows,) = store.read(queries.actors(name=q, country=country, limit=limit, offset=offset))
    return rows.to_pylist()


@router.get("/dyads")
def dyads(
    filters: Events,
    store: StoreDep,
    every: Literal["day", "week", "month", "year"] = "month",
) -> list[dict[str, Any]]:
    """A dyad's time series (give source and target): events, mean Goldstein, cooperation
    and conflict per period."""
    (rows,) = store.read(queries.series(filters, every=every))
    return rows.to_pylist()


@router.get("/network")
def network(
    filters: Events,
    store: StoreDep,
    by: Literal["country", "actor"] = "country",
    limit: Annotated[int, Query(ge=1, le=PAGE_LIMIT)] = 100,
) -> list[dict[str, Any]]:
    """Who acts on whom: the busiest (source, target) pairs, with their cooperation and
    conflict counts and mean Goldstein."""
    (rows,) = store.read(queries.dyads(filters, by=by, limit=limit))
    return rows.to_pylist()


@router.get("/places")
def places(
    filters: Events,
    store: StoreDep,
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
) -> list[dict[str, Any]]:
    """Where events happened: located places with their event counts."""
    (rows,) = store.read(queries.places(filters, limit=limit))
    return rows.to_pylist()


@router.get("/quotes")
def quotes(
    store: StoreDep,
    speaker: Annotated[str | None, Query(description="Said by: code, country or name.")] = None,
    about: Annotated[str | None, Query(description="Naming this actor inside.")] = None,
    date_from: date | None = None,
    date_to: date | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> list[dict[str, Any]]:
    """Quotations by a speaker, or about an actor, newest first."""
    query = queries.quotes(
        speaker=speaker,
        about=about,
        since=_iso(date_from),
        until=_iso(date_to),
        limit=limit,
        offset=offset,
    )
    (rows,) = store.read(query)
    return rows.to_pylist()


@router.post("/code")
def code(posted: PostedArticle, coder: Annotated[OnDemandCoder, Depends(get_coder)]) -> Any:
    """Code a posted article (text, HTML or URL) and return it in the output contract.
    Nothing is stored."""
    return coder.code(
        text=posted.text,
        html=posted.html,
        url=posted.url,
        title=posted.title,
        published=_iso(posted.published),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _page(rows: pa.Table, total: pa.Table, limit: int, offset: int) -> Page:
    return Page(
        total=total.column(0)[0].as_py(), limit=limit, offset=offset, items=rows.to_pylist()
    )
