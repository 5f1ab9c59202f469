"""One title the viewer half remembers or asks for by name, without "what was that …": "the one where <a star> does
<what happens>", "that <country> <kind> show with <a thing in it>", "there's this series about …, <a first name>
somebody is in it", "<plot>, with <a star> — is that on here?", "<a partial name> something", "<a title>, <its
director>, <its year>?", "<a title> w/ <its star>", "<a title> original, 80s".

Read as a search, such a message turns the plot's words into constraints ("kids on bikes" a kids' cap, "creepy" a
mood, the decade a hard year filter, the star a cast filter) and answers with unrelated titles. Here the message is
read as an identification instead (``sketch_of``): what it says — the plot's words, a name or part of one, the people,
the year, the format, the country — is evidence for one title, never a filter. The catalog is asked for candidates
(by the words, by each person named, by the name), each candidate is scored on the evidence (``best_fit``), and the
answer is the title's card when one clearly fits ("That sounds like …"). A name asked for that no catalog title has
("is <a film the catalog lacks> on here?") is said honestly, with no picks (a keyword search on its words finds
titles that only share a word with it). A plain question for one title that nothing clearly fits gets the closest
titles by its words, with none of them as filters (``_closest``); a weaker cue that nothing fits ("a movie where …"
may ask for a kind) is left to the usual answer.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Optional, Sequence

from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import buttons
from actions.catalog_names import may_hold, without_part
from actions.described_anchor import _cue_end, _said_in, _word_set, _tokens, _telling, find_description, matched_words
from actions.described_names import WORK, franchise_opening, title_closing
from actions.constraints import names_people_together
from actions.entities import Entity
from actions.missing_titles import answer_missing_title, people_buttons
from actions.recommender_client import RecommenderClient, RecommenderRejected, RecommenderUnavailable, get_client
from actions.references import catalog_gazetteer
from actions.franchise_titles import answer_franchise
from actions.reply import say, send
from actions.shown_described import shown_title_described
from actions.turn import FOCUSED_ID, LAST_ITEMS, Turn
from contract import wording
from contract.availability import OPENER, asked_slot
from contract.constraints import Constraints
from contract.gazetteer import Gazetteer, plain_name
from contract.payloads import Item, ItemDetails
from contract.words import is_filler

if TYPE_CHECKING:
    from actions.planning import Plan

log = logging.getLogger(__name__)
_F = re.IGNORECASE

PEOPLE = frozenset({"actor", "director"})
# Entities whose words describe the title (its era, origin, format, who is in it), never the search.
_EVIDENCE = PEOPLE | {"year", "country", "language", "media_type", "unknown_person"}
# Entities naming a kind of title ("crime documentaries", "dark comedies"): after a name, the message asks for the kind.
_KIND_ENTITIES = frozenset({"genre", "mood"})
# Intents under which a message can ask for one title; a like, a dislike or a "seen" of a listed title stays feedback.
_ASKING_INTENTS = frozenset({"request_recommendation", "refine", "ask_details", "nlu_fallback", "out_of_scope",
                             "something_else", "greet", "thanks"})
_FEEDBACK_INTENTS = frozenset({"feedback_seen", "feedback_like"})

_WORK = WORK
# Cues that the message asks about one title (module docstring): each group names its kind.
_ON_HERE_RE = re.compile(r"\b(?:on\s+(?:here|there|netflix|this\s+app)|available\s+(?:here|on\s+\w+)|in\s+the\s+catalog(?:ue)?)\b", _F)
_HAVE_RE = re.compile(r"\b(?:(?:do|does)\s+(?:you|u|ya|it|this(?:\s+app)?)(?:\s+guys)?\s+(?:have|got|carry|stock)"
                      r"|have\s+(?:you|u)\s+got|you\s+got)\s+", _F)
_CALLED_RE = re.compile(r"\b(?:(?:it'?s|its|it\s+is|it\s+was|was|is)\s+called|called\s+something\s+like|the\s+name\s+(?:is|was)"
                        r"|titled)\b", _F)
# The viewer says they forgot the name ("can't remember the name", "forgot what it's called"): one title is asked for.
_FORGOT_NAME_RE = re.compile(r"\b(?:(?:can'?t|cannot|cant|don'?t|dont|do\s+not)\s+(?:remember|recall)|forg[eo]t(?:ten)?"
                             r"|blanking\s+on)\s+(?:the\s+|its\s+|it'?s\s+)?(?:name|title|what\s+(?:it'?s|its|it\s+is|it\s+was)"
                             r"\s+called)\b", _F)
# "what's that <kind> about …", "what was the show with …": a question for the name of one title described.
_WHATS_THAT_RE = re.compile(
    rf"{OPENER}what(?:'?s|\s+is|\s+was|\s+were)\s+(?:the\s+name\s+of\s+)?(?:that|this|the)\s+(?:[\w'-]+\s+){{0,4}}?"
    rf"{_WORK}\s+(?:where|with|w/?|about|in\s+which|that|who|set)\b", _F)
# "the show w the …", "that movie about …" opening the message: one title described (a kind is "a show with …").
_DESCRIBED_OPENING_RE = re.compile(
    rf"{OPENER}(?:the|that|this)\s+(?:[\w'-]+\s+){{0,3}}?{_WORK}\s+(?:where|with|w/?|about|in\s+which)\s", _F)
_NAMED_THING_RE = re.compile(
    rf"{OPENER}(?:the|that|this)\s+(?:[\w'’.-]+\s+){{1,5}}?(?:thing|concert(?:\s+(?:film|movie|special|doc))?|special"
    rf"|{_WORK})(?:\s+from\s+(?:the\s+)?[\w']+)?\s*[?.!]*\s*$", _F)
# "the one where …", "the netflix one about …", "that korean one with …" (round 36: a word or two before "one")
_THE_ONE_RE = re.compile(r"\b(?:the|that)\s+(?:[\w'-]+\s+){0,2}?one\s+(?:where|with|about|in\s+which|when|that\s+has)\b",
                         _F)
_THAT_KIND_RE = re.compile(
    rf"{OPENER}(?:(?:that|this)|there'?s\s+(?:this|that|an?)|there\s+(?:is|was)\s+(?:this|that|an?)|remember\s+(?:that|the))"
    rf"\s+(?:[\w'-]+\s+){{0,5}}?{_WORK}\b", _F)
_SAW_IT_RE = re.compile(r"\b(?:saw|watched|seen)\s+it\b|\b(?:made|directed|in|starred\s+in|stars\s+in)\s+it\b", _F)
_A_WORK_WHERE_RE = re.compile(rf"\b(?:a|an)\s+(?:[\w'-]+\s+){{0,3}}?{_WORK}\s+(?:where|in\s+which|about)\b", _F)
# "<a partial name> something": the words before a trailing "something" are the start of the name.
_HALF_NAME_RE = re.compile(r"(?:^|[,.;:!?…]|\s-\s)\s*(?P<name>[\w'-]+(?:\s+[\w'-]+){0,3})\s+something(?=\s*(?:[,.;:!?…]|$))",
                           _F)
# "i think it's called <name>", "the name was <name>": the name up to the clause's end.
# "… whatever it's called in english": the language a name is said in is no name (round 35)
# ... never "called" said of someone calling ("they just called boarding", "my mom called me": round 37)
_CALLED_NAME_RE = re.compile(r"(?<!\bthey\s)(?<!\bwe\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bjust\s)(?<!\bmom\s)"
                             r"(?<!\bdad\s)(?<!\balready\s)(?<!\bi\s)\b"
                             r"(?:called(?!\s+(?:me|us|him|her|them|you)\b)|named|titled|the\s+name\s+(?:is|was))\s+(?:something\s+like\s+)?"
                             r"(?!in\s+[a-z]+\s*(?:[,.;!?…]|$))(?P<name>[\w'’:&-]+(?:\s+[\w'’:&-]+){0,5}?)\s*(?:[,.;!?…]|\s-\s|$)", _F)
# "the show with …", "that movie about …": one title described (a kind is "a show with …").
_THE_DESCRIBED_RE = re.compile(rf"\b(?:the|that|this)\s+(?:[\w'-]+\s+){{0,3}}?{_WORK}\s+(?:where|with|about|in\s+which)\b", _F)
# "the one with …", "that one where …": with a list shown, a pointer at one of its titles.
_ONE_OF_THE_LIST_RE = re.compile(r"\b(?:the|that|this)\s+(?:[\w'-]+\s+){0,2}?one\s+(?:with|where|about|that|in\s+which)\b", _F)
_NAMING_HEDGE_RE = re.compile(r"\bcalled\s+something\s+like\b", _F)
# A description read where a name was looked for ("is the show with the chemistry teacher on here"): a work noun and
# a link word.
_DESCRIBED_RE = re.compile(rf"\b{_WORK}s?\s+(?:where|with|about|that|who|which|in\s+which|set)\b", _F)
# A request for titles, never one title: "anything with <a star>", "is there something about …", "recommend …".
_REQUEST_RE = re.compile(
    r"\b(?:recommend\w*|suggest\w*|looking\s+for|in\s+the\s+mood|what\s+(?:should|can|could)\s+(?:i|we)"
    r"|is\s+there\s+(?:any|anything|something|a\s+good)|(?:any|anything|something|stuff|more|others?|another|similar)"
    r"\s+(?:\w+\s+){0,2}?(?:with|like|by|from|about|similar|for|where|starring)\b"
    r"|(?:have|got)\s+(?:any|anything|something|some|more|other)\b|more\s+like|other\s+ones?"
    # a ranking asked for ("the one with the highest score", "top rated", "most popular"): the best titles, no plot
    r"|(?:highest|higher|best|top|most|lowest|better)[\s-]+(?:\w+[\s-]+)?(?:rated|ratings?|scored?|scores|scoring"
    r"|reviewed|reviews|popular|watched|viewed|votes)\b)", _F)
# A name said in an asking shape: "is <name> on here", "do you have <name>", "<name>? <its star>", "<name>, <person>, <year>?"
_IS_NAME_ON_HERE_RE = re.compile(rf"{OPENER}(?:is|are|r)\s+(?P<name>[\w'’:&.!-]+(?:\s+[\w'’:&.!-]+){{0,6}}?)\s+"
                                 r"(?:on\s+(?:here|there|netflix|this\s+app)|there|available|here)\b", _F)
_HAVE_NAME_RE = re.compile(rf"{OPENER}(?:{_HAVE_RE.pattern})(?P<name>[\w'’:&-]+(?:\s+[\w'’:&-]+){{0,6}}?)\s*(?:[,?!.]|$)", _F)
_NAME_FIRST_RE = re.compile(rf"{OPENER}(?P<name>[\w'’:&-]+(?:\s+[\w'’:&-]+){{0,6}}?)\s*(?P<mark>[?,.]|\s-\s|$)", _F)
# Words that never open or close a title's name ("is it on here", "do you have anything", "got some").
_NOT_A_NAME = frozenset({
    "it", "that", "this", "them", "those", "these", "there", "here", "any", "anything", "some", "something", "a",
    "an", "more", "other", "others", "stuff", "movies", "movie", "films", "film", "shows", "show", "series", "kids",
    "netflix", "you", "me", "us", "my", "your", "what", "which", "where", "when", "why", "how", "ok", "okay", "good",
    "new", "one", "ones", "everything", "all", "subtitles", "hd", "4k", "sound", "audio", "the", "i", "we", "he", "she",
    "they", "is", "are", "was", "no", "yes", "nothing", "please", "thanks", "thx", "hi", "hey", "hello",
    "cartoons", "documentaries", "docs", "comedies", "sitcoms", "titles", "things", "episodes", "seasons",
})
# Words that pick one of the titles sharing a name ("the original", "the american one", "the newer version").
_PICKING = frozenset({"the", "a", "an", "one", "version", "original", "first", "old", "older", "oldest", "new", "newer",
                      "newest", "remake", "classic", "w", "with", "by", "from", "starring", "and", "or", "i", "think",
                      "guess", "maybe", "movie", "film", "show", "series", "not", "in", "it", "its", "it's", "s",
                      "made", "directed", "american", "british", "english", "uk", "us", "usa", "korean", "japanese",
                      "indian", "spanish", "french", "german", "mexican", "turkish", "around", "like", "about", "from"})
# "show me …", "show us something": the verb, never the format (a series is "the/that show").
_SHOW_VERB_OBJECTS = frozenset({"me", "us", "him", "her", "them", "my", "our", "something", "anything", "some", "what"})
_EARLIEST = frozenset({"original", "first", "old", "older", "oldest", "classic"})
_LATEST = frozenset({"new", "newer", "newest", "remake", "latest"})
_COUNTRY_WORDS = {"american": "United States", "us": "United States", "usa": "United States",
                  "british": "United Kingdom", "uk": "United Kingdom", "english": "United Kingdom"}
_COUNTRY_OF_LANGUAGE = {"es": "Spain", "de": "Germany", "fr": "France", "ko": "South Korea", "ja": "Japan",
                        "it": "Italy", "tr": "Turkey", "hi": "India", "pt": "Brazil"}
# A plural kind word right after words that name a title ("war movies", "heist shows"): the words say what the titles
# are about, and many are asked for; one title's name is never followed by its kind in the plural.
_KINDS_AFTER_RE = re.compile(r"\s*(?:movies|films|flicks|pictures|shows|docs|documentaries|docuseries|cartoons|sitcoms"
                             r"|miniseries|specials|tv\s+shows|tv\s+series)\b", _F)
_MEDIA_OF_WORD = {"show": "series", "series": "series", "sitcom": "series", "miniseries": "series", "anime": None,
                  "docuseries": "series", "movie": "movie", "film": "movie", "flick": "movie", "picture": "movie"}

CANDIDATES = 20
MAX_NAME_WORDS = 8
# A name said first with only a year or a picking word after it needs this many words; with a person, one is enough.
MIN_NAME_WORDS_ALONE = 3
MIN_WORD_OF_NAME = 3        # a first name said alone counts from this length ("leo")
RANK_LEAD = 0.05            # the lead of a search's first title over its second that counts (tried on the catalog)
CREDITS_READ = 6            # candidates whose full record (credits) is read
MIN_WORDS = 3              # telling words a description without a name or a person needs
MIN_WORDS_SINGLED = 2      # words the closest title must say to be singled out by doubling every other's count
MAX_PEOPLE = 2
# Evidence weights: a name said or a person in the credits counts most, a plot word each, the rest a little.
NAME_WEIGHT = 3.0
EXACT_NAME_WEIGHT = 1.0
PERSON_WEIGHT = 2.0
WORD_WEIGHT = 1.0
YEAR_WEIGHT = 1.0
SMALL_WEIGHT = 0.5          # the format, the country, the title ranked first by the words
EDITION_WEIGHT = 1.0        # "the original" / "the newer one" among titles sharing a name
# The best candidate needs this much evidence, and this lead over the runner-up, to be the title meant.
MIN_SCORE = 2.5
MIN_SCORE_WEAK = 4.0        # a weaker cue ("a movie where <a star> …", "<a director> made it") needs more
MIN_LEAD = 1.0              # the clear winner's margin over the runner-up
RUNNER_UP_WITHIN = 2.0      # a runner-up this close to the winner is offered as a button beside its card
MAX_RUNNERS_UP = 2


@dataclass(frozen=True)
class Sketch:
    """What a message says about the one title it asks for."""

    words: tuple[str, ...] = ()            # telling plot words ("chemistry", "teacher", "blindfold")
    name: Optional[str] = None             # the name or its start, as said ("casa de", "parasite")
    people: tuple[str, ...] = ()           # catalog people named
    years: Optional[tuple[int, int]] = None
    media_type: Optional[str] = None
    countries: tuple[str, ...] = ()
    edition: Optional[str] = None          # "earliest" / "latest": which of the titles sharing a name
    strong: bool = True                    # asked plainly; a weaker cue needs a person in the credits
    audience: Optional[str] = None         # who watches, said outside the description ("for my kids")
    # the name may be called missing: it was asked for by a naming cue ("is <name> on here", "do you have <name>",
    # "called <name>"), and the extractor read no catalog title inside it
    may_miss: bool = False
    # the name was said after a description of the title ("that german time travel one, <title>"): it is that title
    # only where the description bears it out (a country, a plot word, a person, a year), else an everyday word
    name_needs_support: bool = False
    # a description that may as well ask for a kind ("the chess show with the orphan girl", "that <singer> <words>
    # thing"): answered here only when one title clearly wins, else left to the usual answer (round 22b)
    only_if_clear: bool = False


# --- reading the message ------------------------------------------------------------------------------------------


def sketch_of(turn: Turn) -> Optional[Sketch]:
    """The title this message asks for, as evidence, or None when the message is no question about one title (a
    request, a likeness, a reference to the list, feedback). Pure: no catalog call."""
    text = turn.text or ""
    if not text or text.startswith("/") or not _may_ask(turn):
        return None
    hedged = _without_called_name(_NAMING_HEDGE_RE.sub("called", text))
    if _REQUEST_RE.search(hedged) or find_description(hedged) is not None or _has_likeness_cue(hedged):
        return None
    if any(e.name in ("position", "item_id") for e in turn.entities):
        return None
    if asks_for_a_persons_work(turn):
        return None  # "<a director> films on here?", "what has <a director> made on here": their titles (round 26d)
    name, cued = _name_said(text, turn.entities)
    closing = None if name is not None else title_closing(text, turn.entities)
    name = name or closing or franchise_opening(text, turn.entities)
    if name is None and _HAVE_RE.search(text):
        return None  # "do you have funny cartoons": a kind of title asked for, no name
    asked = name is not None or any(r.search(text) for r in (_ON_HERE_RE, _CALLED_RE, _FORGOT_NAME_RE))
    if not asked and turn.last_items and (_ONE_OF_THE_LIST_RE.search(text) or _DESCRIBED_OPENING_RE.match(text)):
        return None  # "the one with <a star>" after a list: one of its titles (actions/references.py)
    strong = asked or bool(_THE_ONE_RE.search(text) or _THAT_KIND_RE.match(text))
    # "what's that <kind> about …", "the show w …": one title described; with a decade, a country or a person said
    # beside the plot it is asked for here, where they are evidence (without, described_anchor's question reads it)
    described = not strong and bool(_WHATS_THAT_RE.match(text) or _DESCRIBED_OPENING_RE.match(text))
    # "that <singer> homecoming thing", "the <singer> <tour name> concert film": a title pointed at by its words and
    # the people in it, nothing after the kind word but its year (round 22b)
    named_thing = not strong and not described and _NAMED_THING_RE.match(text) is not None
    strong = strong or described or named_thing
    weak = _SAW_IT_RE.search(text) or _A_WORK_WHERE_RE.search(text)
    if not strong and not weak:
        return None
    sketch = _evidence(text, turn.entities, name, strong)
    if named_thing and not sketch.people:
        return None  # "the funny thing", "that cooking show": a kind, unless a person in it is named
    if described and not (sketch.years or sketch.countries or sketch.people):
        if _WHATS_THAT_RE.match(text):
            return None  # "what was that show about …": described_anchor's question reads it
        sketch = replace(sketch, only_if_clear=True)  # "the chess show with the orphan girl": one title if it wins
    elif named_thing:
        sketch = replace(sketch, only_if_clear=True)
    if name is not None:
        sketch = replace(sketch, may_miss=cued and not _title_inside(turn.entities, text, name),
                         name_needs_support=closing is not None)
    if name is not None and _plainly_a_title(sketch):
        return None  # "is <a catalog title> on here?": the availability answer's (actions/details.py)
    needed = MIN_WORDS - 1 if _THE_DESCRIBED_RE.search(text) else MIN_WORDS  # "the show with <two words>" describes one
    if name is None and len(sketch.words) + MIN_WORDS * len(sketch.people) < needed:
        if _THAT_KIND_RE.match(text) and (sketch.countries or sketch.years) and len(sketch.words) >= MIN_WORDS - 1:
            # round 26c: "that <two plot words> <origin> <kind>": the origin (or era) is evidence too; one title only
            # when it clearly wins, else the usual answer reads the words as a kind
            return replace(sketch, only_if_clear=True)
        return None  # "is it on here", "funny cartoons on netflix?": too little to tell one title from a kind
    return sketch


# Round 26d: what may stand beside a person in a question about their body of work ("<name> films on here?", "what has
# <name> made on here", "do you have any <name> movies"): work nouns, making verbs, the availability words and filler.
_WORK_QUESTION_WORDS = frozenset("""
    so ok okay hey hi and or any anything everything all the of do does did you u ya have has had got is are there
    what which whats what's how many much films film movies movie flicks stuff shows show series work works titles
    made make makes directed directs direct done did acted starred been in by from on here netflix available this
    app catalog catalogue please pls plz else other else's his her their""".split())
_WORK_WORDS = frozenset("""films film movies movie flicks stuff shows show series work works titles made directed
    done acted starred""".split())
_QUESTION_TOKEN_RE = re.compile(r"[\w'’]+")


def asks_for_a_persons_work(turn: Turn) -> bool:
    """The message asks what a person made or is in, here ("<name> films on here?", "what has <name> made on here"):
    a person named, a work word, and nothing else but the availability words and filler. That is a search of their
    titles (directed by them, for a director), never one title to identify."""
    text = turn.text or ""
    people = [e for e in turn.entities if e.name in PEOPLE and not e.excluded and e.start is not None
              and e.end is not None]
    if not people:
        return False
    rest = text
    for e in sorted(people, key=lambda e: e.start or 0, reverse=True):
        rest = rest[:e.start] + " " + rest[e.end:]
    said = [w.casefold().replace("’", "'") for w in _QUESTION_TOKEN_RE.findall(rest)]
    said = [w[:-2] if w.endswith("'s") and w not in _WORK_QUESTION_WORDS else w for w in said]
    return bool(said) and all(w in _WORK_QUESTION_WORDS for w in said) and any(w in _WORK_WORDS for w in said)


def _plainly_a_title(sketch: Sketch) -> bool:
    """A catalog title named whole with nothing that picks among titles of that name: the usual answer has it."""
    gazetteer = catalog_gazetteer()
    evidence = sketch.words or sketch.people or sketch.years or sketch.countries or sketch.edition
    return gazetteer is not None and not evidence and gazetteer.title_named_exactly(sketch.name or "") is not None


def _may_ask(turn: Turn) -> bool:
    if turn.intent in _ASKING_INTENTS:
        return True
    return turn.intent in _FEEDBACK_INTENTS and not turn.last_items and not turn.focused_id


def _without_called_name(text: str) -> str:
    """The message without the name said after "called"/"named"/"titled": its words ("called like a rolling stone",
    "called something like <name>") are the title's, never a likeness or a request of the viewer's."""
    found = _CALLED_NAME_RE.search(text)
    return text if found is None else text[:found.start("name")] + text[found.end("name"):]


# The availability question said after the name ("<name> is on here right", "<name>, is it on"): the name leads.
_IS_AFTER_NAME_RE = re.compile(r"\s*(?:,\s*)?(?:is|it's|its)\b", _F)


def _has_likeness_cue(text: str) -> bool:
    tokens = _tokens(text)
    return any(_cue_end(tokens, i) is not None for i in range(len(tokens)))


def _name_said(text: str, entities: Sequence[Entity]) -> tuple[Optional[str], bool]:
    """The name (or start of one) the message asks for: "<…> something" at its end, "is <name> on here", "do you have
    <name>", a catalog title opening the message, or "<name>? / <name>, <person or year>…" in a question; and whether a
    naming cue or a title's shape asked for it (only such a name may be called missing: a catalog title opening the
    message is never missing, and "long flight tomorrow, <a star>?" names nothing).
    A season or part said with the name ("ozark season 4") is no part of it when the catalog has the name without."""
    for pattern in (_HALF_NAME_RE, _CALLED_NAME_RE):
        found = pattern.search(text)
        if found is None or not _is_a_name(found["name"], entities, found.start("name")):
            continue
        if pattern is _CALLED_NAME_RE:
            return found["name"], True  # a name said after "called" is the name whatever its words ("called feel …")
        if not _a_clause(found["name"]) and len(found["name"].split()) >= 2:
            return found["name"], True  # "zombie something" alone asks for a kind; "casa de something" is a name's start
    for pattern in (_IS_NAME_ON_HERE_RE, _HAVE_NAME_RE):
        m = pattern.match(text)
        if m and _is_a_name(m["name"], entities, m.start("name")):
            return _as_titled(m["name"]), True
    slot = asked_slot(text)  # the question asked after the name: "<name> is on here right", "<name>, is it on" (35)
    if slot is not None and _IS_AFTER_NAME_RE.match(text, slot.end) and _is_a_name(slot.words, entities, slot.start):
        return _as_titled(slot.words), True
    opening = _title_opening(text, entities)
    if opening is not None:
        return opening, False
    name = _name_first(text, entities)
    return name, name is not None  # a name the catalog lacks passed _name_first's test of a title's shape


# Words of the viewer's own sentence ("<someone> wants to learn something", "i need something"): what comes before
# "something" is then a clause about the viewer, never the start of a name.
_CLAUSE_WORDS = frozenset({"i", "we", "he", "she", "they", "you", "want", "wants", "wanna", "need", "needs", "would",
                           "wish", "wishes", "learn", "learns", "know", "knows", "try", "tries", "trying", "watch",
                           "watching", "see", "feel", "feeling", "like", "likes", "hope", "hopes", "hoping", "gonna",
                           "going"})


def _a_clause(said: str) -> bool:
    """The words before "something" say what someone wants or does ("<someone> wants to learn something", "hopes to
    see something"): a verb of the viewer's sentence, or an infinitive right before "something"."""
    words = [w.casefold().strip("'") for w in said.split()]
    return bool(_CLAUSE_WORDS & set(words)) or (len(words) >= 2 and words[-2] == "to")


def _name_first(text: str, entities: Sequence[Entity]) -> Optional[str]:
    """"<name>? <its star>", "<name>, <its director>, <its year>?": words followed only by words that pick among
    titles, that the catalog has a title beginning with, or that could be a title it lacks (no word of when or with
    whom the viewer watches, no constraint read inside them)."""
    m = _NAME_FIRST_RE.match(text)
    if m is None or "?" not in text or m["mark"] not in ("?", ",") or not _is_a_name(m["name"], entities, m.start("name")):
        return None
    if _JOINED_FRAGMENT_RE.match(text):
        return None  # round 25d: "and from neighbouring countries? <a country>": a follow-up of the search, no title
    rest = text[m.end("name"):]
    if not re.search(r"\w", rest) or not _only_picking_words(rest, entities, m.end("name")):
        return None  # "<name>?" alone is the usual answer's (a title said alone: titles like it)
    named_after = any(e.name in PEOPLE | {"unknown_person"} and (e.start or 0) >= m.end("name") for e in entities)
    if not named_after and len(m["name"].split()) < MIN_NAME_WORDS_ALONE:
        return None  # "zombies? 2010s", "haunted houses, 90s?": a topic and an era, not a title with its year
    if may_hold(catalog_gazetteer(), m["name"]):
        return m["name"]
    start, end = m.start("name"), m.end("name")
    if _OCCASION_WORDS & set(re.findall(r"[\w']+", m["name"].casefold())) or any(
            e.start is not None and start <= e.start < end and e.name not in ("title", "query") for e in entities):
        return None  # "late night vibes, <a director>?": when and with whom the viewer watches, then the search
    return m["name"]  # "the great escape? <its star>": a title the catalog may lack


# A fragment joined to the search by a conjunction and a preposition ("and from other countries?", "or with someone
# else?", "but in french?"): a follow-up, never a title's name.
_JOINED_FRAGMENT_RE = re.compile(r"\W*(?:and|or|but|plus|what\s+about|how\s+about)\s+(?:also\s+)?(?:from|in|by|with|without"
                                 r"|set\s+in|made\s+in)\b", re.IGNORECASE)


# Words telling when, where or with whom the viewer watches: "<an occasion>, <a person or era>?" asks for a search.
_OCCASION_WORDS = frozenset({
    "tonight", "tomorrow", "today", "yesterday", "night", "nights", "morning", "afternoon", "evening", "weekend",
    "weekday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "vibe", "vibes", "mood",
    "flight", "trip", "commute", "party", "dinner", "lunch", "breakfast", "date", "sleepover", "holiday", "holidays",
    "grandma", "grandpa", "mom", "mum", "dad", "kids", "family", "friends", "wife", "husband", "girlfriend",
    "boyfriend", "partner", "roommate", "roommates", "bored", "tired", "sick", "rainy", "chill", "cozy",
})


def _as_titled(name: str) -> str:
    """The name without the season or part said with it, when only that begins a catalog title ("is stranger things
    4 on here" asks for Stranger Things)."""
    bare = without_part(name)
    return bare if bare != name and not _ids_by_name(name) and _ids_by_name(bare) else name


def _title_inside(entities: Sequence[Entity], text: str, name: str) -> bool:
    """The extractor read a catalog title within the name's words (the catalog has it, however it was said)."""
    at = text.find(name)
    if at < 0:
        return any(e.name == "title" and not e.excluded for e in entities)
    return any(e.name == "title" and not e.excluded and e.start is not None and e.end is not None
               and e.start < at + len(name) and e.end > at for e in entities)


_NEXT_SENTENCE_RE = re.compile(r"\s*[,.;:!?/-]+\s*(?:(?:or|aka|a\.k\.a\.?|i\s+mean)\s+)?(?P<name>[^,.;:!?/]+)", _F)


def _named_again(gazetteer: Gazetteer, said: str, rest: str) -> Optional[str]:
    """The catalog id of the title opening the message when the words after it name that title again under another of
    its names (its original or its English title), whatever chat follows them; else None."""
    m = _NEXT_SENTENCE_RE.match(rest)
    again = gazetteer.title_named_exactly(m["name"].strip()) if m else None
    item_id = gazetteer.title_id(gazetteer.title_named_exactly(said) or "")
    return item_id if again is not None and item_id is not None and gazetteer.title_id(again) == item_id else None


def _title_opening(text: str, entities: Sequence[Entity]) -> Optional[str]:
    """A catalog title opening the message, followed only by words that pick among titles of that name or describe
    it ("<a title> w/ <its star>", "<a title> original, 80s"): the longest such name. A title said alone is not one."""
    gazetteer = catalog_gazetteer()
    lead = re.match(OPENER, text)
    start = lead.end() if lead else 0
    words = list(re.finditer(r"[\w'’:&-]+", text[start:]))[:MAX_NAME_WORDS]
    if gazetteer is None or not words:
        return None
    for last in range(len(words) - 1, -1, -1):
        end = start + words[last].end()
        said = text[start:end]
        if all(is_filler(w) for w in re.findall(r"[\w']+", said)) or not gazetteer.title_named_exactly(said):
            continue
        rest = text[end:]
        if any(e.name == "title" and not e.excluded and e.start is not None and e.end is not None
               and e.start <= start + words[0].start() < e.end and e.end > end and e.value != said for e in entities):
            return None  # "stranger thigns": the extractor read a longer title over the words after it (Stranger Things)
        read_otherwise = any(e.start is not None and start <= e.start < end and e.name not in ("title", "query")
                             for e in entities)
        if read_otherwise and len(_content(said)) < 2:
            return None  # "dark, 90s": a mood, not the title "Dark"
        if _KINDS_AFTER_RE.match(rest):
            return None  # round 31B: "<a one-word title> movies from the 60s": a kind of title, many of them asked for
        if re.search(r"\w", rest) and _only_picking_words(rest, entities, end):
            return said
        named_again = _named_again(gazetteer, said, rest)
        if named_again is not None:
            # "money heist. la casa de papel. whatever it's called in english": one title, two names (35); the
            # catalog's own name is what the card is found by
            return gazetteer.title_of(named_again) or said
        if re.match(r"\s*\?", rest) and len(_plot_words(text, entities, said)) >= MIN_WORDS - 1:
            return said  # "<a title>? the one where <what happens>": the name, then what the viewer remembers
        return None
    return None


def _is_a_name(said: str, entities: Sequence[Entity], start: int) -> bool:
    """Words that can be a title's name: not opened or closed by a pointer or a kind word, not filler only, and no
    constraint the extractor read inside them but a title (a genre, a mood, a person is a request's)."""
    tokens = [t.casefold().strip("'’.:!") for t in said.split()]
    if not tokens or tokens[0] in _NOT_A_NAME and not (tokens[0] == "the" and len(tokens) > 1) \
            or tokens[-1] in _NOT_A_NAME or all(is_filler(t) for t in tokens) or _DESCRIBED_RE.search(said):
        return False
    end = start + len(said)
    inside = [e for e in entities if e.start is not None and start <= e.start < end
              and e.name not in ("title", "query", "unknown_person")]
    if len(_content(said)) >= 2:  # "is the dark knight there": a mood word inside a name; a genre makes it a kind
        return not any(e.name in ("genre", "actor", "director", "media_type") for e in inside)
    return not inside


def _content(said: str) -> list[str]:
    return [w for w in re.findall(r"[\w']+", said.casefold()) if not is_filler(w)]


def _only_picking_words(rest: str, entities: Sequence[Entity], offset: int) -> bool:
    """After a name: only words that pick among titles of that name or describe it (a person, a year, a country,
    "the original", "the american one"), nothing that asks for other titles."""
    if any(e.name in _KIND_ENTITIES and e.start is not None and e.start >= offset for e in entities):
        return False  # "<a one-word title> documentaries": the word names a kind of title, the message asks for it
    covered = [(e.start - offset, e.end - offset) for e in entities
               if e.name in _EVIDENCE and e.start is not None and e.end is not None and e.start >= offset]
    kept = "".join(" " if any(a <= i < b for a, b in covered) else ch for i, ch in enumerate(rest))
    words = re.findall(r"[\w']+", kept.casefold())
    return len(words) <= 8 and all(w in _PICKING or w.isdigit() or _short_surname(w, rest) for w in words)


def _short_surname(word: str, rest: str) -> bool:
    """A lone unknown word set off by commas ("…, scorsese, 2013?"): a name the catalog may not credit."""
    return bool(re.search(rf"(?:^|,)\s*{re.escape(word)}\s*(?:,|\?|$)", rest.casefold())) and len(word) >= 4


def _evidence(text: str, entities: Sequence[Entity], name: Optional[str], strong: bool) -> Sketch:
    """The evidence the message gives: its entities' people, year, format and origin, and its telling words."""
    people = tuple(dict.fromkeys(e.value for e in entities if e.name in PEOPLE and not e.excluded))[:MAX_PEOPLE]
    years = next((_years(e.value) for e in entities if e.name == "year" and not e.excluded), None)
    media = next((e.value for e in entities if e.name == "media_type" and not e.excluded), None)
    settings = [e for e in entities if _a_setting(text, e)]
    countries = [e.value for e in entities if e.name == "country" and not e.excluded and e not in settings]
    countries += [_COUNTRY_OF_LANGUAGE[e.value] for e in entities if e.name == "language" and e.value in _COUNTRY_OF_LANGUAGE]
    said = [t.text for t in _tokens(text)]
    countries += [_COUNTRY_WORDS[w] for w in said if w in _COUNTRY_WORDS]
    media = media or next((_MEDIA_OF_WORD[w] for i, w in enumerate(said) if _MEDIA_OF_WORD.get(w)
                           and not (w == "show" and said[i + 1:i + 2] and said[i + 1] in _SHOW_VERB_OBJECTS)), None)
    edition = "earliest" if _EARLIEST & set(said) else "latest" if _LATEST & set(said) else None
    watching = [e for e in entities if _for_whom(text, e)]
    plot = _plot_words(text, [*entities, *(Entity("for_whom", "", None, e.start, e.end) for e in watching)], name)
    # a place the story goes to is a word of the plot ("return to Vietnam" in the synopsis), no origin
    plot += tuple(w for e in settings for w in re.findall(r"[\w'-]+", text[e.start:e.end].casefold())
                  if _telling(w) and w not in plot)
    return Sketch(plot, name, people, years, media, tuple(dict.fromkeys(countries)), edition, strong,
                  watching[0].value if watching else None)


# Round 27D: a country named as where the story goes or happens ("vets who fly back to <country> for gold", "a
# gang in <a city of a country>", "kids living in <country>") is the story's setting, a word of its plot, never the
# title's origin (an origin is said as an adjective, "that british one", or "from <country>").
_SETTING_BEFORE_RE = re.compile(r"\b(?:in|to|into|across|around|through|at|inside|near|visit(?:s|ed|ing)?|invad(?:e|es|ed|ing)"
                                r"|escap(?:e|es|ed|ing)|occupied|set\s+in)\s+(?:the\s+|a\s+|an\s+|rural\s+|war[\s-]torn\s+)?$", _F)


def _a_setting(text: str, entity: Entity) -> bool:
    """A country entity said where a story takes place, after a preposition of place (``_SETTING_BEFORE_RE``)."""
    if entity.name != "country" or entity.excluded or entity.start is None or entity.end is None:
        return False
    return _SETTING_BEFORE_RE.search(text[max(0, entity.start - 30):entity.start]) is not None


# "… for my kids", "for the little ones": who watches, said outside the description.
_FOR_WHOM_BEFORE_RE = re.compile(r"\bfor\s+(?:(?:my|our|the|a|an|his|her|their)\s+)?(?:[\w'-]+\s+)?$", _F)


def _for_whom(text: str, entity: Entity) -> bool:
    """An audience said as who will watch ("for my kids"), not a word of the plot ("kids on bikes")."""
    if entity.name != "audience" or entity.excluded or entity.start is None:
        return False
    return (re.match(r"for\b", text[entity.start:], _F) is not None  # the extractor's span is "for my kids" whole
            or _FOR_WHOM_BEFORE_RE.search(text[max(0, entity.start - 30):entity.start]) is not None)


# Words of the asking itself, never of the plot.
_ASKING_WORDS = frozenset({"there's", "theres", "remember", "called", "name", "named", "title", "titled", "think",
                           "saw", "watched", "seen", "years", "ago", "plane", "netflix", "here", "somebody", "someone",
                           "something", "guy", "lady", "woman", "girl", "man", "one", "show", "series", "movie", "film",
                           "flick", "picture", "pic", "anime", "cartoon", "documentary", "sitcom", "made", "thing",
                           "where", "with", "about", "original", "version", "available", "catalog", "catalogue", "have",
                           "got", "kinda", "sorta", "maybe", "probably", "around", "early", "late", "mid"})


def _plot_words(text: str, entities: Sequence[Entity], name: Optional[str]) -> tuple[str, ...]:
    """The telling words outside the entities' spans and the name: what happens in the title, who is in it when the
    extractor read no one ("anya somebody")."""
    spans = [(e.start, e.end) for e in entities
             if e.name in _EVIDENCE | {"for_whom"} and e.start is not None and e.end is not None]
    kept = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    if name:
        kept = kept.replace(name, " ")
    words = []
    for w in re.findall(r"[\w']+", kept.casefold()):
        w = w.strip("'").removesuffix("'s")
        if w not in _ASKING_WORDS and _telling(w):
            words.append(w)
    return tuple(dict.fromkeys(words))


def _years(value: str) -> Optional[tuple[int, int]]:
    m = re.fullmatch(r"(\d{4})-(\d{4})", value)
    return (int(m[1]), int(m[2])) if m else None


# --- weighing the candidates ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A catalog item found for the sketch, with what finding it showed: the people whose credits it was found
    through, and a small bonus for ranking first by the plot's words (among a person's titles, more)."""

    item: dict[str, Any]
    bonus: float = 0.0
    credited: tuple[str, ...] = ()


def score(sketch: Sketch, candidate: Candidate) -> float:
    """How much of the sketch's evidence the candidate bears out. A word counts where the title, the synopsis or a
    credit says it (a first name said alone, "anya" / Anya Taylor-Joy, counts by its start); the year counts within a
    year of the era said (a setting's decade may differ from the release, so it never counts against)."""
    item = candidate.item
    title = str(item.get("title") or "")
    credits = [str(p) for p in (item.get("cast") or []) + (item.get("directors") or [])]
    stems = _word_set(f"{title} {item.get('description') or ''} {' '.join(credits)}")
    first_names = {c.split()[0].casefold() for c in credits if c.split()}
    total = WORD_WEIGHT * sum(1 for w in sketch.words if _said_in(w, stems) or _begins_a_name(w, first_names))
    if sketch.name and _name_fits(sketch.name, title):
        said, plain = plain_name(sketch.name), plain_name(title)
        total += NAME_WEIGHT + (EXACT_NAME_WEIGHT if said in (plain, _unqualified(plain)) else 0)
    known = {c.casefold() for c in credits} | {c.casefold() for c in candidate.credited}
    total += PERSON_WEIGHT * sum(1 for p in sketch.people if p.casefold() in known)
    if sketch.years and _in_era(sketch.years, item):
        total += YEAR_WEIGHT
    if sketch.media_type and item.get("type") == sketch.media_type:
        total += SMALL_WEIGHT
    if sketch.countries and set(sketch.countries) & set(item.get("countries") or []):
        total += SMALL_WEIGHT
    return total + candidate.bonus


# A year or a decade the synopsis tells ("in 1947", "in the 1950s"): where the story is set.
_TOLD_YEAR_RE = re.compile(r"\b(1[89]\d\d|20\d\d)(s?)\b")


def _in_era(era: tuple[int, int], item: dict[str, Any]) -> bool:
    """The title was released within a year of the era said, or its synopsis sets it there ("in the 1950s")."""
    year = item.get("year")
    if isinstance(year, int) and era[0] - 1 <= year <= era[1] + 1:
        return True
    for m in _TOLD_YEAR_RE.finditer(str(item.get("description") or "")):
        told = int(m[1])
        if era[0] <= told <= era[1] or (m[2] and told <= era[0] and era[1] <= told + 9):
            return True
    return False


def _begins_a_name(word: str, first_names: set[str]) -> bool:
    return len(word) >= MIN_WORD_OF_NAME and any(n.startswith(word) for n in first_names)


# Articles a half-remembered name may leave out ("casa de …" for "La casa de papel").
_ARTICLES = ("the", "la", "el", "los", "las", "le", "les", "il", "der", "die", "das", "a")


def _name_fits(name: str, title: str) -> bool:
    """The title is the name said, or begins with it, an article left out or not."""
    said, plain = plain_name(name), plain_name(title)
    if not said:
        return False
    for full in (plain, _unqualified(plain), *(plain[len(a) + 1:] for a in _ARTICLES if plain.startswith(a + " "))):
        if full == said or full.startswith(said + " "):
            return True
    return False


def _unqualified(plain: str) -> str:
    return re.sub(r"\s+(?:us|uk|u s|u k)$", "", plain)


def best_fit(sketch: Sketch, candidates: Sequence[Candidate]) -> Optional[dict[str, Any]]:
    """The candidate the evidence singles out (enough of it, and a clear lead over every other title), else None."""
    return fits(sketch, candidates)[0]


def fits(sketch: Sketch, candidates: Sequence[Candidate]) -> tuple[Optional[dict[str, Any]], list[dict[str, Any]]]:
    """The candidate the evidence singles out (``best_fit``) and the runners-up worth a button beside its card: titles
    with enough evidence of their own (``MIN_SCORE``) within ``RUNNER_UP_WITHIN`` of the winner's score, at most
    ``MAX_RUNNERS_UP`` (round 22b: "Sounds like <title>" with "Or <the runner-up>?")."""
    scored = _scored(sketch, candidates)
    if sketch.edition and sketch.name:
        _weigh_editions(sketch, scored)
    ranked = sorted(scored.values(), key=lambda s: -s[0])
    best = _winner(sketch, ranked)
    if best is None:
        return None, []
    top = ranked[0][0]
    runners = [c.item for value, c in ranked[1:] if value >= MIN_SCORE and top - value < RUNNER_UP_WITHIN
               and satisfies(sketch, c)]
    return best, runners[:MAX_RUNNERS_UP]


def satisfies(sketch: Sketch, candidate: Candidate) -> bool:
    """The title is what the viewer said it is: the format said ("show" → a series), released in the era said, with
    the people said in its credits (those it was found through count) — a runner-up offered must be all of them."""
    item = candidate.item
    if sketch.media_type and item.get("type") and item.get("type") != sketch.media_type:
        return False
    year = item.get("year")
    if sketch.years and not (isinstance(year, int) and sketch.years[0] <= year <= sketch.years[1]):
        return False
    credits = {str(p).casefold() for p in (item.get("cast") or []) + (item.get("directors") or [])}
    credits |= {p.casefold() for p in candidate.credited}
    return all(p.casefold() in credits for p in sketch.people)


def _winner(sketch: Sketch, ranked: Sequence[tuple[float, Candidate]]) -> Optional[dict[str, Any]]:
    if not ranked:
        return None
    best, found = ranked[0]
    needed = MIN_SCORE if sketch.strong else MIN_SCORE_WEAK
    if best < needed or (not sketch.strong and not _credits_anyone(sketch, found)):
        return None
    if sketch.name_needs_support and score(replace(sketch, name=None), replace(found, bonus=0.0)) <= 0:
        return None  # "that korean revenge one, dark": the word closing the description is no title it describes
    if len(ranked) > 1 and best - ranked[1][0] < MIN_LEAD:
        return None
    return found.item


def _scored(sketch: Sketch, candidates: Sequence[Candidate]) -> dict[str, tuple[float, Candidate]]:
    """Each item once, with its best score (an item found several ways keeps the way that shows the most)."""
    scored: dict[str, tuple[float, Candidate]] = {}
    for candidate in candidates:
        key = str(candidate.item.get("id"))
        value = score(sketch, candidate)
        if key not in scored or value > scored[key][0]:
            scored[key] = (value, candidate)
    return scored


def _weigh_editions(sketch: Sketch, scored: dict[str, tuple[float, Candidate]]) -> None:
    """"The original" / "the newer one": among the titles the name fits, the earliest / latest gains."""
    named = [(k, s) for k, s in scored.items() if _name_fits(sketch.name or "", str(s[1].item.get("title") or ""))
             and isinstance(s[1].item.get("year"), int)]
    if len(named) < 2:
        return
    pick = min if sketch.edition == "earliest" else max
    key, (value, candidate) = pick(named, key=lambda ks: ks[1][1].item["year"])
    scored[key] = (value + EDITION_WEIGHT, candidate)


def _credits_anyone(sketch: Sketch, candidate: Candidate) -> bool:
    item = candidate.item
    credits = {str(p).casefold() for p in (item.get("cast") or []) + (item.get("directors") or [])}
    credits |= {p.casefold() for p in candidate.credited}
    return any(p.casefold() in credits for p in sketch.people)


# --- asking the catalog ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Identified:
    """The title found, or the name the catalog has no title by (said honestly), or neither."""

    item: Optional[dict[str, Any]] = None
    missing: Optional[str] = None
    runners_up: tuple[dict[str, Any], ...] = ()


async def identify(sketch: Sketch) -> Identified:
    """Ask the catalog for candidates (by the words, by each person named, by the name), read the credits of the
    likeliest few, and weigh them."""
    try:
        candidates = await _with_credits(sketch, await _candidates(sketch))
    except (RecommenderUnavailable, RecommenderRejected):
        log.warning("could not look up the title asked for")
        return Identified()
    item, runners_up = fits(sketch, candidates)
    if item is not None:
        return Identified(item, runners_up=tuple(runners_up))
    if sketch.name and sketch.may_miss and not _ids_by_name(sketch.name) and not may_hold(catalog_gazetteer(), sketch.name):
        return Identified(missing=sketch.name.strip(" \"“”'‘’"))
    return Identified()


async def _candidates(sketch: Sketch) -> list[Candidate]:
    client = get_client()
    found: list[Candidate] = []
    words = " ".join(sketch.words)
    if words:
        items = _items(await client.recommend({"query": words, "limit": CANDIDATES}))
        found += [Candidate(item, SMALL_WEIGHT if rank == 0 and _leads(items) else 0.0) for rank, item in enumerate(items)]
    for person in sketch.people:
        body: dict[str, Any] = {"constraints": {"any_people": [person]}, "limit": CANDIDATES}
        if words:
            body["query"] = words
        items = _items(await client.recommend(body))
        found += [Candidate(item, WORD_WEIGHT if rank == 0 and words and _leads(items) else 0.0, (person,))
                  for rank, item in enumerate(items)]
    # the titles the name begins, exact name first, read whole: a few, since each is one call (a name shared by many
    # titles, "lego", is told apart by the rest of the evidence, or left to the usual answer)
    named = await asyncio.gather(*(client.item(i) for i in _ids_by_name(sketch.name)[:CREDITS_READ]))
    return found + [Candidate(item) for item in named if item]


async def _with_credits(sketch: Sketch, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, the likeliest few with their full record (a search's items carry no credits)."""
    scored = sorted(_scored(sketch, candidates).values(), key=lambda s: -s[0])[:CREDITS_READ]
    client = get_client()
    items = await asyncio.gather(*(_full(client, c.item) for _, c in scored))
    full = [Candidate(item or c.item, c.bonus, c.credited) for item, (_, c) in zip(items, scored)]
    return full + candidates


async def _full(client: RecommenderClient, item: dict[str, Any]) -> Optional[dict[str, Any]]:
    return item if "cast" in item else await client.item(str(item["id"]))


def _leads(items: Sequence[dict[str, Any]]) -> bool:
    """The search by the words singles its first title out (its score leads the next by a clear margin)."""
    if len(items) < 2:
        return bool(items)
    first, second = (i.get("score") for i in items[:2])
    return isinstance(first, (int, float)) and isinstance(second, (int, float)) and first - second >= RANK_LEAD


def _items(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in result.get("items") or [] if isinstance(i, dict) and i.get("id") and i.get("title")]


def _ids_by_name(name: Optional[str]) -> list[str]:
    """Catalog ids of the titles the name is, or begins (its other names included: "money heist")."""
    gazetteer = catalog_gazetteer()
    if not name or gazetteer is None:
        return []
    said = plain_name(name)
    if not said:
        return []
    ids = [t.id for prefix in ("", *(f"{a} " for a in _ARTICLES)) for _, t in gazetteer.titles_starting(prefix + said)]
    exact = gazetteer.title_named_plainly(name)
    if exact and gazetteer.title_id(exact):
        ids.insert(0, str(gazetteer.title_id(exact)))
    return list(dict.fromkeys(ids))


# --- answering ------------------------------------------------------------------------------------------------------


async def answer_identification(dispatcher: CollectingDispatcher, turn: Turn) -> Optional[list[EventType]]:
    """Answer a message asking for one title (module docstring) with its card, or say the catalog lacks the name
    asked for; None when the message asks for no one title or the evidence singles none out."""
    franchise = await answer_franchise(dispatcher, turn)
    if franchise is not None:  # "<franchise> movies", "the <franchise> ones": its titles, not a keyword search
        return franchise
    picked = None if _REQUEST_RE.search(turn.text or "") else await shown_title_described(turn)
    if picked is not None:  # "the one with <a thing>" after a list: the listed title that has it
        return await _card(dispatcher, turn, picked)
    sketch = sketch_of(turn)
    if sketch is None:
        return None
    found = await identify(sketch)
    named = _title_named_inside(turn, found.item)
    if named is not None:  # "the show about the chess girl, queens gambit?": the title named, not one holding its name
        return await _card(dispatcher, turn, {"id": named})
    if found.item is not None:
        return await _card(dispatcher, turn, found.item, found.runners_up)
    if sketch.only_if_clear:
        return None  # no title clearly wins: the description may ask for a kind, the usual answer reads it
    if found.missing is not None:
        said = wording.title_missing_offering_people(found.missing, sketch.people)
        return answer_missing_title(dispatcher, found.missing, said, people_buttons(sketch.people, turn.entities))
    if sketch.strong and (len(sketch.words) >= MIN_WORDS - 1 or sketch.people):
        return await _closest(dispatcher, turn, sketch)
    return None


def _title_named_inside(turn: Turn, found: Optional[dict[str, Any]]) -> Optional[str]:
    """Round 34: the id of the one catalog title the message names (the extractor's title entity), when the title the
    description found only holds that name inside its own ("Creating The Queen's Gambit" for "… queens gambit?"): the
    viewer named the title, the description's words only said which; None otherwise."""
    titles = [e for e in turn.entities if e.name == "title" and e.role is None and not e.excluded]
    gazetteer = catalog_gazetteer()
    if found is None or len(titles) != 1 or gazetteer is None:
        return None
    named_id = gazetteer.title_id(titles[0].value)
    found_title = str(found.get("title") or "")
    if not named_id or str(found.get("id")) == named_id or titles[0].value.casefold() not in found_title.casefold():
        return None
    return named_id


async def _closest(dispatcher: CollectingDispatcher, turn: Turn, sketch: Sketch) -> list[EventType]:
    """No title clearly fits a plain question for one: the titles closest to what was said, searched by its words
    among the titles of the format, era and people said (and first of the country said) with none of the
    description's other words as filters — no audience cap from "kids on bikes", no mood from "creepy", no year bound from
    the era the story is set in. Who watches, said outside the description ("for my kids"), stays the viewer's cap."""
    from actions.planning import Plan  # actions.planning and actions.recommend build on actions.base, which uses this
    from actions.recommend import execute_plan

    from actions.planning import _same_company

    words = " ".join(sketch.words) or None
    # who watches is the viewer's, not the plot's: said outside the description, or the children the search was for
    # (their audience and rating caps; an audience read in the plot, "kids build a raft", is no new company)
    said = [e for e in turn.entities if not (e.name == "audience" and not _for_whom(turn.text or "", e))]
    loose = replace(_same_company(Constraints(audience=sketch.audience), turn, said), query=words)
    # what was said of the title holds for every title shown (round 22b): the format, the people in it, the era; the
    # country narrows the first try only
    # "the one with both <A> and <B>": both in its cast, never either of them (round 25f)
    together = names_people_together(turn.text, sketch.people)
    said = replace(loose, any_people=[] if together else list(sketch.people),
                   actors=list(sketch.people) if together else loose.actors,
                   media_type=[sketch.media_type] if sketch.media_type else [],
                   year_min=sketch.years[0] if sketch.years else None, year_max=sketch.years[1] if sketch.years else None)
    state = replace(said, countries=list(sketch.countries))
    if sketch.people and sketch.years:
        # round 27D: beside the people in it, a decade is as likely the story's ("<two stars> as a cop duo in the
        # seventies") as the release's: it narrows the first try only, never empties the answer
        said = replace(said, year_min=None, year_max=None)
    plan = Plan(state, exclude_ids=list(turn.rejected_ids), unless_empty=said if state != said else None,
                note=NOT_SURE)
    saying = await _saying_the_words(plan, turn, sketch.words)
    if saying is not None:
        said, unsaid = saying
        if _singled_out(sketch.words, said):
            return await _card(dispatcher, turn, said[0])
        # only the titles that say something of the description: a title sharing just the format or the country of
        # the one remembered is no match of it ("the british show with the tent" is no British drama)
        plan = replace(plan, exclude_ids=plan.exclude_ids + unsaid, unless_empty=None, limit=min(plan.limit, len(said)))
    return _best_match_focused(await execute_plan(dispatcher, turn, plan))


async def _saying_the_words(plan: Plan, turn: Turn, words: Sequence[str]
                            ) -> Optional[tuple[list[dict[str, Any]], list[str]]]:
    """The closest search's first titles that say at least one of the description's words (the most words first),
    and the ids of those that say none; None when none says any (the closest titles by meaning are all there is)."""
    if not words:
        return None
    try:
        result = await get_client().recommend(replace(plan, limit=CANDIDATES).request_body(turn.sender_id))
    except (RecommenderUnavailable, RecommenderRejected):
        return None
    items = _items(result)
    said = sorted((i for i in items if matched_words(words, i)), key=lambda i: -matched_words(words, i))
    if not said:
        return None
    return said, [str(i["id"]) for i in items if not matched_words(words, i)]


def _singled_out(words: Sequence[str], said: Sequence[dict[str, Any]]) -> bool:
    """One title is what was described: it alone says any of the words, or it says every one of two or more words
    and each other title fewer, or (round 36) it says at least two and every other title at most half as many ("the
    british show about the teen whose mum is a sex therapist": the one saying "sex" and "therapist" beside titles
    saying one of them is that show, not the first of a list of near misses)."""
    if len(said) == 1:
        return True
    best, second = matched_words(words, said[0]), matched_words(words, said[1])
    if len(words) >= 2 and best == len(words) and second < best:
        return True
    return best >= MIN_WORDS_SINGLED and 2 * second <= best


def _best_match_focused(events: list[EventType]) -> list[EventType]:
    """The closest titles' answer with its first (best) match focused: "more like that" after it is a like-search on
    that title, never "more like which one?" (the viewer asked for one title; the first is the likeliest)."""
    shown = next((e.get("value") for e in reversed(events) if e.get("event") == "slot" and e.get("name") == LAST_ITEMS),
                 None)
    first = shown[0].get("id") if isinstance(shown, list) and shown and isinstance(shown[0], dict) else None
    return events + [SlotSet(FOCUSED_ID, str(first))] if first else events


async def _card(dispatcher: CollectingDispatcher, turn: Turn, found: dict[str, Any],
                runners_up: Sequence[dict[str, Any]] = ()) -> list[EventType]:
    """The title's card, focused so "more like that" is a like-search on it; the search the viewer had stays. A
    runner-up close behind it is a button to its own card ("Or <title> (year)?")."""
    try:
        raw = await get_client().item(str(found["id"]), user_id=turn.sender_id) or found
    except (RecommenderUnavailable, RecommenderRejected):
        raw = found
    item = Item.from_dict(raw) or Item.from_dict(found)
    if item is None:
        return []
    say(dispatcher, wording.described_title_found(wording.title_with_year(item)))
    others = tuple(buttons.button(wording.runner_up(str(r.get("title")), r.get("year")), "ask_details",
                                  {"item_id": str(r["id"])}) for r in runners_up if r.get("id") and r.get("title"))
    send(dispatcher, ItemDetails(item, (*others, *buttons.ITEM_FOLLOWUPS)[:buttons.MAX_BUTTONS]))
    return [SlotSet(FOCUSED_ID, item.id)]


NOT_SURE = "I'm not sure which title you mean — here are the closest matches."
