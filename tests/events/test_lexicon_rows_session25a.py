"""Lexicon rows: forces that come under fire from troops or rebels; forces fought alongside,
backed, supported or helped; humanitarian operations suspended; another held responsible;
insults; charges of planning or plotting; diplomatic property closed; websites seized;
intelligence officers expelled or ordered out; aid approved; a trade union banned; ships
torpedoed or struck; bridges dynamited; tariffs paused, postponed or delayed; the deportation
of one's nationals not accepted; a force authorised for a country; force not ruled out;
police stations and prisons burned."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 190: forces that come under fire from troops, rebels or militants are fired on
    ("UN peacekeepers came under fire from M23 rebels near Goma.", "190", ("COD", None)),
    (
        "Ukrainian soldiers came under heavy fire from Russian forces near Bakhmut.",
        "190",
        ("RUS", "UKR"),
    ),
    (
        "An Israeli patrol came under fire from Hezbollah fighters near the border.",
        "190",
        ("LBN", "ISR"),
    ),
    # 062: forces fought alongside, backed, supported or helped
    ("Rwandan troops fought alongside M23 rebels against Congolese forces.", "062", ("RWA", "COD")),
    ("Belarusian volunteers fought alongside Ukrainian forces.", "062", ("BLR", "UKR")),
    ("African Union forces backed Somali troops in the offensive.", "062", (None, "SOM")),
    ("Russia's Africa Corps is helping the Malian army.", "062", ("RUS", "MLI")),
    ("French warplanes supported Malian troops in the battle for Konna.", "062", ("FRA", "MLI")),
    # 1623: humanitarian, aid or relief operations suspended or halted
    (
        "Doctors Without Borders suspended its humanitarian operations in Sudan.",
        "1623",
        (None, "SDN"),
    ),
    ("The World Food Programme halted aid operations in Yemen.", "1623", (None, "YEM")),
    # 112: another held responsible
    ("Britain held Russia responsible for the poisoning.", "112", ("GBR", "RUS")),
    ("Israel held Hamas responsible for the deaths of the hostages.", "112", ("ISR", "PSE")),
    # 111: insulted
    ("Javier Milei insulted Pedro Sanchez.", "111", ("ARG", None)),
    ("Colombia's president insulted Ecuador's president.", "111", ("COL", "ECU")),
    # 173: charged with planning, plotting or preparing (a gerund after "with")
    (
        "Polish prosecutors charged a Ukrainian man with planning arson attacks.",
        "173",
        ("POL", "UKR"),
    ),
    (
        "German prosecutors charged a Russian man with plotting sabotage attacks.",
        "173",
        ("DEU", "RUS"),
    ),
    # 161: diplomatic property closed; intelligence officers and spies expelled or ordered out
    ("Britain closed several Russian diplomatic properties.", "161", ("GBR", "RUS")),
    (
        "The United States closed the Russian diplomatic compound in Maryland.",
        "161",
        ("USA", "RUS"),
    ),
    ("The Netherlands expelled four Russian intelligence officers.", "161", ("NLD", "RUS")),
    ("Germany expelled four Russian spies.", "161", ("DEU", "RUS")),
    (
        "Britain ordered four Russian intelligence officers to leave the country.",
        "161",
        ("GBR", "RUS"),
    ),
    # 166: officials ordered to leave, as officials expelled
    ("Britain ordered two Russian officials to leave the country.", "166", ("GBR", "RUS")),
    # 1711: websites and domains seized
    ("The United States seized 32 Russian websites.", "1711", ("USA", "RUS")),
    ("The FBI seized the domain of a Russian propaganda outlet.", "1711", ("USA", "RUS")),
    # 070: money in aid approved
    ("The United States approved $100 million in aid to Honduras.", "070", ("USA", "HND")),
    ("Congress approved 300 million dollars in aid to Ukraine.", "070", ("USA", "UKR")),
    # 1722: a trade union banned
    ("The Polish government banned the independent trade union.", "1722", ("POL", "POL")),
    ("The Belarusian authorities banned the independent trade union.", "1722", ("BLR", "BLR")),
    # 190: ships torpedoed or struck; 183: bridges and pipelines dynamited
    ("A Ukrainian submarine torpedoed a Russian ship.", "190", ("UKR", "RUS")),
    ("US forces struck a Venezuelan boat.", "190", ("USA", "VEN")),
    ("US forces struck a boat off Venezuela.", "190", ("USA", "VEN")),
    ("Rebels dynamited a bridge in Colombia.", "183", ("COL", "COL")),
    ("ELN guerrillas dynamited an oil pipeline in Colombia.", "183", ("COL", "COL")),
    # 085: tariffs paused, postponed or delayed
    ("Trump postponed tariffs on Mexico.", "085", ("USA", "MEX")),
    ("The White House paused tariffs on Mexico.", "085", ("USA", "MEX")),
    ("Washington delayed tariffs on Mexico.", "085", ("USA", "MEX")),
    # 124: the deportation of one's nationals not accepted
    (
        "Algeria would not accept the deportation of its nationals from France.",
        "124",
        ("DZA", "FRA"),
    ),
    (
        "Algeria refused to accept the expulsion of its citizens from France.",
        "124",
        ("DZA", "FRA"),
    ),
    # 074: a force authorised for a country
    ("The UN authorized a new force for Haiti.", "074", (None, "HTI")),
    # 138: force not ruled out
    ("Israel did not rule out further strikes on Iran.", "138", ("ISR", "IRN")),
    ("Israel did not rule out military action against Iran.", "138", ("ISR", "IRN")),
    # 145: a police station burned by protesters; 180: a prison burned by rebels
    ("Protesters burned a police station in Nairobi.", "145", ("KEN", "KEN")),
    ("Rebels burned a prison in eastern Congo.", "180", ("COD", "COD")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 041: a phone call held with another
        ("Sheinbaum held a phone call with Trump.", "041", ("MEX", "USA")),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # military operations suspended stay a de-escalation
        ("Israel suspended its military operations in Lebanon.", "087", "LBN"),
        # troops sent, not ruled out, stay an option considered
        ("Macron did not rule out sending troops to Ukraine.", "014", "UKR"),
        # a bid backed stays political support; loans approved stay economic aid
        ("The United States backed Kyiv's bid to join NATO.", "051", "UKR"),
        ("The World Bank approved $500 million in loans for Kenya.", "071", "KEN"),
        # homes torched stay property destroyed; fire set to a prison by a crowd stays a riot
        (
            "Gang members torched dozens of homes in a suburb of Port-au-Prince.",
            "1712",
            "HTI",
        ),
        ("Protesters set fire to a prison in Kenya.", "145", "KEN"),
        # fire opened stays small-arms fire
        ("The Israeli army opened fire on Hamas fighters.", "193", "PSE"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # under fire from a government or party is criticism; a fire is no force
        (
            "The Israeli government came under fire from the United States over the settlements.",
            "19",
        ),
        ("Netanyahu came under fire from Labour over the decision.", "19"),
        ("A fire broke out at a Russian ammunition depot.", "19"),
        # talks and bills torpedoed, a boat struck by a storm, fish dynamited
        ("Ukraine torpedoed the peace talks with Russia.", "19"),
        ("The senator torpedoed the bill.", "19"),
        ("A storm struck a fishing boat off Somalia.", "19"),
        ("Fishermen dynamited fish in the bay off Tanzania.", "18"),
        # one's own responsibility, an officer's computer seized, a takeover backed
        ("The prime minister held himself responsible for the defeat.", "11"),
        ("Police seized the officer's computer.", "16"),
        ("The opposition backed the army's takeover in Niger.", "06"),
        # talks postponed or payments delayed are no sanctions eased
        ("Washington postponed its talks with Mexico on tariffs.", "08"),
        ("Egypt delayed its payments to Russia.", "08"),
        # drugs burned by a government are no violence
        ("The Afghan government burned seized drugs in Kabul.", "18"),
        # whom the charged are said to have helped is part of the charge, not its target
        ("Britain charged three men with assisting Russian intelligence.", "17"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
