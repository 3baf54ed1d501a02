"""Quotations coded end to end through the default coder: who said what.

Direct quotations and their cues before, after and inside them; quotations continued in
the same or the next paragraph; pronoun, body and description speakers; headline
quotations; scare quotes and titles; indirect speech; the dateline; ids and offsets.
"""

from __future__ import annotations

import re

import pytest

import newsevents
from newsevents.records import CodedArticle, Quote

PUBLISHED = "2024-05-01"

# (kind, text, cue, speaker_text, the name of the speaker's actor or None)
Expected = tuple[str, str, str | None, str | None, str | None]


def story(headline: str, *paragraphs: str) -> str:
    """An article as wire copy gives it: a headline, then paragraphs, blank lines between."""
    return "\n\n".join([headline, *paragraphs])


def code(coder: newsevents.Coder, text: str) -> CodedArticle:
    return coder.code({"text": text, "published": PUBLISHED})


def actor_id(coded: CodedArticle, name: str) -> str:
    (actor,) = [actor for actor in coded.actors if actor.name == name]
    return actor.id


def describe(coded: CodedArticle) -> str:
    """The quotes and actors in one line each, for assertion messages."""
    quotes = [
        f"{q.id} {q.kind} {q.text!r} cue={q.cue!r} speaker={q.speaker} {q.speaker_text!r}"
        for q in coded.quotes
    ]
    actors = ", ".join(f"{a.id}={a.name}" for a in coded.actors)
    return "\n".join([*quotes, f"actors: {actors}"]) if quotes else f"(no quotes) {actors}"


def fields(coded: CodedArticle, quote: Quote) -> Expected:
    """A quote's kind, text, cue and speaker_text, and its speaker's actor name."""
    names = {actor.id: actor.name for actor in coded.actors}
    speaker = names[quote.speaker] if quote.speaker is not None else None
    return (quote.kind, quote.text, quote.cue, quote.speaker_text, speaker)


def only_quote(coded: CodedArticle) -> Quote:
    assert len(coded.quotes) == 1, describe(coded)
    return coded.quotes[0]


def assert_only_quote(coded: CodedArticle, expected: Expected) -> None:
    """The article has one quote, with the ``expected`` fields; its speaker, when one is
    expected, is the id of the actor of that name."""
    quote = only_quote(coded)
    assert fields(coded, quote) == expected, describe(coded)
    name = expected[4]
    assert quote.speaker == (actor_id(coded, name) if name is not None else None)


# 1. Direct quotations and their cues


@pytest.mark.parametrize(
    ("headline", "paragraph", "expected"),
    [
        (
            "EU weighs new sanctions on Moscow",
            '"We will not accept any deal that rewards aggression," Josep Borrell said.',
            (
                "direct",
                "We will not accept any deal that rewards aggression",
                "said",
                "Josep Borrell",
                "Josep Borrell",
            ),
        ),
        (
            "Kremlin sees no basis for talks",
            'Kremlin spokesman Dmitry Peskov said: "We see no basis for talks."',
            (
                "direct",
                "We see no basis for talks.",
                "said",
                "Kremlin spokesman Dmitry Peskov",
                "Dmitry Peskov",
            ),
        ),
        (
            "EU weighs new sanctions on Moscow",
            '"We will not accept this," said Josep Borrell, the EU\'s foreign policy chief.',
            ("direct", "We will not accept this", "said", "Josep Borrell", "Josep Borrell"),
        ),
    ],
    ids=["quotation-then-cue", "cue-then-colon", "inverted-cue-and-apposition"],
)
def test_a_direct_quotation_takes_its_cue_and_speaker(
    coder: newsevents.Coder, headline: str, paragraph: str, expected: Expected
) -> None:
    # the apposition after an inverted cue is left out of speaker_text
    assert_only_quote(code(coder, story(headline, paragraph)), expected)


@pytest.mark.parametrize(
    "second",
    [
        "and we will keep it open whatever happens.",
        "because millions depend on it.",
    ],
    ids=["long-second-part", "short-second-part"],
)
def test_a_quotation_interrupted_by_its_cue_is_one_quote(
    coder: newsevents.Coder, second: str
) -> None:
    first = "The corridor must stay open"
    text = story(
        "Ukraine vows to keep grain corridor open",
        f'"{first}," the minister said in a statement, "{second}"',
    )
    coded = code(coder, text)
    quote = only_quote(coded)
    assert quote.text.startswith(first), describe(coded)
    assert quote.text.endswith(second), describe(coded)
    assert (quote.kind, quote.cue, quote.speaker_text) == ("direct", "said", "the minister")
    assert quote.speaker == actor_id(coded, "minister")
    assert (quote.start, quote.end) == (text.index(first), text.index(second) + len(second))


def test_a_quotation_after_its_cue_sentence_continues_the_quote(
    coder: newsevents.Coder,
) -> None:
    text = story(
        "Germany backs Kyiv",
        '"Our support will not waver," Annalena Baerbock said. "Ukraine can count on us."',
    )
    coded = code(coder, text)
    quote = only_quote(coded)
    assert quote.text.startswith("Our support will not waver"), describe(coded)
    assert quote.text.endswith("Ukraine can count on us."), describe(coded)
    assert (quote.kind, quote.cue, quote.speaker_text) == ("direct", "said", "Annalena Baerbock")
    assert quote.speaker == actor_id(coded, "Annalena Baerbock")


@pytest.mark.parametrize(
    ("introduction", "paragraph", "speaker_texts"),
    [
        (
            (),
            '"Russia alone is responsible for this war," Annalena Baerbock said. '
            '"We have never refused to negotiate," Sergei Lavrov replied.',
            ("Annalena Baerbock", "Sergei Lavrov"),
        ),
        pytest.param(
            (
                "German Foreign Minister Annalena Baerbock and Russian Foreign Minister "
                "Sergei Lavrov met in Skopje on Thursday.",
            ),
            '"Russia alone is responsible for this war," she said. '
            '"We have never refused to negotiate," he replied.',
            ("she", "he"),
        ),
    ],
    ids=["names", "pronouns"],
)
def test_a_quotation_with_its_own_cue_is_a_new_quote(
    coder: newsevents.Coder,
    introduction: tuple[str, ...],
    paragraph: str,
    speaker_texts: tuple[str, str],
) -> None:
    coded = code(
        coder, story("Baerbock and Lavrov clash at OSCE meeting", *introduction, paragraph)
    )
    baerbock, lavrov = speaker_texts
    assert [fields(coded, quote) for quote in coded.quotes] == [
        (
            "direct",
            "Russia alone is responsible for this war",
            "said",
            baerbock,
            "Annalena Baerbock",
        ),
        ("direct", "We have never refused to negotiate", "replied", lavrov, "Sergei Lavrov"),
    ], describe(coded)


# 2. Quotations over paragraphs


@pytest.mark.parametrize(
    ("first", "second", "last_words", "speaker_text"),
    [
        (
            "German Foreign Minister Annalena Baerbock told reporters in Kyiv: "
            '"Germany will stand by Ukraine. Our support will not waver',
            '"We will send more air defence systems before the winter."',
            "before the winter.",
            "German Foreign Minister Annalena Baerbock",
        ),
        (
            '"Germany will stand by Ukraine. Our support will not waver',
            '"We will send more air defence systems before the winter," Annalena Baerbock '
            "told reporters in Kyiv.",
            "before the winter",
            "Annalena Baerbock",
        ),
    ],
    ids=["speaker-before", "speaker-in-second-paragraph"],
)
def test_a_quotation_over_two_paragraphs_is_one_quote(
    coder: newsevents.Coder, first: str, second: str, last_words: str, speaker_text: str
) -> None:
    text = story("Baerbock pledges more air defence", first, second)
    coded = code(coder, text)
    quote = only_quote(coded)
    assert quote.text.startswith("Germany will stand by Ukraine."), describe(coded)
    assert "Our support will not waver" in quote.text, describe(coded)
    assert "We will send more air defence systems" in quote.text, describe(coded)
    assert quote.text.endswith(last_words), describe(coded)
    assert (quote.kind, quote.cue, quote.speaker_text) == ("direct", "told", speaker_text)
    assert quote.speaker == actor_id(coded, "Annalena Baerbock")
    assert (quote.start, quote.end) == (
        text.index("Germany will"),
        text.index(last_words) + len(last_words),
    )


def test_a_paragraph_of_quotation_alone_continues_the_speaker_before(
    coder: newsevents.Coder,
) -> None:
    text = story(
        "Baerbock pledges more air defence",
        '"Germany will stand by Ukraine for as long as it takes," Annalena Baerbock told '
        "reporters in Kyiv.",
        '"We will send more air defence systems before the winter."',
    )
    coded = code(coder, text)
    baerbock = "Annalena Baerbock"
    assert [fields(coded, quote) for quote in coded.quotes] == [
        (
            "direct",
            "Germany will stand by Ukraine for as long as it takes",
            "told",
            baerbock,
            baerbock,
        ),
        (
            "direct",
            "We will send more air defence systems before the winter.",
            "told",
            baerbock,
            baerbock,
        ),
    ], describe(coded)


# 3. Speakers


@pytest.mark.parametrize(
    ("introduction", "quotation", "pronoun", "name"),
    [
        (
            "Russian President Vladimir Putin met Chinese leader Xi Jinping in Beijing on "
            "Thursday.",
            "Our relations are at their best level in history",
            "he",
            "Vladimir Putin",
        ),
        (
            "German Foreign Minister Annalena Baerbock arrived in Kyiv on Tuesday for talks "
            "with Ukrainian officials.",
            "Our support for Ukraine will not waver",
            "she",
            "Annalena Baerbock",
        ),
        (
            "Annalena Baerbock arrived in Kyiv on Tuesday.",
            "Our support will not waver",
            "she",
            "Annalena Baerbock",
        ),
    ],
    ids=["he", "she", "she-short-introduction"],
)
def test_a_pronoun_speaker_is_the_person_named_before(
    coder: newsevents.Coder, introduction: str, quotation: str, pronoun: str, name: str
) -> None:
    text = story("Talks in the capital", introduction, f'"{quotation}," {pronoun} said.')
    assert_only_quote(code(coder, text), ("direct", quotation, "said", pronoun, name))


@pytest.mark.parametrize(
    ("speaker_text", "name"),
    [("the Kremlin", "Kremlin"), ("the foreign ministry", "foreign ministry")],
)
def test_a_body_speaks(coder: newsevents.Coder, speaker_text: str, name: str) -> None:
    words = "The proposal is unacceptable and detached from reality"
    text = story("Russia rejects peace plan", f'"{words}," {speaker_text} said on Tuesday.')
    assert_only_quote(code(coder, text), ("direct", words, "said", speaker_text, name))


def test_a_definite_description_speaks_for_the_actor_named_before(
    coder: newsevents.Coder,
) -> None:
    words = "Sanctions will be lifted with immediate effect on humanitarian grounds"
    text = story(
        "ECOWAS lifts sanctions on Niger",
        "The Economic Community of West African States held an emergency summit in Abuja on "
        "Saturday.",
        f'"{words}," the bloc said in a statement.',
    )
    expected = ("direct", words, "said", "the bloc", "Economic Community of West African States")
    assert_only_quote(code(coder, text), expected)


def test_curly_and_straight_marks_give_the_same_quotes(coder: newsevents.Coder) -> None:
    straight = story(
        "EU leaders agree migration pact",
        'BRUSSELS (Reuters) - European Union leaders agreed a "landmark" migration deal on '
        "Thursday.",
        '"This is a historic day for Europe," Ursula von der Leyen said. "We kept our word."',
        'Critics called the deal "a betrayal of refugees".',
    )
    curly = re.sub(r'"(?=\w)', "“", straight).replace('"', "”")
    assert curly.count("“") == curly.count("”") == 4
    coded_straight, coded_curly = code(coder, straight), code(coder, curly)
    assert len(coded_straight.quotes) == 3, describe(coded_straight)
    assert [fields(coded_curly, q) for q in coded_curly.quotes] == [
        fields(coded_straight, q) for q in coded_straight.quotes
    ], describe(coded_curly)
    assert [(q.id, q.start, q.end) for q in coded_curly.quotes] == [
        (q.id, q.start, q.end) for q in coded_straight.quotes
    ]


@pytest.mark.parametrize(
    "name",
    [
        "Viktor Orban",
        pytest.param(
            "Orban",
        ),
    ],
)
def test_a_headline_name_and_colon_attributes_its_quotation(
    coder: newsevents.Coder, name: str
) -> None:
    words = "We will not pay for a war that is not ours"
    text = story(
        f'{name}: "{words}"',
        "BUDAPEST (Reuters) - Hungary blocked the European Union's aid package for Ukraine on "
        "Thursday.",
    )
    assert_only_quote(code(coder, text), ("direct", words, ":", name, name))


# 4. Partial quotations and titles


def test_scare_quotes_are_a_partial_quote_without_speaker(coder: newsevents.Coder) -> None:
    text = story(
        "EU leaders agree migration pact",
        'BRUSSELS (Reuters) - European Union leaders agreed a "landmark" migration deal on '
        "Thursday.",
    )
    assert_only_quote(code(coder, text), ("partial", "landmark", None, None, None))


def test_a_phrase_a_naming_verb_quotes_is_partial_and_attributed(
    coder: newsevents.Coder,
) -> None:
    text = story(
        "Senate rejects Ukraine aid bill",
        'Senator Chris Murphy called the vote "a moral failure" on Wednesday.',
    )
    expected = ("partial", "a moral failure", "called", "Senator Chris Murphy", "Chris Murphy")
    assert_only_quote(code(coder, text), expected)


@pytest.mark.parametrize(
    ("headline", "paragraph"),
    [
        (
            "Belarus and Russia deepen ties",
            'Belarus and Russia signed the "Treaty on Alliance and Integration" in Minsk on '
            "Friday.",
        ),
        (
            "Former envoy publishes memoir",
            'The former ambassador\'s book "The Price of a Veto" was published on Tuesday.',
        ),
        pytest.param(
            "Former envoy publishes memoir",
            'The former ambassador\'s new book, "The Price of a Veto", was published on Tuesday.',
        ),
    ],
    ids=["treaty", "book", "book-in-commas"],
)
def test_a_title_in_quotation_marks_is_no_quote(
    coder: newsevents.Coder, headline: str, paragraph: str
) -> None:
    coded = code(coder, story(headline, paragraph))
    assert coded.quotes == [], describe(coded)


# 5. Indirect speech


@pytest.mark.parametrize(
    ("headline", "paragraph", "expected"),
    [
        (
            "Kenya to send police to Haiti",
            "President William Ruto said that the deployment would go ahead next month.",
            (
                "indirect",
                "the deployment would go ahead next month",
                "said",
                "President William Ruto",
                "William Ruto",
            ),
        ),
        (
            "UN chief warns of wider war",
            "UN Secretary-General Antonio Guterres warned that the war risked spreading "
            "across the region.",
            (
                "indirect",
                "the war risked spreading across the region",
                "warned",
                "UN Secretary-General Antonio Guterres",
                "Antonio Guterres",
            ),
        ),
        (
            "Kenya to send police to Haiti",
            "President William Ruto told reporters the deployment would go ahead next month.",
            (
                "indirect",
                "the deployment would go ahead next month",
                "told",
                "President William Ruto",
                "William Ruto",
            ),
        ),
        (
            "Fighting flares in Sudan",
            "According to the health ministry, 40 people were killed in the shelling of El Fasher.",
            (
                "indirect",
                "40 people were killed in the shelling of El Fasher",
                "according to",
                "the health ministry",
                "health ministry",
            ),
        ),
        (
            "Fighting flares in Sudan",
            "At least 40 people were killed in the shelling of El Fasher, the health ministry "
            "said.",
            (
                "indirect",
                "At least 40 people were killed in the shelling of El Fasher",
                "said",
                "the health ministry",
                "health ministry",
            ),
        ),
    ],
    ids=["said-that", "warned-that", "told-reporters", "according-to", "clause-then-said"],
)
def test_reported_speech_is_an_indirect_quote(
    coder: newsevents.Coder, headline: str, paragraph: str, expected: Expected
) -> None:
    assert_only_quote(code(coder, story(headline, paragraph)), expected)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the deal, Ethiopia pledged to share intelligence with Somalia.",
        "Last week, the European Union pledged an additional 100 million euros in aid.",
    ],
)
def test_a_phrase_fronted_before_a_cue_is_no_reported_speech(
    coder: newsevents.Coder, sentence: str
) -> None:
    coded = code(coder, story("Donors pledge support", sentence))
    assert coded.quotes == [], describe(coded)


def test_a_speech_verb_inside_quotation_marks_is_no_cue(coder: newsevents.Coder) -> None:
    words = "We said from the start that the talks would fail"
    text = story("Lavrov blames West for failed talks", f'"{words}," Sergei Lavrov told reporters.')
    assert_only_quote(
        code(coder, text), ("direct", words, "told", "Sergei Lavrov", "Sergei Lavrov")
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "MOSCOW, March 18 (Reuters) - Russian forces have captured two more villages in "
            "eastern Ukraine, the defence ministry said.",
            (
                "indirect",
                "Russian forces have captured two more villages in eastern Ukraine",
                "said",
                "the defence ministry",
                "defence ministry",
            ),
        ),
        (
            "MOSCOW, March 18 (Reuters) - According to the defence ministry, Russian forces "
            "captured two villages in eastern Ukraine.",
            (
                "indirect",
                "Russian forces captured two villages in eastern Ukraine",
                "according to",
                "the defence ministry",
                "defence ministry",
            ),
        ),
        (
            "MOSCOW, March 18 (Reuters) - The Kremlin said the talks with Ukraine had failed.",
            ("indirect", "the talks with Ukraine had failed", "said", "The Kremlin", "Kremlin"),
        ),
    ],
    ids=["clause-then-said", "according-to", "said"],
)
def test_the_dateline_is_never_part_of_an_indirect_quote(
    coder: newsevents.Coder, paragraph: str, expected: Expected
) -> None:
    coded = code(coder, story("Russian forces advance in east", paragraph))
    assert_only_quote(coded, expected)
    assert "MOSCOW" not in coded.quotes[0].text
    assert "Reuters" not in coded.quotes[0].text


def test_a_short_quotation_opening_after_the_dateline_is_direct(coder: newsevents.Coder) -> None:
    text = story(
        "EU weighs new sanctions on Moscow",
        'BRUSSELS, May 1 (Reuters) - "We will not accept this," Josep Borrell said.',
    )
    expected = ("direct", "We will not accept this", "said", "Josep Borrell", "Josep Borrell")
    assert_only_quote(code(coder, text), expected)


# 6. Ids and offsets


def test_quote_ids_follow_the_text_and_offsets_point_at_the_words(
    coder: newsevents.Coder,
) -> None:
    text = story(
        "EU leaders agree migration pact",
        'BRUSSELS (Reuters) - European Union leaders agreed a "landmark" migration deal on '
        "Thursday.",
        '"This is a historic day for Europe," Ursula von der Leyen said. "We kept our word."',
        'Critics called the deal "a betrayal of refugees".',
        "Hungary said it would not implement the pact.",
    )
    coded = code(coder, text)
    assert coded.article.text == text
    quotes = coded.quotes
    assert [q.kind for q in quotes] == ["partial", "direct", "partial", "indirect"], describe(coded)
    assert [q.id for q in quotes] == ["q1", "q2", "q3", "q4"]
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for quote in quotes:
        assert text[quote.start] == quote.text[0], quote
        assert text[quote.end - 1] == quote.text[-1], quote
    single = [q for q in quotes if q.kind != "direct"]
    assert [text[q.start : q.end] for q in single] == [q.text for q in single]
    assert quotes[1].start == text.index("This is")
    assert quotes[1].end == text.index("our word.") + len("our word.")
