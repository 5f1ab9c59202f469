"""Two things set side by side in one message: where each side's words are.

The NLU reads a side as a title only when a catalog title is all of it (``nlu.extraction.names``); the actions answer
two titles read that way with both of them side by side (``actions.compared_titles``). Both read the same shapes from
here, so what the extractor accepts as a comparison is what the action answers as one. Stdlib only: both runtimes
import this module.

The shapes: "is <A> better than <B>", "which is / what's better, <A> or <B>", "<A> or <B>, which one …", "should i
watch / start <A> or <B>", "which should i start, <A> or <B>", "<A> vs <B>" and "<A> or <B>" heading a sentence of
its own (words about the evening may follow: "… for tonight", "… first?").
"""

from __future__ import annotations

import re

Slot = tuple[int, int]

_COMPARATIVE = r"(?:better|worse|(?:more|less)\s+[a-z'-]+|[a-z]+er)"
_SUPERLATIVE = rf"(?:the\s+)?(?:{_COMPARATIVE}|best|worst|[a-z]+est|most\s+[a-z'-]+)"
# A side: words from a non-space to a non-space, no clause punctuation in it (never whitespace at its ends, so a long
# run of spaces is passed over once, not tried at every length: "kids" and 4000 spaces).
_SIDE = r"[^,;:?!.\s](?:[^,;:?!.]*?[^,;:?!.\s])?"
_WHICH = r"which(?:\s+one)?(?:\s+is|\s+was|'s|’s)"
_WHAT = r"what(?:'s|’s|s|\s+is|\s+would\s+be)"
# The choice verbs of "which should i start", "should we watch <A> or <B>".
_CHOICE_VERB = (r"(?:watch|start|begin|see|pick|choose|try|binge|stream|put\s+on|go\s+(?:for|with)|do)"
                r"(?:\s+(?:first|next|tonight|now))?")
_SHOULD = r"(?:should|shall|do|would|could|can)\s+(?:i|we|u|you)"
# Fillers that may open the sentence of a bare pair ("hmm, <A> or <B>?", "ok so <A> vs <B>").
_FILLER = r"(?:(?:hm+|um+|uh+|ok(?:ay)?|so|well|and|but|also|honestly|quick\s+question|question)\s*[,:]?\s+)*"
# Where a pair's second side ends: the clause's end (a dash too: "<A> or <B> - which is lighter"), or words about the
# evening or the order after it.
_PAIR_END = (r"(?=\s*(?:$|[,;:?!.…–—])|\s+-+\s|\s+(?:for|tonight|today|this|with|if|when|first|next|now|to\s+(?:watch|start|"
             r"binge|see)|on\s+(?:a|an|the)|which|what)\b)")
_JOIN = r"(?:or|vs\.?|versus|v\.?)"
# Who or what the choice is for, between the question and its pair ("which is better for my niece, <A> or <B>").
_FOR_WHOM = r"(?:\s+(?:for|with|on)\s+[^,;:?!.]{1,40}?(?=\s*[,:\-–—]))?"

_COMPARISON_RES = (
    re.compile(rf"\b(?:is|was|are)\s+(?P<a>{_SIDE})\s+(?:(?:any|much|way|even|actually|really|a\s+lot)\s+)?"
               rf"{_COMPARATIVE}\s+than\s+(?P<b>{_SIDE})\s*(?=$|[,;:?!.]|\s+(?:or\s+not|for|if|though|tho)\b)",
               re.IGNORECASE),
    re.compile(rf"\b(?:{_WHICH}|{_WHAT})\s+{_SUPERLATIVE}{_FOR_WHOM}\s*(?:[,:\-–—]\s*|\s+)(?P<a>{_SIDE})\s*,?\s+{_JOIN}\s+"
               rf"(?P<b>{_SIDE}){_PAIR_END}", re.IGNORECASE),
    re.compile(rf"\bwhich(?:\s+one)?\s+{_SHOULD}\s+{_CHOICE_VERB}\s*(?:[,:\-–—]\s*|\s+)(?P<a>{_SIDE})\s*,?\s+"
               rf"{_JOIN}\s+(?P<b>{_SIDE}){_PAIR_END}", re.IGNORECASE),
    re.compile(rf"\b{_SHOULD}\s+{_CHOICE_VERB}\s+(?P<a>{_SIDE})\s+{_JOIN}\s+(?P<b>{_SIDE}){_PAIR_END}",
               re.IGNORECASE),
)
# A pair heading a sentence of its own, with no word of choice around it ("<A> or <B>?", "hmm <A> vs <B>"): a
# comparison when both sides are titles, too loose to say a side the catalog lacks was meant as a title ("yes or no").
_BARE_PAIR_RE = re.compile(rf"(?:^|[.!?;]\s*){_FILLER}(?P<a>{_SIDE})\s+(?P<join>{_JOIN})\s+(?P<b>{_SIDE}){_PAIR_END}",
                           re.IGNORECASE)


def comparison_slots(text: str) -> list[tuple[Slot, Slot]]:
    """The character ranges of the two sides of every comparison of two things in ``text``, in message order,
    each pair once (two shapes may read the same pair)."""
    found = {(m.span("a"), m.span("b")) for m in _BARE_PAIR_RE.finditer(text)}
    return sorted(found | set(cued_comparison_slots(text)))


def cued_comparison_slots(text: str) -> list[tuple[Slot, Slot]]:
    """The sides of the comparisons a word of choice marks ("better than", "which should i start", "vs"): a side
    there is meant as a name even when the catalog lacks it ("is <a title it lacks> better than <one it has>")."""
    found = {(m.span("a"), m.span("b")) for rx in _COMPARISON_RES for m in rx.finditer(text)}
    found |= {(m.span("a"), m.span("b")) for m in _BARE_PAIR_RE.finditer(text) if m.group("join").lower() != "or"}
    return sorted(found)


# What may stand around a name inside its side: an article, quotes, spaces.
_SLOT_REST_RE = re.compile(r"[\s\"'“”‘’]*(?:the\s*)?[\s\"'“”‘’]*", re.IGNORECASE)


def fills_slot(text: str, slot: Slot, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are all of ``slot`` (an article or quotes around them aside)."""
    return (slot[0] <= start and end <= slot[1] and bool(_SLOT_REST_RE.fullmatch(text[slot[0]:start]))
            and bool(_SLOT_REST_RE.fullmatch(text[end:slot[1]])))
