"""Deeds told before, places as the other side, and what is no event: issue 7's fourth
session. Each article is invented, in wire style."""

from __future__ import annotations

import pytest

import newsevents

from .test_coding import code, describe
from .test_roles_and_modes import actor_of, countries, country_of, dyad, dyads, first, only

pytestmark = pytest.mark.issue(7)


def test_welcoming_a_vote_targets_the_voters(coder: newsevents.Coder) -> None:
    text = (
        "The UN General Assembly voted on Tuesday for a ceasefire in the region. "
        "Hamas welcomed the vote."
    )
    result = code(coder, text)
    praise = first(result, "05")
    target = actor_of(result, praise.target)
    assert target.org == "UN", describe(result)


def test_welcoming_a_reopening_targets_who_reopened(coder: newsevents.Coder) -> None:
    text = (
        "Chad agreed on Friday to reopen its border crossing with Sudan. "
        "The World Food Programme welcomed the reopening."
    )
    result = code(coder, text)
    praise = first(result, "05")
    assert country_of(result, praise.target) == "TCD", describe(result)


def test_a_visit_to_a_capital_targets_its_state(coder: newsevents.Coder) -> None:
    result = code(coder, "Iraq's president arrived in Amman on Wednesday for a two-day visit.")
    visit = first(result, "04")
    assert country_of(result, visit.target) == "JOR", describe(result)
    assert "where it happened" in visit.rule, describe(result)


def test_force_against_a_town_targets_its_state(coder: newsevents.Coder) -> None:
    text = "Israeli tanks fired four shells at targets in Jericho on Tuesday, witnesses said."
    assert dyad(code(coder, text), "19") == ("ISR", "PSE")


def test_a_statement_made_in_a_capital_is_not_aimed_at_its_state(
    one_sided_coder: newsevents.Coder,
) -> None:
    result = code(
        one_sided_coder, "Germany criticised the sanctions in a speech in Paris on Monday."
    )
    criticism = first(result, "11")
    assert criticism.target is None, describe(result)


def test_an_event_naming_one_side_only_is_kept_only_when_asked(
    coder: newsevents.Coder, one_sided_coder: newsevents.Coder
) -> None:
    text = "Ukraine protested that the drills amount to a blockade of its ports."
    assert code(coder, text).events == []
    protest = first(code(one_sided_coder, text), "11")  # a protest in words: 114
    assert protest.target is None


def test_a_casualty_tally_is_no_event(coder: newsevents.Coder) -> None:
    text = "More than 3,800 people have been killed in Lebanon since the fighting began."
    result = code(coder, text)
    assert not [event for event in result.events if event.root >= "18"], describe(result)


def test_a_killing_in_the_news_is_an_event(one_sided_coder: newsevents.Coder) -> None:
    text = "At least three civilians were killed in a car bombing in central Baghdad on Sunday."
    result = code(one_sided_coder, text)
    assert [event for event in result.events if event.root >= "18"], describe(result)


def test_an_arrest_by_no_one_named_counts_one_sided(one_sided_coder: newsevents.Coder) -> None:
    text = "Over 50 persons were arrested in the old city during the curfew on Tuesday."
    result = code(one_sided_coder, text)
    arrests = [event for event in result.events if event.cameo == "173"]
    assert [event.source for event in arrests] == [None], describe(result)


def test_a_purpose_is_done_where_its_doers_were_sent(coder: newsevents.Coder) -> None:
    text = "The African Union has sent 12 officials to Burundi to investigate the killings."
    result = code(coder, text)
    event = first(result, "09")
    assert country_of(result, event.target) == "BDI", describe(result)


def test_a_killing_in_shelling_a_demonym_names_is_that_states(coder: newsevents.Coder) -> None:
    text = "Three children were killed in Israeli tank shelling in the Gaza Strip, medics said."
    assert dyad(code(coder, text), "19") == ("ISR", "PSE")


def test_those_a_participle_says_were_killed_are_the_victims(coder: newsevents.Coder) -> None:
    result = code(coder, "There were twelve Turkish soldiers killed in Syria on Tuesday.")
    assert dyad(result, "19") == ("SYR", "TUR"), describe(result)


def test_riot_police_are_no_riot(coder: newsevents.Coder) -> None:
    result = code(coder, "Georgian riot police used water cannon against protesters in Tbilisi.")
    assert not [event for event in result.events if event.cameo == "145"], describe(result)


def test_an_appeal_to_both_sides_reaches_the_two_who_fight(coder: newsevents.Coder) -> None:
    text = (
        "The Sudanese army shelled positions held by the Rapid Support Forces in Khartoum on "
        "Monday. The RSF attacked an army base near Omdurman. The United States urged both "
        "warring parties to let food reach civilians."
    )
    result = code(coder, text)
    appeals = [event for event in result.events if event.root in ("02", "10")]
    targets = {actor_of(result, event.target).name for event in appeals if event.target}
    assert "Rapid Support Forces" in targets and len(targets) == 2, describe(result)


def test_an_appeal_to_the_warring_parties_reaches_the_two_who_fight(
    coder: newsevents.Coder,
) -> None:
    text = (
        "The Sudanese army shelled positions of the Rapid Support Forces in Khartoum. "
        "The United States urged the warring parties to stop fighting."
    )
    result = code(coder, text)
    appeals = [event for event in result.events if event.root in ("02", "10")]
    assert len({event.target for event in appeals}) == 2, describe(result)


def test_a_town_a_side_took_is_no_warring_party(coder: newsevents.Coder) -> None:
    text = (
        "Myanmar's army bombed Arakan Army positions on Monday. The Arakan Army seized the "
        "town of Kyaukphyu on Tuesday. China urged the warring parties to agree to a ceasefire."
    )
    result = code(coder, text)
    appeals = [event for event in result.events if event.root == "02"]
    assert {country_of(result, event.target) for event in appeals} == {"MMR"}, describe(result)
    assert {actor_of(result, event.target).sector for event in appeals} == {"MIL", "REB"}


def test_pressing_an_offensive_is_no_appeal(coder: newsevents.Coder) -> None:
    result = code(coder, "Ethiopian forces pressed a major offensive in Tigray on Monday.")
    assert not [event for event in result.events if event.root == "02"], describe(result)


def test_undertaking_a_mission_is_doing_it_not_a_pledge(coder: newsevents.Coder) -> None:
    text = "The Arab League chief undertook a mediation mission between Syria and Lebanon."
    result = code(coder, text)
    assert {event.cameo for event in result.events} == {"045"}, describe(result)


def test_similar_sanctions_reach_the_same_target(coder: newsevents.Coder) -> None:
    text = (
        "The European Union imposed sanctions on Iran on Monday. "
        "Britain announced similar sanctions on the same day."
    )
    result = code(coder, text)
    british = [e for e in result.events if e.root == "16" and country_of(result, e.source) == "GBR"]
    assert [country_of(result, event.target) for event in british] == ["IRN"], describe(result)


def test_the_alliance_in_its_chiefs_words_is_nato(one_sided_coder: newsevents.Coder) -> None:
    text = (
        "Russia's ambassador to the United Nations denied the charges. NATO Secretary-General "
        "Jens Stoltenberg said the alliance regarded the attack as a clear breach of norms."
    )
    result = code(one_sided_coder, text)
    criticism = first(result, "11")
    source = actor_of(result, criticism.source)
    assert source.org == "NATO", describe(result)


def test_both_sides_of_a_truce_are_the_two_named_between(coder: newsevents.Coder) -> None:
    text = (
        "A ceasefire between Israel and Hamas held for a third day on Wednesday. Qatar's "
        "foreign ministry praised both sides for keeping the truce."
    )
    result = code(coder, text)
    praise = [event for event in result.events if event.root == "05"]
    assert sorted(country_of(result, event.target) for event in praise) == ["ISR", "PSE"]


def test_condemning_the_violence_targets_who_was_violent(coder: newsevents.Coder) -> None:
    text = (
        "Protesters in Niamey set fire to the door of the French embassy on Sunday. "
        "France condemned the violence."
    )
    result = code(coder, text)
    criticism = first(result, "11")
    assert country_of(result, criticism.target) == "NER", describe(result)


def test_an_official_takes_the_country_the_story_is_about(coder: newsevents.Coder) -> None:
    text = (
        "NAIROBI, Kenya (AP) — Sudan's army shelled the city of El Fasher on Monday. "
        "The conflict in Sudan has displaced millions. Officials said the army would continue."
    )
    result = code(coder, text)
    officials = next(actor for actor in result.actors if actor.name.lower() == "officials")
    assert officials.country == "SDN", describe(result)


def test_a_pledge_to_act_somewhere_targets_its_state(coder: newsevents.Coder) -> None:
    text = "The Arab League has agreed to set up a relief office in Amman next month."
    result = code(coder, text)
    pledge = first(result, "03")
    assert country_of(result, pledge.target) == "JOR", describe(result)


def test_led_militants_are_the_leaders_own(coder: newsevents.Coder) -> None:
    result = code(coder, "Hamas-led militants stormed two villages in southern Israel.")
    militants = next(actor for actor in result.actors if "militants" in actor.name)
    assert militants.country == "PSE", describe(result)


def test_our_army_in_a_quote_is_the_speakers(coder: newsevents.Coder) -> None:
    text = (
        "The Lebanese army deployed along the border on Monday. "
        '"Should Hezbollah rebuild its positions near the border, our army will answer with '
        'force," Israeli Prime Minister Benjamin Netanyahu said.'
    )
    assert dyad(code(coder, text), "13") == ("ISR", "LBN")


def test_a_bombing_that_kills_is_an_assault(one_sided_coder: newsevents.Coder) -> None:
    text = "A roadside bombing near Kandahar killed two Afghan policemen on Sunday."
    result = code(one_sided_coder, text)
    assert [event.root for event in result.events] == ["18"], describe(result)


def test_releasing_a_named_detainee_is_a_release(coder: newsevents.Coder) -> None:
    text = "Azerbaijan released the Armenian mayor of Shusha after a year in custody."
    assert dyad(code(coder, text), "08") == ("AZE", "ARM")


def test_wanting_another_to_act_is_an_appeal_to_them(coder: newsevents.Coder) -> None:
    assert dyad(code(coder, "Turkey wants Sweden to extradite the suspects."), "02") == (
        "TUR",
        "SWE",
    )


def test_claiming_another_attacked_is_an_accusation(coder: newsevents.Coder) -> None:
    text = "Kyiv claimed that Russian forces had shelled the power plant on Friday."
    result = code(coder, text)
    assert [event.root for event in result.events] == ["11"], describe(result)
    assert dyad(result, "11") == ("UKR", "RUS"), describe(result)


def test_claiming_another_agreed_is_no_accusation(coder: newsevents.Coder) -> None:
    result = code(coder, "Baghdad claimed that Tehran had agreed to talks on the border.")
    assert not [event for event in result.events if event.root == "11"], describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's army claimed it shot down five Indian fighter jets.",
        "Pakistan's army claimed to have shot down five Indian fighter jets.",
    ],
)
def test_claiming_ones_own_deed_is_no_accusation(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert [event.root for event in result.events] == ["19"], describe(result)
    assert dyad(result, "19") == ("PAK", "IND"), describe(result)


def test_one_deed_told_by_several_words_is_one_event(coder: newsevents.Coder) -> None:
    text = (
        "Russian forces launched waves of drones at Kyiv on Monday, killing at least four "
        "people and hitting a residential building."
    )
    result = code(coder, text)
    russian = [e for e in result.events if e.root == "19" and country_of(result, e.source) == "RUS"]
    assert len(russian) == 1, describe(result)


def test_two_sides_struck_are_two_events(coder: newsevents.Coder) -> None:
    result = code(coder, "Israeli jets bombed Lebanon and Syria on Sunday.")
    targets = {country_of(result, e.target) for e in result.events if e.root == "19"}
    assert targets == {"LBN", "SYR"}, describe(result)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "ECOWAS suspended Guinea-Bissau from the bloc on Friday and imposed sanctions on "
            "the country's junta.",
            {"160", "163"},
        ),
        (
            "Blinken congratulated Lai Ching-te on his victory and praised Taiwan's voters.",
            {"051"},
        ),
    ],
)
def test_coordinated_deeds_with_their_own_objects_are_each_an_event(
    coder: newsevents.Coder, text: str, codes: set[str]
) -> None:
    result = code(coder, text)
    assert {e.cameo for e in result.events} == codes, describe(result)
    assert len(result.events) == 2, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces fired missiles and launched drones at Kyiv overnight.",
        "Russian forces shelled Kharkiv and struck Sumy with drones.",
    ],
)
def test_force_told_by_coordinated_verbs_is_one_attack(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert [e.root for e in result.events] == ["19"], describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Qatar hosted talks between Israel and Hamas in Doha on Thursday.",
        "Saudi Arabia and the United States hosted talks between Israel and Hamas in Jeddah.",
    ],
)
def test_talks_a_third_party_hosts_are_held_between_their_sides(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    talks = {(e.source, e.target) for e in result.events if e.cameo == "046"}
    assert {tuple(country_of(result, a) for a in pair) for pair in talks} == {
        ("ISR", "PSE"),
        ("PSE", "ISR"),
    }, describe(result)


def test_who_brokered_what_two_sides_agree_to_is_not_their_other_side(
    coder: newsevents.Coder,
) -> None:
    text = "Israel and Hezbollah agreed to a ceasefire brokered by the United States and France."
    result = code(coder, text)
    assert dyads(result, "03") == {("ISR", "LBN"), ("LBN", "ISR")}, describe(result)
    # a verdict on it is aimed at its maker
    assert dyad(code(coder, "Israel rejected a proposal drafted by Egypt."), "12") == ("ISR", "EGY")
    # and so is taking up a proposal, which is no joint deed
    text = "Hamas accepted a ceasefire proposal presented by Egyptian mediators."
    assert dyad(code(coder, text), "03") == ("PSE", "EGY")


def test_a_mediator_of_talks_told_before_mediates_between_their_sides(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Ethiopia's government and the TPLF began their first formal peace talks on Tuesday. "
        "The talks, convened by the African Union in Pretoria, are being mediated by Olusegun "
        "Obasanjo."
    )
    result = code(coder, text)
    mediation = [event for event in result.events if event.cameo == "045"]
    targets = {actor_of(result, event.target).name for event in mediation}
    assert targets == {"Ethiopia's government", "Tigray People's Liberation Front"}


def test_a_retaliation_answers_a_blow_not_praise(coder: newsevents.Coder) -> None:
    text = (
        "Britain expelled 23 Russian diplomats on Wednesday. France praised Russia for its "
        "restraint. Moscow said it would retaliate."
    )
    assert dyad(code(coder, text), "13") == ("RUS", "GBR")


def test_retaliating_by_a_deed_is_that_deed(coder: newsevents.Coder) -> None:
    result = code(coder, "China retaliated by imposing a tariff on Canadian canola.")
    assert [event.cameo for event in result.events] == ["163"], describe(result)


def test_both_sides_of_talks_are_the_two_who_hold_them(coder: newsevents.Coder) -> None:
    text = (
        "Ethiopia's government and the TPLF began peace talks in Pretoria on Tuesday. "
        "Blinken called on both sides to agree to an immediate cessation of hostilities."
    )
    result = code(coder, text)
    appeals = [event for event in result.events if event.root == "02"]
    targets = {actor_of(result, event.target).name for event in appeals}
    assert targets == {"Ethiopia's government", "Tigray People's Liberation Front"}


SIGNING = "Putin signed a treaty with South Ossetia on Wednesday. "


@pytest.mark.parametrize(
    ("reaction", "root"),
    [
        ("Ukraine's foreign ministry said Kiev would not recognise the document.", "12"),
        ("The EU's foreign policy chief warned that the agreement would destabilise it.", "01"),
    ],
)
def test_a_reaction_to_a_signed_document_targets_its_signer(
    coder: newsevents.Coder, reaction: str, root: str
) -> None:
    result = code(coder, SIGNING + reaction)
    assert country_of(result, first(result, root).target) == "RUS", describe(result)


def test_an_objection_conveyed_is_a_complaint(coder: newsevents.Coder) -> None:
    text = "Australia conveyed its strong objection to the Chinese authorities on Friday."
    assert dyad(code(coder, text), "11") == ("AUS", "CHN")


def test_a_verdict_on_an_untold_thing_falls_on_the_first_conflict(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Qatar sent food aid to Gaza on Monday. Israeli tanks shelled Rafah on Tuesday. "
        "Egypt said the escalation was unacceptable."
    )
    assert dyad(code(coder, text), "11") == ("EGY", "ISR")


@pytest.mark.parametrize(
    ("text", "root", "countries"),
    [
        ("Kenya gave the Somali militants 72 hours to leave the town.", "13", ("KEN", "SOM")),
        (
            "A Hong Kong court found 14 pro-democracy activists guilty of subversion.",
            "11",
            ("HKG", "HKG"),
        ),
        (
            "Hong Kong police took away a member of the League of Social Democrats.",
            "17",
            ("HKG", "HKG"),
        ),
    ],
    ids=["ultimatum", "found-guilty", "taken-away"],
)
def test_ultimatums_verdicts_and_arrests_in_wire_words(
    coder: newsevents.Coder, text: str, root: str, countries: tuple[str, str]
) -> None:
    assert dyad(code(coder, text), root) == countries


def test_violence_no_one_is_named_doing_is_the_places_unidentified_forces(
    coder: newsevents.Coder,
) -> None:
    text = "At least three Iraqi civilians were killed in a suicide car bombing in central Baghdad."
    result = code(coder, text)
    attack = first(result, "18")
    assert actor_of(result, attack.source).code == "IRQUAF", describe(result)
    assert "unidentified armed forces" in attack.rule


def test_a_killing_in_a_strike_with_a_doer_is_the_strike(coder: newsevents.Coder) -> None:
    text = "Four children were killed in an Israeli air strike on Khan Younis on Friday."
    assert [event.root for event in code(coder, text).events] == ["19"]


def test_what_protesters_wave_is_not_whom_they_protest(coder: newsevents.Coder) -> None:
    text = (
        "Protesters in Tbilisi blocked the entrances to the parliament building on Tuesday, "
        "waving Georgian and European Union flags."
    )
    result = code(coder, text)
    assert all(country_of(result, event.target) != "EU" for event in result.events)
    assert all(actor_of(result, event.target).org != "EU" for event in result.events)


def test_a_bombing_near_a_town_is_its_countrys_unidentified_forces(
    coder: newsevents.Coder,
) -> None:
    text = "A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier."
    assert dyad(code(coder, text), "18") == ("IRQ", "USA")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Somali troops fought al-Shabaab near Baidoa on Tuesday.", ("SOM", "SOM")),
        ("Israeli troops fought Hezbollah in southern Lebanon.", ("ISR", "LBN")),
        ("Armenia fought Azerbaijan over Nagorno-Karabakh in 2020.", ("ARM", "AZE")),
        ("Malian soldiers fought against the JNIM near Timbuktu.", ("MLI", "MLI")),
    ],
)
def test_fighting_a_state_or_an_armed_group_is_fighting(
    coder: newsevents.Coder, text: str, sides: tuple[str, str]
) -> None:
    assert dyads(code(coder, text), "19") == {sides, sides[::-1]}


def test_fighting_a_rival_in_politics_is_no_fighting(coder: newsevents.Coder) -> None:
    for text in (
        "The president fought parliament for months over the budget.",
        "The president fought against parliament for months over the budget.",
    ):
        assert not code(coder, text).events, text


def test_a_region_of_several_states_is_a_side(coder: newsevents.Coder) -> None:
    result = code(coder, "European governments imposed new sanctions on Iran on Monday.")
    sanction = only(result, "16")
    assert actor_of(result, sanction.source).code == "EURGOV", describe(result)
    assert country_of(result, sanction.target) == "IRN"


def test_calling_someone_a_target_threatens_them(coder: newsevents.Coder) -> None:
    text = "Moscow warned that any French troops sent to Ukraine would be legitimate targets."
    result = code(coder, text)
    assert only(result, "13").cameo == "138", describe(result)
    assert dyad(result, "13") == ("RUS", "FRA")
    text = "Moscow said French instructors in Ukraine would not be targets."
    assert not code(coder, text).events


def test_a_deed_done_to_no_one_is_negated(coder: newsevents.Coder) -> None:
    result = code(coder, "Canberra expelled no Chinese diplomats despite the spying row.")
    assert only(result, "16").negated, describe(result)


def test_an_action_to_avoid_is_not_done(coder: newsevents.Coder) -> None:
    result = code(coder, "Beijing told Chinese students to avoid travelling to Japan.")
    assert all(event.hypothetical for event in result.events if event.root == "04")
    assert [event for event in result.events if event.root == "04"], describe(result)


def test_concern_over_a_deed_told_before_is_aimed_at_its_doer(coder: newsevents.Coder) -> None:
    text = (
        "North Korea fired two ballistic missiles on Sunday. "
        "Tokyo voiced concern over the launches."
    )
    result = code(coder, text)
    concern = only(result, "01")
    assert (concern.cameo, countries(result, concern)) == ("012", ("JPN", "PRK")), describe(result)


def test_concern_over_a_thing_no_one_did_is_aimed_at_no_one(coder: newsevents.Coder) -> None:
    text = (
        "Egypt accused Ethiopia of violating international law. Ethiopia filled the dam's "
        "reservoir on Tuesday. Sudan expressed concern over the dam."
    )
    assert not [event for event in code(coder, text).events if event.root == "01"]


def test_a_verdict_on_a_deed_by_someone_is_aimed_at_its_doer(coder: newsevents.Coder) -> None:
    result = code(coder, "Israel condemned the recognition of Palestine by Portugal.")
    assert dyad(result, "11") == ("ISR", "PRT"), describe(result)


def test_a_welcome_at_home_is_with_no_one(coder: newsevents.Coder) -> None:
    assert not code(coder, "Egyptian officials hosted a ceremony in Cairo on Sunday.").events
    result = code(coder, "The Jordanian king arrived in Washington on Monday.")
    assert dyad(result, "04") == ("JOR", "USA"), describe(result)


def test_a_truce_declared_together_is_with_each_other(coder: newsevents.Coder) -> None:
    result = code(coder, "Thailand and Cambodia declared a ceasefire on Monday.")
    assert dyads(result, "08") == {("THA", "KHM"), ("KHM", "THA")}, describe(result)
    assert {event.cameo for event in result.events} == {"0871"}


def test_a_number_of_the_captives_freed_are_captives_freed(coder: newsevents.Coder) -> None:
    result = code(coder, "Boko Haram freed 21 of the Chibok schoolgirls on Thursday.")
    assert only(result, "08").cameo == "0841", describe(result)


def test_force_done_with_something_is_aimed_at_whom_the_joined_deed_names(
    coder: newsevents.Coder,
) -> None:
    text = "Kenyan riot police fired tear gas and arrested dozens of students in Nairobi."
    result = code(coder, text)
    coercion = [event for event in result.events if event.root == "17"]
    assert sorted(event.cameo for event in coercion) == ["173", "175"], describe(result)
    assert {actor_of(result, event.target).name for event in coercion} == {"students"}


def test_force_aimed_at_something_of_its_own_keeps_it(coder: newsevents.Coder) -> None:
    text = "Iraqi troops shelled the village and arrested two Kurdish fighters."
    result = code(coder, text)
    assert not [event for event in result.events if event.root == "19"], describe(result)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Two Iraqi policemen were killed by a roadside bomb near Samarra on Monday.", "IRQ"),
        ("A Lebanese journalist was killed by a car bomb in Beirut on Monday.", "LBN"),
    ],
)
def test_a_bomb_that_killed_is_where_the_bomb_was(
    coder: newsevents.Coder, text: str, country: str
) -> None:
    result = code(coder, text)
    attack = first(result, "18")
    assert actor_of(result, attack.source).code == f"{country}UAF", describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Twelve Kenyan soldiers were killed in a helicopter crash near the Somali border.",
        "A powerful earthquake killed more than 300 people in western Nepal on Friday.",
        "Five traders were killed in a fire that swept through a market in Kano.",
        # an actor's name on an accident that is no gunfire
        "Sixty Indian pilgrims were killed in a Nepalese bus crash on Sunday.",
    ],
    ids=["crash", "earthquake", "blaze", "airline"],
)
def test_a_death_in_an_accident_is_no_ones_deed(
    one_sided_coder: newsevents.Coder, text: str
) -> None:
    result = code(one_sided_coder, text)
    assert not result.events, describe(result)


def test_a_killing_in_firing_is_no_accident(one_sided_coder: newsevents.Coder) -> None:
    text = "Hospital records show that 31 persons have been killed in police firing."
    result = code(one_sided_coder, text)
    assert [event for event in result.events if event.cameo == "190"], describe(result)


def test_fire_that_names_whose_it_was_is_no_accident(coder: newsevents.Coder) -> None:
    text = "A Lebanese soldier was killed by Israeli fire near the border village of Kfar Kila."
    assert dyad(code(coder, text), "19") == ("ISR", "LBN")


def test_a_new_protest_with_an_article_is_an_event(one_sided_coder: newsevents.Coder) -> None:
    text = "A protest was staged outside the district office in Rampur on Monday."
    result = code(one_sided_coder, text)
    assert first(result, "14").cameo == "141", describe(result)


def test_a_protest_naming_no_one_is_aimed_at_the_protesters_own_state(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder, "Thousands of Kenyans staged a general strike on Monday over rising taxes."
    )
    event = first(result, "14")
    assert country_of(result, event.target) == "KEN", describe(result)
    assert event.rule.endswith("target: the protesters' own state")


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia's interim government said it was prepared to impose martial law as "
        "clashes spread.",
        "The Nepalese government on Sunday lifted the state of emergency after two weeks.",
        "Peru's president resigned on Sunday after weeks of street protests.",
    ],
)
def test_a_measure_at_home_is_aimed_at_the_states_own_country(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    event = first(result, "08", "13", "17")
    assert country_of(result, event.target) == country_of(result, event.source), describe(result)
    assert event.rule.endswith("target: the state's own country")


def test_unnamed_violence_outside_of_a_city_is_its_states(coder: newsevents.Coder) -> None:
    result = code(
        coder,
        "Two Turkish soldiers were killed by a roadside bomb outside of the Syrian town of Afrin.",
    )
    event = first(result, "18", "19")
    assert countries(result, event) == ("SYR", "TUR")


@pytest.mark.parametrize(
    ("text", "cameo", "sides"),
    [
        # the small model tags Kharkiv and Jenin as people, Belgorod as an organisation,
        # Avdiivka as a person and Odesa as nothing
        (
            "Russian forces shelled Kharkiv overnight, killing three civilians.",
            "194",
            ("RUS", "UKR"),
        ),
        ("Russian missiles struck Odesa on Tuesday.", "190", ("RUS", "UKR")),
        ("Ukrainian drones hit Belgorod, regional officials said.", "190", ("UKR", "RUS")),
        ("Russian troops captured Avdiivka after months of fighting.", "192", ("RUS", "UKR")),
        ("Israeli troops raided Jenin on Monday.", "190", ("ISR", "PSE")),
    ],
)
def test_force_against_a_city_the_tagger_missed_targets_its_state(
    coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    event = first(result, cameo[:2])
    assert (event.cameo, countries(result, event)) == (cameo, sides), describe(result)


def test_a_named_place_as_object_is_what_is_seized(coder: newsevents.Coder) -> None:
    # obj=@place: the row for taking a town holds for a town named without "the town of"
    result = code(coder, "Ukrainian forces liberated Kherson in November.")
    event = first(result, "19")
    assert (event.cameo, "@place" in event.rule) == ("192", True), describe(result)
    assert dyad(result, "19") == ("UKR", "UKR")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Arakan Army fighters seized the outskirts of Sittwe.", "MMR"),
        ("Boko Haram fighters raided Maiduguri's outskirts.", "NGA"),
    ],
)
def test_force_against_a_towns_outskirts_targets_its_state(
    coder: newsevents.Coder, text: str, country: str
) -> None:
    result = code(coder, text)
    assert countries(result, first(result, "19"))[1] == country, describe(result)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Beijing condemned the US arms sale to Taiwan.", "111"),
        ("The Belarusian court condemned the activist to ten years in a penal colony.", "116"),
    ],
)
def test_condemning_to_a_sentence_is_a_verdict(
    coder: newsevents.Coder, text: str, cameo: str
) -> None:
    assert first(code(coder, text), "11").cameo == cameo


def test_a_verb_the_parse_took_for_a_participle_has_its_subject(
    coder: newsevents.Coder,
) -> None:
    # the parse hangs "bombed" on "aircraft" as a participle; a participle takes no object
    result = code(coder, "Saudi-led coalition aircraft bombed Houthi positions around Marib.")
    bombing = first(result, "19")
    assert actor_of(result, bombing.source).name == "Saudi-led coalition aircraft", describe(result)
    assert countries(result, bombing) == ("SAU", "YEM"), describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("A Ukrainian army convoy came under Russian rocket fire near Pokrovsk.", ("RUS", "UKR")),
        ("Israeli troops came under attack from Hezbollah fighters.", ("LBN", "ISR")),
    ],
)
def test_who_comes_under_fire_is_its_target(
    coder: newsevents.Coder, text: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    assert countries(result, first(result, "19")) == sides, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        # a gerund that a light verb takes is its subject's deed, aimed at the place of its "of"
        "Zelensky said on Monday that Russian forces had intensified shelling of residential "
        "areas in Kharkiv overnight.",
        "Russian forces stepped up their shelling of Kharkiv on Sunday.",
    ],
)
def test_a_deed_told_as_a_noun_is_aimed_at_the_place_of_its_of(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    assert dyad(result, "19") == ("RUS", "UKR"), describe(result)


def test_the_city_named_before_is_where_a_later_deed_is_done(coder: newsevents.Coder) -> None:
    text = (
        "The army and the Rapid Support Forces fought in the Darfur city of El Fasher. "
        "The RSF shelled army positions in the city on Sunday."
    )
    result = code(coder, text)
    shelling = next(event for event in result.events if event.trigger.text == "shelled")
    assert shelling.location is not None and shelling.location.name == "El Fasher", describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "German Chancellor Friedrich Merz announced the package during a visit to Kyiv "
            "on Monday.",
            ("DEU", "UKR"),
        ),
        ("During his visit to Kyiv, Merz pledged more air defence systems.", ("DEU", "UKR")),
        # the capital the visit goes to, not the critic of the visit
        ("Modi's visit to Moscow drew criticism from Ukraine.", ("IND", "RUS")),
    ],
)
def test_a_visit_is_the_travellers_to_the_state_of_its_capital(
    coder: newsevents.Coder, text: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    assert dyad(result, "04") == sides, describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # who tells a deed is not whom it hit
        (
            "Israeli jets struck weapons depots near Damascus, according to Syrian state media.",
            ("ISR", "SYR"),
        ),
        # the arms it was done with are not its target
        (
            "The Houthis attacked a Greek-owned cargo ship with drones in the Red Sea.",
            ("YEM", "GRC"),
        ),
    ],
)
def test_the_teller_and_the_arms_of_a_deed_are_not_its_target(
    coder: newsevents.Coder, text: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    assert dyad(result, "19") == sides, describe(result)
    assert actor_of(result, only(result, "19").target).sector is None, describe(result)


def test_arms_named_together_are_not_the_target_either(coder: newsevents.Coder) -> None:
    result = code(coder, "Houthi rebels attacked a tanker in the Red Sea with missiles and drones.")
    assert all(event.root != "19" for event in result.events), describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Nicaragua's government ordered the opposition newspaper La Voz to suspend publication.",
        "Pakistan's interior minister allowed opposition leader Abdul Rind to hold a rally.",
    ],
)
def test_a_measure_at_home_on_someone_nothing_codes_is_aimed_at_home(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    event = result.events[0]
    assert countries(result, event)[0] == countries(result, event)[1], describe(result)
    assert countries(result, event)[1] is not None, describe(result)


def test_whom_one_is_extradited_to_is_the_target_also_after_the_person(
    coder: newsevents.Coder,
) -> None:
    text = (
        "A Spanish court approved the extradition of a former Venezuelan intelligence chief "
        "to the United States."
    )
    assert dyad(code(coder, text), "06") == ("ESP", "USA")


def test_a_group_of_no_country_is_a_side(coder: newsevents.Coder) -> None:
    result = code(coder, "The United States bombed Islamic State militants in Somalia.")
    assert actor_of(result, only(result, "19").target).code == "IMGMUSISI", describe(result)


def test_a_town_is_never_a_doer(coder: newsevents.Coder) -> None:
    result = code(
        coder, "The ELN launched attacks in the Catatumbo region that killed at least 80 people."
    )
    assert {country_of(result, event.source) for event in result.events} == {"COL"}
    assert {actor_of(result, event.source).code for event in result.events} == {"COLREBELN"}


def test_a_state_the_places_stage_names_is_a_doer(coder: newsevents.Coder) -> None:
    text = "Congo accused Rwanda of backing M23 rebels, who captured Goma in January."
    result = code(coder, text)
    assert dyad(result, "11") == ("COD", "RWA"), describe(result)
