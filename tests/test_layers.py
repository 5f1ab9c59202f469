"""The package layers, bottom to top, and what each may import (docs: DESIGN.md, STYLE.md §6):

    contract  (stdlib only; both runtimes install it)
    recommender
    bot  |  actions + nlu + conversations   (side by side: never import each other; the right side runs in
                                              .venv-rasa: the action server, and the Rasa server's plugins)
    mediabot  (CLI, supervisor, benchmarks: the only package that may import all the others)

Every import statement of every module is read with ``ast`` (imports inside functions too, because a
lazy import is still a dependency), so a new cycle fails here before anyone has to untangle it.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("contract", "recommender", "bot", "actions", "nlu", "conversations", "mediabot")

# package -> the project packages it may import (itself included).
MAY_IMPORT: dict[str, frozenset[str]] = {
    "contract": frozenset({"contract"}),
    "recommender": frozenset({"contract", "recommender"}),
    "bot": frozenset({"contract", "recommender", "bot"}),
    "actions": frozenset({"contract", "actions"}),
    "nlu": frozenset({"contract", "nlu"}),
    "conversations": frozenset({"contract", "conversations"}),
    "mediabot": frozenset(PACKAGES),
}

# What .venv-rasa offers besides the standard library (DESIGN.md: rasa, rasa-sdk, spaCy, aiohttp).
# Rasa's own SQLAlchemy 1.4; english_words is the offline dictionary pinned in nlu/requirements.txt
RASA_RUNTIME = frozenset({"rasa", "rasa_sdk", "spacy", "aiohttp", "sqlalchemy", "english_words"})
RASA_SIDE = ("actions", "nlu", "conversations")

RASA_PYTHON = ROOT / ".venv-rasa" / "bin" / "python"


@dataclass(frozen=True)
class Import:
    """One imported module, absolute, as written in ``source`` at ``line``."""

    source: Path
    line: int
    module: str

    @property
    def top(self) -> str:
        return self.module.split(".")[0]

    def __str__(self) -> str:
        return f"{self.source.relative_to(ROOT)}:{self.line} imports {self.module}"


def modules(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "__pycache__" not in p.parts)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> Iterator[Import]:
    """Every module ``path`` imports; relative imports resolved against its package."""
    is_package = path.name == "__init__.py"
    package = module_name(path).split(".") if is_package else module_name(path).split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(path, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                yield Import(path, node.lineno, node.module or "")
                continue
            base = package[:len(package) - (node.level - 1)]
            yield Import(path, node.lineno, ".".join([*base, *([node.module] if node.module else [])]))


def all_imports(packages: tuple[str, ...] = PACKAGES) -> Iterator[tuple[str, Import]]:
    for package in packages:
        for path in modules(package):
            for imp in imports(path):
                yield package, imp


def exists(module: str) -> bool:
    """A project module exists as a file or a package directory."""
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def test_every_package_has_modules() -> None:
    """Guards the walk itself: a renamed package would otherwise make every check below pass."""
    assert all(modules(package) for package in PACKAGES)


def test_no_package_imports_a_layer_above_or_beside_it() -> None:
    wrong = [f"{imp} (a {package} module may import only {sorted(MAY_IMPORT[package])})"
             for package, imp in all_imports() if imp.top in PACKAGES and imp.top not in MAY_IMPORT[package]]
    assert not wrong, "\n".join(wrong)


def test_every_project_import_names_an_existing_module() -> None:
    """A module moved without updating its importers (for example ``from ..gazetteer import``
    after the gazetteer moved to contract/) shows up here, not first in a Rasa training run."""
    missing = [str(imp) for _, imp in all_imports() if imp.top in PACKAGES and not exists(imp.module)]
    assert not missing, "\n".join(missing)


def test_actions_and_nlu_import_only_what_the_rasa_runtime_has() -> None:
    project = frozenset(PACKAGES)
    wrong = [str(imp) for _, imp in all_imports(RASA_SIDE)
             if imp.top not in sys.stdlib_module_names and imp.top not in project | RASA_RUNTIME]
    assert not wrong, "\n".join(wrong)


def test_contract_imports_only_the_standard_library_and_itself() -> None:
    wrong = [str(imp) for _, imp in all_imports(("contract",))
             if imp.top != "contract" and imp.top not in sys.stdlib_module_names]
    assert not wrong, "\n".join(wrong)


# Runs in a fresh interpreter without site-packages (-S), under both runtimes (the gateway's Python and
# .venv-rasa's 3.10): whatever importing the contract loads must be the standard library or the contract.
_LOADED_BY_CONTRACT = """
import importlib, json, sys
sys.path.insert(0, {root!r})
before = set(sys.modules)
for name in {names!r}:
    importlib.import_module(name)
new = sorted(m for m in set(sys.modules) - before if m.split(".")[0] not in sys.stdlib_module_names)
print(json.dumps(new))
"""


@pytest.mark.parametrize("python", [sys.executable, str(RASA_PYTHON)], ids=["gateway", "rasa"])
def test_importing_the_contract_loads_only_standard_library_modules(python: str) -> None:
    names = [module_name(p) for p in modules("contract")]
    code = _LOADED_BY_CONTRACT.format(root=str(ROOT), names=names)
    result = subprocess.run([python, "-S", "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = json.loads(result.stdout)
    assert {m.split(".")[0] for m in loaded} == {"contract"}, loaded
