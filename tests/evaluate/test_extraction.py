"""Extraction scoring: the Scrapinghub shingle metric, trafilatura's snippet counts, and both
benchmarks run end to end on small folders written here."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsevents.evaluate.extraction import (
    evaluate_extraction,
    matches,
    page_precision,
    page_recall,
    shingle_matching,
    shingle_scores,
    snippet_counts,
    snippet_scores,
)

PARAGRAPHS = [
    "BEIRUT (Reuters) - Lebanon's parliament approved a new electoral law on Friday after "
    "months of deadlock between the main political blocs, clearing the way for a vote next year.",
    "Speaker Nabih Berri said the law would introduce proportional representation for the "
    "first time, a change long demanded by smaller parties and civil society groups.",
    "Prime Minister Saad al-Hariri welcomed the vote and told reporters that the government "
    "would set a date for the election within weeks.",
]

# The story sits in <article> between navigation and a footer; no <h1>, so the extracted
# body is exactly the paragraphs and the headline comes from <title>.
ENGLISH_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    "<title>Lebanon passes new electoral law</title></head><body>"
    '<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>'
    "<main><article>"
    + "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    + "</article></main><footer><p>Copyright 2017 The Example Herald.</p></footer></body></html>"
)

FRENCH_PAGE = (
    '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
    "<title>Le Liban adopte une nouvelle loi électorale</title></head><body><main><article>"
    "<p>Le Parlement libanais a adopté vendredi une nouvelle loi électorale après des mois de "
    "blocage entre les principaux blocs politiques, ouvrant la voie à un scrutin l'an prochain."
    "</p><p>Le président du Parlement a déclaré que la loi introduirait pour la première fois "
    "la représentation proportionnelle, un changement réclamé depuis longtemps.</p>"
    "</article></main></body></html>"
)

DOHA_URL = "https://courier.example/world/2023/11/14/doha-ceasefire-talks"
GALLERY_URL = "https://courier.example/in-pictures"


def write_scrapinghub(folder: Path, pages: dict[str, tuple[str, str]]) -> Path:
    """A scrapinghub-aeb folder: ground-truth.json and html/<id>.html.gz per page."""
    (folder / "html").mkdir(parents=True)
    truth = {}
    for page_id, (html, body) in pages.items():
        (folder / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(html.encode()))
        truth[page_id] = {"articleBody": body, "url": f"https://herald.example/{page_id}"}
    (folder / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def write_trafilatura(folder: Path, pages: dict[str, tuple[str, dict]]) -> Path:
    """A trafilatura-eval-en folder: evaldata_en.json and html/<file>.gz per page."""
    (folder / "html").mkdir(parents=True)
    gold = {}
    for url, (html, item) in pages.items():
        (folder / "html" / f"{item['file']}.gz").write_bytes(gzip.compress(html.encode()))
        gold[url] = item
    (folder / "evaldata_en.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("true", "pred", "expected"),
    [
        # shingles (a b c d) (b c d e) against (a b c d) (b c d x): one each way
        ("a b c d e", "a b c d x", (1 / 3, 1 / 3, 1 / 3)),
        ("a b c d e", "a b c d e", (1.0, 0.0, 0.0)),
        # a multiset: the gold holds (x x x x) twice, the prediction once
        ("x x x x x", "x x x x", (0.5, 0.0, 0.5)),
        # fewer than four tokens make one shingle
        ("Talks resumed", "Talks resumed", (1.0, 0.0, 0.0)),
        ("a b c d e", "", (0.0, 0.0, 1.0)),
        ("", "", (0.0, 0.0, 0.0)),
    ],
)
def test_extraction_shingle_matching_counts(
    true: str, pred: str, expected: tuple[float, float, float]
) -> None:
    assert shingle_matching(true, pred) == pytest.approx(expected)


def test_extraction_shingles_tokenise_word_runs() -> None:
    # \w+ tokens: punctuation and layout do not count, so these two are the same text
    assert shingle_matching("Berri said: 'the law, at last.'", "Berri said the\nlaw at last") == (
        1.0,
        0.0,
        0.0,
    )


@pytest.mark.parametrize(
    ("counts", "precision", "recall"),
    [
        ((1 / 3, 1 / 3, 1 / 3), 0.5, 0.5),
        ((0.5, 0.0, 0.5), 1.0, 0.5),
        ((0.0, 0.0, 0.0), 1.0, 1.0),  # nothing wrong, nothing missing
        ((0.0, 1.0, 0.0), 0.0, 0.0),
    ],
)
def test_extraction_page_precision_recall(
    counts: tuple[float, float, float], precision: float, recall: float
) -> None:
    assert page_precision(*counts) == pytest.approx(precision)
    assert page_recall(*counts) == pytest.approx(recall)


def test_extraction_shingle_scores_are_means_over_pages() -> None:
    pages = [
        ("a b c d e", "a b c d x"),  # P 0.5, R 0.5
        ("x x x x x", "x x x x"),  # P 1.0, R 0.5
        ("f g h i j", ""),  # nothing extracted: in recall (0.0) only
    ]
    scores = shingle_scores(pages)
    assert scores["precision"] == pytest.approx(0.75)
    assert scores["recall"] == pytest.approx(1 / 3)
    assert scores["f1"] == pytest.approx(2 * 0.75 * (1 / 3) / (0.75 + 1 / 3))
    assert scores["accuracy"] == 0.0


def test_extraction_snippet_counts_normalise_whitespace() -> None:
    item = {
        "with": ["welcomed the vote", "set a date  for the\nelection", "Beirut bureau"],
        "without": ["Copyright 2017", "World news"],
    }
    text = "Hariri welcomed the vote.\n\nHe will set a date for the election.\n\nWorld news"
    assert snippet_counts(text, item) == (2, 1, 1, 1)


def test_extraction_snippet_scores_as_trafilatura() -> None:
    scores = snippet_scores(tp=6, fp=2, fn=3, tn=9)
    assert scores["precision"] == pytest.approx(6 / 8)
    assert scores["recall"] == pytest.approx(6 / 9)
    assert scores["f1"] == pytest.approx(12 / 17)
    assert scores["accuracy"] == pytest.approx(15 / 20)


def test_extraction_scrapinghub_scores_our_body(tmp_path: Path) -> None:
    folder = write_scrapinghub(
        tmp_path / "aeb", {"lebanon": (ENGLISH_PAGE, "\n\n".join(PARAGRAPHS))}
    )
    report = evaluate_extraction(folder)
    assert report.dataset == "scrapinghub-aeb"
    assert report.figures["precision"] == 1.0
    assert report.figures["recall"] == 1.0
    assert report.figures["accuracy"] == 1.0
    assert report.figures["failed_pages"] == 0


def test_extraction_scrapinghub_counts_skipped_page_as_empty(tmp_path: Path) -> None:
    pages = {
        "lebanon": (ENGLISH_PAGE, "\n\n".join(PARAGRAPHS)),
        "liban": (FRENCH_PAGE, "Le Parlement libanais a adopté vendredi une nouvelle loi."),
    }
    report = evaluate_extraction(write_scrapinghub(tmp_path / "aeb", pages))
    assert report.figures["pages"] == 2
    assert report.figures["failed_pages"] == 1
    assert report.figures["skipped_pages"] == 1
    assert report.figures["precision"] == 1.0  # the empty page is out of precision
    assert report.figures["recall"] == 0.5
    assert report.figures["f1_without_skipped"] == 1.0


def test_extraction_scrapinghub_limit(tmp_path: Path) -> None:
    pages = {
        "lebanon": (ENGLISH_PAGE, "\n\n".join(PARAGRAPHS)),
        "liban": (FRENCH_PAGE, "Le Parlement libanais a adopté vendredi une nouvelle loi."),
    }
    report = evaluate_extraction(write_scrapinghub(tmp_path / "aeb", pages), limit=1)
    assert report.items == 1


def test_extraction_trafilatura_snippets_and_metadata(
    tmp_path: Path, news_page: str, gallery_page: str
) -> None:
    doha = {
        "file": "courier.doha.html",
        "with": [
            "Qatari and Egyptian mediators opened a new round of ceasefire talks",
            "Majed al-Ansari told reporters that both delegations had accepted the outline",
        ],
        "without": ["We use cookies", "Markets and money"],
        "title": "Ceasefire talks open in Doha as mediators press both sides",
        "date": "2023-11-14",
    }
    gallery = {"file": "courier.gallery.html", "with": ["In pictures"], "without": ["gallery"]}
    pages = {DOHA_URL: (news_page, doha), GALLERY_URL: (gallery_page, gallery)}
    report = evaluate_extraction(write_trafilatura(tmp_path / "traf", pages))
    assert report.dataset == "trafilatura-eval-en"
    # Doha: tp 2, tn 2; gallery (no text found): fn 1, tn 1
    assert report.figures["precision"] == 1.0
    assert report.figures["recall"] == pytest.approx(2 / 3)
    assert report.figures["accuracy"] == pytest.approx(5 / 6)
    assert report.figures["failed_pages"] == 1
    assert report.figures["skipped_pages"] == 0
    assert report.figures["title_accuracy"] == 1.0
    assert report.figures["date_accuracy"] == 1.0
    assert report.figures["titles"] == report.figures["dates"] == 1


def test_extraction_matches_benchmark_folders(tmp_path: Path) -> None:
    aeb = write_scrapinghub(tmp_path / "aeb", {"lebanon": (ENGLISH_PAGE, PARAGRAPHS[0])})
    traf = write_trafilatura(
        tmp_path / "traf", {DOHA_URL: (ENGLISH_PAGE, {"file": "a.html", "with": [], "without": []})}
    )
    assert matches(aeb)
    assert matches(traf)
    assert not matches(tmp_path)


def test_extraction_refuses_other_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not an extraction benchmark"):
        evaluate_extraction(tmp_path)
