"""People joined by "or" (role ``any``): at least one of them acting or directing (``any_people``), and the person
edits that follow ("only <name>", "someone else"), against the REAL recommender over the fixture catalog."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401
from planned_turns import after, at, planned  # noqa: E402
from real_recommender import item  # noqa: E402,F401

from actions.turn import Turn  # noqa: E402

# In the fixture catalog: Seth Rogen acts, Martin Scorsese directs; no title has both.
ROGEN, SCORSESE = "Seth Rogen", "Martin Scorsese"


def credited(base: str, item_id: str) -> set[str]:
    record = item(base, item_id)
    return set(record.get("cast") or []) | set(record.get("directors") or [])


def test_people_joined_by_or_are_alternatives_of_the_search() -> None:
    text = "something with seth rogen or by martin scorsese"
    plan = planned(Turn("t", "request_recommendation", text, [
        at(text, "seth rogen", "actor", ROGEN, "any"), at(text, "martin scorsese", "director", SCORSESE, "any")], {}))
    assert plan.constraints.any_people == [ROGEN, SCORSESE]
    assert not plan.constraints.actors and not plan.constraints.directors


def test_a_new_person_replaces_the_alternatives() -> None:
    text = "what about david spade"
    plan = planned(after(text, [at(text, "david spade", "actor", "David Spade")], any_people=[ROGEN, SCORSESE]))
    assert plan.constraints.actors == ["David Spade"] and not plan.constraints.any_people


def test_only_one_of_the_alternatives_by_surname() -> None:
    plan = planned(after("just the scorsese ones", [], any_people=[ROGEN, SCORSESE]))
    assert plan.constraints.any_people == [SCORSESE] and set(plan.exclude_ids) == {f"s{i}" for i in range(1, 6)}


async def test_either_person_is_searched_and_each_pick_has_one_of_them(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "anything with seth rogen or from martin scorsese"
    await convo.say("request_recommendation", [located(text, "seth rogen", "actor", ROGEN, "any"),
                                               located(text, "martin scorsese", "director", SCORSESE, "any")], text)
    assert convo.items, convo.text
    people = [credited(api, i["id"]) for i in convo.items]
    assert all(p & {ROGEN, SCORSESE} for p in people), people
    assert "Seth Rogen or Martin Scorsese" in convo.text


async def test_someone_else_after_alternatives_leaves_both_out(api: str, convo: Conversation) -> None:  # noqa: F811
    text = "seth rogen or martin scorsese"
    await convo.say("request_recommendation", [located(text, "seth rogen", "actor", ROGEN, "any"),
                                               located(text, "martin scorsese", "director", SCORSESE, "any")], text)
    await convo.say("refine", [], "someone else please")
    assert convo.items, convo.text
    assert not any(credited(api, i["id"]) & {ROGEN, SCORSESE} for i in convo.items)



def test_either_person_after_a_genre_search_keeps_the_genre() -> None:
    text = "anything with seth rogen or martin scorsese"
    plan = planned(after(text, [at(text, "seth rogen", "actor", ROGEN, "any"),
                                at(text, "martin scorsese", "director", SCORSESE, "any")], genres=["comedy"]))
    assert plan.constraints.any_people == [ROGEN, SCORSESE] and plan.constraints.genres == ["comedy"]
    assert not plan.constraints.actors and not plan.constraints.directors


def test_only_one_of_the_alternatives_by_full_name() -> None:
    text = "only the martin scorsese ones"
    plan = planned(after(text, [at(text, "martin scorsese", "director", SCORSESE)], any_people=[ROGEN, SCORSESE]))
    assert plan.constraints.any_people == [SCORSESE]
