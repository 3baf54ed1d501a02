"""The docs cannot drift: README.md names every sub-command, setting and error code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsevents.cli import app
from newsevents.errors import Errors, Warnings
from newsevents.settings import SETTING_NAMES

README = Path(__file__).resolve().parents[1] / "README.md"

SUB_COMMANDS = [command.name or command.callback.__name__ for command in app.registered_commands]
CODES = sorted(
    name
    for messages in (Errors, Warnings)
    for name in vars(messages)
    if re.fullmatch(r"[EW]\d{3}", name)
)


def _readme() -> str:
    return README.read_text(encoding="utf-8")


def test_docs_codes_found() -> None:
    assert {"E102", "E109", "W101"} <= set(CODES)


@pytest.mark.parametrize("command", SUB_COMMANDS)
def test_docs_readme_names_sub_command(command: str) -> None:
    found = re.search(rf"newsevents {command}\b", _readme()) is not None
    assert found, f"README.md shows no `newsevents {command}`"


@pytest.mark.parametrize("code", CODES)
def test_docs_readme_names_error_code(code: str) -> None:
    found = re.search(rf"\b{code}\b", _readme()) is not None
    assert found, f"README.md does not mention {code}"


@pytest.mark.parametrize("name", SETTING_NAMES)
def test_docs_readme_names_setting(name: str) -> None:
    found = re.search(rf"\b{name}\b", _readme()) is not None
    assert found, f"README.md does not mention the setting {name}"
