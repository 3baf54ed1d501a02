"""Lexicon rows: countermeasures taken, vowed or promised; warnings and vows that another
"would pay a price" or that a deed "would not be tolerated"; states found or declared in
breach of their obligations; the raids and strikes a statement condemns; ties and
cooperation kept or maintained; aid kept from entering; warships pushed away; envoys who
shuttle between two sides; targets pounded, set on fire or damaged by drones and missiles;
the snapback of sanctions triggered; captives and bodies handed to another; "politically
motivated" as a judgement; "the three powers" as the states named before; and sanctions
"targeting" tankers, which are no use of force."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe
from .test_roles_and_modes import actor_of, country_of

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 170: countermeasures taken, imposed or announced against another, or in answer to
    # another's deed; "measures against" a state
    ("Beijing took countermeasures against Canada over the tariffs.", "170", ("CHN", "CAN")),
    ("Moscow announced countermeasures against Norway.", "170", ("RUS", "NOR")),
    ("Russia imposed reciprocal measures against Finland.", "170", ("RUS", "FIN")),
    ("Iran took retaliatory steps against Britain over the tanker.", "170", ("IRN", "GBR")),
    ("China adopted measures against Lithuania over the Taiwan office.", "170", ("CHN", "LTU")),
    (
        "Washington blacklisted six Chinese firms. Beijing took countermeasures.",
        "170",
        ("CHN", "USA"),
    ),
    # 130: the same said to come or vowed; countermeasures vowed or promised
    ("Beijing said it would take countermeasures against Ottawa.", "130", ("CHN", "CAN")),
    ("Moscow said it would take measures against Helsinki.", "130", ("RUS", "FIN")),
    (
        "Washington blacklisted six Chinese firms. Beijing said it would take countermeasures.",
        "130",
        ("CHN", "USA"),
    ),
    (
        "Canada expelled two Chinese diplomats. Beijing vowed countermeasures.",
        "130",
        ("CHN", "CAN"),
    ),
    (
        "Oslo expelled three Russian diplomats. Moscow promised countermeasures.",
        "130",
        ("RUS", "NOR"),
    ),
    # 130: a warning or vow that another would pay a price, or that a deed would not be
    # tolerated
    (
        "Israel's defence minister warned the Houthis that they would pay a heavy price.",
        "130",
        ("ISR", "YEM"),
    ),
    (
        "Zelensky warned Moscow that it would pay a high price for the strike on Sumy.",
        "130",
        ("UKR", "RUS"),
    ),
    (
        "Netanyahu warned Hezbollah that Israel would not tolerate any attack on its towns.",
        "130",
        ("ISR", "LBN"),
    ),
    ("Katz vowed that Hamas would pay a heavy price for the rocket fire.", "130", ("ISR", "PSE")),
    (
        "Netanyahu vowed that Israel would not tolerate any violation of the truce by Hamas.",
        "130",
        ("ISR", "PSE"),
    ),
    # 1312: threatened with the snapback of sanctions
    (
        "France threatened Iran with the snapback of UN sanctions over its enrichment.",
        "1312",
        ("FRA", "IRN"),
    ),
    # 163: the snapback triggered or invoked
    ("Britain triggered the snapback against Iran on Thursday.", "163", ("GBR", "IRN")),
    ("Germany triggered the snapback mechanism against Tehran.", "163", ("DEU", "IRN")),
    ("France invoked the snapback against Iran.", "163", ("FRA", "IRN")),
    # 112: found or declared in breach, in violation or in non-compliance
    ("The IAEA found Iran in breach of its safeguards obligations.", "112", (None, "IRN")),
    ("The IAEA declared Iran in violation of the treaty.", "112", (None, "IRN")),
    (
        "The IAEA found Iran in non-compliance with its safeguards obligations.",
        "112",
        (None, "IRN"),
    ),
    ("The IAEA found Iran to be in breach of its obligations.", "112", (None, "IRN")),
    ("UN inspectors found Syria to be in violation of the convention.", "112", (None, "SYR")),
    # 116: found in breach by a court
    (
        "The European Court of Human Rights found Turkey in breach of the convention.",
        "116",
        (None, "TUR"),
    ),
    # 032/0312: ties or security cooperation kept or maintained, as wanted (intent)
    ("Iraq wants to keep strong security ties with Washington.", "032", ("IRQ", "USA")),
    (
        "Iraq wants to maintain strong security cooperation with the United States.",
        "0312",
        ("IRQ", "USA"),
    ),
    # 1223: aid kept from entering, as a convoy blocked
    ("Israel halted the entry of humanitarian aid into Lebanon.", "1223", ("ISR", "LBN")),
    ("The Sudanese army prevented aid convoys from entering El Fasher.", "1223", ("SDN", "SDN")),
    ("Israel barred fuel and medicine from entering Lebanon.", "1223", ("ISR", "LBN")),
    # 170: warships pushed or forced away
    (
        "Ukraine's navy pushed Russian warships away from the grain corridor.",
        "170",
        ("UKR", "RUS"),
    ),
    (
        "Turkish patrol boats forced a Greek survey vessel away from the disputed waters.",
        "170",
        ("TUR", "GRC"),
    ),
    # 195: targets pounded, set on fire or damaged by drones, warplanes, jets or missiles
    (
        "Russian drones pounded gas production facilities in Ukraine's Kharkiv region.",
        "195",
        ("RUS", "UKR"),
    ),
    ("US warplanes pounded Houthi positions around Sanaa.", "195", ("USA", "YEM")),
    ("Israeli jets pounded Hezbollah positions in the Bekaa Valley.", "195", ("ISR", "LBN")),
    (
        "Ukrainian drones set fire to an oil depot in Russia's Bryansk region.",
        "195",
        ("UKR", "RUS"),
    ),
    (
        "Russian missiles set fire to a grain terminal in Ukraine's port of Odesa.",
        "195",
        ("RUS", "UKR"),
    ),
    ("Russian missiles damaged a grain terminal in the port of Izmail.", "195", ("RUS", "UKR")),
    ("Ukrainian drones damaged a refinery in Russia's Samara region.", "195", ("UKR", "RUS")),
    # 190: an oil terminal or a pipeline struck
    (
        "Ukrainian forces struck an oil terminal in Russia's Krasnodar region.",
        "190",
        ("UKR", "RUS"),
    ),
    # 0841: captives or bodies handed to another
    ("Ukraine handed over 1,000 bodies of fallen soldiers to Russia.", "0841", ("UKR", "RUS")),
    ("Russia handed 500 bodies to Ukraine on Friday.", "0841", ("RUS", "UKR")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


def test_a_shuttle_mediates_with_each_side(coder: newsevents.Coder) -> None:
    # 045: an envoy shuttling between two sides mediates with each
    result = code(coder, "US envoy Steve Witkoff shuttled between Moscow and Kyiv on Monday.")
    events = [event for event in result.events if event.root == "04"]
    assert {event.cameo for event in events} == {"045"}, describe(result)
    assert {country_of(result, event.source) for event in events} == {"USA"}, describe(result)
    assert {country_of(result, event.target) for event in events} == {"RUS", "UKR"}


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 050: ties kept, maintained, preserved, retained or sustained
        ("Iraq and Iran maintain close ties.", "050", ("IRQ", "IRN")),
        ("Oman has maintained relations with Iran despite the sanctions.", "050", ("OMN", "IRN")),
        ("Turkey preserved its ties with Ukraine throughout the war.", "050", ("TUR", "UKR")),
        ("Qatar retained its ties with Hamas through the war.", "050", ("QAT", "PSE")),
        ("Algeria has sustained relations with Moscow for decades.", "050", ("DZA", "RUS")),
        # 060/062: cooperation, military or defence cooperation kept up or continued
        ("Turkey and Russia maintained cooperation on energy.", "060", ("TUR", "RUS")),
        ("Egypt maintained military cooperation with Russia.", "062", ("EGY", "RUS")),
        ("Jordan continued defence cooperation with Britain.", "062", ("JOR", "GBR")),
    ],
)
def test_ties_kept_are_kept_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "judge", "target"),
    [
        # "the strikes", "the raids" a statement condemns are the force the story told
        (
            "Saudi Arabia pledged aid for Syria. Israel carried out air strikes near Damascus. "
            "The Syrian foreign ministry denounced the strikes.",
            "SYR",
            "ISR",
        ),
        (
            "Saudi Arabia pledged aid for Syria. Israel launched air strikes near Damascus. "
            "The Syrian foreign ministry condemned the raids.",
            "SYR",
            "ISR",
        ),
        # a decision called politically motivated or politicised is criticised
        (
            "The IAEA censured Iran. Iran called the resolution politically motivated.",
            "IRN",
            "IGOUNOIAE",
        ),
        ("The IAEA censured Iran. Tehran called the resolution politicised.", "IRN", "IGOUNOIAE"),
    ],
)
def test_a_judgement_is_at_the_deed_the_story_told(
    coder: newsevents.Coder, text: str, judge: str, target: str
) -> None:
    result = code(coder, text)
    judging = [e for e in result.events if e.cameo == "111"]
    found = next((e for e in judging if country_of(result, e.source) == judge), None)
    assert found is not None, describe(result)
    assert (actor_of(result, found.target).code or "").startswith(target), describe(result)


def test_the_three_powers_are_the_three_states_named_before(coder: newsevents.Coder) -> None:
    text = (
        "The resolution was drafted by Britain, France and Germany. The three powers "
        "threatened to reimpose sanctions on Iran."
    )
    result = code(coder, text)
    threats = [e for e in result.events if e.root == "13"]
    sources = {country_of(result, e.source) for e in threats}
    assert sources == {"GBR", "FRA", "DEU"}, describe(result)


def test_the_power_cut_is_no_state(coder: newsevents.Coder) -> None:
    # "power" refers back to states ("the three powers"), not to electricity
    text = "Russian drones hit a substation in Odesa. Engineers restored the power on Sunday."
    result = code(coder, text)
    assert {event.root for event in result.events} == {"19"}, describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # a force's own targeting stays force, sanctions or not
        ("Ukrainian forces targeted Russian supply lines near Melitopol.", "190", "RUS"),
        ("Despite Western sanctions, Russia targeted Ukrainian energy facilities.", "190", "UKR"),
        # guns that pound keep their artillery reading (194)
        ("Russian artillery pounded Ukrainian positions near Pokrovsk.", "194", "UKR"),
        # arson by settlers is no air strike
        ("Settlers set fire to Palestinian homes in the village of Duma.", "1712", "PSE"),
        # a strike by workers condemned is still criticism of them
        (
            "French rail workers walked out. Macron criticised the strike by rail workers.",
            "111",
            "FRA",
        ),
        # a convoy blocked keeps its reading
        ("Israel blocked a UNRWA aid convoy from entering northern Gaza.", "1223", None),
    ],
)
def test_a_nearby_reading_is_kept(
    coder: newsevents.Coder, text: str, cameo: str, target: str | None
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # sanctions "targeting" tankers, terminals or refineries are no use of force
        ("The EU adopted new sanctions targeting more than 100 tankers of Russia.", "19"),
        ("Washington imposed sanctions on Rosneft, targeting its export terminals.", "19"),
        ("London announced sanctions targeting 70 vessels carrying Russian oil.", "19"),
        ("EU ambassadors approved sanctions targeting two Chinese refineries.", "19"),
        ("The Treasury blacklisted six Iranian firms, targeting tankers of Iran.", "19"),
        # measures taken at home, against a disease or prices, are no coercion
        ("The government took measures against inflation.", "17"),
        ("China took countermeasures against the pandemic in Wuhan.", "17"),
        ("China took measures against the epidemic in Hubei province.", "17"),
        ("Tokyo took flood countermeasures in Osaka.", "17"),
        ("Kyiv took measures to protect its energy facilities.", "17"),
        # a price paid by one's own side, or warned of for consumers
        ("Ukraine has paid a heavy price for its resistance, Zelensky said.", "13"),
        ("The minister warned that consumers would pay a higher price for fuel.", "13"),
        ("Zelensky vowed that Ukraine would not tolerate corruption.", "13"),
        # found in compliance, in good condition or in possession
        ("The IAEA found Iran in full compliance with the deal.", "11"),
        ("Police found the Russian suspect in possession of explosives.", "11"),
        # ties kept to none, or kept up in the background
        ("Ukraine maintains no diplomatic relations with Iran.", "05"),
        ("Hungary, which has kept up ties with Moscow, faced pressure from Poland.", "05"),
        # armies keep positions, the EU keeps sanctions
        ("Both armies maintained their positions along the Dnipro.", "05"),
        # migrants or activists kept out are no aid refused
        ("Egypt blocked activists from entering Gaza.", "12"),
        ("Hungary halted the entry of migrants from Serbia.", "12"),
        # protesters pushing barriers away coerce no one
        ("Protesters pushed the barriers away from the Russian embassy.", "17"),
        # a shuttle bus, labour strikes condemned
        ("The shuttle bus between Moscow and Kyiv stopped running.", "04"),
        (
            "Dock workers in Antwerp went on strike over pay. The Belgian government "
            "condemned the strike.",
            "19",
        ),
        # strikes condemned are no strike by the one who condemns them, and a strike by
        # workers stays a labour one
        (
            "Lebanese President Joseph Aoun condemned the strikes as a flagrant violation of "
            "Lebanese sovereignty.",
            "19",
        ),
        ("Macron criticised the strike by French rail workers.", "19"),
        ("The Greek government condemned the teachers' strike.", "19"),
        # a port damaged by rain
        ("Heavy rains damaged the port of Odesa.", "19"),
        # a suspect handed to prosecutors
        ("Police handed the Russian suspect to Polish prosecutors.", "08"),
        # troops called highly motivated are not criticised
        ("Zelensky said Ukrainian troops were highly motivated.", "11"),
        # the snapback of UN sanctions on Iran names whose sanctions, not a target
        ("Britain, France and Germany triggered the snapback of UN sanctions on Iran.", "16"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
