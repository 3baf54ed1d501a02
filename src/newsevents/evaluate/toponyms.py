"""Score the places we find against the toponyms of Gritta et al.'s geoparsing corpora.

The corpora (``../shared/data/geoparsing-gritta/SOURCE.md``) give each article's text and
its toponyms as character spans with coordinates:

- GWN.xml (GeoWebNews): ``<toponym>`` with ``extractedName``, ``type``, ``latitude``,
  ``longitude``. It also marks location expressions ("the church") and non-toponyms
  (demonyms, languages, homonyms); only the toponym types (``GWN_TOPONYM_TYPES``) are gold;
- lgl.xml and TR-News.xml: ``<toponym>`` with ``phrase`` and ``gaztag/lat``, ``gaztag/lon``;
- GeoVirus.xml: ``<location>`` with ``name``, ``lat``, ``lon``.

What is measured, per corpus and overall:

- toponym recall: the share of gold toponym spans that one of our place mentions overlaps;
- toponym precision: the share of our place mentions that overlap a gold toponym;
- accuracy@161km: over the gold toponyms we found that have coordinates, the share where a
  place whose mention overlaps the toponym lies within 161 km (100 miles) of the gold
  point; a place without coordinates is wrong.

Gold offsets are checked against the toponym's text: GeoVirus counts from 1, and some
TR-News articles drift by a few characters, so a toponym not at its offsets is taken at the
nearest occurrence of its text within ``SHIFT_WINDOW`` characters, or left out.

Example:
    >>> report = evaluate_toponyms(Path("../shared/data/geoparsing-gritta"))  # doctest: +SKIP
    >>> report.figures["toponym_recall"]  # doctest: +SKIP
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..coder import Coder
from ..errors import Errors, InputError
from ..records import CodedArticle, Place
from .coding import OffsetMap, code_texts, overlaps
from .report import TaskReport, share

# file name -> the short corpus name figures and tables use, in report order
CORPORA = {"GWN.xml": "gwn", "lgl.xml": "lgl", "TR-News.xml": "trnews", "GeoVirus.xml": "geovirus"}
# The literal and associative toponym types of GeoWebNews (Gritta et al. 2019, "A Pragmatic
# Guide to Geoparsing Evaluation"); the 2,601 with coordinates all have one of these.
GWN_TOPONYM_TYPES = frozenset(
    {
        "Literal",
        "Literal_Modifier",
        "Mixed",
        "Coercion",
        "Embedded_Literal",
        "Non_Literal_Modifier",
        "Metonymic",
        "Embedded_Non_Lit",
    }
)
# the customary geocoding threshold: 100 miles
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0
# how far (characters) a toponym's text may lie from its gold offsets
SHIFT_WINDOW = 25
# missed toponyms listed per corpus, enough to see what kind of place we miss
MISSED_ROWS = 15


@dataclass
class GoldToponym:
    """One gold toponym: its span in the article text and its point, where given."""

    start: int
    end: int
    text: str
    lat: float | None = None
    lon: float | None = None


@dataclass
class GeoArticle:
    """One article of a corpus; ``unplaced`` counts toponyms whose text was not found."""

    id: str
    corpus: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)
    unplaced: int = 0


@dataclass
class _Tally:
    """Counts for one corpus."""

    articles: int = 0
    gold: int = 0
    found: int = 0
    mentions: int = 0
    mentions_on_gold: int = 0
    located: int = 0
    within: int = 0
    refused: int = 0
    unaligned: int = 0
    unplaced: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        recall = share(self.found, self.gold)
        precision = share(self.mentions_on_gold, self.mentions)
        return {
            "toponym_recall": recall,
            "toponym_precision": precision,
            "toponym_f1": 2 * precision * recall / (precision + recall) if recall else 0.0,
            "accuracy_161km": share(self.within, self.located),
            "articles": float(self.articles),
            "gold_toponyms": float(self.gold),
            "place_mentions": float(self.mentions),
        }

    def add(self, other: _Tally) -> None:
        """Add the counts of ``other`` to these."""
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, int):
                setattr(self, item.name, value + getattr(other, item.name))


def matches(path: Path) -> bool:
    """Whether ``path`` is the geoparsing-gritta folder or one of its corpus files."""
    if path.is_dir():
        return any((path / name).is_file() for name in CORPORA)
    return path.is_file() and path.name in CORPORA


def evaluate_toponyms(
    path: Path, *, coder: Coder | None = None, limit: int | None = None
) -> TaskReport:
    """Toponym recall, precision and accuracy@161km on the corpora at ``path`` (all four
    in the folder, or one file); ``limit`` scores the first N articles of each corpus.

    Raises:
        InputError: ``path`` holds no corpus, or a corpus file is not well-formed XML.

    Example:
        >>> evaluate_toponyms(Path("../shared/data/geoparsing-gritta/lgl.xml"), limit=5).items
        ... # doctest: +SKIP
    """
    files = [path / name for name in CORPORA if (path / name).is_file()] if path.is_dir() else []
    if path.is_file() and path.name in CORPORA:
        files = [path]
    if not files:
        reason = f"no geoparsing corpus ({', '.join(CORPORA)}) found"
        raise InputError(Errors.E114.format(source=path, reason=reason), source=str(path))
    articles = [article for file in files for article in read_corpus(file, limit=limit)]
    coded = code_texts(coder or Coder(), [article.text for article in articles])
    report = score_toponyms(articles, coded)
    report.dataset = "geoparsing-gritta" + ("" if path.is_dir() else f"/{path.name}")
    return report


def read_corpus(file: Path, *, limit: int | None = None) -> list[GeoArticle]:
    """The first ``limit`` articles of a corpus file, with their gold toponyms.

    Raises:
        InputError: the file is not well-formed XML.
    """
    try:
        root = ET.parse(file).getroot()
    except (OSError, ET.ParseError) as err:
        raise InputError(Errors.E114.format(source=file, reason=err), source=str(file)) from err
    corpus = CORPORA.get(file.name, file.stem)
    articles = []
    for number, element in enumerate(root.iter("article"), start=1):
        if limit is not None and number > limit:
            break
        text = element.findtext("text") or ""
        name = element.get("docid") or element.get("file") or str(number)
        article = GeoArticle(id=f"{corpus}-{name}", corpus=corpus, text=text)
        for gold in element.iterfind("toponyms/toponym"):
            if corpus != "gwn" or gold.findtext("type") in GWN_TOPONYM_TYPES:
                _add_toponym(article, gold, "extractedName", "phrase")
        for gold in element.iterfind("locations/location"):
            _add_toponym(article, gold, "name")
        articles.append(article)
    return articles


def score_toponyms(
    articles: Sequence[GeoArticle], coded: Sequence[CodedArticle | InputError]
) -> TaskReport:
    """Toponym recall, precision and accuracy@161km per corpus and overall; ``coded[i]``
    is ``articles[i]`` coded, or the InputError ingest raised for it (it finds nothing)."""
    tallies: dict[str, _Tally] = {}
    for article, result in zip(articles, coded, strict=True):
        tally = tallies.setdefault(article.corpus, _Tally())
        _score_article(article, result, tally)
    overall = _Tally()
    for tally in tallies.values():
        overall.add(tally)
    figures = overall.figures()
    for corpus, tally in tallies.items():
        figures |= {
            f"{corpus}_{name}": value
            for name, value in tally.figures().items()
            if name in ("toponym_recall", "toponym_precision", "toponym_f1", "accuracy_161km")
        }
    rows = [{"corpus": corpus} | tally.figures() for corpus, tally in tallies.items()]
    return TaskReport(
        task="toponyms",
        dataset="geoparsing-gritta",
        items=overall.gold,
        figures=figures,
        tables={
            "corpora": rows,
            "missed": [row for tally in tallies.values() for row in tally.missed],
        },
        notes=_notes(overall),
    )


def distance_km(lat: float, lon: float, other_lat: float, other_lon: float) -> float:
    """The great-circle distance between two points, in kilometres (haversine)."""
    phi, other_phi = math.radians(lat), math.radians(other_lat)
    half_dphi = (other_phi - phi) / 2
    half_dlambda = math.radians(other_lon - lon) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi) * math.cos(other_phi) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def is_within(toponym: GoldToponym, places: Sequence[Place]) -> bool:
    """Whether one of ``places`` has coordinates within ``ACCURACY_KM`` of the gold point."""
    if toponym.lat is None or toponym.lon is None:
        return False
    return any(
        distance_km(toponym.lat, toponym.lon, place.lat, place.lon) <= ACCURACY_KM
        for place in places
        if place.lat is not None and place.lon is not None
    )


def _score_article(article: GeoArticle, result: CodedArticle | InputError, tally: _Tally) -> None:
    tally.articles += 1
    tally.unplaced += article.unplaced
    tally.gold += len(article.toponyms)
    if isinstance(result, InputError):
        tally.refused += 1
        mentions: list[tuple[tuple[int, int], Place]] = []
    else:
        mentions = [
            ((mention.start, mention.end), place)
            for place in result.places
            for mention in place.mentions
        ]
    moved = _moved_spans(article, result)
    if moved is None and not isinstance(result, InputError):
        tally.unaligned += 1
    spans: list[tuple[int, int] | None] = (
        list(moved) if moved is not None else [None] * len(article.toponyms)
    )
    tally.mentions += len(mentions)
    tally.mentions_on_gold += sum(
        any(gold and overlaps(ours, gold) for gold in spans) for ours, _ in mentions
    )
    for toponym, gold in zip(article.toponyms, spans, strict=True):
        places = [place for ours, place in mentions if gold and overlaps(ours, gold)]
        if places:
            tally.found += 1
            if toponym.lat is not None and toponym.lon is not None:
                tally.located += 1
                tally.within += is_within(toponym, places)
        elif len(tally.missed) < MISSED_ROWS:
            tally.missed.append({"id": article.id, "toponym": toponym.text})


def _moved_spans(
    article: GeoArticle, result: CodedArticle | InputError
) -> list[tuple[int, int]] | None:
    """The gold toponym spans on the coded article text; None when there is none, or
    ingest changed more than whitespace (the offsets cannot be moved)."""
    if isinstance(result, InputError):
        return None
    try:
        gold_map = OffsetMap(article.text, result.article.text)
    except ValueError:
        return None
    return [gold_map.span(toponym.start, toponym.end) for toponym in article.toponyms]


def _add_toponym(article: GeoArticle, element: ET.Element, *name_tags: str) -> None:
    """Add the toponym of ``element`` to ``article``, at the offsets where its text is."""
    name = next((element.findtext(tag) or "" for tag in name_tags if element.findtext(tag)), "")
    name = name.strip()
    span = _place_span(article.text, int(element.findtext("start") or 0), name)
    if span is None:
        article.unplaced += 1
        return
    lat = element.findtext("latitude") or element.findtext("gaztag/lat") or element.findtext("lat")
    lon = element.findtext("longitude") or element.findtext("gaztag/lon") or element.findtext("lon")
    toponym = GoldToponym(span[0], span[1], name, _number(lat), _number(lon))
    if all((t.start, t.end) != span for t in article.toponyms):  # GWN marks a span twice
        article.toponyms.append(toponym)


def _place_span(text: str, start: int, name: str) -> tuple[int, int] | None:
    """Where ``name`` is in ``text``: at ``start``, else its nearest occurrence within
    ``SHIFT_WINDOW`` characters of it; None when it is neither."""
    if not name:
        return None
    low = max(0, start - SHIFT_WINDOW)
    found = []
    at = text.find(name, low)
    while at != -1 and at <= start + SHIFT_WINDOW:
        found.append(at)
        at = text.find(name, at + 1)
    if not found:
        return None
    nearest = min(found, key=lambda offset: abs(offset - start))
    return nearest, nearest + len(name)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _notes(overall: _Tally) -> list[str]:
    notes = [
        "toponym recall: a gold toponym counts as found when one of our place mentions "
        "overlaps it; precision: our place mentions that overlap a gold toponym. A place "
        "a corpus does not annotate counts against precision, so where a corpus marks only "
        "some toponyms precision is a lower bound.",
        "GeoWebNews: only its toponym types are gold (literal and associative: "
        + ", ".join(sorted(GWN_TOPONYM_TYPES))
        + "); location expressions, demonyms, languages, homonyms and non-toponyms are not.",
        f"accuracy_161km: over the found gold toponyms with coordinates ({overall.located}), "
        "a place of ours on the toponym within 161 km of the gold point; a place without "
        "coordinates counts as wrong.",
    ]
    if overall.within == 0:
        notes.append(
            "geocoding has not landed yet: our places carry no coordinates, so accuracy_161km is 0."
        )
    if overall.unplaced:
        notes.append(
            f"{overall.unplaced} gold toponyms whose text is not within {SHIFT_WINDOW} "
            "characters of their offsets are left out."
        )
    if overall.refused:
        notes.append(f"{overall.refused} articles were refused by ingest; they find nothing.")
    if overall.unaligned:
        notes.append(
            f"{overall.unaligned} articles changed beyond whitespace in ingest, so their "
            "gold offsets could not be moved; their toponyms count as missed."
        )
    return notes
