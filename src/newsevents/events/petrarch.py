"""Read a PETRARCH / PETRARCH-2 CAMEO verb dictionary into lexicon entries (``--verbs FILE``).

The format::

    # a comment                    also after a line; <!-- blocks --> as in PETRARCH 1
    &TREATY                        a word set, its members on the '+' lines below:
    +ACCORD                        a word,
    +PEACE_AGREEMENT               a phrase (spaces or underscores),
    +&PACT                         another set, or
    +(TO THE END)                  a parenthesised phrase (a preposition and its object)
    --- AGREE [030] ---            a verb block and its code; [---] codes nothing
    AGREE                          a verb form: the first word of a line,
    CONCUR {CONCURS CONCURRED}     with its inflections and
    ACQUIESCE [031]                its own code, or a multiword verb whose verb is the
    +CARRY_OUT                     word marked '+' (PETRARCH's WIRE_+TAP); lines that are
                                   not forms (a pattern without its '-') are ignored
    - * (TO &TREATY) [057:057]     a pattern: words before and after the verb '*'

How it becomes entries (``pos`` VERB, ``origin`` "FILE:LINE", ``words`` the form):

- each form gives one entry without conditions, with its own code or the block's;
- each pattern gives one entry for every form of its block: bare and ``{phrase}`` words
  after ``*`` make one ``after`` condition, those before it one ``before`` condition (in
  order, lower case); a group ``(PREP WORD ...)`` makes ``prep=PREP:WORD`` with its last
  word as the object, or ``prep=PREP`` alone; the markers ``+ $ % ^ |`` (actor slots and
  compounds) are dropped. Words are lower-cased, not lemmatised;
- a multiword form gives its verb as the lemma, the words after it as particles
  (``trigger_words``: CARRY_OUT is "carry" with ``prt=out``) and those before it as a
  ``before`` condition (WIRE_+TAP is "tap" with ``before=wire``);
- a set in a pattern stands for each of its members in turn, so a pattern with a set
  gives one entry per member (sets in sets expanded), at most 50 per pattern and form,
  because ``after`` and ``before`` conditions hold single lemmas, not sets. Members are
  not pluralised as PETRARCH does: the lexicon matches lemmas;
- ``{...}`` inflections give no entries of their own (the lexicon is keyed by lemma);
  they are kept in ``VerbLexicon.inflections``;
- a code ``[A:B]`` keeps A, the event's code (B is TABARI's paired code). A code
  that is not in the CAMEO codebook (the WEIS codes of old KEDS dictionaries: 212, 075A,
  a bare ``[:080]``) and a pattern that names an undefined set are left out and counted
  in ``VerbLexicon.skipped``, one per pattern or form line.

Example:
    >>> verbs = read_verb_dictionary(Path("my.verbs.txt"))  # doctest: +SKIP
    >>> lexicon = packaged_lexicon().overlaid(verbs)  # doctest: +SKIP
    >>> verbs.skipped  # doctest: +SKIP
    38
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataFileError, Errors
from ..petrarch_format import without_comment_blocks
from .codebook import codebook
from .lexicon import NO_CODE, Condition, Entry, Lexicon, trigger_words

MAX_EXPANSIONS = 50  # entries one pattern may give one form through its sets

_UNCOMMENTED = re.compile(r"(?:[^#\[]|\[[^\]]*\]?)*")  # up to a '#' outside [...]: [###]
_CODE = re.compile(r"\[([^\]]*)\]")
_VARIANTS = re.compile(r"\{([^}]*)\}")
_FORM = re.compile(r"\+?[A-Za-z][A-Za-z'.-]*(?:_+\+?[A-Za-z][A-Za-z'.-]*)*_?")
_SET_NAME = re.compile(r"&[A-Za-z0-9_]+")
_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|[^\s{}()]+")
_MARKERS = frozenset("+$%^|")


class VerbLexicon(Lexicon):
    """A Lexicon read from a verb dictionary, with what reading it left out or folded."""

    def __init__(
        self,
        entries: Iterable[Entry],
        *,
        skipped: int = 0,
        inflections: Mapping[str, tuple[str, ...]] | None = None,
    ) -> None:
        super().__init__(entries)
        self.skipped = skipped  # pattern and form lines left out: unknown code or set
        self.inflections = dict(inflections or {})  # "say" -> ("says", "said", "saying")


@dataclass
class _Form:
    words: str  # "carry out": the form, lower case
    lemma: str
    conditions: tuple[Condition, ...]
    code: str | None  # its own [code] text, if any
    line: int
    variants: tuple[str, ...] = ()  # its {...} inflections


@dataclass
class _Pattern:
    text: str  # between the '-' and the [code]
    code: str
    line: int


@dataclass
class _Block:
    code: str
    line: int
    forms: list[_Form] = field(default_factory=list)
    patterns: list[_Pattern] = field(default_factory=list)


def read_verb_dictionary(path: Path) -> VerbLexicon:
    """The entries of the verb dictionary at ``path``, to overlay the packaged lexicon.

    Raises:
        DataFileError: the file cannot be read, holds no verb block (E501), or a header
            or pattern line is malformed (E502, naming the line).
    """
    text = without_comment_blocks(_read_text(path))
    sets: dict[str, list[str]] = {}
    blocks = _blocks(text, path, sets)
    if not blocks:
        raise DataFileError(Errors.E501.format(path=path, reason="no --- VERB [CODE] --- block"))
    builder = _Builder(path.name, sets)
    inflections: dict[str, tuple[str, ...]] = {}
    for block in blocks:
        builder.add_block(block)
        for form in block.forms:
            if form.variants:
                known = inflections.get(form.words, ())
                inflections[form.words] = tuple(dict.fromkeys([*known, *form.variants]))
    return VerbLexicon(builder.entries, skipped=builder.skipped, inflections=inflections)


def _read_text(path: Path) -> str:
    """UTF-8, else Latin-1 (older KEDS/TABARI files); NUL bytes mean it is not text."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise DataFileError(Errors.E501.format(path=path, reason=err.strerror or err)) from err
    if b"\0" in data:
        raise DataFileError(Errors.E501.format(path=path, reason="a binary file, not text"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines without comments, blank ones left out."""
    for number, raw in enumerate(text.splitlines(), start=1):
        match = _UNCOMMENTED.match(raw)
        line = (match[0] if match else raw).strip()
        if line:
            yield number, line


def _blocks(text: str, path: Path, sets: dict[str, list[str]]) -> list[_Block]:
    """The verb blocks in file order; the sets, wherever they stand, go into ``sets``."""
    blocks: list[_Block] = []
    current_set: str | None = None  # '+' lines are members after &NAME, forms in a block
    for number, line in _lines(text):
        if line.startswith("---"):
            blocks.append(_header(line, path, number))
            current_set = None
        elif line.startswith("-"):
            if not blocks:
                raise _error(path, number, "a pattern before any verb block")
            blocks[-1].patterns.append(_pattern(line, path, number))
        elif line.startswith("&"):
            current_set = line.split()[0].upper()
            sets[current_set] = []  # a set defined twice keeps its last definition
        elif line.startswith("+") and current_set is not None:
            sets[current_set].append(_member(line[1:]))
        elif blocks:
            if form := _form(line, number):
                blocks[-1].forms.append(form)
        elif line.startswith("+"):
            raise _error(path, number, "a +MEMBER line before any &SET")
        else:
            raise _error(path, number, "a line before any verb block that is not a &SET")
    return blocks


def _header(line: str, path: Path, number: int) -> _Block:
    """``--- NAME [CODE] ---``: the first code counts (``--- DELAY [120] [031:031] ---``),
    and the closing dashes may be lost to a comment (``--- TROUBLED [---] # NOUN ---``)."""
    name = line.strip("-").split("[")[0].strip()
    if not name:
        raise _error(path, number, "a verb block header with no VERB")
    code = _CODE.search(line)
    return _Block(code=code[1].strip() if code else NO_CODE, line=number)


def _pattern(line: str, path: Path, number: int) -> _Pattern:
    codes = list(_CODE.finditer(line))
    if not codes:
        raise _error(path, number, "a pattern with no [CODE]")
    text = line[1 : codes[-1].start()]
    if "*" not in text.replace("_", " ").split():  # TABARI joins words: IN_* , *_OUT
        raise _error(path, number, "a pattern with no * for the verb")
    if text.count("(") != text.count(")") or text.count("{") != text.count("}"):
        raise _error(path, number, "a pattern with an unclosed ( or {")
    return _Pattern(text=text, code=codes[-1][1].strip(), line=number)


def _member(text: str) -> str:
    """A set member as pattern text: underscores are spaces; nested &SETS kept."""
    return " ".join(text.replace("_", " ").split())


def _form(line: str, number: int) -> _Form | None:
    """A verb form line, or None for a line that is not one (it is ignored)."""
    first = line.split()[0]
    if not _FORM.fullmatch(first):
        return None
    parts = [part for part in first.split("_") if part]
    head = next((i for i, part in enumerate(parts) if part.startswith("+")), 0)
    words = [part.lstrip("+").lower() for part in parts]
    lemma, conditions = trigger_words(" ".join(words[head:]), "VERB")
    if head:
        conditions = (Condition("before", tuple(words[:head])), *conditions)
    rest = line[len(first) :]
    code = _CODE.search(rest)
    variants = tuple(
        _form_words(word) for inner in _VARIANTS.findall(rest) for word in inner.split()
    )
    own = code[1].strip() if code else None
    return _Form(" ".join(words), lemma, conditions, own, number, variants)


def _form_words(text: str) -> str:
    return " ".join(text.replace("+", "").replace("_", " ").lower().split())


class _Builder:
    """Turns blocks into entries, counting what it leaves out."""

    def __init__(self, file_name: str, sets: Mapping[str, list[str]]) -> None:
        self.file_name = file_name
        self.sets = sets
        self.entries: list[Entry] = []
        self.skipped = 0
        self._seen: set[tuple[str, tuple[Condition, ...], str | None]] = set()

    def add_block(self, block: _Block) -> None:
        for form in block.forms:
            code = form.code if form.code is not None else block.code
            self._add(form, (), code, form.line)
        for pattern in block.patterns:
            try:
                texts = _expanded(pattern.text, self.sets)
            except KeyError:  # PETRARCH, too, skips a pattern with an undefined set
                texts = []
            if not texts or not _known(pattern.code):
                self.skipped += 1
                continue
            conditions = [_conditions(text) for text in texts]
            for form in block.forms:
                for extra in conditions:
                    self._add(form, extra, pattern.code, pattern.line)

    def _add(self, form: _Form, extra: tuple[Condition, ...], code: str, line: int) -> None:
        if not _known(code):
            self.skipped += 1
            return
        cameo = _event(code)
        conditions = form.conditions + extra
        key = (form.lemma, conditions, cameo)
        if key in self._seen:  # the same pattern twice in a block, or a form in two blocks
            return
        self._seen.add(key)
        self.entries.append(
            Entry(
                lemma=form.lemma,
                pos="VERB",
                code=cameo,
                conditions=conditions,
                origin=f"{self.file_name}:{line}",
                words=form.words,
            )
        )


def _event(code: str) -> str | None:
    """The event code of ``[A:B]``: A, or None for ``---`` (the verb codes nothing)."""
    event = code.split(":")[0].strip()
    return None if event == NO_CODE else event


def _known(code: str) -> bool:
    event = _event(code)
    return event is None or event in codebook()


def _expanded(text: str, sets: Mapping[str, list[str]]) -> list[str]:
    """The pattern with each set replaced by each of its members, at most MAX_EXPANSIONS."""
    match = _SET_NAME.search(text)
    if not match:
        return [text]
    name = match[0].upper()
    while name not in sets and "_" in name.rstrip("_"):  # DEMAND_&GENINT_CONVENTIONS
        name = name.rstrip("_").rsplit("_", 1)[0]
    start, end = match.start(), match.start() + len(name)
    texts: list[str] = []
    for member in _members(name, sets, frozenset()):
        for rest in _expanded(f"{text[:start]}{member} {text[end:]}", sets):
            texts.append(rest)
            if len(texts) == MAX_EXPANSIONS:
                return texts
    return texts


def _members(name: str, sets: Mapping[str, list[str]], within: frozenset[str]) -> list[str]:
    """A set's members with the sets among them expanded; KeyError if one is undefined."""
    members: list[str] = []
    for member in sets[name]:
        if member.startswith("&"):
            if member.upper() not in within | {name}:  # a set within itself adds nothing
                members += _members(member.upper(), sets, within | {name})
        else:
            members.append(member)
    return members


def _conditions(text: str) -> tuple[Condition, ...]:
    """The conditions of a pattern's text (no sets left): before, after, then preps."""
    before: list[str] = []
    after: list[str] = []
    preps: list[Condition] = []
    words = before
    for token in _TOKEN.findall(text.replace("_", " ")):
        if token == "*":
            words = after
        elif token.startswith("("):
            if group := _words(token[1:-1]):
                objects = frozenset(group[-1:]) if len(group) > 1 else frozenset()
                preps.append(Condition("prep", (group[0],), objects))
        else:
            words += _words(token.strip("{}"))
    conditions = [Condition(kind, tuple(ws)) for kind, ws in (("before", before), ("after", after))]
    return tuple(condition for condition in conditions if condition.words) + tuple(preps)


def _words(text: str) -> list[str]:
    """Lower-case words of a pattern piece, markers, braces and brackets dropped."""
    words = text.replace("_", " ").replace("{", " ").replace("}", " ")
    words = words.replace("(", " ").replace(")", " ")
    return [word.lower() for word in words.split() if word not in _MARKERS]


def _error(path: Path, number: int, reason: str) -> DataFileError:
    return DataFileError(Errors.E502.format(path=path, line=number, reason=reason))
