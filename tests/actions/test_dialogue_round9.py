"""Dialogue round 9: edit classes of the search, each by its rule, planned (pure) and against the real recommender
on the fixture catalog.

1. a pivot to a title keeps the search minus its people while that leaves new titles, else only format, caps,
bounds and exclusions (``Plan.unless_empty``); 2. a clause about the viewers' state ("we're beat") is no topic:
a constraint said with it edits the search; 3. turning the whole list down ("bored of these") keeps the search
and shows fresh picks. Sentences are this module's own."""

from __future__ import annotations

from typing import Any

import pytest
from dialogue_driver import Conversation, convo, ent  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned

from contract.constraints import Constraints


@pytest.fixture
def api(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    return recommender_url


def span(text: str, phrase: str, name: str, value: str, role: str | None = None) -> dict[str, Any]:
    start = text.index(phrase)
    return ent(name, value, role, start, start + len(phrase))


def ids(convo: Conversation) -> set[str]:
    return {i["id"] for i in convo.items}


# -- 1. a pivot to similarity: the search first, the narrow base when nothing new is left ------------------------

def test_the_pivot_keeps_the_search_minus_its_people_with_the_narrow_base_as_fallback() -> None:
    text = "ok more like number four"
    plan = planned(after(text, [at(text, "number four", "position", "4")], "more_like", genres=["thriller"],
                         languages=["ko"], directors=["Someone"], query="revenge", media_type=["series"],
                         max_minutes=60))
    c = plan.constraints
    assert (c.similar_to, c.genres, c.languages, c.directors, c.query) == ("s4", ["thriller"], ["ko"], [], None)
    assert plan.unless_empty == Constraints(media_type=["series"], max_minutes=60, similar_to="s4",
                                            similar_title="Title 4")


def test_a_pivot_on_a_search_of_people_only_needs_no_fallback() -> None:
    text = "more like the third"
    plan = planned(after(text, [at(text, "the third", "position", "3")], "more_like", actors=["Someone"]))
    assert plan.constraints.similar_to == "s3" and plan.constraints.actors == [] and plan.unless_empty is None


async def test_more_like_one_of_korean_crime_shows_stays_korean_crime(api: str, convo: Conversation) -> None:
    text = "some korean crime series please"
    await convo.say("request_recommendation", [span(text, "korean", "language", "ko"),
                                               span(text, "crime", "genre", "crime"),
                                               span(text, "series", "media_type", "series")], text)
    shown = ids(convo)
    assert len(shown) == 5, convo.text
    text = "got any more like number two?"
    await convo.say("more_like", [span(text, "number two", "position", "2")], text)
    assert convo.items and not shown & ids(convo), convo.text
    assert all("crime" in (i.get("genres") or []) and i["type"] == "series" for i in convo.items), convo.text
    assert convo.slots.get("genres") == ["crime"] and convo.slots.get("languages") == ["ko"]


async def test_more_like_the_only_korean_thriller_falls_back_to_the_similarity(api: str, convo: Conversation) -> None:
    text = "a korean thriller"
    await convo.say("request_recommendation", [span(text, "korean", "language", "ko"),
                                               span(text, "thriller", "genre", "thriller")], text)
    shown = ids(convo)
    assert len(shown) == 1, convo.text
    text = "similar to that one?"
    await convo.say("more_like", [span(text, "that one", "position", "1")], text)
    assert "seen all" not in convo.text and convo.items and not shown & ids(convo), convo.text
    assert not convo.slots.get("languages") and not convo.slots.get("genres"), "the similarity stands for them"
