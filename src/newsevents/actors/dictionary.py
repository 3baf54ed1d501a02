"""Read an actor dictionary in the PETRARCH / Phoenix (TABARI) text format.

The format, one actor per block::

    <!-- a comment -->            # and '#' comments after an entry
    RUSSIA [RUS]                   an entry: words joined by '_' or spaces, then its code
    +RUSSIAN                       a synonym of the entry above
    VLADIMIR_PUTIN                 an entry whose codes follow, indented, limited in time:
        [RUSELI <000507]           before 7 May 2000
        [RUSGOV 000507-080507]     from 7 May 2000 to 7 May 2008
        [RUSGOV >120507]           from 7 May 2012

Codes are CAMEO actor codes: a three-letter country (or IGO/NGO/IMG/MNC prefix) and an
optional sector; ``---`` is an unknown country. Dates are YYMMDD, years below 40 in the
2000s (TABARI's window), or YYYYMMDD.

Example:
    >>> entries = read_actor_dictionary(Path("PETR.Validate.actors.txt"))  # doctest: +SKIP
    >>> entries[0].names, entries[0].terms[0].identity.code  # doctest: +SKIP
    (('HAMAS',), 'PSEREBHMS')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import DataFileError, Errors
from ..petrarch_format import without_comment_blocks
from .knowledge import USER, ActorEntry, Identity, Term
from .words import STATE_SECTORS

_CODE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")
_CENTURY_PIVOT = 40
# code prefix -> actor kind; a bare three-letter code is a state
_PREFIX_KINDS = {"IGO": "igo", "NGO": "ngo", "NGM": "ngo", "IMG": "group", "MNC": "group"}


def read_actor_dictionary(path: Path) -> list[ActorEntry]:
    """Every entry of the dictionary at ``path``, as user-tier entries.

    Raises:
        DataFileError: the file cannot be read, or a line is neither an entry, a synonym,
            a dated code nor a comment.
    """
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError as err:
        raise DataFileError(Errors.E301.format(path=path, reason=err.strerror or err)) from err
    return list(_entries(without_comment_blocks(text), path))


def _entries(text: str, path: Path) -> Iterator[ActorEntry]:
    names: list[str] = []
    terms: list[Term] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("+"):
            if not names:
                raise _error(path, number, "a synonym before any entry")
            names.append(_words(line[1:]))
        elif line[0].isspace():
            if not names or not _CODE.search(line):
                raise _error(path, number, "an indented line that is not a [CODE date] line")
            terms.extend(_terms(line, names[0], path, number))
        else:
            if names:
                yield _entry(names, terms)
            name, _, codes = line.partition("[")
            names = [_words(name)]
            terms = list(_terms("[" + codes, names[0], path, number)) if codes else []
    if names:
        yield _entry(names, terms)


def _entry(names: list[str], terms: list[Term]) -> ActorEntry:
    if not terms:  # an entry without a code names no one newsevents can code
        terms = [Term(Identity(names[0].title(), "other"))]
    return ActorEntry(
        key=f"user:{names[0]}", names=tuple(dict.fromkeys(names)), terms=tuple(terms), tier=USER
    )


def _words(name: str) -> str:
    return " ".join(name.replace("_", " ").split())


def _terms(line: str, name: str, path: Path, number: int) -> Iterator[Term]:
    for match in _CODE.finditer(line):
        code, restriction = match[1], match[2].strip()
        try:
            start, end = _restriction(restriction)
        except ValueError:
            reason = f"a date restriction '{restriction}' not in YYMMDD or YYYYMMDD form"
            raise _error(path, number, reason) from None
        yield Term(identity_from_code(name, code), start, end)


def _restriction(text: str) -> tuple[date | None, date | None]:
    """'<YYMMDD' ends before, '>YYMMDD' starts after, 'YYMMDD-YYMMDD' both; '' no limit."""
    if not text:
        return None, None
    if text[0] == "<":
        return None, _yymmdd(text[1:])
    if text[0] == ">":
        return _yymmdd(text[1:]), None
    start, _, end = text.partition("-")
    return _yymmdd(start), _yymmdd(end)


def _yymmdd(text: str) -> date:
    """A YYMMDD date (TABARI) or a YYYYMMDD one (later PETRARCH files)."""
    text = text.strip()
    if re.fullmatch(r"\d{8}", text):
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if not re.fullmatch(r"\d{6}", text):
        raise ValueError(text)
    year = int(text[:2])
    year += 2000 if year < _CENTURY_PIVOT else 1900
    return date(year, int(text[2:4]), int(text[4:6]))


def identity_from_code(name: str, code: str) -> Identity:
    """What a CAMEO actor code says: IGOs and NGOs by prefix, else country then sector."""
    code = code.upper().split("/")[0]  # "FRO/BIL/SAM": several actors, the first speaks
    display = name.title()
    prefix = code[:3]
    if prefix in _PREFIX_KINDS:
        kind = _PREFIX_KINDS[prefix]
        org = code[3:] or None if kind in ("igo", "ngo") else None
        return Identity(display, kind, code, org=org)
    if prefix == "---":
        return Identity(display, "other", None, sector=code[3:6] or None)
    sector = code[3:6] or None
    kind = "state" if sector is None or sector in STATE_SECTORS else "group"
    return Identity(display, kind, code, prefix, sector=sector)


def _error(path: Path, number: int, reason: str) -> DataFileError:
    return DataFileError(Errors.E302.format(path=path, line=number, reason=reason))
