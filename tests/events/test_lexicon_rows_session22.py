"""Lexicon rows: aid resumed, invitations to conferences, recognition switched, pacts'
pillars joined, security missions, election observers, deeds attributed, threats of
military retaliation and of closing a strait, mediation reconsidered, peacekeeping chiefs
expelled, networks hacked, martial law extended, flotillas intercepted, offices set on
fire, fleets named without their state, courts' rulings that a law or treaty was broken,
phone calls between two sides."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss, check_nearby_reading
from .test_coding import code, describe
from .test_roles_and_modes import only

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 036: a conference or forum one is invited to is a meeting offered
    ("Russia invited Ukraine to the peace conference in Moscow.", "036", ("RUS", "UKR")),
    (
        "Kenya's invitation to the peace conference drew a positive response from Ethiopia.",
        "036",
        ("KEN", "ETH"),
    ),
    # 054: recognition or ties switched to another capital are granted to it
    ("Nicaragua switched diplomatic recognition from Taipei to China.", "054", ("NIC", "CHN")),
    ("The Dominican Republic shifted diplomatic relations to China.", "054", ("DOM", "CHN")),
    # 057: a pillar of a pact joined is the pact joined (037 where it is said it will be)
    ("Canada joined the AUKUS pact's second pillar.", "057", ("CAN", None)),
    (
        "New Zealand said it would join the AUKUS security pact's technology pillar.",
        "037",
        ("NZL", None),
    ),
    # 07x: aid resumed or restored is aid given again (033 where it is said it will be)
    ("The EU resumed aid to the Palestinian Authority.", "070", (None, "PSE")),
    ("The EU said it would resume aid to the Palestinian Authority.", "033", (None, "PSE")),
    ("The United States resumed assistance to Niger's government.", "070", ("USA", "NER")),
    ("Sweden restored its funding for UNRWA.", "071", ("SWE", None)),
    ("The United States restored military aid to Egypt.", "072", ("USA", "EGY")),
    ("Britain resumed humanitarian aid to Yemen.", "073", ("GBR", "YEM")),
    # 074: a security mission sent or led (0334 where one is ready to lead it)
    ("Chad sent a security mission to the Central African Republic.", "074", ("TCD", "CAF")),
    (
        "Kenya said it was ready to lead a multinational security mission to Haiti.",
        "0334",
        ("KEN", "HTI"),
    ),
    # 090: observers deployed, and the elections they monitor or observe abroad
    ("The European Union deployed observers to Venezuela.", "090", (None, "VEN")),
    (
        "The OSCE deployed election observers to monitor Georgia's parliamentary elections.",
        "090",
        (None, "GEO"),
    ),
    ("OSCE observers observed Armenia's parliamentary election.", "090", (None, "ARM")),
    # 112: a deed attributed to someone is blamed on them
    (
        "The Netherlands attributed a cyberattack on its police service to a hacking group"
        " linked to Russia.",
        "112",
        ("NLD", "RUS"),
    ),
    # 138: a military response warned of is a threat of force
    (
        "Israel warned Hezbollah of a military response to any further rocket fire.",
        "138",
        ("ISR", "LBN"),
    ),
    # 135: a mediator's role reconsidered is a threat to halt mediation
    (
        "Qatar said it would reconsider its role as mediator between Israel and Hamas.",
        "135",
        ("QAT", "ISR"),
    ),
    # 1381: closing a strait threatened, aimed at whoever the condition names
    (
        "Iran threatened to close the Strait of Hormuz if the United States attacked its"
        " nuclear sites.",
        "1381",
        ("IRN", "USA"),
    ),
    # 1661: the head of a peacekeeping mission expelled
    ("Mali expelled the head of MINUSMA.", "1661", ("MLI", None)),
    (
        "Mali's junta expelled the head of the UN peacekeeping mission in Bamako.",
        "1661",
        ("MLI", None),
    ),
    # 170: computers and websites breached or attacked, and networks where hackers do it
    ("Russian spies breached the servers of the Dutch police.", "170", ("RUS", "NLD")),
    (
        "Chinese state-backed hackers breached the networks of the U.S. Treasury Department.",
        "170",
        ("CHN", "USA"),
    ),
    ("Iranian groups attacked Israeli government websites.", "170", ("IRN", "ISR")),
    (
        "Chinese hackers attacked the networks of the U.S. Treasury Department.",
        "170",
        ("CHN", "USA"),
    ),
    # 1724: martial law the parse reads as "extended martial law", a noun phrase
    ("Myanmar's junta extended martial law in 30 townships.", "1724", ("MMR", "MMR")),
    # 191: a flotilla intercepted on its way is the blockade enforced
    ("The Israeli navy intercepted a Malaysian flotilla heading to Gaza.", "191", ("ISR", "MYS")),
    # 1712: homes and offices set on fire are property destroyed
    (
        "Israeli settlers set fire to the offices of a Palestinian charity in Hebron.",
        "1712",
        ("ISR", "PSE"),
    ),
    # 116: a court's ruling that someone broke a law or a treaty
    (
        "The International Court of Justice ruled that Russia had violated a treaty on "
        "terrorism financing.",
        "116",
        (None, "RUS"),
    ),
    (
        "The International Court of Justice ruled that Uganda had failed to protect civilians "
        "in Ituri.",
        "116",
        (None, "UGA"),
    ),
    # a fleet named without its state is that state's navy
    ("Ukrainian naval drones attacked the Black Sea Fleet near Sevastopol.", "190", ("UKR", "RUS")),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # mediation between two sides reconsidered: the first of them
        (
            "Kuwait is reassessing its role as mediator between Qatar and Saudi Arabia.",
            "135",
            "QAT",
        ),
        # a phone call between two sides, whatever verb tells it
        (
            "A phone call between the leaders of India and Pakistan helped ease tensions.",
            "041",
            "PAK",
        ),
        (
            "A telephone call between the Greek and Turkish foreign ministers lasted an hour.",
            "041",
            "TUR",
        ),
    ],
)
def test_a_deed_between_sides_codes_with_its_target(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # warplanes intercepted are still a show of force; a response warned of, a threat
        ("Taiwanese fighter jets intercepted a Chinese bomber near the island.", "150", "CHN"),
        ("China warned of consequences over the arms sale to Taiwan.", "130", "TWN"),
        # missiles that hit a power network are force, not hacking
        ("Russian missiles attacked Ukraine's power network.", "190", "UKR"),
        # martial law lifted is still eased
        ("The junta lifted martial law in Yangon.", "0814", "MMR"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


def test_a_strait_closed_under_threat_is_one_threat(coder: newsevents.Coder) -> None:
    # the threat's own row and the closing under "threatened" give the one event
    check_deed(
        coder,
        "Iran threatened to close the Strait of Hormuz to American tankers.",
        "1381",
        ("IRN", "USA"),
    )


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # reporters invited to a press or news conference are briefed
        ("The Kremlin invited foreign reporters to a press conference in Moscow.", "03"),
        ("The ministry invited journalists to a news conference.", "03"),
        # a mission "Kenyan-led" names who leads it, not whom it is for
        (
            "The UN Security Council authorised a Kenyan-led security mission to help Haiti's"
            " police fight gangs.",
            "07",
        ),
        ("Kenya's parliament approved a UN-backed security mission.", "07"),
        # attacks resumed on aid are no aid
        ("The rebels resumed attacks on aid convoys in Darfur.", "07"),
        # a vote watched at home, or a protest, is no inquiry abroad
        ("Kenya's electoral commission monitored the vote.", "09"),
        ("Police monitored the protest in Nairobi.", "09"),
        # a cause, not a culprit
        ("The finance minister attributed the rise in prices to the war in Ukraine.", "11"),
        ("Investigators attributed the explosion to a gas leak.", "11"),
        # a role that is no mediator's
        ("Sweden said it would reconsider its role in the coalition.", "13"),
        # a party's own officer expelled
        ("The ruling party expelled the head of its youth wing.", "16"),
        # lines breached by troops are no network hacked
        ("Ukrainian troops breached Russian defensive lines near Robotyne.", "17"),
        # lawmakers change sides, not recognition
        ("Several lawmakers switched allegiance to the ruling party.", "05"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)


def test_observers_invited_to_monitor_a_vote_are_let_in(coder: newsevents.Coder) -> None:
    # the host lets them in (086); the vote they are to monitor is no appeal to them (020)
    result = code(coder, "Armenia invited OSCE observers to monitor its parliamentary election.")
    assert only(result, "08").cameo == "086", describe(result)
    assert all(event.root != "02" for event in result.events), describe(result)
