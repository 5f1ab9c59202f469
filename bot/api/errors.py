"""Old names of the JSON error helpers, kept only for the modules not yet moved to ``bot.http``.

bot/channels/telegram.py and mediabot/catalog_cli.py still import these; once they raise
``bot.http.ApiError`` and use ``bot.http.validation_error`` (phase 2), this module is deleted.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web
from pydantic import ValidationError

from bot.http import ApiError, validation_error


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None) -> web.Response:
    return ApiError(status, code, message, details).response()


def validation_error_body(exc: ValidationError) -> dict[str, Any]:
    return validation_error(exc).body()
