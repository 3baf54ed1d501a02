"""Role words: the head nouns that name agents ("officials", "troops", "riot police") and the
titles that name what a person is ("President", "foreign policy chief"), each with its
CAMEO sector code, from agents.tsv and roles.tsv.

Both are looked up by the lower-cased words of a phrase, longest first, so "riot police"
wins over "police" and "deputy foreign minister" over "minister".

Example:
    >>> AGENT_NOUNS.sector_of(["Israeli", "troops"])
    (1, 'MIL')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ..knowledge import read_table
from .knowledge import split_cell

# Sectors of the state itself: an agent with one of these and a country is kind "state".
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "HLH", "EDU"})
# Sectors of those who bear arms: armed forces, police, spies, rebels, radical and
# insurgent groups, and the unidentified armed forces of a place.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY", "REB", "RAD", "INS", "UAF"})
# Documents whose "by" or "from" names who speaks in them: "a report by Human Rights Watch".
AUTHORED = frozenset(
    {"report", "statement", "study", "letter", "communique", "declaration", "survey", "review"}
)
# Reactions whose "from" names who reacts, a capital too: "a sharp rebuke from Beijing".
VOICED = frozenset(
    {"criticism", "condemnation", "rebuke", "protest", "warning", "response", "reaction",
     "praise", "pressure", "demand", "call", "request", "offer", "threat", "objection",
     "complaint", "appeal", "invitation", "backlash", "retaliation", "reprimand"}
)  # fmt: skip
# Gatherings a city before them names the venue of, not a party to: "the Geneva talks".
VENUES = frozenset(
    {"talks", "negotiations", "summit", "conference", "meeting", "games", "olympics",
     "accord", "accords", "agreement", "process", "forum", "convention", "protocol"}
)  # fmt: skip
# Sectors of people who are of where they act or are acted on: civilians, refugees,
# workers, farmers and students ("farmers blocked highways across Poland" are Poland's),
# and rebels ("Russian jets struck rebels in Idlib": Syria's).
PEOPLE_SECTORS = frozenset({"CVL", "REF", "LAB", "AGR", "EDU", "REB"})
# Sectors of those who are of where they act or are acted on: the people above, and police,
# who keep order where they serve ("protesters attacked policemen in Kolkata" are India's).
LOCAL_SECTORS = PEOPLE_SECTORS | {"COP"}
# Sectors of bodies that watch states from outside: a rights group the text gives no
# country is none's ("rights groups accused both sides"), though "a Kenyan rights group" is.
WATCHDOG_SECTORS = frozenset({"HRI"})
# The sector of news outlets, which tell a story and are no party to it ("told Reuters").
MEDIA_SECTOR = "MED"
# Adjectives naming a region of several states ("European governments", "Gulf officials"):
# the phrase says whose, and no one state of its sentence is.
# Region adjectives ("Western", "Gulf") with CAMEO's code for the region ("WST", "PGS"), or
# "" where CAMEO has none ("Arab", "Baltic").
AREA_CODES = {row["adjective"].lower(): row["code"] for row in read_table("actors/areas.tsv")}


@dataclass(frozen=True)
class RoleWords:
    """Phrases (tuples of lower-cased words) and the sector each stands for ("" for none)."""

    sectors: dict[tuple[str, ...], str]
    longest: int

    @classmethod
    def from_table(cls, name: str, column: str) -> RoleWords:
        sectors: dict[tuple[str, ...], str] = {}
        for row in read_table(name):
            for phrase in split_cell(row[column]):
                sectors.setdefault(tuple(phrase.split()), row["sector"])
        return cls(sectors, max(len(phrase) for phrase in sectors))

    def sector_of(self, words: Sequence[str]) -> tuple[int, str] | None:
        """The longest phrase ending ``words``: how many words it takes, and its sector."""
        lowered = [normal_word(word) for word in words]
        for size in range(min(self.longest, len(lowered)), 0, -1):
            sector = self.sectors.get(tuple(lowered[-size:]))
            if sector is not None:
                return size, sector
        return None

    def find(self, words: Sequence[str]) -> tuple[int, int, str] | None:
        """The longest phrase anywhere in ``words``: its start, end and sector."""
        best: tuple[int, int, str] | None = None
        for end in range(len(words), 0, -1):
            found = self.sector_of(words[:end])
            if found and (best is None or found[0] > best[1] - best[0]):
                best = (end - found[0], end, found[1])
        return best


def normal_word(word: str) -> str:
    """Lower case with curly apostrophes straightened, as the tables are written."""
    return word.casefold().replace("’", "'")


AGENT_NOUNS = RoleWords.from_table("actors/agents.tsv", "nouns")
TITLES = RoleWords.from_table("actors/roles.tsv", "titles")


def is_role(noun: Token) -> bool:
    """A title or agent noun, by its form or lemma: "leaders", "foreign ministers",
    "police"."""
    words = ([noun.text], [noun.lemma_])
    return any(table.sector_of(word) for table in (TITLES, AGENT_NOUNS) for word in words)
