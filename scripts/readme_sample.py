"""Regenerate the README's sample conversation from a real run.

Start everything with ``make run`` (bundled catalog), then run ``.venv/bin/python scripts/readme_sample.py``:
it talks to the web chat socket like a viewer (a request, then a tap on "Shorter"), renders each answer
with the contract's plain-text renderer and rewrites the block between the ``sample-conversation``
markers of README.md. ``tests/test_readme_sample.py`` checks the block against the raw catalog.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import uuid
from pathlib import Path

import aiohttp

from contract import plain
from contract.payloads import Answer, from_custom
from contract.settings import load

README = Path(__file__).resolve().parent.parent / "README.md"
BEGIN, END = "<!-- sample-conversation -->", "<!-- /sample-conversation -->"
FIRST_REQUEST = "comedies under 40 minutes"
TAPPED = "Shorter"
INDENT = " " * 6


async def _turn(ws: aiohttp.ClientWebSocketResponse, text: str, payload: str | None = None) -> list[Answer]:
    await ws.send_json({"type": "message", "text": text, "payload": payload})
    answers: list[Answer] = []
    while True:
        frame = await asyncio.wait_for(ws.receive_json(), 30)
        if frame.get("type") == "bot":
            answers.extend(from_custom(a) for a in frame.get("answers") or [])
        elif frame.get("type") == "typing" and frame.get("on") is False:
            return answers


def _said(who: str, text: str) -> list[str]:
    lines = text.splitlines() or [""]
    return [f"{who:<6}{lines[0]}"] + [INDENT + line for line in lines[1:]]


async def conversation(gateway_url: str) -> list[str]:
    """The sample conversation as the lines of the README block."""
    async with aiohttp.ClientSession() as http:
        async with http.ws_connect(gateway_url.replace("http", "ws", 1) + "/ws/chat") as ws:
            await ws.send_json({"type": "hello", "session_id": f"readme-{uuid.uuid4().hex[:8]}"})
            first = await _turn(ws, FIRST_REQUEST)
            button = next(q for a in first for q in getattr(a, "quick_replies", ()) if q.title == TAPPED)
            second = await _turn(ws, button.title, button.payload)
    return (_said("you", FIRST_REQUEST) + _said("bot", plain.render_all(first))
            + _said("you", f"[{TAPPED}]") + _said("bot", plain.render_all(second)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gateway", default=f"http://127.0.0.1:{load().port}", help="gateway base URL")
    args = parser.parse_args()
    lines = asyncio.run(conversation(args.gateway))
    text = README.read_text(encoding="utf-8")
    head, _, rest = text.partition(BEGIN)
    _, found, tail = rest.partition(END)
    if not found:
        print(f"README.md has no {BEGIN} … {END} block", file=sys.stderr)
        return 1
    README.write_text(head + BEGIN + "\n```\n" + "\n".join(lines) + "\n```\n" + END + tail, encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
