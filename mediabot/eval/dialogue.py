"""``mediabot eval dialogue``: an independent evaluation of understanding, judged against the raw catalog.

Each conversation of the set (tests/dialogue/eval/conversations.jsonl, vocabulary in its README) is
driven through the web chat socket of a running stack (docs/contracts.md §4), one turn at a time, and
every recommended item is looked up by its ``id`` (the CSV's ``show_id``) in the raw Netflix CSV and
checked against the turn's expectations, which were written from the CSV's columns, never from the bot's
own constraint echo. Whether the catalog has any match for a turn is computed from the CSV too.

Printed figures:
- share of recommended items that satisfy every stated constraint;
- share of conversations answered fully right (every turn passes);
- share of turns answered with picks when the catalog has matches;
- share of items whose shown reason quotes a meaningless word (filler or stopword);
- turn latency p50/p95 (sequential);
plus a per-class breakdown. ``--out`` writes all of it and every failure with its reason as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from contract.settings import PROJECT_ROOT, Settings
from mediabot.eval.judge import CATALOG_CSV, Context, Row, TurnVerdict, judge_turn, load_catalog

CONVERSATIONS = PROJECT_ROOT / "tests" / "dialogue" / "eval" / "conversations.jsonl"
TURN_TIMEOUT_S = 30.0

# --- driving the stack -------------------------------------------------------------------------------

CHECKS = frozenset({
    "picks", "type", "listed_in_any", "listed_in_each", "not_listed_in", "genre_any", "genre_all", "not_genre",
    "max_minutes", "min_minutes", "seasons_min", "seasons_max", "max_rating", "rating_in", "year_min",
    "year_max", "country_any", "not_country", "cast_all", "cast_any", "director_any", "not_ids", "similar_to",
    "any_of", "new_titles", "not_prev_pos", "similar_to_prev_pos", "shorter_than_prev", "longer_than_prev",
    "newer_than_prev", "older_than_prev",
})


def unknown_checks(expect: Mapping[str, Any]) -> set[str]:
    """Keys of an expectation (and of its ``any_of`` alternatives) outside the documented vocabulary."""
    bad = set(expect) - CHECKS
    for alt in expect.get("any_of", []):
        bad |= unknown_checks(alt)
    return bad


def load_conversations(path: Path = CONVERSATIONS) -> list[dict[str, Any]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            conv = json.loads(line)
            conv.setdefault("id", f"c{n}")
            for turn in conv["turns"]:
                bad = unknown_checks(turn.get("expect") or {})
                if bad:
                    raise ValueError(f"{path}:{n}: unknown checks {sorted(bad)} (see the set's README)")
            out.append(conv)
    return out


async def _turn(ws: Any, text: str) -> tuple[list[dict[str, Any]], float]:
    started = time.perf_counter()
    await ws.send_json({"type": "message", "text": text, "payload": None})
    answers: list[dict[str, Any]] = []
    last_bot: float | None = None
    while True:
        try:
            frame = await asyncio.wait_for(ws.receive_json(), TURN_TIMEOUT_S if last_bot is None else 2.0)
        except asyncio.TimeoutError:
            if last_bot is not None:  # a gateway that never switches typing off: the answer frame ends the turn
                return answers, 1000 * (last_bot - started)
            raise
        kind = frame.get("type")
        if kind == "bot":
            last_bot = time.perf_counter()
            answers.extend(a for a in frame.get("answers") or [] if isinstance(a, dict))
        elif kind == "error":
            answers.append({"type": "text", "text": str(frame.get("message"))})
            break
        elif kind == "typing" and frame.get("on") is False:
            break
    return answers, 1000 * (time.perf_counter() - started)


def _items(answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every title the turn showed: a list's items, and a title shown on its own card (an answer to
    "what was that show where …" or "is <title> on here" shows the title as a card, not a list)."""
    shown: list[dict[str, Any]] = []
    for a in answers:
        if a.get("type") == "recommendations":
            shown.extend(i for i in a.get("items") or [] if isinstance(i, dict))
        elif a.get("type") == "item_details" and isinstance(a.get("item"), dict):
            shown.append(a["item"])
    return shown


def _said(answers: list[dict[str, Any]]) -> str:
    parts = [str(a.get("heading") or a.get("text") or a.get("type")) for a in answers]
    return " | ".join(parts)[:300]


async def _drive(url: str, conversations: list[dict[str, Any]], catalog: Mapping[str, Row],
                 progress: bool) -> list[dict[str, Any]]:
    import aiohttp

    ws_url = url.replace("http", "ws", 1).rstrip("/") + "/ws/chat"
    results = []
    async with aiohttp.ClientSession() as http:
        for k, conv in enumerate(conversations, 1):
            ctx = Context()
            turns = []
            async with http.ws_connect(ws_url) as ws:
                await ws.send_json({"type": "hello", "session_id": f"eval-{uuid.uuid4().hex[:16]}"})
                timed_out = False
                for turn in conv["turns"]:
                    if timed_out:
                        answers, ms = [{"type": "text", "text": "(not sent: an earlier turn got no answer)"}], None
                    else:
                        try:
                            answers, ms = await _turn(ws, turn["text"])
                        except asyncio.TimeoutError:
                            timed_out = True
                            answers, ms = [], 1000 * TURN_TIMEOUT_S
                    items = _items(answers)
                    verdict = judge_turn(items, turn.get("expect") or {}, catalog, ctx)
                    if timed_out:
                        verdict.passed = False
                        verdict.failures.append(f"no answer within {TURN_TIMEOUT_S:.0f} s")
                    turns.append({"text": turn["text"], "latency_ms": None if ms is None else round(ms, 1),
                                  "said": _said(answers),
                                  "shown": [f"{i.get('id')} {i.get('title')} — {i.get('reason')}" for i in items],
                                  "verdict": verdict})
                    rows = [catalog[str(i.get("id"))] for i in items if str(i.get("id")) in catalog]
                    if rows:
                        ctx.previous = rows
                    ctx.shown_ids.update(r.id for r in rows)
            results.append({"id": conv["id"], "classes": conv.get("classes", []), "turns": turns})
            if progress:
                print(f"\r{k}/{len(conversations)} conversations", end="", file=sys.stderr, flush=True)
    if progress:
        print(file=sys.stderr)
    return results


def _pct(values: list[float], q: float) -> float | None:
    if not values:
        return None
    s = sorted(values)
    pos = (len(s) - 1) * q
    lo, hi = int(pos), min(int(pos) + 1, len(s) - 1)
    return round(s[lo] + (s[hi] - s[lo]) * (pos - lo), 1)


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def summarise(results: list[dict[str, Any]]) -> dict[str, Any]:
    """The five figures over ``results`` (one dict per conversation with judged turns)."""
    items = items_ok = junk = convs_ok = picks_den = picks_num = turns = turns_ok = 0
    latencies: list[float] = []
    for conv in results:
        ok = True
        for t in conv["turns"]:
            v: TurnVerdict = t["verdict"]
            turns += 1
            turns_ok += v.passed
            ok = ok and v.passed
            items += v.items
            items_ok += v.items_ok
            junk += v.junk_items
            if v.expected_picks:
                picks_den += 1
                picks_num += v.items > 0
            if t["latency_ms"] is not None:
                latencies.append(t["latency_ms"])
        convs_ok += ok
    return {
        "conversations": len(results), "turns": turns, "items": items,
        "items_satisfying_every_constraint": _ratio(items_ok, items),
        "conversations_fully_right": _ratio(convs_ok, len(results)),
        "turns_right": _ratio(turns_ok, turns),
        "turns_with_picks_when_catalog_has_matches": _ratio(picks_num, picks_den),
        "items_with_junk_in_reason": _ratio(junk, items),
        "latency_p50_ms": _pct(latencies, 0.5), "latency_p95_ms": _pct(latencies, 0.95),
    }


def report(results: list[dict[str, Any]], url: str, set_path: Path) -> dict[str, Any]:
    classes = sorted({c for conv in results for c in conv["classes"]})
    by_class = {c: summarise([conv for conv in results if c in conv["classes"]]) for c in classes}
    failures, junk, warnings = [], [], []
    for conv in results:
        for n, t in enumerate(conv["turns"], 1):
            v: TurnVerdict = t["verdict"]
            where = {"conversation": conv["id"], "turn": n, "text": t["text"], "classes": conv["classes"]}
            if v.failures:
                failures.append({**where, "said": t["said"], "shown": t["shown"], "reasons": v.failures})
            if v.junk:
                junk.append({**where, "reasons": v.junk})
            if v.warnings:
                warnings.append({**where, "reasons": v.warnings})
    return {"url": url, "set": str(set_path), "overall": summarise(results), "by_class": by_class,
            "failures": failures, "junk_reasons": junk, "set_warnings": warnings,
            "transcripts": [{"id": c["id"], "turns": [{k: v for k, v in t.items() if k != "verdict"}
                                                       | {"passed": t["verdict"].passed} for t in c["turns"]]}
                            for c in results]}


def _print(rep: dict[str, Any]) -> None:
    o = rep["overall"]
    print(f"# dialogue evaluation against {rep['url']} ({o['conversations']} conversations, {o['turns']} turns, "
          f"{o['items']} items; judged against the raw catalog CSV)")
    rows = [("recommended items that satisfy every stated constraint", "items_satisfying_every_constraint"),
            ("conversations answered fully right", "conversations_fully_right"),
            ("turns answered with picks when the catalog has matches", "turns_with_picks_when_catalog_has_matches"),
            ("items whose shown reason quotes a meaningless word", "items_with_junk_in_reason")]
    for label, key in rows:
        print(f"{label:<58} {o[key] if o[key] is not None else '—'}")
    print(f"{'turns right':<58} {o['turns_right']}")
    print(f"{'turn latency p50 / p95 (ms, sequential)':<58} {o['latency_p50_ms']} / {o['latency_p95_ms']}")
    print("\n# per class: conversations, fully right, items ok, picks when matches, junk reasons")
    for c, s in rep["by_class"].items():
        print(f"{c:<22} n={s['conversations']:<4} full={s['conversations_fully_right']}  "
              f"items={s['items_satisfying_every_constraint']}  "
              f"picks={s['turns_with_picks_when_catalog_has_matches']}  junk={s['items_with_junk_in_reason']}")
    print(f"\n{len(rep['failures'])} failing turns, {len(rep['junk_reasons'])} turns with junk reasons, "
          f"{len(rep['set_warnings'])} set warnings")


def run(settings: Settings, url: str | None, set_path: str | None, out: str | None,
        catalog_path: str | None = None) -> int:
    url = (url or f"http://127.0.0.1:{settings.port}").rstrip("/")
    path = Path(set_path) if set_path else CONVERSATIONS
    catalog = load_catalog(Path(catalog_path) if catalog_path else CATALOG_CSV)
    conversations = load_conversations(path)
    try:
        results = asyncio.run(_drive(url, conversations, catalog, progress=sys.stderr.isatty()))
    except OSError as exc:
        print(f"error: cannot reach the gateway at {url} ({exc}); start it with `make run`", file=sys.stderr)
        return 1
    rep = report(results, url, path)
    _print(rep)
    if out:
        Path(out).write_text(json.dumps(rep, indent=1, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
        print(f"report written to {out}")
    return 0
