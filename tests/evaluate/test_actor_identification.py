"""Actor identification on the project's gold and country codes on PETRARCH unit tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsevents
from newsevents.errors import InputError
from newsevents.evaluate import evaluate
from newsevents.evaluate.actors import (
    PETR_ACTORS,
    PETR_RECORDS,
    gold_actor,
    matches,
    output_identifiers,
    read_gold_actors,
    score_gold_actors,
    score_petr_countries,
)
from newsevents.evaluate.gold import GoldArticle, GoldEvent
from newsevents.records import Actor, Article, CodedArticle, Mention

pytestmark = pytest.mark.issue(4)

SUMMONS = (
    "Russia summons German envoy over spying arrests\n"
    "\n"
    "MOSCOW, March 18 (AFP) - Russia's foreign ministry summoned the German ambassador on "
    "Wednesday to protest against the arrest of two Russian nationals accused of spying in "
    "Berlin, the ministry said in a statement.\n"
    "\n"
    "Deputy Foreign Minister Sergei Ryabkov told the envoy that Moscow regarded the arrests "
    "as a provocation. Germany said the men had passed military secrets to Russian "
    "intelligence.\n"
)
SUMMONS_ACTORS: list[dict[str, Any]] = [
    {"name": "Russia", "aliases": ["Moscow"], "kind": "state", "country": "RUS", "sector": "GOV"},
    {"name": "Germany", "aliases": ["Berlin"], "kind": "state", "country": "DEU"},
    {
        "name": "Sergei Ryabkov",
        "aliases": ["Ryabkov"],
        "kind": "person",
        "country": "RUS",
        "sector": "GOV",
        "role": "Deputy Foreign Minister",
    },
]

# A tiny PETRARCH actor dictionary of fictional states, one person coded by date.
DICTIONARY = """<!-- test dictionary -->
ARNOR [ARN]
GONDOR [GON]
+GONDORIAN
HALBARAD
\t[ARNGOV <950601]
\t[GONGOV >950601]
"""
RECORDS_XML = """<Validation>
<Sentences>
<Sentence date="19940310" id="TEST-01" category="ACTOR" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="112" />
<Text>
Arnor's government on Thursday accused Gondor of massing troops on the border.
</Text>
</Sentence>
<Sentence date="19940312" id="TEST-02" category="DATE" sentence="true">
<EventCoding sourcecode="ARNGOV" targetcode="---" eventcode="010" />
<Text>
Halbarad said on Saturday that the talks would resume next month.
</Text>
</Sentence>
<Sentence date="19990312" id="TEST-03" category="DATE" sentence="true">
<EventCoding sourcecode="GONGOV" targetcode="---" eventcode="010" />
<Text>
Halbarad said on Friday that the talks would resume next month.
</Text>
</Sentence>
<Sentence date="19990401" id="TEST-04" category="DEMO" sentence="true">
<EventCoding noevents="True" />
<Text>
Heavy rain fell across the region on Thursday.
</Text>
</Sentence>
</Sentences>
</Validation>
"""


def _write_gold(folder: Path, name: str, text: str, actors: list[dict[str, Any]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    gold = {"id": name, "published": "2015-03-18", "actors": actors, "events": []}
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.meta.json").write_text('{"url": null}', encoding="utf-8")
    return folder


def _write_petr(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / PETR_RECORDS).write_text(RECORDS_XML, encoding="utf-8")
    (folder / PETR_ACTORS).write_text(DICTIONARY, encoding="utf-8")
    return folder


def _actor(name: str, kind: str = "state", *mentions: str, **codes: str) -> Actor:
    return Actor(
        id=name,
        name=name,
        kind=kind,
        mentions=[Mention(0, len(text), text) for text in mentions],
        **codes,
    )


def _coded(*actors: Actor) -> CodedArticle:
    return CodedArticle(article=Article(id="x", text=""), actors=list(actors))


@pytest.mark.parametrize(
    ("entry", "identifiers"),
    [
        ({"name": "Kosovo", "kind": "state", "country": "XKX", "also": ["KSV"]}, {"XKX", "KSV"}),
        ({"name": "NATO", "kind": "igo", "org": "nato"}, {"NATO"}),
        ({"name": "Hamas", "kind": "group"}, {"HAMAS"}),
        ({"name": "Leni Kinzli", "kind": "person", "org": "UN", "sector": "GOV"}, {"UN"}),
    ],
)
def test_gold_actor_accepts_country_org_also_or_name(
    entry: dict[str, Any], identifiers: set[str]
) -> None:
    assert gold_actor(entry).identifiers == identifiers


@pytest.mark.parametrize(
    ("actor", "identifiers"),
    [
        (_actor("Crimea", "region", claimed_by="UKR"), {"CRIMEA", "UKR"}),
        (_actor("Sergei Lavrov", "person", country="RUS", code="RUSGOV"), {"RUS"}),
        (_actor("WFP", "igo", org="UN"), {"UN"}),
        (_actor("the protesters", "group"), set()),
    ],
)
def test_output_identifiers_at_country_and_org_level(actor: Actor, identifiers: set[str]) -> None:
    assert output_identifiers(actor) == identifiers


def test_score_gold_actors_one_found_one_wrong_gives_half() -> None:
    gold = [("a1", [gold_actor(SUMMONS_ACTORS[0]), gold_actor(SUMMONS_ACTORS[1])])]
    coded = [
        _coded(
            _actor("Russia", "state", "Russia", country="RUS"),
            _actor("France", "state", "France", country="FRA"),
            _actor("the envoy", "person", "the envoy"),  # uncoded: not in precision
        )
    ]
    report = score_gold_actors(gold, coded)
    assert report.figures["identifier_precision"] == 0.5
    assert report.figures["identifier_recall"] == 0.5
    assert report.figures["identifier_f1"] == 0.5
    assert report.figures["coded_actors"] == 2
    assert [row["name"] for row in report.tables["missed"]] == ["Germany"]
    assert report.tables["articles"] == [
        {"article": "a1", "gold_actors": 2, "found": 1, "coded": 2, "precision": 0.5}
    ]


def test_score_gold_actors_micro_sums_over_articles() -> None:
    gold = [
        ("a1", [gold_actor(SUMMONS_ACTORS[0])]),
        ("a2", [gold_actor(SUMMONS_ACTORS[1]), gold_actor({"name": "Hamas", "kind": "group"})]),
    ]
    coded = [
        _coded(_actor("Russia", country="RUS")),
        _coded(_actor("Hamas", "group", country="PSE"), _actor("Berlin", country="DEU")),
    ]
    report = score_gold_actors(gold, coded)
    assert report.figures["identifier_precision"] == 2 / 3  # Hamas coded PSE is wrong
    assert report.figures["identifier_recall"] == 2 / 3  # Hamas not found
    assert report.items == 3


@pytest.mark.parametrize(
    ("gold_name", "ours"),
    [
        ("United Nations", "the United Nations"),
        ("Russia", "Russia's"),
        ("Russia", "Russia’s"),
        ("NATO", "Nato"),
        ("The Kremlin", "Kremlin"),
    ],
)
def test_score_gold_actors_name_ignores_case_article_and_possessive(
    gold_name: str, ours: str
) -> None:
    gold = [("a1", [gold_actor({"name": gold_name, "kind": "state", "country": "RUS"})])]
    by_name = score_gold_actors(gold, [_coded(_actor(ours))])
    by_mention = score_gold_actors(gold, [_coded(_actor("someone", "state", ours))])
    assert by_name.figures["name_recall"] == 1.0
    assert by_mention.figures["name_recall"] == 1.0


def test_score_gold_actors_agreement_over_actors_found_by_name() -> None:
    gold = [("a1", [gold_actor(entry) for entry in SUMMONS_ACTORS])]
    coded = [
        _coded(
            _actor("Ryabkov", "person", "Sergei Ryabkov", country="RUS", sector="GOV", role=""),
            _actor("Moscow", "region", "Moscow", claimed_by="RUS"),
        )
    ]
    report = score_gold_actors(gold, coded)
    assert report.figures["name_recall"] == 2 / 3  # Germany is not named
    assert report.figures["code_agreement"] == 1.0  # Moscow's claimant RUS is accepted
    assert report.figures["kind_agreement"] == 0.5  # Moscow: region, not state
    assert report.figures["sector_agreement"] == 0.5  # Moscow has no sector
    assert report.figures["role_found"] == 0.0  # Ryabkov's role is empty


def test_score_gold_actors_missed_row_shows_what_we_made_of_the_name() -> None:
    gold = [("a1", [gold_actor({"name": "Kosovo", "kind": "state", "country": "XKX"})])]
    report = score_gold_actors(gold, [_coded(_actor("Kosovo", "region", claimed_by="SRB"))])
    assert report.figures["identifier_precision"] == 0.0
    assert report.tables["missed"] == [
        {
            "article": "a1",
            "name": "Kosovo",
            "expected": "XKX",
            "output": "Kosovo (region, KOSOVO/SRB)",
        }
    ]


def test_read_gold_actors_pairs_articles_with_actors(tmp_path: Path) -> None:
    folder = _write_gold(tmp_path / "gold", "summons", SUMMONS, SUMMONS_ACTORS)
    ((article, actors),) = read_gold_actors(folder)
    assert article.id == "summons"
    assert [actor.name for actor in actors] == ["Russia", "Germany", "Sergei Ryabkov"]
    assert actors[2].role == "Deputy Foreign Minister"


def test_score_petr_countries_compares_country_parts() -> None:
    def record(id_: str, source: str, target: str) -> GoldArticle:
        event = GoldEvent(["11"], [], [], source_codes=[source], target_codes=[target])
        return GoldArticle(id_, "text", None, [event])

    records = [
        record("r1", "ARNGOV", "---GOV"),
        record("r2", "", ""),  # names no country: not scored
        record("r3", "GON", "ARN"),
    ]
    coded: list[CodedArticle | InputError] = [
        _coded(
            _actor("a", code="ARNMIL"),
            _actor("b", code="GON"),
            _actor("c"),
            _actor("d", code="+++"),  # a placeholder, no country
        ),
        _coded(_actor("e", code="ARN")),
        InputError("[W101] skipped", source="gold text 3"),
    ]
    report = score_petr_countries(records, coded)
    assert report.figures["records"] == 2
    assert report.figures["country_precision"] == 0.5  # GON in r1 is not in its gold
    assert report.figures["country_recall"] == 1 / 3  # r3 refused: GON and ARN missed
    assert [row["id"] for row in report.tables["missed"]] == ["r3"]
    assert any("refused" in note for note in report.notes)


def test_actors_task_only_when_asked_for_gold_and_petr(tmp_path: Path) -> None:
    gold = _write_gold(tmp_path / "gold", "summons", SUMMONS, SUMMONS_ACTORS)
    petr = _write_petr(tmp_path / "petr-unittest")
    assert not matches(gold)
    assert not matches(petr)
    assert not matches(petr / PETR_RECORDS)


def test_evaluate_actors_on_project_gold(tmp_path: Path, coder: newsevents.Coder) -> None:
    folder = _write_gold(tmp_path / "gold", "summons", SUMMONS, SUMMONS_ACTORS)
    report = evaluate(folder, task="actors", coder=coder)
    assert (report.task, report.dataset, report.items) == ("actors", "gold", 3)
    assert report.figures["identifier_recall"] >= 2 / 3  # Russia and Germany at least
    assert report.figures["name_recall"] >= 2 / 3


def test_evaluate_actors_on_petr_unittest_uses_dictionary_and_date(
    tmp_path: Path, coder: newsevents.Coder
) -> None:
    folder = _write_petr(tmp_path / "petr-unittest")
    report = evaluate(folder, task="actors", coder=coder)
    assert report.dataset == "petr-unittest"
    assert report.figures["records"] == 3  # TEST-04 codes no event
    assert report.figures["country_recall"] == 1.0  # Halbarad is ARN in 1994, GON in 1999
    assert evaluate(folder / PETR_RECORDS, task="actors", coder=coder).figures["records"] == 3
