"""Score coded events and quotations against gold, by the rules of GOLD_FORMAT.md.

An output event matches a gold event when the roots agree, the output's source resolves to
one of the gold source identifiers and its target to one of the gold target identifiers (an
empty gold target accepts any). One output event credits at most one required gold event;
an output matching only ``optional`` gold is left out of precision; one matching ``wrong``
gold is a false positive. Precision counts every output event that matches required gold,
as GOLD_FORMAT.md defines it, so both directions of a meeting and each of two coordinated
mediators are right; ``*_one_to_one`` figures count only the outputs that credited a gold
event, the stricter reading the figures before 2026-11-28 used. Negated and hypothetical
events are not scored. A gold quote is found when an output quote covers >= 60% of its
tokens and names the right speaker.

Dates and locations are judged on the events found at type level: each gold event that is
not ``wrong`` is paired with the first output event of one of its roots whose trigger lies
in its evidence. The date is right when it agrees with the gold's to the gold's precision
(gold "2024-08" accepts "2024-08-21"), or both have none; the location when its name
equals, contains or is contained in the gold's, or lies within 50 km of a place the gold's
name may mean ("United Nations" headquarters for "New York"), or both have none.

Example:
    >>> report = score_events(gold_articles, coded_articles)  # doctest: +SKIP
    >>> report.figures["root_f1"]  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import Actor, CodedArticle, Event, Location
from ..where.gazetteer import packaged_gazetteer
from .gold import NON_COUNTRY_PREFIXES, GoldArticle, GoldEvent, GoldQuote, organisation_codes
from .locations import is_same_location
from .report import TaskReport, harmonic_mean, prf, share
from .toponyms import distance_km

QUOTE_OVERLAP = 0.6
SAME_PLACE_KM = 50.0
# Kinds of gold and output quotation that are someone's speech (not scare quotes or titles).
SPEECH_KINDS = ("direct", "indirect")
_WORD = re.compile(r"\w+")


@dataclass
class _Outcome:
    """How one article's output events and gold events paired up."""

    matched: int = 0  # required gold events credited, each by one output event
    correct: int = 0  # output events matching required gold, credited or not
    scored: int = 0  # output events counted in precision (not matching only optional gold)
    required: int = 0
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)


def score_events(
    gold_articles: list[GoldArticle], coded_articles: list[CodedArticle], *, dataset: str
) -> TaskReport:
    """Event P/R/F1 at root level, at type level (the root alone, actors ignored, as when
    the actors are given) and at full-code level, quote recall and speaker accuracy,
    a per-root table, a gold-root x coded-root confusion view and per-article rows."""
    levels: dict[str, Callable[[Event, GoldEvent, dict[str, Actor]], bool]] = {
        "root": _matches_root,
        "type": _matches_type,
        "code": _matches_code,
        "actor_code": _matches_actor_code,
    }
    totals = {level: Counter[str]() for level in levels}
    per_root: dict[str, Counter[str]] = {}
    confusion: Counter[tuple[str, str]] = Counter()
    quote_counts: Counter[str] = Counter()
    context_counts: Counter[str] = Counter()
    articles = []
    for gold, coded in zip(gold_articles, coded_articles, strict=True):
        actors = {actor.id: actor for actor in coded.actors}
        events = [event for event in coded.events if not event.negated and not event.hypothetical]
        for level, matches in levels.items():
            outcome = _pair(events, _scorable(gold.events, level), actors, matches)
            totals[level].update(
                matched=outcome.matched,
                correct=outcome.correct,
                scored=outcome.scored,
                required=outcome.required,
            )
            if level == "root":
                articles.append(_article_row(gold, coded, outcome))
                _count_roots(per_root, events, gold.events, actors)
        _confuse(confusion, coded, gold.events)
        quote_counts.update(_score_quotes(gold.quotes, coded, actors))
        context_counts.update(_score_context(gold.events, coded, events))
    figures: dict[str, float] = {}
    for level, counts in totals.items():
        precision = share(counts["correct"], counts["scored"])
        recall = share(counts["matched"], counts["required"])
        figures[f"{level}_precision"] = precision
        figures[f"{level}_recall"] = recall
        figures[f"{level}_f1"] = harmonic_mean(precision, recall)
        strict = prf(counts["matched"], counts["scored"], counts["required"])
        figures[f"{level}_precision_one_to_one"] = strict["precision"]
        figures[f"{level}_f1_one_to_one"] = strict["f1"]
    figures["gold_events_required"] = totals["root"]["required"]
    figures["output_events_scored"] = totals["root"]["scored"]
    figures["quote_recall"] = share(quote_counts["found"], quote_counts["required"])
    for kind in SPEECH_KINDS:
        figures[f"quote_recall_{kind}"] = share(
            quote_counts[f"found_{kind}"], quote_counts[f"required_{kind}"]
        )
    figures["speaker_accuracy"] = share(quote_counts["speaker_right"], quote_counts["text_found"])
    figures["quote_precision"] = share(quote_counts["output_matched"], quote_counts["output"])
    figures["partial_false_positives"] = quote_counts["partial_false_positives"]
    figures["gold_quotes_required"] = quote_counts["required"]
    figures["date_accuracy"] = share(context_counts["date_right"], context_counts["paired"])
    figures["location_accuracy"] = share(context_counts["location_right"], context_counts["paired"])
    figures["location_accuracy_placed"] = share(
        context_counts["placed_right"], context_counts["placed"]
    )
    figures["events_paired_for_context"] = context_counts["paired"]
    return TaskReport(
        task="events",
        dataset=dataset,
        items=len(gold_articles),
        figures=figures,
        tables={
            "per_root": _root_rows(per_root),
            "confusion": [
                {"gold_root": gold, "coded_root": coded, "count": count}
                for (gold, coded), count in sorted(confusion.items())
            ],
            "articles": articles,
        },
        notes=_notes(gold_articles),
    )


def actor_identifiers(actor: Actor | None) -> set[str]:
    """What an output actor can be matched on at country/organisation level."""
    if actor is None:
        return set()
    values = {actor.country, actor.org, actor.claimed_by, actor.name.upper()}
    if actor.code:
        values.add(actor.code[:3])
        if actor.code.startswith(NON_COUNTRY_PREFIXES):
            values.update(organisation_codes(actor.code))
    return {value.upper() for value in values if value}


def _actor_codes(actor: Actor | None) -> set[str]:
    return {actor.code.upper()} if actor and actor.code else set()


def _matches_root(event: Event, gold: GoldEvent, actors: dict[str, Actor]) -> bool:
    if event.root not in gold.roots:
        return False
    return _actors_match(event, gold, actors, actor_identifiers, gold.source, gold.target)


def _matches_type(event: Event, gold: GoldEvent, actors: dict[str, Actor]) -> bool:
    """Root only, actors ignored: event-type detection, as when the actors are given."""
    return event.root in gold.roots


def _matches_code(event: Event, gold: GoldEvent, actors: dict[str, Actor]) -> bool:
    return (
        gold.cameo is not None and event.cameo == gold.cameo and _matches_root(event, gold, actors)
    )


def _matches_actor_code(event: Event, gold: GoldEvent, actors: dict[str, Actor]) -> bool:
    """Root level, actors compared by full CAMEO code (RUSGOV), where the gold has codes."""
    if event.root not in gold.roots or not (gold.source_codes or gold.target_codes):
        return False
    return _actors_match(event, gold, actors, _actor_codes, gold.source_codes, gold.target_codes)


def _actors_match(
    event: Event,
    gold: GoldEvent,
    actors: dict[str, Actor],
    identify: Callable[[Actor | None], set[str]],
    sources: list[str],
    targets: list[str],
) -> bool:
    source, target = actors.get(event.source or ""), actors.get(event.target or "")

    def fits(actor: Actor | None, accepted: list[str]) -> bool:
        return not accepted or bool(identify(actor) & set(accepted))

    if fits(source, sources) and fits(target, targets):
        return True
    # a reciprocal gold event (a meeting, a fight) accepts either direction
    return gold.reciprocal and fits(target, sources) and fits(source, targets)


def _scorable(gold_events: list[GoldEvent], level: str) -> list[GoldEvent]:
    """The gold events a level can judge: full actor codes only where the gold gives them."""
    if level == "actor_code":
        return [gold for gold in gold_events if gold.source_codes or gold.target_codes]
    return gold_events


def _pair(
    events: list[Event],
    gold_events: list[GoldEvent],
    actors: dict[str, Actor],
    matches: Callable[[Event, GoldEvent, dict[str, Actor]], bool],
) -> _Outcome:
    required = [gold for gold in gold_events if gold.status == "required"]
    credited: set[int] = set()
    outcome = _Outcome(required=len(required))
    for event in events:
        hits = [gold for gold in gold_events if matches(event, gold, actors)]
        free = [
            index
            for index, gold in enumerate(required)
            if index not in credited and any(gold is hit for hit in hits)
        ]
        if free:
            credited.add(free[0])
            outcome.matched += 1
            outcome.correct += 1
            outcome.scored += 1
            continue
        if hits and all(hit.status == "optional" for hit in hits):
            continue
        outcome.scored += 1
        if any(hit.status == "required" for hit in hits) and not any(
            hit.status == "wrong" for hit in hits
        ):  # the other direction, or another coordinated actor, of a credited event
            outcome.correct += 1
        else:
            outcome.spurious.append(event)
    outcome.missed = [gold for index, gold in enumerate(required) if index not in credited]
    return outcome


def _count_roots(
    per_root: dict[str, Counter[str]],
    events: list[Event],
    gold_events: list[GoldEvent],
    actors: dict[str, Actor],
) -> None:
    for gold in gold_events:
        if gold.status == "required":
            counts = per_root.setdefault(gold.roots[0], Counter())
            counts["gold"] += 1
            counts["found"] += any(_matches_root(event, gold, actors) for event in events)
    for event in events:
        counts = per_root.setdefault(event.root, Counter())
        counts["coded"] += 1
        counts["correct"] += any(
            _matches_root(event, gold, actors) for gold in gold_events if gold.status != "wrong"
        )


def _root_rows(per_root: dict[str, Counter[str]]) -> list[dict[str, object]]:
    return [
        {
            "root": root,
            "gold": counts["gold"],
            "found": counts["found"],
            "recall": share(counts["found"], counts["gold"]),
            "coded": counts["coded"],
            "correct": counts["correct"],
            "precision": share(counts["correct"], counts["coded"]),
        }
        for root, counts in sorted(per_root.items())
    ]


def _confuse(
    confusion: Counter[tuple[str, str]], coded: CodedArticle, gold_events: list[GoldEvent]
) -> None:
    """Pair each required gold event with the roots coded in its evidence sentence
    ("none" when nothing was coded there), to show which categories are confused."""
    text = coded.article.text
    for gold in gold_events:
        if gold.status != "required":
            continue
        in_sentence = [event.root for event in coded.events if _covers(event, text, gold)]
        coded_root = (
            gold.roots[0]
            if gold.roots[0] in in_sentence
            else (in_sentence[0] if in_sentence else "none")
        )
        confusion[(gold.roots[0], coded_root)] += 1


def _covers(event: Event, text: str, gold: GoldEvent) -> bool:
    """Whether ``event``'s sentence overlaps the gold evidence (any event, without one)."""
    if not gold.evidence:
        return True
    start = text.find(gold.evidence)
    end = start + len(gold.evidence)
    return start >= 0 and event.sentence.start <= end and start <= event.sentence.end


def _score_context(
    gold_events: list[GoldEvent], coded: CodedArticle, events: list[Event]
) -> Counter[str]:
    """Date and location agreement of the output events paired with gold events (see the
    module docstring); ``placed`` counts the pairs whose gold event has a location."""
    counts: Counter[str] = Counter()
    text = coded.article.text
    for gold in gold_events:
        start = text.find(gold.evidence) if gold.evidence else -1
        if gold.status == "wrong" or start < 0:
            continue
        end = start + len(gold.evidence or "")
        event = next(
            (
                event
                for event in events
                if event.root in gold.roots and start <= event.trigger.start < end
            ),
            None,
        )
        if event is None:
            continue
        counts["paired"] += 1
        counts["date_right"] += _same_date(event.date, gold.date)
        right = _same_place(event.location, gold.location)
        counts["location_right"] += right
        if gold.location:
            counts["placed"] += 1
            counts["placed_right"] += right
    return counts


def _same_place(ours: Location | None, gold: str | None) -> bool:
    if is_same_location(ours.name if ours else None, [gold] if gold else []):
        return True
    if ours is None or gold is None or ours.lat is None or ours.lon is None:
        return False
    return any(
        distance_km(ours.lat, ours.lon, candidate.entry.lat, candidate.entry.lon) <= SAME_PLACE_KM
        for candidate in packaged_gazetteer().candidates(gold)
    )


def _same_date(ours: str | None, gold: str | None) -> bool:
    if gold is None or ours is None:
        return gold is ours
    return ours[: len(gold)] == gold


def _score_quotes(
    gold_quotes: list[GoldQuote], coded: CodedArticle, actors: dict[str, Actor]
) -> Counter[str]:
    """Recall (all and per kind) and speaker accuracy over required gold quotes; our
    direct and indirect quotes that match a gold quotation (precision) and those that are
    only a gold scare quote or title (partial false positives)."""
    counts: Counter[str] = Counter()
    for gold in gold_quotes:
        if gold.status != "required":
            continue
        counts["required"] += 1
        counts[f"required_{gold.kind}"] += 1
        overlapping = [
            quote
            for quote in coded.quotes
            if _token_overlap(gold.text, quote.text) >= QUOTE_OVERLAP
        ]
        if not overlapping:
            continue
        counts["text_found"] += 1
        if any(
            _speaker_matches(gold, quote.speaker_text, actors.get(quote.speaker or ""))
            for quote in overlapping
        ):
            counts["speaker_right"] += 1
            counts["found"] += 1
            counts[f"found_{gold.kind}"] += 1
    speech = [gold for gold in gold_quotes if gold.kind in SPEECH_KINDS]
    words = [gold for gold in gold_quotes if gold.kind not in SPEECH_KINDS]
    for quote in coded.quotes:
        if quote.kind not in SPEECH_KINDS:
            continue
        counts["output"] += 1
        counts["output_matched"] += any(_same_words(gold.text, quote.text) for gold in speech)
        counts["partial_false_positives"] += any(
            _token_overlap(quote.text, gold.text) >= QUOTE_OVERLAP for gold in words
        )
    return counts


def _same_words(gold_text: str, output_text: str) -> bool:
    """Whether one text holds most of the other's words."""
    return max(_token_overlap(gold_text, output_text), _token_overlap(output_text, gold_text)) >= (
        QUOTE_OVERLAP
    )


def _token_overlap(gold_text: str, output_text: str) -> float:
    """Share of the gold quotation's word tokens that the output quotation contains."""
    gold_tokens = Counter(_WORD.findall(gold_text.lower()))
    output_tokens = Counter(_WORD.findall(output_text.lower()))
    total = sum(gold_tokens.values())
    return sum((gold_tokens & output_tokens).values()) / total if total else 0.0


def _speaker_matches(gold: GoldQuote, speaker_text: str | None, actor: Actor | None) -> bool:
    names = {gold.speaker.lower(), *(name.lower() for name in gold.speaker.split()[-1:])}
    said = {(speaker_text or "").lower(), (actor.name.lower() if actor else "")} - {""}
    if any(
        name in said_name or said_name in gold.speaker.lower()
        for said_name in said
        for name in names
    ):
        return True
    return bool(actor_identifiers(actor) & set(gold.speaker_codes))


def _article_row(gold: GoldArticle, coded: CodedArticle, outcome: _Outcome) -> dict[str, object]:
    text = coded.article.text
    return {
        "id": gold.id,
        "required": outcome.required,
        "matched": outcome.matched,
        "correct": outcome.correct,
        "scored": outcome.scored,
        "missed": [
            {
                "roots": event.roots,
                "source": event.source,
                "target": event.target,
                "evidence": event.evidence,
            }
            for event in outcome.missed
        ],
        "spurious": [
            {
                "cameo": event.cameo,
                "rule": event.rule,
                "sentence": text[event.sentence.start : event.sentence.end],
            }
            for event in outcome.spurious
        ],
    }


def _notes(gold_articles: list[GoldArticle]) -> list[str]:
    notes = []
    if not any(event.source_codes for article in gold_articles for event in article.events):
        notes.append("actor_code_* figures need full CAMEO actor codes, which this gold lacks")
    if not any(event.cameo for article in gold_articles for event in article.events):
        notes.append("code_* figures need full CAMEO event codes, which this gold lacks")
    return notes
