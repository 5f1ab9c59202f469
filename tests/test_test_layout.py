"""Test files need unique names: tests/ has no __init__.py files, so pytest imports each test module by
its basename, and two files with one name in one run stop the whole run with an import mismatch."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_every_test_module_has_a_unique_basename() -> None:
    names = Counter(p.name for p in TESTS.rglob("test_*.py"))
    assert [name for name, count in names.items() if count > 1] == []
