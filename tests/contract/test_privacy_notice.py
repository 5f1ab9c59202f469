"""The one-line privacy notice is the same sentence wherever a viewer first meets the bot: the web chat's
welcome, the greeting Telegram's /start gets (utter_greet), and Alexa's launch."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.channels import alexa
from contract import wording

ROOT = Path(__file__).resolve().parents[2]


def test_web_chat_telegram_start_and_alexa_launch_carry_the_notice() -> None:
    greet = yaml.safe_load((ROOT / "domain.yml").read_text())["responses"]["utter_greet"][0]["text"]
    assert wording.PRIVACY_NOTICE in greet
    assert wording.PRIVACY_NOTICE in (ROOT / "bot" / "web" / "static" / "chat.js").read_text()
    assert alexa.WELCOME.endswith(wording.PRIVACY_NOTICE)
