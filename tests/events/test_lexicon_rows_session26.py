"""Lexicon rows: armed foes destroyed, defeated, wiped out or hunted down (a vow to do so a
threat of force); hospitals, schools, homes and markets struck; marches in a named city;
manure dumped and protest camps set up; crowds charged with batons and live rounds fired at
them; dynamite hurled or set off by a crowd; force called aggression; punishment promised;
an attack warned to be an act of war; unions that threaten to strike; talks not ruled out
or readied for; verdicts dismissed; clashes that broke out between two sides; a party's
activities banned; an end to police brutality demanded; air strikes begun; aid pledged to a
capital; troops hosted are no visit, nor is a crowd met by riot police."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 033: aid pledged to a capital is pledged to its state
    ("Britain pledged 3 billion pounds in military aid to Kyiv.", "033", ("GBR", "UKR")),
    # 195: air or missile strikes begun are force, not a labour strike
    ("Turkey began air strikes in northern Iraq.", "195", ("TUR", "IRQ")),
    # 1384: a vow to destroy, defeat, wipe out or hunt down armed foes threatens force
    ("Hifter vowed to destroy the militias in Tripoli.", "1384", ("LBY", "LBY")),
    ("Sudan's army chief vowed to defeat the RSF.", "1384", ("SDN", "SDN")),
    ("Abuja vowed to wipe out Boko Haram.", "1384", ("NGA", "NGA")),
    # 190: armed foes defeated or hunted down
    ("Iraqi troops defeated Islamic State fighters near Tal Afar.", "190", ("IRQ", None)),
    # 190: hospitals, schools, homes and markets struck
    ("Israeli warplanes struck a hospital in northern Gaza.", "190", ("ISR", None)),
    ("Russian drones struck a school in Sumy.", "190", ("RUS", "UKR")),
    ("Russian missiles struck a market in Kostiantynivka.", "190", ("RUS", "UKR")),
    ("Russian drones hit homes in Kharkiv.", "190", ("RUS", "UKR")),
    # 141: marched in a named city; manure dumped; a protest camp set up
    ("Bolivian teachers marched in La Paz on Monday.", "141", ("BOL", "BOL")),
    ("Belgian farmers dumped manure outside the European Parliament.", "141", ("BEL", None)),
    # 175: a crowd charged with batons; live rounds fired at protesters
    ("Pakistani police charged protesters with batons in Lahore.", "175", ("PAK", "PAK")),
    ("Sudanese soldiers fired live rounds at protesters in Omdurman.", "175", ("SDN", "SDN")),
    # 145: dynamite hurled or set off by a crowd
    ("Bolivian miners hurled dynamite at riot police in La Paz.", "145", ("BOL", "BOL")),
    ("Peruvian miners set off dynamite in Lima.", "145", ("PER", "PER")),
    # 111: force called aggression
    ("Lavrov called the British strikes unprovoked aggression.", "111", ("RUS", "GBR")),
    # 130: punishment promised; 138: an attack warned to be an act of war
    ("Hezbollah promised punishment for Israel's strike.", "130", ("LBN", "ISR")),
    (
        "China warned Japan that any intervention would be treated as an act of war.",
        "138",
        ("CHN", "JPN"),
    ),
    # 133: unions that threaten to strike
    ("Nigerian unions threatened to strike against the government.", "133", ("NGA", "NGA")),
    # 014: talks not ruled out; 036: ready for talks
    ("Tehran did not rule out talks with Washington.", "014", ("IRN", "USA")),
    ("Venezuela is ready for talks with the United States.", "036", ("VEN", "USA")),
    # 120: a court's ruling dismissed
    ("Israel dismissed the ruling of the International Court of Justice.", "120", ("ISR", None)),
    # 1722: a party's activities banned
    ("Bangladesh banned all activities of the Awami League.", "1722", ("BGD", "BGD")),
    # 1052: an end to police brutality demanded
    ("Kenyan youths demanded an end to police brutality in Nairobi.", "1052", ("KEN", "KEN")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 190: clashes or fighting that broke out between two sides' forces
        ("Clashes broke out between Ethiopian troops and Eritrean forces.", "190", ("ETH", "ERI")),
        ("Fighting broke out between Thai and Cambodian troops.", "190", ("THA", "KHM")),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # talks ruled out stay talks rejected; strikes not ruled out stay a threat of force
        ("Tehran ruled out talks with Washington.", "125", "USA"),
        ("Israel did not rule out strikes on Iran.", "138", "IRN"),
        # a visit hosted stays a visit hosted; talks opened stay talks
        ("Qatar hosted the Iranian foreign minister in Doha.", "043", "IRN"),
        ("Iran opened talks with Oman.", "046", "OMN"),
        # protesters charged with rioting stay accused in court
        ("Prosecutors in Nairobi charged protesters with rioting.", "112", "KEN"),
        # artillery rounds fired at positions stay artillery
        ("Syrian troops fired artillery rounds at Turkish positions.", "194", "TUR"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a base hosting troops is no visit
        ("Qatar hosts American troops at Al Udeid.", "04"),
        ("Djibouti hosts French forces.", "04"),
        # an election won, prices and markets hit, a storm's damage
        ("Trump defeated Harris in the election.", "19"),
        ("Oil prices hit a record high.", "19"),
        ("The economy was hit hard.", "19"),
        ("Chinese exporters targeted the European market.", "19"),
        ("The storm destroyed houses in Florida.", "19"),
        ("The two sides struck a deal on tariffs.", "19"),
        # soldiers on parade do not protest
        ("Soldiers marched in Red Square on Victory Day.", "14"),
        # a crowd met by riot police is faced, not received
        ("Supporters of the opposition leader were met by Georgian riot police.", "04"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
