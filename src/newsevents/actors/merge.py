"""Merge actor mentions within one article: the later "Putin" is the earlier "Vladimir Putin".

A mention joins an earlier actor when it has the same name (ignoring case), when a person's
name is the last words of an earlier person's full name, or when it is the initials of an
earlier organisation's name ("EU" after "European Union"). Each actor is filed under every
key a later mention could use, so merging costs one lookup per mention, whatever the length
of the article.
"""

from __future__ import annotations

from ..records import Actor, Mention
from .mentions import ActorMention


def merge_mentions(mentions: list[ActorMention]) -> list[Actor]:
    """One Actor per distinct referent, named by its fullest mention, ids a1, a2, ... in
    order of first mention."""
    actors: list[Actor] = []
    index: dict[tuple[str, str], Actor] = {}
    for mention in mentions:
        actor = index.get(_name_key(mention.text)) or index.get((mention.kind, mention.text))
        if actor is None:
            actor = Actor(id=f"a{len(actors) + 1}", name=mention.text, kind=mention.kind)
            actors.append(actor)
        elif mention.kind == actor.kind and _names_better(mention.text, actor.name):
            actor.name = mention.text
        actor.mentions.append(Mention(mention.start, mention.end, mention.text))
        for key in _keys(mention):
            index.setdefault(key, actor)
    return actors


def _name_key(text: str) -> tuple[str, str]:
    return ("name", text.casefold())


def _keys(mention: ActorMention) -> list[tuple[str, str]]:
    """The keys later mentions find this one by: its name, and for a person the last words
    of the name ("Putin" for "Vladimir Putin"), for others their initials ("EU")."""
    keys = [_name_key(mention.text)]
    words = mention.text.split()
    if mention.kind == "person":
        keys.extend((mention.kind, " ".join(words[-count:])) for count in range(1, len(words)))
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
