"""Round 36: a reply opening with "but" keeps the likeness of the search shown with new company; more of a kind the
story named, asked for later in its sentence, is the wish; a title saying two of a description's words beside others
saying at most half as many is the one described; "<title> season N" asks about that title, never a count of
seasons; "is there <title>" asks whether the catalog has it. Sentences are this module's own."""

from __future__ import annotations

import pytest
from planned_turns import after, at, planned

from actions.entities import Entity
from actions.identification import _singled_out
from actions.query_text import request_entities
from contract.availability import asked_slot

LIKE_A_SERIES = {"similar_to": "s2768", "similar_title": "Ozark", "media_type": ["series"]}


def test_a_reply_opening_with_but_keeps_the_anchor_for_new_company() -> None:
    text = "but one my 9 year old could sit through"
    entities = [at(text, "my 9 year old", "audience", "family")]
    plan = planned(after(text, entities, "request_recommendation", **LIKE_A_SERIES))
    assert plan.constraints.similar_to == "s2768" and plan.unless_anchor_fits is None


def test_new_company_without_but_still_asks_the_action_to_check_the_anchor() -> None:
    text = "now something my 9 year old could sit through"
    entities = [at(text, "my 9 year old", "audience", "family")]
    plan = planned(after(text, entities, "request_recommendation", **LIKE_A_SERIES))
    assert plan.unless_anchor_fits is not None


def _story(asks: str) -> tuple[str, list[Entity]]:
    text = (f"my aunt got hooked on kdramas when a coworker lent her one and now {asks}. she doesnt like anything "
            "gory and she prefers the romantic ones. help a girl out")
    return text, [at(text, "kdramas", "genre", "drama"), at(text, "kdramas", "language", "ko"),
                  at(text, "kdramas", "media_type", "series"), at(text, "gory", "genre", "horror", "exclude"),
                  at(text, "romantic", "mood", "romantic")]


def test_more_of_a_story_kind_asked_for_is_the_wish() -> None:
    text, entities = _story("she is begging me for more")
    assert {e.name for e in request_entities(text, entities)} >= {"language", "media_type"}


def test_a_story_kind_nobody_asks_more_of_stays_story() -> None:
    text, entities = _story("she phones me every evening")
    assert not {e.name for e in request_entities(text, entities)} & {"language", "media_type"}


def _item(title: str, description: str) -> dict[str, str]:
    return {"id": title, "title": title, "description": description}


def test_a_title_saying_twice_the_words_of_any_other_is_singled_out() -> None:
    words = ["lighthouse", "keeper", "storm"]
    said = [_item("A", "A lighthouse keeper waits out the winter."), _item("B", "A storm hits a fishing town.")]
    assert _singled_out(words, said)


def test_two_titles_saying_as_many_words_are_no_single_answer() -> None:
    words = ["lighthouse", "keeper", "storm"]
    said = [_item("A", "A lighthouse keeper waits out the winter."), _item("B", "A storm hits a lighthouse.")]
    assert not _singled_out(words, said)


@pytest.mark.parametrize("text, words", [("ozark season 3", "ozark"), ("do you have lucifer season 2", "lucifer"),
                                         ("dark new season out yet?", "dark"), ("is there friends", "friends")])
def test_a_title_asked_about_in_more_shapes(text: str, words: str) -> None:
    slot = asked_slot(text)
    assert slot is not None and slot.words == words


@pytest.mark.parametrize("text", ["a single season one", "one season one", "is there anything funny",
                                  "is there a good comedy"])
def test_a_count_of_seasons_or_a_kind_asks_about_no_title(text: str) -> None:
    assert asked_slot(text) is None


def test_an_availability_question_with_a_request_only_if_missing_asks_if_available() -> None:
    from actions.edits.asked_titles import asks_if_available
    from actions.turn import Turn

    text = "is ozark on here? otherwise something similar"
    turn = Turn("test", "request_recommendation", text, [at(text, "ozark", "title", "Ozark")], {})
    assert asks_if_available(turn)


def test_a_stand_in_genre_the_viewer_ruled_out_stays_out() -> None:
    from actions.constraints import _genres_as_topic
    from contract.constraints import Constraints

    state = Constraints(genres=["mystery"], exclude_genres=["thriller"], media_type=["movie"])
    moved = _genres_as_topic(state, frozenset({"mystery"}), {"mystery": "thriller"})
    assert moved is not None and "thriller" not in moved[0].genres
