"""Human handoff in two real browsers at once: a viewer in the web chat and an agent in the console.

Real headless Chromium (Debian's, never downloaded), real gateway, Rasa and action server. The viewer
asks for comedies under 40 minutes, then for a person, and keeps writing; the agent signs in, sees
the conversation arrive in the live queue with the recommendations the bot showed, claims it and
replies; the viewer sees the reply; the agent hands back; the viewer's "something else" is answered
by the bot with the earlier constraints intact. Screenshots land in tests/artifacts/.
"""

from __future__ import annotations

from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from webchat_browser_helpers import (FIRST_TURN_S, LIVE_S, QUERY, TURN_S, add_agent_account, agent_bubbles,
                                     assert_comedies_under_40, card_lists, chrome, console_errors, idle, latest_cards,
                                     notes, open_chat, screenshot, send, wait_for)

pytestmark = [pytest.mark.browser, pytest.mark.integration]

AGENT, AGENT_NAME, PASSWORD = "mona", "Mona", "browser test passphrase"


@pytest.fixture(scope="module")
def agent_stack(stack: Any) -> Any:
    """The session's stack, with one agent account created by the real command."""
    add_agent_account(stack, AGENT, AGENT_NAME, PASSWORD)
    return stack


# --- agent page -------------------------------------------------------------------------------------------


def sign_in(driver: Any, url: str) -> None:
    driver.get(url.rstrip("/") + "/agent")
    wait_for(lambda: driver.find_element(By.ID, "username").is_displayed(), what="the sign-in form")
    driver.find_element(By.ID, "username").send_keys(AGENT)
    driver.find_element(By.ID, "password").send_keys(PASSWORD + Keys.ENTER)
    wait_for(lambda: driver.find_element(By.ID, "console-view").is_displayed(), what="the console after sign-in")
    wait_for(lambda: "on" in driver.find_element(By.ID, "live").get_attribute("class"), what="the live stream")


def queue_items(driver: Any) -> list[dict[str, str]]:
    """The queue as shown (read in one script call: the list re-renders live)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#queue .queue-item')).map(b => ({"
        "ref: b.dataset.ref, status: b.dataset.status, text: b.textContent}));"
    )


def open_first_conversation(driver: Any) -> None:
    driver.execute_script("document.querySelector('#queue .queue-item').click();")


def transcript(driver: Any) -> list[dict[str, str]]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#transcript .msg')).map(m => ({"
        "sender: m.dataset.sender, text: (m.querySelector('.bubble') || {}).textContent || '',"
        "recs: Array.from(m.querySelectorAll('.recs li')).map(li => li.textContent)}));"
    )


def test_viewer_and_agent_in_two_browsers(agent_stack: Any) -> None:
    with chrome() as viewer, chrome(1366, 900) as agent:
        # The viewer gets recommendations, then asks for a person.
        open_chat(viewer, agent_stack.gateway_url)
        send(viewer, QUERY)
        first_cards = wait_for(lambda: latest_cards(viewer), timeout=FIRST_TURN_S, what="recommendation cards")
        assert_comedies_under_40(first_cards)
        wait_for(lambda: idle(viewer), timeout=TURN_S, what="the first turn to finish")
        # The agent signs in (someone is present to take a handoff) and finds the conversation in the live queue.
        sign_in(agent, agent_stack.gateway_url)
        send(viewer, "can i talk to a person")
        wait_for(lambda: notes(viewer), timeout=TURN_S, what="the handoff note")
        wait_for(lambda: idle(viewer), timeout=TURN_S, what="the handoff turn to finish")
        wait_for(lambda: len(queue_items(agent)) == 1, timeout=LIVE_S, what="the conversation in the queue")
        item = queue_items(agent)[0]
        assert item["status"] == "waiting"
        assert "Web chat" in item["text"]
        open_first_conversation(agent)
        wait_for(lambda: transcript(agent), what="the transcript")
        shown = [m for m in transcript(agent) if m["recs"]]
        assert shown, "the recommendations the bot showed are in the transcript"
        # Each title once, in the order of the viewer's cards (the console words each line itself).
        assert [line.count(card["title"]) for line, card in zip(shown[0]["recs"], first_cards)] == \
            [1] * min(len(shown[0]["recs"]), len(first_cards)), shown[0]["recs"]

        # The viewer keeps writing while waiting: the agent sees it live, Rasa does not get it.
        send(viewer, "my subtitles are out of sync")
        wait_for(lambda: any(m["text"] == "my subtitles are out of sync" for m in transcript(agent)),
                 timeout=LIVE_S, what="the viewer's message in the open transcript")
        wait_for(lambda: "my subtitles are out of sync" in queue_items(agent)[0]["text"], timeout=LIVE_S,
                 what="the queue's last message")

        # Claim: the viewer is told an agent joined.
        agent.find_element(By.ID, "claim").click()
        wait_for(lambda: agent.find_element(By.ID, "reply-form").is_displayed(), what="the reply box after claiming")
        wait_for(lambda: len(notes(viewer)) >= 2, timeout=LIVE_S, what="the 'agent joined' note")

        # Reply: delivered live to the viewer, signed with the agent's name.
        box = agent.find_element(By.ID, "reply")
        box.send_keys("Hi, Mona here. Try switching subtitles off and on again.")
        box.send_keys(Keys.ENTER)
        wait_for(lambda: any("Try switching subtitles off and on again." in b for b in agent_bubbles(viewer)),
                 timeout=LIVE_S, what="the agent's reply in the viewer's chat")
        assert AGENT_NAME in agent_bubbles(viewer)[-1]
        wait_for(lambda: any(m["sender"] == "agent" for m in transcript(agent)), what="the reply in the transcript")
        send(viewer, "that fixed it, thanks!")
        wait_for(lambda: any(m["text"] == "that fixed it, thanks!" for m in transcript(agent)),
                 timeout=LIVE_S, what="the viewer's answer at the agent")
        screenshot(agent, "agent-console.png")
        screenshot(viewer, "webchat-with-agent.png")

        # Hand back: the bot resumes with the earlier constraints.
        agent.find_element(By.ID, "handback").click()
        wait_for(lambda: len(notes(viewer)) >= 3, timeout=LIVE_S, what="the 'back with mediabot' note")
        wait_for(lambda: not queue_items(agent), timeout=LIVE_S, what="the queue to empty")
        lists_before = card_lists(viewer)
        wait_for(lambda: idle(viewer), timeout=TURN_S, what="the viewer's chat to be idle")
        send(viewer, "something else")
        wait_for(lambda: card_lists(viewer) > lists_before, timeout=TURN_S, what="new cards from the bot")
        again = latest_cards(viewer)
        assert_comedies_under_40(again)

        assert console_errors(viewer) == []
        assert console_errors(agent) == []


def test_wrong_password_is_refused_in_the_page(agent_stack: Any) -> None:
    with chrome() as agent:
        agent.get(agent_stack.gateway_url + "/agent")
        wait_for(lambda: agent.find_element(By.ID, "username").is_displayed(), what="the sign-in form")
        agent.find_element(By.ID, "username").send_keys(AGENT)
        agent.find_element(By.ID, "password").send_keys("not the password" + Keys.ENTER)
        error = wait_for(lambda: agent.find_element(By.ID, "signin-error").text, what="the sign-in error")
        assert error == "Wrong username or password."
        assert not agent.find_element(By.ID, "console-view").is_displayed()
        cookies = {c["name"]: c for c in agent.get_cookies()}
        assert "mediabot_agent" not in cookies
