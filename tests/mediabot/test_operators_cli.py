"""The operators' commands: ``mediabot import --remove/--remove-missing`` (and the version bump and gazetteer
that let running services follow) and ``mediabot editorial``, in-process through ``main()`` against a
real SQLite file and the session's PostgreSQL schema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recommender import live
from recommender.catalog.models import Item
from recommender.ops_models import OpsBase, ensure_tables

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
JSONL = FIXTURES / "catalog_small.jsonl"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, tmp_path: Path, catalog_db: Any):
    """``mediabot <args>`` in-process on ``catalog_db``; returns (exit code, stdout, stderr)."""
    from mediabot import cli as cli_module

    monkeypatch.setattr(cli_module, "setup_logging", lambda level: None)
    monkeypatch.setenv("MEDIABOT_VAR_DIR", str(tmp_path))
    monkeypatch.setenv("MEDIABOT_GAZETTEER", str(tmp_path / "gazetteer.json"))
    monkeypatch.setenv("DATABASE_URL", catalog_db.url)

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = cli_module.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    ensure_tables(catalog_db.factory)
    with catalog_db.factory.begin() as session:
        for table in OpsBase.metadata.sorted_tables:
            session.execute(table.delete())


def ids(catalog_db: Any) -> set[str]:
    with catalog_db.factory() as session:
        return set(session.scalars(select(Item.source_id)))


def smaller_file(tmp_path: Path, drop: str) -> Path:
    path = tmp_path / "smaller.jsonl"
    lines = JSONL.read_text().splitlines(keepends=True)
    path.write_text("".join(line for line in lines if f'"id": "{drop}"' not in line))
    return path


def test_an_import_bumps_the_catalog_version_and_rewrites_the_gazetteer(cli, catalog_db: Any, tmp_path: Path) -> None:
    before = live.versions(catalog_db.factory).catalog  # the schema may outlive one test on PostgreSQL
    code, out, _ = cli("import", str(JSONL))
    assert code == 0 and "6 new" in out
    assert live.versions(catalog_db.factory).catalog == before + 1
    gazetteer = json.loads((tmp_path / "gazetteer.json").read_text())
    assert {"id": "pod-1", "title": "The Daily Laugh"} in gazetteer["titles"]
    code, out, _ = cli("import", str(JSONL))  # nothing changed: running services have nothing to reload
    assert code == 0 and live.versions(catalog_db.factory).catalog == before + 1


def test_remove_missing_takes_out_what_the_file_no_longer_has(cli, catalog_db: Any, tmp_path: Path) -> None:
    before = live.versions(catalog_db.factory).catalog
    cli("import", str(JSONL))
    code, out, _ = cli("import", str(smaller_file(tmp_path, "ev-1")), "--remove-missing")
    assert code == 0 and "1 removed" in out
    assert "ev-1" not in ids(catalog_db) and len(ids(catalog_db)) == 5
    assert live.versions(catalog_db.factory).catalog == before + 2
    titles = json.loads((tmp_path / "gazetteer.json").read_text())["titles"]
    assert "Cup Final 2022" not in {t["title"] for t in titles}


def test_remove_takes_out_named_titles_only(cli, catalog_db: Any) -> None:
    cli("import", str(JSONL))
    code, out, _ = cli("import", str(JSONL), "--remove", "alb-1", "--remove", "no-such-id")
    assert code == 0 and "1 removed" in out
    assert "alb-1" not in ids(catalog_db) and len(ids(catalog_db)) == 5


def test_editorial_rules_are_added_listed_and_removed(cli, catalog_db: Any) -> None:
    cli("import", str(JSONL))
    rules_before = live.versions(catalog_db.factory).rules
    assert cli("editorial", "block", "Blue Nights", "--note", "rights")[0] == 0
    assert cli("editorial", "pin", "pod-1", "--genre", "comedy")[0] == 0
    assert cli("editorial", "bury", "--genre", "sports", "--weight", "0.5")[0] == 0
    assert cli("editorial", "window", "ev-1", "--until", "2030-01-01", "--territory", "gb")[0] == 0
    assert cli("editorial", "personalization", "off")[0] == 0
    code, out, _ = cli("editorial", "list")
    assert code == 0
    assert "personalization: off" in out
    assert "block alb-1 — rights" in out and "pin pod-1 (genre comedy)" in out
    assert "bury genre sports by 0.5" in out and "window ev-1 until 2030-01-01T00:00:00+00:00 in GB" in out
    listed = json.loads(cli("editorial", "list", "--json")[1])
    first = listed["rules"][0]["id"]
    assert cli("editorial", "rm", str(first))[0] == 0
    assert first not in [r["id"] for r in json.loads(cli("editorial", "list", "--json")[1])["rules"]]
    assert live.versions(catalog_db.factory).rules == rules_before + 6  # every change (4 rules, the switch, a removal) announced to running gateways


@pytest.mark.parametrize("args, code, message", [
    (("editorial", "block", "No Such Title"), 3, "no title or id"),
    (("editorial", "pin", "pod-1", "--genre", "sitcom"), 2, "unknown genre"),
    (("editorial", "window", "pod-1"), 2, "a window needs"),
    (("editorial", "rm", "999"), 3, "no rule 999"),
])
def test_editorial_mistakes_are_reported_with_a_reason(cli, args: tuple[str, ...], code: int, message: str) -> None:
    cli("import", str(JSONL))
    got, _, err = cli(*args)
    assert got == code and message in err
