"""Whether the catalog holds a title, asked in any of the shapes viewers use — one home for both runtimes.

The NLU reads a title typed with a slip inside such a question as that title ("you guys have haikyuu" is Haikyu!!:
the question is the evidence a loose reading needs), and the actions answer it with the title's card, or say the
catalog lacks it. Both read the same frames (``asked_slot``):

- asking words before the title: "do you (guys) have <title>", "does netflix have <title>", "have you got <title>",
  "got <title>?", "is <title> on here", "is there <title>?", "is there a <title> thing / show / anime?", "there's a <title> anime, right?";
- the title first, then the question: "<title> on here?", "<title> available?", "<title> on netflix?", "<title> is it
  here", "the <title> show, is that on here", "<title> - do you have it?", "<title>, got it?";
- a season of the title: "<title> season 3", "<title> new season out yet?".

The slot is where the title's words stand (with the kind word the frame puts after them); a kind word closing it ("show", "anime", "thing") or an article opening it
("the") is the viewer's way of pointing at the title, no constraint. Whether the words name a title is the caller's to
judge (the extractor's reading, the gazetteer): "is there a horror anime?" and "comedies on here?" have slots whose
words are a kind, and stay requests. Stdlib only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

_F = re.IGNORECASE

# Words that open a message without changing the question after them: a greeting or thanks ("hi,", "hello there!",
# "thanks! and", "good evening,"), a hedge ("ok so", "um", "quick question"). "Hi, is <title> on here?" asks what
# "is <title> on here?" asks.
OPENER = (r"^\W*(?:(?:(?:hey|hi|hiya|hello|howdy|yo|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|guys|all|folks))?"
          r"|(?:thanks|thank\s+you|thx)(?:\s+(?:so\s+much|very\s+much|a\s+lot|a\s+bunch))?|cheers|ok(?:ay)?|so|and|um+|hm+"
          r"|quick\s+question)\W+)*")
# Who is asked whether they hold it: "you (guys)", "y'all", "netflix", "this app".
HOLDER = r"(?:you|u|ya|y'?all|netflix|this\s+(?:app|service|thing|site|platform))(?:\s+guys)?"
# Asking whether the catalog holds something: "do you (guys) have|carry|stock|got|offer", "does this app have", "have
# you got", "you got", "netflix got".
ASK_HAVE = (rf"(?:(?:do|does)\s+{HOLDER}\s+(?:still\s+)?(?:have|carry|stock|got|offer)"
            rf"|(?:have|has|got)\s+{HOLDER}\s+got|(?:you|u|ya|y'?all|netflix)(?:\s+guys)?\s+(?:have|has|got))")
# Where the title should be: "on here", "here", "on there" (a letter slipped: "on ther"), "on netflix / this / the app",
# "available (to stream)", "available", "in your catalog",
# "streaming"; and the politeness after it ("by any chance", "at all", "please").
# "available" typed with a slip ("avalable", "avaliable", "availble") still asks it (round 24c).
AVAILABLE = r"av[a-z]{0,3}l[a-z]{0,3}ble"
HERE = (rf"(?:on\s+here|here|on\s+(?:there|ther|thre|netflix|this|the\s+(?:app|service|site|platform|catalog(?:ue)?))"
        rf"|{AVAILABLE}(?:\s+to\s+(?:stream|watch))?"
        r"|in\s+(?:the|your)\s+(?:catalog(?:ue)?|library|collection)|streaming)")
POLITE = r"(?:by\s+any\s+chance|at\s+all|please|pls)"
# The verb asking it, now or of the past ("was <title> on here", "is it here", "were they on netflix"): a viewer who
# remembers a title from the catalog asks the same question.
COPULA = r"(?:is|are|was|were)"
# The question's second half, asking whether the title was taken away ("… or did they take it off", "… or was it
# removed", "… or is it gone"): the same question, the answer the title's card or the honest "not in the catalog".
REMOVED = (r"or\s+(?:(?:did|have|has)\s+(?:they|you|u|netflix|y'?all)\s+(?:take|taken|took|remove|removed|pull|pulled"
           r"|drop|dropped)\s+(?:it|that|them)(?:\s+(?:off|down|away|out))?|(?:is|was)\s+(?:it|that)\s+(?:gone|removed"
           r"|taken\s+(?:off|down)|pulled))")
# A kind word the viewer points at the title with ("the <title> show", "a <title> thing", "a <title> anime").
KIND = (r"(?:thing|show|series|tv\s+show|movie|film|flick|anime|cartoon|doc|documentary|docuseries|special|sitcom"
        r"|one)")

# One season of the title named after it ("season 3", "the new season"): the title is what is asked about (round 36).
_SEASON = (r"(?:(?:the\s+)?(?:new|latest|last|final|next)\s+season|season\s+(?:\d{1,2}|one|two|three|four|five|six"
           r"|seven|eight|nine|ten))")
# ... never a count or a length of seasons wished for ("a single season one", "one season only", "a short season 1")
_NO_COUNT_BEFORE = "".join(rf"(?<!\b{w})" for w in ("single", "one", "two", "three", "short", "long", "mini", "limited",
                                                    "full", "first", "whole", "a", "per", "each"))
_SEASON_AFTER_RE = re.compile(rf"{_NO_COUNT_BEFORE}\s+{_SEASON}$", _F)
# A request made only for the case the title is missing, after the question's mark ("if not, …", "otherwise …",
# "failing that …", "if you don't have it …"): with the title there, the question is all that is asked (round 36).
IF_MISSING = (r"(?:and\s+|but\s+)?(?:if\s+not|(?:or\s+)?otherwise|or\s+else|failing\s+that|if\s+(?:you|u)"
              r"\s+(?:do\s*n[o']?t|dont)|if\s+(?:it'?s|its|it\s+is)\s+not)\b")
_IF_MISSING_AFTER_MARK_RE = re.compile(rf"^[^?]*\?+\s*{IF_MISSING}", _F)


def asks_only_if_missing(after: str) -> bool:
    """The words after a title close its question and ask for the rest only if it is missing ("on here? if not, …")."""
    return _IF_MISSING_AFTER_MARK_RE.match(after) is not None


_WORDS = r"(?P<words>\w[\w'’:&.!-]*(?:\s+\w[\w'’:&.!-]*){0,7}?)"
# A tag question closing it ("<title> is on here right", "… yeah?", "… or nah": rounds 34, 35): the same question.
_TAG = r"(?:[\s,]*(?:right|yeah|yes|correct|isn'?t\s+it|innit|or\s+(?:nah|not|no)))"
# Who the title is for, after it ("do you have <title> for my son", "… for the kids"): the same question (round 35).
_FOR_WHOM = r"(?:\s+for\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)"
_END = rf"{_FOR_WHOM}?(?:\s+{POLITE})?(?:[\s?!.,]*{REMOVED})?{_TAG}?[\s?!.]*$"
_THEM = r"(?:it|that|this|they|those|them|dat)(?:\s+one)?"
# Which title is meant, in apposition after its name in a title-first frame ("<title>, the german show. is it here",
# "<title>, the 2019 one - on here?"): part of the slot, it says which title is asked about, no constraint.
_WHICH = rf"(?:\s*,\s*(?:the|that|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{KIND}|version|remake|adaptation|original))"
_TITLE_FIRST = rf"(?P<slot>{_WORDS}{_WHICH}?)"
# Between the title and the question after it: punctuation with spaces around it, or spaces only (one reading of a
# run of spaces, so a long run fails in linear time).
_GAP = r"(?:\s*[,.?!;:\-–—]+\s*|\s+)"
# The frames, each matched against the whole message (after an opener); "words" is the slot.
_FRAMES = (
    # "do u have <title>", "you guys have <title>", "got <title>?", "have you got <title> on here"
    re.compile(rf"{OPENER}(?:{ASK_HAVE}|got|have\s+(?:you|ya)(?:\s+guys)?\s+got)\s+{_WORDS}(?:\s+{HERE})?{_END}", _F),
    # "is there a <title> thing?", "is there a <title> anime on here", "are there any <title> movies"
    re.compile(rf"{OPENER}{COPULA}\s+there\s+(?:an?\s+|any\s+)?(?P<slot>{_WORDS}\s+{KIND}s?)(?:\s+{HERE})?{_END}", _F),
    # "is there <title>?", "is there friends on here": a name right after "is there", no article or quantity before it
    # (round 36); "is there anything / a good …" asks for a kind and stays a request (the words name no title)
    re.compile(rf"{OPENER}{COPULA}\s+there\s+(?!(?:an?|any|anything|something|some|more|other|no|nothing)\b)"
               rf"{_WORDS}(?:\s+{HERE})?{_END}", _F),
    # "there's a <title> anime right?", "theres a <title> show isn't there", "there is a <title> movie yeah?"
    re.compile(rf"{OPENER}there(?:'?s|’s|\s+is)\s+an?\s+(?P<slot>{_WORDS}\s+{KIND})(?:\s+{HERE})?\s*,?\s*"
               rf"(?:right|yeah|yes|no|isn'?t\s+there|innit|correct)\b{_END}", _F),
    # "<title> is it here", "the <title> show is that on here", "<title>, is it on netflix?", "<title> r they here"
    # ... "there" too when the question is asked with its copula ("<title>, is it there": round 34), and "on" closing
    # it as in "is <title> on?" ("<title>, is it on": round 35)
    re.compile(rf"{OPENER}{_TITLE_FIRST}{_GAP}(?:{COPULA}|r)\s+{_THEM}\s+(?:(?:still|now|currently|actually)\s+)?"
               rf"(?:{HERE}|there|on){_END}", _F),
    # "<title> - do you have it?", "<title>, you got it?", "<title> got that?"
    re.compile(rf"{OPENER}{_TITLE_FIRST}{_GAP}(?:{ASK_HAVE}|got)\s+{_THEM}(?:\s+{HERE})?{_END}", _F),
    # "is <title> on?", "are the <title> films on": "on" closing the question is the catalog's (round 27A)
    re.compile(rf"{OPENER}{COPULA}\s+{_WORDS}\s+(?:(?:still|now|currently|actually)\s+)?on{_END}", _F),
    # "<title> is on here right", "<title> is still available?": the title first, then its copula (round 34)
    re.compile(rf"{OPENER}{_TITLE_FIRST}\s+(?:is|are)\s+(?:(?:still|now|currently|actually)\s+)?{HERE}{_END}", _F),
    # "<title> on here?", "<title> available?", "the <title> show on netflix?"
    re.compile(rf"{OPENER}{_TITLE_FIRST}{_GAP}(?:(?:still|now|currently|actually)\s+)?{HERE}{_END}", _F),
    # "<title> season 3", "ozark season 4 on here?", "<title> new season out yet": one season of a title asked for is the
    # title asked for (round 36); the card tells its seasons
    re.compile(rf"{OPENER}{_TITLE_FIRST}{_NO_COUNT_BEFORE}\s+{_SEASON}(?:\s+(?:out(?:\s+yet)?|yet))?(?:\s+{HERE})?{_END}", _F),
    # "is <title> there?", "was <title> still there": the copula's question with "there" closing it (round 34); last,
    # so "is <title> on there" keeps its own frame
    re.compile(rf"{OPENER}{COPULA}\s+{_WORDS}(?<!\bon)\s+(?:(?:still|now|currently|actually)\s+)?there{_END}", _F),
)
# Words that are never a title's slot on their own ("is it on here", "anything on netflix?", "got any?").
_NOT_A_TITLE = frozenset({
    "it", "that", "this", "them", "those", "these", "there", "here", "any", "anything", "some", "something", "a", "an",
    "more", "other", "others", "stuff", "everything", "all", "what", "which", "you", "u", "me", "us", "i", "we",
    "is", "are", "was", "were", "do", "does", "have", "got", "one", "ones", "the", "now", "time",
})
# Words pointing at something the viewer has or sees, never inside a title asked about ("… for this thing").
_POINTING = frozenset({"this", "that", "these", "those", "my", "our"})
# The kind word left out of the words asked about ("the <title> show"); "things" stays ("Stranger Things").
# Words asking for more than the one title ("do you have <title> or some other movie", "<title> or anything similar").
_ASKS_MORE = frozenset({"other", "others", "else", "anything", "something", "similar", "any", "anyone"})
_KIND_RE = re.compile(r"(?:\s+(?:thing|shows?|series|tv\s+shows?|movies?|films?|flicks?|anime|cartoons?|docs?"
                      r"|documentar(?:y|ies)|docuseries|specials?|sitcoms?|one))+$", _F)
_ARTICLE_RE = re.compile(r"^(?:the|that|this|a|an)\s+", _F)


class Slot(NamedTuple):
    """Where the words asked about stand in the message (character offsets), and the words themselves with the kind
    word and article around them left out ("the tiger king show" → "tiger king")."""

    start: int
    end: int
    words: str


@lru_cache(maxsize=256)
def asked_slot(text: Optional[str]) -> Optional[Slot]:
    """The slot of an availability question the whole message asks (module docstring), or None. Only the frame is
    read: the caller judges whether the words name a title."""
    if not text or text.startswith("/"):
        return None
    for frame in _FRAMES:
        m = frame.match(text)
        if m is None:
            continue
        start, end = m.span("slot" if "slot" in frame.groupindex else "words")  # a kind word after it included
        words = _ARTICLE_RE.sub("", without_kind_word(_SEASON_AFTER_RE.sub("", m["words"]))).strip(" .!-'\"“”‘’")
        tokens = words.casefold().split()
        if (not tokens or all(t in _NOT_A_TITLE for t in tokens)
                or tokens[0] in ("any", "anything", "something", "some", "nothing")
                or tokens[:2] in (["there", "is"], ["there", "are"])  # "there is nothing on here right"
                or _POINTING & set(tokens) or _ASKS_MORE & set(tokens)):
            continue  # "is it on here", "got any?", "… for this thing", "<title> or some other movie"
        return Slot(start, end, words)
    return None


def without_kind_word(said: str) -> str:
    """The words without the kind word closing them ("the matrix movie" → "the matrix"; "stranger things" stays)."""
    return _KIND_RE.sub("", said)


def within_slot(text: Optional[str], start: int, end: int) -> bool:
    """The characters ``start``–``end`` lie in the slot of the availability question the message asks."""
    slot = asked_slot(text)
    return slot is not None and slot.start <= start and end <= slot.end
