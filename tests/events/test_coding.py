"""Who did what to whom (issue 7), coded end to end through the default coder.

Verb triggers and event nouns, symmetric agreements, roles read from prepositions, the
passive and verbs of undergoing, coordinated sources, control verbs,
hypotheticals and negation, statements, the codebook fields and the rule behind each
event, and the date, place and quotations of an event.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsevents
from newsevents.actors.index import ActorIndex
from newsevents.events import EventContext
from newsevents.events.codebook import codebook
from newsevents.records import Actor, CodedArticle, Event, Quote

pytestmark = pytest.mark.issue(7)

PUBLISHED = "2024-05-01"  # a Wednesday

Triple = tuple[str | None, str, str | None]


def code(coder: newsevents.Coder, text: str) -> CodedArticle:
    return coder.code(text, published=PUBLISHED)


def names(coded: CodedArticle) -> dict[str, str]:
    return {actor.id: actor.name for actor in coded.actors}


def triples(coded: CodedArticle) -> list[Triple]:
    """(source name, CAMEO code, target name) of each event, in text order."""
    by_id = names(coded)
    return [
        (
            by_id.get(event.source) if event.source else None,
            event.cameo,
            by_id.get(event.target) if event.target else None,
        )
        for event in coded.events
    ]


def coded(coder: newsevents.Coder, text: str) -> list[Triple]:
    return triples(code(coder, text))


def cameos(coder: newsevents.Coder, text: str) -> list[str]:
    """The CAMEO codes of the events of ``text``, in text order."""
    return [cameo for _, cameo, _ in coded(coder, text)]


def describe(coded_article: CodedArticle) -> str:
    """The events in one line each, for assertion messages."""
    by_id = names(coded_article)
    return (
        "\n".join(
            f"{by_id.get(e.source or '')} {e.cameo} {by_id.get(e.target or '')}"
            f" negated={e.negated} hypothetical={e.hypothetical} date={e.date} rule={e.rule}"
            for e in coded_article.events
        )
        or "(no events)"
    )


def only_event(coded_article: CodedArticle) -> Event:
    assert len(coded_article.events) == 1, describe(coded_article)
    return coded_article.events[0]


def actor_by_id(coded_article: CodedArticle, actor_id: str | None) -> Actor:
    return next(actor for actor in coded_article.actors if actor.id == actor_id)


def actor_named(coded_article: CodedArticle, name: str) -> Actor:
    (actor,) = [actor for actor in coded_article.actors if actor.name == name]
    return actor


# 1. Verb triggers


@pytest.mark.parametrize(
    "text",
    [
        "Germany condemned Russia over the missile attack on Kyiv.",
        "Germany condemns Russia over the missile attack on Kyiv.",
        "Germany has condemned Russia over the missile attack on Kyiv.",
    ],
)
def test_a_verb_triggers_in_any_tense(coder: newsevents.Coder, text: str) -> None:
    coded_article = code(coder, text)
    event = only_event(coded_article)
    assert (names(coded_article)[event.source], event.cameo) == ("Germany", "111")
    assert event.rule.startswith("11.tsv:"), event.rule


def test_condemning_a_state_targets_it(coder: newsevents.Coder) -> None:
    assert coded(coder, "Germany criticised Israel on Monday.") == [("Germany", "111", "Israel")]


def test_defending_the_police_is_verbal_support_not_defence(coder: newsevents.Coder) -> None:
    text = "Kenya's interior minister defended the police after the crackdown on the protests."
    assert [event.cameo for event in code(coder, text).events if event.root == "05"] == ["052"]
    text = "Norway will help defend Saudi Arabia if it is attacked."
    assert not [event for event in code(coder, text).events if event.root == "05"]


def test_extending_a_curfew_imposes_it_longer(coder: newsevents.Coder) -> None:
    text = "Kenyan authorities extended the curfew in Nairobi for a third night."
    assert [event.cameo for event in code(coder, text).events] == ["1723"]
    text = "Kenya's president said he would extend the curfew in Nairobi."
    assert [event.cameo for event in code(coder, text).events] == ["1323"]


# 2. Agreements: symmetric codes


def test_signing_a_treaty_with_someone_is_057_both_ways(coder: newsevents.Coder) -> None:
    events = coded(coder, "Egypt signed a treaty with Sudan.")
    assert sorted(events) == [("Egypt", "057", "Sudan"), ("Sudan", "057", "Egypt")]


def test_signing_a_deal_with_someone_is_057_both_ways(coder: newsevents.Coder) -> None:
    events = coded(coder, "Japan signed a trade deal with Australia.")
    assert sorted(events) == [("Australia", "057", "Japan"), ("Japan", "057", "Australia")]


def test_two_signatories_of_an_agreement_each_agree_with_the_other(
    coder: newsevents.Coder,
) -> None:
    events = coded(coder, "Kenya and Ethiopia signed an agreement on water sharing.")
    assert sorted(events) == [("Ethiopia", "057", "Kenya"), ("Kenya", "057", "Ethiopia")]


def test_signing_rule_names_the_agreement_pattern(coder: newsevents.Coder) -> None:
    event = code(coder, "Egypt signed a treaty with Sudan.").events[0]
    assert event.rule.startswith("05.tsv:"), event.rule
    assert "sign VERB obj=" in event.rule


def test_signing_nothing_is_no_agreement(coder: newsevents.Coder) -> None:
    assert all(code != "057" for _, code, _ in coded(coder, "Egypt signed Sudan's guest book."))


# 3. Roles from prepositions and objects


def test_imposing_sanctions_on_a_state_is_163_against_it(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "The European Union imposed sanctions on Iran.")
    assert triples(coded_article) == [("European Union", "163", "Iran")]
    assert coded_article.events[0].trigger.text == "sanctions"


def test_accusing_someone_of_a_deed_is_112(coder: newsevents.Coder) -> None:
    events = coded(coder, "Russia accused Ukraine of shelling the power plant.")
    assert [(source, code[:3], target) for source, code, target in events] == [
        ("Russia", "112", "Ukraine")
    ]


def test_holding_talks_with_someone_is_046_both_ways(coder: newsevents.Coder) -> None:
    events = coded(coder, "China held talks with Vietnam over the disputed islands.")
    assert sorted(events) == [("China", "046", "Vietnam"), ("Vietnam", "046", "China")]


def test_a_visit_is_042_to_the_host(coder: newsevents.Coder) -> None:
    assert coded(coder, "Macron visits China.") == [("Macron", "042", "China")]


def test_releasing_prisoners_is_0841(coder: newsevents.Coder) -> None:
    events = coded(coder, "Georgia released prisoners on Friday.")
    assert [(source, code) for source, code, _ in events] == [("Georgia", "0841")]


def test_exchanging_prisoners_is_0841_both_ways(coder: newsevents.Coder) -> None:
    events = coded(coder, "Ukraine and Russia exchanged prisoners.")
    assert sorted(events) == [("Russia", "0841", "Ukraine"), ("Ukraine", "0841", "Russia")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish police detained a Swedish journalist.", ("Turkish police", "Swedish journalist")),
        ("Police arrested dozens of protesters in Tbilisi.", ("Police", "protesters")),
    ],
)
def test_arrest_and_detention_are_173(
    coder: newsevents.Coder, text: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    assert coded(coder, text) == [(source, "173", target)]


def test_shelling_a_city_is_194(coder: newsevents.Coder) -> None:
    events = coded(coder, "Russian forces shelled Kharkiv overnight.")
    assert events == [("Russian forces", "194", "Kharkiv")]


def test_bombing_is_195(coder: newsevents.Coder) -> None:
    events = coded(coder, "Israeli jets bombed Gaza on Monday.")
    assert events == [("Israeli jets", "195", "Gaza")]


def test_an_air_strike_noun_takes_its_source_from_a_possessor(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Israel's air strike on Gaza drew condemnation.")
    assert ("Israel", "195", "Gaza") in triples(coded_article), describe(coded_article)
    strike = next(e for e in coded_article.events if e.cameo == "195")
    assert strike.trigger.text == "strike"
    assert "air strike NOUN" in strike.rule


# 4. Passive, undergoing, coordination


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a preposition that heads a phrase after the object is no particle ("give in")
        ("The Kenyan president gave a speech in Nairobi on Monday.", "080"),
        # "fought on Monday" says when, not that they fought on
        ("Sudanese troops fought rebel fighters on Monday in El Fasher.", "1246"),
    ],
)
def test_a_preposition_after_the_verb_makes_no_phrasal_verb(
    coder: newsevents.Coder, text: str, absent: str
) -> None:
    assert absent not in cameos(coder, text)


def test_a_particle_after_the_object_still_counts(coder: newsevents.Coder) -> None:
    text = "Jakarta forced the UN refugee agency out of the country."
    assert cameos(coder, text) == ["1663"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The United States gave 600 rifles to the Philippine Marines.", "072"),
        ("The US military gave medical equipment to Nicaragua.", "073"),
        ("South Sudan released two followers of rebel leader Riek Machar.", "0841"),
        ("Kenyan doctors ended their strike against the government on Monday.", "082"),
        ("Denmark announced a suspension of aid to Egypt.", "162"),
        ("Beijing defended Moscow over claims of meddling in the vote.", "052"),
        ("Moscow defended Tehran's efforts to expand its nuclear programme.", "052"),
        ("NATO agreed to an expansion of its force in Afghanistan.", "030"),
        ("King Salman sent a condolence message to President Ashraf Ghani.", "018"),
    ],
)
def test_words_the_conflibert_train_split_showed_missing(
    coder: newsevents.Coder, text: str, cameo: str
) -> None:
    assert cameo in cameos(coder, text)


def test_two_forces_that_clash_fight_each_other(coder: newsevents.Coder) -> None:
    found = cameos(coder, "Azerbaijani and Armenian troops clashed along the border overnight.")
    assert found == ["190", "190"]


def test_security_forces_clashing_with_protesters_repress_them(
    coder: newsevents.Coder,
) -> None:
    text = "Belarusian riot police clashed with protesters in Minsk on Sunday."
    assert cameos(coder, text) == ["175"]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("A report by Human Rights Watch accused the Ethiopian army of torture.", "HRW"),
        ("A statement from the Kremlin accused Kyiv of shelling the power plant.", "RUS"),
    ],
)
def test_a_documents_author_is_its_speaker(coder: newsevents.Coder, text: str, author: str) -> None:
    result = code(coder, text)
    accusation = only_event(result)
    source = actor_by_id(result, accusation.source)
    assert author in (source.country, source.org), describe(result)


def test_the_passive_agent_is_the_source(coder: newsevents.Coder) -> None:
    events = coded(coder, "Iran was criticised by NATO for supplying drones.")
    assert events == [("NATO", "111", "Iran")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the agent on the gerund's object, or on the charge
        (
            "The mayor of Lagos was accused of misusing public funds by Nigerian officials.",
            ("NGA", "112", "NGA"),
        ),
        ("The Kenyan activist was charged with treason by Ugandan police.", ("UGA", "1125", "KEN")),
    ],
)
def test_a_passive_agent_the_parse_hung_on_the_charge_is_the_source(
    coder: newsevents.Coder, text: str, expected: tuple[str, str, str]
) -> None:
    result = code(coder, text)
    countries = {
        (actor_by_id(result, e.source).country, e.cameo, actor_by_id(result, e.target).country)
        for e in result.events
    }
    assert countries == {expected}, describe(result)


def test_a_by_after_a_deed_names_its_doer_not_the_accuser(coder: newsevents.Coder) -> None:
    # "by Hamas" is who attacked: no one is named as blaming Iran
    assert coded(coder, "Iran was blamed for the attack by Hamas.") == []


@pytest.mark.parametrize(
    "text",
    ["Israel drew criticism from Germany.", "Israel faced criticism from Germany."],
)
def test_drawing_criticism_reverses_the_roles(coder: newsevents.Coder, text: str) -> None:
    assert coded(coder, text) == [("Germany", "111", "Israel")]


def test_coordinated_sources_each_get_an_event(coder: newsevents.Coder) -> None:
    events = coded(coder, "NATO and the United States condemned the coup in Niger.")
    assert [(source, code) for source, code, _ in events] == [
        ("NATO", "111"),
        ("United States", "111"),
    ]


def test_coordinated_sources_share_the_target(coder: newsevents.Coder) -> None:
    events = coded(coder, "France and Germany condemned Russia.")
    assert events == [("France", "111", "Russia"), ("Germany", "111", "Russia")]


# 5. Control verbs and modality


@pytest.mark.parametrize(
    "text", ["Serbia refused to release prisoners.", "Serbia refused to release the prisoners."]
)
def test_refusing_to_release_prisoners_is_1243(coder: newsevents.Coder, text: str) -> None:
    coded_article = code(coder, text)
    event = only_event(coded_article)
    assert (names(coded_article)[event.source], event.cameo) == ("Serbia", "1243")
    assert not event.negated
    assert "refuse" in event.rule and "0841" in event.rule


def test_agreeing_to_meet_is_036(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "China agreed to meet Japan next month.")
    assert triples(coded_article) == [("China", "036", "Japan")]
    assert "agree" in coded_article.events[0].rule


def test_threatening_with_sanctions_is_a_threat(coder: newsevents.Coder) -> None:
    events = coded(coder, "The United States threatened Venezuela with sanctions.")
    assert events == [("United States", "1312", "Venezuela")]


def test_urging_a_state_to_act_is_an_appeal_to_it(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Egypt urged Israel to allow aid into Gaza.")
    event = only_event(coded_article)
    by_id = names(coded_article)
    assert (by_id[event.source], event.root, by_id[event.target]) == ("Egypt", "02", "Israel")
    assert "urge" in event.rule


@pytest.mark.parametrize(
    "text",
    [
        "Iran could attack Israel within days.",
        "Iran may attack Israel.",
        "If Iran attacks Israel, Russia will respond.",
    ],
)
def test_possible_and_conditional_attacks_are_hypothetical(
    coder: newsevents.Coder, text: str
) -> None:
    coded_article = code(coder, text)
    attack = next(e for e in coded_article.events if e.cameo == "190")
    by_id = names(coded_article)
    assert (by_id[attack.source], by_id[attack.target]) == ("Iran", "Israel")
    assert attack.hypothetical and not attack.negated


def test_a_question_is_hypothetical(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Will China invade Taiwan?")
    assert triples(coded_article) == [("China", "192", "Taiwan")]
    assert coded_article.events[0].hypothetical


def test_a_plain_attack_is_neither_negated_nor_hypothetical(coder: newsevents.Coder) -> None:
    event = only_event(code(coder, "Russian troops attacked Ukrainian positions in Donetsk."))
    assert event.cameo == "190"
    assert not event.negated and not event.hypothetical


def test_an_attack_that_did_not_happen_is_flagged_negated(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "India did not attack Pakistan.")
    assert triples(coded_article) == [("India", "190", "Pakistan")]
    event = coded_article.events[0]
    assert event.negated and not event.hypothetical
    assert "negated" in event.rule


# 6. Statements


def test_telling_someone_something_is_a_statement_to_them(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Putin told Erdogan that the deal was over.")
    assert triples(coded_article) == [("Putin", "010", "Erdogan")]
    assert "tell" in coded_article.events[0].rule


def test_saying_something_with_no_one_addressed_is_no_event(coder: newsevents.Coder) -> None:
    assert coded(coder, "Russia said the economy grew last year.") == []


# 7. One event per (source, code, target, sentence)


def test_a_repeated_act_in_one_sentence_is_one_event(coder: newsevents.Coder) -> None:
    events = coded(
        coder, "The European Union imposed sanctions on Iran and imposed further sanctions on Iran."
    )
    assert events == [("European Union", "163", "Iran")]


def test_the_same_act_in_two_sentences_is_two_events(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Egypt criticised Israel. Egypt criticised Israel again.")
    assert triples(coded_article) == [("Egypt", "111", "Israel")] * 2
    assert coded_article.events[0].sentence != coded_article.events[1].sentence


def test_event_ids_are_unique_and_in_text_order(coder: newsevents.Coder) -> None:
    coded_article = code(
        coder, "France and Germany condemned Russia. Egypt signed a treaty with Sudan."
    )
    ids = [event.id for event in coded_article.events]
    assert ids == [f"e{n}" for n in range(1, len(ids) + 1)]
    starts = [event.trigger.start for event in coded_article.events]
    assert starts == sorted(starts)


# 8. Codebook fields and rules


CODEBOOK_SENTENCES = (
    "France and Germany condemned Russia. Egypt signed a treaty with Sudan. "
    "The European Union imposed sanctions on Iran. Putin told Erdogan that the deal was over. "
    "Israeli jets bombed Gaza on Monday. Serbia refused to release prisoners."
)


def test_every_event_carries_its_codes_codebook_entry(coder: newsevents.Coder) -> None:
    coded_article = code(coder, CODEBOOK_SENTENCES)
    assert len(coded_article.events) >= 7, describe(coded_article)
    book = codebook()
    for event in coded_article.events:
        info = book[event.cameo]
        assert event.root == event.cameo[:2]
        assert (event.plover, event.goldstein, event.quad_class) == (
            info.plover,
            info.goldstein,
            info.quad_class,
        ), event.cameo


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not respond to the Egyptian proposal on Monday.",
        "Putin did not tell Erdogan about the plan.",
    ],
)
def test_words_not_said_are_no_statement(coder: newsevents.Coder, text: str) -> None:
    assert coded(coder, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militants shot dead a journalist in the Nigerian state of Kano.",
        "A report by Kenya's rights commission blamed the police for the deaths of protesters.",
    ],
)
def test_a_noun_spelled_as_a_speech_verb_is_no_statement(
    coder: newsevents.Coder, text: str
) -> None:
    assert all(event.cameo != "010" for event in code(coder, text).events)


def test_a_statement_has_no_plover_type(coder: newsevents.Coder) -> None:
    event = only_event(code(coder, "Putin told Erdogan that the deal was over."))
    assert event.plover is None
    assert event.quad_class == 1


def test_a_rule_names_the_lexicon_file_and_line(coder: newsevents.Coder) -> None:
    event = only_event(code(coder, "Russia accused Ukraine of shelling the power plant."))
    lexicon_file, _, rest = event.rule.partition(":")
    line = rest.split()[0]
    assert lexicon_file == "11.tsv", event.rule
    path = Path(newsevents.__file__).parent / "data/events/lexicon" / lexicon_file
    row = path.read_text(encoding="utf-8").splitlines()[int(line) - 1].split("\t")
    assert (row[0], row[1], row[3]) == ("accuse", "VERB", event.cameo), row


# 9. Context: quotations, date, place


def test_a_quote_by_someone_speaking_for_the_source_is_linked(coder: newsevents.Coder) -> None:
    coded_article = code(
        coder,
        "Russia signed a treaty with Abkhazia on Tuesday. NATO condemned the treaty on "
        'Wednesday. "This document has no standing and never '
        'will," NATO Secretary-General Jens Stoltenberg said.\n\nThe Kremlin said nothing.',
    )
    quote = next(q for q in coded_article.quotes if q.kind == "direct")
    assert quote.speaker == actor_named(coded_article, "Jens Stoltenberg").id
    condemnation = next(e for e in coded_article.events if e.cameo == "111")
    assert condemnation.quotes == [quote.id], describe(coded_article)


def test_a_persons_event_takes_only_their_own_quotes(coder: newsevents.Coder) -> None:
    coded_article = code(
        coder,
        'Vladimir Putin met Recep Tayyip Erdogan in Sochi on Wednesday. "The talks were '
        'useful and frank," Kremlin spokesman Dmitry Peskov told reporters afterwards.',
    )
    meeting = next(e for e in coded_article.events if e.root == "04")
    assert meeting.quotes == [], describe(coded_article)


def test_a_quote_by_the_source_in_the_sentence_is_linked(coder: newsevents.Coder) -> None:
    text = 'Germany condemned Israel, calling the raid "a grave mistake". Israel said "no".'
    coded_article = code(coder, text)
    germany = actor_named(coded_article, "Germany").id
    israel = actor_named(coded_article, "Israel").id

    def quote(quote_id: str, speaker: str, words: str) -> Quote:
        start = text.index(words)
        return Quote(quote_id, speaker, None, words, start, start + len(words), "direct")

    quotes = [quote("q1", germany, "a grave mistake"), quote("q2", israel, "no")]
    doc = coder.nlp(text)
    context = EventContext(
        doc,
        index=ActorIndex(doc, coded_article.actors),
        dates=coded_article.dates,
        places=coded_article.places,
        quotes=quotes,
        published=PUBLISHED,
    )
    events = coder.events(doc, context=context)
    condemnation = next(e for e in events if e.cameo == "111")
    assert condemnation.source == germany
    assert condemnation.quotes == ["q1"]


def test_a_weekday_dates_the_event(coder: newsevents.Coder) -> None:
    event = only_event(code(coder, "Germany criticised Israel on Monday."))
    assert (event.date, event.date_text) == ("2024-04-29", "Monday")


def test_with_no_time_expression_the_event_has_the_publication_date(
    coder: newsevents.Coder,
) -> None:
    event = only_event(code(coder, "Egypt criticised Israel."))
    assert (event.date, event.date_text) == (PUBLISHED, "(publication date)")


def test_a_place_attached_to_the_trigger_is_the_location(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Israeli troops raided a refugee camp in Gaza.")
    assert "Gaza" in [place.name for place in coded_article.places]
    event = only_event(coded_article)
    assert event.location is not None
    assert event.location.name == "Gaza"


def test_an_event_with_no_place_has_no_location(coder: newsevents.Coder) -> None:
    assert only_event(code(coder, "Egypt criticised Israel.")).location is None


def test_reported_refusal_is_a_rejection_by_the_speaker(coder: newsevents.Coder) -> None:
    events = code(coder, "Russia said it would not recognise Kosovo.").events
    assert [(e.root, e.negated) for e in events] == [("12", False)]
    assert coded(coder, "Russia said it would not recognise Kosovo.") == [
        ("Russia", events[0].cameo, "Kosovo")
    ]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("An Israeli air strike on Gaza killed six people.", "Israel", "Gaza"),
        ("NATO launched air strikes on Serbia.", "NATO", "Serbia"),
    ],
)
def test_air_strike_noun_takes_an_actor_modifier_or_light_verb_subject(
    coder: newsevents.Coder, text: str, source: str, target: str
) -> None:
    assert (source, "195", target) in coded(coder, text)


def test_threat_to_impose_sanctions_is_one_threat(coder: newsevents.Coder) -> None:
    text = "The United States threatened to impose sanctions on Venezuela."
    assert coded(coder, text) == [("United States", "1312", "Venezuela")]


def test_a_date_does_not_take_the_place_of_the_other_party(coder: newsevents.Coder) -> None:
    text = "Egypt signed a treaty with Sudan on Tuesday."
    assert sorted(coded(coder, text)) == [("Egypt", "057", "Sudan"), ("Sudan", "057", "Egypt")]


def test_verbs_file_adds_a_verb_with_its_rule(tmp_path: Path, coder: newsevents.Coder) -> None:
    from newsevents.events import EventCoder

    verbs = tmp_path / "my.verbs.txt"
    verbs.write_text("# my verbs\n--- SCOLD  [111]  ---\nSCOLD\n", encoding="utf-8")
    text = "China scolded Japan over the visit."
    assert coded(coder, text) == []
    original = coder.events
    try:
        coder.events = EventCoder(verbs=verbs)
        article = code(coder, text)
    finally:
        coder.events = original
    assert triples(article) == [("China", "111", "Japan")]
    assert article.events[0].rule.startswith("my.verbs.txt:3 scold VERB")


# 10. Event location (issue 6): a place named with the event, else the dateline's


def event_by(coded_article: CodedArticle, source: str, root: str) -> Event:
    """The one event whose source is named ``source`` and whose CAMEO root is ``root``."""
    by_id = names(coded_article)
    found = [
        e for e in coded_article.events if by_id.get(e.source or "") == source and e.root == root
    ]
    assert len(found) == 1, describe(coded_article)
    return found[0]


def location_name(event: Event) -> str | None:
    return event.location.name if event.location is not None else None


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("text", "source", "place"),
    [
        ("Police detained dozens of protesters in Tbilisi on Wednesday.", "Police", "Tbilisi"),
        (
            "Ukraine police\n\nKYIV (AP) — Ukrainian police detained two men in Lviv on "
            "Wednesday, officials said.",
            "Ukrainian police",
            "Lviv",
        ),
    ],
    ids=["no-dateline", "over-the-dateline"],
)
def test_a_place_after_in_attached_to_the_trigger_is_the_location(
    coder: newsevents.Coder, text: str, source: str, place: str
) -> None:
    event = event_by(code(coder, text), source, "17")
    assert location_name(event) == place


@pytest.mark.issue(6)
def test_a_place_qualifying_the_object_of_at_is_the_location(coder: newsevents.Coder) -> None:
    coded_article = code(
        coder, "Russian police detained two journalists at a Moscow airport on Wednesday."
    )
    event = event_by(coded_article, "Russian police", "17")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Moscow", "RUS")


@pytest.mark.issue(6)
def test_a_use_of_force_takes_the_place_it_is_aimed_at(coder: newsevents.Coder) -> None:
    coded_article = code(coder, "Russian forces shelled Kharkiv on Tuesday.")
    event = event_by(coded_article, "Russian forces", "19")
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Kharkiv", "UKR")


@pytest.mark.issue(6)
def test_an_event_of_the_day_in_the_lead_takes_the_dateline_place(
    coder: newsevents.Coder,
) -> None:
    coded_article = code(
        coder,
        "Leaders meet in Paris\n\nPARIS (AFP) — French President Emmanuel Macron met German "
        "Chancellor Olaf Scholz on Wednesday to discuss aid to Ukraine.\n\n"
        "The two leaders spoke for two hours, aides said.\n",
    )
    meeting = next(e for e in coded_article.events if e.root == "04" and e.trigger.text == "met")
    assert meeting.date == PUBLISHED, describe(coded_article)
    assert meeting.location is not None
    assert (meeting.location.name, meeting.location.country) == ("Paris", "FRA")


MINSK_STORY = (
    "Belarus detains opposition figures\n\n"
    "MINSK (AFP) — Belarusian police detained five opposition activists, the interior "
    "ministry said.\n\n"
    "The activists were taken to a police station, their lawyers said.\n\n"
    "Belarus condemned Poland over the protests.\n\n"
    "The United States condemned the arrests.\n"
)


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("source", "place"), [("United States", None), ("Belarus", "Minsk")], ids=["foreign", "own"]
)
def test_a_reaction_below_the_lead_takes_the_dateline_place_only_from_its_country(
    coder: newsevents.Coder, source: str, place: str | None
) -> None:
    coded_article = code(coder, MINSK_STORY)
    lead_end = coded_article.article.text.index("Belarus condemned")
    reaction = event_by(coded_article, source, "11")
    assert reaction.trigger.start >= lead_end
    assert location_name(reaction) == place


@pytest.mark.issue(6)
def test_a_background_event_of_an_earlier_year_does_not_take_the_dateline_place(
    coder: newsevents.Coder,
) -> None:
    coded_article = code(
        coder,
        "Russia marks anniversary\n\nMOSCOW (AFP) — Russia annexed Crimea in 2014, Russian "
        "officials recalled on Wednesday.\n",
    )
    assert coded_article.article.place is not None
    assert coded_article.article.place.name == "Moscow"
    annexation = next(e for e in coded_article.events if e.trigger.text == "annexed")
    assert annexation.date == "2014", describe(coded_article)
    assert location_name(annexation) != "Moscow"


def test_ordering_patrols_raises_police_power(coder: newsevents.Coder) -> None:
    text = "Kenya's interior ministry ordered police patrols across Nairobi after the vote."
    assert cameos(coder, text) == ["153"]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Chinese coast guard ships blocked a Philippine resupply mission to the shoal.", "191"),
        ("Mali's junta ordered the French ambassador to leave the country within 72 hours.", "161"),
        ("The Taliban ordered two Norwegian journalists to leave Afghanistan.", "174"),
    ],
)
def test_blocking_supplies_and_ordering_foreigners_out(
    coder: newsevents.Coder, text: str, cameo: str
) -> None:
    assert cameos(coder, text) == [cameo]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban banned girls from attending secondary schools in Kabul.",
        "Russia's Supreme Court banned the Jehovah's Witnesses congregation in Moscow.",
    ],
)
def test_banning_women_or_a_church_restricts_freedoms(coder: newsevents.Coder, text: str) -> None:
    assert "1721" in cameos(coder, text)


def test_hurling_fireworks_at_police_is_a_violent_protest(coder: newsevents.Coder) -> None:
    assert cameos(coder, "Protesters hurled fireworks at riot police in Tbilisi.") == ["145"]


def test_executing_protesters_kills_them(coder: newsevents.Coder) -> None:
    assert cameos(coder, "Iranian authorities executed two protesters in Isfahan.") == ["1823"]


@pytest.mark.parametrize(
    "text",
    [
        "The Syrian army regained control of Homs after a month-long offensive.",
        "Kurdish fighters wrested control of Kobani from Islamic State.",
    ],
)
def test_regaining_or_wresting_control_occupies(coder: newsevents.Coder, text: str) -> None:
    assert "192" in cameos(coder, text)


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Human Rights Watch said Russian forces committed war crimes in Ukraine.", "200"),
        ("Ecuador's unions called a general strike against the government.", "143"),
    ],
)
def test_committing_or_calling_a_deed_is_doing_it(
    coder: newsevents.Coder, text: str, cameo: str
) -> None:
    assert cameo in cameos(coder, text)
