"""The accuracy gate on tests/gold: event, quote and actor figures stay above their floors."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

GATE_FILE = Path(__file__).resolve().parents[2] / "eval" / "gate.py"


@pytest.fixture(scope="module")
def gate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gate", GATE_FILE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gate_floors_belong_to_this_gold(gate: ModuleType) -> None:
    assert gate.read_floors()["gold_hash"] == gate.gold_hash(), "re-pin: python eval/gate.py --pin"


def test_gate_no_figure_falls_below_its_floor(gate: ModuleType, coder: object) -> None:
    floors = gate.read_floors()["figures"]
    assert gate.regressions(gate.current_figures(coder), floors) == []


def test_gate_reports_a_drop_beyond_the_margin(gate: ModuleType) -> None:
    floors = {"root_f1": 0.60}
    assert gate.regressions({"root_f1": 0.59}, floors) == []
    assert len(gate.regressions({"root_f1": 0.55}, floors)) == 1
