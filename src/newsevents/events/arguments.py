"""Source and target of a trigger, read from the dependency parse and resolved to actors.

A verb's source is its subject (in the passive, the "by" agent), inherited through
coordination, control ("agreed to meet"), relative clauses and participles; its target
is its object, else the object of a preposition (against, on, with, to, ...). An event
noun takes its source from a possessor or an actor modifier ("Israeli air strikes",
"Russia's invasion"), "by" or "from", else from the verb it is the object of ("NATO
launched air strikes"); a verb of undergoing reverses the roles ("the plan drew
criticism from Berlin"). Each phrase resolves to the actors its mentions name, one per
coordinated head; "it"/"they" to the speaker of the reported speech it sits in, else
the nearest earlier body.

Example:
    >>> index = ActorIndex(doc, coded.actors)  # doctest: +SKIP
    >>> roles = read_roles(match, index)  # doctest: +SKIP
    >>> roles.sources, roles.targets  # doctest: +SKIP
    (['a1'], ['a2'])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from ..actors.index import BODY_PRONOUNS, PERSON_PRONOUNS, SUBJECT_DEPS, ActorIndex
from ..actors.words import is_role
from ..quotes.cues import naming_verbs, speech_verbs
from ..spans import PLACE_LABELS
from .codebook import is_verbal
from .lexicon import control_words, packaged_lexicon, packaged_sets
from .triggers import (
    Match,
    governor,
    is_fronted_clause,
    is_purpose,
    is_reduced_relative,
    objects,
    prep_objects,
    prepositions,
    shares_passive,
)

# Prepositions whose object is a target, in order of preference.
TARGET_PREPS = (
    "against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "over",
    "between", "among",  # "its mediation between Russia and Ukraine": both sides
)  # fmt: skip
SOURCE_PREPS = ("by", "from")
# Prepositions after a noun of defiance that name whom it defies: "in protest at Israel".
DEFIANCE_PREPS = ("of", "against", "at", "to")
# Roots whose clause names the target: "accused that Moscow ...", "demanded that the US
# ...", "warned that Hamas would pay" (not a statement: "said that Israel would keep").
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "12", "13"})
# a warning is aimed at whom its clause says will act or suffer ("warned that Iran would
# pay"), never at a place or party it merely mentions ("keep freedom of action in Lebanon")
CLAUSE_ONLY_CODES = frozenset({"012"})
THREAT_ROOT = "13"
# roots of a verdict on a thing, aimed at whoever made it: praise, criticism, rejection
# ("rejected a proposal drafted by Egypt")
REACTION_ROOTS = frozenset({"05", "11", "12"})
# what two sides do together, which a third party convenes, hosts, brokers or mediates
JOINT_DEED_SETS = ("&TALKS", "&CEASEFIRE", "&AGREEMENT")
# the root of coercion, which a state may turn on its own forces ("police arrested General
# Zuniga", "Taiwan arrested four soldiers accused of spying")
COERCION_ROOT = "17"
# Roots of deeds done to what is at a place (seized, attacked), whose neighbour across a
# border is no side; a show of force near a border is aimed across it.
DONE_AT_A_PLACE = COERCION_ROOT
# Roots of force against people: protest turned violent, coercion, assault and fighting.
HARM_ROOTS = frozenset({"14", "17", "18", "19"})
MEDIATION = "045"
# prepositions of a journey one acts on: "during a visit to Kyiv", "on a trip to Beijing"
JOURNEY_PREPS = frozenset({"during", "on", "in"})
# Modes of a noun whose owner does the action its infinitive names ("Germany's decision
# to send tanks"); one asked of another ("a US request to interrogate") is not among them.
OWNERS_MODES = frozenset({"intent", "pledge", "refuse", "threaten"})
# Kinds of actor a place that is no state is: a region, or a town the gazetteer knows.
TOWN_KINDS = frozenset({"region", "other"})
# prepositions whose -ing clause has the main verb's doer ("after meeting", "by sending",
# "joined the US in condemning"), unlike "of" and "for" ("accused Hamas of breaking",
# "arrested for collaborating")
SAME_DOER_PREPS = frozenset(
    {"after", "before", "by", "upon", "while", "since", "without", "despite", "in"}
)
CONDITION_MARKS = frozenset({"if", "unless"})
INVERTED_CONDITIONS = frozenset({"should", "were", "had"})  # "should Hezbollah rebuild"
# Dependents whose phrases are another clause or the doer, never where a target is sought.
NOT_TARGET_DEPS = frozenset(
    {"nsubj", "csubj", "advcl", "relcl", "conj", "cc", "parataxis", "mark", "punct", "appos"}
)
# Below the trigger's own dependents an apposition is the same phrase ("Kirkuk, a city").
NOT_TARGET_BELOW = NOT_TARGET_DEPS - {"appos"}
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
# Words that open who tells a deed, whose phrase names no one it was done to.
ATTRIBUTION = frozenset({"according"})
OWN_POSSESSIVES = frozenset({"their", "its", "his", "her", "our"})


@dataclass
class Roles:
    """The source and target actors of one trigger, and the tokens they came from."""

    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    target_token: Token | None = None
    source_token: Token | None = None
    inherited: bool = False  # the source came from another clause or a pronoun


def read_roles(
    match: Match,
    index: ActorIndex,
    *,
    controller: Token | None = None,
    addressee: Token | None = None,
) -> Roles:
    """Source and target actors of ``match``. Under a control verb ("urged Israel to
    ...", "refused to ...") the source is the ``controller``'s subject, and the
    ``addressee`` (the one urged or asked) the target when given."""
    token = match.token
    if token.pos_ in ("NOUN", "PROPN") and not _is_verbal(token):
        source, target = _noun_roles(match, index)
    else:
        source, target = _verb_roles(match)
    if match.entry.reverse:
        source, target = _reversed(token, target)
    if controller is not None:
        own_source = source
        source = _controller_subject(controller) or source
        if token.pos_ == "NOUN" and own_source not in (None, source) and target is None:
            target = own_source  # "Israel is opposed to French mediation": France is the other side
    if source is None and _subjectless(match):
        source = _actor_before(match.governor or token, index)
    if addressee is not None:
        target = addressee
    roles = Roles(target_token=target, source_token=source)
    roles.sources = index.actors(source)
    governor = match.governor
    told = governor is None or governor.lemma_.lower() in speech_verbs()
    # "hosted talks between", not "offered to host talks between": held, not offered
    convened = governor is not None and lemma_in(governor, "&CONVENE") and governor.dep_ != "xcomp"
    if match.entry.symmetric and (not roles.sources or token.pos_ == "NOUN" and (told or convened)):
        # "fighting between Azerbaijani and Armenian forces", "the Kremlin announced the
        # signing of a pact between Russia and North Korea", "Qatar hosted talks between
        # Israel and Hamas": each side acts (not one who offered to host talks between them)
        sides = sides_between([token, *objects_after(token, ("of",))], index)
        if len(sides) > 1:
            roles.sources = sides
            return roles
    # a second object the parse splits off: "meet his counterpart Italian President Mattarella"
    split_objects = [o for o in objects(token) if o.i not in match.used and o != target]
    # a target found only after a preposition comes after the objects ("recognise a
    # Palestinian state at the UN")
    by_preposition = addressee is None and target is not None and target.dep_ == "pobj"
    first, later = ([], [target]) if by_preposition else ([target], [])
    matched = _matched_objects(match, roles.sources)
    candidates = [*first, *split_objects, *matched, *later, *_target_preps(match)]
    code = match.entry.code or ""
    if code[:2] in REACTION_ROOTS:
        # "criticised the treatment of refugees by Greek border guards": the guards;
        # "imposed tariffs on U.S. goods, which Washington criticised": who imposed them
        candidates = [*_doers_of_things(token), *_doers_judged(token), *candidates]
    if match.entry.target_preps and addressee is None:
        # a row that names its target's preposition: "extradited the suspect to India"
        candidates = [*_target_preps(match), *candidates]
    for candidate in candidates:
        if _owned_by(candidate, roles.sources, index) and not _trespassed(match, candidate):
            continue  # "withdrew its troops from Chad": its own troops are not the other side
        if _is_backing(candidate):
            continue  # "with Albania's help": an ally, not the other side
        if is_reciprocal(candidate):  # "Thailand and Cambodia accused each other"
            roles.targets, roles.target_token = list(roles.sources), candidate
            break
        roles.targets = [
            a
            for a in index.actors(candidate)
            if _aimed_at(a, candidate, roles.sources, index, code)
        ]
        if not roles.targets and candidate in matched:
            roles.targets = _whose(candidate, roles.sources, index)
        if roles.targets:
            roles.target_token = candidate
            break
    roles.inherited = source is not None and (
        source.lower_ in BODY_PRONOUNS or not _in_clause(source, token)
    )
    return roles


def nearby_targets(
    match: Match, index: ActorIndex, sources: list[str], *, code: str | None = None
) -> list[str]:
    """Where no object or target preposition names anyone: for a threat, whoever its
    condition names ("will strike unless Israel rescinds"); the subject of the clause the
    trigger governs ("demanded that the US cancel"); else the actor named nearest the
    trigger in its own phrase ("lifted a curfew in Montenegro", "an air strike by the
    coalition hit a market in Yemen"). ``code`` is the event's code after its mode."""
    token = match.token
    code = code or match.entry.code
    # "demanded that ...", "its demand that ...", "reiterated its demand that ...": the
    # trigger's clause, or its light verb's
    clauses = [
        child
        for host in (token, match.governor)
        if host is not None
        for child in host.children
        if child.dep_ == "ccomp" or child.dep_ == "acl" and has_subject(child)
    ]
    if code and code[:2] == THREAT_ROOT:
        clauses = _conditions(match.governor or token) + clauses
    if code and (code[:2] in CLAUSE_TARGET_ROOTS or code in CLAUSE_ONLY_CODES):
        sides = {index.side(source) for source in sources}
        for clause in clauses:
            found = [a for a in index.actors(subject(clause)) if index.side(a) not in sides]
            if found:
                return found
    if code in CLAUSE_ONLY_CODES:
        return []
    if code == MEDIATION and token.dep_ == "acl":  # "an exchange mediated by the UAE"
        parties = [a for a in _mediated_parties(token.head, index) if a not in sources]
        if parties:
            return parties
    hosts = [token]
    if match.governor is not None:
        hosts.append(match.governor)
    elif token.pos_ in ("NOUN", "PROPN") and token.dep_ == "nsubj":
        hosts.append(token.head)  # "an air strike ... struck a bus in Yemen"
    # what a row with its own target prepositions matched is what is sent, not whom to,
    # nor are its modifiers ("sent a delegation to the talks", "handed over Islamic State
    # members to Baghdad")
    doc = token.doc
    used = match.used if match.entry.target_preps else frozenset()
    sent = {word.i for i in used for word in doc[i].subtree if word.i <= i}
    # "charged three men with assisting Russian intelligence": what the clause does is the
    # charge, not the other side
    charge = [obj for i in match.used if doc[i].dep_ == "pcomp" for obj in objects(doc[i])]
    # "agreed to a ceasefire brokered by the United States": a broker is no other side,
    # though a verdict is aimed at it ("rejected a proposal drafted by Egypt")
    brokers_apart = (code or "")[:2] not in REACTION_ROOTS
    for host in hosts:
        for candidate in _phrase_order(host, skip={token.i, host.i}):
            if candidate.i in sent or _in_backing(candidate):
                continue
            if any(obj == candidate or obj.is_ancestor(candidate) for obj in charge):
                continue
            if brokers_apart and _is_participle_agent(candidate):
                continue
            actor = index.by_token.get(candidate.i)
            if actor is None and candidate.dep_ == "poss" and candidate.lower_ in PERSON_PRONOUNS:
                actor = next(iter(index.actors(candidate)), None)  # "demanded his release"
            owned = _owned_by(candidate, sources, index)
            if actor is not None and _wielded(actor, candidate, index):
                continue  # "attacked a cargo ship with drones": what it was done with
            at_place = (code or "")[:2] >= DONE_AT_A_PLACE
            if at_place and actor is not None and _neighbour(actor, candidate, index, match.used):
                continue  # "seized mines near the Chinese border": China is next door
            if actor is not None and _other(actor, sources, index) and not owned:
                # with the actors coordinated with it ("between Saudi Arabia and the Houthis")
                named = [a for a in index.actors(candidate) if _other(a, sources, index)]
                return named if actor in named else [actor]
    harm = (code or "")[:2] in HARM_ROOTS
    if harm and (joined := _victims_of_joined_deed(match, index, sources)):
        return joined
    return _told(token, index, sources)


def _victims_of_joined_deed(match: Match, index: ActorIndex, sources: list[str]) -> list[str]:
    """Whom the deed joined to a use of force names, when the two share their doer and the
    force is aimed at nothing of its own, only done with something: "police fired tear gas
    and arrested dozens of protesters" fired it at the protesters, but "shelled the village
    and arrested two fighters" shelled the village."""
    verb = match.governor or match.token
    means = {match.token.i, *match.used}
    if verb.pos_ != "VERB" or any(obj.i not in means for obj in objects(verb)):
        return []
    joined = [child for child in verb.children if child.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    for deed in joined:
        if deed.pos_ != "VERB" or deed.head == verb and has_subject(deed):
            continue  # "police fired tear gas and protesters threw stones": others' deed
        found = [
            a
            for obj in objects(deed)
            for phrase in (obj, *objects_after(obj, ("of",)))
            for a in index.actors(phrase)
            if _other(a, sources, index)
        ]
        if found:
            return found
    return []


def _doers_of_things(verdict: Token) -> list[Token]:
    """The "by" agents of the things a verdict is on: who did them, also where the parse
    hangs "by" on the verdict that has its own subject ("condemned the recognition of
    Palestine by Britain")."""
    things = [thing for thing in objects(verdict) if thing.pos_ == "NOUN"]
    hosts = [*things, verdict] if things and has_subject(verdict) else things
    agents = (_prep_object(host, ("by",)) for host in hosts)
    return [agent for agent in agents if agent is not None and agent.pos_ != "VERB"]


def _doers_judged(verdict: Token) -> list[Token]:
    """The doer of the clause a verdict set off by a comma is on: "Canada imposed tariffs
    on U.S. goods, which Washington criticised", "Poland closed the Russian consulate, a
    move Moscow condemned" (Canada, Poland)."""
    if verdict.dep_ != "relcl":
        return []
    head = verdict.head
    which = next((c for c in verdict.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    if which is not None:
        start = which.i
    elif head.dep_ == "appos" and lemma_in(head, "&MOVE"):
        start = head.left_edge.i
    else:
        return []
    if start == 0 or verdict.doc[start - 1].text != ",":
        return []
    if which is not None and head.pos_ == "PROPN":
        return []  # "closed the border with Belarus, which it accuses of ...": Belarus
    clause = next((word for word in head.ancestors if word.pos_ in ("VERB", "AUX")), None)
    agent = doer(clause) if clause is not None else None
    return [agent] if agent is not None else []


def _told(token: Token, index: ActorIndex, sources: list[str]) -> list[str]:
    """Whom the words that tell the deed were said to: "Putin told Erdogan that Russia was
    ready to resume the grain deal" (Erdogan)."""
    report = next((word for word in (token, *token.ancestors) if word.dep_ == "ccomp"), None)
    if report is None or report.head.lemma_.lower() not in speech_verbs():
        return []
    told = [c for c in report.head.children if c.dep_ in ("dobj", "dative") and c.i < report.i]
    return [a for c in told for a in index.actors(c) if _other(a, sources, index)]


def _mediated_parties(deal: Token, index: ActorIndex) -> list[str]:
    """The sides of what a mediator brokered: those it was between, else those who acted
    in it ("Russia and Ukraine released prisoners in an exchange mediated by the UAE")."""
    if between := sides_between([deal], index):
        return between
    verb = next((word for word in deal.ancestors if word.pos_ == "VERB"), None)
    return index.actors(subject(verb)) if verb is not None else []


def sides_between(hosts: list[Token], index: ActorIndex) -> list[str]:
    """The actors the phrases of ``hosts`` are "between" ("talks between Russia and
    Ukraine", "concern over the clashes between Armenia and Azerbaijan")."""
    objects = (obj for host in hosts for obj in objects_after(host, ("between",)))
    return [actor for obj in objects for actor in index.actors(obj)]


def _conditions(token: Token) -> list[Token]:
    """The "if" and "unless" clauses of a trigger and of the actions it governs
    ("threatened to boycott the vote unless the president resigns")."""
    found, stack = [], [token]
    while stack:
        head = stack.pop()
        for child in head.children:
            if child.dep_ == "advcl" and is_condition(child):
                found.append(child)
            elif child.dep_ in ("xcomp", "ccomp", "dobj", "acl"):
                stack.append(child)
    return found


def is_condition(clause: Token) -> bool:
    """ "if/unless X acts", or inverted: "should X rebuild", "were X to attack"."""
    if any(mark.lower_ in CONDITION_MARKS for mark in clause.children):
        return True
    first = next(clause.children, None)
    return first is not None and first.dep_ == "aux" and first.lower_ in INVERTED_CONDITIONS


def _phrase_order(host: Token, *, skip: set[int]) -> list[Token]:
    """The tokens of ``host``'s phrase outside other clauses, the subject and what someone
    in it is charged with, nearest in the tree first, then nearest in the text."""
    found: list[tuple[int, int, Token]] = []
    stack = [(child, 1) for child in host.children if child.dep_ not in NOT_TARGET_DEPS]
    while stack:
        token, depth = stack.pop()
        if token.i in skip or token.dep_ in NOT_TARGET_BELOW or token.lower_ in ATTRIBUTION:
            continue  # "according to Syrian state media": who tells it, not whom it hit
        if token.dep_ == "acl" and lemma_in(token, "&CHARGED"):
            continue  # "a man convicted of spying for Mossad": what he is charged with
        found.append((depth, abs(token.i - host.i), token))
        stack.extend((child, depth + 1) for child in token.children)
    return [token for _depth, _distance, token in sorted(found, key=lambda item: item[:2])]


def _subjectless(match: Match) -> bool:
    """A main verb (or an event noun's light verb) the parse left with no subject at all."""
    # "condemned the attack": the attack's doer is not the subject
    verb = match.token if match.governor is None else light_governor(match)
    return (
        verb is not None
        and verb.dep_ == "ROOT"
        and verb.pos_ == "VERB"
        and not any(child.dep_ in (*SUBJECT_DEPS, "nsubjpass", "expl") for child in verb.children)
    )


def light_governor(match: Match) -> Token | None:
    """The light verb an event noun is the object of ("launched air strikes"), whose
    subject is the noun's doer; None for a verb that acts on the event ("condemned")."""
    verb = match.governor
    if verb is None:
        return None
    light = any(condition.kind == "light" for condition in match.entry.conditions)
    return verb if light or lemma_in(verb, "&LIGHT") else None


def _actor_before(verb: Token, index: ActorIndex) -> Token | None:
    """The actor named last before a main verb the parse gave no subject, as where a
    fronted phrase swallowed it ("At a summit in Abuja, ECOWAS (...) imposed sanctions")."""
    before = verb.doc[verb.sent.start : verb.i]
    return next((token for token in reversed(before) if token.i in index.by_token), None)


def _is_verbal(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "dobj") for child in token.children)


def _verb_roles(match: Match) -> tuple[Token | None, Token | None]:
    verb = match.token
    if _is_passive(verb):
        agent = _passive_agent(verb, match.entry.source_preps)
        return agent, _first_unused(objects(verb), match) or _target_prep(match)
    source = subject(verb) or passive_subject(verb)
    target = _first_unused(objects(verb), match)
    dative = next((c for c in verb.children if c.dep_ in ("dative", "iobj")), None)
    if dative is not None and dative.pos_ != "ADP":
        target = target or dative
    return source, target or _target_prep(match)


def _aimed_at(
    actor: str, phrase: Token | None, sources: list[str], index: ActorIndex, code: str
) -> bool:
    """Whether ``actor``, named by ``phrase``, may be the other side of a deed coded
    ``code`` by ``sources``: a state coerces its own forces ("arrested four soldiers") and
    speaks of them ("accused the army commander of plotting a coup"), but fires and sends
    them at others, and its arms are no one it speaks to ("met Pistorius to discuss joint
    production of drones"); the arms a deed is done with are not its target."""
    coerced = code[:2] == COERCION_ROOT
    spoken = bool(code) and is_verbal(code) and not _arms(actor, phrase, index)
    at_own = coerced or spoken
    return _other(actor, sources, index, at_own=at_own) and not _wielded(actor, phrase, index)


def _neighbour(
    actor: str, phrase: Token | None, index: ActorIndex, acted_on: frozenset[int]
) -> bool:
    """Whether a phrase names the actor as the other side of a border where a deed was
    done ("seized a border crossing with China"), not of a border the deed is done to, as
    its row says ("closed its border with Syria", ``acted_on``): no side of the deed."""
    borders = (_neighbours_border(word) for word in _naming(actor, phrase, index))
    return any(border is not None and border.i not in acted_on for border in borders)


def _neighbours_border(word: Token) -> Token | None:
    """The border ``word`` says whose other side is: "a border crossing with China",
    "mines near the Chinese border"; not "violated the Indian border", where the border is
    no place but what is trespassed on."""
    border = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "with" else word.head
    if not lemma_in(border, "&BORDER") or border == word:
        return None
    if word.dep_ == "pobj":  # "a border crossing with China", "the border with Lebanon"
        return border
    place = border.head.head if border.head.dep_ == "prep" else border.head
    located = border.dep_ == "pobj" and lemma_in(border.head, "&NEAR")
    return border if located or place.dep_ == "amod" and lemma_in(place, "&NEAR") else None


def _wielded(actor: str, phrase: Token | None, index: ActorIndex) -> bool:
    """Arms a deed was done "with", not its target ("attacked a ship with drones", "with
    missiles and drones")."""
    head = phrase
    while head is not None and head.dep_ == "conj" and head.head != head:
        head = head.head
    return head is not None and head.head.lower_ == "with" and _arms(actor, phrase, index)


def _arms(actor: str, phrase: Token | None, index: ActorIndex) -> bool:
    """Whether a phrase names the actor by its weapons, craft or ships, what forces use
    rather than who they are ("joint production of drones", "warships")."""
    arms = ("&WEAPONS", "&VESSEL", "&AIRCRAFT")
    return any(lemma_in(word, name) for word in _naming(actor, phrase, index) for name in arms)


def _naming(actor: str, phrase: Token | None, index: ActorIndex) -> list[Token]:
    """The words of ``phrase`` that name ``actor``."""
    words = phrase.subtree if phrase is not None else ()
    return [word for word in words if index.by_token.get(word.i) == actor]


def _other(actor: str, sources: list[str], index: ActorIndex, *, at_own: bool = False) -> bool:
    """Whether ``actor`` can be acted on by ``sources``: not one of them, nor their own
    armed forces ("launched artillery fire against ...": the artillery is theirs) unless
    ``at_own`` (arrested, tried, purged; accused, praised)."""
    if actor in sources:
        return False
    return at_own or not index.own_forces(actor, sources)


def _is_participle_agent(word: Token) -> bool:
    """A word of the "by" agent of a participle that describes a joint deed ("a ceasefire
    brokered by the United States and France"): who brought the sides to it, not the other
    side of the clause's deed (unlike "a proposal presented by Egyptian mediators")."""
    while word.dep_ in ("compound", "amod", "conj") and word.head != word:
        word = word.head
    by = word.head
    if by.dep_ != "agent" or by.head.dep_ != "acl":
        return False
    return any(lemma_in(by.head.head, name) for name in JOINT_DEED_SETS)


def _is_backing(phrase: Token | None) -> bool:
    """ "with Albania's help", "with Western support", "with support from African Union
    troops": who helps, not who is acted on."""
    if phrase is None:
        return False
    if phrase.dep_ == "pobj" and phrase.head.lower_ in ("from", "of", "by"):
        phrase = phrase.head.head
    return phrase.head.lower_ == "with" and lemma_in(phrase, "&BACKING")


def _in_backing(word: Token) -> bool:
    """Whether a word is inside a phrase of help, up to its clause's verb."""
    for token in (word, *word.ancestors):
        if _is_backing(token):
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _matched_objects(match: Match, sources: list[str]) -> list[Token]:
    """Objects the row itself matched that may be the other side: one that says whose it
    is ("recognise a Palestinian state"; not "sent troops into Tigray") or a single
    subject's foe ("fought rebels"); never what a row with its own target prepositions
    sends (what one takes "from" someone may still be another's: "seized the Philippine
    outpost"), nor what two subjects exchange ("Ukraine and Russia exchanged prisoners")."""
    symmetric = match.entry.symmetric
    sent = match.entry.target_preps and "from" not in match.entry.target_preps
    if sent or symmetric and len(sources) > 1:
        return []
    foe = symmetric and len(sources) == 1
    token = match.token
    # a noun's object is after "of": "violations of its airspace"
    phrases = objects_after(token, ("of",)) if token.pos_ == "NOUN" else objects(token)
    return [o for o in phrases if o.i in match.used and (foe or _says_whose(o))]


def _trespassed(match: Match, phrase: Token | None) -> bool:
    """Whether ``phrase`` is what the deed trespasses on ("violated its airspace"), which
    is never the trespasser's own, whatever the parse takes "its" for."""
    if phrase is None:
        return False
    return lemma_in(match.token, "&TRESPASSING") and lemma_in(phrase, "&TRESPASSED")


def _whose(phrase: Token, sources: list[str], index: ActorIndex) -> list[str]:
    """Whose a place one trespasses on is by its possessive pronoun, never its doers' own:
    "a Russian drone violated its airspace, Poland said" (Poland's), "Greece protested
    over violations of its airspace by Turkish drones" (not Turkey's: the subject's
    above)."""
    owner = next((c for c in phrase.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in OWN_POSSESSIVES or not lemma_in(phrase, "&TRESPASSED"):
        return []  # "until Moscow ends its war": its own
    sides = {index.side(source) for source in sources}
    if found := [a for a in index.actors(owner) if index.side(a) not in sides]:
        return found
    for verb in phrase.ancestors:
        subject_of = index.actors(subject(verb)) if verb.pos_ in ("VERB", "AUX") else []
        if found := [a for a in subject_of if index.side(a) not in sides]:
            return found
    return []


def _says_whose(noun: Token) -> bool:
    """A noun with a modifier that may name its owner: "a Palestinian state", "Serbian
    forces", "Hong Kong's prisoners"."""
    return any(child.dep_ in ("amod", "compound", "poss", "nmod") for child in noun.children)


def is_reciprocal(phrase: Token | None) -> bool:
    """ "each other", "one another" (which the parse may head with "one")."""
    if phrase is None:
        return False
    words = {phrase.lower_, *(c.lower_ for c in phrase.children if c.dep_ == "det")}
    return words in ({"each", "other"}, {"one", "another"})


def _owned_by(phrase: Token | None, sources: list[str], index: ActorIndex) -> bool:
    """Whether a phrase is the sources' own by a possessive pronoun: "its troops", not
    "his Turkish counterpart" (`&OTHER_PARTIES`)."""
    if phrase is None or not sources or lemma_in(phrase, "&OTHER_PARTIES"):
        return False
    owners = [c for c in phrase.children if c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES]
    return any(set(index.actors(owner)) <= set(sources) for owner in owners)


def _noun_roles(match: Match, index: ActorIndex) -> tuple[Token | None, Token | None]:
    noun = match.token
    light_verb = light_governor(match)
    source = next((c for c in noun.lefts if c.dep_ == "poss"), None)
    if source is not None and source.lower_ in OWN_POSSESSIVES and light_verb is not None:
        source = None  # "they began their talks": the light verb's subject, said again
    # "the withdrawal of Russian troops from Kherson": the troops leave the place
    leaving = lemma_in(noun, "&LEAVING")
    if source is None:  # "criticism from the West", not "the withdrawal from Basra"
        # "the arrest of a reporter by Russian police": the parse hangs "by" on the reporter;
        # "protested over violations of its airspace by Turkish jets": on the active verb
        hosts = [noun, *(obj for obj in [_prep_object(noun, ("of",))] if obj is not None)]
        verb = noun.head.head if noun.dep_ == "pobj" else None
        if verb is not None and verb.pos_ == "VERB" and not _is_passive(verb):
            hosts.append(verb)
        source = next(
            (
                obj
                for host in hosts
                for prep in (("by",) if leaving or host is not noun else ("by", "from"))
                if (obj := _prep_object(host, (prep,))) is not None and index.actors(obj)
            ),
            None,
        )
    if _is_journey_acted_on(noun) and (source is None or source.lower_ in OWN_POSSESSIVES):
        # "announced the package during a visit to Kyiv", "during his visit to Kyiv, Merz
        # pledged": whoever acts on the journey
        source = subject(noun.head.head)
    if source is None and leaving:
        # "Britain began the withdrawal of its troops": Britain; else the troops
        taker = doer(light_verb) if light_verb is not None else None
        leaver = taker or _prep_object(noun, ("of",))
        return leaver, _target_prep(match) or _prep_object(noun, ("from",))
    verb = governor(noun)
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "came under rocket fire"
        verb = noun.head.head
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")]
    # "the Jenin raid", "their Bakhmut assault": a town before the deed is where it is done
    aimed = next((m for m in modifiers if _is_town(m, index)), None)
    if source is None:  # "Israeli air strikes": the modifier that names an actor
        # not a body the deed is brought before, where the light verb names its doer
        # ("China lodged a WTO complaint", "moved to restore UN sanctions on Iran")
        forum = light_verb is not None and doer(light_verb) is not None
        source = next(
            (
                m
                for m in reversed(modifiers)
                if m != aimed and index.actors(m) and not (forum and _names_body(m, index))
            ),
            None,
        )
    if verb is not None and lemma_in(verb, "&UNDERGO"):
        # "the treaty drew criticism from the West", "Belgorod came under Ukrainian rocket
        # fire": the subject is what is acted on.
        return source, subject(verb)
    target = _target_prep(match) or _prep_object(noun, ("of",)) or aimed
    if source is None and light_verb is not None:
        source = doer(light_verb)
    return source or _claimant(noun) or _blamed(noun), target


def is_accused_tail(verb: Token) -> bool:
    """A participle telling what the deed one is accused of did: "accused India of
    shelling villages, killing seven civilians"."""
    accusation = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and lemma_in(accusation, "&CHARGED")
        and any(
            prep.lower_ == "of" and any(c.dep_ == "pcomp" for c in prep.children)
            for prep in accusation.children
            if prep.dep_ == "prep"
        )
    )


def _blamed(deed: Token) -> Token | None:
    """Whom a deed is blamed on: "a drone attack on the airport was blamed on the RSF",
    "the army blamed the attack on Boko Haram"."""
    blaming = deed.head if deed.dep_ in ("nsubjpass", "dobj") else None
    if blaming is None:  # "a drone strike that Lebanese officials blamed on Israel"
        blaming = next((clause for clause in deed.children if clause.dep_ == "relcl"), None)
    if blaming is None or not lemma_in(blaming, "&BLAMING"):
        return None
    return _prep_object(blaming, ("on",))


def _claimant(deed: Token) -> Token | None:
    """Who claims a deed as their own: "al-Shabaab claimed responsibility for the bombing",
    "took responsibility for the attack", "claimed the attack", "an attack claimed by
    al-Shabaab"; not one who denies it."""
    claimed = deed.head.head if deed.dep_ == "pobj" and deed.head.lower_ == "for" else None
    if claimed is not None and lemma_in(claimed, "&CLAIMED"):
        verb = governor(claimed)
    elif deed.dep_ == "dobj" and lemma_in(deed.head, "&OWNING"):
        verb = deed.head
    else:
        verb = next((c for c in deed.children if c.dep_ == "acl" and c.lemma_ == "claim"), None)
        return _passive_agent(verb) if verb is not None else None
    if verb is None or not lemma_in(verb, "&CLAIMING"):
        return None
    if has_negation(verb):  # "did not claim"
        return None
    return doer(verb)


def has_negation(verb: Token) -> bool:
    """Whether a verb has a "not" of its own ("did not claim responsibility")."""
    return any(child.dep_ == "neg" for child in verb.children)


def _names_body(modifier: Token, index: ActorIndex) -> bool:
    """Whether a noun's compound names an international body ("a WTO complaint")."""
    actors = index.actors(modifier)
    return (
        modifier.dep_ == "compound"
        and bool(actors)
        and all(index.kinds.get(actor) == "igo" for actor in actors)
    )


def _is_journey_acted_on(noun: Token) -> bool:
    """A visit or trip during or on which a verb's subject acts."""
    journey = lemma_in(noun, "&JOURNEY") and noun.dep_ == "pobj"
    return journey and noun.head.lower_ in JOURNEY_PREPS and noun.head.head.pos_ in ("VERB", "AUX")


def _is_town(modifier: Token, index: ActorIndex) -> bool:
    """A place that is no state (a town or region) named by a noun's compound."""
    if modifier.dep_ != "compound" or modifier.ent_type_ not in PLACE_LABELS:
        return False
    return index.kind_at(modifier) in TOWN_KINDS


def _reversed(token: Token, target: Token | None) -> tuple[Token | None, Token | None]:
    """Roles of a verb of undergoing: the source comes from "from"/"by", the subject is
    the target ("Iran received aid from Russia")."""
    host = governor(token) or token
    return _prep_object(host, SOURCE_PREPS) or _prep_object(token, SOURCE_PREPS), subject(host)


def subject(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited where the clause shares it: coordinated verbs,
    "agreed to meet", relative clauses ("Russia, which annexed ..."), participles."""
    # the nearest, where the parse hangs a second subject (a dateline, a fronted clause's)
    own = min(
        (c for c in verb.children if c.dep_ in SUBJECT_DEPS),
        key=lambda c: abs(c.i - verb.i),
        default=None,
    )
    if own is not None:
        if is_reduced_relative(verb):
            return None  # "the journalists detained ... were freed": no one said who
        if own.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        if own.tag_ == "VBG":  # "the Red Cross operating in Iraq said": the parse's subject
            return next((c for c in own.children if c.dep_ == "nsubj"), own)
        return own
    if verb.dep_ == "relcl":
        return None
    if verb.dep_ == "acl" and is_fronted_clause(verb):
        return verb.head
    if (noun := completed_noun(verb)) is not None:  # "Germany's decision to send tanks"
        return _noun_owner(noun)
    if verb.dep_ == "acl":
        if verb.tag_ != "VBG":
            return None
        # "issued a statement condemning ...": the statement's issuer condemns, not one
        # who vetoes "a resolution imposing sanctions"
        if is_thing(verb.head) and verb.head.dep_ == "dobj":
            return None if lemma_in(verb.head.head, "&DISOWN") else doer(verb.head.head)
        return verb.head
    if verb.dep_ == "acomp":  # "Norway is willing to send": the subject of "is"
        return subject(verb.head)
    if verb.dep_ == "dobj" and verb.tag_ == "VBG" and lemma_in(verb.head, "&LIGHT"):
        return doer(verb.head)  # "had intensified shelling of ...": a deed told as a noun
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ in SAME_DOER_PREPS:
        return doer(verb.head.head)  # "gave way after meeting Michel": Orban met him
    if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head != verb:
        head = verb.head
        if _tells_plans_purpose(verb):
            return None  # "demanded a deal to free the hostages": the deal frees them
        if verb.dep_ == "xcomp" and objects(head) and lemma_in(head, "&OBJECT_CONTROL"):
            return objects(head)[0]  # "urged Israel to allow ...": Israel would allow
        if verb.dep_ == "conj" and head.dep_ == "ccomp" and is_thing(subject(head)):
            # "said the detention was unacceptable and demanded his release": the parse
            # hangs the second verb in the reported clause, whose subject acts on nothing
            return doer(head.head)
        if verb.dep_ == "conj" and verb.tag_ != "VBN" and _is_passive(head):
            return passive_subject(head)  # "was indicted by the court and will resign"
        if _comments_on_report(verb):  # "China demanded that ..., calling the sales a violation"
            return doer(head.head)
        if (reported := _interrupted_report(verb)) is not None:
            return subject(reported)  # "struck Kharkiv, the governor said, killing three"
        if verb.dep_ == "xcomp" and _is_passive(head) and not lemma_in(head, "&MEANS_PASSIVE"):
            # "Xi is scheduled to visit France", "Iran was urged by the EU to free them"
            return passive_subject(head) or doer(head)
        return doer(head)
    return None


def completed_noun(verb: Token) -> Token | None:
    """The noun of control.tsv whose owner is to act that an infinitive completes:
    "Germany's decision to send tanks", "the threat to cut aid", also where the parse hangs
    the infinitive on the verb the noun is the object of ("foiled an al-Shabaab plot to bomb
    a mall"); not a request or an ultimatum, which another is to act on."""
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return None
    if verb.dep_ == "acl":
        noun: Token | None = verb.head
    elif verb.dep_ in ("advcl", "xcomp"):
        noun = next((obj for obj in objects(verb.head) if obj.i < verb.i), None)
    else:
        return None
    if noun is None or noun.pos_ != "NOUN":
        return None
    return noun if control_words().get(noun.lemma_.lower()) in OWNERS_MODES else None


def _noun_owner(noun: Token) -> Token | None:
    """Whose decision, plan or threat a noun is: its possessor, the "by" agent or a name
    before it ("a plot by Islamic State", "an al-Shabaab plot"), else the doer of the light
    verb it is the object of ("Japan announced a decision to provide aid")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    owner = owner or _prep_object(noun, ("by",))
    named = (c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN")
    owner = owner or next(named, None)
    if owner is not None:
        return owner
    verb = governor(noun)  # not the critic of "criticised the decision to expel"
    if verb is None or noun.dep_ != "dobj" or not lemma_in(verb, "&LIGHT"):
        return None
    return doer(verb)


def _comments_on_report(verb: Token) -> bool:
    """A participle of speaking or naming after a comma that the parse hangs on a
    reported or demanded clause: the speaker's comment on it ("China demanded that the
    United States stop selling weapons to Taiwan, calling the sales a violation"), not
    what the deed did ("was attacked by militiamen, killing 156 people, the agency said")."""
    head = verb.head
    return (
        _is_participle_after_comma(verb)
        and verb.lemma_.lower() in naming_verbs()
        and head.dep_ == "ccomp"
        and (head.head.lemma_.lower() in speech_verbs() or lemma_in(head.head, "&MANDATIVE"))
    )


def _interrupted_report(participle: Token) -> Token | None:
    """The reported clause an attribution set off by commas interrupts, where the parse
    hangs the participle after it on the verb of saying ("Russian missiles struck Kharkiv,
    the governor said, killing three civilians": the missiles killed them); not the
    speaker's own words ("..., officials said, calling it a provocation", "accusing the
    party of a crackdown")."""
    said = participle.head
    if not _is_participle_after_comma(participle):
        return None
    if said.lemma_.lower() not in speech_verbs() or _tells_words(participle):
        return None
    return next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)


def _is_participle_after_comma(verb: Token) -> bool:
    """An -ing clause the parse hangs on the verb before it, set off by a comma."""
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].lower_ == ","
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and after_comma


def _tells_words(verb: Token) -> bool:
    """Whether a verb is one of speaking or naming, or one the lexicon codes only as words
    ("accuse", "condemn", "urge")."""
    lemma = verb.lemma_.lower()
    entries = packaged_lexicon().candidates(lemma, "VERB")
    codes = [entry.code for entry in entries if entry.code]
    return lemma in naming_verbs() or bool(codes) and all(is_verbal(code) for code in codes)


def _tells_plans_purpose(verb: Token) -> bool:
    """An infinitive of purpose right after its verb's object, a plan or deal the parse
    should have hung it on ("demanded a deal to free the hostages")."""
    return is_purpose(verb) and any(
        obj.i == verb.i - 2 and lemma_in(obj, "&PLANS") for obj in objects(verb.head)
    )


def is_thing(noun: Token | None) -> bool:
    """A common noun that names no one ("the detention"), not "police", "the 27 leaders"
    or "Navalny"."""
    return noun is not None and noun.pos_ == "NOUN" and not is_role(noun)


def _controller_subject(verb: Token) -> Token | None:
    """Who refuses, agrees or demands: the subject, also of an adjectival passive ("Israel
    is opposed to", "Iran is committed to"), or the "by" agent of a real passive."""
    if _is_passive(verb):
        return _passive_agent(verb) or passive_subject(verb)
    return subject(verb)


def doer(verb: Token) -> Token | None:
    """Who did what ``verb`` tells: the "by" agent of a passive, else the subject."""
    if _is_passive(verb):
        return _passive_agent(verb)
    return subject(verb) or passive_subject(verb)


def _passive_agent(verb: Token, preps: tuple[str, ...] = ()) -> Token | None:
    """The "by" agent of a passive, also where the parse hung it on the phrase the verb
    governs ("was charged with treason by Ugandan police"), on its gerund or that
    gerund's object ("was accused of misusing funds by government officials"): an
    active gerund takes no "by" of a doer, but a deed may ("blamed for the attack by
    Hamas": Hamas attacked)."""
    agent = _prep_object(verb, ("by", *preps))
    if agent is not None:
        return agent
    if shares_passive(verb):  # "was beaten by police and detained"
        return _passive_agent(verb.head, preps)
    hosts = [
        host
        for prep in prepositions(verb)
        for phrase in prep.children
        for host in _agent_hosts(phrase)
    ]
    return next(
        (
            obj
            for host in hosts
            for prep in prepositions(host)
            if prep.lower_ == "by"
            for obj in prep.children
            if obj.dep_ == "pobj"
        ),
        None,
    )


def _agent_hosts(phrase: Token) -> tuple[Token, ...]:
    """The words of a passive's prepositional phrase a stray "by" agent may hang on."""
    if phrase.dep_ == "pcomp" and phrase.tag_ == "VBG" and not _is_passive(phrase):
        return (phrase, *objects(phrase))
    deed = lemma_in(phrase, "&VIOLENCE") or lemma_in(phrase, "&ATTACK")
    if phrase.dep_ == "pobj" and phrase.pos_ == "NOUN" and not deed:
        return (phrase,)
    return ()


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive ("Navalny should be released"), or of a participle that
    says what it does ("Serb forces were engaged in ...")."""
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)


def has_subject(verb: Token) -> bool:
    """Whether a clause names who acts or is acted on ("that Israel ease ...")."""
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _is_passive(verb: Token) -> bool:
    """A passive, unless a participle that says what its subject does ("Serb forces were
    engaged in ethnic cleansing") and no "by" names another doer."""
    if lemma_in(verb, "&ACTIVE_PARTICIPLES") and _prep_object(verb, ("by",)) is None:
        return False
    return (
        any(child.dep_ in ("nsubjpass", "auxpass") for child in verb.children)
        or shares_passive(verb)
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not is_fronted_clause(verb))
    )


def _target_prep(match: Match) -> Token | None:
    return next(iter(_target_preps(match)), None)


def _target_preps(match: Match) -> list[Token]:
    """Objects of the target prepositions of the trigger (and its light verb), in order,
    then whom it is done in defiance of ("blocked streets in defiance of Beijing"), then
    those the row itself matched ("fought with Azerbaijani forces": the other side)."""
    preps = match.entry.target_preps or TARGET_PREPS
    if match.entry.symmetric and not match.entry.target_preps:
        # "held talks with India on Kashmir": the partner, not the topic
        preps = ("with", *(prep for prep in preps if prep != "with"))
    hosts = [match.token] + ([match.governor] if match.governor is not None else [])
    sent = _prep_object(match.token, ("of",)) if match.entry.target_preps else None
    if match.token.pos_ == "NOUN" and sent is not None:
        hosts.append(sent)  # "the extradition of a spy chief to the United States"
    named = [obj for host in hosts for name in preps for obj in objects_after(host, (name,))]
    stances = [
        stance
        for host in hosts
        for stance in objects_after(host, ("in",))
        if lemma_in(stance, "&DEFIANCE")
    ]
    defied = [obj for stance in stances for obj in objects_after(stance, DEFIANCE_PREPS)]
    found = [*named, *defied]
    return [obj for obj in found if obj.i not in match.used] + [
        obj for obj in named if obj.i in match.used
    ]


def objects_after(host: Token, names: tuple[str, ...]) -> list[Token]:
    """The objects of ``host``'s prepositions named ``names`` ("a visit to Moscow": Moscow)."""
    return [
        obj for prep in prepositions(host) if prep.lower_ in names for obj in prep_objects(prep)
    ]


def _prep_object(host: Token, preps: tuple[str, ...] | list[str]) -> Token | None:
    for name in preps:
        for prep in prepositions(host):
            if prep.lower_ == name:
                found = prep_objects(prep)
                if found:
                    return found[0]
    return None


def _first_unused(tokens: list[Token], match: Match) -> Token | None:
    return next((token for token in tokens if token.i not in match.used), None)


def _in_clause(token: Token, trigger: Token) -> bool:
    return token.head == trigger or token.head == governor(trigger) or token in trigger.subtree


def lemma_in(token: Token, set_name: str) -> bool:
    """Whether a word set holds the token's lemma, or its form where the set names one
    ("warring", whose lemma the tagger gives as "war")."""
    words = _word_set(set_name)
    return token.lemma_.lower() in words or token.lower_ in words


@cache
def _word_set(name: str) -> frozenset[str]:
    return packaged_sets()[name]
