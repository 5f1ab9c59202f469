"""The web chat end to end: real headless Chromium, real gateway, real Rasa, real action server.

A viewer types "comedies under 40 minutes"; every card shown must be a comedy of at most 40 minutes
(read from the cards' data attributes, i.e. the data the page received, not its display text). Then a
quick reply refines the answer, a like is acknowledged by the bot, and screenshots (desktop and a
375x740 phone) land in tests/artifacts/.
"""

from __future__ import annotations

from typing import Any

import pytest
from selenium.webdriver.common.by import By

from webchat_browser_helpers import (FIRST_TURN_S, QUERY, answered, assert_comedies_under_40, bot_texts,
                                     console_errors, emulate_phone, latest_cards, no_horizontal_overflow, open_chat,
                                     screenshot, send, settle, text_of, wait_for)

pytestmark = [pytest.mark.browser, pytest.mark.integration]


def ask_for_comedies(driver: Any, stack: Any) -> list[dict[str, str]]:
    open_chat(driver, stack.gateway_url)
    send(driver, QUERY)
    cards = wait_for(lambda: latest_cards(driver), timeout=FIRST_TURN_S, what="recommendation cards")
    settle(driver)
    return cards


def test_comedies_under_40_minutes_quick_reply_and_like(driver: Any, stack: Any) -> None:
    cards = ask_for_comedies(driver, stack)
    assert_comedies_under_40(cards)
    # The list arrives once, as a payload: each title is shown once, on its card.
    shown = text_of(driver.find_element(By.ID, "log"))
    assert all(shown.count(c["title"]) == 1 for c in cards), shown

    # A quick reply: its title becomes the viewer's bubble and a new answer arrives.
    replies = driver.find_elements(By.CSS_SELECTOR, "#log .quick-reply")
    assert replies, "the bot offered no quick replies after the list"
    chosen = next((b for b in replies if text_of(b).strip().lower() == "shorter"), None) or next(
        (b for b in replies if text_of(b).strip().lower() == "something else"), replies[0])
    title = text_of(chosen).strip()
    answered(driver, chosen.click, what=f"an answer to {title!r}")
    wait_for(lambda: text_of(driver.find_elements(By.CSS_SELECTOR, "#log .row.user .bubble")[-1]) == title,
             what="the quick reply as the viewer's bubble")
    if title.lower() in ("shorter", "something else"):
        refined = wait_for(lambda: latest_cards(driver), what="refined cards")
        assert_comedies_under_40(refined)  # the constraints carried over

    # Like the first card of the latest list: the button shows it, the bot acknowledges that title.
    card = driver.find_elements(By.CSS_SELECTOR, "#log ol.cards")[-1].find_element(By.CSS_SELECTOR, ".card")
    liked_title = text_of(card.find_element(By.CSS_SELECTOR, ".card-title"))
    like = card.find_element(By.CSS_SELECTOR, 'button[data-kind="like"]')
    answered(driver, like.click, what="the bot to acknowledge the like")
    assert like.get_attribute("aria-pressed") == "true"
    acknowledgement = " ".join(bot_texts(driver)[-2:])
    assert liked_title in acknowledgement, f"the bot did not acknowledge {liked_title!r}: {acknowledgement!r}"

    screenshot(driver, "webchat-desktop.png")
    assert console_errors(driver) == []


def test_phone_sized_screen(driver: Any, stack: Any) -> None:
    emulate_phone(driver)
    cards = ask_for_comedies(driver, stack)
    assert_comedies_under_40(cards)
    assert driver.execute_script("return window.innerWidth") == 375
    assert no_horizontal_overflow(driver)
    first = driver.find_element(By.CSS_SELECTOR, "#log ol.cards .card")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", first)
    screenshot(driver, "webchat-phone.png")
    assert console_errors(driver) == []
