"""Lexicon rows: conversations held, suspects sent to a state, border posts destroyed,
forces crossing into another state's territory, charges the crime sets lacked, military
cooperation asked for, partnerships signed, police officers sent abroad, bans eased for
women and girls, battles fought, foes driven out, closures of territories, people shot
dead, inspectors barred, troops massed, peace initiatives proposed, heavy weapons
withdrawn, hostages seized."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 063: suspects sent to a state are handed over to it
    ("Mexico sent 29 drug trafficking suspects to the United States.", "063", ("MEX", "USA")),
    # 190: border posts destroyed
    ("Pakistani troops destroyed Afghan border posts.", "190", ("PAK", "AFG")),
    ("Indian troops destroyed Pakistani posts along the Line of Control.", "190", ("IND", "PAK")),
    # 190: forces crossing into or entering another state's territory make an incursion
    ("Afghan forces crossed into Pakistani territory near Chaman.", "190", ("AFG", "PAK")),
    ("Afghan forces entered Pakistani territory on Tuesday.", "190", ("AFG", "PAK")),
    # charges the crime sets lacked (173, the codebook's charge with legal action), and war
    # crimes charged (1124)
    (
        "Uganda charged the opposition leader with illegal possession of firearms.",
        "173",
        ("UGA", "UGA"),
    ),
    ("Egypt charged the activist with spreading false news.", "173", ("EGY", "EGY")),
    (
        "The UN tribunal charged the Croatian general with war crimes.",
        "1124",
        (None, "HRV"),
    ),
    # 0212: military cooperation asked or called for
    ("Egypt asked for military cooperation with Russia.", "0212", ("EGY", "RUS")),
    ("Egypt asked Russia for closer military cooperation.", "0212", ("EGY", "RUS")),
    # 074: police officers sent to another state
    ("Kenya sent police officers to Haiti.", "074", ("KEN", "HTI")),
    ("Jamaica dispatched police officers to Haiti.", "074", ("JAM", "HTI")),
    # 081: a ban eased, on women and girls too
    ("The Taliban eased the ban on girls' education.", "081", ("AFG", "AFG")),
    ("Saudi Arabia lifted restrictions on women driving.", "081", ("SAU", "SAU")),
    # 190: foes driven out of a place
    ("Bosnian government troops drove the rebels out of the town.", "190", ("BIH", "BIH")),
    # 0872: a closure of territories eased or lifted; 191 where one is imposed
    ("Israel eased the closure of the West Bank.", "0872", ("ISR", None)),
    ("Israel lifted the closure of the Gaza Strip.", "0872", ("ISR", None)),
    ("Israel imposed a closure on the West Bank after the bombing.", "191", ("ISR", None)),
    # 193: people named, and stone-throwers, shot dead
    ("Israeli troops shot dead two Palestinians.", "193", ("ISR", "PSE")),
    ("Israeli troops shot dead a Palestinian stone-thrower in Hebron.", "193", ("ISR", "PSE")),
    # 1245: inspectors barred are international involvement refused
    ("Iraq barred UN inspectors from entering the site.", "1245", ("IRQ", None)),
    # 154: troops that mass on a border, like troops massed there
    ("Russian troops massed on the border with Ukraine.", "154", ("RUS", "UKR")),
    ("Iraqi forces massed near the border with Kuwait.", "154", ("IRQ", "KWT")),
    # 037: an initiative or plan for peace proposed
    ("Egypt proposed a peace initiative to Israel.", "037", ("EGY", "ISR")),
    ("France proposed a new initiative for peace in Bosnia.", "037", ("FRA", "BIH")),
    # 087: heavy weapons withdrawn; 0874 where troops go with them
    ("The Bosnian Serbs withdrew heavy weapons from around Sarajevo.", "087", (None, "BIH")),
    ("Russia withdrew its tanks from Georgia.", "087", ("RUS", "GEO")),
    ("Russia withdrew its troops and tanks from Georgia.", "0874", ("RUS", "GEO")),
    # 181: people seized or held as hostages, and peacekeepers seized
    ("Bosnian Serb forces seized 30 UN peacekeepers as hostages.", "181", (None, None)),
    ("Sierra Leonean rebels seized 500 UN peacekeepers.", "181", ("SLE", None)),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 040: a conversation held with someone (041 where it is by telephone)
        ("Modi held a conversation with Macron.", "040", ("IND", "FRA")),
        ("Modi held a telephone conversation with Macron.", "041", ("IND", "FRA")),
        # 057: a partnership or alliance signed or agreed; 050 where it is launched
        ("India and France agreed a strategic partnership.", "057", ("IND", "FRA")),
        ("Vietnam signed a strategic partnership with Australia.", "057", ("VNM", "AUS")),
        ("Italy launched a strategic partnership with Algeria.", "050", ("ITA", "DZA")),
        # 190: battles fought by two sides named together, both ways
        ("Serb and Croat forces fought fierce battles near Knin.", "190", ("SRB", "HRV")),
        ("Ethiopian and Eritrean forces fought battles along the border.", "190", ("ETH", "ERI")),
        ("Serb and Croat forces fought near Knin on Sunday.", "190", ("SRB", "HRV")),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a conversation no one is said to hold
        ("The conversation between Macron and Modi turned to trade.", "04"),
        # a letter sent, or a suspect sent to prison, is no handover
        ("Mexico sent a letter to the United States.", "06"),
        ("A Mexican court sent the drug trafficking suspect to prison.", "06"),
        # evidence destroyed is no attack
        ("Pakistani police destroyed evidence against the Afghan diplomat.", "19"),
        # refugees and migrants crossing a border make no incursion
        ("Afghan refugees crossed into Pakistani territory.", "19"),
        ("Belarusian migrants crossed into Polish territory.", "19"),
        # a body charged with a task is accused of nothing
        ("A Pakistani commission was charged with overseeing the elections in Afghanistan.", "17"),
        ("A Pakistani commission was charged with overseeing the elections in Afghanistan.", "11"),
        # more time asked for is no military cooperation
        ("Egypt asked Russia for more time.", "02"),
        # a partnership praised or spoken of is none signed
        ("China criticised the partnership between India and France.", "05"),
        ("India and France agreed that their partnership was strong.", "05"),
        # a letter sent, and police sent to a city at home
        ("Kenya sent a letter to Haiti.", "07"),
        ("The French Interior Ministry sent extra police to Marseille.", "07"),
        # a ban criticised or extended is not eased
        ("The United Nations criticised the Taliban's ban on girls' education.", "08"),
        ("The Taliban extended the ban on girls' education.", "08"),
        # a legal battle, or a battle against inflation, is no fighting
        ("The Serbian government fought a legal battle with Croatia at the World Court.", "19"),
        ("Serbia fought a long battle against inflation.", "19"),
        ("Serbian and Croatian forces fought a legal battle at the World Court.", "19"),
        ("Democrats and Republicans fought a fierce battle over the budget.", "19"),
        ("Veterans of Soviet forces fought the Russian government over pensions.", "19"),
        # investors driven out by prices are no foes beaten
        ("Rising prices drove foreign investors out of Russia.", "19"),
        # schools and offices closed are no territory blockaded
        ("The Bosnian government eased the closure of schools in Sarajevo.", "08"),
        ("Israel ordered the closure of the Al Jazeera office in Ramallah.", "19"),
        # a video shot is no shooting
        ("Israeli troops shot a video of Palestinian protesters.", "19"),
        # migrants and protesters massing at a border are no troops mobilised
        ("Belarusian migrants massed on the border with Poland.", "15"),
        ("Serb protesters massed near the border crossing with Kosovo.", "15"),
        # a plan for something other than peace
        ("Egypt proposed a plan to build a new capital with China.", "03"),
        # an envoy withdrawn is no weapons pulled back
        ("Serbia withdrew its ambassador from Croatia.", "08"),
        # fuel seized is no hostage taken
        ("Bosnian Serb forces seized 30 tonnes of fuel from the UN.", "18"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
