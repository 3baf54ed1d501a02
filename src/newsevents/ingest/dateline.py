"""Parse the wire dateline that opens a news story: place, date and agency.

Handles the forms wire services print: "MOSCOW, March 18 (AFP) -", "KYIV, Ukraine (AP) —",
"GENEVA, Oct 2 (Reuters) -", "NAIROBI, Kenya, June 4, 2024 (AP) —", "BEIRUT —", and the
colon some papers use: "LYON: ...", "GAZA CITY, Palestinian Territories: ..." (not a label
such as "BREAKING:").

Example:
    >>> line = parse_dateline("MOSCOW, March 18 (AFP) - Russia signed a treaty.")
    >>> line.place, line.date_text, line.outlet
    ('Moscow', 'March 18', 'Agence France-Presse')
    >>> parse_dateline("KYIV, Ukraine (AP) — Air raid sirens sounded.").region
    'Ukraine'
"""

from __future__ import annotations

import re
from functools import cache

from ..knowledge import read_table
from ..records import Dateline

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# The place is upper case ("MOSCOW", "ADDIS ABABA", "N'DJAMENA"), optionally followed by a
# region or country in title case ("KYIV, Ukraine"); then an optional date, an optional
# agency in parentheses, and a dash. Long dashes and "--" are both in use.
_DATELINE = re.compile(
    rf"""^(?P<place>[A-Z][A-Z'.\-]{{2,}}(?:\s[A-Z][A-Z'.\-]+)*)
    (?:,\s(?P<region>[A-Z][a-z]+(?:[\s\-][A-Z][a-z]+)*|(?:[A-Z]\.){{2,}})(?=[,\s(:]))?
    (?:,?\s(?P<date>{_MONTH}\s\d{{1,2}}(?:,\s\d{{4}})?))?
    (?:\s\((?P<agency>[A-Za-z][A-Za-z .\-]*)\))?
    \s*(?:-{{1,2}}|—|–|(?P<colon>:))\s*""",
    re.VERBOSE,
)


# Words a story may open with before a colon that are labels, not places.
_LABELS = frozenset(
    {"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "WATCH", "LIVE", "ANALYSIS", "OPINION"}
    | {"EDITORIAL", "CORRECTION", "FACTBOX", "EXPLAINER", "REVIEW", "VIDEO", "PHOTOS"}
)


@cache
def _wire_services() -> dict[str, str]:
    return {row["abbreviation"]: row["outlet"] for row in read_table("ingest/wire_services.tsv")}


def parse_dateline(body: str, *, offset: int = 0) -> Dateline | None:
    """The dateline at the start of ``body``, or None; offsets are shifted by ``offset``."""
    match = _DATELINE.match(body)
    # a place has at least three letters: "U.S. - China talks" opens no dateline
    if match is None or sum(char.isalpha() for char in match.group("place")) < 3:
        return None
    if match.group("colon") and match.group("place") in _LABELS:
        return None  # "BREAKING: ...", a label, not a place
    agency = match.group("agency")
    return Dateline(
        place=_title_case(match.group("place")),
        start=offset,
        end=offset + match.end(),
        date_text=match.group("date"),
        region=match.group("region"),
        outlet=_wire_services().get(agency, agency) if agency else None,
    )


def _title_case(place: str) -> str:
    """ "ADDIS ABABA" -> "Addis Ababa", "N'DJAMENA" -> "N'Djamena"."""
    return re.sub(r"[A-Za-z]+", lambda word: word.group(0).capitalize(), place.lower())
