"""Lexicon rows: border and airspace closures extended or announced; schemes two sides
agree on; agreements renewed, extended or not renewed; money received from another;
another's debts or wages paid; ground taken back, won back or reclaimed; warnings that the
warner would take measures or respond, or that a deed would be met with a response, and
vows that a deed will not go unanswered; another held accountable; energy sales halted; a
commitment to another's defence; elections dismissed as a sham; another's decision
regretted; interference denied; an outlet's broadcasts suspended."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 191: a border, crossing or airspace closure extended, announced or ordered
    (
        "Norway extended the closure of its border with Russia until the end of the year.",
        "191",
        ("NOR", "RUS"),
    ),
    (
        "Lithuania announced the closure of two border crossings with Belarus.",
        "191",
        ("LTU", "BLR"),
    ),
    ("Pakistan extended the closure of its airspace to Indian airlines.", "191", ("PAK", "IND")),
    ("Latvia extended its border closure with Belarus for three months.", "191", ("LVA", "BLR")),
    # 127: an agreement not renewed or not extended is rejected
    ("Senegal did not renew its fishing agreement with Spain.", "127", ("SEN", "ESP")),
    ("Ukraine did not extend the gas transit agreement with Russia.", "127", ("UKR", "RUS")),
    ("Senegal refused to renew its fishing agreement with Spain.", "127", ("SEN", "ESP")),
    # 071: money received, got, obtained or secured from another
    (
        "Mauritania received 210 million euros from the European Union to stem migration.",
        "071",
        (None, "MRT"),
    ),
    ("Kenya received 500 million dollars from China for the railway.", "071", ("CHN", "KEN")),
    ("Egypt got 5 billion dollars from Saudi Arabia.", "071", ("SAU", "EGY")),
    (
        "Pakistan obtained 2 billion dollars from China to shore up its reserves.",
        "071",
        ("CHN", "PAK"),
    ),
    ("Sri Lanka secured 3 billion dollars from Japan.", "071", ("JPN", "LKA")),
    # 071 / 0331: another's debts, arrears or wages paid (the creditor is no side)
    ("Saudi Arabia paid off Syria's arrears to the World Bank.", "071", ("SAU", "SYR")),
    ("Riyadh settled Syria's arrears to the World Bank.", "071", ("SAU", "SYR")),
    ("Qatar paid the salaries of Syrian civil servants.", "071", ("QAT", "SYR")),
    ("Saudi Arabia will pay Syria's debts to the World Bank.", "0331", ("SAU", "SYR")),
    # 192: ground taken back, won back or reclaimed; threatened, 1382
    ("Ukrainian troops took back the town of Kupiansk from Russian forces.", "192", ("UKR", "RUS")),
    (
        "Ukrainian troops won back the village of Robotyne from Russian forces.",
        "192",
        ("UKR", "RUS"),
    ),
    (
        "Azerbaijani forces reclaimed the town of Shusha from Armenian troops.",
        "192",
        ("AZE", "ARM"),
    ),
    (
        "Trump said the United States would take back the Panama Canal if Panama kept its fees.",
        "1382",
        ("USA", "PAN"),
    ),
    (
        "Argentina's president vowed to take back the Falkland Islands from Britain.",
        "1382",
        ("ARG", "GBR"),
    ),
    # 130: a warning that the warner would take measures, steps or action, or respond
    (
        "Egypt warned Ethiopia that it would take all necessary measures to protect its share of"
        " the Nile.",
        "130",
        ("EGY", "ETH"),
    ),
    (
        "Seoul warned Pyongyang that it would respond firmly to any provocation.",
        "130",
        ("KOR", "PRK"),
    ),
    (
        "Beijing warned Manila that it will take resolute measures to defend its sovereignty.",
        "130",
        ("CHN", "PHL"),
    ),
    (
        "Islamabad warned Kabul that it would take action against militant hideouts.",
        "130",
        ("PAK", "AFG"),
    ),
    # 130 / 138: a warning to another that a deed would be met with a response or force
    (
        "Beijing warned Taipei that any move towards independence would be met with force.",
        "138",
        ("CHN", "TWN"),
    ),
    # 130: a deed that will not go unanswered or unpunished
    ("Iran vowed that the Israeli attack would not go unpunished.", "130", ("IRN", "ISR")),
    ("Israel vowed that Hezbollah's attack would not go unanswered.", "130", ("ISR", "LBN")),
    ("Moscow warned Kyiv that the drone raid would not go unanswered.", "130", ("RUS", "UKR")),
    # 130: another to be held accountable (170 done, a threat promised or to come)
    ("Washington will hold Moscow accountable for the attack.", "130", ("USA", "RUS")),
    ("The United States vowed to hold Russia accountable.", "130", ("USA", "RUS")),
    # 163: energy sales to another halted
    ("Colombia halted electricity sales to Ecuador.", "163", ("COL", "ECU")),
    ("Kyrgyzstan suspended the sale of electricity to Kazakhstan.", "163", ("KGZ", "KAZ")),
    ("Russia cut gas sales to Moldova.", "163", ("RUS", "MDA")),
    # 0334: a commitment to another's defence
    ("Britain reaffirmed its commitment to the defence of Estonia.", "0334", ("GBR", "EST")),
    ("Washington reiterated its commitment to defend the Philippines.", "0334", ("USA", "PHL")),
    ("Britain committed itself to the defence of Estonia.", "0334", ("GBR", "EST")),
    # 111: an election dismissed as a sham; another's decision regretted
    ("Washington dismissed Venezuela's election as a sham.", "111", ("USA", "VEN")),
    ("Germany regretted Hungary's decision to block the aid package.", "111", ("DEU", "HUN")),
    ("France regretted Mali's decision to expel its ambassador.", "111", ("FRA", "MLI")),
    # 016: interference or meddling denied
    ("Belgrade denied any interference in Montenegro's elections.", "016", ("SRB", "MNE")),
    ("Moscow denied meddling in the US election.", "016", ("RUS", "USA")),
    # 1721: the broadcasts of an outlet suspended
    ("The Russian authorities suspended the broadcasts of the BBC.", "1721", ("RUS", "GBR")),
    (
        "The Malian junta suspended the broadcasts of two French media outlets.",
        "1721",
        ("MLI", "FRA"),
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
        # 057: a scheme, plan or mechanism two sides agree on together
        (
            "Britain and France agreed on a scheme to return migrants who cross the Channel.",
            "057",
            ("GBR", "FRA"),
        ),
        (
            "Greece agreed with Turkey on a mechanism to settle fishing disputes.",
            "057",
            ("GRC", "TUR"),
        ),
        (
            "Athens and Skopje agreed a mechanism to settle disputes over the border.",
            "057",
            ("GRC", "MKD"),
        ),
        ("Kenya agreed a roadmap with Somalia for the return of refugees.", "057", ("KEN", "SOM")),
        # 057: an agreement renewed or extended
        ("Morocco and Spain renewed their fishing agreement.", "057", ("MAR", "ESP")),
        (
            "Russia and Ukraine extended the grain deal for another four months.",
            "057",
            ("RUS", "UKR"),
        ),
        (
            "The United States and Russia extended the New START treaty by five years.",
            "057",
            ("USA", "RUS"),
        ),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # an accusation dismissed is still denied; a death regretted is still sympathy
        ("The Kremlin dismissed the accusations by Kyiv as baseless.", "016", "UKR"),
        ("The Indian army regretted the loss of Pakistani civilian lives.", "018", "PAK"),
        # a meeting "with" a leader is still a meeting
        ("Putin met with Erdogan in Sochi.", "040", "TUR"),
        # a truce extended is still a ceasefire kept
        (
            "The Saudi-led coalition and the Houthis extended the truce by two months.",
            "0871",
            "YEM",
        ),
        # energy supplies cut, and weapons sales halted, keep their own codes
        ("Russia halted gas supplies to Moldova.", "160", "MDA"),
        ("Britain suspended the sale of fighter jets to Saudi Arabia.", "1622", "SAU"),
        # aid and loans received keep their codes
        ("Lebanon received emergency aid from Qatar after the port explosion.", "070", "LBN"),
        # a warning of what others face is still a pessimistic comment
        ("The World Food Programme warned Sudan that millions faced famine.", "012", "SDN"),
        # a warning that a strike would be met with a response stays a threat
        ("Pakistan warned India that any strike would be met with a firm response.", "130", "IND"),
    ],
)
def test_a_nearby_sentence_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a closure of schools, or a border closure with no neighbour named
        ("The ministry announced the closure of schools in Kyiv.", "19"),
        ("Australia extended its border closure for another month.", "19"),
        # one body's own plan is no accord with the place it is about
        ("EU ministers agreed on a plan to send more aid to Sudan.", "05"),
        ("Israel's security cabinet agreed on a plan to take over Gaza City.", "05"),
        # a coach's contract renewed is no accord between states
        ("Gabon renewed the contract of its French football coach.", "05"),
        # money from a sale of bonds is no one's aid; one's own debts paid are no aid
        ("Ghana received 3 billion dollars from the sale of bonds.", "07"),
        ("Greece paid its debt to the International Monetary Fund.", "07"),
        ("Kenya paid its arrears to the World Bank.", "07"),
        ("Argentina paid off its debt to the Paris Club.", "07"),
        # migrants or words taken back, land reclaimed from the sea, a state won back in a vote
        ("Mexico agreed to take back migrants from the United States.", "19"),
        ("The minister took back his remarks about China.", "19"),
        ("China reclaimed land from the sea near the Spratly Islands.", "19"),
        ("The Democrats won back Pennsylvania in the election.", "19"),
        # measures others would take, and a plan met with resistance, are no threat
        ("The IMF warned that governments would take measures to curb inflation.", "13"),
        ("The WHO warned that the plan would be met with resistance from doctors.", "13"),
        # an offer met with silence is no meeting
        ("The Russian offer was met with silence in Kyiv.", "04"),
        # a broadcaster halting its own broadcasts restricts no one
        ("The BBC suspended its broadcasts in Afghanistan.", "17"),
        # a commitment to free trade is no protection pledged
        ("Japan reaffirmed its commitment to free trade with Australia.", "03"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
