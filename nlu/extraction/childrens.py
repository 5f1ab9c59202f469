"""Children's titles asked for by kind: "kids" said as the modifier of a format or genre noun, and animation words
ruled out.

* "a kids movie", "kids movies", "kids series", "a kid's film", "childrens shows", "kids comedies": viewers mean the
  same thing singular or plural — titles from the children's shelf (genre ``kids``) *and* a rating children may
  watch (audience vocabulary.KIDS_WORD_AUDIENCE, the family / PG level of the age mapping). The lexicon reads some
  of these as the genre only ("kids movies") and some as the audience only ("a kids movie"); ``kids_as_kind`` gives
  every one both, on the modifier's span. Ruled out ("not a kids show", "no kids movies") only the genre is
  excluded: a grown-up title may still be rated for everyone.
* Round 29C: an animation word asked for grown-ups ("a cartoon series for adults", "animated films that aren't meant
  for children", "an animated comedy, not for the kids"): the drawn look stays (the anime shelf, as "an animated show for
  mature audiences" reads), the children's shelf is ruled out and no child's audience is said
  (``animation_for_grown_ups``).
* "no cartoons", "nothing animated", "without the cartoony ones": beside a request for children's titles ("a kids
  movie but no cartoons", "for my 6 year old, nothing animated") the viewer wants live-action children's titles,
  so only anime is excluded and the kids genre stays asked for. Without one ("a comedy series, nothing animated")
  the cartoons ruled out are mostly the children's shelf, so anime *and* the kids genre are excluded — the kids
  exclusion on the animation word's own span, so a follow-up's planner can tell it from "no kids shows" and drop
  it while the search it edits is for children (``negated_animation``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from contract.vocabulary import AUDIENCES, KIDS_WORD_AUDIENCE
from contract.words import ANIMATION_WORD_PATTERN, CHILD_KIN_PATTERN, LIVE_ACTION_PATTERN, REAL_KIND_PATTERN

from . import media
from .spans import EXCLUDE, Found

KIDS = "kids"
ANIME = "anime"
_KIND_ENTITIES = frozenset({"genre", "media_type"})

# The children's word as a modifier, possessive or not ("kids", "kid's", "kids'", "children's", "childrens"), with
# its article ("a kids movie"); the noun it modifies must follow (checked against the entities found there).
_MODIFIER_RE = re.compile(
    r"\b(?:(?:a|an)\s+)?(?:kids?|kid['’]s|kids['’]|children|children['’]s|childrens|childrens['’]|kiddie|kiddy)"
    r"(?=[\s-]+\w)", re.IGNORECASE)
_NEXT_WORD_RE = re.compile(r"[\s-]+")
# "my kids", "the children" written plain are the children themselves, and the word after is their verb or a noun of
# its own ("my kids show no interest", "my kids film everything", "the kids series finale"): no modifier. The
# possessive spellings stay one ("the kids' shows", "my kid's movie").
_OWNED_PLAIN_RE = re.compile(r"\b(?:my|our|the|your|his|her|their)\s+(?:kids?|children|childrens)$", re.IGNORECASE)
_WORD_RE = re.compile(r"\w+")
# Animation words: what the drawn look is called. "anime" names its own shelf and is not one of them.
_ANIMATION_RE = re.compile(rf"\b(?:{ANIMATION_WORD_PATTERN})\b", re.IGNORECASE)
# Audiences that are a child's (anything below grown-ups).
_CHILD_AUDIENCES = frozenset(AUDIENCES[:AUDIENCES.index("teen")])


def kids_as_kind(text: str, found: list[Found]) -> list[Found]:
    """"kids" before a format or genre noun: the kids genre and the children's audience on the modifier's span (see
    the module docstring); excluded, the kids genre only."""
    for m in _MODIFIER_RE.finditer(text):
        gap = _NEXT_WORD_RE.match(text, m.end())
        if gap is not None and _SHOWN_TO_RE.search(text, 0, m.end()):
            found = _children_shown(found, m.start(), m.end())
            continue
        if gap is not None and _OWNED_PLAIN_RE.search(text, 0, m.end()):
            found = _children_doing(text, found, m.start(), m.end(), gap.end())
            continue
        if gap is None:
            continue
        noun = next((f for f in found if f.entity in _KIND_ENTITIES and f.start <= gap.end() < f.end
                     and f.start >= m.start()), None)
        word = _WORD_RE.match(text, gap.end())
        # a media noun a negation dropped ("not a kids series": the series is no wish) still makes the modifier
        if noun is not None or (word and media.media_word(word.group().lower())):
            found = _as_kind(found, m.start(), m.end(), noun)
    return found


# "a family comedy", "family adventure movie", "animated family comedy" (round 25c): "family" right before a genre noun is
# the kids & family shelf with that genre (and the family audience it was read as). A format noun after it is an
# occasion or an audience only ("family movie night", "a family film": the lexicon's reading stays), and so are the
# kinds whose "family" names their subject rather than their viewers ("family drama", a family documentary).
_FAMILY_WORD_RE = re.compile(r"\b(?:a\s+)?famil(?:y|ies)$", re.IGNORECASE)
_FAMILY_SUBJECT_GENRES = frozenset({"drama", "documentary", "science-nature", "reality", "talk-show", "stand-up", KIDS,
                                    "family", "teen"})


def family_as_kind(text: str, found: list[Found]) -> list[Found]:
    """"family" before a genre noun it modifies (see above): the kids genre on its span, beside the family audience;
    an animation word then says the same children's shelf ("animated family comedy": no anime of its own)."""
    added: list[Found] = []
    for f in found:
        if not (f.entity == "audience" and f.role is None and _FAMILY_WORD_RE.search(text, f.start, f.end)):
            continue
        gap = _NEXT_WORD_RE.match(text, f.end)
        noun = gap and next((g for g in found if g.entity == "genre" and g.start == gap.end()), None)
        if noun is not None and noun.role is None and noun.value not in _FAMILY_SUBJECT_GENRES:
            added.append(Found("genre", f.start, f.end, KIDS))
    if not added:
        return found
    kept = [f for f in found if not (f.entity == "genre" and f.value == ANIME and f.role is None
                                     and animation_word(text, f))]
    return sorted(kept + added, key=lambda f: (f.start, f.end))


def animation_for_children(text: str, found: list[Found]) -> list[Found]:
    """An animation word asked for beside a child watching anywhere in the message ("a cartoon comedy for my 6 year
    old", "something animated, the kids are 4 and 7") is the children's shelf, as round 25c reads "animated family
    comedy": anime read on the word becomes the kids genre, never a strict anime wish that a child's cap empties.
    "anime" said as such is no animation word and stays."""
    if not any(f.entity == "audience" and f.value in _CHILD_AUDIENCES and f.role is None
               and _said_of_a_child(text[f.start:f.end], f.value) for f in found):
        return found
    drawn = [f for f in found if f.value == ANIME and f.role is None and animation_word(text, f)]
    if not drawn:
        return found
    out = [f for f in found if f not in drawn]
    out += [replace(f, value=KIDS) for f in drawn
             if not any(g.entity == "genre" and g.value == KIDS and g.role is None and (g.start, g.end) == (f.start, f.end)
                        for g in out)]
    return sorted(out, key=lambda f: (f.start, f.end))


# "show the kids films from back then", "showing our children some old movies": the children are who the titles are
# shown to (the children's audience, of no stated age), never the children's shelf.
_SHOWN_TO_RE = re.compile(r"\b(?:show|shows|showing|showed|shown)\s+(?:my|our|the|your|his|her|their)\s+"
                          r"(?:kids?|children|grandkids?|grandchildren)$", re.IGNORECASE)


def _children_shown(found: list[Found], start: int, end: int) -> list[Found]:
    """The children shown the titles: the kids genre read on their word gives way to their audience."""
    kept = [f for f in found if not (f.start < end and start < f.end and f.entity == "genre" and f.value == KIDS
                                     and f.role is None)]
    if not any(f.entity == "audience" and f.start < end and start < f.end for f in kept):
        kept.append(Found("audience", start, end, KIDS_WORD_AUDIENCE))
    return sorted(kept, key=lambda f: (f.start, f.end))


def _children_doing(text: str, found: list[Found], start: int, end: int, verb: int) -> list[Found]:
    """"my kids show / film …": the children are the subject and the word after them their verb. The lexicon's "kids
    show" phrase (genre kids) and the media noun read on the verb give way to the children's audience."""
    word = _WORD_RE.match(text, verb)
    if word is None or word.group().lower() not in _VERB_NOUNS:
        return found
    over = [f for f in found if f.start < word.end() and start < f.end
            and (f.entity == "media_type" or (f.entity == "genre" and f.value == KIDS and f.role is None))]
    if not over:
        return found
    kept = [f for f in found if f not in over]
    if not any(f.entity == "audience" and f.start < end and start < f.end for f in kept):
        kept.append(Found("audience", start, end, KIDS_WORD_AUDIENCE))
    return sorted(kept, key=lambda f: (f.start, f.end))


# Media nouns that are also a plural subject's verb ("my kids show no interest", "the kids film everything").
_VERB_NOUNS = frozenset({"show", "film", "watch"})


def _as_kind(found: list[Found], start: int, end: int, noun: Found | None) -> list[Found]:
    """The kids genre and the children's audience replace what was read on the modifier (an audience or the genre);
    when any reading of it, or the noun, is excluded, the kids genre is excluded and no audience is said."""
    on_modifier = [f for f in found if f.start < end and start < f.end and f is not noun
                   and (f.entity == "audience" or (f.entity == "genre" and f.value == KIDS))]
    if any(f.end > end for f in on_modifier):  # one phrase holds modifier and noun ("kids tv"): read by the lexicon
        on_modifier = [f for f in on_modifier if f.entity == "audience" or f.end <= end]
    if any(f.entity == "audience" and f.value not in (KIDS_WORD_AUDIENCE, KIDS) for f in on_modifier):
        return found  # an age or another audience said on the words ("kids aged 8-10"): not the modifier
    excluded = (noun is not None and noun.role == EXCLUDE) or any(f.role == EXCLUDE for f in on_modifier)
    if noun is None and not on_modifier:
        return found
    kept = [f for f in found if f not in on_modifier]
    start = min([start, *(f.start for f in on_modifier if f.end <= end)])  # "for kids movies": "for" is read too
    added = [Found("genre", start, end, KIDS, EXCLUDE if excluded else None)]
    if noun is not None and noun.entity == "genre" and noun.value == KIDS and (noun.role == EXCLUDE) == excluded:
        added = []  # "kids cartoons": the noun names the genre itself
    if not excluded:
        added.append(Found("audience", start, end, KIDS_WORD_AUDIENCE))
    return sorted(kept + added, key=lambda f: (f.start, f.end))


def negated_animation(text: str, found: list[Found]) -> list[Found]:
    """Animation words ruled out: anime excluded always; the kids genre excluded (on the word's span) only when the
    message asks for no children's titles (see the module docstring)."""
    negated = [f for f in found if f.role == EXCLUDE and animation_word(text, f)]
    if not negated:
        return found
    for_children = _asks_for_children(text, found)
    out = [f for f in found if f not in negated]
    for f in negated:
        out.append(replace(f, value=ANIME))
        if not for_children:
            out.append(replace(f, value=KIDS))
    return sorted(dict.fromkeys(out), key=lambda f: (f.start, f.end))


def asks_for_children(text: str, found: list[Found]) -> bool:
    """Whether the message asks for children's titles (``_asks_for_children``): an animation word ruled out then
    leaves the children's shelf in (negation.py's refused combinations read it too)."""
    return _asks_for_children(text, found)


def animation_word(text: str, f: Found) -> bool:
    """``f`` is the kids or anime genre read on an animation word ("cartoons", "animated"): ruled out, what it
    excludes depends on the rest of the message (``negated_animation``), so negation.py does not spread it."""
    return (f.entity == "genre" and f.value in (KIDS, ANIME)
            and _ANIMATION_RE.fullmatch(text[f.start:f.end].strip()) is not None)


def _asks_for_children(text: str, found: list[Found]) -> bool:
    """The kids or family genre asked for, or a child watching (an audience below teen that is no content cap)."""
    return any((f.entity == "genre" and f.value in (KIDS, "family") and f.role is None)
               or (f.entity == "audience" and f.value in _CHILD_AUDIENCES and f.role is None
                   and _said_of_a_child(text[f.start:f.end], f.value)) for f in found)


# What makes the family audience a child's: a child, the family, an age ("for my 9 year old", "family night"). The
# same cap said as a rating ("rated pg or lower"), as cleanliness or of elders ("for my parents", "grandparents") is
# grown-ups wanting gentle titles: their cartoons ruled out are every cartoon.
_CHILD_SAID_RE = re.compile(rf"\b(?:{CHILD_KIN_PATTERN}|famil(?:y|ies)|little\s+ones?|young\s+ones?|yo|years?|y/o)\b|\d",
                            re.IGNORECASE)


def _said_of_a_child(surface: str, audience: str) -> bool:
    return audience != "family" or bool(_CHILD_SAID_RE.search(surface))


# A kind dismissed as childish is ruled out, and the children it names are nobody watching: "cartoons are for babies",
# "animated stuff is for little kids", "kids shows r just for toddlers" (a child of the family may say it of the titles
# a younger one watches). The kind must stand right before the verb; the children after "for" are no audience.
_DISMISSED_CHILDREN = (r"(?:babies|bab(?:y|ie)s|toddlers|infants|preschoolers|(?:little|small|tiny|young|baby)\s+"
                       r"(?:kids|ones|children|kiddos)|kids|children|little\s+ones)")
_DISMISSAL_RE = re.compile(
    r"(?:\s+(?:stuff|things|ones|shows|movies|films|series|cartoons))?"
    r"\s*(?:are|is|'re|’re|'s|’s|r)\s+(?:(?:just|only|so|strictly|totally|clearly|basically|soo*)\s+){0,2}"
    rf"(?:for|4)\s+{_DISMISSED_CHILDREN}\b", re.IGNORECASE)
# The dismissal said after the kind was turned down, pointing back at it, perhaps as someone's words (round 25c): "no
# cartoons, he says that's for babies", "no kids shows, those are for little kids".
_POINTED_DISMISSAL_RE = re.compile(
    r"(?:\s+(?:stuff|things|ones|shows|movies|films|series))?(?:\s*,?\s*(?:please|pls|plz))?\s*[,.;!-]*\s*"
    r"(?:(?:he|she|they|i|we)\s+(?:says?|said|thinks?|thought|reckons?|goes|claims?)\s*[,:]?\s*)?"
    r"(?:that['’]?s|thats|those\s+are|they['’]?re|theyre|they\s+are|it['’]?s|its)\s+"
    r"(?:(?:just|only|so|strictly|totally|clearly|basically|soo*)\s+){0,2}"
    rf"(?:for|4)\s+{_DISMISSED_CHILDREN}\b", re.IGNORECASE)
# The same dismissal said of the child: "he's too old for cartoons", "she thinks she's too grown up for animated stuff".
_TOO_OLD_FOR_RE = re.compile(r"\btoo\s+(?:old|big|grown[\s-]*up|mature|cool)\s+for\s+(?:(?:the|those|these|any|all\s+the)\s+)?$",
                             re.IGNORECASE)
# The claim widened, doubted or turned down is no dismissal: "cartoons are for kids and adults alike", "anime is for
# kids? no way", "who says cartoons are just for kids", "he's never too old for cartoons", "she isn't too old for …".
_WIDENED_OR_DOUBTED_RE = re.compile(
    r"\s*(?:\?|[,.!]?\s*(?:no\s+way|nope|nah|not\s+(?:true|really|at\s+all)|hardly|says\s+who|as\s+if|yeah\s+right)\b"
    r"|,?\s*(?:and|&|as\s+well\s+as|but\s+also|plus|or)\s+(?:\w+\s+){0,2}?"
    r"(?:adults?|grown[\s-]*ups?|grownups|parents|everyone|everybody|all\s+ages|teens?|teenagers|famil(?:y|ies)|us|me"
    r"|older|big)\b)", re.IGNORECASE)
_DOUBTED_BEFORE_RE = re.compile(
    r"\b(?:who\s+(?:says|said|thinks)|not\s+true\s+that|(?:don['’]?t|do\s+not|never)\s+(?:think|believe|agree|say)"
    r"(?:\s+that)?|myth\s+that|wrong\s+that|isn['’]?t\s+true\s+that)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOT_TOO_RE = re.compile(r"(?:\bnever|\bnot|n['’]t|\bno\s+one\s+is|\bnobody\s+is|\bnobody['’]s)\s+"
                         r"(?:(?:ever|really|actually|truly)\s+)?$", re.IGNORECASE)
# Live action asked for: "something with real people", "live action please", "the grown up ones", "real ones", "real
# actors" — no drawn titles, so neither the children's shelf nor anime (the rating is the audience's business). "About
# real people" / "based on real people" is a true story, no look; "the real one" (a title) names no kind.
_LIVE_ACTION_RE = re.compile(
    rf"\b(?:{LIVE_ACTION_PATTERN}|(?:with|has|have|having|got)\s+(?:(?:actual|real)\s+)(?:people|humans|actors|persons)"
    r"|(?:actual|real)\s+(?:people|humans|actors)\s+in\s+(?:it|them)|(?:the\s+)?(?:grown[\s-]*up|adult)\s+ones)\b",
    re.IGNORECASE)
# The made-as-fiction kind said as "real" ("the real ones", "a real film"): no drawn title, but the children's shelf
# stays (contract.words.REAL_KIND_PATTERN, as the planner reads it).
_REAL_KIND_RE = re.compile(rf"\b(?:the\s+)?{REAL_KIND_PATTERN}\b", re.IGNORECASE)
# An age said ("my daughter is 7", "the 10 year old"): one child of that age, not the whole family watching.
_AGE_SAID_RE = re.compile(r"\d|\b(?:years?|yrs?|old|yo|y/o)\b", re.IGNORECASE)
# A form named right after the live-action words is what is adapted or remade, not ruled out: "a live action anime
# adaptation", "the live-action cartoon remakes".
_FORM_NAMED_AFTER = re.compile(r"[\s-]+(?:\w+[\s-]+){0,1}?(?:animes?|manga|cartoons?|animated)\b", re.IGNORECASE)


def dismissed_and_live_action(text: str, found: list[Found]) -> list[Found]:
    """A kind dismissed as childish ("cartoons are for babies") is excluded (an animation or children's word: the kids
    genre and anime) and the children after "for" watch nothing; live action asked for ("something with real people")
    excludes anime and, unless children's titles are asked for by kind, the kids genre. Other wishes stay."""
    out = list(found)
    for f in found:
        if f.entity == "genre" and f.role == EXCLUDE and f in out and (
                m := _POINTED_DISMISSAL_RE.match(text, f.end)) is not None:
            # "no cartoons, he says that's for babies": the little children named are the reason, nobody watching
            out = [g for g in out if not (g.entity == "audience" and f.end <= g.start and g.end <= m.end())]
            values = {g.value for g in out if (g.start, g.end) == (f.start, f.end) and g.entity == "genre"}
            if animation_word(text, f):
                values |= {KIDS, ANIME}
            # the reason's words are the refusal's, never a search word ("babies")
            out = [g for g in out if not ((g.start, g.end) == (f.start, f.end) and g.entity == "genre")]
            out += [Found("genre", f.start, m.end(), v, EXCLUDE) for v in sorted(values)]
            continue
        if f.entity != "genre" or f.role == EXCLUDE or f not in out:
            continue
        m = _DISMISSAL_RE.match(text, f.end)
        too_old = (_TOO_OLD_FOR_RE.search(text, max(0, f.start - 40), f.start)
                   if m is None and f.value in (KIDS, ANIME, "family") else None)  # "never too old for comedy" stays
        if m is not None and (_WIDENED_OR_DOUBTED_RE.match(text, m.end())
                              or _DOUBTED_BEFORE_RE.search(text, max(0, f.start - 40), f.start)):
            m = None  # "cartoons are for kids and adults alike", "anime is for kids? no way"
        if too_old is not None and _NOT_TOO_RE.search(text, max(0, too_old.start() - 30), too_old.start()):
            too_old = None  # "we're never too old for cartoons"
        if m is None and too_old is None:
            continue
        start, end = (f.start, m.end()) if m is not None else (too_old.start(), f.end)
        # the children after "for" watch nothing, and a format noun inside ("animated films are …") is the kind's
        out = [g for g in out if g is not f and not (g.entity in ("audience", "media_type") and start <= g.start
                                                     and g.end <= end)]
        values = (KIDS, ANIME) if f.value in (KIDS, ANIME, "family") else (f.value,)
        out += [Found("genre", start, end, v, EXCLUDE) for v in values]
    looks = [(m, False) for m in _LIVE_ACTION_RE.finditer(text)] + [(m, True) for m in _REAL_KIND_RE.finditer(text)]
    for m, real_kind in looks:
        # "live action" is no action wish: the genre read on its second word goes with the phrase
        out = [g for g in out if not (g.entity == "genre" and g.value == "action" and g.role is None
                                      and m.start() <= g.start and g.end <= m.end())]
        if _FORM_NAMED_AFTER.match(text, m.end()):
            # "a live action anime adaptation": the form is the source; the genre read on it is no wish either
            named = _FORM_NAMED_AFTER.match(text, m.end())
            out = [g for g in out if not (g.entity == "genre" and g.value in (KIDS, ANIME) and g.role is None
                                          and m.end() <= g.start and g.end <= named.end())]
            continue
        if any(g.start < m.end() and m.start() < g.end for g in out if g.entity not in ("audience", "media_type")):
            continue
        # children's titles asked for by kind, the whole family watching, or the "real" kind: the shelf stays
        kids_kept = real_kind or any((g.entity == "genre" and g.value == KIDS and g.role is None)
                                     or (g.entity == "audience" and g.value == "family" and g.role is None
                                         and not _AGE_SAID_RE.search(text[g.start:g.end]))
                                     for g in out)
        values = (ANIME,) if kids_kept else (KIDS, ANIME)
        out = [g for g in out if not (g.entity == "audience" and m.start() <= g.start and g.end <= m.end())]
        out += [Found("genre", m.start(), m.end(), v, EXCLUDE) for v in values]
    if out == found:
        return found
    return sorted(dict.fromkeys(out), key=lambda f: (f.start, f.end))


# Viewers who reject children's things (round 24a): "they roll their eyes at anything 'for kids'", "she scoffs at kids'
# stuff", "my teens cringe at anything childish", "he thinks he's too cool for kiddie shows". The children's titles are
# ruled out (the audience ``kids`` excluded, as "they hate anything for kids" is), the rejecting words are the span
# (never a search word: "roll eyes"), and the teens' own age or word still says who watches.
_REJECTING = (r"(?:roll(?:s|ed|ing)?\s+(?:their|his|her|my|our|the)\s+eyes\s+(?:at|over|whenever|when\s+(?:i|we)\s+"
              r"(?:put\s+on|suggest|pick))|(?:groan|scoff|sneer|cringe|laugh)(?:s|ed|d|ing)?\s+at"
              r"|turn(?:s|ed)?\s+(?:their|his|her)\s+noses?\s+up\s+at|(?:think|thinks|thought)\s+(?:they|he|she)(?:'re|'s|’re|’s"
              r"|\s+are|\s+is)\s+(?:way\s+|far\s+|much\s+)?too\s+(?:old|cool|big|grown[\s-]*up|mature)\s+for"
              r"|(?:are|is|'re|'s|’re|’s)\s+(?:way\s+|far\s+|much\s+)?too\s+(?:old|cool|big|grown[\s-]*up|mature)\s+for"
              r"|want(?:s)?\s+nothing\s+to\s+do\s+with|won'?t\s+be\s+caught\s+dead\s+watching)")
_CHILDISH = (r"(?:for\s+(?:little\s+|small\s+|young\s+)?(?:kids|children|babies|little\s+ones|toddlers)"
             r"|(?:kids|kid|children)(?:['’]s|['’])?\s+(?:stuff|shows?|movies?|films?|things|tv|content|cartoons?)"
             r"|kidd(?:ie|y)\s+(?:stuff|shows?|movies?|films?|things|tv|content)|kiddish|childish(?:\s+(?:stuff|things|shows?|movies?))?"
             r"|babyish(?:\s+(?:stuff|things|shows?|movies?))?|baby\s+(?:stuff|shows?))")
_CHILDISH_REJECTED_RE = re.compile(
    rf"\b{_REJECTING}\s+(?:(?:anything|everything|something|stuff|things|whatever|any|all|the|that|is|that's|thats"
    rf"|remotely|even|too|made|meant|aimed|at)\s+){{0,4}}[\"'‘“]?{_CHILDISH}[\"'’”]?", re.IGNORECASE)


def childish_rejected(text: str, found: list[Found]) -> list[Found]:
    """Children's titles rejected by the viewers (``_CHILDISH_REJECTED_RE``): no children's audience or kind read
    inside the phrase; the audience ``kids`` excluded on it (the actions leave the children's shelf out)."""
    spans = [(m.start(), m.end()) for m in _CHILDISH_REJECTED_RE.finditer(text)]
    if not spans:
        return found
    out = [f for f in found if not any(s <= f.start and f.end <= e for s, e in spans)
           or f.entity not in ("audience", "genre", "media_type", "mood")]
    return sorted(out + [Found("audience", s, e, KIDS, EXCLUDE) for s, e in spans], key=lambda f: (f.start, f.end))


# Audiences that say the titles are for grown-ups when asked for ("for adults") or for children when ruled out.
_GROWN_UPS = AUDIENCES[-1]


def animation_for_grown_ups(text: str, found: list[Found]) -> list[Found]:
    """An animation word asked for while the message says the titles are for grown-ups — an adults' audience, a child's
    audience ruled out ("not meant for kids") or the children's shelf ruled out on other words than the animation
    word — keeps the drawn look (anime read on the word) and rules the children's shelf out; no child's audience stays
    (see the module docstring). A child watching said positively anywhere leaves the reading to the children's rules."""
    drawn = [f for f in found if f.role is None and animation_word(text, f)]
    if not drawn or _asks_for_a_child(text, found):
        return found
    grown_up = [f for f in found if (f.entity == "audience" and f.role is None and f.value == _GROWN_UPS)
                or (f.entity == "audience" and f.role == EXCLUDE and f.value in _CHILD_AUDIENCES | {"family", KIDS})
                or (f.entity == "genre" and f.role == EXCLUDE and f.value in (KIDS, "family")
                    and not any((f.start, f.end) == (d.start, d.end) for d in drawn))]
    if not grown_up:
        return found
    out = [f for f in found if f not in drawn]
    out += [replace(f, value=ANIME) for f in drawn]
    if not any(f.entity == "genre" and f.value == KIDS and f.role == EXCLUDE for f in out):
        where = grown_up[0]
        out.append(Found("genre", where.start, where.end, KIDS, EXCLUDE))
    return sorted(dict.fromkeys(out), key=lambda f: (f.start, f.end))


def _asks_for_a_child(text: str, found: list[Found]) -> bool:
    """A child watching said positively (an audience below teen of a child, or the family's)."""
    return any(f.entity == "audience" and f.value in _CHILD_AUDIENCES and f.role is None
               and _said_of_a_child(text[f.start:f.end], f.value) for f in found)
