"""Headless Chromium for the browser tests: Debian's chromium + chromedriver, never a download.

Selenium Manager would fetch a browser and driver from the internet when it cannot find them; passing
both paths explicitly and setting SE_OFFLINE keeps it from ever trying.

Also what the browser tests on the real stack share: their time limits, the first question, reading
the chat log, the check every comedy card must pass and the agent account made by the real command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "tests" / "artifacts"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--lang=en-US",
)
PHONE = {"width": 375, "height": 740, "deviceScaleFactor": 2, "mobile": True}
FIRST_TURN_S = 90.0  # the first turn of the session warms up Rasa, the action server and the recommender
TURN_S = 30.0
LIVE_S = 15.0  # a push (handoff note, agent's reply) reaching another browser
QUERY = "comedies under 40 minutes"

T = TypeVar("T")


def chromium_missing_reason() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is not installed (apt-get install -y chromium chromium-driver)"
    if not CHROMEDRIVER.exists():
        return f"{CHROMEDRIVER} is not installed (apt-get install -y chromium-driver)"
    return None


@contextmanager
def chrome(width: int = 1280, height: int = 900) -> Iterator[Any]:
    """A fresh headless Chromium with its own throw-away profile."""
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="mediabot-chrome-")
    options = Options()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def emulate_phone(driver: Any) -> None:
    """A 375x740 phone viewport (touch, mobile layout), independent of the window size."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    driver.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})


def emulate_dark(driver: Any, dark: bool = True) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]},
    )


def screenshot(driver: Any, name: str) -> Path:
    """Save a PNG under tests/artifacts/ (gitignored) and return its path."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    driver.save_screenshot(str(path))
    return path


def wait_for(condition: Callable[[], T], timeout: float = 10.0, what: str = "condition") -> T:
    """Poll until ``condition()`` is truthy; fail with ``what`` so the reason is obvious."""
    deadline = time.monotonic() + timeout
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception as exc:  # stale elements while the page re-renders
            last_error = exc
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}" + (f" ({last_error!r})" if last_error else ""))


def text_of(element: Any) -> str:
    """An element's text even while it fades in (Selenium's ``.text`` is empty for invisible nodes)."""
    return element.get_attribute("textContent") or ""


def typing_on(driver: Any) -> bool:
    """Whether the typing indicator is up (its ``hidden`` flag: it may still be fading in)."""
    return bool(driver.execute_script("return !document.getElementById('typing').hidden"))


def console_errors(driver: Any) -> list[str]:
    """SEVERE browser console entries (CSP violations, JS exceptions)."""
    return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def chat_cards(driver: Any) -> list[dict[str, str]]:
    """The data attributes of every recommendation card on the page."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('.card[data-item-id]'))"
        ".map(c => Object.assign({title: c.querySelector('.card-title').textContent}, c.dataset));"
    )


def no_horizontal_overflow(driver: Any) -> bool:
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= window.innerWidth + 1;"
    )


def open_chat(driver: Any, url: str, timeout: float = 15.0) -> None:
    """Load the chat page and wait until its socket is open."""
    driver.get(url.rstrip("/") + "/")
    wait_for(lambda: driver.execute_script("return window.mediabotChat && window.mediabotChat.conn.isOpen()"),
             timeout=timeout, what="the chat socket to open")


def send(driver: Any, text: str) -> None:
    """Type a message into the chat box and press Enter, as a viewer does."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.ID, "input")
    box.send_keys(text)
    box.send_keys(Keys.ENTER)


def idle(driver: Any) -> bool:
    """True once the bot's typing indicator is off."""
    return not typing_on(driver)


def bot_texts(driver: Any) -> list[str]:
    """The text of every bot bubble in the log, oldest first."""
    return [text_of(b) for b in driver.find_elements("css selector", "#log .row.bot .bubble")]


def latest_cards(driver: Any) -> list[dict[str, str]]:
    """Data attributes (and title) of the cards of the most recent recommendation list."""
    return driver.execute_script(
        "const lists = document.querySelectorAll('#log ol.cards');"
        "if (!lists.length) return [];"
        "return Array.from(lists[lists.length - 1].querySelectorAll('.card[data-item-id]'))"
        ".map(c => Object.assign({title: c.querySelector('.card-title').textContent}, c.dataset));"
    )


def card_lists(driver: Any) -> int:
    """How many recommendation lists the log holds."""
    return len(driver.find_elements("css selector", "#log ol.cards"))


def bot_rows(driver: Any) -> int:
    """How many bot rows the log holds (a new one means the bot answered)."""
    return len(driver.find_elements("css selector", "#log .row.bot"))


def notes(driver: Any) -> list[str]:
    """The handoff notes in the viewer's log, oldest first."""
    return [text_of(n) for n in driver.find_elements("css selector", "#log .note.handoff")]


def agent_bubbles(driver: Any) -> list[str]:
    """The agent's messages in the viewer's log, oldest first."""
    return [text_of(b) for b in driver.find_elements("css selector", "#log .row.agent .bubble")]


def settle(driver: Any, timeout: float = TURN_S) -> None:
    """Wait until the bot stopped typing (the turn is over)."""
    wait_for(lambda: idle(driver), timeout=timeout, what="the typing indicator to stop")


def answered(driver: Any, act: Callable[[], object], what: str, timeout: float = TURN_S) -> None:
    """Do ``act`` (type a message, press a button) and wait until the bot answered and stopped typing."""
    before = bot_rows(driver)
    act()
    wait_for(lambda: bot_rows(driver) > before, timeout=timeout, what=what)
    settle(driver)


def assert_comedies_under_40(cards: list[dict[str, str]]) -> None:
    """Every card answers QUERY: a catalog item, a comedy, with a known runtime of at most 40 minutes."""
    assert cards, "no recommendation cards"
    for card in cards:
        assert card["itemId"], card
        genres = card["genres"].split(",")
        assert "comedy" in genres, f"{card['title']} ({card['itemId']}) is not a comedy: {genres}"
        assert card["durationMinutes"], f"{card['title']} has no known runtime"
        assert 0 < float(card["durationMinutes"]) <= 40, f"{card['title']} runs {card['durationMinutes']} min"


def add_agent_account(stack: Any, username: str, name: str, password: str) -> None:
    """Create an agent account with the real command against the stack's database (once per session)."""
    result = subprocess.run(
        [sys.executable, "-m", "mediabot.cli", "agent", "add", username, "--name", name, "--password-stdin"],
        input=password + "\n", text=True, capture_output=True, cwd=ROOT, env=dict(os.environ) | stack.env,
        timeout=60)
    assert result.returncode == 0 or "already exists" in result.stderr, result.stderr
