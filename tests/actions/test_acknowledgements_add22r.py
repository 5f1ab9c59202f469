"""Review of round 22a: an acknowledgement opened by "no" ("no problem, add some romance too") adds to the search;
it corrects nothing, so the search's genres stay (actions/edits ``corrects_the_search`` via contract/words
``correction_lead``). A genre in words of addition after a restating cue ("i wanted to add some romance") joins the
search's genres (actions/planning: only a genre with no ``add`` role replaces them). Near miss: "no, i meant romance"
still replaces them."""

from __future__ import annotations

import pytest

from actions.edits.person_edits import corrects_the_search
from planned_turns import after, at, planned


@pytest.mark.parametrize("text", ["no problem, add some romance too", "no worries, with some romance as well"])
def test_an_acknowledgement_keeps_the_search_genres(text):
    t = after(text, [at(text, "romance", "genre", "romance")], genres=["comedy"], media_type=["movie"])
    assert not corrects_the_search(t)
    assert set(planned(t).constraints.genres) == {"comedy", "romance"}, planned(t).constraints


def test_near_miss_a_correction_still_replaces_the_genres():
    text = "no, i meant romance"
    t = after(text, [at(text, "romance", "genre", "romance")], genres=["comedy"], media_type=["movie"])
    assert corrects_the_search(t)
    assert planned(t).constraints.genres == ["romance"], planned(t).constraints


@pytest.mark.parametrize("text", ["i wanted to add some romance", "i was looking for something with romance too",
                                  "i say we add a bit of romance"])
def test_a_genre_added_after_a_restating_cue_joins_the_genres(text):
    t = after(text, [at(text, "romance", "genre", "romance")], genres=["comedy"], media_type=["movie"])
    assert set(planned(t).constraints.genres) == {"comedy", "romance"}, planned(t).constraints


@pytest.mark.parametrize("text", ["i meant romance", "nah i said romance not comedy"])
def test_near_miss_a_restated_genre_still_replaces(text):
    t = after(text, [at(text, "romance", "genre", "romance")], genres=["comedy"], media_type=["movie"])
    assert planned(t).constraints.genres == ["romance"], planned(t).constraints
