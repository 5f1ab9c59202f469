"""Renders the configuration table of the README from ``SETTINGS_DOC`` (``python -m mediabot.settings_doc``).

The README's table is generated, not hand-written, so a new setting cannot be forgotten there; a
test compares the two.
"""

from __future__ import annotations

from contract.settings import SETTINGS_DOC


def markdown_table() -> str:
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, (default, meaning) in SETTINGS_DOC.items():
        shown = f"`{default}`" if default else "(empty)"
        rows.append(f"| `{name}` | {shown} | {meaning.replace('|', '/')} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
