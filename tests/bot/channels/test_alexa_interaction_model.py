"""The shipped Alexa interaction model and the endpoint must agree on every intent and slot."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.channels import alexa

MODEL_PATH = Path(__file__).resolve().parents[3] / "voice" / "alexa" / "interaction_model.json"
REQUIRED_BUILT_INS = {"AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.FallbackIntent",
                      "AMAZON.NavigateHomeIntent"}


@pytest.fixture(scope="module")
def model() -> dict[str, Any]:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))["interactionModel"]["languageModel"]


def intents(model: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {i["name"]: i for i in model["intents"]}


def test_invocation_name_follows_alexa_rules(model: dict[str, Any]) -> None:
    name = model["invocationName"]
    assert name == name.lower() and len(name.split()) >= 2
    assert re.fullmatch(r"[a-z ]+", name) and not {"alexa", "amazon", "echo", "skill", "app"} & set(name.split())


def test_required_built_in_intents_are_present(model: dict[str, Any]) -> None:
    assert REQUIRED_BUILT_INS <= set(intents(model))


def test_every_intent_the_endpoint_reads_words_from_has_a_search_query_slot(model: dict[str, Any]) -> None:
    by_name = intents(model)
    for name in alexa.SLOT_INTENT_PREFIXES:
        slots = by_name[name]["slots"]
        assert slots == [{"name": alexa.SEARCH_SLOT, "type": "AMAZON.SearchQuery"}], name


def test_every_model_intent_is_handled(model: dict[str, Any]) -> None:
    handled = (set(alexa.SLOT_INTENT_PREFIXES) | set(alexa.FIXED_UTTERANCES) | alexa.ENDING_INTENTS
               | {"AMAZON.HelpIntent", "AMAZON.FallbackIntent"})
    assert set(intents(model)) <= handled


def test_fixed_intents_are_in_the_model(model: dict[str, Any]) -> None:
    assert set(alexa.FIXED_UTTERANCES) <= set(intents(model))


def test_search_query_samples_have_a_carrier_phrase_and_are_unique(model: dict[str, Any]) -> None:
    """Alexa refuses a model where a sample is the SearchQuery slot alone, or two intents share one."""
    seen: set[str] = set()
    for intent in model["intents"]:
        for sample in intent.get("samples", []):
            key = sample.lower()
            assert key not in seen, sample
            seen.add(key)
            if "{query}" in sample:
                assert sample.replace("{query}", "").strip(), f"{intent['name']}: {sample!r} has no carrier phrase"


def test_the_reprompt_answers_are_understood(model: dict[str, Any]) -> None:
    """The reprompt asks "Want something else, or shorter?"; both answers must map to an intent."""
    samples = {s.lower() for i in model["intents"] for s in i.get("samples", [])}
    assert {"something else", "shorter"} <= samples


def test_fixed_intent_payloads_name_intents_the_bot_knows() -> None:
    """Slot-less intents go to Rasa as ``/intent{...}`` payloads; those intents must exist in domain.yml."""
    yaml = pytest.importorskip("yaml")
    domain = yaml.safe_load((MODEL_PATH.parents[2] / "domain.yml").read_text(encoding="utf-8"))
    known = {i if isinstance(i, str) else next(iter(i)) for i in domain["intents"]}
    for text in alexa.FIXED_UTTERANCES.values():
        if text.startswith("/"):
            name = re.match(r"/(\w+)", text).group(1)
            assert name in known, f"{text} names an intent missing from domain.yml"
            entities = text[len(name) + 1:]
            if entities:
                assert isinstance(json.loads(entities), dict)
