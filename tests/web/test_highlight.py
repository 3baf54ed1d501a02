"""The reader's pieces: overlapping marks cut the text into flat spans, each knowing every
mark over it, and the pieces give back the text unchanged."""

from __future__ import annotations

import pytest

from newsevents.web.highlight import pieces

pytestmark = pytest.mark.issue(9)

TEXT = 'Germany condemned the strike. "It is a crime," Chancellor Olaf Scholz said of Russia.'


def _document() -> dict:
    start_quote = TEXT.index('"') + 1
    return {
        "article": {"text": TEXT},
        "actors": [
            {"id": "a1", "mentions": [{"start": 0, "end": 7}]},
            {"id": "a2", "mentions": [{"start": 47, "end": 69}]},
            {"id": "a3", "mentions": [{"start": 78, "end": 84}]},
        ],
        "events": [
            {
                "id": "e1",
                "trigger": {"start": 8, "end": 17, "text": "condemned"},
                "sentence": {"start": 0, "end": 29},
            }
        ],
        "quotes": [{"id": "q1", "start": start_quote, "end": start_quote + 14}],
    }


def test_pieces_give_back_the_text():
    assert "".join(piece.text for piece in pieces(_document())) == TEXT


def test_each_piece_knows_the_marks_over_it():
    by_text = {piece.text: piece for piece in pieces(_document())}

    assert by_text["Germany"].actors == ("a1",) and by_text["Germany"].sentences == ("e1",)
    assert by_text["condemned"].triggers == ("e1",) and by_text["condemned"].sentences == ("e1",)
    assert by_text["It is a crime,"].quotes == ("q1",)
    assert by_text["Chancellor Olaf Scholz"].actors == ("a2",)
    assert not by_text["Chancellor Olaf Scholz"].quotes
    assert not by_text[" said of "].marked


def test_a_mark_inside_another_splits_it():
    document = _document()
    document["actors"].append({"id": "a4", "mentions": [{"start": 58, "end": 69}]})  # Olaf Scholz
    texts = [(p.text, p.actors) for p in pieces(document) if p.actors]
    assert ("Chancellor ", ("a2",)) in texts and ("Olaf Scholz", ("a2", "a4")) in texts


def test_marks_outside_the_text_are_left_out():
    document = _document()
    document["quotes"].append({"id": "q2", "start": 80, "end": 500})
    assert all("q2" not in piece.quotes for piece in pieces(document))
    assert "".join(piece.text for piece in pieces(document)) == TEXT
