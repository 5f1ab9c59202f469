"""One real recommender for every action test (``real_recommender.recommender_url``, session scope) and the
actions pointed at it (``api``); ``fixture_gazetteer``: the actions' title gazetteer built from the fixture catalog;
``full_catalog_gazetteer``: the same built once per run from the bundled catalog, for rules that need its real titles."""

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


FULL_CATALOG = Path(__file__).resolve().parents[2] / "catalogs" / "netflix-titles" / "netflix_titles.csv"


@pytest.fixture(scope="session")
def _full_catalog_gazetteer_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Built once per test run: the bundled catalog's gazetteer takes about a second to build."""
    from contract.gazetteer import build_from_netflix_csv, write_gazetteer

    return str(write_gazetteer(build_from_netflix_csv(FULL_CATALOG),
                               tmp_path_factory.mktemp("full_gazetteer") / "gazetteer.json"))


@pytest.fixture
def full_catalog_gazetteer(_full_catalog_gazetteer_file: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled catalog's gazetteer file, pointed at by MEDIABOT_GAZETTEER for this test."""
    monkeypatch.setenv("MEDIABOT_GAZETTEER", _full_catalog_gazetteer_file)
