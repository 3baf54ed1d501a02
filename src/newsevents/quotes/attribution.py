"""Who said it: the cue that attributes a quotation and the speaker it names.

Direct quotations are attributed from the words around their marks, in the order wire
copy uses them: the cue inside an interrupted quotation (`"...," she said, "..."`), a
dash that signs it (`"..." ― Jane Doe`), the cue after it (`"...," X said`, `"...," said
X, the EU's ...`), the cue before it (`X said: "..."`), or a colon after a bare name
(`Orban: "..."`) or any verb (`The Times reports:`). A quotation inside a sentence is
attributed, like a partial one, by the speech verb its words hang from. The speaker is
the cue's subject (inherited by "..., adding that"), or the object of "according to".

Example:
    >>> attribution = frame_attribution(doc[12:16], nearest_first=True)  # doctest: +SKIP
    >>> attribution.cue.text, attribution.speaker.text  # doctest: +SKIP
    ('said', 'minister')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from ..events.arguments import subject
from .cues import cue_phrases, naming_verbs, speech_verbs

NAME_POS = frozenset({"PROPN", "NOUN", "PRON"})
# How far up the parse a partial quotation looks for the verb that attributes it.
PARTIAL_REACH = 6
DASHES = frozenset({"―", "—", "–", "-", "--"})
# The longest bare "Speaker:" before a quotation that names its speaker without a verb.
COLON_FRAME = 6


@dataclass(frozen=True)
class Attribution:
    """A cue ("said", "according to") and the token that heads its speaker's phrase."""

    cue: Token
    speaker: Token | None

    @property
    def cue_text(self) -> str:
        if self.cue.lower_ == "according":
            return "according to"
        return self.cue.text


def frame_attribution(frame: Iterable[Token], *, nearest_first: bool) -> Attribution | None:
    """The attribution among the ``frame`` tokens around a quotation: its first cue when
    the frame follows the quotation (``nearest_first``), else its last."""
    tokens = list(frame)
    for token in tokens if nearest_first else reversed(tokens):
        if is_speech_cue(token):
            return Attribution(token, speaker(token))
    return None


def colon_attribution(
    frame: list[Token], *, names: frozenset[int] = frozenset()
) -> Attribution | None:
    """Who a colon hands a quotation to when no speech verb does: the name of a short
    "Speaker:" frame ("Orban: ...": a noun, or a token of ``names``, the actors' mentions,
    whatever its tag), else the subject of the frame's last verb ("Caddell continued:",
    "The New York Times reports:")."""
    if not frame or frame[-1].text != ":":
        return None
    if len(frame) <= COLON_FRAME and not any(t.pos_ in ("VERB", "AUX") for t in frame):
        name = next((t for t in reversed(frame[:-1]) if t.pos_ in NAME_POS or t.i in names), None)
        return Attribution(frame[-1], name) if name is not None else None
    verb = next((t for t in reversed(frame) if t.pos_ == "VERB"), None)
    head = speaker(verb) if verb is not None else None
    return Attribution(verb, head) if verb is not None and head is not None else None


def dash_attribution(frame: list[Token]) -> Attribution | None:
    """The name after a dash that signs a quotation ("..." ― Jane Doe)."""
    if not frame or frame[0].text not in DASHES or len(frame) > COLON_FRAME + 1:
        return None
    names = [t for t in frame[1:] if t.pos_ == "PROPN"]
    return Attribution(frame[0], names[-1]) if names else None


def partial_attribution(first: Token) -> Attribution | None:
    """The verb that attributes a quoted word or phrase: a speech or naming verb the
    phrase hangs from ("said the detention was "unacceptable"", "called it "a failure"")."""
    token = first
    for _ in range(PARTIAL_REACH):
        if token.head == token:
            return None
        token = token.head
        if token.lemma_.lower() in naming_verbs():
            return Attribution(token, speaker(token))
    return None


def is_speech_cue(token: Token) -> bool:
    """A speech verb, or the "according" of "according to"."""
    if token.lower_ == "according":
        return "according to" in cue_phrases() and _according_object(token) is not None
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in speech_verbs()


def speaker(cue: Token) -> Token | None:
    """The head of the phrase naming who speaks: the cue's subject, the object of
    "according to"; None for a passive cue ("was quoted as saying")."""
    if cue.lower_ == "according":
        return _according_object(cue)
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in cue.children):
        return None
    return subject(cue)


def speaker_phrase(head: Token) -> str:
    """The speaker's words as the article gives them, without appositions and relative
    clauses: "Prime Minister Abiy Ahmed's office", "Josep Borrell"."""
    return head.doc[head.left_edge.i : head.i + 1].text


def _according_object(token: Token) -> Token | None:
    for child in token.children:
        if child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
