"""Actor mentions merged within one article: one actor per referent, ids by first mention."""

from __future__ import annotations

import pytest

import newsevents
from newsevents.actors.knowledge import Identity
from newsevents.actors.mentions import ActorMention
from newsevents.actors.merge import merge_mentions


def _mentions(*names_and_kinds: tuple[str, str]) -> list[ActorMention]:
    """Mentions laid out one after another, as they would be in a text."""
    mentions, start = [], 0
    for name, kind in names_and_kinds:
        mentions.append(ActorMention(name, start, start + len(name), Identity(name, kind)))
        start += len(name) + 20
    return mentions


@pytest.mark.parametrize(
    ("first", "later", "kind"),
    [
        ("Vladimir Putin", "Putin", "person"),
        pytest.param(
            "Vladimir Vladimirovich Putin",
            "Vladimir Putin",
            "person",
            marks=pytest.mark.issue(2),
        ),
        ("European Union", "EU", "other"),
        ("North Atlantic Treaty Organization", "NATO", "other"),
        ("Kremlin", "kremlin", "other"),
    ],
)
def test_merge_later_short_form_joins_earlier_actor(first: str, later: str, kind: str) -> None:
    (actor,) = merge_mentions(_mentions((first, kind), (later, kind)))
    assert actor.name == first
    assert [mention.text for mention in actor.mentions] == [first, later]


@pytest.mark.issue(2)
def test_merge_full_name_after_surname_joins_it() -> None:
    (actor,) = merge_mentions(_mentions(("Putin", "person"), ("Vladimir Putin", "person")))
    assert actor.name == "Vladimir Putin"
    assert len(actor.mentions) == 2


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            ["Hillary Clinton", "Clinton", "Bill Clinton"],
            [
                ("Hillary Clinton", ["Hillary Clinton", "Clinton"]),
                ("Bill Clinton", ["Bill Clinton"]),
            ],
        ),
        (
            ["Clinton", "Hillary Clinton", "Bill Clinton"],
            [
                ("Hillary Clinton", ["Clinton", "Hillary Clinton"]),
                ("Bill Clinton", ["Bill Clinton"]),
            ],
        ),
    ],
    ids=["surname-after-full-name", "surname-first"],
)
def test_merge_surname_does_not_join_two_full_names(
    names: list[str], expected: list[tuple[str, list[str]]]
) -> None:
    actors = merge_mentions(_mentions(*((name, "person") for name in names)))
    assert [(actor.name, [m.text for m in actor.mentions]) for actor in actors] == expected


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (("Vladimir Putin", "person"), ("Vladimir Zelensky", "person")),
        (("Hillary Clinton", "person"), ("Clinton Foundation", "other")),
        (("European Union", "other"), ("UN", "other")),
        (("Ukraine", "other"), ("Ukrainian", "other")),
    ],
)
def test_merge_different_actors_stay_apart(first: tuple[str, str], later: tuple[str, str]) -> None:
    assert [actor.name for actor in merge_mentions(_mentions(first, later))] == [
        first[0],
        later[0],
    ]


def test_merge_ids_in_order_of_first_mention() -> None:
    actors = merge_mentions(
        _mentions(
            ("Russia", "other"),
            ("Vladimir Putin", "person"),
            ("NATO", "other"),
            ("Putin", "person"),
            ("Georgia", "other"),
        )
    )
    assert [(actor.id, actor.name) for actor in actors] == [
        ("a1", "Russia"),
        ("a2", "Vladimir Putin"),
        ("a3", "NATO"),
        ("a4", "Georgia"),
    ]


def test_merge_no_mentions_no_actors() -> None:
    assert merge_mentions([]) == []


def test_merge_article_full_name_then_surname(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Kremlin signs treaty\n\nMOSCOW, March 18 (AFP) - Russian President Vladimir Putin "
        "signed a treaty with the leader of South Ossetia on Wednesday. Putin said the "
        "agreement would guarantee the region's security.",
        published="2015-03-18",
    )
    putin = [actor for actor in coded.actors if actor.name == "Vladimir Putin"]
    assert len(putin) == 1
    assert [mention.text for mention in putin[0].mentions] == ["Vladimir Putin", "Putin"]
    assert putin[0].kind == "person"
    assert not any(actor.name == "Putin" for actor in coded.actors)


def test_merge_article_organisation_then_initials(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "BRUSSELS (Reuters) - The European Union imposed new sanctions on Iran on Thursday. "
        "EU foreign ministers said the measures targeted drone makers.",
        published="2015-03-18",
    )
    (union,) = [actor for actor in coded.actors if actor.name == "European Union"]
    assert [mention.text for mention in union.mentions] == ["European Union", "EU"]
    assert not any(actor.name == "EU" for actor in coded.actors)


def test_merge_article_dateline_city_is_not_an_actor(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "MOSCOW, March 18 (AFP) - Russia's foreign ministry summoned the German ambassador "
        "on Wednesday to protest against the arrest of two Russian nationals.",
        published="2015-03-18",
    )
    assert "Moscow" not in [actor.name.title() for actor in coded.actors]
    dateline = coded.article.dateline
    for actor in coded.actors:
        assert all(mention.start >= dateline.end for mention in actor.mentions)


def test_merge_article_ids_follow_first_mention(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "VILNIUS, Lithuania (AP) — The North Atlantic Treaty Organization held talks with "
        "Ukraine on Tuesday. NATO Secretary-General Jens Stoltenberg said Ukraine would "
        "receive more air defence systems.",
        published="2015-03-18",
    )
    assert [actor.id for actor in coded.actors] == [
        f"a{n}" for n in range(1, len(coded.actors) + 1)
    ]
    firsts = [actor.mentions[0].start for actor in coded.actors]
    assert firsts == sorted(firsts)
    assert len(coded.actors) >= 3


@pytest.mark.issue(2)
def test_merge_article_headline_surname_joins_body_full_name(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Putin signs treaty with South Ossetia\n\nMOSCOW, March 18 (AFP) - Russian President "
        "Vladimir Putin signed a treaty with the leader of South Ossetia on Wednesday.",
        published="2015-03-18",
    )
    people = [actor for actor in coded.actors if actor.kind == "person"]
    assert [(actor.name, len(actor.mentions)) for actor in people] == [
        ("Vladimir Putin", 2),
        ("leader of South Ossetia", 1),
    ]


@pytest.mark.issue(4)
def test_merge_headline_actor_before_the_dateline_is_kept(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Russia signs alliance treaty with South Ossetia\n\nMOSCOW, March 18 (AFP) - Russian "
        "President Vladimir Putin on Wednesday signed an alliance treaty with South Ossetia.",
        published="2015-03-18",
    )
    ossetia = next(actor for actor in coded.actors if actor.name == "South Ossetia")
    assert [mention.start for mention in ossetia.mentions][0] == coded.article.text.index(
        "South Ossetia"
    )


def test_merge_a_bare_agent_naming_a_body_joins_the_latest_of_its_sector(
    coder: newsevents.Coder,
) -> None:
    coded = coder.code(
        "Colombia's president suspended peace talks with the ELN on Friday. The rebel "
        "group launched attacks in the Catatumbo region hours later.",
        published="2025-01-20",
    )
    (eln,) = [actor for actor in coded.actors if actor.name == "ELN"]
    assert [mention.text for mention in eln.mentions] == ["ELN", "rebel group"]


def test_merge_a_definite_reference_is_the_latest_body_of_the_sector_its_words_say(
    coder: newsevents.Coder,
) -> None:
    coded = coder.code(
        "The M23 rebels seized Goma in January. Rwanda denied backing them, despite "
        "evidence from U.N. experts. The rebel alliance accused the Congolese army of "
        "bombing its positions.",
        published="2025-01-20",
    )
    names = {actor.id: actor.name for actor in coded.actors}
    accusers = [names[event.source] for event in coded.events if event.root == "11"]
    assert accusers == ["M23"], accusers


def test_merge_people_told_far_apart_are_other_people(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "The ambassador said those who voted against the resolution would have to explain "
        "it to their own people. The foreign minister met his counterpart in Geneva. "
        "Ministers discussed the talks at length. The war began when militants stormed "
        "into southern Israel on Oct. 7, killing about 1,200 people, Israeli officials said.",
        published="2023-12-13",
    )
    people = [actor for actor in coded.actors if actor.name == "people"]
    assert len(people) == 2, [(a.name, [m.text for m in a.mentions]) for a in coded.actors]


def test_merge_an_indefinite_agent_is_someone_new(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Colombia's president suspended peace talks with the ELN on Friday. A rebel "
        "group launched attacks in the Catatumbo region hours later.",
        published="2025-01-20",
    )
    (eln,) = [actor for actor in coded.actors if actor.name == "ELN"]
    assert [mention.text for mention in eln.mentions] == ["ELN"]


def test_merge_its_leader_is_the_body_named_before(coder: newsevents.Coder) -> None:
    coded = coder.code(
        "Hamas freed three Israeli hostages on Saturday. Its leader Khalil al-Hayya "
        "accused Israel of delaying aid.",
        published="2025-02-10",
    )
    (leader,) = [actor for actor in coded.actors if actor.name == "Khalil al-Hayya"]
    assert leader.code == "PSEREBHMS"


def test_merge_an_agent_noun_before_a_name_leaves_the_role_to_a_title(
    coder: newsevents.Coder,
) -> None:
    coded = coder.code(
        "Ruling party candidate Lai Ching-te won the election on Saturday. Vice President "
        "Lai Ching-te thanked his supporters in Taipei.",
        published="2024-01-13",
    )
    (lai,) = [actor for actor in coded.actors if actor.name == "Lai Ching-te"]
    assert lai.role == "Vice President"
