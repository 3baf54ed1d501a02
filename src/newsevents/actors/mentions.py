"""Actor mentions from spaCy's named entities: people, organisations, states, nationalities."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..spans import trim_span

# spaCy entity label -> actor kind. Only people are certain from the label alone; coding
# organisations, states and groups by kind needs the actor knowledge base (issue 4).
ACTOR_KINDS = {"PERSON": "person", "ORG": "other", "GPE": "other", "NORP": "other"}


@dataclass(frozen=True)
class ActorMention:
    """One mention of an actor, before mentions are merged into actors."""

    text: str
    start: int
    end: int
    kind: str


def actor_mentions(doc: Doc) -> list[ActorMention]:
    """Every entity of ``doc`` that names an actor, trimmed of "the" and "'s"."""
    mentions = []
    for ent in doc.ents:
        kind = ACTOR_KINDS.get(ent.label_)
        span = trim_span(ent)
        if kind is None or not span.text.strip():
            continue
        mentions.append(ActorMention(span.text, span.start_char, span.end_char, kind))
    return mentions
