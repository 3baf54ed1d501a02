"""Stories for the store's tests, and a store built from them once per module."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

import newsevents
from newsevents.store import Store

# Two outlets report the same expulsion on consecutive days; a third story is about Iran.
STORIES = {
    "expulsion_reuters": (
        "Poland expels Russian diplomats over sabotage plot",
        "2024-05-14",
        "Reuters",
        "WARSAW, May 14 (Reuters) - Poland expelled three Russian diplomats on Tuesday after "
        "prosecutors charged two men with planning arson attacks on shopping centres in "
        "Warsaw and Wroclaw on behalf of Russian intelligence.\n\n"
        '"We will not tolerate hostile acts on Polish soil," Foreign Minister Radoslaw Sikorski '
        "told reporters, adding that Russia had been warned repeatedly.\n\n"
        "Moscow condemned the expulsions and said it would respond in kind.",
    ),
    "expulsion_ap": (
        "Poland orders Russian diplomats out after arson charges",
        "2024-05-15",
        "AP",
        "WARSAW, Poland (AP) - Poland has expelled three Russian diplomats, the foreign "
        "ministry said on Wednesday, a day after prosecutors linked an arson plot to Moscow.\n\n"
        "Foreign Minister Radoslaw Sikorski said Russia was trying to frighten Poles. "
        '"They will fail," he said of the Kremlin.',
    ),
    "iran_sanctions": (
        "EU sanctions Iranian officials over drone transfers",
        "2024-06-03",
        "AFP",
        "BRUSSELS, June 3 (AFP) - The European Union imposed sanctions on six Iranian "
        "officials on Monday over the transfer of drones to Russia, freezing their assets and "
        "banning them from travel in the bloc.\n\n"
        "Iran's foreign ministry rejected the decision as baseless and accused the EU of "
        "hostility towards the Iranian people.",
    ),
}


def write_story(
    folder: Path, name: str, title: str, published: str, outlet: str, body: str
) -> Path:
    """An article file and its NAME.meta.json, as the bundled examples are laid out."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.txt"
    path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    meta = {"published": published, "outlet": outlet}
    (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder of the three stories."""
    folder = tmp_path / "corpus"
    for name, (title, published, outlet, body) in STORIES.items():
        write_story(folder, name, title, published, outlet, body)
    return folder


@pytest.fixture
def ingest(coder: newsevents.Coder) -> Callable[..., object]:
    """Ingest with the session's coder, so each test does not load the model again."""

    def run(store: Path, *inputs: Path | str, **options: object) -> object:
        return Store(store).ingest([str(given) for given in inputs], coder=coder, **options)

    return run


@pytest.fixture(scope="module")
def built_store(tmp_path_factory: pytest.TempPathFactory, coder: newsevents.Coder) -> Store:
    """A store holding the three stories, shared by the read-only tests of a module."""
    folder = tmp_path_factory.mktemp("corpus")
    for name, (title, published, outlet, body) in STORIES.items():
        write_story(folder, name, title, published, outlet, body)
    store = Store(tmp_path_factory.mktemp("store") / "events.duckdb")
    store.ingest([str(folder)], coder=coder)
    return store
