"""Actors and places of the 2024-2026 wars and of the 1980s a QA pass found missing
(session 25): towns and regions the gazetteer lacked (Catatumbo, Tibu, Mirebalais,
Pont-Sonde, Maungdaw, Rubaya, Masisi, Tawila, Zamzam, Tessit, Nigeria's states such as
Kebbi, the Lenin Shipyard), agent nouns ("paramilitaries", "aid workers", "mujahideen",
"trade unionists", "Christians", "presidential council", "POWs") and groups
(FMLN, Ansaru, Lakurawa, Cartel de los Soles, Solidarity, "Sandinista" as an adjective).
The sentences are invented. Each row has a near miss that must stay as it is: "paramilitary
police" are police, "Workers" are still labour, Northern Ireland's Unionists and a
"hostage deal" name no one, "in solidarity with" is no union, bare "Delta" is not Nigeria's
state."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.where.gazetteer import packaged_gazetteer

from .test_naming import actor_for, code, describe, mentioned

pytestmark = pytest.mark.issue(4)

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(
    ("text", "words", "code_"),
    [
        # places the gazetteer lacked: people acting or acted on there are of its country
        ("Rebels attacked soldiers in Catatumbo.", "Rebels", "COLREB"),
        ("Rebels killed policemen in Tibu.", "Rebels", "COLREB"),
        ("Gangs attacked villagers in Pont Sonde.", "villagers", "HTICVL"),
        ("Soldiers killed civilians in Maungdaw.", "civilians", "MMRCVL"),
        ("Rebels attacked soldiers in Masisi.", "Rebels", "CODREB"),
        ("Paramilitaries attacked civilians in Zamzam.", "civilians", "SDNCVL"),
        ("Militants attacked soldiers in Tessit.", "Militants", "MLIREB"),
        ("Gunmen killed villagers in Kebbi.", "Gunmen", "NGAREB"),
        # agent nouns
        ("Sudanese paramilitaries attacked El Fasher.", "Sudanese paramilitaries", "SDNREB"),
        ("Paramilitaries attacked displaced people in Tawila.", "Paramilitaries", "SDNREB"),
        ("Gunmen killed three aid workers in South Sudan.", "aid workers", "SSDCVL"),
        ("Gunmen killed three humanitarian workers in Sudan.", "humanitarian workers", "SDNCVL"),
        ("Afghan mujahideen attacked Soviet troops.", "Afghan mujahideen", "AFGREB"),
        ("Police arrested Polish trade unionists.", "Polish trade unionists", "POLLAB"),
        ("Gunmen attacked Christians in Benue.", "Christians", "NGACVL"),
        ("Police arrested Muslims in Delhi.", "Muslims", "INDCVL"),
        (
            "Haiti's presidential council sacked the prime minister.",
            "presidential council",
            "HTIGOV",
        ),
        ("Ukraine freed 90 Russian POWs.", "Russian POWs", "RUSMIL"),
        # groups
        ("FMLN guerrillas attacked an army post.", "FMLN guerrillas", "SLVREBFML"),
        ("Ansaru fighters kidnapped villagers.", "Ansaru fighters", "NGAREBANS"),
        ("Lakurawa militants killed 15 villagers in Kebbi.", "Lakurawa militants", "NGAREBLKW"),
        ("Lakurawa militants killed 15 villagers in Kebbi.", "villagers", "NGACVL"),
        (
            "Washington designated the Cartel de los Soles a terrorist organisation.",
            "Cartel de los Soles",
            "VENCRMCDS",
        ),
        (
            "Police arrested members of the Solidarity union in Gdansk.",
            "Solidarity union",
            "POLLABSOL",
        ),
        (
            "The Sandinista government expelled the US ambassador.",
            "Sandinista government",
            "NICGOV",
        ),
        ("Sandinista soldiers attacked Contra rebels.", "Sandinista soldiers", "NICMIL"),
        ("The Sandinistas won the election.", "Sandinistas", "NICPTYFSL"),
        # groups the tables already had, held
        ("Tren de Aragua members were arrested in Texas.", "Tren de Aragua", "VENCRMTDA"),
        ("Viv Ansanm gangs attacked Kenscoff.", "Viv Ansanm gangs", "HTICRMVAN"),
        ("UNITA rebels attacked Huambo.", "UNITA rebels", "AGOREBUNI"),
        ("RENAMO fighters attacked a convoy.", "RENAMO fighters", "MOZREBREN"),
        ("ELN rebels attacked a pipeline.", "ELN rebels", "COLREBELN"),
        # near misses that stay as they were
        ("China's paramilitary police patrolled the border.", "paramilitary police", "CHNCOP"),
        ("Workers in Poland went on strike.", "Workers", "POLLAB"),
        ("Ukraine freed 90 Russian prisoners.", "Russian prisoners", "RUSCVL"),
        (
            "Hizbul Mujahideen militants attacked troops.",
            "Hizbul Mujahideen militants",
            "INDREBHZM",
        ),
    ],
)
def test_actor_code(coder: newsevents.Coder, text: str, words: str, code_: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    assert actor_for(coded, words).code == code_, describe(coded)


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("M23 rebels seized Rubaya.", "Rubaya", "COD"),
        ("Haitian gangs attacked Mirebalais.", "Mirebalais", "HTI"),
        ("Strikers occupied the Lenin Shipyard.", "Lenin Shipyard", "POL"),
    ],
)
def test_place_country(coder: newsevents.Coder, text: str, words: str, country: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    assert actor_for(coded, words).country == country, describe(coded)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Unionists in Northern Ireland rejected the deal.", "Unionists"),
        ("Israel and Hamas agreed a hostage deal.", "hostage"),
        ("Workers in Gdansk marched in solidarity with the strikers.", "solidarity"),
    ],
)
def test_near_miss_names_no_actor(coder: newsevents.Coder, text: str, absent: str) -> None:
    coded = code(coder, text, published=PUBLISHED)
    assert not any(absent in words for words in mentioned(coded)), describe(coded)


def test_place_names_added() -> None:
    gazetteer = packaged_gazetteer()
    for name, country in [
        ("Catatumbo", "COL"),
        ("Pont-Sondé", "HTI"),
        ("Maungdaw", "MMR"),
        ("Zamzam camp", "SDN"),
        ("Abu Shouk", "SDN"),
        ("Tinzaouaten", "MLI"),
        ("Kebbi State", "NGA"),
        ("Akwa Ibom", "NGA"),
        ("Delta State", "NGA"),
    ]:
        assert gazetteer.country_of(name) == country, name
    assert gazetteer.country_of("Delta") != "NGA"  # bare Delta is no Nigerian state
