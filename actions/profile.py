"""Taking a signal back in words: "I haven't actually seen Dark", "remove my like of Narcos", "undo my
dislike of the second one".

The title is resolved like any feedback (a position, "it", a title the NLU found: ``referenced_id``);
which signal goes follows the words — seen/watched → "seen", dislike/hate → "dislike", like/love →
"like" — and when the words name none, every signal about the title is taken back. The answer says what
was forgotten, or that nothing was recorded (recommender: ``POST /api/feedback`` with ``undo``).
"""

from __future__ import annotations

import re

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import TurnAction
from actions.details import referenced_id
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.reply import say
from actions.turn import FOCUSED_ID, Turn
from contract import wording

ALL_KINDS = ("like", "dislike", "seen")
_WORDS = (
    ("seen", re.compile(r"\b(seen|watched|watch)\b", re.I)),
    ("dislike", re.compile(r"\b(dislike[sd]?|hated?|didn'?t like|did not like|thumbs? down)\b", re.I)),
    ("like", re.compile(r"\b(?<!dis)(like[sd]?|loved?|thumbs? up)\b", re.I)),
)


def kinds_named(text: str) -> tuple[str, ...]:
    """The signals the words name ("remove my like" → like); all of them when none is named."""
    found = []
    rest = text or ""
    for kind, pattern in _WORDS:
        if pattern.search(rest):
            found.append(kind)
            rest = pattern.sub(" ", rest)  # "didn't like" is a dislike, not also a like
    return tuple(found) or ALL_KINDS


class ActionFeedbackUndo(TurnAction):
    """Take back a like, dislike or seen about one title."""

    action_name = "action_feedback_undo"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        try:
            ref = await referenced_id(dispatcher, turn, "feedback_undo")
            if ref is None:
                return []
            undone = [kind for kind in kinds_named(turn.text or "")
                      if await get_client().undo_feedback(turn.sender_id, str(ref.item_id), kind)]
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        say(dispatcher, wording.feedback_undone(undone, ref.title or "that title"))
        return [SlotSet(FOCUSED_ID, str(ref.item_id))]
