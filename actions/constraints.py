"""The viewer's constraints as they evolve over a conversation, and how one turn changes them.

The state is a ``contract.constraints.Constraints`` (the schema both runtimes share); it lives in Rasa
slots (one slot per field, see domain.yml) so it survives between turns and is visible in the tracker.
Every turn the recommend action reads it, applies the entities of the latest message with the rules
below, and writes it back:

* a field mentioned in this turn replaces the previous value ("actually, a thriller" swaps the genre,
  "under 30 minutes" replaces the runtime range) and fields not mentioned carry over ("comedies" ->
  "under 30 minutes please" = comedies under 30);
* exclusions accumulate until the viewer starts over ("no horror" ... "and nothing animated");
* ``shorter`` / ``longer`` are relative: they move the runtime bound by a quarter from the current
  bound, or from the longest item just shown when there is no bound yet; "shorter" after a list is also
  below that list's median (shorter than most of what was shown, never the same runtimes again).
* ``newer`` / ``older`` are relative to the years of the list just shown; ``recent`` / ``old`` to the
  catalog (the recommender resolves them); a season count implies series (docs/contracts.md "Recency",
  §5 "Seasons"); a lower and an upper bound said in the same turn combine ("at least 1 h but under 2").

Everything here is pure (no I/O) so it can be unit-tested without Rasa.

Over ~300 lines on purpose: every rule that changes the constraint state lives here, one function
per kind of constraint, so a reader finds all of them in one file.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import asdict, replace
from typing import Any, Iterable, Mapping, Optional, Sequence

from actions.entities import CAST_OF, DIRECTOR_OF, SIMILAR, Entity, last_value, values
from actions.era_corrections import corrected_era
from actions.list_eras import list_era_bounds
from contract.constraints import (OLD_YEARS, RECENT_YEARS, SHORT_SERIES_MAX_SEASONS, SORT_ORDERS, Constraints,
                                  split_kind)
from contract.constraints import CLASSIC_GENRE, LIST_ERA_VALUES
from contract.vocabulary import (AUDIENCES, CLEAN_AUDIENCE, COLLECTION_GENRES, form_kept_beside, GENRE_IDS, GENRES,
                                 LITTLE_CHILD_AUDIENCES, is_soft_scare, NETFLIX_TAG_GENRES, RATING_AUDIENCE, RATINGS, VIEWER_MEDIA_TYPES, names_the_genre,
                                 ratings_for_audience, spanned_genres, stricter_audience)
from contract.stems import word_stem
from contract.topics import topic_base, topic_terms
from contract.words import (ANIMATION_WORD_RE, FICTION_WORDS, FRESH_START_PATTERN, LIVE_ACTION_PATTERN,
                            REAL_KIND_PATTERN, TAKE_BACK_PATTERN)

# "shorter" keeps 75% of the current bound; "longer" asks for 125% of it as a minimum.
SHORTER_FACTOR = 0.75
LONGER_FACTOR = 1.25
# "shorter" with nothing to compare against: shorter than a typical feature film.
DEFAULT_SHORTER_MAX = 90
MIN_RUNTIME_BOUND = 5

# Moods whose negation means a genre the viewer does not want ("nothing scary" -> no horror).
MOOD_EXCLUDES_GENRE: dict[str, str] = {"scary": "horror", "romantic": "romance", "funny": "comedy",
                                        # round 25c: "nothing sad" is no drama (the family a good cry is), "nothing
                                        # dark" no horror
                                        "sad": "drama", "dark": "horror"}

# Entities that name a new subject: a request carrying one of them (without edit markers) starts a
# new search instead of editing the current one ("comedies" ... "something with Adam Sandler"). A genre
# is not one of them: a new genre replaces the genre and keeps the rest ("make it a thriller").
SUBJECT_ENTITIES: frozenset[str] = frozenset({"title", "actor", "director"})
# A genre ruled out from one origin only ("no telenovelas" → "drama@es": contract.constraints.ORIGIN_GENRE_MARK).
ORIGIN_GENRE = "origin_genre"
# A subject ruled out ("no superhero stuff" → superhero; nlu/extraction/ruled_out_topics.py, round 28A).
TOPIC = "topic"
# Entities that constrain the search (contract §5); ``position`` / ``item_id`` only point at titles.
CONSTRAINT_ENTITIES: frozenset[str] = frozenset({
    "genre", "media_type", "duration", "audience", "rating", "year", "country", "language",
    "actor", "director", "title", "mood", "seasons", "added", "sort",
    ORIGIN_GENRE, TOPIC,
})


# -- parsing of normalised entity values (contract §5) ------------------------------------------


def parse_range(value: str) -> tuple[Optional[int], Optional[int]]:
    """Parse ``MIN-MAX`` where either side may be empty ("-40", "90-120", "2019-").

    A bare number means "at most" for durations (``/refine{"duration":"60"}``) and is handled by
    the caller; here it is returned as ``(n, n)``.
    """
    text = value.strip()
    if "-" not in text:
        n = _int_or_none(text)
        return n, n
    low, _, high = text.partition("-")
    return _int_or_none(low), _int_or_none(high)


def _int_or_none(text: str) -> Optional[int]:
    text = text.strip()
    if not text:
        return None
    try:
        return int(round(float(text)))
    except ValueError:
        return None


def shorter_bound(current_max: Optional[int], shown_minutes: Sequence[int]) -> int:
    """New ``max_minutes`` for "shorter" ("even shorter", "shorter still"). With no upper bound in the search:
    below the median of the list shown. Otherwise 75% of the tighter of the
    bound in force and the longest item shown, and never above the shown list's median less a minute, so
    every answer is shorter than most of the list just shown (a list of 90-110 min films gives no 110 again)."""
    if current_max is None and shown_minutes:
        # no bound in the search: shorter than most of the list shown (its median less a minute), like "older"
        return max(MIN_RUNTIME_BOUND, int(math.ceil(statistics.median(shown_minutes))) - 1)
    candidates = [m for m in (current_max, max(shown_minutes) if shown_minutes else None) if m]
    reference = min(candidates) if candidates else None
    if reference is None:
        return DEFAULT_SHORTER_MAX
    bound = int(math.floor(reference * SHORTER_FACTOR))
    if shown_minutes:
        bound = min(bound, int(math.ceil(statistics.median(shown_minutes))) - 1)
    return max(MIN_RUNTIME_BOUND, bound)


def longer_bound(current_max: Optional[int], current_min: Optional[int], shown_minutes: Sequence[int]) -> int:
    """New ``min_minutes`` for "longer" ("even longer"). With no upper bound in the search: above the median of
    the list shown (and above the lower bound in force, so "longer" again goes further). Otherwise 125% of the
    current upper bound."""
    if current_max is None and shown_minutes:
        # no upper bound in the search: longer than most of the list shown (its median plus a minute), like
        # "newer"; a 125% step asked for 3-hour films after 2.5-hour ones and found nothing
        return max(int(math.floor(statistics.median(shown_minutes))) + 1, (current_min or 0) + 1)
    reference = current_max or (max(shown_minutes) if shown_minutes else None) or current_min
    if reference is not None and current_min:
        reference = max(reference, current_min)
    if reference is None:
        return DEFAULT_SHORTER_MAX
    return int(math.ceil(reference * LONGER_FACTOR))  # above the longest shown, so above the list's median


# -- applying one turn ----------------------------------------------------------------------------


# Words that mark a message as a change to the current search ("make it a thriller", "also with X",
# "instead", "only the ones with ...") and words that ask for a fresh start ("something completely
# different"). See docs/contracts.md "Dialogue edit rules".
EDIT_MARKERS = re.compile(
    r"\b(?:make\s+(?:it|them|that)|instead|also|as\s+well|rather|actually|same|still|keep|change|switch"
    r"|only|now|add|narrow|of\s+(?:those|these|them)|from\s+(?:those|these)|among\s+(?:those|these)|ones)\b"
    r"|^\s*(?:(?:ok(?:ay)?|maybe|hm+|um+|fine)[\s,]+)*about\b"
    r"|^\s*(?:and|but|plus|so|ok(?:ay)?\s+(?:and|but))\b|\btoo\s*[.!?]*\s*$", re.IGNORECASE)
FRESH_START = re.compile(
    rf"\b(?:{FRESH_START_PATTERN}"
    r"|forget\s+(?:all\s+(?:of\s+)?)?(?:that|this|everything|those|these)\b|change\s+of\s+plans?)", re.IGNORECASE)


# The last ask taken back, not the whole search: "scrap that", "forget that", "scratch this", "change of plan",
# "never mind that". Said with a genre it replaces the genre only; who is watching, the format and the people stay
# unless named again ("scrap that, they now want adventure" after kids' films: kids' adventure films). "Forget all
# that", "forget everything", "start over", "new search" still start afresh.
_TAKE_BACK_RE = re.compile(rf"\b(?:{TAKE_BACK_PATTERN})\b", re.IGNORECASE)
_WHOLE_SEARCH_RE = re.compile(rf"\b(?:all|everything|every\s*thing|{FRESH_START_PATTERN})\b", re.IGNORECASE)


# The viewer giving up on the earlier narrowing (round 22e): a word of resignation ("fine", "whatever", "oh well", "meh";
# "ok / alright" with "just") before "(just) any / anything" and what to watch now ("fine, any
# drama", "ok just anything crime then", "whatever, any documentary from 2020 on"). The search starts afresh with what
# this message says (who is watching stays: ``planning._same_company``), never the old genre, era and caps plus it.
# "Any of those / anything else / anything like that" point at the list and stay refinements ("any of those but
# shorter"), as does a message with no kind to watch ("ok just anything shorter then": a bound relative to the list).
# "Never mind / forget it / scrap that" + a genre take back the last ask only (``takes_back_the_genre``, round 18b).
_GIVES_UP_RE = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|alright|all\s+right|right|so|well|ugh|sigh|hm+|ah+|eh)[\s,.!]+)*"
    r"(?:(?:(?:fine|whatever|oh\s+well|screw\s+it|meh)[\s,.!]+)+(?:then[\s,]+)?(?:just\s+)?"
    r"|(?:ok(?:ay)?|alright|all\s+right|so|well)[\s,.!]+(?:then[\s,]+)?just\s+"
    # round 24b: "just any anime movie then", "ok then anything korean": "just" or "ok then" alone before "any" generalise
    r"|just\s+|(?:ok(?:ay)?|alright|all\s+right|so|well)[\s,.!]+then[\s,.!]+(?:just\s+)?)"
    r"(?:give\s+(?:me|us)\s+|show\s+(?:me|us)\s+)?(?:any|anything)\b"
    r"(?!\s+(?:of|else|other|more|like|similar)\b|\s+from\s+(?:those|these|them|that|there)\b)", re.IGNORECASE)
# What the viewer now wants to watch: a kind, not only a bound (a bound alone refines the list: "just anything shorter").
_KIND_ENTITIES = frozenset({"genre", "media_type", "mood", "country", "language"})


def gives_up_the_narrowing(text: Optional[str], entities: Optional[Sequence[Entity]]) -> Optional[tuple[int, int]]:
    """The span of the resignation words when the message gives up the search's narrowing for a kind said after them
    (``_GIVES_UP_RE``; ``entities`` None: the words alone); None otherwise."""
    if not text or str(text).startswith("/"):
        return None
    m = _GIVES_UP_RE.search(str(text))
    if m is None or entities is not None and not any(e.name in _KIND_ENTITIES and not e.excluded and e.start is not None and e.start >= m.end()
                            for e in entities):
        return None
    return m.start(), m.end()


# Round 24b: after a search that came up empty (a relaxation is pending), a request that settles for less — "then" closing
# it ("a different action movie that's fine for him then", "fine, just his comedies then"), "a different / another …"
# or "just …" opening it ("just faith movies for the family") — with a kind to watch is a new search of what it says:
# the constraint that emptied the search is given up, not carried into the new one. Who is watching stays
# (``planning._same_company``), and so does the search's person when the message points at them ("his comedies":
# ``planning._same_person``).
_SETTLES_RE = re.compile(
    r"\bthen\s*(?:(?:please|pls|plz|maybe|instead|lol|haha|i\s+guess)\b\s*)*[.!?]*\s*$"
    r"|\b(?:a|an|some)\s+(?:different|other)\b|\banother\s+(?!one\b|time\b)"
    r"|^\W*(?:(?:ok(?:ay)?|alright|all\s+right|right|so|well|fine|whatever|oh\s+well|meh|hm+|ah+|eh)[\s,.!]+)*just\s+(?!the\b|those\b|these\b|them\b|one\b)"
    # round 25d: "ok any italian horror", "well, anything korean" opening the message after nothing: any title of that kind
    r"|^\W*(?:(?:ok(?:ay)?|alright|all\s+right|right|so|well|fine|hm+|ah+|eh)[\s,.!]+)*(?:any|anything)\s+"
    r"(?!of\b|else\b|other\b|more\b|like\b|similar\b|one\b|ones?\s+(?:from|of)\b)",
    re.IGNORECASE)


# "other hong kong films from the 2010s then", "different korean shows" after a person's titles: "other" right before a
# place of origin moves on from the person to that origin (round 25b); "his other korean films" keeps them.
_OTHER_ORIGIN_RE = re.compile(r"(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)\b(?:other|different)\s+$", re.IGNORECASE)
_ORIGIN_ENTITIES = frozenset({"country", "language"})


def other_origin_after_people(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> bool:
    """The message asks for other titles of an origin ("other hong kong films") after a search for a person, naming
    nobody: a new search of that origin, the person left behind."""
    if not text or str(text).startswith("/") or not (state.actors or state.directors or state.any_people):
        return False
    if any(e.name in SUBJECT_ENTITIES and not e.excluded for e in entities):
        return False
    return any(e.name in _ORIGIN_ENTITIES and not e.excluded and e.start is not None
               and _OTHER_ORIGIN_RE.search(str(text)[:e.start]) for e in entities)


# "any with both?", "ones with the two of them together": the search's people, together (round 25b).
_BOTH_PEOPLE_RE = re.compile(r"\b(?:both(?:\s+of\s+them)?|the\s+two\s+of\s+them|them\s+together|together)\b",
                             re.IGNORECASE)


def asks_for_both_people(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> bool:
    """The message names nothing and asks for the search's two or more people together ("any with both?"): the same
    search, never a fresh vague one."""
    return (not any(e.name in CONSTRAINT_ENTITIES for e in entities)
            and names_people_together(text, [*state.actors, *state.directors, *state.any_people]))


def names_people_together(text: Optional[str], people: Sequence[str]) -> bool:
    """Round 25f: a message naming two or more people as "both" / "together" ("the one with both <A> and <B>", "<A> and
    <B> together in something") wants them in one title (all in its cast), as "any with both?" does after "A or B"."""
    return (bool(text) and not str(text).startswith("/") and len(set(people)) >= 2
            and _BOTH_PEOPLE_RE.search(str(text)) is not None)


# Round 29: the search's actor taken up by a pronoun as the one appearing in a director's work ("ones where she's in a
# <director> film", "him in a <director> movie", "he starred in any of <director>'s?"): the actor stays and the director
# is added, never a new search for the director alone.
_PRONOUN_APPEARS_IN_RE = re.compile(
    r"\b(?:(?:he|she|they)(?:'s|’s|'re|’re|\s+(?:is|was|are|were|has\s+been|'?s\s+been))?"
    r"(?:\s+(?:ever|also|even|actually|ever\s+been))?\s+(?:(?:in|starring\s+in|stars?\s+in|starred\s+in|acts?\s+in"
    r"|acted\s+in|plays?\s+in|played\s+in|appears?\s+in|appeared\s+in|shows?\s+up\s+in|showed\s+up\s+in)\b)"
    r"|\b(?:him|her|them)\s+(?:in|starring\s+in|acting\s+in)\b)", re.IGNORECASE)


def actor_in_a_directors_work(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> bool:
    """The search holds an actor, the message names a director and no actor, and a pronoun puts that actor in the
    director's work (``_PRONOUN_APPEARS_IN_RE``): an edit adding the director beside the actor."""
    if not text or str(text).startswith("/") or not state.actors:
        return False
    named = [e for e in entities if e.name in ("actor", "director") and not e.excluded]
    if not named or any(e.name == "actor" for e in named):
        return False
    return bool(_PRONOUN_APPEARS_IN_RE.search(str(text)))


def people_together(state: Constraints, text: Optional[str], entities: Sequence[Entity]) -> Constraints:
    """``state`` with the people it accepts one of ("tom hanks or meg ryan") required together when the message asks
    for both ("any with both?"); else ``state`` unchanged."""
    if not state.any_people or not asks_for_both_people(text, entities, state):
        return state
    return replace(state, actors=list(dict.fromkeys([*state.actors, *state.any_people])), any_people=[])


def settles_after_nothing(text: Optional[str], entities: Sequence[Entity]) -> bool:
    """The message settles for less after an empty answer (``_SETTLES_RE``) and names a kind to watch: a new search."""
    if not text or str(text).startswith("/") or not _SETTLES_RE.search(str(text)):
        return False
    return any(e.name in _KIND_ENTITIES and not e.excluded for e in entities)


def takes_back_the_genre(text: Optional[str], entities: Sequence[Entity]) -> bool:
    """The message takes back the last ask ("scrap that", "change of plan") and names a genre: an edit replacing the
    search's genre, never a fresh start (``_TAKE_BACK_RE``)."""
    if not text or str(text).startswith("/") or not _TAKE_BACK_RE.search(str(text)):
        return False
    return not _WHOLE_SEARCH_RE.search(str(text)) and any(
        e.name == "genre" and not e.excluded for e in entities)


def takes_back_a_named_field(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> bool:
    """Round 25f: the message takes back the last ask ("forget that", "scrap that") and names what it removes ("...,
    any decade but under 2 hours", "forget that, the year doesn't matter"): an edit dropping that field only, the rest
    of the search kept — a removal names what it removes (``_TAKE_BACK_RE``, ``edits.find_removals``)."""
    from actions.edits.removals import find_removals  # actions.edits builds on this module
    if not text or str(text).startswith("/") or not _TAKE_BACK_RE.search(str(text)):
        return False
    return not _WHOLE_SEARCH_RE.search(str(text)) and bool(find_removals(str(text), entities, state).groups)


def starts_new_search(intent: Optional[str], entities: Sequence[Entity], state: Constraints,
                      *, has_topic: bool = False, text: Optional[str] = None, after_nothing: bool = False) -> bool:
    """Whether this turn replaces the current search instead of editing it (docs/contracts.md
    "Dialogue edit rules"). The message decides, not only the intent label:

    * nothing to edit (no constraint set) → new;
    * fresh-start words ("something completely different", "new search") → new;
    * a new subject — a person or a title, not negated — without edit markers ("make it", "instead",
      "also", "only", a leading "and"/"but") → new ("something with Adam Sandler" after comedies);
    * a ``request_recommendation`` with no constraint at all ("what should I watch tonight?") or a
      free-text topic without edit markers ("something about dinosaurs") → new;
    * a message whose constraints are all exclusions ("no sci-fi, i hate fantasy stuff") narrows the search;
    * anything else that carries constraints is an edit: each slot it names is replaced or added, the
      rest is kept ("korean series" → "make it a thriller" = Korean thriller series; "a documentary"
      after "comedies under 40 min" = documentaries under 40 min).
    """
    if state.is_empty():
        return True
    if asks_for_both_people(text, entities, state):
        return False  # "any with both?" after two people were named: their search (round 25b)
    if actor_in_a_directors_work(text, entities, state):
        return False  # "ones where she's in a <director> film" after her titles: her titles by that director
    typed = bool(text) and not str(text).startswith("/")
    if typed and FRESH_START.search(str(text)) and not takes_back_the_genre(text, entities) \
            and not takes_back_a_named_field(text, entities, state):
        return True
    if gives_up_the_narrowing(text, entities) is not None:
        return True  # "fine, any drama" after 90s comedies under 90 minutes: drama, the era and the cap given up
    if after_nothing and settles_after_nothing(text, entities):
        return True  # "a different action movie for him then" after nothing by that director for a child: no director
    if other_origin_after_people(text, entities, state):
        return True  # "other hong kong films from the 2010s" after a director's: that origin, no director (25b)
    marked = typed and bool(EDIT_MARKERS.search(str(text)))
    constraint_entities = [e for e in entities if e.name in CONSTRAINT_ENTITIES]
    if any(e.name in SUBJECT_ENTITIES and not e.excluded for e in constraint_entities) and not marked:
        return True
    if intent != "request_recommendation":
        return False
    if not constraint_entities:
        return not marked or not has_topic
    if says_only_exclusions(constraint_entities):
        return False  # only exclusions ("hate fantasy stuff, no sci-fi", "nothing about crime"): they narrow the search
    return has_topic and not marked


def says_only_exclusions(entities: Sequence[Entity]) -> bool:
    """Every constraint the message states is turned down ("and no reality crap", "nothing animated either"), a
    format asked for beside the exclusion aside ("not the stand-up specials, real films", "no docs, proper movies
    please"): it narrows the search shown, whatever the label (a "no …" is often read as starting over), never
    replaces it — the search's people, genres and origin stay, the exclusion and the format are applied."""
    found = [e for e in entities if e.name in CONSTRAINT_ENTITIES]
    return any(e.excluded for e in found) and all(e.excluded or e.name == "media_type" for e in found)


def apply_entities(
    state: Constraints,
    entities: Sequence[Entity],
    *,
    shown_minutes: Sequence[int] = (),
    shown_years: Sequence[int] = (),
) -> Constraints:
    """Return a new state with this turn's entities applied (see module docstring for the rules);
    ``shown_minutes`` / ``shown_years``: of the list just shown ("shorter", "newer" are relative to it)."""
    new = replace(state, **{k: list(v) for k, v in asdict(state).items() if isinstance(v, list)})
    _apply_genres(new, entities)
    _apply_media_type(new, entities)
    _apply_duration(new, entities, shown_minutes)
    _apply_seasons(new, entities)
    _apply_audience_and_rating(new, entities)
    _apply_year(new, entities, shown_years)
    _apply_lists(new, entities)
    _apply_origin_genres(new, entities)
    _apply_topics(new, entities)
    _apply_title(new, entities)
    _apply_mood(new, entities)
    _apply_added(new, entities)
    _apply_sort(new, entities)
    return new


# Entity roles of contract §5 read here: "comedy or horror" (genre alternatives), "no swearing" (a cap).
ANY = "any"
CAP = "cap"
# A genre said in words of addition after a genre search ("plus some comedy", "romance in it too"): the planner
# gives it this role (``planning._additive_genres``) and it joins the search's genres instead of replacing them.
ADD = "add"


def _apply_genres(state: Constraints, entities: Sequence[Entity]) -> None:
    """Genres named in this turn replace the wanted ones: all of them (``genres``; a compound such as
    "romantic comedy" is two) or, joined by "or" (role ``any``), at least one (``any_genres``); a genre named in
    place of one of the search's genres ("a drama instead of comedy" after romantic comedies) replaces that one only.
    Exclusions accumulate; a genre asked for again is no longer excluded."""
    added = _dedupe(e.value for e in entities if e.name == "genre" and e.role == ADD)
    wanted = _dedupe(e.value for e in entities if e.name == "genre" and not e.excluded and e.role not in (ANY, ADD))
    either = _dedupe(e.value for e in entities if e.name == "genre" and e.role == ANY)
    if added and not wanted and not either:
        # "with a bit of romance in it" after sci-fi: a title must have both (the search's alternatives stay)
        state.genres = _dedupe(list(state.genres) + added)
        state.any_genres = [g for g in state.any_genres if g not in state.genres]
        state.exclude_genres = [g for g in state.exclude_genres if g not in added]
        added = []
    wanted = _dedupe(wanted + added)
    unwanted = values(entities, "genre", excluded=True)
    # "a sad movie but nothing too sad": a mood asked for and softened keeps the one genre it stands for ("spooky but
    # they're 10" still rules horror out: scary stands for thrillers too)
    softened = [m for m in values(entities, "mood") if MOOD_GENRES.get(m) == (MOOD_EXCLUDES_GENRE.get(m),)]
    for mood in values(entities, "mood", excluded=True):
        # "a scary movie but not too scary": the genre asked for in the same message stays (the mood is softened)
        if (mood in MOOD_EXCLUDES_GENRE and MOOD_EXCLUDES_GENRE[mood] not in wanted + either + added
                and mood not in softened):
            unwanted.append(MOOD_EXCLUDES_GENRE[mood])
    swapped = [g for g in unwanted if g in state.genres]
    if wanted and not either and swapped:
        # "make it a drama instead of comedy" after romantic comedies: that one genre is swapped, the others stay
        wanted = _dedupe([g for g in state.genres if g not in unwanted] + wanted)
    elif wanted and not either:
        wanted = _dedupe(_kept_beside(state.genres, wanted, unwanted) + wanted)
    elif either and not wanted:
        # "crime or thriller" after anime series: the form stays required beside the alternatives (FORM_GENRES)
        wanted = [g for g in state.genres if g not in unwanted and form_kept_beside(g, either)]
    if wanted or either:
        state.genres = [g for g in wanted if g not in unwanted]
        state.any_genres = [g for g in either if g not in unwanted and g not in state.genres]
        state.exclude_genres = [g for g in state.exclude_genres if g not in wanted + either]
    if unwanted:
        state.exclude_genres = _dedupe(state.exclude_genres + unwanted)
        state.genres = [g for g in state.genres if g not in unwanted]
        state.any_genres = [g for g in state.any_genres if g not in unwanted]
    if len(state.any_genres) == 1:  # one alternative left is simply required
        state.genres = _dedupe(state.genres + state.any_genres)
        state.any_genres = []


# A title made as fiction asked for: "a real film", "a proper movie", "an actual show", "live action", "fiction".
# The fiction words are no wish inside a name of their own or of their opposite: "science fiction" (a genre),
# "non-fiction", "non scripted" (the documentary form asked for).
_FICTION_RE = re.compile(rf"\b(?:{REAL_KIND_PATTERN}|{LIVE_ACTION_PATTERN})\b"
                         r"|\b(?:fiction|fictional|scripted)\b", re.IGNORECASE)
_NOT_FICTION_RE = re.compile(r"\bscience[\s-]+fiction|\b(?:non|un)[\s-]*(?:fiction(?:al)?|scripted)\b", re.IGNORECASE)


# A person's films asked for after their stand-up: "other movies with him" ("w him", "w/ her"), "her actual films" (a
# special is a performance, not one of their films); "more stand-up with him", "his other specials" and a bare "other movies"
# (other titles of the list's kind) keep the stand-up.
_PERSON_FILMS_RE = re.compile(r"\b(?:his|her|their)\s+(?:(?:other|actual|real|proper)\s+)?(?:films?|movies?)\b"
                              r"|\b(?:films?|movies?)\s+(?:with|w/?|starring|featuring)\s*(?<=\s|/)(?:him|her|them)\b",
                              re.IGNORECASE)
_FILMS = r"(?:(?:other|actual|real|proper|own|normal|regular)\s+)?(?:films?|movies?|flicks?)\b"


def _films_of_named(text: str, state: Constraints) -> bool:
    """The search's person's films asked for by name (round 22e): "<name>'s movies instead", "fortune feimster films
    then", "movies with <surname>" after their stand-up — the name is the whole name, the surname or the given name."""
    names: set[str] = set()
    for person in list(state.actors) + list(state.directors) + list(state.any_people):
        parts = [p for p in re.findall(r"[^\W\d_][\w'\-]*", person.casefold()) if len(p) >= 3]
        names |= {person.casefold()} | set(parts)
    if not names:
        return False
    name = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.search(rf"\b(?:{name})(?:['’]s?)?\s+{_FILMS}|\b(?:films?|movies?)\s+(?:with|w/?|starring|featuring)\s*"
                     rf"(?:{name})\b", text.casefold()) is not None


_STAND_UP_SAID_RE = re.compile(r"\bstand[\s-]?ups?\b|\bspecials?\b|\bcomedy\s+sets?\b", re.IGNORECASE)


# A form named in the message itself stays asked for beside the fiction words.
_FORM_SAID = {"anime": re.compile(r"\banimes?\b", re.IGNORECASE),
              "documentary": re.compile(r"\b(?:documentar(?:y|ies)|docs?|docu[\s-]?series)\b", re.IGNORECASE)}


def fiction_drops_forms(state: Constraints, text: Optional[str]) -> Constraints:
    """``state`` without the forms that are not fiction (anime, documentary: ``FORM_GENRES``; stand-up) when the
    message asks for fiction ("a real film, a thriller" after music documentaries), or for the search's person's
    films after their stand-up ("other movies with him"); unchanged otherwise. Children's titles stay."""
    if not text or str(text).startswith("/"):
        return state
    fiction = _FICTION_RE.search(_NOT_FICTION_RE.sub(" ", str(text))) is not None
    films_of_person = ((_PERSON_FILMS_RE.search(str(text)) is not None or _films_of_named(str(text), state))
                       and bool(state.actors or state.directors or state.any_people))
    if not (fiction or films_of_person):
        return state
    dropped = ({"anime", "documentary"} if fiction else set()) | (
        set() if _STAND_UP_SAID_RE.search(str(text)) else {"stand-up"})
    dropped -= {g for g, said in _FORM_SAID.items() if said.search(str(text))}  # "a live action anime adaptation"
    if not dropped & set(state.genres + state.any_genres):
        return state
    # round 24b: the person's films are not their specials — "his movies instead" after his stand-up leaves the
    # stand-up titles out (a special is filed as a movie too), it does not only stop asking for them
    excluded = state.exclude_genres + (["stand-up"] if films_of_person and "stand-up" in dropped
                                       and "stand-up" in state.genres + state.any_genres else [])
    return replace(state, genres=[g for g in state.genres if g not in dropped],
                   any_genres=[g for g in state.any_genres if g not in dropped], exclude_genres=_dedupe(excluded))


def _exclude_kids_genre(state: Constraints) -> None:
    """Children's titles out of the search: excluded, and no longer required or one of the alternatives."""
    state.exclude_genres = _dedupe(state.exclude_genres + ["kids"])
    state.genres = [g for g in state.genres if g != "kids"]
    state.any_genres = [g for g in state.any_genres if g != "kids"]


def _implied_genres() -> dict[str, frozenset[str]]:
    """Genre -> the genres every catalog tag giving it gives too (stand-up -> comedy: a stand-up special is a
    comedy; science-nature -> documentary)."""
    implied: dict[str, frozenset[str]] = {}
    for genre in GENRE_IDS:
        tags = [set(ids) for ids in NETFLIX_TAG_GENRES.values() if genre in ids]
        implied[genre] = frozenset(set.intersection(*tags) - {genre}) if tags else frozenset()
    return implied


IMPLIED_GENRES: dict[str, frozenset[str]] = _implied_genres()


def _kept_beside(held: Sequence[str], wanted: Sequence[str], unwanted: Sequence[str]) -> list[str]:
    """The search's genres a genre said alone keeps: those of the other kind (COLLECTION_GENRES: "cult movies" →
    "horror ones" is cult horror, "kids shows" → "comedy" kids' comedies), and a narrower one the new genre takes in
    ("stand-up" stays when "comedy" or "humor" is said after a comedian's specials)."""
    said_collection = {g in COLLECTION_GENRES for g in wanted}
    kept = []
    for g in held:
        if g in unwanted or g in wanted:
            continue
        other_kind = len(said_collection) == 1 and (g in COLLECTION_GENRES) not in said_collection
        if other_kind or set(wanted) <= IMPLIED_GENRES.get(g, frozenset()) or form_kept_beside(g, wanted):
            kept.append(g)
    return kept


# A catalog tag for series ("Crime TV Shows", "Stand-Up Comedy & Talk Shows").
_SERIES_TAG_WORDS = re.compile(r"\bTV\b|\bSeries\b|\bShows\b")


# Genres whose titles are specials, not feature films, though the catalog types the film-tagged ones Movie (its
# film tag "Stand-Up Comedy" gives them; the genre's own words call them specials: "comedy specials").
SPECIALS_GENRES: frozenset[str] = frozenset(
    g.id for g in GENRES if any("special" in w for w in g.synonyms)
    and any(g.id in ids and not _SERIES_TAG_WORDS.search(t) for t, ids in NETFLIX_TAG_GENRES.items()))


# Genres whose compact words imply a format by convention only: a rom-com is filed as a film and an origin's drama
# ("k-drama", "korean dramas") as a series (nlu/extraction/genres.romcoms_as_films, geo's drama origins), yet the
# catalog holds both kinds in both formats. "Sitcom" and "docuseries" name the format itself and are not among them.
_CONVENTIONAL_FORMAT_GENRES = frozenset({"romance", "drama"})
# "ones" right after the compact word points into the list shown: "the romcom ones", "any k-drama ones".
_POINTS_INTO_LIST_RE = re.compile(r"\s+ones?\b", re.IGNORECASE)


def conventional_formats_yield(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` without a format implied by convention (a media type read on the very span of a rom-com's or an
    origin drama's genre) when that compact word points into the list shown ("romcom ones" after k-dramas) and the
    search holds a format: the viewer narrows those series to romantic comedies, never turns them into films. Said
    as a new kind ("k-dramas" after horror films) or beside a format word of its own, the format still switches."""
    if not text or not state.media_type:
        return list(entities)
    spans = {(e.start, e.end) for e in entities if e.name == "genre" and not e.excluded and e.end is not None
             and e.value in _CONVENTIONAL_FORMAT_GENRES and _POINTS_INTO_LIST_RE.match(text, e.end)}
    return [e for e in entities if not (e.name == "media_type" and not e.excluded and (e.start, e.end) in spans)]


def _apply_media_type(state: Constraints, entities: Sequence[Entity]) -> None:
    wanted = values(entities, "media_type")
    unwanted = values(entities, "media_type", excluded=True)
    if "movie" in unwanted and not wanted and set(state.genres) & SPECIALS_GENRES:
        # "his stand-up, not the movies": not his feature films, which the genre already leaves out; the specials
        # are typed Movie in the catalog, so the type stays open
        unwanted = [m for m in unwanted if m != "movie"]
    if "special" in unwanted and not set(state.genres) & SPECIALS_GENRES:
        # "just the movies, no specials": the catalog types a stand-up special Movie, so the specials are left
        # out by their genre
        state.exclude_genres = _dedupe(state.exclude_genres + sorted(SPECIALS_GENRES))
    if wanted == ["special"]:
        # "give me a special", "stand up is fine, a special": no title is typed special; the catalog's specials are
        # the stand-up ones, typed Movie (SPECIALS_GENRES), so the films of that genre are what is asked for
        wanted = ["movie"]
        if not set(state.genres) & SPECIALS_GENRES:
            state.genres = _dedupe(list(state.genres) + sorted(SPECIALS_GENRES))
            state.exclude_genres = [g for g in state.exclude_genres if g not in SPECIALS_GENRES]
    if wanted:
        state.media_type = wanted
    elif unwanted:
        state.media_type = [m for m in VIEWER_MEDIA_TYPES if m not in unwanted]
    if (wanted or unwanted) and state.media_type == ["series"]:
        # The catalog knows a series' seasons, not its runtime: a minute bound left from an earlier movie
        # search would make every series fail ("under 90 min" -> "korean series" = nothing), so the newer
        # request wins, as asking for movies drops a season count (_apply_seasons).
        state.min_minutes = state.max_minutes = None


def _apply_duration(state: Constraints, entities: Sequence[Entity], shown_minutes: Sequence[int]) -> None:
    value = last_value(entities, "duration")
    if value is None:
        return
    if value not in ("shorter", "longer"):
        if _names_series(entities):
            # The catalog gives series no runtime: "not too long, max 2 seasons" about anime series is a season
            # count, and a minute bound would leave nothing (the season rules read the length of a series).
            return
        if state.media_type == ["series"]:
            # "under 90 minutes" while searching series: only films have a runtime, so the bound asks for them
            # (as asking for series drops a minute bound, _apply_media_type).
            state.media_type = [m for m in VIEWER_MEDIA_TYPES if m != "series"]
            state.min_seasons = state.max_seasons = None
    if value in ("shorter", "longer") and (state.media_type == ["series"] or values(entities, "seasons")):
        # the catalog knows a series' seasons, not its episode length ("but shorter, a single season": the count
        # said is the shorter, never a minute bound that no series has)
        _relative_seasons(state, entities, value)
        return
    said = [_duration_range(v) for v in values(entities, "duration") if v not in ("shorter", "longer")]
    if value in ("shorter", "longer") and said:
        # "falls asleep after an hour and a half, so shorter than that": relative to the runtime just said
        low, high = said[-1]
        if shown_minutes and value == "shorter" and low is None and high is not None:
            # "shorter, like an hour" / "shorter, under 80": the bound said and shorter than the list, the stricter
            state.min_minutes, state.max_minutes = None, min(high, shorter_bound(state.max_minutes, shown_minutes))
            return
        if shown_minutes and value == "longer" and high is None and low is not None:
            state.min_minutes = max(low, longer_bound(state.max_minutes, state.min_minutes, shown_minutes))
            state.max_minutes = None
            return
        middle = (low + high) // 2 if low is not None and high is not None else (high if high is not None else low)
        state.min_minutes, state.max_minutes = (None, middle) if value == "shorter" else (middle, None)
        return
    if value == "shorter":
        state.max_minutes = shorter_bound(state.max_minutes, shown_minutes)
        if state.min_minutes is not None and state.min_minutes >= state.max_minutes:
            state.min_minutes = None
        return
    if value == "longer":
        state.min_minutes = longer_bound(state.max_minutes, state.min_minutes, shown_minutes)
        state.max_minutes = None
        return
    ranges = [_duration_range(v) for v in values(entities, "duration") if v not in ("shorter", "longer")]
    low, high = combined_bounds([r for r in ranges if r != (None, None)])
    if low is None and high is None:
        return
    state.min_minutes, state.max_minutes = low, high


def _names_series(entities: Sequence[Entity]) -> bool:
    """This turn asks for series only: it names series (and no other format) or says a season count."""
    wanted = values(entities, "media_type")
    return wanted == ["series"] or (not wanted and bool(values(entities, "seasons")))


def _relative_seasons(state: Constraints, entities: Sequence[Entity], value: str) -> None:
    """"Shorter" / "longer" in a search for series: fewer / more seasons (a season count said in the same
    turn wins: "shorter, one season"). Shorter than no bound is a short series (``SHORT_SERIES_MAX_SEASONS``)."""
    if values(entities, "seasons"):
        return
    if value == "shorter":
        current = state.max_seasons
        state.max_seasons = max(1, current - 1) if current else SHORT_SERIES_MAX_SEASONS
        if state.min_seasons is not None and state.min_seasons > state.max_seasons:
            state.min_seasons = None
    else:
        state.min_seasons = (state.min_seasons or state.max_seasons or 1) + 1
        state.max_seasons = None


def _duration_range(value: str) -> tuple[Optional[int], Optional[int]]:
    low, high = parse_range(value)
    return (None, high) if "-" not in value else (low, high)  # a bare number: "up to N minutes"


def combined_bounds(ranges: Sequence[tuple[Optional[int], Optional[int]]]) -> tuple[Optional[int], Optional[int]]:
    """The range a turn asks for when it bounds one count (seasons, minutes, years) more than once: every bound said
    holds, so they intersect — the stricter ceiling, the stricter floor, an exact count inside a looser bound ("a
    miniseries, no more than four seasons" = one season; "at least an hour but no more than two" = 60-120). A change
    of mind is read in the NLU (corrections: "30, no, 40 minutes" leaves only the 40), so a bound that contradicts the
    later ones is an earlier wish given up: the later one stands ("over 130, well under 120 then" = up to 120)."""
    if not ranges:
        return None, None
    low, high = ranges[-1]
    for lo, hi in reversed(ranges[:-1]):
        low2 = low if lo is None else lo if low is None else max(low, lo)
        high2 = high if hi is None else hi if high is None else min(high, hi)
        if low2 is None or high2 is None or low2 <= high2:
            low, high = low2, high2
    return low, high


def _apply_seasons(state: Constraints, entities: Sequence[Entity]) -> None:
    """A season count replaces the previous one and implies series (only series have seasons): a media
    type without series becomes series. Asking for movies (and not series) drops the season count."""
    ranges = [parse_range(v) for v in values(entities, "seasons")]
    low, high = combined_bounds([r for r in ranges if r != (None, None)])
    wanted = values(entities, "media_type")
    if wanted and "series" not in wanted:
        low = high = None  # round 25d: "a movie first, not a long series": the seasons are of the series turned down
    if low is None and high is None:
        if wanted and "series" not in wanted:
            state.min_seasons = state.max_seasons = None
        return
    state.min_seasons, state.max_seasons = low, high
    if state.media_type and "series" not in state.media_type:
        state.media_type = ["series"]


# Genres of titles made for children, which a children's audience brings and an adults' one takes away.
CHILDRENS_GENRES: frozenset[str] = frozenset({"kids", "family"})
# Audiences of children (the age mapping's levels below teen), whose search brings the children's genres.
CHILDREN_AUDIENCES: frozenset[str] = frozenset(AUDIENCES[:AUDIENCES.index("teen")])


def drop_childrens_genres(state: Constraints) -> None:
    """The children's genres leave the search with the children ("for adults now", "forget the family thing")."""
    state.genres = [g for g in state.genres if g not in CHILDRENS_GENRES]
    state.any_genres = [g for g in state.any_genres if g not in CHILDRENS_GENRES]


# What a viewer calls "baby shows" beside a search for an older child: the preschool TV ratings (a G film still suits).
PRESCHOOL_TV_RATINGS: frozenset[str] = frozenset({"TV-Y", "TV-G"})
# The audience of a child of no stated age (docs/contracts.md "Age mapping": "kids" are family).
CHILDREN_OF_NO_AGE = "family"


def _childrens_search(state: Constraints) -> bool:
    """A search for children older than preschool: a child's audience above preschool, or the kids' genre asked."""
    return (state.audience in CHILDREN_AUDIENCES and state.audience != AUDIENCES[0]) or (
        state.audience is None and "kids" in (*state.genres, *state.any_genres))


def grown_ups_capped(state: Constraints, named: Sequence[str], caps: Sequence[str]) -> bool:
    """A content cap at the children's band ("clean", "nothing too violent", "no bad language") said while no child
    watches — nobody named but grown-ups, no children's audience in the search: the grown-ups' cap is the ratings of
    that band, never the children's audience, whose shelf the recommender favours and whose label the answer shows
    ("for kids and family") (docs/contracts.md "Age mapping")."""
    cap = stricter_audience(*caps)
    return (cap is not None and AUDIENCES.index(cap) <= AUDIENCES.index(CLEAN_AUDIENCE)
            and set(named) <= {AUDIENCES[-1]} and state.audience in (None, AUDIENCES[-1])
            and not {"kids", "family"} & {*state.genres, *state.any_genres})


def _teen_asks_adult_ratings(named: Sequence[str], wanted: Sequence[str], audience: str | None) -> bool:
    """A teen's age said in the same message as adult ratings only ("im 16 ... R or TV-MA"): near the adults' age,
    the ratings named are the viewer's own choice, which the teen cap would contradict wholly."""
    adult = AUDIENCES[-1]
    return (bool(named) and audience == "teen" and bool(wanted)
            and all(RATING_AUDIENCE.get(r) == adult for r in wanted))


def _apply_audience_and_rating(state: Constraints, entities: Sequence[Entity]) -> None:
    """Who is watching (docs/contracts.md "Age mapping"). Audiences named in this turn replace the
    previous one, the youngest viewer deciding ("for my 4 and 9 year olds", "clean, for my 15 year
    old"); a cap (role ``cap``: "no swearing", "clean") and "nothing rated R" only ever tighten it."""
    named = [e.value for e in entities if e.name == "audience" and not e.excluded and e.role != CAP]
    caps = [e.value for e in entities if e.name == "audience" and not e.excluded and e.role == CAP]
    if named and set(named) == {AUDIENCES[-1]}:
        if state.audience not in (None, AUDIENCES[-1]):
            # "something for adults now" after a children's search: the cap goes, and so do the children's genres
            # it brought ("family movies for my 8 year old" -> adults: not family films)
            drop_childrens_genres(state)
            state.ratings = []
        # "an animated film for adults": no children's titles for the adults
        _exclude_kids_genre(state)
    if named:
        state.audience = stricter_audience(*named) or state.audience
    if caps and grown_ups_capped(state, named, caps):
        # "a film with my wife, nothing too violent": grown-ups' content cap, as ratings (no children's shelf)
        allowed = ratings_for_audience(stricter_audience(*caps) or CLEAN_AUDIENCE)
        state.ratings = ([r for r in state.ratings if r in allowed]  # round 27C: none kept is the cap's own band
                         or [r for r in RATINGS if r in allowed])
    elif caps:
        state.audience = stricter_audience(state.audience or AUDIENCES[-1], *caps)
    if (named or caps) and state.ratings and state.audience and not values(entities, "rating"):
        # Round 27C: a maturity bound said again replaces the ratings chosen before it ("R at most" then "keep it PG-13
        # or lower now, grandma's here"): ratings above the new cap leave, never both kept into an empty search
        allowed = ratings_for_audience(state.audience)
        state.ratings = [r for r in state.ratings if r in allowed]
    unwanted_audiences = set(values(entities, "audience", excluded=True))
    if unwanted_audiences == {"preschool"} and _childrens_search(state):
        # "cartoons for my son, not the baby shows": an older child's search leaves out the preschool TV ratings only
        base = state.ratings or list(ratings_for_audience(state.audience or CHILDREN_OF_NO_AGE))
        state.ratings = [r for r in base if r not in PRESCHOOL_TV_RATINGS]
    elif {"kids", "preschool"} & unwanted_audiences:
        # "nothing for kids" / "not a cartoon", "no baby shows" for grown-ups: keep children's titles out, even those the
        # search asked for before (the later word wins; a genre both required and excluded is no search)
        _exclude_kids_genre(state)
    if AUDIENCES[-1] in unwanted_audiences:
        # "nothing too mature", "nothing adult": no adult rating
        state.audience = stricter_audience(state.audience or AUDIENCES[-1], "teen")
    wanted = values(entities, "rating")
    unwanted = values(entities, "rating", excluded=True)
    if wanted:
        state.ratings = _band_of_child_rating(wanted, named)
        if _teen_asks_adult_ratings(named, wanted, state.audience):
            # "i'm 16, I want it scary — R or TV-MA": the adult ratings asked for outrank the teen age said beside them
            # (a cap that rules out every rating named would answer nothing); a child's age keeps its cap
            state.audience = None
    elif unwanted:
        adult_only = all(RATING_AUDIENCE.get(r) == AUDIENCES[-1] for r in unwanted)
        bands = [AUDIENCES.index(RATING_AUDIENCE[r]) for r in unwanted if r in RATING_AUDIENCE]
        if not state.ratings and bands and min(bands) == AUDIENCES.index("teen") and max(bands) > min(bands):
            # "no tv-ma, no r, no pg-13": a teen rating turned down with the adult ones is a cap below it (round 24a),
            # the family band — never a list of every other rating, which would let the unrated ones back in. A teen
            # rating turned down alone ("thrillers, no pg-13 ones") leaves only it out (round 21q)
            below = AUDIENCES[min(bands) - 1]
            if state.audience in (None, AUDIENCES[-1], "teen"):
                state.ratings = list(ratings_for_audience(below))  # grown-ups or teens: "rated up to PG/TV-PG"
            else:
                state.audience = stricter_audience(state.audience, below)
            return
        if state.ratings or not adult_only:
            # "no pg-13 stuff", or "not R" among ratings already chosen: those ratings leave the list
            state.ratings = [r for r in (state.ratings or RATINGS) if r not in unwanted]
        if any(RATING_AUDIENCE.get(r) == AUDIENCES[-1] for r in unwanted):
            # "nothing rated R", "something that's not R rated" rules out every adult rating (TV-MA, NC-17), not only
            # the one named: the teen cap (PG-13 / TV-14 at most) — and only the cap, never a list of every other
            # rating, which the answer would print whole
            state.audience = stricter_audience(state.audience or AUDIENCES[-1], "teen")


def _band_of_child_rating(wanted: list[str], named: Sequence[str]) -> list[str]:
    """Round 25d: a rating said beside a child's age ("a G rated film for my 3 year old", "a PG one for my 9 year old")
    names how mild the child's titles must be, not one label: every rating of its band and the milder ones, as the age
    does (G is TV-Y / TV-G / G, "Age mapping"); the child's own band is the age's cap already. A rating said alone, or
    one above the child's band, stays as said."""
    child = stricter_audience(*named)
    if child is None or AUDIENCES.index(child) >= AUDIENCES.index("teen"):
        return wanted  # a teen's "PG-13 one" may mean that label itself
    bands = [RATING_AUDIENCE.get(r) for r in wanted]
    if None in bands or any(AUDIENCES.index(b) > AUDIENCES.index(child) for b in bands):
        return wanted
    band = max(bands, key=AUDIENCES.index)
    if band == child:
        return []  # the child's own band: the age says it already (the heading shows who watches)
    allowed = ratings_for_audience(band)
    return [r for r in RATING_AUDIENCE if r in allowed]


def _apply_year(state: Constraints, entities: Sequence[Entity], shown_years: Sequence[int] = ()) -> None:
    """Release years (contract §5): an absolute ``MIN-MAX`` replaces the previous range; ``recent`` /
    ``recent:N`` / ``old`` / ``old:N`` are relative to the catalog and go to the API as ``recent_years`` /
    ``older_than_years`` (the recommender resolves them against its newest year); ``newer`` / ``older``
    are relative to the list just shown (``newer_bound`` / ``older_bound``), or mean recent / old when
    nothing was shown. Each kind replaces the others. An absolute range said with a relative word wins
    ("50s classics", "black and white classics": the years named are the more precise reading)."""
    found = values(entities, "year") or corrected_era(state, entities)  # "wait no, 80s" after the 90s: the 80s
    if not found:
        return
    # "same era", "from before then": the era of the list shown, unless the message names its years ("... in the 80s,
    # anything from then?" is the 80s)
    era, found = [v for v in found if v in LIST_ERA_VALUES], [v for v in found if v not in LIST_ERA_VALUES]
    if era and not found:
        if (bounds := list_era_bounds(era[-1], state, shown_years)) is not None:
            _clear_years(state)
            state.year_min, state.year_max = bounds
        return
    absolute = [v for v in found if ":" not in v and v not in ("recent", "old", "newer", "older")]
    value = absolute[-1] if absolute else found[-1]
    if value in ("newer", "older"):
        if not shown_years:
            value = "recent" if value == "newer" else "old"
        else:
            _clear_years(state)
            if value == "newer":
                state.year_min = newer_bound(shown_years)
            else:
                state.year_max = older_bound(shown_years)
            return
    kind, _, count = value.partition(":")
    if kind in ("recent", "old"):
        n = _int_or_none(count) if count else (RECENT_YEARS if kind == "recent" else OLD_YEARS)
        if n is None or n < 1:
            return
        _clear_years(state)
        if kind == "recent":
            state.recent_years = n
        else:
            state.older_than_years = n
        return
    ranges = [parse_range(v) for v in found if ":" not in v and v not in ("recent", "old", "newer", "older")]
    low, high = combined_bounds([r for r in ranges if r != (None, None)])
    if low is None and high is None:
        return
    low, high = _with_list_relative_side(found, low, high, shown_years)
    _clear_years(state)
    state.year_min, state.year_max = low, high
    _drop_era_genre(state, entities)


def _drop_era_genre(state: Constraints, entities: Sequence[Entity]) -> None:
    """Round 25f: a decade or years said after a search for classics ("just the 70s", "only 2000s then") is the era
    now: the classic genre, an era word of the search, gives way unless this message names it too ("70s classics").
    Round 37: a lower bound alone ("nothing before 1960", "from 1970 on") trims the oldest classics and keeps the rest."""
    years = [str(v) for v in values(entities, "year")]
    if years and all(re.fullmatch(r"\d{4}-", y) for y in years):
        return
    if CLASSIC_GENRE in state.genres and CLASSIC_GENRE not in values(entities, "genre"):
        state.genres = [g for g in state.genres if g != CLASSIC_GENRE]


def _with_list_relative_side(found: Sequence[str], low: Optional[int], high: Optional[int],
                             shown_years: Sequence[int]) -> tuple[Optional[int], Optional[int]]:
    """An absolute bound said with "newer" / "older" than the list ("newer ones please, but nothing after 1995"):
    both hold — newer than the list's median year and up to 1995. A relative side that would leave the range empty
    gives way to the years named. Round 30A: on the comparative's own side ("newer, after 1990" after a list from the
    2000s) the stricter of the two stands, while the list-relative bound still lies among the years shown; one past
    every title shown ("newer, 2015 onwards" after a list all of 2021) yields to the year said (round 21f)."""
    if not shown_years:
        return low, high
    if "newer" in found:
        newer = newer_bound(shown_years)
        if (low is None or low < newer <= max(shown_years)) and (high is None or newer <= high):
            low = newer
    if "older" in found:
        older = older_bound(shown_years)
        if (high is None or min(shown_years) <= older < high) and (low is None or older >= low):
            high = older
    return low, high


def _clear_years(state: Constraints) -> None:
    state.year_min = state.year_max = state.recent_years = state.older_than_years = None


def bound_past_title(state: Constraints, item: Mapping[str, Any], name: str, value: str) -> Constraints:
    """The search with a bound just past one title's facts ("shorter than <title>": under its runtime, "newer than
    <title>": after its year; a series compares by seasons). Without the fact the word means what it means alone
    (``duration: shorter``, ``year: newer``)."""
    new = replace(state)
    if name == "duration":
        seasons, minutes = _positive_int(item.get("seasons")), _positive_int(item.get("duration_minutes"))
        if item.get("type") == "series" and seasons:
            if value == "shorter" and seasons > 1:
                new.max_seasons, new.min_seasons = seasons - 1, None
                return new
            if value == "longer":
                new.min_seasons, new.max_seasons = seasons + 1, None
                return new
        elif minutes:
            if value == "shorter":
                new.max_minutes = minutes - 1
                if new.min_minutes is not None and new.min_minutes >= new.max_minutes:
                    new.min_minutes = None
            else:
                new.min_minutes, new.max_minutes = minutes + 1, None
            return new
    elif name == "year" and (year := _positive_int(item.get("year"))):
        _clear_years(new)
        if value == "newer":
            new.year_min = year + 1
        else:
            new.year_max = year - 1
        return new
    return apply_entities(state, [Entity(name, value)])


def _positive_int(value: Any) -> Optional[int]:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0 else None


def newer_bound(shown_years: Sequence[int]) -> int:
    """``year_min`` for "newer" after a list: newer than most of it (past its middle year, the upper one of an even
    list: [2018, 2019, 2020, 2021] → 2021, never 2020 again). Strict, like
    ``older_bound``: when the list is already of the catalog's newest year nothing is newer, and the answer
    says so (with the nearest relaxation) rather than showing titles of the same year as newer."""
    years = sorted(int(y) for y in shown_years)
    return years[len(years) // 2] + 1  # the upper middle year of an even list: never one of its middle years again


def older_bound(shown_years: Sequence[int]) -> int:
    """``year_max`` for "older" after a list: older than most of it (before its middle year, the lower one of an even
    list: [2018, 2019, 2020, 2021] → 2018). No floor here (``planning._relative_years_within_catalog``):
    lists lean to the catalog's newest years, so there is nearly always something older (and when there is
    not, the answer offers the nearest relaxation rather than showing the same titles again)."""
    years = sorted(int(y) for y in shown_years)
    return years[(len(years) - 1) // 2] - 1  # the lower middle year of an even list: strictly older than both


def _apply_lists(state: Constraints, entities: Sequence[Entity]) -> None:
    """Country, language, actor, director: the values named in this turn replace the old ones.
    Country and language are one slot, the origin: "japanese movies" → "actually korean" asks for Korean
    films, not Japanese films in Korean (a country named alone drops the languages, and the reverse).
    Excluded countries and languages ("nothing Korean", "not from India") accumulate like excluded
    genres; naming one again positively lifts its exclusion."""
    countries, languages = values(entities, "country"), values(entities, "language")
    if countries and not languages:
        state.languages = []
    elif languages and not countries:
        state.countries = []
    _apply_people(state, entities)
    for entity, attr, exclude_attr in (("country", "countries", "exclude_countries"),
                                       ("language", "languages", "exclude_languages")):
        found = values(entities, entity)
        if found and all(e.role == ADD for e in entities if e.name == entity and not e.excluded):
            found = _dedupe(getattr(state, attr) + found)  # "or spanish, either is fine": one more origin, either
        if found:
            setattr(state, attr, found)
        unwanted = values(entities, entity, excluded=True)
        excluded = [v for v in getattr(state, exclude_attr) if v not in found]
        if unwanted:
            excluded = _dedupe(excluded + unwanted)
            setattr(state, attr, [v for v in getattr(state, attr) if v not in unwanted])
        setattr(state, exclude_attr, excluded)


def _apply_origin_genres(state: Constraints, entities: Sequence[Entity]) -> None:
    """A kind ruled out — a genre from one origin ("no telenovelas", "no k-dramas"), a combination of genres ("no true
    crime": crime+documentary, the NLU's one ``origin_genre`` entity, contract.constraints.excluded_kind) or both —
    accumulates like an excluded genre; naming every genre of it (and its origin, if it has one) again as wishes
    ("korean dramas after all", "true crime is fine actually") lifts it."""
    unwanted = values(entities, ORIGIN_GENRE, excluded=True)
    genres = set(values(entities, "genre"))
    origins = set(values(entities, "country") + values(entities, "language"))

    def lifted(value: str) -> bool:
        kind = split_kind(value)
        return kind is not None and set(kind[0]) <= genres and (kind[1] is None or kind[1] in origins)

    state.exclude_origin_genres = [v for v in _dedupe(state.exclude_origin_genres + unwanted) if not lifted(v)]


def _apply_topics(state: Constraints, entities: Sequence[Entity]) -> None:
    """Subjects ruled out ("no superhero stuff", "not baking") accumulate like excluded genres; a subject named again
    as a wish (a ``topic`` entity without a role, or ``topics_let_in``: "zombies are fine now") lifts it."""
    unwanted = [topic_base(v) for v in values(entities, TOPIC, excluded=True)]
    wanted = {topic_base(v) for v in values(entities, TOPIC)}
    state.exclude_topics = [t for t in _dedupe(state.exclude_topics + unwanted) if t not in wanted]


# A subject ruled out, let in again (round 28A): "actually zombies are fine", "superhero stuff is ok now", "war films
# are fine after all", "allow superheroes". The subject's word (of its family: "zombie", "zombies") and words of
# acceptance after it, or "allow" / "let in" before it; never inside a negation ("no zombies, ok?").
_ACCEPTED_AFTER_RE = re.compile(
    r"\s*(?:(?:stuff|movies?|films?|shows?|ones|things|themes?|stories)\s+)?(?:(?:is|are|'s|’s|'re|’re|s)\s+)?"
    r"(?:(?:actually|now|totally|also|all|still|kinda|kind\s+of|perfectly|really)\s+)*"
    r"(?:fine|ok|okay|alright|all\s+right|good|allowed|welcome|back\s+on)\b"
    r"|\s*(?:(?:stuff|movies?|films?|shows?|ones|things)\s+)?(?:(?:is|are)\s+)?(?:ok\s+|fine\s+)?after\s+all\b", re.IGNORECASE)
_ACCEPTED_BEFORE_RE = re.compile(r"\b(?:allow|include|let\s+in|bring\s+back|ok\s+with|fine\s+with)\s+(?:the\s+|some\s+)?$",
                                 re.IGNORECASE)
_NEGATED_BEFORE_RE = re.compile(r"\b(?:no|not|nothing|without|none|never|hate|n't)\b[^,.;!?]*$", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def topics_let_in(text: Optional[str], state: Constraints) -> tuple[list[str], list[tuple[int, int]]]:
    """The search's ruled-out subjects this message lets in again, and the spans of their words (consumed, never the
    query): a word of a subject's family with words of acceptance after it or before it (``_ACCEPTED_*``)."""
    if not text or str(text).startswith("/") or not state.exclude_topics:
        return [], []
    text = str(text)
    stems = {word_stem(w): t for t in state.exclude_topics for w in [t.replace(" ", ""), *topic_terms(t)]}
    lifted: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(text):
        topic = stems.get(word_stem(m.group(0)))
        if topic is None or _NEGATED_BEFORE_RE.search(text[:m.start()]):
            continue
        after = _ACCEPTED_AFTER_RE.match(text, _end_of_listed_subjects(text, m.end(), stems))
        if after or _ACCEPTED_BEFORE_RE.search(text[:m.start()]):
            lifted.append(topic)
            spans.append((m.start(), after.end() if after else m.end()))
    return list(dict.fromkeys(lifted)), spans


# Round 29B: subjects listed before one acceptance ("ghosts and zombies are fine", "vampires, werewolves are ok now").
_SUBJECT_JOINER_RE = re.compile(r"\s*(?:,\s*(?:and|or|&)?|\band\b|\bor\b|&|/|\+)\s*(?:the\s+)?", re.IGNORECASE)


def _end_of_listed_subjects(text: str, end: int, stems: dict[str, str]) -> int:
    """Where the list of ruled-out subjects going on from ``end`` stops: each joiner followed by another subject of
    ``stems`` takes it in, so the words of acceptance after the last one speak of every subject listed."""
    while (joiner := _SUBJECT_JOINER_RE.match(text, end)) and (
            word := _WORD_RE.match(text, joiner.end())) and word_stem(word.group(0)) in stems:
        end = word.end()
    return end


def _apply_people(state: Constraints, entities: Sequence[Entity]) -> None:
    """People named in this turn replace the search's people of their kind: actors and directors each all wanted,
    or, joined by "or" (role ``any``), at least one of them acting or directing (``any_people``, replacing every
    person). A person turned down ("not with X") leaves the alternatives."""
    either = _dedupe(e.value for e in entities if e.name in ("actor", "director") and e.role == ANY)
    actors = _dedupe(e.value for e in entities if e.name == "actor" and not e.excluded and e.role != ANY)
    directors = _dedupe(e.value for e in entities if e.name == "director" and not e.excluded and e.role != ANY)
    if either:
        state.actors, state.directors, state.any_people = actors, directors, either
    elif actors or directors:  # the kind named replaces its kind (as before alternatives existed)
        state.actors, state.directors = actors or state.actors, directors or state.directors
        state.any_people = []
    unwanted = values(entities, "actor", excluded=True) + values(entities, "director", excluded=True)
    state.any_people = [p for p in state.any_people if p not in unwanted]


def _apply_title(state: Constraints, entities: Sequence[Entity]) -> None:
    """A title in a recommendation turn is a "like X" anchor, whether or not the role says so — except one that names
    people (``director_of``, ``cast_of``): actions/made_by.py and actions/cast_of.py turn those into the people, or
    into an explicit "like it" when the catalog cannot tell them."""
    titles = [e for e in entities if e.name == "title" and not e.excluded and e.role not in (DIRECTOR_OF, CAST_OF)]
    if not titles:
        return
    chosen = next((e for e in reversed(titles) if e.role == SIMILAR), titles[-1])
    state.similar_to = chosen.value
    state.similar_title = chosen.value


def _apply_added(state: Constraints, entities: Sequence[Entity]) -> None:
    """"What's new", "just added": added to the service within N days of the catalog's newest addition."""
    days = _int_or_none(last_value(entities, "added") or "")
    if days is not None and days > 0:
        state.added_days = days


def _apply_sort(state: Constraints, entities: Sequence[Entity]) -> None:
    """"The shortest comedy you have", "your oldest horror": the list starts at that far end (docs/contracts.md "Sort
    order"); a later superlative replaces it, a turned-down one ("not the longest") drops that order."""
    order = last_value(entities, "sort")
    if order in SORT_ORDERS:
        state.sort = order
    if state.sort in values(entities, "sort", excluded=True):
        state.sort = None


MAX_MOODS = 5  # the recommender API's limit


def _apply_mood(state: Constraints, entities: Sequence[Entity]) -> None:
    """The moods named in this turn replace the previous ones (a situation may name several: "had a
    long day" is relaxing and light), in message order; a negated one is dropped."""
    before = list(state.mood)
    moods = values(entities, "mood")
    if moods:
        state.mood = moods[:MAX_MOODS]
    unwanted = values(entities, "mood", excluded=True)
    state.mood = [m for m in state.mood if m not in unwanted]
    _mood_as_genre(state, entities, before)


# Moods a viewer says instead of a genre ("something funny", "scary stuff pls", "the romantic ones"): with no
# genre in the search they ask for the genre itself (docs/contracts.md "Moods and genres"), any of them.
MOOD_GENRES: dict[str, tuple[str, ...]] = {"funny": ("comedy",), "scary": ("horror", "thriller"),
                                           "romantic": ("romance",), "sad": ("drama",)}  # "a good cry": a drama


def _mood_as_genre(state: Constraints, entities: Sequence[Entity], moods_before: Sequence[str] = ()) -> None:
    """A mood word said on its own (not one of the moods a situation implies: "friends are coming over"
    is funny *and* light on one span) becomes its genre when the search names none — or only the genre an
    earlier mood stood for ("something funny" → "make it scary instead" swaps comedy for horror/thriller)."""
    named = [e for e in entities if e.name == "mood" and not e.excluded and e.value in MOOD_GENRES]
    if not named:
        return
    derived = {g for m in moods_before for g in MOOD_GENRES.get(m, ())}
    held = set(state.genres) | set(state.any_genres)
    if held and not (held <= derived and not any(e.name == "genre" and not e.excluded for e in entities)):
        return
    state.genres, state.any_genres = [], []
    spans = [(e.start, e.end) for e in entities if e.name == "mood" and e.start is not None]
    said = [e for e in named if e.start is None or spans.count((e.start, e.end)) == 1][-1:]  # the last word wins
    genres = _dedupe(g for e in said for g in MOOD_GENRES[e.value] if g not in state.exclude_genres)
    if len(genres) == 1:
        state.genres = genres
    elif genres:
        state.any_genres = genres


# Round 30C: the shelves a scare stands for (``MOOD_GENRES``) and the genre's own names ("horror", "slasher"): horror read
# on a scare word ("a spooky film") is a scare wished for, the genre named ("a horror film") the shelf asked for.
_SCARE_SHELVES = MOOD_GENRES["scary"]
_NAMED_HORROR_RE = re.compile(r"horror|slasher", re.IGNORECASE)


def _scares_said(entities: Sequence[Entity], text: Optional[str]) -> list[Entity]:
    """The scares this turn wishes for: the scary mood, or horror read on a scare word (never on "horror" itself)."""
    return [e for e in entities if not e.excluded and (
        (e.name == "mood" and e.value == "scary")
        or (e.name == "genre" and e.value == "horror" and text and e.start is not None and e.end is not None
            and not _NAMED_HORROR_RE.search(text[e.start:e.end])))]


def scare_as_a_mood(state: Constraints, entities: Sequence[Entity], text: Optional[str]) -> Constraints:
    """A scare wished for softly ("a bit spooky but cute": ``vocabulary.is_soft_scare`` on the mood's span) or while a
    little child watches (``LITTLE_CHILD_AUDIENCES``, said now or earlier) is the scary mood that ranks: the horror and
    thriller shelves it would stand for are let go — held from an earlier turn too ("a horror film for my 4 year old",
    then "ok, something a bit spooky then") —, unless this turn names them itself; softly for grown-ups, only horror
    as a shelf required (a thriller asked for stays). ``state`` unchanged otherwise."""
    scares = _scares_said(entities, text)
    if not scares:
        return state
    soft = bool(text) and any(e.start is not None and e.end is not None and is_soft_scare(str(text)[e.start:e.end])
                              for e in scares)
    child = state.audience in LITTLE_CHILD_AUDIENCES
    if not soft and not child:
        return state
    named = {e.value for e in entities if e.name == "genre" and not e.excluded and e not in scares}
    let_go = [g for g in _SCARE_SHELVES if g not in named]
    genres = [g for g in state.genres if not (g in let_go and (child or g == "horror"))]
    any_genres = [g for g in state.any_genres if g not in let_go]
    mood = state.mood if "scary" in state.mood else [*state.mood, "scary"][:MAX_MOODS]
    return replace(state, genres=genres, any_genres=any_genres, mood=mood)


# The words that name a genre-family mood itself ("romantic", "hilarious", "creepy"); a mood read from a situation
# ("date night", "for a date") names none and stays soft beside a genre.
_MOOD_WORD = {"romantic": re.compile(r"roman|\blove|swoon|rom-?com", re.I),
              "funny": re.compile(r"funn|hilar|laugh|comed|humou?r|lol\b|silly|goofy", re.I),
              "scary": re.compile(r"scar|creep|spook|terrif|fright|chill|eerie|horror", re.I),
              "sad": re.compile(r"sad|cry|tear|weep|sob|heartbr|melanchol|emotional", re.I)}


# Words that swap the mood before for the one said now ("actually scary instead", "switch to something funny", "no
# longer romantic"): without them a mood after a list adds its flavour to the genre an earlier mood stood for, and a
# degree ("not too sappy") is no refusal of it.
_MOOD_SWAP_RE = re.compile(r"\b(?:instead|rather|swap|switch|change|no\s+longer|any\s*more|replace)\b", re.IGNORECASE)


# A wish closing on "then" after something was turned down says what to have instead: "a funny one then", "ok, something
# scary then!". (A plain mood without it adds its flavour to the genre held.)
_REPLACING_THEN_RE = re.compile(r"\bthen\s*[.!?]*\s*$", re.IGNORECASE)
# A follow-up opening with "or" offers an alternative to the list shown ("or a crime one", "or maybe a sports one?", "or
# docs?", "or maybe something scary?"): the genre said (``planning._additive_genres``) or the family of the mood said
# (``mood_genre_family``) takes the place of the search's genres (round 22e), never joins them as a subject, a form or a
# mood's flavour would; words of addition ("or with some romance") still add.
OFFERS_ALTERNATIVE_RE = re.compile(r"^\W*(?:(?:hm+|um+|ok(?:ay)?|well|so|oh|ah)[\s,.!]+)*or\b", re.IGNORECASE)


def mood_adds_flavour(before: Constraints, after: Constraints, entities: Sequence[Entity],
                      text: Optional[str]) -> Optional[Constraints]:
    """A mood said plainly after a search whose genres an earlier mood stood for ("romantic films" → "not too sappy,
    make it funny"): ``after`` swapped those genres for the new mood's (``_mood_as_genre``); without swap words
    (``_MOOD_SWAP_RE``) the viewer adds a flavour, so both are asked for (romance + comedy). None when nothing was
    swapped, a genre is named, or the words swap. The action runs it only if the mix has titles (``Plan.unless_empty``)."""
    if not text or str(text).startswith("/") or _MOOD_SWAP_RE.search(str(text)):
        return None
    if any(e.name == "genre" and not e.excluded for e in entities):
        return None
    if not any(e.name == "mood" and not e.excluded and e.value in MOOD_GENRES for e in entities):
        return None
    lost = [g for g in before.genres if g not in after.genres and g not in after.exclude_genres]
    if not lost or lost == list(before.genres) and not after.genres and not after.any_genres:
        return None
    if before.genres == after.genres:
        return None
    return replace(after, genres=_dedupe(lost + list(after.genres)),
                   any_genres=[g for g in after.any_genres if g not in lost])


def mood_genre_family(state: Constraints, entities: Sequence[Entity], moods_before: Sequence[str] = (), *,
                      keeps_earlier: bool = False, text: Optional[str] = None) -> Optional[Constraints]:
    """A mood word naming a genre family said as what the viewer wants ("the romantic ones" after k-dramas, "a
    funny documentary") while the search already has a genre: the search narrowed to both (drama + romance), or
    None when nothing changes (no such mood, a situation's moods, no genre held, the family already asked for).
    The action runs it only if the combination has titles (``Plan.unless_empty``); otherwise the mood stays soft.
    The genre an earlier mood stood for is swapped out only with swap words ("make it scary instead": ``_MOOD_SWAP_RE``)
    and unless the viewer keeps it (``keeps_earlier``: "funny too"); a mood said plainly after it adds its flavour
    ("make it funny" after romantic films: romantic comedies)."""
    named = [e for e in entities if e.name == "mood" and not e.excluded and e.value in MOOD_GENRES]
    if not named or not (state.genres or state.any_genres):
        return None
    spans = [(e.start, e.end) for e in entities if e.name == "mood" and e.start is not None]
    said = [e for e in named if e.start is None or spans.count((e.start, e.end)) == 1]
    if text:
        said = [e for e in said if e.start is None or e.end is None or _MOOD_WORD[e.value].search(text[e.start:e.end])]
    said = said[-1:]
    if not said:
        return None  # a situation's moods stay soft
    family = [g for g in MOOD_GENRES[said[0].value] if g not in state.exclude_genres]
    if not family or set(family) <= set(state.genres) or (len(family) > 1 and set(family) == set(state.any_genres)):
        return None
    if text is not None and (_REPLACING_THEN_RE.search(text) or OFFERS_ALTERNATIVE_RE.match(text)) and not any(
            e.name == "genre" and not e.excluded for e in entities):
        # "no horror at all. a funny family one then" after thrillers, "or maybe something scary?" after comedies: the
        # mood's family replaces the genres held
        return replace(state, genres=family if len(family) == 1 else [], any_genres=family if len(family) > 1 else [])
    if text is not None and not _MOOD_SWAP_RE.search(text):
        keeps_earlier = True  # "not too sappy, make it funny" after romances: a flavour added (romantic comedy)
    derived = set() if keeps_earlier else {g for m in moods_before for g in MOOD_GENRES.get(m, ()) if g not in family}
    genres = [g for g in state.genres if g not in derived]
    any_genres = [g for g in state.any_genres if g not in derived]
    if len(family) == 1:
        genres = _dedupe(genres + family)
    elif any_genres:
        return None  # two any-of lists cannot be combined: the mood stays soft
    else:
        any_genres = family
    if not genres and not any_genres:
        return None
    return replace(state, genres=genres, any_genres=any_genres)


def _dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


# -- genres the catalog tags for one format only ----------------------------------------------------

# A catalog tag for series ("Crime TV Shows", "TV Mysteries", "Reality TV"): the genres it gives exist for series.
_SERIES_TAG = re.compile(r"\bTV\b|\bSeries\b|\bShows\b")


def _genre_tags(genre: str) -> list[str]:
    """The catalog's tags that give ``genre`` (NETFLIX_TAG_GENRES)."""
    return [t for t, ids in NETFLIX_TAG_GENRES.items() if genre in ids]


# Genres the catalog gives series only (no film tag yields them): "crime movies" would be empty.
SERIES_ONLY_GENRES: frozenset[str] = frozenset(
    g.id for g in GENRES if (tags := _genre_tags(g.id)) and all(_SERIES_TAG.search(t) for t in tags))
# The film genre nearest to a series-only one, when it was the only genre asked for ("crime movies" -> thrillers).
FILM_STAND_INS: dict[str, str] = {"crime": "thriller", "mystery": "thriller", "science-nature": "documentary"}


# Genres the catalog gives films only (no series tag yields them) that a series can still be about: "a sports series"
# or "a show about music" would be empty (the catalog's sports and music series are tagged docuseries or reality).
FILM_ONLY_SUBJECTS: frozenset[str] = frozenset(
    g.id for g in GENRES if (tags := _genre_tags(g.id)) and not any(_SERIES_TAG.search(t) for t in tags)
) & frozenset({"sports", "music", "lgbtq", "faith"})
# The series genre nearest to a film-only one, when it was the only genre asked for ("a sports series" -> docuseries).
SERIES_STAND_INS: dict[str, str] = {"sports": "documentary"}


def searches_films(state: Constraints) -> bool:
    """Only films can answer this search: it asks for movies, or it holds a minute bound and no series (the catalog
    gives series no runtime: "a documentary about nature" → "under an hour and a half" is a film search)."""
    if state.media_type == ["movie"]:
        return True
    bounded = state.min_minutes is not None or state.max_minutes is not None
    return bounded and "series" not in state.media_type


def searches_series(state: Constraints) -> bool:
    """Only series can answer this search: it asks for series, or it holds a season bound and no films."""
    if state.media_type == ["series"]:
        return True
    bounded = state.min_seasons is not None or state.max_seasons is not None
    return bounded and "movie" not in state.media_type


TEEN_AUDIENCE = "teen"


def genres_for_films(state: Constraints) -> Optional[tuple[Constraints, list[str]]]:
    """A film search for a genre the catalog tags for series only ("crime movies", "a mystery film"): the genre
    becomes the free-text topic (the synopsis ranks it) and, when it was the only genre, its nearest film genre
    is asked for instead (crime -> thriller), unless the films are for children or the search names people (then
    the topic alone ranks: a person's films seldom hold the stand-in). Alternatives ("mystery or crime
    films") move the same way. Returns the new state and the genres moved, or None when nothing needs it (a search
    that allows series keeps the genre)."""
    if not searches_films(state):
        return None
    # children's films have no thrillers to stand in; a person's films are few, and a stand-in genre they may never
    # have made would empty them ("crime ones with <actor>" after "<actor> films"): the topic ranks instead
    stand_in = state.audience not in CHILDREN_AUDIENCES and not _names_people(state)
    moved = _genres_as_topic(state, SERIES_ONLY_GENRES, FILM_STAND_INS if stand_in else {})
    if moved is None:
        return None
    topic, genres = moved
    # "teen romance movies": no film is tagged teen, but who it is for still holds — the teen cap (PG-13)
    audience = TEEN_AUDIENCE if "teen" in genres and state.audience is None and not state.ratings else state.audience
    return replace(topic, audience=audience), genres


def sub_kinds_of_the_search(text: Optional[str], entities: Sequence[Entity], state: Constraints) -> list[Entity]:
    """``entities`` without a part of the search's own genre ruled out in a follow-up ("not concerts" after musicals,
    "none of the slasher ones" after horror films): its words name a sub-kind, not the genre
    (``vocabulary.names_the_genre``), so the search keeps its genre and the words stay in the negation scope the query
    leaves out (round 25c; within one message nlu/extraction/negation.py ``_part_of_a_genre`` does the same). Animation
    words keep their own rule (nlu/extraction/childrens.py)."""
    if not text or not state.genres:
        return list(entities)
    instead = {e.value for e in entities if e.name == "genre" and not e.excluded}
    return [e for e in entities if not (
        e.name == "genre" and e.excluded and e.value in state.genres and e.start is not None and e.end is not None
        and not _names_the_genre(text[e.start:e.end], e.value)
        and not ANIMATION_WORD_RE.fullmatch(text[e.start:e.end].strip())
        and not _fiction_said(text[e.start:e.end])
        and not _spanned_then_replaced(text[e.start:e.end], e.value, instead))]


def _spanned_then_replaced(words: str, genre: str, instead: set[str]) -> bool:
    """Round 31D: ``words`` name a kind spanning ``genre`` (contract/vocabulary.py ``SPANNING_KINDS``: "paranormal"
    spans horror) and the message asks for other genres in its place ("not a paranormal one, just a thriller" after
    horror): the viewer leaves the genre, no sub-kind of it, so every genre the kind spans stays ruled out."""
    return genre in spanned_genres(words) and bool(instead) and genre not in instead


def _fiction_said(words: str) -> bool:
    """A fiction word ("the dramatized ones" after sports documentaries): the documentary form itself is ruled out,
    no sub-kind of it (round 16d)."""
    return any(w in FICTION_WORDS for w in re.findall(r"[a-z]+", words.lower()))


def _names_the_genre(words: str, genre: str) -> bool:
    """The genre's own name, or a word of the mood that stands for it ("nothing that scary" after horror films)."""
    return names_the_genre(words, genre) or any(
        pattern.search(words) for mood, pattern in _MOOD_WORD.items() if genre in MOOD_GENRES.get(mood, ()))


def series_genres_beside_others(state: Constraints) -> Optional[tuple[Constraints, list[str]]]:
    """A search of any format asking for a genre the catalog tags on series only beside another genre ("a french crime
    thriller", "crime comedies"): when no series is both, the titles of the other genre answer, the series-only genre
    the free-text topic that ranks them (round 25c: for films crime is a subject, the genre is thriller). Returns the
    new state and the genres moved, or None (a search of one format is ``genres_for_films``' business; a series-only
    genre alone has no other genre to stand for it)."""
    if searches_films(state) or searches_series(state):
        return None
    moved = _genres_as_topic(state, SERIES_ONLY_GENRES, {})
    if moved is None or not (moved[0].genres or moved[0].any_genres):
        return None
    return moved


def genres_for_series(state: Constraints) -> Optional[tuple[Constraints, list[str]]]:
    """A series search for a genre the catalog tags for films only ("a sports series", "a show about music for my
    14 year old", "teen shows with lgbt characters"): the genre becomes the free-text topic (the synopsis ranks it)
    and, when it was the only genre, its nearest series genre is asked for instead (sports -> documentary), as
    ``genres_for_films`` does the other way. Returns the new state and the genres moved, or None when nothing needs
    it (a search that allows films keeps the genre)."""
    if not searches_series(state):
        return None
    return _genres_as_topic(state, FILM_ONLY_SUBJECTS, {} if _names_people(state) else SERIES_STAND_INS)


# Genres the catalog tags on one format only, and drama, which it tags on series by their kind ("Romantic TV Shows",
# "Crime TV Shows", "Korean TV Shows") more than as "TV Dramas": a person's titles may be that genre untagged.
_PEOPLE_TOPIC_GENRES: frozenset[str] = SERIES_ONLY_GENRES | FILM_ONLY_SUBJECTS | frozenset({"drama"})


def genres_for_people(state: Constraints) -> Optional[tuple[Constraints, list[str]]]:
    """A search naming people whose genre found none of their titles ("<actor> gangster stuff": crime is tagged on
    series only and the actor's titles are films; "<actor> dramas" for an actor whose series are tagged by their kind):
    the genres the format tags unevenly (``_PEOPLE_TOPIC_GENRES``) become the free-text topic, the person's titles
    ranked by it (round 20d). Returns the new state and the genres moved, or None when there is no such genre."""
    if not _names_people(state):
        return None
    return _genres_as_topic(state, _PEOPLE_TOPIC_GENRES, {})


def _names_people(state: Constraints) -> bool:
    return bool(state.actors or state.directors or state.any_people)


def _genres_as_topic(state: Constraints, missing: frozenset[str],
                     stand_ins: Mapping[str, str]) -> Optional[tuple[Constraints, list[str]]]:
    """``state`` with the genres the format lacks (``missing``) moved to the free-text topic, and the genres moved; the
    ``stand_ins`` of the moved ones asked for instead when no other genre is left. None when none is missing."""
    moved = [g for g in [*state.genres, *state.any_genres] if g in missing]
    if not moved:
        return None
    kept = [g for g in state.genres if g not in missing]
    either = [g for g in state.any_genres if g not in missing]
    if not kept and not either:
        # a stand-in the viewer ruled out stays out ("a british mystery" then "nothing violent": no thrillers, round 36)
        kept = list(dict.fromkeys(stand_ins[g] for g in moved if g in stand_ins and stand_ins[g] not in state.exclude_genres))
    if len(either) == 1:  # one alternative left is simply required
        kept, either = list(dict.fromkeys(kept + either)), []
    words = [g.replace("-", " and ") for g in moved]
    query = " ".join(dict.fromkeys(([state.query] if state.query else []) + words))
    return replace(state, genres=kept, any_genres=either, query=query), moved
