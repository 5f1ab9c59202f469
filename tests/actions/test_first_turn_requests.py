"""Issue 10, fifth round, class 1: on the FIRST turn the constraints in the message drive the dialogue too —
a message carrying strong search entities is a search whatever the classifier called it (out of scope, a
greeting, a fallback, a handoff); only a request for a person hands off, and an off-topic message with a
stray weak entity (a place, a language, a media word qualifying another noun) is still declined."""

from __future__ import annotations


import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import ent, convo, picks  # noqa: E402,F401

from actions.edits.routing import carries_search_words  # noqa: E402
from actions.edits.search_requests import strong_search_entities  # noqa: E402
from actions.entities import SIMILAR, Entity  # noqa: E402
from actions.turn import Turn  # noqa: E402
from contract.payloads import HandoffState, ItemDetails  # noqa: E402


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def first(text: str, entities: list[Entity], intent: str = "out_of_scope") -> Turn:
    return Turn("test", intent, text, list(entities), {})


@pytest.mark.parametrize("text, phrase, name, value, role", [
    ("hello, any good thrillers", "thrillers", "genre", "thriller", None),
    ("stuff that came out in 2018?", "2018", "year", "2018-2018", None),
    ("anything from the eighties", "eighties", "year", "1980-1989", None),
    ("adored dark, what now", "dark", "title", "Dark", SIMILAR),
    ("keanu reeves pls", "keanu reeves", "actor", "Keanu Reeves", None),
    ("hey, movies tonight?", "movies", "media_type", "movie", None),
    ("a show for me and my gran", "show", "media_type", "series", None),
])
def test_a_strong_entity_makes_a_first_message_a_request(text, phrase, name, value, role):
    t = first(text, [at(text, phrase, name, value, role)])
    assert strong_search_entities(t)
    assert carries_search_words(t, need_active=True)


@pytest.mark.parametrize("text, phrase, name, value", [
    ("is it raining in rome today", "rome", "country", "Italy"),
    ("do you speak german", "german", "language", "de"),
    ("where can i get a cheap movie ticket", "movie", "media_type", "movie"),
    ("thanks for dark", "dark", "title", "Dark"),
])
def test_a_stray_weak_entity_does_not_make_an_off_topic_message_a_request(text, phrase, name, value):
    t = first(text, [at(text, phrase, name, value)])
    assert not strong_search_entities(t)
    assert not carries_search_words(t, need_active=True)


def test_request_words_make_any_constraint_a_request():
    text = "can you recommend me something german"
    t = first(text, [at(text, "german", "country", "Germany")])
    assert carries_search_words(t, need_active=True)


async def test_a_handoff_label_on_a_message_about_what_to_watch_gets_picks(api, convo):
    text = "really enjoyed ozark, what should come next"
    await convo.say("human_handoff", [ent("title", "Ozark", SIMILAR, text.index("ozark"), text.index("ozark") + 5)],
                    text)
    assert picks(convo).items and convo.slots["similar_title"] == "Ozark"
    assert not any(isinstance(a, HandoffState) for a in convo.answers)


async def test_asking_for_a_person_hands_off_even_with_a_title_in_it(api, convo):
    text = "can a real person help me find something like ozark"
    await convo.say("human_handoff", [ent("title", "Ozark", SIMILAR, text.index("ozark"), text.index("ozark") + 5)],
                    text)
    assert convo.answers == [HandoffState("waiting", reason="requested")]


async def test_a_greeting_with_a_year_gets_picks_of_that_year(api, convo):
    text = "hiya, whatever came out in 2019"
    await convo.say("greet", [ent("year", "2019-2019", None, text.index("2019"), text.index("2019") + 4)], text)
    assert picks(convo).items and {i.year for i in picks(convo).items} == {2019}


async def test_a_greeting_with_request_words_is_a_request(api, convo):
    await convo.say("greet", [], "hey there, recommend me something")
    assert picks(convo).items


async def test_an_off_topic_message_with_a_place_is_still_declined(api, convo):
    text = "is it raining in rome today"
    await convo.say("out_of_scope", [ent("country", "Italy", None, text.index("rome"), text.index("rome") + 4)], text)
    assert convo.responses == ["utter_out_of_scope"]


async def test_a_like_that_asks_what_next_gets_picks_like_the_title(api, convo):
    text = "really enjoyed ozark, what now?"
    await convo.say("feedback_like", [ent("title", "Ozark", SIMILAR, text.index("ozark"), text.index("ozark") + 5)],
                    text)
    assert picks(convo).items and convo.slots["similar_title"] == "Ozark"


async def test_a_low_confidence_message_with_only_a_place_is_not_understood(api, convo):
    text = "will it snow in france"
    await convo.say("nlu_fallback", [ent("country", "France", None, text.index("france"), text.index("france") + 6)],
                    text)
    assert convo.responses == ["utter_default"]


async def test_a_low_confidence_question_about_a_named_title_shows_its_details(api, convo):
    text = "tell me about ozark"
    await convo.say("nlu_fallback", [ent("title", "Ozark", None, text.index("ozark"), text.index("ozark") + 5)], text)
    (details,) = [a for a in convo.answers if isinstance(a, ItemDetails)]
    assert details.item.title == "Ozark" and "utter_default" not in convo.responses


async def test_other_titles_like_that_read_as_seen_gets_picks_like_the_list(api, convo):
    await convo.say("request_recommendation", [ent("genre", "comedy")], "comedies")
    shown = {i.id for i in picks(convo).items}
    text = "ok other movies like that"
    await convo.say("feedback_seen", [ent("media_type", "movie", None, text.index("movies"), text.index("movies") + 6)],
                    text)
    fresh = picks(convo).items
    assert fresh and not shown & {i.id for i in fresh}


async def test_a_negated_topic_after_a_list_keeps_the_search_and_leaves_those_titles_out(api, convo):
    await convo.say("request_recommendation", [ent("genre", "kids")], "cartoons for the kids")
    for _ in range(2):
        await convo.say("request_recommendation", [], "no more lego stuff please")
        fresh = picks(convo).items
        assert fresh and convo.slots["genres"] == ["kids"]
        assert not [i.title for i in fresh if "lego" in i.title.lower()]


async def test_the_titles_of_an_unwanted_topic_are_found_by_name(api, tmp_path, monkeypatch):
    from pathlib import Path

    from actions.planning import Plan
    from actions.recommend import _titles_about
    from contract.constraints import Constraints
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "netflix_small.csv"
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(fixture),
                                                                  tmp_path / "gazetteer.json")))
    ids = await _titles_about("lego", Plan(Constraints(genres=["kids"])))
    assert {"s1254", "s4141", "s5302", "s5762", "s7288"} <= set(ids)  # every LEGO title of the fixture catalog
