"""Places named in an article: the dateline city first, mentions of one place merged."""

from __future__ import annotations

from spacy.tokens import Doc

import newsevents
from newsevents.records import Dateline
from newsevents.where import find_places

MOSCOW_STORY = (
    "Russia summons German envoy\n\nMOSCOW, March 18 (AFP) - Russia's foreign ministry "
    "summoned the German ambassador on Wednesday. Officials in Moscow said the envoy was "
    "handed a protest note over the arrests in Berlin."
)


def test_where_dateline_city_is_first_place(coder: newsevents.Coder) -> None:
    coded = coder.code(MOSCOW_STORY, published="2015-03-18")
    assert coded.places[0].name == "Moscow"


def test_where_dateline_and_body_mentions_merged(coder: newsevents.Coder) -> None:
    coded = coder.code(MOSCOW_STORY, published="2015-03-18")
    (moscow,) = [place for place in coded.places if place.name.casefold() == "moscow"]
    assert moscow.name == "Moscow"
    assert [coded.article.text[m.start : m.end] for m in moscow.mentions] == ["MOSCOW", "Moscow"]


def test_where_every_place_named_once(coder: newsevents.Coder) -> None:
    coded = coder.code(MOSCOW_STORY, published="2015-03-18")
    names = [place.name.casefold() for place in coded.places]
    assert len(names) == len(set(names))
    assert "berlin" in names


def test_where_mentions_slice_the_place_name(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "NAIROBI, Kenya, June 25, 2024 (AP) — Kenyan police fired tear gas at protesters in "
        "Nairobi on Tuesday, while smaller crowds gathered in Mombasa and Kisumu.",
    )
    for place in coded.places:
        for mention in place.mentions:
            assert (
                coded.article.text[mention.start : mention.end].casefold() == place.name.casefold()
            )


def test_where_no_dateline_places_in_text_order(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Ethiopia and Eritrea agreed on Monday to reopen their embassies, Ethiopian officials "
        "said after talks in Asmara.",
        published="2018-07-09",
    )
    names = [place.name for place in coded.places]
    assert names.index("Ethiopia") < names.index("Asmara")


def test_where_hand_built_doc_merges_dateline_and_entity(coder: newsevents.Coder) -> None:
    # The entities set by hand, so the test holds whatever the model finds
    words = ["MOSCOW", "(", "AFP", ")", "-", "Talks", "in", "Moscow", "and", "Kyiv", "ended", "."]
    spaces = [True, False, False, True, True, True, True, True, True, True, False, False]
    ents = ["B-GPE", "O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"]
    doc = Doc(coder.nlp.vocab, words=words, spaces=spaces, ents=ents)
    assert doc.text == "MOSCOW (AFP) - Talks in Moscow and Kyiv ended."
    dateline = Dateline(place="Moscow", start=0, end=15, outlet="Agence France-Presse")
    places = find_places(doc, dateline=dateline)
    assert [(place.name, [(m.start, m.end) for m in place.mentions]) for place in places] == [
        ("Moscow", [(0, 6), (24, 30)]),
        ("Kyiv", [(35, 39)]),
    ]


def test_where_mentions_sorted_by_position_when_headline_names_dateline_city(
    coder: newsevents.Coder,
) -> None:
    # The headline names Moscow before the dateline's MOSCOW; entities set by hand
    words = ["Kyiv", "protests", "Moscow", "strike", "MOSCOW", "(", "AFP", ")", "-"]
    words += ["Talks", "in", "Moscow", "ended", "."]
    spaces = [True, True, True, True, True, False, False, True, True]
    spaces += [True, True, True, False, False]
    ents = ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "B-ORG", "O", "O"]
    ents += ["O", "O", "B-GPE", "O", "O"]
    doc = Doc(coder.nlp.vocab, words=words, spaces=spaces, ents=ents)
    assert doc.text == "Kyiv protests Moscow strike MOSCOW (AFP) - Talks in Moscow ended."
    dateline = Dateline(place="Moscow", start=28, end=43, outlet="Agence France-Presse")
    places = find_places(doc, dateline=dateline)
    assert [(place.name, [(m.start, m.end) for m in place.mentions]) for place in places] == [
        ("Moscow", [(14, 20), (28, 34), (52, 58)]),
        ("Kyiv", [(0, 4)]),
    ]


def test_where_headline_and_dateline_mentions_in_text_order(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Moscow summons German envoy\n\nMOSCOW, March 18 (AFP) - Russia summoned the German "
        "ambassador on Wednesday. Officials in Moscow said so.",
        published="2015-03-18",
    )
    moscow = coded.places[0]
    starts = [mention.start for mention in moscow.mentions]
    assert starts == sorted(starts)
    assert [coded.article.text[m.start : m.end] for m in moscow.mentions] == [
        "Moscow",
        "MOSCOW",
        "Moscow",
    ]


def test_where_washington_dc_dateline_city_is_first_place(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "WASHINGTON, D.C. (AP) — The United States imposed sanctions on Iran on Thursday, "
        "officials in Washington said.",
        published="2015-03-18",
    )
    assert coded.article.dateline is not None
    assert (coded.article.dateline.place, coded.article.outlet) == (
        "Washington",
        "Associated Press",
    )
    washington = coded.places[0]
    assert washington.name == "Washington"
    assert [coded.article.text[m.start : m.end] for m in washington.mentions] == [
        "WASHINGTON",
        "Washington",
    ]
