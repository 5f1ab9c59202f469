"""The person's other titles asked for without "other" (actions/edits/person_pivots.py ``_OF_THEIRS``): "more of his stuff", "the
rest of her films", "any of his then" keep the search's person and drop the rest of the search. Phrasings are this
module's own."""

from __future__ import annotations

import pytest

from planned_turns import after, planned


@pytest.mark.parametrize("text", ["more of his stuff", "the rest of his films please", "ok any of his then",
                                  "anything else of his?", "all of his movies"])
def test_more_of_the_persons_titles_keeps_only_the_person(text):
    plan = planned(after(text, [], actors=["Adam Sandler"], genres=["comedy"], year_min=2006, year_max=2006,
                         query="remote"))
    c = plan.constraints
    assert c.actors == ["Adam Sandler"] and not c.genres and c.year_min is None and c.query is None


@pytest.mark.parametrize("text", ["more of his kids' favourites", "any of her friends would like it",
                                  "more comedies"])
def test_other_words_after_of_his_are_no_pivot(text):
    from actions.edits.person_pivots import asks_for_other_works
    assert not asks_for_other_works(text)
