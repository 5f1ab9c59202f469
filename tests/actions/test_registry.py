"""The action server finds exactly the actions domain.yml declares (``actions.base.TurnAction`` is
abstract, so ``rasa run actions`` skips it instead of failing on a base without a name)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from rasa_sdk.executor import ActionExecutor  # noqa: E402


def test_the_action_server_registers_every_domain_action_and_nothing_else():
    domain = yaml.safe_load((Path(__file__).resolve().parents[2] / "domain.yml").read_text(encoding="utf-8"))
    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(executor.actions) == set(domain["actions"])
