"""Lexicon rows: soldiers captured; troops and tanks that enter, roll or move into a country;
goods shipped; war declared; a mediator's role suspended; reactors shut down, disabled or
dismantled; trilateral and bilateral drills; boats boarded; a leader barred from a summit; a
league banned; bans on women's education; warships and submarines bought or acquired;
intrusions into another's waters; rebels who dissolve, end their armed struggle or burn their
weapons; elections not called and demands for them rejected; commitments to another's
security; vows that another will face punishment; a war resumed; tear gas and stun grenades
fired; rights one is urged to respect; a leader called by telephone; houses struck by drones."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 190: soldiers captured in combat (181 stays for abduction and hostage-taking)
    ("Hezbollah captured two Israeli soldiers.", "190", ("LBN", "ISR")),
    ("Ukrainian forces captured two North Korean soldiers.", "190", ("UKR", "PRK")),
    ("Hezbollah fighters abducted two Israeli soldiers.", "181", ("LBN", "ISR")),
    # 190: troops or tanks that enter, roll into or move into a country make an incursion
    ("Russian tanks rolled into Georgia.", "190", ("RUS", "GEO")),
    ("Russian troops moved into Georgia.", "190", ("RUS", "GEO")),
    ("Ethiopian troops moved into Somalia.", "190", ("ETH", "SOM")),
    # 061: oil shipped to another is trade, as gas supplied
    ("The United States shipped fuel oil to North Korea.", "061", ("USA", "PRK")),
    ("Iran shipped crude oil to Syria in June.", "061", ("IRN", "SYR")),
    # 190: war declared on another
    ("Eritrea declared war on Ethiopia.", "190", ("ERI", "ETH")),
    ("Paraguay declared war on Bolivia in 1933.", "190", ("PRY", "BOL")),
    # 171: boats boarded by a coast guard or navy
    ("Chinese coast guard personnel boarded Philippine navy boats.", "171", ("CHN", "PHL")),
    ("The Sri Lankan navy boarded an Indian fishing boat off Jaffna.", "171", ("LKA", "IND")),
    # 1722: a league banned
    ("Bangladesh banned the Awami League.", "1722", ("BGD", "BGD")),
    # 1721: a ban on women's education ordered
    (
        "The Taliban's supreme leader ordered a ban on women's education.",
        "1721",
        ("AFG", "AFG"),
    ),
    # 062: submarines, frigates and helicopters bought or acquired from the seller
    ("Australia bought submarines from the United States.", "062", ("USA", "AUS")),
    ("Greece purchased three frigates from France.", "062", ("FRA", "GRC")),
    ("Poland acquired Apache helicopters from the United States.", "062", ("USA", "POL")),
    # 150: vessels that intrude into another's waters
    (
        "China said the Philippine vessels had illegally intruded into its waters.",
        "150",
        ("PHL", "CHN"),
    ),
    (
        "Chinese coast guard ships intruded into Japanese waters near the Senkaku Islands.",
        "150",
        ("CHN", "JPN"),
    ),
    # 0873: an armed struggle against another ended
    ("The PKK ended its armed struggle against Turkey.", "0873", ("TUR", "TUR")),
    # 030/032: a commitment to another's security or sovereignty reaffirmed
    ("Germany reaffirmed its commitment to Ukraine's security.", "030", ("DEU", "UKR")),
    ("Germany reaffirmed its commitment to Ukraine's sovereignty.", "032", ("DEU", "UKR")),
    # 130: another vowed to face punishment or consequences
    ("Khamenei vowed that Israel would face a harsh punishment.", "130", ("IRN", "ISR")),
    ("Pyongyang vowed that Seoul would face grave consequences.", "130", ("PRK", "KOR")),
    # 190 / 1384: a war resumed, threatened
    ("Israel resumed the war against Hamas.", "190", ("ISR", "PSE")),
    ("Israel threatened to resume the war against Hamas.", "1384", ("ISR", "PSE")),
    # 175: tear gas, stun grenades or rubber bullets fired at a crowd
    ("Serbian police fired tear gas and stun grenades at students.", "175", ("SRB", "SRB")),
    ("Kenyan police fired rubber bullets at demonstrators in Nairobi.", "175", ("KEN", "KEN")),
    # 0243: urged to respect rights
    ("The UN urged Israel to respect the right to protest.", "0243", (None, "ISR")),
    # 195: a house struck by a drone or a car by a missile
    ("A U.S. drone struck a house in Pakistan.", "195", ("USA", "PAK")),
    ("A Russian drone struck a house in Kharkiv.", "195", ("RUS", "UKR")),
    # 173: charged with attempting a crime (already coded before this session)
    (
        "Turkish prosecutors charged a Swedish reporter with attempting to topple the government.",
        "173",
        ("TUR", "SWE"),
    ),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 062: trilateral and bilateral drills; 041: another leader called
        (
            "Indonesia and Australia began bilateral military exercises in Darwin.",
            "062",
            ("IDN", "AUS"),
        ),
        ("Biden called Putin on Tuesday.", "041", ("USA", "RUS")),
        ("The Brazilian president called Emmanuel Macron on Friday.", "041", ("BRA", "FRA")),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


def test_trilateral_drills_join_all_three(coder: newsevents.Coder) -> None:
    result = newsevents.code_text(
        "The United States, Japan and South Korea held trilateral drills.", published="2025-06-10"
    )
    pairs = {(event.source, event.target) for event in result.events if event.cameo == "062"}
    assert len(pairs) == 6


# deeds whose target the sentence does not name: coded one-sided only
ONE_SIDED = [
    ("Qatar suspended its role as mediator.", "165", "QAT"),
    ("North Korea shut down its Yongbyon reactor.", "080", "PRK"),
    ("North Korea disabled its Yongbyon reactor.", "080", "PRK"),
    ("North Korea dismantled its Yongbyon reactor.", "080", "PRK"),
    ("The PKK dissolved itself.", "0873", "TUR"),
    ("The PKK announced it would dissolve itself.", "0356", "TUR"),
    ("The PKK announced it would end its armed struggle.", "0356", "TUR"),
    ("PKK fighters burned their weapons.", "0873", "TUR"),
    ("PKK fighters laid down their weapons.", "0873", "TUR"),
    ("Lukashenko would not call elections.", "1234", "BLR"),
    ("Lukashenko refused to call elections.", "1234", "BLR"),
    ("Maduro rejected opposition demands for new elections.", "1234", "VEN"),
    ("The Georgian government rejected calls for new elections.", "1234", "GEO"),
    ("The prime minister of Spain rejected demands for his resignation.", "1231", "ESP"),
]


@pytest.mark.parametrize(("text", "cameo", "source"), ONE_SIDED)
def test_a_one_sided_deed_codes(
    one_sided_coder: newsevents.Coder, text: str, cameo: str, source: str
) -> None:
    from .test_coding import code, describe
    from .test_roles_and_modes import country_of

    result = code(one_sided_coder, text)
    events = [event for event in result.events if event.root == cameo[:2]]
    assert events and events[0].cameo == cameo, describe(result)
    assert country_of(result, events[0].source) == source, describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # 165: a role as mediator between two sides suspended halts mediation with each
        ("Egypt suspended its role as mediator between Israel and Hamas.", "165", "ISR"),
        # a commander captured stays an arrest; a town entered stays occupied
        ("Colombian troops captured a FARC commander.", "173", "COL"),
        ("Russian troops entered the town of Vuhledar after a long siege.", "192", "UKR"),
        # tear gas fired stays repression; rockets fired stay artillery
        ("The Kenyan police fired tear gas at protesters.", "175", "KEN"),
        ("Hamas fighters fired rockets at Israeli soldiers.", "194", "ISR"),
        # commanders banned from entering stay a travel ban
        ("Hungary banned three Ukrainian commanders from entering the country.", "163", "UKR"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # another called names is not phoned; called to discuss is an appeal to meet
        ("Trump called Zelensky a dictator.", "04"),
        ("The Colombian president called Javier Milei a fascist.", "04"),
        # refugees entering, storms and trucks striking houses and cars are no force
        ("Refugees entered Germany.", "19"),
        ("A storm struck a house in Florida.", "19"),
        ("A truck struck a car in Lagos.", "19"),
        # a war on drugs declared is no war
        ("The Mexican president declared war on drugs.", "19"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
