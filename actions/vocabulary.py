"""The project's canonical vocabulary (genres, moods, audiences, ratings) as seen from the actions.

The single source of truth is ``recommender/catalog/vocabulary.py`` (stdlib only). Importing it as
``recommender.catalog.vocabulary`` would also execute ``recommender/__init__.py`` and
``recommender/catalog/__init__.py``, which belong to the gateway runtime and may one day import
SQLAlchemy or numpy that ``.venv-rasa`` does not have (or has in incompatible versions). So the file
is loaded by path, on its own, which keeps the action server independent of the gateway's packages.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

PROJECT_ROOT = Path(__file__).resolve().parent.parent
_VOCABULARY_FILE = PROJECT_ROOT / "recommender" / "catalog" / "vocabulary.py"
_MODULE_NAME = "_mediabot_vocabulary"


def _load() -> ModuleType:
    """Load vocabulary.py as a standalone module (once per process)."""
    if _MODULE_NAME in sys.modules:
        return sys.modules[_MODULE_NAME]
    spec = importlib.util.spec_from_file_location(_MODULE_NAME, _VOCABULARY_FILE)
    if spec is None or spec.loader is None:  # pragma: no cover - the file ships with the project
        raise ImportError(f"cannot load the vocabulary from {_VOCABULARY_FILE}")
    module = importlib.util.module_from_spec(spec)
    # Registered before exec so dataclasses can resolve the module of their own classes.
    sys.modules[_MODULE_NAME] = module
    spec.loader.exec_module(module)
    return module


_vocab = _load()

GENRE_IDS: frozenset[str] = _vocab.GENRE_IDS
GENRE_LABELS: dict[str, str] = {g.id: g.label for g in _vocab.GENRES}
MEDIA_TYPES: tuple[str, ...] = _vocab.MEDIA_TYPES
AUDIENCES: tuple[str, ...] = _vocab.AUDIENCES
RATINGS: tuple[str, ...] = _vocab.RATINGS
MOODS: tuple[str, ...] = _vocab.MOODS
LANGUAGE_NAMES: dict[str, str] = _vocab.LANGUAGE_NAMES

# The media types a viewer can narrow to in a video catalog ("not a series" -> the others).
VIEWER_MEDIA_TYPES: tuple[str, ...] = ("movie", "series", "special")


def genre_label(genre_id: str) -> str:
    """Human label of a genre id ("sci-fi" -> "Science fiction"); unknown ids are shown as-is."""
    return GENRE_LABELS.get(genre_id, genre_id)


def language_label(code: str) -> str:
    """Human name of an ISO 639-1 code ("ko" -> "Korean"); unknown codes are shown as-is."""
    return LANGUAGE_NAMES.get(code, code)
