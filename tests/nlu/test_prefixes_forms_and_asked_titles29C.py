"""Round 29C: a "non" prefix before an origin, an animation kind asked for grown-ups, a title typed with a slip in an
availability question — through the real extractor (the bundled catalog's gazetteer) and the planner (no recommender, no
Rasa). Phrasings are this module's own.

1. "non"/"non-" binds to the one origin right after it (negation ``PREFIX_CUES``): that origin is ruled out and the
   kind after it is still wanted, never "that kind from there" ruled out (``refused_origin_kinds``); a list joined by
   "or" after the prefix is ruled out with it.
2. An animation word asked for while the message says the titles are not for children (or are for grown-ups) keeps
   the drawn look (anime), rules the children's shelf out and sets no child's audience
   (childrens ``animation_for_grown_ups``).
3. Inside an availability question's slot a title of five letters or more is read with one slip, and a longer one
   with one slip more than elsewhere (names ``ASKED_SLIP_MIN_LENGTH``).
"""

from __future__ import annotations

import pytest

_CHILD_AUDIENCES = {"preschool", "kids", "family"}

# -- 1. "non" before an origin ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, genre, country", [
    ("some non-british crime dramas", "crime", "United Kingdom"),
    ("any non japanese horror films?", "horror", "Japan"),
    ("looking for non-indian comedies", "comedy", "India"),
    ("a non french romance please", "romance", "France"),
])
def test_non_before_an_origin_rules_out_the_origin_and_keeps_the_kind(plan, text, genre, country):
    c = plan(text)
    assert genre in c.genres and genre not in c.exclude_genres, c
    assert country in c.exclude_countries or c.exclude_languages, c
    assert not c.exclude_origin_genres, c


def test_non_before_a_language_keeps_the_kind_wanted(plan):
    c = plan("non spanish thrillers for tonight")
    assert "thriller" in c.genres and "es" in c.exclude_languages and not c.exclude_origin_genres, c


def test_an_or_list_after_non_is_ruled_out_whole(plan):
    c = plan("non-german or austrian dramas")
    assert {"Germany", "Austria"} <= set(c.exclude_countries), c
    assert "drama" in c.genres, c
    assert not c.exclude_origin_genres, c


def test_non_before_a_genre_still_rules_the_genre_out(plan):
    c = plan("non horror movies for a sleepover")
    assert "horror" in c.exclude_genres, c


def test_a_refused_kind_from_an_origin_stays_one_pair(plan):
    c = plan("no italian crime dramas")
    assert c.exclude_origin_genres and "crime" not in c.genres, c


def test_non_stop_names_no_origin_and_keeps_the_genre(plan):
    c = plan("some non-stop action")
    assert "action" in c.genres and not c.exclude_genres, c


# -- 2. an animation kind for grown-ups ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "an animated series that is not meant for little kids",
    "cartoon movies for grown ups",
    "animation made for adults",
    "some animated comedy, not for children",
    "an animated film that isn't aimed at the kids",
])
def test_animation_for_grown_ups_keeps_the_drawn_look_without_the_childrens_shelf(plan, text):
    c = plan(text)
    assert "anime" in c.genres and "kids" not in c.genres and "kids" in c.exclude_genres, c
    assert c.audience not in _CHILD_AUDIENCES, c


def test_animation_for_a_child_stays_the_childrens_shelf(plan):
    c = plan("an animated film for my 7 year old")
    assert "kids" in c.genres and c.audience in _CHILD_AUDIENCES, c


def test_animation_ruled_out_for_adults_stays_ruled_out(plan):
    c = plan("nothing animated, something for adults")
    assert "anime" in c.exclude_genres and "anime" not in c.genres, c


def test_not_meant_for_children_rules_the_childrens_titles_out(plan):
    c = plan("a comedy that is not meant for children")
    assert "comedy" in c.genres and "kids" in c.exclude_genres and c.audience not in _CHILD_AUDIENCES, c


# -- 3. a title typed with a slip in an availability question -----------------------------------------------------------


def _titles(ents, text):
    return [e.value for e in ents(text) if e.entity == "title"]


@pytest.mark.parametrize("text, title", [
    ("have you guys got narcoz", "Narcos"),
    ("is the witchr on netflix?", "The Witcher"),
    ("you got ozarrk?", "Ozark"),
    ("is mindhunterr available", "MINDHUNTER"),
])
def test_a_title_typed_with_a_slip_in_an_availability_question(ents, text, title):
    assert _titles(ents, text) == [title]


def test_a_long_title_typed_with_two_slips_in_an_availability_question(ents):
    assert _titles(ents, "do you have brekin bad on here") == ["Breaking Bad"]


def test_a_short_slip_outside_an_availability_question_is_no_title(ents):
    assert _titles(ents, "i want to ozarrk tonight") == []


def test_a_genre_typed_with_a_slip_in_the_question_stays_a_genre(ents):
    found = ents("do you have comdies")
    assert [e.value for e in found if e.entity == "genre"] == ["comedy"] and not _titles(ents, "do you have comdies")
