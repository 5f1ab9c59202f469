"""A question about one named title, whatever the intent label (pure; no I/O).

"Tell me about <title>", "how long is <title>" (``asks_about_title``), "do you have <title>?", "<title> on here?"
(``asks_if_available``): its details, never titles like it. An availability question about words the catalog knows as
no title ("do you have the godfather?") gives those words (``missing_title_words``): the answer says the catalog lacks
it and offers titles matching them.
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from actions.catalog_names import close_names
from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.turn_basics import REFERENCE_ENTITIES
from actions.entities import Entity
from actions.references import catalog_gazetteer, slipped_title_words
from actions.turn import Turn
from contract.availability import (ASK_HAVE, AVAILABLE, COPULA, HERE, HOLDER, KIND, OPENER, POLITE, REMOVED, Slot,
                                   asked_slot, asks_only_if_missing, without_kind_word)
from contract.words import in_catalog_vocabulary, is_filler

_F = re.IGNORECASE

# Words that ask what a title is, placed before it ("tell me about X", "info on X", "what is X about"), to see it
# ("show me X", "pull up X": the title itself, never titles like it) or one of its facts ("how long is X").
_ABOUT_TITLE_RE = re.compile(
    r"\b(?:tell\s+me\s+(?:more\s+)?about|more\s+info(?:rmation)?\s+(?:on|about)|info(?:rmation)?\s+(?:on|about)"
    r"|details\s+(?:on|of|about)|describe|what(?:'s|\s+is)|what\s+kind\s+of\s+\w+\s+is"
    r"|show\s+me|pull\s+up|bring\s+up|let\s+me\s+see"  # "show me <title>": that title (round 19b)
    # a question about one of its facts: "how long is <title>", "what year was <title>", "who's in <title>"
    r"|how\s+(?:long|old|scary|violent|many\s+seasons)\s+(?:is|are|was|does|has)|what\s+year\s+(?:is|was|did)"
    # "how many seasons of <title> …", "how many seasons are there of <title>": its count asked (round 25e)
    r"|how\s+many\s+(?:seasons?|series)\s+(?:(?:are|is)\s+there\s+)?(?:of|in|for|does|did|has)"
    r"|when\s+(?:is|was|did)|who(?:'s|\s+is|\s+are|\s+was)\s+in"
    r"|what(?:'s|\s+is)\s+the\s+(?:runtime|rating|length|age\s+rating)\s+(?:of|for|on))\s+$", _F)


def asks_about_title(turn: Turn) -> bool:
    """The message asks what one named title is ("tell me about <title>") or whether the catalog has it ("do you have
    <title>?": ``asks_if_available``), not for titles like it.

    The intent classifier may read such a message as a request (it names a title); the words decide:
    exactly one title, not marked "like", no other constraint, and asking words right before it.
    """
    title = _the_only_title(turn)
    if title is None or title.start is None:
        return False
    return bool(_ABOUT_TITLE_RE.search((turn.text or "")[: title.start])) or asks_if_available(turn)


# Round 37: a title asked for by its name and nothing else — typed alone ("breaking bad", "the witcher show?", "hmm,
# ozark") or wanted by name ("my daughter wants <title>", "put on <title>", "play <title>") — is that title: its card,
# with "more like it" one tap away, as a streaming app's search box answers a name. Only words of liking, finishing or
# likeness ("loved <title>", "done with <title>", "<title> vibes") make it the anchor of titles like it.
_BY_NAME_BEFORE_RE = re.compile(
    r"^\W*(?:(?:hey|hi|hmm+|hm+|um+|uh+|ok(?:ay)?|so|oh|and|what\s+about|how\s+about)\W+)*"
    r"(?:(?:(?:(?:my|our|the)\s+(?:little\s+|lil\s+)?(?:daughter|son|kids?|wife|husband|partner|boyfriend|girlfriend|bf|gf"
    r"|mom|mum|dad|brother|sister|toddler|girl|boy)|she|he|they|i|we)\s+(?:really\s+|just\s+|still\s+)?"
    r"(?:wants?(?:\s+to\s+(?:watch|see))?|wanna\s+(?:watch|see)|keeps?\s+asking\s+for|asked\s+for|asks?\s+for"
    r"|(?:is|are|'s|’s)\s+asking\s+for|would\s+like(?:\s+to\s+(?:watch|see))?)"
    r"|(?:can\s+(?:you|u)\s+|could\s+(?:you|u)\s+|pls\s+|please\s+)?(?:play|put\s+on|open|find|search(?:\s+for)?|look\s+up))"
    r"\s+)?(?:the\s+)?$", _F)
# After the name: its kind word, a question or exclamation mark, "please".
_BY_NAME_AFTER_RE = re.compile(r"^\s*(?:(?:tv\s+)?show|series|movie|film|one|anime|documentary|doc)?"
                               r"[\s?!.…\"'“”‘’]*(?:please|pls|plz)?[\s?!.…]*$", _F)


def asks_for_a_title_by_name(turn: Turn) -> bool:
    """The message is one catalog title asked for by its name (``_BY_NAME_BEFORE_RE`` round it): its card is the
    answer, never titles like it. A franchise's name is the caller's to answer first (its titles)."""
    text = turn.text or ""
    titles = [e for e in turn.entities if e.name == "title"]
    if len(titles) != 1 or titles[0].role is not None or titles[0].start is None or titles[0].end is None \
            or text.startswith("/") or any(e.name in ("position", "item_id") for e in turn.entities):
        return False
    title = titles[0]
    before, after = text[:title.start], text[title.end:]
    if not _BY_NAME_BEFORE_RE.match(before) or not _BY_NAME_AFTER_RE.match(after):
        return False
    if any(is_filler(w) for w in re.findall(r"[\w']+", text[title.start:title.end])) and (before.strip(" \"'“‘") or re.search(r"\w", after)):
        return False  # "only the series": a filler word heads a request, whatever title holds it
    # nothing else asked: only the kind word after the name (or an audience read from "my daughter")
    return all(e is title or e.name not in CONSTRAINT_ENTITIES
               or (e.start is not None and (e.start >= title.end or e.end is not None and e.end <= title.start)
                   and e.name in ("media_type", "audience"))
               for e in turn.entities)


def _the_only_title(turn: Turn) -> Optional[Entity]:
    """The message's one constraint entity when it is a title without a role ("like", "the director of")."""
    found = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES]
    titles = [e for e in found if e.name == "title"]
    if len(titles) == 1 and titles[0].start is not None:  # "the film <title>": the kind says which title, no filter
        text, start = turn.text or "", titles[0].start
        found = [e for e in found if not (e.name == "media_type" and e.end is not None
                                          and _KIND_BEFORE_TITLE_RE.fullmatch(text[e.end:start]))]
        end = titles[0].end
        # "do you have <title> with <its star>": who is in it only says which title is meant (round 24c)
        found = [e for e in found if not (e.name in ("actor", "director") and not e.excluded and end is not None
                                          and e.start is not None and e.end is not None and e.start >= end
                                          and _person_after_title(text, end, e))]
        # "is <title> on here, the british one": the apposition says which title, its words no constraint (24c)
        which = _WHICH_ONE_RE.search(text, end) if end is not None else None
        if which is not None:
            found = [e for e in found if not (e.start is not None and e.end is not None
                                              and which.start() <= e.start and e.end <= which.end())]
    if len(found) != 1 or found[0].name != "title" or found[0].role is not None:
        return None
    return found[0]


_KIND_BEFORE_TITLE_RE = re.compile(r"\s+(?:called\s+|named\s+|titled\s+)?")
# Which title is meant, in apposition at the message's end: ", the british one", ", the 2019 version".
_WHICH_ONE_RE = re.compile(r",\s*(?:the|that)(?:\s+[\w'’-]+){1,3}?\s+(?:one|version|show|series|movie|film|adaptation)"
                           r"[\s?!.]*$", _F)
# A maker said after the title asked about ("you have <title>, of <director>?", "got <title> by <director>"): who
# made it only says which title is meant.
_MAKER_AFTER_RE = re.compile(r"\s*,?\s*(?:of|by|from)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?(?=[\s?!.]*$)", _F)
# Its star said after it ("do you have <title> with <actor>"): which title is meant, read only over a person the NLU
# named there ("can i watch <title> with my gran" is company, round 24c).
_STAR_AFTER_RE = re.compile(r"\s*,?\s*(?:with|starring|featuring)\s+(?=\S)", _F)


# Words that open a message without changing the question after them ("hi,", "ok so", "quick question"), who is asked
# whether they hold a title and the asking words ("do you (guys) have", "does netflix have", "have you got", "you got"):
# one home, contract.availability, read by the NLU's title evidence too. "Hi, is <title> on here?" asks what "is
# <title> on here?" asks; the small talk answers it like the question alone (``fallback.ActionSmallTalk``).
# Whether the catalog has a title: "do you (guys) have <title>", "have you got <title>", "got <title>?", "can I watch
# <title> (here)", "is <title> on here / available / on netflix". "Anything like <title>" gives the title the role
# similar: a like-search, never this question.
_HOLDER = HOLDER
_ASK_HAVE = ASK_HAVE


def _ask_watch(verbs: str) -> str:
    """"Can I watch <it>", "could we stream <it>" with ``verbs`` (an alternation)."""
    return rf"(?:(?:can|could|may)\s+(?:i|we|you)\s+(?:{verbs}))"


# Where the title should be ("on here", "available", "in your catalog", "streaming") and the politeness after it:
# contract.availability.
_HERE = HERE
_POLITE = POLITE
# British "have you <title>?" (round 20j): only right before a title the message names, so "have you seen it" is none
_AVAILABLE_BEFORE_RE = re.compile(
    rf"(?:^|\W)(?:{_ASK_HAVE}|{OPENER}got|{OPENER}have\s+(?:you|ya)(?:\s+guys)?|{_ask_watch('watch|stream|find|get|see')}|(?P<is>{OPENER}{COPULA}))"
    r"(?:\s+(?:the\s+)?(?:movie|film|show|series|documentary))?\s*['‘\"“]?$", _F)  # an opening quote: "have you 'x'?"
_AVAILABLE_AFTER_RE = re.compile(rf"^\W*(?:(?:still|now|currently|actually)\s+)?(?:{_HERE}|at\s+all|by\s+any\s+chance)\b", _F)
# What may follow the title: places and politeness, one word group at a time between non-word characters. Every
# position has one reading (a word group starts at a word character, a separator at a non-word one, and no two word
# groups match the same words: "on here" is only "on <word>"), so a long message that does not match fails in linear
# time.
_AVAILABLE_END_RE = re.compile(r"^(?:\W|(?:here|on\s+\w+|in\s+(?:the|your)\s+(?:catalog(?:ue)?|library|collection)"
                               rf"|{AVAILABLE}|streaming|{_POLITE}|though|tho|or\s+not|yet|now|right\s+now|still|currently|actually"
                               rf"|{REMOVED}"  # "… or did they take it off" (round 33)
                               # which one is meant, in apposition: "…, the bbc one", "…, the 2019 version" (24c)
                               r"|(?:the|that)(?:\s+[\w'’-]+){0,3}?\s+(?:one|version|show|series|movie|film|adaptation))\b)*$", _F)
# A question ended by its mark may be followed by chatter of its own sentence ("is <title> on here?? my brother won't
# stop talking about it"); chatter that asks for something ("if not, something like it", "or anything similar") is a
# request of its own and is left to the search.
_QUESTION_MARK_RE = re.compile(r"[?]+|[.!]+\s")
_CHATTER_ASKS_RE = re.compile(r"\b(?:like|similar|else|instead|if\s+not|otherwise|other|others|recommend\w*|suggest\w*"
                              r"|show\s+me|find\s+me|give\s+me|any(?:thing)?|some(?:thing)?)\b", _F)


def asks_if_available(turn: Turn) -> bool:
    """The message asks whether the catalog has one named title ("do you have <title>?", "is <title> on here",
    "have you got <title>", "can I watch <title> here"): its answer is the title's details, not titles like it.
    "Is <title> ..." needs the words of availability after the title ("is <title> any good" asks no such thing)."""
    if _asks_in_a_frame(turn):
        return True
    title = _the_only_title(turn)
    text = turn.text or ""
    if title is None or title.start is None or title.end is None or text.startswith("/"):
        return False
    before = _AVAILABLE_BEFORE_RE.search(text[: title.start])
    if before is None:
        return False
    after = text[title.end:]
    if (maker := _MAKER_AFTER_RE.match(after)) is not None:
        after = after[maker.end():]
    elif (star := _star_after(turn, title)) is not None:  # "do you have <title> with <its star>" (24c)
        after = text[star:]
    if before["is"] and not _AVAILABLE_AFTER_RE.match(after):
        return False
    exact = slipped_title_words(text, turn.entities, str(title.value)) is None
    return bool(_AVAILABLE_END_RE.match(_before_chatter(after, present=exact)))


def _person_after_title(text: str, end: int, person: Entity) -> bool:
    """``person`` is named right after the title, behind "with" / "starring" or a maker's "by" / "of" / "from", and
    ends the message's words: who is in it or made it says which title is meant."""
    said = _STAR_AFTER_RE.match(text, end) or re.compile(r"\s*,?\s*(?:of|by|from)\s+", _F).match(text, end)
    return (said is not None and said.end() == person.start and person.end is not None
            and re.fullmatch(r"[\s?!.]*", text[person.end:]) is not None)


def _star_after(turn: Turn, title: Entity) -> Optional[int]:
    """Where the words after the title go on once its star is read past ("<title> with <actor>?"), or None."""
    text = turn.text or ""
    for e in turn.entities:
        if e.name in ("actor", "director") and not e.excluded and e.end is not None and title.end is not None \
                and _person_after_title(text, title.end, e):
            return e.end
    return None


def _asks_in_a_frame(turn: Turn) -> bool:
    """The same question in any of its casual frames (``contract.availability.asked_slot``: "<title> on here?", "<title>
    is it here", "got <title>?", "is there a <title> thing?", "there's a <title> anime right?"): one title read in the
    slot, the slot's kind word the only other constraint ("the <title> show", "a <title> anime"), nothing outside it."""
    text = turn.text or ""
    slot = asked_slot(text)
    if slot is None or any(e.name in ("position", "item_id") for e in turn.entities):
        return False
    found = [e for e in turn.entities if e.name in CONSTRAINT_ENTITIES]
    titles = [e for e in found if e.name == "title"]
    if len(titles) != 1 or titles[0].role is not None or not _inside(titles[0], slot):
        return False
    which = _which_version(text, titles[0], slot)
    return all(e is titles[0] or _kind_word_of_the_slot(e, text, slot) or _inside_span(e, which) for e in found)


# Round 26c: which version of the title is meant, said in the slot right after its name ("<title> turkish version, is
# it here?", "<title> the korean one, on here?", "<title> 2019 remake available?"): the words only say which title is
# asked about, no constraint of a search.
_WHICH_VERSION_RE = re.compile(
    rf"\s*[,(]?\s*(?:the\s+|that\s+)?(?:[\w'’-]+\s+){{1,3}}?(?:version|one|remake|adaptation|edition|original|cut|{KIND})"
    r"\s*\)?\s*", _F)
_VERSION_WORDS = frozenset({"country", "language", "year", "media_type", "genre"})


def _which_version(text: str, title: Entity, slot: Slot) -> Optional[tuple[int, int]]:
    """The span of the words after the title saying which version is meant, up to the slot's end, or None."""
    if title.end is None or title.end >= slot.end:
        return None
    return (title.end, slot.end) if _WHICH_VERSION_RE.fullmatch(text, title.end, slot.end) else None


def _inside_span(entity: Entity, span: Optional[tuple[int, int]]) -> bool:
    return (span is not None and entity.name in _VERSION_WORDS and entity.start is not None and entity.end is not None
            and span[0] <= entity.start and entity.end <= span[1])


def _inside(entity: Entity, slot: Slot) -> bool:
    return entity.start is not None and entity.end is not None and slot.start <= entity.start and entity.end <= slot.end


def _kind_word_of_the_slot(entity: Entity, text: str, slot: Slot) -> bool:
    """A format or kind read from the word the viewer points at the title with ("the <title> show", "a <title>
    anime"): no constraint of a search."""
    return (entity.name in ("media_type", "genre") and _inside(entity, slot) and entity.start is not None
            and _KIND_WORD_RE.fullmatch(text[entity.start:entity.end]) is not None)


_KIND_WORD_RE = re.compile(rf"{KIND}s?", _F)


def _before_chatter(after: str, present: bool = False) -> str:
    """The words after the title up to its question's mark when the rest is chatter asking for nothing ("on here??
    my little brother won't stop talking about it" → "on here??"), or asks only if the title is missing while it is
    ``present`` (named exactly: "is <title> on here? if not, something by the same director", round 36); all of them
    otherwise."""
    mark = _QUESTION_MARK_RE.search(after)
    if mark is None:
        return after
    if present and asks_only_if_missing(after):
        return after[:mark.end()]
    if _CHATTER_ASKS_RE.search(after, mark.end()):
        return after
    return after[:mark.end()]


# The same question about words the catalog knows as no title ("do you have the godfather?", "is pulp fiction on
# here"): the words, read only when the message names nothing else. Words that are no title ("do you have anything",
# "is it on here", "can I watch now", "do you have subtitles") are passed over.
_MISSING_TITLE_RE = re.compile(
    rf"{OPENER}(?:{_ASK_HAVE}|{_ask_watch('watch|stream')}|(?P<is>{COPULA}))"
    r"\s+(?P<words>[\w'’:&.!\"“”-]+(?:\s+[\w'’:&.!\"“”-]+){0,5}?)"
    rf"(?(is)\s+{_HERE}|(?:\s+{_HERE})?)"
    rf"(?:\s+{_POLITE})?(?:[\s?!.,]*{REMOVED})?[\s?!.]*$", _F)
_TRAILING_MEDIA_WORD_RE = re.compile(r"\s+(?:movie|film|show|series|documentary|doc)$", _F)
_NOT_A_TITLE_WORD = frozenset({
    "it", "that", "this", "them", "those", "these", "there", "here", "now", "time", "any", "anything", "some",
    "something", "a", "an", "more", "other", "others", "stuff", "movies", "movie", "films", "film", "shows", "show",
    "series", "kids", "fun", "netflix", "subtitles", "captions", "account", "app", "access", "list", "recommendations",
    "suggestions", "ideas", "options", "everything", "all", "audio", "dubs", "to", "you", "me", "us", "my", "your",
    "what", "which", "where", "when", "why", "how", "ok", "okay", "good", "new", "tonight", "today", "together", "with",
})
# A preposition opens no title the viewer asks for: "can i watch in hd", "can i watch on my tv", "… offline".
_LEADING_PREPOSITIONS = frozenset({"in", "on", "at", "from", "for", "without", "via", "through", "over", "off", "by",
                                   "during", "after", "before", "outside", "abroad", "offline", "online"})
# Words of the service, not of a title: picture and sound, devices and features, the account ("do you have 4k", "do
# you have parental controls", "do you have dolby atmos"). Any of them makes the question one about the service.
_SERVICE_WORDS = frozenset({
    "hd", "4k", "uhd", "hdr", "1080p", "720p", "offline", "download", "downloads", "downloading", "trailer", "trailers",
    "subtitle", "subtitles", "captions", "cc", "dubbing", "dubbed", "dub", "controls", "control", "mode", "profile",
    "profiles", "atmos", "dolby", "audio", "surround", "app", "apps", "account", "accounts", "subscription",
    "subscriptions", "plan", "plans", "pricing", "price", "prices", "refund", "refunds", "discount", "discounts",
    "trial", "ads", "adverts", "commercials", "chromecast", "airplay", "casting", "widget", "widgets", "watchlist",
    "settings", "login", "password", "notifications", "quality", "resolution", "streaming", "support",
})


def missing_title_words(turn: Turn) -> Optional[str]:
    """The words of an availability question about a title the catalog does not know ("do you have the godfather?":
    ``the godfather``), when the message names nothing the extractor reads; None otherwise. The answer says the
    catalog lacks it and offers titles matching the words (``recommend.recommend_turn``)."""
    text = turn.text or ""
    slot = asked_slot(text)  # "got <title>?", "<title> on here?", "is there a <title> thing?" (contract.availability)
    if text.startswith("/") or any((e.name in CONSTRAINT_ENTITIES and e.name != "media_type"
                                    and not (slot is not None and _kind_word_of_the_slot(e, text, slot)))
                                   or e.name in REFERENCE_ENTITIES for e in turn.entities):
        return None
    match = _MISSING_TITLE_RE.match(text)
    if match is None and slot is None:
        return None
    said = match["words"] if match is not None else without_kind_word(text[slot.start:slot.end]) if slot else ""
    if match is None and slot is not None and _a_kind_of_title(text[slot.start:slot.end], said):
        return None  # "the chess show is that on here": a show about chess described, no title's name
    words = _TRAILING_MEDIA_WORD_RE.sub("", said).strip(" .!-")  # "the <title> movie"
    quoted = bool(re.fullmatch(r"[\"“”'‘’].+[\"“”'‘’]", words))
    words = words.strip(" \"“”'‘’")
    tokens = words.casefold().split()
    if (not tokens or tokens[0] in _NOT_A_TITLE_WORD or tokens[-1] in _NOT_A_TITLE_WORD or "like" in tokens
            or tokens[0] in _LEADING_PREPOSITIONS or _SERVICE_WORDS.intersection(tokens)):
        return None  # "can i watch in hd", "do you have dark mode": a question about the service
    return words if quoted or _looks_like_a_title(words, tokens) else None


def _a_kind_of_title(slot_text: str, words: str) -> bool:
    """The slot is one everyday word of the catalog's vocabulary and a kind word ("the chess show", "a heist movie"):
    a title described by its topic, never a name the catalog lacks. "the <word> movie" where catalog titles carry
    the word in their names ("the crystal movie": The Dark Crystal) names a title the viewer half remembers: it is
    said missing with those close names, not searched."""
    content = [t for t in re.findall(r"[\w']+", words.casefold()) if not is_filler(t)]
    if slot_text.strip() == words.strip() or len(content) != 1 or not in_catalog_vocabulary(content[0]):
        return False
    definite = words.casefold().lstrip().startswith("the ")
    return not (definite and close_names(catalog_gazetteer(), words))


def _looks_like_a_title(words: str, tokens: Sequence[str]) -> bool:
    """Some sign that the words name a title and are no everyday noun ("do you have popcorn"): a capital letter
    ("do you have Inception"), two words that are not filler ("quiet harbour"), or "the" before a word ("the
    godfather"). The message's quotes are read by the caller."""
    content = [t for t in tokens if not is_filler(t)]
    return (any(c.isupper() for c in words) or len(content) >= 2
            or (len(tokens) >= 2 and tokens[0] == "the" and bool(content))
            or (len(content) == 1 and _unknown_word(content[0])))


# Letters of a lone word, no word of the catalog's vocabulary, that an availability question asks about as a title's
# name ("do u have <a title typed with a slip>"): round 29C.
_UNKNOWN_TITLE_WORD_MIN = 5


def _unknown_word(word: str) -> bool:
    """``word`` is no word of the catalog's vocabulary, long enough to be a name, and close to a catalog title's name
    (``catalog_names.close_names``: a title's word, or the title with one slip): asked about alone, it is a title's name
    half remembered, said missing honestly with the close names rather than taken for a question outside the bot's
    reach. An everyday thing asked for ("do you have popcorn") names no title and stays outside."""
    return (len(word) >= _UNKNOWN_TITLE_WORD_MIN and word.isalpha() and not in_catalog_vocabulary(word)
            and bool(close_names(catalog_gazetteer(), word)))
