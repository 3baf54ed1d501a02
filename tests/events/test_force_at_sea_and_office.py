"""Lexicon rows: force at sea and in the air, vetoes, suspensions, expulsions, office, missions."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 161: a state's envoy expelled is a diplomat expelled (a UN rapporteur is 1245)
    ("Thailand expelled the Cambodian envoy on Friday.", "161", ("THA", "KHM")),
    # 163: sanctions restored or reinstated are imposed again
    ("The European Union reinstated sanctions on Belarus.", "163", (None, "BLR")),
    # 166: military advisers expelled are troops sent home; 0841: a couple set free
    ("Pakistan expelled Indian military advisers on Thursday.", "166", ("PAK", "IND")),
    ("The Taliban released a British couple held in Afghanistan.", "0841", ("AFG", "GBR")),
    # 1384: fighting threatened again is a threat of force
    ("Israel threatened to resume fighting in Lebanon.", "1384", ("ISR", "LBN")),
    # 138: a warning that a deed would mean war threatens war
    ("China warned Taiwan that independence means war.", "138", ("CHN", "TWN")),
    # 0334: peacekeeping troops pledged are peacekeepers, not a threat of force
    ("Britain pledged to send peacekeeping troops to Ukraine.", "0334", ("GBR", "UKR")),
    # 190: ramming a craft is force, against the craft's state
    (
        "A Chinese coast guard vessel rammed a Vietnamese fishing boat near the Paracel Islands.",
        "190",
        ("CHN", "VNM"),
    ),
    ("A Philippine resupply boat was rammed by a Chinese coast guard ship.", "190", ("CHN", "PHL")),
    # 150: intercepting aircraft and violating airspace or waters show force
    (
        "South Korean jets intercepted Russian military aircraft over the East Sea.",
        "150",
        ("KOR", "RUS"),
    ),
    ("Two Russian bombers were intercepted by Norwegian fighter jets.", "150", ("NOR", "RUS")),
    ("A Russian military plane violated Estonian airspace on Friday.", "150", ("RUS", "EST")),
    (
        "Chinese coast guard ships violated Japan's territorial waters near the Senkaku Islands.",
        "150",
        ("CHN", "JPN"),
    ),
    # 170: driving a craft off is coercion
    (
        "The Chinese coast guard chased away a Vietnamese survey ship near the Spratly Islands.",
        "170",
        ("CHN", "VNM"),
    ),
    (
        "China's navy expelled an American destroyer from waters near the Paracel Islands.",
        "170",
        ("CHN", "USA"),
    ),
    (
        "A Philippine fishing boat was driven away by the Chinese coast guard.",
        "170",
        ("CHN", "PHL"),
    ),
    # 171: boarding a craft seizes it
    ("Iranian commandos boarded a Greek oil tanker in the Gulf of Oman.", "171", ("IRN", "GRC")),
    ("The US Navy boarded a North Korean cargo vessel in the Yellow Sea.", "171", ("USA", "PRK")),
    # 130: warning someone to stop or not to act
    ("China warned Japan to stop interfering in Taiwan's affairs.", "130", ("CHN", "JPN")),
    ("Russia warned Sweden not to join NATO.", "130", ("RUS", "SWE")),
    # 129: blocking a statement or a package is a veto, aimed at the body whose text it is
    ("Hungary blocked an EU statement on Israel.", "129", ("HUN", None)),
    ("Hungary has blocked the EU's new sanctions package against Russia.", "129", ("HUN", None)),
    # 160: suspending a member, leaving a body, ending a pact
    ("The African Union suspended Mali after the coup.", "160", (None, "MLI")),
    ("ECOWAS suspended Niger from all its institutions.", "160", (None, "NER")),
    ("Qatar withdrew from OPEC.", "160", ("QAT", None)),
    ("Burkina Faso withdrew from ECOWAS.", "160", ("BFA", None)),
    ("Niger ended its military pact with the United States.", "160", ("NER", "USA")),
    ("Chad terminated its defence accord with France.", "160", ("TCD", "FRA")),
    # 166: expelling another state's troops
    ("Mali's junta expelled French troops.", "166", ("MLI", "FRA")),
    ("Burkina Faso ordered French soldiers to leave the country.", "166", ("BFA", "FRA")),
    # 172 / 173: citizenship stripped, a leader removed or impeached
    ("Nicaragua stripped 135 opposition figures of their nationality.", "172", ("NIC", "NIC")),
    ("Ecuador's Congress removed President Lucio Gutierrez from office.", "172", ("ECU", "ECU")),
    ("South Korea's parliament impeached President Park Geun-hye.", "173", ("KOR", "KOR")),
    # 074: a peacekeeping mandate extended, police sent or arriving on a mission abroad
    (
        "The Security Council extended the mandate of the UN peacekeeping mission in Mali.",
        "074",
        (None, "MLI"),
    ),
    # where the mission is, not who leads it
    (
        "The Security Council renewed the mandate of the Kenyan-led mission in Haiti.",
        "074",
        (None, "HTI"),
    ),
    ("Jamaica deployed 150 police officers to Haiti.", "074", ("JAM", "HTI")),
    (
        "Kenyan police officers arrived in Haiti to lead a UN-backed security mission.",
        "074",
        ("KEN", "HTI"),
    ),
    # 037: a ceasefire plan put to a party
    ("Turkey proposed a ceasefire plan to Russia.", "037", ("TUR", "RUS")),
    ("Egypt proposed a ceasefire plan to Hamas.", "037", ("EGY", "PSE")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # a body's suspension of a broadcaster stays a restriction on the media
        ("Mali suspended the broadcaster France 24.", "1721", "MLI"),
        # troops driven out of a village by troops is combat, not an expulsion
        ("Ukrainian troops expelled Russian forces from the village of Robotyne.", "190", "RUS"),
        # a warning that something will happen stays a warning
        ("Beijing warned that Manila's actions would escalate tensions.", "012", "PHL"),
        # police sent across one's own country still mobilise police
        ("France deployed 45,000 police officers across the country.", "153", "FRA"),
    ],
)
def test_a_nearby_reading_keeps_its_own_code(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The car rammed into a wall in central Manila.", "19"),
        ("Israel's air defences intercepted dozens of rockets fired from Gaza.", "15"),
        ("Police drove away the protesters from the square.", "17"),
        ("Hundreds of migrants boarded a ship in Libya bound for Italy.", "17"),
        ("The Indian president boarded a plane to Moscow.", "17"),
        ("Protesters blocked the road to the airport in Nairobi.", "12"),
        ("Washington warned its citizens to leave Lebanon.", "13"),
        ("Airlines suspended flights to Israel.", "16"),
        ("The talks ended without an agreement.", "16"),
        ("The athlete was stripped of his medal.", "17"),
        ("Rebels ousted government troops from the town.", "17"),
        ("The Security Council extended the mandate of the panel of experts on Yemen.", "07"),
        ("The EU proposed a plan to cut emissions.", "03"),
        ("The Kenyan president arrived in Haiti on a two-day visit.", "07"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)


def test_ousted_before_a_title_removes_no_one(coder: newsevents.Coder) -> None:
    # mostly an adjective, which the parser may take for the verb
    result = code(coder, "Niger's junta detained ousted President Mohamed Bazoum in Niamey.")
    assert all(event.cameo != "172" for event in result.events), describe(result)
