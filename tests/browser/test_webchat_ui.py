"""The chat page in real headless Chromium against the real gateway with a scripted bot behind it.

These cover what must hold whatever Rasa says: cards instead of a duplicated text list, quick replies
sending their payload, feedback state, no HTML injection, reconnect with a queued message, agent pushes,
start over, and a phone-sized layout. The full stack (real Rasa) is test_webchat_browser.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from bot.channels.webchat_protocol import agent_frame, bot_frame
from webchat_browser_helpers import (
    chat_cards,
    chrome,
    console_errors,
    emulate_dark,
    emulate_phone,
    no_horizontal_overflow,
    screenshot,
    text_of,
    typing_on,
    wait_for,
)
from webchat_scripted_gateway import ITEMS, SHORTER, ScriptedGateway

pytestmark = pytest.mark.browser


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[ScriptedGateway]:
    gw = ScriptedGateway(tmp_path)
    gw.start()
    try:
        yield gw
    finally:
        gw.close()


@pytest.fixture
def driver() -> Iterator[Any]:
    with chrome() as d:
        yield d


def open_chat(driver: Any, gateway: ScriptedGateway) -> str:
    """Load the page, wait until the socket is up; return the page's session id."""
    driver.get(gateway.url + "/")
    wait_for(lambda: driver.execute_script("return window.mediabotChat && window.mediabotChat.conn.isOpen()"),
             what="the chat socket to open")
    return driver.execute_script("return window.mediabotChat.sessionId")


def type_message(driver: Any, text: str) -> None:
    box = driver.find_element(By.ID, "input")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def bot_texts(driver: Any) -> list[str]:
    return [text_of(b) for b in driver.find_elements(By.CSS_SELECTOR, ".row.bot .bubble:not(.typing)")]


def calls(gateway: ScriptedGateway) -> list[str]:
    return [text for _, text in gateway.router.calls]


def test_cards_replace_the_text_list_and_quick_reply_sends_its_payload(driver: Any, gateway: ScriptedGateway) -> None:
    session_id = open_chat(driver, gateway)
    type_message(driver, "comedies under 40 minutes")
    wait_for(lambda: typing_on(driver), what="the typing indicator")
    cards = wait_for(lambda: chat_cards(driver), what="recommendation cards")

    assert [c["itemId"] for c in cards] == [i["id"] for i in ITEMS]
    assert all("comedy" in c["genres"].split(",") for c in cards)
    assert [int(c["durationMinutes"]) for c in cards] == [32, 38, 24]
    # The heading of the plain-text rendering stays, its numbered list does not.
    texts = bot_texts(driver)
    assert "Here are 3 picks (comedy · under 40 min):" in texts
    assert not any("1. The Office Hours" in t for t in texts)
    first = driver.find_element(By.CSS_SELECTOR, ".card")
    assert "32 min" in text_of(first) and "TV-14" in text_of(first) and "Stand-up" in text_of(first)
    assert wait_for(lambda: not typing_on(driver), what="typing off")

    driver.find_element(By.XPATH, "//button[contains(@class,'quick-reply') and normalize-space()='Shorter']").click()
    wait_for(lambda: SHORTER in calls(gateway), what="the quick reply payload to reach the bot")
    assert gateway.router.calls[-1][0].sender_id == f"web:{session_id}"
    assert text_of(driver.find_elements(By.CSS_SELECTOR, ".row.user .bubble")[-1]) == "Shorter"
    wait_for(lambda: len(chat_cards(driver)) == 4, what="the refined answer")
    wait_for(lambda: not typing_on(driver), what="typing off")
    screenshot(driver, "webchat-ui-desktop.png")
    assert console_errors(driver) == []


def test_feedback_buttons_send_frames_and_show_state(driver: Any, gateway: ScriptedGateway) -> None:
    open_chat(driver, gateway)
    type_message(driver, "comedies")
    wait_for(lambda: chat_cards(driver), what="cards")
    card = driver.find_element(By.CSS_SELECTOR, '.card[data-item-id="s102"]')
    like = card.find_element(By.CSS_SELECTOR, 'button[data-kind="like"]')
    dislike = card.find_element(By.CSS_SELECTOR, 'button[data-kind="dislike"]')
    seen = card.find_element(By.CSS_SELECTOR, 'button[data-kind="seen"]')

    like.click()
    wait_for(lambda: '/feedback_like{"item_id":"s102"}' in calls(gateway), what="like feedback to reach the bot")
    assert like.get_attribute("aria-pressed") == "true"
    wait_for(lambda: any("Glad you liked it" in t for t in bot_texts(driver)), what="the acknowledgement")

    dislike.click()
    seen.click()
    wait_for(lambda: '/feedback_seen{"item_id":"s102"}' in calls(gateway), what="seen feedback")
    assert like.get_attribute("aria-pressed") == "false"
    assert dislike.get_attribute("aria-pressed") == "true"
    assert seen.get_attribute("aria-pressed") == "true"
    like_again = len(calls(gateway))
    seen.click()  # already chosen: nothing new is sent
    assert len(calls(gateway)) == like_again

    # The chosen state survives a reload (same session, history from localStorage).
    driver.refresh()
    wait_for(lambda: chat_cards(driver), what="cards after reload")
    reloaded = driver.find_element(By.CSS_SELECTOR, '.card[data-item-id="s102"] button[data-kind="dislike"]')
    assert reloaded.get_attribute("aria-pressed") == "true"


def test_bot_and_catalog_text_is_never_rendered_as_html(driver: Any, gateway: ScriptedGateway) -> None:
    open_chat(driver, gateway)
    type_message(driver, "show me html")
    wait_for(lambda: any("Not <b>bold</b>" in t for t in bot_texts(driver)), what="the literal text")
    assert driver.find_elements(By.ID, "injected") == []
    type_message(driver, "comedies")
    wait_for(lambda: chat_cards(driver), what="cards")
    titles = [c["title"] for c in chat_cards(driver)]
    assert "Tiny Kitchen <b>Chaos</b>" in titles
    assert driver.find_elements(By.CSS_SELECTOR, ".card-title b") == []


def test_card_title_asks_for_details_of_that_item(driver: Any, gateway: ScriptedGateway) -> None:
    open_chat(driver, gateway)
    type_message(driver, "comedies")
    wait_for(lambda: chat_cards(driver), what="cards")
    driver.find_element(By.CSS_SELECTOR, '.card[data-item-id="s101"] .title-button').click()
    wait_for(lambda: '/ask_details{"item_id":"s101"}' in calls(gateway), what="the details request")
    assert text_of(driver.find_elements(By.CSS_SELECTOR, ".row.user .bubble")[-1]) == "Tell me about “The Office Hours”"
    details = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".details"), what="a details card")[0]
    assert details.get_attribute("data-item-id") == "s101"
    text = text_of(details)
    for expected in ("The Office Hours", "32 min", "Ana Example", "Cy Director", "United States"):
        assert expected in text
    # The plain-text rendering of the details is not shown next to the card.
    assert not any("rated TV-14" in t for t in bot_texts(driver))
    wait_for(lambda: not typing_on(driver), what="typing off")
    screenshot(driver, "webchat-ui-details.png")


def test_reconnects_and_sends_what_was_typed_while_offline(driver: Any, gateway: ScriptedGateway) -> None:
    session_id = open_chat(driver, gateway)
    gateway.stop()
    banner = driver.find_element(By.ID, "banner")
    wait_for(banner.is_displayed, what="the reconnecting banner")
    assert "Reconnecting" in text_of(banner)
    type_message(driver, "comedies typed while offline")
    pending = driver.find_elements(By.CSS_SELECTOR, ".row.user .bubble.pending")
    assert pending and text_of(pending[-1]) == "comedies typed while offline"
    screenshot(driver, "webchat-reconnecting.png")

    gateway.start()
    wait_for(lambda: "comedies typed while offline" in calls(gateway), timeout=20, what="the queued message")
    assert gateway.router.calls[-1][0].sender_id == f"web:{session_id}"  # same session after reconnect
    wait_for(lambda: not banner.is_displayed(), what="the banner to go away")
    wait_for(lambda: chat_cards(driver), what="the answer to the queued message")
    assert driver.find_elements(By.CSS_SELECTOR, ".row.user .bubble.pending") == []


def test_agent_push_reaches_every_open_tab(driver: Any, gateway: ScriptedGateway) -> None:
    session_id = open_chat(driver, gateway)
    driver.switch_to.new_window("tab")
    assert open_chat(driver, gateway) == session_id
    wait_for(lambda: gateway.tabs(session_id) == 2, what="two tabs registered")
    assert gateway.push(session_id, agent_frame("Hi, I'm Ana. Let me help.", "Ana")) == 2
    for handle in driver.window_handles:
        driver.switch_to.window(handle)
        bubble = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, ".row.agent .bubble"), what="agent bubble")
        text = text_of(bubble[-1])
        assert "Ana" in text and "Let me help." in text


def test_handoff_notes_and_agent_messages(driver: Any, gateway: ScriptedGateway) -> None:
    session_id = open_chat(driver, gateway)
    type_message(driver, "can I talk to a person")
    note = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .note.handoff"), what="the handoff note")
    assert "support team" in text_of(note[-1])
    assert not any("I'm asking a person" in t for t in bot_texts(driver))  # the note replaces its text rendering
    wait_for(lambda: not typing_on(driver), what="typing off")

    assert gateway.push(session_id, bot_frame([{"custom": {"type": "handoff", "status": "agent_joined"}}])) == 1
    assert gateway.push(session_id, agent_frame("Hi, Mona here. How can I help?", "Mona")) == 1
    bubble = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .row.agent .bubble"), what="agent bubble")
    assert text_of(bubble[-1]) == "MonaHi, Mona here. How can I help?"
    assert gateway.push(session_id, bot_frame([{"custom": {"type": "handoff", "status": "ended"}}])) == 1
    wait_for(lambda: len(driver.find_elements(By.CSS_SELECTOR, "#log .note.handoff")) == 3, what="three notes")
    notes = [text_of(n) for n in driver.find_elements(By.CSS_SELECTOR, "#log .note.handoff")]
    assert "joined" in notes[1] and "mediabot again" in notes[2]
    screenshot(driver, "webchat-ui-handoff.png")


def test_start_over_clears_the_page_and_the_dialogue(driver: Any, gateway: ScriptedGateway) -> None:
    open_chat(driver, gateway)
    type_message(driver, "comedies")
    wait_for(lambda: chat_cards(driver), what="cards")
    driver.find_element(By.ID, "restart").click()
    wait_for(lambda: "/start_over" in calls(gateway), what="start over to reach the bot")
    wait_for(lambda: any("start fresh" in t for t in bot_texts(driver)), what="the fresh greeting")
    assert chat_cards(driver) == []
    assert driver.switch_to.active_element.get_attribute("id") == "input"


def test_keyboard_only_use(driver: Any, gateway: ScriptedGateway) -> None:
    open_chat(driver, gateway)
    active = driver.switch_to.active_element
    assert active.get_attribute("id") == "input"  # focused on load on a desktop-sized screen
    active.send_keys("comedies", Keys.ENTER)
    wait_for(lambda: chat_cards(driver), what="cards")
    # Every control on a card is a real button reachable with Tab.
    buttons = driver.find_elements(By.CSS_SELECTOR, ".card button")
    assert buttons and all(b.tag_name == "button" for b in buttons)
    assert all((b.get_attribute("aria-label") or text_of(b)).strip() for b in buttons)  # every button has a name
    label = driver.find_element(By.CSS_SELECTOR, "label[for=input]")
    assert label.get_attribute("textContent").strip()


def test_phone_layout_and_dark_theme_screenshots(driver: Any, gateway: ScriptedGateway) -> None:
    emulate_phone(driver)
    open_chat(driver, gateway)
    type_message(driver, "comedies under 40 minutes")
    wait_for(lambda: len(chat_cards(driver)) == 3, what="cards")
    wait_for(lambda: not typing_on(driver), what="typing off")
    assert driver.execute_script("return window.innerWidth") == 375
    assert no_horizontal_overflow(driver)
    screenshot(driver, "webchat-ui-phone.png")
    emulate_dark(driver)
    screenshot(driver, "webchat-ui-phone-dark.png")
    assert console_errors(driver) == []


INTRO_CASES = [
    # (plain text, item titles, what stays visible)
    ("Here are 2 picks (comedy · under 40 min):\n1. Up in Arms (2019) · 32 min · TV-14 — comedy\n"
     "2. Laugh Lines (2017) · 24 min · TV-MA — comedy", ["Up in Arms", "Laugh Lines"],
     "Here are 2 picks (comedy · under 40 min):"),
    ("Here are 2 picks (like “Stranger Things”):\n1. Stranger Things (2016) · 4 seasons\n2. Dark (2017)",
     ["Stranger Things", "Dark"], "Here are 2 picks (like “Stranger Things”):"),
    ("Top picks:\n- Laugh Lines\n  a very rude special\n- Up in Arms\nWant something shorter?",
     ["Laugh Lines", "Up in Arms"], "Top picks:\nWant something shorter?"),
    ("1. Laugh Lines\n2. Up in Arms", ["Laugh Lines", "Up in Arms"], ""),
]


RUNTIME_CASES = [
    ({"duration_minutes": 92}, "1 h 32 min"), ({"duration_minutes": 40}, "40 min"), ({"duration_minutes": 120}, "2 h"),
    ({"duration_minutes": None, "seasons": 2}, "2 seasons"), ({"duration_minutes": None, "seasons": 1}, "1 season"),
    ({"duration_minutes": None, "seasons": None}, ""),
]


def test_page_helpers_intro_and_runtime(driver: Any, gateway: ScriptedGateway) -> None:
    """The page's pure helpers, called in the real page (one browser for all cases)."""
    open_chat(driver, gateway)
    intro = "return window.mediabotChat.introOf(arguments[0], arguments[1])"
    got = [driver.execute_script(intro, text, [{"title": t} for t in titles]) for text, titles, _ in INTRO_CASES]
    assert got == [visible for _, _, visible in INTRO_CASES]
    runtime = "return window.mediabotChat.formatRuntime(arguments[0])"
    assert [driver.execute_script(runtime, item) for item, _ in RUNTIME_CASES] == [s for _, s in RUNTIME_CASES]
