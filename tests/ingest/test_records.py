"""JSON and JSON Lines records to Articles."""

from __future__ import annotations

import json

import pytest

from newsevents.errors import InputError
from newsevents.ingest.records import article_from_record, read_records
from newsevents.settings import Settings

STORY = (
    "Tanzania reopened its border with Kenya on Friday after a week-long closure that left "
    "hundreds of lorries stranded, officials said."
)


def test_records_given_id_is_kept() -> None:
    assert article_from_record({"id": "tz-17", "text": STORY}, source="in.jsonl:1").id == "tz-17"


def test_records_integer_id_becomes_string() -> None:
    assert article_from_record({"id": 17, "text": STORY}, source="in.jsonl:1").id == "17"


def test_records_without_id_gets_sha1_of_url() -> None:
    url = "https://news.example/africa/tanzania-border"
    first = article_from_record({"text": STORY, "url": url}, source="a.jsonl:1")
    other = article_from_record({"text": STORY + " Trade resumed.", "url": url}, source="b.jsonl:1")
    assert first.id == other.id


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2024-06-21", "2024-06-21"), ("2024-06-21T07:45:00Z", "2024-06-21")],
)
def test_records_published_kept_as_day(published: str, expected: str) -> None:
    record = {"text": STORY, "published": published}
    assert article_from_record(record, source="in.jsonl:1").published == expected


def test_records_fields_kept() -> None:
    record = {
        "text": STORY,
        "title": "Tanzania reopens Kenya border",
        "outlet": "East Africa Wire",
        "url": "https://news.example/africa/tanzania-border",
    }
    article = article_from_record(record, source="in.jsonl:1")
    assert (article.title, article.outlet, article.url) == (
        "Tanzania reopens Kenya border",
        "East Africa Wire",
        "https://news.example/africa/tanzania-border",
    )


def test_records_html_field_is_extracted(news_page: str) -> None:
    article = article_from_record({"id": "d1", "html": news_page}, source="in.jsonl:1")
    assert "mediators opened a new round of ceasefire talks" in article.text


def test_records_bare_string_is_article_text() -> None:
    assert article_from_record(STORY, source="record 1").text == STORY


@pytest.mark.parametrize(
    "record",
    [{"id": "x", "title": "Only a headline"}, {"text": ""}, {"text": "   "}, {"html": None}],
)
def test_records_without_text_raise_e107(record: dict) -> None:
    with pytest.raises(InputError, match=r"^in\.jsonl:3: \[E107\] no text; ") as caught:
        article_from_record(record, source="in.jsonl:3")
    error = caught.value
    assert error.source == "in.jsonl:3"
    assert error.message.startswith("[E107] no text; ")
    assert str(error) == f"in.jsonl:3: {error.message}"


@pytest.mark.parametrize("record", [{"text": ["a", "list"]}, {"text": STORY, "title": 12}])
def test_records_field_of_wrong_type_raises_e107(record: dict) -> None:
    with pytest.raises(InputError, match=r"^in\.jsonl:1: \[E107\] field '\w+' is a "):
        article_from_record(record, source="in.jsonl:1")


def test_records_bad_published_raises_e110() -> None:
    with pytest.raises(InputError, match=r"^in\.jsonl:1: \[E110\] '18/03/2015' is not a date"):
        article_from_record({"text": STORY, "published": "18/03/2015"}, source="in.jsonl:1")


def test_records_text_over_size_limit_raises_e105() -> None:
    size = len(STORY.encode("utf-8"))
    expected = rf"^in\.jsonl:1: \[E105\] {size} bytes, over the limit of 50; "
    with pytest.raises(InputError, match=expected):
        article_from_record(
            {"text": STORY}, source="in.jsonl:1", settings=Settings.load(max_bytes=50)
        )


def test_records_jsonl_label_is_path_and_line() -> None:
    text = json.dumps({"text": STORY}) + "\n\n" + json.dumps({"text": STORY}) + "\n"
    assert [label for label, _ in read_records(text, source="in.jsonl", lines=True)] == [
        "in.jsonl:1",
        "in.jsonl:3",
    ]


def test_records_json_array_labels_number_items() -> None:
    text = json.dumps([{"text": STORY}, {"text": STORY}], indent=2)
    assert [label for label, _ in read_records(text, source="in.json", lines=False)] == [
        "in.json[1]",
        "in.json[2]",
    ]


@pytest.mark.parametrize("indent", [2, None], ids=["pretty", "one-line"])
def test_records_json_object_is_one_record_labelled_with_path(indent: int | None) -> None:
    text = json.dumps({"id": "tz-17", "text": STORY}, indent=indent)
    items = list(read_records(text, source="in.json", lines=False))
    assert [(label, record["id"]) for label, record in items] == [("in.json", "tz-17")]


def test_records_json_lines_in_json_file_raise_e111() -> None:
    text = json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY}) + "\n"
    (error,) = read_records(text, source="in.json", lines=False)
    assert isinstance(error, InputError)
    assert str(error).startswith("in.json: [E111] not valid JSON (")


def test_records_pretty_printed_object_in_jsonl_file_is_not_one_record() -> None:
    text = json.dumps({"id": "tz-17", "text": STORY}, indent=2)
    items = list(read_records(text, source="in.jsonl", lines=True))
    assert items
    assert all(isinstance(item, InputError) for item in items)
    assert str(items[0]).startswith("in.jsonl:1: [E103] not a JSON object (")


@pytest.mark.parametrize(
    ("line", "reason"),
    [('{"id": "k2", "text": oops}', "Expecting value"), ('["a", "list"]', "a list")],
)
def test_records_bad_jsonl_line_raises_e103_naming_line(line: str, reason: str) -> None:
    text = "\n".join([json.dumps({"text": STORY}), line, json.dumps({"text": STORY})])
    items = list(read_records(text, source="in.jsonl", lines=True))
    error = items[1]
    assert isinstance(error, InputError)
    assert error.source == "in.jsonl:2"
    assert str(error).startswith("in.jsonl:2: [E103] not a JSON object (")
    assert "line 2" not in error.message
    assert reason in str(error)
    assert [label for label, _ in (items[0], items[2])] == ["in.jsonl:1", "in.jsonl:3"]


def test_records_invalid_json_document_raises_e111() -> None:
    items = list(read_records('[{"text": "Talks resumed."},', source="in.json", lines=False))
    assert len(items) == 1
    assert isinstance(items[0], InputError)
    assert str(items[0]).startswith("in.json: [E111] not valid JSON")
