"""Merge actor mentions within one article: the later "Putin" is the earlier "Vladimir Putin".

A mention joins an earlier actor when it has the same name (ignoring case), when a person's
name is the last words of an earlier person's full name, or when it is the initials of an
earlier organisation's name ("EU" after "European Union").
"""

from __future__ import annotations

from ..records import Actor, Mention
from .mentions import ActorMention


def merge_mentions(mentions: list[ActorMention]) -> list[Actor]:
    """One Actor per distinct referent, named by its longest mention, ids a1, a2, ... in
    order of first mention."""
    actors: list[Actor] = []
    for mention in mentions:
        actor = next((actor for actor in actors if _refers_to(mention, actor)), None)
        if actor is None:
            actor = Actor(id=f"a{len(actors) + 1}", name=mention.text, kind=mention.kind)
            actors.append(actor)
        elif mention.kind == actor.kind and _names_better(mention.text, actor.name):
            actor.name = mention.text
        actor.mentions.append(Mention(mention.start, mention.end, mention.text))
    return actors


def _names_better(candidate: str, name: str) -> bool:
    """A longer name is better ("Vladimir Putin" over "Putin"); so is "Kyiv" over "KYIV"."""
    if len(candidate) != len(name):
        return len(candidate) > len(name)
    return name.isupper() and not candidate.isupper()


def _refers_to(mention: ActorMention, actor: Actor) -> bool:
    name = mention.text.casefold()
    if name == actor.name.casefold():
        return True
    if mention.kind == "person" and actor.kind == "person":
        return _is_name_suffix(mention.text.split(), actor.name.split())
    return mention.kind == actor.kind and _is_initials(mention.text, actor.name)


def _is_name_suffix(words: list[str], full_name: list[str]) -> bool:
    """ "Putin" or "Vladimir Putin" within "Vladimir Vladimirovich Putin": the last words match."""
    return len(words) < len(full_name) and full_name[-len(words) :] == words


def _is_initials(short: str, name: str) -> bool:
    """ "EU" for "European Union", "NATO" for "North Atlantic Treaty Organization"."""
    capitals = "".join(word[0] for word in name.split() if word[:1].isupper())
    return short.isupper() and len(short) >= 2 and short == capitals
