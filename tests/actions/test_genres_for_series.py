"""A series search for a genre the catalog tags on films only ("a sports series", "a show about music") is sent as
its nearest series genre with the genre as the topic, and says so (actions/constraints.genres_for_series, used by
recommend.execute_plan), instead of "I couldn't find anything". Phrasings are this module's own."""

from __future__ import annotations

import uuid

import pytest

from actions.constraints import FILM_ONLY_SUBJECTS, genres_for_series
from contract.constraints import Constraints


def test_the_film_only_subjects_are_read_from_the_catalog_tags() -> None:
    assert {"sports", "music"} <= FILM_ONLY_SUBJECTS and "crime" not in FILM_ONLY_SUBJECTS


def test_a_sports_series_is_a_docuseries_about_sports() -> None:
    state, moved = genres_for_series(Constraints(genres=["sports"], media_type=["series"]))
    assert (state.genres, state.query, moved) == (["documentary"], "sports", ["sports"])


def test_a_subject_beside_another_genre_becomes_the_topic_only() -> None:
    state, moved = genres_for_series(Constraints(genres=["music", "kids"], media_type=["series"], query="animals"))
    assert (state.genres, state.query, moved) == (["kids"], "animals music", ["music"])


@pytest.mark.parametrize("state", [Constraints(genres=["sports"], media_type=["movie"]),
                                   Constraints(genres=["sports"]),  # films allowed: the genre holds
                                   Constraints(genres=["crime"], media_type=["series"])])
def test_nothing_moves_where_the_format_has_the_genre(state: Constraints) -> None:
    assert genres_for_series(state) is None


@pytest.fixture
def convo(recommender_url: str, monkeypatch: pytest.MonkeyPatch):
    pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")
    from dialogue_driver import Conversation

    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


async def test_a_music_series_request_gets_series_about_music(convo) -> None:
    from dialogue_driver import located

    text = "a series about music"
    await convo.say("request_recommendation", [located(text, "series", "media_type", "series"),
                                               located(text, "music", "genre", "music")], text)
    assert convo.items and all(i["type"] == "series" for i in convo.items), convo.text
    assert "No music series are tagged here" in convo.text
