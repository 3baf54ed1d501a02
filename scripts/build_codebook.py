"""Build src/newsevents/data/events/codebook.tsv from the published CAMEO and PLOVER tables.

The codebook facts (codes, names, Goldstein weights) and the CAMEO-to-PLOVER crosswalk are
read from ../shared/data (CAMEO.eventcodes.txt, CAMEO.goldsteinscale.txt,
plover-gsr/CAMEO2PLOVER-2021.txt); the package carries the result so it needs no shared
folder at run time. Rerun after either table changes:

    python scripts/build_codebook.py [--shared ../shared/data]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

OUTPUT = Path(__file__).parent.parent / "src/newsevents/data/events/codebook.tsv"
# Root 01 (statements) has no PLOVER type; the 2021 crosswalk lists no row for root 02
# (appeals), which the PLOVER manual folds into REQUEST with the demands of root 10.
UNLISTED = {"01": "", "02": "REQUEST"}
HEADER = (
    "# source: CAMEO 1.1b3 event codes and names (Schrodt 2012) and Goldstein (1992) weights "
    "as GDELT publishes them; PLOVER types, modes and contexts from CAMEO2PLOVER-2021 (Schrodt, "
    "PLOVER draft 0.8), root 02 as REQUEST; built by scripts/build_codebook.py\n"
    "code\tname\tgoldstein\tquad_class\tplover\tplover_mode\tplover_context\n"
)


def quad_class(root: str) -> int:
    """CAMEO's four quad classes: verbal/material cooperation, verbal/material conflict."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 13 else 4


def build(shared: Path) -> str:
    names = _table(shared / "cameo/CAMEO.eventcodes.txt")
    weights = _table(shared / "cameo/CAMEO.goldsteinscale.txt")
    crosswalk: dict[str, tuple[str, str, str]] = {}
    for line in (shared / "plover-gsr/CAMEO2PLOVER-2021.txt").read_text().splitlines():
        if match := re.match(r"^(\d+):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?", line):
            code, kind, mode, context = match.groups()
            crosswalk[code] = (kind, (mode or "").strip(), (context or "").strip())
    rows = []
    for code, name in names.items():
        if len(code) < 2:  # the quad-class rows 1..4
            continue
        plover, mode, context = next(
            (crosswalk[code[:k]] for k in range(len(code), 1, -1) if code[:k] in crosswalk),
            (UNLISTED.get(code[:2], ""), "", ""),
        )
        row = (code, name, weights[code], str(quad_class(code[:2])), plover, mode, context)
        rows.append("\t".join(row) + "\n")
    return HEADER + "".join(rows)


def _table(file: Path) -> dict[str, str]:
    lines = file.read_text(encoding="utf-8").splitlines()[1:]
    return dict(line.split("\t")[:2] for line in lines if line.strip())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).parent.parent / "../shared/data"
    )
    OUTPUT.write_text(build(parser.parse_args().shared), encoding="utf-8")
    print(f"wrote {OUTPUT}")
