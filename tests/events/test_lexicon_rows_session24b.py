"""Lexicon rows from 1990s wire copy: states that recognise each other; people taken or
held hostage, told in the passive; the bombing of a country or city as aerial bombing; an
end, halt or pause to one's own offensive ordered or announced; a brokered truce between
two sides; troops sent to defend a government; safe areas set up; airlifts and relief
flights, and their halting; inspectors thrown or ordered out, or stopped from entering;
suspects seized or snatched; refugees forced back; a peace plan accepted, approved or
agreed to; a deadline or call ignored or defied; talks resumed that had been frozen."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 181: taken or held hostage or captive, told in the passive with its doer after "by"
    (
        "Two Dutch peacekeepers were taken hostage by Serb troops near Srebrenica.",
        "181",
        ("SRB", "NLD"),
    ),
    ("Four Italian aid workers were held hostage by Somali gunmen.", "181", ("SOM", "ITA")),
    ("Two British tourists were taken captive by Yemeni tribesmen.", "181", ("YEM", "GBR")),
    # 195: the bombing of a country or city is aerial bombing, not a terrorist one (183)
    ("Moscow condemned NATO's bombing of Yugoslavia.", "195", (None, "SRB")),
    ("The American bombing of Iraq resumed on Thursday.", "195", ("USA", "IRQ")),
    # 087: an end, halt or pause to one's own offensive ordered or announced
    ("Yeltsin ordered an end to the bombing of Grozny.", "087", ("RUS", "RUS")),
    ("Israel announced a pause in its attacks on Lebanon.", "087", ("ISR", "LBN")),
    ("NATO announced a pause in its air strikes on Yugoslavia.", "087", (None, "SRB")),
    # 074: troops or forces sent to defend a government protect it; safe areas set up
    (
        "Angola sent troops to defend the Congolese government against the rebels.",
        "074",
        ("AGO", "COD"),
    ),
    ("France sent forces to defend the government of Chad.", "074", ("FRA", "TCD")),
    ("The Security Council established safe areas in Bosnia.", "074", (None, "BIH")),
    # 073: an airlift or relief flights to a named place
    ("A UN airlift to Kigali began on Sunday.", "073", (None, "RWA")),
    ("French relief flights to Sarajevo landed despite the shelling.", "073", ("FRA", "BIH")),
    # 1623: the same suspended or halted
    ("The UN suspended its airlift to Sarajevo after the shelling.", "1623", (None, "BIH")),
    ("Britain halted relief flights to Sarajevo.", "1623", ("GBR", "BIH")),
    # 1662: inspectors thrown out or ordered out
    ("Iraq threw out the American weapons inspectors.", "1662", ("IRQ", "USA")),
    ("Baghdad ordered the U.N. inspectors out of Iraq.", "1662", ("IRQ", None)),
    # 1245: inspectors or envoys stopped or prevented from entering
    ("Iraq stopped U.N. inspectors from entering the Defence Ministry.", "1245", ("IRQ", None)),
    ("Israel prevented the UN envoy from entering Jenin.", "1245", ("ISR", None)),
    # 173: suspects seized or snatched
    ("Dutch commandos snatched two Croatian suspects in Vitez.", "173", ("NLD", "HRV")),
    ("French troops seized a Serb suspect in Foca.", "173", ("FRA", "SRB")),
    # 174: refugees forcibly repatriated, forced back or sent back
    ("Zaire forcibly repatriated thousands of Rwandan refugees.", "174", ("COD", "RWA")),
    ("Macedonia forced Kosovo refugees back across the border.", "174", ("MKD", "XKX")),
    ("Hong Kong sent back hundreds of Vietnamese refugees.", "174", ("HKG", "VNM")),
    # 037: a peace plan accepted, approved or agreed to (a plain plan stays 030)
    ("Croatia accepted the American peace plan.", "037", ("HRV", "USA")),
    ("Croatia agreed to the American peace plan.", "037", ("HRV", "USA")),
    ("Belgrade approved the European peace plan.", "037", ("SRB", None)),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 054: two sides that recognise each other or one another, or exchange letters of
        # mutual recognition
        ("Israel and Jordan formally recognized each other on Wednesday.", "054", ("ISR", "JOR")),
        (
            "Croatia and Serbia recognised one another in a treaty signed in Belgrade.",
            "054",
            ("HRV", "SRB"),
        ),
        ("Israel and the PLO exchanged letters of mutual recognition.", "054", ("ISR", "PSE")),
        # 0871: a truce or ceasefire brokered or mediated between two sides
        (
            "An Egyptian-brokered truce between Israel and Hamas held overnight.",
            "0871",
            ("ISR", "PSE"),
        ),
        ("The UN-mediated ceasefire between Ethiopia and Eritrea held.", "0871", ("ETH", "ERI")),
        # 046: talks "suspended since 1996" that resumed keep their event
        (
            "Talks between Israel and Syria, suspended since 1996, resumed in Washington.",
            "046",
            ("ISR", "SYR"),
        ),
    ],
)
def test_a_deed_both_sides_do_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    "text",
    [
        "Belgrade ignored calls to withdraw its troops from Kosovo.",
        "Iraq defied a UN deadline to withdraw its troops from Kuwait.",
        "Iraq ignored a UN deadline to pull its forces out of Kuwait.",
    ],
)
def test_a_withdrawal_a_deadline_or_call_asked_for_and_was_ignored_was_not_done(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    withdrawals = [event for event in result.events if event.root == "08"]
    assert withdrawals, describe(result)
    assert all(event.negated for event in withdrawals), describe(result)


def test_a_deadline_defied_is_still_defiance(coder: newsevents.Coder) -> None:
    result = code(coder, "Iraq defied a UN deadline to withdraw its troops from Kuwait.")
    assert any(event.cameo == "128" for event in result.events), describe(result)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # talks frozen "since" a date by the one who froze them still code the halt
        ("Syria has frozen its talks with Israel since the bombing.", "164", "ISR"),
        # refuge sought in an embassy is still asked of its state
        ("A Serbian general sought refuge in the French embassy.", "023", "FRA"),
        # the bombing of a bus is a terrorist bombing
        ("The bombing of a bus in Jerusalem by Hamas killed 20 people.", "183", "ISR"),
        # protesters who defied a ban to march marched: the march is no refusal
        ("Serbian protesters defied a police ban to march through Belgrade.", "140", "SRB"),
    ],
)
def test_a_nearby_deed_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # refuge sought in a church is no appeal to a state
        ("Thousands of Tutsis sought refuge in a church in Kigali.", "02"),
        # steps taken to free hostages held by others are no hostage-taking
        ("Israel took steps to free the hostages held by Hezbollah.", "18"),
        # the bombing of a named building is no air strike
        ("The bombing of the World Trade Center killed six people.", "19"),
        # an end to the bombing called for is an appeal, not the caller's de-escalation
        ("The pope called for an end to the bombing of Yugoslavia.", "08"),
        # talks on a ceasefire are no ceasefire; a pause in labour strikes is no de-escalation
        ("Talks on a ceasefire between Sri Lanka and the Tamil rebels opened in Oslo.", "08"),
        ("The union announced a pause in its strikes against Renault.", "08"),
        # troops sent to defend a decision only in words: no protection given
        ("The minister defended the decision to send troops to Bosnia.", "07"),
        # an airlift of troops carries no aid; a safe haven for smugglers protects no one
        ("The airlift of American troops to Saudi Arabia began in August.", "07"),
        ("The smugglers used the island as a safe haven.", "07"),
        # refugees the UN agency takes home are not expelled
        ("The UNHCR repatriated thousands of Afghan refugees from Pakistan.", "17"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
