"""The accuracy gate: score tests/gold and compare with the floors pinned in eval/floors.json.

A figure may fall below its floor by at most MARGIN (the pipeline is deterministic; the
margin absorbs a changed model or library release, about one event in fifty). The floors
belong to one version of the gold, recorded by hash: a changed gold must be re-pinned.
Re-pinning never lowers a floor unless --allow-lower says so.

Example:
    python eval/gate.py            # check, exit 1 on a regression
    python eval/gate.py --pin      # raise the floors to today's figures
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsevents import Coder

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold"
FLOORS = Path(__file__).resolve().parent / "floors.json"
MARGIN = 0.02
# figure -> the task of ``newsevents evaluate`` that gives it on tests/gold
GATED = {
    "root_f1": "events",
    "root_precision": "events",
    "root_recall": "events",
    "root_f1_one_to_one": "events",
    "root_precision_one_to_one": "events",
    "quote_recall": "events",
    "speaker_accuracy": "events",
    "date_accuracy": "events",
    "location_accuracy": "events",
    "identifier_precision": "actors",
    "identifier_recall": "actors",
}


def gold_hash() -> str:
    """sha1 over the gold files' names and contents, so floors follow the gold they scored."""
    digest = hashlib.sha1()
    for path in sorted(GOLD.iterdir()):
        if path.name.endswith((".gold.json", ".txt")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def current_figures(coder: Coder | None = None) -> dict[str, float]:
    """Today's gated figures on tests/gold, coded once per task with one model."""
    from newsevents import Coder
    from newsevents.evaluate import evaluate

    coder = coder or Coder()
    reports = {task: evaluate(GOLD, task=task, coder=coder) for task in set(GATED.values())}
    return {name: round(reports[task].figures[name], 4) for name, task in GATED.items()}


def regressions(figures: dict[str, float], floors: dict[str, float]) -> list[str]:
    """One line per figure more than MARGIN below its floor."""
    return [
        f"{name}: {figures[name]:.4f} is below its floor {floor:.4f} - {MARGIN}"
        for name, floor in floors.items()
        if figures.get(name, 0.0) < floor - MARGIN
    ]


def read_floors() -> dict[str, object]:
    return json.loads(FLOORS.read_text("utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pin", action="store_true", help="record today's figures as floors")
    parser.add_argument("--allow-lower", action="store_true", help="let --pin lower a floor")
    args = parser.parse_args()
    figures = current_figures()
    pinned = read_floors() if FLOORS.exists() else {"figures": {}}
    floors: dict[str, float] = dict(pinned["figures"])  # type: ignore[arg-type]
    if args.pin:
        lowered = [name for name in GATED if figures[name] < floors.get(name, 0.0)]
        if lowered and not args.allow_lower:
            print(f"refusing to lower {', '.join(lowered)}; pass --allow-lower", file=sys.stderr)
            return 1
        record = {"gold_hash": gold_hash(), "margin": MARGIN, "figures": figures}
        FLOORS.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
        print(json.dumps(figures, indent=2))
        return 0
    problems = regressions(figures, floors)
    if pinned.get("gold_hash") != gold_hash():
        problems.append(
            "tests/gold changed since the floors were pinned: python eval/gate.py --pin"
        )
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
