"""Places named in an article: the dateline city first, mentions of one place merged."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import newsevents
from newsevents.records import Actor, CodedArticle, Dateline, Mention, Place
from newsevents.where import find_places
from newsevents.where.gazetteer import packaged_gazetteer
from newsevents.where.geocode import geocode

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


# Geocoding (issue 6): which place a name means, with its country and point

PUBLISHED = "2024-05-01"


def place_named(coded: CodedArticle, name: str) -> Place:
    found = [place for place in coded.places if place.name == name]
    assert len(found) == 1, [(place.name, place.country) for place in coded.places]
    return found[0]


def geocoded(name: str, qualifier: str | None = None) -> Place:
    """``name`` geocoded alone, qualified as in "Paris, Texas" when ``qualifier`` is given."""
    place = Place(name=name)
    qualifiers = {id(place): qualifier} if qualifier else None
    geocode([place], packaged_gazetteer(), qualifiers=qualifiers)
    return place


@pytest.mark.issue(6)
def test_where_country_name_geocoded_to_a_point_inside_it(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Ethiopia and Kenya agreed on Monday to reopen their shared border to traders.",
        published=PUBLISHED,
    )
    ethiopia = place_named(coded, "Ethiopia")
    assert ethiopia.country == "ETH"
    assert ethiopia.lat is not None and ethiopia.lon is not None
    assert 3 < ethiopia.lat < 15
    assert 33 < ethiopia.lon < 48


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Protests spread across Georgia\n\nTBILISI (Reuters) — Thousands of people marched "
            "in Georgia on Sunday, Georgian officials said.",
            "GEO",
        ),
        (
            "Protests spread across Georgia on Sunday. Georgian officials said police in Tbilisi "
            "had detained dozens of people.",
            "GEO",
        ),
        (
            "Storms hit Georgia\n\nATLANTA (AP) — Heavy storms swept across Georgia on Thursday, "
            "cutting power to thousands of homes, officials in Atlanta said.",
            "USA",
        ),
        (
            "Heavy storms swept across Georgia on Thursday, cutting power to thousands of homes "
            "in Atlanta and Savannah.",
            "USA",
        ),
    ],
    ids=["tbilisi-dateline", "tbilisi-body", "atlanta-dateline", "atlanta-body"],
)
def test_where_georgia_is_the_state_or_the_us_state_by_the_story(
    coder: newsevents.Coder, text: str, country: str
) -> None:
    assert place_named(coder.code(text, published=PUBLISHED), "Georgia").country == country


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Clashes broke out in Tripoli on Sunday, officials said.", "LBY"),
        (
            "BEIRUT (Reuters) — Clashes broke out in Tripoli on Sunday between rival gunmen, "
            "security sources said.",
            "LBN",
        ),
        ("Clashes broke out in Tripoli, Lebanon, on Sunday between rival gunmen.", "LBN"),
    ],
    ids=["no-context", "beirut-dateline", "qualified"],
)
def test_where_tripoli_is_libyas_unless_the_story_points_to_lebanon(
    coder: newsevents.Coder, text: str, country: str
) -> None:
    assert place_named(coder.code(text, published=PUBLISHED), "Tripoli").country == country


@pytest.mark.issue(6)
def test_where_washington_is_the_us_capital_not_the_state(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Officials in Washington said on Monday that the talks would resume next week.",
        published=PUBLISHED,
    )
    washington = place_named(coded, "Washington")
    assert washington.country == "USA"
    assert (washington.lat, washington.lon) == (
        pytest.approx(38.9, abs=0.2),
        pytest.approx(-77.0, abs=0.2),
    )


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("qualifier", "country"), [("Texas", "USA"), (None, "FRA")], ids=["texas", "alone"]
)
def test_where_qualifier_decides_which_paris(qualifier: str | None, country: str) -> None:
    assert geocoded("Paris", qualifier).country == country


@pytest.mark.issue(6)
def test_where_english_exonym_kiev_is_kyiv(coder: newsevents.Coder) -> None:
    (candidate,) = packaged_gazetteer().candidates("Kiev")
    assert (candidate.entry.name, candidate.entry.country) == ("Kyiv", "UKR")
    coded = coder.code(
        "Protesters gathered in Kiev on Sunday to demand new elections.", published=PUBLISHED
    )
    kiev = place_named(coded, "Kiev")
    assert (kiev.country, kiev.lat) == ("UKR", pytest.approx(50.45, abs=0.1))


@pytest.mark.issue(6)
def test_where_st_petersburg_in_a_russian_story_is_russias(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Russian officials said on Monday that a new bridge in St. Petersburg would open next "
        "month.",
        published=PUBLISHED,
    )
    city = place_named(coded, "St. Petersburg")
    assert (city.country, city.lat) == ("RUS", pytest.approx(59.94, abs=0.1))


@pytest.mark.issue(6)
def test_where_alternate_name_does_not_beat_a_places_own_name(coder: newsevents.Coder) -> None:
    # GeoNames lists "Salisbury" as an old name of Harare; the English town bears it as its own
    coded = coder.code(
        "LONDON (Reuters) — British police closed several streets in Salisbury on Monday after "
        "a suspected chemical leak.",
        published=PUBLISHED,
    )
    assert place_named(coded, "Salisbury").country == "GBR"
    countries = {c.entry.country for c in packaged_gazetteer().candidates("Salisbury")}
    assert "ZWE" not in countries


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("name", "country", "point"),
    [("the Kremlin", "RUS", (55.75, 37.6)), ("White House", "USA", (38.9, -77.04))],
)
def test_where_seat_of_power_has_its_country_and_point(
    name: str, country: str, point: tuple[float, float]
) -> None:
    (candidate,) = packaged_gazetteer().candidates(name)
    assert (candidate.entry.kind, candidate.entry.country) == ("seat", country)
    assert (candidate.entry.lat, candidate.entry.lon) == pytest.approx(point, abs=0.1)
    place = geocoded(name)
    assert (place.country, place.lat, place.lon) == (
        country,
        candidate.entry.lat,
        candidate.entry.lon,
    )


@pytest.mark.issue(6)
def test_where_direction_before_a_known_region_is_part_of_the_place(
    coder: newsevents.Coder,
) -> None:
    coded = coder.code(
        "Israeli troops will withdraw from southern Lebanon next month, officials said.",
        published=PUBLISHED,
    )
    assert [(place.name, place.country) for place in coded.places] == [("southern Lebanon", "LBN")]


@pytest.mark.issue(6)
def test_where_sea_has_a_point_and_no_country(coder: newsevents.Coder) -> None:
    coded = coder.code("Russian warships sailed into the Black Sea on Monday.", published=PUBLISHED)
    sea = place_named(coded, "Black Sea")
    assert sea.country is None
    assert sea.lat is not None and sea.lon is not None


@pytest.mark.issue(6)
def test_where_gaza_strip_is_palestinian_territory(coder: newsevents.Coder) -> None:
    coded = coder.code("Aid trucks entered the Gaza Strip on Monday.", published=PUBLISHED)
    assert place_named(coded, "Gaza Strip").country == "PSE"


@pytest.mark.issue(6)
def test_where_dateline_with_region_gives_the_article_place(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "KYIV, Ukraine (AP) — Ukrainian officials said on Monday that power had been restored "
        "to most of the city.",
        published=PUBLISHED,
    )
    place = coded.article.place
    assert place is not None
    assert (place.name, place.country) == ("Kyiv", "UKR")
    assert (place.lat, place.lon) == (pytest.approx(50.45, abs=0.1), pytest.approx(30.52, abs=0.1))


@pytest.mark.issue(6)
def test_where_entity_found_to_be_a_person_is_no_place(coder: newsevents.Coder) -> None:
    # The model's mistake made by hand: the person "Navalny" tagged as a GPE
    words = ["Police", "detained", "Navalny", "in", "Moscow", "."]
    spaces = [True, True, True, True, False, False]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(coder.nlp.vocab, words=words, spaces=spaces, ents=ents)
    assert doc.text == "Police detained Navalny in Moscow."
    assert [place.name for place in find_places(doc)] == ["Navalny", "Moscow"]
    navalny = Actor(id="a1", name="Navalny", kind="person", mentions=[Mention(16, 23, "Navalny")])
    assert doc.text[16:23] == "Navalny"
    assert [place.name for place in find_places(doc, actors=[navalny])] == ["Moscow"]


def test_a_name_the_text_calls_a_town_is_a_place(coder: newsevents.Coder) -> None:
    coded = coder.code("A roadside bomb near the town of Samarra killed one soldier on Sunday.")
    assert ("Samarra", "IRQ") in [(place.name, place.country) for place in coded.places]


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        ("Russian forces shelled Kharkiv overnight.", "Kharkiv", "UKR"),  # tagged a person
        ("Russian missiles struck Odesa on Tuesday.", "Odesa", "UKR"),  # not tagged
        ("Ukrainian drones hit Belgorod, officials said.", "Belgorod", "RUS"),  # organisation
        ("Syrian rebels seized control of Aleppo on Friday.", "Aleppo", "SYR"),
        ("Government troops have taken the historic cities of Axum and Adwa.", "Adwa", "ETH"),
        # tagged an event with the next word, a product, and nothing as the first word
        ("Russian forces shelled Pokrovsk overnight, killing three civilians.", "Pokrovsk", "UKR"),
        ("Ukrainian drones struck an oil depot near Kursk on Tuesday.", "Kursk", "RUS"),
        ("Kharkiv was shelled again early on Sunday, the governor said.", "Kharkiv", "UKR"),
        # a two-word town tagged a person is not a person's name for ending with "Yar"
        ("Russian forces launched a fresh assault on Chasiv Yar.", "Chasiv Yar", "UKR"),
        ("Brussels urged Belgrade to normalize ties with Pristina.", "Pristina", "XKX"),
        ("Houthi rebels fired missiles at ships off Hodeidah.", "Hodeidah", "YEM"),
        # tagged an organisation and a common noun
        ("Rebel fighters seized Homs after government forces retreated.", "Homs", "SYR"),
        # tagged a time with the next word
        ("Russian forces fired missiles at Kyiv overnight.", "Kyiv", "UKR"),
    ],
)
def test_where_a_place_the_tagger_missed_is_a_place(
    coder: newsevents.Coder, text: str, place: str, country: str
) -> None:
    coded = coder.code(text)
    assert (place, country) in [(found.name, found.country) for found in coded.places]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person's surname, a capitalised first word, a known actor's name, a name
        # tagged a person that does something, a word of a title-case headline, a common
        # word
        (
            "Defense Secretary Lloyd Austin met Ukrainian officials. Austin said aid would come.",
            "Austin",
        ),
        ("Young Algerians blocked roads leading to the city centre on Sunday.", "Young"),
        ("Israel said Hamas had rejected the proposal.", "Hamas"),
        ("Austin criticized China over its military drills near Taiwan.", "Austin"),
        ("Coalition Faces Split Over Aid Package\n\nThe coalition met on Monday.", "Split"),
        # "airport", a proper noun here, is also a town in California
        ("Supporters had gathered to greet him at Vnukovo airport, his destination.", "airport"),
        # a month after "in" is a time, though March is also a town in England
        ("Egypt said the talks would resume in March.", "March"),
    ],
)
def test_where_a_name_that_is_also_a_town_is_no_place_where_it_names_else(
    coder: newsevents.Coder, text: str, name: str
) -> None:
    coded = coder.code(text)
    assert name not in [place.name for place in coded.places]


def test_an_alternate_name_news_uses_for_something_else_is_no_place(
    coder: newsevents.Coder,
) -> None:
    assert packaged_gazetteer().candidates("Molotov") == []
    coded = coder.code({"text": "Protesters hurled Molotov cocktails at riot police in Tbilisi."})
    assert not [actor for actor in coded.actors if actor.country == "RUS"], coded.actors
    assert packaged_gazetteer().country_of("Perm") == "RUS"
