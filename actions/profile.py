"""The viewer's profile in words: taking a signal back, and linking channels.

Taking back: "I haven't actually seen Dark", "remove my like of Narcos", "undo my dislike of the second one".

The title is resolved like any feedback (a position, "it", a title the NLU found: ``referenced_id``);
which signal goes follows the words — seen/watched → "seen", dislike/hate → "dislike", like/love →
"like" — and when the words name none, every signal about the title is taken back. The answer says what
was forgotten, or that nothing was recorded (recommender: ``POST /api/feedback`` with ``undo``).

Linking (recommender/links.py): "link my account" gives a one-time code; "my code is K7M2QX" on the other
channel (typed, or spelled out to Alexa) joins it to the same profile; "unlink this channel" separates it.
"""

from __future__ import annotations

import re
from typing import Optional

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import TurnAction
from actions.details import referenced_id
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.reply import say
from actions.request_cues import search_unless_requested
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
        if (events := await search_unless_requested(dispatcher, turn)) is not None:
            return events  # "i loved <title>, more like that" read as an undo: no undo words, a search
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


# --- linking channels ("link my account", "my code is K7M2QX", "unlink this channel") ----------------------

CODE_CHARS = 6
CODE_ALPHABET = frozenset("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")  # recommender/links.py ALPHABET
_AFTER_CODE = re.compile(r"\bcode\b(?:\s+is)?[\s:]*(.*)$", re.I | re.S)


_DIGIT_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
                "nine": "9"}
_DIGIT_WORD = re.compile(r"\b(" + "|".join(_DIGIT_WORDS) + r")\b", re.I)


def code_in(text: str) -> Optional[str]:
    """The link code in a message: typed ("my code is k7m2qx", "K7M-2QX"), spelled out ("K 7 M 2 Q X"), or
    as a voice assistant transcribes it ("k seven m two q x")."""
    text = _DIGIT_WORD.sub(lambda m: _DIGIT_WORDS[m.group(1).lower()], text or "")
    match = _AFTER_CODE.search(text)
    rest = match.group(1) if match else text
    if match and not re.search(r"[A-Za-z0-9]", rest):  # "R2D7NP is my code": the code came first
        match, rest = None, text
    tokens = re.findall(r"[A-Za-z0-9]+", rest)
    merged: list[str] = []
    for token in tokens:  # single characters spelled one by one join into one token
        if len(token) == 1 and merged and len(merged[-1]) < CODE_CHARS and _is_code_chars(merged[-1]):
            merged[-1] += token
        else:
            merged.append(token)
    joined = "".join(tokens).upper()
    for candidate in [*(t.upper() for t in merged), joined]:
        # after the word "code" any six code characters; without it a digit too (not an ordinary word)
        if len(candidate) == CODE_CHARS and _is_code_chars(candidate) and (match or any(c.isdigit() for c in candidate)):
            return candidate
    return None


def said_link_code(text: str) -> bool:
    """A message that gives a link code with the word "code" ("my code is Q7KZP3"), whatever its intent:
    the classifier has never seen this code, so it may not call it ``link_code`` (``action_fallback`` asks)."""
    return bool(_AFTER_CODE.search(text or "")) and code_in(text) is not None


def _is_code_chars(token: str) -> bool:
    return all(c in CODE_ALPHABET for c in token.upper())


class ActionLinkAccount(TurnAction):
    """"Link my account": a one-time code to say or type on the other channel."""

    action_name = "action_link_account"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if (searched := await search_unless_requested(dispatcher, turn)) is not None:
            return searched
        try:
            issued = await get_client().link_code(turn.sender_id)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        if issued is None:
            say(dispatcher, wording.LINK_CODES_EXHAUSTED)
            return []
        say(dispatcher, wording.link_code_issued(str(issued["code"]), max(1, int(issued["expires_in"]) // 60)))
        return []


class ActionLinkCode(TurnAction):
    """"My code is K7M2QX": join this channel to the profile that asked for the code."""

    action_name = "action_link_code"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if (searched := await search_unless_requested(dispatcher, turn)) is not None:
            return searched
        code = code_in(turn.text or "")
        if code is None:
            say(dispatcher, wording.LINK_CODE_MISSING)
            return []
        try:
            status = await get_client().redeem_link(turn.sender_id, code)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        say(dispatcher, {"linked": wording.LINKED, "same": wording.LINKED_ALREADY,
                         "locked": wording.LINK_LOCKED}.get(status, wording.LINK_CODE_INVALID))
        return []


class ActionUnlink(TurnAction):
    """"Unlink this channel"."""

    action_name = "action_unlink"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if (searched := await search_unless_requested(dispatcher, turn)) is not None:
            return searched
        try:
            done = await get_client().unlink(turn.sender_id)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        say(dispatcher, wording.UNLINKED if done else wording.NOT_LINKED)
        return []


# --- standing filters ("only kids' stuff from now on", "never show me horror", "forget my settings") -------


class ActionStanding(TurnAction):
    """Set the filters every later search obeys, from the audience and genres in the message; or clear them."""

    action_name = "action_standing"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if (searched := await search_unless_requested(dispatcher, turn)) is not None:
            return searched
        client = get_client()
        try:
            if turn.intent == "standing_clear":
                await client.set_standing(turn.sender_id, clear=True)
                say(dispatcher, wording.STANDING_CLEARED)
                return []
            audiences = [e.value for e in turn.entities if e.name == "audience"]
            genres = tuple(dict.fromkeys(e.value for e in turn.entities if e.name == "genre"))
            if not audiences and not genres:
                say(dispatcher, wording.STANDING_WHAT)
                return []
            stored = await client.set_standing(turn.sender_id, audience=audiences[-1] if audiences else None,
                                               exclude_genres=genres)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        say(dispatcher, wording.standing_set(stored.get("audience"), list(stored.get("exclude_genres") or [])))
        return []
