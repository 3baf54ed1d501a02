"""Read event gold sets into one shape: the project's gold format, PETRARCH XML, JSON Lines.

- the project's format (../shared/GOLD_FORMAT.md): a folder of NAME.gold.json + NAME.txt;
- PETRARCH validation XML (<Sentence date id/>, <EventCoding .../>, <Text>), which is not
  well-formed, so it is read with regular expressions as its FORMATS note advises;
- the flattened JSON Lines sets: petr2_gsr.jsonl (events with CAMEO actor codes) and
  plover_gsr.jsonl (PLOVER type, root candidates, ISO3 + sector actors, reciprocal flag).

Example:
    >>> articles = read_gold(Path("tests/gold"))
    >>> articles[0].events[0].roots
    ['07']
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Errors, InputError

GOLD_SUFFIX = ".gold.json"
# CAMEO actor-code prefixes that name no country: IGOs, multinationals, unknown.
NON_COUNTRY_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "---", "UIS")


@dataclass
class GoldEvent:
    """One gold event; ``source``/``target`` list acceptable identifiers (ISO3, IGO short
    name, or an upper-case name); ``source_codes``/``target_codes`` full CAMEO actor codes
    where the gold has them (RUSGOV), for scoring at full-code level."""

    roots: list[str]
    source: list[str]
    target: list[str]
    cameo: str | None = None
    status: str = "required"
    evidence: str | None = None
    date: str | None = None
    location: str | None = None
    reciprocal: bool = False
    source_codes: list[str] = field(default_factory=list)
    target_codes: list[str] = field(default_factory=list)


@dataclass
class GoldQuote:
    speaker: str
    speaker_codes: list[str]
    text: str
    status: str = "required"
    kind: str = "direct"  # direct, indirect, partial (scare quotes) or title (not speech)


@dataclass
class GoldArticle:
    id: str
    text: str
    published: str | None
    events: list[GoldEvent] = field(default_factory=list)
    quotes: list[GoldQuote] = field(default_factory=list)
    path: str | None = None

    def record(self) -> dict[str, Any]:
        """The input record to code this gold text with."""
        return {"id": self.id, "text": self.text, "published": self.published}


def read_gold(path: Path) -> list[GoldArticle]:
    """Every gold article under ``path`` (a folder or a file), whatever its format.

    Raises:
        InputError: the path holds no gold this reader knows.
    """
    if path.is_dir():
        if any(path.glob(f"*{GOLD_SUFFIX}")):
            return [_read_project_gold(file) for file in sorted(path.glob(f"*{GOLD_SUFFIX}"))]
        for name in ("plover_gsr.jsonl", "petr2_gsr.jsonl"):
            if (path / name).is_file():
                return read_gold(path / name)
    elif path.name.endswith(GOLD_SUFFIX):
        return [_read_project_gold(path)]
    elif path.suffix == ".xml":
        return _read_petrarch_xml(path)
    elif path.suffix == ".jsonl":
        return _read_jsonl(path)
    reason = "no NAME.gold.json, PETRARCH .xml or event .jsonl gold found"
    raise InputError(Errors.E114.format(source=path, reason=reason), source=str(path))


def _read_project_gold(file: Path) -> GoldArticle:
    name = file.name[: -len(GOLD_SUFFIX)]
    gold = json.loads(file.read_text("utf-8"))
    text = (file.parent / f"{name}.txt").read_text("utf-8")
    events = [
        GoldEvent(
            roots=_as_list(event.get("root") or str(event["cameo"])[:2]),
            source=[code.upper() for code in event.get("source", [])],
            target=[code.upper() for code in event.get("target", [])],
            cameo=event.get("cameo"),
            status=event.get("status", "required"),
            evidence=event.get("evidence"),
            date=event.get("date"),
            location=event.get("location"),
        )
        for event in gold.get("events", [])
    ]
    quotes = [
        GoldQuote(
            speaker=quote["speaker"],
            speaker_codes=[code.upper() for code in quote.get("speaker_codes", [])],
            text=quote["text"],
            status=quote.get("status", "required"),
            kind=quote.get("kind", "direct"),
        )
        for quote in gold.get("quotes", [])
    ]
    return GoldArticle(
        gold.get("id", name), text, gold.get("published"), events, quotes, path=str(file)
    )


_SENTENCE = re.compile(r"<Sentence\b([^>]*)/?>(.*?)</Sentence>", re.DOTALL)
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)


def _read_petrarch_xml(path: Path) -> list[GoldArticle]:
    articles: list[GoldArticle] = []
    for match in _SENTENCE.finditer(path.read_text("utf-8")):
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        body = match.group(2)
        text_match = _TEXT.search(body)
        if text_match is None or attributes.get("evaluate", "true") == "false":
            continue
        events = []
        for coding in _CODING.finditer(body):
            fields = dict(_ATTRIBUTE.findall(coding.group(1)))
            if "eventcode" in fields:
                events.append(
                    _coded_event(
                        fields["eventcode"],
                        fields.get("sourcecode", ""),
                        fields.get("targetcode", ""),
                    )
                )
        articles.append(
            GoldArticle(
                attributes.get("id", f"s{len(articles) + 1}"),
                " ".join(text_match.group(1).split()),
                _iso_date(attributes.get("date")),
                events,
                path=str(path),
            )
        )
    return articles


def _read_jsonl(path: Path) -> list[GoldArticle]:
    articles = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "cameo_root_candidates" in record:
            events = [_plover_event(record)]
            published = None  # the PLOVER GSR dates are placeholders
        else:
            events = [
                _coded_event(event["cameo"], event.get("source", ""), event.get("target", ""))
                for event in record.get("events", [])
            ]
            published = _iso_date(record.get("date"))
        articles.append(
            GoldArticle(record["id"], record["text"], published, events, path=str(path))
        )
    return articles


def _coded_event(cameo: str, source: str, target: str) -> GoldEvent:
    """A PETRARCH-style coding: CAMEO event code and CAMEO actor codes (USAGOV, IGOUNO)."""
    return GoldEvent(
        roots=[cameo[:2]],
        cameo=cameo,
        source=_country_of(source),
        target=_country_of(target),
        source_codes=[source] if source else [],
        target_codes=[target] if target else [],
    )


def _plover_event(record: dict[str, Any]) -> GoldEvent:
    def actors(key: str) -> list[dict[str, Any]]:
        value = record.get(key)
        return (
            [actor for actor in value if isinstance(actor, dict)] if isinstance(value, list) else []
        )

    sources, targets = actors("source"), actors("target")
    reciprocal = bool(record.get("reciprocal"))
    if reciprocal:  # SRC/TAR: every listed actor is both source and target
        sources = targets = sources + targets
    return GoldEvent(
        roots=list(record["cameo_root_candidates"]),
        source=_plover_identifiers(sources),
        target=_plover_identifiers(targets),
        reciprocal=reciprocal,
        source_codes=sorted(
            {_plover_code(actor) + (actor.get("sector") or "") for actor in sources}
        ),
        target_codes=sorted(
            {_plover_code(actor) + (actor.get("sector") or "") for actor in targets}
        ),
    )


def _plover_identifiers(actors: list[dict[str, Any]]) -> list[str]:
    """The codes the GSR gives its actors; its generic "IGO" also stands for Amnesty and
    the Red Cross (FORMATS.md: "treat it as any IGO"), which CAMEO codes NGO."""
    codes = {_plover_code(actor) for actor in actors}
    return sorted(codes | ({"NGO"} if "IGO" in codes else set()))


def _plover_code(actor: dict[str, Any]) -> str:
    code = str(actor.get("code") or "").upper()
    return "JPN" if code == "JAP" else code  # the GSR spells Japan JAP


def _country_of(code: str) -> list[str]:
    """The country-level identifiers of a CAMEO actor code: "RUSGOV" -> ["RUS"]; an
    organisation's code and the organisation's own: "IGOUNOMIL" -> ["IGOUNOMIL", "IGOUNO"]."""
    if not code or code.startswith("---"):
        return []
    if code.startswith(NON_COUNTRY_PREFIXES):
        return organisation_codes(code)
    return [code[:3]]


def organisation_codes(code: str) -> list[str]:
    """A non-state CAMEO code and its organisation's own: "IGOUNOMIL" -> ["IGOUNOMIL",
    "IGOUNO"], so UN peacekeepers match the UN, and the EU (IGOEUREEC) is not just "IGO"."""
    return list(dict.fromkeys([code, code[:6]]))


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _iso_date(value: str | None) -> str | None:
    """PETRARCH's 20080806 -> 2008-08-06."""
    if not value or not re.fullmatch(r"\d{8}", value):
        return None
    return f"{value[:4]}-{value[4:6]}-{value[6:]}"


def read_jsonl(file: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a gold JSON Lines file.

    Raises:
        InputError: the file is missing or a line is not a JSON object.
    """
    if not file.is_file():
        reason = "no such file"
        raise InputError(Errors.E114.format(source=file, reason=reason), source=str(file))
    with file.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                reason = f"line {number} is not JSON: {err.msg}"
                raise InputError(
                    Errors.E114.format(source=file, reason=reason), source=str(file)
                ) from err
            if not isinstance(record, dict):
                reason = f"line {number} is not a JSON object"
                raise InputError(Errors.E114.format(source=file, reason=reason), source=str(file))
            yield record


def first_record_keys(file: Path) -> set[str]:
    """The keys of the first record of a JSON Lines file, or none when it is not one."""
    if file.suffix != ".jsonl":
        return set()
    try:
        with file.open(encoding="utf-8") as lines:
            record = json.loads(lines.readline())
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return set()
    return set(record) if isinstance(record, dict) else set()
