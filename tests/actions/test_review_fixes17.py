"""Review fixes, round 17, the action side: 1. the availability tail pattern is linear (``edits._AVAILABLE_END_RE``);
2. someone else's taste is turned down only by a refusal whose object is the taste (``query_text.tastes_turned_down``);
3. a question about the service is no missing title (``edits.missing_title_words``); 4. "them" after a person's
titles means the titles, not the person (``edits._DROP_PERSON_RE``); 5. the next person: "& X", and "too" only at a
clause's end or after a pronoun (``edits._NEXT_PERSON_RE``); 6. one home for the availability asking words and the
bare-reply hedges (behaviour unchanged). Each fix with its failing example and a near-miss; sentences are this
module's own."""

from __future__ import annotations

import time

import pytest
from planned_turns import after, at

from actions.cues import bare_bound_cues
from actions.edits.asked_titles import asks_if_available, missing_title_words
from actions.edits.person_edits import find_person_edit
from actions.edits.removals import find_removals
from actions.entities import EXCLUDE, Entity
from actions.query_text import tastes_turned_down
from actions.turn import Turn
from contract.constraints import Constraints


def _title_turn(text: str, phrase: str) -> Turn:
    start = text.index(phrase)
    return Turn("test", "out_of_scope", text, [Entity("title", "t1", None, start, start + len(phrase))], {})


# -- 1. the availability tail is linear ------------------------------------------------------------------------------

def test_a_long_tail_that_is_no_availability_question_fails_fast() -> None:
    text = "do you have paper road" + "  on here" * 40 + " x"
    started = time.perf_counter()
    assert not asks_if_available(_title_turn(text, "paper road"))
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("tail", [" on here please?", " here at all", " by any chance?!", " in your catalog?",
                                  " on netflix though", "  on here  on here"])
def test_the_availability_tails_still_read(tail: str) -> None:
    assert asks_if_available(_title_turn("do you have paper road" + tail, "paper road"))


def test_other_words_after_the_title_are_no_availability_tail() -> None:
    assert not asks_if_available(_title_turn("can i watch paper road with my gran", "paper road"))


# -- 2. a taste turned down by a refusal of it -----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["my nephew is into westerns but i can't track down a good one for him",
                                  "my aunt loves westerns but i don't know which ones she has seen",
                                  "my dad adores westerns but we never agree on anything"])
def test_a_negated_verb_of_something_else_keeps_the_taste(text: str) -> None:
    entities = [at(text, "westerns", "genre", "western")]
    assert tastes_turned_down(text, entities) == entities


@pytest.mark.parametrize("text", ["my nephew is into westerns but i honestly can't stand them, any sci-fi?",
                                  "my dad likes westerns but i'm not into that stuff",
                                  "my aunt loves westerns but i don't, any sci-fi?",
                                  "my uncle is a fan of westerns while we are so over it"])
def test_a_refusal_of_the_taste_excludes_it(text: str) -> None:
    assert [e.role for e in tastes_turned_down(text, [at(text, "westerns", "genre", "western")])] == [EXCLUDE]


# -- 3. a question about the service is no missing title ------------------------------------------------------------

@pytest.mark.parametrize("text", ["can we stream in 4k?", "can i watch on the train", "could i watch offline",
                                  "do you have previews or trailers", "do you guys have uhd", "do you have a kids mode",
                                  "do you have family profiles?", "do you have surround audio", "do you have popcorn"])
def test_service_words_are_no_missing_title(text: str) -> None:
    assert missing_title_words(Turn("test", "out_of_scope", text, [], {})) is None


@pytest.mark.parametrize("text,words", [("do you have Lanterns Of Kell?", "Lanterns Of Kell"),
                                        ("do you have Brightwater", "Brightwater"),
                                        ("have you got “brightwater”", "brightwater"),
                                        ("do you have the brightwater", "the brightwater"),
                                        ("is glass orchard on here", "glass orchard")])
def test_words_that_look_like_a_title_are_still_read(text: str, words: str) -> None:
    assert missing_title_words(Turn("test", "out_of_scope", text, [], {})) == words


# -- 4. "them" after a person's titles means the titles --------------------------------------------------------------

WITH_ACTOR = Constraints(genres=["drama"], media_type=["movie"], actors=["Tom Vale"])


@pytest.mark.parametrize("text", ["seen all of those, skip them", "drop them, too long all of them",
                                  "forget them, any others?"])
def test_them_is_no_person_dropped(text: str) -> None:
    assert "people" not in find_removals(text, [], WITH_ACTOR).groups


@pytest.mark.parametrize("text", ["skip him, any drama", "ok forget that actor", "leave her out"])
def test_him_her_or_that_actor_still_drop_the_person(text: str) -> None:
    assert "people" in find_removals(text, [], WITH_ACTOR).groups


# -- 5. the next person -----------------------------------------------------------------------------------------------

def _next(text: str) -> object:
    return find_person_edit(after(text, [at(text, "rosa marin", "actor", "Rosa Marin")], actors=["Tom Vale"]))


@pytest.mark.parametrize("text", ["& rosa marin?", "rosa marin, she's also good", "rosa marin, loved her too!"])
def test_an_ampersand_or_a_closing_too_names_the_next_person(text: str) -> None:
    edit = _next(text)
    assert edit is not None and edit.actors == ("Rosa Marin",), edit


def test_a_degree_too_inside_a_clause_names_no_next_person() -> None:
    assert _next("rosa marin, nothing too dark") is None


# -- 6. one home for the asking words and the hedges (behaviour unchanged) --------------------------------------------

@pytest.mark.parametrize("text", ["does this app have paper road?", "can you find paper road", "may i see paper road"])
def test_the_shared_availability_asks_still_read(text: str) -> None:
    assert asks_if_available(_title_turn(text, "paper road"))


def test_a_find_verb_is_no_missing_title_question() -> None:
    assert missing_title_words(Turn("test", "out_of_scope", "can i find Glass Orchard", [], {})) is None


@pytest.mark.parametrize("text,value", [("ok ideally under 90", "-90"), ("hm, let's go with 100 then", "-100"),
                                        ("well, make it 110", "-110")])
def test_the_hedges_of_each_bare_reply_still_read(text: str, value: str) -> None:
    cues = bare_bound_cues(text, [], Constraints(genres=["comedy"], media_type=["movie"], max_minutes=80))
    assert [(c.name, c.value) for c in cues] == [("duration", value)], cues
