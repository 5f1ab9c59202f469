"""Held-out NLU evaluation: intent accuracy and entity F1 of the trained pipeline.

Run in the Rasa runtime from the project root, after training:

    .venv-rasa/bin/python tests/dialogue/evaluate_nlu.py [--model models/mediabot.tar.gz] [--json out.json]

Every example of ``tests/dialogue/heldout_nlu.yml`` (written separately, never trained on) is parsed by
the whole pipeline, including the rule-based ``nlu.constraint_extractor`` — so the entity figures are
what the dialogue actually receives, not DIET's. Entities are compared as (entity, normalised value,
role) per message: that is what the actions consume; character offsets are reported separately because
span conventions ("under 40 minutes" vs "40 minutes") do not change behaviour.

Intent accuracy is reported strictly (``nlu_fallback`` counts as wrong) and with fallback accepted for
``out_of_scope`` examples (both give the viewer the same friendly "here's what I can do" answer).
"Routing accuracy" counts a message as right when it reaches the action its true intent would reach
(data/rules.yml): request_recommendation and refine both run action_recommend, and a low-confidence
message with constraint entities is recommended on by action_fallback. It is what the viewer feels.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import logging
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "tests" / "dialogue" / "heldout_nlu.yml"
TRAINING = ROOT / "data" / "nlu.yml"
FALLBACK = "nlu_fallback"
YEAR_TOKEN = re.compile(r"\$YEAR(?:-(\d+))?")

EntityKey = tuple[str, str, Optional[str]]

# intent -> the action that answers it (data/rules.yml)
ACTION_OF_INTENT: dict[str, str] = {
    "request_recommendation": "action_recommend", "refine": "action_recommend",
    "something_else": "action_recommend", "more_like": "action_recommend",
    "ask_details": "action_item_details", "why_this": "action_why_this",
    "feedback_like": "action_feedback:like", "feedback_dislike": "action_feedback:dislike",
    "feedback_seen": "action_feedback:seen", "affirm": "action_relax", "deny": "utter_no_problem",
    "greet": "utter_greet", "goodbye": "utter_goodbye", "thanks": "utter_thanks", "help": "action_help",
    "start_over": "action_start_over", "bot_challenge": "utter_bot_challenge",
    "out_of_scope": "utter_out_of_scope", "human_handoff": "action_human_handoff",
}
CONSTRAINT_ENTITIES = frozenset({"genre", "media_type", "duration", "audience", "rating", "year", "country",
                                 "language", "actor", "director", "title", "mood"})
# What a friendly "I can't help with that" looks like: both answers say what the bot can do.
EQUIVALENT_ANSWERS = {"utter_default": "utter_out_of_scope"}


def routed_action(intent: str, entities: list[dict[str, Any]]) -> str:
    """The action a parsed message reaches, including action_fallback's handling of nlu_fallback."""
    if intent == FALLBACK:
        names = {e.get("entity") for e in entities}
        if names & CONSTRAINT_ENTITIES:
            return "action_recommend"
        if "position" in names:
            return "action_item_details"
        return EQUIVALENT_ANSWERS["utter_default"]
    return ACTION_OF_INTENT.get(intent, intent)


@dataclass
class Scores:
    """Counts accumulated over the held-out set."""

    total: int = 0
    intent_correct: int = 0
    intent_correct_lenient: int = 0
    routed_correct: int = 0
    tp: Counter = field(default_factory=Counter)  # per entity name
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    span_tp: int = 0
    span_fp: int = 0
    span_fn: int = 0
    intent_errors: list[tuple[str, str, str]] = field(default_factory=list)
    entity_errors: list[tuple[str, list[EntityKey], list[EntityKey]]] = field(default_factory=list)


def resolve_value(value: str, today: dt.date) -> str:
    """Replace ``$YEAR-n`` tokens (relative years such as "recent") with today's year minus n."""
    return YEAR_TOKEN.sub(lambda m: str(today.year - int(m.group(1) or 0)), value)


def entity_keys(entities: Iterable[dict[str, Any]], today: dt.date) -> list[EntityKey]:
    return sorted((str(e["entity"]), resolve_value(str(e.get("value")), today), e.get("role") or None)
                  for e in entities)


def spans(entities: Iterable[dict[str, Any]]) -> set[tuple[str, int, int]]:
    return {(str(e["entity"]), int(e["start"]), int(e["end"])) for e in entities
            if isinstance(e.get("start"), int) and isinstance(e.get("end"), int)}


def score_example(scores: Scores, text: str, gold_intent: str, gold_entities: list[dict[str, Any]],
                  parsed: dict[str, Any], today: dt.date) -> None:
    """Add one parsed message to the counts."""
    scores.total += 1
    predicted = (parsed.get("intent") or {}).get("name") or ""
    if predicted == gold_intent:
        scores.intent_correct += 1
    if predicted == gold_intent or (predicted == FALLBACK and gold_intent == "out_of_scope"):
        scores.intent_correct_lenient += 1
    else:
        ranking = parsed.get("intent_ranking") or []
        second = next((r["name"] for r in ranking if r["name"] != FALLBACK), "")
        scores.intent_errors.append((text, gold_intent, predicted + (f" ({second})" if predicted == FALLBACK else "")))
    pred_entities = [e for e in parsed.get("entities") or [] if e.get("entity")]
    if routed_action(predicted, pred_entities) == ACTION_OF_INTENT.get(gold_intent, gold_intent):
        scores.routed_correct += 1
    gold = Counter(entity_keys(gold_entities, today))
    pred = Counter(entity_keys(pred_entities, today))
    for key, n in (gold | pred).items():
        hit = min(gold[key], pred[key])
        scores.tp[key[0]] += hit
        scores.fn[key[0]] += gold[key] - hit
        scores.fp[key[0]] += pred[key] - hit
    if gold != pred:
        scores.entity_errors.append((text, sorted(gold.elements()), sorted(pred.elements())))
    gold_spans, pred_spans = spans(gold_entities), spans(pred_entities)
    scores.span_tp += len(gold_spans & pred_spans)
    scores.span_fp += len(pred_spans - gold_spans)
    scores.span_fn += len(gold_spans - pred_spans)


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score


def summary(scores: Scores) -> dict[str, Any]:
    """The figures as a dict (printed, and written with --json)."""
    tp, fp, fn = sum(scores.tp.values()), sum(scores.fp.values()), sum(scores.fn.values())
    p, r, f = f1(tp, fp, fn)
    per_entity = {}
    for name in sorted(set(scores.tp) | set(scores.fp) | set(scores.fn)):
        ep, er, ef = f1(scores.tp[name], scores.fp[name], scores.fn[name])
        per_entity[name] = {"precision": round(ep, 3), "recall": round(er, 3), "f1": round(ef, 3),
                            "support": scores.tp[name] + scores.fn[name]}
    _, _, span_f = f1(scores.span_tp, scores.span_fp, scores.span_fn)
    return {
        "examples": scores.total,
        "intent_accuracy": round(scores.intent_correct / scores.total, 4) if scores.total else 0.0,
        "intent_accuracy_fallback_ok_for_out_of_scope": round(scores.intent_correct_lenient / scores.total, 4)
        if scores.total else 0.0,
        "routing_accuracy": round(scores.routed_correct / scores.total, 4) if scores.total else 0.0,
        "entity_precision": round(p, 4), "entity_recall": round(r, 4), "entity_f1": round(f, 4),
        "entity_span_f1": round(span_f, 4),
        "per_entity": per_entity,
    }


def load_examples(path: Path) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(text, intent, entities) of every example of a Rasa NLU YAML file."""
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(path))
    return [(m.get("text"), m.get("intent"), list(m.get("entities") or [])) for m in data.intent_examples]


def overlap_with_training(heldout: list[tuple[str, str, list]], training_path: Path) -> list[str]:
    """Held-out texts that also occur (case-insensitively) in the training data: must be none."""
    trained = {text.strip().lower() for text, _, _ in load_examples(training_path)}
    return [text for text, _, _ in heldout if text.strip().lower() in trained]


def quiet_rasa() -> None:
    """Rasa logs every parsed message at debug level through structlog; the report is the output."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.ERROR)
    configure_structlog(logging.ERROR)


def latest_model(models_dir: Path) -> Path:
    candidates = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not candidates:
        sys.exit(f"no trained model in {models_dir}: train first (see tests/dialogue/README.md)")
    return candidates[-1]


async def parse_all(model: Path, texts: list[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=None, help="model archive (default: newest in models/)")
    parser.add_argument("--data", type=Path, default=HELDOUT)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this file")
    parser.add_argument("--errors", type=int, default=25, help="how many misclassified examples to list")
    parser.add_argument("--min-intent-accuracy", type=float, default=0.0)
    parser.add_argument("--min-entity-f1", type=float, default=0.0)
    args = parser.parse_args(argv)
    os.chdir(ROOT)  # so `nlu` (the custom component) imports and relative settings resolve
    sys.path.insert(0, str(ROOT))
    quiet_rasa()

    examples = load_examples(args.data)
    leaked = overlap_with_training(examples, TRAINING)
    if leaked:
        print(f"ERROR: {len(leaked)} held-out examples also occur in {TRAINING.name}: {leaked}")
        return 2
    model = args.model or latest_model(ROOT / "models")
    parsed = asyncio.run(parse_all(model, [text for text, _, _ in examples]))
    today = dt.date.today()
    scores = Scores()
    for (text, intent, entities), result in zip(examples, parsed):
        score_example(scores, text, intent, entities, result, today)
    figures = summary(scores)
    figures["model"] = str(model)
    print_report(figures, scores, args.errors)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    ok = (figures["intent_accuracy"] >= args.min_intent_accuracy and figures["entity_f1"] >= args.min_entity_f1)
    return 0 if ok else 1


def print_report(figures: dict[str, Any], scores: Scores, max_errors: int) -> None:
    print(f"model: {figures['model']}")
    print(f"held-out examples: {figures['examples']}")
    print(f"intent accuracy: {figures['intent_accuracy']:.3f} (strict)  "
          f"{figures['intent_accuracy_fallback_ok_for_out_of_scope']:.3f} (fallback accepted for out_of_scope)")
    print(f"routing accuracy (reaches the right action): {figures['routing_accuracy']:.3f}")
    print(f"entity F1 (entity, value, role): {figures['entity_f1']:.3f}  "
          f"P={figures['entity_precision']:.3f} R={figures['entity_recall']:.3f}   span F1: {figures['entity_span_f1']:.3f}")
    for name, s in figures["per_entity"].items():
        print(f"  {name:<11} F1={s['f1']:.3f} P={s['precision']:.3f} R={s['recall']:.3f} n={s['support']}")
    if scores.intent_errors:
        print(f"intent errors ({len(scores.intent_errors)}):")
        for text, gold, pred in scores.intent_errors[:max_errors]:
            print(f"  {text!r}: expected {gold}, got {pred}")
    if scores.entity_errors:
        print(f"entity mismatches ({len(scores.entity_errors)}):")
        for text, gold, pred in scores.entity_errors[:max_errors]:
            print(f"  {text!r}:\n    expected {gold}\n    got      {pred}")


if __name__ == "__main__":
    sys.exit(main())
