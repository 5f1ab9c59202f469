"""The Makefile declares as phony exactly targets it defines (a stale name there hides nothing but
misleads the reader)."""

from __future__ import annotations

import re

from contract.settings import PROJECT_ROOT

MAKEFILE = (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")


def test_every_phony_target_is_defined() -> None:
    phony = {name for line in re.findall(r"^\.PHONY:(.*)$", MAKEFILE, re.M) for name in line.split()}
    defined = set(re.findall(r"^([A-Za-z][\w-]*):", MAKEFILE, re.M))
    assert phony and phony <= defined, sorted(phony - defined)
