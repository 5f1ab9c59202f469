"""Round 33: a sentence telling the viewer's evening after the request ("we've got 2 hours") is no request sentence
(query_text.request_span); "what's good" asked as a whole question is a request for something to watch (edits.REQUEST_CUES,
fallback.asks_for_something_to_watch), and a length said of "one" with no "the" pointing at a listed title ("long
one with lots of seasons") is the kind of title the search wants, not a details question (request_cues). Phrasings
are this module's own."""

from __future__ import annotations

import pytest

from actions.entities import Entity
from actions.fallback import asks_for_something_to_watch
from actions.request_cues import asks_search_not_details
from actions.turn import Turn

LISTED = [{"id": "s1", "title": "A", "type": "series"}, {"id": "s2", "title": "B", "type": "series"}]


@pytest.mark.parametrize("text", ["whats good?", "what's hot right now", "what is worth watching on here"])
def test_what_is_good_asked_whole_asks_for_something_to_watch(text: str) -> None:
    assert asks_for_something_to_watch(text)


@pytest.mark.parametrize("text", ["what's good about it", "what's good with you"])
def test_what_is_good_about_something_asks_no_picks(text: str) -> None:
    assert not asks_for_something_to_watch(text)


def _details(text: str, said: str, value: str) -> Turn:
    start = text.index(said)
    return Turn("t", "ask_details", text, [Entity("seasons", value, None, start, start + len(said))],
                {"last_items": LISTED})


def test_a_length_said_of_one_is_a_kind_of_title() -> None:
    assert asks_search_not_details(_details("a longer one, with many seasons", "many seasons", "4-"))


def test_the_long_one_points_at_a_listed_title() -> None:
    assert not asks_search_not_details(_details("how many seasons does the long one have", "many seasons", "4-"))


def test_the_viewers_evening_after_the_request_is_no_request_sentence() -> None:
    from actions.query_text import request_span

    text = "we never agree, she likes horror and i like romance, is there a film that's both? we have about 90 minutes"
    start, end = request_span(text)
    assert text[start:end].startswith("we never agree") and text[start:end].endswith("both?")


def test_a_question_to_the_bot_with_got_is_the_request_sentence() -> None:
    from actions.query_text import request_span

    text = "my sister watched every season of the crown last winter and loved it. you got anything like it"
    start, _ = request_span(text)
    assert text[start:].lstrip().startswith("you got")


def test_what_about_a_year_after_a_list_is_the_searchs_next_try() -> None:
    text = "ok what about twenty twenty"
    start = text.index("twenty twenty")
    turn = Turn("t", "ask_details", text, [Entity("year", "2020-2020", None, start, len(text))], {"last_items": LISTED})
    assert asks_search_not_details(turn)
