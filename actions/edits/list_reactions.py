"""Reactions to the whole list shown that keep its search (pure; no I/O).

"Another one", "one more", "any others", "moar pls": the same search, fresh picks (``wants_more_picks``); so is a
turn-down of the whole list ("she got bored", "not into these", "meh", "something else": ``turns_down_list``).
"""

from __future__ import annotations

import re
from typing import Optional

from contract.words import LAUGHTER_PATTERN, without_chat_edges

_F = re.IGNORECASE

# "another one", "one more", "any others", "different ones", "next": the same search, fresh picks.
# Chat noise that may open a follow-up without changing what it asks ("haha ok, others?", "lol fine something else",
# "heh alright, more"): laughter, shrugs and acknowledgements before the words that ask for more picks.
_CHAT_LEAD = (r"(?:(?:ok(?:ay)?|k+|hm+|um+|uh+|and|so|well|fine|alright|all\s+right|right|sure|cool|oh|ah+|eh|yeah|yep"
              rf"|whatever|oh\s+well|{LAUGHTER_PATTERN}|haha\w*)[\s,.!:;-]+)*")
# "seen it", "i've watched that already", "already saw those": a seen clause before asking for more picks.
_SEEN_LEAD = (r"(?:(?:i|we)(?:'ve|’ve|\s+have)?\s+)?(?:already\s+)?(?:seen|watched|saw)\s+(?:it|that(?:\s+one)?|this(?:\s+one)?"
              r"|those|these|them|'?em)(?:\s+(?:all|already|before))*")
_MORE_PICKS_RE = re.compile(
    r"\b(?:another\s+(?:one|few|batch|set|list|option|suggestion|pick)s?|one\s+more(?!\s+(?:thing|question|time))|a\s+few\s+more"
    r"|(?:any|some|got\s+any|give\s+me|show\s+me)\s+(?:more|others|other\s+(?:ones|options|titles)|different\s+ones)"
    r"|(?:more|moa+r|mo+re)\s+(?:please|pls|plz|options|suggestions|picks|ideas|titles|results)|(?:different|other)\s+ones"
    r"|next\s+(?:ones?|batch|few|page))\b"
    # round 27C: chat's "moar", "mooore" and a courtesy after the bare word ("moar pls", "more then thx")
    rf"|^\s*{_CHAT_LEAD}(?:more|moa+r|mo+re|others|another|next|again)(?:[\s,]+(?:please|pls|plz|then|thx|thanks|ty|lol))*"
    r"\s*[.!?]*\s*$"
    rf"|^\s*{_CHAT_LEAD}(?:still|even|some|a\s+few|yet)\s+more\b(?!\s+(?:recent|than))"
    rf"|^\s*(?:(?:nah|no)[\s,]+)?{_CHAT_LEAD}something\s+different(?:\s+(?:please|pls))?\s*[.!?]*\s*$"
    # round 34: "hmm what else", "ok what else you got", "what else is there": the question a list leaves open
    rf"|^\s*{_CHAT_LEAD}what\s+else(?:\s+(?:(?:have\s+)?(?:you|u|ya)\s+got|is\s+there|(?:do\s+)?(?:you|u)\s+have"
    r"|(?:could|can|should)\s+(?:i|we)\s+watch))?(?:[\s,]+(?:please|pls|plz|then|tho))*\s*[.!?]*\s*$"
    # "seen it, another", "watched that already. others?": the pick on screen seen, more picks of the same search
    rf"|^\s*{_CHAT_LEAD}{_SEEN_LEAD}[\s,.!:;-]+{_CHAT_LEAD}(?:(?:an)?other(?:\s+one)?s?|more|next|else|something\s+else)"
    r"(?:\s+(?:one|ones|please|pls|plz|then|thx|thanks))*\s*[.!?]*\s*$", _F)


# A turn-down of the whole list shown: "she got bored", "bored of these", "meh", "not into these", "none of those",
# "these all look dull", "something else, ...". The search stays; fresh picks follow.
_LIST_DOWN_RE = re.compile(
    r"\b(?:bored|boring|meh+|yawn|snooze)\b"
    r"|\bnot\s+(?:really\s+|quite\s+|so\s+)?(?:into|feeling|loving|digging|keen\s+on|interested\s+in|a\s+fan\s+of"
    r"|impressed\s+by|excited\s+(?:by|about)|sold\s+on|grabbing\s+(?:me|us|her|him|them))\s+"
    r"(?:any\s+of\s+)?(?:these|those|them|this\s+(?:list|lot|batch|bunch|selection)|any)\b"
    r"|\b(?:these|those|they|them)\s+(?:all\s+)?(?:look|seem|sound|are|were)\s+(?:\w+\s+)?(?:boring|dull|meh|lame|bad|awful|terrible|uninspiring)\b"
    r"|\bnone\s+of\s+(?:these|those|them)\s*(?:$|[,.!?;]|\b(?:appeal|grab|work|interest|do\s+it)\w*)"
    r"|\bnothing\s+(?:here\s+|there\s+)?(?:appeals|grabs|works|interests|clicks)\b"
    # round 25d: "ones i haven't seen, not those", "something we haven't watched": other titles than the list's
    r"|\b(?:ones?|something|anything|stuff|titles?|things?)\s+(?:that\s+)?(?:i|we|he|she|they|my\s+\w+)\s+(?:have\s*n[o']?t|havent"
    r"|haven't|has\s*n[o']?t|hasnt|hasn't|did\s*n[o']?t|didnt|didn't|have\s+not|has\s+not|never)\s+(?:\w+\s+)?(?:seen|watched|saw"
    r"|see|watch)\b"
    r"|\b(?:didn't|didnt|did\s+not|doesn't|doesnt|don't|dont|do\s+not)\s+(?:really\s+)?(?:like|want|fancy|care\s+for|love)"
    r"\s+(?:any\s+of\s+)?(?:these|those|them)\b"
    rf"|^\W*(?:(?:nah|no)[\s,]+)?{_CHAT_LEAD}(?:something|anything|show\s+(?:me|us)\s+something)\s+else\b"
    # "nah", "nope", "nah not really" said alone to a list: the list turned down (a bare "no" may answer a question)
    r"|^\W*(?:na+h+|nope+|naw+|nay)(?:[\s,.]+(?:not\s+(?:really|it|these|those|them|feeling\s+(?:it|these|those))"
    r"|none\s+of\s+(?:these|those|them)|sorry))?\W*$", _F)


def turns_down_list(text: Optional[str]) -> bool:
    """"She got bored", "not into these", "meh", "something else, ...": the whole list turned down, not the
    search; the same search with fresh picks ("something else"), never a new search from nothing. Discourse adverbs
    before it and chat after it ("still something else haha") change nothing (``_reads``)."""
    return _reads(_LIST_DOWN_RE, text)


def wants_more_picks(text: Optional[str]) -> bool:
    """"Another one", "one more", "any others": the same search, fresh picks (also "again others pls", "yet more lol")."""
    return _reads(_MORE_PICKS_RE, text)


def _reads(pattern: re.Pattern[str], text: Optional[str]) -> bool:
    """``pattern`` matches the message as said or without its chat edges (contract.words ``without_chat_edges``):
    round 31C, a reaction to the list opened by "still" / "again" / "yet" or closed by "lol" / "pls" / "tho" is the
    same reaction. A slash command is none."""
    if not text or str(text).startswith("/"):
        return False
    said = str(text)
    return bool(pattern.search(said)) or bool(pattern.search(without_chat_edges(said)))
