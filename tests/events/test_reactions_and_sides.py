"""Who a reaction, a threat or a judgement is aimed at, and who the sides are: issue 7's
third session. Each article is invented, in wire style."""

from __future__ import annotations

import pytest

import newsevents

from .test_coding import code, describe
from .test_roles_and_modes import actor_of, coded, country_of, dyad, dyads, first, only

pytestmark = pytest.mark.issue(7)


def test_calling_a_vote_a_failure_criticises_the_voters(coder: newsevents.Coder) -> None:
    text = (
        "The UN General Assembly voted on Tuesday to demand a ceasefire in the region. "
        "Israel's ambassador to the UN, Gilad Erdan, called the vote a moral failure."
    )
    result = code(coder, text)
    event = only(result, "11")
    assert event.cameo == "111" and "evaluations.tsv" in event.rule, describe(result)
    target = actor_of(result, event.target)
    assert target.org == "UN", describe(result)


def test_a_deed_called_unacceptable_criticises_whoever_did_it(coder: newsevents.Coder) -> None:
    text = (
        "Russian police detained the opposition leader at a Moscow airport on Sunday. "
        "The European Union said the detention was unacceptable."
    )
    result = code(coder, text)
    criticism = only(result, "11")
    assert country_of(result, criticism.target) == "RUS", describe(result)
    assert [event.root for event in result.events].count("17") == 1, describe(result)


def test_praise_turns_to_criticism_when_negated(coder: newsevents.Coder) -> None:
    text = "Britain imposed new tariffs on steel. China said the decision was not acceptable."
    result = code(coder, text)
    assert dyad(result, "11") == ("CHN", "GBR"), describe(result)


def test_rejecting_the_criticism_targets_the_critics(coder: newsevents.Coder) -> None:
    text = (
        "Germany criticised the verdict against the activists on Monday. "
        "The Kremlin rejected the criticism."
    )
    assert dyad(code(coder, text), "12") == ("RUS", "DEU")


def test_rejecting_the_criticism_targets_the_last_critics(coder: newsevents.Coder) -> None:
    text = (
        "Poland accused Moscow of silencing the opposition on Monday. "
        "On Tuesday Germany said the verdict against the activists was unacceptable. "
        "The Kremlin rejected the criticism."
    )
    assert dyad(code(coder, text), "12") == ("RUS", "DEU")


def test_opposing_anothers_mediation_targets_the_mediator(coder: newsevents.Coder) -> None:
    text = "Israel is opposed to French mediation in its talks with Syria, an aide said."
    assert dyad(code(coder, text), "12") == ("ISR", "FRA")


def test_a_retaliation_targets_the_provoker(coder: newsevents.Coder) -> None:
    text = (
        "Canada expelled two Chinese diplomats on Wednesday. "
        "Beijing said it would retaliate with measures of its own."
    )
    result = code(coder, text)
    threat = first(result, "13", "17")
    assert country_of(result, threat.target) == "CAN", describe(result)


@pytest.mark.parametrize(
    "denial",
    [
        "Pakistan denied sending fighters across the border.",
        "Pakistan denied that it had sent fighters across the border.",
    ],
)
def test_a_denial_answers_its_accuser(coder: newsevents.Coder, denial: str) -> None:
    text = f"India accused Pakistan of backing the militants in Kashmir on Monday. {denial}"
    assert dyad(code(coder, text), "01") == ("PAK", "IND")


def test_a_threat_targets_whom_its_condition_names(coder: newsevents.Coder) -> None:
    text = "Iran threatened to leave the talks unless France withdraws the draft resolution."
    assert dyad(code(coder, text), "13") == ("IRN", "FRA")


def test_a_threatened_fight_targets_whom_the_threat_was_told(coder: newsevents.Coder) -> None:
    text = "Israel warned Hamas that it would resume fighting if the hostages were not released."
    assert dyad(code(coder, text), "13") == ("ISR", "PSE")


def test_a_meeting_agreed_to_is_not_with_where_it_is_held(coder: newsevents.Coder) -> None:
    assert code(coder, "Armenia agreed to hold talks in Brussels next month.").events == []


def test_a_protest_targets_whom_its_purpose_names(coder: newsevents.Coder) -> None:
    text = "Hundreds of students staged a sit-in on Friday to protest against Serbia's new law."
    result = code(coder, text)
    protest = first(result, "14")
    assert country_of(result, protest.target) == "SRB", describe(result)


def test_a_people_belongs_where_it_lives(coder: newsevents.Coder) -> None:
    result = code(coder, "The Albanians of southern Serbia are demanding autonomy from Belgrade.")
    people = next(actor for actor in result.actors if actor.name == "Albanians")
    assert (people.kind, people.country) == ("group", "SRB"), describe(result)


def test_coordinated_nationalities_are_two_actors(coder: newsevents.Coder) -> None:
    result = code(coder, "Hungarian and Romanian officials met in Budapest on Wednesday.")
    meetings = [event for event in result.events if event.root == "04"]
    pairs = {(country_of(result, e.source), country_of(result, e.target)) for e in meetings}
    assert pairs == {("HUN", "ROU"), ("ROU", "HUN")}, describe(result)


def test_a_state_does_not_reject_itself_under_another_name(coder: newsevents.Coder) -> None:
    text = "Beijing rejected attempts to blame China for the war."
    result = code(coder, text)
    assert not [event for event in result.events if event.root == "12"], describe(result)


def test_a_former_leader_keeps_his_country(coder: newsevents.Coder) -> None:
    result = code(coder, "Former President Barack Obama praised Kenya's election.")
    obama = next(actor for actor in result.actors if "Obama" in actor.name)
    assert obama.country == "USA", describe(result)


def test_an_object_is_seen_behind_its_measure(coder: newsevents.Coder) -> None:
    text = "Japan sent 300 tons of food aid to Sudan on Monday."
    assert dyad(code(coder, text), "07") == ("JPN", "SDN")


def test_a_states_own_forces_are_the_other_side_only_of_coercion_and_words(
    coder: newsevents.Coder,
) -> None:
    text = "Italy is ready to contribute 500 troops to a peacekeeping force in Lebanon."
    assert dyad(code(coder, text), "03") == ("ITA", "LBN")
    result = code(coder, "Bolivian police arrested General Juan Jose Zuniga on Wednesday.")
    arrest = only(result, "17")
    assert actor_of(result, arrest.target).sector == "MIL", describe(result)
    result = code(coder, "Taiwan arrested four soldiers accused of spying for China.")
    assert dyad(result, "17") == ("TWN", "TWN"), describe(result)
    text = "Bolivian President Luis Arce accused the army commander of plotting a coup."
    result = code(coder, text)
    accusation = only(result, "11")
    assert actor_of(result, accusation.target).sector == "MIL", describe(result)
    assert dyad(result, "11") == ("BOL", "BOL"), describe(result)
    # but its arms are no one it speaks to
    result = code(coder, "Zelenskiy met Pistorius in Kyiv to discuss joint production of drones.")
    assert {e.trigger.text for e in result.events} == {"met"}, describe(result)


def test_forces_engaged_in_cleansing_are_its_doers(coder: newsevents.Coder) -> None:
    text = "Sudanese militias were engaged in ethnic cleansing against Masalit villagers."
    result = code(coder, text)
    assert dyad(result, "20")[0] == "SDN", describe(result)


@pytest.mark.parametrize(
    ("text", "root", "expected"),
    [
        (
            "NATO will tighten its naval blockade of Serbia with Albania's help.",
            "13",
            ("NATO", "SRB"),
        ),
        ("Ukrainian troops retook the village of Pisky with Polish help.", "19", ("UKR", None)),
    ],
    ids=["blockade", "retake"],
)
def test_whoever_helps_is_not_the_other_side(
    one_sided_coder: newsevents.Coder, text: str, root: str, expected: tuple[str, str | None]
) -> None:
    result = code(one_sided_coder, text)
    event = next(event for event in result.events if event.root == root)
    actors = {actor.id: actor for actor in result.actors}
    target = actors.get(event.target or "")
    source = actors[event.source or ""]
    got = (source.country or source.org, target.country if target else None)
    assert got == expected, describe(result)


def test_thanking_people_is_no_reaction_to_a_deed(one_sided_coder: newsevents.Coder) -> None:
    text = (
        "Slovak Prime Minister Robert Fico lifted his veto on Thursday. "
        "Moldova's president thanked the 27 leaders for their unity."
    )
    result = code(one_sided_coder, text)
    event = next(event for event in result.events if event.root == "05")
    assert event.target is None, describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Poland said a Russian drone violated its airspace during an overnight attack "
            "on Ukraine.",
            ("RUS", "POL"),
        ),
        ("Greece protested to Turkey over violations of its airspace by Turkish drones.", None),
        # the parse hangs the violators on the protest
        ("Greece protested over violations of its airspace by Turkish jets.", None),
    ],
)
def test_its_airspace_is_whose_it_is_not_the_violators(
    coder: newsevents.Coder, text: str, sides: tuple[str, str] | None
) -> None:
    result = code(coder, text)
    assert dyad(result, "15") == (sides or ("TUR", "GRC")), describe(result)


def test_its_own_war_is_the_doers_not_the_reporters(coder: newsevents.Coder) -> None:
    result = code(coder, "Kallas said Russia continued its offensive in eastern Ukraine.")
    assert dyad(result, "12") == ("RUS", "UKR"), describe(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # concern over violence no one is named as doing: where it is, or between whom
        ("Japan voiced deep concern over the fighting in Sudan.", {("JPN", "SDN")}),
        (
            "Beijing expressed concern over the clashes between Armenia and Azerbaijan.",
            {("CHN", "ARM"), ("CHN", "AZE")},
        ),
        # concern over a deed with a doer is aimed at the doer
        ("The EU expressed concern over Israel's strikes in Lebanon.", {(None, "ISR")}),
        # sympathy is with the victims, never with the doer
        (
            "Kenya expressed sympathy over the bombing of a market in Somalia by al-Shabaab.",
            {("KEN", "SOM")},
        ),
        ("France expressed condolences over Russia's missile attack on Kyiv.", {("FRA", "UKR")}),
        ("President Biden expressed sorrow for the shootings in Texas.", {("USA", "USA")}),
        # a claim of a deed is aimed at those it befell, also where its phrase names them deep
        (
            "The Pakistani Taliban claimed responsibility for the attack on a police station "
            "in Peshawar.",
            {("PAK", "PAK")},
        ),
        # over a deed with no victim named, no one: never its doer
        ("Egypt expressed condolences over the al-Shabaab bombing.", set()),
        (
            "Al-Shabaab claimed responsibility for an attack targeting shoppers at a mall in "
            "Kenya's capital.",
            {("SOM", "KEN")},
        ),
    ],
)
def test_a_comment_on_a_deed_is_aimed_at_those_it_befell(
    coder: newsevents.Coder, text: str, expected: set[tuple[str | None, str]]
) -> None:
    result = code(coder, text)
    comments = [event for event in result.events if event.root == "01"]
    found = {(country_of(result, e.source), country_of(result, e.target)) for e in comments}
    assert found == expected, describe(result)
    if ("KEN", "SOM") in expected:
        assert "target: whom the deed befell" in comments[0].rule, describe(result)


def test_condolences_sent_to_someone_are_with_them(coder: newsevents.Coder) -> None:
    text = "Pakistan's prime minister sent condolences to Putin after the attack in Moscow."
    result = code(coder, text)
    assert dyad(result, "01") == ("PAK", "RUS"), describe(result)
    assert actor_of(result, only(result, "01").target).kind == "person", describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Canada filed a complaint with the WTO over Chinese duties on canola.",
        "Canada lodged a WTO complaint against China's duties on canola.",
    ],
)
def test_the_body_a_complaint_is_brought_before_is_no_side(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    assert dyad(result, "11") == ("CAN", "CHN"), describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a release asked for is asked of whoever holds the captives: their own state
        (
            "Zimbabwe's opposition demanded the release of 78 activists arrested at a rally.",
            ("ZWE", "ZWE"),
        ),
        ("The EU called for the release of political prisoners in Belarus.", (None, "BLR")),
        # not of the state that asks, nor of one named as asked
        ("Israel demanded that Hamas release the hostages.", ("ISR", "PSE")),
    ],
)
def test_a_release_is_asked_of_whoever_holds_the_captives(
    coder: newsevents.Coder, text: str, sides: tuple[str | None, str]
) -> None:
    result = code(coder, text)
    ask = first(result, "02", "10")
    assert (country_of(result, ask.source), country_of(result, ask.target)) == sides, describe(
        result
    )
    if sides[0] != "ISR":
        assert actor_of(result, ask.target).sector is None, describe(result)


def test_a_state_asking_for_its_own_people_is_not_asking_itself(coder: newsevents.Coder) -> None:
    result = code(coder, "The United States demanded the release of journalist Evan Gershkovich.")
    assert actor_of(result, only(result, "10").target).kind == "person", describe(result)


@pytest.mark.parametrize(
    ("text", "code_", "sides"),
    [
        (
            "Qatar signed a 27-year deal to supply liquefied natural gas to China.",
            "057",
            ("QAT", "CHN"),
        ),
        ("Egypt signed an agreement to import more gas from Israel.", "057", ("EGY", "ISR")),
        # a truce names its other side itself
        ("Hezbollah abided by the ceasefire with Israel on Sunday.", "0871", ("LBN", "ISR")),
    ],
)
def test_a_deal_or_truce_names_its_other_side_itself_or_by_its_purpose(
    coder: newsevents.Coder, text: str, code_: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    found = {(country_of(result, e.source), country_of(result, e.target)) for e in result.events}
    assert found == {sides, sides[::-1]}, describe(result)
    assert {e.cameo for e in result.events} == {code_}, describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Manila lodged a diplomatic protest with China on Monday over the water cannon attack. "
        "Beijing rejected the protest on Tuesday.",
        # the protest joined to a summons is the same deed, still told as a protest
        "Manila summoned the Chinese ambassador and lodged a diplomatic protest. "
        "Beijing rejected the protest.",
    ],
)
def test_a_protest_rejected_is_aimed_at_the_state_that_lodged_it(
    coder: newsevents.Coder, text: str
) -> None:
    result = code(coder, text)
    assert dyad(result, "12") == ("CHN", "PHL"), describe(result)


@pytest.mark.parametrize(
    "text",
    [
        "Kachin Independence Army fighters seized rare earth mines near the Chinese border.",
        "Russian troops shelled villages close to the Ukrainian border on Sunday.",
        "Myanmar rebels attacked a town near the Chinese border.",
    ],
)
def test_whose_border_a_deed_was_done_near_is_no_side(coder: newsevents.Coder, text: str) -> None:
    result = code(coder, text)
    assert not result.events, describe(result)


def test_a_border_a_row_acts_on_is_aimed_at_the_neighbour(coder: newsevents.Coder) -> None:
    result = code(coder, "Turkey closed its border with Syria after the attack.")
    assert dyad(result, "19") == ("TUR", "SYR")


def test_a_show_of_force_near_a_border_is_aimed_across_it(coder: newsevents.Coder) -> None:
    text = "Belarus began large-scale military exercises near its border with Ukraine on Monday."
    assert dyad(code(coder, text), "15") == ("BLR", "UKR")


@pytest.mark.parametrize(
    ("text", "code_", "sides"),
    [
        (
            "Al-Shabaab claimed responsibility for the suicide bombing at a Mogadishu hotel.",
            "1831",
            ("SOM", "SOM"),
        ),
        (
            "The Houthis claimed responsibility for the drone attack on Eilat.",
            "195",
            ("YEM", "ISR"),
        ),
        # and one blamed on someone is theirs
        (
            "A drone attack on Port Sudan's airport was blamed on the paramilitary RSF.",
            "195",
            ("SDN", "SDN"),
        ),
        ("The Kenyan army blamed the attack on al-Shabaab.", "112", ("KEN", "SOM")),
        (
            "Hamas deputy leader Saleh al-Arouri was killed in a drone strike in Beirut that "
            "Lebanese officials blamed on Israel.",
            "195",
            ("ISR", "PSE"),
        ),
        # a deed claimed as an object, or by "claimed by", aimed at those it befell
        (
            "Al-Shabaab claimed an attack that killed 12 Kenyan soldiers in Mogadishu.",
            "190",
            ("SOM", "KEN"),
        ),
        (
            "Four Kenyan soldiers were killed in Lamu in an attack claimed by al-Shabaab.",
            "190",
            ("SOM", "KEN"),
        ),
        # a deed a passive says befell someone, done by whom the deed names
        (
            "Three Pakistani soldiers were killed in an attack by the Taliban.",
            "190",
            ("AFG", "PAK"),
        ),
        ("Five Kenyan soldiers were wounded in an al-Shabaab ambush.", "190", ("SOM", "KEN")),
    ],
)
def test_a_deed_claimed_is_the_claimants(
    coder: newsevents.Coder, text: str, code_: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    deed = only(result, code_[:2])
    assert deed.cameo == code_, describe(result)
    assert (country_of(result, deed.source), country_of(result, deed.target)) == sides


def test_a_deed_whose_responsibility_is_denied_is_no_ones(coder: newsevents.Coder) -> None:
    result = code(coder, "Hamas denied responsibility for the attack on the convoy near Gaza.")
    assert not [event for event in result.events if event.root == "19"], describe(result)


def test_of_doers_from_two_countries_the_victims_are_the_other_countrys(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Israeli troops and Hamas fighters clashed in Jenin, killing three Palestinian civilians."
    )
    result = code(coder, text)
    killers = {
        country_of(result, event.source)
        for event in result.events
        if actor_of(result, event.target).sector == "CVL"
    }
    assert killers == {"ISR"}, describe(result)


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Iran condemned the Israeli strikes on Damascus and vowed to retaliate.", ("IRN", "ISR")),
        (
            "The Taliban government condemned the Pakistani air strikes and warned of a "
            "military response.",
            ("AFG", "PAK"),
        ),
        ("Iran condemned the Israeli strikes and said it would retaliate.", ("IRN", "ISR")),
    ],
)
def test_words_aimed_at_no_one_take_the_target_of_the_deed_they_are_joined_to(
    coder: newsevents.Coder, text: str, sides: tuple[str, str]
) -> None:
    result = code(coder, text)
    assert dyad(result, "13") == sides, describe(result)
    assert "target: the deed its verb is joined to" in only(result, "13").rule


def test_a_deed_joined_to_a_meeting_is_not_aimed_at_whom_one_met(
    coder: newsevents.Coder,
) -> None:
    result = code(coder, "Biden met Zelensky in Kyiv and announced new sanctions.")
    assert not [event for event in result.events if event.root == "16"], describe(result)


@pytest.mark.parametrize(
    ("text", "root", "target"),
    [
        ("The EU condemned the arrest of Turkish opposition leader Ekrem Imamoglu.", "11", "TUR"),
        ("Rwanda's government welcomed the arrest in France of a genocide suspect.", "05", "FRA"),
        (
            "Amnesty International condemned the detention of Russian journalist Ivan Petrov.",
            "11",
            "RUS",
        ),
    ],
)
def test_a_reaction_to_an_arrest_no_one_is_named_for_is_aimed_at_the_state_that_holds(
    coder: newsevents.Coder, text: str, root: str, target: str
) -> None:
    result = code(coder, text)
    event = only(result, root)
    assert country_of(result, event.target) == target, describe(result)
    assert "target: the state that holds them" in event.rule


def test_words_joined_to_a_deed_by_the_same_side_under_another_name_take_its_target(
    coder: newsevents.Coder,
) -> None:
    text = "Russia accused Ukraine of staging the attack and said Moscow would retaliate."
    assert dyad(code(coder, text), "13") == ("RUS", "UKR")


def test_allies_acting_together_both_did_the_deed(coder: newsevents.Coder) -> None:
    text = "Malian soldiers and Russian mercenaries killed at least 40 villagers near Mopti."
    result = code(coder, text)
    doers = {country_of(result, event.source) for event in result.events if event.root == "19"}
    assert doers == {"MLI", "RUS"}, describe(result)


def test_an_appeal_for_restraint_naming_no_one_is_aimed_at_the_sides_of_the_fighting(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Indian and Pakistani troops exchanged fire along the Line of Control on Monday. "
        "The United Nations urged restraint."
    )
    result = code(coder, text)
    appeals = [event for event in result.events if event.root == "02"]
    assert {country_of(result, event.target) for event in appeals} == {"IND", "PAK"}
    assert all("target: the sides of the fighting told before" in e.rule for e in appeals)


def test_friendly_words_joined_to_a_deed_keep_their_own_target(coder: newsevents.Coder) -> None:
    text = (
        "The RSF welcomed the reopening of the Adre crossing by Sudan's government and said "
        "its fighters would protect aid convoys."
    )
    result = code(coder, text)
    assert not [event for event in result.events if event.root == "03"], describe(result)


def test_the_group_is_the_body_named_before_not_a_crowd_named_by_nationality(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Hamas released three Israeli hostages in exchange for 90 Palestinian prisoners on "
        "Sunday. The group accused Israel of delaying the handover."
    )
    result = code(coder, text)
    accusation = only(result, "11")
    assert actor_of(result, accusation.source).name == "Hamas", describe(result)


def test_an_appeal_joined_to_a_condemnation_is_made_of_whom_it_condemned(
    coder: newsevents.Coder,
) -> None:
    text = (
        "The United Nations condemned the Saudi-led coalition's air strike on a market in "
        "Saada and called for an independent investigation."
    )
    assert dyad(code(coder, text), "02") == (None, "SAU")


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (
            "Congolese authorities arrested a former minister accused of supporting the rebels.",
            "17",
        ),
        ("Iran executed a man convicted of spying for Israel's Mossad.", "18"),
    ],
)
def test_whom_a_charge_names_is_no_side_of_what_is_done_to_the_charged(
    coder: newsevents.Coder, text: str, root: str
) -> None:
    result = code(coder, text)
    assert not [event for event in result.events if event.root == root], describe(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany criticised the treatment of refugees by Greek border guards.",
            ("Germany", "111", "Greek border guards"),
        ),
        (
            "The United Nations condemned the destruction of mosques by Serbian forces.",
            ("United Nations", "111", "Serbian forces"),
        ),
    ],
)
def test_a_verdict_on_a_thing_is_aimed_at_whoever_did_it(
    coder: newsevents.Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert coded(coder, text) == [expected]


def test_what_the_deed_one_is_accused_of_did_is_part_of_the_accusation(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Pakistan on Monday accused India of shelling villages along the Line of Control, "
        "killing seven civilians."
    )
    assert coded(coder, text) == [("Pakistan", "1123", "India")]


def test_what_a_deed_trespasses_on_is_never_the_trespassers_own(
    coder: newsevents.Coder,
) -> None:
    text = "Japan scrambled fighter jets after a Chinese military aircraft violated its airspace."
    assert ("Chinese military aircraft", "150", "Japan") in coded(coder, text)


def test_a_gerund_after_in_is_the_main_verbs_doers(coder: newsevents.Coder) -> None:
    text = "Japan joined the United States in condemning North Korea."
    assert coded(coder, text) == [("Japan", "111", "North Korea")]


def test_both_countries_are_the_two_last_told_at_odds(coder: newsevents.Coder) -> None:
    text = (
        "Ethiopia accused Eritrea of massing troops on the border. The African Union called "
        "on both countries to exercise restraint."
    )
    events = coded(coder, text)
    assert ("African Union", "0256", "Ethiopia") in events, events
    assert ("African Union", "0256", "Eritrea") in events, events


def test_who_helps_is_no_side_of_the_deed(coder: newsevents.Coder) -> None:
    text = "Somali forces recaptured the base with support from African Union troops."
    assert coded(coder, text) == []


def test_both_sides_are_the_pair_most_told_at_odds_not_a_mediator_rebuffed(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Sudan's army accused the Rapid Support Forces of shelling a camp near El Fasher. "
        "The paramilitary group denied the charge. The army rejected talks proposed by the "
        "United States. Saudi Arabia urged the two sides to return to the negotiating table."
    )
    appeals = {target for source, cameo, target in coded(coder, text) if source == "Saudi Arabia"}
    assert appeals == {"Sudan's army", "Rapid Support Forces"}, appeals


def test_civilians_killed_are_no_warring_side(coder: newsevents.Coder) -> None:
    text = (
        "Hamas fighters attacked Israeli troops in Gaza. Israeli troops shot dead 20 "
        "Palestinian civilians in Rafah. Egypt urged the warring parties to agree to a "
        "ceasefire."
    )
    appeals = {(cameo, target) for source, cameo, target in coded(coder, text) if source == "Egypt"}
    assert appeals == {("0256", "Israeli troops"), ("0256", "Hamas fighters")}, appeals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada imposed tariffs on U.S. goods, which Washington criticized.",
            ("Washington", "111", "Canada"),
        ),
        (
            "Poland closed the Russian consulate in Gdansk, a move Moscow condemned.",
            ("Moscow", "111", "Poland"),
        ),
    ],
)
def test_a_verdict_set_off_by_a_comma_is_on_the_doer_of_the_clause_before(
    coder: newsevents.Coder, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in coded(coder, text)


def test_which_after_a_named_state_is_that_state_not_the_clause_before(
    coder: newsevents.Coder,
) -> None:
    text = (
        "The Polish government closed the border with Belarus, which it accuses of "
        "orchestrating migrant crossings."
    )
    assert ("Belarus", "112", "Polish government") not in coded(coder, text)


def test_an_appeal_for_calm_is_to_the_sides_of_the_fighting_not_of_an_arrest(
    coder: newsevents.Coder,
) -> None:
    text = (
        "A Russian general was killed by a bomb in Moscow. Russia's Investigative Committee "
        "detained an Uzbek man. The United Nations urged restraint."
    )
    assert all(source != "United Nations" for source, _, _ in coded(coder, text))


@pytest.mark.parametrize(
    ("text", "root", "sides"),
    [
        # a place no one codes, deep in what they pledge to do
        (
            "Nigeria and Morocco pledged to speed up construction of a gas pipeline along "
            "the West African coast.",
            "03",
            ("NGA", "MAR"),
        ),
        # a place of one of their own
        (
            "China and Vietnam agreed to build a cross-border railway linking Kunming with "
            "the port of Haiphong.",
            "03",
            ("CHN", "VNM"),
        ),
        (
            "Argentina and Brazil reached a deal to carry gas from the Vaca Muerta field to "
            "Brazilian industries.",
            "05",
            ("ARG", "BRA"),
        ),
        # what the deed is about
        (
            "Afghanistan and Pakistan signed an agreement on the withdrawal of Soviet troops.",
            "05",
            ("AFG", "PAK"),
        ),
    ],
)
def test_joint_doers_cooperate_with_each_other_not_with_where_they_act(
    coder: newsevents.Coder, text: str, root: str, sides: tuple[str, str]
) -> None:
    assert dyads(code(coder, text), root) == {sides, sides[::-1]}


def test_joint_doers_still_give_to_a_third_party(coder: newsevents.Coder) -> None:
    result = code(coder, "France and Germany pledged aid to Ukraine.")
    assert dyads(result, "03") == {("FRA", "UKR"), ("DEU", "UKR")}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("South Africa reopened the Lebombo border post with Mozambique.", "MOZ"),
        ("Israel closed the Allenby crossing with Jordan.", "JOR"),
    ],
)
def test_a_named_crossing_stands_for_the_neighbour_it_leads_to(
    coder: newsevents.Coder, text: str, target: str
) -> None:
    result = code(coder, text)
    assert [country_of(result, event.target) for event in result.events] == [target]


def test_a_deed_a_verb_of_protest_names_is_aimed_at_its_doer(coder: newsevents.Coder) -> None:
    # the row names the deed ("protest obj=expulsion"); its victims are no target
    text = "Niger protested the mass expulsion of migrants by Algeria."
    assert coded(coder, text) == [("Niger", "114", "Algeria")]


def test_a_thing_a_refusal_names_is_what_is_refused_not_a_deed_reacted_to(
    coder: newsevents.Coder,
) -> None:
    text = "Israel blocked a UNRWA aid convoy from entering northern Gaza."
    assert coded(coder, text) == [("Israel", "1223", "UNRWA")]


@pytest.mark.parametrize(
    ("text", "root", "targets"),
    [
        (
            "Mali, Burkina Faso and Niger left ECOWAS in January. ECOWAS urged the three "
            "countries to reconsider their decision.",
            "02",
            {"Mali", "Burkina Faso", "Niger"},
        ),
        (
            "Russia and Ukraine exchanged prisoners on Friday. The UN praised the two countries.",
            "05",
            {"Russia", "Ukraine"},
        ),
    ],
)
def test_a_description_that_counts_them_is_the_actors_named_together(
    coder: newsevents.Coder, text: str, root: str, targets: set[str]
) -> None:
    assert {target for _, cameo, target in coded(coder, text) if cameo[:2] == root} == targets


def test_a_state_protesting_a_coercion_is_not_its_own_target(coder: newsevents.Coder) -> None:
    text = (
        "Niger's military government summoned the Algerian ambassador to protest the mass "
        "expulsion of migrants across their shared desert border."
    )
    assert [target for _, _, target in coded(coder, text)] == ["Algerian ambassador"]


def test_a_joint_deeds_partner_is_named_by_with_before_its_topic(coder: newsevents.Coder) -> None:
    result = code(coder, "Pakistan held talks with India on Kashmir.")
    assert dyads(result, "04") == {("PAK", "IND"), ("IND", "PAK")}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan denied it was sending militants across the Line of Control.",
        "Iraq denied that it had moved Scud missiles to hide them from inspectors.",
    ],
)
def test_a_denial_is_not_aimed_at_its_own_side_or_at_a_thing(
    coder: newsevents.Coder, text: str
) -> None:
    assert [cameo for _, cameo, _ in coded(coder, text) if cameo == "016"] == []


def test_a_denial_still_answers_its_accuser(coder: newsevents.Coder) -> None:
    text = (
        "India accused Pakistan of sending militants into Kashmir. Pakistan denied it was "
        "sending militants across the Line of Control."
    )
    assert ("Pakistan", "016", "India") in coded(coder, text)


def test_a_strike_on_what_one_said_were_targets_is_aimed_at_their_owner(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Israeli warplanes struck what the military said were Hezbollah weapons depots in "
        "southern Lebanon on Monday."
    )
    assert ("Israeli warplanes", "190", "Hezbollah") in coded(coder, text)


def test_a_verdict_on_what_one_described_as_a_deed_is_aimed_at_its_doer(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Niger's military government nationalised the mine. The French government condemned "
        "what it described as an illegal seizure of assets."
    )
    assert ("French government", "111", "Niger's military government") in coded(coder, text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("UNRWA said Israeli forces had fired on its convoys.", "UNRWA"),
        ("UNIFIL said Israeli tanks had fired at its positions.", "UNIFIL"),
    ],
)
def test_what_a_speaker_calls_its_own_stands_for_the_speaker(
    coder: newsevents.Coder, text: str, target: str
) -> None:
    assert [t for _, _, t in coded(coder, text)] == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Tanzania has closed its border with Burundi, the government said.", "Burundi"),
        (
            "The United States suspended its strategic partnership with Georgia, the State "
            "Department said.",
            "Georgia",
        ),
    ],
)
def test_what_a_speaker_does_with_its_own_is_not_aimed_at_the_speaker(
    coder: newsevents.Coder, text: str, target: str
) -> None:
    assert [t for _, _, t in coded(coder, text)] == [target]


def test_their_attacks_are_on_whom_their_violence_told_before_was(
    coder: newsevents.Coder,
) -> None:
    text = (
        "Houthi rebels fired missiles at Israel on Sunday. The Houthis vowed to continue "
        "their attacks until Israel ends its war in Gaza."
    )
    result = code(coder, text)
    assert dyads(result, "12") == {("YEM", "ISR")}, describe(result)


def test_a_known_deed_only_judged_is_not_told_again(coder: newsevents.Coder) -> None:
    result = code(coder, "Israel bombed Iran on Friday. Oman condemned the Israeli strikes.")
    assert [event.root for event in result.events] == ["19", "11"], describe(result)
