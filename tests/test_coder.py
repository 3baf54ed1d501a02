"""Coding articles: the output contract holds for every coded article, and the Python API."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest

import newsevents
from newsevents.errors import InputError
from newsevents.records import CodedArticle, schema

SHORT_STORIES = [
    "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses said, as "
    "President William Ruto urged calm.",
    {
        "id": "tz-2",
        "text": "Tanzania reopened its border with Kenya on Friday after a week-long closure, "
        "Tanzanian officials said in Dar es Salaam.",
    },
    {
        "id": "eu-3",
        "text": "The European Union imposed sanctions on three Iranian officers on Thursday. "
        "EU ministers said more would follow.",
    },
    "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki agreed in "
    "Asmara to reopen their embassies.",
]


# The output contract, over every coded article.


def test_coder_output_matches_schema(coded_corpus: list[CodedArticle]) -> None:
    for coded in coded_corpus:
        jsonschema.validate(coded.to_dict(), schema())


def test_coder_output_round_trips(coded_corpus: list[CodedArticle]) -> None:
    for coded in coded_corpus:
        data = coded.to_dict()
        assert CodedArticle.from_dict(copy.deepcopy(data)).to_dict() == data


def test_coder_actor_mentions_slice_article_text(coded_corpus: list[CodedArticle]) -> None:
    for coded in coded_corpus:
        assert coded.actors
        for actor in coded.actors:
            for mention in actor.mentions:
                assert coded.article.text[mention.start : mention.end] == mention.text


def test_coder_place_mentions_inside_text(coded_corpus: list[CodedArticle]) -> None:
    for coded in coded_corpus:
        assert coded.places
        for place in coded.places:
            for mention in place.mentions:
                assert 0 <= mention.start < mention.end <= len(coded.article.text)


def test_coder_actor_ids_numbered_in_order(coded_corpus: list[CodedArticle]) -> None:
    for coded in coded_corpus:
        assert [actor.id for actor in coded.actors] == [
            f"a{number}" for number in range(1, len(coded.actors) + 1)
        ]


def test_coder_events_and_quotes_name_the_articles_actors(
    coded_corpus: list[CodedArticle],
) -> None:
    for coded in coded_corpus:
        ids = {actor.id for actor in coded.actors}
        quote_ids = {quote.id for quote in coded.quotes}
        for quote in coded.quotes:
            assert quote.speaker in ids | {None}
            assert quote.kind in ("direct", "indirect", "partial")
            assert coded.article.text[quote.start : quote.end].startswith(quote.text[:10])
            if coded.article.dateline is not None:
                assert quote.start >= coded.article.dateline.end
        for event in coded.events:
            assert set(event.quotes) <= quote_ids
            assert event.source in ids and event.target in ids | {None}
            assert event.source != event.target
            assert event.cameo.startswith(event.root) and event.rule


def test_coder_dates_resolved_against_published(coded_corpus: list[CodedArticle]) -> None:
    eu = next(coded for coded in coded_corpus if coded.article.id == "eu-3")
    assert ("Thursday", "2022-10-20") in [(expr.text, expr.value) for expr in eu.dates]


# The Python API.


def test_coder_code_text_with_title_and_published() -> None:
    coded = newsevents.code_text(
        "Kenya recalled its ambassador to Uganda on Monday after a border clash, officials said.",
        title="Kenya recalls envoy",
        published="2015-03-18",
    )
    assert (coded.article.title, coded.article.published) == ("Kenya recalls envoy", "2015-03-18")
    assert coded.article.text.startswith("Kenya recalls envoy\n\nKenya recalled")


def test_coder_code_text_reads_headline_and_dateline(wire_story: str) -> None:
    coded = newsevents.code_text(wire_story, published="2015-03-18")
    assert (coded.article.title, coded.article.outlet, coded.places[0].name) == (
        "Russia summons German envoy over spying arrests",
        "Agence France-Presse",
        "Moscow",
    )


def test_coder_code_many_yields_in_input_order_with_ids(coder: newsevents.Coder) -> None:
    coded = list(coder.code_many(SHORT_STORIES, published="2015-03-18"))
    assert [item.article.text[:20] for item in coded] == [
        (story if isinstance(story, str) else story["text"])[:20] for story in SHORT_STORIES
    ]
    assert [item.article.id for item in coded][1:3] == ["tz-2", "eu-3"]
    assert all(item.article.published == "2015-03-18" for item in coded)


def test_coder_code_many_in_two_processes_same_as_one(coder: newsevents.Coder) -> None:
    one = [coded.to_dict() for coded in coder.code_many(SHORT_STORIES, n_process=1)]
    two = [coded.to_dict() for coded in coder.code_many(SHORT_STORIES, n_process=2)]
    assert two == one


def test_coder_code_many_record_without_text_raises_e107(coder: newsevents.Coder) -> None:
    with pytest.raises(InputError, match=r"^record 2: \[E107\] no text; "):
        list(coder.code_many([SHORT_STORIES[0], {"id": "x", "title": "Only a headline"}]))


def test_coder_code_file_txt(write_file: Callable[[str, str], Path], wire_story: str) -> None:
    path = write_file("spies.txt", wire_story)
    (coded,) = newsevents.code_file(path, published="2015-03-18")
    assert (coded.article.source_path, coded.article.published) == (str(path), "2015-03-18")
    assert coded.actors


def test_coder_code_file_raises_first_input_error(write_file: Callable[[str, str], Path]) -> None:
    path = write_file("empty.txt", "")
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}: \[E102\] "):
        newsevents.code_file(path)


def test_coder_prints_nothing(
    capsys: pytest.CaptureFixture[str],
    write_file: Callable[[str, str], Path],
    wire_story: str,
    news_page: str,
) -> None:
    newsevents.code_text(wire_story)
    newsevents.code_file(write_file("doha.html", news_page))
    list(newsevents.Coder().code_many(SHORT_STORIES[:2]))
    assert capsys.readouterr() == ("", "")
