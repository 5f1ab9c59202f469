"""Round 24b: follow-ups as edits of the current search, on the pure planner (phrasings are this module's own).

1. "just any <kind> then", "anything for a <n> year old", "whatever she has then" replace the part they generalise
   (constraints._GIVES_UP_RE, edits.settles_for_audience, edits._WHATEVER_THE_PERSON_RE);
2. after an empty answer, "a different <kind> ... then" / "fine, just her <kind> then" start afresh: the constraint that
   emptied the search goes, who watches and a person pointed at by "his / her" stay (constraints.settles_after_nothing,
   planning._same_person, planning._same_company);
3. "other <person> films" / "<title> is one, right? others" leave out the title the conversation is about
   (planning._other_than_the_title_in_talk, planning.counted_in_the_search);
4. "we've had all of these, new ones please" is the whole list seen: fresh picks of the same search, no recent years
   (edits._REPEATS_RE, planning._plan_seen);
5. "her films then" after her stand-up leaves the stand-up out (constraints.fiction_drops_forms); a list of
   "<name>: <special>" titles is the person's, no franchise (franchise_titles._followed_up);
6. "something else british for him then" after an empty person search: the person goes, the cap stays;
7. "longer, maybe 110 would do" after "under 85 minutes": the number wins, a window around it
   (cues.hedged_minutes_beside_comparative, planning._relative_edits_only);
generalising edits show titles not shown yet first (``Plan.again_if_empty`` as the fallback).
"""

from __future__ import annotations

import pytest

from actions.constraints import Constraints, fiction_drops_forms, gives_up_the_narrowing, settles_after_nothing
from actions.cues import hedged_minutes_beside_comparative
from actions.edits.removals import find_removals
from actions.edits.seen import find_seen
from actions.entities import Entity
from actions.franchise_titles import _followed_up
from planned_turns import ITEMS, after, at, planned

EMPTY = {"pending_relaxation": {"label": "Drop it", "constraints": {}}}


# -- 1. generalising words replace what they generalise ------------------------------------------------------------

@pytest.mark.parametrize("text", ["just any horror film then", "just anything horror", "ok then any horror film",
                                  "alright then, anything horror"])
def test_just_any_kind_gives_up_the_narrowing(text):
    assert gives_up_the_narrowing(text, [at(text, "horror", "genre", "horror")]) is not None


def test_just_any_kind_then_keeps_only_what_it_says():
    text = "just any horror film then"
    plan = planned(after(text, [at(text, "horror", "genre", "horror"), at(text, "film", "media_type", "movie")],
                         intent="request_recommendation", genres=["horror", "sports"], media_type=["movie"],
                         year_min=1990, year_max=1999, **EMPTY))
    assert plan.constraints.genres == ["horror"] and plan.constraints.media_type == ["movie"], plan.constraints
    assert plan.constraints.year_min is None and plan.constraints.year_max is None, plan.constraints


@pytest.mark.parametrize("text", ["just the films", "just anything shorter then", "any of these but newer"])
def test_words_pointing_at_the_list_do_not_give_up(text):
    assert gives_up_the_narrowing(text, [Entity("media_type", "movie", None, 0, 1)]) is None


def test_anything_for_a_child_of_an_age_drops_the_genre_and_takes_the_age():
    text = "ok then anything for a four year old"
    plan = planned(after(text, [at(text, "for a four year old", "audience", "preschool")], intent="request_recommendation",
                         genres=["thriller"], audience="kids", ratings=["PG"], **EMPTY))
    assert plan.constraints.genres == [] and plan.constraints.audience == "preschool", plan.constraints


@pytest.mark.parametrize("text", ["fine, whatever she has then", "ok whatever he's got", "anything she's got then"])
def test_whatever_the_person_has_drops_the_genre_keeps_the_person(text):
    removal = find_removals(text, [], Constraints(genres=["documentary"], actors=["Someone Famous"]))
    assert "genre" in removal.groups
    plan = planned(after(text, [], genres=["documentary"], actors=["Someone Famous"], **EMPTY))
    assert plan.constraints.actors == ["Someone Famous"] and not plan.constraints.genres, plan.constraints


def test_a_generalising_edit_shows_fresh_titles_first():
    text = "ok whatever he's got then"
    plan = planned(after(text, [], genres=["documentary"], directors=["Some Director"], **EMPTY))
    assert set(i["id"] for i in ITEMS) <= set(plan.exclude_ids)
    assert plan.again_if_empty == [i["id"] for i in ITEMS]


# -- 2. after an empty answer, a settling request drops what emptied the search --------------------------------------

@pytest.mark.parametrize("text", ["a different comedy that works for her then", "another comedy maybe",
                                  "fine, just her comedies then", "ok just comedies for the kids"])
def test_settling_words_with_a_kind(text):
    assert settles_after_nothing(text, [at(text, "comed", "genre", "comedy")])


@pytest.mark.parametrize("text", ["a comedy", "comedies with her"])
def test_no_settling_words(text):
    assert not settles_after_nothing(text, [at(text, "comed", "genre", "comedy")])


def test_a_different_kind_then_drops_the_director_keeps_the_child():
    text = "nah. a different comedy film that's ok for her then"
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy"), at(text, "film", "media_type", "movie")],
                         intent="request_recommendation", directors=["Some Director"], audience="kids",
                         ratings=["TV-Y", "TV-G", "G", "TV-Y7", "PG", "TV-PG"], **EMPTY))
    got = plan.constraints
    assert got.genres == ["comedy"] and got.media_type == ["movie"] and got.audience == "kids", got
    assert not got.directors, got


def test_her_kind_then_keeps_her_and_drops_the_format():
    text = "fine, just her dramas then"
    plan = planned(after(text, [at(text, "dramas", "genre", "drama")], intent="request_recommendation",
                         actors=["Some Actress"], media_type=["series"], **EMPTY))
    got = plan.constraints
    assert got.genres == ["drama"] and got.actors == ["Some Actress"] and not got.media_type, got


def test_without_an_empty_answer_the_kind_edits_the_search():
    text = "a different comedy then"
    plan = planned(after(text, [at(text, "comedy", "genre", "comedy")], intent="request_recommendation",
                         actors=["Some Actress"], media_type=["series"]))
    assert plan.constraints.media_type == ["series"] and plan.constraints.actors == ["Some Actress"], plan.constraints


# -- 3. the title in talk stays out of "other" --------------------------------------------------------------------

def test_other_person_films_leave_out_the_card_in_focus():
    text = "other films with some actor"
    t = after(text, [at(text, "some actor", "actor", "Some Actor"), at(text, "films", "media_type", "movie")],
              intent="request_recommendation", items=[], focused_id="s77", actors=["Some Actor"])
    assert "s77" in planned(t).exclude_ids


def test_a_title_said_to_be_one_of_them_is_left_out(monkeypatch):
    import actions.planning as planning

    monkeypatch.setattr(planning, "lookup_title_id", lambda title: "s900" if title == "Some Title" else None)
    text = "Some Title is one of his right? any others"
    t = after(text, [at(text, "Some Title", "title", "Some Title")], intent="nlu_fallback", actors=["Some Actor"])
    plan = planned(t)
    assert "s900" in plan.exclude_ids and plan.constraints.actors == ["Some Actor"], plan
    assert plan.constraints.similar_to is None and not plan.constraints.query, plan.constraints


def test_a_title_asked_about_without_others_is_no_count():
    text = "Some Title is one of his right?"
    t = after(text, [at(text, "Some Title", "title", "Some Title")], intent="nlu_fallback", actors=["Some Actor"])
    assert not planning_counted(t)


def planning_counted(t):
    from actions.planning import counted_in_the_search
    return counted_in_the_search(t)


# -- 4. the list said to be repeats -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["these are all reruns for me", "we've had all of those, anything else",
                                  "all repeats, new ones please"])
def test_repeats_are_the_whole_list_seen(text):
    seen = find_seen(after(text, [], intent="start_over", genres=["comedy"]), "start_over")
    assert seen is not None and seen.every


def test_new_ones_beside_repeats_are_fresh_not_recent():
    text = "all repeats for us, new ones please"
    plan = planned(after(text, [at(text, "new ones please", "year", "recent")], intent="start_over",
                         genres=["comedy"], languages=["ko"], media_type=["series"], exclude_genres=["romance"]))
    got = plan.constraints
    assert got.recent_years is None and got.year_min is None, got
    assert got.genres == ["comedy"] and got.languages == ["ko"] and got.exclude_genres == ["romance"], got
    assert set(i["id"] for i in ITEMS) <= set(plan.exclude_ids)


# -- 5. the person's films after their stand-up -------------------------------------------------------------------

def test_her_films_after_her_stand_up_leave_the_specials_out():
    state = Constraints(genres=["stand-up"], actors=["Some Comic"])
    got = fiction_drops_forms(state, "ok her films then")
    assert got.genres == [] and got.exclude_genres == ["stand-up"], got


def test_more_specials_keep_the_stand_up():
    state = Constraints(genres=["stand-up"], actors=["Some Comic"])
    assert fiction_drops_forms(state, "her other specials") == state


def test_a_list_named_after_the_person_is_no_franchise():
    items = [{"id": "a1", "title": "Some Comic: Live in Town"}, {"id": "a2", "title": "Some Comic: Another Night"}]
    text = "his films instead"
    t = after(text, [at(text, "films", "media_type", "movie")], items=items, genres=["stand-up"], actors=["Some Comic"])
    assert _followed_up(t, text) is None


# -- 6. something else for who watches, after an empty person search -----------------------------------------------

def test_something_else_for_the_watcher_drops_the_person_keeps_the_cap():
    text = "ok, something else british for him then"
    plan = planned(after(text, [at(text, "british", "country", "United Kingdom")], intent="request_recommendation",
                         actors=["Some Actor"], ratings=["PG"], **EMPTY))
    got = plan.constraints
    assert got.countries == ["United Kingdom"] and got.ratings == ["PG"] and not got.actors, got


# -- 7. a number said with "longer" / "shorter" wins ----------------------------------------------------------------

def test_a_hedged_unitless_number_beside_longer_is_a_window():
    text = "bit longer, maybe 110 would do"
    found = hedged_minutes_beside_comparative(text, [at(text, "longer", "duration", "longer")])
    assert [e.value for e in found] == ["99-121"]


@pytest.mark.parametrize("text", ["longer, like 2 seasons", "longer, maybe 3", "longer please"])
def test_no_window_without_a_plausible_runtime(text):
    assert hedged_minutes_beside_comparative(text, [at(text, "longer", "duration", "longer")]) == []


def test_the_number_replaces_the_old_ceiling():
    text = "bit longer, maybe 110 would do"
    plan = planned(after(text, [at(text, "longer", "duration", "longer")], media_type=["movie"], max_minutes=85))
    assert (plan.constraints.min_minutes, plan.constraints.max_minutes) == (99, 121), plan.constraints


def test_a_number_against_the_comparative_keeps_the_comparative():
    text = "shorter, about 2 hours"
    plan = planned(after(text, [at(text, "shorter", "duration", "shorter"), at(text, "about 2 hours", "duration", "108-132")],
                         genres=["comedy"]))
    assert plan.constraints.max_minutes == 99 and plan.constraints.min_minutes is None, plan.constraints
