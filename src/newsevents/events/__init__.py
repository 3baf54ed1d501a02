"""Events: who did what to whom, coded in CAMEO and PLOVER, with the reason for each code.

The stage runs per sentence: :mod:`.triggers` finds the verbs and event nouns the
:mod:`.lexicon` codes, :mod:`.modality` applies negation, control verbs and modals to the
code, :mod:`.arguments` reads source and target from the parse and resolves them to the
article's actors, :mod:`.context` adds date, place and quotations, and :mod:`.codebook`
gives each code its PLOVER type, Goldstein weight and quad class. A speech verb with no
codable action is a statement (010) only when it has a clear target ("told Erdogan"). An
event names both sides; one naming one side only is kept with ``one_sided``.

Example:
    >>> coder = EventCoder()  # doctest: +SKIP
    >>> events = coder(doc, context=context)  # doctest: +SKIP
    >>> [(e.source, e.cameo, e.target, e.rule) for e in events]  # doctest: +SKIP
    [('a1', '057', 'a2', '05.tsv:40 sign VERB obj=... -> 057')]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..actors.index import DEFINITE, ActorIndex
from ..actors.knowledge import demonyms
from ..actors.words import PEOPLE_SECTORS, STATE_SECTORS
from ..quotes.cues import speech_verbs
from ..records import Event, Mention, Offsets
from ..spans import PLACE_LABELS
from .arguments import (
    COERCION_ROOT,
    JOINT_DEED_SETS,
    OWN_POSSESSIVES,
    REACTION_ROOTS,
    THREAT_ROOT,
    Roles,
    doer,
    is_accused_tail,
    is_reciprocal,
    is_thing,
    lemma_in,
    light_governor,
    nearby_targets,
    objects_after,
    passive_subject,
    read_roles,
    sides_between,
    subject,
)
from .codebook import codebook, is_verbal
from .context import UAF_NAME, EventContext, clause_head
from .deeds import told_deeds
from .evaluation import EVALUATIONS_FILE, Evaluation, evaluations
from .lexicon import Entry, Lexicon, packaged_lexicon
from .modality import Modality, is_negated, read_modality, recoded, uncoded_control
from .petrarch import read_verb_dictionary
from .triggers import (
    Match,
    Named,
    find_triggers,
    match_token,
    objects,
    prep_objects,
    prepositions,
)

__all__ = ["EventCoder", "EventContext", "Lexicon", "packaged_lexicon", "read_verb_dictionary"]

STATEMENT = "010"
PESSIMISM = "012"  # "warned that ...": a pessimistic comment
DENIAL = "016"  # "Iran denied sending weapons": deny responsibility
# Sectors of people force befalls, who are no side of a war ("killing 30 civilians").
CIVILIAN_SECTORS = PEOPLE_SECTORS - {"REB"}
ACCUSATION_ROOT = "11"
STATEMENT_PREPS = ("about", "of", "to")
# prepositions that say what a deed is about, not who the other side is
TOPIC_PREPS = ("on", "over", "about", "regarding", "concerning")
PROTEST_ROOT = "14"
Pair = tuple[str | None, str | None]  # (source, target) actor ids; either may be unknown
EVALUATIONS_ORIGIN = EVALUATIONS_FILE.rsplit("/", 1)[-1]
CONFLICT_QUAD_CLASSES = (3, 4)  # verbal conflict, material conflict
# Comments on a deed aimed at those it befell when no doer is named: concern over the
# fighting in Sudan (012), and sympathy (018), which is never aimed at the doer; with a
# claim of responsibility (015), the words over a deed aimed at its victims.
SYMPATHY = "018"
SITUATION_COMMENTS = frozenset({PESSIMISM, SYMPATHY})
WITH_VICTIMS = frozenset({SYMPATHY, "015"})
GRIEF_PREPS = ("over", "for", "after", "about", "at", "following")  # what a comment is over
BEFELL_NOTE = "target: whom the deed befell"
# A reaction to an arrest or a jailing no one is named for is aimed at the state that did it.
HELD_NOTE = "target: the state that holds them"
# An appeal for calm or restraint that names no one is aimed at the sides of the fighting.
CALMING_CODES = frozenset({"0252", "0256"})
FIGHTING_NOTE = "target: the sides of the fighting told before"
# Appeals and demands for a release (0253, 1053), aimed at whoever holds the captives.
RELEASE_ASKS = frozenset({"0253", "1053"})
HOLDERS_NOTE = "target: the captives' state"
# Prepositions by which a deal's purpose names the other side ("to supply gas to China").
DEAL_PREPS = ("to", "from", "with")
CONSULT_ROOT = "04"  # meeting, hosting, mediating: what a third party does for two sides
# Roots whose events count with no one named as doing them: protests, arrests and
# violence, as ACLED records "protesters", "police" and "unidentified armed group".
DOERLESS_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# Roots of deeds done where they happen, whose place stands for the other side when the
# text names none ("arrived in Amman", "eased curfews in Montenegro"): not words
# (statements, appeals, praise, demands, criticism, rejections), which are said somewhere.
PLACE_TARGET_ROOTS = frozenset(
    {"03", "04", "06", "07", "08", "09", "13", "14", "15", "16", "17", "18", "19", "20"}
)
PLACE_TARGET_NOTE = "target: where it happened"
CONTINUED_NOTE = "target: whom the doers' violence told before was aimed at"
# The verb and object of a deed told again by its doing: "followed suit", "did the same".
SAME_DEED_PHRASES = {"follow": "suit", "do": "same"}
SAME_DEED_NOTE = "done again (followed suit) as the deed before:"
LOCATED_NOTE = "target: where the named target is"
OWN_STATE_NOTE = "target: the protesters' own state"
# Measures a state takes on its own political life (CAMEO 0811-0814, 1321-1324,
# 1721-1724: freedoms, parties, curfews, emergencies), and a change of leadership, rights
# or institutions promised, granted or demanded (034x, 083x, 104x but policy: a
# resignation, a call for elections), aimed at home when no one is named.
HOME_MEASURES = frozenset(
    {"0811", "0812", "0813", "0814", "1321", "1322", "1323", "1324", "1721", "1722", "1723", "1724"}
    | {f"{root}{kind}" for root in ("034", "083", "104") for kind in ("1", "3", "4")}
)
HOME_MEASURE_NOTE = "target: the state's own country"
UAF_NOTE = f"source: {UAF_NAME} where it happened"
# Prepositions that name the deed a killing was done in or by: "killed in an air strike".
DEED_PREPS = ("in", "by")
# Roots of violence, whose unnamed doers CAMEO codes as the place's unidentified forces.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Irregulars: rebels, militants, radicals, criminals. Their force against unarmed people
# (civilians, refugees, workers, reporters, clerics, rights workers; a person who is no
# soldier or officer) is unconventional violence.
IRREGULAR_SECTORS = frozenset({"REB", "RAD", "CRM"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "SPY"})
UNARMED_SECTORS = frozenset({"MED", "REL", "HRI", "HLH", "OPP"})
IRREGULAR_NOTE = "irregulars against the unarmed"
DIPLOMATIC_NOTE = "a state's protest"
# a state's forces, who storm and raid but do not riot
STATE_FORCE_SECTORS = ARMED_SECTORS - IRREGULAR_SECTORS
UNIFORMED_NOTE = "a state's forces"
# The modes.tsv modes in which who acts decides the code (`modality.recoded`).
DOER_MODES = ("unconventional", "diplomatic", "uniformed", "riot", "repression")
RIOT_NOTE = "a crowd's force"  # protesters who attack or wreck riot (145)
JOINED_NOTE = "target: the deed its verb is joined to"
VERBAL_CONFLICT = 3  # the quad class of threats, demands, rejections and criticism
APPEAL_ROOT = "02"  # appeals, made of those one reacts to ("called for an investigation")
REPRESSION_NOTE = "force against a crowd"  # soldiers or police who shoot protesters (175)
# Cooperation that coordinated doers give, say or ask of a third party, not each other:
# comments, appeals, mediation, aid, yielding ("Japan and Australia expressed concern and
# called for restraint", "brokered by the United States and France", "Japan and Korea
# sent aid").
DONE_FOR_OTHERS = ("01", "02", "045", "07", "08")
# ... though a truce that coordinated doers declare is with each other ("Israel and Iran
# declared a ceasefire").
TRUCE = "0871"
# What two sides do together ("the talks", "the truce": `arguments.JOINT_DEED_SETS`), which
# a third party convenes, hosts or mediates.
JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
# Roots of what two warring sides do to each other: coercion, violence, fighting.
WARRING_ROOTS = frozenset({"17", "18", "19", "20"})
# Deeds aimed at whom their purpose names: "rallied to demand reforms from the
# government", "opened fire to disperse the demonstrators".
PURPOSE_ROOTS = WARRING_ROOTS | {PROTEST_ROOT}


class EventCoder:
    """Codes the events of parsed articles with the packaged lexicon, laid under a
    user's PETRARCH verb dictionary when given (``newsevents code --verbs FILE``).

    Events are dyadic, as CAMEO data are: one that names no one on one side ("protests
    spread", "Ukraine protested") is kept only with ``one_sided`` (``--one-sided``), for
    counting protests and violence as ACLED does."""

    def __init__(self, *, verbs: Path | None = None, one_sided: bool = False) -> None:
        lexicon = packaged_lexicon()
        if verbs is not None:
            lexicon = lexicon.overlaid(read_verb_dictionary(verbs))
        self.lexicon = lexicon
        self.one_sided = one_sided

    def __call__(self, doc: Doc, *, context: EventContext) -> list[Event]:
        """The events of ``doc``, one per (source, code, target, sentence), in text order,
        between the actors of ``context.index``."""
        index = context.index
        events: dict[tuple[str, str, str | None, int], Event] = {}
        for sentence in doc.sents:
            for event in self._sentence_events(sentence, index, context, list(events.values())):
                key = (event.source or "", event.cameo, event.target, sentence.start)
                if key not in events or events[key].confidence < event.confidence:
                    events[key] = event
        kept = [
            _as_irregular(event, index)
            for event in _one_per_deed(list(events.values()), index, doc)
        ]
        if not self.one_sided:
            kept = [event for event in kept if event.source and event.target]
        ordered = sorted(kept, key=lambda event: (event.trigger.start, event.cameo))
        for number, event in enumerate(ordered, start=1):
            event.id = f"e{number}"
        return ordered

    def _sentence_events(
        self, sentence: Span, index: ActorIndex, context: EventContext, earlier: list[Event]
    ) -> list[Event]:
        named = Named(index.tokens, index.armed_tokens, index.state_tokens)
        matches = list(find_triggers(sentence, self.lexicon, named=named))
        modalities = [read_modality(match) for match in matches]
        judgements = list(evaluations(sentence))
        # "imposed sanctions": the object is not its own event; "threatened to impose
        # sanctions": the threat is the sanctions' mode, not an event of its own; "called
        # the attack a threat": neither the attack nor the threat is a new event.
        used = {i for match in matches for i in match.used}
        used |= {token.i for judgement in judgements for token in judgement.tokens}
        # "accused India of shelling villages, killing seven civilians": what the deed one
        # is accused of did is part of the accusation
        used |= {match.token.i for match in matches if is_accused_tail(match.token)}
        # a controller is no event of its own, nor a word between it and its action ("said
        # the US must be ready to mediate"), unless its action is part of its pattern
        # ("demanded the withdrawal" is 106, not a demand over a withdrawal)
        used |= {
            token.i
            for match, modality in zip(matches, modalities, strict=True)
            if modality.controller is not None and match.token.i not in used
            for token in _up_to(match.token, modality.controller)
        }
        threats = [
            match
            for match, modality in zip(matches, modalities, strict=True)
            if modality.code[:2] == THREAT_ROOT
        ]
        events = []
        for judgement in judgements:
            events.extend(self._evaluation(judgement, index, context, earlier))
        told: list[tuple[Token, list[Event]]] = []  # each trigger with its events
        triggered = set()
        for match, modality in zip(matches, modalities, strict=True):
            if match.token.i in used:
                continue
            if match.code[:2] == STATEMENT[:2] and uncoded_control(match.token) is not None:
                continue  # "declared that China must drop barriers": a demand, coded below
            if match.code == STATEMENT and _tells_a_deed(match.token, matches):
                continue  # "announced it would withdraw its troops": the withdrawal is coded
            if match.code == PESSIMISM and _tells_a_deed(match.token, threats):
                continue  # "warned it was prepared to impose sanctions": the threat is coded
            triggered.add(match.token.i)
            told.append((match.token, self._events(match, modality, index, context, earlier)))
        for token in sentence:
            if token.i in triggered or token.i in used:
                continue
            if (control := uncoded_control(token)) is not None:
                told.append((token, self._control(token, control, index, context, earlier)))
            elif _tells_same_deed(token):
                told_here = [event for _, told_events in told for event in told_events]
                before = [*earlier, *events, *told_here]
                events.extend(self._same_deed(token, index, context, before))
            elif token.pos_ == "VERB" and token.lemma_.lower() in speech_verbs():
                events.extend(self._statement(token, index, context))  # not "the state of Kano"
        return events + _aimed_as_joined(told, index)

    def _events(
        self,
        match: Match,
        modality: Modality,
        index: ActorIndex,
        context: EventContext,
        earlier: list[Event],
    ) -> list[Event]:
        if modality.code[:2] in VIOLENT_ROOTS and _by_accident(match.token, index.tokens):
            return []
        roles = read_roles(
            match, index, controller=modality.controller, addressee=modality.addressee
        )
        # a town is where a deed is done, never its doer ("attacks in the Catatumbo region
        # that killed 80 people": the parse hangs the clause on the region)
        roles.sources = [source for source in roles.sources if not index.is_place(source)]
        if not roles.sources:  # "the two sides agreed": the two the story told of
            roles.sources = _both_sides(roles.source_token, earlier, index)
        if _is_states_protest(match.token, roles.source_token, modality.code, index):
            modality = _recode(modality, "diplomatic", DIPLOMATIC_NOTE)
        if _is_forced_entry(match.token, roles.sources, index):
            modality = _recode(modality, "uniformed", UNIFORMED_NOTE)
        if roles.source_token is not None and lemma_in(roles.source_token, "&CROWD"):
            modality = _recode(modality, "riot", RIOT_NOTE)
        if _is_crowd_repressed(match.token, roles, index):
            modality = _recode(modality, "repression", REPRESSION_NOTE)
        if not roles.targets:  # "offered to mediate between the two neighbours": those
            sides = roles.target_token or _between(match.token)
            roles.targets = _both_sides(sides, earlier, index)
        if not roles.targets and match.code[:2] == CONSULT_ROOT:
            roles.targets = _parties(_patient(match.token, roles), earlier, index)
        if not roles.targets and match.entry.symmetric and roles.sources:
            # "Qatar signed a deal to supply gas to China": with whom the deal is carried out
            roles.targets = _dealt_with(match, roles.sources, index)
        if not roles.targets and modality.code[:2] in VIOLENT_ROOTS:
            # "three soldiers were killed in an attack by the Taliban": at the soldiers
            roles.targets = _befallen_by_it(match.token, index, roles.sources)
        acted_on_deed = self._deed_reacted_to(match, roles.target_token, index)
        if acted_on_deed is not None:  # not the victim of "condemned the attack on Israel"
            roles.targets, roles.target_token = [], acted_on_deed.token
        elif not roles.targets:
            acted_on_deed = self._deed(roles.target_token)
        on_victims = modality.code in WITH_VICTIMS  # with those a deed befell, not its doer
        holders_coerced = False
        if acted_on_deed is not None and not on_victims:
            roles.targets = self._perpetrators(acted_on_deed, index, earlier, roles.sources)
            if not roles.targets and acted_on_deed.code[:2] == COERCION_ROOT:
                # "condemned the arrest of Ekrem Imamoglu": the state that holds him
                roles.targets = _coercing_state(acted_on_deed, context, roles.sources)
                holders_coerced = bool(roles.targets)
        befallen = self._befallen(match, context, roles) if on_victims else None
        if befallen is not None:
            roles.targets = befallen
        befell = bool(befallen)
        if not roles.targets and modality.code in SITUATION_COMMENTS:
            # "expressed concern over the fighting in Sudan": at those it befell
            roles.targets = [
                actor
                for topic in _comment_topics(match.token)
                for actor in _sufferers(topic, modality.code, context, roles.sources)
            ]
            befell = bool(roles.targets)
        if not roles.targets and modality.controller is not None and _is_definite(match.token):
            # "rejected the criticism": whoever criticised
            roles.targets = self._perpetrators(match, index, earlier, roles.sources)
        if not roles.targets and (thing := _reacted_to(match, roles, self.lexicon)) is not None:
            roles.targets = (
                _told_doers(thing, index, roles.sources)
                or _violent(thing, earlier, roles.sources, index)
                or _first_other_source(earlier, roles.sources, index)
            )
        if not roles.targets and _is_like_before(match.token):
            roles.targets = _earlier_targets(earlier, modality.code[:2], roles.sources)
        continued = not roles.targets and roles.sources and self._known_violence(match)
        if continued:  # "Houthi rebels fired missiles at Israel ... continue their attacks"
            roles.targets = _own_earlier_targets(earlier, roles.sources, index)
        if not roles.targets and _is_retaliation(match.token):
            roles.targets = _provoker(earlier, roles.sources, index)
        calming = not roles.targets and modality.code in CALMING_CODES
        if calming:  # "the UN urged restraint": on the sides of the fighting told before
            roles.targets = _fighting_sides(earlier, roles.sources, index)
        answered = False  # a denial answers its accuser
        if not roles.targets and modality.code == DENIAL:
            roles.targets = _provoker(earlier, roles.sources, index, root=ACCUSATION_ROOT)
            answered = bool(roles.targets)
        # a state's protest (114) is aimed as a protest is
        purposeful = PURPOSE_ROOTS & {modality.code[:2], match.code[:2]}
        if not roles.targets and roles.sources and purposeful:
            roles.targets = self._purpose_targets(match, index, roles.sources)
        # a meeting's or a fight's other side is never where it took place, even one agreed
        # to ("agreed to hold talks in Brussels"); a fight one threatens is aimed ("warned
        # Hamas that it would resume fighting")
        threat = modality.code[:2] == THREAT_ROOT
        aimed = not match.entry.symmetric or threat and modality.controller is not None
        notes = [modality.note] if modality.note else []
        if roles.targets and befell:
            notes.append(BEFELL_NOTE)
        if roles.targets and holders_coerced:
            notes.append(HELD_NOTE)
        if roles.targets and calming:
            notes.append(FIGHTING_NOTE)
        if roles.targets and continued:
            notes.append(CONTINUED_NOTE)
        whither = match.entry.target_preps  # "handed over suspects to Baghdad": to Iraq
        if aimed and _bound_for_a_place(match.token, whither, index):
            # "Modi's visit to Moscow drew criticism from Ukraine": to Russia
            _aim_at_place(roles, match.token, modality.code, context, notes, whither=whither)
        if not roles.targets and roles.sources and aimed and not acted_on_deed and befallen is None:
            # a deed one reacts to is its doer's, never its victim's ("condemned the attack
            # on Israel")
            roles.targets = nearby_targets(match, index, roles.sources, code=modality.code)
        symmetric = match.entry.symmetric and not modality.controller
        if aimed:
            if roles.targets and not any(_names_a_side(t, index) for t in roles.targets):
                # "dispatched inspectors to the Natanz Fuel Enrichment Plant in central
                # Iran": a target we cannot code stands for where it is, or the deed was done
                unknown, roles.targets = roles.targets, _located_in(roles.target_token, index)
                if roles.targets:
                    notes.append(LOCATED_NOTE)
                _aim_at_place(roles, match.token, modality.code, context, notes, whither=whither)
                roles.targets = roles.targets or unknown
            else:
                _aim_at_place(roles, match.token, modality.code, context, notes, whither=whither)
        if not roles.targets and roles.sources and modality.code[:2] == PROTEST_ROOT:
            _aim_at_own_state(roles, match.token, index, notes)
        home = roles.sources and modality.code in HOME_MEASURES
        if home and not any(_names_a_side(target, index) for target in roles.targets):
            # "allowed opposition leader Maulana Fazl-ur-Rehman to hold a rally": at home
            _aim_at_own_state(roles, match.token, index, notes, organs=True)
        captives = _captives(match.token, index) if modality.code in RELEASE_ASKS else []
        if roles.targets and set(roles.targets) <= set(captives):
            # "the opposition demanded the release of 78 activists": of those who hold them
            held = _holders(roles.targets, roles.sources, match.token, index)
            if held != roles.targets:
                roles.targets = held
                notes.append(HOLDERS_NOTE)
        if modality.code == DENIAL and not answered:
            roles.targets = _accusers(roles.targets, roles.sources, index)
        mutual = symmetric and modality.code == match.code
        notes = _with_each_other(roles, index, modality.code, notes, symmetric=mutual)
        pairs: Sequence[Pair] = []
        if roles.sources:
            # "would not negotiate with the US", "will meet Xi": one side's refusal or intent
            opposed = self._after_a_clash(match.token)
            pairs = _pairs(roles, index, modality.code, symmetric=mutual, opposed=opposed)
        elif not self._done_by_deed(match.token, index):
            if modality.code in HOME_MEASURES:  # "a curfew was imposed in Lahore"
                _aim_at_place(roles, match.token, modality.code, context, notes, doerless=True)
            pairs = _doerless_pairs(roles, modality.code, match.token, symmetric=symmetric)
            if pairs and modality.code[:2] in VIOLENT_ROOTS:
                doers = _named_by_demonym(match.token, index)
                pairs = [
                    (doer, target) for doer in doers for _, target in pairs if target
                ] or _by_unidentified_forces(pairs, match.token, context, notes)
        rule = "; ".join([match.entry.rule, *notes])
        confidence = _confidence(match.entry, roles)
        return self._events_between(
            match,
            pairs,
            modality.code,
            context,
            rule,
            confidence,
            negated=modality.negated,
            hypothetical=modality.hypothetical,
        )

    def _after_a_clash(self, verb: Token) -> bool:
        """Whether a participle tells what a fight between its doers did ("Indian and
        Pakistani troops exchanged fire, killing a Pakistani civilian"), whose doers are
        opponents, not allies acting together."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.pos_ != "VERB":
            return False
        fight = match_token(head, self.lexicon.candidates(head.lemma_.lower(), "VERB"))
        return fight is not None and fight.entry.symmetric

    def _done_by_deed(self, verb: Token, index: ActorIndex) -> bool:
        """Whether the verb's subject, or what it was done "in" or "by", is a deed with a
        doer of its own, which the noun codes: "a coalition airstrike hit a bus, killing
        40" and "four children were killed in Israeli tank shelling" are one event each."""
        deeds = [deed for noun in _deed_nouns(verb) if (deed := self._deed(noun)) is not None]
        return any(read_roles(deed, index).sources for deed in deeds)

    def _deed_reacted_to(
        self, match: Match, victim: Token | None, index: ActorIndex
    ) -> Match | None:
        """The deed a trigger of words takes as its object, where the target read is that
        deed's victim: "condemned the attack on Israel" is aimed at the attack's doer (not
        "fought a gunbattle with FARC rebels", a deed's own object)."""
        verbal = is_verbal(match.code)
        if not verbal or victim is None:
            return None
        verdict = match.code[:2] == ACCUSATION_ROOT
        if victim.head.dep_ != "prep":
            # "condemned the killing of three Palestinians by Israeli troops": the phrase
            # read as the victims' is a deed with a doer of its own, or a coercion that
            # has one, named or not ("condemned the arrest of Ekrem Imamoglu")
            deed = self._deed(victim) if victim in objects(match.token) else None
            named = victim.i in match.used  # by the row: "protested the expulsion of ..."
            if deed is None or named and not (verdict and match.token.pos_ == "VERB"):
                return None
            coerced = deed.code[:2] == COERCION_ROOT
            return deed if coerced or read_roles(deed, index).sources else None
        noun = victim.head.head
        if noun.i in match.used or noun not in objects(match.token):
            return None
        return self._deed(noun)

    def _befallen(self, match: Match, context: EventContext, roles: Roles) -> list[str] | None:
        """Whom sympathy or a claim not sent to someone is aimed at, where it is over a
        deed: the deed's victims ("condolences over Russia's attack on Kyiv": Ukraine),
        else those it befell ("sympathy over the bombing of a school in Somalia by
        al-Shabaab", "claimed the bombing in Kabul"), never its doer; None where it is over
        no deed ("sympathy for the victims")."""
        if any(prep.lower_ == "to" for prep in prepositions(match.token)):
            return None  # "sent condolences to Putin after the attack"
        for noun in _comment_topics(match.token):
            if (deed := self._deed(noun)) is None:
                continue
            victims = read_roles(deed, context.index).targets
            found = [actor for actor in victims if actor not in roles.sources]
            return found or _sufferers(noun, deed.code, context, roles.sources)
        return None

    def _known_violence(self, match: Match) -> bool:
        """Whether the trigger, or the deed its row names ("continue their attacks"), is
        violence told as one the story knows, and done again, not only judged ("Oman
        condemned the Israeli strikes" tells no new strike)."""
        verb = match.governor
        if verb is not None and light_governor(match) is None and not lemma_in(verb, "&ASPECT"):
            return False
        doc = match.token.doc
        nouns = [match.token, *(doc[i] for i in sorted(match.used))]
        return any(
            _told_as_known(noun)
            and (deed := self._deed(noun)) is not None
            and deed.code[:2] in VIOLENT_ROOTS
            for noun in nouns
        )

    def _deed(self, noun: Token | None) -> Match | None:
        """The lexicon's reading of a noun that names a deed ("the attack"), if any."""
        if noun is None:
            return None
        match = match_token(noun, self.lexicon.candidates(noun.lemma_.lower(), "NOUN"))
        return match if match is not None and match.entry.code is not None else None

    @staticmethod
    def _perpetrators(
        deed: Match,
        index: ActorIndex,
        earlier: list[Event],
        sources: list[str],
        *,
        story_first: bool = False,
    ) -> list[str]:
        """Who did a deed an event noun names, not one of ``sources``' side: the noun's own
        source ("Israel's raid"), else the doer of the verb the story told it with ("Russian
        police detained Navalny ... the detention"), else the source of the story's first
        event with its root ("condemned the attack": the air strike the story opened with),
        or of the latest for words ("dismissed the criticism": the last told);
        ``story_first`` puts the noun's own source last, where the possessor may be the
        one it was done to ("Navalny's detention")."""
        own = [actor for actor in read_roles(deed, index).sources if actor not in sources]
        told = _told_doers(deed.token, index, sources)
        story = [event for event in earlier if _told_before(event, deed)]
        if is_verbal(deed.code):
            story.reverse()
        if story_first:
            return told or _first_other_source(story, sources, index) or own
        return own or told or _first_other_source(story, sources, index)

    def _control(
        self,
        verb: Token,
        modality: Modality,
        index: ActorIndex,
        context: EventContext,
        earlier: list[Event],
    ) -> list[Event]:
        """A control verb over an action the lexicon does not code: its generic code,
        from its subject to the actor it urges or asks ("urged the coalition to ...",
        "called on both sides to ...")."""
        entry = Entry(verb.lemma_.lower(), "VERB", modality.code, origin="control.tsv")
        match = Match(verb, entry, frozenset())
        roles = read_roles(match, index, addressee=modality.addressee)
        if not roles.sources:  # "the two sides agreed to set up a commission"
            roles.sources = _both_sides(roles.source_token, earlier, index)
        if not roles.targets:
            roles.targets = _both_sides(modality.addressee, earlier, index)
        notes = [entry.rule, *([modality.note] if modality.note else [])]
        if modality.action is not None:  # "promised to continue aid to Mozambique"
            roles.targets = self._action_targets(modality.action, index, roles.sources)
            _aim_at_place(roles, modality.action, modality.code, context, notes)
            notes = _with_each_other(roles, index, modality.code, notes, symmetric=False)
        elif modality.addressee is None:
            roles.targets = []  # "refused to attend": no one is addressed
        elif not roles.targets:
            return []  # an appeal to no one we know ("called on all parties") says too little
        return self._events_between(
            match,
            _pairs(roles, index, modality.code, symmetric=False),
            modality.code,
            context,
            "; ".join(notes),
            0.4,
            negated=False,
            hypothetical=modality.hypothetical,
        )

    def _evaluation(
        self, judgement: Evaluation, index: ActorIndex, context: EventContext, earlier: list[Event]
    ) -> list[Event]:
        """Criticism or praise of whoever did the thing judged ("called the vote a
        failure": whoever voted)."""
        word = judgement.word
        entry = Entry(word.lemma_.lower(), word.pos_, judgement.code, origin=EVALUATIONS_ORIGIN)
        match = Match(word, entry, frozenset())
        roles = Roles(sources=index.actors(subject(judgement.verb)))
        roles.targets = self._doers(judgement.judged, index, earlier, roles.sources)
        rule = (
            f"evaluation: {judgement.verb.lemma_.lower()} ... {word.text!r}"
            f" ({EVALUATIONS_ORIGIN}) -> {judgement.code}"
        )
        return self._events_between(
            match,
            _pairs(roles, index, judgement.code, symmetric=False),
            judgement.code,
            context,
            rule,
            0.5,
            negated=False,
            hypothetical=read_modality(match).hypothetical,
        )

    def _doers(
        self, thing: Token, index: ActorIndex, earlier: list[Event], sources: list[str]
    ) -> list[str]:
        """Who did the thing judged: for a deed the story told of ("Navalny's detention"),
        whoever the story said did it, else its own doer ("Israel's raid"); for an
        actor, itself ("called Hamas a terrorist group"); for another definite thing, the
        doer of the verb the story told it with ("the decision": whoever decided), else the
        source of the story's first conflict by another side."""
        if (deed := self._deed(thing)) is not None:
            return self._perpetrators(deed, index, earlier, sources, story_first=True)
        named = [actor for actor in index.actors(thing) if actor not in sources]
        if named or not _is_definite(thing):
            return named
        conflicts = [event for event in earlier if event.quad_class in CONFLICT_QUAD_CLASSES]
        return _told_doers(thing, index, sources) or _first_other_source(conflicts, sources, index)

    def _purpose_targets(self, match: Match, index: ActorIndex, sources: list[str]) -> list[str]:
        """Whom a protest is aimed at, from what it is for: "staged demonstrations to
        demand reforms from the government", "began a hunger strike to protest against
        Sweden's decision"."""
        hosts = [host for host in (match.token, match.governor) if host is not None]
        clauses = [
            clause
            for host in hosts
            for clause in host.children
            if clause.dep_ in ("advcl", "xcomp")
            and clause.i not in match.used
            and clause.pos_ == "VERB"
            and _tells_purpose(clause)
        ]
        for clause in clauses:
            if targets := self._action_targets(clause, index, sources):
                return targets
        return []

    @staticmethod
    def _action_targets(action: Token, index: ActorIndex, sources: list[str]) -> list[str]:
        """Whom an uncoded action is done to: its object or target preposition, else
        whoever its clause lets or makes act ("refused to allow UN planes to land"), else
        the actor its phrase names."""
        match = Match(action, Entry(action.lemma_.lower(), "VERB", None), frozenset())
        targets = [t for t in read_roles(match, index).targets if t not in sources]
        clauses = [clause for clause in action.children if clause.dep_ == "ccomp"]
        targets = targets or [
            actor
            for clause in clauses
            for actor in index.actors(subject(clause))
            if actor not in sources
        ]
        return targets or nearby_targets(match, index, sources)

    def _same_deed(
        self, verb: Token, index: ActorIndex, context: EventContext, earlier: list[Event]
    ) -> list[Event]:
        """The deed told last before (``earlier``: the story's events so far), done again by
        this verb's subjects to the same side: "Mali expelled the French ambassador. Burkina
        Faso and Niger followed suit"."""
        entry = Entry(verb.lemma_.lower(), "VERB", None, origin="ellipsis")
        match = Match(verb, entry, frozenset())
        sources = read_roles(match, index).sources
        before = sorted(
            (e for e in earlier if e.trigger.start < verb.idx), key=lambda e: e.trigger.start
        )
        done = next((e for e in reversed(before) if e.source and e.source not in sources), None)
        if done is None or not sources or done.target in sources:
            return []
        rule = f"{SAME_DEED_NOTE} {done.rule}"
        return self._events_between(
            match,
            [(source, done.target) for source in sources],
            done.cameo,
            context,
            rule,
            0.4,
            negated=is_negated(verb),
            hypothetical=False,
        )

    def _statement(self, verb: Token, index: ActorIndex, context: EventContext) -> list[Event]:
        """A speech verb with a clear target: "Putin told Erdogan ...", "said of NATO"."""
        entry = Entry(
            verb.lemma_.lower(), "VERB", STATEMENT, origin="cues.tsv", words=verb.lemma_.lower()
        )
        match = Match(verb, entry, frozenset())
        roles = read_roles(match, index)
        # told Erdogan (not "admitted the error"), said of NATO; never where it was said
        # ("on Twitter", "at the UN"), nor the outlet it was said to ("told Reuters")
        addressees = objects(verb) if lemma_in(verb, "&ADDRESSEE_VERBS") else []
        spoken_to = next(iter(addressees), None) or _statement_target(verb)
        roles.targets = [
            t
            for t in index.actors(spoken_to)
            if t in index.named and t not in roles.sources and not index.is_media(t)
        ]
        if not roles.targets or any(child.dep_ == "xcomp" for child in verb.children):
            return []
        modality = read_modality(match)
        if modality.negated or modality.code != STATEMENT:
            return []  # "did not respond to the Egyptian proposal": nothing said
        rule = f"statement to a target: {verb.lemma_.lower()} (cues.tsv) -> {STATEMENT}"
        return self._events_between(
            match,
            _pairs(roles, index, STATEMENT, symmetric=False),
            STATEMENT,
            context,
            rule,
            0.5,
            negated=False,
            hypothetical=modality.hypothetical,
        )

    @staticmethod
    def _events_between(
        match: Match,
        pairs: Sequence[Pair],
        code: str,
        context: EventContext,
        rule: str,
        confidence: float,
        *,
        negated: bool,
        hypothetical: bool,
    ) -> list[Event]:
        """One event of ``match`` per (source, target) pair, with its context."""
        info = codebook()[code]
        token = match.token
        sentence = token.sent
        date, date_text = context.date(token)
        return [
            Event(
                id="",
                source=source,
                target=target,
                cameo=code,
                root=info.root,
                plover=info.plover,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                trigger=_mention(token),
                sentence=Offsets(sentence.start_char, sentence.end_char),
                negated=negated,
                hypothetical=hypothetical,
                date=date,
                date_text=date_text,
                location=context.location(token, date=date, source=source, root=info.root),
                confidence=confidence,
                rule=rule,
                quotes=context.quote_ids(source, sentence) if source else [],
            )
            for source, target in pairs
        ]


def _tells_same_deed(verb: Token) -> bool:
    """ "followed suit", "did the same": a deed told before, done again."""
    word = SAME_DEED_PHRASES.get(verb.lemma_.lower())
    return word is not None and any(
        child.dep_ == "dobj" and child.lower_ == word for child in verb.children
    )


def _one_per_deed(events: list[Event], index: ActorIndex, doc: Doc) -> list[Event]:
    """One event per deed: in one sentence, what one source does with one root to one side
    (or to no one named) is one deed told by several words ("launched drones at Kyiv,
    killing four people" is one attack), kept as its event with a target, then the surest.
    A coordinated clause of its own tells a deed of its own (`_own_clause`)."""
    kept = [event for event in events if event.source is None]
    deeds: dict[tuple[object, ...], dict[str | None, Event]] = {}
    for event in events:
        if event.source is None:
            continue
        deed = (
            event.source,
            event.root,
            event.sentence.start,
            event.negated,
            event.hypothetical,
            _own_clause(event, doc),
        )
        sides = deeds.setdefault(deed, {})
        side = index.side(event.target) if event.target else None
        other = sides.get(side)
        if other is None or _rank(event) > _rank(other):
            sides[side] = event
    for sides in deeds.values():
        if len(sides) > 1:
            sides.pop(None, None)  # "killing" beside "killing four people": the aimed one
        kept.extend(sides.values())
    return kept


def _own_clause(event: Event, doc: Doc) -> int | None:
    """The verb of a clause joined to another with an object of its own, which tells a
    deed of its own ("suspended Guinea-Bissau from the bloc and imposed sanctions on the
    junta", "fired tear gas and arrested dozens of protesters"); None where the deed may be
    told by several words. Violence told by several verbs ("fired missiles and launched
    drones at Kyiv") is still one attack."""
    if event.root in VIOLENT_ROOTS:
        return None
    trigger = doc.char_span(event.trigger.start, event.trigger.end)
    if trigger is None:
        return None
    verb = clause_head(trigger.root)
    joined = verb.dep_ == "conj" or any(child.dep_ == "conj" for child in verb.children)
    own_object = any(child.dep_ == "dobj" for child in verb.children)
    return verb.i if joined and own_object else None


def _is_states_protest(trigger: Token, source: Token | None, code: str, index: ActorIndex) -> bool:
    """A protest a state, its government, an official or an international body makes,
    which is lodged, not staged ("Vietnam protested against China's construction of an
    airstrip"), unlike a people's ("Thousands of Serbians protested against the
    government")."""
    if code[:2] != PROTEST_ROOT or not lemma_in(trigger, "&NOTE_PROTEST") or source is None:
        return False
    if source.head == trigger and source.dep_ in ("compound", "amod", "nmod"):
        return False  # "the G20 protests": where, not who ("a protest from Tokyo" is lodged)
    actor = index.by_token.get(source.i)
    if actor is None or not index.is_coded(actor) or source.lower_ in demonyms():
        return False  # "protests by Shiite Muslims", "Palestinians protested"
    return index.sector(actor) == "GOV"


def _is_forced_entry(trigger: Token, sources: list[str], index: ActorIndex) -> bool:
    """A building stormed or raided by a state's soldiers, police or agents ("Ecuadorian
    police stormed the Mexican embassy"), which no protester did."""
    return _by_state_forces(sources, index) and lemma_in(trigger, "&FORCED_ENTRY")


def _is_crowd_repressed(trigger: Token, roles: Roles, index: ActorIndex) -> bool:
    """Force a state's soldiers or police turn on a crowd ("Kenyan police shot dead two
    protesters", "two protesters were shot dead by police"): violent repression, not
    combat."""
    victims = roles.target_token or passive_subject(trigger)
    crowd = victims is not None and lemma_in(victims, "&CROWD")
    return crowd and _by_state_forces(roles.sources, index)


def _by_state_forces(sources: list[str], index: ActorIndex) -> bool:
    """Whether the doers are a state's soldiers, police or agents."""
    return bool(sources) and index.sector(sources[0]) in STATE_FORCE_SECTORS


def _told_before(event: Event, deed: Match) -> bool:
    """Whether an earlier event is the deed a noun refers to: one with its root, or told
    by the same word under the code its doer gave it ("Manila lodged a diplomatic protest",
    114 ... "Beijing rejected the protest")."""
    if event.root == deed.code[:2]:
        return True
    words = {deed.token.lower_, deed.token.lemma_.lower()}
    return event.trigger.text.lower() in words and _recoded_by_doer(deed.code, event.cameo)


def _recoded_by_doer(code: str, recoded_code: str) -> bool:
    """Whether who did a deed coded ``code`` makes it ``recoded_code`` (a protest a state
    lodges is 114, a building its police storm is seized, 171)."""
    found = (recoded(mode, code) for mode in DOER_MODES)
    return any(new is not None and new[0] == recoded_code for new in found)


def _recode(modality: Modality, mode: str, why: str) -> Modality:
    """``modality`` with the code its mode's modes.tsv row gives, noted in the rule."""
    found = _recoding(mode, modality.code, why)
    if found is None:
        return modality
    code, note = found
    return replace(modality, code=code, note="; ".join(filter(None, [modality.note, note])))


def _recoding(mode: str, code: str, why: str) -> tuple[str, str] | None:
    """The code ``code`` becomes in ``mode``, and the note that says why ("irregulars
    against the unarmed: modes.tsv:280 190 -> 180"); None where modes.tsv lists none."""
    found = recoded(mode, code)
    if found is None:
        return None
    new, origin = found
    return new, f"{why}: {origin} {code} -> {new}"


def _as_irregular(event: Event, index: ActorIndex) -> Event:
    """Force that irregulars turn on civilians or on a person is unconventional violence
    ("Burundian militiamen attacked a camp for Congolese refugees" is 180, not 190)."""
    if event.source is None or event.target is None:
        return event
    if index.sector(event.source) not in IRREGULAR_SECTORS or not _is_unarmed(event.target, index):
        return event
    found = _recoding("unconventional", event.cameo, IRREGULAR_NOTE)
    if found is None:
        return event
    code, note = found
    info = codebook()[code]
    return replace(
        event,
        cameo=code,
        root=info.root,
        plover=info.plover,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        rule=f"{event.rule}; {note}",
    )


def _is_unarmed(actor: str, index: ActorIndex) -> bool:
    """Civilians, or a person who is no soldier or police officer."""
    sector = index.sector(actor)
    if index.kinds.get(actor) == "person":
        return sector not in ARMED_SECTORS
    return sector in PEOPLE_SECTORS - ARMED_SECTORS or sector in UNARMED_SECTORS


def _rank(event: Event) -> tuple[float, int]:
    return event.confidence, -event.trigger.start


def _pairs(
    roles: Roles, index: ActorIndex, code: str, *, symmetric: bool, opposed: bool = False
) -> list[tuple[str, str | None]]:
    """(source, target) pairs: every source with every target (of ``opposed`` sources,
    those of another country than the target's); both directions for a symmetric code;
    "X and Y met" (and, for cooperation, "X and Y seek to deepen ties") as each to the
    other. A symmetric act with no one on the other side is no event, and a state says
    nothing to itself under another name ("Beijing rejected attempts to blame China"),
    though it may act on its own land ("imposed a curfew in Turkey")."""
    if not roles.sources:
        return []
    pairs: list[tuple[str, str | None]]
    if not roles.targets:
        if (symmetric or _is_mutual(code)) and len(roles.sources) > 1:
            pairs = [(s, t) for s in roles.sources for t in roles.sources if s != t]
        else:
            return [] if symmetric else [(source, None) for source in roles.sources]
    else:
        reciprocal = is_reciprocal(roles.target_token)  # "accused each other": not oneself
        pairs = [
            (s, t)
            for t in roles.targets
            for s in (_across(t, roles.sources, index) if opposed else roles.sources)
            if s != t or not reciprocal
        ]
        if symmetric:
            pairs += [(t, s) for s, t in pairs if t is not None]
    if is_verbal(code):
        pairs = [(s, t) for s, t in pairs if t is None or not index.one_state(s, t)]
    return pairs


def _is_mutual(code: str) -> bool:
    """Whether coordinated doers do the cooperation ``code`` with each other ("X and Y
    seek to deepen ties"), not for a third party (:data:`DONE_FOR_OTHERS`)."""
    for_others = code.startswith(DONE_FOR_OTHERS) and code != TRUCE
    return codebook()[code].quad_class <= 2 and not for_others


def _with_each_other(
    roles: Roles, index: ActorIndex, code: str, notes: list[str], *, symmetric: bool
) -> list[str]:
    """Coordinated doers of a mutual deed whose targets are only places no one codes
    ("along the West African coast"), places of their own ("linking Kunming with
    Haiphong") or what the deed is about ("signed an agreement on the withdrawal of
    Soviet troops") act with each other, not with where they act or what they settle:
    their targets are cleared, and the notes that named a place dropped."""
    if len(roles.sources) < 2 or not roles.targets or not (symmetric or _is_mutual(code)):
        return notes
    homes = {index.home(source) for source in roles.sources}
    where = (
        not index.is_coded(target)
        or index.kinds.get(target) == "other"
        and index.home(target) in homes
        for target in roles.targets
    )
    if not all(where) and not _told_as_topic(roles.target_token):
        return notes
    roles.targets = []
    return [note for note in notes if note not in (PLACE_TARGET_NOTE, LOCATED_NOTE)]


def _told_as_topic(token: Token | None) -> bool:
    """Whether a word is in what a deed is about ("an agreement on the withdrawal of
    troops", "talks over Kashmir"), below its verb."""
    for word in token.ancestors if token is not None else ():
        if word.pos_ in ("VERB", "AUX"):
            return False
        if word.dep_ == "prep" and word.lower_ in TOPIC_PREPS:
            return True
    return False


def _across(target: str, sources: list[str], index: ActorIndex) -> list[str]:
    """Of opposed sources of more than one country, those not of the target's ("Israeli
    troops and Hamas fighters clashed, killing three Palestinian civilians": the Israeli
    troops)."""
    others = [source for source in sources if index.home(source) != index.home(target)]
    homes = {index.home(source) for source in sources}
    return others if len(homes) > 1 and others else sources


def _aimed_as_joined(told: list[tuple[Token, list[Event]]], index: ActorIndex) -> list[Event]:
    """The events of each trigger, hostile words and appeals aimed at no one taking the
    targets of the deed their verb is coordinated with, by the same side: "Iran condemned the
    Israeli strikes and vowed to retaliate" is a threat to Israel, as is "Russia accused
    Ukraine ... and said Moscow would retaliate" to Ukraine, and "condemned the strike and
    called for an investigation" an appeal to its doer (not "met Zelensky and announced new
    sanctions", a deed, nor "welcomed the reopening and said its fighters would protect
    convoys", whose convoys are no one coded). Where the donor is the same deed ("summoned
    the Chinese ambassador and lodged a protest": both 114), the words stay as told, to be
    referred to later."""
    events = []
    for token, found in told:
        joined = _joined_verb(token)
        donors = [e for t, evs in told if joined is not None and t == joined for e in evs]
        for event in found:
            targets = _joined_targets(event, donors, index)
            if not targets:
                events.append(event)
            rule = f"{event.rule}; {JOINED_NOTE}"
            events.extend(replace(event, target=target, rule=rule) for target in targets)
    return events


def _joined_targets(event: Event, donors: list[Event], index: ActorIndex) -> list[str]:
    """The targets a hostile word or an appeal aimed at no one takes from the events of the
    deed it is joined to, by its own side; none where that deed has its code (the same
    deed told twice)."""
    hostile = event.quad_class == VERBAL_CONFLICT or event.root == APPEAL_ROOT
    if event.target is not None or event.source is None or not hostile:
        return []
    if any(donor.cameo == event.cameo for donor in donors):
        return []
    side = index.side(event.source)
    return [
        donor.target
        for donor in donors
        if donor.target and donor.source and index.side(donor.source) == side
    ]


def _joined_verb(token: Token) -> Token | None:
    """The verb that the clause telling ``token`` is coordinated with: through the verbs
    that govern it ("vowed to retaliate", "said it would retaliate"), the head of the
    first one joined by "and"."""
    while token.dep_ in ("xcomp", "ccomp", "dobj") and token.head != token:
        token = token.head
    return token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else None


def _mention(token: Token) -> Mention:
    """A token as a mention of the article's text."""
    return Mention(token.idx, token.idx + len(token.text), token.text)


def _deed_nouns(verb: Token) -> list[Token]:
    """What a verb's subject names, and what it was done "in" or "by": "the strike killed",
    "killed in a crash"."""
    found = subject(verb)
    nouns = _done_in(verb)
    return [found, *nouns] if found is not None else nouns


def _done_in(verb: Token) -> list[Token]:
    """What a verb was done "in" or "by": "killed in a crash", "killed by a mine"."""
    return [
        noun
        for prep in verb.children
        if prep.dep_ in ("prep", "agent") and prep.lower_ in DEED_PREPS
        for noun in prep_objects(prep)
    ]


def _befallen_by_it(noun: Token, index: ActorIndex, sources: list[str]) -> list[str]:
    """Those a verb says a deed noun befell, where the noun codes the deed (see
    :meth:`EventCoder._done_by_deed`): "three soldiers were killed in an attack by the
    Taliban", "five soldiers were wounded in an al-Shabaab ambush", "claimed an attack
    that killed 12 people"."""
    if noun.pos_ != "NOUN":
        return []
    patients = [
        obj for clause in noun.children if clause.dep_ == "relcl" for obj in objects(clause)
    ]
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ in DEED_PREPS:
        patients += [child for child in prep.head.children if child.dep_ == "nsubjpass"]
    return [
        actor for patient in patients for actor in index.actors(patient) if actor not in sources
    ]


def _named_by_demonym(verb: Token, index: ActorIndex) -> list[str]:
    """The state a demonym names as doing what a violent verb was done "in" or "by", where
    the parse has no noun for the deed: "killed in Israeli tank shelling" (the parse reads
    "Israeli" as the object and "shelling" as a verb)."""
    words = [
        word
        for noun in _done_in(verb)
        for word in (noun, *noun.lefts)
        if word.text.casefold() in demonyms()
    ]
    return [actor for word in words for actor in index.actors(word)][:1]


def _by_accident(verb: Token, actor_tokens: frozenset[int]) -> bool:
    """ "killed in a helicopter crash", "the earthquake killed 300": no one's deed, unlike
    "killed in police firing" (a verb form the parse took for the noun) or "killed by
    Israeli fire" (an accident's word that names whose it was)."""
    return any(
        lemma_in(noun, "&ACCIDENTS")
        and noun.tag_ != "VBG"
        and not (lemma_in(noun, "&GUNFIRE") and any(c.i in actor_tokens for c in noun.children))
        for noun in _deed_nouns(verb)
    )


def _tells_a_deed(verb: Token, matches: list[Match]) -> bool:
    """Whether a statement's reported clause, or the participle that says what a statement
    does ("a statement condemning the attack"), holds a trigger of its own."""
    clauses = [
        child
        for child in verb.children
        if child.dep_ == "ccomp" or child.dep_ == "acl" and child.tag_ == "VBG"
    ]
    inside = {token.i for clause in clauses for token in clause.subtree}
    return any(match.token.i in inside for match in matches)


def _tells_purpose(verb: Token) -> bool:
    """ "to demand reforms", "accusing Beijing of repression", not "waving flags": what a
    protest is for, not what else its protesters did."""
    infinitive = verb.tag_ == "VB" and any(child.lower_ == "to" for child in verb.children)
    return infinitive or lemma_in(verb, "&PURPOSE_VERBS")


def _reacted_to(match: Match, roles: Roles, lexicon: Lexicon) -> Token | None:
    """The thing done before that a verdict is on: "praised the decision", "welcomed the
    vote" (praise, criticism, rejection of a definite thing that names no actor), even
    where the pattern took it ("welcome + agreement"); what a warning says will do harm
    ("warned that the agreement would destabilise the region"), or the deed a worry is
    over, a word the lexicon codes ("expressed concern over the drills"; not "over the
    dam", nor the fighting, whose sides both suffer it)."""
    if match.code == PESSIMISM:
        clause = next((c for c in match.token.children if c.dep_ == "ccomp"), None)
        deeds = [
            topic
            for topic in _comment_topics(match.token)
            if not lemma_in(topic, "&VIOLENCE") and _names_a_deed(topic, lexicon)
        ]
        thing = subject(clause) if clause is not None else next(iter(deeds), None)
    elif match.code[:2] in REACTION_ROOTS:
        thing = roles.target_token or next(iter(objects(match.token)), None)
    else:
        return None
    if thing is None or not _is_definite(thing) or not is_thing(thing):
        return None  # "thanked the 27 leaders": people, not a deed
    return thing


def _names_a_deed(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the lexicon codes the noun's word, as a noun or a verb ("the launches")."""
    word = noun.lemma_.lower()
    return bool(lexicon.candidates(word, "NOUN") or lexicon.candidates(word, "VERB"))


def _is_definite(token: Token) -> bool:
    """A noun for a thing the story has told of: "the criticism", "the vote"."""
    return token.pos_ == "NOUN" and any(child.lower_ == "the" for child in token.lefts)


def _doerless_pairs(roles: Roles, code: str, trigger: Token, *, symmetric: bool) -> list[Pair]:
    """A deed no one is named as doing: a protest, or violence against someone named
    ("three soldiers were killed", "protests spread", "staged a protest"), told by a verb
    or a noun; a noun with "the" or "this" refers to a deed told before ("condemned the
    attack")."""
    told = trigger.pos_ == "VERB" or not any(
        child.dep_ == "det" and child.lower_ in DEFINITE for child in trigger.children
    )
    if not told or symmetric or code[:2] not in DOERLESS_ROOTS or _is_tally(trigger):
        return []
    if not roles.targets and code[:2] != PROTEST_ROOT:
        return []  # violence needs a victim named ("the conflict has killed thousands")
    return [(None, target) for target in roles.targets] or [(None, None)]


def _by_unidentified_forces(
    pairs: list[Pair], trigger: Token, context: EventContext, notes: list[str]
) -> list[Pair]:
    """Violence no one is named as doing is done by the unidentified armed forces of the
    state where it happened, as CAMEO codes it ("a roadside bombing near Samarra killed
    a US soldier": Iraq's UAF against the United States), where the clause says where."""
    forces = context.unidentified_forces(trigger)
    if forces is None:
        return pairs
    notes.append(UAF_NOTE)
    return [(forces, target) for _, target in pairs if target is not None]


def _is_tally(verb: Token) -> bool:
    """A count of all a war has done so far, not a deed: "more than 3,800 people have
    been killed since the fighting began", "the conflict has killed thousands"."""
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    since = any(word.lower_ == "since" for word in verb.subtree)
    war = (agent := subject(verb)) is not None and lemma_in(agent, "&VIOLENCE")
    return verb.pos_ == "VERB" and perfect and (since or war)


def _aim_at_place(
    roles: Roles,
    token: Token,
    code: str,
    context: EventContext,
    notes: list[str],
    *,
    doerless: bool = False,
    whither: tuple[str, ...] = (),
) -> None:
    """Aim a deed with a doer (or, ``doerless``, a measure no one is named as taking) and
    no one named on the other side at the state where it was done, as CAMEO codes
    "shelled Kirkuk" against Iraq ("agreed to set up a centre in Tokyo", "a curfew was
    imposed in Lahore"), and say so in its rule; but a meeting or a welcome at home is
    with no one ("Iraqi officials hosted a ceremony in Baghdad")."""
    root = code[:2]
    if roles.targets or not (roles.sources or doerless) or root not in PLACE_TARGET_ROOTS:
        return
    if (place := context.place_target(token, root=root, whither=whither)) is None:
        return
    index = context.index
    if root == CONSULT_ROOT and any(index.side(s) == index.side(place) for s in roles.sources):
        return
    roles.targets = [place]
    notes.append(PLACE_TARGET_NOTE)


def _bound_for_a_place(trigger: Token, whither: tuple[str, ...], index: ActorIndex) -> bool:
    """Whether a row's target preposition takes a place no actor names ("a visit to
    Moscow"), not a phrase that leads elsewhere ("troops to a force in Liberia")."""
    return any(
        obj.ent_type_ in PLACE_LABELS and obj.i not in index.by_token
        for obj in objects_after(trigger, whither)
    )


def _names_a_side(actor: str, index: ActorIndex) -> bool:
    """Whether an actor has a code, or is a region a state claims ("the West Bank")."""
    return index.is_coded(actor) or index.kinds.get(actor) == "region"


def _located_in(phrase: Token | None, index: ActorIndex) -> list[str]:
    """The coded place a phrase says it is in, or on the border with: "the Natanz plant
    in central Iran", "the Allenby crossing with Jordan"."""
    if phrase is None:
        return []
    border = lemma_in(phrase, "&BORDER") or any(
        child.dep_ == "compound" and lemma_in(child, "&BORDER") for child in phrase.children
    )
    preps = ("in", "with") if border else ("in",)
    places = (obj for prep in phrase.children if prep.lower_ in preps for obj in prep_objects(prep))
    return next((found for obj in places if (found := index.actors(obj))), [])


def _dealt_with(match: Match, sources: list[str], index: ActorIndex) -> list[str]:
    """The other side an agreement or a truce names itself or by its purpose: "abided by
    the ceasefire with the army", "signed a deal to supply gas to China", "an agreement to
    import gas from Israel"."""
    trigger = match.token
    nouns = [trigger] if trigger.pos_ == "NOUN" else objects(trigger)
    nouns += [trigger.doc[i] for i in sorted(match.used) if trigger.doc[i].pos_ == "NOUN"]
    purposes = [
        clause
        for noun in nouns
        for clause in noun.children
        if clause.dep_ in ("acl", "relcl") and any(c.lower_ == "to" for c in clause.children)
    ]
    named = [obj for noun in nouns for obj in objects_after(noun, ("with",))]
    named += [obj for clause in purposes for obj in objects_after(clause, DEAL_PREPS)]
    return [actor for obj in named for actor in index.actors(obj) if actor not in sources]


def _captives(trigger: Token, index: ActorIndex) -> list[str]:
    """Those a release asked for would free: "the release of 78 activists"."""
    releases = [w for w in trigger.subtree if w.pos_ == "NOUN" and lemma_in(w, "&R02_RELEASE")]
    return [a for w in releases for obj in objects_after(w, ("of",)) for a in index.actors(obj)]


def _holders(targets: list[str], sources: list[str], token: Token, index: ActorIndex) -> list[str]:
    """The state each captive belongs to, which holds them ("political prisoners in
    Belarus": Belarus), where that state is not the one asking for them; else the captive."""
    mention = _mention(token)
    asking = {index.side(source) for source in sources if index.sector(source) in STATE_SECTORS}
    held = []
    for captive in targets:
        state = index.own_state(captive, mention)
        held.append(state if state is not None and index.side(state) not in asking else captive)
    return held


def _aim_at_own_state(
    roles: Roles, token: Token, index: ActorIndex, notes: list[str], *, organs: bool = False
) -> None:
    """Aim a protest that names no one it is against, nor where it was held, at the
    protesters' own state, as ICEWS and PLOVER code a domestic protest ("thousands of
    Nigerians rallied against the new law": Nigeria), and a measure at home (``organs``:
    "the government is prepared to impose martial law") at the state whose organ takes
    it; say so in its rule."""
    mention = _mention(token)
    if (state := index.own_state(roles.sources[0], mention, organs=organs)) is not None:
        roles.targets = [state]
        notes.append(HOME_MEASURE_NOTE if organs else OWN_STATE_NOTE)


def _up_to(token: Token, ancestor: Token) -> list[Token]:
    """The heads from ``token`` up to ``ancestor``, which is among them; just ``ancestor``
    where it is not one of the token's heads. A verb the token is joined to is no word
    between ("urged Israel to halt its strikes and to let aid in": the halt is urged too)."""
    if ancestor not in token.ancestors:
        return [ancestor]
    heads = []
    while token != ancestor:
        if token.dep_ != "conj" or token.head == ancestor:
            heads.append(token.head)
        token = token.head
    return heads


def _is_like_before(token: Token) -> bool:
    """ "announced similar sanctions", "took the same step": a deed like one told before."""
    return any(lemma_in(child, "&LIKE_BEFORE") for child in token.children)


def _told_as_known(noun: Token) -> bool:
    """A deed told as one the story knows: "the strikes", "their attacks"."""
    owned = any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in noun.lefts)
    return _is_definite(noun) or noun.pos_ == "NOUN" and owned


def _own_earlier_targets(events: list[Event], sources: list[str], index: ActorIndex) -> list[str]:
    """The target of the latest earlier violence by the sources' side: whom "their
    attacks" were on."""
    sides = {index.side(source) for source in sources}
    for event in reversed(events):
        violent = event.root in VIOLENT_ROOTS
        if violent and event.source and event.target and index.side(event.source) in sides:
            return [event.target]
    return []


def _earlier_targets(events: list[Event], root: str, sources: list[str]) -> list[str]:
    """The target of the latest earlier event with ``root`` by someone else."""
    for event in reversed(events):
        if event.root == root and event.target and event.source not in sources:
            return [event.target]
    return []


def _is_retaliation(token: Token) -> bool:
    """ "Moscow would retaliate", "retaliatory measures", "responded in kind"."""
    return any(lemma_in(word, "&RETALIATE") for word in (token, *token.children))


def _provoker(
    events: list[Event], sources: list[str], index: ActorIndex, *, root: str | None = None
) -> list[str]:
    """Who a retaliation answers: the source of the latest earlier conflict (with
    ``root`` where given) done by another side to the retaliator's ("Britain expelled 23
    diplomats ... Moscow will retaliate"; "the EU accused Iran ... Iran denied")."""
    sides = {index.side(source) for source in sources}
    for event in reversed(events):
        if (
            event.quad_class in CONFLICT_QUAD_CLASSES
            and root in (None, event.root)
            and event.source
            and event.target
            and index.side(event.target) in sides
            and index.side(event.source) not in sides
        ):
            return [event.source]
    return []


def _told_doers(noun: Token | None, index: ActorIndex, sources: list[str]) -> list[str]:
    """Who did what a definite noun refers back to, by the verb the story told it with:
    "the assembly voted ... Hamas welcomed the vote" (the assembly)."""
    if noun is None:
        return []
    for verb in told_deeds(noun):
        doers = [actor for actor in index.actors(doer(verb)) if actor not in sources]
        if doers:
            return doers
    return []


def _both_sides(phrase: Token | None, events: list[Event], index: ActorIndex) -> list[str]:
    """The two sides "both sides", "the two parties", "the warring factions" mean: the two
    the story tells fighting, else the two it last told acting together ("began peace
    talks ... called on both sides"), else the two it last names with "between" ("a
    ceasefire between Israel and Hamas held ... Qatar praised both sides"), else the two
    it most often told at odds ("Ethiopia accused Eritrea ... called on both countries");
    none for another phrase."""
    if phrase is None or not lemma_in(phrase, "&SIDES"):
        return []
    if not any(lemma_in(child, "&BOTH") for child in phrase.children):
        return []
    return (
        _warring_sides(events, index)
        or _joint_pair(events)
        or _named_between(phrase, index)
        or _pair_at_odds(events, index)
    )


def _comment_topics(trigger: Token) -> list[Token]:
    """What a comment is over: "condolences over the attack", "sorrow for the shootings",
    "concern about the situation in Haiti"."""
    hosts = (trigger, *objects(trigger))
    return [
        obj
        for host in hosts
        for prep in prepositions(host)
        if prep.lower_ in GRIEF_PREPS
        for obj in prep_objects(prep)
    ]


def _fighting_sides(events: list[Event], sources: list[str], index: ActorIndex) -> list[str]:
    """The two sides the story tells using force on each other (`_warring_sides`),
    neither on ``sources``' side ("Indian and Pakistani troops exchanged fire ... The
    United Nations urged restraint")."""
    own = {index.side(source) for source in sources}
    fights = _warring_sides(events, index, roots=VIOLENT_ROOTS)
    return [side for side in fights if index.side(side) not in own]


def _coercing_state(deed: Match, context: EventContext, sources: list[str]) -> list[str]:
    """The state that did a coercion no doer is named for: where it happened ("the arrest
    in France of a genocide suspect"), else its victims' own state ("the arrest of Turkish
    opposition leader Ekrem Imamoglu": Turkey), never a reacting state's own."""
    token = deed.token
    place = context.place_within(token)
    if place is None:
        mention = _mention(token)
        victims = read_roles(deed, context.index).targets
        states = (context.index.own_state(victim, mention) for victim in victims)
        place = next((state for state in states if state is not None), None)
    index = context.index
    ours = {index.side(source) for source in sources if index.sector(source) in STATE_SECTORS}
    if place is None or index.side(place) in ours:
        return []  # "Niger protested the expulsion of migrants": not Niger's own deed
    return [place]


def _sufferers(thing: Token, code: str, context: EventContext, sources: list[str]) -> list[str]:
    """Those a deed no doer is named for befell, for a comment aimed at them: the sides
    "between" whom it was ("concern over clashes between India and Pakistan"), else the
    state where it happened ("sorrow for the shootings in South Carolina")."""
    sides = sides_between([thing], context.index)
    if not sides:
        place = context.place_target(thing, root=code[:2]) or context.place_within(thing)
        sides = [place] if place is not None else []
    return [actor for actor in dict.fromkeys(sides) if actor not in sources]


def _between(trigger: Token) -> Token | None:
    """The first object of "between" in the trigger's phrase."""
    preps = (word for word in trigger.subtree if word.lower_ == "between" and word.dep_ == "prep")
    return next((obj for prep in preps for obj in prep_objects(prep)), None)


def _patient(trigger: Token, roles: Roles) -> Token | None:
    """What a deed was done to: the target phrase, or the noun a participle modifies
    ("the truce, brokered by the United States")."""
    return roles.target_token or (trigger.head if trigger.dep_ == "acl" else None)


def _parties(thing: Token | None, events: list[Event], index: ActorIndex) -> list[str]:
    """The two sides of the talks, truce or agreement a definite noun refers back to, for
    one who convenes, hosts or mediates it (root 04): "Ethiopia's government and the TPLF
    began talks ... the talks, mediated by Obasanjo", else the two named after "between"."""
    if thing is None or not _is_definite(thing):
        return []
    if not any(lemma_in(thing, name) for name in JOINT_DEED_SETS):
        return []
    return _joint_pair(events) or _named_between(thing, index)


def _joint_pair(events: list[Event]) -> list[str]:
    """The latest two the story told doing something together (talks, a truce, a deal)."""
    done = {(event.source, event.target) for event in events}
    for event in reversed(events):
        together = event.root in JOINT_ROOTS and (event.target, event.source) in done
        if together and event.source and event.target:
            return [event.source, event.target]
    return []


def _pair_at_odds(events: list[Event], index: ActorIndex) -> list[str]:
    """The two of different sides the story most often told one acting against or
    answering the other (an accusation and its denial), the later pair on a tie."""
    at_odds = [e for e in events if e.quad_class in CONFLICT_QUAD_CLASSES or e.cameo == DENIAL]
    return _most_told_pair(at_odds, index)


def _named_between(phrase: Token, index: ActorIndex) -> list[str]:
    """The last two actors of different sides named together after "between" before
    ``phrase``."""
    for word in reversed(phrase.doc[: phrase.i]):
        if word.lower_ != "between":
            continue
        sides: dict[str, str] = {}
        for actor in (actor for child in word.children for actor in index.actors(child)):
            sides.setdefault(index.side(actor), actor)
        if len(sides) == 2:
            return list(sides.values())
    return []


def _warring_sides(
    events: list[Event], index: ActorIndex, *, roots: frozenset[str] = WARRING_ROOTS
) -> list[str]:
    """The two sides the story most often tells fighting or coercing each other (deeds of
    ``roots``: "the army shelled RSF positions ... urged both warring parties to ..."),
    the later pair on a tie; civilians they kill are no side."""
    warring = [
        event
        for event in events
        if event.root in roots
        and not (event.target and index.sector(event.target) in CIVILIAN_SECTORS)
    ]
    return _most_told_pair(warring, index)


def _most_told_pair(events: list[Event], index: ActorIndex) -> list[str]:
    """The two coded actors of different sides ``events`` most often join, the later
    pair on a tie; a place coded by its state is where a side acts, no side."""
    pairs: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], tuple[str, str]] = {}
    for event in reversed(events):
        if not (event.source and event.target):
            continue
        low, high = sorted((index.side(event.source), index.side(event.target)))
        sides = (low, high)
        actors = (event.source, event.target)
        sided = all(index.is_coded(a) and not index.is_place(a) for a in actors)
        if low != high and sided:  # a town a side attacked is no side
            pairs[sides] += 1
            first.setdefault(sides, (event.source, event.target))
    if not pairs:
        return []
    return list(first[pairs.most_common(1)[0][0]])


def _accusers(targets: list[str], sources: list[str], index: ActorIndex) -> list[str]:
    """Of the targets read for a denial from its own words, those who may have accused its
    sources: coded, and not of their country ("Pakistan denied it was sending militants":
    not the militants; "Iraq denied moving Scud missiles": no one)."""
    homes = {index.home(source) for source in sources}
    return [t for t in targets if index.is_coded(t) and index.home(t) not in homes]


def _violent(thing: Token, events: list[Event], sources: list[str], index: ActorIndex) -> list[str]:
    """Who did "the violence" a verdict is on: the source of the latest earlier protest,
    coercion or violence by another side ("protesters set fire ... France condemned the
    violence")."""
    if not lemma_in(thing, "&VIOLENCE"):
        return []
    own = {index.side(source) for source in sources}
    for event in reversed(events):
        if event.root >= PROTEST_ROOT and event.source and index.side(event.source) not in own:
            return [event.source]
    return []


def _first_other_source(events: list[Event], sources: list[str], index: ActorIndex) -> list[str]:
    """The source of the first of ``events`` done by another side than ``sources``
    (another country or organisation: the Kremlin does not react to Moscow)."""
    sides = {index.side(source) for source in sources}
    deed = next((e for e in events if e.source and index.side(e.source) not in sides), None)
    return [deed.source] if deed is not None and deed.source else []


def _confidence(entry: Entry, roles: Roles) -> float:
    """A rough 0..1 score: a pattern beats a bare word, a found target and a source in
    the trigger's own clause add to it."""
    score = 0.5 + 0.1 * min(len(entry.conditions), 2)
    score += 0.15 if roles.targets else 0.0
    score -= 0.15 if roles.inherited else 0.0
    return round(max(0.05, min(score, 0.95)), 2)


def _statement_target(verb: Token) -> Token | None:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in STATEMENT_PREPS:
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None
