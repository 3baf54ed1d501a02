"""The dashboard and REST API over a store: ``newsevents serve --store PATH``.

FastAPI serves the API under /api (OpenAPI at /openapi.json, try it at /docs) and the
dashboard's pages at /; every script, style and map layer comes from the package itself.
The server only reads the store, one short connection per request, so it keeps working
while ``ingest`` adds articles to the same file.

Example:
    >>> from newsevents.web import create_app
    >>> app = create_app("events.duckdb")  # doctest: +SKIP
"""

from .app import create_app

__all__ = ["create_app"]
