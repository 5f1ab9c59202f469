"""Round 19 (helper B): questions about a title just shown. Sentences are this module's own; near-misses must not
trigger.

1. a maturity question about the card / the n-th listed / a named title is answered from its rating against the age
   mapping, never a new list (``title_questions.maturity_question``, ``details.answer_maturity_question``); the audience
   asked about is kept as the search's cap and the title is focused, so "more like that one" is a like-search on it.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, ent  # noqa: E402
from planned_turns import at  # noqa: E402

from actions.edits.asked_titles import asks_about_title  # noqa: E402
from actions.entities import SIMILAR, Entity  # noqa: E402
from actions.references import top_positions  # noqa: E402
from actions.title_questions import (asked_audience, asks_for_ones_like_it, bound_in_the_unit_asked,  # noqa: E402
                                     kept_cap, kind_of, kind_question, maturity_question,
                                     seen_title_asked_like, suits)
from actions.turn import Said, Turn  # noqa: E402

CARD = "s160"  # Love in a Puff, TV-MA film
DARK_SKIES = "s29"  # PG-13 film
LISTED = [{"id": "s88", "title": "Titipo Titipo", "rating": "TV-Y", "type": "series"},
          {"id": "s1802", "title": "Over the Moon", "rating": "PG", "type": "movie"},
          {"id": "s29", "title": "Dark Skies", "rating": "PG-13", "type": "movie"}]


def _turn(text: str, entities: list[Any], **slots: Any) -> Turn:
    return Turn("test", "request_recommendation", text, entities, slots)


# -- the question read ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, audience", [
    ("would it be ok for my 6 yr old", "my 6 yr old", "kids"),
    ("hmm is that one too violent for a 9 year old?", "a 9 year old", "family"),
    ("can my twelve year old watch it", "my twelve year old", "family"),
    ("is it alright for teenagers", "teenagers", "teen"),
    ("is this suitable for a kid who can't handle swearing", "can't handle swearing", "family"),
    ("would it suit my 14 year old", "my 14 year old", "teen"),
])
def test_a_maturity_question_about_the_card_names_the_audience(text: str, phrase: str, audience: str) -> None:
    asked = maturity_question(_turn(text, [at(text, phrase, "audience", audience)], focused_id=CARD))
    assert asked is not None and asked.reference.item_id == CARD and asked.audience == audience


@pytest.mark.parametrize("text", ["what's it rated?", "whats that one rated", "what age rating does it have",
                                  "how is it rated"])
def test_a_rating_question_about_the_card_asks_no_audience(text: str) -> None:
    asked = maturity_question(_turn(text, [], focused_id=CARD))
    assert asked is not None and asked.reference.item_id == CARD and asked.audience is None


def test_a_position_points_at_the_listed_title() -> None:
    text = "is the third one ok for my 7 year old"
    entities = [at(text, "the third one", "position", "3"), at(text, "my 7 year old", "audience", "family")]
    asked = maturity_question(_turn(text, entities, last_items=LISTED))
    assert asked is not None and asked.reference.item_id == "s29" and asked.audience == "family"


@pytest.mark.parametrize("text, phrase", [
    ("something ok for a 6 year old", "a 6 year old"),
    ("are there any that are ok for a 6 year old", "a 6 year old"),
    ("is there anything else ok for a 6 year old", "a 6 year old"),
    ("ok show me ones that are fine for teens", "teens"),
    ("a movie that's fine for my 8 year old", "my 8 year old"),
])
def test_requests_for_titles_are_no_question_about_one(text: str, phrase: str) -> None:
    assert maturity_question(_turn(text, [at(text, phrase, "audience", "kids")], focused_id=CARD)) is None


def test_it_with_a_list_and_no_title_in_focus_is_left_to_the_other_rules() -> None:
    text = "is it ok for a 5 year old"
    assert maturity_question(_turn(text, [at(text, "a 5 year old", "audience", "kids")], last_items=LISTED)) is None


@pytest.mark.parametrize("text", ["is it good?", "is that one any good", "would it work"])
def test_a_question_about_quality_asks_no_rating(text: str) -> None:
    assert maturity_question(_turn(text, [], focused_id=CARD)) is None


def test_nothing_shown_nothing_asked_about() -> None:
    text = "is it ok for a 5 year old"
    assert maturity_question(_turn(text, [at(text, "a 5 year old", "audience", "kids")])) is None


# -- the age mapping ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rating, audience, fits", [
    ("TV-Y", "preschool", True), ("TV-Y7", "preschool", False), ("TV-Y7", "kids", True), ("PG", "kids", False),
    ("PG", "family", True), ("PG-13", "family", False), ("TV-14", "teen", True), ("TV-MA", "teen", False),
    ("NR", "adult", None), (None, "kids", None),
])
def test_a_rating_suits_an_audience_by_the_age_mapping(rating: str, audience: str, fits: bool) -> None:
    assert suits(rating, audience) is fits


def test_the_youngest_viewer_decides_and_a_cap_only_tightens() -> None:
    text = "is it ok for my 5 and 9 year olds"
    assert asked_audience([at(text, "5", "audience", "kids"), at(text, "9 year olds", "audience", "family")]) == "kids"
    assert kept_cap("preschool", "family") == "preschool" and kept_cap(None, "kids") == "kids"
    assert kept_cap("teen", None) == "teen"


# -- the dialogue over the real recommender -------------------------------------------------------------------------

@pytest.fixture
def convo(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> Conversation:
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


async def _card(convo: Conversation, title: str) -> None:
    await convo.say("ask_details", [ent("title", title)], text=f"do you have {title}")
    assert title in convo.text


async def test_an_adults_card_is_too_mature_for_a_child_and_no_list_follows(convo: Conversation) -> None:
    await _card(convo, "Love in a Puff")
    text = "would that be ok for my 6 year old?"
    await convo.say("request_recommendation", [ent("audience", "kids", None, 18, 34)], text=text)
    assert convo.items == [] and "No —" in convo.text and "TV-MA" in convo.text
    assert convo.slots["focused_id"] == CARD and convo.slots.get("audience") == "kids"


async def test_then_more_like_that_one_is_a_like_search_on_the_card_within_the_cap(convo: Conversation) -> None:
    await _card(convo, "Love in a Puff")
    text = "is it ok for a five year old"
    await convo.say("request_recommendation", [ent("audience", "kids", None, 6, 28)], text=text)
    await convo.say("more_like", [], text="cool, more like that one")
    assert convo.items and CARD not in [i["id"] for i in convo.items]
    assert convo.applied and convo.applied.get("similar_to") == CARD and convo.applied.get("audience") == "kids"


async def test_a_childrens_card_suits_a_child(convo: Conversation) -> None:
    await _card(convo, "Titipo Titipo")
    await convo.say("ask_details", [ent("audience", "preschool", None, 22, 34)], text="is it fine for my 3 year old")
    assert "Yes —" in convo.text and "TV-Y" in convo.text and convo.items == []


async def test_what_is_it_rated_after_a_card(convo: Conversation) -> None:
    await _card(convo, "Dark Skies")
    await convo.say("nlu_fallback", [], text="whats it rated")
    assert "Dark Skies is rated PG-13" in convo.text and convo.items == []


# -- 2. the top one ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["how many seasons does the top one have", "is the top pick any good?",
                                  "what's that top one about"])
def test_the_top_one_is_the_first_listed(text: str) -> None:
    found = top_positions(text, [], 5)
    assert [(e.name, e.value) for e in found] == [("position", "1")]
    assert text[found[0].start:found[0].end].lower().endswith(("one", "pick"))


@pytest.mark.parametrize("text, shown", [("the top 3 please", 5), ("something top rated", 5), ("a top one", 5),
                                         ("how many seasons does the top one have", 0)])
def test_no_top_pointer_without_a_list_or_a_pointer(text: str, shown: int) -> None:
    assert top_positions(text, [], shown) == []


# -- 3. ones like it ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["is the 2nd one decent? show me stuff like it",
                                  "what's the fourth about, anything similar to that one?",
                                  "the last one looks great, more like that"])
def test_a_question_that_asks_for_ones_like_the_title(text: str) -> None:
    assert asks_for_ones_like_it(_turn(text, [Entity("position", "2")]))


@pytest.mark.parametrize("text", ["is the 2nd one like the first?", "the 2nd one, nothing like it please",
                                  "the second one looks like it's scary", "would she like it, the second one?"])
def test_no_like_search_where_the_message_asks_none(text: str) -> None:
    assert not asks_for_ones_like_it(_turn(text, [at(text, "2nd" if "2nd" in text else "second", "position", "2")]))


def test_no_like_search_without_a_title_pointed_at() -> None:
    assert not asks_for_ones_like_it(_turn("give me ones like it", []))


# -- 4. the unit of the question asked before -------------------------------------------------------------------------

def _after_question(asked: str, text: str, value: str) -> Turn:
    number = value.strip("-")
    t = Turn("test", "refine", text, [at(text, number, "bound", value)], {"last_items": LISTED})
    t.earlier = (Said(asked),)
    return t


@pytest.mark.parametrize("asked, text, value, unit", [
    ("how many seasons has the third one got?", "ok only ones with 3 or fewer", "-3", "seasons"),
    ("does the first one have many seasons", "i'd want 4+ then", "4-", "seasons"),
    ("how long is number 2", "90 max for us", "-90", "duration"),
    ("what's the runtime of the last one", "100 or less please", "-100", "duration"),
])
def test_a_bare_bound_is_in_the_unit_just_asked_about(asked: str, text: str, value: str, unit: str) -> None:
    assert [(e.name, e.value) for e in bound_in_the_unit_asked(_after_question(asked, text, value))] == [(unit, value)]


@pytest.mark.parametrize("asked", ["is the third one any good", "who is in the second one", "more like that"])
def test_a_bare_bound_after_another_question_is_left_as_it_was(asked: str) -> None:
    assert [e.name for e in bound_in_the_unit_asked(_after_question(asked, "2 or less", "-2"))] == ["bound"]


async def test_a_like_search_on_the_listed_title_asked_about(convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "crime"), ent("media_type", "series")], text="crime series")
    third = convo.items[2]["id"]
    text = "is the third one worth it? find me ones like it"
    await convo.say("ask_details", [ent("position", "3", None, 3, 16)], text=text)
    assert convo.applied and convo.applied.get("similar_to") == third and len(convo.items) >= 3


async def test_seasons_asked_then_a_bare_bound_narrows_the_search(convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "anime")], text="anime shows")
    await convo.say("ask_details", [], text="how many seasons does the top one have")
    assert convo.items == [] and convo.slots["focused_id"] == convo.slots["last_items"][0]["id"]
    await convo.say("refine", [ent("bound", "-1", None, 19, 28)], text="just ones that have 1 or less")
    assert convo.items and all(i["seasons"] <= 1 for i in convo.items)
    assert convo.applied and convo.applied.get("max_seasons") == 1 and "anime" in convo.applied.get("genres", [])


# -- 5. show me <title> ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [("show me Ozark", "Ozark"), ("can you pull up dark skies", "dark skies"),
                                         ("ok let me see Titipo Titipo", "Titipo Titipo")])
def test_show_me_a_title_asks_for_that_title(text: str, title: str) -> None:
    assert asks_about_title(_turn(text, [at(text, title, "title", title)]))


@pytest.mark.parametrize("text, title, role", [("show me stuff like Ozark", "Ozark", SIMILAR),
                                               ("show me Ozark", "Ozark", SIMILAR),
                                               ("i loved Ozark", "Ozark", None)])
def test_no_card_where_the_title_is_an_anchor_or_not_asked_for(text: str, title: str, role: Any) -> None:
    assert not asks_about_title(_turn(text, [at(text, title, "title", title, role)]))


async def test_show_me_a_title_gives_its_card_and_then_more_like_it(convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("title", "Dark Skies", None, 8, 18)], text="show me Dark Skies")
    assert convo.items == [] and "Dark Skies (2013)" in convo.text and convo.slots["focused_id"] == DARK_SKIES
    await convo.say("more_like", [], text="nice, similar stuff to that")
    assert convo.items and convo.applied and convo.applied.get("similar_to") == DARK_SKIES


# -- 6. seen <title>, anything like it -------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("We've watched Ozark already. Got anything like it?", "Ozark"),
    ("saw dark skies last week, any more like that one", "dark skies"),
    ("my son has seen Titipo Titipo, are there shows similar to it", "Titipo Titipo"),
])
def test_a_title_seen_then_ones_like_it(text: str, title: str) -> None:
    found = seen_title_asked_like(_turn(text, [at(text, title, "title", title)]))
    assert found is not None and found.value == title and found.role is None


@pytest.mark.parametrize("text, title", [
    ("seen Ozark, something else", "Ozark"),                      # the search goes on without it
    ("haven't seen Ozark, anything like it?", "Ozark"),             # nothing seen
    ("seen Ozark already, nothing like it please", "Ozark"),
    ("anything like it? seen Ozark already", "Ozark"),               # "it" said before the title
])
def test_no_like_search_on_the_title_seen_unless_asked_after_it(text: str, title: str) -> None:
    assert seen_title_asked_like(_turn(text, [at(text, title, "title", title)])) is None


async def test_seen_a_listed_title_then_anything_like_it(convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "crime"), ent("media_type", "series")], text="crime series")
    second = convo.items[1]
    text = f"I've already watched {second['title']}. Anything like it?"
    start = text.index(second["title"])
    await convo.say("feedback_seen", [ent("title", second["title"], None, start, start + len(second["title"]))],
                    text=text)
    assert convo.applied and convo.applied.get("similar_to") == second["id"], convo.text
    assert second["id"] not in [i["id"] for i in convo.items]


# -- 7. which kind -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["is that the anime or the live action?", "wait is it a movie or a series",
                                  "is this one animated or live-action"])
def test_which_kind_the_card_is(text: str) -> None:
    ref = kind_question(_turn(text, [], focused_id=CARD))
    assert ref is not None and ref.item_id == CARD


@pytest.mark.parametrize("text", ["is there an anime or a live action one", "any anime or live action ones?",
                                  "anime or live action, either is fine"])
def test_no_kind_question_where_titles_are_asked_for(text: str) -> None:
    assert kind_question(_turn(text, [], focused_id=CARD)) is None


@pytest.mark.parametrize("item, text, kind", [
    ({"type": "series", "genres": ["anime", "action"]}, "is it the anime or the live action", "an anime series"),
    ({"type": "movie", "genres": ["action"]}, "is it the anime or the live action", "a live-action film"),
    ({"type": "movie", "genres": ["documentary"]}, "is it a film or a show", "a documentary film"),
    ({"type": "series", "genres": ["drama"]}, "is it a film or a show", "a series"),
])
def test_the_kind_is_said_in_the_questions_words(item: dict[str, Any], text: str, kind: str) -> None:
    assert kind_of(item, text) == kind


async def test_the_kind_of_a_listed_title_keeps_the_list(convo: Conversation) -> None:
    await convo.say("request_recommendation", [ent("genre", "anime")], text="anime please")
    shown = list(convo.slots["last_items"])
    text = "is the first one an anime or a live action thing"
    await convo.say("nlu_fallback", [ent("position", "1", None, 3, 16)], text=text)
    assert convo.items == [] and f"{shown[0]['title']} ({shown[0]['year']}) is an anime series." in convo.text
    assert convo.slots["last_items"] == shown and convo.slots["focused_id"] == shown[0]["id"]
