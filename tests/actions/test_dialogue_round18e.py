"""Dialogue round 18 (helper E), the action side. Sentences are this module's own; near-misses must not trigger.

1. after "both A and B" that no title has, the people stay in the search as alternatives not chosen between
   (``recommend._undecided_people_events``), and picking one ("only A then", "the second guy", a button) narrows it
   with the rest of the search kept (``edits.find_people_narrowing``);
2. winning someone over ("i wanna prove him wrong", "gonna convince her") gives no query words
   (``query_text._winning_over``); the same verbs about the title keep theirs;
3. a like-search on a title of the children's genres rated for children caps the audience at its rating's
   (``recommend._cap_at_the_anchors_audience``), unless the viewer says who watches;
4. a title or franchise named as a style ("<title> style", "-esque", "in the vein of") is a like-search on it, and a
   like-search leaves out the anchor's whole franchise (``actions.styled_titles``).
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401
from planned_turns import after, at, planned  # noqa: E402
from real_recommender import item  # noqa: E402,F401

from actions.edits.people_narrowing import find_people_narrowing  # noqa: E402
from actions.query_text import residual_query  # noqa: E402
from actions.styled_titles import same_franchise, styled_title  # noqa: E402
from actions.turn import Turn  # noqa: E402

# In the fixture catalog no title has both of these; each has comedies of his own.
ROGEN, MURRAY = "Seth Rogen", "Bill Murray"
UNDECIDED = {"any_people": [ROGEN, MURRAY], "genres": ["comedy"], "media_type": ["movie"]}


def _undecided(text: str, entities: list[Any] | None = None, **slots: Any) -> Turn:
    """A turn right after the "no title has both" answer: no list on screen, the people undecided."""
    return Turn("t", "refine", text, list(entities or []), {**UNDECIDED, **slots})


# -- 1. picking one of two people no title has together -------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("alright, only bill murray then", MURRAY),
    ("seth rogen alone works for me", ROGEN),
    ("hmm ok bill murray", MURRAY),  # the answer asked which: a name alone is the choice
])
def test_a_person_named_picks_one_of_the_undecided(text: str, name: str) -> None:
    entity = at(text, name.lower(), "actor", name)
    narrowing = find_people_narrowing(_undecided(text, [entity]))
    assert narrowing is not None and narrowing.any_people == (name,), narrowing


@pytest.mark.parametrize("text, kept", [("drop seth rogen", MURRAY), ("lose bill murray", ROGEN),
                                        ("without seth rogen then", MURRAY)])
def test_a_person_named_after_a_drop_verb_leaves_the_other(text: str, kept: str) -> None:
    dropped = ROGEN if kept == MURRAY else MURRAY
    narrowing = find_people_narrowing(_undecided(text, [at(text, dropped.lower(), "actor", dropped)]))
    assert narrowing is not None and narrowing.any_people == (kept,), narrowing


@pytest.mark.parametrize("text, name", [
    ("fine, just the first guy", ROGEN),
    ("the 2nd actor then", MURRAY),
    ("ok the second one", MURRAY),  # no list on screen: "one" is a person
    ("the latter please", MURRAY),
    ("not the first guy", MURRAY),
    ("let's go with the last person", MURRAY),
])
def test_a_person_pointed_at_by_order(text: str, name: str) -> None:
    narrowing = find_people_narrowing(_undecided(text))
    assert narrowing is not None and narrowing.any_people == (name,), narrowing


@pytest.mark.parametrize("text", [
    "the third guy",  # past the two people
    "the second one",  # a list is on screen: its title, not a person
    "more like the first",
])
def test_no_person_by_order_where_it_points_elsewhere(text: str) -> None:
    shown = [{"id": f"s{i}", "title": f"Title {i}"} for i in range(1, 4)] if text == "the second one" else None
    assert find_people_narrowing(_undecided(text, last_items=shown)) is None


def test_the_pick_keeps_the_rest_of_the_search() -> None:
    text = "ok fine, just bill murray then"
    plan = planned(_undecided(text, [at(text, "bill murray", "actor", MURRAY)]))
    state = plan.constraints
    assert state.any_people == [MURRAY] and state.genres == ["comedy"] and state.media_type == ["movie"], state


def test_a_button_for_one_of_the_undecided_narrows_too() -> None:
    payload = f'/request_recommendation{{"actor":"{MURRAY}"}}'
    plan = planned(Turn("t", "request_recommendation", payload, [at(payload, MURRAY, "actor", MURRAY)], UNDECIDED))
    assert plan.constraints.any_people == [MURRAY] and plan.constraints.genres == ["comedy"], plan.constraints


def test_a_person_edit_after_a_found_pair_is_unchanged() -> None:
    """Near-miss: two people in the search as actors (titles found) still need words that narrow."""
    text = "bill murray"
    turn = after(text, [at(text, "bill murray", "actor", MURRAY)], actors=[ROGEN, MURRAY])
    assert find_people_narrowing(turn) is None


async def test_after_both_that_no_title_has_one_of_them_follows(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "comedy movies with both seth rogen and bill murray"
    await convo.say("request_recommendation", [located(text, "comedy", "genre", "comedy"),
                                               located(text, "movies", "media_type", "movie"),
                                               located(text, "seth rogen", "actor", ROGEN),
                                               located(text, "bill murray", "actor", MURRAY)], text)
    assert not convo.items and convo.buttons, convo.text
    assert convo.slots.get("any_people") == [ROGEN, MURRAY], convo.slots
    await convo.say("nlu_fallback", [], "fine, the second guy then")
    assert convo.items, convo.text
    for pick in convo.items:
        record = item(api, pick["id"])
        assert MURRAY in (record.get("cast") or []) and "comedy" in record["genres"] and record["type"] == "movie", record


# -- 2. winning someone over is a purpose, never a topic --------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("a submarine documentary, i wanna prove my uncle wrong", {"submarine"}),
    ("want to show my sister she's wrong, something about volcanoes", {"volcanoes"}),
    ("a boxing film, gonna convince my wife that boxing is art", {"boxing"}),
    ("trying to settle a bet with my flatmate, anything about pirates", {"pirates"}),
    ("a comedy that will impress my date", set()),
])
def test_winning_someone_over_gives_no_query_words(text: str, kept: set[str]) -> None:
    words = set((residual_query(text, []) or "").split())
    assert words - {"documentary", "film", "comedy"} == kept, words


@pytest.mark.parametrize("text, expected", [
    ("a documentary that proves the moon landing was real", {"proves", "moon", "landing"}),  # the title's subject
    ("a movie where a lawyer has to convince the jury", {"lawyer", "convince"}),  # the story
    ("i want to show my kids a film about pirates", {"pirates"}),  # showing them a title: the request stays
])
def test_the_same_verbs_about_the_title_keep_their_words(text: str, expected: set[str]) -> None:
    assert expected <= set((residual_query(text, []) or "").split())


# -- 3. a like-search on a title for young children keeps to its audience ----------------------------------------------

# In the fixture catalog: "The Wiggles" (s2530, Kids' TV, TV-Y), "Inspector Gadget" (s4858, Kids' TV, TV-Y7), "Indiana
# Jones and the Last Crusade" (s7072, a family film rated PG-13), "Stranger Things" (s3686, TV-14).
AUDIENCE_CAP = {"preschool": {"TV-Y", "TV-G", "G"}, "kids": {"TV-Y", "TV-G", "G", "TV-Y7", "TV-Y7-FV"}}


async def _like(convo: Conversation, text: str, title: str, said: str, *extra: dict[str, Any]) -> None:  # noqa: F811
    await convo.say("more_like", [located(text, said, "title", title, "similar"), *extra], text)


@pytest.mark.parametrize("text, said, title, audience", [
    ("any shows similar to the wiggles", "the wiggles", "The Wiggles", "preschool"),
    ("more stuff like inspector gadget", "inspector gadget", "Inspector Gadget", "kids"),
])
async def test_a_childrens_anchor_caps_the_audience(api: str, convo: Conversation, text: str, said: str, title: str,
                                                    audience: str) -> None:
    await _like(convo, text, title, said)
    assert convo.slots.get("audience") == audience and convo.items, convo.text
    assert all(item(api, i["id"])["rating"] in AUDIENCE_CAP[audience] for i in convo.items), convo.items


@pytest.mark.parametrize("text, said, title", [
    ("films like indiana jones and the last crusade", "indiana jones and the last crusade",
     "Indiana Jones and the Last Crusade"),  # a family film rated for teens
    ("more like stranger things", "stranger things", "Stranger Things"),
])
async def test_other_anchors_set_no_audience(api: str, convo: Conversation, text: str, said: str, title: str) -> None:
    await _like(convo, text, title, said)
    assert convo.items and convo.slots.get("audience") is None, convo.text


async def test_an_audience_said_beside_the_anchor_wins(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "shows like the wiggles for my 9 year old"
    await _like(convo, text, "The Wiggles", "the wiggles", located(text, "my 9 year old", "audience", "family"))
    assert convo.slots.get("audience") == "family", convo.slots


# -- 4. a title or franchise named as a style is a like-search on it ---------------------------------------------------

def _styled(text: str, entities: list[Any] | None = None) -> tuple[str, str, Any] | None:
    found = styled_title(text, entities or [])
    return None if found is None else (found.entity.value, text[found.entity.start:found.entity.end], found.franchise)


@pytest.mark.parametrize("text, expected", [
    ("honestly something shutter island style", ("Shutter Island", "shutter island", None)),
    ("a goodfellas-esque crime film", ("GoodFellas", "goodfellas", None)),
    ("cartoons in the vein of little singham", ("Little Singham", "little singham", None)),
    ("motu patlu-style movies for the kids", ("Motu Patlu: Deep Sea Adventure", "motu patlu", "motu patlu")),
    ("got anything beyblade inspired", ("Beyblade Burst Turbo", "beyblade", "beyblade")),
])
def test_a_title_or_franchise_named_as_a_style(api: str, text: str, expected: tuple[str, str, Any]) -> None:
    assert _styled(text) == expected


@pytest.mark.parametrize("text", [
    "freestyle rap documentaries",  # a word that holds "style"
    "i'd like lego movies",  # a liking, no anchor
    "a picturesque travel show",
])
def test_no_style_anchor(api: str, text: str) -> None:
    assert _styled(text) is None


def test_a_title_read_beside_style_words_becomes_the_anchor(api: str) -> None:
    text = "something ozark style"
    entity = at(text, "ozark", "title", "Ozark")
    found = styled_title(text, [entity])
    assert found is not None and found.entity.role == "similar" and found.entity.value == "Ozark"


def test_words_another_entity_reads_are_no_title(api: str) -> None:
    text = "something dark style"
    assert styled_title(text, [at(text, "dark", "mood", "dark")]) is None


@pytest.mark.parametrize("anchor, franchise, members", [
    ("Kung Fu Panda: Holiday", None, {"s7242", "s5858"}),
    ("Little Singham", None, {"s2293", "s862", "s2237", "s3226", "s7319"}),
    ("Beyblade Burst Turbo", "beyblade", {"s3436", "s4390"}),
    ("Dark", None, {"s2328"}),  # one word: never every title starting with it
])
def test_the_franchise_of_an_anchor(api: str, anchor: str, franchise: str | None, members: set[str]) -> None:
    assert set(same_franchise(anchor, franchise)) == members


async def test_a_franchise_style_leaves_the_whole_franchise_out(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "little singham style stuff please"
    await convo.say("request_recommendation", [], text)
    assert convo.slots.get("similar_to") == "s2293" and convo.items, convo.text
    ids = {i["id"] for i in convo.items}
    assert not ids & {"s2293", "s862", "s2237", "s3226", "s7319"}, convo.items
    await convo.say("something_else", [], "more")
    assert convo.items and not {i["id"] for i in convo.items} & {"s2293", "s862", "s2237", "s3226", "s7319"}


async def test_a_franchise_named_bare_keeps_its_own_titles(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "little singham films please"
    title = {"entity": "title", "value": "Little Singham", "start": 0, "end": 14}
    films = {"entity": "media_type", "value": "movie", "start": 15, "end": 20}
    await convo.say("request_recommendation", [title, films], text)
    ids = {i["id"] for i in convo.items}
    assert ids & {"s862", "s2237", "s3226", "s7319"}, (convo.text, convo.slots)  # the franchise's films are what was asked for
