"""Evaluations: what someone calls another's deed, as criticism or praise.

"Erdan called the vote a moral failure", "Michel said Navalny's detention was
unacceptable", "the alliance regarded the attack as a clear breach of norms": no verb of
the lexicon fires, yet the speaker criticises (CAMEO 111) or praises (051) whoever did
the thing judged; calling someone a target threatens them (138: "warned that any British
troops in Ukraine would be legitimate targets"). A verb of naming (call, describe, regard
as ...) or a reported "X was Y" carries the judgement; the judging word, or a modifier of
it, is looked up in ``data/events/evaluations.tsv``; "not acceptable" turns praise into
criticism.

Example:
    >>> [(e.judged.text, e.word.text, e.code) for e in evaluations(doc[:])]  # doctest: +SKIP
    [('vote', 'failure', '111')]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from ..knowledge import read_table
from ..quotes.cues import speech_verbs
from .arguments import has_negation, subject
from .triggers import objects

EVALUATIONS_FILE = "events/evaluations.tsv"
# criticize or denounce; praise or endorse; threaten with force ("would be legitimate targets")
CODES = {"negative": "111", "positive": "051", "threat": "138"}
# verbs that name what their object is: "called the vote a failure", "regarded it as"
NAMING_VERBS = frozenset(
    {"call", "describe", "label", "brand", "term", "dub", "deem", "consider", "regard",
     "see", "view", "characterise", "characterize"}
)  # fmt: skip
# verbs whose clause "X was Y" is the subject's judgement, besides verbs of speech
JUDGING_VERBS = frozenset({"believe", "think", "consider", "find", "feel"})
PREDICATE_DEPS = frozenset({"oprd", "attr", "acomp"})


@dataclass(frozen=True)
class Evaluation:
    """A judgement: who judges (``verb``'s subject), the thing ``judged``, the ``word``
    that judges, and the code it gives."""

    verb: Token
    judged: Token
    word: Token
    code: str

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The words no other event may take: the judging verb, the thing and the word."""
        return (self.verb, self.judged, self.word)


def evaluations(sentence: Span) -> Iterator[Evaluation]:
    """The judgements of another's deed in ``sentence``."""
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in NAMING_VERBS and token.pos_ == "VERB":
            judged = next(iter(objects(token)), None)
            found = _named_as(token)
            if judged is not None and found is not None:
                yield from _judgement(token, judged, found, negated=has_negation(token))
        elif lemma == "be" and token.dep_ == "ccomp" and _judges(token.head):
            judged = next((c for c in token.children if c.dep_ == "nsubj"), None)
            found = next((c for c in token.children if c.dep_ in PREDICATE_DEPS), None)
            if judged is not None and found is not None:
                yield from _judgement(token.head, judged, found, negated=has_negation(token))


def _named_as(verb: Token) -> Token | None:
    """What a verb of naming calls its object: "a failure" (oprd), "as a breach"."""
    for child in verb.children:
        if child.dep_ in PREDICATE_DEPS or child.dep_ in ("xcomp", "ccomp"):
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _judgement(verb: Token, judged: Token, word: Token, *, negated: bool) -> Iterator[Evaluation]:
    polar = next((t for t in (word, *word.lefts) if _polarity(t)), None)
    if polar is None:
        return
    polarity = _polarity(polar)
    if negated:  # "not acceptable" criticises; "would not be targets" threatens no one
        polarity = "negative" if polarity == "positive" else None
    if polarity is not None:
        yield Evaluation(verb, judged, polar, CODES[polarity])


def _judges(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return (lemma in speech_verbs() or lemma in JUDGING_VERBS) and subject(verb) is not None


def _polarity(token: Token) -> str | None:
    return _words().get(token.lemma_.lower()) or _words().get(token.lower_)


@cache
def _words() -> dict[str, str]:
    return {row["word"]: row["polarity"] for row in read_table(EVALUATIONS_FILE)}
