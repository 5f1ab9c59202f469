"""The voice renderer: what a viewer hears (SSML) and what a voice screen shows, from the bot's answers."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from bot.channels import speech
from contract import wording
from contract.payloads import (AgentMessage, Answer, HandoffState, Item, ItemDetails, PlainText, Recommendations,
                               Relaxation, from_custom)

GOLDEN = [from_custom(w) for w in
          json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "golden_answers.json").read_text())]


def item(n: int, title: str | None = None, minutes: Any = 30, seasons: Any = None,
         year: int | None = 2019) -> Item:
    parsed = Item.from_dict({"id": f"s{n}", "title": title or f"Title {n}", "type": "movie", "year": year,
                             "duration_minutes": minutes, "seasons": seasons, "rating": "TV-14",
                             "genres": ["comedy"], "reason": "comedy"})
    assert parsed is not None
    return parsed


def recs(items: list[Item], constraints: dict[str, Any] | None = None) -> list[Answer]:
    """A recommendation turn as the router returns it: one answer carrying the list."""
    heading = wording.recommendations_heading(constraints or {}, len(items))
    return [Recommendations(heading, tuple(items), constraints or {})]


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
def test_runtime_is_spoken_in_words(minutes: Any, seasons: Any, words: str | None) -> None:
    text = speech.render_reply(recs([item(1, "Alpha", minutes, seasons)])).text
    if words is None:
        assert "minute" not in text and "season" not in text and "hour" not in text
    else:
        assert f"Alpha, from 2019, {words}." in text


def test_escapes_ampersand_angle_brackets_and_quotes_in_titles() -> None:
    nasty = 'Tom & Jerry <Live> "Special" It\'s'
    reply = speech.render_reply(recs([item(1, nasty), item(2), item(3)]))
    assert "&amp;" in reply.ssml and "&lt;Live&gt;" in reply.ssml
    assert "&quot;Special&quot;" in reply.ssml and "It&apos;s" in reply.ssml
    root = spoken_xml(reply.ssml)
    assert nasty in "".join(root.itertext())
    assert nasty in reply.text  # the plain rendering keeps the real characters


def test_speaks_the_top_three_titles_in_order_with_runtime_in_words() -> None:
    items = [item(1, "Alpha", 90), item(2, "Bravo", None, seasons=2), item(3, "Charlie", 38), item(4, "Delta")]
    reply = speech.render_reply(recs(items, {"genres": ["comedy"], "max_minutes": 40}))
    text = reply.text
    assert text.index("First, Alpha") < text.index("Second, Bravo") < text.index("And third, Charlie")
    assert "Delta" not in text
    assert "an hour and a half" in text and "two seasons" in text and "about 40 minutes" in text
    assert "I found four picks for comedy under 40 minutes. Here are the top three." in text
    assert [i.id for i in reply.spoken_items] == ["s1", "s2", "s3"]
    assert [i.id for i in reply.items] == ["s1", "s2", "s3", "s4"]
    assert reply.ssml.count('<break time="350ms"/>') == 3
    assert text.endswith(wording.REFINE_QUESTION)
    assert reply.reprompt_ssml == f"<speak>{wording.REFINE_QUESTION}</speak>"
    assert not reply.end_session


def test_screens_show_the_complete_list_and_the_ear_hears_no_list_markup() -> None:
    reply = speech.render_reply(recs([item(1, "Alpha"), item(2, "Bravo"), item(3), item(4, "Delta")]))
    assert "·" not in reply.text and "1." not in reply.text
    assert "1. Alpha (2019)" in reply.display_text and "4. Delta (2019)" in reply.display_text


def test_every_recommended_item_is_spoken_at_most_once_and_shown_exactly_once() -> None:
    reply = speech.render_reply(GOLDEN)
    spoken_xml(reply.ssml)
    for answer in GOLDEN:
        for shown in getattr(answer, "items", ()):
            assert reply.text.count(shown.title) <= 1, shown.title
            assert reply.display_text.count(shown.title) == 1, shown.title
    details = next(a for a in GOLDEN if isinstance(a, ItemDetails))
    assert reply.text.count(details.item.title) == 1


def test_nothing_is_parsed_from_text_a_sentence_naming_titles_is_spoken_as_it_is() -> None:
    looks_like_a_list = PlainText("Looking up something fun for you:\n1. Up · 30 min\n2. Fun · 30 min")
    reply = speech.render_reply([looks_like_a_list] + recs([item(1, "Up"), item(2, "Fun")]))
    assert reply.text.startswith("Looking up something fun for you: 1. Up, 30 min 2. Fun, 30 min")
    assert "First, Up, from 2019, 30 minutes." in reply.text
    assert "Second, Fun, from 2019, 30 minutes." in reply.text


def test_an_empty_list_speaks_its_heading_with_the_relaxation_offer() -> None:
    heading = wording.no_results({"genres": ["horror"], "audience": "kids"}, "Allow any audience")
    reply = speech.render_reply([Recommendations(heading, (), {"genres": ["horror"], "audience": "kids"},
                                                 relaxation=Relaxation("Allow any audience", 12))])
    assert reply.text.startswith("I couldn't find anything that matches all of that (horror, for young kids).")
    assert reply.text.endswith("I could allow any audience instead — want that?")
    assert "·" not in reply.text and not reply.items and not reply.end_session


def test_unknown_year_and_runtime_are_left_out_not_guessed() -> None:
    reply = speech.render_reply(recs([item(1, "Alpha", None, year=None)]))
    assert "I found one pick." in reply.text
    assert "Alpha." in reply.text and "minutes" not in reply.text and "from" not in reply.text


def test_plain_text_answers_are_read_and_keep_the_session_open() -> None:
    reply = speech.render_reply([PlainText("I couldn't find anything. Want longer ones?")])
    assert reply.text == "I couldn't find anything. Want longer ones?"
    assert not reply.end_session


def test_statement_gets_a_follow_up_question() -> None:
    reply = speech.render_reply([PlainText("Noted, you liked it.")])
    assert reply.text == f"Noted, you liked it. {wording.WHAT_ELSE_QUESTION}"


def test_empty_reply_apologises_with_an_example() -> None:
    reply = speech.render_reply([])
    assert reply.text == wording.EMPTY_REPLY
    spoken_xml(reply.ssml)


@pytest.mark.parametrize("status", ["waiting", "agent_joined"])
def test_handoff_tells_the_viewer_a_person_follows_up_in_the_app_or_on_telegram(status: str) -> None:
    state = HandoffState(status, agent_name="Ana")
    reply = speech.render_reply([state])
    assert reply.text == wording.handoff_notice(state, live=False)
    assert "app or on Telegram" in reply.text
    assert wording.handoff_notice(state, live=True) not in reply.text  # the web-chat wording is wrong for a speaker
    assert reply.handoff == status
    assert reply.end_session


def test_no_agent_available_keeps_the_bot_listening() -> None:
    reply = speech.render_reply([HandoffState("unavailable")])
    assert reply.text.startswith(wording.handoff_notice(HandoffState("unavailable"), live=False))
    assert reply.text.endswith("?") and not reply.end_session


def test_item_details_are_spoken_from_the_item() -> None:
    detail = Item("s1", "Alpha & Co", type="series", year=2020, seasons=3, rating="TV-MA", directors=("Ann Lee",),
                  cast=("A", "B", "C", "D"), description="Friends open a bakery.")
    reply = speech.render_reply([ItemDetails(detail)])
    assert reply.text.startswith("Alpha & Co is a series, from 2020, three seasons, rated TV-MA.")
    assert "Directed by Ann Lee." in reply.text
    assert "Starring A, B and C." in reply.text and "D" not in reply.text.split("Starring")[1]
    assert "Friends open a bakery." in reply.text
    spoken_xml(reply.ssml)


def test_control_characters_are_removed_and_ssml_stays_under_alexas_limit() -> None:
    long_text = ("Word\x00 \x1b[31mred " * 2000).strip()
    reply = speech.render_reply([PlainText(long_text)])
    assert "\x00" not in reply.ssml and "\x1b" not in reply.ssml
    assert len(reply.ssml) <= 8000
    spoken_xml(reply.ssml)


def test_the_request_is_said_back_in_words() -> None:
    constraints = {"genres": ["comedy", "stand-up"], "media_type": "movie", "min_minutes": 90, "max_minutes": 120,
                   "audience": "kids"}
    reply = speech.render_reply(recs([item(1), item(2)], constraints))
    assert reply.text.startswith("Here are two picks for comedy and stand-up comedy movies between an hour and "
                                 "a half and two hours for young kids.")
    assert "for under 38 minutes" in speech.render_reply(recs([item(1)], {"max_minutes": 38})).text


def test_prompt_is_one_sentence_with_a_reprompt() -> None:
    answer = speech.prompt("Hello there.", reprompt="Still there?")
    assert answer.ssml == "<speak>Hello there.</speak>"
    assert answer.reprompt_ssml == "<speak>Still there?</speak>"
    assert answer.answers == ()


def test_an_agent_reply_is_spoken_with_the_agent_name() -> None:
    reply = speech.render_reply([AgentMessage("Try The Office tonight.", name="Ana")])
    assert "Ana from support says: Try The Office tonight." in reply.text
