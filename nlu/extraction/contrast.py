"""Mood modifiers said as a comparison: "but less scary", "funnier", "not as dark", "a bit lighter".

A comparative says how the answer should differ from something the viewer already has in mind: the
title of "like X but less scary", the item of "more like the second one but darker", or the list on
screen ("something funnier"). It is the extra ``contrast`` entity (outside the public list, like
``position``; docs/contracts.md §5 "Like X but Y") with one of the values of ``VALUES``; the dialogue
reads it relative to the "like" anchor when there is one (actions/contrast.py) and as the plain mood
otherwise. The span takes in its own "less" / "not as", so negation never reads "less scary" as
"nothing scary" twice. "Not too scary" stays a negation (nothing scary) and "less violent" / "not too gory"
stay the content caps of audience.py: those are limits, not comparisons.

Runtime and era comparatives ("but shorter", "but newer") stay the ``duration`` / ``year`` relatives
of durations.py / years.py: the dialogue decides what they are relative to. Format, language, origin
and audience ("but as a film", "but in English", "but not Korean", "but for kids") are ordinary
constraints and come from their own rules.
"""

from __future__ import annotations

import re

from .spans import P_STRUCTURED, Match, single

ENTITY = "contrast"
LESS_SCARY, SCARIER, FUNNIER, DARKER, LIGHTER = "less-scary", "scarier", "funnier", "darker", "lighter"
GENTLER = "gentler"
VALUES: tuple[str, ...] = (LESS_SCARY, SCARIER, FUNNIER, DARKER, LIGHTER, GENTLER)

_F = re.IGNORECASE
# "less", "not as", "not so", "not quite as", "a bit less", "a little less", "way less", "slightly less"
_LESS = (r"(?:(?:a\s+(?:bit|little|lot)\s+|way\s+|much\s+|slightly\s+|somewhat\s+)?less"
         r"|not\s+(?:quite\s+|nearly\s+)?(?:as|so))")
_MORE = r"(?:(?:a\s+(?:bit|little|lot)\s+|way\s+|much\s+|slightly\s+|even\s+)?more)"
_SCARY = r"(?:scary|creepy|spooky|frightening|terrifying|horrifying|horror|horrory)"
_HEAVY = r"(?:dark|heavy|serious|grim|bleak|depressing|gritty|sad)"
# Harshness is what a title shows, not only its tone: "gentler", "less brutal" step its maturity down too (round 26e)
_HARSH = r"(?:brutal|harsh|intense|rough)"  # violent, gory, graphic: the violence words (a cap)
_FUNNY = r"(?:funny|humou?rous|comedic|comical|silly|humou?r|comedy|laughs|jokes)"
_LIGHT = r"(?:light-?hearted|upbeat|cheerful|cheery|happy|fun|uplifting|feel-?good)"

_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (LESS_SCARY, re.compile(rf"\b(?:{_LESS}\s+{_SCARY}|tamer|milder|less\s+of\s+the\s+(?:horror|scares|gore))\b", _F)),
    (SCARIER, re.compile(rf"\b(?:scarier|creepier|spookier|{_MORE}\s+{_SCARY})\b", _F)),
    (FUNNIER, re.compile(rf"\b(?:funnier|sillier|{_MORE}\s+{_FUNNY}|with\s+more\s+(?:laughs|jokes|humou?r))\b", _F)),
    # "heavier": heavier in tone, the opposite of lighter ("which is heavier, <A> or <B>")
    (DARKER, re.compile(r"\b(?:darker|heavier|grittier|edgier|bleaker|grimmer|more\s+(?:dark|gritty|serious|disturbing"
                        r"|twisted|edgy))\b", _F)),
    (LIGHTER, re.compile(rf"\b(?:lighter|happier|cheerier|{_LESS}\s+{_HEAVY}|{_MORE}\s+{_LIGHT})\b", _F)),
    (GENTLER, re.compile(rf"\b(?:gentler|softer|{_LESS}\s+{_HARSH})\b", _F)),
)


# A comparative told about a title's own parts: "the sunlight makes it less scary", "the music made it lighter",
# "which is what's making it funnier". The viewer describes what they want, no shift is asked: the imperative "make it
# less scary" (of the list) stays a request.
_TOLD_ABOUT_RE = re.compile(r"\b(?:makes|made|making|keeps|kept)\s+(?:it|them|this|that|things|everything|the\s+\w+)"
                            r"\s+(?:(?:a\s+)?(?:bit|little|lot|way|much|slightly|somewhat)\s+)?$", _F)


def find(text: str) -> list[Match]:
    """Every mood comparative in ``text`` (an exact structured reading: it outranks the mood lexicon), except one told
    about a title's own parts (``_TOLD_ABOUT_RE``)."""
    return [single(ENTITY, m.start(), m.end(), value, P_STRUCTURED, f"contrast-{value}")
            for value, rx in _RULES for m in rx.finditer(text) if not _TOLD_ABOUT_RE.search(text, 0, m.start())]
