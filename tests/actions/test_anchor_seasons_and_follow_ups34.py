"""Round 34: "more seasons" compared with the title a search is like is a shift relative to that title (contrast:
more seasons than it), never the list's median; "or <kind> like it" after the anchor's lead's titles drops the people;
"cartoons" then "for adults" is anime for grown-ups; "what else" opened by chat asks for more picks; "longer than
that" points at the list, not at one title; the documentary form said with words restating it ("true stories, a doc")
narrows a subject search. Sentences are this module's own."""

from __future__ import annotations

from planned_turns import after, at, planned

from actions.cues import season_shift_of_anchor
from actions.edits.audience import cartoons_grown_up
from actions.edits.list_reactions import wants_more_picks
from actions.edits.routing import _POINTS_AT_ONE_RE
from actions.entities import Entity
from actions.turn import Said
from contract.constraints import Constraints

SERIES = [{"id": f"s{i}", "title": f"Show {i}", "type": "series", "seasons": 3} for i in range(1, 6)]


def test_more_seasons_than_that_after_titles_like_one_is_relative_to_it() -> None:
    text = "with more seasons than that one"
    plan = planned(after(text, [], "refine", items=SERIES, media_type=["series"], similar_to="s9",
                         similar_title="Anchor"))
    assert plan.contrast is not None and plan.contrast.anchor_id == "s9", plan.contrast
    assert "longer" in plan.contrast.shifts, plan.contrast
    assert plan.constraints.min_seasons is None, plan.constraints


def test_more_seasons_than_those_stays_with_the_list() -> None:
    assert season_shift_of_anchor("more seasons than those", [], compared=True) == []


def test_like_it_with_more_seasons_is_a_longer_shift() -> None:
    [shift] = season_shift_of_anchor("something like it with more seasons", [], compared=False)
    assert (shift.name, shift.value) == ("duration", "longer")


def test_or_like_it_drops_the_people() -> None:
    text = "or just films like it"
    plan = planned(after(text, [], "more_like", actors=["Someone Lead"], similar_to="s9", similar_title="Anchor"))
    assert plan.constraints.actors == [] and plan.constraints.similar_to == "s9", plan.constraints


def test_cartoons_then_for_adults_is_anime() -> None:
    earlier = [Said("cartoons pls", (Entity("genre", "kids", None, 0, 8),))]
    said = cartoons_grown_up("grown up ones now, for adults", [Entity("audience", "adult", None, 20, 30)],
                             Constraints(genres=["kids"]), earlier)
    assert Entity("genre", "anime") in said


def test_kids_movies_then_for_adults_stays_as_it_was() -> None:
    earlier = [Said("kids movies", (Entity("genre", "kids", None, 0, 4),))]
    entities = [Entity("audience", "adult", None, 0, 10)]
    assert cartoons_grown_up("for adults", entities, Constraints(genres=["kids"]), earlier) == entities


def test_what_else_after_chat_asks_for_more() -> None:
    assert wants_more_picks("ok hmm, what else is there?")
    assert not wants_more_picks("what else happened in it")


def test_than_that_points_at_no_title() -> None:
    assert _POINTS_AT_ONE_RE.search("a bit longer than that") is None
    assert _POINTS_AT_ONE_RE.search("more like that") is not None


def test_a_doc_restated_narrows_a_subject_search() -> None:
    text = "true stories, a doc"
    plan = planned(after(text, [at(text, "doc", "genre", "documentary")], "refine", genres=["sports"]))
    assert set(plan.constraints.genres) == {"sports", "documentary"}, plan.constraints
    assert plan.constraints.query is None, plan.constraints


def test_quicker_or_released_after_the_list_are_relative_to_it() -> None:
    from actions.cues import list_comparatives
    assert [(e.name, e.value) for e in list_comparatives("anything quicker than those", [])] == [("duration", "shorter")]
    assert [(e.name, e.value) for e in list_comparatives("ones released after these", [])] == [("year", "newer")]

