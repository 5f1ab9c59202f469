"""Dialogue round 21k through the real stack: same-named titles told apart by a hint said beside the name.

Classes (phrasings are this module's own):
1. a kind said right beside a name two catalog titles share ("<title> the anime", "the <title> series", "is the <title>
   movie on here?") chooses which of them is meant (actions/like_twins.py): the like-search's anchor or the title asked
   about is that twin, and the hint is no constraint of its own (the anime hint no anime-only search);
Near misses: a kind said apart from the name ("any anime like <title>") stays the search's constraint; the name alone
keeps the anchor it had.

The fixture catalog holds no two titles of one name and its size is pinned by other tests, so the module imports a
same-named pair live into the session's stack (as tests/integration/test_operators_stack.py does for one title) and
removes it when it is done.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from chat import Turn, WebChat
from checks import applied, shown_ids
from contract.payloads import ItemDetails

pytestmark = pytest.mark.integration

NAME = "Hollowmere Ledger"
FILM, ANIME = "twin-film-21k", "twin-anime-21k"
TWINS = [
    {"id": FILM, "type": "movie", "title": NAME, "year": 2019, "runtime_minutes": 101, "rating": "TV-MA",
     "description": "A bookkeeper finds a ledger whose entries foretell the deaths of the people it names.",
     "genres": ["horror", "thriller"], "countries": ["United States"]},
    {"id": ANIME, "type": "series", "title": NAME, "year": 2005, "seasons": 1, "rating": "TV-14",
     "description": "A schoolboy inherits a cursed ledger and a ghost keeper who tallies every life it takes.",
     "genres": ["anime", "thriller", "Anime Series"], "countries": ["Japan"]},
]
SWAP_TIMEOUT_S = 60.0


def _mediabot(stack: Any, *args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("mediabot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "mediabot.cli"]
    env = {**os.environ, **stack.env, "MEDIABOT_LOG_LEVEL": "WARNING"}
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=300)


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def _wait_for(stack: Any, status: int) -> None:
    """Until the running gateway answers both twins with ``status`` (it polls the catalog version every second)."""
    deadline = time.monotonic() + SWAP_TIMEOUT_S
    while any(_status(f"{stack.gateway_url}/api/items/{i}") != status for i in (FILM, ANIME)):
        assert time.monotonic() < deadline, f"the twins never answered {status}"
        time.sleep(0.5)


@pytest.fixture(scope="module")
def twins(stack: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The same-named pair in the stack's catalog for this module's tests, removed afterwards."""
    catalog = tmp_path_factory.mktemp("twins21k") / "twins.jsonl"
    catalog.write_text("".join(json.dumps(t) + "\n" for t in TWINS))
    done = _mediabot(stack, "import", str(catalog))
    assert done.returncode == 0, done.stderr
    try:
        _wait_for(stack, 200)
        time.sleep(2)  # the gazetteer the NLU and actions read is rewritten with the import
        yield
    finally:
        removed = _mediabot(stack, "import", str(catalog), "--remove", FILM, "--remove", ANIME)
        assert removed.returncode == 0, removed.stderr
        _wait_for(stack, 404)


def card_id(turn: Turn) -> str | None:
    return next((a.item.id for a in turn.answers if isinstance(a, ItemDetails)), None)


async def test_like_the_title_the_anime_is_like_the_anime_series(twins: None, chat: WebChat) -> None:
    turn = await chat.say("got anything like hollowmere ledger the anime?")
    got = applied(turn)
    assert got.get("similar_to") == ANIME, (turn.text, got)
    assert "anime" not in (got.get("genres") or []), got  # the hint only chose the twin
    assert shown_ids(turn) and ANIME not in shown_ids(turn), turn.text


async def test_the_title_movie_asked_about_is_the_film(twins: None, chat: WebChat) -> None:
    turn = await chat.say("is the hollowmere ledger movie on here?")
    assert card_id(turn) == FILM, turn.text


async def test_the_title_series_asked_about_is_the_series(twins: None, chat: WebChat) -> None:
    turn = await chat.say("tell me about the hollowmere ledger series")
    assert card_id(turn) == ANIME, turn.text


async def test_a_kind_said_apart_from_the_name_stays_the_searchs(twins: None, chat: WebChat) -> None:
    turn = await chat.say("any anime like hollowmere ledger")
    got = applied(turn)
    assert "anime" in (got.get("genres") or []), (turn.text, got)


async def test_the_name_alone_is_still_a_like_search(twins: None, chat: WebChat) -> None:
    turn = await chat.say("something like hollowmere ledger")
    assert applied(turn).get("similar_to") in (FILM, ANIME), turn.text
    assert shown_ids(turn), turn.text
