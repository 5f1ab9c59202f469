"""HTTP client for the Rasa server: the one path from every channel to the dialogue layer.

The gateway uses only Rasa's documented REST channel (one message in, the bot's messages out) and
``/status``; it never reads or writes a tracker (dialogue policy lives in Rasa).
"""

from __future__ import annotations

import logging
from typing import Any

import aiohttp

log = logging.getLogger(__name__)

CONNECTION_RETRIES = 1  # a dead pooled connection is retried once on a fresh one (see _request)

# One message of Rasa's REST channel as it arrives (``contract.payloads.from_rasa`` reads it).
BotMessage = dict[str, Any]


class RasaUnavailable(RuntimeError):
    """Rasa (or the action server behind it) did not answer in time or answered with an error."""


class RasaClient:
    """Talks to Rasa's REST channel and HTTP API over one shared aiohttp session."""

    def __init__(self, base_url: str, timeout_s: float) -> None:
        self._base_url = base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, sender_id: str, text: str, metadata: dict[str, Any] | None = None) -> list[BotMessage]:
        """Send one user message through the REST channel and return the bot's messages.

        ``metadata`` rides with the message (Rasa stores it on the user event; the actions read it from
        the tracker's latest message): how the turn's viewer can be written to (bot/reply_address.py)."""
        url = f"{self._base_url}/webhooks/rest/webhook"
        payload: dict[str, Any] = {"sender": sender_id, "message": text}
        if metadata:
            payload["metadata"] = metadata
        body = await self._request("POST", url, json=payload)
        if not isinstance(body, list):
            raise RasaUnavailable("unexpected reply from Rasa REST channel")
        return body

    async def is_up(self) -> bool:
        """Liveness from Rasa's root endpoint, the one route its HTTP API serves without the auth token."""
        try:
            async with self._http().get(f"{self._base_url}/") as resp:
                return resp.status == 200
        except (aiohttp.ClientError, TimeoutError):
            return False

    async def _request(self, method: str, url: str, **kwargs: Any) -> Any:
        for attempt in range(1 + CONNECTION_RETRIES):
            try:
                return await self._once(method, url, **kwargs)
            except (aiohttp.ClientConnectorError, aiohttp.ServerDisconnectedError) as exc:
                # A pooled connection to a Rasa worker that has since died (or a refused connect): one more
                # try on a fresh connection reaches a live worker, so only the turn that worker was
                # processing is lost, not the next turn that happened to pick its stale connection.
                if attempt == CONNECTION_RETRIES:
                    return self._failed(url, exc)
                log.info("rasa_request_retried", extra={"url": url, "error": type(exc).__name__})
            except (aiohttp.ClientError, TimeoutError) as exc:
                return self._failed(url, exc)
        raise AssertionError("unreachable")

    async def _once(self, method: str, url: str, **kwargs: Any) -> Any:
        async with self._http().request(method, url, **kwargs) as resp:
            if resp.status >= 400:
                raise RasaUnavailable(f"Rasa answered HTTP {resp.status}")
            return await resp.json(content_type=None)

    @staticmethod
    def _failed(url: str, exc: BaseException) -> Any:
        log.warning("rasa_request_failed", extra={"url": url, "error": type(exc).__name__})
        raise RasaUnavailable(str(exc) or type(exc).__name__) from exc
