"""Messages the bot did not understand, and the handoff after two of them in a row.

``action_fallback`` handles ``nlu_fallback`` (low NLU confidence). A terse "korean dramas 90s" can get
a low intent confidence while the entity extractor is perfectly sure what it means; throwing that away
for "sorry, I didn't get that" would be the worst answer, so a fallback message with constraint
entities is treated as a recommendation request (or, while a search is active, as an edit of it:
"she's five", "doesn't matter how long", "not interested in the third one"; ``actions.edits``), and a
bare pointer at a shown title ("the second one") as a request for its details. An ``out_of_scope``
message that edits the active search ("whatever length", "lose the time limit") is answered the same
way. Anything else is not understood (``action_out_of_scope``).

A ``help`` message gets the help text (``action_help``), unless it edits the active search; small talk
(``action_small_talk``: greet, thanks, goodbye) gets its domain response, unless it edits the
active search ("fine, any Tom Hanks" read as thanks) or carries what to watch on a first turn ("hi, got any
horror?"; ``edits.strong_search_entities``): then it is answered with picks like any edit
(``TurnAction.routes_search_edits``); a greeting with request words ("hey, find me a western") is a request, and a
greeting or thanks before a question about one title ("hi, do you guys have <title>?", "thanks! tell me about
<title>") is that question (``edits.OPENER`` lets the availability words follow such an opener).

Not understood: the ``failures`` slot counts such turns in a row (domain.yml resets it to 0 on every
message with another intent). The first gets the friendly domain response with examples; the second
hands the conversation to a person, ``HandoffState("waiting", reason="fallback")``, instead of a second
apology, and starts the count again (if no agent exists the gateway says so and the bot carries on).
"""

from __future__ import annotations

import re
from typing import Optional

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.base import TurnAction
from actions.details import ActionItemDetails
from actions.edits.asked_titles import asks_about_title
from actions.edits.routing import carries_search_words
from actions.edits.search_requests import REQUEST_CUES
from actions.handoff import ASKS_FOR_PERSON, FALLBACK
from actions.language import in_other_language
from actions.planning import topic_word_parts  # the topic reading the planner uses
from actions.query_text import tells_of_a_trip
from actions.recommend import recommend_turn
from actions.reply import say, send
from actions.turn import FAILURES, Turn
from contract import wording
from contract.vocabulary import TOPIC_GENRES
from contract.words import is_content_word, is_filler
from contract.payloads import HANDOFF_WAITING, HandoffState

REFERENCE_ENTITIES = frozenset({"position", "item_id"})
FAILURES_BEFORE_HANDOFF = 2


def not_understood(dispatcher: CollectingDispatcher, turn: Turn, response: str) -> list[EventType]:
    """Apologise with ``response`` (a domain response), or hand off if the last turn failed too."""
    failures = turn.failures + 1
    if failures >= FAILURES_BEFORE_HANDOFF:
        send(dispatcher, HandoffState(HANDOFF_WAITING, reason=FALLBACK))
        return [SlotSet(FAILURES, 0)]
    dispatcher.utter_message(response=response)
    return [SlotSet(FAILURES, failures)]


class ActionFallback(TurnAction):
    """Handle ``nlu_fallback``: recommend when constraints were understood, else say what works."""

    action_name = "action_fallback"
    routes_search_edits = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        from actions.profile import ActionLinkCode, said_link_code  # "my code is Q7KZP3": an unseen code

        if said_link_code(turn.text or ""):
            return await ActionLinkCode().respond(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if carries_search_words(turn, need_active=True):  # a stray place alone ("rain in France?") is no request
            return await recommend_turn(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if asks_about_title(turn) or (turn.last_items and any(e.name in REFERENCE_ENTITIES for e in turn.entities)):
            # "the second one" on its own, "tell me about <title>": the viewer points at a title; show it.
            return await ActionItemDetails().respond(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if plays_a_title(turn):
            # "alexa, play <title> season two": the viewer wants that title; show it
            return await ActionItemDetails().respond(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if asks_for_a_topic(turn.text) or asks_for_something_to_watch(turn.text) or tells_of_a_trip(turn.text):
            # "red-eye to lisbon, six hours": the viewer's trip asks for something to pass it (round 24d)
            # "any westerns?", "zombie flicks?", "can't sleep, something weird": no constraint entity, yet a request
            return await recommend_turn(dispatcher, turn, intent="request_recommendation") + [SlotSet(FAILURES, 0)]
        return not_understood(dispatcher, turn, "utter_default")


# Round 24d: "hey play nursery rhymes", "put on cartoons for the baby": a verb of playing before a kind the extractor
# read (a genre, a mood, a format, who watches) asks for titles of it, never a greeting answered as such.
_PLAY_KIND_RE = re.compile(r"\b(?:play|put\s+on|stick\s+on|throw\s+on|pop\s+on|queue\s+up)\s+(?:(?:me|us|some|a|an|the)\s+)?",
                           re.IGNORECASE)
_PLAYED_KINDS = frozenset({"genre", "mood", "media_type", "audience"})


def plays_a_kind(turn: Turn) -> bool:
    text = turn.text or ""
    return any(e.name in _PLAYED_KINDS and not e.excluded and e.start is not None
               and any(m.end() == e.start for m in _PLAY_KIND_RE.finditer(text)) for e in turn.entities)


# A title named after a verb of playing it ("alexa play <title> season three", "put on <title>", "stream <title>"): the
# viewer wants that title, never an answer that it is out of scope. The season said after it is where they are in it,
# no constraint.
_PLAY_BEFORE_RE = re.compile(r"\b(?:play|put\s+on|stick\s+on|throw\s+on|stream|start|resume|open|watch)\s+(?:the\s+)?$",
                             re.IGNORECASE)


def plays_a_title(turn: Turn) -> bool:
    """The message names one title right after a verb of playing it (see above)."""
    titles = [e for e in turn.entities if e.name == "title" and e.role is None and e.start is not None]
    text = turn.text or ""
    return len(titles) == 1 and bool(_PLAY_BEFORE_RE.search(text[:titles[0].start].lower()))


# "something weird and interesting", "anything light?", "smth fun for 2am": "something" described by a word of its
# feel asks for a title, whatever else the message says about the viewer's night ("can't sleep", "2am"). The word
# after it must be a content word that no errand or remark takes ("something to eat", "something else", "something
# wrong with the app", "anything about my account").
_DESCRIBED_SOMETHING_RE = re.compile(
    r"\b(?:something|anything|smth|sth|somethin|summat)\s+(?:(?:a\s+bit|kinda|kind\s+of|really|very|super|pretty|quite"
    r"|more|actually|properly|truly)\s+)?(?P<word>[a-z][a-z'-]+)(?:\s+(?:just\s+|really\s+|kinda\s+)?(?P<next>[a-z'’]+)(?:\s+(?P<then>[a-z'’]+))?)?",
    re.IGNORECASE)
# A verb right after the described "something" makes it the subject of a remark about the viewer's day ("something
# weird happened to my tv", "something bad is going on at work", "something funny came up"), no request. "is"/"was"
# only with an event after it: "anything scary is fine" still asks.
_EVENT_VERBS = frozenset("""happened happens happening happen occurred occurs goes went keeps kept came comes broke breaks
popped showed appeared started starts changed""".split())
_BE_VERBS = frozenset({"is", "was", "has", "had", "keeps"})
_BE_EVENTS = frozenset({"going", "happening", "wrong", "up", "broken", "been", "off", "happened"})
# A story's setting after the verb, a place named with an indefinite article ("something creepy happening in a small
# town", "something scary goes down in a cabin"), makes the sentence a plot asked for, not the viewer's day (which
# happens at work, to my tv, with the remote).
_STORY_SETTING_RE = re.compile(r"\s+(?:[a-z'’]+\s+){0,2}?(?:in|at|on|inside|aboard|near)\s+(?:a|an|some)\b",
                               re.IGNORECASE)


def _remark_after(m: re.Match) -> bool:
    """The described "something" of ``m`` is the subject of a verb telling what happened (see above)."""
    nxt, then = (m["next"] or "").lower(), (m["then"] or "").lower()
    told = nxt in _EVENT_VERBS or (nxt in _BE_VERBS and then in _BE_EVENTS)
    return told and not _STORY_SETTING_RE.match(m.string, m.end("next"))
_NOT_A_FEEL = frozenset("""to else about wrong happened happening going is was for with from on in at that which i we
you it new else's like similar different other broken weird-looking""".split())
_ABOUT_THE_BOT = re.compile(r"\babout\s+(?:you|u|yourself|ur\s+?self|this\s+(?:bot|app|service))\b", re.IGNORECASE)
_ERRANDS = re.compile(r"\b(?:eat|drink|food|order|buy|pay|payment|account|password|subscription|refund|weather|bill"
                      r"|delivery|login|log\s+in|cancel)\b", re.IGNORECASE)


def asks_for_something_to_watch(text: Optional[str]) -> bool:
    """A message the intent model put outside scope that still asks for a title: "something" described by its feel
    ("can't sleep, 2am, something weird and interesting") or a request cue (``edits.REQUEST_CUES``) with no errand
    beside it. A request for something to watch is never answered "that's outside what I can help with"."""
    if (not text or text.startswith("/") or ASKS_FOR_PERSON.search(text) or _ERRANDS.search(text)
            or _ABOUT_THE_BOT.search(text)):
        return False
    if REQUEST_CUES.search(text) and not topic_free_cue(text):
        return True
    return any(is_content_word(m["word"].lower()) and m["word"].lower() not in _NOT_A_FEEL
               and not _remark_after(m)
               for m in _DESCRIBED_SOMETHING_RE.finditer(text))


# Every "what's …" request cue (``REQUEST_CUES``: "what's good", "what's hot tonight", "what's there from Japan", "what
# is available in Hindi") asks what the catalog holds: its object is the titles, whatever words follow.
_WHATS_CUE_RE = re.compile(r"what(?:['’]?s|\s+is)\s", re.IGNORECASE)


def topic_free_cue(text: str) -> bool:
    """A request cue whose object is no title ("recommend me a lawyer", "suggest a pizza place"): the cue is not
    followed by a word for titles or for "something"."""
    cue = REQUEST_CUES.search(text)
    if cue is not None and _WHATS_CUE_RE.match(cue.group()):
        return False  # "what's good", "what's there from japan": a question about the titles, whole as it stands
    rest = text[cue.end():].lower() if cue else ""
    return not re.search(r"\b(?:watch|something|anything|movies?|films?|shows?|series|docs?|documentar\w*|titles?"
                         r"|picks?|ideas?)\b", rest + " " + (cue.group().lower() if cue else ""))


_WORD_RE = re.compile(r"[a-z][a-z0-9'’-]*", re.IGNORECASE)  # "f1 stuff": a topic word may hold a digit
# Nouns for the titles themselves: a topic word before one of them is what the titles are about ("zombie flicks",
# "lighthouse stuff"); before any other noun it qualifies that noun ("western union", "a ninja blender").
_KIND_NOUNS = frozenset("""stuff things ones one movies movie films film flicks flick shows show series documentaries
documentary docs doc cartoons cartoon anime type kind sort""".split())
# Words that put a topic after them: "got anything about volcanoes", "something on submarines".
_TOPIC_BEFORE = frozenset("about on regarding involving featuring with".split())


def asks_for_a_topic(text: Optional[str]) -> bool:
    """A message the intent model was unsure of whose words still ask for titles: a catalog topic that implies a
    genre ("any westerns?", "zombie flicks?", "samurai stuff": ``vocabulary.TOPIC_GENRES``, read in the words as the
    planner reads the topic, ``planning.topic_word_parts``), or a clear request cue ("got any", "looking for":
    ``edits.REQUEST_CUES``) with a content word outside it ("got anything about volcanoes"); either word only where
    a topic stands (``_as_a_topic``). "asdfghjkl", "what's the weather", "can you order pizza", "recommend me a
    lawyer", "how do i pay with western union" ask for nothing, and words for a person or an agent ("looking for
    customer support": ``handoff.ASKS_FOR_PERSON``) are the handoff's."""
    if not text or text.startswith("/") or ASKS_FOR_PERSON.search(text):
        return False
    words = _WORD_RE.findall(text.lower())
    if any(_as_a_topic(words, i, after_about=False) for i, w in enumerate(words)
           if any(part in TOPIC_GENRES for part in topic_word_parts(w))):
        return True
    cue = REQUEST_CUES.search(text)
    if cue is None:
        return False
    rest = _WORD_RE.findall(f"{text[:cue.start()]} . {text[cue.end():]}".lower())
    return any(_as_a_topic(rest, i, after_about=True) for i, w in enumerate(rest) if is_content_word(w))


def _as_a_topic(words: list[str], i: int, after_about: bool) -> bool:
    """Whether ``words[i]`` stands where a topic does: before a noun for titles ("submarine films", "zombie flicks");
    a genre topic also last or before filler ("any westerns?", "spy stuff maybe"; not "western union", "a ninja
    blender"); a cue's content word also right after a word that puts a topic after it ("anything about volcanoes"),
    never merely last ("recommend me a lawyer", "a good pizza place")."""
    following = words[i + 1] if i + 1 < len(words) else None
    if following in _KIND_NOUNS:
        return True
    if after_about:  # "recommend me a lawyer", "suggest a good pizza place": an errand, no topic
        return i > 0 and words[i - 1] in _TOPIC_BEFORE
    return following is None or is_filler(following)


class ActionOutOfScope(TurnAction):
    """Handle ``out_of_scope``: say what the bot can do (or hand off, if it failed just before)."""

    action_name = "action_out_of_scope"
    routes_search_edits = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if carries_search_words(turn, need_active=True):
            return await recommend_turn(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if plays_a_title(turn):  # "alexa play <title> season three": that title, never "outside what I can do"
            return await ActionItemDetails().respond(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if asks_for_something_to_watch(turn.text) or tells_of_a_trip(turn.text):  # "can't sleep, 2am, something weird"
            return await recommend_turn(dispatcher, turn, intent="request_recommendation") + [SlotSet(FAILURES, 0)]
        return not_understood(dispatcher, turn, "utter_out_of_scope")


SMALL_TALK_RESPONSES = {"greet": "utter_greet", "thanks": "utter_thanks", "goodbye": "utter_goodbye"}


class ActionSmallTalk(TurnAction):
    """Greet, thanks, goodbye: the domain response — or, when the message edits the active search
    ("ok thanks, one more", "fine, any Tom Hanks"), picks (the base class routes it first)."""

    action_name = "action_small_talk"
    routes_search_edits = True
    language_neutral = True  # "hola", "merci": a greeting or thanks in any language is still one

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        if in_other_language(turn.text, turn.entities):
            # "hola" is a greeting in any language, but a whole sentence in another one ("hola, quiero ver una
            # película de miedo…") is a request the bot cannot read: say so honestly instead of greeting
            say(dispatcher, wording.ENGLISH_ONLY)
            return []
        if asks_about_title(turn):
            # "hi, tell me about <title>", "thanks! is <title> on here?": the greeting or thanks opens a question about
            # one title, answered like the question alone (its details)
            return await ActionItemDetails().respond(dispatcher, turn) + [SlotSet(FAILURES, 0)]
        if turn.intent == "greet" and (REQUEST_CUES.search(turn.text or "") or plays_a_kind(turn)):
            # "hey, find me a western": the greeting opens a request (its words become the topic)
            return await recommend_turn(dispatcher, turn, intent="request_recommendation")
        dispatcher.utter_message(response=SMALL_TALK_RESPONSES.get(turn.intent or "", "utter_thanks"))
        return []


class ActionHelp(TurnAction):
    """``help``: the help text — unless the message edits the active search ("would it be possible to only have
    films", "could you help me narrow it to the 90s"): then picks, like any edit (the base class routes it first)."""

    action_name = "action_help"
    routes_search_edits = True

    async def respond(self, dispatcher: CollectingDispatcher, turn: Turn) -> list[EventType]:
        dispatcher.utter_message(response="utter_help")
        return []
