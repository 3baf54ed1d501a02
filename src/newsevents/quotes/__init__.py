"""Quotations: who said what, attributed to the article's actors.

The stage reads quotation marks (:mod:`.marks`) into passages and sorts them: a passage
that opens a paragraph or sentence, or follows a colon or a cue's comma, is a *direct*
quotation, and so is a clause of six words or more inside a sentence; a shorter phrase
inside a sentence is *partial* (scare quotes, "in good faith"), and a name in title case
is a title, not a quotation. Direct passages are joined where a cue interrupts them (the
text marks the cut with " … ") or a paragraph reopens an open quotation, then attributed
(:mod:`.attribution`); one with no cue of its own continues the last speaker of its
paragraph or the one before. Reported speech is *indirect*: the clause a speech verb
governs ("X warned that ..."), the clause before "..., X said", or the sentence
"according to X" qualifies.

Example:
    >>> coded = Coder().code('"We will not back down," the minister said.')  # doctest: +SKIP
    >>> [(q.kind, q.speaker_text, q.cue, q.text) for q in coded.quotes]  # doctest: +SKIP
    [('direct', 'the minister', 'said', 'We will not back down')]
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..actors.index import PERSON_PRONOUNS, ActorIndex
from ..records import Dateline, Quote
from ..spans import text_of
from .attribution import (
    Attribution,
    colon_attribution,
    dash_attribution,
    frame_attribution,
    is_speech_cue,
    partial_attribution,
    speaker,
    speaker_phrase,
)
from .marks import Passage, quoted_passages

__all__ = ["find_quotes", "quoted_passages"]

# A clause in quotation marks inside a sentence this long or longer is someone's words.
DIRECT_WORDS = 6
# Words of a title that stay lower case ("Treaty on Alliance and Integration").
TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})
# Characters before an opening mark that start a quotation rather than embed one.
QUOTATION_LEADS = frozenset({"", ".", "?", "!", ":", "—", "–", "-"})
# A share of a reported clause inside quotation marks that makes it a direct quotation.
QUOTED_SHARE = 0.5


@dataclass
class _Quotation:
    """Passages of one direct quotation and what attributes it."""

    passages: list[Passage]
    interruption: list[Token] = field(default_factory=list)  # a cue between two passages
    attribution: Attribution | None = None


def find_quotes(doc: Doc, index: ActorIndex, *, dateline: Dateline | None = None) -> list[Quote]:
    """The direct, partial and indirect quotations of ``doc``, in text order, each with
    its cue and its speaker resolved to an actor id through ``index``; reported speech
    never takes in the ``dateline``."""
    found: list[Quote] = []
    direct: list[Passage] = []
    for passage in quoted_passages(text_of(doc)):
        kind = _passage_kind(doc, passage)
        if kind == "partial" and direct and _interruption(doc, direct[-1], passage):
            kind = "direct"  # '"...," she said, "and we will stay."'
        if kind == "direct":
            direct.append(passage)
        elif kind == "partial":
            found.append(_partial(doc, passage, index))
    quoted = _quoted_tokens(doc, direct)
    found.extend(
        _direct(doc, quotation, index, quoted)
        for quotation in _attributed(doc, direct, quoted, index)
    )
    body = (
        doc.char_span(dateline.end, len(text_of(doc)), alignment_mode="expand")
        if dateline
        else None
    )
    found.extend(_indirect(doc, quoted, index, body_start=body.start if body is not None else 0))
    found.sort(key=lambda quote: (quote.start, quote.end))
    for number, quote in enumerate(found, start=1):
        quote.id = f"q{number}"
    return found


def _passage_kind(doc: Doc, passage: Passage) -> str:
    """direct, partial or title: a passage that starts a quotation is direct; one inside
    a sentence is a title when it reads as a name, direct when it is a clause of its own
    and long enough, else partial."""
    text = text_of(doc)
    words = text[passage.start : passage.end].split()
    if _leads(text, passage):
        return "title" if _lead(text, passage) == "," and _is_title(words) else "direct"
    if _is_title(words):
        return "title"
    span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
    if len(words) >= DIRECT_WORDS and span is not None and _has_clause(span):
        return "direct"
    return "partial"


def _leads(text: str, passage: Passage) -> bool:
    """Whether the passage starts a quotation: it opens a paragraph or a sentence, or
    follows a colon, a dash or a cue's comma ('she said, "We ...')."""
    lead = _lead(text, passage)
    capital = text[passage.start : passage.start + 1].isupper()
    return lead in QUOTATION_LEADS or (lead == "," and capital)


def _lead(text: str, passage: Passage) -> str:
    """The last character before the opening mark on its line ("" at the line's start)."""
    line_start = text.rfind("\n", 0, passage.open_at) + 1
    return text[line_start : passage.open_at].rstrip()[-1:]


def _has_clause(span: Span) -> bool:
    """Whether a subject and its verb both lie inside ``span``."""
    return any(
        token.dep_ in ("nsubj", "nsubjpass") and span.start <= token.head.i < span.end
        for token in span
    )


def _is_title(words: list[str]) -> bool:
    """Every word capitalised but the small ones: a name ("Union Resolve 2022")."""
    content = [w.strip(".,;:!?") for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return bool(content) and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def _attributed(
    doc: Doc, passages: list[Passage], quoted: frozenset[int], index: ActorIndex
) -> list[_Quotation]:
    """Direct passages joined into quotations and attributed, in text order."""
    quotations: list[_Quotation] = []
    for passage in passages:
        last = quotations[-1] if quotations else None
        if last is not None and _continues(doc, last, passage, quoted):
            last.passages.append(passage)
            continue
        quotations.append(_Quotation([passage]))
    previous: _Quotation | None = None
    for quotation in quotations:
        quotation.attribution = _own_attribution(doc, quotation, quoted, index)
        if quotation.attribution is None and previous is not None and _follows(previous, quotation):
            quotation.attribution = previous.attribution
        previous = quotation
    return quotations


def _continues(doc: Doc, quotation: _Quotation, passage: Passage, quoted: frozenset[int]) -> bool:
    """Whether ``passage`` goes on with ``quotation``: it reopens the paragraph after an
    open one, or follows the quotation's cue in the same paragraph ("...," she said,
    "..." or "...," she said. "...") and has no cue of its own."""
    last = quotation.passages[-1]
    if last.close_at is None:
        line_start = text_of(doc).rfind("\n", 0, passage.open_at) + 1
        return passage.paragraph == last.paragraph + 1 and passage.open_at == line_start
    frame = _interruption(doc, last, passage)
    if not frame or _has_own_cue(doc, passage, quoted):
        return False
    quotation.interruption = frame
    return True


def _interruption(doc: Doc, last: Passage, passage: Passage) -> list[Token]:
    """The cue between two passages of one paragraph, set off by a comma or full stop
    ("...," she said, "..."), or nothing."""
    text = text_of(doc)
    if last.close_at is None or passage.paragraph != last.paragraph:
        return []
    between = text[last.close_at + 1 : passage.open_at].rstrip()
    if between[-1:] not in (",", "."):
        return []
    if text[last.start : last.close_at].rstrip()[-1:] not in (",", "?", "!"):
        return []
    frame = doc.char_span(last.close_at + 1, passage.open_at, alignment_mode="contract")
    if frame is None or not any(is_speech_cue(token) for token in frame):
        return []
    return list(frame)


def _has_own_cue(doc: Doc, passage: Passage, quoted: frozenset[int]) -> bool:
    """Whether a cue follows the passage's closing mark in its sentence."""
    if passage.close_at is None or not _open_ended(text_of(doc), passage):
        return False
    return frame_attribution(_after(doc, passage, quoted), nearest_first=True) is not None


def _own_attribution(
    doc: Doc, quotation: _Quotation, quoted: frozenset[int], index: ActorIndex
) -> Attribution | None:
    """The cue inside, after or before the quotation, in that order, else the speech
    verb a quotation inside a sentence hangs from."""
    if quotation.interruption:
        return frame_attribution(quotation.interruption, nearest_first=True)
    first, last = quotation.passages[0], quotation.passages[-1]
    if last.close_at is not None:
        after = _after(doc, last, quoted)
        found = dash_attribution(after)
        if found is None and _open_ended(text_of(doc), last):
            found = frame_attribution(after, nearest_first=True)
        if found is not None:
            return found
    before = _before(doc, first, quoted)
    found = frame_attribution(before, nearest_first=False) or colon_attribution(
        before, names=index.tokens
    )
    if found is None and not _leads(text_of(doc), first):
        span = doc.char_span(first.start, first.end, alignment_mode="expand")
        found = partial_attribution(span[0]) if span is not None and len(span) else None
    return found


def _open_ended(text: str, passage: Passage) -> bool:
    """Whether the sentence goes on after the closing mark: the passage ends in a comma,
    question or exclamation mark, or what follows starts in lower case ("he said")."""
    assert passage.close_at is not None
    inner_end = text[passage.start : passage.close_at].rstrip()[-1:]
    following = text[passage.close_at + 1 :].lstrip()[:1]
    return inner_end in (",", "?", "!", "—") or following.islower()


def _after(doc: Doc, passage: Passage, quoted: frozenset[int]) -> list[Token]:
    """Tokens from the closing mark to the end of its sentence, up to the next quotation."""
    assert passage.close_at is not None
    span = doc.char_span(passage.close_at, passage.close_at + 1, alignment_mode="expand")
    if span is None:
        return []
    frame = []
    for token in doc[span.end : _paragraph_end(doc, span.end)]:
        if token.i in quoted or token.text in (".", "\n") or token.is_space:
            break
        frame.append(token)
    return frame


def _before(doc: Doc, passage: Passage, quoted: frozenset[int]) -> list[Token]:
    """Tokens from the start of the sentence to the opening mark, after any quotation,
    where a colon or comma hands over to the quotation; for a quotation opening its
    paragraph, the sentence ending the paragraph before in a colon ("He said:")."""
    text = text_of(doc)
    line_start = text.rfind("\n", 0, passage.open_at) + 1
    before = text[line_start : passage.open_at].rstrip()
    if not before and line_start > 0:
        previous = text[: line_start - 1].rstrip()
        line_start = previous.rfind("\n") + 1
        before = previous[line_start:] if previous.endswith(":") else ""
    if before[-1:] not in (":", ","):
        return []
    span = doc.char_span(line_start, line_start + len(before), alignment_mode="contract")
    if span is None:
        return []
    frame: list[Token] = []
    for token in reversed(span):
        if token.i in quoted or (token.text in (".", "?", "!") and frame):
            break
        frame.append(token)
    return frame[::-1]


def _paragraph_end(doc: Doc, start: int) -> int:
    for token in doc[start:]:
        if "\n" in token.text:
            return token.i
    return len(doc)


def _follows(previous: _Quotation, quotation: _Quotation) -> bool:
    """Whether an unattributed quotation continues ``previous``'s speaker: the same
    paragraph, or a paragraph that opens with it right after."""
    last = previous.passages[-1].paragraph
    first = quotation.passages[0].paragraph
    return first == last or first == last + 1


def _direct(doc: Doc, quotation: _Quotation, index: ActorIndex, quoted: frozenset[int]) -> Quote:
    """One direct quotation as a Quote; a "he"/"she" the actors stage left unresolved is
    the last person named outside quotation marks whom the pronoun can name."""
    article = text_of(doc)
    first, last = quotation.passages[0], quotation.passages[-1]
    text = article[first.start : first.end]
    for before, passage in zip(quotation.passages, quotation.passages[1:], strict=False):
        # an ellipsis stands for the cue between two parts; a paragraph break for nothing
        joint = " " if before.close_at is None else " … "
        text += joint + article[passage.start : passage.end]
    head = quotation.attribution.speaker if quotation.attribution is not None else None
    quote = _quote(text, first.start, last.end, "direct", quotation.attribution, head, index)
    if head is not None and head.lower_ in PERSON_PRONOUNS and head.i not in index.by_token:
        quote.speaker = index.person_before(head.i, head.lower_, skip=quoted)
    return quote


def _partial(doc: Doc, passage: Passage, index: ActorIndex) -> Quote:
    span = doc.char_span(passage.start, passage.end, alignment_mode="expand")
    attribution = partial_attribution(span[0]) if span is not None and len(span) else None
    speaker_head = attribution.speaker if attribution is not None else None
    text = text_of(doc)[passage.start : passage.end]
    return _quote(text, passage.start, passage.end, "partial", attribution, speaker_head, index)


def _indirect(
    doc: Doc, quoted: frozenset[int], index: ActorIndex, *, body_start: int
) -> list[Quote]:
    """Reported speech: the clauses a speech verb governs or follows ("..., X said"), the
    sentence "according to X" qualifies."""
    found = []
    for token in doc:
        if token.i in quoted or not is_speech_cue(token):
            continue
        head = speaker(token) or _actor_before(token, index)
        if head is None:
            continue
        attribution = Attribution(token, head)
        for content in _reported(token, head, body_start):
            if _share_in(content, quoted) < QUOTED_SHARE:
                start, end = content.start_char, content.end_char
                found.append(_quote(content.text, start, end, "indirect", attribution, head, index))
    return found


def _actor_before(cue: Token, index: ActorIndex) -> Token | None:
    """An actor's name the parse left without a role before the cue ("May said", with
    "May" read as a modal)."""
    return next((child for child in cue.lefts if child.i in index.tokens), None)


def _reported(cue: Token, head: Token, body_start: int) -> list[Span]:
    """The words a cue reports, without "that", the closing punctuation and anything
    before token ``body_start`` (the dateline): its clauses, the clause before "..., X
    said", or the sentence around "according to X"."""
    sentence = cue.sent
    clauses = [c for c in cue.children if c.dep_ == "ccomp"]
    opening = min(head.left_edge.i, cue.i)
    if cue.lower_ == "according":
        skip = {t.i for t in cue.subtree}
        reports = [[t for t in sentence if t.i not in skip]]
    elif clauses:
        reports = [
            [t for t in clause.subtree if not (t.dep_ == "mark" and t.i == clause.left_edge.i)]
            for clause in clauses
        ]
    elif opening > sentence.start and cue.doc[opening - 1].text == ",":
        before = cue.doc[sentence.start : opening - 1]
        verbless = not any(token.pos_ in ("VERB", "AUX") for token in before)
        if verbless or any(c.dep_ == "xcomp" for c in cue.children):
            return []  # "Under the deal, Ethiopia pledged to share intelligence": no words
        reports = [list(before)]
    else:
        return []
    return [span for words in reports for span in _trimmed([t for t in words if t.i >= body_start])]


def _trimmed(words: list[Token]) -> list[Span]:
    """The span from the first to the last word, without punctuation at either end (a
    quotation mark closing inside stays) and never across a paragraph break."""
    while words and (words[0].is_space or words[0].is_punct and not words[0].is_quote):
        words = words[1:]
    while words and (words[-1].is_space or words[-1].is_punct and not words[-1].is_quote):
        words = words[:-1]
    if not words or any("\n" in t.text for t in words):
        return []
    return [words[0].doc[words[0].i : words[-1].i + 1]]


def _share_in(span: Span, quoted: frozenset[int]) -> float:
    return sum(token.i in quoted for token in span) / len(span)


def _quote(
    text: str,
    start: int,
    end: int,
    kind: str,
    attribution: Attribution | None,
    speaker_head: Token | None,
    index: ActorIndex,
) -> Quote:
    if speaker_head is None and attribution is not None:
        speaker_head = _actor_before(attribution.cue, index)
    actors = index.actors(speaker_head) if speaker_head is not None else []
    return Quote(
        id="",
        speaker=actors[0] if actors else None,
        speaker_text=speaker_phrase(speaker_head) if speaker_head is not None else None,
        text=text,
        start=start,
        end=end,
        kind=kind,
        cue=attribution.cue_text if attribution is not None else None,
    )


def _quoted_tokens(doc: Doc, passages: list[Passage]) -> frozenset[int]:
    """Indices of the tokens inside quotation marks, the marks included."""
    quoted: set[int] = set()
    for passage in passages:
        end = passage.close_at + 1 if passage.close_at is not None else passage.end
        span = doc.char_span(passage.open_at, end, alignment_mode="expand")
        if span is not None:
            quoted.update(range(span.start, span.end))
    return frozenset(quoted)
