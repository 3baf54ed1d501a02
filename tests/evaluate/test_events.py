"""Event and quote scoring by the rules of GOLD_FORMAT.md, on hand-built coded articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsevents.evaluate.events import score_events
from newsevents.evaluate.gold import GoldArticle, GoldEvent, GoldQuote, read_gold
from newsevents.records import Actor, Article, CodedArticle, Event, Mention, Offsets, Quote

TEXT = (
    "Russia signs pact with South Ossetia\n\n"
    "MOSCOW, March 18 (AFP) - Russia signed a treaty with South Ossetia on Wednesday. "
    "NATO criticised the deal. Georgia said it would never recognise the pact."
)


def _actor(
    actor_id: str,
    name: str,
    country: str | None = None,
    org: str | None = None,
    code: str | None = None,
) -> Actor:
    return Actor(id=actor_id, name=name, kind="state", country=country, org=org, code=code)


ACTORS = [
    _actor("a1", "Russia", country="RUS", code="RUSGOV"),
    _actor("a2", "South Ossetia"),
    _actor("a3", "NATO", org="NATO", code="IGOWSTNAT"),
    _actor("a4", "Georgia", country="GEO", code="GEOGOV"),
]


def _event(
    event_id: str, cameo: str, source: str | None, target: str | None, **flags: bool
) -> Event:
    start = TEXT.index("Russia signed")
    return Event(
        id=event_id,
        source=source,
        target=target,
        cameo=cameo,
        root=cameo[:2],
        plover=None,
        quad_class=1,
        goldstein=0.0,
        trigger=Mention(start, start + 6, "signed"),
        sentence=Offsets(start, start + 60),
        rule=f"test:{cameo}",
        **flags,
    )


def _coded(events: list[Event], quotes: list[Quote] | None = None) -> CodedArticle:
    return CodedArticle(
        article=Article(id="t", text=TEXT), actors=ACTORS, events=events, quotes=quotes or []
    )


GOLD = GoldArticle(
    id="t",
    text=TEXT,
    published="2015-03-18",
    events=[
        GoldEvent(
            roots=["05"],
            cameo="057",
            source=["RUS"],
            target=["SOUTH OSSETIA"],
            source_codes=["RUSGOV"],
            evidence="Russia signed a treaty with South Ossetia",
        ),
        GoldEvent(
            roots=["11"],
            cameo="111",
            source=["NATO"],
            target=["RUS"],
            evidence="NATO criticised the deal",
        ),
        GoldEvent(roots=["12"], cameo="12", source=["GEO"], target=["RUS"], status="optional"),
        GoldEvent(
            roots=["05"], cameo="054", source=["GEO"], target=["SOUTH OSSETIA"], status="wrong"
        ),
    ],
    quotes=[
        GoldQuote(
            speaker="Vladimir Putin",
            speaker_codes=["RUS"],
            text="a joint defence and security zone will be created between us",
        )
    ],
)


def _figures(events: list[Event], quotes: list[Quote] | None = None) -> dict[str, float]:
    return score_events([GOLD], [_coded(events, quotes)], dataset="unit").figures


def test_events_perfect_output_scores_one() -> None:
    figures = _figures([_event("e1", "057", "a1", "a2"), _event("e2", "111", "a3", "a1")])
    assert figures["root_precision"] == 1.0
    assert figures["root_recall"] == 1.0
    assert figures["code_recall"] == 1.0


def test_events_wrong_root_is_missed_and_spurious() -> None:
    figures = _figures([_event("e1", "036", "a1", "a2")])
    assert figures["root_recall"] == 0.0
    assert figures["root_precision"] == 0.0


def test_events_wrong_source_does_not_match() -> None:
    figures = _figures([_event("e1", "057", "a4", "a2")])
    assert figures["root_recall"] == 0.0


def test_events_optional_match_is_left_out_of_precision() -> None:
    figures = _figures([_event("e1", "057", "a1", "a2"), _event("e2", "120", "a4", "a1")])
    assert figures["output_events_scored"] == 1
    assert figures["root_precision"] == 1.0
    assert figures["root_recall"] == 0.5


def test_events_matching_a_wrong_entry_is_a_false_positive() -> None:
    figures = _figures([_event("e1", "057", "a1", "a2"), _event("e2", "054", "a4", "a2")])
    assert figures["root_precision"] == 0.5


def test_events_one_output_credits_one_required_gold_event() -> None:
    figures = _figures([_event("e1", "057", "a1", "a2"), _event("e2", "057", "a1", "a2")])
    assert figures["root_recall"] == 0.5
    assert figures["root_precision_one_to_one"] == 0.5


def test_events_every_output_matching_required_gold_is_precise() -> None:
    """GOLD_FORMAT's precision: matched output events, credited or not (a headline and
    its body telling one signing, or both directions of it)."""
    figures = _figures([_event("e1", "057", "a1", "a2"), _event("e2", "057", "a1", "a2")])
    assert figures["root_precision"] == 1.0
    assert figures["root_f1"] > figures["root_f1_one_to_one"]


@pytest.mark.parametrize("flag", ["negated", "hypothetical"])
def test_events_flagged_events_are_not_scored(flag: str) -> None:
    figures = _figures([_event("e1", "057", "a1", "a2", **{flag: True})])
    assert figures["output_events_scored"] == 0
    assert figures["root_recall"] == 0.0


def test_events_full_code_level_needs_the_same_code() -> None:
    figures = _figures([_event("e1", "051", "a1", "a2")])
    assert figures["root_recall"] == 0.5
    assert figures["code_recall"] == 0.0


def test_events_actor_code_level_compares_full_actor_codes() -> None:
    figures = _figures([_event("e1", "057", "a1", "a2")])
    assert figures["actor_code_recall"] == 1.0  # only the signing has gold actor codes


def test_events_reciprocal_gold_accepts_either_direction() -> None:
    gold = GoldArticle(
        id="t",
        text=TEXT,
        published=None,
        events=[
            GoldEvent(roots=["04"], source=["RUS", "GEO"], target=["RUS", "GEO"], reciprocal=True)
        ],
    )
    coded = _coded([_event("e1", "040", "a4", "a1")])
    assert score_events([gold], [coded], dataset="unit").figures["root_recall"] == 1.0


def test_events_empty_gold_target_accepts_any_target() -> None:
    gold = GoldArticle(
        id="t",
        text=TEXT,
        published=None,
        events=[GoldEvent(roots=["14"], source=["GEO"], target=[])],
    )
    coded = _coded([_event("e1", "141", "a4", None)])
    assert score_events([gold], [coded], dataset="unit").figures["root_recall"] == 1.0


def test_events_quote_found_with_overlap_and_speaker() -> None:
    quote = Quote(
        id="q1",
        speaker=None,
        speaker_text="Putin",
        text="A joint defence and security zone will be created between us, he said",
        start=0,
        end=10,
        kind="direct",
        cue="said",
    )
    figures = _figures([], [quote])
    assert figures["quote_recall"] == 1.0
    assert figures["speaker_accuracy"] == 1.0


def test_events_quote_with_wrong_speaker_is_not_found() -> None:
    quote = Quote(
        id="q1",
        speaker=None,
        speaker_text="Stoltenberg",
        text="a joint defence and security zone will be created between us",
        start=0,
        end=10,
        kind="direct",
        cue="said",
    )
    figures = _figures([], [quote])
    assert figures["quote_recall"] == 0.0
    assert figures["speaker_accuracy"] == 0.0


def test_events_confusion_shows_where_gold_went() -> None:
    report = score_events([GOLD], [_coded([_event("e1", "036", "a1", "a2")])], dataset="unit")
    assert {"gold_root": "05", "coded_root": "03", "count": 1} in report.tables["confusion"]


def test_gold_reads_the_project_format(tmp_path: Path) -> None:
    (tmp_path / "pact.txt").write_text(TEXT, encoding="utf-8")
    gold = {
        "id": "pact",
        "published": "2015-03-18",
        "events": [
            {
                "source": ["RUS"],
                "target": ["south ossetia"],
                "cameo": "057",
                "root": "05",
                "status": "required",
                "evidence": "Russia signed a treaty",
            }
        ],
        "quotes": [],
    }
    (tmp_path / "pact.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.text == TEXT
    assert article.events[0].target == ["SOUTH OSSETIA"]


def test_gold_reads_petrarch_xml_that_is_not_well_formed(tmp_path: Path) -> None:
    xml = tmp_path / "validation.xml"
    xml.write_text(
        "<Sentences>\n# a comment line\n"
        '<Sentence category="AFP" date="20080806" id="AFP1_1" evaluate="true"/>\n'
        '<EventCoding eventcode="031" sourcecode="BRAGOV" targetcode="USA" />\n'
        "<Text>\nBrazil and the United States want to deepen\ntheir energy partnership.\n</Text>\n"
        "</Sentence>\n</Sentences>\n",
        encoding="utf-8",
    )
    (article,) = read_gold(xml)
    assert article.published == "2008-08-06"
    assert article.text == "Brazil and the United States want to deepen their energy partnership."
    assert article.events[0].source == ["BRA"]
    assert article.events[0].source_codes == ["BRAGOV"]


def test_gold_reads_plover_jsonl_with_reciprocal_actors(tmp_path: Path) -> None:
    record = {
        "id": "p1",
        "text": "Hungarian and Romanian officials agreed to cooperate.",
        "cameo_root_candidates": ["03"],
        "reciprocal": True,
        "source": [{"code": "HUN", "sector": "GOV"}, {"code": "ROU", "sector": "GOV"}],
        "target": [],
    }
    path = tmp_path / "plover_gsr.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.events[0].source == ["HUN", "ROU"] == article.events[0].target
    assert article.events[0].source_codes == ["HUNGOV", "ROUGOV"]


def test_gold_reads_plovers_generic_igo_as_any_international_body(tmp_path: Path) -> None:
    record = {
        "id": "p2",
        "text": "Amnesty International accused Sudan of torturing detainees.",
        "cameo_root_candidates": ["11"],
        "source": [{"code": "IGO", "sector": None}],
        "target": [{"code": "SDN", "sector": "GOV"}],
    }
    path = tmp_path / "plover_gsr.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (article,) = read_gold(tmp_path)
    assert article.events[0].source == ["IGO", "NGO"]
    assert article.events[0].target == ["SDN"]


def test_gold_reads_petrarch_codings_with_closing_tags(tmp_path: Path) -> None:
    xml = tmp_path / "unittest.xml"
    xml.write_text(
        '<Sentences><Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">\n'
        '<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>\n'
        "<Text>Arnor is about to restore full diplomatic ties with Gondor.</Text>\n"
        "</Sentence></Sentences>\n",
        encoding="utf-8",
    )
    (article,) = read_gold(xml)
    assert [event.cameo for event in article.events] == ["064"]
