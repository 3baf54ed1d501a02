"""Event-type detection on CASE 2021-, ConfliBERT-, GLOCON- and IndiaPoliceEvents-style sets."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest

import newsevents
from newsevents.errors import InputError
from newsevents.evaluate import actors, eventtypes
from newsevents.evaluate.eventtypes import (
    GoldText,
    evaluate_eventtypes,
    label_roots,
    matches,
    predicted_roots,
    score_event_types,
)
from newsevents.records import Article, CodedArticle, Event, Mention, Offsets
from newsevents.settings import Settings

PROTEST = "Hundreds of students marched on parliament in Pretoria on Friday to protest fee rises."
STRIKE = "Government warplanes bombed rebel positions near Idlib, killing four fighters."
FLOOD = "Floods swept away dozens of homes in the north of the country after days of rain."
ARREST = "police arrested 12 people in the old city on tuesday night for violating the curfew."
QUIET = "the situation in the walled city remained tense but under control, officials said."
MEETING = "The foreign ministers of Ethiopia and Eritrea met in Asmara on Sunday."
# stands in for a coder where code_texts is faked: only its settings are read
FAKE_CODER = cast(newsevents.Coder, SimpleNamespace(settings=Settings.load()))

CASE_ROWS = [
    ("1", PROTEST, "PEACE_PROTEST"),
    ("2", STRIKE, "AIR_STRIKE"),
    ("3", FLOOD, "NATURAL_DISASTER"),
    ("4", "Police defused a roadside bomb outside the market on Monday.", "DISR_WEAP"),
]
GLOCON_RECORDS = [
    {"id": "d1_1", "url": "SAPA-1.txt", "sent_num": 1, "sentence": PROTEST, "label": 1},
    {"id": "d1_2", "url": "SAPA-1.txt", "sent_num": 2, "sentence": MEETING, "label": 0},
    {"id": "d1_3", "url": "SAPA-1.txt", "sent_num": 3, "sentence": FLOOD, "label": 2},
]
INDIA_RECORDS = [
    {"doc_id": 7, "sent_id": 0, "sent_labels": ["ANY_ACTION", "ARREST"], "sent_text": ARREST},
    {"doc_id": 7, "sent_id": 1, "sent_labels": [], "sent_text": QUIET},
    {"doc_id": 7, "sent_id": 2, "sent_labels": ["FAIL"], "sent_text": QUIET},
    {"doc_id": 9, "sent_id": 0, "sent_labels": ["ANY_ACTION"], "sent_text": ARREST},
]


def _write_case2021(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["id\tEventSnippet\tSubType", *("\t".join(row) for row in CASE_ROWS)]
    file = folder / "test_set_final_release_with_labels.tsv"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file


def _write_jsonl(file: Path, records: list[dict[str, Any]]) -> Path:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return file


def _event(cameo: str, **flags: bool) -> Event:
    return Event(
        id=f"e{cameo}",
        source=None,
        target=None,
        cameo=cameo,
        root=cameo[:2],
        plover=None,
        quad_class=4,
        goldstein=-5.0,
        trigger=Mention(0, 5, "words"),
        sentence=Offsets(0, 40),
        rule=f"test:{cameo}",
        **flags,
    )


def _coded(*cameos: str, **flags: bool) -> CodedArticle:
    events = [_event(cameo, **flags) for cameo in cameos]
    return CodedArticle(article=Article(id="x", text=PROTEST), events=events)


def _figures(
    texts: list[GoldText], coded: list[CodedArticle | InputError], table: str, narrow: bool = False
) -> dict[str, float]:
    return score_event_types(texts, coded, roots=label_roots(table), narrow=narrow).figures


CASE = "evaluate/case2021_task2_roots.tsv"
GLOCON = "evaluate/glocon_sample_roots.tsv"
INDIA = "evaluate/india_police_events_roots.tsv"
CAMEO_CLASS = "evaluate/conflibert_cameo_roots.tsv"


@pytest.mark.parametrize(
    ("table", "label", "roots"),
    [
        (CASE, "PEACE_PROTEST", {"14"}),
        (CASE, "ART_MISS_ATTACK", {"18", "19"}),
        (CASE, "NATURAL_DISASTER", set()),
        (CAMEO_CLASS, "4", {"14", "15", "16", "17", "18", "19", "20"}),
        (GLOCON, "1", {"14"}),
        (INDIA, "ARREST", {"17"}),
        (INDIA, "FAIL", set()),
    ],
)
def test_label_roots_reads_packaged_tables(table: str, label: str, roots: set[str]) -> None:
    assert label_roots(table)[label] == roots


def test_label_roots_leaves_unmapped_labels_out() -> None:
    assert "DISR_WEAP" not in label_roots(CASE)
    assert "2" not in label_roots(GLOCON)


def test_matches_recognises_folders_and_files(tmp_path: Path) -> None:
    case = _write_case2021(tmp_path / "case2021-task2")
    glocon = _write_jsonl(tmp_path / "glocon-sample" / "sentence_Sabinet.jsonl", GLOCON_RECORDS)
    india = _write_jsonl(tmp_path / "india-police-events" / "sents.jsonl", INDIA_RECORDS)
    for file in (case, glocon, india):
        assert matches(file)
        assert matches(file.parent)
    assert not matches(tmp_path)


def test_matches_takes_cameo_class_file_but_leaves_folder_to_actors(tmp_path: Path) -> None:
    folder = tmp_path / "conflibert-cameo"
    folder.mkdir()
    (folder / "cameo_class_test.tsv").write_text(f"{MEETING}\t1\n", encoding="utf-8")
    record = {"id": "test-0", "split": "test", "text": MEETING, "pentaclass": 1}
    _write_jsonl(folder / "conflibert_cameo.jsonl", [record | dict.fromkeys(actors.ROLES)])
    assert matches(folder / "cameo_class_test.tsv")
    assert not matches(folder)
    assert actors.matches(folder)
    assert not actors.matches(folder / "cameo_class_test.tsv")


def test_matches_recognises_renamed_file_by_its_form(tmp_path: Path) -> None:
    renamed = _write_jsonl(tmp_path / "police.jsonl", INDIA_RECORDS)
    other = _write_jsonl(tmp_path / "other.jsonl", [{"id": "1", "text": PROTEST}])
    assert matches(renamed)
    assert not matches(other)


def test_predicted_roots_skip_negated_and_hypothetical_events() -> None:
    article = CodedArticle(
        article=Article(id="x", text=PROTEST),
        events=[_event("141"), _event("190", negated=True), _event("173", hypothetical=True)],
    )
    assert predicted_roots(article) == {"14"}


def test_score_event_types_counts_found_missed_and_false_alarms() -> None:
    texts = [
        GoldText("1", PROTEST, ["PEACE_PROTEST"]),
        GoldText("2", STRIKE, ["AIR_STRIKE"]),
        GoldText("3", FLOOD, ["NATURAL_DISASTER"]),
        GoldText("4", MEETING, ["DIPLO"]),
    ]
    coded: list[CodedArticle | InputError] = [
        _coded("141"),  # found
        _coded("173"),  # coded, wrong root: missed and not precise
        _coded("190"),  # a false alarm
        _coded(),  # missed
    ]
    figures = _figures(texts, coded, CASE)
    assert figures["recall"] == 1 / 3
    assert figures["precision"] == 1 / 3
    assert figures["false_alarm_rate"] == 1.0
    assert figures["typed_texts"] == 3
    assert figures["no_event_texts"] == 1


def test_score_event_types_per_type_table() -> None:
    texts = [
        GoldText("1", PROTEST, ["PEACE_PROTEST"]),
        GoldText("2", PROTEST, ["PEACE_PROTEST"]),
        GoldText("3", STRIKE, ["AIR_STRIKE"]),
    ]
    report = score_event_types(
        texts, [_coded("145"), _coded(), _coded("195")], roots=label_roots(CASE)
    )
    assert report.tables["types"] == [
        {"label": "AIR_STRIKE", "roots": "19", "texts": 1, "found": 1, "recall": 1.0},
        {"label": "PEACE_PROTEST", "roots": "14", "texts": 2, "found": 1, "recall": 0.5},
    ]
    assert report.tables["missed"][0]["id"] == "2"


def test_score_event_types_leaves_unmapped_labels_out() -> None:
    texts = [GoldText("1", PROTEST, ["PEACE_PROTEST"]), GoldText("4", FLOOD, ["DISR_WEAP"])]
    report = score_event_types(texts, [_coded("141"), _coded("190")], roots=label_roots(CASE))
    assert report.items == 1
    assert report.figures["precision"] == 1.0
    assert any("DISR_WEAP (1)" in note for note in report.notes)


def test_score_event_types_narrow_set_judges_only_its_roots() -> None:
    texts = [GoldText("1", PROTEST, ["1"]), GoldText("2", MEETING, ["0"])]
    coded: list[CodedArticle | InputError] = [_coded("141", "173"), _coded("036")]
    figures = _figures(texts, coded, GLOCON, narrow=True)
    assert figures["recall"] == 1.0
    assert figures["precision"] == 1.0  # the 036 on the label-0 sentence is not judged
    assert figures["false_alarm_rate"] == 0.0


def test_score_event_types_narrow_set_counts_its_roots_as_false_alarms() -> None:
    texts = [GoldText("1", PROTEST, ["1"]), GoldText("2", MEETING, ["0"])]
    figures = _figures(texts, [_coded(), _coded("145")], GLOCON, narrow=True)
    assert figures["false_alarm_rate"] == 1.0
    assert figures["precision"] == 0.0


def test_score_event_types_india_labels_and_fail() -> None:
    texts = [
        GoldText("7-0", ARREST, ["ANY_ACTION", "ARREST"]),
        GoldText("7-1", QUIET, []),
        GoldText("7-2", QUIET, ["FAIL"]),
        GoldText("9-0", ARREST, ["ANY_ACTION", "FORCE"]),
    ]
    coded: list[CodedArticle | InputError] = [_coded("173"), _coded(), _coded("190"), _coded("190")]
    report = score_event_types(texts, coded, roots=label_roots(INDIA), narrow=True)
    rows = {row["label"]: (row["texts"], row["found"]) for row in report.tables["types"]}
    assert rows == {"ANY_ACTION": (2, 2), "ARREST": (1, 1), "FORCE": (1, 0)}
    assert report.figures["recall"] == 1.0  # 190 is an acceptable root of ANY_ACTION
    quiet = {row["label"]: row["false_alarms"] for row in report.tables["no_event"]}
    assert quiet == {"(no label)": 0, "FAIL": 1}
    assert report.figures["false_alarm_rate"] == 0.5


def test_score_event_types_refused_text_codes_nothing() -> None:
    texts = [GoldText("1", PROTEST, ["PEACE_PROTEST"])]
    refused = InputError("[E105] refused", source="gold text 1")
    report = score_event_types(texts, [refused], roots=label_roots(CASE))
    assert report.figures["recall"] == 0.0
    assert any("refused by ingest" in note for note in report.notes)


def test_score_event_types_without_events_says_events_have_not_landed() -> None:
    texts = [GoldText("1", PROTEST, ["PEACE_PROTEST"])]
    report = score_event_types(texts, [_coded()], roots=label_roots(CASE))
    assert report.figures["f1"] == 0.0
    assert any("events stage has not landed" in note for note in report.notes)


def _fake_code_texts(_coder: object, texts: list[str]) -> list[CodedArticle]:
    return [CodedArticle(article=Article(id=str(n), text=text)) for n, text in enumerate(texts)]


def test_evaluate_eventtypes_india_default_limit_takes_first_sentences(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    india = dataclasses.replace(eventtypes.SETS[3], default_limit=2)
    monkeypatch.setattr(eventtypes, "SETS", (*eventtypes.SETS[:3], india))
    monkeypatch.setattr(eventtypes, "code_texts", _fake_code_texts)
    folder = _write_jsonl(tmp_path / "india-police-events" / "sents.jsonl", INDIA_RECORDS).parent
    coder = FAKE_CODER
    report = evaluate_eventtypes(folder, coder=coder)
    assert report.dataset == "india-police-events"
    assert report.items == 2
    assert any("first 2 of 4 texts" in note for note in report.notes)
    assert evaluate_eventtypes(folder, coder=coder, limit=10).items == 4


def test_evaluate_eventtypes_names_conflibert_file_in_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(eventtypes, "code_texts", _fake_code_texts)
    file = tmp_path / "cameo_class_test.tsv"
    file.write_text(f"{MEETING}\t1\n{STRIKE}\t4\n", encoding="utf-8")
    report = evaluate_eventtypes(file, coder=FAKE_CODER)
    assert report.dataset == "conflibert-cameo/cameo_class_test"
    assert report.figures["typed_texts"] == 2


def test_evaluate_eventtypes_rejects_malformed_tsv(tmp_path: Path) -> None:
    file = tmp_path / "cameo_class_test.tsv"
    file.write_text(f"{MEETING}\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1 has 1 tab-separated cells, not 2"):
        evaluate_eventtypes(file, coder=FAKE_CODER)


def test_evaluate_eventtypes_end_to_end(tmp_path: Path, one_sided_coder: newsevents.Coder) -> None:
    folder = _write_case2021(tmp_path / "case2021-task2").parent
    report = evaluate_eventtypes(folder, coder=one_sided_coder)
    assert any("one side only count" in note for note in report.notes)
    assert report.task == "eventtypes"
    assert report.dataset == "case2021-task2"
    assert report.items == 3  # DISR_WEAP has no mapping
    assert 0.0 <= report.figures["recall"] <= 1.0
    assert 0.0 <= report.figures["false_alarm_rate"] <= 1.0
