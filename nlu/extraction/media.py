"""Media types: film → movie, show / tv show / series → series, special → special (contracts §5).

"Documentary" is deliberately absent: contracts §5 makes it a genre. "Show" is also a verb
("show me comedies"), and "special" an adjective ("something special"), so both are checked in
context before they count. Two formats in one message are either ("movies or shows") unless one is preferred ("rather
a film, shows drag on"): then the other is excluded (``preferred_format``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from contract.vocabulary import FOREIGN_MEDIA_WORDS, HOLIDAY_WORDS

from .seasons import LONG_RUNNING_MIN_SEASONS
from .spans import EXCLUDE, Found
from .terms import Term, with_unaccented

ENTITY = "media_type"

MEDIA_NOUNS: dict[str, str] = {
    "movie": "movie", "movies": "movie", "film": "movie", "films": "movie", "flick": "movie",
    "flicks": "movie", "show": "series", "shows": "series", "series": "series",
    "special": "special", "specials": "special",
    "sho": "series", "shos": "series",  # a dropped "w": no English word is spelt so
    "mov": "movie", "movs": "movie", "moviez": "movie", "filmz": "movie",  # phone shorthand
    "cinema": "movie",  # "italian cinema", "world cinema"; the venue ("at the cinema") is not: plausible()
    # older British English for a film ("a german picture", "war pictures"); an image ("picture this", "a picture
    # book", "in the picture", "go to the pictures" the venue) is not: plausible()
    "picture": "movie", "pictures": "movie",
    # British for a TV show ("a comedy programme", "a calm programme in the mornings"); the American "program" is
    # also software or a plan ("a workout program"), so only "tv program" says the format (_PHRASES)
    "programme": "series", "programmes": "series",
}
# "thrillers, tv": the bare word is the series format, except where it is the set or the channel ("on tv",
# "tv night"): plausible(). Not a MEDIA_NOUNS head noun: genre phrases ending in it keep their whole span
# ("reality tv") and carry the series as a companion on that span (terms()).
TV_WORDS: dict[str, str] = {"tv": "series", "telly": "series"}  # "telly": British for TV ("a crime telly series")


def media_word(word: str) -> str | None:
    """The media type one lowercase word names ("films" → movie, "tv" → series), if any."""
    return MEDIA_NOUNS.get(word) or TV_WORDS.get(word)


_PHRASES: dict[str, tuple[str, ...]] = {
    "movie": ("tv movie", "tv movies", "tv film", "tv films", "made-for-tv movie", "made for tv movie",
              "feature film", "feature films", "motion picture", "motion pictures", "feature-length film"),
    "series": ("tv show", "tv shows", "tv series", "tv programme", "tv programmes", "tv program",
               "tv programs", "miniseries", "mini-series", "limited series", "episodes", "sitcom episodes"),
    "special": ("tv special", "tv specials"),
}
# "television" spelt out is "tv" in each of them ("a television series", "television films")
_PHRASES = {value: phrases + tuple("television" + p[2:] for p in phrases if p.startswith("tv "))
            for value, phrases in _PHRASES.items()}
# "show" the verb, not the noun. The object pronouns make it a verb anywhere except after a determiner ("show me
# more", "then maybe show us"; but "a show him and me both like"). Otherwise it is a verb where an imperative
# stands, at the start of a clause or after a modal, "please", "just" ("show other picks", "plz show a
# handful", "could you show several", "and show four thrillers") and before what opens its object: a determiner,
# pronoun, quantifier, number or adjective (closed lists below plus adjective endings: show_is_verb()).
# "a show", "shows", "any decent show", "show about spies?" and "show, not a film" stay the noun.
_SHOW_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them"})
_SHOW_VERB_OBJECTS = frozenset({
    "me", "us", "him", "her", "them", "my", "our", "your", "his", "their", "some", "something", "anything",
    "everything", "all", "what", "which", "whatever", "options", "more", "less", "a", "an", "the", "another",
    "other", "others", "these", "those", "this", "that", "any", "few", "several", "many", "lots", "plenty",
    "one", "ones", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "each",
    "every", "stuff", "things", "titles", "picks", "recommendations", "recs", "suggestions", "results",
    "ideas", "different", "similar", "new", "newer", "older", "old", "good", "great", "best", "better", "top",
    "fun", "cool", "nice", "light", "dark", "short", "long", "fresh", "random", "classic", "popular", "recent",
    "something's", "else", "again",
})
# Words after which an imperative can stand: a modal or politeness word, or a joining word opening a clause.
_SHOW_VERB_LEADS = frozenset({"can", "could", "would", "will", "pls", "plz", "please", "just", "you", "u", "ya",
                              "then", "now", "and", "so", "ok", "okay", "also", "maybe", "hey", "to", "pls.",
                              "kindly", "go", "quickly", "instead", "rather", "right", "again"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "any", "some", "one", "another", "every", "each",
                          "no", "my", "our", "your", "his", "her", "their", "which", "what", "same", "tv"})
# Adjective endings ("spooky", "decent", "hilarious", "dramatic", "emotional"), not adverbs of the request.
_ADJECTIVE_ENDINGS = ("y", "ent", "ant", "ous", "ful", "ic", "al", "ive", "able", "ible", "less", "ish", "ing")
_NOT_OBJECT_OPENERS = frozenset({"only", "tonight", "today", "maybe", "please", "pls", "plz", "preferably",
                                 "ideally", "really", "instead", "anyway", "okay", "ok", "thing", "king",
                                 "pending", "during", "starring", "featuring", "set", "about", "with", "for",
                                 "like", "where", "or", "and", "not", "is", "was", "that's", "then", "too"})


def show_is_verb(prev: str, nxt: str, clause_start: bool) -> bool:
    """Is "show" between the words ``prev`` and ``nxt`` (lowercase; "" at the message's edges) the verb?"""
    if nxt in _SHOW_OBJECT_PRONOUNS and prev not in _DETERMINERS:
        return True
    if not (clause_start or prev in _SHOW_VERB_LEADS) or not nxt or nxt in _NOT_OBJECT_OPENERS:
        return False
    return (nxt in _SHOW_VERB_OBJECTS or nxt.isdigit()
            or (len(nxt) > 3 and nxt.isalpha() and nxt.endswith(_ADJECTIVE_ENDINGS)))


# "on tv", "watch tv", "the tv", "tv night": the set, the channel or the evening, not a format.
_TV_BEFORE = frozenset({"on", "watch", "watching", "watched", "the", "my", "our", "your", "a", "big", "smart",
                        "to", "from", "in", "off", "of", "live", "cable", "network", "tiny", "small"})
_TV_AFTER = frozenset({"night", "nights", "time", "room", "screen", "set", "sets", "guide", "channel",
                       "channels", "remote", "licence", "license", "station", "stations", "-",
                       "dinner", "dinners", "stand", "box", "ratings", "rating", "rated", "ma", "14", "pg",
                       "y", "y7", "g"})
# Round 28D: "tv" before a noun of someone's work ("just the tv stuff", "only the tv ones", "the tv side of her work")
# is the series format after "the", never the set.
_TV_WORK_AFTER = frozenset({"stuff", "ones", "one", "things", "work", "side", "bits", "roles", "credits", "appearances",
                            "entries", "titles", "part"})
_SPECIAL_ADVERBS = frozenset({"something", "anything", "nothing", "very", "really", "extra", "so", "too",
                              "particularly", "pretty", "quite", "that"})


# Nouns "special" is the adjective of ("the special episode", "a special edition", "special effects").
_SPECIAL_ADJECTIVE_OF = frozenset({"episode", "episodes", "edition", "editions", "effects", "effect", "feature",
                                   "features", "forces", "agent", "agents", "guest", "guests", "needs", "occasion",
                                   "someone", "somebody", "one", "night", "evening", "day", "treat", "interest"})


# Bingeing is a series' thing ("we want to binge this weekend", "something bingeable"); a marathon of
# films says so ("a movie marathon" is the movie phrase, longer, so it wins).
_BINGE = ("binge", "binges", "binged", "binging", "bingeing", "binge-watch", "binge watch", "binge-watching",
          "binge watching", "bingeable", "bingable", "binge-worthy", "binge worthy", "bingeworthy",
          "get hooked on", "get sucked into")
_MARATHON_MOVIES = ("movie marathon", "film marathon", "movie binge", "film binge")


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for media types."""
    out = [(word, Term(ENTITY, value)) for word, value in {**MEDIA_NOUNS, **TV_WORDS}.items()]
    out += _genre_tv_terms()
    out += [(p, Term(ENTITY, value)) for value, phrases in _PHRASES.items() for p in phrases]
    out += [(p, Term(ENTITY, value)) for value, phrases in FOREIGN_MEDIA_WORDS.items() for p in with_unaccented(phrases)]
    out += [(p, Term(ENTITY, "movie")) for p in _MARATHON_MOVIES]
    out += [(p, Term(ENTITY, "series")) for p in _BINGE]
    return out


def plausible(span: Span) -> bool:
    """Reject the verb "show", the adjective "special" and the set/channel "tv"."""
    doc, first = span.doc, span[0].lower_
    nxt = doc[span.end].lower_ if span.end < len(doc) else ""
    prev = doc[span.start - 1].lower_ if span.start > 0 else ""
    if len(span) == 1 and first in ("show", "sho"):
        before = doc[span.start - 1] if span.start > 0 else None
        clause_start = before is None or (before.is_punct and before.text not in ("'", "’", "&", "/")) or (
            prev == "tv" and _addressed_then_shown(doc, doc[span.start - 1:span.start]))  # "hey tv, show me …"
        # "movie and show recommendations": formats joined, the noun; "show that's funny": a relative clause
        joined = prev in ("and", "or") and span.start > 1 and media_word(doc[span.start - 2].lower_) is not None
        relative = nxt in ("that", "which") and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in (
            "'s", "’s", "is", "was", "has", "makes", "will", "would", "can")
        if not (joined or relative) and show_is_verb(prev, nxt, clause_start):
            return False
    if first == "tv" and _addressed_then_shown(doc, span):
        return False  # "hey tv show me a thriller": the set addressed, then the verb (round 36)
    if _points_at_a_title(doc, span, prev, nxt):
        return False  # "i hated that show", "loved this movie!": one title seen, no format wished or refused
    if len(span) == 1 and first in ("shows", "show") and nxt in _SHOWS_VERB_AFTER and prev not in _SHOW_NOUN_BEFORE:
        return False  # "before the pizza guy shows up", "until she shows off": the verb, said of someone
    if len(span) == 1 and first == "special" and prev in _SPECIAL_ADVERBS:
        return False
    if len(span) == 1 and first == "special" and nxt in _SPECIAL_ADJECTIVE_OF:
        return False  # "a special episode", "a special edition": the adjective of another noun, no comedian's special
    if span[-1].lower_ in ("special", "specials") and prev in HOLIDAY_WORDS:
        return False  # "a christmas special", "halloween tv specials": a holiday title, no comedian's special
    if len(span) == 1 and first == "tv" and ((prev in _TV_BEFORE and nxt not in _TV_WORK_AFTER) or nxt in _TV_AFTER):
        return False
    if len(span) == 1 and first == "cinema" and (prev in _CINEMA_BEFORE or nxt in _CINEMA_AFTER):
        return False
    if len(span) == 1 and first in ("picture", "pictures") and not _picture_is_film(doc, span, prev, nxt):
        return False
    return True


# Round 36: an opinion on one title ("i hated that show", "we loved this movie", "seen that film already"): the
# demonstrative and the singular noun point at a title the viewer watched, closing the clause; the noun is no format
# (read as one, "not the third one, i hated that show" turned a list of series into films).
_OPINION_VERBS = frozenset({"hated", "hate", "loved", "love", "liked", "disliked", "loathed", "adored", "enjoyed",
                            "seen", "watched", "saw", "finished"})
_POINTING = frozenset({"that", "this"})
_SINGULAR_WORKS = frozenset({"show", "movie", "film", "series", "one", "flick", "doc", "documentary", "cartoon"})
_CLAUSE_CLOSERS = frozenset({"", "already", "too", "so", "though", "lol", "tbh", "honestly", "anyway", "either"})


def _addressed_then_shown(doc, span: Span) -> bool:
    """"(hey) tv, show me …": the television addressed, then asked to show something; "show" there is the verb."""
    show = span.start + 1
    if show >= len(doc) or doc[show].lower_ != "show" or show + 1 >= len(doc):
        return False
    return doc[show + 1].lower_ in _SHOW_OBJECT_PRONOUNS and (span.start == 0 or doc[span.start - 1].lower_ in _GREETINGS)


_GREETINGS = frozenset({"hey", "hi", "ok", "okay", "yo", "hello", ",", "alright"})


def _points_at_a_title(doc, span: Span, prev: str, nxt: str) -> bool:
    """The format word is the head of "<opinion verb> that/this <noun>" closing its clause (module note above)."""
    if len(span) != 1 or span[0].lower_ not in _SINGULAR_WORKS or prev not in _POINTING or span.start < 2:
        return False
    verb = doc[span.start - 2].lower_
    closes = nxt in _CLAUSE_CLOSERS or (span.end < len(doc) and doc[span.end].is_punct)
    return verb in _OPINION_VERBS and closes


# "picture" the image or the verb, not the film: "picture this", "picture me", "a picture book", "picture frame",
# "in the picture", "the big picture", "get the picture", "a picture of her", "go to the pictures" (the venue).
_PICTURE_AFTER_NOT_FILM = frozenset({
    "book", "books", "frame", "frames", "perfect", "quality", "this", "that", "it", "me", "us", "him", "her", "them",
    "yourself", "myself", "a", "an", "the", "of", "card", "cards", "postcard", "puzzle", "puzzles", "window",
    "windows", "gallery", "galleries", "album", "albums", "message", "messages", "in", "taken", "tube", "hat",
    "palace", "house", "houses", "theatre", "theater", "show", "editor", "format", "resolution", "mode", "size",
    "settings", "setting", "rail", "rails", "sound", "and"})
_PICTURE_BEFORE_NOT_FILM = frozenset({"big", "whole", "full", "clear", "clearer", "profile", "wedding", "family",
                                      "holiday", "school", "baby", "selfie", "nice", "pretty",
                                      "get", "got", "draw", "drew", "drawn", "paint", "painted", "painting", "took",
                                      "take", "taking", "snap", "my", "your", "his", "her", "our", "their",
                                      "crisp", "sharp", "blurry", "fuzzy", "hd", "4k"})


def _picture_is_film(doc, span: Span, prev: str, nxt: str) -> bool:
    """Is "picture(s)" the film here? Not the verb at the start of a clause ("picture this"), not an image
    ("a picture book", "in the picture", "the big picture", "my picture"), not the venue ("go to the pictures")."""
    first = span[0].lower_
    prev2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    if first == "pictures" and prev == "the" and prev2 in ("to", "at"):
        return False  # "go to the pictures", "at the pictures": the cinema, not a format
    if prev == "the" and prev2 in ("in", "get", "got", "out", "into"):
        return False  # "in the picture", "get the picture"
    before = doc[span.start - 1] if span.start > 0 else None
    clause_start = before is None or (before.is_punct and before.text not in ("'", "’", '"', "“"))
    if first == "picture" and clause_start:
        return False  # "picture this", "picture a rainy day": the imperative
    joined = nxt == "and" and span.end + 1 < len(doc) and media_word(doc[span.end + 1].lower_) is not None
    if nxt in _PICTURE_AFTER_NOT_FILM and not joined:
        return False
    return prev not in _PICTURE_BEFORE_NOT_FILM


# "the guy shows up", "she shows off": a particle after "show(s)" makes it the verb; after a determiner or an
# adjective of a title ("a show up north", "any shows out there") it stays the noun.
# "shows up", "shows off", and "shows" with an object pronoun ("my son shows me clips all day"): the verb.
_SHOWS_VERB_AFTER = frozenset({"up", "off", "around", "me", "us", "him", "them"})
_SHOW_NOUN_BEFORE = frozenset({"a", "an", "the", "any", "some", "good", "great", "new", "tv", "kids", "few", "those",
                               "these", "other", "more", "funny", "british", "korean", "anime", "cooking", "comedy"})


# "go to the cinema", "at a cinema", "our local cinema", "cinema tickets": the venue, not films.
_CINEMA_BEFORE = frozenset({"the", "a", "to", "at", "in", "local", "nearest", "nearby", "my", "our", "your",
                            "this", "that", "multiplex", "drive-in", "independent"})
_CINEMA_AFTER = frozenset({"ticket", "tickets", "trip", "trips", "screen", "screens", "seat", "seats", "visit",
                           "chain", "near", "nearby", "listings", "showings", "times", "hall", "complex"})


def _genre_tv_terms() -> list[tuple[str, Term]]:
    """Genre phrases ending in "tv" ("kids tv", "reality tv"): the genre on the whole span, unchanged, plus
    the series as a companion on the same span. Listed here, before the genre vocabulary (lexicon.py)."""
    from . import genres   # genres imports MEDIA_NOUNS from this module

    return [(p, replace(t, extra=t.extra + ((ENTITY, TV_WORDS[p.split()[-1]]),)))
            for p, t in genres.terms() if t.entity == genres.ENTITY and len(p.split()) > 1
            and p.split()[-1] in TV_WORDS]


PERSON_ENTITIES = ("actor", "director")
_SPECIAL_GAP = re.compile(r"^(?:['’]s)?\s*(?:(?:new|latest|comedy|stand[\s-]?up|tv)\s+)?$", re.IGNORECASE)


def specials_of_people(text: str, found: list[Found]) -> list[Found]:
    """"kevin hart specials", "chris rock's new special": a special named after a person is their stand-up
    (catalogs file specials as films; no title has the type "special"), so the genre stand-up, not a type."""
    people_ends = [f.end for f in found if f.entity in PERSON_ENTITIES and f.role is None]
    out = []
    for f in found:
        if (f.entity == ENTITY and f.value == "special" and f.role is None
                and any(e <= f.start and _SPECIAL_GAP.match(text[e:f.start]) for e in people_ends)):
            out.append(Found("genre", f.start, f.end, "stand-up"))
        else:
            out.append(f)
    return out


# Words that join two formats both wanted ("sitcoms and movies", "docuseries or a documentary film").
_BOTH_FORMATS_RE = re.compile(r"\b(?:or|and|either|plus|as well as)\b|[&/+]", re.IGNORECASE)


def explicit_formats_win(text: str, found: list[Found]) -> list[Found]:
    """A format implied by a compact word ("korean dramas", "k-drama", "sitcom", "bollywood": a media type on
    the span of another entity) yields to a different format said in its own word elsewhere in the message
    ("korean dramas, movies only", "any k-dramas that are films"), unless the two are joined as both wanted
    ("sitcoms and movies", "a docuseries or a film")."""
    other_spans = {(f.start, f.end) for f in found if f.entity != ENTITY}
    explicit = [f for f in found if f.entity == ENTITY and f.role is None and (f.start, f.end) not in other_spans]
    drop = set()
    for k, f in enumerate(found):
        if f.entity != ENTITY or f.role is not None or (f.start, f.end) not in other_spans:
            continue
        for g in explicit:
            if g.value == f.value:
                continue
            gap = text[f.end:g.start] if g.start >= f.end else text[g.end:f.start]
            if not _BOTH_FORMATS_RE.search(gap):
                drop.add(k)
    return [f for k, f in enumerate(found) if k not in drop]


# A format preferred over the other one named in the same message: "i'd rather a film than a show", "a series would
# suit us better than a movie", "a film, shows drag on". The preferred format is marked by a preference word right
# before it or a comparative right after it; the other one by being the comparative's object ("over a show", "than a
# movie") or the subject of a complaint ("series take too long", "shows drag on forever").
_PREFERRED_BEFORE_RE = re.compile(
    r"\b(?:rather|prefer|prefers|preferred|preferably|ideally|definitely|more\s+of)"
    r"(?:\s+(?:have|watch|see|do|go\s+for|get))?\s+(?:(?:a|an|the|some|one|of)\s+)?(?:[\w'-]+\s+)?$", re.IGNORECASE)
_PREFERRED_AFTER_RE = re.compile(
    r"\s*(?:(?!(?:and|or|but|so|because|since)\b)[\w'-]+\s+){0,4}?(?:(?:over|rather\s+than|instead\s+of|more\s+than)"
    r"(?=\s+(?:a|an|the|some|any|those|these|one)\b)|better|preferably|ideally"
    r"|(?:is|are|'s|would\s+be)\s+(?:preferred|ideal|best))\b", re.IGNORECASE)
_COMPARED_BEFORE_RE = re.compile(
    r"\b(?:over|than|instead\s+of|rather\s+than)\s+(?:(?:a|an|the|some|one|of|those|these|any)\s+)*(?:[\w'-]+\s+)?$",
    re.IGNORECASE)
_COMPLAINT_AFTER_RE = re.compile(
    r"\s+(?:(?:are|is|'re|just|always|all|usually|tend\s+to|can|take|takes|last|lasts|go|goes|feel|feels|seem|seems"
    r"|like|way|far|kinda|a\s+bit)\s+){0,3}"
    r"(?:drag(?:\s+on)?(?:\s+(?:and\s+on|forever))?|too\s+long(?:\s+for\s+(?:us|me))?|forever|ages|too\s+much\s+(?:of\s+a\s+commitment|time|effort|work)|a\s+commitment|never\s+end|endless|exhausting"
    r"|on\s+(?:and\s+on|forever)|a\s+slog|boring)\b", re.IGNORECASE)
# The other format said acceptable after all ("ideally a film but a show works too", "a good series is also fine"):
# a preference, no exclusion. "Too" counts only closing its clause ("a show too"), never "series take too long".
_ACCEPTED_AFTER_RE = re.compile(
    r"\s+(?:(?!(?:and|or|but|so|because|since|not|never)\b)[\w'-]+\s+){0,3}?"
    r"(?:(?:also\s+)?works?|would\s+(?:also\s+)?(?:do|work|be\s+(?:fine|ok|okay|good|great|nice))"
    r"|(?:is|are|'s|'re)\s+(?:also\s+|still\s+)?(?:fine|ok|okay|good|great|cool|welcome|an\s+option)"
    r"|also\s+(?:fine|ok|okay|good|great)|(?:too|as\s+well)\s*(?:$|[.,!?;)]))", re.IGNORECASE)
# A contrast word: a format named after it, and after the preferred one, is what the viewer settles on ("my favourite
# show is better than any movie, but tonight a movie"), so the comparison said before it excludes nothing.
_CONTRAST_RE = re.compile(r"\b(?:but|though|although|however|yet)\b", re.IGNORECASE)
_PREFERENCE_WINDOW = 60  # characters around a format word where its preference is said (the "after" patterns are
# used with ``match(text, end)``, which anchors them right after the format word)


def preferred_format(text: str, found: list[Found]) -> list[Found]:
    """Two formats named in one message, not joined as both wanted: the preferred one is asked for, the other is
    excluded ("rather a film, series take too long" → movie, series excluded), so it is no constraint and its words
    never reach the query. Without a preference said, both stay (the actions read them as either)."""
    positive = [f for f in found if f.entity == ENTITY and f.role is None and f.value in ("movie", "series")]
    if len({f.value for f in positive}) == 1:
        return _complained_alone(text, found, positive)
    if not positive or _joined_as_both(text, positive):
        return found
    excluded = {f.value for f in found if f.entity == ENTITY and f.role == EXCLUDE}
    if len(excluded) == 1 and len({f.value for f in positive} - excluded) == 1:
        # "a film please, no show, nobody will agree on episodes": the format ruled out in so many words stays out
        # when named again as a reason; the other one is asked for
        return [_ruled_out(text, f) if f in positive and f.value in excluded else f for f in found]
    preferred = {f.value for f in positive if _said_preferred(text, f)}
    unwanted = {f.value for f in positive if _said_unwanted(text, f)}
    winners = preferred - unwanted or {f.value for f in positive} - unwanted
    if len(winners) != 1 or any(_still_welcome(text, f, positive, winners) for f in positive if f.value not in winners):
        return found
    return [_ruled_out(text, f) if f in positive and f.value not in winners else f for f in found]


def _still_welcome(text: str, other: Found, positive: list[Found], winners: set[str]) -> bool:
    """The format that lost the preference is welcome after all: said acceptable ("a show works too"), or named again
    after a contrast word that follows the preferred one ("..., but tonight a movie") without a complaint about it."""
    if _ACCEPTED_AFTER_RE.match(text, other.end, other.end + _PREFERENCE_WINDOW):
        return True
    if _said_unwanted(text, other):
        return False
    return any(w.value in winners and w.end <= other.start and _CONTRAST_RE.search(text, w.end, other.start)
               for w in positive)


def _ruled_out(text: str, f: Found) -> Found:
    """The format excluded; a complaint about it ("shows drag on forever") is its span too, so none of its words
    reach the free-text query."""
    complaint = _COMPLAINT_AFTER_RE.match(text, f.end, f.end + _PREFERENCE_WINDOW)
    return replace(f, role=EXCLUDE, end=complaint.end() if complaint else f.end)


def _complained_alone(text: str, found: list[Found], formats: list[Found]) -> list[Found]:
    """One format named only to complain about it ("a thriller, films are way too long for us") is ruled out. With a
    runtime said ("films are too long, so under 90 min") the complaint is about length, and the format stays."""
    if all(_declined(text, f) for f in formats):
        # "we're not starting a show tonight" (after a list): declined as a reason, the format is ruled out (round 24a)
        return [replace(f, role=EXCLUDE) if f in formats else f for f in found]
    if any(f.entity == "duration" for f in found) or not all(
            _COMPLAINT_AFTER_RE.match(text, f.end, f.end + _PREFERENCE_WINDOW) for f in formats):
        return found
    return [_ruled_out(text, f) if f in formats else f for f in found]


def _joined_as_both(text: str, formats: list[Found]) -> bool:
    """Formats joined by "or" / "and" ("movies or shows", "a film and a series") are both wanted."""
    ordered = sorted(formats, key=lambda f: f.start)
    return any(_BOTH_FORMATS_RE.search(text[a.end:b.start]) and b.start - a.end <= 20
               for a, b in zip(ordered, ordered[1:]) if a.value != b.value)


def _said_preferred(text: str, f: Found) -> bool:
    before = text[max(0, f.start - _PREFERENCE_WINDOW):f.start]
    return bool(_PREFERRED_BEFORE_RE.search(before) or _PREFERRED_AFTER_RE.match(text, f.end, f.end + _PREFERENCE_WINDOW))


# A format declined as a reason (round 24a): a refusal of starting it, of the time or the commitment it takes, in its
# own clause — "we're not starting a show tonight", "i don't have time for 16 episodes", "no energy for a long movie",
# "can't get into a whole series now". Only such words between the refusal and the format: "not sure, a show?" is no
# refusal, and "don't mind a series" weighs nothing.
_DECLINED_BEFORE_RE = re.compile(
    r"(?:\b(?:not|never|no|dont|cant|wont|cannot|aint)|n't|n’t)\s+"
    r"(?:(?:starting|start|begin|beginning|begun|started|getting|get|into|in|have|having|got|the|time|energy|patience"
    r"|attention\s+span|bandwidth|for|a|an|another|new|whole|entire|full|long|lengthy|\d{1,3}|two|three|four|five|six"
    r"|eight|ten|twelve|twenty|more|up|mood|committing|commit|to|doing|do|sitting|sit|through|watch|watching|any"
    r"|really|tonight|now|today|one|of|those|these|with|binge|bingeing|binging|going|gonna)\s+){1,7}$", re.IGNORECASE)


def _said_unwanted(text: str, f: Found) -> bool:
    before = text[max(0, f.start - _PREFERENCE_WINDOW):f.start]
    return bool(_COMPARED_BEFORE_RE.search(before) or _COMPLAINT_AFTER_RE.match(text, f.end, f.end + _PREFERENCE_WINDOW)
                or _declined(text, f))


def _declined(text: str, f: Found) -> bool:
    """The format ``f`` is declined in its clause (``_DECLINED_BEFORE_RE``)."""
    clause = re.split(r"[,.;:!?()]|\b(?:but|and|so|because|cause|cos|as|since)\b", text[max(0, f.start - _PREFERENCE_WINDOW):f.start],
                      flags=re.IGNORECASE)[-1]
    m = _DECLINED_BEFORE_RE.search(" " + clause)
    return m is not None and bool(set(m.group(0).lower().split()) & _DECLINING_CORE)


# A refusal of a format as a reason names the effort ("not starting a show", "no time for episodes"), never the format
# alone: "no more shows about drug cartels", "not a film with gore" rule out what they describe (negation.py).
_DECLINING_CORE = frozenset({"starting", "start", "begin", "beginning", "begun", "started", "getting", "get", "into",
                             "have", "having", "got", "time", "energy", "patience", "bandwidth", "committing", "commit",
                             "sitting", "sit", "binge", "bingeing", "binging", "mood", "span"})


def settle_formats(text: str, found: list[Found]) -> list[Found]:
    """The formats of a whole message: one said in its own word beats a compact word's (``explicit_formats_win``), and
    a preferred one beats the other (``preferred_format``)."""
    return _declined_lengths(text, preferred_format(text, runtime_means_films(text, explicit_formats_win(text, found))))


# Round 29D: a drama named by its origin ("korean dramas", "k-drama", "turkish dramas") reads as series by convention
# only: the catalog holds that kind as films too. A runtime bound said beside it with no format word of its own ("under
# two hours", "max 100 min") can only be a film's (the catalog gives a series no runtime), so the implied series yields
# and the bound asks for the films. A format word said ("series", "sitcom", "docuseries" name the format themselves), a
# season count, or episodes named (the length of an episode) keep the series.
_DRAMA_KIND_RE = re.compile(r"dramas?$", re.IGNORECASE)
_EPISODES_RE = re.compile(r"\bep(?:isode)?s?\b", re.IGNORECASE)


def runtime_means_films(text: str, found: list[Found]) -> list[Found]:
    """``found`` without an origin drama's implied series when a minute bound is asked for in the same message."""
    if not any(f.entity == "duration" and f.role is None and f.value not in ("shorter", "longer") for f in found):
        return found
    if any(f.entity == "seasons" for f in found) or _EPISODES_RE.search(text):
        return found
    other_spans = {(f.start, f.end) for f in found if f.entity != ENTITY}
    if any(f.entity == ENTITY and (f.start, f.end) not in other_spans for f in found):
        return found  # a format said in its own word decides
    return [f for f in found if not (f.entity == ENTITY and f.value == "series" and f.role is None
                                     and (f.start, f.end) in other_spans
                                     and _DRAMA_KIND_RE.search(text[f.start:f.end]))]


def _declined_lengths(text: str, found: list[Found]) -> list[Found]:
    """A length said inside a declined format ("no energy for a long movie"): part of what is declined, no runtime wish
    (round 24a)."""
    declined = [f for f in found if f.entity == ENTITY and f.role == EXCLUDE and _declined(text, f)]
    return [g for g in found if not (g.entity == "duration" and g.role is None and any(
        g.end <= f.start and not re.search(r"[,.;:!?]", text[g.end:f.start]) and f.start - g.end <= 12 for f in declined))]
