"""Round 37: a title asked for by its name alone ("<title>", "the <title> show?", "my son wants <title>", "put on
<title>") is that title, its card; words of liking, finishing or likeness keep it the anchor of titles like it. A like
label on words that turn a title down ("didn't stick") is the classifier's slip. "Anything else like that" after a single
pick is more like that pick; "the second one sounds sweet, what else is like that" is more like the second one; "they
just called boarding" names no title. Sentences are this module's own."""

from __future__ import annotations

import pytest
from planned_turns import at

from actions.edits.asked_titles import asks_for_a_title_by_name
from actions.feedback import said_against
from actions.identification import _CALLED_NAME_RE
from actions.planning import asks_for_others_like_the_list, listed_like_asking_for_more
from actions.turn import Turn


def _turn(text: str, entities: list, last_items: list | None = None, intent: str = "request_recommendation") -> Turn:
    slots = {"last_items": [{"id": i, "title": i} for i in last_items]} if last_items else {}
    return Turn("test", intent, text, entities, slots)


@pytest.mark.parametrize("text, said", [("ozark", "ozark"), ("hmm, the ozark show?", "ozark"),
                                        ("my son wants ozark", "ozark"), ("put on ozark please", "ozark"),
                                        ("'Ozark'", "Ozark")])
def test_a_title_asked_for_by_name_is_that_title(text: str, said: str) -> None:
    assert asks_for_a_title_by_name(_turn(text, [at(text, said, "title", "Ozark")]))


@pytest.mark.parametrize("text", ["we loved ozark", "done with ozark", "ozark vibes", "ozark but funnier"])
def test_liking_finishing_or_likeness_keep_the_title_an_anchor(text: str) -> None:
    assert not asks_for_a_title_by_name(_turn(text, [at(text, "ozark", "title", "Ozark")]))


def test_a_title_said_with_a_likeness_role_is_no_title_asked_by_name() -> None:
    text = "like ozark"
    assert not asks_for_a_title_by_name(_turn(text, [at(text, "ozark", "title", "Ozark", "similar")]))


@pytest.mark.parametrize("text", ["gave the second one a go, it didn't stick", "the first one didnt click for us",
                                  "number 3 didn't grab me"])
def test_words_that_turn_a_title_down_are_said_against_it(text: str) -> None:
    assert said_against(text)


def test_praise_is_not_said_against() -> None:
    assert not said_against("the second one was great")


def test_anything_else_like_that_after_one_pick_is_more_like_it() -> None:
    text = "anything else like that"
    assert asks_for_others_like_the_list(_turn(text, [], ["s341"]))


def test_anything_else_like_that_after_several_picks_points_at_no_list() -> None:
    text = "anything else like that"
    assert not asks_for_others_like_the_list(_turn(text, [], ["s341", "s2768"]))


def test_a_listed_title_that_sounds_sweet_asks_for_more_like_it() -> None:
    text = "the second one sounds sweet, what else is like that"
    turn = _turn(text, [at(text, "the second one", "position", "2")], ["s341", "s2768"])
    ref = listed_like_asking_for_more(turn)
    assert ref is not None and ref.item_id == "s2768"


@pytest.mark.parametrize("text", ["ugh they just called boarding, shorter ones", "we called my mom, anything short"])
def test_someone_calling_names_no_title(text: str) -> None:
    assert _CALLED_NAME_RE.search(text) is None


def test_a_title_called_by_its_name_is_still_a_name() -> None:
    found = _CALLED_NAME_RE.search("it's called the blue lagoon")
    assert found is not None and found["name"] == "the blue lagoon"


def test_a_lower_year_bound_after_classics_keeps_the_classics() -> None:
    from planned_turns import after, planned

    text = "nothing before 1965 please"
    plan = planned(after(text, [at(text, "nothing before 1965", "year", "1965-")], genres=["classic"]))
    assert "classic" in plan.constraints.genres and plan.constraints.year_min == 1965


def test_a_decade_after_classics_is_the_era_instead() -> None:
    from planned_turns import after, planned

    text = "just the 80s"
    plan = planned(after(text, [at(text, "the 80s", "year", "1980-1989")], genres=["classic"]))
    assert "classic" not in plan.constraints.genres and plan.constraints.year_min == 1980


def test_a_filler_word_before_a_kind_is_no_title_asked_by_name() -> None:
    text = "only the series"
    assert not asks_for_a_title_by_name(_turn(text, [at(text, "only", "title", "Only")]))
