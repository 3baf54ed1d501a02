"""Actor mentions: the phrases of an article that name an actor, each with what it names.

Four kinds of words start a phrase ("units"): the names of known actors (the knowledge
matcher), named entities spaCy finds (people, organisations, places, nationalities), head
nouns of agents ("officials", "riot police") and titles standing alone ("the president").
A unit that modifies another through the parse ("Georgian" in "Georgian officials",
"Georgia's" and "President" in "Georgia's President Salome Zourabichvili", an apposition
"the EU's foreign policy chief" beside a name, "of the US State Department" after one)
gives its host a country, organisation, role or sector instead of being an actor itself.
"he"/"she" as a subject become pronoun mentions, resolved when mentions are merged.

Example:
    >>> mentions = find_mentions(doc, matcher(doc), day=date(2024, 5, 1))  # doctest: +SKIP
    >>> [(m.text, m.identity.code) for m in mentions]  # doctest: +SKIP
    [('Georgian officials', 'GEOGOV'), ('protesters in Tbilisi', 'GEOCVL')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..spans import PLACE_LABELS, text_of, trim_span
from .knowledge import (
    USER,
    ActorEntry,
    ActorKnowledge,
    Identity,
    actor_code,
    demonyms,
    org_code,
)
from .matcher import KnowledgeMatch
from .words import (
    AGENT_NOUNS,
    AREA_CODES,
    ARMED_SECTORS,
    AUTHORED,
    STATE_SECTORS,
    TITLES,
    VENUES,
    VOICED,
)

# spaCy entity labels that can name an actor, and the kind of an actor nothing else codes
ENTITY_KINDS = {"PERSON": "person", "ORG": "other", "GPE": "other", "NORP": "other"}
# dependencies that keep a word inside the noun phrase of its head
_MODIFIER_DEPS = {"compound", "amod", "poss", "nmod"}
FORMER_WORDS = frozenset({"former", "ex"})
# prepositions after which a seat of power or an unknown place is where, not who
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "into", "throughout",
             "through", "within", "via", "from", "to", "toward", "towards"}  # fmt: skip
# prefixes of a modifier that says whom a phrase is for or against: "anti-Syria", "pro-Kremlin"
_STANCE_PREFIXES = frozenset({"anti", "pro"})
# prepositions of the other side: "talks with US diplomats", "a protest against Russia"
_COUNTERPART = frozenset({"with", "against"})
# the locatives of where one is, not whither or whence
_STAYING = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                      "within"})  # fmt: skip
# what an apposition beside a person's name may say that person is
_DESCRIBES_PERSON = ("title", "agent")
# prepositions that tie a person, title or agent to the body they belong to
_AFFILIATION = {"of", "for", "from", "at"}
# participles and adjectives that tie a phrase to a body ("traffickers linked to the Tren
# de Aragua gang", "militants loyal to the Islamic State"): the body says whose they are
_TIED = {"linked", "tied", "affiliated", "allied", "aligned", "connected", "loyal"}
_PRONOUNS = {"he", "she"}
_LEADING = {"led", "run", "controlled"}  # "Hamas-led", "Hamas-run": the body's own
# nouns that make a name with a state's in it a sea's, strait's or lake's: "the Gulf of
# Oman", "the Taiwan Strait", "the South China Sea", "Lake Chad"
_WATER_NOUNS = frozenset({"sea", "gulf", "strait", "straits", "bay", "ocean", "channel", "lake",
                          "river", "shoal", "reef"})  # fmt: skip
# the head nouns of documents named for where they were signed
_DOCUMENT_NOUNS = frozenset({"convention", "agreement", "accord", "protocol", "declaration",
                             "charter", "memorandum"})  # fmt: skip
_HOLDING = _LEADING | {"held"}  # "rebel-held towns": the towns the rebels hold
# dependencies of a word that stands as someone who acts or is acted on
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos"})
# sectors a role takes over from its body: a "spokesman" for rebels is a rebel (a body
# outside the state gives its sector to any role: a FARC "commander" is a rebel too)
_GENERIC_SECTORS = {"", "GOV"}
# CAMEO's sector for former officials and other public figures without an office
ELITE_SECTOR = "ELI"
# the sector of a people named by its nationality ("ethnic Albanians"): civilians
PEOPLE_SECTOR = "CVL"


@dataclass
class ActorMention:
    """One mention of an actor, before mentions are merged into actors.

    ``key`` merges mentions of one known actor whatever their words; ``title_only`` marks
    "the president", ``pronoun`` marks "he": both refer back to a person named earlier;
    ``bare`` marks an agent with no country ("the ministry", "police"), which refers back
    to the body named earlier with the same head noun; ``unqualified`` a phrase with no
    words saying whose it is (not "Soviet leader"), whose country the context may give.
    """

    text: str
    start: int
    end: int
    identity: Identity
    sentence: int = 0
    key: str | None = None
    title_only: bool = False
    pronoun: bool = False
    bare: bool = False
    unqualified: bool = True
    subject: bool = False
    ours: bool = False  # "our army": the speaker's, resolved where the speech is known
    persons: bool = False  # "his forces": of the person named last before
    bodys: bool = False  # "its leader Khalil al-Hayya": of the body named last before
    locative: bool = False  # after "in", "at", ...: where something happened, not who
    counterpart: bool = False  # after "with", "against": the other side, not one's own
    # the state its clause names as where it acts or is acted on ("killed 20 civilians in Gaza")
    where: str | None = None
    # the verb it is the doer or the other side of: (verb index, "doer" or "other")
    side: tuple[int, str] | None = None


@dataclass
class _Unit:
    """A phrase that may name an actor, before its hosts and modifiers are known."""

    span: Span
    kind: str  # entry, person, agent, title, entity, pronoun
    entry: ActorEntry | None = None
    sector: str = ""
    modifiers: list[_Unit] = field(default_factory=list)
    titles: list[tuple[str, str]] = field(default_factory=list)  # (title text, sector)
    label: str = ""
    hosted: bool = False
    coordinated: bool = False  # one of "Hungarian and Romanian officials"
    place: str | None = None  # the country of a place the knowledge lacks ("Tyumen")

    @property
    def root(self) -> Token:
        return self.span.root


def find_mentions(
    doc: Doc,
    matches: list[KnowledgeMatch],
    *,
    knowledge: ActorKnowledge,
    day: date,
    skip: tuple[int, int] | None = None,
    place_country: Callable[[str], str | None] = lambda name: None,
) -> list[ActorMention]:
    """Every actor mention of ``doc`` in text order; ``skip`` is a character range (the
    dateline) whose words name no actor; ``place_country`` the country of a place name
    the knowledge lacks: "Tyumen officials" are Russia's, and people who act or are acted
    on "in Kharkiv" are Ukraine's."""
    units = _units(doc, matches, knowledge, day)
    for unit in units:
        if unit.kind == "entity" and unit.label in PLACE_LABELS:
            unit.place = place_country(unit.span.text)
    unit_of = {token.i: unit for unit in units for token in unit.span}
    for unit in units:
        _attach(unit, unit_of)
        # "SRINAGAR, Feb 27 (Reuters) - Indian and Pakistani troops": the dateline the
        # parse hung on the phrase says where the story is from, not whose the troops are
        unit.modifiers = [m for m in unit.modifiers if not _inside(m.span, skip)]
    sentences = {sent.start: number for number, sent in enumerate(doc.sents)}
    wheres = _wheres(units, day)
    mentions = []
    for unit in (part for whole in units for part in _coordinated_parts(whole)):
        if unit.hosted or _is_place(unit) or _is_province(unit) or _inside(unit.span, skip):
            continue
        if _is_generic(unit):
            continue
        if _is_former(unit):
            continue
        identity = _identity(unit, knowledge, day)
        if identity is None:
            continue
        span = _mention_span(unit)
        ours = is_ours(unit.root)
        phrase = _phrase_head(unit.root)
        mentions.append(
            ActorMention(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                identity=identity,
                sentence=sentences[unit.root.sent.start],
                key=_key(unit, identity),
                title_only=unit.kind == "title",
                pronoun=unit.kind == "pronoun",
                bare=unit.kind == "agent"
                and not (identity.country or identity.org or ours)
                and unit.root.left_edge.lower_ not in ("a", "an"),  # "a rebel group": new
                unqualified=not (
                    any(_says_whose(modifier) for modifier in unit.modifiers)
                    or _area(unit) is not None
                ),
                subject=unit.root.dep_ in ("nsubj", "nsubjpass"),
                ours=ours,
                persons=any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her") for c in unit.root.children
                ),
                bodys=_owned_by_a_body(unit),
                locative=_named_as_where(phrase),
                counterpart=phrase.head.lower_ in _COUNTERPART,
                where=_where_done(unit, wheres),
                side=_side(phrase),
            )
        )
    return mentions


def _side(phrase: Token) -> tuple[int, str] | None:
    """Which side of its clause a phrase is on: the doer (the subject, or the agent of a
    passive) or the other side (the object, the passive subject, or a preposition's
    object on the verb that is no place): "Lloyd Austin met Ukrainian officials"."""
    while phrase.dep_ in ("conj", "poss") or phrase.dep_ in _MODIFIER_DEPS:
        phrase = phrase.head
    if phrase.dep_ in ("nsubj", "agent"):
        return phrase.head.i, "doer"
    if phrase.dep_ in ("dobj", "nsubjpass", "dative"):
        return phrase.head.i, "other"
    if phrase.dep_ == "pobj" and phrase.head.dep_ == "agent":
        return phrase.head.head.i, "doer"  # "was accused by Cuba"
    if phrase.dep_ == "pobj" and phrase.head.lower_ not in _LOCATIVE:
        return phrase.head.head.i, "other"  # "met with Ukrainian officials"
    return None


def _says_whose(modifier: _Unit) -> bool:
    """Whether a modifier says whose a phrase is: a known name or place does ("Tyumen
    officials"); a title says what, not whose ("Defence Minister Pierre Joxe"), and a
    faith, people, body or place we know no state of ("Moslem fundamentalist
    demonstrators", "Likud lawmakers", "Shona rebels") or an ethnic group ("ethnic Albanian
    guerrillas") leaves that to the context."""
    if modifier.kind == "entity":
        return modifier.place is not None
    return modifier.kind != "title" and _ethnic(modifier) is None


def _owned_by_a_body(unit: _Unit) -> bool:
    """Whether a person or a body's people are named as a body's by "its" or "their" ("its
    leader Khalil al-Hayya", "their spokesman", "its fighters"), on the name or on the
    title it stands beside; "its residents" may be a place's."""
    if unit.kind not in ("person", "title", "agent"):
        return False
    if unit.kind == "agent" and unit.sector not in ARMED_SECTORS | STATE_SECTORS:
        return False
    words = [unit.root, unit.root.head] if unit.root.dep_ == "appos" else [unit.root]
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for w in words for c in w.children)


def _area(unit: _Unit) -> str | None:
    """The region of several states an adjective before the phrase names ("European
    governments", "Western diplomats", "Latin American leaders"), as its CAMEO code ("" for
    a region CAMEO has none for): whose they are is said, and is none of the states around
    them."""
    doc = unit.root.doc
    for child in unit.root.lefts:
        if child.dep_ not in ("amod", "compound", "nmod") or doc[child.left_edge.i - 1].text == "-":
            continue  # "pro-European demonstrators"
        area = AREA_CODES.get(" ".join(word.lower_ for word in child.subtree))
        if area is not None:
            return area
    return None


def _is_former(unit: _Unit) -> bool:
    """A name that says what something no longer is: "former Soviet republics" are not
    Russia (a former leader's country is kept: that name modifies the person)."""
    root = unit.root
    return root.dep_ in _MODIFIER_DEPS and any(
        word.lower_ in FORMER_WORDS for word in root.head.children if word.i < root.i
    )


def _coordinated_parts(unit: _Unit) -> list[_Unit]:
    """ "Hungarian and Romanian officials" are two actors: one part per coordinated
    modifier, each with the modifiers that are not coordinated."""
    if unit.kind not in ("agent", "title") or len(unit.modifiers) < 2:
        return [unit]
    roots = {modifier.root.i for modifier in unit.modifiers}
    coordinated = [
        modifier
        for modifier in unit.modifiers
        if any(other.i in roots for other in modifier.root.conjuncts)
    ]
    if len(coordinated) < 2:
        return [unit]
    rest = [modifier for modifier in unit.modifiers if modifier not in coordinated]
    return [
        replace(unit, modifiers=[modifier, *rest], coordinated=True) for modifier in coordinated
    ]


def _units(
    doc: Doc, matches: list[KnowledgeMatch], knowledge: ActorKnowledge, day: date
) -> list[_Unit]:
    waters = {token.i for ent in doc.ents if _names_water(ent) for token in ent}
    units = [
        _Unit(match.span, "person" if match.entry.kind == "person" else "entry", match.entry)
        for match in matches
        if not any(token.i in waters or _names_document(token) for token in match.span)
    ]
    covered = {token.i for unit in units for token in unit.span}
    for ent in doc.ents:
        if _names_document(ent.root):
            continue
        unit = _entity_unit(ent, units, knowledge, day)
        if unit is not None:
            units = [other for other in units if not _overlaps(other.span, unit.span)]
            units.append(unit)
            covered.update(token.i for token in unit.span)
    for token in doc:
        if token.i in covered or not _heads_phrase(token):
            continue
        if (leader := _unrecognised_leader(token, knowledge, day)) is not None:
            units.append(_Unit(doc[token.i : token.i + 1], "person", leader))
            continue
        if token.lower_ in _PRONOUNS and token.dep_ in ("nsubj", "nsubjpass"):
            units.append(_Unit(doc[token.i : token.i + 1], "pronoun"))
            continue
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        words = _words_before(token, covered)
        for kind, table in (("agent", AGENT_NOUNS), ("title", TITLES)):
            found = table.sector_of([word.text for word in words])
            if found is not None:
                size, sector = found
                span = doc[words[-size].i : token.i + 1]
                units.append(_Unit(span, kind, sector=sector))
                covered.update(word.i for word in span)
                break
    return sorted(units, key=lambda unit: unit.span.start)


def _unrecognised_leader(token: Token, knowledge: ActorKnowledge, day: date) -> ActorEntry | None:
    """A serving leader's bare surname the entity recogniser missed ("Trump met Putin"),
    standing as someone who acts or is acted on, not a word of a name ("Shan-e-Mustafa
    Rally")."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title:
        return None
    hyphened = token.i > 0 and token.nbor(-1).text == "-"
    named = any(child.dep_ == "compound" and child.pos_ == "PROPN" for child in token.children)
    if token.dep_ not in _ARGUMENT_DEPS or hyphened or named:  # "Francesca Albanese"
        return None
    entry = knowledge.person_by_surname(token.text, day)
    return entry if entry is not None and entry.identity_on(day) is not None else None


def _names_water(ent: Span) -> bool:
    """Whether a place entity names a sea, strait or lake ("the Gulf of Oman"), whose words
    name no actor."""
    return ent.label_ in PLACE_LABELS and any(
        token.lower_ in _WATER_NOUNS and token.is_title for token in ent
    )


def _names_document(token: Token) -> bool:
    """Whether a word is of a treaty's or an accord's name ("the Ottawa Convention", "the
    Minsk agreements"), which names where it was signed, not a side."""
    while token.dep_ == "compound" and token.head != token:
        token = token.head
    return token.lemma_.lower() in _DOCUMENT_NOUNS


def _entity_unit(
    ent: Span, units: list[_Unit], knowledge: ActorKnowledge, day: date
) -> _Unit | None:
    """A unit for a named entity the knowledge matcher left: a person's name (with what the
    leaders table knows of it), or the part of an organisation's name after a known name
    ("Federal Penitentiary Service" in "Russia's Federal Penitentiary Service"), a title
    where it is one ("Emergency Relief Coordinator" after "United Nations")."""
    kind = ENTITY_KINDS.get(ent.label_)
    span = trim_span(ent)
    if kind is None or not span.text.strip():
        return None
    inside = [unit for unit in units if _overlaps(unit.span, span)]
    if kind == "person" and len(span) == 1 and span.root.pos_ == "ADJ" and not inside:
        return None  # "Humanitarian aid from ...": a capitalised adjective, no one's name
    if kind == "person":
        if len(inside) == 1 and inside[0].span == span and _names_person(inside[0].entry):
            return _Unit(span, "person", inside[0].entry)
        if inside and not all(_person_wins(span, unit) for unit in inside):
            return None
        entry = knowledge.lookup(span.text)
        if entry is None and len(span) == 1:
            entry = knowledge.person_by_surname(span.text, day)
        return _Unit(span, "person", entry if entry and entry.kind == "person" else None)
    if len(span) == 1 and not inside and ent[0].lower_ != "the":
        # spaCy takes a bare "Lavrov" for a body now and then; "The Hague" is no Hague
        entry = knowledge.person_by_surname(span.text, day)
        if entry is not None:
            return _Unit(span, "person", entry)
    if inside:
        start = max(unit.span.end for unit in inside)
        if start >= span.end or any(unit.span.start >= start for unit in inside):
            return None
        span = trim_span(span.doc[start : span.end])
    if not span.text.strip() or _is_agent_noun(span):
        return None  # "Foreign Ministry", "Coast Guard": an agent, coded by its head noun
    title = TITLES.sector_of([token.text for token in span])
    if title is not None and title[0] == len(span):  # "United Nations Relief Coordinator"
        return _Unit(span, "title", sector=title[1])
    return _Unit(span, "entity", label=ent.label_)


def _is_agent_noun(span: Span) -> bool:
    """Whether a name is an agent's: its head noun is one ("Foreign Ministry"), or the two
    words are ("Coast Guard", "National Guard"), not only the last words of a longer name
    ("Central Electoral Commission")."""
    if AGENT_NOUNS.sector_of([span[-1].text]) is not None:
        return True
    found = AGENT_NOUNS.sector_of([token.text for token in span])
    return found is not None and found[0] == len(span) == 2


def _names_person(entry: ActorEntry | None) -> bool:
    """Whether a known name spaCy calls a person is one: a leader, or a user's entry (a
    dictionary's codes do not say); "Kiev" or "Houthis" taken for a person are not."""
    return entry is not None and (entry.kind == "person" or entry.tier == USER)


def _person_wins(person: Span, unit: _Unit) -> bool:
    """A person's name holding a place name ("Jordan Bardella") stays a person; a known
    name with only a lower-case prefix beside it ("al-Shabab") stays what it is."""
    assert unit.entry is not None
    contains = person.start <= unit.span.start and unit.span.end <= person.end
    others = [token for token in person if not unit.span.start <= token.i < unit.span.end]
    named = any(token.is_alpha and token.text[0].isupper() for token in others)
    return contains and named and unit.entry.kind != "person"


def _heads_phrase(token: Token) -> bool:
    """Whether ``token`` ends its noun phrase ("officials", not "police" in "police chief")."""
    return not (token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"))


def _words_before(token: Token, covered: set[int]) -> list[Token]:
    """``token`` and up to three free words before it in its sentence, without hyphens
    ("Secretary - General" reads as the table's "secretary general")."""
    words: list[Token] = []
    index = token.i
    while index >= token.sent.start and len(words) < 4:
        if index != token.i and index in covered:
            break
        if token.doc[index].text != "-":
            words.insert(0, token.doc[index])
        index -= 1
    return words


def _attach(unit: _Unit, unit_of: dict[int, _Unit]) -> None:
    """Give ``unit`` to the unit it modifies, through modifiers, an apposition or an
    affiliation preposition ("a spokesman for the ministry")."""
    if unit.kind == "pronoun":
        return
    token = unit.root
    if token.dep_ == "conj" and token.head.dep_ in _MODIFIER_DEPS:
        token = token.head  # "Hungarian and Romanian officials": both modify the officials
    named = _named_in_apposition(token, unit_of) if unit.kind == "title" else None
    if named is not None:
        _host(named, unit)  # "their chief negotiator and spokesman, Mohammed Abdulsalam"
        return
    while (token.dep_ in _MODIFIER_DEPS or _leads(token)) and token.head != token:
        if not _same_paragraph(token, token.head) or _dashed_apart(token, token.head):
            return  # a headline the parser ran into the dateline; "(Reuters) - Ethiopia's"
        token = token.head
        host = unit_of.get(token.i)
        if host is not None and host is not unit and host.kind != "pronoun":
            if _takes_sides(unit):
                unit.hosted = True  # "an anti-Syria journalist" is not Syria's, nor Syria
            else:
                _host(host, unit)
            return
    if token.dep_ == "appos":
        other = unit_of.get(token.head.i)
        if other is None or other is unit:
            return
        if other.kind == "entity" and unit.kind == "title" and _looks_like_name(other.span):
            other.kind = "person"  # "Nikki Haley, the US ambassador": the parser said ORG
        if other.kind == "person" and unit.kind in _DESCRIBES_PERSON:
            _host(other, unit)
        elif unit.kind == "person" and other.kind in _DESCRIBES_PERSON:
            _host(unit, other)  # "Salaheddine Sidhoum, Algeria's leading rights activist"
        return
    if token.dep_ == "pobj" and _is_tie(token.head.head):
        holder = unit_of.get(token.head.head.head.i)
        if holder is not None and holder.kind == "agent":
            holder.modifiers.append(unit)
        return
    if token.dep_ == "pobj":
        holder = unit_of.get(token.head.head.i)
        if holder is None or holder.kind not in ("person", "title", "agent", "entry"):
            return
        preposition = token.head.lower_
        if holder.kind == "entry" and _names_people(holder) and preposition in ("of", "in"):
            holder.modifiers.append(unit)  # "the Albanians of southern Serbia"
        elif preposition in _AFFILIATION or preposition == "in" and holder.kind == "agent":
            holder.modifiers.append(unit)  # "protesters in Tbilisi"; the body stays an actor


def _is_tie(word: Token) -> bool:
    """A participle or adjective tying the phrase it modifies to a body: "linked to"."""
    return word.dep_ in ("acl", "amod") and word.lower_ in _TIED


def _named_in_apposition(title: Token, unit_of: dict[int, _Unit]) -> _Unit | None:
    """The person named beside the first of two coordinated titles, for the second:
    "their chief negotiator and spokesman, Mohammed Abdulsalam"."""
    if title.dep_ != "conj":
        return None
    for child in title.head.children:
        unit = unit_of.get(child.i) if child.dep_ == "appos" else None
        if unit is not None and unit.kind == "person":
            return unit
    return None


def _dashed_apart(modifier: Token, head: Token) -> bool:
    """Whether a dash or colon stands between a modifier and its head, as after a
    dateline's agency: "ADDIS ABABA (Reuters) - Ethiopia's government"."""
    low, high = sorted((modifier.i, head.i))
    return any(token.tag_ == ":" for token in modifier.doc[low + 1 : high])


def is_ours(head: Token) -> bool:
    """ "our army": a phrase the speaker owns, whoever the speaker is."""
    return any(child.dep_ == "poss" and child.lower_ == "our" for child in head.children)


def _leads(token: Token) -> bool:
    """ "Hamas" in "Hamas-led militants" or "the Hamas-run health ministry": their own."""
    return token.dep_ == "npadvmod" and token.head.lower_ in _LEADING and token.head.dep_ == "amod"


def _looks_like_name(span: Span) -> bool:
    """Two to four capitalised words, as a person's name is written."""
    return 2 <= len(span) <= 4 and all(token.pos_ == "PROPN" for token in span)


def _same_paragraph(first: Token, second: Token) -> bool:
    start, end = sorted((first.idx, second.idx))
    return "\n" not in text_of(first.doc)[start:end]


def _takes_sides(unit: _Unit) -> bool:
    """ "anti-Syria", "pro-Russian": a modifier that says whom a phrase is for or against,
    not whose it is."""
    before = unit.span.doc[max(unit.span.start - 2, 0) : unit.span.start]
    return len(before) == 2 and before[0].lower_ in _STANCE_PREFIXES and before[1].text == "-"


def _host(host: _Unit, unit: _Unit) -> None:
    """A person modifying another unit ("Putin's government") stays an actor too."""
    host.modifiers.append(unit)
    if unit.kind == "title":
        host.titles.append((unit.span.text, unit.sector))
        host.modifiers.extend(unit.modifiers)
    unit.hosted = unit.kind != "person"


def _is_place(unit: _Unit) -> bool:
    """A capital or an unknown place after "in", "to", "from", or before a gathering
    ("the Geneva talks", "the Paris Games"): where, not who. A state before one is a
    party to it ("the Iran talks"). Where a body is based is a place, a state too ("a
    UK-based group")."""
    if unit.root.head.lower_ == "based" and unit.root.dep_ in ("npadvmod", "compound"):
        return True
    if unit.kind == "entry":
        place_like = unit.entry is not None and unit.entry.seat
    else:
        place_like = unit.kind == "entity" and unit.label in PLACE_LABELS
    root = unit.root
    return place_like and (after_locative(root) or _before_gathering(root))


def _is_province(unit: _Unit) -> bool:
    """A state of a federation, named by a place ("Sokoto state", "the Nigerian state of
    Kano"): where, not the government of a country."""
    root = unit.root
    if unit.kind != "agent" or root.lower_ != "state":
        return False
    named = [c for c in root.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    named += [
        word
        for prep in root.children
        if prep.lower_ == "of"
        for word in prep.children
        if word.dep_ == "pobj" and word.pos_ == "PROPN"
    ]
    entries = {m.root.i for m in unit.modifiers if m.kind == "entry"}
    return any(word.i not in entries for word in named)


def _before_gathering(root: Token) -> bool:
    """A name compounded with a gathering: "Geneva" in "the Geneva talks"."""
    return root.dep_ == "compound" and root.head.lower_ in VENUES


def after_locative(root: Token) -> bool:
    """After "in", "at", "from", ..., but not a document's author or addressee, nor a
    reaction's voice or addressee ("a statement from the Kremlin", "a rebuke from
    Beijing", "a formal protest to Manila")."""
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE:
        return False
    if root.head.lower_ not in ("from", "to"):
        return True
    host = root.head.head  # "a rebuke from Beijing", or "drew a rebuke from Beijing"
    said = [host, *(c for c in host.children if c.dep_ == "dobj")]
    return not any(word.lemma_ in AUTHORED or word.lemma_ in VOICED for word in said)


class _Where(NamedTuple):
    """A phrase naming a place, its country, and whether it says whence ("from")."""

    token: Token
    country: str
    whence: bool


def _wheres(units: list[_Unit], day: date) -> list[_Where]:
    """Each phrase naming a place as where something is ("in Kharkiv", "in the east of
    the Gaza Strip") or whence ("from Sudan's Darfur region"), not whither ("fled to
    Chad"), or as what a deed hit ("shelled Juba"), with its country."""
    found = []
    for unit in units:
        if unit.span.text.casefold() in demonyms():
            continue  # "killed in Israeli shelling" says by whom
        word = _where_word(_phrase_head(unit.root))
        if word not in _STAYING and word != "from" and not _is_struck_place(unit):
            continue
        identity = unit.entry.identity_on(day) if unit.entry is not None else None
        if country := unit.place or identity and (identity.country or identity.claimed_by):
            found.append(_Where(unit.root, country, whence=word == "from"))
    return found


def _is_struck_place(unit: _Unit) -> bool:
    """A state, capital or place a verb takes as its object: "shelled Juba"."""
    place = (
        unit.place is not None
        or unit.entry is not None
        and (unit.entry.seat or unit.entry.kind in ("state", "region"))
    )
    return place and unit.root.dep_ == "dobj"


def _where_done(unit: _Unit, wheres: list[_Where]) -> str | None:
    """The country named as where a clause's verb is done by or to a phrase, its subject,
    object or passive subject, one coordinated with it or counted by it ("thousands of
    protesters rallied in Tbilisi", "detained dozens of civilians in Kharkiv"); for an
    object, else the place the deed its participle tells of hit ("shelled Juba, killing
    20 people", "launched drones at Kyiv, killing four people"); else whence it came
    ("refugees fled to Chad from Sudan"); None for any other phrase or where the clause
    names no place."""
    head = unit.root.head if unit.root.dep_ == "conj" else unit.root
    if head.dep_ == "pobj" and head.head.lower_ == "of":  # "dozens of civilians"
        head = head.head.head
    if head.dep_ == "npadvmod" and head.head.lower_ in _HOLDING:
        head = head.head.head  # "struck rebel-held towns in Idlib": where the towns are
    if head.dep_ not in ("nsubj", "dobj", "nsubjpass"):
        return None
    verb = head.head
    clause = [where for where in wheres if verb.is_ancestor(where.token)]
    inside = [
        where
        for where in clause
        if not where.whence and (where.token.dep_ != "dobj" or head.dep_ != "nsubj")
    ]
    if not inside and head.dep_ != "nsubj":
        deed = verb
        while deed.tag_ == "VBG" and deed.dep_ in ("advcl", "xcomp", "conj"):
            deed = deed.head
        inside = [where for where in wheres if _aimed_at(where.token) == deed]
    inside = inside or [where for where in clause if where.whence]
    if not inside:
        return None
    return min(inside, key=lambda where: abs(where.token.i - unit.root.i)).country


def _aimed_at(place: Token) -> Token:
    """The verb a place is the object of, directly or through a preposition, or where the
    verb's object is: "shelled Juba", "launched drones at Kyiv", "struck a building in
    Beirut"."""
    if place.dep_ != "pobj":
        return place.head
    host = place.head.head
    return host.head if host.dep_ == "dobj" and place.head.lower_ in _STAYING else host


def _phrase_head(root: Token) -> Token:
    """The noun a modifier's phrase hangs on: "city" for "Saudi" in "the Saudi city",
    "region" for "Sudan" in "Sudan's Darfur region"."""
    return root.head if root.dep_ in _MODIFIER_DEPS else root


def _named_as_where(root: Token) -> bool:
    """After "in", "at", ..., also through "of" ("in the east of the Gaza Strip")."""
    return _where_word(root) in _LOCATIVE


def _where_word(root: Token) -> str | None:
    """The preposition a place phrase hangs on, also through "of"."""
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.dep_ == "pobj":
        root = root.head.head
    return root.head.lower_ if root.dep_ == "pobj" else None


def _is_generic(unit: _Unit) -> bool:
    """ "a president", "a spokesman": a title with an indefinite article and nothing that
    says whose it is names no one in particular."""
    first = unit.root.left_edge
    return unit.kind == "title" and not unit.modifiers and first.lower_ in ("a", "an")


def _inside(span: Span, skip: tuple[int, int] | None) -> bool:
    return skip is not None and skip[0] <= span.start_char < skip[1]


def _overlaps(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


def _identity(unit: _Unit, knowledge: ActorKnowledge, day: date) -> Identity | None:
    """What ``unit`` names, from its own words, its modifiers and the article's date."""
    if unit.kind == "pronoun":
        return Identity(unit.span.text, "person")
    if unit.kind == "entry":
        assert unit.entry is not None
        identity = unit.entry.identity_on(day)
        if identity is None:
            return Identity(unit.entry.names[0].title(), "other")
        if _names_people(unit) and (unit.modifiers or _ethnic(unit) is not None):
            return _people(unit, day, knowledge)
        return _with_affiliation(identity, unit, day, knowledge)
    if unit.kind == "entity":
        return _with_affiliation(Identity(unit.span.text, "other"), unit, day, knowledge)
    if unit.kind == "agent":
        return _agent(unit, day, knowledge)
    return _person(unit, knowledge, day)


def _names_people(unit: _Unit) -> bool:
    """A nation's people by their plural name ("Albanians"), not its state."""
    return unit.entry is not None and unit.entry.kind == "state" and unit.root.tag_ == "NNPS"


def _ethnic(unit: _Unit) -> Token | None:
    """The word "ethnic" before a people's name, if there."""
    return next((child for child in unit.root.lefts if child.lower_ == "ethnic"), None)


def _people(unit: _Unit, day: date, knowledge: ActorKnowledge) -> Identity:
    """A people where they live, as CAMEO and PLOVER code them: "the Albanians of southern
    Serbia" are Serbia's; "ethnic Turks" are no state's, and take the country the
    sentence is about (see :func:`merge._place_unplaced`)."""
    where = _affiliation(unit.modifiers, day, knowledge)
    country = where.country or where.claimed_by  # "Palestinians of the West Bank"
    ethnic = _ethnic(unit)
    start = ethnic.i if ethnic is not None else unit.span.start
    name = unit.span.doc[start : unit.span.end].text
    code = actor_code(country, PEOPLE_SECTOR)
    return Identity(name, "group", code, country, None, PEOPLE_SECTOR)


def _with_affiliation(
    identity: Identity, unit: _Unit, day: date, knowledge: ActorKnowledge
) -> Identity:
    """A known actor without a country takes one from its modifiers ("US" in "US Congress"),
    and a state's organ named as another state's is that state's ("Peru's Congress")."""
    organ = identity.kind == "state" and identity.sector is not None
    if identity.org or identity.claimed_by or not unit.modifiers:
        return identity
    if identity.country and not organ:
        return identity
    country = _affiliation(unit.modifiers, day, knowledge).country
    if not country or country == identity.country:
        return identity
    return replace(identity, country=country, code=actor_code(country, identity.sector))


def _agent(unit: _Unit, day: date, knowledge: ActorKnowledge) -> Identity:
    found = _affiliation(unit.modifiers, day, knowledge)
    sector = unit.sector
    group = _named_group(unit, day)
    branch = group is not None and group.country is None and found.country  # "Iraq's al-Qaeda"
    if group is not None and sector not in STATE_SECTORS and not branch:
        return replace(group, name=_mention_span(unit).text)
    if found.country:
        kind = "state" if sector in STATE_SECTORS else "group"
    elif found.claimed_by:
        kind = "region"
    else:
        kind = "igo" if found.org else "other"
    code = actor_code(found.country, sector) or org_code(found.org)
    if not (code or found.claimed_by) and (area := _area(unit)):
        code = area + sector  # "Western leaders": WSTGOV, as CAMEO codes a region's
    name = _mention_span(unit).text
    if unit.coordinated:  # "Hungarian officials", not "Hungarian and Romanian officials"
        name = f"{unit.modifiers[0].span.text} {unit.span.text}"
    return Identity(name, kind, code, found.country, found.org, sector, None, found.claimed_by)


def _named_group(unit: _Unit, day: date) -> Identity | None:
    """The armed group or movement whose name modifies the phrase: "Hamas fighters",
    "Islamic State militants" and "Wagner mercenaries" are the group itself, with its code."""
    for modifier in unit.modifiers:
        if modifier.kind == "entry" and modifier.entry is not None:
            identity = modifier.entry.identity_on(day)
            if identity is not None and identity.kind == "group" and identity.code:
                return identity
    return None


def _person(unit: _Unit, knowledge: ActorKnowledge, day: date) -> Identity:
    """A person, or a title standing for one: the role from the titles before the name or
    beside it, the country or organisation from the words that modify it, the rest from
    the leaders table by the article's date."""
    known = unit.entry.identity_on(day) if unit.entry is not None else None
    titles = [*_titles_before(unit), *unit.titles]
    if unit.kind == "title":
        titles.append((unit.span.text, unit.sector))
    found = _affiliation(unit.modifiers, day, knowledge)
    country, org, body_sector = found.country, found.org, found.sector
    role_text, role_sector = titles[0] if titles else (None, "")
    if known is None and unit.kind == "title" and role_text and (country or org):
        holder = knowledge.holder(country or org or "", role_text, day)
        if holder is not None:
            unit.entry = holder
            known = holder.identity_on(day)
    if known is not None:
        # a serving leader is of the country on record: "Congo's President Felix
        # Tshisekedi" is the DR Congo's, whichever Congo the bare name would be
        country = known.country or country
        org = org or known.org
        role_text = role_text or known.role
        role_sector = role_sector or (known.sector or "")
    elif unit.entry is not None and unit.entry.kind == "person":  # out of office that day
        country = country or unit.entry.nationality
        role_sector = role_sector or ELITE_SECTOR
    sector = role_sector
    if body_sector and (role_sector in _GENERIC_SECTORS or body_sector not in STATE_SECTORS):
        sector = body_sector  # a rebels' spokesman, a FARC commander: a rebel
    sector = sector or ("GOV" if role_text else "")
    code = actor_code(country, sector or None) or org_code(org)
    if known is not None and (known.country, known.sector) == (country, sector or None):
        code = known.code or code  # a dictionary's full code: "USAGOVDIP"
    elif (group := _named_group(unit, day)) is not None and sector not in STATE_SECTORS:
        code = group.code  # "an Islamic State commander", "Hamas leader Yahya Sinwar"
    name = unit.span.text if unit.kind == "person" else _mention_span(unit).text
    if known is not None and unit.kind == "title":
        name = known.name
    claimed_by = None if country else found.claimed_by
    role = role_text or None  # an agent noun before the name ("ruling party candidate") is none
    return Identity(name, "person", code, country, org, sector or None, role, claimed_by)


def _titles_before(unit: _Unit) -> list[tuple[str, str]]:
    """Titles among the free words before a name: "President" in "Georgia's President X";
    a former office makes one of the elite ("former President Mohamed Morsi")."""
    if unit.kind != "person":
        return []
    doc = unit.span.doc
    start = unit.root.left_edge.i
    taken = {token.i for modifier in unit.modifiers for token in modifier.span}
    words = [doc[i] for i in range(start, unit.span.start) if i not in taken]
    if not words:
        return []
    joined = _joined(words)
    found = TITLES.find([token.text for token in joined])
    if found is None:
        agent = AGENT_NOUNS.find([token.text for token in words])
        return [("", agent[2])] if agent else []
    begin, end, sector = found
    if begin > 0 and joined[begin - 1].lower_ in FORMER_WORDS:  # "former President Morsi"
        begin, sector = begin - 1, ELITE_SECTOR
    text = doc[joined[begin].i : joined[end - 1].i + 1].text
    return [(text, sector)]


def _joined(tokens: list[Token]) -> list[Token]:
    """Tokens without the hyphens between words ("Secretary - General" reads as one title
    in the table, which lists "secretary-general" as words too)."""
    return [token for token in tokens if token.text != "-"]


@dataclass
class _Affiliation:
    """What the units modifying an actor say it belongs to."""

    country: str | None = None
    org: str | None = None
    sector: str = ""
    claimed_by: str | None = None  # a territory's claimant: "South Ossetian officials"


def _affiliation(modifiers: Iterable[_Unit], day: date, knowledge: ActorKnowledge) -> _Affiliation:
    found = _Affiliation()
    for modifier in modifiers:
        if _ethnic(modifier) is not None:
            continue  # "ethnic Albanian guerrillas" are a people's, not Albania's
        identity = _identity(modifier, knowledge, day)
        if identity is None:
            continue
        found.country = found.country or identity.country or modifier.place
        found.org = found.org or identity.org
        found.claimed_by = found.claimed_by or identity.claimed_by
        if identity.kind != "person":
            found.sector = found.sector or (identity.sector or "")
    return found


def _mention_span(unit: _Unit) -> Span:
    """The words shown for a mention: a person's name; an agent or title with the words
    that made it ("Georgian officials", "the German ambassador" without "the")."""
    if unit.kind not in ("agent", "title"):
        return unit.span
    doc = unit.span.doc
    start = min([unit.span.start, *(m.span.start for m in unit.modifiers)])
    start = max(start, unit.root.left_edge.i)
    end = max([unit.span.end, *(m.span.end for m in unit.modifiers)])
    return trim_span(doc[start : min(end, unit.root.right_edge.i + 1)])


def _key(unit: _Unit, identity: Identity) -> str | None:
    """Mentions with one key are one actor: a known entry, or a coded body by its code."""
    if unit.kind == "person":
        entry = unit.entry
        return f"entry:{entry.key}" if entry is not None else None
    if unit.kind in ("title", "pronoun"):
        return None
    if identity.code and identity.kind != "person":
        return f"code:{identity.code}"
    if unit.entry is not None:
        people = identity.sector == PEOPLE_SECTOR and identity.kind == "group"
        return f"{'people' if people else 'entry'}:{unit.entry.key}"
    return None
