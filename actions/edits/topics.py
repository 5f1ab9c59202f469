"""Topics as edits of the active search (pure; no I/O).

A topic reply ("about space", "dinosaur ones", "cooking"): the topic ranks, and an entity the extractor read inside
it never replaces the search's genre or format (``topic_reply_entities``, ``bare_topic_reply``,
``vocabulary_topic_alone``, ``wishes_for_performers_gender``). Leftover words name a topic only with evidence
(``topic_evidence``); "zombie movies instead" puts the topic in place of the genres (``topic_in_place_of_genres``);
"not monty python stuff" leaves titles about it out (``negated_topic``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Optional, Sequence

from actions.constraints import CONSTRAINT_ENTITIES
from actions.edits.list_reactions import wants_more_picks
from actions.edits.recency import recency_cues
from actions.edits.removals import find_removals
from actions.edits.search_requests import REQUEST_CUES
from actions.edits.turn_basics import constraint_entities
from actions.entities import Entity
from actions.query_text import query_spelling, residual_query
from actions.references import is_title_word
from actions.turn import Turn
from contract.constraints import Constraints
from contract.vocabulary import HOLIDAY_WORDS, SEASON_WORDS, SUBJECT_WORDS, topic_word
from contract.words import PERFORMER_GENDER_WORDS, PERFORMER_ROLE_WORDS

_F = re.IGNORECASE

# A topic reply: "about dinosaurs", "ones about space", "something about a heist". Entities inside it are
# the topic (soft), never a genre, format, audience, country or mood replacing the search's own.
_ABOUT_BEFORE_RE = re.compile(
    r"(?:^|\b(?:ones?|something|anything|stuff|movies?|shows?|series|films?|documentar(?:y|ies))\s+)"
    r"(?:about|abt)\s+(?:(?:a|an|the|some)\s+)?$", _F)  # "abt": chat's "about"
_TOPIC_ONLY_ENTITIES = frozenset({"genre", "media_type", "audience", "rating", "country", "language", "mood"})


def topic_reply_entities(text: Optional[str], entities: Sequence[Entity]) -> tuple[list[Entity], list[Entity]]:
    """Split ``entities`` into those that constrain and those inside a topic reply ("about space": the
    genre the extractor read in "space" is the topic, it must not replace the search's genre)."""
    if not text or text.startswith("/"):
        return list(entities), []
    kept, topic = [], []
    for e in entities:
        if (e.name in _TOPIC_ONLY_ENTITIES and not e.excluded and e.start is not None
                and _ABOUT_BEFORE_RE.search(text[:e.start])):
            topic.append(e)
        else:
            kept.append(e)
    return kept, topic


# Words that introduce what titles are about: "about", "set in", "involving", "featuring", "based on", "where ...".
_TOPIC_CUE_RE = re.compile(
    r"\b(?:about|abt|regarding|set\s+(?:in|on|at|during|around|among)|involving|featuring|centr?e?red\s+(?:on|around)"
    r"|focus(?:s)?ed\s+on|revolving\s+around|based\s+(?:on|in)|deal(?:s|ing)?\s+with|where|in\s+which|whose"
    r"|themed|story\s+of|plot)\b"
    r"|\bwith\s+(?:(?:a|an|the|some|lots\s+of|plenty\s+of|loads\s+of|more|any)\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+in\s+(?:it|them)\b",
    _F)
_WITH_WORD_RE = re.compile(
    r"\b(?:with|has|have|having)\s+(?:(?:a|an|the|some|lots\s+of|plenty\s+of|loads\s+of|more|any|big)\s+)?(?P<w>[\w'-]+)", _F)
_WORD_BEFORE_RE = re.compile(r"\b(?P<w>[\w'-]+)\s+(?=(?P<noun>ones?\b|stuff\b|flicks?\b)?)", _F)
# The viewers as the subject right before "have"/"has" ("we have", "my wife has", "i've"): their plans, no topic.
_VIEWER_SUBJECT_BEFORE_RE = re.compile(
    r"\b(?:we|i|you|they|he|she|everyone|everybody|(?:my|our)\s+\w+)\s*(?:['’]ve\s+|\s+(?:all|both|still|just)\s+)?$", _F)
# A request naming this many different kinds of constraint is a new request of its own, topic or not.
LONG_REQUEST_KINDS = 2


def topic_evidence(text: Optional[str], topic: Optional[str], entities: Sequence[Entity]) -> bool:
    """Whether the words left over from a request with constraints really name a topic: a topic cue ("about",
    "set in", "involving", "with dragons in it", "ones with zombies"), or a long request naming several kinds of
    constraint ("a dark korean thriller series from the 2010s ..."). Without it, leftover words (a remark, a
    reason) never turn an edit of the active search into a new search."""
    if not text or not topic:
        return False
    if _TOPIC_CUE_RE.search(text):
        return True
    words = set(topic.split())
    if any(m.group("w").lower().strip("'-") in words and not _VIEWER_SUBJECT_BEFORE_RE.search(text[:m.start()])
           for m in _WITH_WORD_RE.finditer(text)):
        return True  # "ones that have zombies"; not "we have guests over" (what the viewers have is no topic)
    if _topic_said_as_kind(text, words, entities):
        return True
    kinds = {e.name for e in entities if e.name in CONSTRAINT_ENTITIES and e.name != "mood" and not e.excluded}
    return len(kinds) >= LONG_REQUEST_KINDS


def _topic_said_as_kind(text: str, words: Collection[str], entities: Sequence[Entity]) -> bool:
    """One of the topic's ``words`` is said as the kind of title: "a heist movie", "zombie ones", "a spy thriller"."""
    heads = [e.start for e in entities if e.name in ("genre", "media_type") and e.start is not None]
    return any(m.group("w").lower().strip("'-") in words and (m.group("noun") or m.end() in heads)
               for m in _WORD_BEFORE_RE.finditer(text))


# Words that swap what the search is about: "zombie movies instead", "werewolf flicks this time", "for a change".
_SWITCH_CUE_RE = re.compile(r"\b(?:instead|this\s+time|for\s+a\s+change|rather)\b", _F)


def topic_in_place_of_genres(text: Optional[str], topic: Optional[str], entities: Sequence[Entity],
                             state: Constraints) -> bool:
    """Round 30: a topic said as the kind of title with a word that swaps ("zombie movies instead", "werewolf flicks
    this time", "some heist stuff for a change") after a search of genres asks for that topic in place of the genres:
    the genres go (the topic's own genre, if the vocabulary gives it one, is asked for as on a first request), the
    format, origin, audience and people stay. Without the swap word ("zombie ones") the topic narrows the genres."""
    if not text or not topic or not (state.genres or state.any_genres) or not _SWITCH_CUE_RE.search(text):
        return False
    if any(e.name == "genre" and not e.excluded for e in entities):
        return False  # "a comedy instead": the genre named replaces the genre by the usual rule
    return _topic_said_as_kind(text, set(topic.split()), entities)


# A reaction to the list is no topic ("great", "cool?", "boring"): said alone it is never searched for.
_REACTION_WORDS = frozenset({"great", "nice", "cool", "perfect", "awesome", "good", "fine", "amazing", "interesting",
                             "boring", "whatever", "sure", "lovely", "brilliant", "excellent", "fun", "funny", "weird"})
BARE_TOPIC_MAX_WORDS = 3
# The only words that may stand beside a bare topic: a hedge or a noun for "titles of it" ("hmm robots", "space stuff").
_BARE_TOPIC_HEDGES = frozenset({"hmm", "hm", "ok", "okay", "maybe", "perhaps", "stuff", "ones", "pls", "please", "then",
                                "so", "oh", "ooh", "or",
                                # the pronoun of a title of the list: "a war one", "the spy ones" are titles of it
                                "a", "an", "the", "one",
                                # the preposition of the topic itself: "about war", "of history, war" (second-language
                                # English), "on space"; what asks for titles ("something about …") still opens a search
                                "about", "of", "on", "and"})


def vocabulary_topic_alone(turn: Turn) -> bool:
    """Round 26b: a follow-up that is only a topic the vocabulary knows — a holiday or season ("xmas", "halloween",
    "summer": ``HOLIDAY_WORDS``, ``SEASON_WORDS``), a subject ("space") or a topic that implies a genre ("heists":
    ``TOPIC_GENRES``) — is an edit of the active search (``bare_topic_reply``), whatever its label. Other lone words
    ("wow", "nah") are left to the intent: only the vocabulary says a word is a topic."""
    if bare_topic_reply(turn.text, turn.entities) is None:
        return False
    topic = residual_query(turn.text, turn.entities)
    return topic is not None and all(w in HOLIDAY_WORDS or w in SEASON_WORDS or w in SUBJECT_WORDS
                                     or topic_word(w) is not None for w in topic.split())


def wishes_for_performers_gender(turn: Turn) -> bool:
    """Round 30: a follow-up asking only that the people in the titles be women (or men) — "someone female if possible,
    otherwise whatever", "women only?", "any with a female lead" — is an edit of the active search: its words join
    the search as a topic that ranks (``contract.words.PERFORMER_GENDER_WORDS``; the catalog records no gender, the
    synopses do), and the genre, format and audience stay. It was read as thanks or not understood."""
    topic = residual_query(turn.text, turn.entities)
    words = topic.split() if topic else []
    return any(w in PERFORMER_GENDER_WORDS for w in words) \
        and all(w in PERFORMER_GENDER_WORDS or w in PERFORMER_ROLE_WORDS for w in words)


def bare_topic_reply(text: Optional[str], entities: Sequence[Entity]) -> Optional[list[Entity]]:
    """A follow-up that is only a topic ("cooking", "dinosaurs?", "space stuff"): the topic of the active search,
    which keeps its genre, format, origin and audience. Returns the entities read inside the topic word (the genre
    the vocabulary gives "space": ``SUBJECT_WORDS``), which are the topic too; None when the message is no bare topic
    — a genre's own name ("horror") stays a genre edit, and any other constraint makes it an edit of its own."""
    if not text or text.startswith("/") or REQUEST_CUES.search(text):
        return None
    words = re.findall(r"[^\W\d_][\w'-]*", text)
    # hedges do not count ("a cooking one maybe"), and an origin said beside the topic is an edit of its own ("a cooking
    # one maybe, british" after reality shows: British reality about cooking; round 20e)
    if not 1 <= len([w for w in words if w.lower() not in _BARE_TOPIC_HEDGES]) <= BARE_TOPIC_MAX_WORDS \
            or len(words) > 2 * BARE_TOPIC_MAX_WORDS:
        return None
    found = constraint_entities(entities)
    origin = [e for e in found if e.name in ("country", "language") and not e.excluded and e.start is not None
              and e.end is not None]
    found = [e for e in found if e not in origin]
    origin_words = {w.lower() for e in origin for w in re.findall(r"[^\W\d_][\w'-]*", text[e.start:e.end])}
    if any(e.name != "genre" or e.excluded or e.start is None or e.end is None
           or text[e.start:e.end].lower() not in SUBJECT_WORDS for e in found):
        return None
    others = [e for e in entities if e not in found]
    topic = residual_query(text, others)
    if topic is None or len(topic.split()) > 2 or set(topic.split()) & _REACTION_WORDS:
        return None
    if ({query_spelling(w.lower()) for w in words} - set(topic.split()) - _BARE_TOPIC_HEDGES - origin_words
            or topic in origin_words):
        return None  # "something about dinosaurs" opens a new search (a topic said as a request)
    return found


_ONES_TOPIC_RE = re.compile(r"\bones\b|^\s*(?:(?:and|ok(?:ay)?|maybe|hm+|um+|so)[\s,]+)*(?:ones?\s+)?(?:about|abt)\b", _F)


def _topic_reply(turn: Turn) -> bool:
    """"dinosaur ones", "about a heist": a short reply naming a topic for the list just shown."""
    text = turn.text or ""
    if text.startswith("/") or not _ONES_TOPIC_RE.search(text):
        return False
    return residual_query(text, turn.entities) is not None


def negated_topic(turn: Turn, *, strict: bool = False) -> Optional[str]:
    """"Not monty python stuff", "nothing with zombies" after a list: a topic the viewer does not want, said
    with no constraint entity (the extractor knows no such genre). The search stays, and titles about it are
    left out (``planning._plan_without_topic``); None when the message says anything else."""
    from actions.query_text import negation_scopes
    from contract.words import is_content_word

    text = turn.text or ""
    if not turn.last_items or text.startswith("/") or constraint_entities(turn.entities):
        return None
    if any(e.name == "contrast" for e in turn.entities):
        return None  # "not as scary", "not so long": a comparative of the list (actions/contrast.py), no topic
    if find_removals(text, turn.entities, turn.constraints) or wants_more_picks(text) \
            or recency_cues(text, turn.entities) or _topic_reply(turn):
        return None  # "no time limit actually", "no, another one", "not so old ones": other edits
    words: list[str] = []
    for start, end in negation_scopes(text):
        words += [w.lower() for w in re.findall(r"[^\W\d_][\w'\-]*", text[start:end])]
    # a name the catalog's vocabulary lacks ("potter") still names the topic: any word of 3+ letters counts
    # strict (a label that is no request: fallback, deny): only words of the catalog's vocabulary or of its
    # titles' names count ("lego", "potter")
    content = [w for w in dict.fromkeys(words)
               if w not in _NOT_A_TOPIC and (is_content_word(w) or (len(w) >= 3 and (not strict or is_title_word(w))))]
    return " ".join(content) or None


# Words inside a negation that name no topic ("not that one", "no thanks", "nothing else").
_NOT_A_TOPIC = frozenset({"thanks", "thank", "one", "ones", "stuff", "things", "thing", "else", "more", "anything",
                          "something", "really", "much", "kind", "sort", "type", "like", "similar", "same", "again",
                          "him", "her", "them", "that", "this", "those", "these", "movies", "movie", "films", "film",
                          "shows", "show", "series", "titles", "title", "sure", "way", "worries", "problem",
                          "the", "and", "with", "about", "from", "into", "any", "also", "just", "please", "pls", "now",
                          "anymore", "either", "even", "today", "tonight", "right", "all", "too", "very", "for",
                          "involving", "featuring", "related", "ever", "other", "others", "yet", "first", "second",
                          "third", "fourth", "fifth", "last", "top", "bottom", "next", "previous", "good", "fine",
                          "okay", "great", "cool", "interested", "want", "need", "care", "mind", "i'm", "i'd", "i've",
                          "idea", "bad", "chance", "wanna", "gonna", "actually", "time", "thx", "mean", "said", "what",
                          "yet", "bother", "matter", "worry", "enough", "all", "that's", "it's", "it", "is"})
