"""Code every packaged lexicon entry's own example sentence and report those that do not
come out with the entry's root: a check that each entry fires where its author meant it.
Examples often name one side only ("Iran protested."), so one-sided events count here.

    python eval/lexicon_examples.py [--failures]
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from newsevents import Coder
from newsevents.settings import Settings


@dataclass
class ExampleResult:
    origin: str
    example: str
    code: str
    coded: list[str]

    @property
    def ok(self) -> bool:
        return any(code[:2] == self.code[:2] for code in self.coded)


def check_examples(coder: Coder) -> list[ExampleResult]:
    """Each entry of the packaged lexicon with an example, and the codes its example got."""
    pairs = [(e, e.example) for e in coder.events.lexicon.entries if e.code and e.example]
    coded = coder.code_many(example for _, example in pairs)
    return [
        ExampleResult(entry.origin, example, str(entry.code), [e.cameo for e in article.events])
        for (entry, example), article in zip(pairs, coded, strict=True)
    ]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the examples that fail")
    args = parser.parse_args()
    results = check_examples(Coder(settings=Settings.load(one_sided=True)))
    failed = [result for result in results if not result.ok]
    if args.failures:
        for result in failed:
            print(
                f"{result.origin}\t{result.code}\t{','.join(result.coded) or '-'}\t{result.example}"
            )
    share = 1 - len(failed) / len(results) if results else 0.0
    print(
        f"{len(results)} examples, {len(results) - len(failed)} coded with their root ({share:.3f})"
    )
