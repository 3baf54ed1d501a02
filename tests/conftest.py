"""Shared fixtures: the coder (model loaded once per session), article files, a web server."""

from __future__ import annotations

import http.server
import io
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

import newsevents
from newsevents.settings import Settings

DATA_DIR = Path(__file__).parent / "data"

# A wire story with a headline and a dateline that gives no year.
WIRE_STORY = (
    "Russia summons German envoy over spying arrests\n"
    "\n"
    "MOSCOW, March 18 (AFP) - Russia's foreign ministry summoned the German ambassador on "
    "Wednesday to protest against the arrest of two Russian nationals accused of spying in "
    "Berlin, the ministry said in a statement.\n"
    "\n"
    "Deputy Foreign Minister Sergei Ryabkov told the envoy that Moscow regarded the arrests as "
    "a provocation and would respond if the men were not released, the statement said.\n"
)

# Same story, dated in full by the dateline.
DATED_STORY = (
    "Kenyan police fire tear gas at finance bill protesters\n"
    "\n"
    "NAIROBI, Kenya, June 25, 2024 (AP) — Kenyan police fired tear gas at thousands of "
    "protesters outside parliament in Nairobi on Tuesday as lawmakers voted on a contested "
    "finance bill.\n"
    "\n"
    "President William Ruto said the protests had been hijacked by criminals and promised "
    "to restore order. Ruto did not say whether the bill would be withdrawn.\n"
)

FRENCH_STORY = (
    "Paris annonce de nouvelles sanctions\n"
    "\n"
    "Le gouvernement français a annoncé mardi de nouvelles sanctions contre plusieurs "
    "responsables militaires accusés d'avoir participé à la répression des manifestations. "
    "Le ministre des Affaires étrangères a déclaré devant l'Assemblée nationale que la France "
    "ne resterait pas silencieuse face aux violences commises contre des civils, et il a appelé "
    "ses partenaires européens à adopter des mesures semblables lors du prochain sommet.\n"
)

SPANISH_STORY = (
    "Madrid anuncia nuevas sanciones\n"
    "\n"
    "El Gobierno español anunció el martes nuevas sanciones contra varios altos cargos "
    "militares acusados de participar en la represión de las protestas. El ministro de Asuntos "
    "Exteriores declaró ante el Congreso que España no permanecerá en silencio ante la "
    "violencia contra civiles y pidió a sus socios europeos que adopten medidas similares en "
    "la próxima cumbre de Bruselas.\n"
)

# The first bytes of a PNG image: a binary file with NUL bytes.
PNG_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06" * 8

# A page whose only content is a picture gallery: no article text at all.
GALLERY_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><title>In pictures</title></head><body><main>'
    '<div class="gallery"><figure><img src="/img/1.jpg" alt=""></figure>'
    '<figure><img src="/img/2.jpg" alt=""></figure></div></main>'
    '<script src="/js/gallery.js"></script></body></html>'
)

STORY_PATH = "/world/2023/11/14/doha-ceasefire-talks"


@pytest.fixture(autouse=True)
def _no_user_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see the packaged defaults, whatever the environment of the person running them."""
    monkeypatch.delenv("NEWSEVENTS_CONFIG", raising=False)
    monkeypatch.delenv("NEWSEVENTS_MODEL", raising=False)


@pytest.fixture(scope="session")
def coder() -> newsevents.Coder:
    """The default coder; its spaCy pipeline is loaded once for the whole session."""
    return newsevents.Coder()


@pytest.fixture(scope="session")
def one_sided_coder() -> newsevents.Coder:
    """A coder that keeps events naming one side only (``--one-sided``); same pipeline."""
    return newsevents.Coder(settings=Settings.load(one_sided=True))


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write ``content`` (text as UTF-8, or bytes) to ``tmp_path / name``; return the path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write


@pytest.fixture
def wire_story() -> str:
    return WIRE_STORY


@pytest.fixture
def dated_story() -> str:
    return DATED_STORY


@pytest.fixture(params=[("fr", FRENCH_STORY), ("es", SPANISH_STORY)], ids=["fr", "es"])
def foreign_story(request: pytest.FixtureRequest) -> tuple[str, str]:
    """(language code, a news story in that language of some 60 words)."""
    return request.param


@pytest.fixture
def png_bytes() -> bytes:
    return PNG_BYTES


@pytest.fixture
def gallery_page() -> str:
    return GALLERY_PAGE


@pytest.fixture(scope="session")
def news_page() -> str:
    """A news page with nav, cookie banner, caption, newsletter, app promo and related links."""
    return (DATA_DIR / "ceasefire_page.html").read_text(encoding="utf-8")


@pytest.fixture
def fake_stdin(monkeypatch: pytest.MonkeyPatch) -> Callable[[bytes], None]:
    """Replace sys.stdin with one whose ``.buffer`` reads the given bytes."""

    def feed(data: bytes) -> None:
        stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
        monkeypatch.setattr("sys.stdin", stdin)

    return feed


@pytest.fixture(scope="session")
def news_server(news_page: str) -> Iterator[str]:
    """A web server on 127.0.0.1 serving ``news_page`` at STORY_PATH and 404 elsewhere;
    yields its base URL."""
    page = news_page.encode("utf-8")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
            if self.path == STORY_PATH:
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
            else:
                self.send_error(404, "Not Found")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep the test output clean

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def story_url(news_server: str) -> str:
    """The URL of ``news_page`` on the local server."""
    return news_server + STORY_PATH


@pytest.fixture
def missing_url(news_server: str) -> str:
    """A URL on the local server that answers 404."""
    return news_server + "/world/2023/11/14/no-such-story"


class _FixedDate(date):
    """``date`` whose today() is 2015-11-27, for datelines that give no year."""

    @classmethod
    def today(cls) -> _FixedDate:
        return cls(2015, 11, 27)


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    """Make the ingest step believe today is 2015-11-27 (a dateline's year is guessed from it)."""
    monkeypatch.setattr("newsevents.ingest.text.date", _FixedDate)
    return _FixedDate.today()


@pytest.fixture(scope="session")
def coded_corpus(coder: newsevents.Coder, news_page: str) -> list[newsevents.CodedArticle]:
    """A few varied articles coded once: wire stories with datelines, a bare text, a web page."""
    records = [
        WIRE_STORY,
        {"id": "ke-1", "text": DATED_STORY},
        {
            "id": "eu-3",
            "title": "EU widens Iran sanctions",
            "text": "BRUSSELS (Reuters) - The European Union imposed sanctions on three Iranian "
            "officers on Thursday. EU ministers said more would follow next month, and "
            "Foreign Minister Annalena Baerbock said Berlin backed the move.",
            "published": "2022-10-20",
        },
        {"id": "doha-4", "html": news_page},
    ]
    return list(coder.code_many(records))


@pytest.fixture
def in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test from inside ``tmp_path``, so inputs can be named as a user names them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
