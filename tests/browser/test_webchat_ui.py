"""The chat page in real headless Chromium against the session's real stack (gateway + Rasa + actions).

Every behaviour is produced by a real conversation over tests/fixtures/netflix_small.csv: cards with
their data attributes drawn from the one recommendations payload (each title and runtime shown once),
quick replies, feedback state acknowledged by the bot, no HTML injection (a typed ``<img onerror>``
and catalog titles with ``&`` and quotes stay text), a gateway restart with a message typed while
offline, a real human handoff (agent account made by the real CLI, agent signed in through the
console's HTTP API) whose reply reaches every open tab, start over, keyboard-only use, and phone /
desktop screenshots in tests/artifacts/. How each kind of answer is drawn is pinned without the stack
in test_webchat_render.py.
"""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import aiohttp
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from mediabot.stack import restart_gateway
from webchat_browser_helpers import (FIRST_TURN_S, LIVE_S, QUERY, TURN_S, add_agent_account, agent_bubbles, answered,
                                     assert_comedies_under_40, bot_rows, bot_texts, card_lists, console_errors,
                                     emulate_dark, emulate_phone, latest_cards, no_horizontal_overflow, notes,
                                     open_chat, screenshot, send, settle, text_of, wait_for)

pytestmark = [pytest.mark.browser, pytest.mark.integration]

AGENT, AGENT_NAME, PASSWORD = "ana_ui", "Ana", "webchat ui test passphrase"
INJECTION = "<img src=x onerror=alert(1)> <b>bold</b>"


# --- the viewer's page --------------------------------------------------------------------------------


def open_chat_session(driver: Any, stack: Any) -> str:
    """Load the page, wait until the socket is up; return the page's session id."""
    open_chat(driver, stack.gateway_url)
    return driver.execute_script("return window.mediabotChat.sessionId")


def user_texts(driver: Any) -> list[str]:
    return [text_of(b) for b in driver.find_elements(By.CSS_SELECTOR, "#log .row.user .bubble")]


def turn(driver: Any, text: str, timeout: float = TURN_S) -> None:
    """Type ``text`` and wait until the bot answered it and stopped typing."""
    answered(driver, lambda: send(driver, text), what=f"an answer to {text!r}", timeout=timeout)


def ask_for_comedies(driver: Any) -> list[dict[str, str]]:
    lists = card_lists(driver)
    send(driver, QUERY)
    wait_for(lambda: card_lists(driver) > lists, timeout=FIRST_TURN_S, what="recommendation cards")
    settle(driver)
    return latest_cards(driver)


def no_injected_elements(driver: Any) -> bool:
    return driver.execute_script(
        "return document.querySelectorAll('#log img, #log b, [onerror]').length === 0 && !window.__pwned;")


# --- the agent (console HTTP API, as the console page uses it) ----------------------------------------


@pytest.fixture(scope="module")
def agent_account(stack: Any) -> str:
    """One agent account, created by the real command against the stack's database."""
    add_agent_account(stack, AGENT, AGENT_NAME, PASSWORD)
    return AGENT


class Agent:
    """The console API over HTTP: session cookie + CSRF header (synchronous, for Selenium tests)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
        async def call() -> tuple[int, Any]:
            async with aiohttp.ClientSession(cookies=self.cookies) as http:
                async with http.request(method, f"{self.base_url}/agent/api{path}", json=body,
                                        headers={"X-CSRF-Token": self.csrf} if self.csrf else {}) as resp:
                    self.cookies.update({k: v.value for k, v in resp.cookies.items()})
                    return resp.status, await resp.json()

        return asyncio.run(call())

    def sign_in(self, username: str) -> None:
        status, body = self._call("POST", "/login", {"username": username, "password": PASSWORD})
        assert status == 200, body
        self.csrf = body["csrf"]

    def find(self, last_message: str) -> dict[str, Any]:
        status, body = self._call("GET", "/queue")
        assert status == 200, body
        matches = [c for c in body["conversations"] if c["last_message"] == last_message]
        assert len(matches) == 1, body
        return matches[0]

    def act(self, ref: str, action: str, body: dict[str, Any] | None = None) -> Any:
        status, answer = self._call("POST", f"/conversations/{ref}/{action}", body or {})
        assert status == 200, answer
        return answer


def hand_off(driver: Any, stack: Any, username: str) -> tuple[Agent, str]:
    """The agent signs in (an agent present is what lets a viewer queue for a person); the viewer asks for one;
    the agent finds the conversation. Returns (agent, ref)."""
    agent = Agent(stack.gateway_url)
    agent.sign_in(username)
    send(driver, "I want to talk to a person")
    wait_for(lambda: notes(driver), timeout=FIRST_TURN_S, what="the handoff note")
    settle(driver)
    marker = f"still there? {uuid.uuid4().hex[:8]}"  # the queue is shared by the session: find ours
    send(driver, marker)
    conv = wait_for(lambda: agent.find(marker), timeout=LIVE_S, what="the conversation in the agent's queue")
    assert conv["status"] == "waiting" and conv["channel"] == "web", conv
    return agent, conv["ref"]


# --- tests --------------------------------------------------------------------------------------------


def test_cards_with_data_attributes_and_a_quick_reply(driver: Any, stack: Any) -> None:
    open_chat_session(driver, stack)
    cards = ask_for_comedies(driver)
    assert_comedies_under_40(cards)
    assert all(c["title"] for c in cards)
    # The answer's heading is shown; the list only as cards, each title once, each runtime once.
    texts = bot_texts(driver)
    assert any(t.startswith("Here are") for t in texts), texts
    shown = text_of(driver.find_element(By.ID, "log"))
    assert all(shown.count(c["title"]) == 1 for c in cards), shown
    first = driver.find_element(By.CSS_SELECTOR, "#log ol.cards .card")
    assert text_of(first).count(f"{cards[0]['durationMinutes']} min") == 1, text_of(first)

    # A quick reply: its title becomes the viewer's bubble and the refined answer keeps the constraints.
    replies = driver.find_elements(By.CSS_SELECTOR, "#log .quick-reply")
    chosen = next((b for b in replies if text_of(b).strip().lower() in ("shorter", "something else")), None)
    assert chosen is not None, [text_of(b) for b in replies]
    title = text_of(chosen).strip()
    lists = card_lists(driver)
    chosen.click()
    wait_for(lambda: user_texts(driver)[-1] == title, what="the quick reply as the viewer's bubble")
    wait_for(lambda: card_lists(driver) > lists, timeout=TURN_S, what=f"the answer to {title!r}")
    settle(driver)
    assert_comedies_under_40(latest_cards(driver))
    screenshot(driver, "webchat-ui-desktop.png")
    assert console_errors(driver) == []


def test_feedback_is_acknowledged_and_its_state_shown(driver: Any, stack: Any) -> None:
    open_chat_session(driver, stack)
    cards = ask_for_comedies(driver)
    item_id, title = cards[0]["itemId"], cards[0]["title"]
    card = driver.find_element(By.CSS_SELECTOR, f'#log .card[data-item-id="{item_id}"]')
    like = card.find_element(By.CSS_SELECTOR, 'button[data-kind="like"]')
    dislike = card.find_element(By.CSS_SELECTOR, 'button[data-kind="dislike"]')
    seen = card.find_element(By.CSS_SELECTOR, 'button[data-kind="seen"]')

    answered(driver, like.click, what="the bot to acknowledge the like")
    assert like.get_attribute("aria-pressed") == "true"
    acknowledgement = " ".join(bot_texts(driver)[-2:])
    assert "liked" in acknowledgement and title in acknowledgement, acknowledgement

    dislike.click()
    wait_for(lambda: like.get_attribute("aria-pressed") == "false", what="like to be released by dislike")
    assert dislike.get_attribute("aria-pressed") == "true"
    settle(driver)
    seen.click()
    assert seen.get_attribute("aria-pressed") == "true"
    settle(driver)
    users = len(user_texts(driver))
    seen.click()  # already chosen: nothing new is sent
    assert len(user_texts(driver)) == users

    # The chosen state survives a reload (same session, history from localStorage).
    driver.refresh()
    wait_for(lambda: latest_cards(driver), what="cards after reload")
    reloaded = driver.find_element(By.CSS_SELECTOR, f'#log .card[data-item-id="{item_id}"] button[data-kind="dislike"]')
    assert reloaded.get_attribute("aria-pressed") == "true"


def test_typed_html_and_catalog_titles_are_rendered_as_text(driver: Any, stack: Any) -> None:
    open_chat_session(driver, stack)
    driver.execute_script("window.alert = () => { window.__pwned = true; };")
    # A typed tag is the viewer's text, and whatever the bot makes of it stays text too.
    turn(driver, INJECTION, timeout=FIRST_TURN_S)
    assert INJECTION in user_texts(driver)
    assert no_injected_elements(driver)

    # A catalog title with a quote: its details card, asked for in words (a list's order is the ranking's
    # business, so the test does not wait for the title to turn up in one).
    turn(driver, "tell me about Ricardo O'Farrill: Abrazo navideño")
    quoted = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .details"), what="a details card")[-1]
    assert "Ricardo O'Farrill: Abrazo navideño" in text_of(quoted)
    # A catalog title with "&": its details card, asked for in words.
    turn(driver, "tell me about Ginny & Georgia - The Afterparty")
    details = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .details"), what="a details card")[-1]
    assert details.get_attribute("data-item-id") == "s1263"
    assert "Ginny & Georgia - The Afterparty" in text_of(details)
    assert "Ginny &amp; Georgia" not in text_of(details)
    assert no_injected_elements(driver)
    assert console_errors(driver) == []


def test_card_title_asks_for_details_of_that_item(driver: Any, stack: Any) -> None:
    open_chat_session(driver, stack)
    cards = ask_for_comedies(driver)
    item_id, title = cards[0]["itemId"], cards[0]["title"]
    driver.find_element(By.CSS_SELECTOR, f'#log .card[data-item-id="{item_id}"] .title-button').click()
    wait_for(lambda: user_texts(driver)[-1] == f"Tell me about “{title}”", what="the details request bubble")
    details = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .details"), timeout=TURN_S,
                       what="a details card")[0]
    settle(driver)
    assert details.get_attribute("data-item-id") == item_id
    text = text_of(details)
    assert title in text and f"{cards[0]['durationMinutes']} min" in text
    # The plain-text rendering of the details is not shown next to the card.
    assert not any("rated " in t for t in bot_texts(driver))
    screenshot(driver, "webchat-ui-details.png")


def test_gateway_restart_reconnects_and_sends_what_was_typed_offline(driver: Any, stack: Any) -> None:
    session_id = open_chat_session(driver, stack)
    ask_for_comedies(driver)
    lists = card_lists(driver)

    stack.stop(("gateway",))
    try:
        banner = driver.find_element(By.ID, "banner")
        wait_for(banner.is_displayed, timeout=LIVE_S, what="the reconnecting banner")
        assert "Reconnecting" in text_of(banner)
        send(driver, "something else")
        pending = driver.find_elements(By.CSS_SELECTOR, "#log .row.user .bubble.pending")
        assert pending and text_of(pending[-1]) == "something else"
        screenshot(driver, "webchat-reconnecting.png")
    finally:
        restart_gateway(stack)

    wait_for(lambda: driver.execute_script("return window.mediabotChat.conn.isOpen()"), timeout=60,
             what="the page to reconnect to the restarted gateway")
    assert driver.execute_script("return window.mediabotChat.sessionId") == session_id
    wait_for(lambda: not driver.find_element(By.ID, "banner").is_displayed(), what="the banner to go away")
    # The queued message reached the real bot, which answered it in the same conversation (constraints kept).
    wait_for(lambda: card_lists(driver) > lists, timeout=TURN_S, what="the answer to the queued message")
    settle(driver)
    assert driver.find_elements(By.CSS_SELECTOR, "#log .row.user .bubble.pending") == []
    assert_comedies_under_40(latest_cards(driver))


def test_agent_reply_reaches_every_open_tab(driver: Any, stack: Any, agent_account: str) -> None:
    session_id = open_chat_session(driver, stack)
    first_tab = driver.current_window_handle
    driver.switch_to.new_window("tab")
    assert open_chat_session(driver, stack) == session_id
    driver.switch_to.window(first_tab)
    agent, ref = hand_off(driver, stack, agent_account)
    agent.act(ref, "claim")
    answer = agent.act(ref, "reply", {"text": "Hi, I'm Ana. Let me help."})
    assert answer["delivered"] is True
    try:
        for handle in driver.window_handles:
            driver.switch_to.window(handle)
            wait_for(lambda: any("Let me help." in b for b in agent_bubbles(driver)), timeout=LIVE_S,
                     what="the agent's reply in every tab")
            assert AGENT_NAME in agent_bubbles(driver)[-1]
    finally:
        agent.act(ref, "hand-back")


def test_handoff_notes_and_agent_messages(driver: Any, stack: Any, agent_account: str) -> None:
    open_chat_session(driver, stack)
    agent, ref = hand_off(driver, stack, agent_account)
    assert "support team" in notes(driver)[0]
    # The handoff answer is drawn once, as a note, never also as a bot bubble.
    assert not any("support team" in t for t in bot_texts(driver))

    agent.act(ref, "claim")
    wait_for(lambda: len(notes(driver)) >= 2, timeout=LIVE_S, what="the 'agent joined' note")
    agent.act(ref, "reply", {"text": "Hi, Ana here. How can I help?"})
    wait_for(lambda: agent_bubbles(driver), timeout=LIVE_S, what="the agent bubble")
    assert agent_bubbles(driver)[-1] == f"{AGENT_NAME}Hi, Ana here. How can I help?"
    agent.act(ref, "hand-back")
    wait_for(lambda: len(notes(driver)) >= 3, timeout=LIVE_S, what="the 'back with mediabot' note")
    shown = notes(driver)
    assert "joined" in shown[1] and "mediabot again" in shown[2], shown
    screenshot(driver, "webchat-ui-handoff.png")
    # Back with the bot: it answers again.
    cards = ask_for_comedies(driver)
    assert_comedies_under_40(cards)


def test_start_over_clears_the_page_and_the_dialogue(driver: Any, stack: Any) -> None:
    open_chat_session(driver, stack)
    ask_for_comedies(driver)
    driver.find_element(By.ID, "restart").click()
    wait_for(lambda: any("start fresh" in t for t in bot_texts(driver)), timeout=TURN_S, what="the fresh greeting")
    settle(driver)
    assert latest_cards(driver) == []
    assert driver.switch_to.active_element.get_attribute("id") == "input"
    assert user_texts(driver) == []  # the page was cleared before the greeting


def test_keyboard_only_use(driver: Any, stack: Any) -> None:
    open_chat_session(driver, stack)
    active = driver.switch_to.active_element
    assert active.get_attribute("id") == "input"  # focused on load on a desktop-sized screen
    before = card_lists(driver)
    active.send_keys(QUERY, Keys.ENTER)
    wait_for(lambda: card_lists(driver) > before, timeout=FIRST_TURN_S, what="cards")
    settle(driver)
    # Every control on a card is a real, named button ...
    buttons = driver.find_elements(By.CSS_SELECTOR, "#log .card button")
    assert buttons and all(b.tag_name == "button" for b in buttons)
    assert all((b.get_attribute("aria-label") or text_of(b)).strip() for b in buttons)
    label = driver.find_element(By.CSS_SELECTOR, "label[for=input]")
    assert label.get_attribute("textContent").strip()

    # ... reachable with Tab and pressed with Enter: like the first card without the mouse.
    like = driver.find_element(By.CSS_SELECTOR, '#log ol.cards .card button[data-kind="like"]')
    for _ in range(200):
        if driver.switch_to.active_element == like:
            break
        ActionChains(driver).send_keys(Keys.TAB).perform()
    assert driver.switch_to.active_element == like, "Tab never reached the first card's like button"
    rows = bot_rows(driver)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    wait_for(lambda: like.get_attribute("aria-pressed") == "true", what="the like pressed with Enter")
    wait_for(lambda: bot_rows(driver) > rows, timeout=TURN_S, what="the bot to acknowledge the like")
    settle(driver)


def test_phone_layout_and_dark_theme_screenshots(driver: Any, stack: Any) -> None:
    emulate_phone(driver)
    open_chat_session(driver, stack)
    assert_comedies_under_40(ask_for_comedies(driver))
    assert driver.execute_script("return window.innerWidth") == 375
    assert no_horizontal_overflow(driver)
    first = driver.find_element(By.CSS_SELECTOR, "#log ol.cards .card")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    screenshot(driver, "webchat-ui-phone.png")
    emulate_dark(driver)
    screenshot(driver, "webchat-ui-phone-dark.png")
    assert console_errors(driver) == []
