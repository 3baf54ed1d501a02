"""Score actors on three sets: ConfliBERT CAMEO spans, the project's gold, PETRARCH unit tests.

``evaluate_actors(path)`` picks the set by what is under ``path``. Only ConfliBERT is
recognised on its own (``matches``); the other two are event gold first, so ``newsevents
evaluate`` scores their actors only when asked with ``--task actors``.

ConfliBERT CAMEO (``../shared/data/conflibert-cameo``): span recall, the share of gold actor
spans (S source, T target, R reciprocal) that one of our actor mentions overlaps by at least
one character, per role and overall, and the actor mentions we find per sentence. Precision
is not measured: the gold marks only the actors of the sentence's one event, while we report
every actor named, so an extra mention is not an error. Sentences without span annotation
(415 of the 1,800) are left out. The gold spans are token strings joined by spaces
("Nigerian Air Force ( NAF )"), without offsets, so each is found in its sentence with any
whitespace between tokens; where the string occurs twice the first occurrence is taken.

The project's gold (``tests/gold``, ../shared/GOLD_FORMAT.md): each article's ``actors``
list, at country/organisation level. A gold actor accepts its country, org and ``also``
codes (its upper-case name when it has neither) and is found when one of our coded actors
carries one of them; a coded actor of ours is correct when some gold actor accepts it. Where
one of our actors is named as the gold actor is (name or alias, ignoring case, a leading
"the" and a trailing "'s"), its code, kind, sector and role are compared with the gold's.

PETRARCH unit tests (``../shared/data/petr-unittest``): the fictional states of
``PETR.Validate.actors.txt``, coded with that dictionary loaded; per sentence, the country
codes (first three letters of a CAMEO code) of the gold events' actors against those of our
actors.

This module also holds what the stage evaluations share: coding gold texts in batches as
``newsevents code`` reads them (``code_texts``), and moving gold offsets onto the coded
text, which ingest normalises (``OffsetMap``).

Example:
    >>> report = evaluate_actors(Path("../shared/data/conflibert-cameo"))
    >>> round(report.figures["span_recall"], 2), report.items
    (0.97, 888)
    >>> report = evaluate_actors(Path("tests/gold"))
    >>> report.dataset, report.items, sorted(report.figures)[-3:]
    ('gold', 178, ['name_recall', 'role_found', 'sector_agreement'])
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..coder import Coder
from ..errors import Errors, InputError
from ..records import Actor, CodedArticle
from ..settings import Settings
from . import code_gold
from .coding import OffsetMap, code_texts, overlaps
from .gold import GOLD_SUFFIX, GoldArticle, first_record_keys, read_gold, read_jsonl
from .report import TaskReport, prf, share

DATA_FILE = "conflibert_cameo.jsonl"
SPLITS = ("train", "test")
# jsonl key -> role name, in the order figures and tables list them
ROLES = {"source_spans": "source", "target_spans": "target", "reciprocal_spans": "reciprocal"}
# missed spans listed in the report, enough to see what kind of actor we miss
MISSED_ROWS = 30
# missed gold actors listed for the project's gold
MISSED_ACTOR_ROWS = 40
PETR_RECORDS = "PETR.UnitTest.records.xml"
PETR_ACTORS = "PETR.Validate.actors.txt"


@dataclass
class GoldActorSpan:
    """One gold actor span of a sentence and its role: source, target or reciprocal."""

    role: str
    start: int
    end: int
    text: str


@dataclass
class GoldSentence:
    """One annotated sentence; ``unplaced`` holds span strings not found in its text."""

    id: str
    text: str
    spans: list[GoldActorSpan] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)


@dataclass
class GoldActor:
    """One actor of a project gold article; ``identifiers`` are the codes it accepts."""

    name: str
    kind: str
    identifiers: set[str]
    aliases: list[str] = field(default_factory=list)
    sector: str | None = None
    role: str | None = None


def matches(path: Path) -> bool:
    """Whether ``path`` is the conflibert-cameo folder or its ``conflibert_cameo.jsonl``."""
    if path.is_dir():
        return (path / DATA_FILE).is_file()
    return path.is_file() and (path.name == DATA_FILE or first_record_keys(path) >= set(ROLES))


def evaluate_actors(
    path: Path,
    *,
    coder: Coder | None = None,
    limit: int | None = None,
    split: str | None = "test",
) -> TaskReport:
    """Score our actors on the set under ``path``: the project's gold, the PETRARCH unit
    tests, or else ConfliBERT's annotated sentences of ``split``.

    ``split`` is "test" (451 sentences), "train" (934) or None for both (ConfliBERT only).

    Raises:
        InputError: ``path`` holds none of the three sets, or a line is not JSON.

    Example:
        >>> report = evaluate_actors(Path("../shared/data/conflibert-cameo"), split=None)
        >>> round(report.figures["target_recall"], 2)
        0.9
    """
    if _is_petr_unittest(path):
        return evaluate_petr_actors(path, coder=coder, limit=limit)
    if _is_project_gold(path):
        return evaluate_gold_actors(path, coder=coder, limit=limit)
    sentences = read_conflibert(path, split=split, limit=limit)
    coder = coder or Coder()
    coded = code_texts(coder, [sentence.text for sentence in sentences])
    report = score_actor_spans(sentences, coded)
    report.dataset = f"conflibert-cameo/{split or 'all'}"
    return report


def read_conflibert(
    path: Path, *, split: str | None = "test", limit: int | None = None
) -> list[GoldSentence]:
    """The sentences of ``split`` that carry actor spans, each span placed in its text.

    Raises:
        InputError: ``path`` is not the set, ``split`` unknown, or a line is not JSON.
    """
    if split is not None and split not in SPLITS:
        reason = f"unknown split '{split}'; give one of {', '.join(SPLITS)} or None"
        raise InputError(Errors.E114.format(source=path, reason=reason), source=str(path))
    file = path / DATA_FILE if path.is_dir() else path
    sentences = []
    for record in read_jsonl(file):
        if record.get("source_spans") is None or split not in (None, record.get("split")):
            continue
        sentences.append(_gold_sentence(record))
        if limit is not None and len(sentences) >= limit:
            break
    return sentences


def score_actor_spans(
    sentences: Sequence[GoldSentence], coded: Sequence[CodedArticle | InputError]
) -> TaskReport:
    """Span recall per role and overall; ``coded[i]`` is ``sentences[i]`` coded, or the
    InputError ingest raised for it (its spans count as missed)."""
    found = dict.fromkeys(ROLES.values(), 0)
    expected = dict.fromkeys(ROLES.values(), 0)
    missed: list[dict[str, Any]] = []
    mentions = refused = unplaced = 0
    for sentence, result in zip(sentences, coded, strict=True):
        unplaced += len(sentence.unplaced)
        if isinstance(result, InputError):
            refused += 1
        else:
            mentions += sum(len(actor.mentions) for actor in result.actors)
        for span in sentence.spans:
            expected[span.role] += 1
            if _is_found(span, sentence.text, result):
                found[span.role] += 1
            elif len(missed) < MISSED_ROWS:
                missed.append({"id": sentence.id, "role": span.role, "text": span.text})
    total = sum(expected.values())
    figures = {"span_recall": sum(found.values()) / total if total else 0.0}
    figures |= {f"{role}_recall": share(found[role], expected[role]) for role in expected}
    figures |= {
        "gold_spans": float(total),
        "sentences": float(len(sentences)),
        "mentions_per_sentence": share(mentions, len(sentences) - refused),
    }
    roles = [
        {"role": role, "gold": expected[role], "found": found[role]}
        | {"recall": share(found[role], expected[role])}
        for role in expected
    ]
    notes = [
        "span recall: a gold source/target/reciprocal span counts as found when one of our "
        "actor mentions overlaps it by one character or more.",
        "precision is not meaningful here: the gold marks only the actors of the sentence's "
        "event, while newsevents reports every actor named in it.",
    ]
    if refused:
        notes.append(
            f"{refused} sentences were refused by ingest (e.g. language "
            "identification); their spans count as missed."
        )
    if unplaced:
        notes.append(
            f"{unplaced} gold span strings were not found in their sentence and are not scored."
        )
    return TaskReport(
        task="actors",
        dataset="conflibert-cameo",
        items=total,
        figures=figures,
        tables={"roles": roles, "missed": missed},
        notes=notes,
    )


def evaluate_gold_actors(
    path: Path, *, coder: Coder | None = None, limit: int | None = None
) -> TaskReport:
    """Our actors against the ``actors`` lists of the project's gold under ``path``, each
    text coded as the events evaluation codes it."""
    gold = read_gold_actors(path, limit=limit)
    coded = code_gold([article for article, _actors in gold], coder or Coder())
    report = score_gold_actors([(article.id, actors) for article, actors in gold], coded)
    report.dataset = path.name
    return report


def read_gold_actors(
    path: Path, *, limit: int | None = None
) -> list[tuple[GoldArticle, list[GoldActor]]]:
    """Each gold article under ``path`` with its gold actors (read_gold leaves them out).

    Raises:
        InputError: ``path`` holds no project gold.
    """
    articles = []
    for article in read_gold(path)[:limit]:
        file = Path(str(article.path))  # the project gold reader sets it
        entries = json.loads(file.read_text("utf-8")).get("actors", [])
        articles.append((article, [gold_actor(entry) for entry in entries]))
    return articles


def gold_actor(entry: dict[str, Any]) -> GoldActor:
    """A gold actor from its GOLD_FORMAT entry; one without country or org is known by
    its upper-case name."""
    codes = [entry.get("country"), entry.get("org"), *entry.get("also", [])]
    if not (entry.get("country") or entry.get("org")):
        codes.append(entry["name"])
    return GoldActor(
        name=entry["name"],
        kind=entry.get("kind", ""),
        identifiers={code.upper() for code in codes if code},
        aliases=list(entry.get("aliases", [])),
        sector=entry.get("sector"),
        role=entry.get("role"),
    )


def score_gold_actors(
    gold: Sequence[tuple[str, list[GoldActor]]], coded: Sequence[CodedArticle]
) -> TaskReport:
    """Identifier P/R/F1 over coded actors, name recall, and, for the gold actors found by
    name, how often our code, kind, sector and role agree; ``coded[i]`` is article
    ``gold[i]`` (id, actors) coded."""
    counts: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    articles = []
    for (article_id, actors), result in zip(gold, coded, strict=True):
        ours = [actor for actor in result.actors if _is_coded(actor)]
        accepted = set[str]().union(*(actor.identifiers for actor in actors))
        correct = sum(1 for actor in ours if output_identifiers(actor) & accepted)
        found = 0
        for actor in actors:
            named = _named_as(actor, result.actors)
            counts.update(_agreement(actor, named))
            if named is not None and output_identifiers(named) & actor.identifiers:
                found += 1
            elif len(missed) < MISSED_ACTOR_ROWS:
                missed.append(
                    {
                        "article": article_id,
                        "name": actor.name,
                        "expected": "/".join(sorted(actor.identifiers)),
                        "output": _describe(named) if named else "",
                    }
                )
        expected = sum(1 for actor in actors if actor.identifiers)
        counts.update(correct=correct, coded=len(ours), found=found, expected=expected)
        articles.append(
            {
                "article": article_id,
                "gold_actors": len(actors),
                "found": found,
                "coded": len(ours),
                "precision": share(correct, len(ours)),
            }
        )
    precision = share(counts["correct"], counts["coded"])
    recall = share(counts["found"], counts["expected"])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    figures = {
        "identifier_precision": precision,
        "identifier_recall": recall,
        "identifier_f1": f1,
        "name_recall": share(counts["named"], counts["gold"]),
        "code_agreement": share(counts["code_agrees"], counts["named"]),
        "kind_agreement": share(counts["kind_agrees"], counts["named"]),
        "sector_agreement": share(counts["sector_agrees"], counts["named_with_sector"]),
        "role_found": share(counts["role_found"], counts["named_with_role"]),
        "gold_actors": float(counts["gold"]),
        "coded_actors": float(counts["coded"]),
    }
    notes = [
        "identifiers: a gold actor is found when the actor we name as it (its name or an "
        "alias) carries its country, org or 'also' code (its upper-case name when it has "
        "neither); a coded actor (with a country, an org, or a region) is correct when some "
        "gold actor of the article accepts one of its codes (country, org, claiming state, a "
        "region's name).",
        "agreement figures are over the gold actors one of our actors is named as (name or "
        "alias, ignoring case, a leading 'the' and a trailing 's); sector over those with a "
        "gold sector, role_found over those with a gold role.",
    ]
    return TaskReport(
        task="actors",
        dataset="gold",
        items=counts["gold"],
        figures=figures,
        tables={"missed": missed, "articles": articles},
        notes=notes,
    )


def output_identifiers(actor: Actor) -> set[str]:
    """The codes one of our actors can be accepted under at country/organisation level."""
    values = {actor.country, actor.org, actor.claimed_by}
    if actor.kind == "region":
        values.add(actor.name)
    return {value.upper() for value in values if value}


def evaluate_petr_actors(
    path: Path, *, coder: Coder | None = None, limit: int | None = None
) -> TaskReport:
    """Country codes of our actors on the PETRARCH unit-test sentences, coded with the
    fictional states of their actor dictionary loaded and each sentence's date."""
    folder = path if path.is_dir() else path.parent
    records = read_gold(folder / PETR_RECORDS)[:limit]
    settings = coder.settings if coder else Settings.load()
    petr_coder = Coder(settings=dataclasses.replace(settings, actors=str(folder / PETR_ACTORS)))
    coded = code_texts(
        petr_coder,
        [record.text for record in records],
        published=[record.published for record in records],
    )
    return score_petr_countries(records, coded)


def score_petr_countries(
    records: Sequence[GoldArticle], coded: Sequence[CodedArticle | InputError]
) -> TaskReport:
    """Country-code P/R/F1, micro-summed over the records whose events name a country;
    ``coded[i]`` is ``records[i]`` coded, or the InputError ingest raised for it."""
    counts: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    refused = 0
    for record, result in zip(records, coded, strict=True):
        gold = _country_codes(
            code for event in record.events for code in event.source_codes + event.target_codes
        )
        if not gold:
            continue
        if isinstance(result, InputError):
            refused += 1
            output: set[str] = set()
        else:
            output = _country_codes(actor.code for actor in result.actors)
        counts.update(right=len(gold & output), output=len(output), gold=len(gold), records=1)
        if gold - output and len(missed) < MISSED_ROWS:
            missed.append(
                {
                    "id": record.id,
                    "gold": " ".join(sorted(gold)),
                    "output": " ".join(sorted(output)),
                }
            )
    scores = prf(counts["right"], counts["output"], counts["gold"])
    figures = {f"country_{name}": value for name, value in scores.items()}
    figures["records"] = float(counts["records"])
    notes = [
        "country codes are the first three letters of CAMEO actor codes (the '---' unknown "
        "and the '###'/'+++' placeholders left out); records whose events name no country "
        "are not scored.",
        "precision is loose: the gold lists only the actors of the coded events, while we "
        "code every actor named in the sentence.",
    ]
    if refused:
        notes.append(f"{refused} sentences were refused by ingest; their codes count as missed.")
    return TaskReport(
        task="actors",
        dataset="petr-unittest",
        items=counts["records"],
        figures=figures,
        tables={"missed": missed},
        notes=notes,
    )


def _gold_sentence(record: dict[str, Any]) -> GoldSentence:
    text = record["text"]
    sentence = GoldSentence(id=str(record.get("id", "")), text=text)
    for key, role in ROLES.items():
        for span_text in record.get(key) or []:
            where = _locate(span_text, text)
            if where is None:
                sentence.unplaced.append(span_text)
            else:
                sentence.spans.append(GoldActorSpan(role, where[0], where[1], span_text))
    return sentence


def _is_found(span: GoldActorSpan, text: str, result: CodedArticle | InputError) -> bool:
    """Whether one of our actor mentions overlaps the gold ``span`` of ``text``."""
    if isinstance(result, InputError):
        return False
    gold = OffsetMap(text, result.article.text).span(span.start, span.end)
    return any(
        overlaps(gold, (mention.start, mention.end))
        for actor in result.actors
        for mention in actor.mentions
    )


def _locate(span_text: str, text: str) -> tuple[int, int] | None:
    """Where the tokens of ``span_text`` first occur in ``text``, whatever the spacing."""
    tokens = span_text.split()
    if not tokens:
        return None
    pattern = r"\s*".join(re.escape(token) for token in tokens)
    found = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return found.span() if found else None


def _is_project_gold(path: Path) -> bool:
    return path.name.endswith(GOLD_SUFFIX) or (path.is_dir() and any(path.glob(f"*{GOLD_SUFFIX}")))


def _is_petr_unittest(path: Path) -> bool:
    return path.name == PETR_RECORDS or (path / PETR_RECORDS).is_file()


def _is_coded(actor: Actor) -> bool:
    return bool(actor.country or actor.org or actor.kind == "region")


def _name_key(name: str) -> str:
    """A name as compared with gold names: case, a leading "the", a trailing "'s" ignored."""
    key = " ".join(name.split()).casefold().removeprefix("the ")
    return key.removesuffix("'s").removesuffix("\u2019s")


def _named_as(gold: GoldActor, actors: Sequence[Actor]) -> Actor | None:
    """Our actor named as ``gold`` is: by its own name first, else by one of its mentions."""
    names = {_name_key(name) for name in [gold.name, *gold.aliases]}
    by_name = (actor for actor in actors if _name_key(actor.name) in names)
    by_mention = (
        actor
        for actor in actors
        if any(_name_key(mention.text) in names for mention in actor.mentions)
    )
    return next(by_name, None) or next(by_mention, None)


def _agreement(gold: GoldActor, actor: Actor | None) -> Counter[str]:
    """The counts one gold actor adds to name recall and the agreement figures."""
    counts = Counter(gold=1)
    if actor is None:
        return counts
    counts.update(named=1, kind_agrees=actor.kind == gold.kind)
    counts.update(code_agrees=bool(output_identifiers(actor) & gold.identifiers))
    if gold.sector:
        counts.update(named_with_sector=1, sector_agrees=actor.sector == gold.sector)
    if gold.role:
        counts.update(named_with_role=1, role_found=bool(actor.role))
    return counts


def _describe(actor: Actor) -> str:
    """How a missed-actor row shows what we made of the name: "Sudan (state, SDN)"."""
    codes = "/".join(sorted(output_identifiers(actor))) or "uncoded"
    return f"{actor.name} ({actor.kind}, {codes})"


def _country_codes(codes: Iterable[str | None]) -> set[str]:
    """The country parts of CAMEO actor codes ("GONGOV" -> "GON"); "---" (unknown) and the
    "###"/"+++" placeholders name no country."""
    return {code[:3].upper() for code in codes if code and code[:3].isalpha()}
