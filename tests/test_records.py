"""The records and their JSON form: to_dict/from_dict and the schema of the output contract."""

from __future__ import annotations

import copy
import hashlib
import json

import jsonschema
import pytest

from newsevents.records import (
    Actor,
    Article,
    CodedArticle,
    Dateline,
    Event,
    Location,
    Mention,
    Offsets,
    Place,
    Quote,
    TimeExpression,
    schema,
)

TEXT = (
    "Russia signs pact with South Ossetia\n\nMOSCOW, March 18 (AFP) - Russian President "
    'Vladimir Putin on Wednesday signed a treaty with South Ossetia. "Nobody should doubt '
    'this promise," Putin said.'
)


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _coded_article() -> CodedArticle:
    """A fully filled coded article, as the complete pipeline would write it."""
    putin, later_putin = _span(TEXT, "Vladimir Putin"), _span(TEXT, "Putin said")
    ossetia = _span(TEXT, "South Ossetia", 40)
    signed = _span(TEXT, "signed")
    moscow = _span(TEXT, "MOSCOW")
    quote = _span(TEXT, "Nobody should doubt this promise,")
    article = Article(
        id="r1",
        text=TEXT,
        title="Russia signs pact with South Ossetia",
        source_path="in/treaty.txt",
        outlet="Agence France-Presse",
        published="2015-03-18",
        warnings=["[W103] published date taken from the dateline."],
        dateline=Dateline(place="Moscow", start=38, end=63, date_text="March 18", outlet="AFP"),
    )
    actors = [
        Actor(
            id="a1",
            name="Vladimir Putin",
            kind="person",
            code="RUSGOV",
            country="RUS",
            sector="GOV",
            role="President",
            mentions=[
                Mention(*putin, "Vladimir Putin"),
                Mention(later_putin[0], later_putin[0] + 5, "Putin"),
            ],
        ),
        Actor(
            id="a2",
            name="South Ossetia",
            kind="region",
            mentions=[Mention(*ossetia, "South Ossetia")],
        ),
    ]
    event = Event(
        id="e1",
        source="a1",
        target="a2",
        cameo="057",
        root="05",
        plover="SUPPORT",
        quad_class=1,
        goldstein=8.0,
        trigger=Mention(*signed, "signed"),
        sentence=Offsets(moscow[0], TEXT.index("Ossetia.") + 8),
        date="2015-03-18",
        date_text="on Wednesday",
        location=Location(name="Moscow", country="RUS", lat=55.75, lon=37.62),
        confidence=0.8,
        rule="lexicon/verbs.jsonl#sign-treaty",
    )
    return CodedArticle(
        article=article,
        actors=actors,
        events=[event],
        quotes=[
            Quote(
                id="q1",
                speaker="a1",
                speaker_text="Putin",
                text=TEXT[quote[0] : quote[1]],
                start=quote[0],
                end=quote[1],
                kind="direct",
                cue="said",
            )
        ],
        places=[
            Place(name="Moscow", country="RUS", lat=55.75, lon=37.62, mentions=[Offsets(*moscow)])
        ],
        dates=[TimeExpression("Wednesday", 84, 93, "2015-03-18", "day")],
    )


def test_records_article_id_is_sha1_of_url_else_text() -> None:
    url = "https://news.example/world/treaty"
    assert Article.make_id(url=url, text=TEXT) == hashlib.sha1(url.encode()).hexdigest()
    assert Article.make_id(url=None, text=TEXT) == hashlib.sha1(TEXT.encode()).hexdigest()


def test_records_to_dict_has_the_contract_keys() -> None:
    data = _coded_article().to_dict()
    assert list(data) == ["article", "actors", "events", "quotes", "places"]


def test_records_python_only_fields_not_in_json() -> None:
    data = _coded_article().to_dict()
    assert "dateline" not in data["article"]
    assert "dates" not in data


def test_records_full_article_matches_schema() -> None:
    jsonschema.validate(_coded_article().to_dict(), schema())


def test_records_round_trip_through_dict() -> None:
    data = _coded_article().to_dict()
    assert CodedArticle.from_dict(copy.deepcopy(data)).to_dict() == data


def test_records_from_dict_rebuilds_nested_records() -> None:
    coded = CodedArticle.from_dict(_coded_article().to_dict())
    event = coded.events[0]
    assert isinstance(event.trigger, Mention)
    assert isinstance(event.location, Location)
    assert isinstance(coded.actors[0].mentions[0], Mention)
    assert isinstance(coded.places[0].mentions[0], Offsets)


def test_records_to_json_is_the_dict() -> None:
    coded = _coded_article()
    assert json.loads(coded.to_json()) == coded.to_dict()


def test_records_to_json_keeps_non_ascii() -> None:
    coded = _coded_article()
    coded.article.title = "Macron reçoit Xi à l'Élysée"
    assert "reçoit Xi à l'Élysée" in coded.to_json()


@pytest.mark.parametrize(
    ("path", "bad_value"),
    [
        (("actors", 0, "kind"), "country"),
        (("actors", 0, "id"), "actor-1"),
        (("events", 0, "cameo"), "57"),
        (("events", 0, "goldstein"), 12.0),
        (("events", 0, "quad_class"), 5),
        (("quotes", 0, "kind"), "paraphrase"),
        (("article", "published"), "18 March 2015"),
        (("actors", 0, "mentions"), []),
    ],
)
def test_records_schema_rejects_broken_contract(path: tuple, bad_value: object) -> None:
    data = _coded_article().to_dict()
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad_value
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_records_schema_rejects_unknown_key() -> None:
    data = _coded_article().to_dict()
    data["article"]["author"] = "Staff reporter"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema())


def test_records_schema_is_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(schema())
