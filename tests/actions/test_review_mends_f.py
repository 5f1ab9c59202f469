"""Review mends (helper F), the action side: false positives and slow paths the reviewer found in this round's
action code. Each reader gets a "does not fire" case with the reviewer's kind of sentence and one of our own, and the
slow paths a timing guard. Sentences are this module's own paraphrases.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import after, planned  # noqa: E402
from real_recommender import api, item  # noqa: E402,F401

from actions.edits.audience import settles_for_audience  # noqa: E402
from actions.fallback import asks_for_a_topic  # noqa: E402
from actions.query_text import reason_scopes, residual_query  # noqa: E402
from actions.references import finished_title, misspelt_positions  # noqa: E402
from actions.styled_titles import same_franchise, styled_title  # noqa: E402
from actions.title_words import titles_turned_down_by_name  # noqa: E402
from actions.turn import Turn  # noqa: E402


def _styled(text: str) -> tuple[str, str, Any] | None:
    found = styled_title(text, [])
    return None if found is None else (found.entity.value, text[found.entity.start:found.entity.end], found.franchise)


# -- styled titles: a franchise only after explicit style words, no slips, no bare "esque" ------------------------

@pytest.mark.parametrize("text", [
    "anything like christmas",  # a topic after the generic "like": never the Christmas titles
    "something in the spirit of the holidays",
    "a cozy dream-like film",  # a one-word "-like" compound is an English adjective
    "something life-like and slow",
    "a war-like epic",  # no slip: "a war" is no "Anwar"
    "anything romanesque",  # "esque" inside a word
    "a picturesque road movie",
    "shows similar to cooking shows",
    "movies similar to space operas",
])
def test_no_anchor_from_everyday_words(api: str, text: str) -> None:
    assert _styled(text) is None


@pytest.mark.parametrize("text, title", [
    ("something like ozark please", "Ozark"),  # a title named whole after "like" still anchors
    ("a breaking bad-like crime show", "Breaking Bad"),  # a "-like" compound of two words or more
])
def test_whole_titles_still_anchor(api: str, text: str, title: str) -> None:
    found = _styled(text)
    assert found is not None and found[0] == title and found[2] is None, found


def test_a_franchise_still_after_style_words(api: str) -> None:
    found = _styled("got anything beyblade inspired")
    assert found is not None and found[2] == "beyblade"


@pytest.mark.parametrize("text", [
    " " * 5000,
    "x" + " " * 5000 + "!",
    "x-esque " * 620,
    "i want something like a movie i saw last year, stuff like a heist, movies like a road trip and shows like a "
    "cooking contest " * 3,
], ids=["spaces", "spaces-between", "esque-run", "many-cues"])
def test_style_reading_is_fast(api: str, text: str) -> None:
    styled_title(text, [])  # the gazetteer's indexes are built once per process, outside the timing
    started = time.perf_counter()
    styled_title(text + " ", [])
    assert time.perf_counter() - started < 1.0


def test_franchise_members_are_fast(api: str) -> None:
    same_franchise("Dark")
    started = time.perf_counter()
    for _ in range(10):
        same_franchise("Kung Fu Panda: Holiday")
    assert (time.perf_counter() - started) / 10 < 0.5


# -- reasons and purposes end where the topic starts; linear on long messages --------------------------------------

@pytest.mark.parametrize("text, kept", [
    ("a documentary i have to show in class about the cold war", {"documentary", "cold", "war"}),
    ("a film we need to discuss for school about the holocaust", {"holocaust"}),
    ("a movie to impress my date about paris", {"paris"}),
    ("gonna convince my dad, something regarding volcanoes", {"volcanoes"}),
])
def test_a_reason_keeps_the_topic_after_it(text: str, kept: set[str]) -> None:
    assert kept <= set((residual_query(text, []) or "").split()), residual_query(text, [])


@pytest.mark.parametrize("text, gone", [
    ("something short, i need to sleep early", {"sleep", "early"}),  # no topic: the reason is blanked as before
    ("a comedy, trying to win an argument with my brother", {"argument", "brother"}),
])
def test_a_reason_without_a_topic_is_still_blanked(text: str, gone: set[str]) -> None:
    assert not gone & set((residual_query(text, []) or "").split()), residual_query(text, [])


@pytest.mark.parametrize("text", ["a guy who has to " * 1160, "i need to go " * 1500, "to convince my sister " * 900],
                         ids=["relative", "need", "convince"])
def test_reason_scopes_are_linear(text: str) -> None:
    reason_scopes(text[:200])
    started = time.perf_counter()
    reason_scopes(text)
    assert time.perf_counter() - started < 3.0  # ~20k characters; the quadratic reading took seconds


# -- a low-confidence message asks for titles only where a topic stands ------------------------------------------

@pytest.mark.parametrize("text", [
    "looking for customer support", "can you suggest a good pizza place", "recommend me a lawyer",
    "got any advice for my wedding speech?", "how do i pay with western union", "my ninja blender is broken",
    "i need to speak to a manager", "any good dentist near me", "suggest a cheap hotel", "the western wall photos",
])
def test_errands_ask_for_no_titles(text: str) -> None:
    assert not asks_for_a_topic(text), text


@pytest.mark.parametrize("text", ["westerns please", "got any heist films", "got anything on submarines",
                                  "zombie stuff maybe", "looking for something about volcanoes"])
def test_topics_still_ask_for_titles(text: str) -> None:
    assert asks_for_a_topic(text), text


# -- a bare "no" before a determiner answers; what follows is wanted ---------------------------------------------

SHOWN = [{"id": "s2293", "title": "Little Singham", "type": "series"},
         {"id": "s5302", "title": "LEGO Elves: Secrets of Elvendale", "type": "series"},
         {"id": "s2328", "title": "Dark", "type": "series"}]


@pytest.mark.parametrize("text", ["no the lego ones", "no, the singham ones please", "no those lego shows"])
def test_no_before_a_determiner_turns_nothing_down(fixture_gazetteer: None, text: str) -> None:
    assert titles_turned_down_by_name(after(text, [], "feedback_dislike", items=SHOWN)) is None


@pytest.mark.parametrize("text", ["not the lego ones", "no lego shows please", "none of the lego ones"])
def test_turning_down_words_still_turn_down(fixture_gazetteer: None, text: str) -> None:
    found = titles_turned_down_by_name(after(text, [], "feedback_dislike", items=SHOWN))
    assert found is not None and "s5302" in found.item_ids, found


# -- settling for the audience keeps the message's own topic -------------------------------------------------------

HORROR_FOR_A_TODDLER = {"genres": ["horror"], "media_type": ["movie"], "audience": "preschool",
                        "pending_relaxation": {"constraints": {"genres": ["horror"]}, "label": "x"}}


@pytest.mark.parametrize("text, topic", [
    ("ok just something about sharks for her then", "sharks"),
    ("fine, a robot one for his age then", "robot"),
])
def test_settling_for_the_audience_keeps_the_new_topic(text: str, topic: str) -> None:
    turn = Turn("test", "refine", text, [], HORROR_FOR_A_TODDLER)
    assert settles_for_audience(turn) is not None
    plan = planned(turn)
    assert plan.constraints.query == topic and plan.constraints.genres == [], plan.constraints
    assert plan.constraints.audience == "preschool"


def test_settling_without_a_topic_still_clears_it() -> None:
    turn = Turn("test", "refine", "alright, anything for her age then", [], HORROR_FOR_A_TODDLER)
    assert planned(turn).constraints.query is None


# -- positions typed with a slip: never another English word ---------------------------------------------------------

@pytest.mark.parametrize("text", ["the sixty one", "the fifty one please", "the teeth one", "the filth one lol",
                                  "the seconds", "she first one", "tho last one was boring", "the fifty ones",
                                  "then first one"])
def test_no_position_from_other_words(text: str) -> None:
    assert misspelt_positions(text, [], 5) == []


@pytest.mark.parametrize("text, value", [("not teh 2nd", "2"), ("the frist one", "1"), ("the secnd one", "2"),
                                         ("hte last one", "last"), ("the thrid one please", "3"),
                                         ("the secomd one", "2")])
def test_slipped_positions_still_read(text: str, value: str) -> None:
    assert [e.value for e in misspelt_positions(text, [], 5)] == [value]


# -- "done with <one everyday word>" is a state of mind ----------------------------------------------------------------

@pytest.mark.parametrize("text", ["done with life lol", "so through with love honestly", "i'm done with people"])
def test_done_with_an_everyday_word_names_no_title(fixture_gazetteer: None, text: str) -> None:
    assert finished_title(text) is None


@pytest.mark.parametrize("text, title", [("done with Dark, what next", "Dark"), ('done with "dark", now what', "Dark"),
                                         ("i just finished dark and need a new one", "Dark"),
                                         ("all done with ozark, now what", "Ozark")])
def test_a_title_watched_through_is_still_read(fixture_gazetteer: None, text: str, title: str) -> None:
    found = finished_title(text)
    assert found is not None and found.value == title


# -- one pattern for the watcher's age: blanked as a figure, and the watcher when settling -------------------------

@pytest.mark.parametrize("text", ["a cartoon right for my son's age about trains", "something about trains for a kid that age",
                                  "trains stuff, fine for her age"])
def test_the_watchers_age_is_no_query(text: str) -> None:
    words = set((residual_query(text, []) or "").split())
    assert "trains" in words and not words & {"son", "kid", "age", "her"}, words


@pytest.mark.parametrize("text", ["ok then anything for a kid her age", "fine, just something ok for my son's age"])
def test_settling_reads_the_same_watchers_age(text: str) -> None:
    assert settles_for_audience(Turn("test", "refine", text, [], HORROR_FOR_A_TODDLER)) is not None
