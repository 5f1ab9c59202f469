"""Check an evaluation set against the raw catalog before it is used (not a test of the bot).

    .venv/bin/python tests/dialogue/eval/check_set.py tests/dialogue/eval/conversations_set5.jsonl

For every line: the format of tests/dialogue/eval/README.md (ids, classes, 1-4 turns, known check keys);
for every turn with ``picks: true``: at least one CSV row satisfies its checks (checks relative to an
earlier answer cannot be computed without the bot's answers: they are skipped, and such turns must keep
at least MARGIN matching rows so that excluding a few shown titles cannot empty them); for every turn with
``picks: false``: no CSV row satisfies its checks. Uses the judge's own catalog reader and checks.
Prints counts per class; exits 1 on any problem.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from mediabot.eval.judge import catalog_matches, load_catalog

KEYS = {
    "picks", "type", "listed_in_any", "listed_in_each", "not_listed_in", "genre_any", "genre_all", "not_genre",
    "max_minutes", "min_minutes", "seasons_min", "seasons_max", "max_rating", "rating_in", "year_min",
    "year_max", "country_any", "not_country", "cast_all", "cast_any", "director_any", "not_ids", "similar_to",
    "any_of", "new_titles", "not_prev_pos", "similar_to_prev_pos", "shorter_than_prev", "longer_than_prev",
    "newer_than_prev", "older_than_prev",
}
RELATIVE = {"new_titles", "not_prev_pos", "similar_to_prev_pos", "shorter_than_prev", "longer_than_prev",
            "newer_than_prev", "older_than_prev"}
MARGIN = 10


def _keys(expect: dict) -> set[str]:
    keys = set(expect)
    for alt in expect.get("any_of", []):
        keys |= _keys(alt)
    return keys


def check(path: Path) -> int:
    catalog = load_catalog()
    problems: list[str] = []
    classes: Counter[str] = Counter()
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    multi = picks_true = 0
    for n, line in enumerate(lines, 1):
        conv = json.loads(line)
        cid = conv.get("id")
        if cid != f"s5-{n:03d}" and path.name.endswith("set5.jsonl"):
            problems.append(f"line {n}: id {cid!r} out of sequence")
        if set(conv) != {"id", "classes", "turns"}:
            problems.append(f"{cid}: keys {sorted(conv)}")
        turns = conv.get("turns", [])
        if not 1 <= len(turns) <= 4:
            problems.append(f"{cid}: {len(turns)} turns")
        multi += len(turns) > 1
        classes.update(conv.get("classes", []))
        for t, turn in enumerate(turns, 1):
            expect = turn.get("expect", {})
            if not turn.get("text") or set(turn) != {"text", "expect"}:
                problems.append(f"{cid} turn {t}: bad turn {sorted(turn)}")
            unknown = _keys(expect) - KEYS
            if unknown:
                problems.append(f"{cid} turn {t}: unknown keys {sorted(unknown)}")
            if "picks" not in expect:
                continue
            matches = catalog_matches(catalog, expect)   # no context: relative checks are skipped
            need = MARGIN if _keys(expect) & RELATIVE else 1
            if expect["picks"] and matches < need:
                problems.append(f"{cid} turn {t}: picks true but {matches} matching rows (need {need})")
            if not expect["picks"] and matches:
                problems.append(f"{cid} turn {t}: picks false but {matches} matching rows")
            picks_true += bool(expect["picks"])
    print(f"{len(lines)} conversations, {multi} multi-turn, {picks_true} picks:true turns checked")
    print("classes:", ", ".join(f"{k} {v}" for k, v in sorted(classes.items())))
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(check(Path(sys.argv[1] if len(sys.argv) > 1 else
                        Path(__file__).with_name("conversations_set5.jsonl"))))
