"""Lexicon rows: trade measures hit with, suspended, cut or listed; visa-free travel
suspended and funds frozen; talks concluded, deals announced, ties sought; visitors
welcomed, calls by phone and handshakes; patrols joined, parts sold, intelligence shared
one way; remarks not retracted; charges of murder, sabotage or espionage as legal action;
justice vowed; vandals named; accession talks blocked; talks walked away from; protests
against someone joined; fighters withdrawn and fought; broadcasts suspended; aid groups
expelled."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 163: hit with duties or export controls; put on a sanctions or export control list
    ("Beijing hit Ottawa with anti-dumping duties on canola.", "163", ("CHN", "CAN")),
    ("Washington hit Beijing with new export controls.", "163", ("USA", "CHN")),
    ("China put four Taiwanese defence firms on its export control list.", "163", ("CHN", "TWN")),
    ("Moscow placed two British arms makers on its sanctions list.", "163", ("RUS", "GBR")),
    # 163: visa-free travel suspended for another's officials
    ("Brussels suspended visa-free travel for Venezuelan officials.", "163", ("BEL", "VEN")),
    # 1621: a sum frozen in funds meant for another
    ("Berlin froze 2 billion euros in funds earmarked for Budapest.", "1621", ("DEU", "HUN")),
    # 085: export controls suspended; tariffs cut, lowered or slashed
    ("Tokyo suspended its export controls on South Korea.", "085", ("JPN", "KOR")),
    ("Ottawa lowered tariffs on Chinese electric vehicles.", "085", ("CAN", "CHN")),
    ("Washington slashed tariffs on Indian textiles.", "085", ("USA", "IND")),
    # 0311: closer economic ties sought
    ("Vietnam seeks closer economic ties with Japan.", "0311", ("VNM", "JPN")),
    # 043: a named visitor welcomed
    ("Erdogan welcomed Zelensky in Istanbul.", "043", ("TUR", "UKR")),
    # 111: condemnation that came from someone
    ("Condemnation of the US tariffs came from China.", "111", ("CHN", "USA")),
    # 062: military parts sold; patrols joined
    ("Canada approved the sale of helicopter parts to Ukraine.", "062", ("CAN", "UKR")),
    ("Australia joined the patrol with the Philippines.", "062", ("AUS", "PHL")),
    # 064: intelligence shared with another goes one way
    ("Germany resumed intelligence sharing with Poland.", "064", ("DEU", "POL")),
    # 124: remarks not retracted
    ("Japan's prime minister refused to retract her remarks about China.", "124", ("JPN", "CHN")),
    # 173: charged with murder or sabotage
    ("Kenyan police charged two British soldiers with murder.", "173", ("KEN", "GBR")),
    ("German prosecutors charged three Russian nationals with sabotage.", "173", ("DEU", "RUS")),
    # 130: justice vowed
    (
        "The Georgian prime minister vowed that opposition leaders would face justice.",
        "130",
        ("GEO", "GEO"),
    ),
    # 111: people called vandals
    ("Vucic called the protesters vandals.", "111", ("SRB", "SRB")),
    # 125: the opening of talks blocked
    ("Austria blocked the opening of accession talks with Turkey.", "125", ("AUT", "TUR")),
    # 164: talks walked away from or pulled out of
    ("Hamas walked away from the negotiations with Israel in Doha.", "164", ("PSE", "ISR")),
    ("Russia pulled out of the talks with Ukraine.", "164", ("RUS", "UKR")),
    # 141: protests against someone joined
    ("Serbian students joined protests against Vucic in Belgrade.", "141", ("SRB", "SRB")),
    # 0874: fighters or militants withdrawn
    ("The PKK pulled out its militants from northern Iraq.", "0874", ("TUR", "IRQ")),
    # 1721: broadcasts of a medium suspended
    ("Mali's junta suspended broadcasts of France 24.", "1721", ("MLI", "FRA")),
    # 1663: an aid group expelled
    ("Niger expelled Doctors Without Borders from Agadez.", "1663", ("NER", None)),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 046: talks concluded; 057: a deal announced by two sides
        ("Britain concluded trade talks with India in New Delhi.", "046", ("GBR", "IND")),
        ("Japan and Britain announced a defence pact.", "057", ("JPN", "GBR")),
        # 041: told by phone; 040: hands shaken
        ("Macron told Starmer by phone that France backs the plan.", "041", ("FRA", "GBR")),
        (
            "The Chinese premier shook hands with the Japanese prime minister in Jakarta.",
            "040",
            ("CHN", "JPN"),
        ),
        # 064: both sides named as subjects share both ways
        (
            "Britain and France expanded intelligence sharing on Russian submarines.",
            "064",
            ("GBR", "FRA"),
        ),
        # 190: bare fighters are people; troops that fight against a named group
        ("Ukrainian soldiers clashed with Russian fighters near Pokrovsk.", "190", ("UKR", "RUS")),
        ("Iraqi troops fought against Islamic State in Mosul.", "190", ("IRQ", None)),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # trade controls lifted stay eased; imports suspended stay a trade cut
        ("Beijing lifted its export controls on Japan.", "085", "JPN"),
        ("China suspended imports of Japanese seafood.", "163", "JPN"),
        # missiles and drones that hit a city stay force
        ("Israeli drones hit Gaza City.", "190", "PSE"),
        # an accusation of murder stays an accusation; spying charged by a state stays 1125
        ("Egypt accused the Muslim Brotherhood of murder.", "1121", "EGY"),
        ("Iran charged the French tourist with spying.", "1125", "FRA"),
        # fighter jets asked for stay weapons
        ("Ukraine asked for fighter jets from Sweden.", "0232", "SWE"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # prices, storms and fees
        ("Gold prices hit a new high.", "19"),
        ("Hurricane winds hit the coast of Florida.", "19"),
        ("The bank charged a fee for the transfer.", "17"),
        ("The bank charged a fee for the transfer.", "11"),
        # Article 4 invoked is consultation, nothing else
        ("NATO allies invoked Article 4 after the Russian drone incursion.", "19"),
        ("NATO allies invoked Article 4 after the Russian drone incursion.", "16"),
        # tariffs raised are no easing
        ("Washington raised tariffs on Chinese goods.", "08"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
