"""Toponym recall, precision and accuracy@161km on GeoWebNews-, LGL- and GeoVirus-style XML."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest

import newsevents
from newsevents.errors import InputError
from newsevents.evaluate.toponyms import (
    GeoArticle,
    GoldToponym,
    distance_km,
    evaluate_toponyms,
    is_within,
    matches,
    read_corpus,
    score_toponyms,
)
from newsevents.records import Article, CodedArticle, Offsets, Place

FLOOD = (
    "Heavy rain flooded streets in Lagos on Monday, and Nigerian officials said the water "
    "reached homes across Lagos State. Residents of the church district were moved to Ikeja."
)
FIRE = "A fire at a warehouse on Orchard Street in Alexandria was put out on Sunday."
OUTBREAK = "Health officials in Kinshasa confirmed a new cholera outbreak in Mbandaka."

# points of Lagos, Ikeja, Kinshasa and Mbandaka; Kinshasa is some 590 km from Mbandaka
LAGOS = (6.45, 3.39)
IKEJA = (6.60, 3.35)
KINSHASA = (-4.32, 15.31)
MBANDAKA = (0.05, 18.26)


def _span(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def _gwn_toponym(text: str, words: str, kind: str, point: tuple[float, float] | None) -> str:
    start, end = _span(text, words)
    lat, lon = point if point else ("", "")
    return (
        f"<toponym><extractedName>{words}</extractedName><type>{kind}</type>"
        f"<start>{start}</start><end>{end}</end>"
        f"<latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>"
    )


GWN = (
    "<articles><article file='0'><title>Lagos floods</title>"
    f"<text>{escape(FLOOD)}</text><toponyms>"
    + _gwn_toponym(FLOOD, "Lagos", "Literal", LAGOS)
    + _gwn_toponym(FLOOD, "Lagos", "Non_Toponym", None)  # the same span marked twice
    + _gwn_toponym(FLOOD, "Nigerian", "Demonym", None)
    + _gwn_toponym(FLOOD, "Lagos State", "Literal", LAGOS)
    + _gwn_toponym(FLOOD, "church", "Literal_Expression", None)
    + _gwn_toponym(FLOOD, "Ikeja", "Literal", IKEJA)
    + "</toponyms></article></articles>"
)
LGL = (
    "<articles><article docid='41'><title>Warehouse fire</title>"
    f"<text><![CDATA[{FIRE}]]></text><toponyms>"
    f"<toponym><start>{_span(FIRE, 'Orchard Street')[0]}</start>"
    f"<end>{_span(FIRE, 'Orchard Street')[1]}</end><phrase>Orchard Street</phrase></toponym>"
    f"<toponym><start>{_span(FIRE, 'Alexandria')[0]}</start>"
    f"<end>{_span(FIRE, 'Alexandria')[1]}</end><phrase>Alexandria</phrase>"
    "<gaztag geonameid='4314550'><lat>31.31</lat><lon>-92.45</lon></gaztag></toponym>"
    "</toponyms></article></articles>"
)
# GeoVirus counts offsets from 1; "Atlantis" is not in the text at all
GEOVIRUS = (
    "<articles><article><source>https://en.wikinews.org/wiki/Cholera</source>"
    f"<text>{OUTBREAK}</text><locations>"
    f"<location><name>Kinshasa</name><start>{_span(OUTBREAK, 'Kinshasa')[0] + 1}</start>"
    f"<end>{_span(OUTBREAK, 'Kinshasa')[1] + 1}</end><lat>{KINSHASA[0]}</lat>"
    f"<lon>{KINSHASA[1]}</lon></location>"
    f"<location><name>Mbandaka</name><start>{_span(OUTBREAK, 'Mbandaka')[0] + 1}</start>"
    f"<end>{_span(OUTBREAK, 'Mbandaka')[1] + 1}</end><lat>{MBANDAKA[0]}</lat>"
    f"<lon>{MBANDAKA[1]}</lon></location>"
    "<location><name>Atlantis</name><start>3</start><end>11</end></location>"
    "</locations></article></articles>"
)


def _write_corpora(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in (("GWN.xml", GWN), ("lgl.xml", LGL), ("GeoVirus.xml", GEOVIRUS)):
        (folder / name).write_text(content, encoding="utf-8")
    return folder


def _place(text: str, words: str, point: tuple[float, float] | None = None, nth: int = 0) -> Place:
    start, end = _span(text, words, nth)
    lat, lon = point if point else (None, None)
    return Place(name=words, lat=lat, lon=lon, mentions=[Offsets(start, end)])


def _coded(text: str, places: list[Place]) -> CodedArticle:
    return CodedArticle(article=Article(id="x", text=text), places=places)


def test_matches_recognises_folder_and_corpus_files(tmp_path: Path) -> None:
    folder = _write_corpora(tmp_path / "geoparsing-gritta")
    assert matches(folder)
    assert matches(folder / "lgl.xml")
    assert not matches(tmp_path)
    assert not matches(_write_corpora(tmp_path / "other") / "missing.xml")


def test_read_corpus_gwn_keeps_toponym_types_once(tmp_path: Path) -> None:
    article = read_corpus(_write_corpora(tmp_path) / "GWN.xml")[0]
    assert article.id == "gwn-0"
    assert [toponym.text for toponym in article.toponyms] == ["Lagos", "Lagos State", "Ikeja"]
    assert (article.toponyms[0].lat, article.toponyms[0].lon) == LAGOS


def test_read_corpus_lgl_reads_gaztag_point(tmp_path: Path) -> None:
    toponyms = read_corpus(_write_corpora(tmp_path) / "lgl.xml")[0].toponyms
    assert [(toponym.text, toponym.lat) for toponym in toponyms] == [
        ("Orchard Street", None),
        ("Alexandria", 31.31),
    ]


def test_read_corpus_geovirus_moves_offsets_onto_their_text(tmp_path: Path) -> None:
    article = read_corpus(_write_corpora(tmp_path) / "GeoVirus.xml")[0]
    spans = [OUTBREAK[toponym.start : toponym.end] for toponym in article.toponyms]
    assert spans == ["Kinshasa", "Mbandaka"]
    assert article.unplaced == 1  # Atlantis


def test_read_corpus_rejects_broken_xml(tmp_path: Path) -> None:
    file = tmp_path / "lgl.xml"
    file.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError, match="not a gold set"):
        read_corpus(file)


def test_score_toponyms_recall_and_precision(tmp_path: Path) -> None:
    articles = read_corpus(_write_corpora(tmp_path) / "GWN.xml")
    places = [_place(FLOOD, "Lagos"), _place(FLOOD, "Nigerian"), _place(FLOOD, "Monday")]
    report = score_toponyms(articles, [_coded(FLOOD, places)])
    # our "Lagos" is the first one, not the "Lagos" of "Lagos State"; "Nigerian" (a
    # demonym) and "Monday" are no gold toponyms
    assert report.figures["toponym_recall"] == 1 / 3
    assert report.figures["toponym_precision"] == 1 / 3
    assert report.figures["gwn_toponym_recall"] == 1 / 3
    assert report.tables["missed"] == [
        {"id": "gwn-0", "toponym": "Lagos State"},
        {"id": "gwn-0", "toponym": "Ikeja"},
    ]


def test_score_toponyms_moves_gold_offsets_when_ingest_strips_whitespace() -> None:
    gold = GeoArticle(
        id="a",
        corpus="lgl",
        text="  " + FIRE.replace(" on ", "  on "),
        toponyms=[],
    )
    start = gold.text.index("Alexandria")
    gold.toponyms.append(GoldToponym(start, start + len("Alexandria"), "Alexandria"))
    report = score_toponyms([gold], [_coded(FIRE, [_place(FIRE, "Alexandria")])])
    assert report.figures["toponym_recall"] == 1.0


def test_score_toponyms_geocoding_accuracy_161km(tmp_path: Path) -> None:
    articles = read_corpus(_write_corpora(tmp_path) / "GeoVirus.xml")
    places = [_place(OUTBREAK, "Kinshasa", KINSHASA), _place(OUTBREAK, "Mbandaka", KINSHASA)]
    report = score_toponyms(articles, [_coded(OUTBREAK, places)])
    assert report.figures["toponym_recall"] == 1.0
    assert report.figures["accuracy_161km"] == 0.5  # Mbandaka is put at Kinshasa


def test_score_toponyms_place_without_coordinates_is_wrong(tmp_path: Path) -> None:
    articles = read_corpus(_write_corpora(tmp_path) / "GeoVirus.xml")
    report = score_toponyms(articles, [_coded(OUTBREAK, [_place(OUTBREAK, "Kinshasa")])])
    assert report.figures["accuracy_161km"] == 0.0
    assert any("geocoding has not landed" in note for note in report.notes)


def test_score_toponyms_refused_article_finds_nothing(tmp_path: Path) -> None:
    articles = read_corpus(_write_corpora(tmp_path) / "lgl.xml")
    refused = InputError("[E105] refused", source="gold text 1")
    report = score_toponyms(articles, [refused])
    assert report.figures["toponym_recall"] == 0.0
    assert report.items == 2
    assert any("refused by ingest" in note for note in report.notes)


@pytest.mark.parametrize(
    ("point", "other", "km"),
    [
        ((51.507, -0.128), (48.857, 2.352), 344.0),  # London - Paris
        (LAGOS, LAGOS, 0.0),
        ((40.713, -74.006), (34.052, -118.244), 3936.0),  # New York - Los Angeles
    ],
)
def test_distance_km(point: tuple[float, float], other: tuple[float, float], km: float) -> None:
    assert distance_km(*point, *other) == pytest.approx(km, abs=5.0)


@pytest.mark.parametrize(
    ("point", "expected"),
    [(LAGOS, True), (IKEJA, True), (KINSHASA, False), (None, False)],
)
def test_is_within(point: tuple[float, float] | None, expected: bool) -> None:
    gold = GoldToponym(0, 5, "Lagos", *LAGOS)
    place = Place(name="Lagos", lat=point[0] if point else None, lon=point[1] if point else None)
    assert is_within(gold, [place]) is expected


def test_evaluate_toponyms_end_to_end(tmp_path: Path, coder: newsevents.Coder) -> None:
    report = evaluate_toponyms(_write_corpora(tmp_path / "geoparsing-gritta"), coder=coder)
    assert report.task == "toponyms"
    assert report.dataset == "geoparsing-gritta"
    assert report.figures["articles"] == 3
    assert report.figures["gold_toponyms"] == 7
    assert [row["corpus"] for row in report.tables["corpora"]] == ["gwn", "lgl", "geovirus"]
    assert 0.0 <= report.figures["toponym_recall"] <= 1.0
