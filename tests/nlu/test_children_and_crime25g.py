"""Round 25g: animation words beside a child watching, through the real extractor and the planner (no recommender,
no Rasa). Phrasings are this module's own.

1. An animation word asked for with a child's audience anywhere in the message is the children's shelf
   (``childrens.animation_for_children``), as round 25c reads "animated family comedy"; "anime" said as such, or an
   animation word for grown-ups, stays anime.
2. A story sentence's taste beside a genre the same sentence rules out ("we love crime but he can't handle horror. a
   film please") stays the wish (``query_text._story_rejects``); films then get round 25c's crime stand-in.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, genre", [
    ("an animated adventure for my two boys, 6 and 9", "action"),
    ("some cartoon comedy please, my daughter is seven", "comedy"),
    ("animated fantasy stuff for the little ones", "fantasy"),
])
def test_an_animation_word_beside_a_child_is_the_kids_shelf(plan, text, genre):
    c = plan(text)
    assert {"kids", genre} <= set(c.genres) and "anime" not in c.genres, c


@pytest.mark.parametrize("text", ["animated movies for adults", "some anime for my 9 year old"])
def test_near_miss_grown_ups_or_anime_by_name_stay_anime(plan, text):
    assert "anime" in plan(text).genres


# -- 2. crime for films said in a story beside a genre ruled out ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "my partner and i love crime stuff but he can't handle horror. a film would be ideal, under 100 minutes",
])
def test_crime_in_the_story_beside_a_genre_ruled_out_stays_and_films_get_the_stand_in(plan, text):
    from actions.constraints import genres_for_films
    c = plan(text)
    assert c.genres == ["crime"] and "horror" in c.exclude_genres and c.media_type == ["movie"], c
    moved = genres_for_films(c)
    assert moved is not None and moved[0].genres == ["thriller"] and "crime" in (moved[0].query or ""), moved


def test_near_miss_a_wish_of_the_same_kind_that_is_refused_still_rejects_the_story(plan):
    # "hates subtitles" asks for English: the negator refuses the story's language, as before
    c = plan("a korean show but my husband hates subtitles. something recent")
    assert "en" in c.languages, c
