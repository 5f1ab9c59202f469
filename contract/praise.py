"""Praise said of a title in a viewer's own slang: "<title> was sick / fire / a banger / goated / peak", "<title>
slapped", "<title> hits different", "loved <title> to bits".

Why one home: the words are praise only right beside a title. Said there they make the title the anchor of a
like-search (nlu/extraction/names.py reads the title as the praised subject) and they are never what the viewer wants
searched for (actions/query_text.py blanks them, actions/like_praise.py drops what another reader made of a hedge
inside them: "lowkey" is no relaxing mood there). Elsewhere the same words keep their meaning: "something sick and
twisted", "i was sick last week", "a fire at sea".

Stdlib only: both the extractor and the actions import it.
"""

from __future__ import annotations

import re

__all__ = ["praise_after_title", "slang_praise_after_title"]

# Hedges and intensifiers viewers put before or after the praise ("lowkey sick", "so fire", "peak tbh").
_HEDGE = (r"(?:so+|really|just|totally|absolutely|lowkey|low[-\s]key|highkey|literally|honestly|straight\s+up|"
          r"actually|genuinely|pretty|super|hella|mad|deadass|actual|such|an?\s+(?:total|absolute|real|proper))")
_TAIL = r"(?:\s+(?:af|fr(?:\s+fr)?|ngl|tbh|imo|no\s+cap|lol|lmao|tho|though|man|bro|dude|honestly))*"
# Slang praise only a work gets: the subject before it is a title even when it is an ordinary word ("dark was a
# banger"). "sick" never before "of" ("sick of"), "fire" never before a noun phrase ("a fire at sea" has an article).
_WORK_SLANG = (r"(?:sick(?!\s+(?:of|to|with|in)\b)|fire|lit|dope|goated|goat|peak|elite|insane|unreal|legendary|iconic|"
               r"immaculate|bussin|top[-\s]tier|top[-\s]notch|s[-\s]tier|next[-\s]level|chef'?s\s+kiss|10\s*/\s*10|"
               r"banger|bangers|vibe|gem|masterpiece|must[-\s]watch)")
_COPULA = r"(?:was|is|'s|’s|were|are|has\s+been|have\s+been)"
# Verbs of praise said without a copula: "<title> slapped", "<title> hits different", "<title> went hard".
_PRAISE_VERB = (r"(?:slapp?(?:ed|s)|bang(?:ed|s)|hits\s+different|hit\s+different|ate|went\s+hard|goes\s+hard|"
                r"rocked|rocks|ruled|rules|"
                # round 26c: what a work does to its viewer ("<title> blew my mind", "<title> wrecked me")
                r"blew\s+(?:my|our)\s+minds?|blew\s+(?:me|us)\s+away|wrecked\s+(?:me|us)|broke\s+(?:me|us)|"
                r"had\s+(?:me|us)\s+hooked|got\s+(?:me|us)\s+hooked)")
_SLANG_AFTER_RE = re.compile(
    rf"\s*(?:{_COPULA}\s+(?:{_HEDGE}\s+)*(?:an?\s+)?{_WORK_SLANG}|(?:{_HEDGE}\s+)?{_PRAISE_VERB})\b{_TAIL}",
    re.IGNORECASE)
# Love said with its measure after the title: "loved <title> to bits", "adored <title> so much".
_LOVE_BEFORE_RE = re.compile(r"\b(?:lov(?:e|ed|es)|ador(?:e|ed|es)|enjoy(?:ed|s)?|lik(?:e|ed|es))\s+(?:the\s+)?$",
                             re.IGNORECASE)
_LOVE_MEASURE_RE = re.compile(
    r"\s+(?:to\s+(?:bits|pieces|death|the\s+moon(?:\s+and\s+back)?)|so\s+(?:so\s+)?much|sm|a\s+lot|heaps|loads)\b"
    + _TAIL, re.IGNORECASE)


def slang_praise_after_title(text: str, end: int) -> tuple[int, int] | None:
    """The span of slang praise right after a title ending at ``end`` ("… was sick", "… slapped fr"), or None."""
    m = _SLANG_AFTER_RE.match(text, end)
    return (m.start(), m.end()) if m else None


def praise_after_title(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of praise said of the title at ``text[start:end]`` that is no wish: slang praise after it, or the
    measure of a love before it ("loved <title> to bits"), or None."""
    found = slang_praise_after_title(text, end)
    if found is not None:
        return found
    if _LOVE_BEFORE_RE.search(text[:start]):
        m = _LOVE_MEASURE_RE.match(text, end)
        if m:
            return m.start(), m.end()
    return None
