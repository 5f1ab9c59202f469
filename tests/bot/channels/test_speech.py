"""The voice renderer: what a viewer hears (SSML) and what a voice screen shows, from Rasa's messages."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from bot.channels import speech


def rec_messages(items: list[dict[str, Any]], constraints: dict[str, Any] | None = None,
                 text: str | None = None) -> list[dict[str, Any]]:
    """A recommendation turn as Rasa sends it: the numbered text twin, then the custom payload."""
    twin = text if text is not None else "Here are picks:\n" + "\n".join(
        f"{n}. {i['title']} · {i.get('duration_minutes')} min" for n, i in enumerate(items, 1))
    return [
        {"recipient_id": "alexa:u", "text": twin, "buttons": [{"title": "Shorter", "payload": "/refine"}]},
        {"recipient_id": "alexa:u", "custom": {"type": "recommendations", "items": items,
                                               "constraints": constraints or {}}},
    ]


def item(n: int, title: str | None = None, minutes: int | None = 30, seasons: int | None = None,
         year: int | None = 2019) -> dict[str, Any]:
    return {"id": f"s{n}", "title": title or f"Title {n}", "type": "movie", "year": year,
            "duration_minutes": minutes, "seasons": seasons, "rating": "TV-14", "genres": ["comedy"],
            "reason": "comedy · 30 min"}


def spoken_xml(ssml: str) -> ET.Element:
    """Parsing proves the SSML is well-formed XML (an unescaped & or < would fail here)."""
    root = ET.fromstring(ssml)
    assert root.tag == "speak"
    return root


@pytest.mark.parametrize(("minutes", "seasons", "words"), [
    (40, None, "40 minutes"),
    (38, None, "about 40 minutes"),
    (32, None, "about 30 minutes"),
    (7, None, "7 minutes"),
    (1, None, "1 minute"),
    (58, None, "about an hour"),
    (60, None, "an hour"),
    (75, None, "an hour and a quarter"),
    (90, None, "an hour and a half"),
    (93, None, "about an hour and a half"),
    (105, None, "an hour and three quarters"),
    (118, None, "about two hours"),
    (150, None, "two hours and a half"),
    (None, 1, "one season"),
    (None, 2, "two seasons"),
    (None, 14, "14 seasons"),
    (0, 3, "three seasons"),
    (None, None, None),
    (0, 0, None),
    (True, None, None),
])
def test_runtime_in_words(minutes: Any, seasons: Any, words: str | None) -> None:
    assert speech.runtime_words(minutes, seasons) == words


def test_escapes_ampersand_angle_brackets_and_quotes_in_titles() -> None:
    nasty = 'Tom & Jerry <Live> "Special" It\'s'
    reply = speech.render_reply(rec_messages([item(1, nasty), item(2), item(3)]))
    assert "&amp;" in reply.ssml and "&lt;Live&gt;" in reply.ssml
    assert "&quot;Special&quot;" in reply.ssml and "It&apos;s" in reply.ssml
    root = spoken_xml(reply.ssml)
    assert nasty in "".join(root.itertext())
    assert nasty in reply.text  # the plain rendering keeps the real characters


def test_speaks_the_top_three_titles_in_order_with_runtime_in_words() -> None:
    items = [item(1, "Alpha", 90), item(2, "Bravo", None, seasons=2), item(3, "Charlie", 38), item(4, "Delta")]
    reply = speech.render_reply(rec_messages(items, {"genres": ["comedy"], "max_minutes": 40}))
    text = reply.text
    assert text.index("First, Alpha") < text.index("Second, Bravo") < text.index("And third, Charlie")
    assert "Delta" not in text
    assert "an hour and a half" in text and "two seasons" in text and "about 40 minutes" in text
    assert "I found four picks for comedy under 40 minutes. Here are the top three." in text
    assert [i["id"] for i in reply.spoken_items] == ["s1", "s2", "s3"]
    assert [i["id"] for i in reply.items] == ["s1", "s2", "s3", "s4"]
    assert reply.ssml.count('<break time="350ms"/>') == 3
    assert text.endswith(speech.REFINE_QUESTION)
    assert reply.reprompt_ssml == f"<speak>{speech.REFINE_QUESTION}</speak>"
    assert not reply.end_session


def test_the_numbered_text_twin_is_not_read_but_shown() -> None:
    items = [item(1, "Alpha"), item(2, "Bravo")]
    reply = speech.render_reply(rec_messages(items, text="Here are 2 picks (comedy · under 40 min):\n"
                                                          "1. Alpha (2019) · 30 min\n2. Bravo (2019) · 30 min"))
    assert "·" not in reply.text and "1." not in reply.text
    assert "1. Alpha (2019)" in reply.display_text  # screens get the complete list


def test_unknown_year_and_runtime_are_left_out_not_guessed() -> None:
    reply = speech.render_reply(rec_messages([item(1, "Alpha", None, year=None)]))
    assert "I found one pick." in reply.text
    assert "Alpha." in reply.text and "minutes" not in reply.text and "from" not in reply.text


def test_a_short_title_does_not_swallow_other_sentences() -> None:
    messages = [{"recipient_id": "u", "text": "Looking up something fun for you."}] + rec_messages(
        [item(1, "Up"), item(2, "Fun")])
    reply = speech.render_reply(messages)
    assert reply.text.startswith("Looking up something fun for you.")


def test_plain_text_messages_are_read_and_keep_the_session_open() -> None:
    reply = speech.render_reply([{"recipient_id": "u", "text": "I couldn't find anything. Want longer ones?"}])
    assert reply.text == "I couldn't find anything. Want longer ones?"
    assert not reply.end_session


def test_statement_gets_a_follow_up_question() -> None:
    reply = speech.render_reply([{"recipient_id": "u", "text": "Noted, you liked it."}])
    assert reply.text.endswith("?")


def test_empty_reply_apologises_with_an_example() -> None:
    reply = speech.render_reply([])
    assert reply.text == speech.EMPTY_REPLY_SPEECH
    spoken_xml(reply.ssml)


@pytest.mark.parametrize("status", ["waiting", "agent_joined"])
def test_handoff_tells_the_viewer_a_person_follows_up_in_the_app_or_on_telegram(status: str) -> None:
    messages = [{"recipient_id": "u", "text": "An agent will join this chat shortly."},
                {"recipient_id": "u", "custom": {"type": "handoff", "status": status}}]
    reply = speech.render_reply(messages)
    assert "in the app or on Telegram" in reply.text
    assert "join this chat" not in reply.text  # the web-chat wording is wrong for a speaker
    assert reply.handoff == status
    assert reply.end_session


def test_item_details_are_spoken_from_the_item() -> None:
    detail = {"id": "s1", "title": "Alpha & Co", "type": "series", "year": 2020, "seasons": 3,
              "rating": "TV-MA", "directors": ["Ann Lee"], "cast": ["A", "B", "C", "D"],
              "description": "Friends open a bakery."}
    messages = [{"recipient_id": "u", "text": "Alpha & Co (2020) — series · 3 seasons\nStarring A, B"},
                {"recipient_id": "u", "custom": {"type": "item_details", "item": detail}}]
    reply = speech.render_reply(messages)
    assert reply.text.startswith("Alpha & Co is a series, from 2020, three seasons, rated TV-MA.")
    assert "Starring A, B and C." in reply.text and "D" not in reply.text.split("Starring")[1]
    assert "Friends open a bakery." in reply.text
    spoken_xml(reply.ssml)


def test_control_characters_are_removed_and_ssml_stays_under_alexas_limit() -> None:
    long_text = ("Word\x00 \x1b[31mred " * 2000).strip()
    reply = speech.render_reply([{"recipient_id": "u", "text": long_text}])
    assert "\x00" not in reply.ssml and "\x1b" not in reply.ssml
    assert len(reply.ssml) <= 8000
    spoken_xml(reply.ssml)


def test_constraints_in_words() -> None:
    assert speech.constraints_words({"genres": ["comedy", "stand-up"], "media_type": "movie",
                                     "min_minutes": 90, "max_minutes": 120, "audience": "kids"}) == (
        "comedy and stand-up comedy movies between an hour and a half and two hours for kids")
    assert speech.constraints_words({"max_minutes": 38}) == "under 38 minutes"


def test_prompt_is_one_sentence_with_a_reprompt() -> None:
    answer = speech.prompt("Hello there.", reprompt="Still there?")
    assert answer.ssml == "<speak>Hello there.</speak>"
    assert answer.reprompt_ssml == "<speak>Still there?</speak>"


def test_an_agent_reply_is_spoken_with_the_agent_name() -> None:
    from bot.channels.speech import render_reply, to_plain

    speech = render_reply([{"text": "Try The Office tonight.",
                            "custom": {"type": "agent", "text": "Try The Office tonight.", "name": "Ana"}}])
    assert "Ana from support says: Try The Office tonight." in to_plain(speech.segments)
