"""What someone else habitually picks is not this request: "my girlfriend picks horror every single time, so my turn:
a sports movie" asks for a sports film, not a horror one.

The clause (contract/habits.py) has another person as its subject (a pronoun "he / she / they" or "my <someone>") and whose verb says a
habitual choice as its verb ("picks", "chooses", "always wants", "puts on" … with "always", "usually", "every (single) time",
"all the time") tells the bot what that person usually watches. When the message asks for another genre outside that
clause, the genres and moods inside it are the story, never constraints: they are dropped. Said alone ("my wife always
picks horror, any ideas?") or naming the same genre again ("he always picks comedies, another comedy?") the clause
may still be the wish and is left as it is; a concession without a habit ("she wants a romcom … fine, romcom it is")
is no habit either.
"""

from __future__ import annotations

from contract.habits import habit_spans

from .spans import Found, drop_story_kinds

_ASKED = frozenset({"genre"})  # only another genre asked outside makes the habit a story


def drop_others_habits(text: str, found: list[Found]) -> list[Found]:
    """Genres and moods inside another person's habitual pick are dropped when the message asks for another genre
    outside it (see the module docstring)."""
    return drop_story_kinds(found, habit_spans(text), _ASKED)
