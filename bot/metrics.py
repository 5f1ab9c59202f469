"""Prometheus metrics of the gateway at ``GET /metrics`` (``Authorization: Bearer <MEDIABOT_METRICS_TOKEN>``).

What is measured, and where (docs/operators.md lists the series):
- viewer turns: latency per channel and what the turn answered (a list, details, a handoff, a plain
  text, a fallback apology, "the bot is unavailable") — by timing ``ConversationRouter.handle``, the one
  place every channel's turn passes;
- recommender calls (``POST /api/recommendations``, what the actions call each turn): latency and how
  many found nothing (zero results) — by a middleware on that route;
- handoffs started, agents' claims and replies, and errors by kind — from the structured events the
  gateway already logs (``handoff_started``, ``agent_replied``, every warning and error by event
  name), so nothing is counted twice and no module grows metrics code;
- the wait until an agent claims a conversation (histogram), the catalog's size and reloads, and feedback
  tied back to the list that showed the title (``recommender.impressions``), and relaxation offers made
  and taken (``recommender.relaxation_offers``).

Labels are low-cardinality by construction: a channel name from a fixed set, an answer kind, an
event name (log events are code constants). No viewer id, text or title ever becomes a label.
Each app has its own registry, so tests and benchmarks that build several apps do not share counts.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import re
import time
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from bot import keys
from bot.conversation import ConversationKey
from bot.http import NOT_FOUND, ApiError, Handler
from contract.payloads import Answer, HandoffState, ItemDetails, PlainText, Recommendations
from contract.settings import PROJECT_ROOT

log = logging.getLogger(__name__)

CHANNELS = frozenset({"web", "telegram", "alexa", "voice", "dialogflow"})
TURN_BUCKETS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.5, 5.0, 10.0)
RECOMMEND_BUCKETS = (0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.2, 0.5, 1.0, 2.5)
WAIT_BUCKETS = (5, 15, 30, 60, 120, 300, 600, 1800, 3600)
FALLBACK_RESPONSES = ("utter_default", "utter_out_of_scope")  # domain responses that mean "not understood"
FEEDBACK_KINDS = frozenset({"like", "dislike", "seen", "details", "more_like"})
EVENT_NAME = re.compile(r"^[a-z][a-z0-9_]{2,48}$")
LOGGERS = ("bot", "recommender", "mediabot")
METRICS: web.AppKey[Metrics] = web.AppKey("metrics")


@dataclass
class Metrics:
    """The gateway's series in one registry (one per app)."""

    registry: CollectorRegistry
    turn_seconds: Histogram
    turns: Counter
    recommend_seconds: Histogram
    recommendations: Counter
    handoffs_started: Counter
    handoffs_claimed: Counter
    claim_wait_seconds: Histogram
    agent_replies: Counter
    errors: Counter
    catalog_reloads: Counter
    catalog_items: Gauge
    impression_feedback: Counter
    relaxation_offers: Counter
    fallback_texts: frozenset[str]

    @classmethod
    def create(cls, fallback_texts: frozenset[str]) -> Metrics:
        r = CollectorRegistry()
        return cls(
            registry=r,
            turn_seconds=Histogram("mediabot_turn_seconds", "Time to answer one viewer turn, by channel.",
                                   ["channel"], buckets=TURN_BUCKETS, registry=r),
            turns=Counter("mediabot_turns", "Viewer turns by channel and by what they answered (recommendations, "
                          "details, handoff, text, fallback, unavailable).", ["channel", "answer"], registry=r),
            recommend_seconds=Histogram("mediabot_recommender_seconds", "Time to answer POST /api/recommendations.",
                                        buckets=RECOMMEND_BUCKETS, registry=r),
            recommendations=Counter("mediabot_recommendations", "Recommender answers, by whether anything matched.",
                                    ["result"], registry=r),
            handoffs_started=Counter("mediabot_handoffs_started", "Conversations queued for a person.",
                                     ["channel"], registry=r),
            handoffs_claimed=Counter("mediabot_handoffs_claimed", "Conversations an agent claimed.",
                                     ["channel"], registry=r),
            claim_wait_seconds=Histogram("mediabot_handoff_wait_seconds", "Time a viewer waited until an agent "
                                         "claimed the conversation.", buckets=WAIT_BUCKETS, registry=r),
            agent_replies=Counter("mediabot_agent_replies", "Messages agents sent to viewers.", ["channel"], registry=r),
            errors=Counter("mediabot_errors", "Warnings and errors the gateway logged, by event.", ["kind"], registry=r),
            catalog_reloads=Counter("mediabot_catalog_reloads", "Catalog or rule changes swapped in without a restart.",
                                    registry=r),
            catalog_items=Gauge("mediabot_catalog_items", "Titles in the catalog generation being served.", registry=r),
            impression_feedback=Counter("mediabot_impression_feedback", "Feedback tied back to the list that showed "
                                        "the title (likes/dislikes per impression), by kind.", ["kind"], registry=r),
            relaxation_offers=Counter("mediabot_relaxation_offers", "Nearest relaxations offered when nothing "
                                      "matched, and offers the viewer took.", ["outcome"], registry=r),
            fallback_texts=fallback_texts,
        )

    def turn(self, channel: str, seconds: float, answers: Sequence[Answer]) -> None:
        channel = channel if channel in CHANNELS else "other"
        self.turn_seconds.labels(channel).observe(seconds)
        self.turns.labels(channel, self.answer_kind(answers)).inc()

    def answer_kind(self, answers: Sequence[Answer]) -> str:
        """What a turn answered, by the typed payloads (the first that says most)."""
        if any(isinstance(a, Recommendations) for a in answers):
            return "recommendations"
        if any(isinstance(a, ItemDetails) for a in answers):
            return "details"
        if any(isinstance(a, HandoffState) for a in answers):
            fallback = any(isinstance(a, HandoffState) and a.reason == "fallback" for a in answers)
            return "fallback" if fallback else "handoff"
        texts = [a.text for a in answers if isinstance(a, PlainText)]
        if any(t in self.fallback_texts for t in texts):
            return "fallback"
        if any(t in _UNAVAILABLE for t in texts):
            return "unavailable"
        return "text"


def _unavailable_texts() -> frozenset[str]:
    from contract import wording

    return frozenset({wording.BOT_UNAVAILABLE, wording.BOT_SILENT})


_UNAVAILABLE = _unavailable_texts()


def fallback_texts(domain: Path = PROJECT_ROOT / "domain.yml") -> frozenset[str]:
    """The texts of the "not understood" responses in the domain (Rasa's REST channel sends the text,
    not the response's name)."""
    import yaml

    try:
        responses = yaml.safe_load(domain.read_text(encoding="utf-8")).get("responses", {})
    except (OSError, yaml.YAMLError, AttributeError):
        log.warning("metrics_domain_unreadable")
        return frozenset()
    return frozenset(v["text"] for name in FALLBACK_RESPONSES for v in responses.get(name, []) if "text" in v)


# --- wiring -------------------------------------------------------------------------------------------


def setup(app: web.Application) -> None:
    """Add ``/metrics`` and the instruments; call last in ``create_app`` (it wraps parts set up before)."""
    metrics = Metrics.create(fallback_texts())
    app[METRICS] = metrics
    app.router.add_get("/metrics", get_metrics)
    app.middlewares.append(_recommender_timing)
    _time_turns(app[keys.ROUTER], metrics)
    app.cleanup_ctx.append(_log_events)
    app.cleanup_ctx.append(_catalog_gauge)
    from bot.handoff.console import HANDOFF_SERVICE

    if HANDOFF_SERVICE in app:
        _time_claims(app[HANDOFF_SERVICE], metrics)


def _time_turns(router: Any, metrics: Metrics) -> None:
    inner = router.handle

    async def handle(key: ConversationKey, text: str) -> list[Answer]:
        started = time.perf_counter()
        answers = await inner(key, text)
        metrics.turn(key.channel, time.perf_counter() - started, answers)
        return answers

    router.handle = handle


def _time_claims(service: Any, metrics: Metrics) -> None:
    """Observe how long the conversation waited, read from the queue just before the claim."""
    inner = service.claim

    async def claim(ref: str, agent: Any, *args: Any, **kwargs: Any) -> Any:
        since = next((e.waiting_since for e in await service.queue(agent) if e.ref == ref), None)
        result = await inner(ref, agent, *args, **kwargs)
        if since is not None:
            since = since if since.tzinfo else since.replace(tzinfo=dt.timezone.utc)
            metrics.claim_wait_seconds.observe(max(0.0, (dt.datetime.now(dt.timezone.utc) - since).total_seconds()))
        return result

    service.claim = claim


@web.middleware
async def _recommender_timing(request: web.Request, handler: Handler) -> web.StreamResponse:
    if request.path != "/api/recommendations" or request.method != "POST":
        return await handler(request)
    started = time.perf_counter()
    response = await handler(request)
    metrics = request.app[METRICS]
    metrics.recommend_seconds.observe(time.perf_counter() - started)
    if isinstance(response, web.Response) and response.status == 200 and response.body is not None:
        try:
            matches = json.loads(bytes(response.body)).get("total_matches")
        except (ValueError, TypeError, AttributeError):
            matches = None
        if isinstance(matches, int):
            metrics.recommendations.labels("zero_results" if matches == 0 else "results").inc()
    return response


class _EventCounter(logging.Handler):
    """Counts structured log events: handoffs, claims, agent replies, reloads, and warnings/errors by name."""

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(logging.INFO)
        self.metrics = metrics

    def emit(self, record: logging.LogRecord) -> None:
        name = record.msg if isinstance(record.msg, str) and EVENT_NAME.match(record.msg) else None
        channel = getattr(record, "channel", None)
        channel = channel if channel in CHANNELS else "other"
        m = self.metrics
        if name == "handoff_started":
            m.handoffs_started.labels(channel).inc()
        elif name == "handoff_claimed":
            m.handoffs_claimed.labels(channel).inc()
        elif name == "agent_replied":
            m.agent_replies.labels(channel).inc()
        elif name == "catalog_refreshed":
            m.catalog_reloads.inc()
        elif name == "impression_feedback":
            kind = getattr(record, "kind", None)
            m.impression_feedback.labels(kind if kind in FEEDBACK_KINDS else "other").inc()
        elif name in ("relaxation_offered", "relaxation_taken"):
            m.relaxation_offers.labels(name.removeprefix("relaxation_")).inc()
        if record.levelno >= logging.WARNING:
            m.errors.labels(name or "other").inc()


async def _log_events(app: web.Application) -> AsyncIterator[None]:
    """Count our loggers' events. The counted events are INFO records, so when the log level is higher
    (``MEDIABOT_LOG_LEVEL=WARNING``) our loggers are lowered to INFO and the root's handlers raised to
    the configured level: the counter sees every event, the log output stays exactly as configured."""
    handler = _EventCounter(app[METRICS])
    loggers = [logging.getLogger(n) for n in LOGGERS]
    levels = [lg.level for lg in loggers]
    threshold = logging.getLogger().getEffectiveLevel()
    raised = [h for h in logging.getLogger().handlers if h.level == logging.NOTSET] if threshold > logging.INFO else []
    for h in raised:
        h.setLevel(threshold)
    for lg in loggers:
        lg.addHandler(handler)
        if lg.getEffectiveLevel() > logging.INFO:
            lg.setLevel(logging.INFO)
    yield
    for lg, level in zip(loggers, levels):
        lg.removeHandler(handler)
        lg.setLevel(level)
    for h in raised:
        h.setLevel(logging.NOTSET)


async def _catalog_gauge(app: web.Application) -> AsyncIterator[None]:
    rec = app.get(keys.RECOMMENDER)
    if rec is not None:
        app[METRICS].catalog_items.set_function(lambda: len(rec.snapshot))
    yield


async def get_metrics(request: web.Request) -> web.Response:
    token = request.app[keys.SETTINGS].metrics_token
    if not token:
        raise ApiError(404, NOT_FOUND, "metrics are off (set MEDIABOT_METRICS_TOKEN to turn them on)")
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        raise ApiError(401, "unauthorized", "send the metrics token: Authorization: Bearer <MEDIABOT_METRICS_TOKEN>",
                       headers={"WWW-Authenticate": 'Bearer realm="mediabot-metrics"'})
    body = generate_latest(request.app[METRICS].registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})
