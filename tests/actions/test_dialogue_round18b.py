"""Dialogue round 18 (helper B), the action side. Sentences are this module's own; near-misses must not trigger.

1. a bare bound said acceptable, with consent or after a comparative re-sets the bound in force (``cues.bare_bound_cues``);
2. settling for what suits who is watching after an empty answer keeps the audience (``edits.settles_for_audience``);
3. a position typed with a slip (``references.misspelt_positions``);
4. new company while the search is "like <title>" leaves the anchor (``planning._new_company_leaves_the_anchor``);
5. negated animation words in a children's search exclude anime only (``edits.animation_turned_down_for_children``);
6. a title watched to the end ("done with <title>") is where a like-search starts (``references.finished_title``);
7. reasons, purposes and figures of speech give no query words (``query_text.reason_scopes``);
8. two moods joined by "also" / "at the same time" require a genre of each (``planning.moods_joined``);
9. "both A and B" with no title of both asks instead of listing (``Plan.together_only``).
"""

from __future__ import annotations

from typing import Any, Optional

import pytest
from planned_turns import after, at, planned

from actions.cues import bare_bound_cues
from actions.edits.audience import settles_for_audience
from actions.edits.softened_turn_downs import animation_turned_down_for_children
from actions.entities import EXCLUDE, Entity
from actions.planning import moods_joined, plan_recommendation
from actions.query_text import residual_query
from actions.references import finished_title, misspelt_positions
from actions.turn import Turn
from contract.constraints import Constraints

FILMS_UNDER_40 = Constraints(genres=["horror"], media_type=["movie"], max_minutes=40)
LONG_ANIME = Constraints(genres=["anime"], media_type=["series"], min_seasons=8)


def _bound(text: str, state: Constraints, entities: Optional[list[Entity]] = None) -> list[tuple[str, str]]:
    return [(e.name, e.value) for e in bare_bound_cues(text, entities or [], state)]


# -- 1. bare bounds ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, state, expected", [
    ("under 50 is fine", FILMS_UNDER_40, [("duration", "-50")]),
    ("120 or less would work", FILMS_UNDER_40, [("duration", "-120")]),
    ("sure, 90 tops", FILMS_UNDER_40, [("duration", "-90")]),
    ("alright, 5 or more", LONG_ANIME, [("seasons", "5-")]),
    ("yeah 4+ then", LONG_ANIME, [("seasons", "4-")]),
    ("fine, at least 3", LONG_ANIME, [("seasons", "3-")]),
])
def test_a_bound_said_acceptable_or_with_consent_resets_the_bound(text: str, state: Constraints,
                                                                 expected: list[tuple[str, str]]) -> None:
    assert _bound(text, state) == expected


def test_a_comparative_before_the_bound_says_its_side() -> None:
    text = "even longer please, like 10+"
    longer = at(text, "longer", "duration", "longer")
    assert _bound(text, LONG_ANIME, [longer]) == [("seasons", "10-")]


@pytest.mark.parametrize("text", [
    "yes 3",  # may point at the third title
    "good",
    "fine, 90 is way too long for us",
    "under 50 is fine, with vampires",  # more than a bound
])
def test_no_bound_is_read_where_the_reply_says_more_or_less(text: str) -> None:
    assert _bound(text, LONG_ANIME if text == "yes 3" else FILMS_UNDER_40) == []


def test_a_comparative_against_the_bound_reads_nothing() -> None:
    text = "shorter, like 6 or more"
    assert _bound(text, LONG_ANIME, [at(text, "shorter", "duration", "shorter")]) == []


# -- 2. settling for the audience --------------------------------------------------------------------------------------

HORROR_FOR_A_TODDLER = {"genres": ["horror"], "media_type": ["movie"], "audience": "preschool",
                        "pending_relaxation": {"constraints": {"genres": ["horror"]}, "label": "x"}}


@pytest.mark.parametrize("text", ["alright, just something for his age", "anything for her then",
                                  "ok whatever is right for a kid her age", "something ok for them instead"])
def test_settling_for_the_audience_after_an_empty_answer(text: str) -> None:
    turn = Turn("test", "refine", text, [], HORROR_FOR_A_TODDLER)
    assert settles_for_audience(turn) is not None
    plan = planned(turn)
    assert plan.constraints.genres == [] and plan.constraints.mood == [] and plan.constraints.query is None
    assert plan.constraints.audience == "preschool" and plan.constraints.media_type == ["movie"]


def test_an_audience_said_in_the_settling_words_is_the_searchs() -> None:
    text = "ok whatever works for a kid his age"
    turn = Turn("test", "nlu_fallback", text, [at(text, "a kid", "audience", "family")], HORROR_FOR_A_TODDLER)
    assert planned(turn).constraints.audience == "preschool"


@pytest.mark.parametrize("text, slots", [
    ("something for her age", {"genres": ["horror"], "audience": "preschool"}),  # a list was shown, no offer pending
    ("fine, anything for him", {"genres": ["horror"], "audience": "adult",
                               "pending_relaxation": {"constraints": {}, "label": "x"}}),  # no child watching
    ("a comedy for her", {"genres": ["horror"], "audience": "kids",
                          "pending_relaxation": {"constraints": {}, "label": "x"}}),  # no settling word
])
def test_no_settling_without_an_offer_a_child_or_the_words(text: str, slots: dict[str, Any]) -> None:
    turn = after(text, [], "refine", **slots) if "pending_relaxation" not in slots else Turn("t", "refine", text, [], slots)
    assert settles_for_audience(turn) is None


# -- 3. positions typed with a slip ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("not teh third", "3"), ("teh 4th one pls", "4"), ("the secnod one", "2"), ("drop tge first", "1"),
    ("skip the lsat one", "last"), ("hte fifth", "5"),
])
def test_a_slip_in_the_article_or_ordinal_still_points_into_the_list(text: str, value: str) -> None:
    assert [e.value for e in misspelt_positions(text, [], 5)] == [value]


@pytest.mark.parametrize("text", ["the fast one", "teh last time we watched", "the third", "the list one",
                                  "in the fist place", "not the 2nd"])
def test_other_words_and_right_spellings_give_no_position(text: str) -> None:
    assert misspelt_positions(text, [], 5) == []


def test_no_position_without_a_list() -> None:
    assert misspelt_positions("not teh third", [], 0) == []


# -- 4. new company leaves the "like" anchor ---------------------------------------------------------------------------

LIKE_A_SERIES = {"similar_to": "s2768", "similar_title": "Ozark", "media_type": ["series"]}


def test_a_childs_audience_asks_the_action_to_check_the_anchor() -> None:
    text = "now a movie for my 5 year old"
    entities = [at(text, "movie", "media_type", "movie"), at(text, "for my 5 year old", "audience", "kids")]
    plan = planned(after(text, entities, "request_recommendation", **LIKE_A_SERIES))
    assert plan.unless_anchor_fits is not None and plan.unless_anchor_fits.similar_to is None
    assert plan.unless_anchor_fits.audience == "kids" and plan.unless_anchor_fits.media_type == ["movie"]


def test_new_company_without_an_audience_is_a_new_search() -> None:
    text = "my nephews are visiting, a film for everyone"
    plan = planned(after(text, [at(text, "film", "media_type", "movie")], "request_recommendation", **LIKE_A_SERIES))
    assert plan.constraints.similar_to is None and plan.constraints.media_type == ["movie"]


@pytest.mark.parametrize("text", ["make it ok for my 5 year old too", "the same but for my 5 year old"])
def test_words_that_keep_the_likeness_keep_the_anchor(text: str) -> None:
    start = text.index("for my 5 year old")
    entities = [Entity("audience", "kids", None, start, start + len("for my 5 year old"))]
    plan = planned(after(text, entities, "request_recommendation", **LIKE_A_SERIES))
    assert plan.constraints.similar_to == "s2768" and plan.unless_anchor_fits is None


# -- 5. "no cartoons" for children -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, word, read", [
    ("please no cartoons", "cartoons", "kids"), ("nothing animated though", "animated", "anime"),
    ("not cartoony stuff", "cartoony", "kids"),
])
def test_negated_animation_in_a_childrens_search_excludes_anime(text: str, word: str, read: str) -> None:
    found = animation_turned_down_for_children(text, [at(text, word, "genre", read, EXCLUDE)],
                                               Constraints(audience="kids"))
    assert [(e.value, e.role) for e in found] == [("anime", EXCLUDE)]


def test_both_readings_on_one_word_give_one_exclusion() -> None:
    text = "no cartoons for her"
    found = animation_turned_down_for_children(
        text, [at(text, "cartoons", "genre", "kids", EXCLUDE), at(text, "cartoons", "genre", "anime", EXCLUDE)],
        Constraints(genres=["kids"]))
    assert [(e.value, e.role) for e in found] == [("anime", EXCLUDE)]


def test_outside_a_childrens_search_the_reading_stands() -> None:
    text = "and no cartoons"
    found = animation_turned_down_for_children(text, [at(text, "cartoons", "genre", "kids", EXCLUDE)],
                                               Constraints(genres=["comedy"]))
    assert [(e.value, e.role) for e in found] == [("kids", EXCLUDE)]


def test_no_kids_genre_said_as_a_genre_is_left_alone() -> None:
    text = "no kids stuff"
    found = animation_turned_down_for_children(text, [at(text, "kids", "genre", "kids", EXCLUDE)],
                                               Constraints(audience="family"))
    assert [(e.value, e.role) for e in found] == [("kids", EXCLUDE)]


# -- 6. a title watched to the end -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("all done with ozark, now what", "Ozark"), ("we're finally through with sherlock", "Sherlock"),
    ("i just finished dark and need a new one", "Dark"),
])
def test_a_title_watched_to_the_end(fixture_gazetteer: None, text: str, title: str) -> None:
    found = finished_title(text)
    assert found is not None and found.value == title and found.role is None


@pytest.mark.parametrize("text", ["done with true crime shows", "done with dark stuff for today",
                                  "done with ozark, honestly it was boring", "done with it"])
def test_weariness_of_a_kind_or_a_verdict_is_no_finished_title(fixture_gazetteer: None, text: str) -> None:
    assert finished_title(text) is None


# -- 7. reasons and figures of speech ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("something light, i have to work early tomorrow", None),
    ("a short doc about volcanoes, we need to leave soon", "volcanoes"),
    ("a western, my dad keeps telling me they're boring", None),
    ("anything clean please, my sister would kill me otherwise", None),
    ("a quiz show, my mum will kill me if we're late for dinner", None),
    ("a heist movie so we can settle a bet", "heist"),
    ("an old musical to prove my brother wrong", "musical"),
    ("something right for his age", None),
])
def test_reasons_and_figures_give_no_query_words(text: str, kept: Optional[str]) -> None:
    query = residual_query(text, [])
    for word in ("work", "early", "leave", "keeps", "telling", "kill", "settle", "bet", "prove", "wrong", "age", "late",
                 "otherwise"):
        assert word not in (query or "").split(), query
    if kept:
        assert kept in (query or "").split(), query


@pytest.mark.parametrize("text, words", [
    ("a thriller about a spy who has to steal a painting", {"spy", "steal", "painting"}),
    ("i need to find something about volcanoes", {"volcanoes"}),
    ("a drama about the need to win at all costs", {"win"}),
    ("a drama about a boxer's need to win the title", {"win"}),
])
def test_a_need_said_of_the_story_or_the_search_stays(text: str, words: set[str]) -> None:
    assert words <= set((residual_query(text, []) or "").split())


# -- 8. two moods joined -----------------------------------------------------------------------------------------------

def _moods(text: str, *said: tuple[str, str]) -> list[Entity]:
    return [at(text, word, "mood", value) for word, value in said]


@pytest.mark.parametrize("text, said, joined", [
    ("a horror that is also hilarious", [("hilarious", "funny")], []),  # one mood
    ("creepy but also a bit romantic", [("creepy", "scary"), ("romantic", "romantic")], ["scary", "romantic"]),
    ("sad and funny at the same time", [("sad", "sad"), ("funny", "funny")], ["sad", "funny"]),
    ("funny or creepy, whichever", [("funny", "funny"), ("creepy", "scary")], []),
    ("something funny and creepy", [("funny", "funny"), ("creepy", "scary")], ["funny", "scary"]),  # one title (19d)
    ("funny and creepy films", [("funny", "funny"), ("creepy", "scary")], []),  # a plural head: as before
])
def test_moods_joined_by_also_or_at_once(text: str, said: list[tuple[str, str]], joined: list[str]) -> None:
    assert moods_joined(text, _moods(text, *said)) == joined


def test_joined_moods_require_a_genre_of_each_else_either() -> None:
    text = "something creepy but also funny"
    plan = plan_recommendation(Turn("test", "request_recommendation", text,
                                    _moods(text, ("creepy", "scary"), ("funny", "funny")), {}))
    assert plan.constraints.genres == ["horror", "comedy"] and plan.constraints.any_genres == []
    assert plan.unless_empty is not None and plan.unless_empty.any_genres == ["horror", "comedy"]


# -- 9. both people in one title ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, together", [
    ("anything with both Seth Rogen and David Spade", True),
    ("Seth Rogen and David Spade in the same movie", True),
    ("Seth Rogen and David Spade", False),
])
def test_people_asked_for_together(text: str, together: bool) -> None:
    entities = [at(text, "Seth Rogen", "actor", "Seth Rogen"), at(text, "David Spade", "actor", "David Spade")]
    plan = plan_recommendation(Turn("test", "request_recommendation", text, entities, {}))
    assert plan.either_if_apart and plan.together_only is together
