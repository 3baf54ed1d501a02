"""Packaged data files: each says where its content comes from, and each table loads."""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import pytest

from newsevents.errors import DataFileError
from newsevents.knowledge import read_table


def _data_files(folder: Traversable, prefix: str = "") -> list[str]:
    names = []
    for entry in folder.iterdir():
        if entry.name.startswith((".", "__")):
            continue
        if entry.is_dir():
            names += _data_files(entry, f"{prefix}{entry.name}/")
        else:
            names.append(f"{prefix}{entry.name}")
    return sorted(names)


DATA = resources.files("newsevents").joinpath("data")
DATA_FILES = _data_files(DATA)
TABLES = [name for name in DATA_FILES if name.endswith(".tsv")]


def test_knowledge_data_files_found() -> None:
    assert "ingest/wire_services.tsv" in DATA_FILES
    assert "settings.toml" in DATA_FILES


@pytest.mark.parametrize("name", DATA_FILES)
def test_knowledge_data_file_names_its_source(name: str) -> None:
    text = DATA.joinpath(*name.split("/")).read_text("utf-8")
    if name.endswith(".json"):
        assert json.loads(text).get("$comment", "").startswith("source:")
    elif name.endswith(".sql"):
        assert text.startswith("-- source:")
    else:
        assert text.startswith("# source:")


@pytest.mark.parametrize("name", TABLES)
def test_knowledge_table_loads(name: str) -> None:
    rows = read_table(name)
    assert rows
    first = next(iter(rows[0]))  # the key column; others may be empty where optional
    assert all(row[first].strip() for row in rows)


def test_knowledge_wire_services_map_abbreviation_to_outlet() -> None:
    outlets = {row["abbreviation"]: row["outlet"] for row in read_table("ingest/wire_services.tsv")}
    assert outlets["AFP"] == "Agence France-Presse"
    assert outlets["AP"] == "Associated Press"


@pytest.mark.parametrize(
    ("content", "line"),
    [
        ("abbreviation\toutlet\nAFP\tAgence France-Presse\n", 1),
        ("# source: wire style guides; MIT; none\nabbreviation\toutlet\nAFP\n", 3),
    ],
    ids=["no-source-line", "short-row"],
)
def test_knowledge_malformed_table_raises_e901_naming_file_and_line(
    write_file: Callable[[str, str], Path],
    monkeypatch: pytest.MonkeyPatch,
    content: str,
    line: int,
) -> None:
    path = write_file("agencies.tsv", content)
    monkeypatch.setattr("newsevents.knowledge.data_file", lambda name: path)
    with pytest.raises(DataFileError, match=rf"\[E901\] test/{line}\.tsv: line {line}:"):
        read_table(f"test/{line}.tsv")
