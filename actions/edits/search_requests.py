"""Whether a message asks for something to watch, whatever the intent classifier called it (pure; no I/O).

Request words ("recommend", "find me", "got any", "play something": ``REQUEST_CUES``) make any constraint entity a
request; without them only entities strong enough alone do ("hi, got any westerns", "loved Ozark, what next":
``strong_search_entities``). A statement of where the viewers are from ("i'm german") is none
(``states_viewer_origin``).
"""

from __future__ import annotations

import re

from actions.edits.origins import _kind_with_origin_after, _origin_only_alone, origin_alone
from actions.edits.turn_basics import constraint_entities, search_active
from actions.entities import CAST_OF, DIRECTOR_OF, Entity, SIMILAR
from actions.turn import Turn
from contract.words import DONE_WITH_PATTERN, without_foreign_courtesies

_F = re.IGNORECASE

# Entities that alone do not make an off-topic or chatty message a request (see ``strong_search_entities``):
# a place or a language ("what's the weather in Paris"), a title named without a similarity cue ("thanks for
# Ozark!"), a media word that qualifies another noun ("book me a movie ticket").
_NOT_A_REQUEST_ALONE = frozenset({"media_type", "title", "country", "language"})
# Words that ask for something to watch: with them any constraint entity makes the message a request
# ("hi, recommend me something French"), and a greeting carrying them is a request ("hey, find me a western").
# "What's there from Japan", "what do you have in Hindi": asking what the catalog holds of a place or language.
# "Play a movie that's about an hour long", "put on something funny": playing what is not named yet asks for picks.
_PLAY_SOMETHING = r"(?:play|put\s+on|stick\s+on|throw\s+on|pop\s+on|queue\s+up)\s+(?:me\s+|us\s+)?(?:a|an|some|something|anything)"
PLAY_SOMETHING_RE = re.compile(rf"\b{_PLAY_SOMETHING}\b", _F)
REQUEST_CUES = re.compile(
    r"\b(?:recommend\w*|suggest\w*|find\s+(?:me|us)|show\s+(?:me|us)|got\s+any(?:thing)?|have\s+you\s+got|"
    r"do\s+you\s+have|any\s+good|looking\s+for|in\s+the\s+mood\s+for|what\s+(?:should|can|could)\s+(?:i|we)\s+watch|"
    r"something\s+to\s+watch|what\s+(?:next|now)|(?:i|we)\s+(?:want|need|would\s+like)\s+(?:to\s+watch|a|an|some|something)"
    r"|what(?:'?s|\s+is)\s+(?:there|available)\s+(?:from|in)|what\s+(?:you|u|ya)\s+got"
    # "what's good", "whats hot tonight", "what is worth watching on here" (round 33): what to watch, asked as a whole
    # question; "what's good about it" asks about a title
    r"|what(?:['’]?s|\s+is)\s+(?:good|hot|popular|trending|worth\s+(?:a\s+)?watch(?:ing)?)(?=\s*(?:$|[?!.]|on\b|to\s+watch"
    r"|tonight|today|right\s+now|now\b|here\b|lately|these\s+days|atm))"
    rf"|{_PLAY_SOMETHING})\b", _F)
# A media word followed by one of these is itself what is asked for ("movies tonight", "a show for my kids");
# followed by another word it qualifies that noun ("a movie ticket", "the tv remote") and says nothing alone.
_AFTER_MEDIA_WORD = re.compile(
    r"\s*(?:$|[^\w\s]|(?:for|from|with|about|like|that|which|where|to|tonight|today|please|pls|or|and|in|on|by|"
    r"set|made|starring|i|we|you|me|us|now|then|maybe|again|instead|too|only|ones?)\b)", _F)


# A title just watched to the end: "we just finished <title>", "binged <title> last week", "got through all of <title>".
FINISHED_BEFORE_RE = re.compile(r"\b(?:finished|finishing|binged|binge[\s-]?watched|devoured|got\s+through"
                                 r"|(?:just|recently)\s+watched|watched\s+all\s+of"
                                 rf"|{DONE_WITH_PATTERN})\s+(?:all\s+of\s+)?(?:the\s+)?$", _F)


def strong_search_entities(turn: Turn) -> list[Entity]:
    """The entities that make a message a request for something to watch on their own, whatever the intent
    classifier called it ("hi, got any westerns", "loved Ozark, what next", "stuff from 2019?"): a genre, mood,
    audience, rating, runtime, season count, person or year/decade; a title after a similarity cue (role
    ``similar``: "like X", "loved X"); a media word that is itself what is asked for ("any movies tonight?",
    not "a movie ticket"). With request words ("recommend", "find me", "got any"...) every constraint
    entity counts. A place or language alone ("what's the weather in Paris") never does."""
    found = constraint_entities(turn.entities)
    text = without_foreign_courtesies(turn.text or "")  # "konbanwa. <format> <origin> por favor": said alone (25a)
    if found and REQUEST_CUES.search(text):
        return found
    strong: list[Entity] = []
    kind_with_origin = _kind_with_origin_after(text, found)
    for e in found:
        if e.name not in _NOT_A_REQUEST_ALONE:
            strong.append(e)
        elif e.name == "title" and e.role in (SIMILAR, DIRECTOR_OF, CAST_OF):  # "the director of / guy from X": a person
            strong.append(e)
        elif e.name == "media_type" and (e.end is None or _AFTER_MEDIA_WORD.match(text, e.end)):
            strong.append(e)
        elif e in kind_with_origin:  # "un film français", "una serie coreana": the kind and its origin asked for
            strong.append(e)
        elif e.name in ("country", "language") and (origin_alone(text, e) or _origin_only_alone(text, e)):
            strong.append(e)
        elif e.name == "title" and (origin_alone(text, e) or FINISHED_BEFORE_RE.search(text[:e.start or 0])):
            strong.append(e)  # "the office", "hmm, dark?", "we just finished <title>": titles like it
    return strong


# A statement about the viewers' own origin or language: "i'm german", "we live in spain", "my wife speaks french".
_VIEWER_ORIGIN_RE = re.compile(
    r"^\W*(?:i|we|my\s+\w+|our\s+\w+|me\s+and\s+(?:my\s+|our\s+)?\w+)\s*(?:['’]?m|['’]?re|am|are|is|was|were|speak|speaks|live|lives"
    r"|living|come|comes|moved|grew|was\s+born|were\s+born|learn|learning|studied|study)\b", _F)


def states_viewer_origin(turn: Turn) -> bool:
    """The message only tells where the viewers are from or what they speak ("i'm german", "we live in spain"),
    with no search going on and no request words: no request, whatever the label (a place alone stays declined)."""
    text = turn.text or ""
    found = constraint_entities(turn.entities)
    return (bool(found) and all(e.name in ("country", "language") for e in found) and not search_active(turn)
            and not REQUEST_CUES.search(text) and not _ORIGIN_WISH_RE.search(text)
            and bool(_VIEWER_ORIGIN_RE.match(text)))


# A wish beside the origin makes it a request: "my partner is australian and wants aussie stuff, anything from there".
_ORIGIN_WISH_RE = re.compile(
    r"\b(?:wants?|wanna|likes?|loves?|into|fan\s+of|prefers?|misses|anything|something|stuff|films?|movies?"
    r"|shows?|series|cinema|tv)\b", _F)
