"""Events across articles: mentions of one event in several articles are one cluster."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsevents.records import Actor, Article, CodedArticle, Event, Mention, Offsets
from newsevents.store import Store
from newsevents.store.writer import StoreWriter

pytestmark = pytest.mark.issue(8)

HEADLINE = "Israeli jets strike targets in southern Lebanon"


def _article(key: str, outlet: str, published: str, *events: tuple[str, str, dict]) -> CodedArticle:
    """An article whose events are (cameo, date, flags); Israel acts on Hezbollah in each."""
    text = f"{HEADLINE}\n\nIsraeli jets struck Hezbollah positions, the army said ({key})."
    actors = [
        Actor(id="a1", name="Israel", kind="state", code="ISR", country="ISR"),
        Actor(id="a2", name="Hezbollah", kind="group", code="LBNREB", country="LBN"),
    ]
    coded_events = [
        Event(
            id=f"e{number}",
            source="a1",
            target="a2",
            cameo=cameo,
            root=cameo[:2],
            plover="ASSAULT",
            quad_class=4,
            goldstein=-10.0,
            trigger=Mention(start=62, end=68, text="struck"),
            sentence=Offsets(start=49, end=len(text)),
            date=date,
            **flags,
        )
        for number, (cameo, date, flags) in enumerate(events, start=1)
    ]
    article = Article(
        id=key, text=text, title=HEADLINE, outlet=outlet, published=published, language="en"
    )
    return CodedArticle(article=article, actors=actors, events=coded_events)


def _clusters(store: Path, *articles: CodedArticle) -> list[dict]:
    with StoreWriter.open(store) as writer:
        for coded in articles:
            writer.write(coded)
    return Store(store).sql("SELECT * FROM event_clusters ORDER BY first_day").to_pylist()


def test_reports_a_day_apart_are_one_event(tmp_path):
    clusters = _clusters(
        tmp_path / "s.duckdb",
        _article("reuters-1", "Reuters", "2024-09-23", ("195", "2024-09-23", {})),
        _article("ap-1", "AP", "2024-09-24", ("195", "2024-09-24", {})),
        _article("ap-2", "AP", "2024-09-24", ("190", "2024-09-23", {})),
    )

    (cluster,) = clusters
    assert (cluster["source_key"], cluster["target_key"], cluster["root"]) == (
        "ISR",
        "LBNREB",
        "19",
    )
    assert (cluster["num_mentions"], cluster["num_articles"], cluster["num_sources"]) == (3, 3, 2)
    assert cluster["articles"] == ["ap-1", "ap-2", "reuters-1"]
    assert cluster["cameo"] == "195"  # the code most mentions carry
    assert cluster["first_article"] == "ap-2" and cluster["first_event"] == "e1"


def test_a_chain_of_daily_reports_is_one_event_and_a_gap_starts_another(tmp_path):
    days = ["2024-09-23", "2024-09-24", "2024-09-25", "2024-09-28"]
    articles = [
        _article(f"r{number}", "Reuters", day, ("195", day, {})) for number, day in enumerate(days)
    ]
    clusters = _clusters(tmp_path / "s.duckdb", *articles)

    assert [(c["first_day"].isoformat(), c["num_articles"]) for c in clusters] == [
        ("2024-09-23", 3),
        ("2024-09-28", 1),
    ]


def test_what_did_not_happen_is_not_an_event(tmp_path):
    clusters = _clusters(
        tmp_path / "s.duckdb",
        _article(
            "r1",
            "Reuters",
            "2024-09-23",
            ("195", "2024-09-23", {"negated": True}),
            ("138", "2024-09-23", {"hypothetical": True}),
        ),
    )
    assert clusters == []


def test_coarse_dates_join_only_the_same_date(tmp_path):
    clusters = _clusters(
        tmp_path / "s.duckdb",
        _article("r1", "Reuters", "2024-09-23", ("190", "2006", {})),
        _article("a1", "AP", "2024-09-24", ("190", "2006", {})),
        _article("b1", "BBC", "2024-09-24", ("190", "2006-07", {})),
    )

    assert [(c["date_precision"], c["num_articles"]) for c in clusters] == [
        ("year", 2),
        ("month", 1),
    ]


def test_clusters_are_recomputed_when_an_article_is_replaced(tmp_path):
    store = tmp_path / "s.duckdb"
    _clusters(store, _article("r1", "Reuters", "2024-09-23", ("195", "2024-09-23", {})))
    clusters = _clusters(store, _article("r1", "Reuters", "2024-09-23", ("111", "2024-09-23", {})))

    assert [(c["root"], c["num_mentions"]) for c in clusters] == [("11", 1)]


def test_a_later_run_reclusters_only_what_it_touches_and_keeps_the_rest(tmp_path):
    store = tmp_path / "s.duckdb"
    _clusters(
        store,
        _article("r1", "Reuters", "2024-09-23", ("195", "2024-09-23", {})),
        _article("r2", "Reuters", "2024-09-23", ("111", "2024-09-23", {})),
    )
    clusters = _clusters(store, _article("a1", "AP", "2024-09-24", ("195", "2024-09-24", {})))

    assert [(c["root"], c["articles"]) for c in clusters] == [
        ("19", ["a1", "r1"]),
        ("11", ["r2"]),
    ] or sorted((c["root"], c["articles"]) for c in clusters) == [
        ("11", ["r2"]),
        ("19", ["a1", "r1"]),
    ]
