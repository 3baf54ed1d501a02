"""The `newsevents` command, in process through CliRunner, and once as the installed script.

Tests run inside their temporary directory (``in_tmp_path``) and name their inputs relatively,
as a user in a shell would, so that messages name the inputs exactly as given.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

import newsevents
from newsevents.cli import app

WriteFile = Callable[[str, "str | bytes"], Path]

SUB_COMMANDS = [command.name or command.callback.__name__ for command in app.registered_commands]
TITLE = "Russia summons German envoy over spying arrests"

# name, what the file holds, the error code it gets
BAD_INPUTS = [
    ("empty.txt", "", "E102"),
    ("photo.png", "PNG", "E104"),
    ("gallery.html", "GALLERY", "E106"),
    ("notext.jsonl", '{"id": "x9", "title": "Only a headline"}\n', "E107"),
    ("missing.txt", None, "E109"),
]


def _invoke(*args: str, stdin: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


def _lines_starting(prefix: str, stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(prefix)]


def _flat(text: str) -> str:
    """Text with line breaks and runs of spaces as single spaces."""
    return " ".join(text.split())


def _write_bad_input(
    write_file: WriteFile, name: str, content: str | None, png: bytes, gallery: str
) -> None:
    if content is not None:
        write_file(name, {"PNG": png, "GALLERY": gallery}.get(content, content))


def _code_bad_and_good(
    write_file: WriteFile, wire_story: str, bad: tuple, png: bytes, gallery: str
) -> Result:
    name, content, _code = bad
    _write_bad_input(write_file, name, content, png, gallery)
    write_file("spies.txt", wire_story)
    return _invoke("code", name, "spies.txt")


# code: formats and outputs


def test_cli_code_keeps_one_sided_events_only_when_asked(
    in_tmp_path: Path, write_file: WriteFile
) -> None:
    write_file("protest.txt", "Protesters marched through the capital on Sunday.")
    dyadic = json.loads(_invoke("code", "protest.txt").stdout)
    one_sided = json.loads(_invoke("code", "protest.txt", "--one-sided").stdout)
    assert dyadic["events"] == []
    assert [(event["root"], event["target"]) for event in one_sided["events"]] == [("14", None)]


def test_cli_code_writes_one_json_line_per_article(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str, dated_story: str
) -> None:
    write_file("spies.txt", wire_story)
    write_file("protest.txt", dated_story)
    result = _invoke("code", "spies.txt", "protest.txt")
    assert result.exit_code == 0
    titles = [json.loads(line)["article"]["title"] for line in result.stdout.splitlines()]
    assert titles == [TITLE, "Kenyan police fire tear gas at finance bill protesters"]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"])
def test_cli_code_format_option(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str, fmt: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt", "--format", fmt)
    assert result.exit_code == 0
    out = result.stdout
    if fmt == "jsonl":
        assert json.loads(out)["article"]["title"] == TITLE
    elif fmt == "json":
        assert [item["article"]["title"] for item in json.loads(out)] == [TITLE]
    elif fmt == "csv":
        assert next(csv.reader(io.StringIO(out)))[:3] == ["article_id", "published", "title"]
    else:
        assert TITLE in out
        assert "Agence France-Presse" in out


@pytest.mark.parametrize(
    ("out", "read"),
    [
        ("coded.jsonl", lambda text: json.loads(text.splitlines()[0])["article"]["title"]),
        ("coded.json", lambda text: json.loads(text)[0]["article"]["title"]),
        ("out/events.csv", lambda text: text.splitlines()[0].split(",")[2]),
    ],
)
def test_cli_code_out_format_from_suffix(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str, out: str, read: Callable
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt", "-o", out)
    assert result.exit_code == 0
    assert result.stdout == ""
    expected = "title" if out.endswith(".csv") else TITLE
    assert read((in_tmp_path / out).read_text(encoding="utf-8")) == expected


def test_cli_code_published_option_sets_date(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt", "--published", "2015-03-18")
    assert json.loads(result.stdout)["article"]["published"] == "2015-03-18"


def test_cli_code_stdin(in_tmp_path: Path, wire_story: str) -> None:
    result = _invoke("code", "-", stdin=wire_story)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["title"] == TITLE


def test_cli_code_url(story_url: str) -> None:
    result = _invoke("code", story_url)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["url"] == story_url


def test_cli_code_summary_on_stderr(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt")
    assert "coded 1, skipped 0, failed 0" in result.stderr.strip().splitlines()[-1]
    assert "coded 1" not in result.stdout


# code: bad inputs


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[code for _, _, code in BAD_INPUTS])
def test_cli_code_bad_input_fails_run_but_keeps_good_output(
    in_tmp_path: Path,
    write_file: WriteFile,
    wire_story: str,
    png_bytes: bytes,
    gallery_page: str,
    bad: tuple,
) -> None:
    result = _code_bad_and_good(write_file, wire_story, bad, png_bytes, gallery_page)
    assert result.exit_code == 1
    assert [json.loads(line)["article"]["title"] for line in result.stdout.splitlines()] == [TITLE]


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[code for _, _, code in BAD_INPUTS])
def test_cli_code_bad_input_one_error_line_naming_it(
    in_tmp_path: Path,
    write_file: WriteFile,
    wire_story: str,
    png_bytes: bytes,
    gallery_page: str,
    bad: tuple,
) -> None:
    name, _content, code = bad
    result = _code_bad_and_good(write_file, wire_story, bad, png_bytes, gallery_page)
    (line,) = _lines_starting("error: ", result.stderr)
    assert name in line
    assert f"[{code}]" in line


@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[code for _, _, code in BAD_INPUTS])
def test_cli_code_bad_input_counted_in_summary(
    in_tmp_path: Path,
    write_file: WriteFile,
    wire_story: str,
    png_bytes: bytes,
    gallery_page: str,
    bad: tuple,
) -> None:
    result = _code_bad_and_good(write_file, wire_story, bad, png_bytes, gallery_page)
    assert "coded 1, skipped 0, failed 1" in result.stderr.strip().splitlines()[-1]


@pytest.mark.issue(2)
@pytest.mark.parametrize("bad", BAD_INPUTS, ids=[code for _, _, code in BAD_INPUTS])
def test_cli_code_error_line_starts_with_input(
    in_tmp_path: Path,
    write_file: WriteFile,
    wire_story: str,
    png_bytes: bytes,
    gallery_page: str,
    bad: tuple,
) -> None:
    name, _content, code = bad
    result = _code_bad_and_good(write_file, wire_story, bad, png_bytes, gallery_page)
    # a record's label adds its line: "notext.jsonl:1"
    label = f"{name}:1" if name.endswith(".jsonl") else name
    (line,) = _lines_starting("error: ", result.stderr)
    assert line.startswith(f"error: {label}: [{code}] ")


def test_cli_code_file_over_max_bytes_fails_with_e105(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    write_file("long.txt", wire_story * 20)
    result = _invoke("code", "long.txt", "spies.txt", "--max-bytes", "2000")
    assert result.exit_code == 1
    (line,) = _lines_starting("error: ", result.stderr)
    size = (in_tmp_path / "long.txt").stat().st_size
    assert line.startswith(f"error: long.txt: [E105] {size} bytes, over the limit of 2000; ")
    assert len(result.stdout.splitlines()) == 1


def test_cli_code_bad_jsonl_line_named_others_coded(
    in_tmp_path: Path, write_file: WriteFile
) -> None:
    lines = [
        json.dumps(
            {"id": "ke-1", "text": "Kenyan police fired tear gas at protesters in Nairobi."}
        ),
        '{"id": "ke-2", "text": oops}',
        json.dumps({"id": "tz-3", "text": "Tanzania reopened its border with Kenya on Friday."}),
    ]
    write_file("wire.jsonl", "\n".join(lines) + "\n")
    result = _invoke("code", "wire.jsonl")
    assert result.exit_code == 1
    assert [json.loads(line)["article"]["id"] for line in result.stdout.splitlines()] == [
        "ke-1",
        "tz-3",
    ]
    (line,) = _lines_starting("error: ", result.stderr)
    assert line.startswith("error: wire.jsonl:2: [E103] not a JSON object (Expecting value")


def test_cli_code_foreign_article_skipped_not_failed(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str, foreign_story: tuple[str, str]
) -> None:
    language, story = foreign_story
    write_file("foreign.txt", story)
    write_file("spies.txt", wire_story)
    result = _invoke("code", "foreign.txt", "spies.txt")
    assert result.exit_code == 0
    (line,) = _lines_starting("skipped: ", result.stderr)
    assert line == f"skipped: foreign.txt: [W101] the article is in '{language}', not 'en'."
    assert "coded 1, skipped 1, failed 0" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_cli_code_empty_directory_exits_3(in_tmp_path: Path) -> None:
    (in_tmp_path / "inbox").mkdir()
    result = _invoke("code", "inbox")
    assert result.exit_code == 3
    assert "coded 0, skipped 0, failed 0" in result.stderr


def test_cli_code_bad_published_is_usage_error(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt", "--published", "18/03/2015")
    assert result.exit_code == 2
    assert "18/03/2015" in result.stderr
    assert result.stdout == ""


def test_cli_code_unknown_format_is_usage_error(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt", "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr


def test_cli_code_bad_config_is_usage_error(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    write_file("newsevents.toml", "max_byte = 5000\n")
    result = _invoke("code", "spies.txt", "--config", "newsevents.toml")
    assert result.exit_code == 2
    assert "[E902]" in result.stderr and "max_byte" in result.stderr


def test_cli_code_missing_model_names_it_and_install_command(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("code", "spies.txt", "--model", "en_core_web_xx")
    assert result.exit_code != 0
    message = _flat(result.stderr)
    assert message.startswith("error: ")
    assert "'en_core_web_xx'" in message
    assert "python -m spacy download en_core_web_xx" in message
    assert result.stdout == ""


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    "args", [("photo.png", "spies.txt"), ("spies.txt", "--model", "en_core_web_xx")]
)
def test_cli_code_each_message_on_one_line(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str, png_bytes: bytes, args: tuple
) -> None:
    write_file("photo.png", png_bytes)
    write_file("spies.txt", wire_story)
    result = _invoke("code", *args)
    for line in result.stderr.splitlines():
        assert line.startswith(("error: ", "skipped: ", "newsevents: "))


# show, --version, --help


def test_cli_show_coded_jsonl_as_table(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    assert _invoke("code", "spies.txt", "-o", "coded.jsonl").exit_code == 0
    result = _invoke("show", "coded.jsonl")
    assert result.exit_code == 0
    assert TITLE in result.stdout
    assert "Moscow" in result.stdout


def test_cli_show_converts_to_json(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str, dated_story: str
) -> None:
    write_file("spies.txt", wire_story)
    write_file("protest.txt", dated_story)
    _invoke("code", "spies.txt", "protest.txt", "-o", "coded.jsonl")
    result = _invoke("show", "coded.jsonl", "--format", "json")
    coded = [line for line in (in_tmp_path / "coded.jsonl").read_text().splitlines()]
    assert json.loads(result.stdout) == [json.loads(line) for line in coded]


def test_cli_show_refuses_a_file_that_is_not_coded(
    in_tmp_path: Path, write_file: WriteFile, wire_story: str
) -> None:
    write_file("spies.txt", wire_story)
    result = _invoke("show", "spies.txt")
    assert result.exit_code == 2
    assert "spies.txt" in result.stderr


def test_cli_version() -> None:
    result = _invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsevents {newsevents.__version__}"


@pytest.mark.parametrize("command", SUB_COMMANDS)
def test_cli_help_of_sub_command_has_example(command: str) -> None:
    result = _invoke(command, "--help")
    assert result.exit_code == 0
    assert f"Example: newsevents {command}" in _flat(result.stdout)


def test_cli_no_arguments_shows_help() -> None:
    result = _invoke()
    assert "code" in result.stdout and "show" in result.stdout


# the installed script


def test_cli_installed_script_codes_stdin(wire_story: str, tmp_path: Path) -> None:
    beside_python = Path(sys.executable).parent / "newsevents"
    script = str(beside_python) if beside_python.exists() else shutil.which("newsevents")
    assert script, "the newsevents script is not installed"
    environment = {
        key: value for key, value in os.environ.items() if not key.startswith("NEWSEVENTS_")
    }
    completed = subprocess.run(
        [script, "code", "-", "--published", "2015-03-18"],
        input=wire_story,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    (line,) = completed.stdout.splitlines()
    article = json.loads(line)["article"]
    assert (article["title"], article["published"]) == (TITLE, "2015-03-18")
    assert "coded 1, skipped 0, failed 0" in completed.stderr


@pytest.mark.issue(4)
def test_cli_code_actors_dictionary_codes_its_names(
    write_file: Callable[[str, str | bytes], Path],
) -> None:
    dictionary = write_file("actors.txt", "NORTHLAND [NRL]\n+NORTHLANDER\n")
    story = write_file(
        "story.txt",
        "Northland recalls envoy\n\nNorthlander officials recalled their ambassador from "
        "Vienna on Tuesday after talks on the border dispute collapsed.\n",
    )
    result = _invoke("code", str(story), "--actors", str(dictionary), "--published", "2024-05-01")
    assert result.exit_code == 0, result.output
    actors = json.loads(result.stdout.splitlines()[0])["actors"]
    assert ("NRL", "NRLGOV") in {(actor["country"], actor["code"]) for actor in actors}


@pytest.mark.issue(4)
def test_cli_code_bad_actors_dictionary_stops_with_one_line(
    write_file: Callable[[str, str | bytes], Path], wire_story: str
) -> None:
    dictionary = write_file("actors.txt", "+ORPHAN_SYNONYM\n")
    story = write_file("story.txt", wire_story)
    result = _invoke("code", str(story), "--actors", str(dictionary))
    assert result.exit_code == 2
    errors = _lines_starting("error:", result.stderr)
    assert len(errors) == 1 and "[E302]" in errors[0] and "actors.txt" in errors[0]
    assert result.stdout == ""


@pytest.mark.issue(7)
def test_cli_code_verbs_dictionary_codes_its_verb_with_its_rule(
    write_file: Callable[[str, str | bytes], Path],
) -> None:
    verbs = write_file("my.verbs.txt", "# my verbs\n--- SCOLD  [111]  ---\nSCOLD\n")
    story = write_file(
        "story.txt",
        "China scolds Japan\n\nBEIJING (AP) - China scolded Japan on Tuesday over the "
        "prime minister's visit to the shrine.\n",
    )
    result = _invoke("code", str(story), "--verbs", str(verbs), "--published", "2024-05-01")
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout.splitlines()[0])["events"]
    assert any(e["cameo"] == "111" and e["rule"].startswith("my.verbs.txt:3") for e in events)


@pytest.mark.issue(7)
def test_cli_code_bad_verbs_dictionary_stops_with_one_line(
    write_file: Callable[[str, str | bytes], Path], wire_story: str
) -> None:
    verbs = write_file("verbs.txt", "- * TALKS [046]\n")
    story = write_file("story.txt", wire_story)
    result = _invoke("code", str(story), "--verbs", str(verbs))
    assert result.exit_code == 2
    errors = _lines_starting("error:", result.stderr)
    assert len(errors) == 1 and "verbs.txt" in errors[0]
    assert result.stdout == ""
