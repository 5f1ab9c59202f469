"""The conversation router: every channel hands a viewer's message here and renders what comes back.

Channels never talk to Rasa themselves. This keeps one place that knows whether a conversation is
with the bot or with a human agent (handoff), and one place that turns "Rasa is down" into an honest
answer instead of silence.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.rasa_client import BotMessage, RasaClient, RasaUnavailable

log = logging.getLogger(__name__)

UNAVAILABLE_TEXT = (
    "Sorry, I can't reach my recommendation brain right now. Please try again in a minute."
)


@dataclass(frozen=True)
class ConversationKey:
    """Identifies one viewer on one channel; ``sender_id`` is what Rasa sees."""

    channel: str
    user_id: str

    @property
    def sender_id(self) -> str:
        return f"{self.channel}:{self.user_id}"


# Pushes messages to a viewer outside a request/response cycle (an agent's reply, a handoff notice).
DeliverFn = Callable[[str, list[BotMessage]], Awaitable[bool]]


class ConversationRouter:
    """Routes a viewer message to the bot and returns the messages to show.

    Channels that can push messages later (web chat sockets, Telegram) register a ``DeliverFn``
    under their channel name; the handoff module uses ``deliver`` to reach a viewer on whatever
    channel they came from.
    """

    def __init__(self, rasa: RasaClient) -> None:
        self.rasa = rasa
        self._delivery: dict[str, DeliverFn] = {}

    def register_channel(self, channel: str, deliver: DeliverFn) -> None:
        self._delivery[channel] = deliver

    async def deliver(self, key: ConversationKey, messages: list[BotMessage]) -> bool:
        """Push messages to a viewer; False when the channel cannot push (voice) or is offline."""
        deliver = self._delivery.get(key.channel)
        if deliver is None:
            return False
        return await deliver(key.user_id, messages)

    async def handle(self, key: ConversationKey, text: str) -> list[BotMessage]:
        try:
            return await self.rasa.send(key.sender_id, text)
        except RasaUnavailable:
            log.warning("bot_unavailable", extra={"channel": key.channel})
            return [{"recipient_id": key.sender_id, "text": UNAVAILABLE_TEXT}]
