"""Round 17c: an origin's dramas said as one word ("kdrama", "korean dramas") ask for drama-tagged series first; when
none fits the rest of the request, any series of that origin — by the catalog's tag or country column, never a
language inferred from a co-production's first country — with the answer saying so (actions/origin_dramas.py).
Driven through the real action classes against the real recommender over the fixture catalog, whose Korean series
with 3 seasons are none of them dramas."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import convo, ent, located  # noqa: E402,F401


def _kdrama(text: str, word: str) -> list[dict]:
    start = text.index(word)
    end = start + len(word)
    return [ent("genre", "drama", None, start, end), ent("language", "ko", None, start, end),
            ent("media_type", "series", None, start, end)]


async def test_no_drama_fits_then_any_korean_series(api, convo):  # noqa: F811
    text = "a kdrama with 3 or more seasons"
    await convo.say("request_recommendation", _kdrama(text, "kdrama")
                    + [located(text, "3 or more seasons", "seasons", "3-")], text)
    assert convo.items, convo.text
    assert "No Korean dramas fit all of that" in convo.text
    assert all((i.get("seasons") or 0) >= 3 for i in convo.items), convo.items


async def test_drama_tagged_series_come_first_when_they_fit(api, convo):  # noqa: F811
    text = "kdramas please"
    await convo.say("request_recommendation", _kdrama(text, "kdramas"), text)
    assert convo.items and "No Korean dramas" not in convo.text, convo.text


async def test_drama_said_apart_from_the_origin_stays_required(api, convo):  # noqa: F811
    text = "korean series, a drama with 3 or more seasons"
    await convo.say("request_recommendation", [
        located(text, "korean", "language", "ko"), located(text, "series", "media_type", "series"),
        located(text, "drama", "genre", "drama"), located(text, "3 or more seasons", "seasons", "3-")], text)
    assert not convo.items, convo.text
