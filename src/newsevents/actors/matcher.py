"""Find the names of known actors in a parsed article with spaCy's PhraseMatcher.

Every name of every entry is one pattern on the lower-cased text, so finding them costs a
hash lookup per token and window, however many names there are: a 20 000-entry dictionary
costs an article no more than a 200-entry one (benchmarks/actor_lookup.py measures it).
A match must start with a capital or a digit ("turkey" is a bird), unless the data writes
the name in lower case ("eastern Congo"), and a name that is also
a common word in lower case ("US", "WHO", "IS") must match its case exactly.

Example:
    >>> matcher = KnowledgeMatcher(nlp, packaged_knowledge())  # doctest: +SKIP
    >>> [(m.span.text, m.entry.key) for m in matcher(nlp("Russian troops left."))]  # doctest: +SKIP
    [('Russian', 'state:RUS')]
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .knowledge import ActorEntry, ActorKnowledge, name_key

_LABEL = "ACTOR"


@dataclass(frozen=True)
class KnowledgeMatch:
    """A known actor's name found in the text."""

    span: Span
    entry: ActorEntry


class KnowledgeMatcher:
    """The PhraseMatcher for one tokenizer and one body of knowledge, built once."""

    def __init__(self, nlp: Language, knowledge: ActorKnowledge) -> None:
        self.knowledge = knowledge
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        written = [_without_article(_written(knowledge, key)) for key in knowledge.names()]
        self._matcher.add(_LABEL, [nlp.make_doc(name) for name in written])
        # names that are common words in lower case match only as written
        self._exact_case = {name_key(name): name for name in written if name.lower() in STOP_WORDS}
        # names the data writes in lower case may start so ("eastern Congo")
        self._lower_case = {name_key(name) for name in written if name[:1].islower()}

    def __call__(self, doc: Doc) -> list[KnowledgeMatch]:
        """Non-overlapping matches in text order, the longest winning an overlap; each with
        the entry its name is filed under (a user's, where a dictionary shares the name)."""
        found: list[Span] = []
        for _, start, end in self._matcher(doc):
            span = doc[start:end]
            if self._acceptable(span):
                found.append(span)
        return [
            KnowledgeMatch(span, self._entry(span))
            for span in sorted(filter_spans(found), key=lambda span: span.start)
        ]

    def _entry(self, span: Span) -> ActorEntry:
        return self.knowledge.by_name[name_key(span.text)]

    def _acceptable(self, span: Span) -> bool:
        first = span.text[:1]
        if not (first.isupper() or first.isdigit() or name_key(span.text) in self._lower_case):
            return False
        exact = self._exact_case.get(name_key(span.text))
        return exact is None or span.text == exact


def _written(knowledge: ActorKnowledge, key: str) -> str:
    """A name as its entry writes it, for the tokenizer to split as it splits text."""
    entry = knowledge.by_name[key]
    return next((name for name in entry.names if name_key(name) == key), key)


def _without_article(name: str) -> str:
    first, _, rest = name.partition(" ")
    return rest if first.lower() == "the" and rest else name
