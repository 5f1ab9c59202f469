"""Decoding stored Rasa events without Rasa's per-event class search.

``rasa.shared.core.events.Event.resolve_by_type`` walks every ``Event`` subclass for each event it
decodes; on a tracker of a few hundred events that was the largest single cost of a turn. The class of
an event name never changes in a running process, so the table is built once.
"""

from __future__ import annotations

import functools
from typing import Any, Dict, Iterable, List, Optional, Type

from rasa.shared.core.events import Event
from rasa.shared.utils.common import all_subclasses


@functools.lru_cache(maxsize=1)
def _event_classes() -> Dict[str, Type[Event]]:
    table: Dict[str, Type[Event]] = {}
    for cls in all_subclasses(Event):
        # The first class found wins, as in Event.resolve_by_type (subclasses may share a type name).
        table.setdefault(cls.type_name, cls)
    return table


def event_class(type_name: str) -> Optional[Type[Event]]:
    """The class Rasa would pick for ``type_name``; None for a name no class has."""
    cls = _event_classes().get(type_name)
    if cls is None:  # a class defined after the table was built (a plugin imported late)
        _event_classes.cache_clear()
        cls = _event_classes().get(type_name)
    return cls


def decode_events(dumps: Iterable[Dict[str, Any]]) -> List[Event]:
    """Events from their ``as_dict`` form, in order.

    An event of an unknown type (written by another Rasa version) is left out, where Rasa would raise:
    one unreadable row must not make a viewer's conversation fail on every turn."""
    decoded: List[Event] = []
    for dump in dumps:
        cls = event_class(dump.get("event", ""))
        event = cls._from_parameters(dump) if cls is not None else None
        if event is not None:
            decoded.append(event)
    return decoded
