"""From a turn to the recommender request it implies (pure; the action only does the I/O).

What each intent means for the search:

* ``request_recommendation`` — a new search when it names a subject, otherwise a refinement
  (see ``constraints.starts_new_search``); a title makes it "like <title>".
* ``refine`` — this turn's entities change the current search.
* ``something_else`` — same constraints (plus any new ones), excluding everything already shown.
* ``more_like`` — the referenced item (position, title, focused, or the only one shown) becomes the
  ``similar_to`` anchor; it and the titles already shown are excluded.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Optional, Union

from actions import buttons
from actions.constraints import apply_entities, starts_new_search
from actions.cues import cue_entities
from actions.entities import Entity
from actions.query_text import residual_query
from actions.references import Reference, UnresolvedReference, lookup_title_id, resolve
from actions.turn import Turn
from contract.constraints import Constraints
from contract.payloads import QuickReply

DEFAULT_LIMIT = 5
REFERENCE_ENTITIES = frozenset({"position", "title", "item_id"})


@dataclass
class Plan:
    """A recommender call to make, and how to remember its result."""

    constraints: Constraints
    exclude_ids: list[str] = field(default_factory=list)
    shown_ids: list[str] = field(default_factory=list)  # shown earlier in this search
    diverse: bool = False  # a vague request: the recommender's diversity pass makes it a varied mix
    limit: int = DEFAULT_LIMIT

    def request_body(self, user_id: Optional[str]) -> dict[str, Any]:
        """The POST /api/recommendations body (contract §1)."""
        constraints = self.constraints.to_api()
        query = constraints.pop("query", None)
        body: dict[str, Any] = {"constraints": constraints, "limit": self.limit}
        if query:
            body["query"] = query
        if user_id:
            body["user_id"] = user_id
        if self.exclude_ids:
            body["exclude_ids"] = list(dict.fromkeys(self.exclude_ids))
        return body


@dataclass
class Question:
    """Instead of recommending, ask the viewer something (e.g. which title they mean)."""

    text: str
    quick_replies: tuple[QuickReply, ...] = ()


def plan_recommendation(turn: Turn, intent: Optional[str] = None) -> Union[Plan, Question]:
    """The plan for this turn; ``intent`` overrides the classified one (fallback with entities)."""
    intent = intent or turn.intent
    if intent == "more_like" and _names_unshown_title(turn):
        intent = "request_recommendation"  # "more like Dark" out of the blue is a new search
    if intent == "more_like":
        return _plan_more_like(turn)
    state = turn.constraints
    shown_minutes = _shown_minutes(turn)
    entities = list(turn.entities)
    if intent in ("refine", "something_else") and turn.last_items:
        entities += cue_entities(turn.text, entities)
    topic = residual_query(turn.text, entities)
    if starts_new_search(intent, entities, state, has_topic=topic is not None):
        new_state = apply_entities(Constraints(), entities, shown_minutes=shown_minutes)
        new_state.query = topic
        shown: list[str] = []
    else:
        new_state = apply_entities(state, entities, shown_minutes=shown_minutes)
        new_state.query = topic or state.query
        shown = turn.shown_ids
    if intent == "refine" and new_state == state and turn.last_items:
        # Nothing understood to change: re-running the same search would look like being ignored.
        return Question("What should I change? You can say things like “shorter”, “only movies”, "
                        "“no horror” or “from the 90s”.",
                        buttons.refinement_buttons(state, bool(shown_minutes)))
    exclude = list(shown) if intent == "something_else" else []
    exclude += _anchor_title_id(new_state, entities)
    return _finish(Plan(new_state, exclude_ids=exclude, shown_ids=shown))


def _names_unshown_title(turn: Turn) -> bool:
    """Whether the message names a title that is not one of the titles just shown."""
    shown = {str(i.get("title") or "").casefold() for i in turn.last_items}
    return any(e.name == "title" and e.value.casefold() not in shown for e in turn.entities)


def _plan_more_like(turn: Turn) -> Union[Plan, Question]:
    """"More like the second one": anchor on that item, keep the other constraints."""
    try:
        ref = resolve(turn.entities, turn.last_items, turn.focused_id)
    except UnresolvedReference as exc:
        return Question(exc.message)
    if ref is None:
        if turn.last_items:
            return Question("More like which one?", buttons.item_choice_buttons("more_like", turn.last_items))
        return Question("More like which title? Tell me its name, e.g. “something like Stranger Things”.",
                        buttons.HELP_EXAMPLES)
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES]
    state = apply_entities(turn.constraints, others, shown_minutes=_shown_minutes(turn))
    state = _anchor(state, ref)
    exclude = list(turn.shown_ids) + ([ref.item_id] if ref.item_id else [])
    return _finish(Plan(state, exclude_ids=exclude, shown_ids=turn.shown_ids))


def _anchor(state: Constraints, ref: Reference) -> Constraints:
    """Use the referenced item as the "like" anchor: its id when known, else its title."""
    return replace(state, similar_to=ref.item_id or ref.title, similar_title=ref.title or ref.item_id)


def _anchor_title_id(state: Constraints, entities: list[Entity]) -> list[str]:
    """"Something like Stranger Things" should not answer "Stranger Things": exclude the anchor."""
    if not state.similar_to or not any(e.name == "title" for e in entities):
        return []
    item_id = lookup_title_id(state.similar_to)
    if item_id:
        state.similar_to = item_id  # the id is unambiguous; the title stays for display
        return [item_id]
    return []


def _finish(plan: Plan) -> Plan:
    """A request with nothing to go on gets a varied mix instead of a question."""
    if plan.constraints.is_empty():
        plan.diverse = True
    return plan


def _shown_minutes(turn: Turn) -> list[int]:
    return [int(i["duration_minutes"]) for i in turn.last_items
            if isinstance(i.get("duration_minutes"), (int, float)) and i["duration_minutes"] > 0]
