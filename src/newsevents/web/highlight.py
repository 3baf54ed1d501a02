"""Cut a coded article's text into pieces for the reader: each piece knows which actors,
event triggers, quotations and event sentences cover it, so a page can colour it.

Marks overlap (an actor inside a quotation, a trigger inside an event's sentence), so the
text is cut at every mark's start and end and each piece carries the set of marks over it:
flat spans, no nesting to get wrong.

Example:
    >>> document = {"article": {"text": "Poland expelled them."},
    ...             "actors": [{"id": "a1", "mentions": [{"start": 0, "end": 6}]}],
    ...             "events": [], "quotes": []}
    >>> [(piece.text, piece.actors) for piece in pieces(document)]
    [('Poland', ('a1',)), (' expelled them.', ())]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# the kinds of mark, as Piece names them
KINDS = ("actors", "triggers", "quotes", "sentences")


@dataclass(frozen=True)
class Piece:
    """A stretch of text under the same marks, each a tuple of ids (a1, e2, q3)."""

    text: str
    actors: tuple[str, ...] = ()
    triggers: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    sentences: tuple[str, ...] = ()  # the events whose sentence this is

    @property
    def marked(self) -> bool:
        return any(getattr(self, kind) for kind in KINDS)


def pieces(document: dict[str, Any]) -> list[Piece]:
    """The article text of ``document`` (the output contract), cut at every mark."""
    text = document["article"]["text"]
    spans = list(_marks(document, len(text)))
    cuts = sorted({0, len(text), *(edge for _, _, start, end in spans for edge in (start, end))})
    starting: dict[int, list[tuple[str, str]]] = defaultdict(list)
    ending: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for kind, mark_id, start, end in spans:
        starting[start].append((kind, mark_id))
        ending[end].append((kind, mark_id))
    open_marks: dict[tuple[str, str], int] = defaultdict(int)
    result = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        for mark in ending[start]:
            open_marks[mark] -= 1
        for mark in starting[start]:
            open_marks[mark] += 1
        over: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for (kind, mark_id), count in open_marks.items():
            if count > 0:
                over[kind].append(mark_id)
        result.append(Piece(text[start:end], **{k: tuple(sorted(v)) for k, v in over.items()}))
    return result


def _marks(document: dict[str, Any], length: int) -> Iterator[tuple[str, str, int, int]]:
    """(kind, id, start, end) of every mark that lies inside the text."""
    found: list[tuple[str, str, int, int]] = []
    for actor in document.get("actors", []):
        for mention in actor.get("mentions", []):
            found.append(("actors", actor["id"], mention["start"], mention["end"]))
    for event in document.get("events", []):
        if trigger := event.get("trigger"):
            found.append(("triggers", event["id"], trigger["start"], trigger["end"]))
        if sentence := event.get("sentence"):
            found.append(("sentences", event["id"], sentence["start"], sentence["end"]))
    for quote in document.get("quotes", []):
        found.append(("quotes", quote["id"], quote["start"], quote["end"]))
    return (mark for mark in found if 0 <= mark[2] < mark[3] <= length)
