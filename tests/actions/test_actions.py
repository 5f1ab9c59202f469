"""The actions end to end against the REAL recommender (multi-turn slot behaviour).

The gateway runs as a subprocess over the fixture catalog (tests/fixtures/netflix_small.csv, see
``real_recommender.py``) and the actions reach it over HTTP, exactly as in production. Assertions check
real behaviour: every shown title satisfies the constraints (checked against GET /api/items/{id}), the
constraints the API reports as applied, the relaxations the API itself offers, and the effect of
feedback on later recommendations for the same viewer.

Run from the project root in the Rasa runtime: ``.venv-rasa/bin/python -m pytest tests/actions``.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import COUNTED_INTENTS, Conversation, ent  # noqa: E402
from real_recommender import api_post, free_port, item, silent_server  # noqa: E402,F401

from contract.payloads import HandoffState, PlainText  # noqa: E402
from contract.vocabulary import AUDIENCES, RATING_AUDIENCE  # noqa: E402  (plain data)

UNAVAILABLE = "can't reach the catalog"


def span(text: str, phrase: str) -> tuple[None, int, int]:
    """(role, start, end) of ``phrase`` in ``text``, for ``ent(name, value, *span(...))``."""
    start = text.index(phrase)
    return None, start, start + len(phrase)


@pytest.fixture
def api(recommender_url: str, monkeypatch: pytest.MonkeyPatch) -> str:  # noqa: F811
    """Point the actions at the real gateway; returns its base URL."""
    monkeypatch.setenv("RECOMMENDER_URL", recommender_url)
    return recommender_url


@pytest.fixture(autouse=True)
def _test_env(monkeypatch: pytest.MonkeyPatch) -> None:
    # Generous: the real recommender encodes the query with the embedding model on a busy box.
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "30")
    monkeypatch.setenv("MEDIABOT_GAZETTEER", "/nonexistent/gazetteer.json")


@pytest.fixture
def convo() -> Conversation:
    """A fresh viewer per test (feedback of one test must not personalise another)."""
    return Conversation(sender_id=f"test:{uuid.uuid4().hex[:12]}")


def satisfies(base: str, shown: dict[str, Any], constraints: dict[str, Any]) -> list[str]:
    """What of ``constraints`` the catalog record of ``shown`` violates (empty list: all satisfied)."""
    full = item(base, shown["id"])
    problems = []
    genres = set(full.get("genres") or [])
    minutes = full.get("duration_minutes")
    if not set(constraints.get("genres") or []) <= genres:
        problems.append(f"genres {full.get('genres')} lack {constraints['genres']}")
    if set(constraints.get("exclude_genres") or []) & genres:
        problems.append(f"genres {full.get('genres')} include an excluded one")
    media = constraints.get("media_type")
    if media and full["type"] not in (media if isinstance(media, list) else [media]):
        problems.append(f"type {full['type']} is not {media}")
    if constraints.get("max_minutes") is not None and (minutes is None or minutes > constraints["max_minutes"]):
        problems.append(f"runtime {minutes} above {constraints['max_minutes']}")
    if constraints.get("min_minutes") is not None and (minutes is None or minutes < constraints["min_minutes"]):
        problems.append(f"runtime {minutes} below {constraints['min_minutes']}")
    if constraints.get("languages") and not set(constraints["languages"]) & set(full.get("languages") or []):
        problems.append(f"languages {full.get('languages')} not in {constraints['languages']}")
    if constraints.get("audience"):
        audience = RATING_AUDIENCE.get(full.get("rating") or "")
        if audience is None or AUDIENCES.index(audience) > AUDIENCES.index(constraints["audience"]):
            problems.append(f"rating {full.get('rating')} is beyond {constraints['audience']}")
    # The item the action shows is the one the catalog holds.
    if (full["title"], full["type"]) != (shown["title"], shown["type"]):
        problems.append(f"shown as {shown['title']!r}, catalog says {full['title']!r}")
    return problems


def assert_all_satisfy(base: str, convo: Conversation, constraints: dict[str, Any]) -> None:
    assert convo.items, convo.text
    bad = {i["id"]: p for i in convo.items if (p := satisfies(base, i, constraints))}
    assert not bad, bad


def total_for(base: str, user_id: str, constraints: dict[str, Any]) -> int:
    status, body = api_post(base, "/api/recommendations", {"constraints": constraints, "user_id": user_id})
    assert status == 200, body
    return body["total_matches"]


def hard(applied: dict[str, Any] | None) -> dict[str, Any] | None:
    """The applied constraints without the free-text ``query`` (the words no entity covered) and
    ``exclude_ids`` (the titles already shown), both of which the API echoes back."""
    return None if applied is None else {k: v for k, v in applied.items() if k not in ("query", "exclude_ids")}


def filled(message: dict[str, Any]) -> set[str]:
    """The parts of a dispatcher message that carry something (the SDK fills every key, mostly None)."""
    return {key for key, value in message.items() if value}


def shown_minutes(convo: Conversation) -> list[int]:
    return [i["duration_minutes"] for i in convo.items if i.get("duration_minutes") is not None]


async def test_comedies_then_under_30_minutes(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy", start=0, end=8)], "comedies")
    assert hard(convo.applied) == {"genres": ["comedy"]}
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})
    assert convo.text.startswith("Here are") and "1. " in convo.text
    await convo.say("refine", [ent("duration", "-30", start=6, end=16)], "under 30 minutes please")
    assert hard(convo.applied) == {"genres": ["comedy"], "max_minutes": 30}
    assert_all_satisfy(api, convo, {"genres": ["comedy"], "max_minutes": 30})
    assert "under 30 min" in convo.text


async def test_recommendation_payload_and_buttons(api, convo):
    msgs = await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    assert [filled(m) for m in msgs] == [{"custom"}]  # one payload: no text copy, no buttons beside it
    custom = [m["custom"] for m in msgs if m.get("custom")]
    assert custom[0]["type"] == "recommendations" and hard(custom[0]["constraints"]) == {"genres": ["comedy"]}
    assert len(custom[0]["items"]) == 5
    for shown in custom[0]["items"]:
        assert {"id", "title", "type", "year", "duration_minutes", "seasons", "rating", "genres", "reason"} <= set(shown)
    payloads = [b["payload"] for b in convo.buttons]
    assert "/something_else" in payloads and '/refine{"duration":"shorter"}' in payloads
    assert convo.slots["shown_ids"] == [i["id"] for i in custom[0]["items"]]


async def test_actually_a_thriller_replaces_genre(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    await convo.say("refine", [ent("genre", "thriller")], "actually, a thriller")
    assert hard(convo.applied) == {"genres": ["thriller"]}
    assert_all_satisfy(api, convo, {"genres": ["thriller"]})


async def test_shorter_tightens_to_three_quarters(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    shown = shown_minutes(convo)
    await convo.say("refine", [ent("duration", "shorter")], '/refine{"duration":"shorter"}')
    # no bound in the search: below the list's median (shorter than most of what was shown)
    bound = math.ceil(statistics.median(shown)) - 1
    assert hard(convo.applied) == {"genres": ["comedy"], "max_minutes": bound}
    assert_all_satisfy(api, convo, {"genres": ["comedy"], "max_minutes": bound})
    shown_now = shown_minutes(convo)
    await convo.say("refine", [ent("duration", "shorter")], "shorter")
    # below the bound in force and below the longest item shown (issue 10: "even shorter")
    tighter = min(math.floor(min(bound, max(shown_now)) * 0.75), math.ceil(statistics.median(shown_now)) - 1)
    assert convo.slots["max_minutes"] == tighter
    assert_all_satisfy(api, convo, {"genres": ["comedy"], "max_minutes": tighter})


async def test_something_else_keeps_constraints_and_excludes_shown(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    first = {i["id"] for i in convo.items}
    await convo.say("something_else", [], "something else")
    assert hard(convo.applied) == {"genres": ["comedy"]}
    assert set(convo.applied["exclude_ids"]) == first
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})
    second = {i["id"] for i in convo.items}
    assert len(second) == 5 and not first & second
    assert set(convo.slots["shown_ids"]) == first | second


async def test_more_like_the_second_one(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    first = {i["id"] for i in convo.items}
    second = convo.items[1]
    await convo.say("more_like", [ent("position", "2")], "more like the second one")
    assert convo.slots["similar_to"] == second["id"]
    assert convo.items and second["id"] not in {i["id"] for i in convo.items}
    assert not first & {i["id"] for i in convo.items}
    assert f"like {second['title']}" in convo.text


async def test_more_like_without_reference_asks_which(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    before = dict(convo.slots)
    await convo.say("more_like", [], "more like that")
    assert convo.applied is None and convo.slots == before  # nothing was searched
    assert "which" in convo.text.lower()
    assert convo.buttons[0]["payload"] == '/more_like{"position":"1"}'


async def test_start_over_clears_everything(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies under 40")
    await convo.say("start_over", [], "start over")
    assert convo.slots == {}
    await convo.say("refine", [ent("media_type", "movie")], "only movies")
    assert hard(convo.applied) == {"media_type": ["movie"]}  # the API normalises to a list
    assert_all_satisfy(api, convo, {"media_type": "movie"})


async def test_new_subject_starts_a_new_search(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies under 40")
    await convo.say("request_recommendation", [ent("language", "ko"), ent("genre", "drama")], "korean dramas")
    assert hard(convo.applied) == {"genres": ["drama"], "languages": ["ko"]}
    assert_all_satisfy(api, convo, {"genres": ["drama"], "languages": ["ko"]})
    await convo.say("request_recommendation", [ent("audience", "kids", None, 0, 11)], "for my kids")
    # The fixture catalog has no Korean drama for kids: the refinement keeps all three and says so.
    assert {k: convo.slots.get(k) for k in ("genres", "languages", "audience", "max_minutes")} == \
        {"genres": ["drama"], "languages": ["ko"], "audience": "kids", "max_minutes": None}
    assert not convo.items and "couldn't find" in convo.text


async def test_vague_request_gets_a_diverse_set_and_chips(api, convo):
    await convo.say("request_recommendation", [], "i'm bored")
    assert hard(convo.applied) == {}
    genres = [tuple(i["genres"]) for i in convo.items]
    assert len(convo.items) == 5 and len(set(genres)) == 5
    assert len({g for gs in genres for g in gs}) >= 5  # a spread, not five flavours of one genre
    assert any(b["title"] == "Comedy" for b in convo.buttons)
    assert "?" not in convo.text.splitlines()[0]


async def test_free_text_topic_becomes_the_query(api, convo):
    text = "a heist movie set in paris"
    # (the fixture catalog has no crime movie, so "heist" is read as a thriller here)
    await convo.say("request_recommendation", [ent("genre", "thriller", *span(text, "heist")),
                                               ent("media_type", "movie", *span(text, "movie"))], text)
    assert convo.applied == {"genres": ["thriller"], "media_type": ["movie"], "query": "paris"}  # "set" is phrasing, not a topic (issue 10)
    assert_all_satisfy(api, convo, {"genres": ["thriller"], "media_type": "movie"})
    text = "what should i watch with my kids tonight?"
    await convo.say("request_recommendation", [ent("audience", "kids", *span(text, "with my kids"))], text)
    assert convo.slots["query"] == "paris"  # a refinement keeps the topic
    await convo.say("request_recommendation", [], "something about dinosaurs")
    # a new topic is a new search, for the same viewers: the kids are still watching
    # young children never get stand-up or talk shows (round 18d: planning.without_grown_up_comedy)
    assert convo.applied == {"query": "dinosaurs", "audience": "kids", "exclude_genres": ["stand-up", "talk-show"]}
    assert any("dino" in f"{i['title']} {i.get('description')}".lower() for i in convo.items)


async def test_no_results_offers_relaxation_and_yes_accepts_it(api, convo):
    asked = {"genres": ["documentary"], "max_minutes": 10}
    await convo.say("request_recommendation", [ent("genre", "documentary"), ent("duration", "-10")], "short docs")
    assert not convo.items and "couldn't find" in convo.text
    status, direct = api_post(api, "/api/recommendations", {"constraints": asked})
    assert status == 200 and direct["total_matches"] == 0 and direct["relaxations"]
    offer = direct["relaxations"][0]
    label = offer["label"]
    assert label in convo.text
    assert convo.buttons[0] == {"title": label[0].upper() + label[1:], "payload": "/affirm"}
    await convo.say("affirm", [], "yes")
    assert hard(convo.applied) == hard(offer["constraints"])
    assert convo.slots["max_minutes"] == offer["constraints"].get("max_minutes")
    assert len(convo.items) == min(5, offer["count"])
    assert_all_satisfy(api, convo, offer["constraints"])


async def test_rejected_request_is_explained(api, convo):
    await convo.say("request_recommendation", [ent("genre", "unknown")], "unknown stuff")
    status, body = api_post(api, "/api/recommendations", {"constraints": {"genres": ["unknown"]}})
    assert status == 400
    assert convo.text == f"Hmm, I can't search for that: {body['message']}"
    assert not convo.items


async def test_recommender_down_gives_an_honest_apology(monkeypatch, convo):
    monkeypatch.setenv("RECOMMENDER_URL", f"http://127.0.0.1:{free_port()}")  # nothing listens there
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    assert UNAVAILABLE in convo.text and not convo.items
    await convo.say("ask_details", [ent("position", "1")], "tell me about the first one")
    assert "haven't shown" in convo.text


async def test_recommender_timeout_gives_an_honest_apology(monkeypatch, convo):
    monkeypatch.setenv("RECOMMENDER_TIMEOUT_S", "0.3")
    with silent_server() as url:  # accepts the connection, never answers
        monkeypatch.setenv("RECOMMENDER_URL", url)
        started = asyncio.get_running_loop().time()
        await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
        assert asyncio.get_running_loop().time() - started < 1.5
    assert UNAVAILABLE in convo.text and not convo.items


async def test_details_of_the_second_one(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("media_type", "movie")], "comedy movies")
    second = convo.items[1]
    full = item(api, second["id"])
    msgs = await convo.say("ask_details", [ent("position", "2")], "tell me about the second one")
    custom = [m["custom"] for m in msgs if m.get("custom")][0]
    assert custom["type"] == "item_details" and custom["item"]["id"] == second["id"]
    assert custom["item"]["cast"] == full["cast"] and custom["item"]["directors"] == full["directors"]
    assert second["title"] in convo.text and full["description"] in convo.text
    if full["cast"]:
        assert f"Starring {full['cast'][0]}" in convo.text
    if full["directors"]:
        assert f"Directed by {full['directors'][0]}" in convo.text
    assert f"{full['duration_minutes'] % 60} min" in convo.text
    assert convo.slots["focused_id"] == second["id"]
    await convo.say("ask_details", [], "how long is it")
    assert second["title"] in convo.text
    await convo.say("more_like", [], "more like this")
    assert convo.slots["similar_to"] == second["id"]
    assert convo.items and second["id"] not in {i["id"] for i in convo.items}


async def test_position_out_of_range(api, convo):
    # The fixture catalog has only a few documentaries under 25 minutes: a short list.
    await convo.say("request_recommendation", [ent("genre", "documentary"), ent("duration", "-25")], "short docs")
    shown = len(convo.items)
    assert 0 < shown < 5
    await convo.say("ask_details", [ent("position", "5")], "the fifth one")
    assert f"only showed {shown}" in convo.text


async def test_why_this_uses_the_reason_and_constraints(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies")
    first = convo.items[0]
    assert first["reason"]
    await convo.say("why_this", [ent("position", "1")], "why the first one")
    assert first["title"] in convo.text and first["reason"] in convo.text and "under 40 min" in convo.text


async def test_feedback_reaches_the_recommender_for_this_viewer(api, convo):
    user = convo.sender_id
    comedy = {"genres": ["comedy"]}
    total = total_for(api, user, comedy)
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    third = convo.items[2]
    await convo.say("feedback_seen", [ent("position", "3")], "seen the third one")
    assert third["title"] in convo.text
    assert total_for(api, user, comedy) == total - 1  # "seen" hides it from this viewer ...
    assert total_for(api, "someone:else", comedy) == total  # ... and only from this viewer
    status, pool = api_post(api, "/api/recommendations", {"constraints": comedy, "limit": 50})
    shown = {i["id"] for i in convo.items}
    liked = item(api, next(i["id"] for i in pool["items"] if i["id"] not in shown))  # a comedy not on the list
    await convo.say("feedback_like", [ent("item_id", liked["id"])], f'/feedback_like{{"item_id":"{liked["id"]}"}}')
    assert liked["title"] in convo.text
    assert total_for(api, user, comedy) == total - 2  # a liked title is not offered back as new
    await convo.say("feedback_dislike", [], "didn't like it")  # "it" is the title just liked
    assert liked["title"] in convo.text
    assert total_for(api, user, comedy) == total - 2
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    assert not {third["id"], liked["id"]} & {i["id"] for i in convo.items}
    first = convo.slots["last_items"][0]
    await convo.say("feedback_dislike", [ent("position", "1", "exclude")], "didn't like the first one")
    assert total_for(api, user, comedy) == total - 3
    status, body = api_post(api, "/api/recommendations", {"constraints": comedy, "user_id": user, "limit": 50})
    assert first["id"] not in {i["id"] for i in body["items"]}


async def test_feedback_without_reference_asks_which(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    total = total_for(api, convo.sender_id, {"genres": ["comedy"]})
    await convo.say("feedback_like", [], "loved it")
    assert convo.buttons[0]["payload"] == '/feedback_like{"position":"1"}'
    assert total_for(api, convo.sender_id, {"genres": ["comedy"]}) == total


async def test_fallback_with_entities_recommends_else_explains(api, convo):
    await convo.say("nlu_fallback", [], "asdfgh")
    assert convo.responses == ["utter_default"]
    await convo.say("nlu_fallback", [ent("genre", "comedy")], "comedy 90s pls")
    assert_all_satisfy(api, convo, {"genres": ["comedy"]})


async def test_refine_without_understood_change_asks_what_to_change(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy", None, 0, 8)], "comedies")
    before = dict(convo.slots)
    await convo.say("refine", [], "hmm make it better")
    assert convo.applied is None and convo.slots == before
    assert "What should I change?" in convo.text


async def test_more_like_an_unshown_title_is_a_new_search(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("duration", "-30")], "short comedies")
    await convo.say("more_like", [ent("title", "Grace and Frankie", "similar")], "more like grace and frankie")
    assert convo.slots["similar_to"] == "Grace and Frankie"
    assert convo.slots["genres"] is None and convo.slots["max_minutes"] is None
    assert convo.items and "Grace and Frankie" not in {i["title"] for i in convo.items}


async def test_something_else_when_everything_was_shown(api, convo):
    await convo.say("request_recommendation", [ent("genre", "documentary"), ent("duration", "-32")], "short docs")
    asked = {"genres": ["documentary"], "max_minutes": 32}
    status, direct = api_post(api, "/api/recommendations", {"constraints": asked, "limit": 50})
    assert len(convo.items) == direct["total_matches"] <= 5  # the catalog has no more
    await convo.say("something_else", [], "something else")
    assert "You've seen all of it" in convo.text and not convo.items
    offer = convo.slots["pending_relaxation"]
    assert offer and offer["label"] in convo.text
    await convo.say("affirm", [], "yes")
    assert hard(convo.applied) == hard(offer["constraints"])
    assert_all_satisfy(api, convo, offer["constraints"])


async def test_complaints_refine_relative_to_the_list(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy", None, 0, 8)], "comedies")
    shown = shown_minutes(convo)
    await convo.say("refine", [], "those are too long")
    bound = math.ceil(statistics.median(shown)) - 1  # shorter than most of the list
    assert hard(convo.applied) == {"genres": ["comedy"], "max_minutes": bound}
    assert_all_satisfy(api, convo, {"genres": ["comedy"], "max_minutes": bound})
    await convo.say("refine", [], "too scary for me")
    assert hard(convo.applied) == {"genres": ["comedy"], "max_minutes": bound, "exclude_genres": ["horror"]}
    assert_all_satisfy(api, convo, convo.applied)
    assert convo.slots.get("query") is None


async def test_fallback_pointing_at_a_shown_title_shows_it(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    second = convo.items[1]
    await convo.say("nlu_fallback", [ent("position", "2")], "the second one")
    assert second["title"] in convo.text and convo.slots["focused_id"] == second["id"]


# --- one payload per answer ----------------------------------------------------------------------------


async def test_every_answer_is_one_payload_and_no_list_is_copied_as_text(api, convo):
    """Across a conversation, each action message is a ``custom`` payload or a domain response by name;
    nothing is sent as ``text``/``buttons`` beside it, so no channel has a copy of a list to drop."""
    turns = [
        ("request_recommendation", [ent("genre", "comedy"), ent("duration", "-40")], "comedies under 40"),
        ("ask_details", [ent("position", "2")], "tell me about the second one"),
        ("why_this", [ent("position", "1")], "why the first one"),
        ("something_else", [], "something else"),
        ("feedback_like", [ent("position", "1")], "loved the first one"),
        ("request_recommendation", [ent("genre", "documentary"), ent("duration", "-10")], "short docs"),
        ("affirm", [], "yes"),
        ("refine", [], "hmm make it better"),
        ("nlu_fallback", [], "asdfgh"),
        ("start_over", [], "start over"),
    ]
    for intent, entities, text in turns:
        msgs = await convo.say(intent, entities, text)
        assert msgs, intent
        for message in msgs:
            assert filled(message) in ({"custom"}, {"template", "response"}), (intent, message)


async def test_a_list_is_sent_once_with_its_heading_and_quick_replies(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    (answer,) = convo.answers
    titles = [i["title"] for i in convo.items]
    assert answer.heading.startswith("Here are 5 picks (comedy")
    assert all(convo.text.count(title) == 1 for title in titles)
    assert answer.quick_replies and answer.relaxation is None


async def test_nothing_matched_is_an_empty_list_with_the_relaxation(api, convo):
    await convo.say("request_recommendation", [ent("genre", "documentary"), ent("duration", "-10")], "short docs")
    (answer,) = convo.answers
    offer = convo.slots["pending_relaxation"]
    assert answer.items == () and answer.relaxation.label == offer["label"]
    assert answer.relaxation.count == offer["count"]
    assert answer.heading.startswith("I couldn't find anything")


# --- handoff policy ------------------------------------------------------------------------------------


def handoff(convo: Conversation) -> HandoffState | None:
    return next((a for a in convo.answers if isinstance(a, HandoffState)), None)


async def test_asking_for_a_person_is_a_waiting_handoff_without_pausing_rasa(convo):
    msgs = await convo.say("human_handoff", [], "can I talk to a person?")
    assert [filled(m) for m in msgs] == [{"custom"}]
    assert convo.answers == [HandoffState("waiting", reason="requested")]


async def test_two_misunderstood_turns_in_a_row_hand_off_instead_of_a_second_apology(convo):
    await convo.say("out_of_scope", [], "what's the weather")
    assert convo.responses == ["utter_out_of_scope"] and convo.slots["failures"] == 1
    await convo.say("nlu_fallback", [], "asdfgh")
    assert convo.answers == [HandoffState("waiting", reason="fallback")]
    assert convo.slots["failures"] == 0  # the handoff used them up: the next one apologises again
    await convo.say("nlu_fallback", [], "qwerty")
    assert convo.responses == ["utter_default"]


async def test_an_understood_turn_in_between_starts_the_count_again(convo):
    await convo.say("nlu_fallback", [], "asdfgh")
    assert convo.slots["failures"] == 1
    await convo.say("affirm", [], "yes")  # any other intent resets the count (domain.yml mapping)
    await convo.say("out_of_scope", [], "what's the weather")
    assert convo.responses == ["utter_out_of_scope"] and handoff(convo) is None


async def test_a_low_confidence_message_that_made_sense_is_not_a_failure(api, convo):
    await convo.say("out_of_scope", [], "what's the weather")
    await convo.say("nlu_fallback", [ent("genre", "comedy")], "comedy 90s pls")
    assert convo.items and convo.slots["failures"] == 0
    await convo.say("out_of_scope", [], "tell me a joke")
    assert convo.responses == ["utter_out_of_scope"]


async def test_hand_back_says_the_bot_is_back_and_forgets_failures(convo):
    await convo.say("out_of_scope", [], "what's the weather")
    await convo.say("handoff_ended", [], "/handoff_ended")
    assert convo.answers == [HandoffState("ended")] and convo.slots["failures"] == 0


def test_the_driver_resets_failures_exactly_as_the_domain_mapping_does():
    slot = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text(encoding="utf-8"))
    (mapping,) = slot["slots"]["failures"]["mappings"]
    assert (mapping["type"], mapping["value"]) == ("from_intent", 0)
    assert set(mapping["not_intent"]) == COUNTED_INTENTS


async def test_answers_built_in_code_are_never_plain_rasa_text(convo):
    await convo.say("feedback_like", [], "loved it")  # nothing shown yet: a question
    assert all(isinstance(a, PlainText) for a in convo.answers)
    assert all(m.get("custom") for m in convo.messages)
