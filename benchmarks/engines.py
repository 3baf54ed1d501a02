"""Articles per second with the local engine and with the Dask engine on 1 and 2 workers,
in one run, each ingesting the same corpus into a fresh store.

The corpus is ``--articles`` news-style articles of 8 paragraphs (benchmarks/corpus.py) as
the web pages of a news crawl in one WARC.gz file, as CC-NEWS delivers them; the Dask
engine splits it into slices of 25 records. A first row reads the archive and extracts
the articles (trafilatura) without coding them, to show what the parse costs beside it.

Every figure is wall-clock from the call's start to its store being closed, so the Dask
rows pay for starting the cluster and loading the model in each worker, as a user would;
``--repeat`` keeps the best of each. The local engine is measured with ``--n-process`` 1
and 2, the fair yardsticks for one and two Dask workers on the same cores.

Example:
    python benchmarks/engines.py --articles 300 --json benchmarks/engines.json
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import make_corpus, write_news_crawl

from newsevents import Store
from newsevents.ingest import read_warc
from newsevents.run.cluster import ingest_on_cluster
from newsevents.settings import Settings


def engines(corpus: Path) -> dict[str, Callable[[Path], object]]:
    """Each engine as a function of the store it writes."""

    def local(n_process: int) -> Callable[[Path], object]:
        settings = Settings.load(n_process=n_process)
        return lambda store: Store(store).ingest(
            [corpus], settings=settings, published="2024-05-01"
        )

    def dask(workers: int) -> Callable[[Path], object]:
        return lambda store: ingest_on_cluster(
            [corpus], store=store, workers=workers, published="2024-05-01", records_each=25
        )

    def read_only(store: Path) -> object:
        return sum(1 for _article in read_warc(corpus))

    return {
        "read and extract only": read_only,
        "local, 1 process": local(1),
        "local, 2 processes": local(2),
        "dask, 1 worker": dask(1),
        "dask, 2 workers": dask(2),
    }


def measure(articles: int, repeat: int) -> list[dict[str, object]]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = write_news_crawl(work / "crawl.warc.gz", make_corpus(articles))
        best: dict[str, float] = {}
        for attempt in range(repeat):
            for name, run in engines(corpus).items():
                store = work / f"{name.replace(' ', '').replace(',', '-')}-{attempt}.duckdb"
                start = time.perf_counter()
                run(store)
                seconds = time.perf_counter() - start
                if name != "read and extract only":
                    assert Store(store).totals()["articles"] == articles, name
                best[name] = min(best.get(name, seconds), seconds)
    baseline = best["local, 1 process"]
    return [
        {
            "engine": name,
            "seconds": round(seconds, 1),
            "articles_per_s": round(articles / seconds, 2),
            "vs_local_1": round(baseline / seconds, 2),
        }
        for name, seconds in best.items()
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = measure(args.articles, args.repeat)
    print(
        f"{args.articles} articles, wall-clock from start to a closed store (best of {args.repeat})"
    )
    print("| engine | seconds | articles/s | speed vs local, 1 process |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(value) for value in row.values()) + " |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
