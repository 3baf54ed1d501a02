"""The dashboard's pages. The article list, the reader and "code this text" are rendered
here, whole; the events explorer, the dyad chart, the network and the map are shells whose
scripts (static/js/) page and aggregate through the API, so they stay fast on a big store.

Example:
    $ newsevents serve --store events.duckdb   # then open http://127.0.0.1:8000/
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ..errors import Errors
from ..events.codebook import cameo_name, codebook
from ..store import Store, queries
from . import assets
from .api import get_coder, get_store
from .coding import OnDemandCoder
from .highlight import pieces

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
ARTICLES_PER_PAGE = 25
# the pages, in the order the menu shows them: path, title
MENU = (
    ("/", "Overview"),
    ("/articles", "Articles"),
    ("/events", "Events"),
    ("/dyads", "Dyads"),
    ("/network", "Network"),
    ("/map", "Map"),
    ("/code", "Code a text"),
)
StoreDep = Annotated[Store, Depends(get_store)]


def _render(
    request: Request, template: str, status_code: int = 200, **context: Any
) -> HTMLResponse:
    context.setdefault("title", dict(MENU).get(request.url.path, "newsevents"))
    return templates.TemplateResponse(
        request,
        template,
        {"menu": MENU, "missing_assets": assets.missing(), **context},
        status_code=status_code,
    )


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep) -> HTMLResponse:
    """What the store holds, its busiest dyads and newest articles; the counts follow a
    running ingest."""
    dyads, newest = store.read(queries.dyads(by="country", limit=10), queries.articles(limit=8))
    return _render(
        request,
        "overview.html",
        **store.status(),
        dyads=dyads.to_pylist(),
        articles=newest.to_pylist(),
    )


@router.get("/articles", response_class=HTMLResponse)
def article_list(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200)] = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> HTMLResponse:
    """Stored articles, newest first, searchable, a page at a time."""
    offset = (page - 1) * ARTICLES_PER_PAGE
    rows, total = store.read(
        queries.articles(search=q, limit=ARTICLES_PER_PAGE, offset=offset),
        queries.count_articles(search=q),
    )
    count = total.column(0)[0].as_py()
    return _render(
        request,
        "articles.html",
        q=q or "",
        page=page,
        pages=max(1, -(-count // ARTICLES_PER_PAGE)),
        total=count,
        articles=rows.to_pylist(),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def reader(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    """One article with its actors, event triggers and quotations highlighted, and its
    events beside it."""
    document = store.document(article_id)
    if document is None:
        message = Errors.E802.format(id=article_id)
        return _render(request, "error.html", 404, title="No such article", message=message)
    return _render(request, "reader.html", title=document["article"]["title"], **_reading(document))


@router.get("/events", response_class=HTMLResponse)
def events_explorer(request: Request) -> HTMLResponse:
    return _render(request, "events.html", roots=_roots())


@router.get("/dyads", response_class=HTMLResponse)
def dyad_view(request: Request) -> HTMLResponse:
    return _render(request, "dyads.html")


@router.get("/network", response_class=HTMLResponse)
def network_view(request: Request) -> HTMLResponse:
    return _render(request, "network.html", roots=_roots())


@router.get("/map", response_class=HTMLResponse)
def map_view(request: Request) -> HTMLResponse:
    return _render(request, "map.html", roots=_roots())


@router.get("/code", response_class=HTMLResponse)
def code_form(request: Request) -> HTMLResponse:
    return _render(request, "code.html", posted={})


@router.post("/code", response_class=HTMLResponse)
def code_text(
    request: Request,
    coder: Annotated[OnDemandCoder, Depends(get_coder)],
    text: Annotated[str, Form()] = "",
    title: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Code the pasted story and show it as the reader does; nothing is stored."""
    posted = {"text": text, "title": title, "published": published}
    try:
        document = coder.code(text=text, title=title or None, published=published or None)
    except HTTPException as err:
        return _render(
            request, "code.html", status_code=err.status_code, posted=posted, error=err.detail
        )
    return _render(request, "code.html", posted=posted, **_reading(document))


def _reading(document: dict[str, Any]) -> dict[str, Any]:
    """What the reader template needs of a coded article."""
    return {
        "document": document,
        "pieces": pieces(document),
        "actors": {actor["id"]: actor for actor in document["actors"]},
        "cameo_names": {event["cameo"]: cameo_name(event["cameo"]) for event in document["events"]},
    }


def _roots() -> list[tuple[str, str]]:
    """The 20 CAMEO roots and their names, for the filters' menus."""
    return [(code, info.name) for code, info in codebook().items() if len(code) == 2]
