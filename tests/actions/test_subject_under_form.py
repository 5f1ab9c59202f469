"""A form said with "only" after a search of other genres narrows the list to that form ("docs only" after sports
films: sports documentaries; actions/planning._additive_genres, ``_ONLY_BEFORE_RE`` / ``_ONLY_AFTER_RE``), replaced by the
form alone only when no title has both (``unless_empty``). Said alone or with "instead" it still replaces (round 15).
Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from planned_turns import after, planned


def _plan_after(text: str, held: list[str], word: str = "doc"):
    start = text.index(word)
    end = start + len(text[start:].split()[0].rstrip(",."))
    return planned(after(text, [Entity("genre", "documentary", None, start, end)], genres=held, media_type=["movie"]))


@pytest.mark.parametrize("text", ["docs only", "only the documentaries please", "hmm just documentaries",
                                  "documentary ones only"])
def test_only_a_form_narrows_the_search_to_it(text: str) -> None:
    plan = _plan_after(text, ["sports"])
    assert plan.constraints.genres == ["sports", "documentary"], plan.constraints
    assert plan.unless_empty is not None and plan.unless_empty.genres == ["documentary"]


# a bare "documentaries" narrows to the subject's documentaries (round 20e: test_forms_after_subjects20e)
@pytest.mark.parametrize("text", ["documentaries instead", "just docs instead"])
def test_a_form_said_alone_or_instead_replaces(text: str) -> None:
    assert _plan_after(text, ["sports"]).constraints.genres == ["documentary"]


def test_only_a_story_genre_still_replaces() -> None:
    text = "only comedies"
    plan = planned(after(text, [Entity("genre", "comedy", None, 5, 13)], genres=["horror"], media_type=["movie"]))
    assert plan.constraints.genres == ["comedy"]
