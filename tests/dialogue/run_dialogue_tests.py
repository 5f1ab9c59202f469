"""Runner for the dialogue-level tests that need a trained model (stdlib only: any Python works).

    python tests/dialogue/run_dialogue_tests.py [--model models/X.tar.gz] [--out results/dialogue]

1. ``rasa test core`` on tests/dialogue/test_stories.yml: each viewer text goes through the NLU
   pipeline and the policies, and every predicted intent and next action must match the story
   (``--fail-on-prediction-errors``); failed stories are written to OUT/failed_test_stories.yml.
2. tests/dialogue/evaluate_nlu.py on the held-out split: intent accuracy and entity F1, written to
   OUT/nlu_heldout.json, checked against ``--min-intent-accuracy`` / ``--min-entity-f1``.

Exit status 0 only if both pass. The slot behaviour behind the actions (carry-over, "something else",
"shorter") is covered by tests/actions and tests/integration, which run without this script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RASA_VENV = ROOT / ".venv-rasa" / "bin"
STORIES = ROOT / "tests" / "dialogue" / "test_stories.yml"
EVALUATE = ROOT / "tests" / "dialogue" / "evaluate_nlu.py"
MIN_INTENT_ACCURACY = 0.85
MIN_ENTITY_F1 = 0.85


def rasa_env(gazetteer: Path | None = None) -> dict[str, str]:
    """Environment for Rasa subprocesses: project importable (custom NLU component), quiet logs, and the catalog's
    names (``gazetteer``: titles and people are read as in the running system, not left to chance on whether an
    earlier run wrote var/gazetteer.json)."""
    env = dict(os.environ)
    if gazetteer is not None:
        env["MEDIABOT_GAZETTEER"] = str(gazetteer)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    return env


def newest_model() -> Path:
    models = sorted((ROOT / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        sys.exit("no trained model in models/: run `make model` (or rasa train) first")
    return models[-1]


def run_test_stories(model: Path, out: Path, gazetteer: Path | None = None) -> subprocess.CompletedProcess[str]:
    """rasa test core with the e2e stories; raises nothing, the caller reads the return code."""
    cmd = [str(RASA_VENV / "rasa"), "test", "core", "--stories", str(STORIES), "--model", str(model),
           "--out", str(out), "--fail-on-prediction-errors", "--no-plot"]
    return subprocess.run(cmd, cwd=ROOT, env=rasa_env(gazetteer), capture_output=True, text=True)


def run_nlu_evaluation(model: Path, out: Path, min_intent: float, min_entity: float,
                       gazetteer: Path | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(RASA_VENV / "python"), str(EVALUATE), "--model", str(model), "--json", str(out / "nlu_heldout.json"),
           "--min-intent-accuracy", str(min_intent), "--min-entity-f1", str(min_entity)]
    return subprocess.run(cmd, cwd=ROOT, env=rasa_env(gazetteer), capture_output=True, text=True)


def story_summary(out: Path) -> str:
    failed = out / "failed_test_stories.yml"
    text = failed.read_text(encoding="utf-8") if failed.exists() else ""
    if not text or "None of the test stories failed" in text:
        return "all test stories passed"
    return f"failed stories ({failed}):\n{text}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "dialogue")
    parser.add_argument("--min-intent-accuracy", type=float, default=MIN_INTENT_ACCURACY)
    parser.add_argument("--min-entity-f1", type=float, default=MIN_ENTITY_F1)
    args = parser.parse_args(argv)
    model = args.model or newest_model()
    args.out.mkdir(parents=True, exist_ok=True)

    stories = run_test_stories(model, args.out)
    print(f"[e2e stories] {story_summary(args.out)}")
    if stories.returncode != 0:
        print(stories.stdout[-4000:], stories.stderr[-4000:], sep="\n")
    nlu = run_nlu_evaluation(model, args.out, args.min_intent_accuracy, args.min_entity_f1)
    print("[held-out NLU]\n" + nlu.stdout)
    if nlu.returncode not in (0, 1):
        print(nlu.stderr[-4000:])
    figures = args.out / "nlu_heldout.json"
    if figures.exists():
        data = json.loads(figures.read_text())
        print(f"intent accuracy {data['intent_accuracy']:.3f}, entity F1 {data['entity_f1']:.3f} "
              f"(thresholds {args.min_intent_accuracy}, {args.min_entity_f1})")
    return 0 if stories.returncode == 0 and nlu.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
