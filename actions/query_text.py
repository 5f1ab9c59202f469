"""The free-text remainder of a request, used as the soft ``query`` of the recommender.

Entities cover the structured part of "a heist movie set in Paris under two hours"; the rest ("set in
Paris") is still what the viewer wants and ranks well semantically. We remove the entity spans and the
conversational filler ("can you show me", "something", "please", "tonight") and keep what is left only
when it still has content words, so "what should I watch with my kids tonight?" sends no query at all
instead of ranking titles by similarity to "what should I watch tonight".
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.entities import Entity

# Words that carry no topic: request phrasing, pronouns, media nouns, time of day, politeness,
# refinement markers. Lowercase, matched as whole words.
FILLER_WORDS: frozenset[str] = frozenset("""
a about actually again all also am an and any anything are around as at be because best bit but by
can could did do does dont don't else even for from get give go going good got great have having
help hey hi how i i'd i'm id im in instead into is it it's its just kind kinda let like looking lot
maybe me mind more movie movies film films flick flicks my need new nice no not now of ok okay on one
ones or other please pls plz possibly prefer rather really recommend recommendation recommendations
right see series shall she should show shows similar so some something sort stuff suggest suggestion
suggestions sure tv than thanks that the them then there these thing things this tho though to
today tomorrow tonight too try up us want wanna watch watching we weekend what whatever which with
would ya yeah yes you your evening night afternoon morning bored boring fun cool interesting
different else another more options option pick picks idea ideas title titles program programs
programme programmes episode episodes content stream streaming netflix
minutes minute mins min hour hours hr hrs long short shorter longer quick under over less least most
between old year years rated much lots hmm hm umm uh make better worse change changed
directed direct director directors starring stars star cast acting acted featuring feature only either
neither nor released release before after since during until rating era decade decades language
dubbed subtitled subtitles country genre genres type style vibe mood feel feeling ones those
find finding look looking search searching give gave tell telling enjoy enjoyable love loved fancy
prefer wants needs whole little lol haha able can't cant won't wont i'll ill we're they're there's
here here's where when while available watchable binge bingeable worth decent awesome amazing
""".split())

_WORD = re.compile(r"[a-z0-9][a-z0-9'\-]*")
MIN_CONTENT_CHARS = 3


def residual_query(text: Optional[str], entities: Sequence[Entity]) -> Optional[str]:
    """What the viewer said beyond the entities and filler, or None when nothing meaningful is left."""
    if not text or text.startswith("/"):
        return None
    remaining = _blank_spans(text, entities).lower()
    words = [w.strip("'-") for w in _WORD.findall(remaining)]
    content = [w for w in words if w and w not in FILLER_WORDS and not w.isdigit()]
    if not any(len(w) >= MIN_CONTENT_CHARS for w in content):
        return None
    return " ".join(content)


def _blank_spans(text: str, entities: Sequence[Entity]) -> str:
    """Replace the characters of every located entity by spaces (offsets stay valid)."""
    chars = list(text)
    for e in entities:
        if e.start is None or e.end is None:
            continue
        for i in range(max(0, e.start), min(len(chars), e.end)):
            chars[i] = " "
    return "".join(chars)
