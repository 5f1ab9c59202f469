"""The words a state-changing request must carry before its action acts.

The classifier sometimes labels an ordinary search as a request that changes the viewer's state: "tom hanks
and meg ryan together" read as ``link_account`` handed out a link code, "comedies but no romcoms" read as
``standing_filter`` set "never romance" for every later search. Such a label costs the viewer something they
never asked for, so the actions that link, unlink, redeem a code, set or clear standing filters, or switch
personalisation first check that the message carries the cues of that request (a link word, a persistence
word such as "from now on" or "never", a code-shaped token ...). Without them the turn is answered as the
search it most likely is, exactly as if the classifier had said ``request_recommendation``.

Deleting the viewer's data has its own guard (``actions.privacy.ABOUT_ME``) and always asks first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Optional

from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.language import in_other_language
from actions.reply import say
from actions.turn import Turn
from contract import wording

_LINK = re.compile(r"\b(link(s|ed|ing)?|connect(s|ed|ing)?|join|code|accounts?|profiles?|devices?)\b", re.I)
_UNLINK = re.compile(r"\b(unlink(ed)?|link(ed)?|sharing|accounts?|profile|channel|device)\b", re.I)
_CODE_WORD = re.compile(r"\b(my|link|your|the)\s+code\b|\bcode\s+is\b|\bis\s+my\s+code\b", re.I)
_PERSISTENT = re.compile(
    r"\b(from now on|from here on|going forward|always|never|any\s?more|no longer|for good|permanent(ly)?"
    r"|(don'?t|do not) ever|stop (showing|suggesting|recommending))\b", re.I)
_SETTINGS = re.compile(r"\b(settings?|filters?|filtering|preferences|standing|permanent|anything again"
                       r"|kids only|reset)\b", re.I)
_PERSONALISATION = re.compile(r"\b(personali[sz](e|ed|es|ing|ation)|my (history|taste|likes)|what i liked"
                              r"|tracking)\b", re.I)


# Taking back a like, dislike or "seen" says so: "remove my like", "I haven't actually seen it", "undo that";
# "i loved <title>, more like that" read as feedback_undo is a search.
_UNDO = re.compile(r"\b(remove|undo|take\s+(it\s+|that\s+|my\s+\w+\s+)?back|withdraw|delete|forget|cancel|unlike|un-like"
                   r"|scratch|didn'?t\s+mean|did\s+not\s+mean|(haven'?t|have\s+not|never|not)\s+(actually\s+|really\s+)?"
                   r"(seen|watched|saw)|after\s+all|off\s+the|retract|reverse|mistake|by\s+accident|accidentally)\b", re.I)


# "tell me about X" asks for details; a like, dislike or "seen" the classifier reads into it must not be saved.
_ASKS_DETAILS = re.compile(r"^\W*(tell me (more )?about|more (info|information|details) (about|on)"
                           r"|(any )?(info|information|details) (about|on)|what'?s .{1,80} about\W*$"
                           r"|what is .{1,80} about\W*$)", re.I)
_SENTIMENT = re.compile(r"\b(lik(e|ed|es)|lov(e|ed)|enjoy(ed)?|great|hate(d)?|awful|boring|seen|watched|not for me)\b",
                        re.I)


def asks_details_not_feedback(turn: Turn) -> bool:
    """A typed "tell me about <title>" labelled as feedback: it asks for details and says nothing of taste."""
    text = turn.text or ""
    return (turn.intent or "").startswith("feedback_") and not text.startswith("/") \
        and bool(_ASKS_DETAILS.search(text)) and not _SENTIMENT.search(_ASKS_DETAILS.sub("", text))


# A details question names its title (an entity) or says what it wants to know about one ("how long is it",
# "who's in the second one"); "and from the last couple of years" read as ask_details is a search edit.
_DETAILS_WORDS = re.compile(r"\b(tell|about|what|what'?s|who|who'?s|how|info|information|details?|cast|plot|synopsis"
                            r"|story|rating|rated|long|runtime|trailer|describe|this|that|it"
                            r"|one|ones|first|second|third|fourth|fifth|last|number)\b|#\d", re.I)
_REFERENCE_ENTITIES = frozenset({"position", "title", "item_id"})
# "nothing about crime", "ones about a heist", "stuff about space": "about" names a topic to search, not a question.
_TOPIC_ABOUT = re.compile(r"\b(?:nothing|none|no|not|without|anything|something|ones?|stuff|shows?|movies?|films?"
                          r"|series)\s+(?:(?:to\s+do\s+with|really|too\s+much|much)\s+)?about\b", re.I)


# "(or) a crime one", "any korean ones?", "what about italian ones": "one" after a kind is a title of that kind still
# to find, never one of the list to describe (round 22e; round 35 without an indefinite word); "the crime one", "that
# french one", "the second italian one" point at a listed title.
_POINTING_BEFORE = re.compile(r"\b(?:the|that|this|those|these|which|first|second|third|fourth|fifth|last)\s+$",
                              re.I)
_KIND_ONE_AFTER = re.compile(r"\s*ones?\b", re.I)
# "one for the kids", "a new one from japan", "any ones in french": "one" right before what it should be, with no word
# pointing at a listed title ("the one for the kids" points at one): a kind of title still to find (round 35).
_KIND_ONE_BEFORE = re.compile(r"(?<![\w'’])(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bwhich\s)ones?\s+$", re.I)
# "long one with lots of seasons", "a shorter one under an hour", "newer ones from korea": a length or age said of
# "one" with no "the" / "that" pointing at a listed title is the kind of title the search wants, no title to detail
# ("tell me about the long one" points at one). Round 33.
# "what about <constraints>", "how about <constraints>" opening the message: the search's next try, no question about a
# title (round 33: "what about two thousand twenty one" after films of one year).
_WHAT_ABOUT = re.compile(r"^\W*(?:(?:and|ok(?:ay)?|so|hm+|hmm+)\W+)?(?:what|how)\s+about\b", re.I)
_KIND_ADJECTIVE_ONE = re.compile(r"(?<!\bthe\s)(?<!\bthat\s)(?<!\bthis\s)\b(?:(?:a|an|some|any)\s+)?"
                                 r"(?:long(?:er)?|short(?:er)?|newer|older|recent|quick(?:er)?)\s+ones?\b", re.I)


# A polite or roundabout edit of the search ("could you limit it to ones from the 90s", "might you restrict that to
# one-season shows", "would it be possible to only have films"): its "it" / "that" / "ones" point at the list to
# edit, never at a title to describe.
_POLITE_EDIT = re.compile(
    r"\b(?:(?:could|can|would|might|will)\s+(?:you|we|i)\s+(?:please\s+|maybe\s+|possibly\s+|just\s+)?"
    r"|(?:would|is)\s+it\s+(?:be\s+)?(?:possible|ok(?:ay)?|alright)\s+(?:to\s+)?(?:just\s+|only\s+)?"
    r"|(?:please\s+)?)"
    r"(?:restrict|limit|narrow|filter|cut|trim|reduce|change|switch|keep|make|turn|swap|only\s+(?:have|show|get|see|do)"
    r"|have\s+only|show\s+only|get\s+only|stick)\b(?:\s+(?:it|that|this|them|those|these|things|the\s+list|the\s+results?"
    r"|the\s+search|the\s+picks|down|with))*(?:\s+(?:to|at)\s+(?:only\s+|just\s+)?(?:(?:the\s+)?ones?|stuff|things)?)?", re.I)


def asks_search_not_details(turn: Turn) -> bool:
    """A typed message labelled ``ask_details`` that names no title and asks nothing about one, but carries
    constraints of a search ("and from the last couple of years"; in a long message, its request sentence),
    or that names a title as a likeness ("like bird box but a series") or turns one down ("not the first one"): it is
    answered as that search."""
    from actions.constraints import CONSTRAINT_ENTITIES

    from actions.query_text import request_span

    text = turn.text or ""
    if turn.intent != "ask_details" or text.startswith("/"):
        return False
    if any(e.name == "title" and e.role == "similar" for e in turn.entities):
        return True  # "like bird box but a series": a title named as a likeness is a search
    if any(e.name in _REFERENCE_ENTITIES and e.excluded for e in turn.entities):
        return True  # "not the first one": a title turned down is an edit of the search, never its details
    if any(e.name in _REFERENCE_ENTITIES for e in turn.entities):
        return False
    # actions.edits builds on modules this one is imported by
    from actions.edits.removals import asks_for_the_persons_titles

    if not turn.focused_id and asks_for_the_persons_titles(turn):
        return True  # "ok what about for me, anything he's in" after a person's list: that person's titles (25b)
    start, end = request_span(text)  # a long message: what its request sentence asks
    constraints = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES
                   and e.start is not None and e.end is not None and start <= e.start and e.end <= end]
    if constraints and asks_to_play_something(text):
        return True  # "play a movie that's about an hour long": picks to play, never a title's details
    if constraints and not turn.last_items and not turn.focused_id and not any(e.name == "title" for e in turn.entities):
        return True  # "doc about food for me and my wife" before any list: no title to detail, a search
    text = text[:end]
    rest = text
    for e in sorted((e for e in constraints if e.start is not None), key=lambda e: -e.start):
        kind_one = None if _POINTING_BEFORE.search(rest[:e.start]) else _KIND_ONE_AFTER.match(rest, e.end)
        one_before = _KIND_ONE_BEFORE.search(rest[:e.start])
        # words inside a constraint ("the last") ask nothing; nor does "one" of "a crime one", "one for the kids" (a
        # kind, no title)
        rest = rest[:one_before.start() if one_before else e.start] + " " + rest[kind_one.end() if kind_one else e.end:]
    rest = _TOPIC_ABOUT.sub(lambda m: " " * len(m.group(0)), rest)  # "nothing about <genre>" asks nothing
    rest = _POLITE_EDIT.sub(lambda m: " " * len(m.group(0)), rest)  # "could you limit it to ...": an edit
    rest = _KIND_ADJECTIVE_ONE.sub(lambda m: " " * len(m.group(0)), rest)  # "long one with lots of seasons": a kind
    rest = _WHAT_ABOUT.sub(lambda m: " " * len(m.group(0)), rest)  # "what about two thousand twenty one": an edit
    return bool(constraints) and not _DETAILS_WORDS.search(rest[start:])


def asks_to_play_something(text: str) -> bool:
    """"Put on something funny", "play a film about an hour long": playing a title not named yet is a request
    (``edits.PLAY_SOMETHING_RE``, one of the request words); "play the third one" names its title and is not."""
    # actions.edits builds on modules this one is imported by
    from actions.edits.search_requests import PLAY_SOMETHING_RE

    return not text.startswith("/") and bool(PLAY_SOMETHING_RE.search(text))


def _gives_code(text: str) -> bool:
    from actions.profile import code_in  # actions.profile guards its actions with this module

    return code_in(text) is not None or bool(_CODE_WORD.search(text))


# "Tell me when" requests (actions/notify.py) need their words too: "more romance from korea" read as a cancel is a
# search. Subscribing: a message or notice asked for, or "keep an eye out"; listing and cancelling: the alerts,
# notifications, messages or saved searches named, or stopping / cancelling / unsubscribing.
_NOTIFY_SUBSCRIBE = re.compile(
    r"\b(?:let\s+me\s+know|tell\s+(?:me|us)|notify|alert|ping|message\s+me|text\s+me|send\s+me|remind|keep\s+an\s+eye"
    r"|watch\s+(?:out\s+)?for|heads[\s-]+up|as\s+soon\s+as|subscribe)\w*", re.IGNORECASE)
_NOTIFY_MANAGE = re.compile(
    r"\b(?:alerts?|notif\w*|messages?|saved\s+searche?s?|searches|subscri\w*|reminders?|watching\s+for|tell\s+me\s+about"
    r"|stop|cancel\w*|turn\s+off|unsubscribe|delete|remove)\b", re.IGNORECASE)


# intent → does the message carry the cues of that request?
CUES: dict[str, Callable[[str], bool]] = {
    "notify_subscribe": lambda text: bool(_NOTIFY_SUBSCRIBE.search(text)),
    "notify_list": lambda text: bool(_NOTIFY_MANAGE.search(text)),
    "notify_cancel": lambda text: bool(_NOTIFY_MANAGE.search(text)),
    "link_account": lambda text: bool(_LINK.search(text)),
    "link_code": _gives_code,
    "unlink_account": lambda text: bool(_UNLINK.search(text)),
    "standing_filter": lambda text: bool(_PERSISTENT.search(text)),
    "standing_clear": lambda text: bool(_SETTINGS.search(text)),
    "personalization_off": lambda text: bool(_PERSONALISATION.search(text)),
    "personalization_on": lambda text: bool(_PERSONALISATION.search(text)),
    "feedback_undo": lambda text: bool(_UNDO.search(text)),
}


# What makes a comparative a standing rule: said for every search ("shorter ones from now on", "always newer", "never
# show me long ones"). A bare "never" of a reason ("shorter pls she never lasts") is none.
_STANDING_SAID = re.compile(
    r"\b(from now on|from here on|going forward|always|for good|permanent(ly)?|(don'?t|do not) ever"
    r"|never\s+(again|show|suggest|recommend|give|offer|want|list|put)|stop (showing|suggesting|recommending))\b", re.I)


def _edits_the_search(turn: Turn) -> bool:
    """A contrast or comparative ("shorter", "newer", "less scary") while a search is active: an edit of it."""
    from actions.contrast import CONTRAST, RELATIVE  # actions.contrast builds on modules this one is imported by
    from actions.edits.turn_basics import search_active

    return search_active(turn) and any(
        not e.excluded and (e.name == CONTRAST or e.value in RELATIVE.get(e.name, ())) for e in turn.entities)


def carries_request_cues(turn: Turn) -> bool:
    """Whether the message says what its (state-changing) intent claims; a button payload always does. A standing
    filter must say so explicitly when the message is a comparative edit of the active search ("shorter pls she never
    lasts" after a list is that search, shorter)."""
    text = turn.text or ""
    check = CUES.get(turn.intent or "")
    if check is None or text.startswith("/"):
        return True
    if turn.intent == "standing_filter" and _edits_the_search(turn) and not _STANDING_SAID.search(text):
        return False
    return check(text)


async def search_unless_requested(dispatcher: CollectingDispatcher, turn: Turn) -> Optional[list[EventType]]:
    """Answer a mislabelled turn as a search (and return its events); ``None`` when the request is real."""
    if carries_request_cues(turn):
        return None
    if in_other_language(turn.text, turn.entities):  # these actions are language-neutral: never search it
        say(dispatcher, wording.ENGLISH_ONLY)
        return []
    from actions.recommend import recommend_turn  # actions.recommend builds on the base actions

    return await recommend_turn(dispatcher, replace(turn, intent="request_recommendation"),
                                intent="request_recommendation")
