"""What the viewer watched last is where they come from, not what they ask for: "the last thing we watched was a thriller,
want a sci-fi next" asks for science fiction only, "we just finished a horror, now something light" for a light title.

The clause (contract/viewing.py) has the viewer as its subject and a verb of having watched. When the message asks
for a genre or a mood outside it, the genres and moods inside are the story and are dropped. Said alone ("we loved the last thriller we watched, another one please", "just watched a great heist film,
more like that") or naming the same kind again, the clause may be the wish and is left as it is.
"""

from __future__ import annotations

from contract.viewing import viewing_spans

from .spans import STORY_KINDS, Found, drop_story_kinds


def drop_past_viewing(text: str, found: list[Found]) -> list[Found]:
    """Genres and moods inside a past-viewing clause are dropped when the message asks for another genre or mood
    outside it (see the module docstring)."""
    return drop_story_kinds(found, viewing_spans(text), STORY_KINDS)
