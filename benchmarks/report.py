"""Run every benchmark and write benchmarks/RESULTS.md with the machine they ran on.

Example:
    python benchmarks/report.py              # the full set (about 25 minutes on 2 cores)
    python benchmarks/report.py --quick      # smaller corpora, for a first look
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = {
    "Throughput (full pipeline vs bare spaCy, same process)": ["throughput.py"],
    "Scaling": ["scaling.py"],
    "Actor dictionary size (200 vs 20 000 entries, same process)": ["actor_lookup.py"],
    "Title Case headlines (vs sentence case, same process)": ["headline_case.py"],
    "Store: ingest vs code (same corpus, same process)": ["store.py", "ingest"],
    "Store: millions of synthetic events": ["store.py", "scale"],
    "Web API on a million events (vs a plain scan, same process)": ["web.py"],
    "Engines: local vs Dask on 1 and 2 workers (same corpus, one run)": ["engines.py"],
}
QUICK = {
    "throughput.py": ["--copies", "2", "--repeat", "1"],
    "scaling.py": ["--sizes", "100", "1000", "--tokens", "20000"],
    "actor_lookup.py": ["--articles", "60", "--repeat", "2"],
    "headline_case.py": ["--repeat", "2"],
    "store.py ingest": ["--articles", "40", "--repeat", "1"],
    "store.py scale": ["--events", "1000000"],
    "web.py": ["--events", "200000", "--repeat", "2"],
    "engines.py": ["--articles", "60"],
}


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"spaCy {version('spacy')}, newsevents {version('newsevents')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    sections = [
        "# Benchmark results",
        "",
        f"Written by `python benchmarks/report.py{' --quick' if args.quick else ''}` on "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC.",
        f"Machine: {machine()}.",
        "",
    ]
    for title, (script, *part) in RUNS.items():
        extra = part + (QUICK.get(" ".join([script, *part]), []) if args.quick else [])
        print(f"running {script} {' '.join(extra)}", file=sys.stderr)
        result = subprocess.run(
            [sys.executable, str(HERE / script), *extra],
            cwd=HERE,
            check=True,
            capture_output=True,
            text=True,
        )
        sections += [
            f"## {title}",
            "",
            f"`python benchmarks/{script} {' '.join(extra)}`".replace(" `", "`"),
            "",
            result.stdout.strip(),
            "",
        ]
    (HERE / "RESULTS.md").write_text("\n".join(sections), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}", file=sys.stderr)


if __name__ == "__main__":
    main()
