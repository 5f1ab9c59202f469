"""Experiments: variants of the ranking, defined in a file, assigned to viewers by a hash.

Operators describe experiments in YAML (``MEDIABOT_EXPERIMENTS``, default ``experiments.yml``; a
missing file means no experiment). Each experiment has variants; a variant states only what it
changes from the built-in ranking: ``prior_weight`` (how much the cold-start prior moves a title),
``profile_weight`` (how much the viewer's liked titles steer a search), ``diversity`` (the MMR
penalty), ``personalization`` (false: the unpersonalised ranking) and ``items`` (list length for
requests that asked for the standard five). ``share`` splits viewers (relative, default 1 each).

Assignment is a pure function of the viewer key and the experiment's name (SHA-256, so it needs no
table, is the same on every gateway process and after a restart, and two experiments split viewers
independently). Only known viewers take part: an anonymous request gets the built-in ranking and no
impression. At most one experiment runs at a time: every variant tunes the same ranking, and an
impression records one ``"<experiment>:<variant>"`` label (``recommender.impressions``).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

log = logging.getLogger(__name__)

NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,30}$")  # "<experiment>:<variant>" fits impressions.variant (64)
MAX_ITEMS = 20
_SCALE = float(1 << 64)


class ExperimentsFileError(ValueError):
    """The experiments file cannot be used; the message names the file and the offending entry."""


@dataclass(frozen=True)
class Tuning:
    """What one variant changes; ``None`` keeps the built-in value."""

    prior_weight: float | None = None
    profile_weight: float | None = None
    diversity: float | None = None
    personalization: bool = True
    items: int | None = None


BUILT_IN = Tuning()


@dataclass(frozen=True)
class Assignment:
    """A viewer's variant in the running experiment."""

    experiment: str
    variant: str
    tuning: Tuning

    @property
    def label(self) -> str:
        """What an impression records (``impressions.variant``)."""
        return f"{self.experiment}:{self.variant}"


class VariantSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    share: float = Field(default=1.0, gt=0)
    prior_weight: float | None = Field(default=None, ge=0, le=10)
    profile_weight: float | None = Field(default=None, ge=0, le=10)
    diversity: float | None = Field(default=None, ge=0, le=10)
    personalization: bool = True
    items: int | None = Field(default=None, ge=1, le=MAX_ITEMS)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return _checked_name(v)

    def tuning(self) -> Tuning:
        return Tuning(self.prior_weight, self.profile_weight, self.diversity, self.personalization, self.items)


class ExperimentSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    running: bool = False
    description: str = ""
    variants: list[VariantSpec] = Field(min_length=2)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        return _checked_name(v)

    @model_validator(mode="after")
    def _unique_variants(self) -> ExperimentSpec:
        names = [v.name for v in self.variants]
        if len(set(names)) != len(names):
            raise ValueError(f"variant names repeat in experiment {self.name!r}")
        return self

    @property
    def baseline(self) -> str:
        """The first variant: the one the report compares the others with."""
        return self.variants[0].name


class ExperimentsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    experiments: list[ExperimentSpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _one_running(self) -> ExperimentsFile:
        names = [e.name for e in self.experiments]
        if len(set(names)) != len(names):
            raise ValueError("experiment names repeat")
        running = [e.name for e in self.experiments if e.running]
        if len(running) > 1:
            raise ValueError(f"only one experiment may run at a time (running: {', '.join(running)})")
        return self


def _checked_name(v: str) -> str:
    if not NAME_RE.match(v):
        raise ValueError("names are 1-31 of a-z, 0-9, '-' and '_', starting with a letter or digit")
    return v


def bucket(viewer: str, experiment: str) -> float:
    """A number in [0, 1), uniform over viewer keys and independent between experiments."""
    digest = hashlib.sha256(f"{experiment}\x00{viewer}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / _SCALE


def choose(variants: Sequence[VariantSpec], u: float) -> VariantSpec:
    """The variant whose slice of [0, 1) (sized by ``share``) holds ``u``."""
    total = sum(v.share for v in variants)
    edge = 0.0
    for v in variants:
        edge += v.share / total
        if u < edge:
            return v
    return variants[-1]  # u rounding past the last edge


@dataclass(frozen=True)
class Experiments:
    """The experiments of one file, as read at start-up."""

    specs: tuple[ExperimentSpec, ...] = ()
    source: str = ""

    @property
    def running(self) -> ExperimentSpec | None:
        return next((e for e in self.specs if e.running), None)

    def spec(self, name: str) -> ExperimentSpec | None:
        return next((e for e in self.specs if e.name == name), None)

    def assign(self, viewer: str | None) -> Assignment | None:
        """The viewer's variant in the running experiment; None for anonymous requests or when none runs."""
        exp = self.running
        if not viewer or exp is None:
            return None
        chosen = choose(exp.variants, bucket(viewer, exp.name))
        return Assignment(exp.name, chosen.name, chosen.tuning())


NO_EXPERIMENTS = Experiments()


def parse(data: Any, source: str = "<experiments>") -> Experiments:
    """Experiments from parsed YAML; precise errors name the entry (``experiments.0.variants.1.diversity``)."""
    if data is None:
        return Experiments(source=source)
    try:
        parsed = ExperimentsFile.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'file'}: {e['msg']}" for e in exc.errors())
        raise ExperimentsFileError(f"{source}: {problems}") from None
    return Experiments(tuple(parsed.experiments), source)


def load(path: Path) -> Experiments:
    """The experiments in ``path``; a missing file means none."""
    if not path.is_file():
        return Experiments(source=str(path))
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ExperimentsFileError(f"{path}: not YAML ({exc})") from None
    loaded = parse(data, str(path))
    running = loaded.running
    log.info("experiments_loaded", extra={"experiments": len(loaded.specs),
                                          "running": running.name if running else None,
                                          "variants": [v.name for v in running.variants] if running else []})
    return loaded
