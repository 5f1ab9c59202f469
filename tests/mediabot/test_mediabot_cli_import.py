"""`mediabot import`: exit codes (0 ok, 2 usage, 3 bad data), messages, and what lands in the catalog.

The headline case (a bad file changes nothing) runs the installed console script in a subprocess with
DATABASE_URL pointing at a real SQLite file or the session's PostgreSQL schema. The other cases call
the same ``main()`` in-process (same argument parsing, settings from the environment, same exit codes),
which keeps them fast; only the JSON log setup is skipped there so pytest keeps its own handlers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recommender.catalog.importers import parse_file
from recommender.catalog.models import Item
from recommender.catalog.store import count_items, upsert

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
BAD_CSV = FIXTURES / "netflix_bad_rows.csv"
BAD_JSONL = FIXTURES / "catalog_bad_rows.jsonl"
GOOD_JSONL = FIXTURES / "catalog_small.jsonl"
BAD_CSV_LINES = [5, 6, 7, 8, 9, 10, 11, 12, 14]


def mediabot(*args: str, database_url: str, var_dir: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    script = Path(sys.executable).with_name("mediabot")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "mediabot.cli"]
    env = {**os.environ, "DATABASE_URL": database_url, "MEDIABOT_VAR_DIR": str(var_dir),
           "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1", "MEDIABOT_LOG_LEVEL": "WARNING"}
    return subprocess.run([*cmd, *args], env=env, capture_output=True, text=True, timeout=timeout, cwd=var_dir)


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture, tmp_path: Path):
    """Run ``mediabot <args>`` in-process against a database URL; returns (exit code, stdout, stderr)."""
    from mediabot import cli as cli_module

    monkeypatch.setattr(cli_module, "setup_logging", lambda level: None)
    monkeypatch.setenv("MEDIABOT_VAR_DIR", str(tmp_path))

    def run_cli(*args: str, database_url: str) -> tuple[int, str, str]:
        monkeypatch.setenv("DATABASE_URL", database_url)
        capsys.readouterr()
        code = cli_module.main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run_cli


def titles(factory: Any) -> dict[str, str]:
    with factory() as session:
        return dict(session.execute(select(Item.source_id, Item.title)).all())


def snapshot_of(factory: Any) -> list[tuple]:
    """Every column of every item plus its genres, to prove "unchanged" means content too."""
    with factory() as session:
        return sorted((i.source_id, i.title, i.runtime_minutes, i.rating, i.content_hash,
                       tuple(sorted(g.genre for g in i.genres))) for i in session.scalars(select(Item)))


@pytest.fixture
def seeded(catalog_db: Any, netflix_small_records: list[Any]) -> Any:
    """The first 30 titles of the fixture catalog (s14 among them), imported in-process."""
    upsert(catalog_db.factory, netflix_small_records[:30])
    catalog_db.engine.dispose()
    return catalog_db


# --- both backends ------------------------------------------------------------------------------------

def test_console_script_refuses_a_bad_file_names_every_bad_line_and_changes_nothing(seeded: Any, tmp_path: Path) -> None:
    before = snapshot_of(seeded.factory)
    result = mediabot("import", str(BAD_CSV), database_url=seeded.url, var_dir=tmp_path)
    assert result.returncode == 3, result.stderr
    for line in BAD_CSV_LINES:
        assert f"{BAD_CSV}: line {line} (" in result.stderr, line
    assert "error: 9 bad row(s); nothing was imported" in result.stderr
    assert "--skip-invalid" in result.stderr
    assert result.stdout == ""
    assert count_items(seeded.factory) == 30
    assert snapshot_of(seeded.factory) == before  # the valid update of s14 did not land either


def test_skip_invalid_imports_only_the_valid_rows(seeded: Any, cli) -> None:
    code, out, err = cli("import", str(BAD_CSV), "--skip-invalid", database_url=seeded.url)
    assert code == 0, err
    assert "imported netflix_bad_rows.csv: 3 new, 1 updated, 0 unchanged, 9 skipped" in out
    assert all(f"line {line} (" in err for line in BAD_CSV_LINES)
    now = titles(seeded.factory)
    assert len(now) == 33
    assert now["s14"] == "Confessions of an Invisible Girl (Director's Cut)"
    assert {"s9001", "s9002", "s9011"} <= now.keys()
    assert not {"s9003", "s9004", "s9005", "s9006", "s9007", "s9008", "s9009", "s9010"} & now.keys()
    assert now["s9001"] == "Paper Lanterns"  # the duplicate on line 10 was refused, the first row kept


def test_reimport_of_a_changed_file_updates_in_place(seeded: Any, cli, tmp_path: Path) -> None:
    source = tmp_path / "changed.csv"
    lines = (FIXTURES / "netflix_small.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    header, rows = lines[0], lines[1:31]
    rows[0] = rows[0].replace("Confessions of an Invisible Girl", "Confessions of an Invisible Girl II")
    source.write_text(header + "".join(rows), encoding="utf-8")
    before = snapshot_of(seeded.factory)
    code, out, err = cli("import", str(source), database_url=seeded.url)
    assert code == 0, err
    assert "0 new, 1 updated, 29 unchanged, 0 skipped" in out
    after = snapshot_of(seeded.factory)
    assert len(after) == 30
    assert [row for row in after if row[0] != "s14"] == [row for row in before if row[0] != "s14"]
    assert titles(seeded.factory)["s14"] == "Confessions of an Invisible Girl II"


def test_bad_jsonl_file_exits_3_and_changes_nothing(seeded: Any, cli) -> None:
    before = snapshot_of(seeded.factory)
    code, out, err = cli("import", str(BAD_JSONL), database_url=seeded.url)
    assert code == 3 and out == ""
    for line in range(2, 11):
        assert f"{BAD_JSONL}: line {line}" in err, line
    assert snapshot_of(seeded.factory) == before


def test_jsonl_import_with_skip_invalid(catalog_db: Any, cli) -> None:
    code, out, err = cli("import", str(BAD_JSONL), "--skip-invalid", database_url=catalog_db.url)
    assert code == 0, err
    assert "imported catalog_bad_rows.jsonl: 2 new, 0 updated, 0 unchanged, 9 skipped" in out
    assert set(titles(catalog_db.factory)) == {"ok-1", "ok-2"}


def test_import_then_reimport_is_idempotent(catalog_db: Any, cli) -> None:
    first = cli("import", str(GOOD_JSONL), database_url=catalog_db.url)
    second = cli("import", str(GOOD_JSONL), database_url=catalog_db.url)
    assert first[0] == second[0] == 0
    assert "6 new, 0 updated, 0 unchanged, 0 skipped" in first[1]
    assert "0 new, 0 updated, 6 unchanged, 0 skipped" in second[1]
    assert count_items(catalog_db.factory) == 6


def test_over_long_names_are_reported_as_bad_rows_on_every_backend(catalog_db: Any, cli, tmp_path: Path) -> None:
    """PostgreSQL refuses a 300-character name mid-transaction; the importer must report the line instead."""
    path = tmp_path / "long.jsonl"
    path.write_text('{"id": "a", "type": "movie", "title": "Fine"}\n'
                    '{"id": "b", "type": "movie", "title": "T", "cast": ["' + "x" * 300 + '"]}\n', encoding="utf-8")
    code, out, err = cli("import", str(path), database_url=catalog_db.url)
    assert code == 3, err
    assert f"{path}: line 2 (b): cast" in err
    assert count_items(catalog_db.factory) == 0


# --- usage and unreadable files --------------------------------------------------------------------------

@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_format_can_be_forced_for_an_unusual_extension(sqlite_url: str, cli, tmp_path: Path) -> None:
    odd = tmp_path / "catalog.txt"
    shutil.copy(GOOD_JSONL, odd)
    code, _, err = cli("import", str(odd), database_url=sqlite_url)
    assert code == 2 and "pass --format netflix|jsonl" in err
    code, out, _ = cli("import", str(odd), "--format", "jsonl", database_url=sqlite_url)
    assert code == 0 and "6 new" in out


def test_missing_file_exits_2(sqlite_url: str, cli, tmp_path: Path) -> None:
    code, _, err = cli("import", str(tmp_path / "nope.csv"), database_url=sqlite_url)
    assert code == 2
    assert f"error: no such file: {tmp_path / 'nope.csv'}" in err


def test_unknown_format_option_is_a_usage_error(sqlite_url: str, cli) -> None:
    with pytest.raises(SystemExit) as exc:
        cli("import", str(GOOD_JSONL), "--format", "xml", database_url=sqlite_url)
    assert exc.value.code == 2


def test_file_that_is_not_utf8_exits_3(sqlite_url: str, cli, tmp_path: Path) -> None:
    latin = tmp_path / "latin1.jsonl"
    latin.write_bytes('{"id": "a", "type": "movie", "title": "Amélie"}\n'.encode("latin-1"))
    code, _, err = cli("import", str(latin), database_url=sqlite_url)
    assert code == 3
    assert str(latin) in err and "utf-8" in err.lower()


def test_wrong_header_exits_3_on_line_1(sqlite_url: str, cli, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("id,name\n1,x\n", encoding="utf-8")
    code, _, err = cli("import", str(wrong), database_url=sqlite_url)
    assert code == 3
    assert f"{wrong}: line 1: missing column(s): show_id" in err


def test_the_fixture_catalog_lands_exactly_as_parsed(sqlite_url: str, cli) -> None:
    code, out, err = cli("import", str(FIXTURES / "netflix_small.csv"), database_url=sqlite_url)
    assert code == 0, err
    assert "596 new, 0 updated, 0 unchanged, 0 skipped" in out
    from recommender.catalog.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    stored = titles(session_factory(engine))
    engine.dispose()
    assert stored == {r.source_id: r.title for r in parse_file(FIXTURES / "netflix_small.csv", "netflix").records}
