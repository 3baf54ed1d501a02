"""A known person's surname the model reads as a common word at the start of a sentence
("Trump imposed tariffs on Canada") is parsed again as a name, and the sentence is coded
as the same sentence with the full name would be; the text is left as it was."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.misread_names import reparse_misread_names

PUBLISHED = "2025-06-10"


def _events(coder: newsevents.Coder, text: str) -> set[tuple[str | None, str, str | None]]:
    coded = coder.code({"text": text, "published": PUBLISHED})
    codes = {actor.id: actor.code for actor in coded.actors}
    return {
        (codes[event.source], event.cameo, codes.get(event.target or "")) for event in coded.events
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "{} imposed tariffs on Canada on Saturday.",
        "{} met Putin at a military base in Alaska.",
        "{} paused the tariffs on Mexico for a month.",
        "{} and Egyptian President Sisi signed a declaration in Sharm el-Sheikh.",
        "{} hosted Ramaphosa at the White House on Wednesday.",
    ],
)
def test_a_misread_surname_codes_as_the_full_name_does(
    coder: newsevents.Coder, sentence: str
) -> None:
    surname = _events(coder, sentence.format("Trump"))
    assert surname, sentence
    assert surname == _events(coder, sentence.format("President Donald Trump"))


def test_the_text_is_left_as_it_was(coder: newsevents.Coder) -> None:
    text = "Canada retaliated on Sunday. Trump imposed tariffs on Canada."
    coded = coder.code({"text": text, "published": PUBLISHED})
    assert coded.article.text == text
    (trump,) = [actor for actor in coded.actors if actor.code == "USAGOV"]
    assert [mention.text for mention in trump.mentions] == ["Trump"]


def test_a_stop_word_that_is_a_surname_is_read_as_the_word(coder: newsevents.Coder) -> None:
    doc = coder.nlp("In Moscow, Liz Truss met Sergey Lavrov for talks.")
    before = [(token.tag_, token.dep_, token.head.i) for token in doc]
    assert reparse_misread_names(doc, coder.nlp, find_surnames=lambda span: [span[0:1]]) == 0
    assert [(token.tag_, token.dep_, token.head.i) for token in doc] == before


def test_a_surname_read_as_a_name_is_not_parsed_again(coder: newsevents.Coder) -> None:
    doc = coder.nlp("President Trump imposed tariffs on Canada.")
    assert reparse_misread_names(doc, coder.nlp, find_surnames=lambda span: [span[1:2]]) == 0


def test_the_surname_of_someone_out_of_office_is_read_as_the_word(
    coder: newsevents.Coder,
) -> None:
    text = "Gang members torched dozens of homes in the Port-au-Prince suburb of Gressier."
    coded = coder.code({"text": text, "published": PUBLISHED})
    assert not [actor for actor in coded.actors if actor.kind == "person"]
