"""Quick-reply buttons: the next steps a viewer is most likely to want, one tap away.

Payloads are Rasa intents with entities (contract §3), so a tap goes through exactly the same
dialogue logic as typing the words would, and channels without buttons lose nothing but convenience.
They travel inside the answer (``quick_replies`` of ``contract.payloads``), never as Rasa ``buttons``.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Optional, Sequence

from contract.constraints import Constraints
from contract.payloads import QuickReply
from contract.vocabulary import AUDIENCES, KIDS_WORD_AUDIENCE

Buttons = tuple[QuickReply, ...]
MAX_BUTTONS = 5


def payload(intent: str, entities: Optional[Mapping[str, Any]] = None) -> str:
    """``/intent{"entity":"value"}`` (compact JSON, as Rasa's payload parser expects)."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}" + json.dumps(dict(entities), separators=(",", ":"), ensure_ascii=False)


def button(title: str, intent: str, entities: Optional[Mapping[str, Any]] = None) -> QuickReply:
    return QuickReply(title, payload(intent, entities))


def more_like_title(title: str, item_id: str) -> QuickReply:
    """"More like <title>": a like-search anchored on that catalog item."""
    return button(f"More like {title}", "more_like", {"item_id": item_id})


# The buttons and fixed sets of buttons several answers offer (QuickReply is frozen: safe to share).
MORE_LIKE = button("More like this", "more_like")
SOMETHING_ELSE = button("Something else", "something_else")
START_OVER = button("Start over", "start_over")

# Genre/mood chips offered with a vague request, a fresh start or the help text: a spread of popular
# directions instead of a question.
STARTERS: Buttons = (
    button("Comedy", "request_recommendation", {"genre": "comedy"}),
    button("Thriller", "request_recommendation", {"genre": "thriller"}),
    button("Documentary", "request_recommendation", {"genre": "documentary"}),
    button("Feel-good", "request_recommendation", {"mood": "feel-good"}),
    button("For kids", "request_recommendation", {"audience": KIDS_WORD_AUDIENCE}),
    button("Under 30 min", "refine", {"duration": "-30"}),
)

# Next steps after details about one title (the title is remembered as the focused item).
ITEM_FOLLOWUPS: Buttons = (MORE_LIKE, button("Why this one?", "why_this"),
                           button("I've seen it", "feedback_seen"), SOMETHING_ELSE)

# Examples of what the bot can do, used when the viewer has to start somewhere.
HELP_EXAMPLES: Buttons = (
    QuickReply("Comedies under 40 minutes", "comedies under 40 minutes"),
    QuickReply("Something for my kids", "something for my kids"),
    QuickReply("Like Stranger Things", "something like Stranger Things"),
    QuickReply("Surprise me", "/request_recommendation"),
)


def refinement_buttons(state: Constraints, has_runtimes: bool) -> Buttons:
    """Follow-ups after a list: only those that would change something for this state.
    ``has_runtimes``: some title shown has a runtime in minutes (else "shorter" has no reference)."""
    out = [SOMETHING_ELSE]
    if state.max_minutes is None or state.max_minutes > 15:
        if has_runtimes or state.max_minutes:
            out.append(button("Shorter", "refine", {"duration": "shorter"}))
    if state.media_type != ["movie"]:
        out.append(button("Only movies", "refine", {"media_type": "movie"}))
    else:
        out.append(button("Only series", "refine", {"media_type": "series"}))
    if state.audience is None or AUDIENCES.index(state.audience) > AUDIENCES.index(KIDS_WORD_AUDIENCE):
        out.append(button("For kids", "refine", {"audience": KIDS_WORD_AUDIENCE}))
    out.append(START_OVER)
    return tuple(out[:MAX_BUTTONS])


def relaxation_button(label: str) -> QuickReply:
    """Accept the recommender's nearest relaxation (the action remembers which one was offered)."""
    label = label or "Loosen the search"
    return button(label[0].upper() + label[1:], "affirm")


def item_choice_buttons(intent: str, items: Sequence[Mapping[str, Any]]) -> Buttons:
    """"Which one?" buttons: one per shown item (as remembered in ``last_items``), carrying its position."""
    return tuple(button(str(item.get("title") or f"#{i}"), intent, {"position": str(i)})
                 for i, item in enumerate(items, start=1))[:MAX_BUTTONS]
