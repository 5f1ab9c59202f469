"""The viewer's own data, in conversation: what is known, a copy, deletion, and the personalisation switch.

Every channel gets the same answers, because the actions only see the viewer key (the tracker's sender
id, bot/identity.py) and ask the recommender's profile API with the action server's token:

- "what do you know about me?" → ``action_privacy_summary``: the titles behind each signal, whether
  picks are personalised, how long history is kept (``wording.privacy_summary``);
- "download my data" → ``action_privacy_export``: a signed link to a JSON file, valid 15 minutes;
- "delete my data" / "forget me" → ``action_privacy_delete`` asks first (slot
  ``privacy_delete_pending``, which any other intent clears: domain.yml); right after, "yes, delete my
  data" (the same intent with an affirmative word: one intent, so the classifier never has to split hairs
  between asking and confirming) or the confirmation button (payload ``/privacy_delete_confirm``, no NLU
  examples) deletes feedback, viewing events, settings, links, saved searches, transcripts and the stored
  Rasa conversations of every linked channel, and says what was deleted. The profile API erases the
  stored conversations at once, but Rasa writes this one back when the turn ends; so the reply also
  carries the ``CONVERSATION_ERASE`` control message, and the gateway that ran the turn erases it again
  once Rasa has saved it (bot/erasure.py). ``Restarted`` drops the slots even where nothing erases (Rasa
  reached without the gateway);
- "stop / start personalizing" → ``action_personalization``.
"""

from __future__ import annotations

import re

from rasa_sdk.events import EventType, Restarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.base import TurnAction
from actions.recommender_client import RecommenderRejected, RecommenderUnavailable, get_client
from actions.reply import say
from actions.request_cues import search_unless_requested
from actions.turn import Turn
from contract import wording
from contract.payloads import CONVERSATION_ERASE

DELETE_PENDING = "privacy_delete_pending"
# "Forget it", "delete that" are not about the viewer's data: without one of these words, the turn is a "no".
# Round 27C: the words must name the viewer's data, not merely occur. "Me" after a preposition or a request verb
# ("it's for me", "show me") is the viewer watching; "my" needs a data noun ("my data", "my history", never "my
# mom"); "history" before a kind word is the genre ("history-ish", "history docs"); "everything"/"all" alone is a
# cancel ("forget all that"), unless said about the viewer ("everything you know about me", "forget everything").
# So "forget the <constraint> thing, it's for me" during a search is a removal of that constraint, never deletion.
ABOUT_ME = re.compile(
    r"\b(?:(?<!\bfor\s)(?<!\bto\s)(?<!\bwith\s)(?<!\blike\s)(?<!\bshow\s)(?<!\bgive\s)(?<!\bget\s)(?<!\bfind\s)"
    r"(?<!\blet\s)(?<!\btell\s)(?<!\bhelp\s)(?<!\bsuit\s)(?<!\bonly\s)(?<!\bjust\s)me"
    r"|mine|myself|who i am"
    r"|my\s+(?:\w+\s+)?(?:data|profile|account|history|info(?:rmation)?|details|stuff|likes|dislikes|ratings?"
    r"|settings|preferences|feedback|records?|everything|things|conversations?|chats?|messages)"
    r"|data|profile|account"
    r"|history(?!\s*-?\s*(?:ish|y|docs?|documentar\w*|films?|movies?|shows?|series|dramas?|stuff|thing|genre|one|ones"
    r"|bit|part|filter|angle|kind|type|topic|theme)\b)"
    r"|(?:^\W*(?:ok(?:ay)?\W+|please\W+|pls\W+)?(?:forget|delete|erase|wipe|remove|clear)\s+(?:it\s+)?)"
    r"(?:everything|all)(?=\W*$)"
    r"|(?:everything|all)\s+(?:you\s+(?:know|have|keep|store|saved?|remember|collected)|(?:of\s+)?my)\b)\b", re.I)
AFFIRMATIVE = re.compile(r"\b(yes|yeah|yep|confirm(ed)?|i'?m sure|go ahead|do it)\b", re.I)
EXPORT_LINK_MINUTES = 15
CONFIRM_DELETE = buttons.button("Yes, delete my data", "privacy_delete_confirm")


class ActionPrivacySummary(TurnAction):
    """"What do you know about me?"."""

    action_name = "action_privacy_summary"
    language_neutral = True  # never a search on these words

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        try:
            profile = await get_client().profile(turn.sender_id)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        say(dispatcher, wording.privacy_summary(profile))
        return []


class ActionPrivacyExport(TurnAction):
    """"Download my data": a short-lived signed link to the JSON export."""

    action_name = "action_privacy_export"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        try:
            link = await get_client().export_link(turn.sender_id)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        minutes = max(1, int(link.get("expires_in", EXPORT_LINK_MINUTES * 60)) // 60)
        say(dispatcher, wording.export_ready(str(link.get("url")), minutes))
        return []


class ActionPrivacyDelete(TurnAction):
    """"Delete my data" asks; the confirmation (only right after asking) deletes and says what went."""

    action_name = "action_privacy_delete"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        pending = bool(turn.slots.get(DELETE_PENDING))
        if turn.intent != "privacy_delete_confirm" and not ABOUT_ME.search(turn.text or ""):
            from actions.recommend import ActionDeny  # actions.recommend builds on the base actions

            return await ActionDeny().respond(dispatcher, turn)
        if turn.intent == "privacy_delete_confirm":  # the button
            if not pending:
                say(dispatcher, wording.PRIVACY_DELETE_NOT_ASKED)
                return []
        elif not (pending and AFFIRMATIVE.search(turn.text or "")):
            say(dispatcher, wording.PRIVACY_DELETE_ASK, (CONFIRM_DELETE,))
            return [SlotSet(DELETE_PENDING, True)]
        try:
            result = await get_client().delete_profile(turn.sender_id)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return [SlotSet(DELETE_PENDING, False)]
        say(dispatcher, wording.privacy_deleted(result.get("deleted") or {}))
        dispatcher.utter_message(json_message={"type": CONVERSATION_ERASE})  # the gateway erases after the turn
        return [Restarted()]  # this conversation's slots (searches, titles shown) go too


class ActionPersonalization(TurnAction):
    """"Stop personalizing" / "start personalizing again"."""

    action_name = "action_personalization"
    language_neutral = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if (searched := await search_unless_requested(dispatcher, turn)) is not None:
            return searched
        enabled = turn.intent == "personalization_on"
        try:
            await get_client().set_personalization(turn.sender_id, enabled)
        except (RecommenderUnavailable, RecommenderRejected):
            say(dispatcher, wording.PROFILE_UNAVAILABLE)
            return []
        say(dispatcher, wording.PERSONALIZATION_ON if enabled else wording.PERSONALIZATION_OFF)
        return []
