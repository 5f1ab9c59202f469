"""Typed aiohttp application keys shared by the gateway's modules, and the gateway's secrets.

Secrets come from the environment or, when unset, are generated once into ``var/`` (mode 0600).
A secret set in the environment must be at least ``MIN_SECRET_CHARS`` long: a short or blank one
(``VOICE_WEBHOOK_SECRET=``, ``MEDIABOT_SESSION_SECRET=changeme``) is a configuration mistake that
would otherwise quietly weaken a lock, so the gateway refuses to start and says which one.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.conversation import ConversationRouter
    from bot.rasa_client import RasaClient
    from contract.settings import Settings
    from recommender.service import Recommender

SETTINGS: web.AppKey["Settings"] = web.AppKey("settings")
RASA: web.AppKey["RasaClient"] = web.AppKey("rasa")
ROUTER: web.AppKey["ConversationRouter"] = web.AppKey("router")
RECOMMENDER: web.AppKey["Recommender"] = web.AppKey("recommender")

MIN_SECRET_CHARS = 32
# Secrets we choose ourselves (shared secrets, HMAC keys, tokens). Not the Telegram bot token: its
# format is Telegram's, and it is checked by Telegram.
SECRET_SETTINGS = (
    "MEDIABOT_SESSION_SECRET", "MEDIABOT_WEBCHAT_SECRET", "MEDIABOT_VIEWER_KEY_SECRET", "RECOMMENDER_API_TOKEN",
    "VOICE_WEBHOOK_SECRET", "TELEGRAM_WEBHOOK_SECRET", "RASA_AUTH_TOKEN",
)


class WeakSecretError(RuntimeError):
    """A secret set in the environment is blank or too short; the message names it (never its value)."""


def check_secrets(environ: Mapping[str, str] | None = None) -> None:
    """Refuse blank or short secrets set in the environment (unset ones are generated or disabled)."""
    environ = os.environ if environ is None else environ
    problems = []
    for name in SECRET_SETTINGS:
        if name not in environ:
            continue
        value = environ[name].strip()
        if not value:
            problems.append(f"{name} is set but empty (unset it to use the default)")
        elif len(value) < MIN_SECRET_CHARS:
            problems.append(f"{name} is {len(value)} characters long; use at least {MIN_SECRET_CHARS} "
                            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(32))')")
    if problems:
        raise WeakSecretError("refusing to start with weak secrets: " + "; ".join(problems))


def secret(configured: str, path: Path) -> bytes:
    """``configured`` (checked by ``check_secrets`` at start-up), else the random secret in ``path``,
    generated there once with mode 0600; the first of several processes to start writes it."""
    if configured:
        return configured.encode("utf-8")
    existing = _read_hex(path)
    if existing is not None:
        return existing
    path.parent.mkdir(parents=True, exist_ok=True)
    value = secrets.token_bytes(32)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it first: use theirs
        theirs = _read_hex(path)
        if theirs is None:
            raise RuntimeError(f"secret file {path} is unreadable") from None
        return theirs
    with os.fdopen(fd, "w") as f:
        f.write(value.hex())
    return value


def _read_hex(path: Path) -> bytes | None:
    try:
        value = bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        return None
    return value or None
