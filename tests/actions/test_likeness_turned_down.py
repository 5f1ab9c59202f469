"""Review finding 1 and 3 (round 18): a likeness turned down ("nothing like those", "nothing similar please") asks for
something else, never a like-search on the list shown or on the title of the card (actions/like_focused.py
``turns_down_a_likeness``, read by planning.asks_for_others_like_the_list and like_focused.likes_the_focused_title)."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.like_focused import likes_the_focused_title, turns_down_a_likeness
from actions.planning import asks_for_others_like_the_list
from actions.turn import FOCUSED_ID, LAST_ITEMS, Turn

ITEMS = [{"id": "s1", "title": "First Thriller"}, {"id": "s2", "title": "Second Thriller"}]


def _after_list(text: str) -> Turn:
    return Turn("t:u", "request_recommendation", text, [], {LAST_ITEMS: ITEMS})


def _after_card(text: str, entities: list[Entity]) -> Turn:
    return Turn("t:u", "request_recommendation", text, entities, {FOCUSED_ID: "s1"})


@pytest.mark.parametrize("text", [
    "some comedies, nothing like those", "something else, i don't want anything like them",
    "give me some other stuff, not like those at all", "any documentaries? none like these please",
    "some others, i didn't like those", "more cartoons, never anything like these again",
])
def test_a_likeness_turned_down_is_no_like_search_on_the_list(text: str) -> None:
    assert turns_down_a_likeness(text)
    assert not asks_for_others_like_the_list(_after_list(text))


@pytest.mark.parametrize("text", [
    # near misses: the negation belongs to another clause or another word, the likeness stands
    "anything else like those", "not sure, some more like those", "no horror but more like those please",
    "nothing scary, any more like these", "never seen those, others like them?", "not bad, some more like them",
    "i don't mind, anything else like those",
])
def test_a_likeness_the_negation_does_not_reach_stays_a_like_search(text: str) -> None:
    assert not turns_down_a_likeness(text)
    assert asks_for_others_like_the_list(_after_list(text))


@pytest.mark.parametrize("text, entities", [
    ("nothing similar please, something light", [Entity("mood", "light")]),
    ("not like that at all, something shorter", [Entity("duration", "0-90")]),
    ("no not similar, a film", [Entity("media_type", "movie")]),
    ("don't want anything like that, a series", [Entity("media_type", "series")]),
])
def test_a_likeness_turned_down_after_a_card_is_no_like_search_on_it(text: str, entities: list[Entity]) -> None:
    assert not likes_the_focused_title(_after_card(text, entities))


@pytest.mark.parametrize("text, entities", [
    ("something similar but shorter, a miniseries", [Entity("media_type", "series")]),
    ("not too long, something similar", [Entity("duration", "0-90")]),
    ("no rush, like that but a film", [Entity("media_type", "movie")]),
])
def test_a_likeness_with_its_changes_after_a_card_stays_a_like_search(text: str, entities: list[Entity]) -> None:
    assert likes_the_focused_title(_after_card(text, entities))
