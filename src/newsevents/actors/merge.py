"""Merge actor mentions within one article: the later "Putin" is the earlier "Vladimir Putin".

A mention joins an earlier actor when it has the same name (ignoring case); when a person's
name is the last words, or the first and last words, of an earlier person's full name
("Putin", "Vladimir Putin" after "Vladimir Vladimirovich Putin"), or the other way round (a
headline's "Putin" before the body's "Vladimir Putin"); or when it is the initials of an
earlier organisation's name ("EU" after "European Union"). Each actor is filed under every
key a later mention could use, so merging costs a few lookups per mention, whatever the
length of the article.
"""

from __future__ import annotations

from ..records import Actor, Mention
from .mentions import ActorMention

# Index section of people by the name as written, for later, fuller names to find them.
_SHORT_PERSON = "person-as-written"


def merge_mentions(mentions: list[ActorMention]) -> list[Actor]:
    """One Actor per distinct referent, named by its fullest mention, ids a1, a2, ... in
    order of first mention."""
    actors: list[Actor] = []
    index: dict[tuple[str, str], Actor] = {}
    for mention in mentions:
        actor = _find(index, mention)
        if actor is None:
            actor = Actor(id=f"a{len(actors) + 1}", name=mention.text, kind=mention.kind)
            actors.append(actor)
        elif mention.kind == actor.kind and _names_better(mention.text, actor.name):
            actor.name = mention.text
        actor.mentions.append(Mention(mention.start, mention.end, mention.text))
        for key in _keys(mention):
            index.setdefault(key, actor)
    return actors


def _find(index: dict[tuple[str, str], Actor], mention: ActorMention) -> Actor | None:
    """The earlier actor this mention refers to, if any. A short form found this way must
    still be the actor's whole name: after "Clinton" joined "Hillary Clinton", a later
    "Bill Clinton" is someone else."""
    for key in _lookups(mention):
        actor = index.get(key)
        if actor is None:
            continue
        if (
            key[0] == _SHORT_PERSON
            and mention.text.split()[-len(actor.name.split()) :] != actor.name.split()
        ):
            continue
        return actor
    return None


def _lookups(mention: ActorMention) -> list[tuple[str, str]]:
    """Where an earlier actor this mention refers to would be filed."""
    lookups = [_name_key(mention.text), (mention.kind, mention.text)]
    if mention.kind == "person":  # an earlier short form: "Putin" before "Vladimir Putin"
        lookups.extend((_SHORT_PERSON, suffix) for suffix in _suffixes(mention.text.split()))
    return lookups


def _suffixes(words: list[str]) -> list[str]:
    return [" ".join(words[-count:]) for count in range(1, len(words))]


def _name_key(text: str) -> tuple[str, str]:
    return ("name", text.casefold())


def _keys(mention: ActorMention) -> list[tuple[str, str]]:
    """The keys later mentions find this one by: its name, and for a person the last words
    of the name ("Putin" for "Vladimir Putin"), for others their initials ("EU")."""
    keys = [_name_key(mention.text)]
    words = mention.text.split()
    if mention.kind == "person":
        keys.extend((mention.kind, suffix) for suffix in _suffixes(words))
        if len(words) > 2:
            keys.append((mention.kind, f"{words[0]} {words[-1]}"))
        keys.append((_SHORT_PERSON, mention.text))
    else:
        initials = "".join(word[0] for word in words if word[:1].isupper())
        if len(initials) >= 2 and len(words) >= 2:
            keys.append((mention.kind, initials))
    return keys


def _names_better(candidate: str, name: str) -> bool:
    """A longer name is better ("Vladimir Putin" over "Putin"); so is "Kyiv" over "KYIV"."""
    if len(candidate) != len(name):
        return len(candidate) > len(name)
    return name.isupper() and not candidate.isupper()
