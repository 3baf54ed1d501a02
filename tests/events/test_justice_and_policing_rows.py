"""Lexicon rows: the condemned executed or hanged, groups listed as terrorist or extremist,
outlets designated foreign agents or undesirable, rights groups suspended, arrest warrants
sought and wanted lists, sentences upheld, bail granted, named people pardoned or handed
over to a court, fire traded, operations launched against rebels; bloggers, doctors and
nurses as actors."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe
from .test_roles_and_modes import actor_of, dyads, only

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 1823: the condemned a state executes or hangs, or puts to death
    ("Iran executed a Swedish national convicted of spying for Israel.", "1823", ("IRN", "SWE")),
    ("Iran executed Jamshid Sharmahd on Monday.", "1823", ("IRN", None)),
    ("Iraq hanged 21 people convicted of terrorism.", "1823", ("IRQ", "IRQ")),
    ("Indonesia put four Nigerian drug traffickers to death.", "1823", ("IDN", "NGA")),
    # 1722: a group added to a list of terrorist or extremist organisations is designated one
    ("Pakistan added the group to its list of terrorist organisations.", "1722", ("PAK", "PAK")),
    ("Canada added the Houthis to its terror list.", "1722", ("CAN", "YEM")),
    (
        "Belarus added the opposition movement to its list of extremist organisations.",
        "1722",
        ("BLR", "BLR"),
    ),
    # 1721: an outlet or critic designated a foreign agent or undesirable
    (
        "Russia's Justice Ministry designated the news outlet Meduza as a foreign agent.",
        "1721",
        ("RUS", "RUS"),
    ),
    ("Russia designated Radio Free Europe an undesirable organisation.", "1721", ("RUS", "USA")),
    (
        "Russia's Justice Ministry added the Nobel laureate Dmitry Muratov to its list of"
        " foreign agents.",
        "1721",
        ("RUS", "RUS"),
    ),
    # 1721: rights groups and charities suspended, or their activities
    ("Ethiopia suspended three human rights organisations.", "1721", ("ETH", "ETH")),
    ("Nicaragua suspended the activities of 1,500 charities.", "1721", ("NIC", "NIC")),
    # 173: an arrest warrant sought or requested, a wanted list one is put on
    (
        "Poland's prosecutors requested an international arrest warrant for the former"
        " justice minister.",
        "173",
        ("POL", "POL"),
    ),
    ("The ICC prosecutor sought arrest warrants for Taliban leaders.", "173", (None, "AFG")),
    ("Russia placed the ICC's chief prosecutor on a wanted list.", "173", ("RUS", None)),
    ("Russia put Lithuania's culture minister on its wanted list.", "173", ("RUS", "LTU")),
    (
        "Belarus added the exiled opposition leader Sviatlana Tsikhanouskaya to its wanted list.",
        "173",
        ("BLR", None),
    ),
    # 116: a sentence, conviction or verdict upheld
    (
        "Cambodia's Supreme Court upheld the 27-year sentence against opposition leader Kem Sokha.",
        "116",
        ("KHM", "KHM"),
    ),
    (
        "A Russian appeals court upheld the conviction of the American journalist.",
        "116",
        ("RUS", "USA"),
    ),
    (
        "A Hong Kong court upheld the verdict against the pro-democracy activists.",
        "116",
        ("HKG", "HKG"),
    ),
    # 0841: bail granted, a named person pardoned (a bare pardon is 056)
    (
        "Zimbabwe's High Court granted bail to opposition activist Jameson Timba.",
        "0841",
        ("ZWE", "ZWE"),
    ),
    ("Egypt's president pardoned Alaa Abd el-Fattah.", "0841", ("EGY", None)),
    # 063: a named person handed over or surrendered to a court
    (
        "The Philippine police handed Rodrigo Duterte over to the International Criminal Court.",
        "063",
        ("PHL", None),
    ),
    (
        "Serbia surrendered Radovan Karadzic to the UN war crimes tribunal.",
        "063",
        ("SRB", None),
    ),
    # 190: an operation launched against rebels
    (
        "The Congolese army launched an operation against the ADF rebels in North Kivu.",
        "190",
        ("COD", "UGA"),
    ),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


def test_fire_traded_is_fighting_both_ways(coder: newsevents.Coder) -> None:
    # 193, as fire exchanged: each side fires on the other
    result = code(coder, "Indian and Pakistani troops traded fire along the Line of Control.")
    assert {event.cameo for event in result.events if event.root == "19"} == {"193"}, describe(
        result
    )
    assert dyads(result, "19") == {("IND", "PAK"), ("PAK", "IND")}, describe(result)


@pytest.mark.parametrize(
    ("text", "actor_code"),
    [
        # bloggers are media, doctors and nurses health workers, as journalists and doctors
        ("Vietnam arrested a prominent blogger.", "VNMMED"),
        ("Egyptian police arrested a doctor.", "EGYHLH"),
        ("Iranian authorities detained a nurse in Tehran.", "IRNHLH"),
    ],
)
def test_a_role_word_names_the_one_acted_on(
    coder: newsevents.Coder, text: str, actor_code: str
) -> None:
    result = code(coder, text)
    event = only(result, "17")
    assert event.cameo == "173", describe(result)
    assert actor_of(result, event.target).code == actor_code, describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # hostages handed over are released, not extradited
        ("Hamas handed over the Israeli hostages to Israeli authorities.", "0841", "ISR"),
        # a licence suspended is an administrative sanction, whoever holds it
        ("Kenya suspended the licence of a Kenyan human rights organisation.", "172", "KEN"),
        # a firm put on the entity list is sanctioned, not designated
        ("The Commerce Department added 12 Chinese firms to its entity list.", "163", "CHN"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # shots traded in a debate are words
        (
            "The two presidential candidates traded shots over the economy in a televised debate.",
            "19",
        ),
        # an effigy hanged, a swap executed: no one killed
        ("Protesters hanged an effigy of the president.", "18"),
        ("Syria executed a prisoner swap with the rebels.", "18"),
        # a football association suspended by its federation is no rights group shut
        ("FIFA suspended the Russian football association.", "17"),
        # a search warrant is for a place
        ("Police sought a search warrant for the minister's house.", "17"),
        # a list of controlled substances, a special economic zone: no one designated
        ("The ministry added the drug to its list of controlled substances.", "17"),
        ("Russia designated the region a special economic zone.", "17"),
        # an operation to rescue hostages, or one by police against gangs, is no fighting
        ("The army launched an operation to rescue the hostages.", "19"),
        ("Police launched an operation against drug gangs.", "19"),
        # a lower court's verdict upheld finds no one guilty
        ("The court upheld the verdict of the lower court.", "11"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
