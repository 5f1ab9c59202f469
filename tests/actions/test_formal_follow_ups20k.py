"""Round 20k: polite, formal follow-ups after a list — any person will do ("a drama from anybody")."""

from __future__ import annotations

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import after, at, planned  # noqa: E402

from actions.edits.person_turn_downs import any_person_will_do  # noqa: E402
from actions.turn import Turn  # noqa: E402

SPIELBERG = "Steven Spielberg"


@pytest.mark.parametrize("text", [
    "or rather a thriller, directed by anybody",
    "perhaps a thriller instead, by anyone at all",
    "a thriller then, any director is fine.",
    "a thriller, it doesn't matter who made it",
])
def test_any_person_drops_the_person_and_keeps_their_titles(text: str) -> None:
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], directors=[SPIELBERG], media_type="movie"))
    assert not plan.constraints.directors and plan.constraints.genres == ["thriller"]
    assert plan.constraints.media_type == ["movie"]
    assert not plan.exclude_people, plan.exclude_people  # dropped, not turned down


def test_someone_else_still_leaves_the_person_out() -> None:
    text = "a thriller by someone else"
    plan = planned(after(text, [at(text, "thriller", "genre", "thriller")], directors=[SPIELBERG]))
    assert not plan.constraints.directors and SPIELBERG in plan.exclude_people[1]


@pytest.mark.parametrize("text", [
    "a thriller, safe for anyone",  # an audience, not the person
    "a thriller anyone else would like",
    "any thriller by him",
])
def test_near_misses_are_not_any_person(text: str) -> None:
    assert not any_person_will_do(Turn("t", "refine", text, [], {"directors": [SPIELBERG]}))


@pytest.mark.parametrize("text, words", [
    ("might there be something a tad older", []),
    ("perhaps a notch more recent?", []),
    ("a touch of magic would be nice", ["touch", "magic"]),  # no comparative: the words stay
])
def test_a_degree_before_a_comparative_is_no_query_word(text: str, words: list[str]) -> None:
    from actions.query_text import residual_words
    got = [w for w in residual_words(text, []) if w in ("tad", "notch", "touch", "magic")]
    assert got == words


# -- the director of the title in view -----------------------------------------------------------------------------

from dialogue_driver import Conversation, convo, ent, located  # noqa: E402,F401  (convo is a fixture)

IRISHMAN_ID, GOODFELLAS_ID = "s3228", "s6881"  # Martin Scorsese films in tests/fixtures/netflix_small.csv


async def test_more_by_the_same_director_after_a_card_is_that_directors_titles(api: str, convo: Conversation) -> None:
    await convo.say("ask_details", [located("tell me about goodfellas", "goodfellas", "title", "GoodFellas")],
                    "tell me about goodfellas")
    await convo.say("refine", [], "Many thanks. Would there be anything else by the same director?")
    assert convo.items, convo.text
    assert (convo.applied or {}).get("directors") == ["Martin Scorsese"], convo.applied
    assert GOODFELLAS_ID not in {i["id"] for i in convo.items}


async def test_a_list_numbers_title_director(api: str, convo: Conversation) -> None:
    from actions.made_by import title_credits
    await convo.say("request_recommendation", [ent("genre", "crime"), ent("media_type", "movie")], "crime films")
    credits = [await title_credits(str(i["id"]), "directors") for i in convo.slots["last_items"]]
    n = next(k for k, d in enumerate(credits, start=1) if d and k > 1)  # a numbered title with a director
    pointed = str(convo.slots["last_items"][n - 1]["id"])
    words = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}[n]
    text = f"ok, more from the {words} one's director"
    await convo.say("refine", [located(text, f"the {words} one", "position", str(n))], text)
    applied = convo.applied or {}
    assert set(applied.get("directors") or applied.get("any_people") or []) == set(credits[n - 1]), applied
    assert pointed not in {i["id"] for i in convo.items}  # the fixture director may have made nothing else


async def test_who_directed_it_asks_for_no_titles(api: str, convo: Conversation) -> None:
    from actions.made_by import director_of_the_title_in_view
    turn = Turn("t", "refine", "who is the director of this one?", [], {"focused_id": GOODFELLAS_ID})
    assert (await director_of_the_title_in_view(turn)).turn is turn  # no "else / more": a question, no search


async def test_the_numbered_titles_director_labelled_why_is_a_search(api: str, convo: Conversation) -> None:
    from actions.made_by import title_credits
    await convo.say("request_recommendation", [ent("genre", "crime"), ent("media_type", "movie")], "crime films")
    credits = [await title_credits(str(i["id"]), "directors") for i in convo.slots["last_items"]]
    n = next(k for k, d in enumerate(credits, start=1) if d and k > 1)
    words = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}[n]
    text = f"Much obliged. Anything more by the {words} one's director?"
    await convo.say("why_this", [located(text, f"the {words} one", "position", str(n))], text)
    applied = convo.applied or {}
    assert set(applied.get("directors") or applied.get("any_people") or []) == set(credits[n - 1]), (convo.text, applied)
