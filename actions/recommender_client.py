"""HTTP client for the recommender API of the gateway (contract §1), used by every action.

Actions must never hang a conversation: each call has a total timeout (``RECOMMENDER_TIMEOUT_S``)
and every failure becomes one of two exceptions the actions turn into an honest sentence:
``RecommenderUnavailable`` (down, timeout, 5xx, garbage) and ``RecommenderRejected`` (a 4xx with the
API's human message, e.g. an unknown genre).

One ``aiohttp.ClientSession`` is reused per event loop: a turn is a handful of local HTTP calls and
re-connecting for each one would be a visible share of the turn-latency budget.

Every call carries the action server's token (``RECOMMENDER_API_TOKEN``, or the file the gateway
generates into var/): viewer-scoped endpoints refuse anonymous callers. The viewer is the tracker's
sender id, which is already the gateway's viewer key (bot/identity.py).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Mapping, Optional
from urllib.parse import quote

import aiohttp

from contract.settings import env, recommender_api_token

log = logging.getLogger(__name__)


class RecommenderUnavailable(RuntimeError):
    """The recommender did not answer usefully (connection refused, timeout, 5xx, bad JSON)."""


class RecommenderRejected(ValueError):
    """The recommender refused the request (4xx); ``message`` is a sentence for the viewer."""

    def __init__(self, status: int, code: str, message: str, details: Optional[dict[str, Any]] = None):
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}


class RecommenderClient:
    """Calls the recommendation, item, feedback and profile endpoints of contract §1."""

    def __init__(self, base_url: str, timeout_s: float, token: str = "") -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout_s = timeout_s
        self.token = token
        self._session: Optional[aiohttp.ClientSession] = None
        self._loop: Optional[asyncio.AbstractEventLoop] = None

    async def recommend(self, body: Mapping[str, Any]) -> dict[str, Any]:
        """Recommendations for a request body of contract §1 (query, constraints, exclude_ids, ...)."""
        result = await self._request("POST", "/api/recommendations", json=dict(body))
        if not isinstance(result, dict) or not isinstance(result.get("items"), list):
            raise RecommenderUnavailable("recommendations response without an items list")
        return result

    async def item(self, item_id: str, user_id: Optional[str] = None) -> Optional[dict[str, Any]]:
        """One catalog item with cast and directors, or None if the id is unknown (404). With ``user_id``
        (a viewer asked about it) the recommender ties the request to the list that showed the title."""
        params = {"user_id": user_id} if user_id and self.token else None  # naming a viewer needs the token
        try:
            result = await self._request("GET", f"/api/items/{quote(str(item_id), safe='')}", params=params)
        except RecommenderRejected as exc:
            if exc.status == 404:
                return None
            raise
        if not isinstance(result, dict):
            raise RecommenderUnavailable("item response is not an object")
        return result

    async def feedback(self, user_id: str, item_id: str, kind: str) -> None:
        """Record like / dislike / seen for this viewer (the recommender personalises with it)."""
        await self._request("POST", "/api/feedback", json={"user_id": user_id, "item_id": item_id, "kind": kind})

    async def undo_feedback(self, user_id: str, item_id: str, kind: str) -> bool:
        """Take a like / dislike / seen back; False when there was none to take back."""
        result = await self._request("POST", "/api/feedback",
                                     json={"user_id": user_id, "item_id": item_id, "kind": kind, "undo": True})
        return bool(isinstance(result, dict) and result.get("undone"))

    async def profile(self, user_id: str) -> dict[str, Any]:
        """What the service knows about the viewer (titles liked, disliked, seen, watched; the switch)."""
        return await self._object("GET", "/api/profile", params={"user_id": user_id})

    async def delete_profile(self, user_id: str) -> dict[str, Any]:
        """Delete the viewer's feedback, events and settings; ``{"deleted": {kind: count}}``."""
        return await self._object("DELETE", "/api/profile", params={"user_id": user_id})

    async def export_link(self, user_id: str) -> dict[str, Any]:
        """A short-lived signed download link of the viewer's data: ``{"url", "expires_in"}``."""
        return await self._object("POST", "/api/profile/export-link", json={"user_id": user_id})

    async def link_code(self, user_id: str) -> Optional[dict[str, Any]]:
        """A one-time code linking another channel to this viewer's profile; None when rate-limited."""
        try:
            return await self._object("POST", "/api/links/code", json={"user_id": user_id})
        except RecommenderRejected as exc:
            if exc.status == 429:
                return None
            raise

    async def redeem_link(self, user_id: str, code: str) -> str:
        """"linked" | "same" | "invalid" | "locked" (recommender/links.py)."""
        try:
            result = await self._object("POST", "/api/links/redeem", json={"user_id": user_id, "code": code})
        except RecommenderRejected as exc:
            if exc.status in (400, 429) and exc.code in ("invalid_code", "too_many_attempts"):
                return "invalid" if exc.code == "invalid_code" else "locked"
            raise
        return str(result.get("status"))

    async def unlink(self, user_id: str) -> bool:
        result = await self._object("POST", "/api/links/unlink", json={"user_id": user_id})
        return bool(result.get("unlinked"))

    async def set_standing(self, user_id: str, *, audience: Optional[str] = None,
                           exclude_genres: tuple[str, ...] = (), clear: bool = False) -> dict[str, Any]:
        """Add to (or ``clear``) the viewer's standing filters; returns them as now stored."""
        body: dict[str, Any] = {"user_id": user_id, "exclude_genres": list(exclude_genres), "clear": clear}
        if audience:
            body["audience"] = audience
        return await self._object("POST", "/api/profile/standing", json=body)

    async def set_personalization(self, user_id: str, enabled: bool) -> None:
        await self._request("POST", "/api/profile/personalization", json={"user_id": user_id, "enabled": enabled})

    async def subscribe(self, user_id: str, constraints: Mapping[str, Any],
                        reply_to: Optional[str] = None) -> dict[str, Any]:
        """Save a search to be told about (bot/api/subscriptions.py); 409 ``cannot_notify`` on voice.

        ``reply_to``: the sealed address the gateway put in the turn's metadata, so any gateway process
        can save where the viewer is reached."""
        body = {"user_id": user_id, "constraints": constraints, **({"reply_to": reply_to} if reply_to else {})}
        return await self._object("POST", "/api/subscriptions", json=body)

    async def subscriptions(self, user_id: str) -> list[dict[str, Any]]:
        result = await self._object("POST", "/api/subscriptions/list", json={"user_id": user_id})
        return [s for s in result.get("subscriptions") or [] if isinstance(s, dict) and s.get("id")]

    async def unsubscribe(self, user_id: str, subscription_id: Optional[str] = None) -> int:
        """Cancel one saved search, or all of them without an id; how many were cancelled."""
        body = {"user_id": user_id, **({"id": subscription_id} if subscription_id else {})}
        return int((await self._object("POST", "/api/subscriptions/cancel", json=body)).get("cancelled") or 0)

    async def _object(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        result = await self._request(method, path, **kwargs)
        if not isinstance(result, dict):
            raise RecommenderUnavailable(f"{method} {path} did not answer an object")
        return result

    async def close(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _http(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            # A session is bound to the loop it was made in (tests run several loops).
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout_s))
            self._loop = loop
        return self._session

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        url = self.base_url + path
        try:
            headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
            async with self._http().request(method, url, headers=headers, **kwargs) as resp:
                payload = await _json_or_none(resp)
                if resp.status == 401:
                    forget_client()  # the token may have been written anew: re-read it next time
                if 400 <= resp.status < 500:
                    raise _rejected(resp.status, payload)
                if resp.status >= 500 or payload is None:
                    raise RecommenderUnavailable(f"{method} {path} answered HTTP {resp.status}")
                return payload
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.warning("recommender call failed: %s %s: %s", method, url, type(exc).__name__)
            raise RecommenderUnavailable(f"{method} {path}: {type(exc).__name__}") from exc


async def _json_or_none(resp: aiohttp.ClientResponse) -> Any:
    try:
        return await resp.json(content_type=None)
    except ValueError:
        return None


def _rejected(status: int, payload: Any) -> RecommenderRejected:
    body = payload if isinstance(payload, dict) else {}
    return RecommenderRejected(
        status,
        str(body.get("error") or f"http_{status}"),
        str(body.get("message") or "The catalog did not accept that request."),
        body.get("details") if isinstance(body.get("details"), dict) else None,
    )


_client: Optional[RecommenderClient] = None
_client_settings: tuple[str, ...] = ()


def get_client() -> RecommenderClient:
    """The process-wide client, rebuilt if the settings changed (tests point it elsewhere).

    The token is read from its file only when the client is (re)built: reading it on every call cost
    about a tenth of the action server's CPU. A 401 drops the client (``forget_client``), so a token
    the gateway wrote anew is picked up on the next call.
    """
    global _client, _client_settings
    settings = (env("RECOMMENDER_URL").rstrip("/"), env("RECOMMENDER_TIMEOUT_S"), env("RECOMMENDER_API_TOKEN"),
                env("MEDIABOT_VAR_DIR"))
    if _client is None or settings != _client_settings:
        _client = RecommenderClient(settings[0], float(settings[1]), recommender_api_token())
        _client_settings = settings
    return _client


def forget_client() -> None:
    global _client
    _client = None
