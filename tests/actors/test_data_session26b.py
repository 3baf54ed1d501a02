"""Actors and places a QA pass found missing (session 26b): Russia's oil companies Rosneft
and Lukoil, the US envoy Keith Kellogg, Algeria's foreign minister Ahmed Attaf, Sergei
Shoigu and Russia's Security Council, China's consul general Xue Jian, Radio France
Internationale as a broadcaster of its own, Libya's "Tripoli-based government" (not the
bare "Government of National Unity", which others bear too) and the Congo's first leaders
(Lumumba, Kasa-Vubu, Tshombe); Puntland, Jubaland and Rakhine are ordinary parts of their
states, not disputed territories, so those there take the state's country, and Darfuri
and Tigrayan are demonyms of Sudan and Ethiopia (Darfur and Tigray themselves stay in
regions.tsv for now). The sentences are invented. Each row has a near miss that must stay
as it is: the bare Security Council is the UN's and Israel's National Security Council is
Israel's; France 24 is still France 24; other consuls general and generals keep theirs;
South Africa's government of national unity is South Africa's; Tigrayan forces are the
Tigray Defense Forces, not Ethiopia's army; Somaliland and Gaza stay regions with a
claimant and no code; a bare "Kim" is still North Korea's leader."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.actors.knowledge import demonyms
from newsevents.where.gazetteer import packaged_gazetteer

from .test_naming import actor_for, code, describe

pytestmark = pytest.mark.issue(4)

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(
    ("text", "words", "code_"),
    [
        # companies, people and media
        ("Rosneft cut oil exports to India.", "Rosneft", "RUSBUS"),
        ("Ukrainian drones struck a Lukoil refinery.", "Lukoil", "RUSBUS"),
        ("Special envoy Keith Kellogg met Ukrainian officials in Kyiv.", "Keith Kellogg", "USAGOV"),
        ("Kellogg urged Ukraine to hold elections.", "Kellogg", "USAGOV"),
        ("Ahmed Attaf accused Morocco of provocations.", "Ahmed Attaf", "DZAGOV"),
        (
            "Russian Security Council Secretary Sergei Shoigu visited Tehran.",
            "Sergei Shoigu",
            "RUSGOV",
        ),
        ("Sergei Shoigu met North Korean officials in Pyongyang.", "Sergei Shoigu", "RUSGOV"),
        ("The Russian Security Council discussed Ukraine.", "Russian Security Council", "RUSGOV"),
        # a bare "Kim" is still the leader
        ("Kim met Trump at the border village of Panmunjom.", "Kim", "PRKGOV"),
        ("Chinese Consul General Xue Jian accused Tokyo of provocation.", "Xue Jian", "CHNGOV"),
        ("Xue Jian accused Tokyo of provocation.", "Xue Jian", "CHNGOV"),
        (
            "Radio France Internationale said Burkinabe troops killed villagers.",
            "Radio France Internationale",
            "FRAMEDRFI",
        ),
        ("Niger's junta suspended RFI.", "RFI", "FRAMEDRFI"),
        ("The BBC quoted Iranian officials.", "BBC", "GBRMEDBBC"),
        ("Moscow blocked Voice of America.", "Voice of America", "USAMEDVOA"),
        # Libya
        (
            "The Tripoli-based Government of National Unity accused Haftar of a coup attempt.",
            "Tripoli-based Government of National Unity",
            "LBYGOV",
        ),
        (
            "Egypt criticized the Tripoli-based government.",
            "Tripoli-based government",
            "LBYGOV",
        ),
        # ordinary regions take their state's country
        ("Sudanese soldiers killed Darfuri villagers.", "Darfuri villagers", "SDNCVL"),
        ("Tigrayan refugees crossed into Sudan.", "Tigrayan refugees", "ETHREF"),
        ("Police in Rakhine detained two aid workers.", "Police in Rakhine", "MMRCOP"),
        ("Police in Jubaland arrested a journalist.", "Police in Jubaland", "SOMCOP"),
        ("Al-Shabaab fighters attacked Jubaland.", "Jubaland", "SOM"),
        ("Puntland forces arrested Islamic State fighters.", "Puntland forces", "SOMMIL"),
        ("The Arakan Army seized a town in Rakhine State.", "Rakhine State", "MMR"),
        ("Ethiopian troops clashed with Tigrayan forces.", "Tigrayan forces", "ETHREBTDF"),
        # near misses that stay as they were
        ("The Security Council condemned the attack.", "Security Council", "IGOUNO"),
        (
            "Israel's National Security Council warned travellers.",
            "National Security Council",
            "ISRGOV",
        ),
        ("Mali suspended France 24.", "France 24", "FRAMEDF24"),
        ("Russian General Valery Gerasimov inspected troops.", "Valery Gerasimov", "RUSMIL"),
        (
            "South Africa's Government of National Unity approved the budget.",
            "Government of National Unity",
            "ZAF",
        ),
        ("The Arakan Army seized a town in Rakhine State.", "Arakan Army", "MMRREBARA"),
    ],
)
def test_actor_code(coder: newsevents.Coder, text: str, words: str, code_: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    assert actor_for(coded, words).code == code_, describe(coded)


@pytest.mark.parametrize(
    ("text", "published", "words", "code_"),
    [
        # the same people on days of their offices
        ("Sergei Shoigu inspected troops in Crimea.", "2016-05-01", "Sergei Shoigu", "RUSMIL"),
        ("Ahmed Attaf met the French ambassador.", "1998-05-01", "Ahmed Attaf", "DZAGOV"),
        (
            "Patrice Lumumba accused Belgium of aggression.",
            "1960-08-01",
            "Patrice Lumumba",
            "CODGOV",
        ),
        ("Joseph Kasa-Vubu dismissed the government.", "1960-09-05", "Joseph Kasa-Vubu", "CODGOV"),
        ("Moise Tshombe rejected the UN plan.", "1962-05-01", "Moise Tshombe", "CODREB"),
    ],
)
def test_actor_code_by_date(
    coder: newsevents.Coder, text: str, published: str, words: str, code_: str
) -> None:
    coded = code(coder, text, published=published)
    assert actor_for(coded, words).code == code_, describe(coded)


def test_a_consul_general_is_no_general(coder: newsevents.Coder) -> None:
    coded = code(coder, "The US consul general in Jerusalem met Palestinian officials.")
    assert actor_for(coded, "US consul general").code == "USAGOV", describe(coded)


def test_the_surname_after_the_full_name_is_the_same_kim(coder: newsevents.Coder) -> None:
    coded = code(
        coder,
        "North Korean leader Kim Jong Un met Vladimir Putin. Kim praised Russia.",
        published=PUBLISHED,
    )
    assert actor_for(coded, "Kim").name == "Kim Jong Un", describe(coded)


@pytest.mark.parametrize(
    ("text", "words", "claimed_by"),
    [
        # disputed territories keep their claimant and no code of their own (regions.tsv)
        ("Ethiopia signed a port deal with Somaliland.", "Somaliland", "SOM"),
        ("Israeli jets struck Gaza.", "Gaza", "PSE"),
        # ordinary regions kept in regions.tsv until the events stage handles them (its comment)
        ("Eritrean troops shelled villages in Tigray.", "Tigray", "ETH"),
        ("The RSF besieged towns in Darfur.", "Darfur", "SDN"),
    ],
)
def test_region_claimant(coder: newsevents.Coder, text: str, words: str, claimed_by: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    region = actor_for(coded, words)
    assert (region.kind, region.code, region.claimed_by) == ("region", None, claimed_by), describe(
        coded
    )


def test_regional_demonyms_are_their_states() -> None:
    assert {"darfuri", "darfuris", "tigrayan", "tigrayans"} <= demonyms()
    assert "rakhine" not in demonyms()  # the region's own name, a place


def test_place_names_added() -> None:
    gazetteer = packaged_gazetteer()
    for name, country in [
        ("Darfur", "SDN"),
        ("Tigray", "ETH"),
        ("Puntland", "SOM"),
        ("Puntland State of Somalia", "SOM"),
        ("Jubbaland", "SOM"),
        ("Rakhine", "MMR"),
        ("Arakan", "MMR"),
    ]:
        assert gazetteer.country_of(name) == country, name
