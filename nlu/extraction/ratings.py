"""Maturity ratings: "PG-13", "rated R", "tv-ma" → canonical codes of the vocabulary's RATINGS.

Single letters ("R", "G") are only ratings next to the word "rated", a capital R turned down ("no R stuff") or
let in ("R is fine too", "allow R")
— otherwise every "a" or "g" in chat would be a rating. "PG-13 or lower" is not one rating but a ceiling, so it becomes an
``audience`` (the audience of that rating, per vocabulary.RATING_AUDIENCE), and so is an age limit said as "14+".
"""

from __future__ import annotations

import re

from contract.vocabulary import RATING_AUDIENCE, audience_for_age

from .spans import EXCLUDE, P_STRUCTURED, Match, single

_F = re.IGNORECASE
# Codes as typed, and as a smart speaker writes them down: the letters spaced ("tv m a", "tv p g", "p g", "p g 13") and the number spelt
# out ("tv fourteen", "pg thirteen", "tv y seven", "nc seventeen"). Only a space or a dash joins the parts: "pg and
# thirteen year olds" is PG beside an age. A spelt number followed by a unit ("tv fourteen hours a week") is a count.
_SEVEN = r"(?:7|seven)"
_SPELT_UNIT = (r"(?![\s-]*(?:hours?|hrs?|minutes?|mins?|times|days?|weeks?|months?|years?|yrs?|episodes?|seasons?"
               r"|channels?|people|of)\b)")
_CODE = (rf"(?:tv[\s-]?y[\s-]?{_SEVEN}[\s-]?f[\s-]?v|tv[\s-]?y[\s-]?{_SEVEN}{_SPELT_UNIT}|tv[\s-]?y|tv[\s-]?g"
         rf"|tv[\s-]?p[\s-]?g|tv[\s-]?(?:14|fourteen){_SPELT_UNIT}|tv[\s-]?m[\s-]?a"
         rf"|p\.?[\s-]?g\.?[\s-]?(?:13|thirteen){_SPELT_UNIT}|n\.?[\s-]?c\.?[\s-]?(?:17|seventeen){_SPELT_UNIT}"
         rf"|p\.?[\s-]?g\.?)")
_SPELT_NUMBERS = {"seven": "7", "thirteen": "13", "fourteen": "14", "seventeen": "17"}
_LETTER = r"[gr]"
_RATED_PRE = r"rated\s+"
# "rated ma" / "rated m a": TV-MA without its "tv", only after "rated" ("ma" alone is a mother or Massachusetts).
_RATED_MA = r"m[\s-]?a"
_RATING = rf"(?:(?:{_RATED_PRE})?(?:{_CODE})|{_RATED_PRE}(?:{_LETTER}|nr|ur|{_RATED_MA})|(?:{_LETTER})[\s-]rated|\bunrated)"
# "pg13-ish", "pg-13ish": a rating hedged with "-ish" is that rating (round 34); the span keeps the hedge.
_RATING_RE = re.compile(rf"\b(?P<r>{_RATING})(?:-?ish)?(?![\w-])", _F)
_UPPER_RE = re.compile(r"\b(?P<r>NR|UR)\b")  # only when typed as codes
# A capital R turned down is the rating, not a letter: "no R stuff", "nothing R", "without R movies".
_NEGATED_R_RE = re.compile(r"\b(?:[Nn]o|[Nn]othing|[Nn]ot|[Ww]ithout|NO|NOTHING)\s+(?P<r>R)(?![\w'-])")
# A capital R (or G) let in ("R is fine too", "R's ok as well", "allow R", "R works"): a rating said as a letter, as
# the turned-down one is; lower case stays a letter ("r u sure").
_OK = r"(?:fine|ok|okay|good|alright|all\s+right|acceptable|allowed|great)"
_ACCEPTED_LETTER_RE = re.compile(
    r"(?:\b(?:[Aa]llow(?:ing)?|[Ii]nclud(?:e|ing)|[Aa]lso|[Pp]lus|[Ee]ven|[Oo]r|[Ww]hat\s+about|[Hh]ow\s+about)"
    r"\s+(?P<a>[RG])(?![\w'-])(?=\s+(?:rated|movies|films|stuff|ones|titles|shows|too|also|as\s+well|please|pls|plz|then)\b|\s*[?!.,]*\s*$)"
    r"|(?<![\w'-])(?<!\bI\s)(?<!\b[Uu]\s)(?<!\b[Ww]e\s)(?<!\b[Yy]ou\s)(?<!\b[Tt]hey\s)(?P<b>[RG])(?:\s+(?:movies|films|stuff|ones|titles|shows))?"
    rf"(?:\s+(?:is|are|would\s+be|could\s+be)|['’]s|['’]d\s+be)?\s+(?:{_OK}|too|also|as\s+well|works|work)\b)")
# A letter listed beside a rating code ("R or TV-MA", "PG-13/R", "r, tv-ma or nc-17"): the list makes it a rating,
# in either case ("r or tv-ma" typed in lower case). A letter beside a word ("r u sure", "G or whatever") stays a letter.
_LIST_SEP = r"\s*(?:,|/|&|\bor\b|\band\b)\s*"
_LISTED_LETTER_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>[RrG])(?=(?i:{_LIST_SEP}(?:rated\s+)?(?:{_CODE}))(?![\w-]))"
    rf"|(?<![\w-])(?i:{_CODE}{_LIST_SEP})(?P<b>[RrG])(?![\w'’-])")
_CEILING_PRE_RE = re.compile(
    rf"\b(?:up\s+to|at\s+most|max(?:imum)?|no\s+higher\s+than|nothing\s+(?:rated\s+)?(?:above|higher\s+than|beyond|past|over)"
    rf"|not\s+(?:rated\s+)?above|below\s+or\s+at"
    # "keep it pg13-ish", "keep things pg": the level the viewer keeps to, a ceiling (round 34)
    rf"|keep\s+(?:it|things|them|this|everything)(?:\s+(?:at|to|around|like))?)\s+(?P<r>{_RATING})(?:-?ish)?(?![\w-])", _F)
_CEILING_POST_RE = re.compile(
    rf"\b(?P<r>{_RATING})\s+(?:or\s+(?:lower|less|below|under|younger|milder|softer)|and\s+(?:below|under|lower)|max(?:imum)?|at\s+most)\b", _F)


# A rating turned down (round 24a): a refusal before it with only words of letting someone watch between ("I'm not
# letting her watch R rated stuff", "won't let the kids see anything rated R", "we don't want R") or a verdict after it
# ("R is a no", "TV-MA is off the table", "R isn't ok"). The rating is excluded, never asked for: actions/constraints.py
# makes an adult rating turned down the teen cap. A bare letter counts only as a capital ("R is a no"). Words that
# weigh the rating ("i don't mind R", "doesn't have to be R") are not between: no refusal.
_REFUSAL_CUE = r"(?:\b(?:not|never|no\s+way|wont|dont|cant|cannot|isnt|arent|aint)|n't|n’t)"
_LETTING_WORDS = (r"(?:let|lets|letting|allow|allows|allowing|allowed|permit|permits|permitted|her|him|them|me|us|the"
                  r"|my|our|his|their|kids?|children|child|son|daughter|boys?|girls?|teens?|little\s+ones?|watch|watching"
                  r"|see|seeing|to|be|any|anything|something|stuff|going|gonna|wanna|want|wants|that|those|ever|really"
                  r"|yet|do|doing|he|she|they|we|i|it|anymore|again|near|go)")
_CAPITAL_LETTER = r"(?-i:R)(?![\w'’-])"
_REFUSED_BEFORE_RE = re.compile(
    rf"{_REFUSAL_CUE}\s+(?:{_LETTING_WORDS}\s+){{0,6}}(?P<r>{_RATING}(?![\w-])|{_CAPITAL_LETTER})", _F)
_VERDICT = (r"(?:(?:is|are|would\s+be|will\s+be)\s+|['’]s\s+|\s*=\s*)(?:a\s+(?:hard\s+|big\s+|definite\s+|firm\s+)?no(?:[\s-]go)?"
            r"|out|off\s+the\s+table|off[\s-]limits|not\s+(?:ok|okay|allowed|fine|an\s+option|happening|on)|too\s+much"
            r"|banned|forbidden|a\s+dealbreaker|a\s+deal[\s-]breaker)"
            r"|\s*(?:isn['’]?t|aren['’]?t|is\s+not|are\s+not)\s+(?:ok|okay|allowed|fine|an\s+option|happening|on)")
_REFUSED_AFTER_RE = re.compile(rf"(?<![\w-])(?P<r>{_RATING}|{_CAPITAL_LETTER})\s*(?:{_VERDICT})\b", _F)


# A lower-case "r" turned down in a list of ratings turned down ("no tv-ma, no r, no pg-13"): the rating, as the codes
# beside it say; alone ("no r") it stays a letter.
_LISTED_NO_R_RE = re.compile(r"(?:^|(?<=[,;/]\s)|(?<=[,;/]))\s*(?:no|not)\s+(?P<r>r)(?=\s*(?:[,;/.!?]|$|\b(?:or|and|nor)\b))", _F)


def _refused(text: str) -> list[Match]:
    """Ratings turned down by a refusal before them or a verdict after them (``_REFUSED_BEFORE_RE``,
    ``_REFUSED_AFTER_RE``): excluded, the verdict's words in the span."""
    out = []
    if len([m for m in _RATING_RE.finditer(text) if canonical(m["r"])]) >= 1:
        out += [single("rating", m.start("r"), m.end("r"), "R", P_STRUCTURED + 1, "rating-refused-listed", EXCLUDE)
                for m in _LISTED_NO_R_RE.finditer(text)]
    for rx in (_REFUSED_BEFORE_RE, _REFUSED_AFTER_RE):
        for m in rx.finditer(text):
            code = canonical(m["r"])
            if code in RATING_AUDIENCE:
                end = m.end() if rx is _REFUSED_AFTER_RE else m.end("r")
                out.append(single("rating", m.start("r"), end, code, P_STRUCTURED + 1, "rating-refused", EXCLUDE))
    return out


# An age limit as the ratings print it ("it can be 14+", "something 18+", "a 16+ film", "13+ is fine", "14 and up",
# "16 plus"): a ceiling at the
# audience of that age (the age bands of vocabulary.audience_for_age: 14+ is the teens'; 17+ and 18+ the adults', as
# TV-MA and R are for 17 and over). Only the ages
# that mark a rating (12–18): "8+" stays a bare bound in the search's unit (bounds.py), and a unit after it ("14+
# seasons", "12+ episodes") or a rating word before it ("pg 13+", "ages 13+": the age rules) is not this.
# A count of things is no age limit: "seen 15+ horror movies this month", "15+ friends coming over", "there are 15+
# of us". A plural noun after the number (a word or two of description between) is what is counted; the words that
# begin a phrase of their own ("18+ for my friends", "13+ is ok for the kids") end the look.
_COUNTED = (r"movies|films|flicks|shows|series|documentaries|docs|cartoons|titles|things|ones|episodes|seasons"
            r"|friends|people|persons|guests|kids|children|adults|guys|girls|boys|teens|teenagers|students|folks"
            r"|times|hours|minutes|days|weeks|months|years")
_GAP_STOP = (r"(?:for|with|to|is|are|was|be|and|or|but|so|ok|okay|fine|only|please|pls|me|us|my|our|the|a|an|in|on"
             r"|at|if|as|rated|content|stuff|too|also)\b")
_AGE_LIMIT_RE = re.compile(
    r"(?<![\w.+-])(?<!\bpg\s)(?<!\bages\s)(?<!\baged\s)(?<!\bage\s)(?<!\bseason\s)(?<!\bepisode\s)"
    r"(?P<n>1[2-8])(?:\s*\+(?![\w+])|[\s-]+plus\b|\s+and\s+(?:up|over|older)\b)"
    r"(?!\s*(?:seasons?|episodes?|eps|min(?:ute)?s?|hours?|hrs?|h\b|years?|yrs?|people|persons|guests|titles|movies\s+a|of)\b)"
    rf"(?!\s*(?:(?!{_GAP_STOP})[a-z'-]+\s+){{0,2}}(?:{_COUNTED})\b)", _F)


# The youngest age the adult ratings are for (TV-MA and R are "17+"): an age limit from it lets them in.
_ADULT_RATINGS_AGE = 17


def _limit_audience(age: int) -> str:
    """The audience whose ratings a viewer of ``age`` may watch: "16+" stops at TV-14, "17+" lets TV-MA and R in."""
    return "adult" if age >= _ADULT_RATINGS_AGE else audience_for_age(age)


def canonical(raw: str) -> str | None:
    """Map a typed rating ("pg 13", "rated r", "R-rated", "tvma") to its vocabulary code."""
    s = re.sub(r"[\s.-]+", "", raw.lower())
    s = re.sub("|".join(sorted(_SPELT_NUMBERS, key=len, reverse=True)), lambda w: _SPELT_NUMBERS[w.group(0)], s)
    s = s.removeprefix("rated").removesuffix("rated")
    if s == "un":
        return "UR"
    if s == "ma":
        s = "tvma"  # "rated ma"
    if s.startswith("tv"):
        s = "TV-" + s[2:].upper()
        s = s.replace("Y7FV", "Y7-FV")
    else:
        s = {"pg13": "PG-13", "nc17": "NC-17"}.get(s, s.upper())
    return s if s in RATING_AUDIENCE or s in ("NR", "UR") else None


def find(text: str) -> list[Match]:
    """Explicit ratings, ratings turned down, and rating ceilings as audiences."""
    out = _refused(text)
    for rx in (_RATING_RE, _UPPER_RE, _NEGATED_R_RE):
        for m in rx.finditer(text):
            if code := canonical(m["r"]):
                out.append(single("rating", m.start("r"), m.end("r"), code, P_STRUCTURED, "rating"))
    for rx in (_ACCEPTED_LETTER_RE, _LISTED_LETTER_RE):
        for m in rx.finditer(text):
            group = "a" if m["a"] else "b"
            out.append(single("rating", m.start(group), m.end(group), m[group].upper(), P_STRUCTURED, "rating-letter"))
    for m in _AGE_LIMIT_RE.finditer(text):
        out.append(single("audience", m.start(), m.end(), _limit_audience(int(m["n"])), P_STRUCTURED, "rating-age-limit"))
    for rx in (_CEILING_PRE_RE, _CEILING_POST_RE):
        for m in rx.finditer(text):
            code = canonical(m["r"])
            if code in RATING_AUDIENCE:
                out.append(single("audience", m.start(), m.end(), RATING_AUDIENCE[code], P_STRUCTURED,
                                  "rating-ceiling"))
    return out
