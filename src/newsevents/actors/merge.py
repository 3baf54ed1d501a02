"""Merge actor mentions within one article: the later "Putin" is the earlier "Vladimir Putin".

A mention joins an earlier actor when they share a key (one known entry, or one code for a
body: "the Kremlin" and "Russia's foreign ministry" are both RUSGOV); when it has the same
name (ignoring case); when a person's name is the last words, or the first and last words,
of an earlier person's full name ("Putin", "Vladimir Putin" after "Vladimir Vladimirovich
Putin"), or the other way round (a headline's "Putin" before the body's "Vladimir Putin");
or when it is the initials of an earlier organisation's name ("EU" after "European Union").
A title standing alone ("the president") joins the one earlier person with that title, and
"he" or "she" the one person named in its sentence or the sentence before. Each actor is
filed under every key a later mention could use, so merging costs a few lookups per
mention, whatever the length of the article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import fields

from ..records import Actor, Mention
from .index import CROWD_SECTORS, references
from .knowledge import Identity, actor_code
from .mentions import ActorMention
from .words import LOCAL_SECTORS, MEDIA_SECTOR, PEOPLE_SECTORS, STATE_SECTORS, WATCHDOG_SECTORS

# sectors of what states do to one another (a state itself has none): a government,
# its armed forces, its lawmakers
INTERSTATE_SECTORS = frozenset({"", "GOV", "MIL", "LEG"})
# sectors of a state's armed forces and police, which may act abroad
FORCE_SECTORS = frozenset({"MIL", "COP"})

# Index sections of people by the name as written, for later, fuller names to find them,
# and by the first word, for names written family name first ("Xi" and "Xi Jinping").
_SHORT_PERSON = "person-as-written"
_FIRST, _SHORT_FIRST = "person-first-word", "person-first-word-as-written"
_IDENTITY_FIELDS = [f.name for f in fields(Identity) if f.name not in ("name", "kind")]


def merge_mentions(mentions: list[ActorMention], *, home: str | None = None) -> list[Actor]:
    """One Actor per distinct referent, named by its fullest name, ids a1, a2, ... in
    order of first mention; ``home`` is the country the story is filed from (its dateline),
    for bodies and officials the article names without one."""
    owners = _merged(mentions)
    _join_titles_to_names(owners)
    actors = list({id(actor): actor for _, actor in owners}.values())
    _place_unplaced(actors, owners, home)
    actors.sort(key=lambda actor: min(mention.start for mention in actor.mentions))
    for number, actor in enumerate(actors, start=1):
        actor.id = f"a{number}"
        actor.mentions.sort(key=lambda mention: mention.start)
    return actors


def _merged(mentions: list[ActorMention]) -> list[tuple[ActorMention, Actor]]:
    """Each mention with the actor it joined (pronouns without one are left out)."""
    owners: list[tuple[ActorMention, Actor]] = []
    actors: list[Actor] = []
    index: dict[tuple[str, str], Actor] = {}
    recent: list[tuple[int, bool, Actor]] = []  # (sentence, subject?, person) in text order
    last_told: dict[int, int] = {}  # actor -> sentence of its latest mention
    for mention in mentions:
        if mention.pronoun:
            antecedent = _antecedent(recent, mention.sentence)
            if antecedent is not None:
                antecedent.mentions.append(Mention(mention.start, mention.end, mention.text))
                owners.append((mention, antecedent))
            continue
        actor = _find(index, actors, mention)
        crowd = mention.bare and mention.identity.sector in CROWD_SECTORS
        if actor is not None and crowd and last_told[id(actor)] < mention.sentence - 1:
            actor = None  # "people" told again later are other people
        if actor is None:
            actor = Actor(id="", name=mention.identity.name, kind="")  # numbered at the end
            actors.append(actor)
        _absorb(actor, mention)
        actor.mentions.append(Mention(mention.start, mention.end, mention.text))
        last_told[id(actor)] = mention.sentence
        for key in _keys(mention):
            if crowd:
                index[key] = actor
            else:
                index.setdefault(key, actor)
        if actor.kind == "person":
            recent.append((mention.sentence, mention.subject, actor))
        owners.append((mention, actor))
    return owners


def _join_titles_to_names(owners: list[tuple[ActorMention, Actor]]) -> None:
    """A title named before the person ("The EU's foreign policy chief warned ..." before
    "said Federica Mogherini, the EU's foreign policy chief") joins that person when the
    person is the only one with that title and affiliation."""
    titles = {id(actor): actor for mention, actor in owners if mention.title_only}
    named = {id(actor): actor for mention, actor in owners if not mention.title_only}
    people = [actor for actor in named.values() if actor.kind == "person" and actor.role]
    for key, title in titles.items():
        if key in named or not title.role:
            continue
        role = title.role.casefold().split()
        fits = [
            person
            for person in people
            if person.role is not None
            and person.role.casefold().split()[-len(role) :] == role
            and (person.country, person.org) == (title.country, title.org)
        ]
        if len(fits) != 1:
            continue
        person = fits[0]
        person.mentions.extend(title.mentions)
        for index, (mention, actor) in enumerate(owners):
            if actor is title:
                owners[index] = (mention, person)


def _place_unplaced(
    actors: list[Actor], owners: list[tuple[ActorMention, Actor]], home: str | None
) -> None:
    """Give a body or titled person with a sector but no country ("the interior ministry",
    "foreign ministry spokeswoman Maria Zakharova") the country of the nearest state named
    in its sentence, one that acts before the other side ("held consultations with U.S.
    diplomats") and that before one named as where ("... said Moscow would retaliate
    against sanctions announced in Kenya"), else the story's home country, as an
    analyst reading the story would; an official or officer never takes the country of
    the state it acts on ("Defense Secretary Lloyd Austin met Ukrainian officials" says
    nothing of his); people take where their clause places them (see
    :func:`~newsevents.actors.mentions.find_mentions`). A known actor with a code of its
    own and no country (Islamic State, al-Qaeda) stays transnational, as does a rights
    group."""
    states: dict[int, list[tuple[ActorMention, str]]] = {}  # by sentence
    first: dict[int, ActorMention] = {}
    qualified: set[int] = set()  # "Soviet leader": the text says whose, in words we do not know
    for mention, actor in owners:
        first.setdefault(id(actor), mention)
        if not mention.unqualified or mention.ours:  # "our army": the speaker's
            qualified.add(id(actor))
        if actor.kind == "state" and actor.country:
            states.setdefault(mention.sentence, []).append((mention, actor.country))
    home = _story_home(owners, home)
    for actor in actors:
        if not actor.sector or actor.country or actor.org or actor.claimed_by or actor.code:
            continue
        if id(actor) in qualified or actor.sector in WATCHDOG_SECTORS:
            continue
        if actor.kind == "person" and (first[id(actor)].key or "").startswith("entry:"):
            continue  # a known person out of office, of no state ("Kofi Annan" in 2010)
        mention = first[id(actor)]
        nearby = states.get(mention.sentence, [])
        opposed = {
            country
            for state, country in nearby
            if _opposite(state, actor, mention) or _abroad(state, country, actor, mention, home)
        }
        nearby = [(state, country) for state, country in nearby if country not in opposed]
        if any(_harms(state, actor, mention) for state, _ in nearby):
            # the victims are of a state that tells of the harm ("Pakistan said"), if any
            tellers = [(state, c) for state, c in nearby if state.side and state.side[1] == "doer"]
            nearby = [pair for pair in tellers if not _harms(pair[0], actor, mention)] or nearby
        country = home if home not in opposed else None
        owner = _person_before(owners, mention) if mention.persons else None
        body = _body_before(owners, mention) if mention.bodys else None
        if owner is not None:  # "Rebel leader Laurent Kabila said his forces would ..."
            country = owner.country
            if owner.sector not in STATE_SECTORS and actor.sector in FORCE_SECTORS:
                actor.sector = owner.sector  # a rebel leader's forces are rebels
        elif body is not None and (actor.kind == "person" or body.kind != "state"):
            # "Hamas freed three hostages. Its leader Khalil al-Hayya", "its fighters"
            actor.country, actor.org, actor.code = body.country, body.org, body.code
            continue
        elif body is not None:  # "the Taliban's defence ministry said its fighters": a state's
            country = body.country
        elif mention.where and actor.sector in LOCAL_SECTORS:
            country = mention.where  # people are of where they act or are acted on
        elif nearby:
            country = min(nearby, key=lambda state: _rank(state[0], mention))[1]
        if country:
            actor.country = country
            actor.code = actor_code(country, actor.sector)
            if actor.kind == "other":
                actor.kind = "state" if actor.sector in STATE_SECTORS else "group"


def _opposite(state: ActorMention, actor: Actor, mention: ActorMention) -> bool:
    """Whether a state's agent does something to a state in what states do to one another
    ("met Ukrainian officials", "accused Cuba"); a judge who investigates officials, or a
    minister who praises the police, is of their state, and what a state's forces launch
    or deploy ("launched artillery fire") is theirs."""
    return (
        actor.sector in INTERSTATE_SECTORS
        and (state.identity.sector or "") in INTERSTATE_SECTORS
        and mention.side is not None
        and mention.side[1] == "doer"
        and state.side == (mention.side[0], "other")
    )


def _body_before(owners: list[tuple[ActorMention, Actor]], mention: ActorMention) -> Actor | None:
    """The body (a group, organisation or state) with a code named last before ``mention``
    as a subject, else named last: whose "its" or "their" it is ("Hamas freed three
    Israeli hostages. Its leader" is Hamas's)."""
    before = _told_before(owners, mention, lambda actor: actor.kind != "person" and actor.code)
    subjects = [actor for other, actor in before if other.subject]
    return subjects[-1] if subjects else before[-1][1] if before else None


def _person_before(owners: list[tuple[ActorMention, Actor]], mention: ActorMention) -> Actor | None:
    """The person with a country named last before ``mention``: whose "his" or "her" it is."""
    before = _told_before(owners, mention, lambda actor: actor.kind == "person" and actor.country)
    return before[-1][1] if before else None


def _told_before(
    owners: list[tuple[ActorMention, Actor]], mention: ActorMention, fits: Callable[[Actor], object]
) -> list[tuple[ActorMention, Actor]]:
    """The mentions before ``mention``, in text order, of actors that ``fits``."""
    return [
        (other, actor) for other, actor in owners if other.start < mention.start and fits(actor)
    ]


def _harms(state: ActorMention, actor: Actor, mention: ActorMention) -> bool:
    """Whether a state named by itself does the deed people suffer, who are of another
    state that acts in the sentence if there is one: "Pakistan said Indian strikes had
    killed 26 civilians" (Pakistan's), but "Nigerian troops killed ten villagers"
    (Nigeria's), and "released prisoners under an agreement with Washington" (not the
    United States')."""
    return (
        actor.sector in PEOPLE_SECTORS
        and not state.identity.sector
        and mention.side is not None
        and mention.side[1] == "other"
        and state.side == (mention.side[0], "doer")
    )


def _abroad(
    state: ActorMention, country: str, actor: Actor, mention: ActorMention, home: str | None
) -> bool:
    """Whether a state's forces act abroad on a group with no state of its own, which is of
    the country the story is about: "Kenyan police officers clashed with armed gangs" in a
    story from Port-au-Prince (Haiti's gangs; Nigerian troops and militants in a story
    from Lagos are both Nigerian)."""
    return (
        home is not None
        and country != home
        and actor.sector not in INTERSTATE_SECTORS
        and (state.identity.sector or "") in FORCE_SECTORS
        and mention.side is not None
        and mention.side[1] == "other"
        and state.side == (mention.side[0], "doer")
    )


def _rank(state: ActorMention, mention: ActorMention) -> tuple[bool, bool, int]:
    """How unlikely a state named in a phrase's sentence is the phrase's own: one that acts
    comes before the other side ("with", "against"), that before one named as where, and
    the nearer first."""
    return state.locative, state.counterpart, abs(state.start - mention.start)


def _story_home(owners: list[tuple[ActorMention, Actor]], dateline: str | None) -> str | None:
    """The country a story is about: its dateline's where the story names it too, else
    the country it names most ("NAIROBI, Kenya" over a story of Sudan), never counting
    the outlets that tell it ("a local leader told Reuters")."""
    told = Counter(
        actor.country for _, actor in owners if actor.country and actor.sector != MEDIA_SECTOR
    )
    if dateline in told or not told:
        return dateline
    return told.most_common(1)[0][0]


def _absorb(actor: Actor, mention: ActorMention) -> None:
    """Fill what the actor lacks from this mention; a fuller name replaces a shorter one."""
    identity = mention.identity
    if not actor.kind or actor.kind == "other" and identity.kind != "other":
        actor.kind = identity.kind
    for name in _IDENTITY_FIELDS:
        if getattr(actor, name) is None and getattr(identity, name) is not None:
            setattr(actor, name, getattr(identity, name))
    same_name = identity.name.casefold() == actor.name.casefold()
    renames = not mention.title_only and (actor.kind == "person" or same_name)
    if renames and _names_better(identity.name, actor.name):
        actor.name = identity.name


def _find(
    index: dict[tuple[str, str], Actor], actors: list[Actor], mention: ActorMention
) -> Actor | None:
    """The earlier actor this mention refers to, if any. A short form found this way must
    still be the actor's whole name: after "Clinton" joined "Hillary Clinton", a later
    "Bill Clinton" is someone else; and a name of another country is another's ("China's
    coast guard" after "the Philippine Coast Guard")."""
    if mention.key is not None and ("key", mention.key) in index:
        return index["key", mention.key]
    if mention.title_only:
        return _titled(actors, mention)
    if mention.bare and (carried := _carried(actors, mention)) is not None:
        return carried
    for key in _lookups(mention):
        actor = index.get(key)
        if actor is None:
            continue
        if (
            key[0] == _SHORT_PERSON
            and mention.text.split()[-len(actor.name.split()) :] != actor.name.split()
        ) or (key[0] == _SHORT_FIRST and actor.name != key[1]):
            continue
        if mention.identity.country not in (None, actor.country) and actor.country:
            continue
        return actor
    return None


def _titled(actors: list[Actor], mention: ActorMention) -> Actor | None:
    """The one earlier person whose role ends with this title ("the president" for
    "President Salome Zourabichvili"), agreeing on country when the title names one."""
    role = (mention.identity.role or "").casefold().split()
    if not role:
        return None
    found = [
        actor
        for actor in actors
        if actor.kind == "person"
        and actor.role
        and actor.role.casefold().split()[-len(role) :] == role
        and mention.identity.country in (None, actor.country)
    ]
    if len(found) == 1:
        return found[0]
    named = [actor for actor in actors if actor.name == mention.identity.name]
    return named[0] if named else None


def _carried(actors: list[Actor], mention: ActorMention) -> Actor | None:
    """The latest body with this agent's sector and a country or organisation, named with
    the same head noun ("the ministry" after "Russia's foreign ministry"), or any, where
    the head noun refers back to a body ("the rebel group" after "the ELN")."""
    sector = mention.identity.sector
    bodies = [
        actor
        for actor in actors
        if actor.kind != "person" and actor.sector == sector and (actor.country or actor.org)
    ]
    head = mention.text.split()[-1].casefold()
    if head not in references():
        bodies = [actor for actor in bodies if actor.name.split()[-1].casefold() == head]
    return max(bodies, key=lambda actor: actor.mentions[-1].start) if bodies else None


def _antecedent(recent: list[tuple[int, bool, Actor]], sentence: int) -> Actor | None:
    """The only person named in this sentence (before the pronoun) or the one before; of
    several, the only one named as a subject."""
    window = [(subject, actor) for number, subject, actor in recent if number >= sentence - 1]
    for candidates in (window, [item for item in window if item[0]]):
        people = {id(actor): actor for _, actor in candidates}
        if len(people) == 1:
            return next(iter(people.values()))
    return None


def _lookups(mention: ActorMention) -> list[tuple[str, str]]:
    """Where an earlier actor this mention refers to would be filed."""
    kind = mention.identity.kind
    lookups = [_name_key(mention.text), _name_key(mention.identity.name), (kind, mention.text)]
    words = mention.text.split()
    if kind == "person":  # an earlier short form: "Putin" before "Vladimir Putin"
        lookups.extend((_SHORT_PERSON, suffix) for suffix in _suffixes(words))
        if len(words) > 1:  # "Xi" in a headline before "Xi Jinping"
            lookups.append((_SHORT_FIRST, words[0]))
        else:
            lookups.append((_FIRST, words[0]))
    elif kind == "other":  # spaCy took a person's surname for a place or a body
        lookups.append(("person", mention.text))
    return lookups


def _suffixes(words: list[str]) -> list[str]:
    return [" ".join(words[-count:]) for count in range(1, len(words))]


def _name_key(text: str) -> tuple[str, str]:
    return ("name", text.casefold())


def _keys(mention: ActorMention) -> list[tuple[str, str]]:
    """The keys later mentions find this one by: its key and name, and for a person the
    last words of the name ("Putin" for "Vladimir Putin"), for others their initials."""
    keys = [_name_key(mention.text), _name_key(mention.identity.name)]
    if mention.key is not None:
        keys.append(("key", mention.key))
    kind = mention.identity.kind
    words = mention.text.split()
    if mention.title_only:
        return keys
    if kind == "person":
        keys.extend((kind, suffix) for suffix in _suffixes(words))
        if len(words) > 2:
            keys.append((kind, f"{words[0]} {words[-1]}"))
        keys.append((_SHORT_PERSON, mention.text))
        keys.append((_FIRST, words[0]) if len(words) > 1 else (_SHORT_FIRST, words[0]))
    else:
        initials = "".join(word[0] for word in words if word[:1].isupper())
        if len(initials) >= 2 and len(words) >= 2:
            keys.append((kind, initials))
    return keys


def _names_better(candidate: str, name: str) -> bool:
    """A longer name is better ("Vladimir Putin" over "Putin"); so is "Kyiv" over "KYIV"."""
    if len(candidate) != len(name):
        return len(candidate) > len(name)
    return name.isupper() and not candidate.isupper()
