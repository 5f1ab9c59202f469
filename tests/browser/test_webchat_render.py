"""The chat page draws every kind of answer from its payload: the golden answer set in real Chromium.

A real gateway (``create_app``; no Rasa, nothing here asks the bot) runs in a background thread. The
page connects, and the golden answers (tests/fixtures/golden_answers.json) reach it through the web
chat hub as one ``bot`` frame, the way an agent's reply does. Each item must appear exactly once, with
its runtime as the contract worded it, once; notices, names and quick replies come from the fields.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from aiohttp import web
from selenium.webdriver.common.by import By

from bot.app import Parts, create_app
from bot.channels.webchat import WEBCHAT_HUB
from bot.channels.webchat_protocol import bot_frame
from contract import wording
from contract.payloads import HandoffState, ItemDetails, Recommendations, from_custom, items_of
from contract.settings import Settings
from webchat_browser_helpers import bot_texts, chrome, console_errors, open_chat, screenshot, text_of, wait_for

pytestmark = [pytest.mark.browser]

GOLDEN = [from_custom(w) for w in
          json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "golden_answers.json").read_text())]
T = TypeVar("T")



@dataclass
class Gateway:
    """The real gateway app served on a loopback port from its own event loop thread."""

    url: str
    app: web.Application
    loop: asyncio.AbstractEventLoop

    def call(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(10)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def gateway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Gateway]:
    tmp = tmp_path_factory.mktemp("render")
    settings = Settings(var_dir=tmp, database_url=f"sqlite:///{tmp / 'test.db'}",
                        rasa_url=f"http://127.0.0.1:{_closed_port()}", rasa_timeout_s=1.0)
    app = create_app(settings, parts=Parts.channels_only())
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    runner = web.AppRunner(app)
    server = Gateway("", app, loop)
    server.call(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    server.call(site.start())
    server.url = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        yield server
    finally:
        server.call(runner.cleanup())
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def push_golden(driver: Any, gateway: Gateway) -> None:
    """Open the chat page and push the golden answers to it as one ``bot`` frame."""
    open_chat(driver, gateway.url)
    session_id = driver.execute_script("return window.mediabotChat.sessionId")
    hub = gateway.app[WEBCHAT_HUB]
    wait_for(lambda: hub.is_connected(session_id), what="the page's hello")
    assert gateway.call(hub.push(session_id, bot_frame(GOLDEN))) == 1


@pytest.fixture(scope="module")
def page(gateway: Gateway) -> Iterator[Any]:
    """The chat page after the golden answers arrived as one pushed ``bot`` frame."""
    with chrome() as driver:
        push_golden(driver, gateway)
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .row.agent"), what="the golden turn")
        driver.set_window_size(1280, 3000)  # the whole turn in one picture
        screenshot(driver, "webchat-golden-answers.png")
        yield driver


def log_text(driver: Any) -> str:
    return text_of(driver.find_element(By.ID, "log"))


def test_each_item_appears_exactly_once(page: Any) -> None:
    shown = log_text(page)
    for item in items_of(GOLDEN):
        assert shown.count(item.title) == 1, item.title
    cards = page.find_elements(By.CSS_SELECTOR, "#log ol.cards .card")
    assert [c.get_attribute("data-item-id") for c in cards] == [i.id for i in items_of(GOLDEN)]


def test_each_card_shows_the_contracts_runtime_once(page: Any) -> None:
    for item in items_of(GOLDEN):
        card = page.find_element(By.CSS_SELECTOR, f'#log ol.cards .card[data-item-id="{item.id}"]')
        assert item.runtime and text_of(card).count(item.runtime) == 1, (item.runtime, text_of(card))


def test_headings_are_shown_as_sent_and_an_empty_list_draws_no_cards(page: Any) -> None:
    headings = [a.heading for a in GOLDEN if isinstance(a, Recommendations)]
    assert [t for t in bot_texts(page) if t in headings] == headings
    assert len(page.find_elements(By.CSS_SELECTOR, "#log ol.cards")) == 1


def test_details_card_draws_the_item(page: Any) -> None:
    [details] = [a.item for a in GOLDEN if isinstance(a, ItemDetails)]
    card = page.find_element(By.CSS_SELECTOR, "#log .details")
    assert card.get_attribute("data-item-id") == details.id
    assert details.runtime and details.runtime in text_of(card)
    assert all(name in text_of(card) for name in details.cast)


def test_handoff_notes_are_the_gateways_wording(page: Any) -> None:
    notes = [text_of(n) for n in page.find_elements(By.CSS_SELECTOR, "#log .note.handoff")]
    assert notes == [wording.handoff_notice(a, live=True) for a in GOLDEN if isinstance(a, HandoffState)]


def test_agent_message_shows_the_agents_name(page: Any) -> None:
    bubbles = [text_of(b) for b in page.find_elements(By.CSS_SELECTOR, "#log .row.agent .bubble")]
    assert bubbles == ["AnaHi, I can help with that."]
    assert page.find_element(By.CSS_SELECTOR, "#log .row.agent .agent-name").get_attribute("textContent") == "Ana"


def test_quick_replies_of_the_turn_come_last(page: Any) -> None:
    titles = [q.title for a in GOLDEN for q in getattr(a, "quick_replies", ())]
    last_row = page.find_elements(By.CSS_SELECTOR, "#log > *")[-1]
    assert [text_of(b) for b in last_row.find_elements(By.CSS_SELECTOR, ".quick-reply")] == titles


def test_plain_text_and_markup_in_titles_stay_text(page: Any) -> None:
    assert "Hello! What do you feel like watching?" in bot_texts(page)
    assert page.execute_script("return document.querySelectorAll('#log Classic, #log img').length") == 0


def rows_and_last_replies(driver: Any) -> tuple[list[str], list[str]]:
    """The log's rows without quick replies, and the quick replies under the last turn (only the last
    turn's replies are redrawn from history: older ones no longer apply)."""
    rows = driver.execute_script(
        "return Array.from(document.querySelectorAll('#log > *'))"
        ".filter(n => !n.querySelector('.quick-replies')).map(n => n.textContent);")
    last = driver.find_elements(By.CSS_SELECTOR, "#log > *")[-1]
    return rows, [text_of(b) for b in last.find_elements(By.CSS_SELECTOR, ".quick-reply")]


def test_reload_restores_the_same_turn_from_history(page: Any) -> None:
    before = rows_and_last_replies(page)
    page.refresh()
    wait_for(lambda: page.find_elements(By.CSS_SELECTOR, "#log .row.agent"), what="the restored turn")
    assert rows_and_last_replies(page) == before
    assert [e for e in console_errors(page) if "/api/vocabulary" not in e] == []


def test_cards_name_item_types_in_the_contracts_words(gateway: Gateway, monkeypatch: pytest.MonkeyPatch) -> None:
    """The page keeps no labels of its own: a changed contract label shows on the cards (drawn before or
    after the labels arrive)."""
    monkeypatch.setitem(wording.TYPE_LABELS, "movie", "Feature film")
    movies = [i.id for i in items_of(GOLDEN) if i.type == "movie"]
    with chrome() as driver:
        push_golden(driver, gateway)
        metas = lambda: [text_of(driver.find_element(By.CSS_SELECTOR, f'#log .card[data-item-id="{m}"] .meta'))
                         for m in movies]
        wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, "#log .card") and
                 all("Feature film" in m for m in metas()), what="the contract's type label on every movie card")
