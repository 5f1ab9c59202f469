"""Round 25d: follow-ups as edits, relaxation, numbers and junk query words, on the pure planner and its helpers
(phrasings are this module's own).

1. a constraint given up in words ("not fussed when they were made", "well any french comedy" after nothing) is an edit
   of the active search (edits._HOW_RE, constraints._SETTLES_RE); an origin offered as an alternative joins the search's
   ("or german, both are fine": planning._origin_alternatives, contract.vocabulary.LANGUAGE_HOME_COUNTRIES);
2. "newer than all of those" is relative to the list (cues._LIST_COMPARATIVES); a film asked for beside "not a long
   series" drops the season count (constraints._apply_seasons); "ones we haven't watched" turns the list down
   (edits._LIST_DOWN_RE); "more like the sixth" after five titles is like the last (planning._last_for_a_position_past_the_list);
   "not the top one" read as a like turns it down (feedback._positions_turned_down);
3. a rating said beside a child's age is its band (constraints._band_of_child_rating);
4. a kind the viewer heard is good, before the request, is part of it (query_text._STORY_WISH);
5. relatives by marriage, a loss of the viewer's and adverbs of habit or memory never reach the query
   (query_text._COMPANION_WHO, edits._LOSS_RE, contract.words.FILLER_WORDS);
6. an age said alone as a correction, read as starting over, edits who watches (recommend._corrects_who_watches).
"""

from __future__ import annotations

import pytest

from actions.constraints import Constraints, apply_entities
from actions.cues import list_comparatives
from actions.edits.list_reactions import turns_down_list
from actions.edits.removals import find_removals
from actions.edits.viewer_state import viewer_state_spans
from actions.entities import Entity
from actions.feedback import _positions_turned_down
from actions.planning import Question, plan_recommendation
from actions.query_text import request_entities, residual_query
from actions.turn import Turn
from planned_turns import ITEMS, after, at, planned

EMPTY = {"pending_relaxation": {"label": "Drop it", "constraints": {}}}
PRESCHOOL_BAND = ["TV-Y", "TV-G", "G"]


def _e(name: str, value: str, role: str | None = None) -> Entity:
    return Entity(name, value, role, None, None)


# -- 1. constraints given up in words, origins offered as alternatives --------------------------------------------------

@pytest.mark.parametrize("text", ["honestly it doesn't matter what year it came out", "i'm not fussed when they were made",
                                  "we don't mind which decade it's from"])
def test_when_it_was_made_does_not_matter(text):
    assert "year" in find_removals(text, [], Constraints(year_min=1960, year_max=1969)).groups


def test_a_plain_when_question_removes_nothing():
    assert not find_removals("when does it start", [], Constraints(year_min=1960, year_max=1969)).groups


def test_well_any_kind_after_nothing_drops_the_era():
    text = "well any french comedy"
    plan = planned(after(text, [at(text, "french", "country", "France"), at(text, "comedy", "genre", "comedy")],
                         intent="request_recommendation", countries=["France"], genres=["comedy"],
                         year_min=1960, year_max=1969, **EMPTY))
    got = plan.constraints
    assert got.countries == ["France"] and got.genres == ["comedy"] and got.year_min is None, got


def test_or_another_origin_both_fine_joins_the_search():
    text = "or german, both are fine"
    plan = planned(after(text, [at(text, "german", "country", "Germany")], countries=["France"], media_type=["movie"]))
    assert plan.constraints.countries == ["France", "Germany"] and plan.constraints.media_type == ["movie"]
    assert set(i["id"] for i in ITEMS) <= set(plan.exclude_ids)  # a widening edit: fresh titles first


def test_a_language_offered_beside_a_country_is_its_home_country():
    text = "or korean maybe?"
    plan = planned(after(text, [at(text, "korean", "language", "ko")], countries=["Japan"]))
    assert plan.constraints.countries == ["Japan", "South Korea"] and not plan.constraints.languages


def test_an_origin_named_plainly_still_replaces():
    text = "german ones"
    plan = planned(after(text, [at(text, "german", "country", "Germany")], countries=["France"]))
    assert plan.constraints.countries == ["Germany"]


# -- 2. list follow-ups --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, value", [("anything newer than all of those?", "year", "newer"),
                                               ("longer than any of these please", "duration", "longer")])
def test_comparatives_of_the_whole_list(text, name, value):
    assert [(e.name, e.value) for e in list_comparatives(text, [])] == [(name, value)]


def test_a_film_beside_a_declined_long_series_drops_the_seasons():
    got = apply_entities(Constraints(genres=["anime"]), [_e("media_type", "movie"), _e("seasons", "-1")])
    assert got.media_type == ["movie"] and got.max_seasons is None and got.min_seasons is None, got


def test_a_season_count_alone_still_means_series():
    got = apply_entities(Constraints(genres=["anime"], media_type=["movie"]), [_e("seasons", "3-")])
    assert got.media_type == ["series"] and got.min_seasons == 3


@pytest.mark.parametrize("text", ["ones we haven't watched please", "something my son hasn't seen, not these"])
def test_unseen_ones_turn_the_list_down(text):
    assert turns_down_list(text)


def test_more_like_a_position_just_past_the_list_is_like_the_last():
    text = "the sixth one is more our thing, similar ones please"
    plan = planned(after(text, [at(text, "the sixth one", "position", "6")], intent="more_like",
                         genres=["comedy"]))
    assert plan.constraints.similar_to == "s5" and plan.note and "Title 5" in plan.note, plan


def test_a_position_far_past_the_list_still_asks():
    text = "more like the ninth one"
    result = plan_recommendation(after(text, [at(text, "the ninth one", "position", "9")], intent="more_like",
                                       genres=["comedy"]))
    assert isinstance(result, Question), result


def test_the_top_one_turned_down_is_no_like():
    text = "not the top one, my sister adores it"
    turned = Turn("t", "feedback_like", text, [at(text, "the top one", "position", "1", "exclude")], {"last_items": ITEMS})
    liked = Turn("t", "feedback_like", text, [at(text, "the top one", "position", "1")], {"last_items": ITEMS})
    assert _positions_turned_down(turned) and not _positions_turned_down(liked)


# -- 3. a rating beside a child's age ---------------------------------------------------------------------------------

def test_a_g_rating_for_a_toddler_is_the_toddlers_band():
    got = apply_entities(Constraints(), [_e("rating", "G"), _e("audience", "preschool")])
    assert got.audience == "preschool" and got.ratings == [], got


def test_a_g_rating_for_an_older_child_is_the_g_band():
    got = apply_entities(Constraints(), [_e("rating", "G"), _e("audience", "family")])
    assert got.audience == "family" and sorted(got.ratings) == sorted(PRESCHOOL_BAND), got


@pytest.mark.parametrize("ents, ratings", [([_e("rating", "G")], ["G"]),
                                           ([_e("rating", "PG-13"), _e("audience", "teen")], ["PG-13"]),
                                           ([_e("rating", "R"), _e("audience", "kids")], ["R"])])
def test_a_rating_alone_for_a_teen_or_above_the_child_stays(ents, ratings):
    assert apply_entities(Constraints(), ents).ratings == ratings


# -- 4. a long message's earlier wish --------------------------------------------------------------------------------

def test_a_kind_heard_to_be_good_counts_in_a_long_message():
    text = ("We moved house last week and the boxes are finally unpacked, so tonight is ours. I've heard there are some "
            "great nature series lately. Something from the last few years, please.")
    ents = [at(text, "nature", "genre", "documentary"), at(text, "series", "media_type", "series"),
            at(text, "from the last few years", "year", "recent")]
    assert {e.name for e in request_entities(text, ents)} == {"genre", "media_type", "year"}


# -- 5. words that never reach the query ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("my brother in law is over, something with pirates", "law"),
    ("my daughter-in-law picks tonight, pirates maybe", "law"),
    ("i always fall for pirate films", "always"),
    ("pirate films the kids would remember", "remember"),
    ("where do i start with pirate films", "start"),
    ("list pirate films exactly", "list"),
    ("a good story with pirates", "story"),
])
def test_no_junk_word_in_the_query(text, word):
    assert word not in (residual_query(text, []) or "").split()


def test_a_loss_of_the_viewers_is_no_topic():
    text = "our dog passed away yesterday. a comedy please"
    spans = viewer_state_spans(text, [])
    assert any(s.start == 0 for s in spans)
    assert "dog" not in (residual_query(text, spans) or "")


def test_a_story_about_a_loss_keeps_its_topic():
    assert not viewer_state_spans("a film where a dog died saving a boy", [])


# -- 6. an age corrected, read as starting over -----------------------------------------------------------------------

@pytest.mark.parametrize("text, fresh", [("she's actually 9, my mistake", False),
                                         ("start over, something for my 9 year old", True)])
def test_an_age_corrected_is_no_fresh_start(text, fresh):
    from actions.recommend import _corrects_who_watches

    turn = Turn("t", "start_over", text, [at(text, "9", "audience", "family")], {"last_items": ITEMS})
    assert _corrects_who_watches(turn) is not fresh


def test_or_another_origin_instead_replaces():
    text = "or a german one instead"
    plan = planned(after(text, [at(text, "german", "country", "Germany")], countries=["France"]))
    assert plan.constraints.countries == ["Germany"]
