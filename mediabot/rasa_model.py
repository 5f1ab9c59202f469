"""Train the Rasa model only when its inputs change.

The model file is named after a hash of everything that shapes it (config, domain, training data,
custom NLU components, Rasa version), so ``make run`` and ``make test`` reuse it on every later call
and retrain exactly when something relevant changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from contract.settings import PROJECT_ROOT

RASA_VENV = PROJECT_ROOT / ".venv-rasa"
INPUTS = ("config.yml", "domain.yml", "data", "nlu", "contract/vocabulary.py", "contract/gazetteer.py")
MODELS_DIR = PROJECT_ROOT / "models"


def rasa_bin(name: str = "rasa") -> Path:
    return RASA_VENV / "bin" / name


def inputs_hash(root: Path = PROJECT_ROOT) -> str:
    h = hashlib.sha256()
    for entry in INPUTS:
        path = root / entry
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix in (".pyc",) or "__pycache__" in f.parts:
                continue
            h.update(str(f.relative_to(root)).encode())
            h.update(f.read_bytes())
    version = subprocess.run([str(rasa_bin("python")), "-c", "import rasa; print(rasa.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    h.update(version.encode())
    return h.hexdigest()[:16]


def ensure_model(root: Path = PROJECT_ROOT) -> Path:
    """Path of the trained model for the current inputs, training it first if needed.

    A file lock makes concurrent callers (parallel test sessions, ``make run`` beside ``make test``)
    wait for one training instead of racing two into the same file.
    """
    import fcntl

    name = f"mediabot-{inputs_hash(root)}"
    model = MODELS_DIR / f"{name}.tar.gz"
    if model.exists():
        return model
    MODELS_DIR.mkdir(exist_ok=True)
    with (MODELS_DIR / ".train.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not model.exists():
            _train(root, name, model)
    return model


def _train(root: Path, name: str, model: Path) -> None:
    print(f"training the Rasa model ({name}); this takes a minute or two on the first run…", file=sys.stderr)
    subprocess.run([str(rasa_bin()), "train", "--fixed-model-name", name, "--out", str(MODELS_DIR),
                    "--config", "config.yml", "--domain", "domain.yml", "--data", "data"],
                   cwd=root, check=True, env=runtime_env(root))
    for old in MODELS_DIR.glob("mediabot-*.tar.gz"):
        if old != model:
            old.unlink(missing_ok=True)


def runtime_env(root: Path = PROJECT_ROOT) -> dict[str, str]:
    """The environment of a Rasa-runtime process: the project importable (the custom NLU component,
    the actions, ``contract``), TensorFlow and SQLAlchemy 1.4 quiet."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(root)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
    return env
