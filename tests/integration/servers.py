"""Start the real mediabot stack for integration tests: gateway, Rasa server, action server.

Usage (any test in the gateway runtime, .venv)::

    from servers import start_stack

    with start_stack(tmp_dir) as stack:
        stack.gateway_url, stack.rasa_url, stack.action_url

What it does, so tests never touch the developer's ``var/``:

1. imports a catalog (default: the 596-title fixture tests/fixtures/netflix_small.csv) into a fresh
   SQLite file under ``tmp_dir`` and writes its gazetteer there (titles, people, countries for the NLU
   component);
2. reuses or trains the Rasa model for the current config/domain/data/nlu (``mediabot.rasa_model``);
3. starts the three real processes on free loopback ports via ``mediabot.stack`` (the same code path
   as ``make run``) with the environment pointing at those files, and waits until each answers;
4. stops all three when the block ends (also on failure).

Item embeddings are cached in ``$MEDIABOT_TEST_CACHE`` (default ``var/test-cache``), shared with the
other tests, so only the first run on a machine pays for encoding.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mediabot.rasa_model import ensure_model
from contract.settings import PROJECT_ROOT
from mediabot.stack import Stack
from mediabot.stack import start_stack as _start_processes

FIXTURE_CATALOG = PROJECT_ROOT / "tests" / "fixtures" / "netflix_small.csv"
TEST_CACHE_DIR = Path(os.environ.get("MEDIABOT_TEST_CACHE", PROJECT_ROOT / "var" / "test-cache"))

__all__ = ["FIXTURE_CATALOG", "Stack", "prepare_catalog", "start_stack"]


def prepare_catalog(tmp_dir: Path, catalog: Path = FIXTURE_CATALOG, fmt: str = "netflix") -> dict[str, str]:
    """Import ``catalog`` into ``tmp_dir/catalog.db``, write its gazetteer; return the env to use it."""
    from recommender.catalog.db import make_engine, session_factory
    from recommender.catalog.importers import parse_file
    from recommender.catalog.store import upsert
    from recommender.gazetteer import write_gazetteer

    tmp_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{tmp_dir / 'catalog.db'}"
    parsed = parse_file(catalog, fmt)
    if parsed.errors:
        raise ValueError(f"{catalog}: {len(parsed.errors)} bad rows, e.g. {parsed.errors[0]}")
    engine = make_engine(url)
    try:
        factory = session_factory(engine)
        upsert(factory, parsed.records)
        gazetteer = tmp_dir / "gazetteer.json"
        write_gazetteer(factory, gazetteer)
    finally:
        engine.dispose()
    return {
        "DATABASE_URL": url,
        "MEDIABOT_GAZETTEER": str(gazetteer),
        "MEDIABOT_VAR_DIR": str(tmp_dir / "var"),
        "MEDIABOT_CACHE_DIR": str(TEST_CACHE_DIR),
        "HF_HUB_OFFLINE": "1",
    }


@contextmanager
def start_stack(tmp_dir: Path, *, catalog: Path = FIXTURE_CATALOG, model: Path | None = None,
                env: dict[str, str] | None = None) -> Iterator[Stack]:
    """Run gateway + Rasa + action server on free ports over ``catalog``; stop them on exit.

    ``env`` adds or overrides environment variables of all three processes (e.g. a short
    ``RECOMMENDER_TIMEOUT_S``). Logs are in ``stack.log_dir`` (``tmp_dir/logs``).
    """
    tmp_dir = Path(tmp_dir)
    stack_env = prepare_catalog(tmp_dir, catalog) | dict(env or {})
    model = model or ensure_model()
    stack = _start_processes(model, env=stack_env, log_dir=tmp_dir / "logs")
    try:
        yield stack
    finally:
        stack.stop()
