"""Quote recall and speaker accuracy on PolNeAR-style attribution records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents.evaluate.actors import OffsetMap
from newsevents.evaluate.quotes import (
    content_coverage,
    evaluate_quotes,
    is_right_speaker,
    matches,
    read_polnear,
    score_attributions,
)
from newsevents.ingest import article_from_record
from newsevents.records import Actor, Article, CodedArticle, Mention, Quote

TEXT = (
    "Senator warns on trade deal.\n"
    "\n"
    "WASHINGTON (AP) — Senator Maria Lopez said on Tuesday that the trade deal would cost "
    'thousands of factory jobs. "We will not sign this," Lopez told reporters.\n'
    "\n"
    "Officials at the Commerce Department believe the agreement can still be saved, "
    "according to two people familiar with the talks."
)


def _span(words: str, *, after: str = "") -> dict[str, Any]:
    start = TEXT.index(words, TEXT.index(after) if after else 0)
    return {"start": start, "end": start + len(words), "text": words}


SAID = {
    "source": [_span("Senator Maria Lopez")],
    "cue": [_span("said")],
    "content": [_span("that the trade deal would cost thousands of factory jobs")],
}
TOLD = {
    "source": [_span("Lopez", after="sign this")],
    "cue": [_span("told")],
    "content": [_span("We will not sign this,")],
}
BELIEVE = {
    "source": [_span("two people familiar with the talks")],
    "cue": [_span("believe")],
    "content": [_span("the agreement can still be saved")],
}
NO_SOURCE = {"source": [], "cue": [_span("according to")], "content": [_span("saved")]}


def _record(annotations: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    return {
        "id": "ap_2016-10-04_trade",
        "compartment": "dev",
        "publication_date": "2016-10-04",
        "title": "Senator warns on trade deal",
        "text": TEXT,
        "annotations": annotations,
    }


def _write_set(folder: Path, annotations: dict[str, list[dict[str, Any]]] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    record = _record(annotations or {"b2": [SAID, TOLD, BELIEVE], "a1": [SAID, TOLD]})
    (folder / "polnear_dev.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def _quote(words: str, *, speaker: str | None = "a1", speaker_text: str | None = None) -> Quote:
    start = TEXT.index(words)
    return Quote(
        id=f"q{start}",
        speaker=speaker,
        speaker_text=speaker_text,
        text=words,
        start=start,
        end=start + len(words),
        kind="indirect",
        cue="said",
    )


def _lopez() -> Actor:
    first, second = TEXT.index("Maria Lopez"), TEXT.index("Lopez told")
    mentions = [Mention(first, first + 11, "Maria Lopez"), Mention(second, second + 5, "Lopez")]
    return Actor(id="a1", name="Maria Lopez", kind="person", mentions=mentions)


def _coded(*quotes: Quote) -> CodedArticle:
    return CodedArticle(article=Article(id="x", text=TEXT), actors=[_lopez()], quotes=list(quotes))


def test_matches_recognises_folder_and_file(tmp_path: Path) -> None:
    folder = _write_set(tmp_path / "polnear")
    assert matches(folder)
    assert matches(folder / "polnear_dev.jsonl")
    assert not matches(tmp_path)


def test_read_polnear_uses_first_annotator_in_sorted_order(tmp_path: Path) -> None:
    (article,) = read_polnear(_write_set(tmp_path))
    assert article.annotator == "a1"
    assert len(article.attributions) == 2
    assert article.published == "2016-10-04"


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("that the trade deal would cost thousands of factory jobs", 1.0),
        ("the trade deal would cost thousands", 0.6),  # 6 of the 10 tokens
        ("cost thousands of factory jobs", 0.5),
        ("We will not sign this", 0.0),
    ],
)
def test_content_coverage_counts_whitespace_tokens(
    tmp_path: Path, words: str, expected: float
) -> None:
    (article,) = read_polnear(_write_set(tmp_path))
    said = article.attributions[0]
    coverage = content_coverage(said, _quote(words), OffsetMap(TEXT, TEXT))
    assert coverage == pytest.approx(expected)


@pytest.mark.parametrize(
    ("speaker", "speaker_text", "expected"),
    [
        ("a1", None, True),  # the speaker actor's mention overlaps the source
        (None, "Maria Lopez", True),  # speaker text inside the source text
        (None, "Lopez", True),
        (None, "Senator Maria Lopez of Ohio", True),  # source text inside the speaker text
        (None, "two people familiar with the talks", False),
        (None, None, False),
    ],
)
def test_is_right_speaker(
    tmp_path: Path, speaker: str | None, speaker_text: str | None, expected: bool
) -> None:
    (article,) = read_polnear(_write_set(tmp_path))
    quote = _quote("the trade deal would cost", speaker=speaker, speaker_text=speaker_text)
    offsets = OffsetMap(TEXT, TEXT)
    assert is_right_speaker(quote, article.attributions[0], _coded(quote), offsets) is expected


def test_score_attributions_recall_speaker_and_precision(tmp_path: Path) -> None:
    articles = read_polnear(_write_set(tmp_path, {"a1": [SAID, TOLD, BELIEVE, NO_SOURCE]}))
    quotes = [
        _quote("the trade deal would cost thousands of factory jobs", speaker="a1"),
        _quote("We will not sign this", speaker=None, speaker_text="reporters"),
        _quote("Senator warns on trade deal", speaker="a1"),
    ]
    report = score_attributions(articles, [_coded(*quotes)])
    assert report.figures["attributions"] == 4
    assert report.figures["quote_recall"] == 0.5  # SAID and TOLD; not BELIEVE, NO_SOURCE
    assert report.figures["speaker_accuracy"] == 0.5  # "reporters" is not Lopez
    assert report.figures["quote_precision"] == 2 / 3  # the headline matches nothing


def test_score_attributions_maps_offsets_onto_normalised_text(tmp_path: Path) -> None:
    gold_text = "  " + TEXT.replace("\n\n", "   \n\n\n", 1)  # ingest strips this back
    shift = len(gold_text) - len(TEXT)
    assert article_from_record({"text": gold_text}, source="t").text == TEXT
    articles = read_polnear(_write_set(tmp_path))
    articles[0].text = gold_text
    for attribution in articles[0].attributions:
        for span in attribution.content + attribution.source:
            span.start, span.end = span.start + shift, span.end + shift
    quote = _quote("the trade deal would cost thousands of factory jobs", speaker="a1")
    report = score_attributions(articles, [_coded(quote)])
    assert report.figures["quote_recall"] == 0.5
    assert report.figures["speaker_accuracy"] == 1.0


def test_score_attributions_without_quotes_is_zero(tmp_path: Path) -> None:
    articles = read_polnear(_write_set(tmp_path))
    report = score_attributions(articles, [_coded()])
    assert report.figures["quote_recall"] == 0.0
    assert any("quotes stage has not landed" in note for note in report.notes)


def test_evaluate_quotes_end_to_end(tmp_path: Path, coder: newsevents.Coder) -> None:
    report = evaluate_quotes(_write_set(tmp_path), coder=coder)
    assert report.task == "quotes"
    assert report.dataset == "polnear/dev"
    assert report.figures["articles"] == 1
    assert report.figures["attributions"] == 2
    assert 0.0 <= report.figures["quote_recall"] <= 1.0
