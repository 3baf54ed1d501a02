"""Cost of the actor stage as the actor dictionary grows: 200 entries against 20 000.

Writes synthetic PETRARCH dictionaries of made-up names (seeded), builds one ActorFinder
per size over the same parsed articles, and times the stage alone, alternating the sizes
``--repeat`` times and keeping the best of each. The names are looked up by spaCy's
PhraseMatcher, a hash per token window, so the ratio should stay near 1.

Example:
    python benchmarks/actor_lookup.py --articles 200 --sizes 200 20000
"""

from __future__ import annotations

import argparse
import random
import string
import tempfile
import time
from datetime import date
from pathlib import Path

from corpus import make_corpus

from newsevents import Coder
from newsevents.actors import ActorFinder

PUBLISHED = date(2024, 5, 1)


def write_dictionary(path: Path, entries: int, seed: int = 7) -> None:
    """``entries`` made-up actors of one to three words, each with a code and a synonym."""
    rng = random.Random(seed)
    lines = []
    for number in range(entries):
        words = [_word(rng) for _ in range(rng.randint(1, 3))]
        code = "".join(rng.choices(string.ascii_uppercase, k=3)) + rng.choice(["", "GOV", "REB"])
        lines += [f"{'_'.join(words)} [{code}]", f"+{words[-1]}_{number}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _word(rng: random.Random) -> str:
    return "".join(rng.choices(string.ascii_uppercase, k=rng.randint(4, 9)))


def measure(articles: int, sizes: list[int], repeat: int) -> list[dict[str, float]]:
    coder = Coder()
    docs = list(coder.nlp.pipe(make_corpus(articles)))
    finders = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"actors_{size}.txt"
            write_dictionary(path, size)
            start = time.perf_counter()
            finders[size] = (ActorFinder(coder.nlp, dictionary=path), time.perf_counter() - start)
    best = dict.fromkeys(sizes, float("inf"))
    for _ in range(repeat):
        for size in sizes:
            finder = finders[size][0]
            start = time.perf_counter()
            for doc in docs:
                finder(doc, day=PUBLISHED)
            best[size] = min(best[size], time.perf_counter() - start)
    base = best[sizes[0]]
    return [
        {
            "entries": size,
            "build_s": finders[size][1],
            "ms_per_article": 1000 * best[size] / articles,
            "ratio": best[size] / base,
        }
        for size in sizes
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 20000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = measure(args.articles, args.sizes, args.repeat)
    print("| dictionary entries | build (s) | actor stage (ms/article) | ratio to the first |")
    print("|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['entries']:,} | {row['build_s']:.2f} | {row['ms_per_article']:.2f} "
            f"| {row['ratio']:.2f} |"
        )


if __name__ == "__main__":
    main()
