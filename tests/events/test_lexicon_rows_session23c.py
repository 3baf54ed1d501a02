"""Lexicon rows: weapons sold, exported, delivered, shipped or transferred told as a noun
with "of", and their halting; participation in a treaty, body or talks suspended; deals
and contracts cancelled; sanctions waivers issued; suspects charged with breaking into
networks or with hacking."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe
from .test_roles_and_modes import country_of, only

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 062: weapons sold or exported, as "arms sale"
    ("The United States approved the sale of F-16 jets to Taiwan.", "062", ("USA", "TWN")),
    ("Berlin approved the export of Leopard tanks to Poland.", "062", ("DEU", "POL")),
    # 072: weapons delivered, shipped or transferred, as "arms shipment"
    ("France announced the delivery of Caesar howitzers to Ukraine.", "072", ("FRA", "UKR")),
    ("Germany resumed the delivery of tanks to Ukraine.", "072", ("DEU", "UKR")),
    ("Iran sent shipments of drones to Russia.", "072", ("IRN", "RUS")),
    ("The Netherlands approved the transfer of F-16 jets to Ukraine.", "072", ("NLD", "UKR")),
    # 1622: the same halted, paused, suspended or cut; a shipment or export of weapons is
    # no trade cut (163)
    ("Washington halted the delivery of weapons to Israel.", "1622", ("USA", "ISR")),
    ("Germany paused the export of tanks to Saudi Arabia.", "1622", ("DEU", "SAU")),
    ("Britain suspended shipments of arms to Israel.", "1622", ("GBR", "ISR")),
    ("Britain suspended the sale of fighter jets to Saudi Arabia.", "1622", ("GBR", "SAU")),
    ("Canada stopped the export of weapons to Turkey.", "1622", ("CAN", "TUR")),
    ("Spain halted the shipment of ammunition to Israel.", "1622", ("ESP", "ISR")),
    ("Ottawa cut shipments of arms to Riyadh.", "1622", ("CAN", "SAU")),
    ("Washington froze the transfer of cluster munitions to Kyiv.", "1622", ("USA", "UKR")),
    # 160: participation in a treaty or deal suspended or frozen; 164 in talks
    (
        "Russia suspended its participation in the arms control treaty with the United States.",
        "160",
        ("RUS", "USA"),
    ),
    (
        "Moscow froze its participation in the Black Sea grain deal with Kyiv.",
        "160",
        ("RUS", "UKR"),
    ),
    (
        "The Palestinian Authority suspended its participation in the talks with Israel.",
        "164",
        ("PSE", "ISR"),
    ),
    (
        "Iran ended its participation in the nuclear negotiations with Britain.",
        "164",
        ("IRN", "GBR"),
    ),
    # 160: a deal cancelled, and a contract with another cancelled, scrapped or ended
    ("Spain cancelled an arms deal with Israel.", "160", ("ESP", "ISR")),
    ("Spain cancelled a contract with Israel.", "160", ("ESP", "ISR")),
    ("Spain cancelled a contract with Israel for anti-tank missiles.", "160", ("ESP", "ISR")),
    ("Poland scrapped a helicopter contract with France.", "160", ("POL", "FRA")),
    ("Niger terminated its uranium contract with France.", "160", ("NER", "FRA")),
    # 085: a sanctions waiver issued or granted
    ("The United States issued a sanctions waiver to Iraq.", "085", ("USA", "IRQ")),
    ("Washington granted India a sanctions waiver.", "085", ("USA", "IND")),
    ("Washington granted a waiver from oil sanctions to India.", "085", ("USA", "IND")),
    # 173: charged with breaking into networks, or with hacking
    (
        "US prosecutors charged a Chinese hacker with breaking into government networks.",
        "173",
        ("USA", "CHN"),
    ),
    ("US prosecutors charged two Russian nationals with hacking.", "173", ("USA", "RUS")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


def test_participation_suspended_in_a_treaty_names_its_doer(
    one_sided_coder: newsevents.Coder,
) -> None:
    # the treaty's other party unnamed: one-sided, Russia's
    result = code(one_sided_coder, "Russia suspended its participation in the New START treaty.")
    event = only(result, "16")
    assert event.cameo == "160", describe(result)
    assert country_of(result, event.source) == "RUS", describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # goods other than weapons halted keep their trade reading (163)
        ("India halted shipments of rice to Bangladesh.", "163", "BGD"),
        ("Canada stopped the export of lumber to the United States.", "163", "USA"),
    ],
)
def test_trade_halted_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # sales, exports, deliveries, shipments and transfers of things that are no weapons
        ("The government approved the sale of state assets to a Chinese firm.", "06"),
        ("Russia suspended the sale of wheat to Egypt.", "16"),
        ("Germany approved the export of pork to China.", "06"),
        ("The hospital announced the delivery of the baby.", "07"),
        ("Russia halted the delivery of wheat to Egypt.", "16"),
        ("Ukraine sent shipments of grain to Egypt.", "07"),
        ("The club approved the transfer of the Brazilian striker to Madrid.", "07"),
        ("The Iranian bank froze the transfer of funds to Iraq.", "16"),
        # a concert cancelled, a player's contract ended, a contract signed with a firm
        ("The French singer cancelled the concert in Brussels.", "16"),
        ("Real Madrid cancelled the coach's contract.", "16"),
        ("Egypt signed a contract with Siemens for a high-speed railway.", "05"),
        # participation in a contest
        ("Serbia suspended its participation in the song contest with Croatia.", "16"),
        # a waiver of fees or visas is no sanction eased
        ("The university granted the Kenyan students a waiver of fees.", "08"),
        ("Britain issued a visa waiver to Chinese tourists.", "08"),
        # an envoy charged with breaking a deadlock is charged with no crime
        ("The UN envoy was charged with breaking the deadlock between Serbia and Kosovo.", "17"),
        ("The UN envoy was charged with breaking the deadlock between Serbia and Kosovo.", "11"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
