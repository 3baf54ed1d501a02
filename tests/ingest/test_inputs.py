"""read_inputs over every kind of input: .txt, .html, .json, .jsonl, directories, stdin, URLs,
and one InputError (or SkippedInput) per bad input, naming it, while the others are read."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.errors import InputError, SkippedInput
from newsevents.ingest import read_inputs
from newsevents.records import Article
from newsevents.settings import Settings

WriteFile = Callable[[str, "str | bytes"], Path]

RECORD_A = {
    "id": "ke-1",
    "text": "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses said.",
    "published": "2024-06-25",
}
RECORD_B = {
    "id": "tz-2",
    "text": "Tanzania reopened its border with Kenya on Friday after a week-long closure.",
    "published": "2024-06-21T07:45:00Z",
}


def _articles(items: list) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def _errors(items: list) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def test_inputs_txt_reads_headline_outlet_and_dateline(
    write_file: WriteFile, wire_story: str
) -> None:
    path = write_file("spies.txt", wire_story)
    (article,) = read_inputs([path])
    assert (article.title, article.outlet, article.dateline.place, article.source_path) == (
        "Russia summons German envoy over spying arrests",
        "Agence France-Presse",
        "Moscow",
        str(path),
    )


def test_inputs_txt_published_from_dateline(write_file: WriteFile, dated_story: str) -> None:
    (article,) = read_inputs([write_file("protest.txt", dated_story)])
    assert article.published == "2024-06-25"
    assert any(warning.startswith("[W103]") for warning in article.warnings)


def test_inputs_published_argument_wins(write_file: WriteFile, dated_story: str) -> None:
    (article,) = read_inputs([write_file("protest.txt", dated_story)], published="2024-06-26")
    assert article.published == "2024-06-26"


def test_inputs_html_file(write_file: WriteFile, news_page: str) -> None:
    (article,) = read_inputs([write_file("doha.html", news_page)])
    assert (article.title, article.outlet, article.published) == (
        "Ceasefire talks open in Doha as mediators press both sides",
        "The Lantern Courier",
        "2023-11-14",
    )
    assert "We use cookies" not in article.text


def test_inputs_json_single_object(write_file: WriteFile) -> None:
    (article,) = read_inputs([write_file("one.json", json.dumps(RECORD_A, indent=2))])
    assert (article.id, article.published) == ("ke-1", "2024-06-25")


def test_inputs_json_array(write_file: WriteFile) -> None:
    items = list(read_inputs([write_file("two.json", json.dumps([RECORD_A, RECORD_B]))]))
    assert [(a.id, a.published) for a in items] == [("ke-1", "2024-06-25"), ("tz-2", "2024-06-21")]


def test_inputs_json_single_object_error_names_plain_path(write_file: WriteFile) -> None:
    path = write_file("one.json", json.dumps({"id": "x9", "title": "Only a headline"}))
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert error.source == str(path)
    assert str(error).startswith(f"{path}: [E107] no text; ")


def test_inputs_json_array_error_names_item(write_file: WriteFile) -> None:
    path = write_file("two.json", json.dumps([RECORD_A, {"id": "x9", "title": "Only a headline"}]))
    items = list(read_inputs([path]))
    assert [a.id for a in _articles(items)] == ["ke-1"]
    (error,) = _errors(items)
    assert str(error).startswith(f"{path}[2]: [E107] no text; ")


def test_inputs_json_file_is_one_document_not_json_lines(write_file: WriteFile) -> None:
    path = write_file("two.json", json.dumps(RECORD_A) + "\n" + json.dumps(RECORD_B) + "\n")
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{path}: [E111] not valid JSON (")


def test_inputs_jsonl_file_is_read_line_by_line(write_file: WriteFile) -> None:
    path = write_file("one.jsonl", json.dumps(RECORD_A, indent=2))
    items = list(read_inputs([path]))
    assert not _articles(items)
    assert str(items[0]).startswith(f"{path}:1: [E103] not a JSON object (")


def test_inputs_jsonl_keeps_ids_and_published(write_file: WriteFile) -> None:
    path = write_file("two.jsonl", json.dumps(RECORD_A) + "\n" + json.dumps(RECORD_B) + "\n")
    items = list(read_inputs([path]))
    assert [(a.id, a.published, a.source_path) for a in items] == [
        ("ke-1", "2024-06-25", str(path)),
        ("tz-2", "2024-06-21", str(path)),
    ]


def test_inputs_directory_read_recursively_in_sorted_order(
    write_file: WriteFile, wire_story: str, dated_story: str, news_page: str, tmp_path: Path
) -> None:
    write_file("corpus/b_protest.txt", dated_story)
    write_file("corpus/a_spies.txt", wire_story)
    write_file("corpus/2024/june/c_records.jsonl", json.dumps(RECORD_A) + "\n")
    write_file("corpus/2023/doha.html", news_page)
    items = list(read_inputs([tmp_path / "corpus"]))
    assert [Path(a.source_path).relative_to(tmp_path / "corpus").as_posix() for a in items] == [
        "2023/doha.html",
        "2024/june/c_records.jsonl",
        "a_spies.txt",
        "b_protest.txt",
    ]


@pytest.mark.parametrize(
    "name", ["README.md", "spies.gold.json", "spies.meta.json", "notes.csv", "photo.png"]
)
def test_inputs_directory_ignores_sidecars_and_other_files(
    write_file: WriteFile, wire_story: str, tmp_path: Path, name: str
) -> None:
    write_file("corpus/spies.txt", wire_story)
    write_file(f"corpus/{name}", '{"events": []}')
    items = list(read_inputs([tmp_path / "corpus"]))
    assert [Path(a.source_path).name for a in items] == ["spies.txt"]


def test_inputs_empty_directory_yields_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert list(read_inputs([tmp_path / "empty"])) == []


def test_inputs_stdin(fake_stdin: Callable[[bytes], None], wire_story: str) -> None:
    fake_stdin(wire_story.encode("utf-8"))
    (article,) = read_inputs(["-"])
    assert (article.title, article.outlet, article.source_path) == (
        "Russia summons German envoy over spying arrests",
        "Agence France-Presse",
        None,
    )


def test_inputs_stdin_html_detected_by_content(
    fake_stdin: Callable[[bytes], None], news_page: str
) -> None:
    fake_stdin(news_page.encode("utf-8"))
    (article,) = read_inputs(["-"])
    assert article.outlet == "The Lantern Courier"


def test_inputs_url_fetched_and_extracted(story_url: str) -> None:
    (article,) = read_inputs([story_url])
    assert (article.url, article.source_path, article.title, article.published) == (
        story_url,
        None,
        "Ceasefire talks open in Doha as mediators press both sides",
        "2023-11-14",
    )
    assert "mediators opened a new round of ceasefire talks" in article.text


def test_inputs_url_not_found_yields_e108(missing_url: str) -> None:
    (error,) = read_inputs([missing_url])
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{missing_url}: [E108] could not be fetched (")
    assert "404" in str(error)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.txt", "", "E102"),
        ("blank.txt", "  \n\n\t\n", "E102"),
        ("gallery.html", "GALLERY", "E106"),
        ("notext.jsonl", '{"id": "x9", "title": "Only a headline"}\n', "E107"),
        ("photo.png", "PNG", "E104"),
        ("scan.txt", "PNG", "E104"),
    ],
)
def test_inputs_bad_file_yields_error_naming_it(
    write_file: WriteFile,
    name: str,
    content: str,
    code: str,
    png_bytes: bytes,
    gallery_page: str,
) -> None:
    data = {"PNG": png_bytes, "GALLERY": gallery_page}.get(content, content)
    path = write_file(name, data)
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert not isinstance(error, SkippedInput)
    # a record is named by its line: notext.jsonl:1
    label = f"{path}:1" if name.endswith(".jsonl") else str(path)
    assert error.source == label
    assert str(error).startswith(f"{label}: [{code}] ")


def test_inputs_missing_path_yields_e109(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such.txt"
    (error,) = read_inputs([missing])
    assert isinstance(error, InputError)
    assert str(error) == f"{missing}: [E109] no such file or directory."


def test_inputs_file_over_size_limit_yields_e105(write_file: WriteFile, wire_story: str) -> None:
    path = write_file("spies.txt", wire_story)
    (error,) = read_inputs([path], settings=Settings.load(max_bytes=100))
    assert isinstance(error, InputError)
    size = path.stat().st_size
    assert str(error).startswith(f"{path}: [E105] {size} bytes, over the limit of 100; ")


def test_inputs_foreign_article_is_skipped_with_w101(
    write_file: WriteFile, foreign_story: tuple[str, str]
) -> None:
    language, story = foreign_story
    path = write_file("foreign.txt", story)
    (skipped,) = read_inputs([path])
    assert isinstance(skipped, SkippedInput)
    assert str(skipped) == f"{path}: [W101] the article is in '{language}', not 'en'."


def test_inputs_bad_jsonl_line_reported_others_read(write_file: WriteFile) -> None:
    lines = [json.dumps(RECORD_A), '{"id": "k2", "text": oops}', json.dumps(RECORD_B)]
    path = write_file("mixed.jsonl", "\n".join(lines) + "\n")
    items = list(read_inputs([path]))
    assert [a.id for a in _articles(items)] == ["ke-1", "tz-2"]
    (error,) = _errors(items)
    assert error.source == f"{path}:2"
    assert str(error).startswith(f"{path}:2: [E103] not a JSON object (Expecting value")


@pytest.mark.parametrize(
    ("meta", "reason"),
    [("{not json", "Expecting property name"), ("[1, 2]", "not a JSON object")],
)
def test_inputs_bad_sidecar_yields_e112_naming_both_files(
    write_file: WriteFile, wire_story: str, meta: str, reason: str
) -> None:
    path = write_file("spies.txt", wire_story)
    sidecar = write_file("spies.meta.json", meta)
    (error,) = read_inputs([path])
    assert isinstance(error, InputError)
    assert error.source == str(path)
    assert str(error).startswith(f"{path}: [E112] its metadata file {sidecar} is not valid (")
    assert reason in str(error)


def test_inputs_bad_input_does_not_stop_the_others(
    write_file: WriteFile, wire_story: str, tmp_path: Path
) -> None:
    good = write_file("spies.txt", wire_story)
    empty = write_file("empty.txt", "")
    items = list(read_inputs([empty, tmp_path / "missing.txt", good]))
    assert [type(item).__name__ for item in items] == ["InputError", "InputError", "Article"]
