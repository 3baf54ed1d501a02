"""Negation, modality and control: what "refused to", "threatened to", "would not" and
"if" do to a trigger's code.

An action under a control verb takes the codebook's code for that mode
(``data/events/control.tsv`` names the verbs, ``data/events/modes.tsv`` maps each kind of
action to its intent, appeal, demand, threat or rejection code): "threatened to impose
sanctions" is 1312, "refused to release" 1243, "agreed to meet" 036. A negated
cooperative action is its rejection ("would not recognise" is 12x, an unflagged event);
a negated action with no opposite is flagged ``negated``. "could", "may", "if",
"unless" and questions flag ``hypothetical``; a future cooperative action is an intent,
a future use of force a threat, where the codebook has one.

Example:
    >>> modality = read_modality(match)  # doctest: +SKIP
    >>> modality.code, modality.negated, modality.note  # doctest: +SKIP
    ('1243', False, 'refuse to (modes.tsv:88 0841 -> 1243)')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from ..knowledge import numbered_rows
from ..quotes.cues import speech_verbs
from .arguments import (
    completed_noun,
    has_subject,
    is_condition,
    is_thing,
    lemma_in,
    light_governor,
    passive_subject,
)
from .codebook import codebook
from .lexicon import control_words
from .triggers import Match, governor, is_purpose, objects, prep_objects, prepositions

MODES_FILE = "events/modes.tsv"
CONTROL_MODES = (
    "intent",
    "pledge",
    "refuse",
    "threaten",
    "appeal",
    "demand",
    "allege",
    "consider",
)
# Modes that make an event of a control verb even when its action is not coded.
UNCODED_MODES = frozenset({"pledge", "refuse", "threaten", "appeal", "demand", "consider"})
# Parts of speech of control words: verbs, and adjectives of intent ("ready to", "willing to").
CONTROL_POS = frozenset({"VERB", "ADJ"})
# Modes whose embedded action is done by someone else, named as the verb's object.
ADDRESSED_MODES = frozenset({"appeal", "demand", "allege"})
# Measures a body agrees or decides to take are taken ("agreed to impose sanctions"); force
# from this root on, decided, is still a threat ("decided to expand the offensive").
DECIDED_FORCE_ROOT = "18"
# Roots of demands, disapproval and rejections, which a vow to make them already makes.
SPOKEN_DEFIANCE_ROOTS = frozenset({"10", "11", "12"})
# Tags of a verb in the present, which after "until" tells a time still to come.
PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})
# An allegation accuses only of force ("claimed that ISIL had attacked Iraq"); below this
# root the claimed deed is no accusation and keeps its own code.
ALLEGED_ROOT = "14"
# A mode with no row for the action, or with an action the lexicon does not code ("urged
# the coalition to carry out an inquiry"), falls back to the mode's own generic code.
GENERIC_CODES = {
    "intent": "030",
    "pledge": "030",
    "refuse": "120",
    "threaten": "130",
    "appeal": "020",
    "demand": "100",
    "allege": "112",
    "consider": "014",  # "did not rule out sending troops": an option considered
}
# A warning (CAMEO 012), a threat where it says what will follow on a condition.
WARNING = "012"
# Modals of obligation: in a clause reported from someone else, the speaker demands or
# appeals that its subject act ("Russia said Sudan must return the helicopter"); stated
# by the writer, only hypothetical.
OBLIGATION_MODES = {"oblige": "demand", "advise": "appeal"}
# Verb forms of a clause told as fact, not asked for: "does", "supports", "will".
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})
INDICATIVE_MODALS = frozenset({"will", "would", "can", "could", "may", "might"})
HYPOTHETICAL_MODES = frozenset({"hypothetical", *OBLIGATION_MODES})
# Subjects of a reported obligation that are the speaker ("Iran said it must defend itself").
SELF_PRONOUNS = frozenset({"i", "we", "it", "they", "he", "she"})
NEGATION_WORDS = frozenset({"not", "n't", "never", "no"})
CONTROL_DEPS = frozenset({"xcomp", "ccomp", "dobj"})
# Phrases that may part a control verb from its infinitive ("threatened on Wednesday to").
SPLITTERS = frozenset({"prep", "npadvmod", "advmod"})
# Prepositions whose object is what a control word governs ("called for the release",
# "is opposed to French mediation"), not when or why ("ordered patrols after protests").
COMPLEMENT_PREPS = frozenset({"for", "to", "on", "upon", "against", "from"})


@dataclass(frozen=True)
class Modality:
    """The code a trigger ends with, its flags, and the words that changed it."""

    code: str
    negated: bool = False
    hypothetical: bool = False
    note: str | None = None  # for ``rule``: "threaten to (modes.tsv:40 19 -> 138)"
    controller: Token | None = None  # the control verb: its subject is the source
    addressee: Token | None = None  # who is urged or asked: the target
    action: Token | None = None  # a pledged action the lexicon does not code: its target's host


@dataclass(frozen=True)
class _ModeRow:
    code: str
    origin: str


def read_modality(match: Match) -> Modality:
    """The final code and flags of ``match`` (whose entry has a code)."""
    code = match.code
    trigger = match.token
    clause = light_governor(match) or _clause(trigger)
    if (denial := _denial(clause)) is not None:
        return Modality(code, negated=True, note=f"denied ({denial.lemma_.lower()})")
    if (refusal := _refused_content(clause)) is not None:
        note = f"inside what was refused ({refusal.lemma_.lower()})"
        return Modality(code, negated=True, note=note)
    controller, mode, addressee = _controller(trigger, clause)
    if mode == "allege" and (code[:2] < ALLEGED_ROOT or _claims_own_deed(clause)):
        controller = mode = addressee = None  # "claimed it shot down five jets": its own
    hypothetical = _is_hypothetical(clause, reported=mode is not None)
    if controller is not None and _is_asked(controller):
        hypothetical = True  # "asked the ICJ to order Israel to halt": no order yet
    if mode is not None and controller is not None:
        if is_negated(controller) and mode != "consider":
            note = f"{controller.lemma_.lower()} (refuse): no opposite, negated"
            return Modality(code, True, hypothetical, note, controller)
        if mode == "pledge":
            mode = "intent"  # a firm intent maps as any intent
        if is_negated(trigger) or is_negated(clause):
            forsworn = _forsworn(code, mode, controller, hypothetical, addressee)
            if forsworn is not None:
                return forsworn
        if mode == "intent" and code[:2] in SPOKEN_DEFIANCE_ROOTS:
            # "the Houthis vowed to continue attacks on Israel" (1246): an intent to demand,
            # disapprove or reject says it already
            note = f"{controller.lemma_.lower()} (intent): the words are the act"
            return Modality(code, False, hypothetical, note, controller)
        if mode == "intent" and codebook()[code].quad_class == 4:
            if lemma_in(controller, "&DECIDE") and code[:2] < DECIDED_FORCE_ROOT:
                # "the EU agreed to extend its sanctions": a measure decided is taken
                note = f"{controller.lemma_.lower()} (decided)"
                return Modality(code, False, hypothetical, note, controller)
            mode = "threaten"  # "vowed to retaliate": an intent to use force is a threat
        if mode == "refuse" and clause.pos_ == "VERB" and not _is_cooperative(code):
            # "refused to condemn Russia", "refused to impose sanctions on Moscow": a hostile
            # act not done has no opposite (criticism rejected is a rejection)
            note = f"{controller.lemma_.lower()} (refuse): no opposite, negated"
            return Modality(code, True, hypothetical, note, controller)
        mapped = _mapped(mode, code)
        word = f"{controller.lemma_.lower()} ({mode})"
        if mapped is not None:
            note = f"{word}: {mapped.origin} {code} -> {mapped.code}"
            return Modality(mapped.code, False, hypothetical, note, controller, addressee)
        generic = GENERIC_CODES[mode]
        return Modality(generic, False, hypothetical, f"{word} -> {generic}", controller, addressee)
    if clause.dep_ == "xcomp" and is_negated(clause.head) and hypothetical:
        # "Croatia was not expected to attend": a deed foretold not to happen, no refusal
        return Modality(code, negated=True, hypothetical=True, note="not expected")
    if is_negated(trigger) or is_negated(clause):  # "will not hold talks"
        rejection = _mapped("refuse", code) if _is_cooperative(code) else None
        if rejection is not None:
            note = f"negated: {rejection.origin} {code} -> {rejection.code}"
            return Modality(rejection.code, hypothetical=hypothetical, note=note)
        return Modality(code, negated=True, hypothetical=hypothetical, note="negated")
    conditional = _is_conditional(trigger) or code == WARNING and _warns_of_conditional(trigger)
    if conditional and (threat := _mapped("threaten", code)) is not None:
        # "may halt its mediation if cooperation founders": a harm held over a condition;
        # "warned it would take resolute measures if Manila continued": one said
        note = f"conditional (threaten): {threat.origin} {code} -> {threat.code}"
        return Modality(threat.code, note=note)
    if not hypothetical and _is_future(clause, forceful=codebook()[code].quad_class == 4):
        mode = "intent" if _is_cooperative(code) else "threaten" if code[:2] >= "14" else None
        mapped = _mapped(mode, code) if mode else None
        if mapped is not None:
            note = f"future ({mode}): {mapped.origin} {code} -> {mapped.code}"
            return Modality(mapped.code, note=note)
        return Modality(code, hypothetical=True, note="future")
    return Modality(code, hypothetical=hypothetical, note="hypothetical" if hypothetical else None)


def _forsworn(
    code: str, mode: str, controller: Token, hypothetical: bool, addressee: Token | None
) -> Modality | None:
    """The code of an action one pledges or is urged not to take ("vowed not to recognise
    Israel" 12x, "pledged not to attack" 0356, "urged Israel not to attack" 0256), or of
    an appeal not to take another cooperative one (020); None for any other mode."""
    word = controller.lemma_.lower()
    if mode in ("intent", "threaten"):
        row = _mapped("refuse" if _is_cooperative(code) else "forswear", code)
        if row is None:  # "vowed not to criticise": no opposite
            return Modality(code, True, hypothetical, f"{word} not to: negated", controller)
    elif mode == "appeal":
        row = None if _is_cooperative(code) else _mapped("dissuade", code)
        if row is None:
            note = f"{word} not to -> {GENERIC_CODES[mode]}"
            return Modality(GENERIC_CODES[mode], False, hypothetical, note, controller, addressee)
    else:
        return None
    note = f"{word} not to: {row.origin} {code} -> {row.code}"
    return Modality(row.code, False, hypothetical, note, controller, addressee)


def uncoded_control(verb: Token) -> Modality | None:
    """The generic code of a pledge, refusal, threat, appeal or demand whose action the
    lexicon does not code: "agreed to postpone the march" (030), "urged the coalition to
    carry out an inquiry" (020), "refused to attend" (120), "demanded that NATO pull
    back" and "said Sudan must return the helicopter" (100). None for any other verb, a
    negated one, a weak intent ("hopes to", "plans to": too vague to code without its
    action) or an action of speaking ("declined to say": a comment, not a refusal)."""
    if verb.pos_ not in CONTROL_POS:  # checked first: this runs on every token the lexicon left
        return None
    mode = control_words().get(_phrase(verb))
    if is_negated(verb):
        return None
    reported = None
    if mode in UNCODED_MODES:
        deps = ("xcomp", "ccomp") if mode == "demand" and verb.lemma_ == "demand" else ("xcomp",)
        action = next((c for c in verb.children if c.dep_ in deps and c.pos_ == "VERB"), None)
        if action is None and mode == "pledge":  # "promised that China would increase imports"
            action = next((c for c in verb.children if _is_promised(c)), None)
    else:  # "Russia said Sudan must return the helicopter"
        action = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), None)
        mode = reported = _reported_obligation(action) if action is not None else None
        if mode is None:
            return None
    if action is None or action.lemma_.lower() in speech_verbs():
        return None
    code = GENERIC_CODES[mode]
    addressee = None
    if mode in ADDRESSED_MODES:
        # "demanded that NATO pull back": whoever is to act
        addressee = _subject_of(action) if reported else _addressee(verb) or _subject_of(action)
        if addressee is None or addressee.lower_ in SELF_PRONOUNS:
            return None  # "asked not to be named": no one is appealed to
    note = f"{verb.lemma_.lower()} ({mode}) an action the lexicon does not code -> {code}"
    return Modality(
        code,
        hypothetical=_is_hypothetical(verb),
        note=note,
        addressee=addressee,
        action=action if mode in ("pledge", "refuse") else None,
    )


def _controller(trigger: Token, clause: Token) -> tuple[Token | None, str | None, Token | None]:
    """The verb that governs the trigger, or the verb of its ``clause`` ("threatened to
    impose sanctions": via impose), as its intended, refused, threatened, urged or
    demanded action ("refused to release", "threatened sanctions", "called for talks"),
    its mode, and who is urged or asked to act."""
    if (obligation := _reported_obligation(clause)) is not None:
        return _reporter(clause), obligation, _subject_of(clause)
    if _joins_infinitive(clause):  # "urged Israel to halt its strikes and to let aid in"
        return _controller(clause.head, clause.head)
    if clause != trigger and (clause.dep_ == "xcomp" or _is_split_complement(clause)):
        host = clause.head  # "refused to recognise"
    elif (noun := completed_noun(clause)) is not None:
        host = noun  # "Serbia's refusal to recognise"
    elif trigger.dep_ == "dobj" and (noun := completed_noun(trigger.head)) is not None:
        host = noun  # "Washington's threat to cut aid": the cut aid
    elif trigger.dep_ in CONTROL_DEPS or _is_split_complement(trigger):
        host = trigger.head
        if trigger.dep_ == "dobj" and lemma_in(host, "&INFINITIVE_CONTROL"):
            return None, None, None  # "pressed an offensive", "ordered the expulsion": the deed
        if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN" and lemma_in(host, "&OWNING"):
            return None, None, None  # "claimed the attack": the deed, owned
    elif trigger.dep_ == "pobj":
        host = trigger.head.head
        if trigger.head.lower_ not in COMPLEMENT_PREPS:
            return None, None, None  # "ordered patrols after violent protests": no control
    else:
        return None, None, None
    if lemma_in(host, "&ASPECT") and host.dep_ == "xcomp":
        host = host.head  # "vowed to keep attacking ships": the vow governs the attacks
    mode = control_words().get(_phrase(host))
    own = trigger.dep_ == "dobj" and not lemma_in(clause, "&INFINITIVE_CONTROL")
    if mode not in CONTROL_MODES and host == clause.head and own:
        # "caves used by the PKK to plan attacks": a light verb that is a control word
        # governs its noun itself when the verb above it governs nothing ("moved to order
        # the expulsion" is the expulsion)
        host, mode = clause, control_words().get(_phrase(clause))
    if mode not in CONTROL_MODES:
        return None, None, None
    if mode in ("intent", "pledge"):  # "said the US must be ready to mediate": a demand
        stated = host.head if host.dep_ == "acomp" else host
        if (obligation := _reported_obligation(stated)) is not None:
            return _reporter(stated), obligation, _subject_of(stated)
    if mode == "intent" and _wants_of_another(host, clause):
        mode = "appeal"  # "Obama wants Putin to attack": an appeal to Putin
    if mode == "threaten" and trigger.dep_ == "ccomp" and is_thing(_subject_of(clause)):
        return None, None, None  # "warned that renewed fighting would kill thousands"
    if mode not in ADDRESSED_MODES:
        return host, mode, None
    if mode != "allege" and trigger.dep_ == "ccomp" and _is_indicative(trigger, host):
        return None, None, None  # "told reporters that the US does not support": words
    # "urged Israel to allow", else "demanded that Mugabe abandon": whoever is to act
    return host, mode, _addressee(host) or _subject_of(clause)


def _is_split_complement(verb: Token) -> bool:
    """An infinitive a time or place phrase parts from its verb, which the parse hangs as
    an adverbial clause ("Iraq threatened on Wednesday to expel the inspectors"), or one
    with a subject of its own after "for" ("the parliament called for Dbeibah to resign")."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i > verb.i:
        return False
    if not any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children):
        return False
    marks = [child.lower_ for child in verb.children if child.dep_ == "mark"]
    if marks:
        return marks == ["for"] and has_subject(verb)
    return not any(child.dep_ == "xcomp" for child in head.children) and any(
        head.i < child.i < verb.i for child in head.children if child.dep_ in SPLITTERS
    )


def _joins_infinitive(verb: Token) -> bool:
    """An infinitive joined to one a verb governs, and so governed by it too."""
    return verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.dep_ == "xcomp"


def _told_to_a_body(pronoun: Token, reporter: Token) -> bool:
    """ "reminded Iraq that it must cooperate", "issued a reminder to Iraq that it must":
    "it" is the body spoken to."""
    told = ("dobj", "dative") if reporter.lemma_.lower() in speech_verbs() else ("dative",)
    return pronoun.lower_ == "it" and any(c.dep_ in told for c in reporter.children)


def _reporter(clause: Token) -> Token | None:
    """The verb whose words ``clause`` reports: "said (that) ...", or the verb that
    delivers a speech noun the clause completes ("issued a reminder to Iraq that it must
    cooperate")."""
    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in speech_verbs():
        return clause.head
    that = any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)
    if clause.dep_ == "acl" and that and lemma_in(clause.head, "&SPEECH_NOUNS"):
        return governor(clause.head)
    return None


def _denial(clause: Token) -> Token | None:
    """The verb that denies the action of ``clause``, through infinitives, reported
    clauses and purposes: "denied sending weapons", "denied that it plans to invade",
    "denied sending troops to support the M23"; not a verb joined to the denial itself
    ("denied any involvement and summoned Poland's ambassador"), nor an accusation the
    denial answers."""
    words = control_words()
    while (
        clause.dep_ in ("xcomp", "ccomp", "conj") or is_purpose(clause)
    ) and clause.head != clause:
        joined = clause.dep_ == "conj"
        clause = clause.head
        if words.get(_phrase(clause)) == "deny":
            return None if joined or _denies_a_charge(clause) else clause
    return None


def _denies_a_charge(denial: Token) -> bool:
    """A denial told after the accusation it answers, which the parse hangs over the
    accusation: "accused the UAE of arming the RSF, a charge Abu Dhabi denies"."""
    before = [child for child in denial.lefts if child.dep_ in ("nsubj", "dobj")]
    words = [word for child in before for word in (child, *child.lefts)]
    return any(lemma_in(word, "&ACCUSATION") for word in words)


def _is_asked(controller: Token) -> bool:
    """A control verb that is itself what another is urged, asked or ordered to do
    ("asked the ICJ to order Israel to halt its offensive")."""
    asker = control_words().get(_phrase(controller.head)) if controller.dep_ == "xcomp" else None
    return asker in ADDRESSED_MODES and asker != "allege"


def _refused_content(clause: Token) -> Token | None:
    """The verb of refusal over a deed told inside what it refuses: a call or demand
    ("rejected calls to recognise Kosovo", also where the parse hung the infinitive on the
    verb: "rejected calls from France to halt the offensive") or a text ("refused to sign
    a statement criticising China"). The refusal itself is coded; the deed was not done."""
    words = control_words()
    token, inside = clause, False
    while token.head != token:
        head = token.head
        if token.dep_ == "acl" and head.dep_ == "dobj":  # "calls to ...", "a statement ..."
            token, inside = head.head, True
        elif token.dep_ == "advcl" and any(
            words.get(noun.lemma_.lower()) in ADDRESSED_MODES for noun in objects(head)
        ):
            token, inside = head, True
        elif token.dep_ in ("xcomp", "conj"):
            token = head
        else:
            return None
        if inside and words.get(_phrase(token)) == "refuse":
            return token
    return None


def _reported_obligation(clause: Token) -> str | None:
    """Demand or appeal when ``clause`` is someone's words that another must or should
    act ("said Sudan must return", "said Minsk should free"), else None."""
    if (reporter := _reporter(clause)) is None:
        return None
    # "said Sudan must return ...", "said Navalny should be released": who must act, or
    # whom it must be done to
    subject = _subject_of(clause) or passive_subject(clause)
    if (
        subject is None
        or subject.lower_ in SELF_PRONOUNS
        and not _told_to_a_body(subject, reporter)
    ):
        return None
    words = control_words()
    modes = (words.get(c.lower_) for c in clause.children if c.dep_ == "aux")
    return next((OBLIGATION_MODES[m] for m in modes if m in OBLIGATION_MODES), None)


def _phrase(verb: Token) -> str:
    """A verb with its particle, as control.tsv writes it: "call on", else "urge"; negated
    where control.tsv has it so ("not rule out")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")]
    phrase = next((f"{lemma} {p}" for p in particles if f"{lemma} {p}" in control_words()), lemma)
    negated = f"not {phrase}"
    return negated if negated in control_words() and is_negated(verb) else phrase


def _is_promised(clause: Token) -> bool:
    """A that-clause of what will be done: "promised that China would increase imports"."""
    return clause.dep_ == "ccomp" and clause.pos_ == "VERB" and _has_future_aux(clause)


def _is_indicative(verb: Token, host: Token) -> bool:
    """A that-clause told as fact ("that the US does not support it"), not asked for
    ("that Pyongyang commit", "that he be freed", "that Israel should withdraw"). After
    a verb of demanding, the tagger's present tense is the bare verb of what is demanded
    ("demanded that Russia immediately release the reporter")."""
    tags = FINITE_TAGS - {"VBP"} if lemma_in(host, "&MANDATIVE") else FINITE_TAGS
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(word.tag_ in tags or word.lower_ in INDICATIVE_MODALS for word in words)


def _subject_of(clause: Token) -> Token | None:
    return next((c for c in clause.children if c.dep_ == "nsubj"), None)


def _claims_own_deed(clause: Token) -> bool:
    """A deed its claimant says it did itself ("Pakistan's army claimed it shot down five
    Indian jets", "claimed to have destroyed 19 Taliban positions"): a pronoun the
    speaker's own, or no subject of its own, does it, which is no accusation."""
    if clause.dep_ == "xcomp":
        return True
    doer = _subject_of(clause)
    return doer is not None and doer.lower_ in SELF_PRONOUNS and clause.dep_ == "ccomp"


def _wants_of_another(host: Token, action: Token) -> bool:
    """ "wants Putin to attack": the infinitive's own subject is someone else (not in
    "said Russia was planning an invasion", where the plan is the action's own clause)."""
    if action == host:
        return False
    if action.dep_ == "ccomp":  # "hoped that the officials would be indicted"
        return has_subject(action)
    return action.dep_ == "xcomp" and bool(objects(host))


def _addressee(controller: Token) -> Token | None:
    """Who is urged or asked: the object, or the object of "on"/"to" ("called on Iran")."""
    found = objects(controller)
    if found:
        return found[0]
    for prep in prepositions(controller):
        if prep.lower_ in ("on", "upon", "to"):
            targets = prep_objects(prep)
            if targets:
                return targets[0]
    return None


def is_negated(token: Token) -> bool:
    """Whether a verb is negated ("did not", "never") or done to no one ("expelled no
    diplomats"), or a noun denied ("no talks")."""
    children = list(token.children)
    if token.pos_ in ("NOUN", "PROPN"):
        return _denied(token)
    return any(
        c.dep_ == "neg" or c.lower_ in NEGATION_WORDS
        for c in children
        if c.dep_ in ("neg", "advmod")
    ) or any(c.dep_ == "dobj" and _denied(c) for c in children)


def _denied(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _is_hypothetical(clause: Token, *, reported: bool = False) -> bool:
    """Whether the verb (or event noun) ``clause`` is under a modal of possibility or
    obligation (unless ``reported`` makes the obligation someone's demand), a condition
    (if, unless, whether), a time not yet come ("until Moscow ends its war", not "until the
    army withdrew"), a verb that says its infinitive, gerund or subject is not done or no
    longer done ("failed to reach an agreement", "stop selling weapons", "the talks
    stalled") or a question."""
    words = control_words()
    modes = {"hypothetical"} if reported else HYPOTHETICAL_MODES
    if clause.dep_ == "xcomp" and words.get(_phrase(clause.head)) == "hypothetical":
        return True
    said_of = clause.pos_ == "NOUN" and clause.dep_ in ("nsubj", "nsubjpass")
    verb = clause.head
    alone = not any(child.dep_ == "xcomp" for child in verb.children)
    if said_of and alone and words.get(_phrase(verb)) == "hypothetical":
        return True  # "the talks have stalled", not "talks failed to produce a deal": held
    if _of_any(clause):
        return True
    for token in (clause, *_clause_heads(clause)):
        for child in token.children:
            if child.dep_ in ("aux", "mark", "advmod") and words.get(child.lower_) in modes:
                return True
            if child.dep_ == "mark" and words.get(child.lower_) == "pending":
                return token.tag_ in PRESENT_TAGS  # "until Moscow ends its war": not yet
        if token.dep_ in ("ccomp", "advcl", "relcl"):
            break
    return clause.sent.text.rstrip().endswith("?")


def _of_any(clause: Token) -> bool:
    """A deed of "any" one ("would respond to any attack") or told of any one ("would veto
    any resolution that condemned its operations"): none done."""
    noun = clause.head if clause.dep_ == "relcl" else clause
    return any(
        child.dep_ == "det" and control_words().get(child.lower_) == "hypothetical"
        for child in noun.children
    )


def _is_conditional(trigger: Token) -> bool:
    """A deed that will or may be done on a condition the clause states ("will withdraw
    its force unless Goukouni arranges a ceasefire"), not one inside the condition."""
    clause = governor(trigger) if trigger.pos_ == "NOUN" else trigger
    if clause is None:
        return False
    modal = any(
        child.dep_ == "aux" and child.lower_ in INDICATIVE_MODALS for child in clause.children
    )
    return modal and any(c.dep_ == "advcl" and is_condition(c) for c in clause.children)


def _warns_of_conditional(warning: Token) -> bool:
    """A warning whose clause holds a deed over a condition: "warned it would take
    resolute measures if Manila continued its provocations"."""
    return any(child.dep_ == "ccomp" and _is_conditional(child) for child in warning.children)


def _is_future(clause: Token, *, forceful: bool = False) -> bool:
    """ "will meet", and "would keep the status quo and seek dialogue": a bare verb
    coordinated with a future one shares its auxiliary, as does a purpose ("will meet
    in Zurich to discuss trade") and an infinitive after a verb of trying or seeking
    ("will try to seize"), not one a stance goes on in ("would continue to oppose"),
    though ``forceful`` deeds one goes on doing are still to come ("would keep targeting
    American bases")."""
    verbs = [clause]
    while verbs[-1].head != verbs[-1] and _shares_future(verbs[-1], forceful=forceful):
        verbs.append(verbs[-1].head)
    return any(_has_future_aux(verb) or _is_raised_future(verb) for verb in verbs)


def _shares_future(verb: Token, *, forceful: bool) -> bool:
    """Whether a verb's tense is its head's: a bare coordinated verb, a purpose, or what
    one tries or seeks to do (not a stance one goes on in, "continue to oppose"; force one
    goes on using is)."""
    coordinated = verb.dep_ == "conj" and verb.tag_ == "VB"
    tried = verb.dep_ == "xcomp" and (forceful or not lemma_in(verb.head, "&ASPECT"))
    return coordinated or tried or is_purpose(verb)


def _is_raised_future(verb: Token) -> bool:
    """An infinitive a word of the future governs (control.tsv's "future" words): "is
    scheduled to visit", "are due to meet", "are set to sign"."""
    if verb.dep_ != "xcomp":
        return False
    forms = (verb.head.lemma_.lower(), f"be {verb.head.lower_} to")
    return any(control_words().get(form) == "future" for form in forms)


def _has_future_aux(verb: Token) -> bool:
    """An auxiliary of the future (control.tsv's "future" words): "will", "would"; or a
    headline's "to" before the main verb, with its subject ("China to hold talks with
    India")."""
    words = control_words()
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    headline = verb.dep_ == "ROOT" and auxiliaries == ["to"] and has_subject(verb)
    return headline or any(words.get(aux) == "future" for aux in auxiliaries)


def _clause(trigger: Token) -> Token:
    """The verb whose clause states the trigger's action: an event noun's light verb
    ("threatened to impose sanctions"), never a verb that acts on the event ("agreed to
    postpone the demonstration": the protest is not what was agreed)."""
    verb = governor(trigger)
    return verb if verb is not None and lemma_in(verb, "&LIGHT") else trigger


def _clause_heads(token: Token) -> list[Token]:
    heads = []
    while token.dep_ in ("conj", "xcomp") and token.head != token:
        token = token.head
        heads.append(token)
    return heads


def recoded(mode: str, code: str) -> tuple[str, str] | None:
    """The code ``code`` becomes in a mode that depends on who acts, with the modes.tsv row
    that says so; None where none is listed. Modes: "unconventional" (force irregulars turn
    on civilians), "diplomatic" (a protest a state lodges), "uniformed" (a building a state's
    forces storm), "riot" (force a crowd uses), "repression" (force turned on a crowd).

    Example:
        >>> recoded("unconventional", "190")  # doctest: +ELLIPSIS
        ('180', 'modes.tsv:...')
    """
    row = _mapped(mode, code)
    return (row.code, row.origin) if row is not None else None


def _is_cooperative(code: str) -> bool:
    return codebook()[code].quad_class <= 2


def _mapped(mode: str, code: str) -> _ModeRow | None:
    """The row of ``mode`` for the longest prefix of ``code``."""
    rows = _mode_rows().get(mode, {})
    for length in range(len(code), 1, -1):
        if code[:length] in rows:
            return rows[code[:length]]
    return None


@cache
def _mode_rows() -> dict[str, dict[str, _ModeRow]]:
    rows: dict[str, dict[str, _ModeRow]] = {}
    for number, row in numbered_rows(MODES_FILE):
        origin = f"modes.tsv:{number}"
        rows.setdefault(row["mode"], {})[row["action"]] = _ModeRow(row["code"], origin)
    return rows
