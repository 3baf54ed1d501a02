"""Reading a user's actor dictionary in the PETRARCH / Phoenix text format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsevents.actors.dictionary import identity_from_code, read_actor_dictionary
from newsevents.errors import DataFileError

pytestmark = pytest.mark.issue(4)

DICTIONARY = """\
<!-- A small dictionary in the format PETRARCH reads -->
<!-- comments may
     run over lines -->
NORTHLAND [NRL]  # a made-up state
+NORTHLANDER
+NORTHLAND_REPUBLIC

MARTA_VELIKOVA
\t[NRLOPP <190301]
\t[NRLGOV 190301-230615]
\t[NRLELI >230615]

NORTHLAND_LIBERATION_FRONT [NRLREB]
UNITED_NATIONS [IGOUNO]
HELPING_HANDS [NGOHLP]
UNNAMED_WITNESS [---CVL]
"""


@pytest.fixture
def dictionary(tmp_path: Path) -> Path:
    path = tmp_path / "actors.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return path


def test_entries_synonyms_and_underscores(dictionary: Path) -> None:
    entries = read_actor_dictionary(dictionary)
    northland = entries[0]
    assert northland.names == ("NORTHLAND", "NORTHLANDER", "NORTHLAND REPUBLIC")
    identity = northland.identity_on(date(2024, 1, 1))
    assert identity is not None
    assert (identity.kind, identity.code, identity.country) == ("state", "NRL", "NRL")


def test_date_restricted_codes_pick_the_code_of_the_day(dictionary: Path) -> None:
    marta = read_actor_dictionary(dictionary)[1]
    codes = {
        day: identity.code
        for day in (date(2018, 5, 1), date(2020, 5, 1), date(2024, 5, 1))
        if (identity := marta.identity_on(day)) is not None
    }
    assert codes == {
        date(2018, 5, 1): "NRLOPP",
        date(2020, 5, 1): "NRLGOV",
        date(2024, 5, 1): "NRLELI",
    }


def test_codes_give_kind_country_org_and_sector() -> None:
    rebels = identity_from_code("NORTHLAND LIBERATION FRONT", "NRLREB")
    assert (rebels.kind, rebels.country, rebels.sector) == ("group", "NRL", "REB")
    assert identity_from_code("UNITED NATIONS", "IGOUNO").kind == "igo"
    assert identity_from_code("HELPING HANDS", "NGOHLP").kind == "ngo"
    unknown = identity_from_code("UNNAMED WITNESS", "---CVL")
    assert (unknown.code, unknown.country, unknown.sector) == (None, None, "CVL")


def test_a_synonym_before_any_entry_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("+ORPHAN\nNORTHLAND [NRL]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad.txt: line 1: .*\[E302\]|E302.*line 1"):
        read_actor_dictionary(path)


def test_a_malformed_date_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("MARTA\n\t[NRLGOV >2019-03-01]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="E302"):
        read_actor_dictionary(path)


def test_a_missing_dictionary_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DataFileError, match=r"\[E301\].*nowhere.txt|nowhere.txt.*\[E301\]"):
        read_actor_dictionary(tmp_path / "nowhere.txt")


def test_government_codes_are_states_and_rebel_codes_groups() -> None:
    assert identity_from_code("MARTA VELIKOVA", "NRLGOV").kind == "state"
    assert identity_from_code("NORTHLAND LIBERATION FRONT", "NRLREB").kind == "group"


def test_eight_digit_dates_with_spaced_ranges(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text("TOMAS_RENWICK\n\t[NRLGOV 19950601 - 19990815]\n", encoding="utf-8")
    (entry,) = read_actor_dictionary(path)
    assert entry.identity_on(date(1997, 1, 1)) is not None
    assert entry.identity_on(date(2001, 1, 1)) is None


def test_a_dated_code_wins_over_the_entry_default(tmp_path: Path) -> None:
    path = tmp_path / "actors.txt"
    path.write_text(
        "EDRIC_HALLOWAY [NRL]\n\t[NRLMIL 20100109-20100112]\n\t[NRLGOV >20121109]\n",
        encoding="utf-8",
    )
    (entry,) = read_actor_dictionary(path)
    codes = [
        identity.code
        for day in (date(2010, 1, 10), date(2011, 6, 1), date(2013, 1, 1))
        if (identity := entry.identity_on(day)) is not None
    ]
    assert codes == ["NRLMIL", "NRL", "NRLGOV"]
