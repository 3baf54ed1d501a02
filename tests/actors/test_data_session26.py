"""Actors and places a QA pass found missing (session 26): agent nouns ("looters",
"truckers", "protest leaders", "student leaders", relatives and families,
"rapper", "tribunal", "royal family"), the US National Guard, Pakistan's PTI named before
its people and its National Security Committee, Bolivia's MAS, Evo Morales and Luis Arce,
Turkey's Ekrem Imamoglu and Selahattin Demirtas, the rapper Toomaj Salehi, Kenya's interior
minister Kipchumba Murkomen, "the Awami League party", Libya's National Transitional
Council, "the Zionist regime" (Israel's government), Delhi Police; Homs's Baba Amr and the
names of Kashmir's two sides; Pakistan's Punjab as a division like India's.
The sentences are invented. Each row has a near miss that must stay as it is: "told PTI"
is the news agency, not the party; other states' national guards are their own; Artur Mas
is no Bolivian party; Israel's National Security Council is Israel's; the UN's Hague
tribunal is the UN's; Religious Zionism is still a party; Gaza, the Golan and Kashmir
stay regions with a claimant and no code; "the family" alone is no agent noun (a family
dinner). Supporters are people, of whom they support ("supporters of Imran Khan")."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.where.gazetteer import packaged_gazetteer

from .test_naming import actor_for, code, describe

pytestmark = pytest.mark.issue(4)

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(
    ("text", "words", "code_"),
    [
        # agent nouns
        ("Police in Nairobi detained dozens of looters.", "looters", "KENCRM"),
        ("Canadian truckers blocked the Ambassador Bridge.", "Canadian truckers", "CANLAB"),
        (
            "Kenyan truck drivers blocked the Malaba border crossing.",
            "Kenyan truck drivers",
            "KENLAB",
        ),
        ("Bangladeshi police detained three protest leaders.", "protest leaders", "BGDCVL"),
        (
            "Bangladeshi student leaders met the army chief.",
            "Bangladeshi student leaders",
            "BGDEDU",
        ),
        ("Relatives of the missing men marched to the Kenyan parliament.", "Relatives", "KENCVL"),
        ("Family members of the victims sued the Kenyan police.", "Family members", "KENCVL"),
        ("Iranian police detained a rapper in Isfahan.", "rapper", "IRNCVL"),
        ("A Bangladeshi tribunal convicted the former minister.", "Bangladeshi tribunal", "BGDJUD"),
        ("The royal family met the Saudi king.", "royal family", "SAUGOV"),
        ("The National Guard patrolled the streets of Washington.", "National Guard", "USAMIL"),
        ("Mexico sent National Guard troops to its northern border.", "troops", "MEXMIL"),
        ("Trump deployed the National Guard to Los Angeles.", "National Guard", "USAMIL"),
        # parties, bodies and people
        ("PTI workers marched on Islamabad.", "PTI workers", "PAKPTYPTI"),
        ("Police detained PTI activists in Karachi.", "PTI activists", "PAKPTYPTI"),
        (
            "The Movement for Socialism accused the opposition of a coup.",
            "Movement for Socialism",
            "BOLPTYMAS",
        ),
        ("Evo Morales accused Luis Arce of betrayal.", "Evo Morales", "BOLELI"),
        ("Evo Morales accused Luis Arce of betrayal.", "Luis Arce", "BOLGOV"),
        ("An Iranian court sentenced Toomaj Salehi to death.", "Toomaj Salehi", "IRNCVL"),
        ("Selahattin Demirtas called for peace with the PKK.", "Selahattin Demirtas", "TURELI"),
        (
            "Ekrem Imamoglu accused the government of a political coup.",
            "Ekrem Imamoglu",
            "TUROPP",
        ),
        ("Imamoglu urged supporters to stay calm.", "Imamoglu", "TUROPP"),
        ("Kipchumba Murkomen ordered police to shoot looters.", "Kipchumba Murkomen", "KENGOV"),
        ("Murkomen met police commanders in Nairobi.", "Murkomen", "KENGOV"),
        (
            "The National Security Committee vowed to respond to India.",
            "National Security Committee",
            "PAKGOV",
        ),
        ("The Awami League party called a general strike.", "Awami League party", "BGDPTYAWL"),
        (
            "The National Transitional Council took control of Tripoli.",
            "National Transitional Council",
            "LBYREBNTC",
        ),
        ("Hezbollah vowed to fight the Zionist regime.", "Zionist regime", "ISRGOV"),
        ("Hamas accused the Zionist entity of genocide.", "Zionist entity", "ISRGOV"),
        ("Delhi Police detained 12 protesters.", "Delhi Police", "INDCOP"),
        (
            "Police in Lahore arrested supporters of former prime minister Imran Khan.",
            "supporters of former prime minister Imran Khan",
            "PAKCVL",
        ),
        # near misses that stay as they were
        ("Ukraine's National Guard attacked Russian positions.", "National Guard", "UKRMIL"),
        ("Kenyan opposition supporters clashed with police.", "opposition supporters", "KENOPP"),
        ("Hamas supporters rallied in Ramallah.", "Hamas supporters", "PSEREBHMS"),
        ("The Press Trust of India reported the arrests.", "Press Trust of India", "INDMEDPTI"),
        ("Mumbai police arrested three men.", "Mumbai police", "INDCOP"),
        (
            "Israel's National Security Council warned Israelis.",
            "National Security Council",
            "ISRGOV",
        ),
        ("Religious Zionism leaders criticized Netanyahu.", "Religious Zionism", "ISRPTYRZP"),
        (
            "The UN war crimes tribunal in The Hague indicted Karadzic.",
            "UN war crimes tribunal",
            "IGOUNOJUDWCT",
        ),
    ],
)
def test_actor_code(coder: newsevents.Coder, text: str, words: str, code_: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    assert actor_for(coded, words).code == code_, describe(coded)


@pytest.mark.parametrize(
    ("text", "published", "words", "code_"),
    [
        # the same people on days of their offices
        ("Evo Morales met Hugo Chavez.", "2010-05-01", "Evo Morales", "BOLGOV"),
        ("Ekrem Imamoglu criticized Erdogan.", "2022-05-01", "Ekrem Imamoglu", "TURGOV"),
        ("Selahattin Demirtas criticized Erdogan.", "2016-05-01", "Selahattin Demirtas", "TUROPP"),
    ],
)
def test_actor_code_by_date(
    coder: newsevents.Coder, text: str, published: str, words: str, code_: str
) -> None:
    coded = code(coder, text, published=published)
    assert actor_for(coded, words).code == code_, describe(coded)


def test_the_news_agency_is_no_party(coder: newsevents.Coder) -> None:
    coded = code(coder, "A Delhi Police officer told PTI the men were held.", published=PUBLISHED)
    assert all(actor.code != "PAKPTYPTI" for actor in coded.actors), describe(coded)
    assert actor_for(coded, "Delhi Police").code == "INDCOP", describe(coded)


def test_artur_mas_is_no_bolivian_party(coder: newsevents.Coder) -> None:
    coded = code(coder, "Catalan leader Artur Mas called a referendum.", published=PUBLISHED)
    assert all(actor.country != "BOL" for actor in coded.actors), describe(coded)


@pytest.mark.parametrize(
    ("text", "words", "claimed_by"),
    [
        # regions keep their claimant and no code of their own (regions.tsv)
        ("Indian jets struck targets in Pakistani-administered Kashmir.", "Kashmir", "PAK"),
        ("Pakistani guns shelled villages in Indian-controlled Kashmir.", "Kashmir", "IND"),
        ("Israeli jets struck targets in the Golan Heights.", "Golan Heights", "SYR"),
        ("Israeli tanks entered the Gaza Strip.", "Gaza Strip", "PSE"),
    ],
)
def test_region_claimant(coder: newsevents.Coder, text: str, words: str, claimed_by: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    region = actor_for(coded, words)
    assert (region.kind, region.code, region.claimed_by) == ("region", None, claimed_by), describe(
        coded
    )


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Syrian tanks shelled Baba Amr.", "Baba Amr", "SYR"),
        # Punjab is either state's: the article's other places decide
        ("Police in Amritsar, Punjab, arrested farmers.", "Punjab", "IND"),
        ("Police in Lahore, Punjab, arrested farmers.", "Punjab", "PAK"),
    ],
)
def test_place_country(coder: newsevents.Coder, text: str, words: str, country: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    assert actor_for(coded, words).country == country, describe(coded)


def test_place_names_added() -> None:
    gazetteer = packaged_gazetteer()
    for name, country in [
        ("Baba Amr", "SYR"),
        ("Baba Amro", "SYR"),
        ("Pakistani-administered Kashmir", "PAK"),
        ("Pakistan-held Kashmir", "PAK"),
        ("Indian-administered Kashmir", "IND"),
        ("Douma", "SYR"),
        ("Golan Heights", "SYR"),
    ]:
        assert gazetteer.country_of(name) == country, name
