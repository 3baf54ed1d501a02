"""A Title Case headline is coded as its sentence-case twin: the casing of its words comes
from the body, the actor knowledge and the gazetteer, and the text is left as it was."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

import newsevents
from newsevents.headline_case import is_title_case, recase_headline, sentence_case

BODY = (
    "BRUSSELS (Reuters) - Officials gave no further details on Tuesday and said a statement "
    "would follow later in the week."
)


def _headline_events(coder: newsevents.Coder, headline: str, body: str = BODY) -> set[tuple]:
    coded = coder.code({"title": headline, "text": body, "published": "2025-06-10"})
    codes = {actor.id: actor.code for actor in coded.actors}
    return {
        (codes[event.source], event.cameo, codes.get(event.target or ""))
        for event in coded.events
        if event.trigger.end <= len(headline)
    }


def _recased(coder: newsevents.Coder, headline: str, body: str = BODY):
    doc = coder.nlp(f"{headline}\n\n{body}")
    names = partial(coder.actors.names_in, day=date(2025, 6, 10))
    replaced = recase_headline(doc, coder.nlp, headline_end=len(headline), find_names=names)
    return doc, replaced


@pytest.mark.parametrize(
    ("title_case", "sentence_case"),
    [
        (
            "Russia Expels 20 Polish Diplomats in Tit-for-tat Move",
            "Russia expels 20 Polish diplomats in tit-for-tat move",
        ),
        (
            "Zelensky Meets Trump at White House Amid Peace Push",
            "Zelensky meets Trump at White House amid peace push",
        ),
        (
            "Israeli Jets Strike Hezbollah Targets in Southern Lebanon",
            "Israeli jets strike Hezbollah targets in southern Lebanon",
        ),
        (
            "Ukraine Strikes Russian Oil Refinery with Long-Range Drones",
            "Ukraine strikes Russian oil refinery with long-range drones",
        ),
    ],
)
def test_title_case_headline_is_coded_as_in_sentence_case(
    coder: newsevents.Coder, title_case: str, sentence_case: str
) -> None:
    wanted = _headline_events(coder, sentence_case)
    assert wanted
    assert _headline_events(coder, title_case) == wanted


def test_title_case_headline_keeps_its_text_and_trigger_spans(coder: newsevents.Coder) -> None:
    headline = "Canada Imposes Tariffs on Chinese Steel Imports"
    coded = coder.code({"title": headline, "text": BODY, "published": "2025-06-10"})
    assert coded.article.text.startswith(headline)
    triggers = [event.trigger for event in coded.events if event.trigger.end <= len(headline)]
    assert [trigger.text for trigger in triggers] == ["Tariffs"]
    assert all(headline[t.start : t.end] == t.text for t in triggers)


def _sentence_case(coder: newsevents.Coder, headline: str, body: str = BODY) -> list[str]:
    doc = coder.nlp(f"{headline}\n\n{body}")
    names = partial(coder.actors.names_in, day=date(2025, 6, 10))
    return sentence_case(doc.char_span(0, len(headline)), names)


def test_body_keeps_a_name_it_writes_with_a_capital(coder: newsevents.Coder) -> None:
    body = "India said Operation Sindoor had hit nine sites, and that Operation Sindoor was over."
    assert _sentence_case(coder, "India Ends Operation Sindoor After Talks", body) == [
        "India",
        "ends",
        "Operation",
        "Sindoor",
        "after",
        "talks",
    ]


def test_known_people_and_actors_keep_their_capitals(coder: newsevents.Coder) -> None:
    words = _sentence_case(coder, "Zelensky Meets Trump at UN Security Council in Jenin")
    assert words == ["Zelensky", "meets", "Trump", "at", "UN", "Security", "Council", "in", "jenin"]
    body = "Officials in Jenin said the talks went well, and that Jenin was calm."
    assert (
        _sentence_case(coder, "Zelensky Meets Trump at UN Security Council in Jenin", body)[-1]
        == "Jenin"
    )


def test_a_common_word_that_is_a_town_is_lowered(coder: newsevents.Coder) -> None:
    # Split is a city in Croatia; a headline's "Split" is a split
    assert _sentence_case(coder, "Coalition Faces Split Over Aid Package")[2] == "split"


def test_sentence_case_headline_keeps_its_first_parse(coder: newsevents.Coder) -> None:
    headline = "Japan protests Chinese coast guard incursion near Senkaku islands"
    doc, replaced = _recased(coder, headline)
    first = coder.nlp(f"{headline}\n\n{BODY}")
    assert not replaced
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in first]


def test_body_after_a_recased_headline_keeps_its_parse(coder: newsevents.Coder) -> None:
    doc, replaced = _recased(coder, "Japan Protests Chinese Coast Guard Incursion")
    first = coder.nlp(f"Japan Protests Chinese Coast Guard Incursion\n\n{BODY}")
    body_start = 7
    assert replaced
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc[body_start:]] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in first[body_start:]
    ]


@pytest.mark.parametrize(
    ("headline", "title_case"),
    [
        ("Russia Expels 20 Polish Diplomats in Tit-for-tat Move", True),
        ("EU to Impose New Sanctions on Iran", True),
        ("NATO Chief Warns Russia", True),
        ("Kim Jong Un visits Moscow for talks", False),
        ("Vladimir Putin", False),  # too few words to tell
        ("UN SECURITY COUNCIL MEETS", False),  # all capitals is another style
    ],
)
def test_is_title_case(coder: newsevents.Coder, headline: str, title_case: bool) -> None:
    assert is_title_case(coder.nlp(headline)[:]) is title_case


@pytest.mark.parametrize(
    ("title_case", "sentence_case"),
    [
        (
            "Mali Junta Expels French Ambassador Over Colonial Remarks",
            "Mali junta expels French ambassador over colonial remarks",
        ),
        (
            "Egypt Hosts Hamas Delegation for Ceasefire Talks",
            "Egypt hosts Hamas delegation for ceasefire talks",
        ),
    ],
)
def test_recased_headline_is_parsed_as_its_sentence_case_twin(
    coder: newsevents.Coder, title_case: str, sentence_case: str
) -> None:
    # the second parse reads the body's first words too, as the first did
    doc, replaced = _recased(coder, title_case)
    twin = coder.nlp(f"{sentence_case}\n\n{BODY}")
    assert replaced
    assert [(t.tag_, t.dep_, t.head.i) for t in doc] == [(t.tag_, t.dep_, t.head.i) for t in twin]
