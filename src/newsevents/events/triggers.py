"""Find the words that trigger events: lexicon entries whose conditions hold in the parse.

Every verb and noun of a sentence is looked up by lemma; its entries are tried most
specific first, and the first whose conditions hold gives the code ("sign" with a
treaty as object before "sign" alone). An entry with no code stops the word coding.

Example:
    >>> doc = nlp("Russia imposed sanctions on Georgia.")  # doctest: +SKIP
    >>> matches = find_triggers(doc[:], packaged_lexicon())  # doctest: +SKIP
    >>> [(m.token.text, m.entry.code) for m in matches]  # doctest: +SKIP
    [('imposed', '163')]
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..spans import PLACE_LABELS
from .lexicon import Condition, Entry, Lexicon, packaged_sets

OBJECT_DEPS = frozenset({"dobj", "obj"})
PREP_DEPS = frozenset({"prep", "agent", "dative"})
MEASURE_SET = "&MEASURE"  # nouns an object hides behind: "tons of aid"
CONTROL_SET = "&OBJECT_CONTROL"  # verbs whose object is told or let to act
# Words before a noun inside its phrase: "five Panamanian army officers".
NOUN_PREMODIFIERS = frozenset({"det", "nummod", "amod", "compound", "poss", "case", "quantmod"})
# In an obj= or prep= condition:
ACTOR = "@actor"  # one of the article's actors
PLACE = "@place"  # a place the text names
PERSON = "@person"  # a person the text names
ARMED = "@armed"  # an actor who bears arms ("routed the RSF")
FOE = "@foe"  # one who bears arms, or a state ("fought Russia")
PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "us"})  # objects that are someone
# What a participle joined to a passive lacks where it shares that passive.
_OWN_CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "obj", "dative"}
)
# What a verb may carry and still take the object of the verb joined after it.
_BARE_VERB_DEPS = frozenset({"nsubj", "aux", "neg", "advmod", "cc", "conj", "punct"})


@dataclass(frozen=True)
class Named:
    """The tokens of a sentence's actors that ``obj=@actor``, ``@armed`` and ``@foe``
    ask for: any actor's, those of actors who bear arms, and those of states."""

    actors: frozenset[int] = frozenset()
    armed: frozenset[int] = frozenset()
    states: frozenset[int] = frozenset()

    def holds(self, obj: Token, words: Collection[str]) -> bool:
        """Whether the object is who ``words`` ask for."""
        if ACTOR in words and (obj.i in self.actors or obj.lower_ in PEOPLE_PRONOUNS):
            return True
        if ARMED in words and obj.i in self.armed:
            return True
        return FOE in words and (obj.i in self.armed or obj.i in self.states)


@dataclass(frozen=True)
class Match:
    """A trigger: its head ``token``, the ``entry`` that coded it, the tokens its
    conditions used (an object named by the pattern is not the target), and for an
    event noun the verb it is the object of ("held talks")."""

    token: Token
    entry: Entry
    used: frozenset[int]
    governor: Token | None = None

    @property
    def code(self) -> str:
        assert self.entry.code is not None
        return self.entry.code


def find_triggers(
    sentence: Span,
    lexicon: Lexicon,
    *,
    named: Named = Named(),
) -> Iterator[Match]:
    """Every token of ``sentence`` that a lexicon entry codes, in text order; ``named``
    (the tokens of actor mentions) serves ``obj=@actor`` and its kin; a noun that is part
    of an actor's name is none ("riot police")."""
    for token in sentence:
        pos = part_of_speech(token)
        if pos is None or pos == "NOUN" and token.dep_ == "compound" and token.i in named.actors:
            continue
        for lemma in dict.fromkeys((token.lemma_.lower(), token.lower_)):
            match = match_token(token, lexicon.candidates(lemma, pos), named)
            if match is not None:
                if match.entry.code is not None:
                    yield match
                break


def part_of_speech(token: Token) -> str | None:
    """VERB or NOUN as the lexicon knows them; a headline noun that governs a subject or
    object ("Russia shells Kharkiv") is read as the verb it is."""
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ in ("NOUN", "PROPN"):
        if any(child.dep_ in ("nsubj", "dobj") for child in token.children):
            return "VERB"
        return "NOUN"
    return None


def match_token(token: Token, entries: list[Entry], named: Named = Named()) -> Match | None:
    """The first entry whose conditions all hold for ``token``."""
    for entry in entries:
        used: set[int] = set()
        if all(_holds(condition, token, used, named) for condition in entry.conditions):
            return Match(token, entry, frozenset(used), governor(token))
    return None


def governor(noun: Token) -> Token | None:
    """The verb an event noun is the object of ("launched an offensive", "launched a wave
    of strikes"), if any."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _is_measure(noun.head.head):
        noun = noun.head.head
    is_object = noun.dep_ in ("dobj", "nsubjpass", "attr")
    return noun.head if is_object and noun.head.pos_ in ("VERB", "AUX") else None


def objects(verb: Token) -> list[Token]:
    """Direct objects, coordinated ones included; in the passive, the passive subject, or
    the subject of the verb a subjectless passive is coordinated with ("the civilians
    held ... were released by Putin"), or the noun a past participle modifies ("ten
    soldiers killed in Ukraine"), or what a free relative names it as ("condemned what it
    described as a seizure"); behind a measure, what it measures ("25,000 tons of food aid", "a
    wave of strikes", "21 of the schoolgirls")."""
    heads = [c for c in verb.children if c.dep_ in OBJECT_DEPS or c.dep_ == "nsubjpass"]
    if not heads and is_reduced_relative(verb):
        heads = [c for c in verb.children if c.dep_ == "nsubj"]
    if not heads and (told := _told_to_act(verb)) is not None:
        heads = [told]
    if not heads and (_is_subjectless_passive(verb) or shares_passive(verb)):
        heads = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not heads and verb.dep_ == "acl" and verb.tag_ == "VBN" and not is_fronted_clause(verb):
        heads = [verb.head]  # "there were ten soldiers killed": the soldiers
    if not heads and (sharer := _shares_object_with(verb)) is not None:
        heads = [c for c in sharer.children if c.dep_ in OBJECT_DEPS]
    if not heads:
        heads = _named_as(verb)
    found = [conjunct for head in heads for conjunct in (head, *head.conjuncts)]
    return found + [inner for head in found for inner in _measured(head)]


def _named_as(verb: Token) -> list[Token]:
    """What a free relative names its object as: "condemned what it described as an
    illegal seizure of assets" (the seizure), "struck what the military said were
    Hezbollah depots" (the depots)."""
    for clause in verb.children:
        what = clause.left_edge  # a free relative starts with "what"
        if clause.dep_ != "ccomp" or what.lower_ != "what" or what.dep_ not in ("nsubj", "dobj"):
            continue
        host = what.head
        named = [c for c in host.children if c.dep_ == "attr"]
        named += [obj for c in host.children if c.lower_ == "as" for obj in prep_objects(c)]
        return named
    return []


def _shares_object_with(verb: Token) -> Token | None:
    """The verb joined after this one whose object both take: "Serbia arrested and later
    deported three officials", "donated and delivered food to Iraq". This verb has nothing
    after it of its own, and the other no subject of its own."""
    if verb.pos_ != "VERB" or any(child.dep_ not in _BARE_VERB_DEPS for child in verb.children):
        return None
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if joined is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in joined.children):
        return None
    return joined


def is_purpose(verb: Token) -> bool:
    """An infinitive of purpose: "sent inspectors to Bosnia to investigate"."""
    infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
    return verb.dep_ == "advcl" and infinitive


def is_fronted_clause(verb: Token) -> bool:
    """A clause the parse hangs on its own subject: a reported clause, with the speech
    verb given a second subject ("Palestinian youths resorted to throwing stones ...,
    officials said": the youths resorted; they were not resorted to), or a sentence whose
    verb the parse took for a participle of its subject, though it has an object, which a
    passive participle has not ("Saudi-led coalition aircraft bombed Houthi positions")."""
    noun = verb.head
    if verb.dep_ == "acl" and noun.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN"):
        return any(child.dep_ == "dobj" for child in verb.children)
    if verb.dep_ != "acl" or noun.dep_ not in ("nsubj", "dep") or noun.i > noun.head.i:
        return False
    return any(child.dep_ == "nsubj" and child != noun for child in noun.head.children)


def is_reduced_relative(verb: Token) -> bool:
    """A participle the parse took for the main verb: "the journalists detained for
    criticising the junta were freed" (the journalists were detained), told by a passive
    joined to it with no "and" and no subject of its own, or a headline's participle with
    no auxiliary ("Protesters arrested in Moscow")."""
    children = {child.dep_ for child in verb.children}
    if verb.tag_ not in ("VBD", "VBN") or "nsubj" not in children:
        return False
    if children & OBJECT_DEPS or "cc" in children:  # "arrested them", "rallied and were"
        return False
    if verb.tag_ == "VBN" and not children & {"aux", "auxpass"} and _is_headline(verb):
        return True  # a headline's passive: "Protesters arrested in Moscow"
    return any(conj.dep_ == "conj" and _is_subjectless_passive(conj) for conj in verb.children)


def _is_headline(verb: Token) -> bool:
    """The main verb of a line with no closing stop, as headlines are written."""
    return verb.dep_ == "ROOT" and verb.sent[-1].text not in (".", "!", "?", '"', "'")


def _is_subjectless_passive(verb: Token) -> bool:
    children = {child.dep_ for child in verb.children}
    return verb.dep_ == "conj" and "auxpass" in children and not children & {"nsubj", "csubj"}


def _told_to_act(verb: Token) -> Token | None:
    """Whom a verb of control lets, asks or tells to act, where the parse made them the
    subject of the infinitive: "Israel allowed aid trucks to enter Gaza", "let aid enter"."""
    if verb.lemma_.lower() not in packaged_sets()[CONTROL_SET]:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.tag_ != "VB":
            continue
        auxiliaries = [child.lower_ for child in clause.children if child.dep_ == "aux"]
        bare = not auxiliaries and verb.lemma_.lower() == "let"
        if auxiliaries == ["to"] or bare:
            return next((child for child in clause.children if child.dep_ == "nsubj"), None)
    return None


def shares_passive(verb: Token) -> bool:
    """A participle joined to a passive whose auxiliary it shares: "Melia was beaten by
    police and detained" (he was detained). It has no subject, auxiliary or object of its
    own, which an active verb joined to a passive has ("was freed and returned home" is
    read so too, and its reading as done to him is harmless)."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD"):
        return False
    own = {child.dep_ for child in verb.children}
    return not own & _OWN_CLAUSE_DEPS and any(c.dep_ == "auxpass" for c in verb.head.children)


def _is_measure(noun: Token) -> bool:
    """A measure ("tons", "a wave"), or a number of a whole ("21 of the schoolgirls")."""
    return noun.lemma_.lower() in packaged_sets()[MEASURE_SET] or noun.pos_ == "NUM"


def _measured(noun: Token) -> list[Token]:
    if not _is_measure(noun):
        return []
    return [
        inner
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for inner in prep_objects(prep)
    ]


def prepositions(token: Token) -> list[Token]:
    """Prepositions attached to ``token``, to its objects ("imposed sanctions on Iran") and,
    for a noun, to its doers ("a visit by Xi Jinping to Serbia"), and the recipient of an
    object it shares ("pledged and delivered shells to Ukraine")."""
    hosts = [token, *objects(token), *_agents_of_noun(token)]
    found = [child for host in hosts for child in host.children if child.dep_ in PREP_DEPS]
    sharer = _shares_object_with(token)
    if sharer is not None and any(child.dep_ in OBJECT_DEPS for child in sharer.children):
        found += [
            child for child in sharer.children if child.dep_ == "prep" and child.lower_ == "to"
        ]
    return found


def _agents_of_noun(noun: Token) -> list[Token]:
    """Who does what a noun names, after "by": the parse hangs the noun's next phrase on
    them ("a visit by Xi Jinping to Serbia")."""
    if noun.pos_ != "NOUN":
        return []
    return [obj for prep in noun.children if prep.lower_ == "by" for obj in prep_objects(prep)]


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, coordinated ones included; where the parse left it
    none, the subject it made of the noun right after it ("asylum to five officers holed
    up in ...", read as "officers holed up")."""
    heads = [_participle_subject(c) or c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not heads and (stranded := _subject_after(prep)) is not None:
        heads = [stranded]
    return [conjunct for head in heads for conjunct in (head, *head.conjuncts)]


def _participle_subject(head: Token) -> Token | None:
    """The noun the parse made the subject of a participle after a preposition: "a pact
    with Japan allowing troops to train", read as "Japan allowing"."""
    if head.dep_ != "pcomp" or head.tag_ != "VBG":
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)


def _subject_after(prep: Token) -> Token | None:
    for token in prep.doc[prep.i + 1 : prep.sent.end]:
        if token.dep_ in NOUN_PREMODIFIERS:
            continue
        subject = token.dep_ in ("nsubj", "nsubjpass") and token.head.i > token.i
        return token if subject and token.pos_ in ("NOUN", "PROPN") else None
    return None


def _named(token: Token, words: frozenset[str] | tuple[str, ...]) -> bool:
    """The token's lemma or its own form is one of ``words`` (dictionaries write either)."""
    return token.lemma_.lower() in words or token.lower_ in words


def _named_kind(noun: Token, words: frozenset[str] | tuple[str, ...]) -> bool:
    """The noun, or the compound that says what kind it is, is one of ``words``: "withdraw
    their peacekeeping force" names peacekeepers."""
    kinds = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    if noun.pos_ == "PROPN":  # "expelled Ambassador Ebrahim Rasool": the title says what
        kinds += [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    return any(_named(word, words) for word in (noun, *kinds))


def _holds(condition: Condition, token: Token, used: set[int], named: Named) -> bool:
    # obj=@actor: the object is someone ("released the mayor", "dispersed them"); obj=@armed
    # one who bears arms ("routed the RSF"), obj=@foe that or a state ("fought Russia");
    # obj=@place a named place ("captured Avdiivka"); obj=@person a named person ("received
    # Orban"); not consumed, it is the target
    if condition.kind == "obj" and {ACTOR, ARMED, FOE, PLACE, PERSON} & set(condition.words):
        words = condition.words
        found = any(named.holds(obj, words) or _named_entity(obj, words) for obj in objects(token))
        return found or _obj(condition, token, used)
    if condition.kind == "prep" and {ACTOR, ARMED, FOE} & condition.objects:
        # "fought against Boko Haram": not consumed, it is the target
        preps = _prepositions_named(condition, token)
        taken = [obj for prep in preps for obj in prep_objects(prep)]
        found = any(named.holds(obj, condition.objects) for obj in taken)
        return found or _prep(condition, token, used)
    check = _CHECKS[condition.kind]
    return check(condition, token, used)


def _named_entity(obj: Token, words: Collection[str]) -> bool:
    """The word is a person (@person) or a place (@place) the text names, as ``words`` ask."""
    if PERSON in words and obj.ent_type_ == "PERSON":
        return True
    return PLACE in words and obj.ent_type_ in PLACE_LABELS


def _obj(condition: Condition, token: Token, used: set[int]) -> bool:
    found = [obj for obj in objects(token) if _named_kind(obj, condition.words)]
    used.update(obj.i for obj in found)
    return bool(found)


def _prepositions_named(condition: Condition, token: Token) -> list[Token]:
    """The prepositions a ``prep=`` condition names, on the trigger or, for a noun, on the
    verb it is the object of."""
    hosts = [token] if token.pos_ != "NOUN" or governor(token) is None else [token, governor(token)]
    return [
        prep
        for host in hosts
        if host is not None
        for prep in prepositions(host)
        if prep.lower_ in condition.words
    ]


def _prep(condition: Condition, token: Token, used: set[int]) -> bool:
    for prep in _prepositions_named(condition, token):
        taken = prep_objects(prep)
        if not condition.objects:
            if not taken or any(_is_phrase_object(obj) for obj in taken):
                # "accused the RSF of killing civilians", "accused Israel of committing
                # genocide": the clause is what the row says of it, no deed of its own
                clauses = [obj for obj in taken if obj.dep_ == "pcomp"]
                used.update(w.i for clause in clauses for w in (clause, *objects(clause)))
                return True
            continue
        found = [obj for obj in taken if _named(obj, condition.objects)]
        if found:
            used.update(obj.i for obj in found)
            return True
        if any(_named_entity(obj, condition.objects) for obj in taken):
            return True  # "the release of Imran Khan": not consumed, it is the target
    return False


def _is_phrase_object(obj: Token) -> bool:
    """What a preposition can take: a noun phrase or a clause, not a verb the parse took
    for one ("to protest Assad's failure to usher in reforms": "to" is the infinitive's)."""
    return obj.dep_ == "pcomp" or obj.pos_ not in ("ADJ", "VERB", "AUX", "ADV")


def _prt(condition: Condition, token: Token, used: set[int]) -> bool:
    """A particle ("called the strike off", "forced UNHCR out of the country"), or a
    preposition right after the verb ("insisted on"), not one that heads a phrase of its
    own after the object ("gave a speech in Kabul")."""
    return any(
        child.lower_ in condition.words
        and (child.dep_ == "prt" or child.dep_ in ("prep", "advmod") and _is_particle(child, token))
        for child in token.children
    )


def _is_particle(word: Token, verb: Token) -> bool:
    """Right after the verb, or with no object of its own ("out" of "forced them out")."""
    return word.i == verb.i + 1 or not any(child.dep_ == "pobj" for child in word.children)


def _comp(condition: Condition, token: Token, used: set[int]) -> bool:
    """A clause: "denied that it had supplied drones", "denied sending weapons"."""
    return any(
        child.dep_ in ("ccomp", "parataxis") or child.dep_ == "xcomp" and child.tag_ == "VBG"
        for child in token.children
    )


def _to(condition: Condition, token: Token, used: set[int]) -> bool:
    """An infinitive complement: a verb's xcomp, or a noun's ("readiness to talk")."""
    found = [
        c for c in token.children if _is_infinitive_of(c, token) and _named(c, condition.words)
    ]
    used.update(verb.i for verb in found)  # "ordered the journalists to leave": no purpose
    return bool(found)


def _is_infinitive_of(child: Token, head: Token) -> bool:
    """A verb's xcomp, or an infinitive the parse hangs on a noun as acl."""
    if child.dep_ == "xcomp":
        return True
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return head.pos_ == "NOUN" and child.dep_ == "acl" and infinitive


def _mod(condition: Condition, token: Token, used: set[int]) -> bool:
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return any(_named(modifier, condition.words) for modifier in modifiers)


def _light(condition: Condition, token: Token, used: set[int]) -> bool:
    verb = governor(token)
    return verb is not None and _named(verb, condition.words)


def _after(condition: Condition, token: Token, used: set[int]) -> bool:
    following = [t for t in token.subtree if t.i > token.i]
    return _in_order(condition.words, following)


def _before(condition: Condition, token: Token, used: set[int]) -> bool:
    preceding = [t for t in token.sent if t.i < token.i]
    return _in_order(condition.words, preceding)


def _in_order(words: tuple[str, ...], tokens: list[Token]) -> bool:
    position = 0
    for token in tokens:
        if position < len(words) and _named(token, (words[position],)):
            position += 1
    return position == len(words)


_CHECKS = {
    "obj": _obj,
    "prep": _prep,
    "prt": _prt,
    "comp": _comp,
    "to": _to,
    "mod": _mod,
    "light": _light,
    "after": _after,
    "before": _before,
}
