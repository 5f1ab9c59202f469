"""The viewer's own data in conversation, over the REAL stack (web chat → gateway → Rasa with the real
NLU → action server → recommender profile API): like a title, ask what is known, download it through
the signed link, delete it after a confirmation, and ask again — nothing is left, not even the stored
Rasa conversations of the linked channels (the SQLite tracker store here; Redis in
test_privacy_scale_stack.py). Also the personalisation switch, and a confirmation that was never asked
for deletes nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from typing import Any

import aiohttp
import pytest

from chat import WebChat
from contract import wording
from erasure_checks import delete_with_a_linked_tab_then_carry_on

pytestmark = pytest.mark.integration


async def download(gateway_url: str, text: str) -> dict[str, Any]:
    url = text[text.index("/api/profile/export?link="):].split()[0]
    async with aiohttp.ClientSession() as http:
        async with http.get(gateway_url + url) as resp:  # no credentials: the link is the credential
            assert resp.status == 200, await resp.text()
            return await resp.json()


async def test_what_is_known_export_and_deletion(stack: Any, chat: WebChat) -> None:
    picks = await chat.say("comedies under 40 minutes")
    first = picks.items[0]
    liked = await chat.say("I loved the first one")
    assert first["title"] in liked.text, liked.text

    known = await chat.say("what do you know about me?")
    assert "Here's what I keep about you" in known.text and first["title"] in known.text, known.text

    export = await chat.say("download my data")
    data = await download(stack.gateway_url, export.text)
    assert [(f["kind"], f["item_id"]) for f in data["feedback"]] == [("like", first["id"])]
    assert "web" not in data["viewer"]  # only the viewer key, never the channel id

    ask = await chat.say("delete my data")
    assert ask.text.startswith(wording.PRIVACY_DELETE_ASK) and ask.buttons
    done = await chat.say("yes, delete my data")
    assert done.text.startswith("Done: I deleted 1 like"), done.text

    assert _transcript_lines(stack, chat.session_id) == 0  # not even the "Done" answer is written down after

    again = await chat.say("what do you know about me?")
    assert again.text.startswith(wording.PRIVACY_NOTHING), again.text


def _transcript_lines(stack: Any, session_id: str) -> int:
    """Lines the agents' transcript keeps of one web chat tab (the gateway's SQLite database)."""
    db = stack.env["DATABASE_URL"].removeprefix("sqlite:///")
    with closing(sqlite3.connect(db, timeout=10)) as conn:
        return conn.execute("SELECT COUNT(*) FROM handoff_messages m JOIN handoff_conversations c "
                            "ON c.id = m.conversation_id WHERE c.channel = 'web' AND c.user_id = ?",
                            (session_id,)).fetchone()[0]


async def test_a_confirmation_nobody_asked_for_deletes_nothing(stack: Any, chat: WebChat) -> None:
    await chat.say("comedies under 40 minutes")
    await chat.say("I loved the first one")
    stray = await chat.say("yes, delete my data")  # nothing was asked yet: it asks, deletes nothing
    assert stray.text.startswith(wording.PRIVACY_DELETE_ASK), stray.text
    await chat.say("comedies")  # carrying on withdraws the question
    button = await chat.say("", payload="/privacy_delete_confirm")  # an old confirmation button
    assert button.text == wording.PRIVACY_DELETE_NOT_ASKED, button.text
    known = await chat.say("what do you know about me?")
    assert "you liked" in known.text, known.text


async def test_personalisation_can_be_switched_off_and_on(stack: Any, chat: WebChat) -> None:
    off = await chat.say("stop personalizing")
    assert off.text == wording.PERSONALIZATION_OFF, off.text
    known = await chat.say("what do you know about me?")
    assert "Personalised picks are off" in known.text, known.text
    on = await chat.say("start personalizing again")
    assert on.text == wording.PERSONALIZATION_ON, on.text


async def test_a_code_links_two_web_chat_tabs_into_one_profile(stack: Any, chat: WebChat) -> None:
    issued = await chat.say("link my account")
    assert "Your link code is" in issued.text, issued.text
    code = issued.text.split("Your link code is ")[1][:6]
    async with WebChat(stack.gateway_url) as other:  # another viewer: another channel identity
        linked = await other.say(f"my code is {code}")
        assert linked.text.startswith(wording.LINKED), linked.text
        picks = await other.say("comedies under 40 minutes")
        first = picks.items[0]
        await other.say("I loved the first one")
    known = await chat.say("what do you know about me?")
    assert first["title"] in known.text and "linked with 1 other channel" in known.text, known.text


async def test_i_havent_actually_seen_it_takes_the_signal_back(stack: Any, chat: WebChat) -> None:
    picks = await chat.say("comedies under 40 minutes")
    first = picks.items[0]
    await chat.say("I loved the first one")
    undone = await chat.say("remove my like of the first one")
    assert undone.text.startswith(f"Done: I've forgotten your like for {first['title']}"), undone.text
    known = await chat.say("what do you know about me?")
    assert first["title"] not in known.text, known.text


async def test_only_kids_stuff_from_now_on_holds_until_cleared(stack: Any, chat: WebChat) -> None:
    from contract.vocabulary import ratings_for_audience

    kids = set(ratings_for_audience("family"))  # kids of no stated age: family (PG), the age mapping
    said = await chat.say("only kids stuff from now on")
    assert said.text.startswith("Got it: from now on, only titles for "), said.text
    picks = await chat.say("comedies")
    assert picks.items and all(i["rating"] in kids for i in picks.items), [i["rating"] for i in picks.items]
    cleared = await chat.say("forget my settings")
    assert cleared.text == wording.STANDING_CLEARED, cleared.text


async def test_forget_me_asks_before_deleting(stack: Any, chat: WebChat) -> None:
    asked = await chat.say("forget me")
    assert asked.text.startswith(wording.PRIVACY_DELETE_ASK), asked.text


async def test_deletion_erases_the_stored_conversations_of_both_linked_tabs(stack: Any, chat: WebChat) -> None:
    def stored_events(sender: str) -> int:
        with closing(sqlite3.connect(stack.store.sqlite_db, timeout=10)) as conn:
            return conn.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]

    await delete_with_a_linked_tab_then_carry_on(stack, chat, stored_events)
