"""What a Title Case headline costs, and how much of its sentence-case reading it keeps.

Codes each bundled example (examples/*.txt) and each gold article (tests/gold/*.txt)
twice in one process: with its headline as written (sentence case), and with the headline
in Title Case as many outlets print it ("Russia Signs Alliance Treaty With Breakaway South
Ossetia"). Reports the time of each, best of ``--repeat``, and how many of the
sentence-case headline's events (source, code and target countries) the Title Case one
also gives, with the re-parse of the headline (:mod:`newsevents.headline_case`) and
without it.

Example:
    python benchmarks/headline_case.py --repeat 3
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from unittest import mock

from newsevents import Coder
from newsevents.records import CodedArticle

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = (ROOT / "examples", ROOT / "tests" / "gold")
# words Title Case leaves in lower case (AP style), unless they start the headline
SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of",
     "off", "on", "or", "per", "the", "to", "up", "via", "with"}
)  # fmt: skip
PUBLISHED = "2025-06-10"


def title_case(headline: str) -> str:
    """``headline`` as Title Case writes it: every word capitalised but the small ones."""
    words = headline.split(" ")
    return " ".join(
        word if index and word.lower() in SMALL_WORDS else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )


def headline_events(coded: CodedArticle) -> set[tuple[str | None, str, str | None]]:
    """The headline's events as (source country, code, target country)."""
    end = len(coded.article.title or "")
    country = {actor.id: actor.country or actor.code for actor in coded.actors}
    return {
        (country.get(event.source or ""), event.cameo, country.get(event.target or ""))
        for event in coded.events
        if event.trigger.end <= end
    }


def code_all(coder: Coder, records: list[dict[str, str]]) -> tuple[float, list[CodedArticle]]:
    start = time.perf_counter()
    coded = list(coder.code_many(records, published=PUBLISHED))
    return time.perf_counter() - start, coded


def measure(repeat: int) -> dict[str, float]:
    coder = Coder()
    sentence, titled = [], []
    for path in sorted(path for folder in ARTICLES for path in folder.glob("*.txt")):
        headline, _, body = path.read_text("utf-8").partition("\n\n")
        sentence.append({"title": headline.strip(), "text": body})
        titled.append({"title": title_case(headline.strip()), "text": body})
    best = {"sentence": float("inf"), "title": float("inf")}
    for _ in range(repeat):
        for name, records in (("sentence", sentence), ("title", titled)):
            seconds, coded = code_all(coder, records)
            best[name] = min(best[name], seconds)
            if name == "sentence":
                wanted = [headline_events(article) for article in coded]
            else:
                recased = [headline_events(article) for article in coded]
    with mock.patch("newsevents.coder.recase_headline", return_value=False):
        unrecased = [headline_events(article) for article in code_all(coder, titled)[1]]
    total = sum(len(events) for events in wanted)
    return {
        "articles": len(sentence),
        "sentence_s": best["sentence"],
        "title_s": best["title"],
        "ratio": best["title"] / best["sentence"],
        "headline_events": total,
        "kept_recased": sum(len(w & r) for w, r in zip(wanted, recased, strict=True)),
        "kept_unrecased": sum(len(w & u) for w, u in zip(wanted, unrecased, strict=True)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    row = measure(parser.parse_args().repeat)
    print(
        "| articles | sentence case (s) | Title Case (s) | ratio "
        "| headline events kept, re-parsed | kept, not re-parsed |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {row['articles']} | {row['sentence_s']:.2f} | {row['title_s']:.2f} "
        f"| {row['ratio']:.2f} | {row['kept_recased']} of {row['headline_events']} "
        f"| {row['kept_unrecased']} of {row['headline_events']} |"
    )


if __name__ == "__main__":
    main()
