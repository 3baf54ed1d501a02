"""Read a Title Case headline as the sentence it would be in sentence case.

Many outlets capitalise every word of a headline ("Canada Imposes Tariffs On Chinese
Steel"). The small English model then tags every word a proper noun, and the parse has
no verb to code. So a headline in Title Case is parsed again with the words written in
lower case that the article does not write as names, and that parse (tags, lemmas,
dependencies, entities) replaces the first on the headline's tokens; the text itself is
not changed. A word keeps its capital where it starts the headline, is an acronym, is in
a known actor's name ("Polish", "Security Council") or is a known person's surname, or
where the article's body writes it with a capital inside a sentence more often than
without ("Operation Sindoor", "Jenin"). The gazetteer is no help: "Split",
"Independence" and "Mobile" are places known abroad.

spaCy has no truecaser, and a statistical one would need a model to ship; the article
and the actor knowledge are the casing a headline needs.

Example:
    >>> from newsevents.nlp import load_model
    >>> nlp = load_model()
    >>> doc = nlp("Canada Imposes Tariffs on Chinese Steel")
    >>> recase_headline(doc, nlp, headline_end=len(doc.text), find_names=lambda span: [span[4:5]])
    True
    >>> [token.pos_ for token in doc]
    ['PROPN', 'VERB', 'NOUN', 'ADP', 'ADJ', 'NOUN']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .nlp import replace_parse

# A headline is in Title Case when it has at least this many words outside the stop
# words, and every one of them starts with a capital.
MIN_TITLE_WORDS = 3
# How many tokens after the headline the second parse reads too: more than the model's
# encoder sees on either side of a word (four in the small English model).
CONTEXT_TOKENS = 8


def recase_headline(
    doc: Doc, nlp: Language, *, headline_end: int, find_names: Callable[[Span], Iterable[Span]]
) -> bool:
    """Re-parse the headline (the text up to character ``headline_end``) in sentence
    case when it is in Title Case; ``find_names`` gives the known names in a span.
    Returns whether the parse was replaced. The words keep the headline's tokens, so
    the two parses align token for token."""
    headline = doc.char_span(0, headline_end, alignment_mode="contract")
    if headline is None or not is_title_case(headline):
        return False
    words = sentence_case(headline, find_names)
    # the first words after the headline, as the first parse saw them
    after = doc[headline.end : headline.end + CONTEXT_TOKENS]
    words.extend(token.text for token in after)
    spaces = [bool(token.whitespace_) for token in (*headline, *after)]
    replace_parse(doc, headline, nlp(Doc(nlp.vocab, words=words, spaces=spaces)))
    return True


def sentence_case(headline: Span, find_names: Callable[[Span], Iterable[Span]]) -> list[str]:
    """The headline's words as sentence case would write them.

    Example:
        >>> doc = load_model()("Poland Closes Border Crossing\n\nThe border crossing was shut.")
        >>> sentence_case(doc[:4], find_names=lambda span: [span[:1]])
        ['Poland', 'closes', 'border', 'crossing']
    """
    names = {token.i for name in find_names(headline) for token in name}
    written = _names_written(headline.doc, after=headline.end)
    return [
        token.text if token.i in names or token.text in written else _in_sentence_case(token)
        for token in headline
    ]


def is_title_case(span: Span) -> bool:
    """Whether every word of ``span`` outside the stop words starts with a capital (a
    word after a hyphen may not).

    Example:
        >>> is_title_case(load_model()("Russia Expels 20 Polish Diplomats in Tit-for-tat Move")[:])
        True
    """
    words = [
        token.text
        for token in span
        if token.is_alpha
        and token.lower_ not in STOP_WORDS
        and not token.is_upper
        and not _inside_compound(token)
    ]
    return len(words) >= MIN_TITLE_WORDS and all(word[0].isupper() for word in words)


def _inside_compound(token: Token) -> bool:
    """A word after a hyphen, which Title Case may leave in lower case ("Tit-for-tat")."""
    before = token.nbor(-1) if token.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_


def _in_sentence_case(token: Token) -> str:
    """The word as sentence case writes it, unless it starts the headline or is an acronym."""
    if token.i == 0 or token.is_upper or not token.text[:1].isupper():
        return token.text
    return token.text[0].lower() + token.text[1:]


def _names_written(doc: Doc, *, after: int) -> set[str]:
    """Words the body writes with a capital inside a sentence more often than without."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for token in doc[after:]:
        if not token.is_alpha or token.is_sent_start:
            continue
        if token.text[0].isupper():
            capital[token.text] += 1
        else:
            lower[token.text.capitalize()] += 1
    return {word for word, count in capital.items() if count > lower[word]}
