"""Slang praise of a like-search's anchor ("<title> was lowkey sick ngl, anything like it", "loved <title> to bits"):
the words say how much the viewer liked the title, never what to search for.

``contract.praise`` finds the praise beside each title the message names. Its words are no query ("sick" is no
illness there, "fire" no blaze: ``praise_spans`` for actions/query_text.py), and what another reader made of a hedge
inside it ("lowkey" read as a relaxing mood) is dropped (``without_readings_of_praise``). The same words away from a
title keep their meaning ("something sick and twisted").
"""

from __future__ import annotations

from typing import Sequence

from actions.entities import Entity
from contract.praise import praise_after_title


def praise_spans(text: str | None, entities: Sequence[Entity]) -> list[tuple[int, int]]:
    """The character spans of praise said of each title entity of ``text``."""
    if not text or text.startswith("/"):
        return []
    found = (praise_after_title(text, e.start, e.end) for e in entities
             if e.name == "title" and e.start is not None and e.end is not None)
    return [span for span in found if span is not None]


def without_readings_of_praise(text: str | None, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` without those read from inside a title's praise ("lowkey" of "lowkey sick" as a mood)."""
    spans = praise_spans(text, entities)
    if not spans:
        return list(entities)
    return [e for e in entities if e.name == "title" or e.start is None or e.end is None
            or not any(lo <= e.start and e.end <= hi for lo, hi in spans)]
