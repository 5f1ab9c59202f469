"""Round 30: a topic said as the kind of title with a word that swaps ("... movies instead", "... flicks this time",
"... for a change") after a search of genres asks for that topic in place of the genres; the format and audience stay
(``edits.topic_in_place_of_genres``). Without the swap word the topic narrows the genres. Phrasings are this
module's own."""

from __future__ import annotations

from planned_turns import after, at, planned


def _after_romances(text: str, kind: str):
    return after(text, [at(text, kind, "media_type", "movie")], intent="refine", genres=["romance"],
                 media_type=["movie"], audience="teens")


def test_a_topic_with_instead_replaces_the_genres():
    plan = planned(_after_romances("vampire films instead", "films"))
    assert "romance" not in plan.constraints.genres + plan.constraints.any_genres
    assert "vampire" in (plan.constraints.query or "")


def test_the_format_and_the_audience_stay():
    plan = planned(_after_romances("ghost movies this time", "movies"))
    assert plan.constraints.media_type == ["movie"] and plan.constraints.audience == "teens"


def test_a_topic_with_its_own_genre_asks_for_it():
    plan = planned(_after_romances("zombie flicks for a change", "flicks"))
    assert "horror" in plan.constraints.genres + plan.constraints.any_genres


def test_without_the_swap_word_the_topic_narrows_the_genres():
    plan = planned(_after_romances("any vampire films", "films"))
    assert plan.constraints.genres == ["romance"]


def test_a_genre_named_with_the_swap_word_follows_the_genre_rule():
    text = "comedy films instead"
    plan = planned(after(text, [at(text, "films", "media_type", "movie"), at(text, "comedy", "genre", "comedy")],
                         intent="refine", genres=["romance"], media_type=["movie"]))
    assert plan.constraints.genres == ["comedy"]
