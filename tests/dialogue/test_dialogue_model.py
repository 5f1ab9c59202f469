"""Model-level dialogue checks in the test suite (gateway runtime; Rasa runs as a subprocess).

Uses the model ``make`` trains (``mediabot.rasa_model.ensure_model``: reused while config, domain,
data and nlu/ are unchanged), then runs tests/dialogue/run_dialogue_tests.py's two checks: the e2e
test stories (intent + next action for every turn) and the held-out NLU figures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run_dialogue_tests as runner  # noqa: E402

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def model() -> Path:
    from mediabot.rasa_model import ensure_model

    return ensure_model()


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled catalog's names, as `make run` writes them for the NLU component."""
    from contract import gazetteer as gz

    path = tmp_path_factory.mktemp("gazetteer") / "gazetteer.json"
    gz.write_gazetteer(gz.build_from_netflix_csv(runner.ROOT / "catalogs" / "netflix-titles" / "netflix_titles.csv"), path)
    return path


def test_e2e_stories_predict_every_intent_and_action(model: Path, gazetteer: Path, tmp_path: Path) -> None:
    result = runner.run_test_stories(model, tmp_path, gazetteer)
    assert result.returncode == 0, runner.story_summary(tmp_path) + "\n" + result.stdout[-3000:] + result.stderr[-3000:]
    assert runner.story_summary(tmp_path) == "all test stories passed"


def test_heldout_intent_accuracy_and_entity_f1(model: Path, gazetteer: Path, tmp_path: Path) -> None:
    result = runner.run_nlu_evaluation(model, tmp_path, runner.MIN_INTENT_ACCURACY, runner.MIN_ENTITY_F1, gazetteer)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    figures = json.loads((tmp_path / "nlu_heldout.json").read_text())
    assert figures["intent_accuracy"] >= runner.MIN_INTENT_ACCURACY
    assert figures["entity_f1"] >= runner.MIN_ENTITY_F1
