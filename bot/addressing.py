"""An address at the start of a message is not part of the request.

Viewers who are used to smart speakers type (or a speech-to-text layer passes on) the words they would say to
one: "alexa, ask mediabot for an action movie", "hey google tell mediabot something else", "mediabot, not the
first one". The NLU should read "an action movie", "something else", "not the first one": the address shifts the
classifier (a greeting, small talk) and its words would otherwise be read as a request. A real Alexa or Google
request never carries the wake word; these come from typed channels and relayed transcripts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from contract.settings import env

# The assistants a viewer may address before naming the bot ("alexa", "hey google", "ok google", "siri").
_ASSISTANT = r"(?:alexa|google|siri|assistant|cortana)"
_GREETING = r"(?:hey|hi|ok|okay)"
# How a request is handed to a named skill: "ask mediabot for", "tell mediabot to", "open mediabot and".
_HANDOVER = r"(?:(?:please|can\s+you|could\s+you)\s+)?(?:ask|tell|open|launch|start|use)"
_LINK = r"(?:to|for|about|if|whether|that|and)"


# A skill name heard or typed another way ("media bot", "the movie bot", "movie-bot"): after an assistant's name and
# a handover word, one or two words ending in "bot" are the skill, whatever the configured name.
_ANY_BOT = r"(?:the\s+)?(?:\w+[\s-]?)?bot"


def _spoken_name(bot_name: str) -> str:
    """The configured name as a pattern that also matches it spoken apart or hyphenated ("media bot", "media-bot")."""
    letters = re.sub(r"\s+", "", bot_name)
    return r"[\s-]?".join(re.escape(c) for c in letters)


@lru_cache(maxsize=4)
def _address_re(bot_name: str) -> re.Pattern[str]:
    name = _spoken_name(bot_name)
    handover = rf"{_HANDOVER}\s+(?:{name}|{_ANY_BOT})\b(?:\s+{_LINK}\b)?[\s,:]*"
    return re.compile(
        r"^\s*(?:"
        rf"{_GREETING}\s+{_ASSISTANT}\b[\s,:!.]*(?:{handover})?"  # "hey google, …", "ok google tell mediabot …"
        rf"|{_ASSISTANT}(?:\s*[,:!]+\s*(?:{handover})?|\s+{handover})"  # "alexa, …", "alexa ask mediabot for …"
        rf"|(?:{_GREETING}\s+)?{name}\s*[,:!]+\s*"  # "mediabot, not the first one"
        r")",
        re.IGNORECASE)


def without_address(text: str, bot_name: str | None = None) -> str:
    """``text`` without a leading address to a voice assistant or the bot; unchanged when nothing would be left
    ("alexa" alone, "hey mediabot" alone are greetings and stay as they are)."""
    m = _address_re(bot_name or env("MEDIABOT_BOT_NAME")).match(text)
    if not m or not m.end():
        return text
    rest = text[m.end():].strip()
    return rest if re.search(r"\w", rest) else text
