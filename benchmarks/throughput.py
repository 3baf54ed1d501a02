"""Throughput of the full newsevents pipeline against bare spaCy parsing, in one process.

For each n_process value a fresh Python process parses the same articles with bare
``nlp.pipe`` and codes them with ``Coder.code_articles``, alternating the two ``--repeat``
times and keeping the best of each, so the ratio full/bare is measured on one machine state.
It reports articles/s, tokens/s, the ratio and the peak RSS of the main and worker processes.

Example:
    python benchmarks/throughput.py --copies 4 --n-process 1 2 --json benchmarks/throughput.json
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def measure(copies: int, n_process: int, repeat: int) -> dict[str, float]:
    """Time bare parsing and full coding of the examples (``copies`` times over)."""
    from newsevents import Coder
    from newsevents.ingest import read_inputs
    from newsevents.records import Article

    coder = Coder()
    articles = [item for item in read_inputs([EXAMPLES]) if isinstance(item, Article)] * copies
    texts = [article.text for article in articles]
    tokens = sum(len(doc) for doc in coder.nlp.pipe(texts[: len(texts) // copies])) * copies
    bare, full = float("inf"), float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _doc in coder.nlp.pipe(texts, n_process=n_process, batch_size=16):
            pass
        bare = min(bare, time.perf_counter() - start)
        start = time.perf_counter()
        for _coded in coder.code_articles(articles, n_process=n_process, batch_size=16):
            pass
        full = min(full, time.perf_counter() - start)
    return {
        "n_process": n_process,
        "articles": len(articles),
        "tokens": tokens,
        "bare_articles_per_s": len(articles) / bare,
        "full_articles_per_s": len(articles) / full,
        "bare_tokens_per_s": tokens / bare,
        "full_tokens_per_s": tokens / full,
        "full_over_bare": bare / full,
        "peak_rss_mb_main": _peak_rss_mb(resource.RUSAGE_SELF),
        "peak_rss_mb_worker": _peak_rss_mb(resource.RUSAGE_CHILDREN) if n_process > 1 else None,
    }


def _peak_rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux reports KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=4, help="how many times the examples")
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # child: one n_process
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(measure(args.copies, args.one, args.repeat)))
        return
    rows = []
    for n_process in args.n_process:
        command = [
            sys.executable,
            __file__,
            "--copies",
            str(args.copies),
            "--repeat",
            str(args.repeat),
            "--one",
            str(n_process),
        ]
        result = subprocess.run(command, check=True, capture_output=True, text=True)
        rows.append(json.loads(result.stdout.strip().splitlines()[-1]))
    print(
        "| n_process | articles | bare art/s | full art/s | bare tok/s | full tok/s "
        "| full/bare | peak RSS main MB | peak RSS worker MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        worker = f"{row['peak_rss_mb_worker']:.0f}" if row["peak_rss_mb_worker"] else "-"
        print(
            f"| {row['n_process']} | {row['articles']} | {row['bare_articles_per_s']:.1f} "
            f"| {row['full_articles_per_s']:.1f} | {row['bare_tokens_per_s']:.0f} "
            f"| {row['full_tokens_per_s']:.0f} | {row['full_over_bare']:.2f} "
            f"| {row['peak_rss_mb_main']:.0f} | {worker} |"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n")


if __name__ == "__main__":
    main()
