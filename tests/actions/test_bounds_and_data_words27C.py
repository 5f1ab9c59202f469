"""Round 27C: a maturity bound said again replaces the ratings chosen before (actions/constraints.py
``_apply_audience_and_rating``), and the privacy deletion guard needs words that name the viewer's data
(actions/privacy.py ``ABOUT_ME``): "me" as the one watching, "my" before a person, "history" as a genre and a
bare "all that" are no such words."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.constraints import apply_entities  # noqa: E402
from actions.entities import Entity  # noqa: E402
from actions.privacy import ABOUT_ME  # noqa: E402
from contract.constraints import Constraints  # noqa: E402
from contract.vocabulary import ratings_for_audience  # noqa: E402


def test_a_teen_cap_said_after_an_adult_rating_replaces_it():
    state = apply_entities(Constraints(ratings=["R"], genres=["comedy"]), [Entity("audience", "teen")])
    assert state.audience == "teen"
    assert not [r for r in state.ratings if r not in ratings_for_audience("teen")]


def test_a_family_cap_after_adult_ratings_keeps_no_rating_above_it():
    state = apply_entities(Constraints(ratings=["R", "TV-MA"]), [Entity("audience", "family", "cap")])
    assert state.ratings == [] or set(state.ratings) <= set(ratings_for_audience("family"))
    assert state.ratings or state.audience == "family"


def test_a_new_cap_keeps_milder_ratings_already_chosen():
    state = apply_entities(Constraints(ratings=["PG"]), [Entity("audience", "teen")])
    assert state.ratings == ["PG"]


def test_a_rating_named_with_the_cap_is_still_the_choice():
    state = apply_entities(Constraints(ratings=["TV-MA"]), [Entity("audience", "teen"), Entity("rating", "PG-13")])
    assert state.ratings == ["PG-13"]


@pytest.mark.parametrize("text", [
    "drop the kids filter, it's for me tonight",
    "never mind the age limit, just me watching",
    "forget the rating bit, show me anything",
    "skip the history thing",
    "forget all that",
    "ignore the year, my sister doesn't care",
])
def test_words_about_watching_name_no_data(text):
    assert ABOUT_ME.search(text) is None


@pytest.mark.parametrize("text", [
    "please forget me",
    "wipe my data",
    "erase my viewing history",
    "delete everything you know about me",
    "remove all my stuff",
    "forget everything",
    "delete my account",
])
def test_words_about_the_viewers_data_still_count(text):
    assert ABOUT_ME.search(text) is not None


@pytest.mark.parametrize("text", ["moar plz", "mooore", "more then thanks", "ok more please"])
def test_chat_spellings_of_more_ask_for_more_picks(text):
    from actions.edits.list_reactions import wants_more_picks
    assert wants_more_picks(text)


@pytest.mark.parametrize("text", ["more recent", "more like the second"])
def test_more_before_a_change_is_no_bare_request_for_more(text):
    from actions.edits.list_reactions import wants_more_picks
    assert not wants_more_picks(text)


def _turn(text, entities):
    from actions.turn import Turn
    items = [{"id": f"s{n}", "title": f"Title {n}"} for n in (1, 2, 3)]
    return Turn("test", "ask_details", text, list(entities), {"last_items": items, "shown_ids": [i["id"] for i in items]})


def test_a_listed_title_disliked_and_others_asked_is_turned_down():
    from actions.listed_dislikes import listed_title_disliked
    text = "number 3 i watched a bit of and hated it, anything else?"
    pos = Entity("position", "3", None, start=0, end=8)
    assert listed_title_disliked(_turn(text, [pos])) == pos


@pytest.mark.parametrize("text", ["number 3 i hated it", "number 3, anything else like it?", "number 3 is fun, others?"])
def test_without_both_a_dislike_and_others_asked_it_is_not_a_turn_down(text):
    from actions.listed_dislikes import listed_title_disliked
    assert listed_title_disliked(_turn(text, [Entity("position", "3", None, start=0, end=8)])) is None


def test_a_number_recalled_before_the_new_one_resets_the_season_bound():
    from actions.cues import reset_bound_cues
    found = reset_bound_cues("ok we said 5 before but 2 is ok as well", "seasons", Constraints(min_seasons=5))
    assert [(e.name, e.value) for e in found] == [("seasons", "2-")]


def test_a_number_recalled_alone_sets_no_bound():
    from actions.cues import reset_bound_cues
    assert reset_bound_cues("i said 5", "seasons", Constraints(min_seasons=5)) == []


@pytest.mark.parametrize("text,groups", [
    ("ok scrap the decade and the age rating, any short comedy", {"year", "audience"}),
    ("forget the runtime, the country", {"runtime", "country"}),
])
def test_every_field_listed_after_a_removal_verb_goes(text, groups):
    from actions.edits.removals import find_removals
    state = Constraints(year_min=2010, ratings=["R"], max_minutes=90, countries=["France"])
    assert find_removals(text, [], state).groups == frozenset(groups)


def test_a_wish_taken_back_inside_the_message_leaves_no_query_word():
    from actions.query_text import residual_words
    words = residual_words("snowy ones if you can? nah scrap that, just something with dancing", [])
    assert "snowy" not in words and "dancing" in words


def test_a_field_removed_later_in_the_message_keeps_the_topic_before_it():
    from actions.query_text import residual_words
    assert "whales" in residual_words("something about whales, never mind the length", [])
