"""The packaged actor knowledge (issue 4): the leaders table and what it builds."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pycountry
import pytest

from newsevents.actors.knowledge import packaged_knowledge
from newsevents.knowledge import read_table

pytestmark = pytest.mark.issue(4)

LEADERS = read_table("actors/leaders.tsv")
ORGANISATIONS = read_table("actors/organisations.tsv")
# an organisation's own code: its first row (later rows are its organs, forces and missions)
ORG_CODES = {
    org: next(row["code"] for row in ORGANISATIONS if row["org"] == org)
    for org in {row["org"] for row in ORGANISATIONS}
}
EXTRA_COUNTRIES = {row["country"] for row in read_table("actors/countries.tsv")}


def _day(cell: str) -> date | None:
    return date.fromisoformat(cell) if cell else None


def test_leaders_table_loads() -> None:
    assert len(LEADERS) > 100
    assert {"name", "aliases", "country", "org", "role", "sector", "start", "end"} <= set(
        LEADERS[0]
    )


def _row_problems(row: dict[str, str]) -> list[str]:
    problems = []
    if bool(row["country"]) == bool(row["org"]):
        problems.append("needs a country or an organisation, not both")
    country = row["country"]
    if country and not (
        pycountry.countries.get(alpha_3=country) is not None or country in EXTRA_COUNTRIES
    ):
        problems.append(f"unknown country {country}")
    if row["org"] and row["org"] not in ORG_CODES:
        problems.append(f"organisation {row['org']} not in organisations.tsv")
    if not (row["role"] and row["sector"]):
        problems.append("no role or sector")
    start, end = _day(row["start"]), _day(row["end"])
    if start is not None and end is not None and start > end:
        problems.append("ends before it starts")
    return problems


def test_leader_rows_are_well_formed() -> None:
    bad = {
        f"{row['name']} ({row['role']})": problems
        for row in LEADERS
        if (problems := _row_problems(row))
    }
    assert bad == {}


def test_no_office_has_two_holders_on_one_day() -> None:
    """Hand-overs may share a day; a longer overlap would make "the Russian foreign
    minister" ambiguous."""
    terms: dict[tuple[str, str], set[tuple[str, date, date]]] = defaultdict(set)
    for row in LEADERS:
        body = row["country"] or row["org"]
        start = _day(row["start"]) or date.min
        end = _day(row["end"]) or date.max
        terms[body, row["role"].casefold()].add((row["name"], start, end))
    clashes = []
    for office, held in terms.items():
        ordered = sorted(held, key=lambda term: term[1])
        for number, (name, _, end) in enumerate(ordered):
            for other, start, _ in ordered[number + 1 :]:
                if other != name and start < end:
                    clashes.append((office, name, other))
    assert clashes == []


@pytest.mark.parametrize(
    "row",
    [row for row in LEADERS if row["org"]],
    ids=lambda row: f"{row['name']}-{row['org']}",
)
def test_head_of_an_organisation_has_its_code(row: dict[str, str]) -> None:
    """A NATO secretary-general is NATO (IGOWSTNAT), not its Kosovo force (IGOWSTNATMIL)."""
    entry = packaged_knowledge().lookup(row["name"])
    assert entry is not None
    day = _day(row["start"]) or date(2000, 1, 1)
    identity = entry.identity_on(day)
    assert identity is not None
    assert identity.org == row["org"]
    assert identity.code == ORG_CODES[row["org"]]


@pytest.mark.parametrize(
    ("name", "day", "role"),
    [
        ("Sergei Lavrov", date(2024, 5, 1), "Foreign Minister"),
        ("Boris Johnson", date(2021, 5, 1), "Prime Minister"),
        ("Boris Johnson", date(2024, 5, 1), None),
    ],
)
def test_leader_identity_by_date(name: str, day: date, role: str | None) -> None:
    entry = packaged_knowledge().lookup(name)
    assert entry is not None
    identity = entry.identity_on(day)
    assert (identity.role if identity else None) == role
