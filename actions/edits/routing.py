"""Routing of follow-ups: whether a turn belongs on the recommendation path as an edit of the active search (pure;
no I/O).

``carries_search_words`` is what the non-search actions (fallback, out of scope, small talk, deny, affirm, start over;
``TurnAction.routes_search_edits``) ask before answering in their own way: when it is true the turn goes to the
recommendation path. It asks every kind of edit of this package. ``edit_cues``: words that only make sense as an edit
of the list just shown; ``acts_without_reference``: a "seen" / like / "more like" label that names no title but
carries an edit. docs/contracts.md "Dialogue edit rules".
"""

from __future__ import annotations

import re

from actions.constraints import CONSTRAINT_ENTITIES, topics_let_in
from actions.cues import list_comparatives, search_bound_cues
from actions.edits.all_genres import asks_for_all_genres
from actions.edits.asked_titles import asks_if_available, missing_title_words
from actions.edits.audience import settles_for_audience, viewer_alone_now
from actions.edits.list_reactions import turns_down_list, wants_more_picks
from actions.edits.people_narrowing import find_people_narrowing
from actions.edits.person_pivots import find_person_pivot, names_a_maker
from actions.edits.person_roles import role_added
from actions.edits.person_turn_downs import turns_down_person
from actions.edits.recency import recency_cues
from actions.edits.rejections import find_rejection
from actions.edits.removals import find_removals
from actions.edits.search_requests import strong_search_entities
from actions.edits.seen import find_seen
from actions.edits.topics import _topic_reply, negated_topic, vocabulary_topic_alone, wishes_for_performers_gender
from actions.edits.turn_basics import REFERENCE_ENTITIES, constraint_entities, search_active
from actions.query_text import residual_query
from actions.references import UnresolvedReference
from actions.repeats import repeated_edit
from actions.turn import Turn

_F = re.IGNORECASE


def carries_search_words(turn: Turn, *, need_active: bool = False) -> bool:
    """Whether this turn belongs on the recommendation path whatever its intent: it carries constraint
    entities, or (while a search is active) it removes a constraint, rejects a title or asks for more
    with a person. ``need_active``: with no search active, only constraints that say what to watch count
    (a genre, a mood, a person, an age, a runtime...: "hungover sunday, nothing heavy" read as out of scope);
    a bare format, title, place or year ("book me a movie ticket", "thanks for Ozark!", "what's the weather
    in Spain") does not."""
    active = search_active(turn)
    found = constraint_entities(turn.entities)
    if found and (active or not need_active or strong_search_entities(turn)):
        return True
    if asks_if_available(turn) or missing_title_words(turn) is not None:
        return True  # "do you have <title>?": its details; a title the catalog lacks: said so, titles like the words
    if active and any(e.name == "contrast" for e in turn.entities):
        return True  # "hmm, not as scary" after a list: a comparative edits it, whatever the label
    if active and search_bound_cues(turn.text, turn.entities, turn.constraints, turn.last_items):
        return True  # "at least four", "fewer seasons pls": a bound in the search's unit, whatever the label
    if active and repeated_edit(turn, turn.entities):
        return True  # "even less" after "less scary": the last relative edit once more, whatever the label
    if active and settles_for_audience(turn) is not None:
        return True  # "fine, anything for him then" after a horror film for a 5-year-old came up empty
    if active and viewer_alone_now(turn):
        return True  # "ok any of his then, just for me" after a search for a child: the children's cap goes
    if active and topics_let_in(turn.text, turn.constraints)[0]:
        return True  # "actually zombies are fine" after zombies were ruled out: an edit (round 28A)
    if active and vocabulary_topic_alone(turn):
        return True  # "xmas" after a list for the kids: the topic of the search, whatever the label (round 26b)
    if active and wishes_for_performers_gender(turn):
        return True  # "women only if possible" after stand-up specials: the topic of the search (round 30)
    if not active:
        return False
    try:
        rejected = find_rejection(turn, None) is not None
    except UnresolvedReference:  # an out-of-range position: the planner says which titles exist
        rejected = True
    if bool(find_removals(turn.text, turn.entities, turn.constraints)) or rejected:
        return True
    if negated_topic(turn, strict=True) is not None:
        return True  # "no lego stuff please" after a list, whatever the label
    if find_people_narrowing(turn) is not None:
        return True  # "only eddie" after a search with two people
    if role_added(turn) is not None:
        return True  # "and with him acting" after a director's films
    if names_a_maker(turn):
        return True  # "same director" after titles like one, whatever the label (round 30)
    return find_person_pivot(turn, turn.intent) is not None or turns_down_person(turn) or edit_cues(turn)


def edit_cues(turn: Turn) -> bool:
    """Words that only make sense as an edit of the list just shown, constraint entities or not: seen
    titles ("seen the first two", "seen them all"), more picks ("another one", "any others"), recency
    ("new ones", "older ones"), a turn-down of the list ("bored of these", "meh") or a topic reply ("dinosaur ones",
    "about a heist")."""
    if not turn.last_items:
        return False
    return (find_seen(turn, turn.intent) is not None or wants_more_picks(turn.text) or turns_down_list(turn.text)
            or bool(recency_cues(turn.text, turn.entities)) or _topic_reply(turn) or asks_for_all_genres(turn)
            or bool(list_comparatives(turn.text, turn.entities)))  # "the oldest ones you have"


# A word pointing at one title of the list ("more like this", "that one", "it"): with it the viewer means a title, and
# "which one?" is the right answer when none resolves.
# "longer than that", "newer than this": a comparative's "than" points at the list, never at one title (round 34).
_POINTS_AT_ONE_RE = re.compile(r"(?<!\bthan\s)\b(?:this|that|it)\b", _F)


def acts_without_reference(turn: Turn, *, topic_counts: bool = True, cues_count: bool = True) -> bool:
    """A message whose label asks for a title or a person (a "seen", a like, "more like", "more from them") that names
    none, while a search is active, and carries something to act on: a constraint entity ("skip anything japanese,
    we watched loads"), an edit of the list ("about animals", "dinosaur ones") or, when ``topic_counts``, topic words
    ("samurai stuff", "the heist ones or similar"); without ``cues_count`` only a constraint entity counts
    ("anything else with her?" asks who, it names nothing else). It is an edit of the active search; "which one?" is
    only for a message with nothing else ("more like this", "seen it") or that points at a title ("more like this but
    newer"). Docs/contracts.md "Dialogue edit rules"."""
    text = turn.text or ""
    if not search_active(turn) or text.startswith("/") or _POINTS_AT_ONE_RE.search(text):
        return False
    if any(e.name in REFERENCE_ENTITIES for e in turn.entities):
        return False  # a title or position named: it resolves, or the viewer is told which titles exist
    if any(e.name in CONSTRAINT_ENTITIES for e in turn.entities) or (cues_count and edit_cues(turn)):
        return True
    return topic_counts and residual_query(text, turn.entities) is not None
