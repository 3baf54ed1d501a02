"""Trim entity spans to the words that name something: "the European Union's" -> "European Union";
a Doc's text, joined once; and the entity labels that name places.

Example:
    >>> doc = nlp("The talks ended, the European Union's envoy said.")  # doctest: +SKIP
    >>> trim_span(doc.ents[0]).text  # doctest: +SKIP
    'European Union'
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

LEADING_WORDS = {"the"}
# spaCy's entity labels of places: states and cities, other locations, facilities
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
TEXT_KEY = "newsevents.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, joined once per Doc: spaCy joins the tokens anew on every access, which
    cost the stages a fifth of their time. A Doc is not changed after parsing.

    Example:
        >>> text_of(nlp("Talks resumed.")) == "Talks resumed."  # doctest: +SKIP
        True
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def lead_end(text: str, paragraphs: int = 1) -> int:
    """Where the first ``paragraphs`` body paragraphs end; the headline is the paragraph
    before them, as in ``Article.text``.

    Example:
        >>> lead_end("Headline\n\nFirst.\n\nSecond.")
        16
    """
    end = text.find("\n\n")
    for _ in range(paragraphs):
        if end < 0:
            return len(text)
        end = text.find("\n\n", end + 2)
    return end if end >= 0 else len(text)


def trim_span(span: Span) -> Span:
    """``span`` without a leading article and a trailing possessive or punctuation."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in LEADING_WORDS:
        start += 1
    while end > start and (span.doc[end - 1].tag_ == "POS" or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[start:end]
