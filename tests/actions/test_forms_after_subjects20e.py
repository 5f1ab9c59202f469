"""A form said bare after a subject search narrows to that form (round 20e: actions/planning.py ``_bare_form``).

Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from contract.constraints import CLASSIC_YEARS, GENERATION_YEARS, OLD_YEARS
from planned_turns import after, planned


def _plan(text: str, held: list[str], word: str):
    start = text.index(word)
    entity = Entity("genre", "documentary", None, start, start + len(word))
    return planned(after(text, [entity], genres=held, media_type=["movie"]))


@pytest.mark.parametrize("text,word", [("hmm maybe a doc?", "doc"), ("documentaries", "documentaries"),
                                       ("ok some docs then", "docs")])
def test_a_bare_documentary_after_sports_films_is_sports_documentaries(text: str, word: str) -> None:
    plan = _plan(text, ["sports"], word)
    assert plan.constraints.genres == ["sports", "documentary"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["documentary"]


@pytest.mark.parametrize("text,word", [("docs instead", "docs"), ("no i meant a documentary", "documentary"),
                                       ("a documentary about space travel", "documentary")])
def test_a_documentary_with_swap_words_or_its_own_subject_replaces(text: str, word: str) -> None:
    assert _plan(text, ["sports"], word).constraints.genres == ["documentary"]


def test_a_bare_documentary_after_a_story_genre_replaces() -> None:
    assert _plan("maybe a doc", ["comedy"], "doc").constraints.genres == ["documentary"]


# --- "classic(s)": the catalog's classic shelf first, else the classic years (planning._classic_shelf_first)

def test_classic_films_are_the_classic_shelf_first() -> None:
    text = "any classic films?"
    ents = [Entity("year", f"old:{CLASSIC_YEARS}", None, 4, 11), Entity("media_type", "movie", None, 12, 17)]
    plan = planned(after(text, ents, intent="request_recommendation"))
    assert plan.constraints.genres == ["classic"] and plan.constraints.older_than_years == GENERATION_YEARS
    assert plan.unless_empty is not None and plan.unless_empty.older_than_years == CLASSIC_YEARS
    assert not plan.unless_empty.genres


def test_plain_old_films_stay_an_age() -> None:
    text = "some old westerns"
    plan = planned(after(text, [Entity("year", "old", None, 5, 8)], intent="request_recommendation"))
    assert "classic" not in plan.constraints.genres and plan.constraints.older_than_years == OLD_YEARS


# --- a topic said with hedges and an origin after a list keeps the search (edits.bare_topic_reply) -----------------

def test_a_hedged_topic_with_an_origin_keeps_the_genre() -> None:
    text = "a baking one perhaps, korean"
    start = text.index("korean")
    plan = planned(after(text, [Entity("language", "ko", None, start, start + 6)], genres=["reality"],
                         media_type=["series"]))
    assert plan.constraints.genres == ["reality"] and plan.constraints.languages == ["ko"], plan.constraints
    assert plan.constraints.query == "baking", plan.constraints


def test_a_request_with_its_own_words_is_no_bare_topic() -> None:
    from actions.edits.topics import bare_topic_reply
    assert bare_topic_reply("i want something about dinosaurs", []) is None
