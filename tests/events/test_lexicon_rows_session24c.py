"""Lexicon rows for international bodies and courts: a peacekeeping mandate ended; court
rulings and orders complied with, abided by or defied; fact-finding, monitoring and
mediation teams sent; sanctions proposed; forces and deployments authorised; UN and aid
agencies banned from operating; a body addressed or a leader spoken to; states and
situations referred to the Security Council or a court; sanctions regimes extended,
travel bans laid on people and names taken off sanctions lists; the mandates of
rapporteurs and inquiries renewed."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 1661: a peacekeeping mission's or force's mandate ended or terminated
    ("The Security Council ended the mandate of the UN mission in Mali.", "1661", (None, "MLI")),
    (
        "The Security Council terminated the mandate of the UN peacekeeping force in Lebanon.",
        "1661",
        (None, "LBN"),
    ),
    # 080: a court's order or ruling complied with or abided by; negated, refused (124)
    ("Azerbaijan complied with the ICJ order on the Lachin corridor.", "080", ("AZE", None)),
    ("Honduras abided by the ICJ ruling on the maritime border.", "080", ("HND", None)),
    ("Russia said it would not comply with the ICJ order.", "124", ("RUS", None)),
    ("Moscow would not abide by the ICJ ruling on Ukraine.", "124", ("RUS", None)),
    ("Mongolia did not comply with the ICC arrest warrant for Putin.", "124", ("MNG", None)),
    # 128: a court's order defied is law defied, not political dissent (140)
    ("Israel defied the ICJ order.", "128", ("ISR", None)),
    ("Russia defied the order of the International Court of Justice.", "128", ("RUS", None)),
    # 090: fact-finding, inspection and monitoring missions and teams sent
    ("The United Nations sent a fact-finding mission to Sudan.", "090", (None, "SDN")),
    ("The UN dispatched a fact-finding team to Burundi.", "090", (None, "BDI")),
    ("The OPCW sent a team of inspectors to Syria.", "090", (None, "SYR")),
    ("The OSCE deployed a monitoring mission to Armenia.", "090", (None, "ARM")),
    # 090 / 092: the mandate of an inquiry or a special rapporteur renewed
    (
        "The Human Rights Council renewed the mandate of the commission of inquiry on Syria.",
        "090",
        (None, "SYR"),
    ),
    (
        "The Human Rights Council extended the mandate of the special rapporteur on Iran.",
        "092",
        (None, "IRN"),
    ),
    # 045: mediators or a mediation team sent
    ("The African Union sent a mediation team to South Sudan.", "045", (None, "SSD")),
    ("Qatar dispatched mediators to Chad.", "045", ("QAT", "TCD")),
    # 1312: sanctions or an embargo proposed or prepared are threatened, not imposed
    ("The European Commission proposed new sanctions on Belarus.", "1312", (None, "BLR")),
    (
        "The European Commission proposed a package of sanctions against Iran.",
        "1312",
        (None, "IRN"),
    ),
    ("The EU is preparing fresh sanctions against Georgia.", "1312", (None, "GEO")),
    (
        "The European Commission presented its 16th sanctions package against Russia.",
        "1312",
        (None, "RUS"),
    ),
    # 074: a multinational force, or the deployment of peacekeepers, authorised
    ("The Security Council authorised a multinational force for Haiti.", "074", (None, "HTI")),
    (
        "The Security Council authorized the deployment of peacekeepers to South Sudan.",
        "074",
        (None, "SSD"),
    ),
    # 1663: a UN agency banned, or banned from operating
    ("Israel banned UNRWA from operating in East Jerusalem.", "1663", ("ISR", None)),
    (
        "The Knesset passed a law banning UNRWA from operating on Israeli territory.",
        "1663",
        ("ISR", None),
    ),
    ("The Taliban barred UNICEF from working in Kandahar.", "1663", ("AFG", None)),
    # 010: a body addressed or spoken to
    ("Zelenskiy addressed the UN General Assembly by video link.", "010", ("UKR", None)),
    ("The Kenyan president spoke to the African Union summit.", "010", ("KEN", None)),
    # 114 / 115: a state referred to the Security Council; a situation or dispute to a court
    ("The IAEA board referred Iran to the Security Council.", "114", (None, "IRN")),
    ("The IAEA board reported North Korea to the Security Council.", "114", (None, "PRK")),
    (
        "The Security Council referred the situation in Libya to the International Criminal Court.",
        "115",
        (None, "LBY"),
    ),
    (
        "Ukraine referred its dispute with Russia to the International Court of Justice.",
        "115",
        ("UKR", "RUS"),
    ),
    # 163: a sanctions regime extended; a travel ban laid on people
    ("The Security Council extended the sanctions regime on Libya.", "163", (None, "LBY")),
    (
        "The Security Council imposed a travel ban on Haitian gang leaders.",
        "163",
        (None, "HTI"),
    ),
    # 085: names taken off a sanctions list, or delisted
    (
        "The EU removed two Russian businessmen from its sanctions list.",
        "085",
        (None, "RUS"),
    ),
    ("The EU delisted three Russian oligarchs.", "085", (None, "RUS")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # a leader spoken to is consulted, as one spoken with (040)
        ("Macron spoke to Netanyahu about the hostages.", "040", ("FRA", "ISR")),
    ],
)
def test_a_deed_both_sides_do_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


def test_a_deployment_another_is_authorised_to_make_is_not_yet_made(
    coder: newsevents.Coder,
) -> None:
    result = code(coder, "The Security Council authorised Kenya to deploy police to Haiti.")
    deployments = [event for event in result.events if event.root == "07"]
    assert deployments, describe(result)
    assert all(event.hypothetical for event in deployments), describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # protesters who defy a police ban still protest (140)
        ("Protesters defied a police ban on rallies in Belgrade.", "140", "SRB"),
        # a peacekeeping mandate renewed is protection (074), not withdrawal
        (
            "The Security Council renewed the mandate of the UN peacekeeping force in Lebanon.",
            "074",
            "LBN",
        ),
        # sanctions imposed stay imposed (163); proposed to be imposed, threatened (1312)
        ("The EU imposed new sanctions on Belarus.", "163", "BLR"),
        ("The EU proposed to impose sanctions on Belarus.", "1312", "BLR"),
        # a party banned stays a party banned; women barred from work keep their reading
        ("Thailand's court banned the Move Forward party.", "1722", "THA"),
        ("The Taliban banned women from working for NGOs.", "1721", "AFG"),
        # an envoy sent visits (042)
        ("Qatar sent an envoy to Kabul.", "042", "AFG"),
    ],
)
def test_a_nearby_deed_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # concerns, issues, reporters and broadcasters addressed or spoken to are no body
        ("The government addressed the concerns of the opposition.", "01"),
        ("The minister addressed the issue of migration with Italy.", "01"),
        ("Biden spoke to reporters at the White House.", "04"),
        # teams of doctors or engineers sent investigate nothing
        ("Germany sent a team of doctors to Gaza.", "09"),
        ("The company sent a team of engineers to Saudi Arabia.", "09"),
        # a state's own troops authorised to deploy, and a task force approved, protect no one
        ("Biden authorized the deployment of 3,000 troops to Poland.", "07"),
        ("The cabinet approved a task force on inflation.", "07"),
        # an evacuation order heeded, an order to fire obeyed, a decision implemented
        ("Residents complied with the evacuation order in Kherson.", "08"),
        ("Soldiers obeyed the order to open fire on the crowd.", "08"),
        ("The government implemented a decision to raise fuel prices.", "08"),
        # shares delisted from an exchange, a route removed from a list
        ("The firm delisted its shares from the New York Stock Exchange.", "08"),
        ("The airline removed the route from its list of destinations.", "08"),
        # a case referred between domestic courts; referring to a decision in a speech
        ("The judge referred the case to the constitutional court.", "11"),
        ("The minister referred to the council's decision in his speech.", "11"),
        # a governor's mandate ended withdraws no peacekeepers; a broadcaster is no aid agency
        ("The president ended the mandate of the governor.", "16"),
        ("Israel banned Al Jazeera from operating in the country.", "16"),
        # a statement drafted, a summit prepared threaten no sanctions
        ("The EU drafted a statement on the elections in Georgia.", "13"),
        ("The EU is preparing a summit with China.", "13"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
