"""Actor span recall on ConfliBERT-style sentences; shared helpers for coding gold texts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents.errors import InputError
from newsevents.evaluate.actors import (
    OffsetMap,
    code_texts,
    evaluate_actors,
    matches,
    read_conflibert,
    score_actor_spans,
)
from newsevents.ingest import article_from_record
from newsevents.records import Actor, Article, CodedArticle, Mention
from newsevents.settings import Settings

MEETING = "Iranian President Hassan Rouhani met his Turkish counterpart in Ankara on Tuesday."
STRIKE = "Nigerian Air Force (NAF) says it has bombed a Boko Haram camp near Maiduguri."
TALKS = "Delegations from Ethiopia and Eritrea held talks in Asmara on Sunday."

RECORDS = [
    {
        "id": "test-0",
        "split": "test",
        "text": MEETING,
        "pentaclass": 1,
        "source_spans": ["Iranian President Hassan Rouhani"],
        "target_spans": ["his Turkish counterpart"],
        "reciprocal_spans": [],
    },
    {
        "id": "test-1",
        "split": "test",
        "text": STRIKE,
        "pentaclass": 4,
        "source_spans": ["Nigerian Air Force ( NAF )"],
        "target_spans": ["a Boko Haram camp"],
        "reciprocal_spans": [],
    },
    {
        "id": "test-2",
        "split": "test",
        "text": "The ministry rejected the report.",
        "pentaclass": 3,
        "source_spans": None,
        "target_spans": None,
        "reciprocal_spans": None,
    },
    {
        "id": "train-0",
        "split": "train",
        "text": TALKS,
        "pentaclass": 1,
        "source_spans": [],
        "target_spans": [],
        "reciprocal_spans": ["Ethiopia", "Eritrea"],
    },
]


def _write_set(folder: Path, records: list[dict[str, Any]] = RECORDS) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = "".join(json.dumps(record) + "\n" for record in records)
    (folder / "conflibert_cameo.jsonl").write_text(lines, encoding="utf-8")
    return folder


def _coded(text: str, *mentions: tuple[int, int]) -> CodedArticle:
    """A coded sentence with one actor per (start, end) mention."""
    actors = [
        Actor(id=f"a{n}", name=text[s:e], kind="other", mentions=[Mention(s, e, text[s:e])])
        for n, (s, e) in enumerate(mentions, start=1)
    ]
    return CodedArticle(article=Article(id="x", text=text), actors=actors)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_matches_recognises_folder_and_file(tmp_path: Path) -> None:
    folder = _write_set(tmp_path / "conflibert-cameo")
    other = tmp_path / "other.jsonl"
    other.write_text('{"text": "x", "events": []}\n', encoding="utf-8")
    assert matches(folder)
    assert matches(folder / "conflibert_cameo.jsonl")
    assert not matches(other)
    assert not matches(tmp_path)


def test_read_conflibert_places_token_strings_in_text(tmp_path: Path) -> None:
    sentences = read_conflibert(_write_set(tmp_path), split="test")
    strike = sentences[1]
    (source,) = [span for span in strike.spans if span.role == "source"]
    assert STRIKE[source.start : source.end] == "Nigerian Air Force (NAF)"


@pytest.mark.parametrize(
    ("split", "ids"),
    [
        ("test", ["test-0", "test-1"]),
        ("train", ["train-0"]),
        (None, ["test-0", "test-1", "train-0"]),
    ],
)
def test_read_conflibert_keeps_split_and_skips_unannotated(
    tmp_path: Path, split: str | None, ids: list[str]
) -> None:
    sentences = read_conflibert(_write_set(tmp_path), split=split)
    assert [sentence.id for sentence in sentences] == ids


def test_read_conflibert_unknown_split_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="E114"):
        read_conflibert(_write_set(tmp_path), split="dev")


def test_score_actor_spans_counts_overlap_per_role(tmp_path: Path) -> None:
    sentences = read_conflibert(_write_set(tmp_path), split=None)
    coded = [
        _coded(MEETING, _span(MEETING, "Hassan Rouhani"), _span(MEETING, "Ankara")),
        _coded(STRIKE, _span(STRIKE, "Nigerian Air Force"), _span(STRIKE, "Boko Haram")),
        _coded(TALKS, _span(TALKS, "Ethiopia")),
    ]
    report = score_actor_spans(sentences, coded)
    assert report.figures["source_recall"] == 1.0
    assert report.figures["target_recall"] == 0.5  # "his Turkish counterpart" is missed
    assert report.figures["reciprocal_recall"] == 0.5  # "Eritrea" is missed
    assert report.figures["span_recall"] == 4 / 6
    assert report.figures["mentions_per_sentence"] == 5 / 3
    assert {row["text"] for row in report.tables["missed"]} == {
        "his Turkish counterpart",
        "Eritrea",
    }


def test_score_actor_spans_refused_sentence_counts_as_missed(tmp_path: Path) -> None:
    sentences = read_conflibert(_write_set(tmp_path), split="train")
    refused = InputError("[W101] skipped", source="gold text 1")
    report = score_actor_spans(sentences, [refused])
    assert report.figures["span_recall"] == 0.0
    assert any("refused" in note for note in report.notes)


@pytest.mark.parametrize(
    ("gold_text", "words"),
    [
        ("  Troops shelled Kharkiv overnight.", "Kharkiv"),
        ("Kyiv under fire   \n\n\n\nTroops shelled Kharkiv overnight.  \n", "Kharkiv"),
        ("Kyiv   under fire\n\nTroops shelled Kharkiv overnight.", "shelled Kharkiv"),
    ],
)
def test_offset_map_follows_ingest_normalisation(gold_text: str, words: str) -> None:
    article = article_from_record({"text": gold_text}, source="t", settings=Settings.load())
    start, end = _span(gold_text, words)
    moved = OffsetMap(gold_text, article.text).span(start, end)
    assert article.text[moved[0] : moved[1]] == words


class _FakeCoder:
    """Stands in for Coder: ingest settings and a code_articles that finds nothing."""

    settings = Settings.load()

    def code_articles(self, articles: Any) -> Any:
        return (CodedArticle(article=article) for article in articles)


def test_code_texts_keeps_going_past_a_refused_text() -> None:
    results = code_texts(_FakeCoder(), [MEETING, "   ", TALKS])  # type: ignore[arg-type]
    assert isinstance(results[1], InputError)
    assert [r.article.text for r in results if isinstance(r, CodedArticle)] == [MEETING, TALKS]


def test_evaluate_actors_end_to_end(tmp_path: Path, coder: newsevents.Coder) -> None:
    report = evaluate_actors(_write_set(tmp_path), coder=coder)
    assert report.task == "actors"
    assert report.figures["sentences"] == 2
    assert report.figures["source_recall"] == 1.0  # Hassan Rouhani, Nigerian Air Force
