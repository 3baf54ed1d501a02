"""Actors of the 1990s wars a QA pass found missing (issue 4): the Bosnian Serb, Chechen,
Kosovo, Rwandan and Congolese armed and breakaway leaders, the heads of state and
government of the Balkan, Caucasus, Great Lakes and Kashmir stories the table lacked, the
UN's weapons inspectors in Iraq (UNSCOM) and its chairmen, "the Hague tribunal", the PLA's
theater commands, Orano, "infiltrators" and "air defences" as agents, and the towns the
Karabakh and Bosnian wars made famous (Kelbajar, Lachin, Srebrenica, Zepa). Each leader is
named in full and by surname in an article of a day he held the office; the sentences are
invented. The last tests hold that the rows do not reach further than they should: William
Hague stays Britain's, an "air defence system" is no one, a Butler outside UNSCOM is no UN
official, Oran is still Algeria's."""

from __future__ import annotations

from datetime import date

import pytest

import newsevents
from newsevents.actors.knowledge import packaged_knowledge

from .test_naming import actor_for, code, describe, mentioned

pytestmark = pytest.mark.issue(4)

# (the name as written, the article's date, code, role held that day)
LEADERS = [
    # Bosnia and Herzegovina: the Bosnian Serbs' leaders, rebels until Dayton
    ("Radovan Karadzic", "1995-07-12", "BIHREB", "Bosnian Serb Leader"),
    ("Radovan Karadžić", "1994-04-20", "BIHREB", "Bosnian Serb Leader"),
    ("Karadzic", "1995-07-12", "BIHREB", "Bosnian Serb Leader"),
    ("Radovan Karadzic", "1996-03-01", "BIHGOV", "Republika Srpska President"),
    ("Ratko Mladic", "1995-07-12", "BIHMIL", "Bosnian Serb Army Commander"),
    ("Mladic", "1995-07-12", "BIHMIL", "Bosnian Serb Army Commander"),
    ("Biljana Plavsic", "1997-05-01", "BIHGOV", "Republika Srpska President"),
    ("Plavsic", "1997-05-01", "BIHGOV", "Republika Srpska President"),
    ("Momcilo Krajisnik", "1997-05-01", "BIHGOV", "Member of the Presidency"),
    ("Krajisnik", "1997-05-01", "BIHGOV", "Member of the Presidency"),
    ("Alija Izetbegovic", "1997-05-01", "BIHGOV", "Chairman of the Presidency"),
    ("Izetbegovic", "1999-05-01", "BIHGOV", "Member of the Presidency"),
    # North Macedonia and Kosovo
    ("Kiro Gligorov", "1995-03-01", "MKDGOV", "President"),
    ("Gligorov", "1995-03-01", "MKDGOV", "President"),
    ("Ibrahim Rugova", "1998-06-01", "XKXOPP", "LDK Leader"),
    ("Rugova", "1998-06-01", "XKXOPP", "LDK Leader"),
    ("Hashim Thaci", "1999-06-01", "XKXREB", "KLA Provisional Government Prime Minister"),
    ("Thaci", "1999-06-01", "XKXREB", "KLA Provisional Government Prime Minister"),
    # Chechnya: the separatists are Russia's rebels
    ("Dzhokhar Dudayev", "1995-01-10", "RUSREB", "Chechen Separatist President"),
    ("Dudayev", "1995-01-10", "RUSREB", "Chechen Separatist President"),
    ("Zelimkhan Yandarbiyev", "1996-09-01", "RUSREB", "Chechen Separatist President"),
    ("Aslan Maskhadov", "1995-06-01", "RUSREB", "Chechen Rebel Chief of Staff"),
    ("Maskhadov", "1996-11-01", "RUSREB", "Chechen Separatist Prime Minister"),
    ("Maskhadov", "1999-11-10", "RUSREB", "Chechen Separatist President"),
    ("Shamil Basayev", "1995-06-15", "RUSREB", "Chechen Rebel Commander"),
    ("Basayev", "1999-09-01", "RUSREB", "Chechen Rebel Commander"),
    ("Alexander Lebed", "1996-08-30", "RUSGOV", "Security Council Secretary"),
    # Armenia
    ("Robert Kocharyan", "1997-09-01", "ARMGOV", "Prime Minister"),
    ("Kocharyan", "1999-01-10", "ARMGOV", "President"),
    ("Ter-Petrosyan", "1996-01-10", "ARMGOV", "President"),
    # India and Pakistan
    ("Atal Behari Vajpayee", "1999-02-20", "INDGOV", "Prime Minister"),
    ("Atal Bihari Vajpayee", "1996-05-20", "INDGOV", "Prime Minister"),
    ("H. D. Deve Gowda", "1996-09-01", "INDGOV", "Prime Minister"),
    ("Deve Gowda", "1996-09-01", "INDGOV", "Prime Minister"),
    ("Inder Kumar Gujral", "1997-09-01", "INDGOV", "Prime Minister"),
    ("Gujral", "1996-09-01", "INDGOV", "Foreign Minister"),
    ("Farooq Abdullah", "1997-09-01", "INDGOV", "Chief Minister of Jammu and Kashmir"),
    ("Musharraf", "1999-06-01", "PAKMIL", "Chief of Army Staff"),
    ("Musharraf", "2001-07-14", "PAKGOV", "President"),
    # Rwanda and Zaire
    ("Theodore Sindikubwabo", "1994-05-01", "RWAGOV", "Interim President"),
    ("Sindikubwabo", "1994-05-01", "RWAGOV", "Interim President"),
    ("Jean Kambanda", "1994-05-01", "RWAGOV", "Interim Prime Minister"),
    ("Kambanda", "1994-05-01", "RWAGOV", "Interim Prime Minister"),
    ("Paul Kagame", "1992-06-01", "RWAREB", "Rwandan Patriotic Front Commander"),
    ("Kagame", "1992-06-01", "RWAREB", "Rwandan Patriotic Front Commander"),
    ("Laurent Kabila", "1997-03-01", "CODREB", "AFDL Leader"),
    ("Kabila", "1997-03-01", "CODREB", "AFDL Leader"),
    # Lebanon and Palestine
    ("Hassan Nasrallah", "2006-07-20", "LBNREB", "Hezbollah Secretary-General"),
    ("Nasrallah", "1997-03-01", "LBNREB", "Hezbollah Secretary-General"),
    ("Ahmed Yassin", "1998-05-01", "PSEREB", "Hamas Spiritual Leader"),
    # bare Yassin, also a given name, is left to the surname index (no alias)
    ("Sheikh Yassin", "1998-05-01", "PSEREB", "Hamas Spiritual Leader"),
    # the diplomacy of those wars
    ("Richard Holbrooke", "1995-11-01", "USAGOV", "Assistant Secretary of State"),
    ("Holbrooke", "2000-01-01", "USAGOV", "Ambassador to the United Nations"),
    ("Rolf Ekeus", "1995-03-01", "IGOUNO", "UNSCOM Executive Chairman"),
    ("Ekeus", "1995-03-01", "IGOUNO", "UNSCOM Executive Chairman"),
    ("Richard Butler", "1998-01-10", "IGOUNO", "UNSCOM Executive Chairman"),
]

FRAMES = ["{} rejected the peace plan.", "{} met the envoy on Tuesday."]


@pytest.mark.parametrize(
    ("text", "words", "published", "code_", "role"),
    [
        pytest.param(frame.format(name), name, day, code_, role, id=f"{name}-{day}-{number}")
        for name, day, code_, role in LEADERS
        for number, frame in enumerate(FRAMES)
    ],
)
def test_leader_is_coded_for_the_office_held_that_day(
    coder: newsevents.Coder, text: str, words: str, published: str, code_: str, role: str
) -> None:
    coded = code(coder, text, published=published)
    actor = actor_for(coded, words)
    assert (actor.kind, actor.code, actor.role) == ("person", code_, role), describe(coded)


@pytest.mark.parametrize(
    ("text", "published", "surname", "code_"),
    [
        ("Habyarimana met Museveni.", "1994-03-01", "Habyarimana", "RWAGOV"),
        ("Ter-Petrosyan criticized Aliyev.", "1996-01-10", "Ter-Petrosyan", "ARMGOV"),
        ("Musharraf met Vajpayee in Agra.", "2001-07-14", "Musharraf", "PAKGOV"),
    ],
)
def test_a_surname_the_tagger_misses_beside_another_leader(
    coder: newsevents.Coder, text: str, published: str, surname: str, code_: str
) -> None:
    coded = code(coder, text, published=published)
    assert actor_for(coded, surname).code == code_, describe(coded)


def test_a_former_leader_by_surname_keeps_his_country(coder: newsevents.Coder) -> None:
    coded = code(coder, "Musharraf offered talks with India.", published="2025-06-10")
    actor = actor_for(coded, "Musharraf")
    assert (actor.kind, actor.country) == ("person", "PAK"), describe(coded)


@pytest.mark.parametrize(
    ("name", "day", "role"),
    [
        ("Radovan Karadzic", date(1995, 12, 13), "Bosnian Serb Leader"),
        ("Radovan Karadzic", date(1995, 12, 15), "Republika Srpska President"),
        ("Radovan Karadzic", date(1997, 1, 1), None),
        ("Ratko Mladic", date(1997, 1, 1), None),
        ("Aslan Maskhadov", date(1997, 1, 20), None),  # a candidate between his offices
        ("Aslan Maskhadov", date(2005, 3, 9), None),
        ("Dzhokhar Dudayev", date(1996, 4, 22), None),
        ("Zelimkhan Yandarbiyev", date(1996, 4, 22), "Chechen Separatist President"),
        ("Paul Kagame", date(1994, 8, 1), "Vice-President"),
        ("Laurent Kabila", date(1997, 6, 1), "President"),
        ("Pervez Musharraf", date(1999, 11, 1), "Chief Executive"),
        ("Robert Kocharyan", date(1998, 4, 9), "President"),
        ("Atal Bihari Vajpayee", date(1997, 1, 1), None),
        ("Alija Izetbegovic", date(1996, 10, 4), "President"),
        ("Alija Izetbegovic", date(2001, 1, 1), None),
        ("Ibrahim Rugova", date(2003, 1, 1), "President"),
        ("Hashim Thaci", date(1999, 3, 1), None),
        ("Hassan Nasrallah", date(2025, 6, 10), None),
    ],
)
def test_terms_by_date(name: str, day: date, role: str | None) -> None:
    entry = packaged_knowledge().lookup(name)
    assert entry is not None
    identity = entry.identity_on(day)
    assert (identity.role if identity else None) == role


@pytest.mark.parametrize(
    ("text", "published", "words", "code_"),
    [
        # the UN's weapons inspectors in Iraq
        (
            "Iraq accused UNSCOM of spying for Washington.",
            "1998-11-05",
            "UNSCOM",
            "IGOUNO",
        ),
        (
            "Baghdad said it would resume cooperation with UNSCOM if sanctions were lifted.",
            "1998-11-05",
            "UNSCOM",
            "IGOUNO",
        ),
        (
            "Iraq accused the U.N. Special Commission of spying.",
            "1998-11-05",
            "U.N. Special Commission",
            "IGOUNO",
        ),
        ("Iraq rejected UNMOVIC's demands on Monday.", "2002-10-01", "UNMOVIC", "IGOUNO"),
        # the Yugoslav war crimes tribunal by its seat
        (
            "The Hague war crimes tribunal indicted Karadzic for genocide.",
            "1995-07-25",
            "Hague war crimes tribunal",
            "IGOUNOJUDWCT",
        ),
        (
            "The Hague tribunal charged three Bosnian Serb officers.",
            "1996-05-01",
            "Hague tribunal",
            "IGOUNOJUDWCT",
        ),
        (
            "The war crimes tribunal in The Hague indicted Radovan Karadzic.",
            "1995-07-25",
            "war crimes tribunal in The Hague",
            "IGOUNOJUDWCT",
        ),
        (
            "The Hague-based tribunal sentenced the former camp commander.",
            "1997-05-07",
            "Hague-based tribunal",
            "IGOUNOJUDWCT",
        ),
        # the PLA's theater commands
        (
            "The Eastern Theater Command warned Taiwan.",
            "2025-06-10",
            "Eastern Theater Command",
            "CHNMIL",
        ),
        (
            "The Southern Theatre Command said it had expelled a Philippine ship.",
            "2025-06-10",
            "Southern Theatre Command",
            "CHNMIL",
        ),
        (
            "The Western Theater Command held drills near the border with India.",
            "2025-06-10",
            "Western Theater Command",
            "CHNMIL",
        ),
        (
            "The Northern Theater Command sent warships to the Yellow Sea.",
            "2025-06-10",
            "Northern Theater Command",
            "CHNMIL",
        ),
        (
            "The Central Theater Command denied the report.",
            "2025-06-10",
            "Central Theater Command",
            "CHNMIL",
        ),
        # a company: Orano, not Oran in Algeria
        (
            "Niger's military government nationalised Orano's uranium mine.",
            "2025-06-10",
            "Orano",
            "FRABUS",
        ),
        ("Niger accused Areva of plundering its uranium.", "2010-03-01", "Areva", "FRABUS"),
        # agents named by their head noun
        (
            "Algeria said its air defences had shot down a Malian drone.",
            "2025-06-10",
            "air defences",
            "DZAMIL",
        ),
        (
            "Israel's air defenses intercepted most of the missiles.",
            "2025-06-10",
            "air defenses",
            "ISRMIL",
        ),
        (
            "India launched air strikes on infiltrators near Kargil.",
            "1999-06-01",
            "infiltrators",
            "INDREB",
        ),
        # towns of the Karabakh and Bosnian wars
        ("Armenian forces captured the town of Kelbajar.", "1993-04-05", "Kelbajar", "AZE"),
        ("Armenian forces captured Kalbajar.", "1993-04-05", "Kalbajar", "AZE"),
        ("Armenian forces captured Lachin.", "1992-05-20", "Lachin", "AZE"),
        ("Bosnian Serb forces overran Srebrenica.", "1995-07-12", "Srebrenica", "BIH"),
        ("Bosnian Serb forces overran Zepa.", "1995-07-25", "Zepa", "BIH"),
    ],
)
def test_body_agent_or_town_is_coded(
    coder: newsevents.Coder, text: str, published: str, words: str, code_: str
) -> None:
    coded = code(coder, text, published=published)
    assert actor_for(coded, words).code == code_, describe(coded)


def test_the_hague_tribunal_is_not_william_hague(coder: newsevents.Coder) -> None:
    text = (
        "The Hague war crimes tribunal indicted Karadzic and his military commander, "
        "General Ratko Mladic, for genocide."
    )
    coded = code(coder, text, published="1995-07-25")
    assert actor_for(coded, "Ratko Mladic").code == "BIHMIL", describe(coded)
    assert "GBR" not in {actor.country for actor in coded.actors}, describe(coded)


# what the rows must not reach


@pytest.mark.parametrize(
    "text",
    [
        "Hague criticized Russia on Tuesday.",
        "Foreign Secretary Hague criticized Russia on Tuesday.",
        "British Foreign Secretary William Hague arrived in Moscow. Hague criticized Russia.",
    ],
)
def test_william_hague_stays_britains_foreign_secretary(coder: newsevents.Coder, text: str) -> None:
    coded = code(coder, text, published="2012-03-01")
    actor = actor_for(coded, "Hague")
    assert (actor.kind, actor.code) == ("person", "GBRGOV"), describe(coded)


def test_william_hague_beside_the_hague_tribunal(coder: newsevents.Coder) -> None:
    text = "Conservative leader William Hague criticized Blair over the Hague tribunal's ruling."
    coded = code(coder, text, published="1999-03-01")
    assert actor_for(coded, "William Hague").country == "GBR", describe(coded)
    assert actor_for(coded, "Hague tribunal").code == "IGOUNOJUDWCT", describe(coded)


def test_an_air_defence_system_is_no_one(coder: newsevents.Coder) -> None:
    coded = code(coder, "Russia delivered new air defence systems to Syria.")
    assert not any("air defence" in words for words in mentioned(coded)), describe(coded)


def test_a_butler_outside_unscom_is_no_un_official(coder: newsevents.Coder) -> None:
    coded = code(coder, "Lord Butler criticized the intelligence services.", published="2004-07-14")
    assert "IGOUNO" not in {actor.code for actor in coded.actors}, describe(coded)
    coded = code(coder, "The butler said nothing.", published="1998-01-10")
    assert mentioned(coded) == [], describe(coded)


def test_oran_is_still_algerias(coder: newsevents.Coder) -> None:
    coded = code(coder, "Police clashed with protesters in Oran.", published="2025-06-10")
    assert actor_for(coded, "protesters in Oran").code == "DZACVL", describe(coded)
