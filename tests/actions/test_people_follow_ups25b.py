"""Round 25b: follow-ups that point back at a person or at a listed title by who it suits, as the actions read them
(phrasings are this module's own):

* "and whatever she was in" while the search holds a person is a search for that person's titles, never "which one
  do you mean?" (``edits.asks_for_the_persons_titles``, ``request_cues.asks_search_not_details``);
* "how about for me, …" after a search for a child is the viewer alone now (``edits.says_alone``);
* "the one that's for kids" after a list picks the listed title whose rating and shelf suit that audience
  (``fitting_pick.fitting_listed``).
"""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from actions.edits.audience import says_alone  # noqa: E402
from actions.edits.removals import asks_for_the_persons_titles  # noqa: E402
from actions.entities import Entity  # noqa: E402
from actions.fitting_pick import fitting_listed  # noqa: E402
from actions.request_cues import asks_search_not_details  # noqa: E402
from actions.turn import Turn  # noqa: E402

ITEMS = [
    {"id": "s1", "title": "Late Night Set", "rating": "TV-MA", "genres": ["comedy", "stand-up"]},
    {"id": "s2", "title": "Puppet Lunch Club", "rating": "TV-PG", "genres": ["comedy", "kids", "family"]},
    {"id": "s3", "title": "Web Hero", "rating": "PG", "genres": ["comedy", "action"]},
    {"id": "s4", "title": "Office Chaos", "rating": "TV-14", "genres": ["comedy", "drama"]},
]


def _turn(text: str, entities=(), intent: str = "ask_details", **slots) -> Turn:
    return Turn("t", intent, text, list(entities), {"last_items": ITEMS, **slots})


def _entity(text: str, name: str, value: str, words: str) -> Entity:
    start = text.index(words)
    return Entity(name, value, None, start, start + len(words))


@pytest.mark.parametrize("text", ["and whatever she was in", "how about for me, anything he's in",
                                  "ok just anything they've done"])
def test_a_pronoun_for_the_searched_persons_titles_is_a_search(text):
    turn = _turn(text, actors=["Some Actor"])
    assert asks_for_the_persons_titles(turn)
    assert asks_search_not_details(turn)


def test_without_a_searched_person_the_pronoun_asks_nothing_new():
    assert not asks_for_the_persons_titles(_turn("and whatever she was in"))


@pytest.mark.parametrize("text", ["how about for me, anything with him", "what about for myself"])
def test_my_turn_now_is_the_viewer_alone(text):
    assert says_alone(text)


@pytest.mark.parametrize("text", ["what about for me and my son", "how about for me too"])
def test_company_kept_is_not_alone(text):
    assert not says_alone(text)


def test_the_one_for_kids_is_the_listed_title_on_the_childrens_shelf():
    text = "ok the one which is for children"
    found = fitting_listed(_turn(text, [_entity(text, "audience", "family", "children")]))
    assert [i["id"] for i in found or []] == ["s2"]


def test_the_one_that_is_a_genre_is_the_listed_title_of_that_genre():
    text = "the one that's an action film"
    found = fitting_listed(_turn(text, [_entity(text, "genre", "action", "action")]))
    assert [i["id"] for i in found or []] == ["s3"]


def test_no_pointer_no_pick():
    text = "anything for children"
    assert fitting_listed(_turn(text, [_entity(text, "audience", "family", "children")])) is None


def test_a_named_position_is_not_overridden():
    text = "the second one is for children?"
    entities = [_entity(text, "position", "2", "second"), _entity(text, "audience", "family", "children")]
    assert fitting_listed(_turn(text, entities)) is None


def test_both_after_two_people_is_their_search():
    from actions.constraints import Constraints, starts_new_search

    state = Constraints(actors=["Actor One", "Actor Two"])
    assert not starts_new_search("request_recommendation", [], state, text="got any with both of them?")
    assert starts_new_search("request_recommendation", [], Constraints(actors=["Actor One"]), text="any with both?")


def test_a_quality_of_the_kind_named_before_joins_that_sentence():
    from actions.query_text import request_span

    text = ("we are visiting my wife's relatives in accra next spring and i'd love to get to know ghanaian films a bit "
            "before the trip. newer ones please")
    start, _ = request_span(text)
    assert text[start:].startswith("we are visiting") or "ghanaian" in text[start:]


def test_both_after_either_person_requires_them_together():
    from actions.constraints import Constraints, people_together

    state = Constraints(any_people=["Actor One", "Actor Two"])
    together = people_together(state, "ok, any with both?", [])
    assert together.actors == ["Actor One", "Actor Two"] and not together.any_people
    assert people_together(state, "ok, any comedies?", []) == state
