"""Round 16d, the action side (actions/{fallback,feedback,title_words}.py; contract/habits.py in the query). Sentences
are this module's own; near-misses must not trigger.

1. a request for something to watch is never "outside what I can help with": "something" described by its feel
   (``fallback.asks_for_something_to_watch``), a title after a verb of playing it (``fallback.plays_a_title``);
2. titles named as seen or not wanted after a list are left out and fresh picks of the search follow
   (``feedback`` with a list shown; ``title_words`` reads names after "saw it already,");
3. the words of someone else's habitual pick never reach the free-text query.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from dialogue_driver import Conversation, convo, located  # noqa: E402,F401

from actions.entities import Entity  # noqa: E402
from actions.fallback import asks_for_something_to_watch, plays_a_title  # noqa: E402
from actions.query_text import residual_query  # noqa: E402
from actions.title_words import titles_turned_down_by_name  # noqa: E402
from actions.turn import Turn  # noqa: E402
from contract.payloads import Recommendations  # noqa: E402


# -- 1. requests outside the classifier's scope ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "3am and wide awake, something strange and clever",
    "insomnia, anything trippy?",
    "i need something light",
    "what should we watch",
])
def test_something_described_by_its_feel_asks_for_a_title(text):
    assert asks_for_something_to_watch(text)


@pytest.mark.parametrize("text", [
    "can you get me something to eat",
    "something is broken in the app",
    "tell me something interesting about yourself",
    "how do i cancel my subscription",
    "recommend me a plumber",
    "anything else?",
    "what's the weather tomorrow",
])
def test_errands_and_remarks_ask_for_no_title(text):
    assert not asks_for_something_to_watch(text)


# Review 1 finding 11: "something <adjective>" followed by a verb is the subject of a remark, not a request.
@pytest.mark.parametrize("text", [
    "something weird happened to my tv today",
    "something bad happened at work, i need cheering up",
    "something funny happened",
    "something strange is going on with the remote",
    "something odd just came up at home",
])
def test_something_that_happened_asks_for_no_title(text):
    assert not asks_for_something_to_watch(text)


# Review 2 finding 10: a story's setting after the verb ("in a small town", "in a cabin") makes it a plot asked for.
@pytest.mark.parametrize("text", [
    "something creepy happening in a small town",
    "something scary goes down in a cabin, that kind of vibe",
    "something strange is going on in a lighthouse",
    "something bad happens on an island",
])
def test_something_happening_in_a_story_setting_asks_for_a_title(text):
    assert asks_for_something_to_watch(text)


@pytest.mark.parametrize("text", [
    "something weird to watch",
    "something dark and twisty please",
    "something funny for tonight",
    "anything scary is fine",
    "something light was what i had in mind",
])
def test_something_described_then_more_words_still_asks(text):
    assert asks_for_something_to_watch(text), text


def _titled(text: str, phrase: str, role: str | None = None) -> Turn:
    start = text.index(phrase)
    return Turn("t", "out_of_scope", text, [Entity("title", "Sherlock", role, start, start + len(phrase))], {})


@pytest.mark.parametrize("text", ["alexa play sherlock season two", "put on sherlock", "hey google, stream sherlock"])
def test_a_title_after_a_verb_of_playing_it_is_that_title(text):
    assert plays_a_title(_titled(text, "sherlock"))


@pytest.mark.parametrize("text, role", [
    ("sherlock was great", None),            # an opinion, no play verb
    ("play something like sherlock", "similar"),
    ("who wrote sherlock", None),
])
def test_a_title_without_a_play_verb_is_no_playback(text, role):
    assert not plays_a_title(_titled(text, "sherlock", role))


async def test_a_sleepless_night_request_gets_picks(api: str, convo: Conversation) -> None:
    await convo.say("out_of_scope", [], text="can't sleep, 2am, something weird and interesting")
    assert any(isinstance(a, Recommendations) for a in convo.answers), convo.text


async def test_an_errand_stays_out_of_scope(api: str, convo: Conversation) -> None:
    await convo.say("out_of_scope", [], text="can you order me something to eat")
    assert not any(isinstance(a, Recommendations) for a in convo.answers), convo.text


# -- 2. titles named as seen after a list --------------------------------------------------------------------------------

def _shown(*titles: str) -> list[dict[str, Any]]:
    return [{"id": f"x{i}", "title": t, "type": "series"} for i, t in enumerate(titles)]


def test_part_of_a_shown_title_after_saw_it_already_is_left_out(fixture_gazetteer):
    shown = _shown("Memories of the Alhambra", "Ozark", "Dark")
    turn = Turn("t", "feedback_seen", "this one i saw already, memories of the alhambra. another", [],
                {"last_items": shown})
    named = titles_turned_down_by_name(turn)
    assert named is not None and named.phrases == ("memories of the alhambra",), named


@pytest.mark.parametrize("text", ["i saw it already, loved it", "we saw that already, more like it"])
def test_saw_it_already_without_a_name_turns_down_nothing(fixture_gazetteer, text):
    shown = _shown("Memories of the Alhambra", "Ozark", "Dark")
    assert titles_turned_down_by_name(Turn("t", "feedback_seen", text, [], {"last_items": shown})) is None


async def _a_crime_series_list(convo: Conversation) -> list[str]:
    await convo.say("request_recommendation", [{"entity": "genre", "value": "crime"},
                                               {"entity": "media_type", "value": "series"}], text="crime series")
    return [i["id"] for i in convo.items]


async def test_titles_named_as_seen_after_a_list_give_fresh_picks(api: str, convo: Conversation) -> None:
    first = await _a_crime_series_list(convo)
    text = "seen sherlock and ozark"
    await convo.say("feedback_seen", [located(text, "sherlock", "title", "Sherlock"),
                                      located(text, "ozark", "title", "Ozark")], text=text)
    titles = [i["title"] for i in convo.items]
    assert titles and "Ozark" not in titles and "Sherlock" not in titles, convo.text
    assert first != [i["id"] for i in convo.items]


async def test_a_title_ruled_out_after_a_list_gives_fresh_picks(api: str, convo: Conversation) -> None:
    await _a_crime_series_list(convo)
    text = "not ozark, they've seen it twice"
    await convo.say("feedback_seen", [located(text, "ozark", "title", "Ozark", "exclude")], text=text)
    titles = [i["title"] for i in convo.items]
    assert titles and "Ozark" not in titles, convo.text


# Review 1 finding 9: a dislike leaves out only the titles it runs down; one praised in a clause of its own stays.
def _dislike(text: str) -> Turn:
    from actions.feedback import _named_as_left_out
    ents = [Entity("title", name, None, text.index(name), text.index(name) + len(name)) for name in ("Dark", "Ozark")
            if name in text]
    return _named_as_left_out(Turn("t", "feedback_dislike", text, ents, {"last_items": [{"id": "1", "title": "Dark"}]}))


@pytest.mark.parametrize("text", [
    "hated Dark but Ozark was great",
    "hated Dark but loved Ozark",
    "Ozark was fun, Dark was awful",
    "Dark was a drag; Ozark was brilliant",
])
def test_a_title_praised_beside_a_dislike_is_not_left_out(text):
    left_out = {e.value for e in _dislike(text).entities if e.excluded}
    assert left_out == {"Dark"}, left_out


@pytest.mark.parametrize("text", [
    "not Dark or Ozark",
    "hated Dark and Ozark",
    "hated Dark, Ozark was not great either",
    "Dark was boring but Ozark was worse",
])
def test_titles_run_down_together_are_all_left_out(text):
    assert {e.value for e in _dislike(text).entities if e.excluded} == {"Dark", "Ozark"}


async def test_a_seen_title_with_no_list_is_only_recorded(api: str, convo: Conversation) -> None:
    text = "seen ozark"
    await convo.say("feedback_seen", [located(text, "ozark", "title", "Ozark")], text=text)
    assert "Ozark" in convo.text and not convo.items, convo.text


async def test_constraints_said_with_nothing_shown_read_as_feedback_are_a_request(api: str, convo: Conversation) -> None:
    text = "korean series? like the ones my aunt watches"
    await convo.say("feedback_seen", [located(text, "korean", "country", "South Korea"),
                                      located(text, "series", "media_type", "series")], text=text)
    assert convo.items and "Which title" not in convo.text, convo.text


async def test_feedback_on_nothing_shown_without_constraints_still_asks_which(api: str, convo: Conversation) -> None:
    await convo.say("feedback_like", [], text="loved that one")
    assert not convo.items and "Which title" in convo.text, convo.text


# -- 3. someone else's habit in the query ---------------------------------------------------------------------------------

def test_anothers_habit_leaves_no_query_words():
    assert residual_query("my gf picks war films every single time so it's my turn: something about trains", []) \
        == "trains"


def test_when_we_watch_is_no_habit_and_keeps_the_request_words():
    # Review 2 finding 4: "every weekend" says when we watch; the daughter's wish is tonight's request
    assert "ponies" in (residual_query("we watch as a family every weekend and my daughter wants something with ponies",
                                       []) or "")


def test_a_taste_without_a_habit_keeps_its_words():
    assert "trains" in (residual_query("my gf picks the films, something about trains", []) or "")
