"""The actions end to end against an in-process fake recommender (multi-turn slot behaviour).

Run from the project root in the Rasa runtime: ``.venv-rasa/bin/python -m pytest tests/actions``.
"""

from __future__ import annotations

import asyncio
from typing import Awaitable, Callable

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, ent  # noqa: E402
from fake_recommender import FakeRecommender, running_fake  # noqa: E402


def span(text: str, phrase: str) -> tuple[None, int, int]:
    """(role, start, end) of ``phrase`` in ``text``, for ``ent(name, value, *span(...))``."""
    start = text.index(phrase)
    return None, start, start + len(phrase)


def run(scenario: Callable[[FakeRecommender, Conversation], Awaitable[None]]) -> None:
    async def main() -> None:
        async with running_fake() as fake:
            await scenario(fake, Conversation())

    asyncio.run(main())


@pytest.fixture(autouse=True)
def _timeout_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "2")
    monkeypatch.setenv("MEDIABOT_GAZETTEER", "/nonexistent/gazetteer.json")


def point_at(monkeypatch: pytest.MonkeyPatch):
    def _set(fake: FakeRecommender) -> None:
        monkeypatch.setenv("RECOMMENDER_URL", fake.url)
    return _set


def test_comedies_then_under_30_minutes(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy", start=0, end=8)], "comedies")
        assert fake.requests[-1]["constraints"] == {"genres": ["comedy"]}
        assert convo.items and all("comedy" in i["genres"] for i in convo.items)
        assert convo.text.startswith("Here are") and "1. " in convo.text
        await convo.say("refine", [ent("duration", "-30", start=6, end=16)], "under 30 minutes please")
        assert fake.requests[-1]["constraints"] == {"genres": ["comedy"], "max_minutes": 30}
        assert all(i["duration_minutes"] <= 30 for i in convo.items)
        assert "under 30 min" in convo.text
    run(scenario)


def test_recommendation_payload_and_buttons(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        msgs = await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        custom = [m["custom"] for m in msgs if m.get("custom")]
        assert custom[0]["type"] == "recommendations" and custom[0]["constraints"] == {"genres": ["comedy"]}
        for item in custom[0]["items"]:
            assert {"id", "title", "type", "year", "duration_minutes", "seasons", "rating", "genres", "reason"} <= set(item)
        payloads = [b["payload"] for b in convo.buttons]
        assert "/something_else" in payloads and '/refine{"duration":"shorter"}' in payloads
        assert fake.requests[-1]["user_id"] == "test:user"
    run(scenario)


def test_actually_a_thriller_replaces_genre(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        await convo.say("refine", [ent("genre", "thriller")], "actually, a thriller")
        assert fake.requests[-1]["constraints"] == {"genres": ["thriller"]}
    run(scenario)


def test_shorter_tightens_from_shown_items(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        longest = max(i["duration_minutes"] for i in convo.items)
        await convo.say("refine", [ent("duration", "shorter")], '/refine{"duration":"shorter"}')
        assert fake.requests[-1]["constraints"]["max_minutes"] == int(longest * 0.75)
        await convo.say("refine", [ent("duration", "shorter")], "shorter")
        assert fake.requests[-1]["constraints"]["max_minutes"] == int(int(longest * 0.75) * 0.75)
    run(scenario)


def test_something_else_keeps_constraints_and_excludes_shown(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        first = {i["id"] for i in convo.items}
        await convo.say("something_else", [], "something else")
        assert fake.requests[-1]["constraints"] == {"genres": ["comedy"]}
        assert set(fake.requests[-1]["exclude_ids"]) == first
        assert not first & {i["id"] for i in convo.items}
    run(scenario)


def test_more_like_the_second_one(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        second = convo.items[1]
        await convo.say("more_like", [ent("position", "2")], "more like the second one")
        req = fake.requests[-1]
        assert req["constraints"]["similar_to"] == second["id"]
        assert second["id"] in req["exclude_ids"]
        assert f"like {second['title']}" in convo.text
    run(scenario)


def test_more_like_without_reference_asks_which(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        count = len(fake.requests)
        await convo.say("more_like", [], "more like that")
        assert len(fake.requests) == count
        assert "which" in convo.text.lower()
        assert convo.buttons[0]["payload"] == '/more_like{"position":"1"}'
    run(scenario)


def test_start_over_clears_everything(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies under 40")
        await convo.say("start_over", [], "start over")
        assert convo.slots == {}
        await convo.say("refine", [ent("media_type", "movie")], "only movies")
        assert fake.requests[-1]["constraints"] == {"media_type": "movie"}
    run(scenario)


def test_new_subject_starts_a_new_search(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies under 40")
        await convo.say("request_recommendation", [ent("language", "ko"), ent("genre", "drama")], "korean dramas")
        assert fake.requests[-1]["constraints"] == {"genres": ["drama"], "languages": ["ko"]}
        await convo.say("request_recommendation", [ent("audience", "kids", None, 0, 11)], "for my kids")
        assert fake.requests[-1]["constraints"] == {"genres": ["drama"], "languages": ["ko"], "audience": "kids"}
    run(scenario)


def test_vague_request_gets_a_diverse_set_and_chips(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [], "i'm bored")
        assert fake.requests[-1]["constraints"] == {} and fake.requests[-1]["limit"] == 20
        genres = [tuple(i["genres"]) for i in convo.items]
        assert len(convo.items) == 5 and len(set(genres)) == 5
        assert any(b["title"] == "Comedy" for b in convo.buttons)
        assert "?" not in convo.text.splitlines()[0]
    run(scenario)


def test_free_text_topic_becomes_the_query(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        text = "a heist movie set in paris"
        await convo.say("request_recommendation", [ent("genre", "crime", *span(text, "heist")),
                                                   ent("media_type", "movie", *span(text, "movie"))], text)
        assert fake.requests[-1]["query"] == "set paris"
        text = "what should i watch with my kids tonight?"
        await convo.say("request_recommendation", [ent("audience", "kids", *span(text, "with my kids"))], text)
        assert fake.requests[-1]["query"] == "set paris"  # a refinement keeps the topic
        await convo.say("request_recommendation", [], "something about dinosaurs")
        assert fake.requests[-1]["query"] == "dinosaurs"  # a new topic is a new search
        assert fake.requests[-1]["constraints"] == {}
    run(scenario)


def test_no_results_offers_relaxation_and_yes_accepts_it(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "documentary"), ent("duration", "-10")], "short docs")
        assert not convo.items
        assert "couldn't find" in convo.text and "allow up to 60 minutes" in convo.text
        assert convo.buttons[0] == {"title": "Allow up to 60 minutes", "payload": "/affirm"}
        await convo.say("affirm", [], "yes")
        assert fake.requests[-1]["constraints"]["max_minutes"] == 60
        assert convo.slots["max_minutes"] == 60
    run(scenario)


def test_rejected_request_is_explained(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "unknown")], "unknown stuff")
        assert "I don't know the genre 'unknown'." in convo.text
    run(scenario)


def test_recommender_down_gives_an_honest_apology(monkeypatch):
    monkeypatch.setenv("RECOMMENDER_URL", "http://127.0.0.1:9")  # discard port: nothing listens

    async def scenario():
        convo = Conversation()
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        assert "can't reach the catalog" in convo.text
        await convo.say("ask_details", [ent("position", "1")], "tell me about the first one")
        assert "haven't shown" in convo.text
    asyncio.run(scenario())


def test_recommender_timeout_gives_an_honest_apology(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "0.2")
        fake.delay_s = 1.0
        started = asyncio.get_running_loop().time()
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        assert asyncio.get_running_loop().time() - started < 0.9
        assert "can't reach the catalog" in convo.text and not convo.items
    run(scenario)


def test_details_of_the_second_one(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        second = convo.items[1]
        msgs = await convo.say("ask_details", [ent("position", "2")], "tell me about the second one")
        custom = [m["custom"] for m in msgs if m.get("custom")][0]
        assert custom["type"] == "item_details" and custom["item"]["id"] == second["id"]
        assert second["title"] in convo.text and "Starring Ann Actor" in convo.text
        assert convo.slots["focused_id"] == second["id"]
        await convo.say("ask_details", [], "how long is it")
        assert second["title"] in convo.text
        await convo.say("more_like", [], "more like this")
        assert fake.requests[-1]["constraints"]["similar_to"] == second["id"]
    run(scenario)


def test_position_out_of_range(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "thriller")], "thrillers")
        await convo.say("ask_details", [ent("position", "5")], "the fifth one")
        assert f"only showed {len(convo.slots['last_items'])}" in convo.text
    run(scenario)


def test_why_this_uses_the_reason_and_constraints(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies")
        first = convo.items[0]
        await convo.say("why_this", [ent("position", "1")], "why the first one")
        assert first["title"] in convo.text and first["reason"] in convo.text and "under 40 min" in convo.text
    run(scenario)


def test_feedback_posts_with_sender_id(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        third = convo.items[2]
        await convo.say("feedback_seen", [ent("position", "3")], "seen the third one")
        assert fake.feedback[-1] == {"user_id": "test:user", "item_id": third["id"], "kind": "seen"}
        assert third["title"] in convo.text
        await convo.say("feedback_like", [ent("item_id", "s2")], '/feedback_like{"item_id":"s2"}')
        assert fake.feedback[-1] == {"user_id": "test:user", "item_id": "s2", "kind": "like"}
        assert "Midnight Chase" in convo.text
        await convo.say("feedback_dislike", [], "didn't like it")
        assert fake.feedback[-1]["item_id"] == "s2" and fake.feedback[-1]["kind"] == "dislike"
        first = convo.slots["last_items"][0]
        await convo.say("feedback_dislike", [ent("position", "1", "exclude")], "didn't like the first one")
        assert fake.feedback[-1] == {"user_id": "test:user", "item_id": first["id"], "kind": "dislike"}
    run(scenario)


def test_feedback_without_reference_asks_which(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        await convo.say("feedback_like", [], "loved it")
        assert not fake.feedback
        assert convo.buttons[0]["payload"] == '/feedback_like{"position":"1"}'
    run(scenario)


def test_fallback_with_entities_recommends_else_explains(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        msgs = await convo.say("nlu_fallback", [], "asdfgh")
        assert [m.get("response") for m in msgs] == ["utter_default"]
        await convo.say("nlu_fallback", [ent("genre", "comedy")], "comedy 90s pls")
        assert convo.items
    run(scenario)


def test_refine_without_understood_change_asks_what_to_change(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy", None, 0, 8)], "comedies")
        count = len(fake.requests)
        await convo.say("refine", [], "hmm make it better")
        assert len(fake.requests) == count and "What should I change?" in convo.text
    run(scenario)


def test_more_like_an_unshown_title_is_a_new_search(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-30")], "short comedies")
        await convo.say("more_like", [ent("title", "Stranger Things", "similar")], "more like stranger things")
        assert fake.requests[-1]["constraints"] == {"similar_to": "Stranger Things"}
    run(scenario)


def test_something_else_when_everything_was_shown(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-30")], "short comedies")
        assert len(convo.items) == 3
        await convo.say("something_else", [], "something else")
        assert "You've seen all of it" in convo.text and "allow up to 60 minutes" in convo.text
    run(scenario)


def test_complaints_refine_relative_to_the_list(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy", None, 0, 8)], "comedies")
        longest = max(i["duration_minutes"] for i in convo.items)
        await convo.say("refine", [], "those are too long")
        assert fake.requests[-1]["constraints"]["max_minutes"] == int(longest * 0.75)
        await convo.say("refine", [], "too scary for me")
        assert fake.requests[-1]["constraints"]["exclude_genres"] == ["horror"]
        assert "query" not in fake.requests[-1]
    run(scenario)


def test_fallback_pointing_at_a_shown_title_shows_it(monkeypatch):
    async def scenario(fake, convo):
        point_at(monkeypatch)(fake)
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        second = convo.items[1]
        await convo.say("nlu_fallback", [ent("position", "2")], "the second one")
        assert second["title"] in convo.text and convo.slots["focused_id"] == second["id"]
    run(scenario)
