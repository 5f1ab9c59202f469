"""`mediabot recommend` end to end: the console script in a subprocess, on a var dir seeded with the
fixture catalog and a cache dir holding its item vectors (so the run loads the model but never
re-encodes; a cache miss would show up as a second file there, not in the project's var/cache)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from contract import wording
from mediabot import catalog_cli
from recommender.catalog.db import make_engine, session_factory
from recommender.catalog.store import upsert
from recommender.constraints import RecommendationRequest
from recommender import topic_view
from recommender.embeddings import cache_key
from recommender.snapshot import load_snapshot

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TEST_CACHE_DIR = Path(os.environ.get("MEDIABOT_TEST_CACHE", PROJECT_ROOT / "var" / "test-cache"))


@pytest.fixture(scope="module")
def var_dir(tmp_path_factory: pytest.TempPathFactory, netflix_small_records: list[Any], fixture_recommender: Any) -> Path:
    """A MEDIABOT_VAR_DIR holding catalog.db (the fixture catalog) and cache/ (MEDIABOT_CACHE_DIR) with its
    item vectors (both views)."""
    var = tmp_path_factory.mktemp("var")
    engine = make_engine(f"sqlite:///{var / 'catalog.db'}")
    factory = session_factory(engine)
    upsert(factory, netflix_small_records)
    snapshot = load_snapshot(factory)
    engine.dispose()
    (var / "cache").mkdir()
    for texts in (snapshot.texts, topic_view.texts(snapshot)):  # both views of the items
        name = f"embeddings-{cache_key(fixture_recommender.embedder.model_name, texts)}.npy"
        shutil.copy(TEST_CACHE_DIR / name, var / "cache" / name)  # written by the fixture_recommender fixture
    return var


def run_mediabot(var_dir: Path, *args: str) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("mediabot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "mediabot.cli"]
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{var_dir / 'catalog.db'}", "MEDIABOT_VAR_DIR": str(var_dir),
           "MEDIABOT_CACHE_DIR": str(var_dir / "cache"), "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"}
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=300, cwd=var_dir)


@pytest.fixture(scope="module")
def comedies(var_dir: Path) -> tuple[subprocess.CompletedProcess, dict[str, Any]]:
    """The "Done when" command, run once for the tests below."""
    result = run_mediabot(var_dir, "recommend", "--genre", "comedy", "--max-minutes", "40", "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    return result, json.loads(result.stdout)


def test_recommend_json_returns_only_comedies_of_at_most_40_minutes(comedies) -> None:
    _, answer = comedies
    assert len(answer["items"]) == 5
    for item in answer["items"]:
        assert "comedy" in item["genres"]
        assert item["duration_minutes"] is not None and item["duration_minutes"] <= 40


def test_recommend_json_items_carry_reasons(comedies) -> None:
    _, answer = comedies
    for item in answer["items"]:
        assert item["reason"].split(" · ")[0] == "comedy"
        assert f"{item['duration_minutes']} min" not in item["reason"]  # shown beside the title, not twice


def test_recommend_json_is_the_api_answer(comedies, fixture_recommender) -> None:
    """Same shape and same titles as POST /api/recommendations with the same constraints."""
    _, answer = comedies
    api = fixture_recommender.recommend(RecommendationRequest(constraints={"genres": ["comedy"], "max_minutes": 40}))
    assert answer.keys() == api.keys()
    assert answer["constraints"] == {"genres": ["comedy"], "max_minutes": 40}
    assert answer["total_matches"] == api["total_matches"] == 32
    assert [it["id"] for it in answer["items"]] == [it["id"] for it in api["items"]]


def test_recommend_reuses_the_cached_vectors(comedies, var_dir: Path) -> None:
    result, _ = comedies
    # one file per view of the items: kind + synopsis, and the synopsis alone (recommender.topic_view)
    assert len(list((var_dir / "cache").glob("embeddings-*.npy"))) == 2
    assert "embedding_cache_miss" not in result.stderr
    assert "Traceback" not in result.stderr


# --- in-process: argument validation and text rendering ---------------------------------------------------

@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from mediabot import cli as cli_module

    monkeypatch.setattr(cli_module, "setup_logging", lambda level: None)
    monkeypatch.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    return cli_module


def test_unknown_genre_is_a_usage_error_before_any_model_loads(cli, capsys, monkeypatch) -> None:
    import recommender.service

    monkeypatch.setattr(recommender.service.Recommender, "load",
                        classmethod(lambda *a, **k: pytest.fail("must not load the model for a bad request")))
    assert cli.main(["recommend", "--genre", "westerns"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: constraints.genres: unknown value(s) westerns; valid: ")
    assert "comedy" in err


def test_contradictory_runtime_bounds_are_a_usage_error(cli, capsys) -> None:
    assert cli.main(["recommend", "--min-minutes", "90", "--max-minutes", "30"]) == 2
    assert "min_minutes must not exceed max_minutes" in capsys.readouterr().err


def test_unknown_audience_is_refused_by_the_parser(cli) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["recommend", "--audience", "toddlers"])
    assert exc.value.code == 2


def test_text_rendering_lists_titles_with_ids_and_reasons(fixture_recommender) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(constraints={"genres": ["comedy"], "max_minutes": 40}))
    lines = catalog_cli.render_text(answer).splitlines()
    assert lines[0] == "32 titles match; the best 5:"
    for n, (line, item) in enumerate(zip(lines[1:], answer["items"], strict=True), 1):
        assert line == f"{n}. {item['title']} ({item['year']}) [{item['id']}] — {item['reason']}"


def test_text_rendering_of_no_match_is_the_message(fixture_recommender) -> None:
    answer = fixture_recommender.recommend(RecommendationRequest(constraints={"genres": ["comedy"], "max_minutes": 5}))
    assert catalog_cli.render_text(answer) == answer["message"]
    asked = wording.describe({"genres": ["comedy"], "max_minutes": 5})
    assert answer["message"].startswith(f"Nothing in the catalog matches {asked}.")


def test_gazetteer_command_writes_the_file(cli, capsys, tmp_path: Path, netflix_small_records) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    upsert(session_factory(engine), netflix_small_records[:50])
    engine.dispose()
    out = tmp_path / "gaz" / "gazetteer.json"
    assert cli.main(["gazetteer", "--out", str(out)]) == 0
    assert f"gazetteer written to {out}: 50 titles" in capsys.readouterr().out
    assert len(json.loads(out.read_text())["titles"]) == 50


def test_recommend_sort_starts_at_the_far_end(var_dir: Path) -> None:
    result = run_mediabot(var_dir, "recommend", "--genre", "comedy", "--type", "movie", "--sort", "oldest", "--json")
    assert result.returncode == 0, result.stderr[-2000:]
    answer = json.loads(result.stdout)
    years = [item["year"] for item in answer["items"]]
    assert years and years == sorted(years) and answer["constraints"]["sort"] == "oldest"


def test_recommend_an_unknown_sort_is_a_usage_error(var_dir: Path) -> None:
    result = run_mediabot(var_dir, "recommend", "--sort", "sideways")
    assert result.returncode == 2 and "--sort" in result.stderr and "Traceback" not in result.stderr


def test_a_malformed_topic_to_leave_out_is_a_usage_error_before_any_model_loads(cli, capsys, monkeypatch) -> None:
    import recommender.service

    monkeypatch.setattr(recommender.service.Recommender, "load",
                        classmethod(lambda *a, **k: pytest.fail("must not load the model for a bad request")))
    assert cli.main(["recommend", "--exclude-topic", "<script>"]) == 2
    assert capsys.readouterr().err.startswith("error: constraints.exclude_topics: unknown value(s) <script>")
