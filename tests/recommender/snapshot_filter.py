"""What the recommender's hard filter keeps of a snapshot, as catalog ids, so tests can compare it with the
set they compute from the parsed fixture records."""

from __future__ import annotations

from typing import Any

from recommender.constraints import Constraints
from recommender.filters import hard_mask


def kept(snapshot: Any, **constraints: Any) -> set[str]:
    """The source ids of the items that satisfy ``constraints`` (keyword arguments of ``Constraints``)."""
    mask = hard_mask(snapshot, Constraints(**constraints))
    return {snapshot.source_ids[i] for i in mask.nonzero()[0]}
