"""Round 31D: after a horror search, a kind that spans horror ruled out while another genre is asked for instead
("not a paranormal one, a thriller") keeps horror ruled out beside fantasy (actions/constraints.py
``sub_kinds_of_the_search``); ruled out alone it stays a part of the search's horror. Entities as the NLU reports them;
phrasings are this module's own."""

from __future__ import annotations

from planned_turns import after, at, planned


def _spanned_out(text: str, phrase: str) -> list:
    return [at(text, phrase, "genre", "fantasy", "exclude"), at(text, phrase, "genre", "horror", "exclude")]


def test_a_spanning_kind_ruled_out_for_another_genre_rules_the_search_genre_out():
    text = "hmm skip the supernatural stuff, a thriller instead"
    entities = _spanned_out(text, "supernatural") + [at(text, "thriller", "genre", "thriller")]
    c = planned(after(text, entities, genres=["horror"], media_type=["movie"])).constraints
    assert c.genres == ["thriller"] and {"fantasy", "horror"} <= set(c.exclude_genres), c


def test_a_spanning_kind_ruled_out_alone_is_a_part_of_the_search_genre():
    text = "none of the paranormal ones"
    c = planned(after(text, _spanned_out(text, "paranormal"), genres=["horror"], media_type=["movie"])).constraints
    assert "horror" in c.genres and "horror" not in c.exclude_genres, c
