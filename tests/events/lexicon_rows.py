"""The checks the lexicon-row test files share: a row's sentence codes with its code and
dyad (or with both directions of it), a nearby sentence keeps its own reading, and a near
miss codes no such event."""

from __future__ import annotations

import newsevents

from .test_coding import code, describe
from .test_roles_and_modes import country_of, dyad, dyads, first, only


def check_deed(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    """The one event of the code's root has the code and the (source, target) countries."""
    result = code(coder, text)
    assert only(result, cameo[:2]).cameo == cameo, describe(result)
    assert dyad(result, cameo[:2]) == countries, describe(result)


def check_both_ways(coder: newsevents.Coder, text: str, cameo: str, sides: tuple[str, str]) -> None:
    """The events of the code's root all have the code, one each way between ``sides``."""
    result = code(coder, text)
    events = [event for event in result.events if event.root == cameo[:2]]
    assert {event.cameo for event in events} == {cameo}, describe(result)
    assert dyads(result, cameo[:2]) == {sides, sides[::-1]}, describe(result)


def check_nearby_reading(coder: newsevents.Coder, text: str, cameo: str, target: str) -> None:
    """The first event of the code's root keeps its code and its target's country."""
    result = code(coder, text)
    event = first(result, cameo[:2])
    assert event.cameo == cameo, describe(result)
    assert country_of(result, event.target) == target, describe(result)


def check_near_miss(coder: newsevents.Coder, text: str, root: str) -> None:
    """No event of ``root``."""
    result = code(coder, text)
    assert all(event.root != root for event in result.events), describe(result)
