"""Round 21g: follow-ups about one title shown on its own card ("do you have <title>?", "is <title> on here").

1. a question about that title with its subject left out ("ok for my 8 year old?", "suitable for a 12 year old") or
   said through the viewer ("would my 10 yo be fine with it") is answered from its rating, never a new list
   (``title_questions._BARE_FIT_RE``); "how long is it?" leads with the length in a sentence (``wording.length_of``);
2. its maker said with a pronoun ("other films by him", "anything else she directed") is the title's director while
   the search holds nobody (``made_by._MAKER_PRONOUN_RE``); a title the catalog credits no director for is said so and
   its cast offered (``made_by.CastOffer``);
3. "something else" / "anything else?" typed alone after a card asked about by name is a like-search on that title
   (``like_focused.ELSE_RE``); after a card opened from the list it stays a fresh pick of the search.
Sentences are this module's own.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401  (convo is a fixture)
from planned_turns import at  # noqa: E402

from actions.like_focused import likes_the_focused_title  # noqa: E402
from actions.made_by import asks_more_by_the_titles_director, director_of_the_title_in_view  # noqa: E402
from actions.title_questions import asks_how_long, maturity_question  # noqa: E402
from actions.turn import Turn  # noqa: E402
from contract import wording  # noqa: E402

HUGO, GRACE_AND_FRANKIE, SHUTTER_ISLAND = "s2861", "s275", "s1359"  # tests/fixtures/netflix_small.csv
RISING_PHOENIX = "s2098"  # no director and no cast in the catalog
LISTED = [{"id": "s88", "title": "Titipo Titipo"}, {"id": "s1802", "title": "Over the Moon"}]


def _on_card(text: str, entities: list[Any], intent: str = "request_recommendation", **slots: Any) -> Turn:
    return Turn("t", intent, text, entities, {"focused_id": SHUTTER_ISLAND, **slots})


# -- 1. a question about the title on the card ------------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase, audience", [
    ("ok for my 8 year old?", "my 8 year old", "family"),
    ("suitable for a 12 year old", "a 12 year old", "family"),
    ("hm, fine for the kids?", "the kids", "family"),
    ("too scary for a seven year old?", "a seven year old", "kids"),
    ("age appropriate for my eleven yo", "my eleven yo", "family"),
])
def test_a_fit_question_without_its_subject_is_about_the_card(text: str, phrase: str, audience: str) -> None:
    asked = maturity_question(_on_card(text, [at(text, phrase, "audience", audience)]))
    assert asked is not None and asked.reference.item_id == SHUTTER_ISLAND and asked.audience == audience


@pytest.mark.parametrize("text, phrase", [
    ("would my 10 yo be fine with it", "my 10 yo"),
    ("will the kids be ok watching that one?", "the kids"),
    ("is it for kids?", "kids"),
    ("is this one meant for teens", "teens"),
])
def test_a_fit_question_said_through_the_viewer_is_about_the_card(text: str, phrase: str) -> None:
    asked = maturity_question(_on_card(text, [at(text, phrase, "audience", "family")]))
    assert asked is not None and asked.reference.item_id == SHUTTER_ISLAND


@pytest.mark.parametrize("text, phrase", [
    ("ok for my 8 year old then", "my 8 year old"),  # an acknowledgement, then the search's audience
    ("okay, for my 8 year old", "my 8 year old"),
    ("fine for teens, something funny", "teens"),
    ("suitable for kids movies", "kids"),
])
def test_a_search_said_after_the_card_is_no_question_about_it(text: str, phrase: str) -> None:
    assert maturity_question(_on_card(text, [at(text, phrase, "audience", "family")])) is None


def test_a_bare_fit_with_a_list_and_no_card_narrows_the_search() -> None:
    text = "suitable for a 12 year old"
    turn = Turn("t", "refine", text, [at(text, "a 12 year old", "audience", "family")], {"last_items": LISTED})
    assert maturity_question(turn) is None


@pytest.mark.parametrize("text", ["how long is it?", "how many seasons does it have", "what's the runtime"])
def test_a_length_question_is_read(text: str) -> None:
    assert asks_how_long(text)


@pytest.mark.parametrize("text", ["is it good?", "who is in it", "/ask_details"])
def test_other_questions_ask_no_length(text: str) -> None:
    assert not asks_how_long(text)


def test_the_length_is_said_in_a_sentence() -> None:
    assert wording.length_of("The Irishman", 209) == "The Irishman runs 3 h 29 min."
    assert wording.length_of("Dark", None, 3) == "Dark has 3 seasons."
    assert "doesn't say" in wording.length_of("Mystery", None, None)


async def test_how_long_is_it_after_the_card_leads_with_the_length(api: str, convo: Conversation) -> None:
    await convo.say("ask_details", [located("do you have hugo", "hugo", "title", "Hugo")], "do you have hugo")
    await convo.say("ask_details", [], "and how long is it")
    assert convo.text.startswith("Hugo runs 2 h 7 min."), convo.text


async def test_a_bare_fit_question_after_the_card_answers_from_its_rating(api: str, convo: Conversation) -> None:
    await convo.say("ask_details", [located("is shutter island on here", "shutter island", "title", "Shutter Island")],
                    "is shutter island on here")
    text = "ok for my 8 year old?"
    await convo.say("request_recommendation", [located(text, "my 8 year old", "audience", "family")], text)
    assert not convo.items and "Shutter Island" in convo.text and "R" in convo.text, convo.text
    assert convo.slots["focused_id"] == SHUTTER_ISLAND


# -- 2. the director of the title on the card -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "other films by him", "anything else by her?", "more from him please", "what else has she directed",
    "anything else they made", "what has he directed",
])
def test_a_pronoun_for_the_maker_of_the_card_asks_for_its_director(text: str) -> None:
    assert asks_more_by_the_titles_director(_on_card(text, []))


@pytest.mark.parametrize("text, slots", [
    ("other films by him", {"actors": ["Tom Hanks"]}),  # the search's person: edits' pivot
    ("other films by him", {"focused_id": None, "last_items": LISTED}),  # no title in view
    ("more with him", {}),  # the cast, not the maker
    ("what else is she in", {}),
    ("more from them", {}),  # "them" may be the titles
])
def test_a_pronoun_with_a_person_in_the_search_or_no_title_in_view_is_left_alone(text: str, slots: dict[str, Any]) \
        -> None:
    assert not asks_more_by_the_titles_director(_on_card(text, [], **slots))


async def test_other_films_by_him_after_a_question_about_the_card(api: str, convo: Conversation) -> None:
    await convo.say("ask_details", [located("do you have hugo", "hugo", "title", "Hugo")], "do you have hugo")
    await convo.say("request_recommendation", [located("is it ok for kids", "kids", "audience", "kids")],
                    "is it ok for kids")
    await convo.say("request_recommendation", [], "other films by him")
    assert (convo.applied or {}).get("directors") == ["Martin Scorsese"], (convo.text, convo.applied)
    assert HUGO not in {i["id"] for i in convo.items}


async def test_no_director_in_the_catalog_is_said_and_its_cast_offered(api: str, convo: Conversation) -> None:
    text = "do you have grace and frankie"
    await convo.say("ask_details", [located(text, "grace and frankie", "title", "Grace and Frankie")], text)
    await convo.say("refine", [], "anything else by the same director?")
    assert not convo.items and "doesn't list who directed Grace and Frankie" in convo.text, convo.text
    assert "Jane Fonda" in [b["title"] for b in convo.buttons], convo.buttons
    assert convo.slots["focused_id"] == GRACE_AND_FRANKIE


async def test_a_title_with_a_director_makes_no_cast_offer(api: str) -> None:
    made = await director_of_the_title_in_view(Turn("t", "refine", "more by that director", [], {"focused_id": HUGO}))
    assert made.offer is None and made.exclude_ids == [HUGO]
    assert [e.value for e in made.turn.entities if e.name == "director"] == ["Martin Scorsese"]


async def test_a_title_with_no_director_and_no_cast_makes_no_offer(api: str) -> None:
    """Nothing to offer: no extra turn asking, the titles like it follow at once (the plain answer, round 12b)."""
    made = await director_of_the_title_in_view(Turn("t", "refine", "more by that director", [],
                                                    {"focused_id": RISING_PHOENIX}))
    assert made.offer is None and not [e for e in made.turn.entities if e.name == "director"]


# -- 3. something else after a card asked about by name ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "something else", "anything else?", "ok what else you got", "other suggestions?", "any others?",
    "show me something else please", "hmm, some other options maybe",
])
def test_something_else_after_a_card_asked_by_name_is_like_it(text: str) -> None:
    assert likes_the_focused_title(_on_card(text, [], intent="something_else"))


@pytest.mark.parametrize("text", [
    "something else entirely", "something completely different", "anything else about it?", "what else is he in",
    "something else but not like that",
])
def test_something_else_that_asks_away_from_the_card_is_no_likeness(text: str) -> None:
    assert not likes_the_focused_title(_on_card(text, [], intent="something_else"))


async def test_something_else_after_the_card_is_a_like_search_on_it(api: str, convo: Conversation) -> None:
    await convo.say("ask_details", [located("is shutter island on here", "shutter island", "title", "Shutter Island")],
                    "is shutter island on here")
    await convo.say("something_else", [], "something else")
    assert convo.items and (convo.applied or {}).get("similar_to") == SHUTTER_ISLAND, (convo.text, convo.applied)
    assert SHUTTER_ISLAND not in {i["id"] for i in convo.items}
