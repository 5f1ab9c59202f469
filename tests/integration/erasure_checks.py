"""'Delete my data' on a real stack, whatever its tracker store: the scenario both tracker-store tests run
(tests/integration/test_privacy_stack.py on SQLite, test_privacy_scale_stack.py on Redis + PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chat import WebChat
from contract import wording
from mediabot.stack import settings_with

WEB = "web"  # the web chat's channel name, from which its viewer keys are derived


def viewer_key(stack: Any, chat: WebChat) -> str:
    """The Rasa sender id of a web chat tab: its viewer key under the stack's secret (bot/identity.py)."""
    from bot.identity import ViewerKeys

    return ViewerKeys.from_settings(settings_with(stack.env)).key(WEB, chat.session_id)


async def delete_with_a_linked_tab_then_carry_on(stack: Any, chat: WebChat,
                                                 stored_events: Callable[[str], int]) -> None:
    """Two linked tabs talk, one deletes: neither conversation is left in the store after the deleting
    turn; asking again shows nothing, and the next search works."""
    await chat.say("comedies under 40 minutes")
    await chat.say("I loved the first one")
    issued = await chat.say("link my account")
    code = issued.text.split("Your link code is ")[1][:6]
    async with WebChat(stack.gateway_url) as other:
        assert (await other.say(f"my code is {code}")).text.startswith(wording.LINKED)
        await other.say("korean series")
        mine, linked = viewer_key(stack, chat), viewer_key(stack, other)
        assert stored_events(mine) > 0 and stored_events(linked) > 0  # the keys are Rasa's sender ids

        assert (await chat.say("delete my data")).text.startswith(wording.PRIVACY_DELETE_ASK)
        done = await chat.say("yes, delete my data")
        assert done.text.startswith("Done: I deleted 1 like, 1 link to another channel"), done.text
        assert (stored_events(mine), stored_events(linked)) == (0, 0)  # after Rasa saved the deleting turn

        again = await other.say("what do you know about me?")
        assert again.text.startswith(wording.PRIVACY_NOTHING), again.text
    known = await chat.say("what do you know about me?")
    assert known.text.startswith(wording.PRIVACY_NOTHING), known.text
    next_search = await chat.say("comedies under 40 minutes")
    assert next_search.items, next_search.text
