"""Human handoff (issue 4): agent queue, transcripts, the agent console at /agent, ``mediabot agent``.

``setup`` imports the aiohttp/SQLAlchemy parts lazily so that ``mediabot --help`` (which imports the
``agent`` sub-command from ``bot.handoff.cli``) stays instant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aiohttp import web


def setup(app: web.Application) -> None:
    """Add handoff to the gateway (see ``bot.handoff.web.setup``)."""
    from bot.handoff.web import setup as _setup

    _setup(app)
