"""Lexicon rows: duties and trade measures, finance as aid, retaliation, repression at home,
and the actor words for electoral bodies, gangs and lawyers."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe
from .test_roles_and_modes import actor_of, only

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 071: a loan backed is economic aid, not praise
    ("The World Bank backed a new loan to Kenya on Friday.", "071", (None, "KEN")),
    # 163: duties, surtaxes and levies laid on goods are tariffs
    ("Turkey imposed duties on Chinese electric cars.", "163", ("TUR", "CHN")),
    ("Canada imposed countervailing duties on Chinese steel wire.", "163", ("CAN", "CHN")),
    ("Beijing announced anti-dumping duties on Canadian canola oil.", "163", ("CHN", "CAN")),
    ("India imposed a surtax on Chinese solar glass.", "163", ("IND", "CHN")),
    ("Mexico slapped levies on Chinese steel imports.", "163", ("MEX", "CHN")),
    # 163: sales restricted, firms put on an entity list, another body's sanctions adopted
    ("Japan restricted sales of chip-making tools to China.", "163", ("JPN", "CHN")),
    (
        "The United States added 40 Chinese aerospace firms to its entity list.",
        "163",
        ("USA", "CHN"),
    ),
    (
        "Switzerland adopted the EU's latest sanctions package against Belarus.",
        "163",
        ("CHE", "BLR"),
    ),
    ("Japan joined Western sanctions against Belarus.", "163", ("JPN", "BLR")),
    # 163: trade cut is trade halted
    ("Turkey cut all trade with Israel on Thursday.", "163", ("TUR", "ISR")),
    # 160: energy in transit halted, as supplies cut
    ("Ukraine halted the transit of Russian gas to Austria.", "160", ("UKR", "RUS")),
    # 1211: a foreign firm's takeover blocked refuses economic cooperation
    ("Italy blocked a Chinese firm's takeover of a tyre maker.", "1211", ("ITA", "CHN")),
    # 163 / 1723: the imposition of a measure, told as a noun
    (
        "Washington's imposition of tariffs on Brazilian coffee angered Brasilia.",
        "163",
        ("USA", "BRA"),
    ),
    (
        "The imposition of sanctions on Iranian oil firms by Britain was announced on Monday.",
        "163",
        ("GBR", "IRN"),
    ),
    ("Nepal's imposition of a curfew in Kathmandu followed the riots.", "1723", ("NPL", "NPL")),
    # 071: loans, financing, grants and deposits are economic aid
    ("The IMF approved a $3 billion loan programme for Sri Lanka.", "071", (None, "LKA")),
    ("The World Bank announced $2 billion in financing for Kenya.", "071", (None, "KEN")),
    ("Saudi Arabia deposited $5 billion in Egypt's central bank.", "071", ("SAU", "EGY")),
    ("Kuwait provided Jordan with a $300 million grant.", "071", ("KWT", "JOR")),
    ("India agreed to provide a loan to Sri Lanka for fuel imports.", "0331", ("IND", "LKA")),
    # 061: an investment received is the investor's
    (
        "Ethiopia received a $1 billion investment from the United Arab Emirates.",
        "061",
        ("ARE", "ETH"),
    ),
    # 163 / 130 / 1312: retaliation with a trade measure is that measure; a threat to
    # retaliate is a threat, not one of repression
    ("China retaliated with tariffs on Canadian canola.", "163", ("CHN", "CAN")),
    ("Mexico threatened to retaliate against US steel tariffs.", "130", ("MEX", "USA")),
    ("Ottawa threatened to retaliate with tariffs on American goods.", "1312", ("CAN", "USA")),
    # 085: trade restrictions and bans eased are economic sanctions eased
    ("Britain eased restrictions on exports of aircraft parts to Iran.", "085", ("GBR", "IRN")),
    ("Russia lifted its ban on Moldovan wine imports.", "085", ("RUS", "MDA")),
    ("China lifted its import ban on Japanese seafood.", "085", ("CHN", "JPN")),
    ("China refused to lift its ban on Australian beef imports.", "1244", ("CHN", "AUS")),
    # 112: a charge told by a gerund, as by the noun
    ("Kenyan police charged the opposition leader with inciting violence.", "112", ("KEN", "KEN")),
    # 1722: party activities suspended, a group designated extremist
    ("Niger's junta suspended all political party activities.", "1722", ("NER", "NER")),
    (
        "Russian authorities designated the opposition movement an extremist organisation.",
        "1722",
        ("RUS", "RUS"),
    ),
    # 1721: the internet suspended or cut off
    ("Pakistan suspended mobile internet in Quetta.", "1721", ("PAK", "PAK")),
    ("Iranian authorities cut off the internet in Zahedan.", "1721", ("IRN", "IRN")),
    # 1724: a state of internal armed conflict declared
    (
        "Ecuador's president declared a state of internal armed conflict against criminal gangs.",
        "1724",
        ("ECU", "ECU"),
    ),
    # 172: a legislature dissolved by soldiers
    ("Myanmar's junta dissolved the national assembly.", "172", ("MMR", "MMR")),
    # 175: a crackdown on protests, not on protesters
    ("Togolese police cracked down on protests in Lome.", "175", ("TGO", "TGO")),
    # 1121: an electoral commission is one of the state's organs
    (
        "Malawi's opposition accused the electoral commission of fraud.",
        "1121",
        ("MWI", "MWI"),
    ),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "root", "source", "target"),
    [
        ("Egyptian police arrested a lawyer in Alexandria.", "17", "EGYCOP", "EGYCVL"),
        ("Ugandan police detained two opposition lawyers.", "17", "UGACOP", "UGACVL"),
        ("Haitian gangs attacked a police station in Port-au-Prince.", "19", "HTICRM", "HTI"),
        ("Ecuadorian soldiers arrested 30 gang members.", "17", "ECUMIL", "ECUCRM"),
        (
            "Kenya's opposition accused the election commission of rigging the vote.",
            "11",
            "KENOPP",
            "KENGOV",
        ),
    ],
)
def test_agent_words_give_the_sector(
    coder: newsevents.Coder, text: str, root: str, source: str, target: str
) -> None:
    result = code(coder, text)
    event = only(result, root)
    assert actor_of(result, event.source).code == source, describe(result)
    assert actor_of(result, event.target).code == target, describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # a threat to arrest stays a threat of repression
        ("Bangladeshi police threatened to arrest the protesters.", "137", "BGD"),
        # a restriction on people, not on trade, stays administrative
        ("Israel eased restrictions on Palestinian workers from Gaza.", "081", "PSE"),
        # aid in kind stays aid
        ("Japan provided aid to the Philippines after the typhoon.", "070", "PHL"),
        # a court's conviction finds guilty (116), as the codebook names it
        ("A Moscow court convicted the journalist of treason.", "116", "RUS"),
        # retaliation with no measure named stays coercion
        ("China retaliated against Lithuania over Taiwan.", "170", "LTU"),
    ],
)
def test_a_nearby_reading_keeps_its_own_code(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # duties no one imposes, and a diplomat's duties
        ("Customs duties rose sharply last year.", "16"),
        ("The new ambassador took up his duties in Beijing on Monday.", "16"),
        # tension is no trade restriction
        ("The two countries eased trade tensions at the summit.", "08"),
        # a prime minister dissolving parliament for an election is routine
        ("Japan's prime minister dissolved parliament and called a snap election.", "17"),
        # credit given is praise, not a loan
        ("The minister gave credit to the army for the rescue.", "07"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
