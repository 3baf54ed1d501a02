"""Parse again a sentence whose known person's surname the model read as a common word.

A surname that is also an English word is often tagged as one where it starts a
sentence: the small English model reads "Trump imposed tariffs on Canada" as the noun
"trump" with "imposed" an adjective, and the sentence has no verb to code. Such a
sentence is parsed again with the surname written as a name the model always reads as
one ("Smith"), and that parse (tags, lemmas, dependencies, entities) replaces the first
on the sentence's tokens, the surname a PERSON; the text itself is not changed. Only
the surnames of people in office on the article's date are read so ("Gang" is Qin Gang's
only while he was foreign minister), and never a word of the stop list ("In", "May"),
which is that word far more often than a name.

Example:
    >>> from newsevents.nlp import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Trump imposed tariffs on Canada.")
    >>> reparse_misread_names(doc, nlp, find_surnames=lambda span: [span[0:1]])
    1
    >>> [(token.pos_, token.dep_) for token in doc[:2]]
    [('PROPN', 'nsubj'), ('VERB', 'ROOT')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .nlp import replace_parse

# A surname the model reads as a name wherever it stands, written in its place.
STAND_IN = "Smith"
PERSON = "PERSON"


def reparse_misread_names(
    doc: Doc, nlp: Language, *, find_surnames: Callable[[Span], Iterable[Span]]
) -> int:
    """Re-parse each sentence of ``doc`` where a surname ``find_surnames`` gives is tagged
    as no proper noun, or as the sentence's root; returns how many were parsed again."""
    reparsed = 0
    for sentence in list(doc.sents):
        if not any(_misread(token) for token in sentence):
            continue  # most sentences: no name to look up
        misread = [
            name for name in find_surnames(sentence) if len(name) == 1 and _misread(name.root)
        ]
        if not misread:
            continue
        at = {name.start - sentence.start for name in misread}
        words = [STAND_IN if i in at else token.text for i, token in enumerate(sentence)]
        spaces = [bool(token.whitespace_) for token in sentence]
        second = nlp(Doc(nlp.vocab, words=words, spaces=spaces))
        named = [Span(second, i, i + 1, PERSON) for i in sorted(at)]
        second.set_ents(named, default="unmodified")
        for token in second:
            if token.i in at:
                token.lemma_ = sentence[token.i].text
        replace_parse(doc, sentence, second)
        reparsed += 1
    return reparsed


def _misread(word: Token) -> bool:
    """A capitalised word read as no proper noun, or as the root: a name misread, if it is
    one; never a stop word ("In", "I", "May"), read right far more often."""
    reads_as_word = word.pos_ != "PROPN" or word.dep_ == "ROOT"
    return word.is_title and not word.is_stop and reads_as_word
