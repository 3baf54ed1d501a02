"""Lexicon rows: events attended abroad, thanks, people expelled, demands insisted on."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss
from .test_coding import code, describe
from .test_roles_and_modes import country_of, only

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 044: a funeral, an inauguration, a coronation, the Games attended abroad meet at the
    # host's place, aimed at the host
    (
        "Japan's prime minister attended the funeral of Queen Elizabeth in London.",
        "044",
        ("JPN", "GBR"),
    ),
    ("Macron attended the inauguration of Brazil's president in Brasilia.", "044", ("FRA", "BRA")),
    (
        "The Indian president attended the coronation of King Charles in London.",
        "044",
        ("IND", "GBR"),
    ),
    (
        "The Hungarian prime minister attended the swearing-in of Slovakia's new president.",
        "044",
        ("HUN", "SVK"),
    ),
    (
        "The Pakistani prime minister attended the funeral of the Iranian president in Tehran.",
        "044",
        ("PAK", "IRN"),
    ),
    ("The Chinese president attended the Victory Day parade in Moscow.", "044", ("CHN", "RUS")),
    (
        "The Indonesian president attended the St Petersburg International Economic Forum"
        " in Russia.",
        "044",
        ("IDN", "RUS"),
    ),
    ("The Turkish president attended the Olympic Games in Paris.", "044", ("TUR", "FRA")),
    ("The Kenyan president attended the Winter Olympics in Milan.", "044", ("KEN", "ITA")),
    # 051: gratitude, appreciation or thanks expressed for someone's help praise the helper
    ("Kenya expressed gratitude for China's assistance after the floods.", "051", ("KEN", "CHN")),
    ("Ukraine voiced appreciation for Germany's support.", "051", ("UKR", "DEU")),
    (
        "Pakistan's prime minister expressed thanks to Saudi Arabia for its oil loan.",
        "051",
        ("PAK", "SAU"),
    ),
    (
        "Ethiopia expressed gratitude to the United Arab Emirates for its humanitarian aid.",
        "051",
        ("ETH", "ARE"),
    ),
    # 174: leaders, members, preachers and writers sent out of a country
    ("Qatar expelled seven leaders of the Muslim Brotherhood.", "174", ("QAT", "EGY")),
    ("Turkey expelled several members of the Egyptian Muslim Brotherhood.", "174", ("TUR", "EGY")),
    ("Jordan expelled four Hamas leaders.", "174", ("JOR", "PSE")),
    ("Belarus expelled a Polish pastor.", "174", ("BLR", "POL")),
    ("Russia expelled a British blogger.", "174", ("RUS", "GBR")),
    # 10x: a demand insisted on keeps its own code
    (
        "The rebels insisted on their demand for more rights from the government of Burundi.",
        "1043",
        ("BDI", "BDI"),
    ),
    (
        "The Tuareg rebels insisted on their demand for autonomy from Bamako.",
        "1043",
        ("MLI", "MLI"),
    ),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "source"),
    [
        # the demand keeps its code even where no one it is made of is named
        ("Kyiv insisted on its demand for reparations from Moscow.", "1031", "UKR"),
        ("Baghdad insisted on its demand for the withdrawal of US troops from Iraq.", "106", "IRQ"),
        ("Tehran insisted on its demand for the lifting of all sanctions.", "1054", "IRN"),
    ],
)
def test_a_demand_insisted_on_keeps_its_code(
    one_sided_coder: newsevents.Coder, text: str, cameo: str, source: str
) -> None:
    result = code(one_sided_coder, text)
    event = only(result, "10")
    assert event.cameo == cameo, describe(result)
    assert country_of(result, event.source) == source, describe(result)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # mourners are no one's envoys; a game at home is no meeting abroad
        ("Thousands of mourners attended the funeral of the slain journalist in Beirut.", "04"),
        ("The US president attended a football game in Philadelphia.", "04"),
        # thanks for one's own people's work, or "thanks to" a cause, praise no other side
        ("The minister expressed appreciation for the work of the firefighters.", "05"),
        ("Thanks to Chinese loans, Kenya built a new railway.", "05"),
        # a party's or a house's own members expelled from it are not deported
        ("The ruling party expelled three senior members.", "17"),
        ("Three members were expelled from the party.", "17"),
        ("The opposition leader was expelled from parliament.", "17"),
        # "help" is too loose a word to code ("appealed for funds to help children")
        ("UNICEF appealed to donors for money to help children in Sudan.", "07"),
        ("Drones helped the army advance.", "07"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)


def test_a_commemoration_attended_stays_a_symbolic_act(one_sided_coder: newsevents.Coder) -> None:
    result = code(
        one_sided_coder, "The Polish president attended a commemoration of the Warsaw Uprising."
    )
    assert only(result, "01").cameo == "017", describe(result)
    assert all(event.root != "04" for event in result.events), describe(result)


def test_diplomats_and_troops_expelled_keep_their_codes(coder: newsevents.Coder) -> None:
    assert only(code(coder, "Moldova expelled a Russian diplomat."), "16").cameo == "161"
    assert only(code(coder, "Niger expelled French soldiers."), "16").cameo == "166"


@pytest.mark.parametrize(
    ("text", "cameo", "dyad"),
    [
        ("Mali expelled French ambassador Joel Meyer on Monday.", "161", ("MLI", "FRA")),
        ("Germany summoned Russian ambassador Sergei Nechayev.", "114", ("DEU", "RUS")),
        ("Washington expelled South Africa's ambassador Ebrahim Rasool.", "161", ("USA", "ZAF")),
    ],
)
def test_a_title_before_a_name_says_what_the_object_is(
    coder: newsevents.Coder, text: str, cameo: str, dyad: tuple[str, str]
) -> None:
    check_deed(coder, text, cameo, dyad)
