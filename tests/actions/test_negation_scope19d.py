"""Round 19d, the action side of follow-up scopes. Sentences are this module's own; near-misses must not trigger.

1. "scary" turned down by degree after a horror search ("nothing that scary this time") swaps horror for its milder
   neighbour, thriller (``edits.horror_toned_down``); "nothing scary" stays a plain exclusion;
2. a child already counted, named by an age with its unit written on ("the 14yo"), is a cap beside the youngest, not
   a new audience (``company.ages_in`` reads "12yo");
3. two moods joined by a bare "and" after a single title's word ("something funny and creepy") ask for one title both
   ways, a genre of each (``planning.moods_joined``); a plural head or "or" leaves the last mood's genre.
"""

from __future__ import annotations

import dataclasses

import pytest
from planned_turns import after, at, planned

from actions.company import ages_in
from actions.entities import EXCLUDE
from actions.planning import moods_joined
from actions.turn import Said

HORROR_FILMS = {"genres": ["horror"], "media_type": ["movie"]}


# -- 1. horror toned down ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["nothing that scary this time", "nothing too scary actually", "not that scary pls"])
def test_scary_turned_down_by_degree_swaps_horror_for_thriller(text: str) -> None:
    plan = planned(after(text, [at(text, "scary", "mood", "scary", EXCLUDE)], **HORROR_FILMS))
    assert plan.constraints.genres == ["thriller"]
    assert "horror" in plan.constraints.exclude_genres
    assert plan.constraints.media_type == ["movie"]


def test_nothing_scary_is_still_no_horror_without_a_new_genre() -> None:
    text = "nothing scary"
    plan = planned(after(text, [at(text, "scary", "mood", "scary", EXCLUDE)], **HORROR_FILMS))
    assert "thriller" not in plan.constraints.genres and "horror" in plan.constraints.exclude_genres


def test_a_genre_named_with_it_decides() -> None:
    text = "not that scary, a comedy"
    ents = [at(text, "scary", "mood", "scary", EXCLUDE), at(text, "comedy", "genre", "comedy")]
    plan = planned(after(text, ents, **HORROR_FILMS))
    assert plan.constraints.genres == ["comedy"]


def test_outside_a_horror_search_nothing_is_swapped() -> None:
    text = "not too scary"
    plan = planned(after(text, [at(text, "scary", "mood", "scary", EXCLUDE)], genres=["fantasy"], media_type=["movie"]))
    assert "thriller" not in plan.constraints.genres


# -- 2. a known child with "yo" written on ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, ages", [("the 12yo", [12]), ("my 9yrs old", [9]), ("a 7y/o and a 10 yo", [7, 10]),
                                        ("12yards", [])])
def test_ages_with_the_unit_written_on(text: str, ages: list[int]) -> None:
    assert ages_in(text) == ages


def test_a_known_older_child_speaking_keeps_the_youngest_cap() -> None:
    first = "a comedy for my stepdaughters 8 and 14"
    text = "ok the 14yo reckons a series works"
    turn = after(text, [at(text, "14yo", "audience", "teen"), at(text, "series", "media_type", "series")],
                 genres=["comedy"], audience="family", media_type=["movie"])
    turn = dataclasses.replace(turn, earlier=(Said(first, (at(first, "stepdaughters 8 and 14", "audience", "family"),)),))
    plan = planned(turn)
    assert plan.constraints.audience == "family" and plan.constraints.media_type == ["series"]


# -- 3. two moods of one title joined by a bare "and" -----------------------------------------------------------------

def _moods(text: str, *words: tuple[str, str]) -> list:
    return [at(text, w, "mood", v) for w, v in words]


@pytest.mark.parametrize("text, words", [
    ("hmm no something sad and creepy", (("sad", "sad"), ("creepy", "scary"))),
    ("a really funny and spooky one", (("funny", "funny"), ("spooky", "scary"))),
])
def test_two_moods_after_a_single_titles_word_are_one_title(text: str, words: tuple) -> None:
    assert len(moods_joined(text, _moods(text, *words))) == 2


@pytest.mark.parametrize("text, words", [
    ("funny and spooky movies", (("funny", "funny"), ("spooky", "scary"))),      # a plural head
    ("something funny or spooky", (("funny", "funny"), ("spooky", "scary"))),    # either
])
def test_two_moods_elsewhere_stay_the_last_ones(text: str, words: tuple) -> None:
    assert moods_joined(text, _moods(text, *words)) == []


def test_no_something_funny_and_creepy_after_horror_is_a_horror_comedy() -> None:
    text = "nah something funny and creepy"
    plan = planned(after(text, _moods(text, ("funny", "funny"), ("creepy", "scary")), genres=["horror"],
                         media_type=["series"]))
    assert set(plan.constraints.genres) == {"comedy", "horror"} and plan.constraints.media_type == ["series"]
