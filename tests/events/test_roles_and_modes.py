"""Targets found beyond the object, and the modes added for issue 7's measures: reported
obligations as demands, firm pledges, denials, intents to use force, lists parsed as
appositions, subjects the parse lost, and places that stand for their country.
"""

from __future__ import annotations

import pytest

import newsevents
from newsevents.events.lexicon import entry_from_row
from newsevents.records import Actor, CodedArticle, Event

from .test_coding import code, coded, describe

pytestmark = pytest.mark.issue(7)


def only(coded_article: CodedArticle, root: str) -> Event:
    found = [event for event in coded_article.events if event.root == root]
    assert len(found) == 1, describe(coded_article)
    return found[0]


def first(coded_article: CodedArticle, *roots: str) -> Event:
    """The first event with one of ``roots``."""
    return next(event for event in coded_article.events if event.root in roots)


def actor_of(coded_article: CodedArticle, actor_id: str | None) -> Actor:
    return next(actor for actor in coded_article.actors if actor.id == actor_id)


def country_of(coded_article: CodedArticle, actor_id: str | None) -> str | None:
    return actor_of(coded_article, actor_id).country


def countries(coded_article: CodedArticle, event: Event) -> tuple[str | None, str | None]:
    """The countries of an event's source and target."""
    return country_of(coded_article, event.source), country_of(coded_article, event.target)


def dyad(coded_article: CodedArticle, root: str) -> tuple[str | None, str | None]:
    """The countries of the source and target of the one event with ``root``."""
    return countries(coded_article, only(coded_article, root))


def dyads(
    coded_article: CodedArticle, root: str | None = None
) -> set[tuple[str | None, str | None]]:
    """The countries of the source and target of every event (with ``root``, if given)."""
    return {
        countries(coded_article, event)
        for event in coded_article.events
        if root is None or event.root == root
    }


def test_a_reported_must_is_a_demand_to_the_clauses_subject(coder: newsevents.Coder) -> None:
    result = code(coder, "Russia said on Tuesday that Sudan must return the seized helicopter.")
    event = only(result, "10")
    assert countries(result, event) == ("RUS", "SDN")
    assert "say (demand)" in event.rule and not event.hypothetical


def test_a_reported_must_over_an_intent_is_a_demand(coder: newsevents.Coder) -> None:
    text = "Jordan's king said the United States must be ready to mediate between the two sides."
    result = code(coder, text)
    assert [event.cameo for event in result.events] == ["105"], describe(result)
    event = only(result, "10")
    assert countries(result, event) == ("JOR", "USA")


def test_a_reported_should_is_an_appeal(coder: newsevents.Coder) -> None:
    result = code(coder, "The European Union said Belarus should free the jailed journalists.")
    event = only(result, "02")
    assert country_of(result, event.target) == "BLR", describe(result)


def test_a_must_the_speaker_puts_on_itself_is_no_demand(coder: newsevents.Coder) -> None:
    result = code(coder, "Iran said it must defend its borders against any aggression.")
    assert not [e for e in result.events if e.root in ("02", "10")], describe(result)


def test_a_must_in_the_reporters_own_words_is_only_hypothetical(
    coder: newsevents.Coder,
) -> None:
    result = code(coder, "Israel must release the detained Palestinian prisoners.")
    assert result.events and all(event.hypothetical for event in result.events), describe(result)


def test_a_statement_verb_over_a_demand_gives_the_demand(coder: newsevents.Coder) -> None:
    text = "The White House declared on Tuesday that China must drop its barriers to U.S. exports."
    result = code(coder, text)
    assert [event.root for event in result.events] == ["10"], describe(result)


def test_a_firm_pledge_of_an_uncoded_action_is_030_to_whom_it_is_done(
    coder: newsevents.Coder,
) -> None:
    text = "Britain has promised to continue its military aid to Mozambique."
    assert coded(coder, text) == [("Britain", "030", "Mozambique")]


def test_an_adjective_of_intent_pledges_for_the_subject(coder: newsevents.Coder) -> None:
    result = code(coder, "Norway is willing to help Estonia.")
    event = only(result, "03")
    assert country_of(result, event.source) == "NOR", describe(result)


def test_a_weak_intent_of_an_uncoded_action_is_no_event(coder: newsevents.Coder) -> None:
    assert coded(coder, "Iran hopes to improve its economy next year.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban vowed to attack Kabul before the winter.",
        # a plan told as the reported clause's own verb is the planner's, asked of no one
        "Western officials said Russia was planning a military invasion of Ukraine.",
        # a light verb of intent under a verb that governs nothing governs its noun itself
        "Turkish jets struck caves in northern Iraq used by the PKK to plan attacks on Turkey.",
    ],
)
def test_an_intent_to_use_force_is_a_threat(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert only(result, "13").cameo.startswith("138"), describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Iran denied sending drones to Russia.",
        "Moscow has repeatedly denied that it plans to invade Ukraine.",
        # and its purpose
        "Russia denied deploying troops to Belarus to attack Ukraine.",
        "Rwanda denied sending troops to eastern Congo to support the M23 rebels.",
    ],
)
def test_a_denied_action_is_negated(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    roots = ("05", "07", "13", "15", "19")
    conflict = [event for event in result.events if event.root in roots]
    assert conflict and all(event.negated for event in conflict), describe(result)


def test_a_verb_joined_to_a_denial_is_done_not_denied(coder: newsevents.Coder) -> None:
    result = code(coder, "Iran denied the charges and expelled two British diplomats.")
    expulsion = only(result, "16")
    assert not expulsion.negated, describe(result)


def test_dismissing_criticism_is_a_rejection(one_sided_coder: newsevents.Coder) -> None:
    assert coded(one_sided_coder, "Moscow dismissed the criticism.") == [("Moscow", "120", None)]


def test_an_infinitive_the_parse_hangs_on_to_is_no_prepositional_object(
    coder: newsevents.Coder,
) -> None:
    text = (
        "A Syrian lawmaker started a hunger strike to protest the president's failure "
        "to usher in political reforms."
    )
    result = code(coder, text)
    assert not [event for event in result.events if event.root == "11"], describe(result)


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("China refused to condemn Russia over the invasion of Ukraine.", "111"),
        ("Serbia refused to impose sanctions on Moscow over the war.", "163"),
    ],
)
def test_refusing_a_hostile_act_is_that_act_negated_not_a_rejection(
    coder: newsevents.Coder, text: str, code_: str
) -> None:
    result = code(coder, text)
    event = only(result, code_[:2])
    assert (event.cameo, event.negated) == (code_, True), describe(result)
    assert not [event for event in result.events if event.root == "12"], describe(result)


def test_a_refusal_to_act_together_is_the_refusers_alone(coder: newsevents.Coder) -> None:
    result = code(coder, "Iran said it would not negotiate with the United States.")
    assert dyad(result, "12") == ("IRN", "USA"), describe(result)
    assert len(result.events) == 1, describe(result)


def test_the_demanded_clause_subject_is_the_target(coder: newsevents.Coder) -> None:
    text = "China demanded that the United States cancel the arms sale to Taiwan."
    result = code(coder, text)
    event = only(result, "10")
    assert country_of(result, event.target) == "USA", describe(result)


def test_a_place_in_the_triggers_phrase_is_the_target(coder: newsevents.Coder) -> None:
    result = code(coder, "Serbia lifted the night curfew in Montenegro on Sunday.")
    event = only(result, "08")
    assert country_of(result, event.target) == "MNE", describe(result)


def test_a_statement_is_not_addressed_to_where_it_was_made(coder: newsevents.Coder) -> None:
    text = "Hamas said on Twitter that the vote was a victory for the Palestinian people."
    assert not [e for e in code(coder, text).events if e.cameo == "010"]


def test_a_list_parsed_as_an_apposition_is_coordinated(coder: newsevents.Coder) -> None:
    pairs = {
        (source, target)
        for source, code_, target in coded(coder, "The US, Russia, and Switzerland met yesterday.")
        if code_ == "040"
    }
    assert ("Russia", "Switzerland") in pairs and ("United States", "Russia") in pairs


def test_a_subject_the_parse_lost_is_the_actor_named_before_the_verb(
    coder: newsevents.Coder,
) -> None:
    text = (
        "At an emergency summit in the Nigerian capital Abuja, the Economic Community of "
        "West African States (ECOWAS) also imposed sweeping sanctions on Niger."
    )
    result = code(coder, text)
    event = only(result, "16")
    actors = {actor.id: actor for actor in result.actors}
    assert actors[event.source or ""].org == "ECOWAS", describe(result)


def test_a_city_named_as_a_target_stands_for_its_country(coder: newsevents.Coder) -> None:
    result = code(coder, "Thousands of Kurds demonstrated in the northern city of Kirkuk.")
    kirkuk = next(actor for actor in result.actors if actor.name == "Kirkuk")
    assert (kirkuk.country, kirkuk.code) == ("IRQ", "IRQ")


def test_co_mediators_do_not_mediate_for_each_other(coder: newsevents.Coder) -> None:
    text = "The truce, brokered by the United States and France, came into force on Wednesday."
    assert [event for event in coded(coder, text) if event[1] == "045"] == []


def test_telling_reporters_a_fact_is_no_demand(coder: newsevents.Coder) -> None:
    text = "Biden told reporters that the United States does not support Taiwan independence."
    assert [event for event in coded(coder, text) if event[1].startswith("10")] == []


def test_telling_another_to_act_is_a_demand(coder: newsevents.Coder) -> None:
    text = "Turkey told Israel that it must lift the blockade of Gaza."
    assert [event[1][:2] for event in coded(coder, text)] == ["10"]


def test_telling_a_news_agency_is_no_statement_to_it(coder: newsevents.Coder) -> None:
    text = "Albanian commanders told AFP that the guerrillas had handed in their weapons."
    assert [event for event in coded(coder, text) if event[1] == "010"] == []


def test_a_passive_coordinated_with_an_active_verb_shares_its_subject(
    coder: newsevents.Coder,
) -> None:
    text = "Police arrested the opposition leader and were criticised by the United Nations."
    assert ("United Nations", "111", "Police") in coded(coder, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgian opposition leader Nika Melia was beaten by police and detained.",
            ("police", "173", "Nika Melia"),
        ),
        (
            "Three Sudanese aid workers were abducted by gunmen in Darfur and later freed.",
            ("gunmen in Darfur", "0841", "Sudanese aid workers"),
        ),
    ],
)
def test_a_participle_joined_to_a_passive_shares_its_doer_and_its_subject(
    coder: newsevents.Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(coder, text)


def test_an_active_verb_joined_to_a_passive_keeps_its_own_object(
    coder: newsevents.Coder,
) -> None:
    text = "Georgian opposition leader Nika Melia was beaten by police and accused them of lying."
    events = coded(coder, text)
    assert ("Nika Melia", "112", "police") in events, events


def test_an_infinitive_joined_to_an_urged_one_is_urged_too(coder: newsevents.Coder) -> None:
    text = "The United States urged Israel to halt its strikes and to allow more food into Gaza."
    events = coded(coder, text)
    assert ("United States", "0252", "Israel") in events, events
    assert ("United States", "0255", "Israel") in events, events
    assert all(cameo != "0863" for _, cameo, _ in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Japan and Australia called for restraint in the South China Sea.",
        "Japan and Australia expressed concern about the collision and called for restraint.",
        "Qatar and Egypt urged both parties to return to the negotiating table.",
    ],
)
def test_coordinated_doers_comment_and_appeal_to_a_third_party_not_to_each_other(
    coder: newsevents.Coder, text: str
) -> None:
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamas vowed not to recognise Israel.", ("Hamas", "120", "Israel")),
        ("Iran vowed never to negotiate with the United States.", ("Iran", "125", "United States")),
        (
            "Turkey pledged not to attack Kurdish forces in northern Syria.",
            ("Turkey", "0356", "Kurdish forces in northern Syria"),
        ),
        (
            "The United States urged Israel not to attack Rafah.",
            ("United States", "0256", "Israel"),
        ),
        (
            "The European Union called on Hungary not to veto the sanctions package.",
            ("European Union", "020", "Hungary"),
        ),
    ],
)
def test_an_action_pledged_or_urged_not_to_be_taken_is_its_opposite(
    coder: newsevents.Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(coder, text) == [expected]


def test_an_infinitive_a_time_phrase_parts_from_its_control_verb_is_still_governed(
    coder: newsevents.Coder,
) -> None:
    text = "Iraq threatened on Wednesday to expel American members of the UN inspection team."
    assert coded(coder, text) == [("Iraq", "137", "United States")]


def test_a_deed_not_expected_is_negated_and_hypothetical_not_refused(
    coder: newsevents.Coder,
) -> None:
    text = "Diplomats said Croatia was not expected to attend the peace conference on Bosnia."
    result = code(coder, text)
    event = only(result, "04")
    assert (event.cameo, event.negated, event.hypothetical) == ("044", True, True), describe(result)


def test_force_one_says_one_will_keep_using_is_a_threat(coder: newsevents.Coder) -> None:
    text = "Kataib Hezbollah said it would keep targeting American bases in Iraq."
    assert coded(coder, text) == [("Kataib Hezbollah", "1384", "United States")]


def test_a_vow_to_go_on_fighting_is_the_rejection_itself(coder: newsevents.Coder) -> None:
    text = "The Houthis vowed to continue attacks on Israel."
    assert coded(coder, text) == [("Houthis", "1246", "Israel")]


def test_a_call_for_someone_to_act_is_an_appeal_to_them(coder: newsevents.Coder) -> None:
    text = "The Libyan parliament called for Prime Minister Abdulhamid Dbeibah to resign."
    assert [cameo for _, cameo, _ in coded(coder, text)] == ["0241"]


def test_them_is_every_one_of_a_pair_named_together_before(coder: newsevents.Coder) -> None:
    text = (
        "The United States and France urged Israel to respect the ceasefire. Lebanese "
        "President Joseph Aoun thanked them for their efforts."
    )
    events = coded(coder, text)
    assert ("Joseph Aoun", "051", "United States") in events, events
    assert ("Joseph Aoun", "051", "France") in events, events


def test_a_headlines_to_before_its_verb_tells_the_future(coder: newsevents.Coder) -> None:
    assert coded(coder, "China to hold talks with India on border") == [("China", "036", "India")]


def test_a_headlines_participle_is_a_passive(coder: newsevents.Coder) -> None:
    # the protesters were arrested: no one named arrested Moscow, nor did they
    assert coded(coder, "Protesters arrested in Moscow after anti-war rally") == []


def test_a_headlines_comma_between_two_states_joins_them(coder: newsevents.Coder) -> None:
    events = coded(coder, "Greece, Turkey hold talks on maritime dispute")
    assert set(events) == {("Greece", "046", "Turkey"), ("Turkey", "046", "Greece")}


def test_a_measure_a_decision_is_announced_on_is_taken(coder: newsevents.Coder) -> None:
    text = "The Georgian government announced its decision to suspend EU accession talks."
    assert coded(coder, text) == [("Georgian government", "164", "European Union")]


def test_them_is_the_crowd_told_before_not_the_doer_or_a_place(coder: newsevents.Coder) -> None:
    text = (
        "Thousands of protesters marched through central Tbilisi on Monday. Georgian riot "
        "police detained them near the parliament."
    )
    assert ("Georgian riot police", "173", "protesters") in coded(coder, text)


def test_an_announcement_of_a_coded_deed_is_no_statement_of_its_own(
    coder: newsevents.Coder,
) -> None:
    text = "Nigeria announced that it would withdraw its peacekeeping troops from Chad."
    codes = [event[1] for event in coded(coder, text)]
    assert "010" not in codes and codes, codes


def test_a_sides_own_troops_are_not_the_other_side(coder: newsevents.Coder) -> None:
    text = "Syria says it is willing to withdraw its troops from neighbouring Lebanon."
    result = code(coder, text)
    assert country_of(result, first(result, "03").target) == "LBN", describe(result)


def test_hoping_another_is_punished_is_no_intent_of_ones_own(coder: newsevents.Coder) -> None:
    text = "Rwanda's justice minister said she hoped the French officials would be indicted."
    assert [event for event in coded(coder, text) if event[1].startswith("03")] == []


def test_we_in_a_quote_is_its_speaker(coder: newsevents.Coder) -> None:
    text = (
        '"We call on the Georgian authorities to refrain from the use of force," the US State '
        "Department said."
    )
    assert ("State Department", "020", "Georgian authorities") in coded(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow demanded that NATO promise never to admit Ukraine.",
        "The United Nations describes Yemen as the world's worst humanitarian crisis.",
    ],
)
def test_what_a_speech_verb_takes_as_object_is_not_spoken_to(
    coder: newsevents.Coder, text: str
) -> None:
    assert [event for event in coded(coder, text) if event[1] == "010"] == []


def test_a_preposition_the_parse_left_empty_takes_the_noun_after_it(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
        "diplomatic residence since the invasion."
    )
    result = code(coder, text)
    assert country_of(result, first(result, "07").target) == "PAN", describe(result)


def test_a_warning_that_holds_a_threat_is_the_threat_alone(
    one_sided_coder: newsevents.Coder,
) -> None:
    text = "Moscow warned that it was prepared to impose sanctions on Estonia."
    result = code(one_sided_coder, text)
    assert [event.cameo for event in result.events] == ["1312"], describe(result)


def test_a_warning_of_what_a_thing_will_do_threatens_no_one(coder: newsevents.Coder) -> None:
    result = code(coder, "Jordan warned Israel that renewed fighting would kill thousands in Gaza.")
    assert not [e for e in result.events if e.root == "13"], describe(result)


def test_a_warning_is_aimed_at_whom_its_clause_says_will_act(coder: newsevents.Coder) -> None:
    result = code(coder, "China warned that the United States would pay a heavy price.")
    event = only(result, "01")
    assert countries(result, event) == ("CHN", "USA")


def test_a_warning_is_not_aimed_at_a_place_it_mentions(coder: newsevents.Coder) -> None:
    result = code(
        coder,
        "Israeli Prime Minister Benjamin Netanyahu warned that Israel would keep full "
        "freedom of military action in Lebanon.",
    )
    assert not [e for e in result.events if e.cameo == "012"], describe(result)


def test_a_complaint_targets_whom_it_is_about_not_whom_it_is_made_to(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder, "Lebanon complained to the United Nations on Tuesday over Israeli air raids."
    )
    event = only(result, "11")
    assert countries(result, event) == ("LBN", "ISR")


def test_a_lexicon_row_names_its_target_prepositions_in_order() -> None:
    row = {"trigger": "complain", "pos": "VERB", "when": "", "code": "114"}
    entry = entry_from_row({**row, "roles": "target=over|to", "example": ""}, {}, where="11.tsv:1")
    assert entry.target_preps == ("over", "to")


def test_a_demand_noun_targets_the_subject_of_its_light_verbs_clause(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "The International Labour Organization repeated its demand on Monday that Israel "
        "ease curbs on the movement of Palestinian workers.",
    )
    event = only(result, "10")
    assert country_of(result, event.target) == "ISR", describe(result)


def test_a_pronoun_object_is_someone(coder: newsevents.Coder) -> None:
    result = code(
        coder,
        "Hundreds of protesters gathered in Bamako. Malian police dispersed them with tear gas.",
    )
    event = only(result, "17")
    assert countries(result, event) == ("MLI", "MLI")


def test_a_reported_should_in_the_passive_appeals_for_what_is_done_to_its_subject(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "Belarusian police detained opposition leader Pavel Lobach on Sunday. "
        "The French foreign minister said that Lobach should be released at once.",
    )
    event = only(result, "02")
    assert countries(result, event) == ("FRA", "BLR")


def test_a_demand_coordinated_inside_a_reported_clause_is_the_speakers(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "Belarusian police detained opposition leader Pavel Lobach on Sunday. "
        'Germany said Lobach\'s detention was "unacceptable" and demanded his immediate release.',
    )
    event = only(result, "10")
    assert countries(result, event) == ("DEU", "BLR")


def test_seeking_talks_in_the_future_shares_the_auxiliary_and_is_an_intent(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "Taiwan's president said Taipei would keep its defences strong and seek dialogue "
        "with Beijing.",
    )
    event = only(result, "03")
    assert event.cameo == "036", describe(result)
    assert countries(result, event) == ("TWN", "CHN")


def test_a_statement_that_calls_for_something_is_its_issuers_appeal(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "Jordan's foreign ministry released a statement calling on Israel to halt its offensive.",
    )
    assert [event.root for event in result.events] == ["02"], describe(result)
    event = only(result, "02")
    assert countries(result, event) == ("JOR", "ISR")


def test_a_withdrawal_from_a_place_is_done_by_the_light_verbs_subject(
    one_sided_coder: newsevents.Coder,
) -> None:
    result = code(one_sided_coder, "Britain began the withdrawal of its troops from Basra.")
    event = only(result, "08")
    assert country_of(result, event.source) == "GBR", describe(result)


def test_a_participle_the_parse_takes_for_the_subject_gives_way_to_its_own(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "The Red Cross operating in Sudan said Sudanese and Chadian forces must ensure "
        "security for aid convoys.",
    )
    event = first(result, "10")
    assert actor_of(result, event.source).name == "Red Cross", describe(result)


def test_an_ing_clause_after_a_preposition_has_the_main_verbs_doer(
    coder: newsevents.Coder,
) -> None:
    result = code(
        coder,
        "Slovakia dropped its objection after meeting German Chancellor Olaf Scholz in Berlin.",
    )
    event = first(result, "04")
    assert countries(result, event) == ("SVK", "DEU")


def test_an_ing_clause_after_of_is_not_the_main_verbs_doers(
    one_sided_coder: newsevents.Coder,
) -> None:
    result = code(one_sided_coder, "Israel accused Hamas of breaking the truce.")
    assert not [e for e in result.events if e.root == "19"], describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army accused the RSF of killing civilians in El Fasher.",
        # a deed told by a noun and its light verb too
        "South Africa accused Israel of committing genocide in Gaza at the World Court.",
    ],
)
def test_what_one_is_accused_of_is_no_deed_of_its_own(
    one_sided_coder: newsevents.Coder, text: str
) -> None:
    result = code(one_sided_coder, text)
    assert [event.cameo for event in result.events] == ["112"], describe(result)


def test_a_harm_held_over_a_condition_is_a_threat(coder: newsevents.Coder) -> None:
    text = (
        "Ghana said it would withdraw its peacekeeping contingent from Liberia unless the "
        "warring factions agreed to a ceasefire."
    )
    result = code(coder, text)
    event = only(result, "13")
    assert event.cameo == "136" and "conditional (threaten)" in event.rule, describe(result)
    assert countries(result, event) == ("GHA", "LBR")


def test_a_possible_harm_on_a_condition_is_a_threat_not_a_hypothesis(
    coder: newsevents.Coder,
) -> None:
    text = (
        "The European Union may suspend its budget support to Niger if the junta does not "
        "free President Mohamed Bazoum."
    )
    event = first(code(coder, text), "13", "16")
    assert (event.cameo, event.hypothetical) == ("1311", False)


def test_violence_is_aimed_at_whom_its_purpose_names(coder: newsevents.Coder) -> None:
    result = code(coder, "Burmese soldiers opened fire to scatter the protesters in Mandalay.")
    event = only(result, "19")
    assert actor_of(result, event.target).name == "protesters", describe(result)


def test_a_verb_coordinated_with_a_passive_shares_its_subject_not_its_agent(
    coder: newsevents.Coder,
) -> None:
    text = "Peru's prime minister was censured by parliament on Thursday and will resign."
    result = code(coder, text)
    event = only(result, "03")
    assert actor_of(result, event.source).name == "Peru's prime minister", describe(result)


def test_it_in_words_a_person_says_to_a_body_is_that_body(coder: newsevents.Coder) -> None:
    text = "Macron reminded Iran that it must cooperate fully with the nuclear inspectors."
    result = code(coder, text)
    event = only(result, "10")
    assert countries(result, event) == ("FRA", "IRN")


def test_a_finding_that_another_must_act_is_a_demand(coder: newsevents.Coder) -> None:
    text = "An African Union panel concluded that Ethiopia must allow aid convoys into Tigray."
    result = code(coder, text)
    event = first(result, "10")
    assert country_of(result, event.target) == "ETH", describe(result)


def test_a_name_the_parse_splits_keeps_its_conjuncts_and_a_purpose_shares_the_future(
    coder: newsevents.Coder,
) -> None:
    # the small model tags "Barack" as the subject and hangs "and Vladimir Putin" on "Obama"
    text = "Barack Obama and Vladimir Putin will meet in Geneva to discuss arms control."
    result = code(coder, text)
    pairs = {
        (country_of(result, e.source), e.cameo, country_of(result, e.target)) for e in result.events
    }
    assert pairs == {("USA", "036", "RUS"), ("RUS", "036", "USA")}, describe(result)


def test_a_participle_the_parse_takes_for_the_main_verb_names_no_doer(
    one_sided_coder: newsevents.Coder,
) -> None:
    # the small model reads "detained" as the main verb with "journalists" its subject
    text = "The journalists detained for criticising the junta were freed on Monday."
    result = code(one_sided_coder, text)
    event = only(result, "17")
    assert event.source is None, describe(result)
    assert actor_of(result, event.target).name == "journalists", describe(result)


def test_a_finite_verb_joined_by_and_to_a_passive_keeps_its_subject(
    coder: newsevents.Coder,
) -> None:
    text = "Belarusian protesters rallied in Minsk and were dispersed by riot police."
    result = code(coder, text)
    event = only(result, "14")
    assert actor_of(result, event.source).name == "Belarusian protesters", describe(result)


def test_they_in_what_coordinated_speakers_say_is_each_of_them(
    coder: newsevents.Coder,
) -> None:
    text = "Russia and China said they would veto any resolution imposing sanctions on Syria."
    result = code(coder, text)
    vetoes = {country_of(result, e.source) for e in result.events if e.root == "12"}
    assert vetoes == {"RUS", "CHN"}, describe(result)
    # a resolution they would veto imposes nothing for them
    assert not [e for e in result.events if e.root == "16"], describe(result)


def test_a_reported_clause_hung_on_its_own_subject_keeps_its_doer(
    coder: newsevents.Coder,
) -> None:
    # the parse makes "resorted" a participle of "youths", and "said" takes two subjects
    text = (
        "Kashmiri youths resorted to throwing stones during protests against the Indian "
        "army, police officials said on Friday."
    )
    result = code(coder, text)
    event = only(result, "14")
    assert actor_of(result, event.source).name == "Kashmiri youths", describe(result)


def test_a_measure_no_one_is_named_as_taking_is_aimed_at_where_it_was_taken(
    one_sided_coder: newsevents.Coder,
) -> None:
    result = code(one_sided_coder, "A curfew was imposed in Lahore on Friday after clashes.")
    event = only(result, "17")
    assert (event.cameo, event.source) == ("1723", None), describe(result)
    assert country_of(result, event.target) == "PAK"
    assert "target: where it happened" in event.rule


def test_victims_coordinated_with_victims_the_pattern_names_are_still_victims(
    one_sided_coder: newsevents.Coder,
) -> None:
    text = "Stones were thrown at passing trains, injuring some passengers and several policemen."
    result = code(one_sided_coder, text)
    assert [e.root for e in result.events if e.target is not None], describe(result)


def test_those_who_withdraw_leave_the_place_they_withdraw_from(coder: newsevents.Coder) -> None:
    text = "The withdrawal of Eritrean troops from Tigray began on Friday."
    result = code(coder, text)
    event = only(result, "08")
    assert actor_of(result, event.source).name == "Eritrean troops", describe(result)
    assert actor_of(result, event.target).name == "Tigray", describe(result)


def test_a_must_in_a_speech_noun_a_verb_delivers_is_a_demand(coder: newsevents.Coder) -> None:
    text = (
        "Germany's foreign minister issued a stern reminder to Serbia that it must "
        "cooperate fully with the war crimes tribunal."
    )
    result = code(coder, text)
    event = only(result, "10")
    assert countries(result, event) == ("DEU", "SRB")


@pytest.mark.parametrize(
    "text",
    [
        "Putin will meet his Turkish counterpart, Recep Tayyip Erdogan, in Ankara next week.",
        # the parse splits "his counterpart" and the name into two objects
        "Erdogan will meet his counterpart Italian President Sergio Mattarella in Rome.",
    ],
)
def test_ones_counterpart_is_the_other_side(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    event = first(result, "03")
    assert country_of(result, event.target) in ("TUR", "ITA"), describe(result)
    assert country_of(result, event.source) != country_of(result, event.target)


def test_agreeing_to_a_deal_together_is_an_agreement_both_ways(coder: newsevents.Coder) -> None:
    result = code(coder, "Canada and Britain have agreed to a rollover trade deal.")
    pairs = {
        (country_of(result, e.source), e.cameo, country_of(result, e.target)) for e in result.events
    }
    assert pairs == {("CAN", "057", "GBR"), ("GBR", "057", "CAN")}


def test_examples_named_with_like_or_including_are_the_phrases_actors(
    coder: newsevents.Coder,
) -> None:
    result = code(coder, "The EU urged Gulf states including Qatar to stop funding militants.")
    event = only(result, "02")
    assert country_of(result, event.target) == "QAT", describe(result)


def test_a_deed_after_when_or_why_is_not_what_a_control_verb_governs(
    one_sided_coder: newsevents.Coder,
) -> None:
    text = (
        "The Sindh government ordered police patrols in Karachi after violent protests by "
        "religious groups."
    )
    result = code(one_sided_coder, text)
    assert not [e for e in result.events if e.root == "10"], describe(result)


def test_a_target_we_cannot_code_stands_for_where_it_is(coder: newsevents.Coder) -> None:
    text = "The IAEA has dispatched inspectors to the Natanz Fuel Enrichment Plant in central Iran."
    result = code(coder, text)
    event = only(result, "09")
    assert country_of(result, event.target) == "IRN", describe(result)
    assert "target: where the named target is" in event.rule


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's army sent a delegation to the Geneva talks on Darfur.",
        "Sudan's army sent a delegation to the talks on Darfur.",
    ],
)
def test_a_delegation_sent_and_a_city_hosting_talks_are_not_the_other_side(
    one_sided_coder: newsevents.Coder, text: str
) -> None:
    result = code(one_sided_coder, text)
    assert dyad(result, "04") == ("SDN", None)


def test_a_state_before_talks_is_a_party_to_them(coder: newsevents.Coder) -> None:
    result = code(coder, "Russia walked out of the Iran talks in Vienna on Friday.")
    assert dyad(result, "14") == ("RUS", "IRN")


def test_a_refusal_to_let_others_act_is_aimed_at_them(coder: newsevents.Coder) -> None:
    text = "UNITA refused to allow United Nations planes to land at Huambo airport."
    result = code(coder, text)
    event = only(result, "12")
    assert actor_of(result, event.target).org == "UN", describe(result)


def test_mediation_between_two_sides_is_aimed_at_both(coder: newsevents.Coder) -> None:
    text = (
        "Turkey may suspend its mediation between Russia and Ukraine if the shelling of the "
        "nuclear plant goes on, Foreign Minister Hakan Fidan said on Friday."
    )
    result = code(coder, text)
    assert dyads(result, "13") == {("TUR", "RUS"), ("TUR", "UKR")}, describe(result)


def test_a_protest_in_defiance_of_someone_is_aimed_at_them(coder: newsevents.Coder) -> None:
    text = "Pro-democracy students blocked roads in Hong Kong in defiance of Beijing."
    result = code(coder, text)
    assert dyad(result, "14") == ("HKG", "CHN")


def test_whom_an_order_to_leave_expels_is_its_object_not_where_they_leave(
    coder: newsevents.Coder,
) -> None:
    result = code(coder, "The Taliban ordered two Norwegian journalists to leave Afghanistan.")
    assert dyad(result, "17") == ("AFG", "NOR")


def test_coast_guard_ships_are_a_states_armed_forces(coder: newsevents.Coder) -> None:
    text = "Chinese coast guard ships blocked a Philippine resupply mission to the shoal."
    result = code(coder, text)
    source = actor_of(result, only(result, "19").source)
    assert (source.country, source.sector) == ("CHN", "MIL"), describe(result)


def test_a_participle_after_with_leaves_its_noun_the_other_side(
    coder: newsevents.Coder,
) -> None:
    text = "Manila signed a defence pact with Japan allowing troops to train on each other's soil."
    result = code(coder, text)
    assert dyads(result, "05") == {("PHL", "JPN"), ("JPN", "PHL")}, describe(result)


def test_a_deal_to_free_hostages_does_not_make_its_demanders_free_them(
    one_sided_coder: newsevents.Coder,
) -> None:
    text = "Thousands of Israelis rallied in Tel Aviv to demand a deal to free the hostages."
    result = code(one_sided_coder, text)
    assert not [e for e in result.events if e.root == "08"], describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Thailand and Cambodia accused each other of violating the ceasefire on the border.",
        "Armenia and Azerbaijan blamed one another for the collapse of the talks.",
    ],
)
def test_each_other_is_the_other_side_both_ways(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    first, second = (country_of(result, actor.id) for actor in result.actors[:2])
    assert dyads(result) == {(first, second), (second, first)}, describe(result)


def test_a_capital_a_rebuke_comes_from_is_who_rebukes(coder: newsevents.Coder) -> None:
    text = (
        "The Pentagon announced a weapons package for Taiwan, drawing a sharp rebuke from Beijing."
    )
    result = code(coder, text)
    assert dyad(result, "11") == ("CHN", "USA"), describe(result)
    assert dyad(result, "07") == ("USA", "TWN"), describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish authorities handed over 14 Syrian militant suspects to Baghdad.",
        "Egypt sent an envoy to Baghdad on Monday.",
    ],
)
def test_a_capital_something_is_sent_to_is_its_states_and_what_is_sent_is_not(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    event = first(result, "04", "06")
    assert country_of(result, event.target) == "IRQ", describe(result)


def test_whom_a_row_matches_by_name_is_the_target_before_where(coder: newsevents.Coder) -> None:
    text = "Canada said it would recognise a Palestinian state at the UN General Assembly."
    result = code(coder, text)
    assert dyad(result, "03") == ("CAN", "PSE"), describe(result)


def test_whom_an_appeal_is_made_to_stays_its_target(coder: newsevents.Coder) -> None:
    text = "The EU called on the Russian authorities to release the Ukrainian prisoners."
    result = code(coder, text)
    assert country_of(result, only(result, "02").target) == "RUS", describe(result)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Thousands of Venezuelans were deported from the United States last year.",
            ("USA", "VEN"),
        ),
        ("Two Russian diplomats were expelled from Moldova on Friday.", ("MDA", "RUS")),
    ],
)
def test_whence_people_are_deported_or_expelled_is_who_expels_them(
    coder: newsevents.Coder, text: str, pair: tuple[str, str]
) -> None:
    result = code(coder, text)
    assert countries(result, result.events[0]) == pair, describe(result)


def test_a_warning_of_what_follows_on_a_condition_is_a_threat(coder: newsevents.Coder) -> None:
    text = "China warned it would take resolute measures if Manila continued its provocations."
    result = code(coder, text)
    event = only(result, "13")
    assert (event.cameo, *countries(result, event)) == ("130", "CHN", "PHL"), describe(result)
    assert "conditional (threaten)" in event.rule


@pytest.mark.parametrize(
    "text",
    [
        "Armenian troops fought with Azerbaijani forces along the border.",
        "Heavy fighting between Azerbaijani and Armenian forces broke out overnight.",
        "Fighting between Armenian soldiers and Azerbaijani troops spread along the border.",
        "Armenian and Azerbaijani troops fought each other along the border.",
        "Azerbaijani troops fought Armenian separatists in Karabakh.",
    ],
)
def test_the_sides_of_a_fight_fight_each_other(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert dyads(result, "19") == {("ARM", "AZE"), ("AZE", "ARM")}, describe(result)


def test_a_foe_fought_by_its_bare_name_is_the_other_side(coder: newsevents.Coder) -> None:
    result = code(coder, "Sudanese troops fought rebels near Kassala on Sunday.")
    names = {actor_of(result, event.target).name for event in result.events}
    assert names == {"rebels", "Sudanese troops"}, describe(result)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("North Korea threatened to use nuclear weapons against South Korea.", "1385"),
        ("Japan pledged to deepen security cooperation with the Philippines.", "0312"),
        ("The Houthis vowed to keep attacking Israeli ships in the Red Sea.", "1384"),
    ],
)
def test_a_control_verb_governs_an_action_through_its_light_or_aspect_verb(
    coder: newsevents.Coder, text: str, cameo: str
) -> None:
    result = code(coder, text)
    assert [event.cameo for event in result.events] == [cameo], describe(result)


def test_by_after_the_object_of_a_deed_noun_names_its_doer(coder: newsevents.Coder) -> None:
    text = "The arrest of a French journalist by Russian security services drew condemnation."
    result = code(coder, text)
    assert dyad(result, "17") == ("RUS", "FRA"), describe(result)


def test_a_target_found_nearby_keeps_its_coordinated_actors(coder: newsevents.Coder) -> None:
    text = "Iran offered to mediate between Saudi Arabia and the Houthis on Monday."
    result = code(coder, text)
    assert dyads(result) == {("IRN", "SAU"), ("IRN", "YEM")}, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders of France and Germany met in Paris on Monday.",
        "The foreign ministers of France and Germany spoke by telephone.",
    ],
)
def test_the_officials_of_two_states_are_both_states(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert dyads(result) == {("FRA", "DEU"), ("DEU", "FRA")}, describe(result)


def test_a_deed_reacted_to_is_never_aimed_at_its_victim(
    one_sided_coder: newsevents.Coder,
) -> None:
    result = code(one_sided_coder, "Germany condemned the attack on Israel.")
    assert only(result, "11").target is None, describe(result)
    text = "Hamas fighters attacked Israel on Saturday. Germany condemned the attack on Israel."
    result = code(one_sided_coder, text)
    assert dyad(result, "11") == ("DEU", "PSE"), describe(result)
    # a deed's own object is no deed reacted to
    result = code(one_sided_coder, "Kenyan troops fought a gunbattle with Somali militants.")
    assert dyads(result) == {("KEN", "SOM"), ("SOM", "KEN")}
    # the victims' phrase is the deed's, done by whom it names
    text = "The killing of three Palestinians by Israeli troops was condemned by Jordan."
    assert dyad(code(one_sided_coder, text), "11") == ("JOR", "ISR")


def test_what_is_demanded_in_a_that_clause_is_not_done(coder: newsevents.Coder) -> None:
    # the tagger reads "release" after "Russia" as a present tense; after "demanded that"
    # it is the bare verb of what is demanded
    text = "The European Union demanded that Russia immediately release Evan Gershkovich."
    result = code(coder, text)
    (demand,) = result.events
    assert (demand.cameo, demand.hypothetical) == ("1053", False), describe(result)
    assert actor_of(result, demand.source).org == "EU", describe(result)
    assert country_of(result, demand.target) == "RUS", describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Israel and Hamas failed to reach an agreement on Sunday.",
        "China demanded that the United States stop selling weapons to Taiwan.",
    ],
)
def test_an_action_failed_or_stopped_is_not_done(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    done = [e for e in result.events if e.root in ("05", "06") and not e.hypothetical]
    assert done == [], describe(result)


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Russia and Ukraine released dozens of prisoners in an exchange mediated by "
            "the United Arab Emirates.",
            {("ARE", "RUS"), ("ARE", "UKR")},
        ),
        (
            "A ceasefire between Israel and Hezbollah brokered by the United States took "
            "effect on Wednesday.",
            {("USA", "ISR"), ("USA", "LBN")},
        ),
    ],
)
def test_a_mediator_named_by_by_mediates_between_the_parties(
    coder: newsevents.Coder, text: str, targets: set[tuple[str, str]]
) -> None:
    result = code(coder, text)
    assert dyads(result, "04") == targets, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Russia was criticised by the Group of Seven for its attacks on Ukraine's grid.",
        "The Group of Seven criticised Russia for its attacks on Ukraine's grid.",
    ],
)
def test_whose_deed_one_is_blamed_for_is_the_one_blamed(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert dyad(result, "19") == ("RUS", "UKR"), describe(result)


def test_a_comment_after_a_demand_is_the_demanders(one_sided_coder: newsevents.Coder) -> None:
    text = (
        "China demanded that the United States stop selling weapons to Taiwan, calling "
        "the sales a violation of its sovereignty."
    )
    result = code(one_sided_coder, text)
    assert country_of(result, first(result, "11").source) == "CHN", describe(result)


@pytest.mark.parametrize(
    ("text", "root", "sides"),
    [
        # a symmetric deed noun "between" two sides: each acts, whoever announced it
        (
            "The signing of a defence pact between Russia and North Korea was announced "
            "by the Kremlin on Wednesday.",
            "05",
            {("RUS", "PRK"), ("PRK", "RUS")},
        ),
        (
            "Talks between Russian and Ukrainian officials took place in Istanbul.",
            "04",
            {("RUS", "UKR"), ("UKR", "RUS")},
        ),
        # aid told as a noun with whom it came from; "Humanitarian", tagged a person, is
        # no actor to aim it at
        (
            "Humanitarian aid from the World Food Programme reached refugees in Chad.",
            "07",
            {(None, "TCD")},
        ),
        # one who offers to host talks between two sides is the one who offers
        (
            "Saudi Arabia offered to host peace talks between the warring Sudanese army and "
            "the Rapid Support Forces in Jeddah.",
            "03",
            {("SAU", "SDN")},
        ),
        # an apposition names the other side itself: Chad, not Niger
        (
            "The EU restored diplomatic ties with Niger's neighbour Chad after a two-year break.",
            "05",
            {(None, "TCD"), ("TCD", None)},
        ),
        # granting a loan, and a promise told as a that-clause
        ("The IMF granted Argentina a disbursement of $4.7 billion.", "07", {(None, "ARG")}),
        # two verbs joined before one object both take it
        ("Egypt condemned and rejected the Israeli raid on Jenin.", "11", {("EGY", "ISR")}),
        ("Germany donated and delivered 50 million euros to Iraq.", "07", {("DEU", "IRQ")}),
        (
            "France and Germany pledged and delivered artillery shells to Ukraine.",
            "03",
            {("FRA", "UKR"), ("DEU", "UKR")},
        ),
        # a named person received is hosted; a protest to a state or capital is official
        ("Xi Jinping received Viktor Orban in Beijing on Monday.", "04", {("CHN", "HUN")}),
        ("Moscow protested to Norway over the expulsion of its diplomats.", "11", {("RUS", "NOR")}),
        ("Beijing issued a formal protest to Manila over the collision.", "11", {("CHN", "PHL")}),
        # a town before a deed noun is where it is done, not who does it
        ("The Israeli army launched a Jenin raid overnight.", "19", {("ISR", "PSE")}),
        # an invitation to one's capital; air defence batteries are weapons
        (
            "Thai Prime Minister Srettha Thavisin invited his Cambodian counterpart to Bangkok.",
            "03",
            {("THA", "KHM")},
        ),
        ("Poland asked the United States for more Patriot batteries.", "02", {("POL", "USA")}),
        # who is prompted to act acts; a visit's destination after its visitor; flying to a
        # capital is a visit, and a bare "Xi" the Chinese president
        (
            "The arrest of a Belgian aid worker prompted Paris to summon Niger's ambassador.",
            "11",
            {("FRA", "NER")},
        ),
        (
            "A visit by Chinese President Xi Jinping to Serbia ended on Tuesday.",
            "04",
            {("CHN", "SRB")},
        ),
        ("Putin flew to Beijing on Tuesday.", "04", {("RUS", "CHN")}),
        ("Putin praised Xi for his leadership.", "05", {("RUS", "CHN")}),
        # aid provided "with", a loan secured "from", lending suspended, a cut in aid
        ("Qatar provided Lebanon with aid after the blast.", "07", {("QAT", "LBN")}),
        ("Pakistan secured a $1.2 billion loan from the World Bank.", "07", {(None, "PAK")}),
        ("The World Bank suspended lending to Uganda.", "16", {(None, "UGA")}),
        ("The State Department announced a cut in military aid to Egypt.", "16", {("USA", "EGY")}),
        # a row's own target preposition names the other side before the object does
        ("Pakistan refused to extradite the suspect to India.", "12", {("PAK", "IND")}),
        (
            "Algeria recalled its ambassador from Spain over the Western Sahara dispute.",
            "16",
            {("DZA", "ESP")},
        ),
        # an infinitive completing a decision, plan or refusal is its owner's intent
        ("Germany's decision to send tanks to Ukraine angered Moscow.", "03", {("DEU", "UKR")}),
        ("Japan announced a decision to provide aid to Turkey.", "03", {("JPN", "TUR")}),
        # an intent told to someone is aimed at whom it was told
        (
            "Putin told Erdogan that Russia was ready to resume the grain deal.",
            "03",
            {("RUS", "TUR")},
        ),
        (
            "Blinken told Netanyahu that Washington would send more air defence systems.",
            "03",
            {("USA", "ISR")},
        ),
        # troops that brawl fight; troops entering a town take it; "a group of" measures
        (
            "Indian and Chinese troops brawled along the disputed border.",
            "19",
            {("IND", "CHN"), ("CHN", "IND")},
        ),
        ("Russian troops entered the town of Vuhledar after a long siege.", "19", {("RUS", "UKR")}),
        ("Nicaragua expelled a group of foreign journalists.", "17", {("NIC", "NIC")}),
        # "the two sides", "both countries", "the two neighbours": the two the story told of
        (
            "Indian and Chinese troops clashed along their disputed border on Tuesday. "
            "Russia offered to mediate between the two nuclear-armed neighbors.",
            "03",
            {("RUS", "CHN"), ("RUS", "IND")},
        ),
        (
            "Armenian and Azerbaijani negotiators met in Abu Dhabi on Monday. "
            "The two sides agreed to set up a border commission.",
            "03",
            {("ARM", "AZE"), ("AZE", "ARM")},
        ),
        (
            "Thailand and Cambodia exchanged fire along the border. "
            "The United Nations urged both countries to show restraint.",
            "02",
            {(None, "THA"), (None, "KHM")},
        ),
        # and "the two leaders", "the two prime ministers": the two people it told of
        (
            "Chinese President Xi Jinping met Brazilian President Luiz Inacio Lula da Silva "
            "in Beijing. The two leaders signed a memorandum of understanding on trade.",
            "05",
            {("CHN", "BRA"), ("BRA", "CHN")},
        ),
        (
            "Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister "
            "Shigeru Ishiba. The two prime ministers agreed to expand defence cooperation.",
            "03",
            {("IND", "JPN"), ("JPN", "IND")},
        ),
        # states that take part or participate in exercises cooperate militarily
        (
            "Poland and Lithuania took part in air-defence exercises.",
            "06",
            {("POL", "LTU"), ("LTU", "POL")},
        ),
        (
            "India and Australia participated in naval exercises.",
            "06",
            {("IND", "AUS"), ("AUS", "IND")},
        ),
        # a named person or place meets a row's prepositional object (@person, @place)
        ("A Pakistani court ordered the release of Imran Khan.", "08", {("PAK", "PAK")}),
        ("Teachers marched through Nairobi on Tuesday.", "14", {(None, "KEN")}),
        # a politician released is a captive freed
        (
            "A Pakistani court ordered the release of the former prime minister.",
            "08",
            {("PAK", "PAK")},
        ),
        (
            "Xi Jinping promised that China would increase imports from Australia.",
            "03",
            {("CHN", "AUS")},
        ),
    ],
)
def test_deeds_told_in_other_words(
    coder: newsevents.Coder, text: str, root: str, sides: set[tuple[str | None, str | None]]
) -> None:
    result = code(coder, text)
    assert dyads(result, root) == sides, describe(result)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Burundian militiamen attacked a camp for Congolese refugees.", "18"),
        ("Gunmen shot dead a Somali journalist outside his home in Mogadishu.", "18"),
        # irregulars fighting soldiers, and soldiers fighting irregulars, is combat
        ("Al-Shabaab fighters attacked Kenyan troops near the border.", "19"),
        ("Nigerian troops killed 30 Boko Haram militants.", "19"),
    ],
)
def test_force_irregulars_turn_on_the_unarmed_is_unconventional_violence(
    coder: newsevents.Coder, text: str, root: str
) -> None:
    result = code(coder, text)
    assert [event.root for event in result.events] == [root], describe(result)


def test_a_protest_named_after_a_body_is_no_protest_of_the_body(
    one_sided_coder: newsevents.Coder,
) -> None:
    result = code(one_sided_coder, "The G20 protests turned violent in Hamburg on Friday.")
    assert [event.root for event in result.events] == ["14"], describe(result)
    # one from a state is lodged
    text = "China sent warships near Japan's southern islands, prompting a protest from Tokyo."
    assert only(code(one_sided_coder, text), "11").cameo == "114"


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Ecuadorian police stormed the Mexican embassy in Quito on Friday.", "171"),
        ("Protesters stormed the US embassy in Baghdad on Sunday.", "145"),
        # stones thrown by soldiers are no forced entry
        ("Soldiers threw stones at protesters in Khartoum.", "145"),
    ],
)
def test_a_states_forces_storm_a_building_they_do_not_riot(
    coder: newsevents.Coder, text: str, code_: str
) -> None:
    result = code(coder, text)
    assert [event.cameo for event in result.events] == [code_], describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kenyan protesters attacked police officers in Nairobi on Tuesday.", ("KEN", "KEN")),
        ("Rioters burned down a police station in Dhaka.", ("BGD", "BGD")),
        (
            "The Russian consulate in Kharkiv was vandalised by Ukrainian protesters.",
            ("UKR", "RUS"),
        ),
        (
            "Georgian demonstrators vandalised the ruling party's offices in Tbilisi.",
            ("GEO", "GEO"),
        ),
    ],
)
def test_a_crowd_that_attacks_or_wrecks_riots(
    coder: newsevents.Coder, text: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    riot = only(result, "14")
    assert riot.cameo == "145" and "a crowd's force" in riot.rule, describe(result)
    assert countries(result, riot) == sides, describe(result)
    assert [event.root for event in result.events] == ["14"], describe(result)


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        # force a state's police or soldiers turn on a crowd is violent repression
        ("Kenyan police attacked protesters in Nairobi on Tuesday.", "175"),
        ("Sudanese soldiers killed five demonstrators in Khartoum.", "175"),
        ("Two protesters were shot dead by Kenyan police in Nairobi.", "175"),
        # against fighters it is combat
        ("Sudanese soldiers killed five RSF fighters in Khartoum.", "190"),
    ],
)
def test_force_against_a_crowd_is_repression_not_riot(
    coder: newsevents.Coder, text: str, code_: str
) -> None:
    result = code(coder, text)
    assert [event.cameo for event in result.events] == [code_], describe(result)


@pytest.mark.parametrize(
    ("text", "code_", "sides"),
    [
        (
            "Vietnam protested against China's construction of an airstrip on the disputed reef.",
            "114",
            ("VNM", "CHN"),
        ),
        ("China protested the US warship's passage through the Taiwan Strait.", "114", None),
        (
            "The European Union protested against Russia's new law on foreign agents.",
            "114",
            None,
        ),
        # aimed as a protest is, by what it is for
        (
            "The Philippine government protested, accusing China of dangerous manoeuvres.",
            "114",
            ("PHL", "CHN"),
        ),
        # a people's protest, and an opposition's, is staged
        ("Thousands of Serbians protested against the government in Belgrade.", "140", None),
        ("Palestinians protested against Israel's blockade.", "140", ("PSE", "ISR")),
        # a group or a person nothing codes is no state
        (
            "The Rail Commuters' Action Group protested against Metro Rail's poor safety record.",
            "140",
            None,
        ),
        ("Ehrenreich protested against Metro Rail's poor safety record.", "140", None),
        ("Georgia's opposition protested against the election results.", "140", None),
    ],
)
def test_a_states_protest_is_lodged_not_staged(
    coder: newsevents.Coder, text: str, code_: str, sides: tuple[str, str] | None
) -> None:
    result = code(coder, text)
    assert [event.cameo for event in result.events] == [code_], describe(result)
    if sides is not None:
        assert dyad(result, code_[:2]) == sides, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Britain criticised the decision to expel its diplomats.",
        "Peru issued an ultimatum to Ecuador to halt attacks across the border.",
    ],
)
def test_a_noun_owned_by_no_one_named_or_asked_of_another_is_not_the_speakers_intent(
    one_sided_coder: newsevents.Coder, text: str
) -> None:
    result = code(one_sided_coder, text)
    assert {event.root for event in result.events} <= {"11", "13"}, describe(result)


@pytest.mark.parametrize(
    ("text", "code_", "sides", "hypothetical"),
    [
        # a plan announced for later is an intent of the one it is told of
        ("Xi Jinping is scheduled to visit France next week.", "036", ("CHN", "FRA"), False),
        (
            "The Kenyan and Ethiopian foreign ministers are due to meet in Geneva on Monday.",
            "036",
            ("KEN", "ETH"),
            False,
        ),
        # what others expect is a forecast: the deed's own code, flagged
        ("Putin is expected to visit Turkey next month.", "042", ("RUS", "TUR"), True),
    ],
)
def test_an_infinitive_under_a_word_of_the_future_is_its_subjects_plan(
    coder: newsevents.Coder,
    text: str,
    code_: str,
    sides: tuple[str, str],
    hypothetical: bool,
) -> None:
    result = code(coder, text)
    event = first(result, code_[:2])
    assert (event.cameo, event.hypothetical) == (code_, hypothetical), describe(result)
    assert countries(result, event) == sides, describe(result)


def test_the_means_a_passive_names_is_not_the_infinitives_doer(coder: newsevents.Coder) -> None:
    text = "Canada will freeze Russian funds whenever they are used to threaten Canadian citizens."
    result = code(coder, text)
    assert [event.root for event in result.events] == ["13"], describe(result)
    assert dyad(result, "13") == ("CAN", "RUS"), describe(result)


@pytest.mark.parametrize(
    ("text", "code_", "hypothetical"),
    [
        # a modal on the verb of trying governs what is tried
        ("Iran may try to attack Israel's embassy in Baku.", "190", True),
        ("China will try to seize the Philippine outpost on the shoal.", "1382", False),
        # a stance that goes on is no plan ("would continue to oppose")
        ("Beijing said it would continue to oppose Taiwan's independence.", "110", False),
    ],
)
def test_a_modal_on_a_verb_of_trying_governs_its_infinitive(
    coder: newsevents.Coder, text: str, code_: str, hypothetical: bool
) -> None:
    result = code(coder, text)
    event = first(result, code_[:2])
    assert (event.cameo, event.hypothetical) == (code_, hypothetical), describe(result)


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        # a measure a body agrees or decides to take is taken
        ("The European Union agreed to extend its economic sanctions against Russia.", "163"),
        ("Argentina's cabinet decided to expel the Iranian ambassador.", "161"),
        # a vow is a threat, and force decided is still threatened
        ("China vowed to impose sanctions on Lithuania.", "1312"),
        ("The Israeli cabinet decided to launch an offensive against Hezbollah.", "1384"),
        ("Israel announced it would expand its offensive against Hezbollah.", "1384"),
    ],
)
def test_a_measure_decided_is_taken_but_force_decided_is_threatened(
    coder: newsevents.Coder, text: str, code_: str
) -> None:
    result = code(coder, text)
    assert [event.cameo for event in result.events] == [code_], describe(result)


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("The EU will keep its sanctions until Moscow ends its war in Ukraine.", True),
        ("The strikes continued until Russia ended its offensive against Ukraine.", False),
    ],
)
def test_a_deed_after_until_is_hypothetical_while_still_to_come(
    coder: newsevents.Coder, text: str, hypothetical: bool
) -> None:
    result = code(coder, text)
    assert only(result, "08").hypothetical is hypothetical, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Japan said it would not resume talks with Australia on whaling.",
        "The junta will not hold talks with the rebels, the army spokesman said.",
    ],
)
def test_talks_their_light_verb_negates_are_rejected(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert not [event for event in result.events if event.root == "03"], describe(result)
    assert first(result, "12").cameo == "125", describe(result)


def test_a_threat_to_end_a_mediation_governs_the_light_verb(coder: newsevents.Coder) -> None:
    result = code(coder, "Qatar threatened to end its mediation between Israel and Hamas.")
    assert {event.cameo for event in result.events} == {"135"}, describe(result)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Serbia rejected calls from the EU to recognise Kosovo's independence.", "05"),
        # the parse hangs the infinitive on the verb of refusal
        ("Israel rejected calls from France and Britain to halt its offensive in Rafah.", "08"),
        ("Hungary refused to sign a joint EU statement criticising China.", "11"),
    ],
)
def test_a_deed_inside_what_was_refused_is_not_done(
    coder: newsevents.Coder, text: str, root: str
) -> None:
    result = code(coder, text)
    inside = [event for event in result.events if event.root == root]
    assert all(event.negated for event in inside), describe(result)
    assert first(result, "12").cameo == "120", describe(result)


def test_a_deed_in_a_text_that_was_signed_is_done(coder: newsevents.Coder) -> None:
    result = code(coder, "Hungary signed a joint EU statement criticising China.")
    assert not only(result, "11").negated, describe(result)


def test_a_deed_told_of_any_one_is_hypothetical(coder: newsevents.Coder) -> None:
    text = (
        "Russia said it would veto any UN Security Council resolution that condemned "
        "its operations in Ukraine."
    )
    result = code(coder, text)
    assert only(result, "11").hypothetical, describe(result)


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("Talks between Egypt, Sudan and Ethiopia over the Nile dam have stalled.", True),
        ("Peace talks between Armenia and Azerbaijan have been stalled since 2022.", True),
        ("Negotiations between Kyiv and Moscow broke down in Istanbul.", True),
        ("Talks between Israel and Hamas resumed in Cairo on Sunday.", False),
        # held, though they failed to produce what they were for
        ("Talks between Guyana and Venezuela failed to produce an agreement.", False),
    ],
)
def test_talks_that_stalled_are_not_held(
    coder: newsevents.Coder, text: str, hypothetical: bool
) -> None:
    result = code(coder, text)
    talks = [event for event in result.events if event.root == "04"]
    assert talks and all(e.hypothetical is hypothetical for e in talks), describe(result)


def test_an_option_not_ruled_out_is_considered(coder: newsevents.Coder) -> None:
    result = code(coder, "South Korea did not rule out supplying weapons to Ukraine.")
    assert [event.cameo for event in result.events] == ["014"], describe(result)
    assert dyad(result, "01") == ("KOR", "UKR")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Police in Kenya foiled an al Shabaab plot to bomb a shopping mall in Nairobi.",
            ("SOM", "KEN"),
        ),
        # the parse hangs the infinitive on the verb the plot is the object of
        (
            "Russia's FSB said it had foiled a plot by Islamic State to bomb a synagogue in "
            "Moscow.",
            (None, "RUS"),
        ),
    ],
)
def test_a_plot_foiled_is_the_plotters_threat_not_the_foilers_deed(
    coder: newsevents.Coder, text: str, sides: tuple[str | None, str]
) -> None:
    result = code(coder, text)
    assert [event.root for event in result.events] == ["13"], describe(result)
    assert dyad(result, "13") == sides, describe(result)


def test_an_order_one_is_asked_to_give_is_hypothetical(coder: newsevents.Coder) -> None:
    text = (
        "South Africa asked the International Court of Justice to order Israel to halt its "
        "military offensive in Rafah."
    )
    result = code(coder, text)
    assert first(result, "10").hypothetical, describe(result)
    assert not first(result, "02").hypothetical, describe(result)


@pytest.mark.parametrize(
    ("text", "killer"),
    [
        (
            "Pakistan carried out airstrikes in Paktika province on Thursday, Taliban "
            "officials said, killing at least eight people.",
            "Pakistan",
        ),
        # the speaker's own words after the attribution stay the speaker's
        (
            "Russian missiles struck Kharkiv overnight, the governor said, calling it a war crime.",
            "governor",
        ),
        (
            '"This is a regime that fears its own people," President Salome Zourabichvili '
            "said, accusing the ruling Georgian Dream party of launching a crackdown.",
            "Salome Zourabichvili",
        ),
    ],
)
def test_a_participle_after_an_attribution_is_the_reported_clauses(
    coder: newsevents.Coder, text: str, killer: str
) -> None:
    sources = {source for source, cameo, _ in coded(coder, text) if cameo[:2] in ("11", "18", "19")}
    assert killer in sources
    assert {"Taliban officials"}.isdisjoint(sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mali expelled the French ambassador on Monday. Burkina Faso and Niger followed "
            "suit on Tuesday.",
            {("BFA", "161", "FRA"), ("NER", "161", "FRA")},
        ),
        (
            "Poland closed its border with Belarus. Lithuania did the same a day later.",
            {("LTU", "191", "BLR")},
        ),
        # in the same sentence, the deed told just before, not the story's first
        (
            "Algeria said its air defences shot down a Malian drone. Bamako recalled its "
            "ambassador from Algeria in protest, and Burkina Faso and Niger followed suit.",
            {("BFA", "161", "DZA"), ("NER", "161", "DZA")},
        ),
    ],
)
def test_following_suit_does_the_deed_told_before_again(
    coder: newsevents.Coder, text: str, expected: set[tuple[str, str, str]]
) -> None:
    result = code(coder, text)
    copied = [event for event in result.events if event.rule.startswith("done again")]
    dyads = {(countries(result, event), event.cameo) for event in copied}
    assert dyads == {((source, target), cameo) for source, cameo, target in expected}, describe(
        result
    )


def test_not_following_suit_is_a_negated_deed(coder: newsevents.Coder) -> None:
    result = code(coder, "Russia expelled two British diplomats. Belarus did not follow suit.")
    copied = [event for event in result.events if event.rule.startswith("done again")]
    assert [event.negated for event in copied] == [True], describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "The government in Port Sudan has accused the United Arab Emirates of arming the RSF, "
        "a charge Abu Dhabi denies.",
        "Hamas accused Israel of delaying the entry of aid trucks into the enclave, a charge "
        "Israeli officials denied.",
    ],
)
def test_an_accusation_its_target_denies_is_still_made(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    accusation = only(result, "11")
    assert not accusation.negated, describe(result)


def test_his_country_is_the_state_of_the_person_named_before(coder: newsevents.Coder) -> None:
    text = (
        "Panama's President Jose Raul Mulino said his country would not accept any more "
        "migrants deported from the United States."
    )
    result = code(coder, text)
    assert {source for source, _ in dyads(result, "12")} == {"PAN"}, describe(result)
