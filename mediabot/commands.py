"""Sub-commands contributed by gateway modules (``mediabot agent add``, ``mediabot telegram``).

Each entry takes argparse's sub-parser collection and adds its command; the function set with
``set_defaults(func=...)`` receives ``(args, settings)`` and returns an exit code.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from bot.api import cli as apikey_cli  # light: imports SQLAlchemy only when a command runs
from bot.channels import telegram_cli  # light: imports python-telegram-bot only when a command runs
from bot.handoff import cli as agent_cli  # light: imports SQLAlchemy only when a command runs

Register = Callable[[argparse._SubParsersAction], None]

EXTENSIONS: list[Register] = [agent_cli.register, telegram_cli.register, apikey_cli.register]
