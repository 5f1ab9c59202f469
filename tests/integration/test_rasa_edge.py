"""Rasa's HTTP API (trackers, /model/parse) is closed without its token; the gateway still works."""

from __future__ import annotations

import urllib.error
import urllib.request

import pytest

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("path", ["/status", "/conversations/web:someone/tracker"])
def test_rasa_http_api_refuses_calls_without_the_token(stack, path: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(stack.rasa_url + path, timeout=10)
    assert refused.value.code == 401


def test_rasa_http_api_answers_with_the_token(stack) -> None:
    from stack_env import RASA_TOKEN

    with urllib.request.urlopen(f"{stack.rasa_url}/status?token={RASA_TOKEN}", timeout=10) as resp:
        assert resp.status == 200


def test_the_gateway_still_sees_rasa_up(stack) -> None:
    with urllib.request.urlopen(stack.gateway_url + "/healthz", timeout=10) as resp:
        assert b'"rasa": "up"' in resp.read()
