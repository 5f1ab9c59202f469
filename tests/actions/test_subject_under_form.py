"""A form said after a search of its subject keeps the subject: "docs only" after sports films is sports
documentaries (contract.vocabulary.subject_kept_under, actions/constraints._kept_beside). Phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from planned_turns import after, planned


def _genres_after(text: str, held: list[str]) -> list[str]:
    start = text.index("doc")
    end = start + len(text[start:].split()[0].rstrip(",."))
    plan = planned(after(text, [Entity("genre", "documentary", None, start, end)], genres=held, media_type=["movie"]))
    return sorted(plan.constraints.genres)


@pytest.mark.parametrize("text", ["docs only", "only the documentaries please", "hmm documentary ones"])
def test_a_documentary_said_after_a_subject_keeps_the_subject(text: str) -> None:
    assert _genres_after(text, ["sports"]) == ["documentary", "sports"]


@pytest.mark.parametrize("held", [["music"], ["crime"]])
def test_every_subject_a_documentary_can_be_about_stays(held: list[str]) -> None:
    assert _genres_after("docs only", held) == sorted(["documentary", *held])


@pytest.mark.parametrize("held", [["comedy"], ["romance"], ["horror"]])
def test_a_story_genre_no_documentary_is_about_is_replaced(held: list[str]) -> None:
    assert _genres_after("docs only", held) == ["documentary"]
