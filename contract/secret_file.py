"""Secrets that are set by environment or generated once into ``var/`` (mode 0600).

Several processes need the same secret without anyone configuring it: the gateway and the action
server share the recommender API token, every gateway process shares the viewer-key secret. Whoever
starts first generates it; the others read the same file. The file appears atomically (written under a
temporary name, then hard-linked into place, which fails if someone else got there first), so a reader
never sees half a secret. Stdlib only: the Rasa runtime (``actions/``) reads these files too.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_BYTES = 32


def load_or_create(configured: str, path: Path) -> str:
    """``configured`` when set, else the hex secret in ``path``, generated there (0600) when missing."""
    if configured:
        return configured
    existing = _read(path)
    if existing:
        return existing
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(secrets.token_hex(SECRET_BYTES))
    try:
        os.link(tmp, path)
    except FileExistsError:  # another process got there first: theirs is the one
        pass
    finally:
        tmp.unlink(missing_ok=True)
    value = _read(path)
    if not value:
        raise RuntimeError(f"secret file {path} is empty")
    return value


def _read(path: Path) -> str:
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        return ""
