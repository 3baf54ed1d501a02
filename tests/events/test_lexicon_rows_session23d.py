"""Lexicon rows: states stripped of their voting rights, warplanes flying over another's
territory, infringement proceedings opened, talks a state remains in, states and groups
taken off terror lists, intelligence sharing suspended, threats not accepted, leaders
invited to a capital or for a visit, entry banned to officials, plain strikes by a state's
forces kept apart from labour strikes, and a probe called a witch hunt."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_both_ways, check_deed, check_near_miss, check_nearby_reading

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 160: a state stripped of its voting rights in a body, or its voting rights suspended
    ("The EU stripped Hungary of its voting rights.", "160", (None, "HUN")),
    ("The Council of Europe stripped Russia of its voting rights.", "160", (None, "RUS")),
    ("The European Union suspended Hungary's voting rights in the council.", "160", (None, "HUN")),
    # 150: warplanes and jets flying over or into another's territory (drones flown into a
    # city are an attack, not a show of force)
    ("Russian jets flew into Estonian airspace for 12 minutes.", "150", ("RUS", "EST")),
    ("Turkish fighter jets flew over the Greek island of Rhodes.", "150", ("TUR", "GRC")),
    (
        "A Russian military helicopter flew into Finnish airspace near Porvoo.",
        "150",
        ("RUS", "FIN"),
    ),
    # 195: sorties flown over a place are aerial attacks, not a show of force
    ("British Tornado jets flew bombing sorties over Mosul.", "195", ("GBR", "IRQ")),
    # 115: infringement proceedings, and proceedings against a state, are legal action
    (
        "The European Commission opened infringement proceedings against Poland.",
        "115",
        (None, "POL"),
    ),
    (
        "The European Commission launched an infringement procedure against Hungary.",
        "115",
        (None, "HUN"),
    ),
    ("The European Commission opened an infringement case against Italy.", "115", (None, "ITA")),
    (
        "The European Commission opened proceedings against Slovakia over the media law.",
        "115",
        (None, "SVK"),
    ),
    # 085: a state taken off the list of state sponsors of terrorism, or off a blacklist;
    # 163 where one is put on it
    (
        "Washington removed Cuba from its list of state sponsors of terrorism.",
        "085",
        ("USA", "CUB"),
    ),
    (
        "The United States took North Korea off its list of state sponsors of terrorism.",
        "085",
        ("USA", "PRK"),
    ),
    (
        "The Commerce Department removed the Chinese chipmaker from its trade blacklist.",
        "085",
        ("USA", "CHN"),
    ),
    ("Washington added Cuba to its list of state sponsors of terrorism.", "163", ("USA", "CUB")),
    (
        "The United States put North Korea on its list of state sponsors of terrorism.",
        "163",
        ("USA", "PRK"),
    ),
    # 0812: a group taken off a terrorist list is no longer proscribed
    (
        "Washington removed the Houthis from its list of foreign terrorist organisations.",
        "0812",
        ("USA", "YEM"),
    ),
    ("The United States removed the Houthis from its terrorism blacklist.", "0812", ("USA", "YEM")),
    # 160: intelligence sharing suspended or paused is cooperation reduced
    ("Hungary suspended intelligence sharing with Ukraine.", "160", ("HUN", "UKR")),
    ("Washington paused intelligence sharing with Ukraine.", "160", ("USA", "UKR")),
    # 124: threats not accepted is a refusal to yield (080 negated); 123 for an ultimatum
    ("Ukraine will not accept threats from Moscow.", "124", ("UKR", "RUS")),
    ("Iran will not accept threats from Washington.", "124", ("IRN", "USA")),
    ("Ukraine will not accept the Russian ultimatum.", "123", ("UKR", "RUS")),
    # 036: a leader invited to a capital, or for a visit
    ("Putin invited Modi to Moscow.", "036", ("RUS", "IND")),
    ("Xi invited Lula for a state visit.", "036", ("CHN", "BRA")),
    ("Xi invites Lula for state visit", "036", ("CHN", "BRA")),
    # 163: entry banned or barred to a state's officials is a travel ban; 1245 to UN inspectors
    ("Hungary banned entry to three Ukrainian commanders.", "163", ("HUN", "UKR")),
    ("Hungary bans entry to Ukrainian commanders", "163", ("HUN", "UKR")),
    ("Lithuania barred entry to Belarusian officials.", "163", ("LTU", "BLR")),
    (
        "Hungary banned three Ukrainian commanders from entering the country.",
        "163",
        ("HUN", "UKR"),
    ),
    ("Latvia imposed an entry ban on Russian officials.", "163", ("LVA", "RUS")),
    ("Israel barred entry to UN inspectors.", "1245", ("ISR", None)),
    # 190: a plain strike by a state's forces, or on a place the text names
    ("A Russian strike hit a hospital in Kharkiv.", "190", ("RUS", "UKR")),
    ("A Ukrainian strike destroyed a Russian ammunition depot in Crimea.", "190", ("UKR", "RUS")),
    ("Russia carried out a strike on Kyiv.", "190", ("RUS", "UKR")),
    ("Iran launched a strike against Israel in October.", "190", ("IRN", "ISR")),
    # 195 and 194: an air, drone, missile or rocket strike on a place stays one
    ("Russian airstrikes on Idlib continued overnight.", "195", ("RUS", "SYR")),
    ("Russian missile strikes on Odesa damaged the port.", "195", ("RUS", "UKR")),
    ("Ukrainian drone strikes on Russian refineries cut fuel output.", "195", ("UKR", "RUS")),
    # 2042: a nuclear strike carried out on a city
    ("The United States carried out a nuclear strike on Nagasaki in 1945.", "2042", ("USA", "JPN")),
    # 111: a probe called a witch hunt
    ("Orban called the EU investigation a witch hunt.", "111", ("HUN", None)),
    ("Netanyahu said the ICC warrant was a witch hunt.", "111", ("ISR", None)),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_deed_codes_with_its_dyad(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(
    ("text", "cameo", "target"),
    [
        # the air strike keeps its code where a killing is told with it
        ("Israeli air strikes on Hamas positions killed 30 militants.", "195", "PSE"),
        ("Israeli strike kills 12 in Gaza", "190", None),
    ],
)
def test_a_strike_keeps_its_reading(
    coder: newsevents.Coder, text: str, cameo: str, target: str
) -> None:
    check_nearby_reading(coder, text, cameo, target)


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # 046: talks a state remains or stays in
        ("Canada remains in talks with the United States on tariffs.", "046", ("CAN", "USA")),
        ("Turkey stayed in negotiations with Russia over a new gas hub.", "046", ("TUR", "RUS")),
    ],
)
def test_a_deed_between_two_sides_codes_both_ways(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    check_both_ways(coder, text, cameo, sides)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a right to vote suspended at home, or a person stripped of a title, is no
        # membership suspended
        ("The junta suspended the right to vote.", "16"),
        ("Moscow stripped the dissident of his citizenship.", "16"),
        # a president, an airliner or fans flying over or into a place show no force
        ("President Biden flew over the flooded areas of Kentucky.", "15"),
        ("A Russian airliner flew over Estonia.", "15"),
        ("Hungarian fans flew into Budapest on Sunday.", "15"),
        # infringement proceedings dropped are no lawsuit brought
        ("The European Commission dropped infringement proceedings against Poland.", "11"),
        # staying in the dark about talks is no negotiation
        ("Ukraine remained in the dark about the talks.", "04"),
        # something taken off an agenda is no sanction eased
        ("Washington removed Cuba from the agenda of the talks.", "08"),
        # an intelligence chief suspended, or intelligence sharing resumed, reduces no relations
        ("Hungary suspended its intelligence chief.", "16"),
        ("Hungary resumed intelligence sharing with Ukraine.", "16"),
        # an award accepted is no threat rejected
        ("Ukraine accepted the award from Moscow.", "12"),
        # bids invited are no meeting offered
        ("Putin invited bids for the Moscow contract.", "03"),
        # entry barred to a stadium, and smoking banned, are no sanctions
        ("Hungarian police barred entry to the stadium.", "16"),
        ("Hungary banned smoking in bars.", "16"),
        # labour strikes, with or without a state's name, are no force
        ("The Israeli port strike entered its third day.", "19"),
        ("The Turkish strike by metal workers shut factories in Bursa.", "19"),
        ("A strike by Israeli doctors closed hospitals.", "19"),
        ("The Israeli general strike ended on Tuesday.", "19"),
        ("Israeli doctors launched a strike against the judicial overhaul.", "19"),
        ("Nigerian workers launched a general strike against the government.", "19"),
        ("French rail workers began a strike in Paris.", "19"),
        ("Greek dockworkers staged a strike on Monday in Piraeus.", "19"),
        ("Kenyan teachers carried out a strike in Nairobi.", "19"),
        ("The strike on the London Underground disrupted travel.", "19"),
        # a nuclear strike warned of or feared is none made
        ("Medvedev warned of a nuclear strike on Kyiv.", "19"),
        ("Medvedev warned of a nuclear strike on Kyiv.", "20"),
        ("Analysts played down the risk of a Russian nuclear strike.", "19"),
        # a hunt that is no witch hunt
        ("Orban called the EU investigation a hunt for the truth.", "11"),
    ],
)
def test_a_near_miss_codes_no_such_event(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
