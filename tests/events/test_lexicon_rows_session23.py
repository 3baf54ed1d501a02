"""Lexicon rows of issue 7's fifteenth session: a named person beaten by the police; aid
and inspectors let in; places taken from someone."""

from __future__ import annotations

import pytest

import newsevents

from .lexicon_rows import check_deed, check_near_miss

pytestmark = pytest.mark.issue(7)

DEEDS = [
    # 182: a named person beaten by the police or soldiers
    (
        "Belarusian opposition leader Pavel Lobach was beaten by Belarusian riot police.",
        "182",
        ("BLR", "BLR"),
    ),
    # 0863 and 0862: aid and inspectors let in, also told as whom one lets act
    ("Israel let humanitarian aid enter Gaza.", "0863", ("ISR", None)),
    (
        "Israel allowed aid trucks to enter Gaza through the Kerem Shalom crossing.",
        "0863",
        ("ISR", None),
    ),
    ("Iran let IAEA inspectors visit the Fordow enrichment site.", "0862", ("IRN", None)),
    ("Iran allowed IAEA inspectors to visit the Fordow enrichment site.", "0862", ("IRN", None)),
    # 192: a place taken back from someone is taken from them
    (
        "Ukrainian troops recaptured the village of Robotyne from Russian forces.",
        "192",
        ("UKR", "RUS"),
    ),
    ("Ukrainian troops retook the village of Robotyne from Russian forces.", "192", ("UKR", "RUS")),
    ("M23 rebels seized the city of Goma from Congolese troops.", "192", ("COD", "COD")),
    ("The Syrian army recaptured the ancient city of Palmyra.", "192", ("SYR", "SYR")),
    # 087: attacks stopped; an appeal to stop them is one for de-escalation
    ("The Houthis stopped their attacks on Israel after the truce in Gaza.", "087", ("YEM", "ISR")),
    ("Iraq's government asked Iraqi armed factions to stop attacks.", "0256", ("IRQ", "IRQ")),
    # 1662: weapons inspectors withdrawn from a place are inspectors, not weapons (087)
    ("Britain withdrew its weapons inspectors from Iraq.", "1662", ("GBR", "IRQ")),
]

NEAR_MISSES = [
    # one who beats a named person in a match or a vote does them no harm
    ("Novak Djokovic of Serbia beat Carlos Alcaraz of Spain in the Wimbledon final.", "18"),
    ("Belarusian leader Alexander Lukashenko was beaten by a rival in the first round.", "18"),
    # one welcomes an offer "to" host talks as an offer, not a visitor (051, not 043)
    ("Iran welcomed a Qatari offer to host talks with the United States.", "04"),
    # one stops a march, not an attack (coerced, 17)
    ("Kenyan police stopped the opposition march in Nairobi.", "08"),
    # one lets a deadline pass, not aid in
    ("Russia let the deadline for a ceasefire in Ukraine pass.", "08"),
]


@pytest.mark.parametrize(("text", "cameo", "countries"), DEEDS)
def test_a_row_codes_its_deed(
    coder: newsevents.Coder, text: str, cameo: str, countries: tuple[str | None, str | None]
) -> None:
    check_deed(coder, text, cameo, countries)


@pytest.mark.parametrize(("text", "root"), NEAR_MISSES)
def test_a_near_miss_codes_no_such_deed(coder: newsevents.Coder, text: str, root: str) -> None:
    check_near_miss(coder, text, root)
