"""Does the cost of coding grow linearly with corpus size and with article length?

corpus: time per article for 100, 1 000 and 10 000 articles of 8 paragraphs.
length: for articles of 1, 10 and 50 paragraphs, time per 1 000 tokens of the parse and of
each of our stages (actors, places, dates) measured apart, so a stage that is quadratic in
article length shows as a per-token cost that grows with length.

Example:
    python benchmarks/scaling.py --sizes 100 1000 --json benchmarks/scaling.json
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import date
from pathlib import Path

from corpus import make_corpus

from newsevents import Coder
from newsevents.when import resolve_dates
from newsevents.where import find_places

PUBLISHED = date(2024, 5, 1)


def corpus_scaling(coder: Coder, sizes: list[int]) -> list[dict[str, float]]:
    rows = []
    for size in sizes:
        texts = make_corpus(size)
        start = time.perf_counter()
        for _coded in coder.code_many({"text": text, "published": "2024-05-01"} for text in texts):
            pass
        elapsed = time.perf_counter() - start
        rows.append({"articles": size, "seconds": elapsed, "ms_per_article": 1000 * elapsed / size})
    return rows


def length_scaling(coder: Coder, lengths: list[int], tokens_each: int) -> list[dict[str, float]]:
    stages = {
        "actors": lambda doc: coder.actors(doc, day=PUBLISHED),
        "places": lambda doc: find_places(doc),
        "dates": lambda doc: resolve_dates(doc, base=PUBLISHED),
    }
    rows = []
    for paragraphs in lengths:
        count = max(2, tokens_each // (paragraphs * 90))
        texts = make_corpus(count, paragraphs=paragraphs, seed=paragraphs)
        start = time.perf_counter()
        docs = list(coder.nlp.pipe(texts))
        row = {
            "paragraphs": paragraphs,
            "articles": count,
            "tokens_per_article": sum(len(doc) for doc in docs) / count,
        }
        tokens = sum(len(doc) for doc in docs) / 1000
        row["parse_ms_per_1k_tokens"] = 1000 * (time.perf_counter() - start) / tokens
        for name, stage in stages.items():
            start = time.perf_counter()
            for doc in docs:
                stage(doc)
            row[f"{name}_ms_per_1k_tokens"] = 1000 * (time.perf_counter() - start) / tokens
        rows.append(row)
    return rows


def _markdown(rows: list[dict[str, float]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    for row in rows:
        cells = (
            f"{value:.2f}" if isinstance(value, float) else str(value) for value in row.values()
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--lengths", type=int, nargs="+", default=[1, 10, 50])
    parser.add_argument("--tokens", type=int, default=40000, help="tokens per length row")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    coder = Coder()
    length = length_scaling(coder, args.lengths, args.tokens)
    print("Article length (per 1 000 tokens):\n" + _markdown(length) + "\n")
    corpus = corpus_scaling(coder, args.sizes)
    print("Corpus size:\n" + _markdown(corpus))
    if args.json:
        args.json.write_text(json.dumps({"length": length, "corpus": corpus}, indent=2) + "\n")


if __name__ == "__main__":
    main()
