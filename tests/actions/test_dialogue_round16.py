"""Dialogue round 16 (issue 10): 1. a swap names what goes and what comes ("trade the X for Y", "Y instead of X"):
only that value is replaced, the rest of the search stays; 2. a genre after "with" joins the search's genres;
3. "short" / "long" said of a series search is a season count, never a runtime; 4. "both in one" asks for every
genre of the search in one title; 5. tastes named side by side fall back to one side with either of the other;
6. "more like that" while the search is "like <title>" is more like that title; 7. who a title is for ("for my
nephew") never reaches the query; 8. "too scared" with another genre leaves horror out; 9. "shorter, like a movie"
after series asks for films, not a runtime; 10. negated wishes ("not in the mood for anything heavy") and leftover
words ("next", "part") never reach the query; 11. a title said alone asks for titles like it; 12. a title typed
plainly is read only as the whole message ("thank you" is chat); 13. series-only genres of a film search, alternatives
too, become the topic (no thriller stands in for children), and teen films keep the teen cap; 14. a subject that
says what kind of title is expected ("heist movies") asks for one of its genres when none is named; 15. "older
sitcoms like it" after a like-search is older than its title; 16. "a scary movie but not too scary" keeps horror, and
dropping one genre of several keeps the others; "other <kind>" after a list leaves the list out; "any length" of a
season-count search drops the count; 17. a "tell me when" request (subscribe, list, cancel) needs its words, else
the turn is a search. Sentences are this module's own;
near-misses must not trigger."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.cues import series_size_words
from actions.edits.all_genres import asks_for_all_genres
from actions.edits.removals import find_removals
from actions.edits.search_requests import strong_search_entities
from actions.entities import Entity
from actions.planning import Plan, plan_recommendation
from actions.query_text import residual_query
from actions.turn import Turn
from contract.constraints import LONG_SERIES_MIN_SEASONS, SHORT_SERIES_MAX_SEASONS, Constraints

SERIES = [{"id": f"t{n}", "title": f"Show {n}", "type": "series", "seasons": n, "duration_minutes": None}
          for n in range(1, 6)]


# -- 1. swaps ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, old, new", [
    ("trade the romance for horror", "romance", "horror"),
    ("could you switch romance to horror", "romance", "horror"),
    ("horror instead of romance", "romance", "horror"),
    ("horror rather than the romance", "romance", "horror"),
])
def test_a_swap_replaces_only_the_genre_it_names(text: str, old: str, new: str) -> None:
    ents = [at(text, old, "genre", old), at(text, new, "genre", new)]
    plan = planned(after(text, ents, "refine", genres=["romance", "drama"], countries=["France"]))
    assert plan.constraints.genres == ["drama", "horror"] or plan.constraints.genres == ["horror", "drama"]
    assert plan.constraints.countries == ["France"]
    assert plan.constraints.query is None


def test_a_swap_of_a_language_for_a_country_trades_the_origin() -> None:
    text = "change spanish to italian please"
    ents = [at(text, "spanish", "language", "es"), at(text, "italian", "country", "Italy")]
    plan = planned(after(text, ents, "refine", genres=["comedy"], languages=["es"]))
    assert plan.constraints.languages == [] and plan.constraints.countries == ["Italy"]
    assert plan.constraints.genres == ["comedy"]


@pytest.mark.parametrize("text", ["change the channel to comedy", "instead of going out, a comedy"])
def test_a_swap_word_without_two_values_of_one_kind_swaps_nothing(text: str) -> None:
    ents = [at(text, "comedy", "genre", "comedy")]
    assert find_removals(text, ents, Constraints(genres=["drama"])).values == ()


# -- 2. "with <genre>" ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["not too heavy, perhaps with romance", "ok with romance then"])
def test_a_genre_after_with_joins_the_search(text: str) -> None:
    plan = planned(after(text, [at(text, "romance", "genre", "romance")], "refine", genres=["drama"]))
    assert set(plan.constraints.genres) == {"drama", "romance"}
    assert plan.unless_empty is not None and set(plan.unless_empty.any_genres) == {"drama", "romance"}


def test_a_genre_alone_still_replaces_the_search_genre() -> None:
    text = "romance"
    plan = planned(after(text, [at(text, "romance", "genre", "romance")], "refine", genres=["drama"]))
    assert plan.constraints.genres == ["romance"]


# -- 3. short / long of a series search -------------------------------------------------------------------------------

def test_a_short_one_of_a_series_search_is_few_seasons() -> None:
    text = "hmm a short one"
    plan = planned(after(text, [at(text, "short", "duration", "-30")], "refine", items=SERIES,
                         genres=["crime"], media_type=["series"]))
    assert plan.constraints.max_seasons == SHORT_SERIES_MAX_SEASONS
    assert plan.constraints.max_minutes is None and plan.constraints.media_type == ["series"]


def test_a_long_one_of_a_series_search_is_several_seasons() -> None:
    text = "got a long one?"
    plan = planned(after(text, [], "nlu_fallback", items=SERIES, genres=["anime"], media_type=["series"]))
    assert plan.constraints.min_seasons == LONG_SERIES_MIN_SEASONS


def test_short_of_a_film_search_stays_a_runtime() -> None:
    text = "a short one"
    ents = [Entity("duration", "-30", None, 2, 7)]
    films = [{"id": "m1", "title": "A film", "type": "movie", "duration_minutes": 95}]
    assert series_size_words(text, ents, Constraints(genres=["comedy"]), films) == ents


# -- 4. both in one ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["preferably both at once", "got one that's both?", "a mix of the two"])
def test_both_in_one_asks_for_every_genre_of_the_search(text: str) -> None:
    plan = planned(after(text, [], "nlu_fallback", any_genres=["horror", "comedy"]))
    assert set(plan.constraints.genres) == {"horror", "comedy"} and plan.constraints.any_genres == []
    assert set(plan.exclude_ids) >= {"s1", "s2"}
    assert plan.unless_empty is not None and set(plan.unless_empty.any_genres) == {"horror", "comedy"}


@pytest.mark.parametrize("text, genres", [("both of us are tired", ["horror", "comedy"]),
                                          ("both at once", ["horror"])])
def test_both_without_two_genres_or_of_people_is_no_all_genres_request(text: str, genres: list[str]) -> None:
    assert not asks_for_all_genres(after(text, [], "nlu_fallback", genres=genres))


# -- 5. tastes side by side -------------------------------------------------------------------------------------------

def test_a_two_genre_taste_beside_a_one_genre_taste_falls_back_to_one_of_each() -> None:
    text = "my brother wants romcoms and i want a thriller"
    ents = [at(text, "romcoms", "genre", "romance"), at(text, "romcoms", "genre", "comedy"),
            at(text, "thriller", "genre", "thriller")]
    plan = plan_recommendation(Turn("test", "request_recommendation", text, ents, {}))
    assert isinstance(plan, Plan)
    assert set(plan.constraints.genres) == {"romance", "comedy", "thriller"}
    assert plan.unless_empty is not None
    assert plan.unless_empty.genres == ["thriller"] and set(plan.unless_empty.any_genres) == {"romance", "comedy"}


# -- 6. "more like that" of a like-search -----------------------------------------------------------------------------

def test_more_like_that_after_a_like_search_stays_on_its_title() -> None:
    text = "more like that but not american"
    ents = [at(text, "american", "country", "United States", "exclude")]
    plan = planned(after(text, ents, "more_like", similar_to="s77", similar_title="Some Show"))
    assert plan.constraints.similar_to == "s77"
    assert plan.constraints.exclude_countries == ["United States"]
    assert "s77" in plan.exclude_ids and "s1" in plan.exclude_ids


# -- 7. who it is for never reaches the query -------------------------------------------------------------------------

@pytest.mark.parametrize("text, query", [("lego films for my nephew", "lego"),
                                         ("spider-man stuff with my little brother", "spider-man")])
def test_a_companion_is_no_query_word(text: str, query: str) -> None:
    assert residual_query(text, []) == query


# -- 8. "too scared" after horror -------------------------------------------------------------------------------------

def test_too_scared_with_another_genre_leaves_horror_out() -> None:
    text = "we got too scared last night, a comedy instead"
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy")], "refine", genres=["horror"]))
    assert plan.constraints.genres == ["comedy"] and "horror" in plan.constraints.exclude_genres


# -- 9. "shorter, like a movie" after series --------------------------------------------------------------------------

def test_shorter_with_films_after_mostly_series_asks_for_films_not_a_runtime() -> None:
    shown = SERIES[:4] + [{"id": "m1", "title": "A film", "type": "movie", "duration_minutes": 59}]
    text = "hmm shorter, maybe a film"
    ents = [at(text, "shorter", "duration", "shorter"), at(text, "film", "media_type", "movie")]
    plan = planned(after(text, ents, "refine", items=shown, genres=["anime"]))
    assert plan.constraints.media_type == ["movie"] and plan.constraints.max_minutes is None


def test_shorter_after_films_stays_shorter_than_them() -> None:
    text = "shorter films"
    ents = [at(text, "shorter", "duration", "shorter"), at(text, "films", "media_type", "movie")]
    plan = planned(after(text, ents, "refine", genres=["drama"]))
    assert plan.constraints.max_minutes is not None and plan.constraints.max_minutes < 100


# -- 10. negated wishes and leftovers never reach the query -----------------------------------------------------------

@pytest.mark.parametrize("text, query", [
    ("honestly not in the mood for anything heavy, pirates maybe", "pirates"),
    ("we don't really want anything gloomy, something with pirates", "pirates"),
    ("what should we try next", None),
    ("drop the language part", None),
])
def test_negated_wishes_and_leftover_words_are_no_query(text: str, query: str) -> None:
    assert residual_query(text, []) == query


# -- 11. a title said alone -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ozark", "hmm, ozark?"])
def test_a_title_said_alone_is_a_request_for_titles_like_it(text: str) -> None:
    start = text.index("ozark")
    turn = Turn("test", "nlu_fallback", text, [Entity("title", "Ozark", None, start, start + 5)], {})
    assert strong_search_entities(turn)


def test_thanks_for_a_title_is_no_request() -> None:
    text = "thanks for ozark!"
    turn = Turn("test", "thanks", text, [Entity("title", "Ozark", None, 11, 16)], {})
    assert not strong_search_entities(turn)


# -- 12. a title typed plainly as the whole message -------------------------------------------------------------------

@pytest.mark.parametrize("text, title", [("naruto", "Naruto"), ("the office us?", "The Office (U.S.)"),
                                         ("we just finished the office", "The Office (U.S.)"),
                                         ("thank you", None), ("love", None), ("the office party", None),
                                         ("something like narutto", "Naruto")])
def test_a_title_typed_plainly_is_read_only_when_it_is_the_whole_message(monkeypatch: pytest.MonkeyPatch, text: str,
                                                                         title: str | None) -> None:
    from actions import references
    from contract.gazetteer import Gazetteer, TitleEntry
    titles = (TitleEntry("s1", "Naruto"), TitleEntry("s2", "The Office (U.S.)"), TitleEntry("s3", "Thank You"),
              TitleEntry("s4", "Love"))
    monkeypatch.setattr(references, "load_gazetteer", lambda: Gazetteer(titles=titles))
    found = references.title_said_alone(text)
    assert (found.value if found else None) == title


# -- 13. series-only genres in a film search --------------------------------------------------------------------------

def test_series_only_alternatives_for_childrens_films_become_the_topic_without_stand_ins() -> None:
    from actions.constraints import genres_for_films
    found = genres_for_films(Constraints(any_genres=["mystery", "crime"], media_type=["movie"], audience="kids"))
    assert found is not None
    state, moved = found
    assert set(moved) == {"mystery", "crime"} and state.genres == [] and state.any_genres == []
    assert state.query is not None and "mystery" in state.query


def test_teen_films_keep_who_they_are_for() -> None:
    from actions.constraints import genres_for_films
    found = genres_for_films(Constraints(genres=["teen", "romance"], media_type=["movie"]))
    assert found is not None and found[0].audience == "teen" and found[0].genres == ["romance"]


# -- 14. a subject that says what kind of title is expected -----------------------------------------------------------

def test_a_heist_request_asks_for_thrillers_action_or_crime_about_it() -> None:
    text = "any good heist movies"
    plan = plan_recommendation(Turn("test", "request_recommendation", text,
                                    [at(text, "movies", "media_type", "movie")], {}))
    assert isinstance(plan, Plan) and plan.constraints.query == "heist"
    assert set(plan.constraints.any_genres) >= {"thriller", "action"}
    assert plan.unless_empty is not None and plan.unless_empty.any_genres == []


def test_a_subject_with_a_genre_named_keeps_the_genre_alone() -> None:
    text = "a heist comedy"
    plan = plan_recommendation(Turn("test", "request_recommendation", text, [at(text, "comedy", "genre", "comedy")], {}))
    assert isinstance(plan, Plan) and plan.constraints.genres == ["comedy"] and plan.constraints.any_genres == []


# -- 15. a comparative "like it" of a like-search ---------------------------------------------------------------------

def test_older_ones_like_it_after_a_like_search_are_older_than_the_anchor() -> None:
    from actions.planning import _but_of_the_anchor
    state = Constraints(similar_to="s8443", similar_title="The Office (U.S.)")
    assert _but_of_the_anchor("older sitcoms like it", state)
    assert not _but_of_the_anchor("older sitcoms", state)
    assert not _but_of_the_anchor("older ones like it", Constraints(genres=["comedy"]))


def test_but_newer_after_a_like_search_is_newer_than_the_list_too() -> None:
    shown = [{"id": f"s{i}", "title": f"T{i}", "type": "movie", "year": y, "duration_minutes": 100}
             for i, y in enumerate((1978, 1981, 1984), 1)]
    text = "but newer"
    plan = planned(after(text, [at(text, "newer", "year", "newer")], "refine", items=shown, similar_to="s99",
                         similar_title="Jaws"))
    assert plan.constraints.year_min == 1982  # past the list's median; the shift past the title applies too
    assert plan.contrast is not None


# -- 16. a genre asked for and softened; one genre of several dropped -------------------------------------------------

def test_a_scary_film_but_not_too_scary_keeps_horror() -> None:
    from actions.constraints import apply_entities
    state = apply_entities(Constraints(), [Entity("genre", "horror"), Entity("mood", "scary", "exclude")])
    assert state.genres == ["horror"] and "horror" not in state.exclude_genres


def test_nothing_scary_alone_still_leaves_horror_out() -> None:
    from actions.constraints import apply_entities
    state = apply_entities(Constraints(genres=["comedy"]), [Entity("mood", "scary", "exclude")])
    assert "horror" in state.exclude_genres


def test_dropping_one_genre_of_several_keeps_the_others() -> None:
    text = "ok lose the comedy"
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy")], "refine", genres=["horror", "comedy"],
                         languages=["ko"]))
    assert plan.constraints.genres == ["horror"] and plan.constraints.languages == ["ko"]


def test_other_films_after_a_list_leave_the_list_out() -> None:
    text = "other nigerian films"
    plan = planned(after(text, [at(text, "nigerian", "country", "Nigeria"), at(text, "films", "media_type", "movie")],
                         "request_recommendation", directors=["Kunle Afolayan"]))
    assert {"s1", "s2", "s3"} <= set(plan.exclude_ids)


def test_any_length_of_a_season_count_search_drops_the_count() -> None:
    text = "fine, any length"
    plan = planned(after(text, [], "refine", items=SERIES, genres=["documentary"], media_type=["series"],
                         min_seasons=10))
    assert plan.constraints.min_seasons is None and plan.constraints.genres == ["documentary"]


# -- 17. "tell me when" requests need their words ---------------------------------------------------------------------

@pytest.mark.parametrize("intent, text, real", [
    ("notify_cancel", "more romance from korea", False),
    ("notify_cancel", "no more alerts about thrillers please", True),
    ("notify_list", "and some from japan", False),
    ("notify_list", "which alerts do i have", True),
    ("notify_subscribe", "new korean dramas", False),
    ("notify_subscribe", "give me a heads up when new korean dramas land", True),
])
def test_a_tell_me_when_request_needs_its_words(intent: str, text: str, real: bool) -> None:
    from actions.request_cues import carries_request_cues
    assert carries_request_cues(Turn("test", intent, text, [], {})) is real
