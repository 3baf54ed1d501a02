"""The event lexicon: trigger words and the conditions on their dependents that give a code.

The packaged lexicon is data, one file per CAMEO root in ``data/events/lexicon/NN.tsv``
with the columns ``trigger pos when code roles example``, and the shared word sets of
``data/events/sets.tsv``. A trigger is a lemma; "call on" is a verb with a particle or
preposition, "air strike" a noun with a modifier. ``when`` lists conditions that must all
hold, each ``kind=words``:

- ``obj=L|L``: the direct object's head lemma (in the passive, the passive subject);
  ``obj=@actor``: the object is one of the article's actors ("released the mayor");
  ``obj=@armed``: the object bears arms ("routed the RSF"); ``obj=@foe``: it bears arms
  or is a state ("fought al-Shabaab", "fought Russia");
  ``obj=@place``: the object is a place the text names ("captured Avdiivka");
  ``obj=@person``: the object is a person the text names ("received Orban");
- ``prep=P`` or ``prep=P:L|L``: a preposition P, with an object whose head lemma is L
  (or, with ``@place`` / ``@person``, a place or person the text names; with ``@actor``,
  ``@armed`` or ``@foe``, such an actor);
- ``prt=P``: a particle or preposition P ("call off", "call on");
- ``comp``: a clausal complement ("warn that ...");
- ``to=L``: an infinitive complement ("threaten to strike");
- ``mod=L``: a noun's compound or adjective modifier ("air" in "air strike");
- ``light=L``: a noun that is the object of verb L ("hold talks");
- ``after=L L`` / ``before=L L``: lemmas that follow / precede the trigger in its clause,
  in order (PETRARCH's linear patterns).

``&NAME`` stands for a word set. ``roles`` may say ``symmetric`` (both sides act: talks,
agreements, fighting), ``reverse`` (the subject is the target: "drew criticism from"),
``target=P|Q`` (the target is the object of P, else of Q: "complained to the UN over
Israeli raids") or ``source=P`` (a passive's doer is the object of P, as of "by": "were
deported from the United States"). A code of ``---`` (from a PETRARCH dictionary) stops
the trigger from coding.

Example:
    >>> lexicon = packaged_lexicon()
    >>> [entry.code for entry in lexicon.candidates("sign", "VERB")][:1]
    ['057']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from ..errors import DataFileError, Errors
from ..knowledge import data_file, numbered_rows
from .codebook import codebook

LEXICON_FOLDER = "events/lexicon"
CONTROL_FILE = "events/control.tsv"
SETS_FILE = "events/sets.tsv"
CONDITION_KINDS = frozenset({"obj", "prep", "prt", "comp", "to", "mod", "light", "after", "before"})
ROLES = frozenset({"symmetric", "reverse"})
POS = frozenset({"VERB", "NOUN"})
NO_CODE = "---"


@dataclass(frozen=True)
class Condition:
    """One requirement on the trigger's dependents: ``kind`` with its ``words`` (lemmas, or
    prepositions for ``prep``) and, for ``prep=P:L``, the preposition's ``objects``."""

    kind: str
    words: tuple[str, ...] = ()
    objects: frozenset[str] = frozenset()

    def __str__(self) -> str:
        if not self.words:
            return self.kind
        joiner = " " if self.kind in ("after", "before") else "|"
        text = f"{self.kind}={joiner.join(self.words)}"
        return f"{text}:{'|'.join(sorted(self.objects))}" if self.objects else text


@dataclass(frozen=True)
class Entry:
    """A trigger with its conditions and code; ``origin`` is "file:line", for ``rule``."""

    lemma: str
    pos: str
    code: str | None
    conditions: tuple[Condition, ...] = ()
    symmetric: bool = False
    reverse: bool = False
    target_preps: tuple[str, ...] = ()  # where the target is, in order of preference
    source_preps: tuple[str, ...] = ()  # in the passive, where the doer is besides "by"
    origin: str = ""
    words: str = field(default="", compare=False)  # the trigger as written: "air strike"
    when: str = field(default="", compare=False)  # the conditions as written: "obj=&TALKS"
    example: str = field(default="", compare=False)  # a sentence it codes, for checks

    @property
    def specificity(self) -> int:
        """How much the entry asks of the parse: a preposition with a named object asks
        more than the preposition alone ("accuse of corruption" before "accuse of")."""
        return sum(2 if condition.objects else 1 for condition in self.conditions)

    @property
    def rule(self) -> str:
        """The entry as a reader sees it: ``19.tsv:23 shell VERB obj=... -> 194``."""
        conditions = self.when or " ".join(str(condition) for condition in self.conditions)
        text = " ".join(filter(None, [self.origin, self.words or self.lemma, self.pos, conditions]))
        return f"{text} -> {self.code or NO_CODE}"


class Lexicon:
    """Entries by (lemma, part of speech), the most specific first.

    Example:
        >>> mine = Lexicon([Entry("rebuke", "VERB", "111", origin="mine.txt:3")])
        >>> packaged_lexicon().overlaid(mine).candidates("rebuke", "VERB")[0].origin
        'mine.txt:3'
    """

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = list(entries)
        self._index: dict[tuple[str, str], list[Entry]] = {}
        for entry in self.entries:
            self._index.setdefault((entry.lemma, entry.pos), []).append(entry)
        for candidates in self._index.values():
            candidates.sort(key=lambda entry: -entry.specificity)  # stable: file order

    def candidates(self, lemma: str, pos: str) -> list[Entry]:
        return self._index.get((lemma, pos), [])

    def overlaid(self, other: Lexicon) -> Lexicon:
        """This lexicon with ``other``'s entries first; an entry of ours with the same
        trigger and conditions as one of ``other`` is dropped (``--verbs FILE``)."""
        overridden = {(e.lemma, e.pos, e.conditions) for e in other.entries}
        kept = [e for e in self.entries if (e.lemma, e.pos, e.conditions) not in overridden]
        return Lexicon([*other.entries, *kept])

    def __len__(self) -> int:
        return len(self.entries)


@cache
def packaged_lexicon() -> Lexicon:
    """The lexicon shipped in ``data/events/lexicon``, read once per process."""
    sets = packaged_sets()
    return Lexicon(
        entry_from_row(row, sets, where=where)
        for where, row in _lexicon_rows()
        if row["pos"] != "set"
    )


@cache
def packaged_sets() -> dict[str, frozenset[str]]:
    """The word sets of ``data/events/sets.tsv`` and those the lexicon files define."""
    sets = {
        row["name"]: frozenset(row["members"].lower().split("|"))
        for _, row in numbered_rows(SETS_FILE)
    }
    for where, row in _lexicon_rows():
        if row["pos"] == "set":
            _add_set(sets, row["trigger"], row["when"], where)
    return sets


@cache
def _lexicon_rows() -> tuple[tuple[str, dict[str, str]], ...]:
    files = sorted(
        f"{LEXICON_FOLDER}/{item.name}"
        for item in data_file(LEXICON_FOLDER).iterdir()
        if item.name.endswith(".tsv")
    )
    return tuple((f"{name}:{number}", row) for name in files for number, row in numbered_rows(name))


def entry_from_row(
    row: Mapping[str, str], sets: Mapping[str, frozenset[str]], *, where: str
) -> Entry:
    """One lexicon line (``where`` is "path:line") as an Entry; a malformed line raises
    DataFileError naming it."""

    def fail(reason: str) -> DataFileError:
        path, _, line = where.rpartition(":")
        return DataFileError(Errors.E901.format(path=path, line=line, reason=reason))

    pos = row["pos"]
    if pos not in POS:
        raise fail(f"part of speech {pos!r} is not VERB or NOUN")
    code = row["code"]
    if code != NO_CODE and (code not in codebook() or len(code) < 3):
        raise fail(f"{code!r} is not a 3- or 4-digit CAMEO code")
    roles = row["roles"].split()
    targets = [role for role in roles if role.startswith("target=")]
    sources = [role for role in roles if role.startswith("source=")]
    if unknown := set(roles) - ROLES - set(targets) - set(sources):
        raise fail(f"unknown role {sorted(unknown)[0]!r}")
    try:
        lemma, trigger_conditions = trigger_words(row["trigger"], pos)
        conditions = trigger_conditions + parse_when(row["when"], sets)
    except ValueError as error:
        raise fail(str(error)) from None
    return Entry(
        lemma=lemma,
        pos=pos,
        code=None if code == NO_CODE else code,
        conditions=conditions,
        symmetric="symmetric" in roles,
        reverse="reverse" in roles,
        target_preps=tuple(targets[0].removeprefix("target=").split("|")) if targets else (),
        source_preps=tuple(sources[0].removeprefix("source=").split("|")) if sources else (),
        origin=where.split("/")[-1],
        words=row["trigger"],
        when=row["when"],
        example=row["example"],
    )


def trigger_words(trigger: str, pos: str) -> tuple[str, tuple[Condition, ...]]:
    """The head lemma of a trigger and the conditions its other words imply: a verb's
    particles follow it ("call on"), a noun's modifiers precede it ("air strike")."""
    words = trigger.lower().split()
    if not words:
        raise ValueError("empty trigger")
    if len(words) == 1:
        return words[0], ()
    if pos == "VERB":
        return words[0], tuple(Condition("prt", (word,)) for word in words[1:])
    return words[-1], tuple(Condition("mod", (word,)) for word in words[:-1])


def parse_when(text: str, sets: Mapping[str, frozenset[str]]) -> tuple[Condition, ...]:
    """Parse a ``when`` column: ``obj=deal|&TALKS prep=with comp after=peace plan``."""
    conditions: list[Condition] = []
    for part in _when_parts(text):
        kind, _, value = part.partition("=")
        if kind not in CONDITION_KINDS:
            raise ValueError(f"unknown condition {kind!r}")
        if kind == "comp":
            conditions.append(Condition("comp"))
            continue
        if not value:
            raise ValueError(f"condition {kind!r} needs words")
        if kind in ("after", "before"):
            conditions.append(Condition(kind, tuple(value.lower().split())))
            continue
        head, _, objects = value.partition(":") if kind == "prep" else (value, "", "")
        conditions.append(
            Condition(kind, tuple(sorted(_expand(head, sets))), frozenset(_expand(objects, sets)))
        )
    return tuple(conditions)


def _when_parts(text: str) -> list[str]:
    """Split on spaces, keeping ``after=`` / ``before=`` word runs whole."""
    parts: list[str] = []
    for word in text.split():
        if (
            "=" not in word
            and word != "comp"
            and parts
            and parts[-1].startswith(("after=", "before="))
        ):
            parts[-1] += f" {word}"
        else:
            parts.append(word)
    return parts


def _expand(value: str, sets: Mapping[str, frozenset[str]]) -> set[str]:
    words: set[str] = set()
    for word in filter(None, value.lower().split("|")):
        if word.startswith("&"):
            name = word.upper()
            if name not in sets:
                raise ValueError(f"unknown word set {name}")
            words |= sets[name]
        else:
            words.add(word)
    return words


def _add_set(sets: dict[str, frozenset[str]], name: str, members: str, where: str) -> None:
    if name in sets or not name.startswith("&"):
        path, _, line = where.rpartition(":")
        reason = f"word set {name} is defined twice" if name in sets else "a set name starts with &"
        raise DataFileError(Errors.E901.format(path=path, line=line, reason=reason))
    sets[name] = frozenset(_expand(members, sets))


@cache
def control_words() -> dict[str, str]:
    """The words of ``data/events/control.tsv`` and the mode each puts its action under.

    Example:
        >>> control_words()["refuse"]
        'refuse'
    """
    return {row["word"].lower(): row["mode"] for _, row in numbered_rows(CONTROL_FILE)}
