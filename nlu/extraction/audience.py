"""Who is watching → a maturity cap: a child's age, companions, and "clean" / "no swearing".

The age bands are vocabulary.AGE_AUDIENCE (docs/contracts.md "Age mapping"): up to 6 preschool (TV-Y,
TV-G, G), 7–9 kids (+ TV-Y7), 10–12 family (+ PG, TV-PG), 13–17 teen (+ PG-13, TV-14), adults above.
Ages come as "for a 6 year old", "my 9yo", "aged 7", "my daughter is 4", "she's five", "my kids are 5 and
8" (several ages: the youngest decides). Word audiences ("kids", "a toddler", "family movie night", "with
my grandparents") are lexicon terms, listed at the end of this module.

Content: "clean" (positively) and, through negation.py, a negated content word ("no swearing", "nothing
violent", "without sex scenes") are a *cap*: ``audience`` vocabulary.CLEAN_AUDIENCE with ``role: "cap"``,
which only ever tightens the audience already asked for (actions/constraints.py). A content word that is
not negated ("a bit of violence is fine") says nothing and is dropped.
"""

from __future__ import annotations

import re

from contract.vocabulary import CLEAN_AUDIENCE, audience_for_age

from .numbers import WORD_NUMBER, parse_number
from .spans import P_STRUCTURED, Match, single
from .terms import Term

CAP = "cap"
CONTENT = "content"  # internal entity of content words; negation.py turns a negated one into a cap

_F = re.IGNORECASE
_AGE = rf"(?:\d{{1,2}}|{WORD_NUMBER})"
_WHO = r"(?:(?:for|with)\s+)?(?:(?:a|an|my|our|the|his|her|their|your)\s+)?"
_YEARS_OLD = r"[\s-]*(?:years?|yrs?|yr)[\s-]*olds?\b"
_YEAR_OLD_RE = re.compile(rf"\b{_WHO}(?P<age>{_AGE}){_YEARS_OLD}", _F)
# "5 and 8 year olds", "a 4, 7 and 10 year old": the youngest decides.
_AGE_LIST_RE = re.compile(
    rf"\b{_WHO}(?P<ages>{_AGE}(?:\s*(?:,|and|&|or)\s*(?:an?\s+)?{_AGE})+){_YEARS_OLD}", _F)
_YO_RE = re.compile(rf"\b{_WHO}(?P<age>\d{{1,2}})\s*(?:yo|y/o|y\.o\.)(?![\w/])", _F)
_AGED_RE = re.compile(rf"\b(?:aged?|ages)\s+(?P<age>{_AGE})(?:\s*(?:\+|and\s+(?:up|over|older)|-\s*\d{{1,2}}|to\s+\d{{1,2}}))?", _F)
# "my daughter is 4", "our kids are 5 and 8", "she's five", "he just turned 7".
_CHILD = (r"(?:little\s+|youngest\s+|oldest\s+|eldest\s+)?(?:sons?|daughters?|kids?|child|children|boys?|girls?"
          r"|nephews?|nieces?|grandsons?|granddaughters?|grandkids?|grandchildren|brothers?|sisters?|little\s+ones?"
          r"|toddlers?|twins|stepsons?|stepdaughters?)")
_NOT_AN_AGE = (r"(?!\s*(?:%|percent|min|mins|minutes?|h\b|hrs?|hours?|seasons?|episodes?|stars?|times|am\b|pm\b"
               r"|o'?clock))")
_IS = (r"(?:\s+(?:is|are|'s|’s|was|were|turned|just\s+turned|turns|turning)|'s|’s|'re|’re)"
       r"\s+(?:only\s+|just\s+|about\s+|almost\s+|nearly\s+)?")
_AGES = rf"(?P<ages>{_AGE}(?:\s*(?:,|and|&)\s*{_AGE})*)"
_IS_AGE_RE = re.compile(rf"\b(?:my|our|the|his|her|their)\s+{_CHILD}{_IS}{_AGES}\b{_NOT_AN_AGE}", _F)
_PRONOUN_AGE_RE = re.compile(rf"\b(?:she|he|they){_IS}{_AGES}(?:{_YEARS_OLD})?(?![\w-]){_NOT_AN_AGE}", _F)
_AGE_SPLIT_RE = re.compile(r"\s*(?:,|\band\b|&|\bor\b)\s*(?:an?\s+)?", _F)

# "clean" as a request ("something clean", "clean comedies", "keep it clean"), not the chore ("while I
# clean", "clean the kitchen").
_NOT_THE_CHORE = r"(?![\s-]+(?:up|out|the|my|our|your|house|room|kitchen|slate|energy|water|eating|air|sweep|break|cut|shaven))"
_CLEAN_RE = re.compile(
    r"\b(?:(?:keep\s+it|something|anything|nothing\s+but|only|strictly|totally|completely|very|super|squeaky"
    rf"|pretty|fairly|nice\s+and|a|some)[\s-]+)(?P<w>clean)\b{_NOT_THE_CHORE}"
    r"|(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)\b(?P<w2>clean)(?=[\s-]+(?:comed|movie|film|flick|show|series|stuff|content"
    r"|humou?r|joke|fun\b|famil|entertainment|stand|ones?\b|option|pick|title|anime|cartoon|kids?\b|tv\b|please|only)"
    r"|\s*[.!?]*\s*$)", _F)


def find(text: str) -> list[Match]:
    """Audience matches for every age expression in ``text``, and "clean" caps."""
    out = []
    for rx in (_YEAR_OLD_RE, _YO_RE, _AGED_RE):
        for m in rx.finditer(text):
            age = parse_number(m["age"])
            if age is not None and 0 < age < 100:
                out.append(single("audience", m.start(), m.end(), audience_for_age(int(age)),
                                  P_STRUCTURED, "audience-age"))
    for rx in (_AGE_LIST_RE, _IS_AGE_RE, _PRONOUN_AGE_RE):
        for m in rx.finditer(text):
            ages = [parse_number(a) for a in _AGE_SPLIT_RE.split(m["ages"]) if a.strip()]
            ages = [int(a) for a in ages if a is not None and 0 < a < 100]
            if ages:
                # longer than a single "8 year olds" match, so the whole list wins the overlap
                out.append(single("audience", m.start(), m.end(), audience_for_age(min(ages)),
                                  P_STRUCTURED, "audience-ages"))
    for m in _CLEAN_RE.finditer(text):
        word = "w" if m["w"] else "w2"
        out.append(single("audience", m.start(word), m.end(word), CLEAN_AUDIENCE, P_STRUCTURED, "clean", CAP))
    return out


# Word audiences. They take precedence over the vocabulary's genre synonyms "for kids"/"children"/
# "family friendly": who is watching is a maturity constraint (contracts §5), not a catalog tag.
_WORDS: dict[str, tuple[str, ...]] = {
    "preschool": ("toddler", "toddlers", "preschooler", "preschoolers", "little one", "little ones", "baby",
                  "babies", "infant", "infants", "tots", "tiny tots", "very young kids", "very young children",
                  "under fives", "under-fives", "nursery kids", "kindergartener", "kindergarteners",
                  "kindergartner", "kindergartners"),
    "kids": ("kids", "kid", "children", "child", "little kids", "young kids", "young children", "youngsters",
             "kiddos", "kiddies"),
    "family": ("family", "whole family", "the whole family", "all the family"),
    "teen": ("teens", "teenagers", "teenager", "adolescents", "young adult", "young adults", "teenage son",
             "teenage daughter", "teenage kids", "teenage children", "teenage boy", "teenage girl", "teen son",
             "teen daughter", "teenage nephew", "teenage niece"),
    "adult": ("adults", "grown-ups", "grownups", "grown ups", "grown-up", "mature audiences"),
}
_FIXED: dict[str, tuple[str, ...]] = {
    "preschool": ("toddler-friendly", "toddler friendly", "preschool", "pre-school", "for the little ones"),
    "kids": ("kid-friendly", "kid friendly", "child-friendly", "child friendly", "safe for kids",
             "suitable for kids", "appropriate for kids", "ok for kids"),
    "family": ("family-friendly", "family friendly", "all ages", "family night", "family movie night",
               "movie night with the family", "family film night", "family tv night"),
    "teen": ("my teen", "a teen", "tweens and teens"),
    "adult": ("adult", "mature", "adults only", "for adults", "grown-up stuff"),
}
_TWEENS = ("tweens", "tween", "preteens", "pre-teens", "preteen")
_PREPS = ("", "for ", "with ")
_DETS = ("", "my ", "the ", "our ", "your ", "a ")
# Company that calls for nothing embarrassing: the family cap, when they watch too ("with my grandparents",
# "for my grandma", "me and my parents") — "my dad loves westerns" alone says nothing.
_COMPANIONS = ("grandparents", "grandparent", "grandma", "grandpa", "granny", "grandmother", "grandfather",
               "grandmum", "grandmom", "nana", "nan", "gran", "grandad", "granddad", "parents", "mom", "mum",
               "dad", "mother", "father", "mom and dad", "mum and dad", "in-laws", "parents-in-law",
               "mother-in-law", "father-in-law", "relatives", "aunt", "auntie", "uncle", "pastor", "priest")
_COMPANION_PREPS = ("with ", "for ", "and ", "watching with ", "along with ")
_COMPANION_DETS = ("my ", "the ", "our ", "my elderly ")
# Content a viewer may rule out: negated ("no swearing", "nothing violent", "without sex scenes") each is a
# cap at vocabulary.CLEAN_AUDIENCE (negation.py); words that are also moods keep their mood reading too.
CONTENT_WORDS: tuple[str, ...] = (
    "swearing", "swear words", "swear word", "swears", "cursing", "curse words", "curse word", "cuss words",
    "cuss word", "cussing", "bad words", "bad word", "f-bomb", "f-word", "sex scene", "nude scene", "profanity",
    "profanities", "bad language", "foul language", "strong language", "coarse language", "crude language",
    "adult language", "rough language", "f-bombs", "f-words", "obscenities", "vulgarity", "vulgar",
    "crude humor", "crude humour", "dirty jokes", "nudity", "nude scenes", "naked people", "sex", "sex scenes",
    "sexual content", "sexual stuff", "sexual scenes", "sexy stuff", "sexy scenes", "steamy scenes",
    "smut", "explicit", "explicit content", "explicit scenes", "explicit stuff", "graphic", "graphic violence",
    "graphic content", "graphic scenes", "violence", "gore", "gory", "blood", "bloody", "bloodshed",
    "killing", "killings", "drugs", "drug use", "adult content", "adult themes", "mature content",
    "mature themes", "inappropriate", "inappropriate stuff", "inappropriate content", "innuendo",
)
# Content words that are moods too: negated, they cap *and* exclude the mood ("less violent" → not dark).
CONTENT_MOODS: dict[str, str] = {"violent": "dark", "brutal": "dark", "disturbing": "dark"}


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for audiences, including "with my kids" / "for the family" framings."""
    out: list[tuple[str, Term]] = []
    for value, nouns in _WORDS.items():
        for noun in nouns:
            out += [(f"{prep}{det}{noun}", Term("audience", value)) for prep in _PREPS for det in _DETS]
    for value, phrases in _FIXED.items():
        out += [(p, Term("audience", value)) for p in phrases]
    out += [(f"{prep}{w}", Term("audience", "family")) for w in _TWEENS for prep in ("", "for ", "with ")]
    out += [(f"{prep}{det}{w}", Term("audience", CLEAN_AUDIENCE))
            for w in _COMPANIONS for prep in _COMPANION_PREPS for det in _COMPANION_DETS]
    out += [(w, Term("audience", CLEAN_AUDIENCE)) for w in ("grandparents", "the grandparents", "the in-laws")]
    out += [(f"{det}{w} {verb}", Term("audience", CLEAN_AUDIENCE))
            for w in _COMPANIONS for det in ("my ", "the ", "our ")
            for verb in ("is visiting", "are visiting", "is over", "are over", "is coming over", "are coming over",
                         "is staying with us", "are staying with us", "is watching too", "are watching too")]
    return out


def content_terms() -> list[tuple[str, Term]]:
    """Content words (only meaningful when negated; see negation.py). Listed before moods."""
    out = [(w, Term(CONTENT, CLEAN_AUDIENCE)) for w in CONTENT_WORDS]
    out += [(w, Term(CONTENT, CLEAN_AUDIENCE, extra=(("mood", mood),))) for w, mood in CONTENT_MOODS.items()]
    return out
