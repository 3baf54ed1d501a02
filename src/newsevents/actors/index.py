"""Which actor each token of a parsed article names, for the stages that read roles
from the parse (events' sources and targets, quotations' speakers).

A phrase names the actor of its head token, else of a modifier, apposition or "of"
complement ("the government of Georgia", "Abiy Ahmed's office"); "it"/"they" name the
speaker of the reported speech they sit in, else the nearest earlier body; "him"/"her"
the nearest earlier person they can name; a definite
description ("the bloc", "the agency") the actor an earlier phrase with the same noun
named ("the Saudi-led coalition"), else the nearest earlier actor of a kind it can name
(``data/actors/references.tsv``).

Example:
    >>> index = ActorIndex(doc, coded.actors)  # doctest: +SKIP
    >>> index.actors(doc[0])  # doctest: +SKIP
    ['a1']
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import cache

from spacy.tokens import Doc, Token

from ..knowledge import read_table
from ..records import Actor, Mention
from .knowledge import state_name
from .mentions import is_ours
from .words import (
    AGENT_NOUNS,
    ARMED_SECTORS,
    AUTHORED,
    MEDIA_SECTOR,
    PEOPLE_SECTORS,
    STATE_SECTORS,
    is_role,
)

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
BODY_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "itself"})
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "pobj", "dative"})
SPEAKER_PRONOUNS = frozenset({"we", "us"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
# prepositions of what one is blamed, praised or thanked for
GROUNDS = frozenset({"for", "over"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Each person pronoun with the subject form it agrees with.
PERSON_PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she"}
NOMINAL_MODIFIERS = frozenset({"poss", "compound", "amod", "nmod"})
# the numbers a description may count the actors it refers back to by ("the three countries")
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# where a phrase is what a deed is done at or to, not what its doer does ("fired on its
# convoys", "at its positions"; not "closed its border")
ABOUT_DEPS = frozenset({"pobj", "dative"})
# what a person's possessive makes that person's state: "his country", "her government"
OWN_STATE = frozenset({"country", "nation", "government"})
# determiners of a thing told before: "the bloc", "this attack"
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Nouns whose "of" complement names the place itself: "the region of South Ossetia".
PLACE_NOUNS = frozenset(
    {"region", "province", "city", "town", "republic", "enclave", "territory", "district",
     "island", "state", "port", "village"}
)  # fmt: skip
# Prepositions that name examples of a phrase's own kind: "partners like Saudi Arabia".
EXAMPLE_PREPS = frozenset({"like", "including"})
# Sectors that challenge their country's government (CAMEO: rebels, insurgents, opposition).
CHALLENGER_SECTORS = frozenset({"REB", "INS", "OPP", "SEP"})
REFERENCES_FILE = "actors/references.tsv"
# Sectors of a crowd named by its nationality ("Palestinian prisoners"), which a definite
# description of a body ("the group") does not refer back to; rebels are a body.
CROWD_SECTORS = PEOPLE_SECTORS - CHALLENGER_SECTORS


class ActorIndex:
    """Which actor each token of a document belongs to, from the actors' mentions."""

    def __init__(self, doc: Doc, actors: list[Actor], *, places: Iterable[str] = ()) -> None:
        self._actors = actors
        self.by_token: dict[int, str] = {}
        self._also: dict[int, list[str]] = {}  # a token's other actors, where a phrase names two
        self.kinds = {actor.id: actor.kind for actor in actors}
        self.named = {actor.id for actor in actors if actor.name[:1].isupper()}
        self._sides = {actor.id: _side(actor) for actor in actors}
        self._homes = {actor.id: actor.country or actor.org or actor.id for actor in actors}
        self._unplaced = {actor.id for actor in actors if not (actor.country or actor.org)}
        self._places = set(places)  # towns and regions the places stage coded by their state
        self._igo_people = {a.id for a in actors if a.kind == "person" and a.org and not a.country}
        # a state named by its country stands for its government
        self._sectors = {actor.id: actor.sector or "GOV" for actor in actors}
        starts: list[tuple[int, str]] = []
        # starts of mentions that end in a plural noun or are coordinated with another
        self._plural: set[int] = set()
        self._peoples: set[str] = set()  # states also named by their people ("Nigerians")
        for actor in actors:
            for mention in actor.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                if span is None:
                    continue
                for token in span:
                    owner = self.by_token.setdefault(token.i, actor.id)
                    if owner != actor.id:  # "Hungarian and Romanian officials"
                        self._also.setdefault(token.i, []).append(actor.id)
                starts.append((span.start, actor.id))
                joined = span.root.dep_ == "conj" or any(
                    c.dep_ == "conj" for c in span.root.children
                )
                if span[-1].tag_ in PLURAL_TAGS or joined:  # "protesters", "France and Britain"
                    self._plural.add(span.start)
                    if actor.kind == "state" and span[-1].pos_ == "PROPN":
                        self._peoples.add(actor.id)
        starts.sort()
        self._pronouns: dict[str, str] = {}  # the pronoun the actors stage calls a person by
        for position, named in self.by_token.items():
            if (word := doc[position].lower_) in PERSON_PRONOUNS:
                self._pronouns.setdefault(named, PERSON_PRONOUNS[word])
        self.tokens = frozenset(self.by_token)
        # those who bear arms, and states named by their country: who can be fought
        armed = {a.id for a in actors if a.sector in ARMED_SECTORS}
        states = {a.id for a in actors if a.kind == "state" and not a.sector}
        self.armed_tokens = frozenset(i for i, actor in self.by_token.items() if actor in armed)
        self.state_tokens = frozenset(i for i, actor in self.by_token.items() if actor in states)
        self._starts = [start for start, _ in starts]
        self._ids = [actor_id for _, actor_id in starts]

    def place_actor(
        self, name: str, country: str, mention: Mention, *, sector: str | None = None
    ) -> str:
        """The actor for a place an event happened at and was done to ("arrived in Amman",
        "fired at targets in Jericho"), coded by its state as CAMEO codes a city, or with
        ``sector`` one of its people ("unidentified armed forces" UAF); added to the
        article's actors the first time, with no token of its own, so that no other role
        reads it."""
        for actor in self._actors:
            if actor.name == name and actor.country == country:
                if mention not in actor.mentions:
                    actor.mentions.append(mention)
                return actor.id
        number = 1 + max((int(a.id[1:]) for a in self._actors if a.id[1:].isdigit()), default=0)
        code = country + (sector or "")
        kind = "group" if sector else "other"
        actor = Actor(f"a{number}", name, kind, code=code, country=country, sector=sector)
        actor.mentions.append(mention)
        self._actors.append(actor)
        self.kinds[actor.id] = actor.kind
        self.named.add(actor.id)
        self._sides[actor.id] = _side(actor)
        self._sectors[actor.id] = sector or "GOV"
        return actor.id

    def own_state(self, actor: str, mention: Mention, *, organs: bool = False) -> str | None:
        """The actor for the state a group, person or people belongs to ("Kenyan
        protesters", "thousands of Kenyans": Kenya), added as :meth:`place_actor` adds a
        place; None for the state itself or, unless ``organs``, one of its organs ("the
        Sudanese government"), and for an actor with no country."""
        organ = self._sectors.get(actor) in STATE_SECTORS and actor not in self._peoples
        if organ and not organs:
            return None
        country = next((a.country for a in self._actors if a.id == actor), None)
        return self.place_actor(state_name(country), country, mention) if country else None

    def kind_at(self, token: Token) -> str | None:
        """The kind of the actor a token names, None where it names none."""
        actor = self.by_token.get(token.i)
        return self.kinds.get(actor) if actor is not None else None

    def speaks_for(self, speaker: str, actor: str) -> bool:
        """Whether ``speaker`` speaks for ``actor``: itself, or, for a body, one of its own
        (NATO's Secretary-General for NATO, a Kremlin spokesman for Russia)."""
        if speaker == actor:
            return True
        return self.kinds.get(actor) != "person" and self.side(speaker) == self.side(actor)

    def one_state(self, first: str, second: str) -> bool:
        """Whether two actors are one state under two names ("Beijing" and "China")."""
        return (
            self.kinds.get(first) == self.kinds.get(second) == "state"
            and self.side(first) == self.side(second)
            and self._sectors.get(first) == self._sectors.get(second)
        )

    def own_forces(self, actor: str, others: list[str]) -> bool:
        """Whether ``actor`` is the armed forces of one of ``others``' states: the troops
        or artillery a state sends or fires ("France will contribute 4,000 troops")."""
        return self._sectors.get(actor) == "MIL" and any(
            self.side(actor) == self.side(other) for other in others
        )

    def sector(self, actor: str) -> str:
        """The actor's sector ("REB", "CVL"), "GOV" for a state or a person with none."""
        return self._sectors.get(actor, "GOV")

    def is_place(self, actor: str) -> bool:
        """Whether the actor is a place coded by its state ("shelled Kirkuk"): where a
        side acts, never a side itself."""
        return actor in self._places

    def is_media(self, actor: str) -> bool:
        """Whether the actor is a news outlet ("told Reuters": an audience, not a party)."""
        return self._sectors.get(actor) == MEDIA_SECTOR

    def is_coded(self, actor: str) -> bool:
        """Whether the actor has a country or organisation (not "Shire", "the protesters")."""
        return self._sides.get(actor, actor) != actor

    def home(self, actor: str) -> str:
        """The country or organisation an actor belongs to, its rebels and opposition
        with it (Hamas and Palestinian civilians are both of PSE)."""
        return self._homes.get(actor, actor)

    def side(self, actor: str) -> str:
        """The country or organisation an actor belongs to (itself when it has none)."""
        return self._sides.get(actor, actor)

    def actors(self, head: Token | None) -> list[str]:
        """The actors a phrase names: one per coordinated head ("NATO and the US")."""
        if head is None:
            return []
        found: list[str] = []
        for conjunct in (head, *head.conjuncts, *_listed(head), *self._name_conjuncts(head)):
            if counted := self._counted_before(conjunct):  # "the three countries"
                found.extend(actor for actor in counted if actor not in found)
                continue
            actor = self._phrase_actor(conjunct)
            also = (*self._also.get(conjunct.i, ()), *self._modifiers(conjunct))
            if conjunct.lower_ in PLURAL_PRONOUNS and actor == self._speaker(conjunct):
                also += tuple(self._co_speakers(conjunct))
            elif conjunct.lower_ in PLURAL_PRONOUNS and actor is not None:
                also += tuple(self._joined_to(actor, conjunct))
            for named in (actor, *also):
                if named is not None and named not in found:
                    found.append(named)
        return found

    def _counted_before(self, head: Token) -> list[str]:
        """The actors named together last before a definite description that counts them,
        as many as it says, each of a kind it can name: "the three countries" after
        "Mali, Burkina Faso and Niger left ECOWAS"."""
        count = next((_count(child) for child in head.children if child.dep_ == "nummod"), 0)
        if count < 2 or head.tag_ not in PLURAL_TAGS:
            return []
        kinds = references().get(head.lemma_.lower(), ())
        if not kinds or not any(child.lower_ in DEFINITE for child in head.lefts):
            return []
        for token in reversed(head.doc[: head.i]):
            if token.i not in self.by_token or token.dep_ in ("conj", "appos"):
                continue  # a list is read from its first name
            words = (token, *token.conjuncts, *_listed(token))
            named = [self.by_token.get(word.i) for word in words]
            together = list(dict.fromkeys(actor for actor in named if actor is not None))
            if len(together) == count and all(self.kinds.get(a) in kinds for a in together):
                return together
        return []

    def _joined_to(self, actor: str, pronoun: Token) -> list[str]:
        """The actors the last mention of ``actor`` before ``pronoun`` is coordinated
        with: "them" after "the United States and France urged Israel" is both."""
        for token in reversed(pronoun.doc[: pronoun.i]):
            if self.by_token.get(token.i) != actor:
                continue
            while token.dep_ in ("compound", "flat") and token.head != token:
                token = token.head
            return [
                other
                for word in token.conjuncts
                if (other := self.by_token.get(word.i)) is not None and other != actor
            ]
        return []

    def _name_conjuncts(self, head: Token) -> list[Token]:
        """Conjuncts the parse hangs on another word of the head's name: "Barack Obama
        and Vladimir Putin" with "Barack" the subject and "Putin" joined to "Obama"."""
        actor = self.by_token.get(head.i)
        if actor is None:
            return []
        near = [*head.children, *([head.head] if abs(head.head.i - head.i) == 1 else [])]
        named = [word for word in near if self.by_token.get(word.i) == actor]
        return [conjunct for word in named for conjunct in word.conjuncts]

    def _modifiers(self, head: Token) -> list[str]:
        """Actors of coordinated modifiers of a noun that names none itself: "the Turkish
        and Greek sides", and of a role's "of" ("the foreign ministers of Iran and Saudi
        Arabia")."""
        if head.i in self.by_token:
            return []
        modifiers = [m for m in head.lefts if m.dep_ in NOMINAL_MODIFIERS]
        if is_role(head):
            modifiers += [
                obj
                for prep in head.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for obj in prep.children
                if obj.dep_ == "pobj"
            ]
        return [
            self.by_token[word.i]
            for modifier in modifiers
            if modifier.i in self.by_token and modifier.conjuncts
            for word in (modifier, *modifier.conjuncts)
            if word.i in self.by_token
        ]

    def _phrase_actor(self, head: Token) -> str | None:
        if head.i in self.by_token:
            actor = self.by_token[head.i]
            if actor in self._unplaced and is_ours(head):
                return self._speaker(head) or actor  # "our army will answer", Netanyahu said
            return actor
        if head.lower_ in BODY_PRONOUNS:
            return self._antecedent(head)
        if head.lower_ in SPEAKER_PRONOUNS:  # "We call on ...," the State Department said
            return self._speaker(head)
        if head.lower_ in PERSON_PRONOUNS:  # one the actors stage left: "urging him to"
            return self.person_before(head.i, head.lower_)
        uncoded = None
        for token in _phrase_tokens(head):
            found = self.by_token.get(token.i)
            if found is None or found == uncoded:
                continue
            if token.dep_ == "appos" and self.side(found) == found and uncoded is None:
                uncoded = found  # "A member of the Syrian parliament, Mohammed Mamoun"
                continue
            return found
        if uncoded is not None:
            return uncoded
        if (owner := self._possessor(head)) is not None:
            return owner
        kinds = references().get(head.lemma_.lower(), ())
        if head.tag_ in PLURAL_TAGS:  # "the 27 leaders" are no one person
            kinds = tuple(kind for kind in kinds if kind != "person")
        if kinds and any(child.lower_ in DEFINITE for child in head.lefts):
            named = (self._named_before(head.i, kind) for kind in kinds)
            return (
                self._same_noun_before(head, kinds)
                or self._speakers_body(head, kinds)
                or self._sector_before(head)
                or next(filter(None, named), None)
            )
        return None

    def _sector_before(self, head: Token) -> str | None:
        """The body named last before whose sector a word before the noun says: "the rebel
        alliance" after "the M23 rebels" (not the UN's experts told between)."""
        words = [child.text for child in head.lefts if child.dep_ in NOMINAL_MODIFIERS]
        found = AGENT_NOUNS.sector_of(words) if words else None
        if found is None:
            return None
        return self._last_named_before(head.i, lambda actor: self._sectors.get(actor) == found[1])

    def _possessor(self, head: Token) -> str | None:
        """Whom a possessive pronoun makes a phrase name: the state of the person named
        last before for "his country" ("Mulino said his country would not accept ...":
        Panama), and in reported speech the speaker for what a deed is done at or to
        ("UNRWA said Israeli forces had fired on its convoys"; not what one does with its
        own: "Tanzania has closed its border, the government said")."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        if owner.lower_ in PERSON_PRONOUNS and head.lemma_ in OWN_STATE:
            person = self.person_before(owner.i, owner.lower_)
            mention = Mention(head.idx, head.idx + len(head.text), head.text)
            return self.own_state(person, mention, organs=True) if person else None
        if owner.lower_ in NEUTER_PRONOUNS and head.dep_ in ABOUT_DEPS:
            speaker = self._speaker(owner)
            return speaker if speaker is not None and self.kinds.get(speaker) != "person" else None
        return None

    def _same_noun_before(self, head: Token, kinds: tuple[str, ...]) -> str | None:
        """The actor of one of ``kinds`` an earlier phrase with the same noun named: "the
        coalition" after "the Saudi-led coalition"."""
        for token in reversed(head.doc[: head.i]):
            if token.lemma_ != head.lemma_:
                continue
            for left in token.lefts:
                for modifier in left.subtree:
                    actor = self.by_token.get(modifier.i)
                    if actor is not None and self.kinds.get(actor) in kinds:
                        return actor
        return None

    def person_before(
        self, position: int, pronoun: str, *, skip: frozenset[int] = frozenset()
    ) -> str | None:
        """The person named last before token ``position`` (not at a ``skip`` token, such
        as one inside quotation marks) whom ``pronoun`` can name: never one the article
        calls by the other pronoun."""
        gender = PERSON_PRONOUNS[pronoun]
        for token in range(position - 1, -1, -1):
            actor = self.by_token.get(token)
            if actor is None or token in skip or self.kinds.get(actor) != "person":
                continue
            if self._pronouns.get(actor, gender) == gender:
                return actor
        return None

    def _named_before(self, position: int, kind: str) -> str | None:
        """The named actor of ``kind`` mentioned last before token ``position``, never a
        crowd named by its nationality ("the group" after "Hamas released three hostages
        in exchange for 90 Palestinian prisoners" is Hamas)."""
        return self._last_named_before(
            position,
            lambda actor: (
                self.kinds.get(actor) == kind and self._sectors.get(actor) not in CROWD_SECTORS
            ),
        )

    def _last_named_before(self, position: int, fits: Callable[[str], bool]) -> str | None:
        """The named actor that ``fits``, mentioned last before token ``position``."""
        at = bisect.bisect_left(self._starts, position) - 1
        while at >= 0:
            actor = self._ids[at]
            if actor in self.named and fits(actor):
                return actor
            at -= 1
        return None

    def _speaker(self, token: Token) -> str | None:
        """The actor whose reported speech ``token`` sits in, if any."""
        speaker = _speaker_token(token)
        return self.by_token.get(speaker.i) if speaker is not None else None

    def _co_speakers(self, pronoun: Token) -> list[str]:
        """The other speakers "they" stands for: "Russia and China said they would veto"."""
        if (speaker := _speaker_token(pronoun)) is None:
            return []
        return [self.by_token[t.i] for t in speaker.conjuncts if t.i in self.by_token]

    def _speakers_body(self, head: Token, kinds: tuple[str, ...]) -> str | None:
        """The body a definite description in reported speech names when the speaker is
        its own: "NATO chief Jens Stoltenberg said the alliance ..." is NATO, for which
        he speaks where the article names NATO only in his title."""
        speaker = self._speaker(head)
        if speaker is None:
            return None
        spoken_for = speaker if speaker in self._igo_people and "igo" in kinds else None
        side = self.side(speaker)
        at = bisect.bisect_left(self._starts, head.i) - 1
        while at >= 0:
            actor = self._ids[at]
            if actor != speaker and self.kinds.get(actor) in kinds and self.side(actor) == side:
                return actor
            at -= 1
        return spoken_for

    def _antecedent(self, pronoun: Token) -> str | None:
        """The speaker of the reported speech the pronoun sits in, else the nearest
        earlier actor that is not a person, in this sentence or the one before; an object
        is not its own verb's subject ("troops dispersed them": not the troops)."""
        if (speaker := self._speaker(pronoun)) is not None:
            if self.kinds.get(speaker) == "person" and pronoun.lower_ in NEUTER_PRONOUNS:
                # "Chirac reminded Iraq that it must cooperate": no person is "it"
                return self._addressee(pronoun) or speaker
            return speaker
        if (patient := self._grounds_patient(pronoun)) is not None:
            return patient
        first = pronoun.sent.start
        if first > 0:
            first = pronoun.doc[first - 1].sent.start
        doers = self._own_subjects(pronoun)
        last = bisect.bisect_left(self._starts, pronoun.i) - 1
        candidates = [
            (self._starts[position], self._ids[position])
            for position in range(last, -1, -1)
            if self._starts[position] >= first
            and self.kinds.get(self._ids[position]) != "person"
            and self._ids[position] not in doers
        ]
        if pronoun.lower_ in PLURAL_PRONOUNS:  # "they", "them": protesters before a city
            plural = (actor for start, actor in candidates if start in self._plural)
            if (found := next(plural, None)) is not None:
                return found
        return candidates[0][1] if candidates else None

    def _grounds_patient(self, pronoun: Token) -> str | None:
        """Whose a possessive is in what someone is blamed, praised or thanked for: the
        one acted on ("Russia was criticised by the G7 for its attacks", "thanked Qatar
        for its mediation")."""
        noun = pronoun.head
        if pronoun.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ not in GROUNDS:
            return None
        verb = noun.head.head
        patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        found = [actor for patient in patients for actor in self.actors(patient)]
        return found[0] if len(found) == 1 else None

    def _addressee(self, token: Token) -> str | None:
        """The body spoken to in the reported speech ``token`` sits in: "reminded Iraq"."""
        verb = _reporting_verb(token)
        spoken_to = (c for c in verb.children if c.dep_ in ("dobj", "dative")) if verb else ()
        named = (self.by_token.get(c.i) for c in spoken_to)
        return next((a for a in named if a is not None and self.kinds.get(a) != "person"), None)

    def _own_subjects(self, pronoun: Token) -> set[str]:
        """The actors of the subject of the verb whose object ``pronoun`` is."""
        if pronoun.dep_ not in OBJECT_PRONOUN_DEPS:
            return set()
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        subjects = (child for child in verb.children if child.dep_ in SUBJECT_DEPS)
        return {self.by_token[s.i] for s in subjects if s.i in self.by_token}


def _speaker_token(token: Token) -> Token | None:
    """The subject of the verb whose reported speech ``token`` sits in, if any."""
    verb = _reporting_verb(token)
    if verb is None:
        return None
    # "welcomed ... and said its fighters": the shared subject
    speaker = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if speaker is None and verb.dep_ == "conj":
        speaker = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    return speaker


def _reporting_verb(token: Token) -> Token | None:
    """The verb whose reported clause ``token`` sits in, if any."""
    clause = token.head
    while clause.dep_ not in ("ccomp", "ROOT") and clause.head != clause:
        clause = clause.head
    return clause.head if clause.dep_ == "ccomp" else None


def _side(actor: Actor) -> str:
    """The country or organisation an actor belongs to, or the code of a group of no
    country (Islamic State); rebels and the opposition are a side of their own within it
    (the RSF does not speak for Sudan's government)."""
    side = actor.country or actor.org or actor.code or actor.id
    return f"{side} {actor.sector}" if actor.sector in CHALLENGER_SECTORS else side


def _listed(head: Token) -> list[Token]:
    """The rest of a list the parse hangs as an apposition: "The US, Russia, and
    Switzerland" (Russia an appositive of US, Switzerland its conjunct), and a headline's
    comma for "and" between two states ("Greece, Turkey hold talks")."""
    return [
        token
        for child in head.children
        if child.dep_ == "appos" and (child.conjuncts or _two_states(head, child))
        for token in (child, *child.conjuncts)
    ]


def _two_states(head: Token, appositive: Token) -> bool:
    """Whether a state's name and the one after its comma are two states: no state is
    another's apposition."""
    comma = head.i + 1 == appositive.i - 1 and head.doc[head.i + 1].text == ","
    return comma and head.ent_type_ == appositive.ent_type_ == "GPE"


def _phrase_tokens(head: Token) -> list[Token]:
    """Tokens of a noun phrase that may name its actor, nearest the head first: its
    appositions, modifiers, a noun "of" complement ("the government of Georgia") and a
    document's author ("a report by Human Rights Watch"), each with its own modifiers,
    never a clause inside the phrase."""
    # an apposition names the referent itself: "Niger's neighbour Chad" is Chad
    tokens = [child for child in head.rights if child.dep_ == "appos"]
    tokens += [t for t in reversed(list(head.lefts)) if t.dep_ in NOMINAL_MODIFIERS]
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            named = [c for c in child.children if c.dep_ == "pobj"]
            # "Georgia's breakaway region of South Ossetia" is South Ossetia
            tokens = named + tokens if head.lemma_ in PLACE_NOUNS else tokens + named
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and head.lemma_ in AUTHORED:
            tokens += [c for c in child.children if c.dep_ == "pobj"]  # "a report by HRW"
        if child.dep_ == "prep" and child.lower_ in EXAMPLE_PREPS:  # "partners like Riyadh"
            tokens += [c for c in child.children if c.dep_ == "pobj"]
    return [
        t
        for token in tokens
        for t in (token, *(c for c in token.lefts if c.dep_ in NOMINAL_MODIFIERS))
    ]


@cache
def references() -> dict[str, tuple[str, ...]]:
    """Nouns that, made definite, refer back to a named actor, with the kinds it may be,
    most likely first."""
    return {
        row["noun"]: tuple(kind.strip() for kind in row["kinds"].split(";"))
        for row in read_table(REFERENCES_FILE)
    }


def _count(number: Token) -> int:
    """The number a word or figure says: 3 for "three" or "3", else 0."""
    return int(number.text) if number.text.isdigit() else COUNTS.get(number.lower_, 0)
