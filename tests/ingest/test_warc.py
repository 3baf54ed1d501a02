"""Web archives (WARC, WARC.gz) as an input: HTML responses become articles, with their
URL and fetch date; every other record is skipped and counted."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.errors import InputError, SkippedInput
from newsevents.ingest import read_inputs, read_warc
from newsevents.ingest.warc import plan_slices
from newsevents.records import Article
from tests.archives import Capture, example_pages, not_articles, write_warc

pytestmark = pytest.mark.issue(10)


@pytest.fixture(params=["news.warc.gz", "news.warc"])
def archive(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return write_warc(tmp_path / request.param, example_pages() + not_articles())


def test_html_responses_become_articles_with_url_and_date(archive: Path) -> None:
    items = list(read_warc(archive))
    articles = [item for item in items if isinstance(item, Article)]
    assert [article.url for article in articles] == [capture.url for capture in example_pages()]
    visit = next(a for a in articles if a.url.endswith("state_visit_xi_france"))
    assert "Xi" in visit.text
    assert visit.source_path.startswith(f"{archive}#")
    assert all(article.published for article in articles)


def test_records_that_are_not_english_articles_are_skipped_and_named(archive: Path) -> None:
    skipped = [item for item in read_warc(archive) if isinstance(item, InputError)]
    assert all(isinstance(item, SkippedInput) for item in skipped)
    messages = "\n".join(str(item) for item in skipped)
    assert len(skipped) == 5
    assert "logo.png is not an HTML page (image/png)" in messages
    assert "HTTP 404" in messages and "HTTP 301" in messages
    assert "'fr'" in messages  # the French story
    assert "no article text" in messages  # the gallery


def test_the_fetch_date_stands_in_when_the_page_gives_none(tmp_path: Path) -> None:
    body = (Path(__file__).parents[1] / "data" / "ceasefire_page.html").read_bytes()
    undated = body.replace(b"2023-11-14", b"").replace(b"November 14, 2023", b"")
    capture = Capture("https://news.example/a", undated, fetched="2019-03-04T10:00:00Z")
    (article,) = read_warc(write_warc(tmp_path / "a.warc.gz", [capture]))
    assert isinstance(article, Article)
    if article.published_from == "fetched":
        assert article.published == "2019-03-04"
    else:  # the page still states its date somewhere trafilatura finds it
        assert article.published_from in {"html", "dateline"}


def test_slices_cover_the_archive_once(archive: Path) -> None:
    whole = [str(item.url if isinstance(item, Article) else item) for item in read_warc(archive)]
    slices = plan_slices(archive, records_each=3)
    assert len(slices) > 3
    pieces = [
        str(item.url if isinstance(item, Article) else item.message)
        for piece in slices
        for item in read_warc(piece.path, offset=piece.offset, count=piece.count, first=piece.first)
    ]
    assert [p.split(": ", 1)[-1] for p in pieces] == [w.split(": ", 1)[-1] for w in whole]


def test_a_directory_of_archives_is_read_with_the_other_inputs(tmp_path: Path) -> None:
    write_warc(tmp_path / "crawl.warc.gz", example_pages())
    (tmp_path / "note.txt").write_text(
        (Path(__file__).parents[2] / "examples" / "arrest_navalny.txt").read_text()
    )
    items = list(read_inputs([tmp_path]))
    assert sum(isinstance(item, Article) for item in items) == len(example_pages()) + 1


def test_a_file_that_is_not_an_archive_is_one_error_naming_it(tmp_path: Path) -> None:
    good = write_warc(tmp_path / "good.warc.gz", example_pages())
    broken = tmp_path / "broken.warc.gz"
    broken.write_text("This is a saved news page, not a web archive.\n" * 20)
    items = list(read_inputs([broken, good]))
    (error,) = [item for item in items if isinstance(item, InputError)]
    assert not isinstance(error, SkippedInput)
    assert str(error).startswith(f"{broken}: [E118] not a readable WARC archive")
    assert sum(isinstance(item, Article) for item in items) == len(example_pages())
    with pytest.raises(InputError, match="E118"):
        plan_slices(broken, records_each=2)
