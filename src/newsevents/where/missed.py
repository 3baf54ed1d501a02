"""Place names the entity tagger missed, relabelled as places before anything reads them.

The small English model tags "Kharkiv" in "shelled Kharkiv" as a person, "Aleppo" in
"control of Aleppo" as a nationality, "Belgorod" in "drones hit Belgorod" as an
organisation and "Odesa" in "struck Odesa" as nothing, so neither the actors nor the
places stage saw a place there. A name of those kinds (or of none; "Pokrovsk overnight",
tagged an event, without its common words; or of a time, "Kyiv overnight", when known
abroad), or one whatever its label that the text calls a settlement, becomes a GPE entity
if the gazetteer knows it and it is not the name of a known actor other than a capital or
region ("Hamas" is also a German town), where

- the text calls it a town, city or village ("the town of Samarra", "the historic cities
  of Axum and Adwa", tagged a work of art);
- it follows "in", "at", "through", ... ("aid may pass through Adre"): any place will do;
- elsewhere, it is a place known abroad (under many names, or one the aliases file lists
  for the news), not a state or seat of power (a "Jordan" tagged as a person is one), and
  nothing says it is a person's name: no title or honorific before it ("Gen. Austin"), no
  person in the article whose name ends with it ("Lloyd Austin"), no given name
  compounded with it, and, when tagged a person, it is not the subject of a verb.

Example:
    >>> doc = load_model()("Russian forces shelled Kharkiv overnight.")  # doctest: +SKIP
    >>> tag_missed_places(doc, packaged_gazetteer())  # doctest: +SKIP
    >>> [(ent.text, ent.label_) for ent in doc.ents]  # doctest: +SKIP
    [('Russian', 'NORP'), ('Kharkiv', 'GPE')]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Span, Token

from ..actors.index import PLACE_NOUNS
from ..actors.knowledge import demonyms
from ..actors.mentions import after_locative
from ..actors.words import TITLES, normal_word
from ..spans import PLACE_LABELS, trim_span
from .gazetteer import STATE_KIND, Gazetteer

# entity labels the model gives a place name it mistakes for something else
_MISTAKEN_LABELS = ("PERSON", "NORP", "ORG", "PRODUCT", "EVENT", "WORK_OF_ART")
# labels of time, which take a place name with a time word ("Kyiv overnight") but also
# months that are towns somewhere ("in March"): only a place known abroad is taken there
_TIME_LABELS = ("DATE", "TIME")
# kinds of place that a name the model tagged otherwise may not be taken for: a state
# ("Jordan", "Chad") or a seat of power ("the Kremlin"), which the actors stage knows
_NOT_MISTAKEN = frozenset({STATE_KIND, "seat"})
# how many names, in all languages, make a place known abroad (Kharkiv has 46, Jenin 17)
KNOWN_ABROAD = 15
# words before a person's name that are not titles of office
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame"})


def tag_missed_places(doc: Doc, gazetteer: Gazetteer, *, known: Iterable[Span] = ()) -> None:
    """Relabel as GPE each name in ``doc`` that is a place the tagger missed; ``known``
    are the names of known actors other than places, which stay what they are."""
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1]
    taken = {token.i for span in known for token in span}
    settlements = {(span.start, span.end): span for span in _settlements(doc)}
    names = {(span.start, span.end): span for span in _mistaken(doc)}
    places = [
        Span(doc, span.start, span.end, label="GPE")
        for where, span in sorted({**names, **settlements}.items())
        if span.text
        and not any(token.i in taken for token in span)
        and _is_place(span, gazetteer, people, settlement=where in settlements)
    ]
    if not places:
        return
    kept = [
        ent
        for ent in doc.ents
        if not any(ent.start < place.end and place.start < ent.end for place in places)
    ]
    doc.ents = sorted([*kept, *places], key=lambda span: span.start)


def _mistaken(doc: Doc) -> Iterator[Span]:
    """Entities the model may have mistaken, without the common words before and after the
    name ("in Jeddah" tagged an organisation, "Pokrovsk overnight" an event), and runs of
    proper nouns it left untagged."""
    for ent in doc.ents:
        if ent.label_ in _MISTAKEN_LABELS + _TIME_LABELS:
            span = trim_span(ent)
            first = next((token.i for token in span if not _common(token)), span.end)
            end = next((token.i for token in doc[first : span.end] if _common(token)), span.end)
            yield Span(doc, first, end, label=ent.label_)
    headlines = {token.i for sent in doc.sents if _is_headline(sent) for token in sent}
    start = None
    for token in [*doc, None]:
        untagged = token is not None and _untagged_name(token, headlines)
        if untagged and start is None:
            start = token.i
        elif not untagged and start is not None:
            yield doc[start : token.i if token is not None else len(doc)]
            start = None


def _common(token: Token) -> bool:
    """A lower-case word the tagger does not call a proper noun ("overnight")."""
    return token.pos_ != "PROPN" and not token.text[:1].isupper()


def _settlements(doc: Doc) -> Iterator[Span]:
    """ "Samarra" in "the town of Samarra", and "Adwa" in "the cities of Axum and Adwa"."""
    for token in doc:
        of = token.head
        if token.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_ not in PLACE_NOUNS:
            continue
        for name in (token, *(c for c in token.children if c.dep_ == "conj")):
            if name.pos_ == "PROPN" and name.ent_type_ not in PLACE_LABELS:
                start = min([name.i, *(c.i for c in name.lefts if c.dep_ == "compound")])
                yield doc[start : name.i + 1]


def _untagged_name(token: Token, headlines: set[int]) -> bool:
    """A proper noun the model left untagged, not a word of a title-case headline (the
    tokens of which are ``headlines``), nor a capitalised first word ("Young Algerians")
    unless it is what a passive acted on ("Kharkiv was shelled")."""
    if token.pos_ != "PROPN" or token.ent_iob_ != "O" or token.i in headlines:
        return False
    return not token.is_sent_start or "nsubjpass" in (token.dep_, token.head.dep_)


def _is_headline(sentence: Span) -> bool:
    """Most of its words capitalised: "Coalition Faces Split Over Aid Package"."""
    words = [word for word in sentence if word.is_alpha]
    return sum(word.is_title for word in words) * 2 > len(words)


def _is_place(span: Span, gazetteer: Gazetteer, people: list[Span], *, settlement: bool) -> bool:
    if not span.text[:1].isupper() or span.text.casefold() in demonyms():
        return False  # "airport" and "alliance", tagged proper nouns, are not in Ohio
    if not (found := gazetteer.candidates(span.text)):
        return False
    best = found[0]
    if best.entry.kind in _NOT_MISTAKEN:
        return False
    if settlement or (after_locative(span.root) and span.label_ not in _TIME_LABELS):
        return True
    known = best.entry.names >= KNOWN_ABROAD or any(place.entry.listed for place in found)
    return known and not _personal(span, people)


def _personal(span: Span, people: list[Span]) -> bool:
    """Whether anything says ``span`` names a person: another person's name ends with it,
    a title, honorific or given name comes before it, or the model took it for a person
    that does something ("Austin criticised China")."""
    others = (person for person in people if not person.start <= span.start < person.end)
    if any(person[-1].lower_ == span[-1].lower_ for person in others):
        return True
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and (
        normal_word(before.text) in HONORIFICS or TITLES.sector_of([before.text])
    ):
        return True
    root = span.root
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < span.start for c in root.lefts):
        return True  # "Lloyd Austin" with "Lloyd" untagged
    return span.label_ == "PERSON" and root.dep_ == "nsubj"
