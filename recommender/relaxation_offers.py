"""Relaxation offers and whether viewers take them (issue 9 metric "relaxation offers taken").

When nothing matches, the answer offers the nearest relaxation ("any length instead?"). The offer is
remembered per viewer (pseudonymous key) for ``WINDOW``; the viewer's next search whose hard
constraints are exactly the offered ones — the "yes" or the relaxation button, whatever channel — takes
it. Each offer is taken at most once; a different search in between drops it.

Both are structured events (``relaxation_offered``, ``relaxation_taken``) that the gateway's metrics
count; no constraint value, viewer or title is logged. The memory is this process's: with several
gateways, a "yes" answered by another gateway is not counted as taken (an undercount, never an
overcount). Bounded to ``MAX_VIEWERS`` pending offers, oldest dropped first.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Sequence

from recommender.constraints import Constraints

log = logging.getLogger(__name__)

WINDOW_S = 30 * 60
MAX_VIEWERS = 10_000


def hard_key(c: Constraints) -> str:
    """The hard constraints of ``c`` in a canonical form (list order does not matter)."""
    fields = {n: sorted(v) if isinstance(v, list) else v for n in c.hard_fields() for v in [getattr(c, n)]}
    return json.dumps(fields, sort_keys=True, default=str)


class RelaxationOffers:
    """Pending offers by viewer: the hard-constraint keys offered, and when."""

    def __init__(self, window_s: float = WINDOW_S, max_viewers: int = MAX_VIEWERS) -> None:
        self.window_s = window_s
        self.max_viewers = max_viewers
        self._pending: OrderedDict[str, tuple[float, frozenset[str]]] = OrderedDict()
        self._lock = threading.Lock()

    def observe(self, viewer: str, asked: Constraints, offered: Sequence[Constraints]) -> bool:
        """One search of ``viewer`` (``asked``, after merging) and the relaxations its answer offered;
        returns True when this search took the viewer's pending offer."""
        now = time.monotonic()
        with self._lock:
            pending = self._pending.pop(viewer, None)
            taken = pending is not None and now - pending[0] <= self.window_s and hard_key(asked) in pending[1]
            if offered:
                self._pending[viewer] = (now, frozenset(hard_key(c) for c in offered))
                while len(self._pending) > self.max_viewers:
                    self._pending.popitem(last=False)
        if taken:
            log.info("relaxation_taken")
        if offered:
            log.info("relaxation_offered", extra={"options": len(offered)})
        return taken
