"""Dialogue round 17 (part G), the action side: 1. a title named through its maker or cast (role ``director_of`` /
``cast_of``) is a search for that person whatever the intent label, "explain" included (``edits.names_a_maker``);
asking who made it stays a question; 2. an availability question about a title ("do you have <title>?", "is <title>
on here") answers with its details and "more like it" (``edits.asks_if_available``), a title the catalog lacks is
said so, with titles matching the words (``edits.missing_title_words``); "anything like <title>" stays a
like-search. Sentences are this module's own; near-misses must not trigger."""

from __future__ import annotations

from typing import Optional

import pytest
from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.edits.asked_titles import asks_about_title, asks_if_available, missing_title_words
from actions.edits.person_pivots import names_a_maker
from actions.edits.routing import carries_search_words
from actions.entities import Entity
from actions.turn import Turn
from contract.payloads import ItemDetails, Recommendations

IRISHMAN_ID, GOODFELLAS_ID = "s3228", "s6881"  # Martin Scorsese films in tests/fixtures/netflix_small.csv


def titled(text: str, phrase: str, value: str, role: Optional[str] = None, intent: str = "why_this",
           **slots: object) -> Turn:
    start = text.index(phrase)
    return Turn("test", intent, text, [Entity("title", value, role, start, start + len(phrase))], dict(slots))


# -- 1. a title named through its maker or cast ------------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase,role", [
    ("films by the woman who directed paper road", "woman who directed paper road", "director_of"),
    ("more from the one who made paper road", "the one who made paper road", "director_of"),
    ("stuff with the guy from paper road", "the guy from paper road", "cast_of"),
])
def test_a_title_through_its_maker_or_cast_is_a_search(text: str, phrase: str, role: str) -> None:
    turn = titled(text, phrase, "Paper Road", role)
    assert names_a_maker(turn) and carries_search_words(turn, need_active=True)


@pytest.mark.parametrize("text,phrase,role", [
    ("who directed paper road", "who directed paper road", "director_of"),
    ("so who's the director of paper road?", "director of paper road", "director_of"),
    ("anything like paper road", "paper road", "similar"),
])
def test_asking_who_or_a_like_title_is_no_maker_search(text: str, phrase: str, role: str) -> None:
    assert not names_a_maker(titled(text, phrase, "Paper Road", role))


async def test_a_maker_search_labelled_explain_gets_the_makers_titles(api: str, convo: Conversation) -> None:
    text = "films by the bloke who made the irishman"
    await convo.say("why_this", [located(text, "bloke who made the irishman", "title", "The Irishman", "director_of")],
                    text)
    assert convo.items, convo.text
    assert (convo.applied or {}).get("directors") == ["Martin Scorsese"], convo.applied
    assert IRISHMAN_ID not in {i["id"] for i in convo.items}, convo.items
    assert "haven't suggested" not in convo.text


async def test_explain_with_nothing_shown_still_says_so(api: str, convo: Conversation) -> None:
    await convo.say("why_this", [], "why did you pick that")
    assert "haven't suggested anything yet" in convo.text


# -- 2. an availability question about a title -------------------------------------------------------------------------

@pytest.mark.parametrize("text,phrase", [
    ("do you guys have paper road?", "paper road"), ("is paper road on here", "paper road"),
    ("have you got paper road", "paper road"), ("can i watch paper road here", "paper road"),
    ("hey, is paper road available?", "paper road"), ("got paper road by any chance?", "paper road"),
])
def test_availability_questions_are_read(text: str, phrase: str) -> None:
    turn = titled(text, phrase, "Paper Road", intent="request_recommendation")
    assert asks_if_available(turn) and asks_about_title(turn)


@pytest.mark.parametrize("text,phrase,role", [
    ("do you have anything like paper road", "paper road", "similar"),
    ("is paper road any good", "paper road", None),
    ("can i watch paper road with my kids", "paper road", None),
    ("loved paper road", "paper road", "similar"),
])
def test_near_misses_are_no_availability_question(text: str, phrase: str, role: Optional[str]) -> None:
    assert not asks_if_available(titled(text, phrase, "Paper Road", role, intent="request_recommendation"))


@pytest.mark.parametrize("text,words", [("do you have the last samurai?", "the last samurai"),
                                        ("is quiet harbour on here", "quiet harbour"),
                                        ("have u got moon patrol please", "moon patrol"),
                                        ("can i watch the moon patrol film here", "the moon patrol")])
def test_a_title_the_catalog_lacks_is_read_from_the_words(text: str, words: str) -> None:
    assert missing_title_words(Turn("test", "out_of_scope", text, [], {})) == words


@pytest.mark.parametrize("text", ["do you have anything", "is it on here", "can i watch now", "do you have subtitles",
                                  "do you have something like that", "is it available"])
def test_words_that_are_no_title_are_no_missing_title(text: str) -> None:
    assert missing_title_words(Turn("test", "out_of_scope", text, [], {})) is None


async def test_do_you_have_a_title_answers_with_its_details(api: str, convo: Conversation) -> None:
    text = "do you have goodfellas?"
    await convo.say("request_recommendation", [located(text, "goodfellas", "title", "GoodFellas")], text)
    details = [a for a in convo.answers if isinstance(a, ItemDetails)]
    assert details and details[0].item.id == GOODFELLAS_ID, convo.answers
    assert "in the catalog" in convo.text and not convo.items
    assert any(b["title"] == "More like this" for b in convo.buttons), convo.buttons


async def test_an_availability_question_read_as_out_of_scope_still_shows_the_title(api: str,
                                                                                   convo: Conversation) -> None:
    text = "you guys have goodfellas?"
    await convo.say("out_of_scope", [located(text, "goodfellas", "title", "GoodFellas")], text)
    details = [a for a in convo.answers if isinstance(a, ItemDetails)]
    assert details and details[0].item.id == GOODFELLAS_ID, convo.answers


async def test_more_like_it_after_the_details_is_like_that_title(api: str, convo: Conversation) -> None:
    text = "is goodfellas on here"
    await convo.say("ask_details", [located(text, "goodfellas", "title", "GoodFellas")], text)
    await convo.say("more_like", [], "/more_like")
    assert convo.items and GOODFELLAS_ID not in {i["id"] for i in convo.items}, convo.text


async def test_a_title_the_catalog_lacks_is_said_and_words_searched(api: str, convo: Conversation) -> None:
    text = "do you have the moon patrol movie?"
    await convo.say("out_of_scope", [located(text, "movie", "media_type", "movie")], text)
    assert "I don't see" in convo.text, convo.text
    # round 22b: never a keyword list of the name's words (titles only sharing their meaning); close names as buttons
    assert not [a for a in convo.answers if isinstance(a, Recommendations)], convo.answers


async def test_anything_like_a_title_stays_a_like_search(api: str, convo: Conversation) -> None:
    text = "do you have anything like goodfellas"
    await convo.say("request_recommendation", [located(text, "goodfellas", "title", "GoodFellas", "similar")], text)
    assert convo.items and GOODFELLAS_ID not in {i["id"] for i in convo.items}, convo.text
    assert not [a for a in convo.answers if isinstance(a, ItemDetails)]
