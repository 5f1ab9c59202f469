"""What the viewer watched last is where they come from, not what they ask for: "the last thing we watched was a thriller,
want a sci-fi next" asks for science fiction only, "we just finished a horror, now something light" for a light title.

The clause (contract/viewing.py) has the viewer as its subject and a verb of having watched. When the message asks
for a genre or a mood outside it, the genres and moods inside are the story and are dropped. Said alone ("we loved the last thriller we watched, another one please", "just watched a great heist film,
more like that") or naming the same kind again, the clause may be the wish and is left as it is.
"""

from __future__ import annotations

from contract.viewing import viewing_spans

from .spans import Found

_STORY_KINDS = frozenset({"genre", "mood"})


def drop_past_viewing(text: str, found: list[Found]) -> list[Found]:
    """Genres and moods inside a past-viewing clause are dropped when the message asks for another genre or mood
    outside it (see the module docstring)."""
    spans = viewing_spans(text)
    if not spans:
        return found

    def inside(f: Found) -> bool:
        return any(s <= f.start < e for s, e in spans)

    asked = {(f.entity, f.value) for f in found if f.entity in _STORY_KINDS and f.role is None and not inside(f)}
    if not asked:
        return found
    return [f for f in found
            if not (f.entity in _STORY_KINDS and f.role is None and inside(f) and (f.entity, f.value) not in asked)]
