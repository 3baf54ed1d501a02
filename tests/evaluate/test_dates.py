"""Date scoring on TimeML: reading TIMEX3 offsets, pairing spans, writing values as TE3 does,
and one small document run through the coder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents import Coder
from newsevents.evaluate.dates import (
    Tally,
    Timex,
    evaluate_dates,
    is_producible,
    matches,
    pair_overlapping,
    read_timeml,
    score_document,
    te3_value,
)
from newsevents.records import TimeExpression

# A wire story dated Friday 22 March 2013; "three days" is a DURATION, "now" PRESENT_REF.
WIRE_TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>wire_20130322</DOCID>\n'
    '<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2013-03-22">'
    "March 22, 2013</TIMEX3></DCT>\n<TITLE>Bank says inflation slowed</TITLE>\n<TEXT>\n"
    'LONDON (Reuters) - The central bank <EVENT eid="e1" class="REPORTING">said</EVENT> on '
    '<TIMEX3 tid="t1" type="DATE" value="2013-03-20">Wednesday</TIMEX3> that inflation slowed '
    'in <TIMEX3 tid="t2" type="DATE" value="2013-02">February</TIMEX3>.\n\n'
    "The governor will report to parliament "
    '<TIMEX3 tid="t4" type="DATE" value="2014">next year</TIMEX3> after talks that lasted '
    '<TIMEX3 tid="t5" type="DURATION" value="P3D">three days</TIMEX3>. Prices are '
    '<TIMEX3 tid="t6" type="DATE" value="PRESENT_REF">now</TIMEX3> stable, the bank said.\n'
    "</TEXT>\n</TimeML>\n"
)


def write_tml(folder: Path, name: str = "wire_20130322", text: str = WIRE_TML) -> Path:
    (folder / "tml").mkdir(parents=True, exist_ok=True)
    path = folder / "tml" / f"{name}.tml"
    path.write_text(text, encoding="utf-8")
    return path


def expression(start: int, end: int, value: str, precision: str = "day") -> TimeExpression:
    return TimeExpression("x" * (end - start), start, end, value, precision)


def timex(start: int, end: int, value: str, kind: str = "DATE") -> Timex:
    return Timex(start, end, "x" * (end - start), kind, value)


def test_dates_read_timeml_offsets(tmp_path: Path) -> None:
    document = read_timeml(write_tml(tmp_path))
    assert document.dct == date(2013, 3, 22)
    assert [(t.text, t.type, t.value) for t in document.timexes] == [
        ("Wednesday", "DATE", "2013-03-20"),
        ("February", "DATE", "2013-02"),
        ("next year", "DATE", "2014"),
        ("three days", "DURATION", "P3D"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    assert all(document.text[t.start : t.end] == t.text for t in document.timexes)
    assert "<EVENT" not in document.text and "said on Wednesday" in document.text


def test_dates_read_timeml_refuses_broken_xml(tmp_path: Path) -> None:
    path = write_tml(tmp_path, text=WIRE_TML.replace("</TEXT>", ""))
    with pytest.raises(ValueError, match="not well-formed TimeML"):
        read_timeml(path)


def test_dates_pair_overlapping_once_each() -> None:
    gold = [timex(10, 14, "2009"), timex(15, 19, "2010"), timex(40, 45, "2013-03")]
    # one expression over "2009-2010" pairs with "2009" only; the last touches nothing
    ours = [expression(10, 19, "2009", "year"), expression(45, 50, "2013", "year")]
    pairs = pair_overlapping(gold, ours)
    assert [(g.value, o.value) for g, o in pairs] == [("2009", "2009")]


def test_dates_score_document_counts() -> None:
    gold = [timex(0, 6, "2013-03-22"), timex(20, 23, "PRESENT_REF"), timex(30, 39, "2014")]
    ours = [
        expression(0, 6, "2013-03-22"),  # strict and right
        expression(28, 39, "2015", "year"),  # relaxed, wrong value
        expression(50, 60, "2012-12-22"),  # nothing in gold
    ]
    tally = Tally()
    row = score_document("wire", gold, ours, tally)
    figures = tally.figures()
    assert figures["precision"] == pytest.approx(2 / 3)
    assert figures["recall"] == pytest.approx(2 / 3)
    assert figures["strict_f1"] == pytest.approx(1 / 3)
    assert figures["value_accuracy"] == 0.5
    assert figures["unproducible_gold"] == 1
    assert row["matched"] == 2 and row["value_correct"] == 1
    assert tally.value_errors[0]["gold_value"] == "2014"
    assert tally.value_errors[0]["our_value"] == "2015"


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2013-03-18", "week", "2013-W12"),
        ("2013-03-24", "week", "2013-W12"),  # a Sunday ends ISO week 12
        ("2013-03-18", "day", "2013-03-18"),
        ("2013-03", "month", "2013-03"),
        ("201", "decade", "201"),
    ],
)
def test_dates_te3_value(value: str, precision: str, expected: str) -> None:
    assert te3_value(expression(0, 4, value, precision)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2013-03-18", True),
        ("2013-03", True),
        ("2013", True),
        ("201", True),
        ("2013-W12", True),
        ("PRESENT_REF", False),
        ("2012-SU", False),
        ("19", False),
        ("2013-03-22TAF", False),
        ("XXXX-XX-XX", False),
        ("P1M", False),
    ],
)
def test_dates_is_producible(value: str, expected: bool) -> None:
    assert is_producible(value) is expected


def test_dates_matches_timeml_folder(tmp_path: Path) -> None:
    write_tml(tmp_path / "te3")
    assert matches(tmp_path / "te3")
    assert matches(tmp_path / "te3" / "tml")
    assert not matches(tmp_path / "empty")


def test_dates_evaluate_on_wire_story(tmp_path: Path, coder: Coder) -> None:
    write_tml(tmp_path / "te3")
    report = evaluate_dates(tmp_path / "te3", coder=coder)
    assert report.items == 5
    assert report.figures["timexes"] == 4
    assert report.figures["all_types_timexes"] == 5
    assert report.figures["unproducible_gold"] == 1  # now: PRESENT_REF
    assert report.figures["documents"] == 1
    # Wednesday, February and next year are found and read against the DCT
    assert report.tables["value_errors"] == []
    assert report.tables["articles"][0]["matched"] >= 3
    assert report.figures["value_accuracy"] == 1.0
