"""One real recommender for every action test (``real_recommender.recommender_url``, session scope) and the
actions pointed at it (``api``); ``fixture_gazetteer``: the actions' title gazetteer built from the fixture catalog."""

from pathlib import Path

import pytest

from real_recommender import api, recommender_url  # noqa: F401  (registers the fixtures once for the folder)


@pytest.fixture
def fixture_gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gazetteer file of tests/fixtures/netflix_small.csv, pointed at by MEDIABOT_GAZETTEER for this test."""
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "netflix_small.csv"
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(write_gazetteer(build_from_netflix_csv(fixture),
                                                                  tmp_path / "gazetteer.json")))
