"""The README's configuration table is the one generated from SETTINGS_DOC (no setting forgotten)."""

from __future__ import annotations

from contract.settings import PROJECT_ROOT
from mediabot.settings_doc import markdown_table


def test_readme_lists_every_setting_as_documented() -> None:
    assert markdown_table() in (PROJECT_ROOT / "README.md").read_text()
