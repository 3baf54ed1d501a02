"""The web application: the REST API, the dashboard pages and their static files, over one
store that the server only reads.

Example:
    >>> app = create_app("events.duckdb")  # doctest: +SKIP
    >>> uvicorn.run(app, host="127.0.0.1", port=8000)  # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from .. import __version__
from ..coder import Coder
from ..errors import Errors, StoreBusyError, StoreError
from ..settings import Settings
from ..store import Store
from . import api, pages
from .coding import MAX_CHARS, OnDemandCoder

STATIC_DIR = Path(__file__).parent / "static"
# A reader waits this long for a writer's commit before answering 503.
READ_WAIT_SECONDS = 10.0
# what a request body may weigh beyond the article itself: the JSON or form around it, and
# text that is up to 4 bytes a character in UTF-8
_BODY_OVERHEAD = 64 * 1024


def create_app(
    store: str | Path,
    *,
    settings: Settings | None = None,
    coder: Coder | None = None,
    max_chars: int = MAX_CHARS,
) -> FastAPI:
    """The application serving ``store``: /api, /docs, /openapi.json and the dashboard at /.

    Posted articles are coded with ``coder``, or with one made from ``settings`` on the
    first post; they may be up to ``max_chars`` long.

    Raises:
        StoreError: ``store`` does not exist or is not a newsevents store.
    """
    reader = Store(store, wait=READ_WAIT_SECONDS)
    reader.totals()  # fail now, with the reason, rather than on every request
    app = FastAPI(
        title="newsevents",
        version=__version__,
        description="Coded political events, actors, quotations and places from news "
        "articles: read the store, or code an article.",
        docs_url=None,  # served below from the package, not from a CDN
        redoc_url=None,
    )
    app.state.store = reader
    app.state.coder = OnDemandCoder(settings or Settings.load(), max_chars=max_chars, coder=coder)
    app.add_middleware(BodyLimit, limit=4 * max_chars + _BODY_OVERHEAD)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_api_route("/docs", _api_docs, include_in_schema=False)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(RequestValidationError, _bad_parameters)
    return app


class BodyLimit:
    """Refuse a request body over ``limit`` bytes (413) before it is read into memory."""

    def __init__(self, app: ASGIApp, *, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length", b"0")
            size = int(length) if length.isdigit() else 0
            if size > self.limit:
                detail = Errors.E804.format(size=size, limit=self.limit)
                await JSONResponse({"detail": detail}, status_code=413)(scope, receive, send)
                return
        await self.app(scope, receive, send)


async def _api_docs() -> HTMLResponse:
    """Swagger UI over /openapi.json, with its script and style served from the package."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="newsevents API",
        swagger_js_url="/static/vendor/swagger-ui-bundle.js",
        swagger_css_url="/static/vendor/swagger-ui.css",
        swagger_favicon_url="/static/vendor/favicon-32x32.png",
    )


async def _store_error(_request: Request, err: Exception) -> JSONResponse:
    """A busy store is worth a retry (503); anything else is the server's problem (500)."""
    status = 503 if isinstance(err, StoreBusyError) else 500
    headers = {"Retry-After": "2"} if status == 503 else None
    return JSONResponse({"detail": str(err)}, status_code=status, headers=headers)


async def _bad_parameters(_request: Request, err: Exception) -> JSONResponse:
    """422 with one line per bad parameter ("query.date_from: Input should be a valid
    date"), and FastAPI's structured errors beside them."""
    assert isinstance(err, RequestValidationError)
    problems = [
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in err.errors()
    ]
    content = {"detail": "; ".join(problems), "errors": jsonable_encoder(err.errors())}
    return JSONResponse(content, status_code=422)
