"""Web pages to Article: the story's paragraphs and metadata, never the page's boilerplate."""

from __future__ import annotations

import pytest

from newsevents.errors import InputError
from newsevents.ingest.html import article_from_html

HEADLINE = "Ceasefire talks open in Doha as mediators press both sides"

# A cookie wall: navigation, a cookie banner and a footer, no story.
COOKIE_WALL = """<!DOCTYPE html><html lang="en">
<head><title>The Lantern Courier</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/markets">Markets</a></li></ul></nav></header>
<div class="cookie-banner" role="dialog"><p>We use cookies to improve your reading experience
and to measure our audience.</p><button>Accept cookies</button></div>
<footer><ul><li><a href="/about">About us</a></li>
<li><a href="/privacy">Privacy policy</a></li></ul>
<p>Copyright 2023 The Lantern Courier.</p></footer></body></html>"""


@pytest.mark.parametrize(
    "paragraph",
    [
        "Qatari and Egyptian mediators opened a new round of ceasefire talks in Doha on Tuesday",
        "Majed al-Ansari told reporters that both delegations had accepted the outline",
        "Egypt's intelligence chief travelled to the Qatari capital on Monday evening",
        "The United Nations welcomed the talks and urged the parties to allow fuel deliveries",
    ],
)
def test_html_keeps_body_paragraphs(news_page: str, paragraph: str) -> None:
    assert paragraph in article_from_html(news_page, source="doha.html").text


@pytest.mark.parametrize(
    "boilerplate",
    [
        "We use cookies",  # cookie banner
        "Markets and money",  # navigation
        "Weather forecast",  # navigation
        "Delegates arrive at a conference hotel",  # photo caption
        "Sign up for our free newsletter",  # newsletter box
        "Get the Morning Briefing",  # newsletter heading
        "Download the Lantern Courier app",  # app promotion
        "Aid convoys wait at the border crossing",  # related links
        "All rights reserved",  # footer
    ],
)
def test_html_drops_boilerplate(news_page: str, boilerplate: str) -> None:
    assert boilerplate not in article_from_html(news_page, source="doha.html").text


def test_html_paragraphs_separated_by_blank_line(news_page: str) -> None:
    body = article_from_html(news_page, source="doha.html").text.split("\n\n")
    assert body[-1].startswith("The United Nations welcomed the talks")
    assert body[-2].startswith("Egypt's intelligence chief travelled")


def test_html_title_from_metadata_without_site_name(news_page: str) -> None:
    assert article_from_html(news_page, source="doha.html").title == HEADLINE


def test_html_published_from_metadata(news_page: str) -> None:
    assert article_from_html(news_page, source="doha.html").published == "2023-11-14"


def test_html_outlet_from_site_name(news_page: str) -> None:
    assert article_from_html(news_page, source="doha.html").outlet == "The Lantern Courier"


def test_html_arguments_win_over_metadata(news_page: str) -> None:
    article = article_from_html(
        news_page, source="doha.html", published="2023-11-15", outlet="Gulf Wire", article_id="d1"
    )
    assert (article.published, article.outlet, article.id) == ("2023-11-15", "Gulf Wire", "d1")


@pytest.mark.issue(2)
def test_html_headline_once_in_text(news_page: str) -> None:
    assert article_from_html(news_page, source="doha.html").text.count(HEADLINE) == 1


@pytest.mark.issue(2)
def test_html_dateline_place_read_from_first_paragraph(news_page: str) -> None:
    article = article_from_html(news_page, source="doha.html")
    assert article.dateline is not None
    assert article.dateline.place == "Doha"


def test_html_without_article_text_raises_e106(gallery_page: str) -> None:
    with pytest.raises(InputError, match=r"^gallery\.html: \[E106\] no article text found"):
        article_from_html(gallery_page, source="gallery.html")


@pytest.mark.issue(2)
def test_html_cookie_wall_raises_e106() -> None:
    with pytest.raises(InputError, match=r"^wall\.html: \[E106\] no article text found"):
        article_from_html(COOKIE_WALL, source="wall.html")


def _brief_page(paragraph: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><title>Curfew lifted in Beirut</title></head>'
        f"<body><article><h1>Curfew lifted in Beirut</h1><p>{paragraph}</p></article>"
        "</body></html>"
    )


BRIEF = (
    "Lebanese authorities lifted the overnight curfew in Beirut on Sunday, the interior "
    "ministry said."
)


@pytest.mark.issue(2)
def test_html_page_under_twenty_words_raises_e106() -> None:
    assert len(BRIEF.split()) < 20
    with pytest.raises(InputError, match=r"^brief\.html: \[E106\] "):
        article_from_html(_brief_page(BRIEF), source="brief.html")


@pytest.mark.issue(2)
def test_html_short_story_of_twenty_words_or_more_is_kept() -> None:
    paragraph = BRIEF + " Shops reopened and traffic returned to the main roads of the capital."
    assert len(paragraph.split()) >= 20
    article = article_from_html(_brief_page(paragraph), source="brief.html")
    assert article.title == "Curfew lifted in Beirut"
    assert article.text == f"Curfew lifted in Beirut\n\n{paragraph}"
