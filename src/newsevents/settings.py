"""Settings: packaged defaults in data/settings.toml, a user file and the environment on top.

Example:
    >>> settings = Settings.load(model="en_core_web_md")
    >>> settings.max_bytes
    2000000
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Self

from .errors import DataFileError, Errors

CONFIG_ENV = "NEWSEVENTS_CONFIG"
MODEL_ENV = "NEWSEVENTS_MODEL"
_KEY_LINE = re.compile(r"^(\w+)\s*=")


@dataclass(frozen=True)
class Settings:
    """Every tunable of newsevents; see data/settings.toml for what each means."""

    model: str
    max_bytes: int
    batch_size: int
    n_process: int
    language: str
    fetch_timeout: float
    fetch_retries: int
    host_interval: float
    actors: str
    verbs: str
    one_sided: bool

    @classmethod
    def load(cls, path: Path | str | None = None, **overrides: Any) -> Self:
        """Defaults, then the user file (``path`` or $NEWSEVENTS_CONFIG), then
        $NEWSEVENTS_MODEL, then ``overrides`` whose value is not None."""
        values = dict(_defaults())
        user_file = path or os.environ.get(CONFIG_ENV)
        if user_file:
            values.update(_read_user_file(Path(user_file)))
        if os.environ.get(MODEL_ENV):
            values["model"] = os.environ[MODEL_ENV]
        values.update({key: value for key, value in overrides.items() if value is not None})
        return cls(**{key: _checked(key, value) for key, value in values.items()})


def setting_help() -> dict[str, str]:
    """Each setting's one-line help, read from the comment above it in settings.toml."""
    help_texts: dict[str, str] = {}
    comment = ""
    for line in _defaults_text().splitlines():
        if line.startswith("# "):
            comment = line[2:].strip()
        elif match := _KEY_LINE.match(line):
            help_texts[match.group(1)] = comment
    return help_texts


@cache
def _defaults_text() -> str:
    return resources.files("newsevents").joinpath("data", "settings.toml").read_text("utf-8")


@cache
def _defaults() -> dict[str, Any]:
    return tomllib.loads(_defaults_text())


def _read_user_file(path: Path) -> dict[str, Any]:
    try:
        values = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as err:
        raise DataFileError(Errors.E901.format(path=path, line="?", reason=err)) from err
    known = _defaults()
    for key in values:
        if key not in known:
            raise DataFileError(Errors.E902.format(path=path, key=key, known=", ".join(known)))
    return values


def _checked(key: str, value: Any) -> Any:
    """Coerce a value to the type of its default, or say which setting is wrong."""
    kind = type(_defaults()[key])
    if kind is bool and isinstance(value, bool):
        return value
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, bool) or not isinstance(value, kind):
        raise DataFileError(Errors.E903.format(key=key, kind=kind.__name__, value=value))
    return value


SETTING_NAMES = tuple(f.name for f in dataclasses.fields(Settings))
