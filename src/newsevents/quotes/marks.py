"""Quotation marks paired into quoted passages, paragraph by paragraph.

Wire copy opens and closes quotations with straight (") or curly (“ ”) double marks. A
quotation that runs into the next paragraph leaves the first paragraph open and reopens
the next with a mark, so pairing restarts at each paragraph (one line of the text) and an
open mark at a paragraph's end closes there. Doubled apostrophes ('' and ``), as some
archives write quotation marks, count as one straight double mark. Single marks (‘ ’ and
') count only in a headline without double marks, where house styles quote with them
("Kremlin 'not worried'") and apostrophes are rare.

Example:
    >>> [(p.start, p.end) for p in quoted_passages('He said: "We will stay."')]
    [(10, 23)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPENING = "“„"
DOUBLE_CLOSING = "”"
SINGLE_OPENING = "‘"
SINGLE_CLOSING = "’"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
# What a quotation's text loses at its end: the comma before its cue ("...," she said).
TRAILING = ", \t"
_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLED = re.compile(r"''|``")


@dataclass(frozen=True)
class Passage:
    """The text between one pair of quotation marks, within one paragraph."""

    start: int  # first character inside the marks
    end: int  # one past the last character inside (a trailing comma left out)
    open_at: int  # the opening mark
    close_at: int | None  # the closing mark; None when the paragraph ends first
    paragraph: int  # the paragraph's number, 0 for the headline


def quoted_passages(text: str) -> list[Passage]:
    """Every quoted passage of ``text`` in order; a passage left open at the end of its
    paragraph has ``close_at`` None (the quotation continues in the next paragraph)."""
    passages = []
    for number, paragraph in enumerate(_PARAGRAPH.finditer(text)):
        # a doubled apostrophe becomes a straight mark and a blank of the same width
        marks = _DOUBLED.sub('" ', paragraph.group())
        pairs = _pairs(marks, double=True)
        if number == 0 and not pairs:
            pairs = _pairs(marks, double=False)
        for opening, closing in pairs:
            width = (
                2
                if marks[opening + 1 : opening + 2] == " "
                and _DOUBLED.match(paragraph.group(), opening)
                else 1
            )
            start = paragraph.start() + opening + width
            end = paragraph.start() + (closing if closing is not None else len(paragraph.group()))
            inner = text[start:end]
            start += len(inner) - len(inner.lstrip())
            end = start + len(inner.strip().rstrip(TRAILING))
            if end > start:
                close_at = paragraph.start() + closing if closing is not None else None
                open_at = paragraph.start() + opening
                passages.append(Passage(start, end, open_at, close_at, number))
    return passages


def _pairs(paragraph: str, *, double: bool) -> list[tuple[int, int | None]]:
    """(opening, closing) positions of the marks of one paragraph; closing is None for a
    passage still open at the paragraph's end."""
    pairs: list[tuple[int, int | None]] = []
    opening: int | None = None
    for position in range(len(paragraph)):
        if opening is None and _opens(paragraph, position, double=double):
            opening = position
        elif opening is not None and _closes(paragraph, position, double=double):
            pairs.append((opening, position))
            opening = None
    if opening is not None:
        pairs.append((opening, None))
    return pairs


def _opens(paragraph: str, position: int, *, double: bool) -> bool:
    char = paragraph[position]
    if double:
        return char in DOUBLE_OPENING or char == STRAIGHT_DOUBLE
    before = paragraph[position - 1] if position else " "
    after = paragraph[position + 1 : position + 2]
    if char == SINGLE_OPENING:
        return True
    return char == STRAIGHT_SINGLE and not before.isalnum() and after.isalnum()


def _closes(paragraph: str, position: int, *, double: bool) -> bool:
    char = paragraph[position]
    if double:
        return char in DOUBLE_CLOSING or char == STRAIGHT_DOUBLE
    after = paragraph[position + 1 : position + 2]
    # an apostrophe inside a word ("Kremlin's") does not close a single-quoted passage
    return char in (SINGLE_CLOSING, STRAIGHT_SINGLE) and not after.isalnum()
