"""The constraint schema: one definition of what a viewer can ask for, shared by both runtimes.

The dialogue keeps a ``Constraints`` in Rasa slots (one slot per field, see domain.yml), sends it to
``POST /api/recommendations`` (``to_api``) and reads back what the recommender applied or offers as a
relaxation (``from_api``). The recommender validates the same fields with its pydantic model
(recommender/constraints.py); tests/contract/test_constraints.py checks that the domain slots and that
model agree with the field lists below, so a new constraint is added here first.

Types are the same everywhere: every field that can hold several values is a list (``media_type`` and
``mood`` included: "movies or specials", "funny & feel-good"); the API also accepts a bare string for
those two, as a convenience for hand-written requests. Hard constraints filter (every item shown
satisfies them); soft ones only rank (DESIGN.md "Hard vs soft constraints").

Stdlib only: both runtimes import this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any, Optional

# Hard constraints, in the order the bot talks about them (and the recommender tries relaxations).
HARD_FIELDS: tuple[str, ...] = (
    "genres", "exclude_genres", "media_type", "min_minutes", "max_minutes", "min_seasons", "max_seasons",
    "audience", "ratings", "year_min", "year_max", "recent_years", "older_than_years", "countries",
    "languages", "actors", "directors",
    "any_genres", "exclude_countries", "exclude_languages",  # "comedy or horror", "nothing Korean" (issue 10)
    "any_people",  # "Ali Wong or Iliza Shlesinger": in the cast or directing, at least one of them (issue 10)
    "added_days",  # "what's new", "just added": added to the service recently (issue 11)
    "exclude_origin_genres",  # "no telenovelas", "no k-dramas": a genre from one origin only (issue 10, round 21);
    # "no true crime", "no rom-coms": a kind of several genres together (round 22, GENRE_JOIN_MARK)
    "exclude_topics",  # "no superhero stuff", "not baking": no title whose name, synopsis or tags name the topic
    # (its word family or a related word, contract/topics.py; round 28A)
)
# Soft constraints: they rank, never filter. ``sort`` ("the shortest comedy", "your oldest horror") orders the titles
# that satisfy the hard constraints from one far end (SORT_ORDERS); ties keep their relevance order.
SOFT_FIELDS: tuple[str, ...] = ("similar_to", "mood", "query", "sort")
# Kept with the state for wording only ("like Stranger Things" when ``similar_to`` is an id); never sent.
DISPLAY_FIELDS: tuple[str, ...] = ("similar_title",)
# Accepted inside the API's ``constraints`` too, but the dialogue keeps it out of its state (the titles
# already shown live in the ``shown_ids`` slot and go in the request's top-level ``exclude_ids``).
REQUEST_FIELDS: tuple[str, ...] = ("exclude_ids",)
# Every field of the API's ``constraints`` object.
API_FIELDS: tuple[str, ...] = HARD_FIELDS + SOFT_FIELDS + REQUEST_FIELDS

_INT_FIELDS = frozenset({"min_minutes", "max_minutes", "year_min", "year_max", "min_seasons", "max_seasons",
                         "recent_years", "older_than_years", "added_days"})

# Release years relative to the catalog, never to today's date (the bundled catalog ends in 2021):
# the recommender turns them into absolute years against the newest release year it holds
# (``recent_years`` N → ``year_min`` = newest - N + 1; ``older_than_years`` N → ``year_max`` = newest - N)
# and echoes the absolute range it applied. docs/contracts.md "Recency".
RECENT_YEARS = 3        # "recent", "new", "latest": the catalog's newest three release years
# "old", "vintage", "oldies": of another era, more than 30 years before the catalog's newest year (1990 and before on
# the bundled catalog, which ends in 2021). Until round 31 this was a generation (20 years, 2001 and before); nine
# writers of independent evaluation sets, in five sets, read an old film as "released by 1990 or tagged classic", and
# none as a film of the late 1990s. When the catalog has nothing that old for the rest of the search, the dialogue
# widens to a generation and says so (actions/planning.py ``_old_widens_to_a_generation``).
# "Older" after a list stays relative to that list.
OLD_YEARS = 31
# A generation before the catalog's newest year (2001 and before on the bundled catalog): what "old" widens to when the
# catalog has nothing of another era for the search, the age of the classic shelf (its "Classic & Cult TV" also files
# series running today) and the bound "newer than <a 1970s film>" keeps (actions/contrast.py).
GENERATION_YEARS = 20
# "classic(s)" ("classic movies", "a classic film", "old classic comedies"): the old years, on the catalog's classic shelf
# first (1990 and before on the bundled catalog: 273 titles, 97 of them tagged Classic Movies). Four evaluation sets
# written independently read a classic as "tagged classic or released by 1990".
CLASSIC_YEARS = OLD_YEARS
# "Black and white" is an era, not an age relative to the catalog: released by 1960 (colour had become common in
# feature films through the 1950s and the norm by the mid-1960s; two blind sets read the era as ending in 1960, and
# the earlier bound satisfies either reading). An absolute ``year_max``; the catalog has no colour field.
BLACK_AND_WHITE_LAST_YEAR = 1960
# Years said of the list just shown, its era (round 21d): "same era", "from that decade" (``LIST_ERA``), "from before
# then" / "before that decade" (``BEFORE_LIST_ERA``), "after that era" (``AFTER_LIST_ERA``), "from around then"
# (``AROUND_LIST_ERA``: the era widened by ``ERA_MARGIN_YEARS`` each side). The NLU says them (nlu/extraction/years.py);
# the actions resolve them against the list's years (actions/list_eras.py), never the recommender.
LIST_ERA, BEFORE_LIST_ERA, AFTER_LIST_ERA, AROUND_LIST_ERA = "then", "before_then", "after_then", "around_then"
LIST_ERA_VALUES: frozenset[str] = frozenset({LIST_ERA, BEFORE_LIST_ERA, AFTER_LIST_ERA, AROUND_LIST_ERA})
ERA_MARGIN_YEARS = 3
# "What's new", "just added" (docs/contracts.md "Cold-start prior and what's new"): added to the service in the
# catalog's newest 30 days of additions (relative to its newest ``date_added``, never today's date: the bundled
# catalog's last addition is 2021-09-25). A month of additions is what a service's "new" row shows, and on the
# bundled catalog it holds 200+ titles, enough to stay well stocked under a genre or a format.
NEW_ARRIVAL_DAYS = 30
# Season counts (docs/contracts.md §5 "Seasons"): "a short series" has at most this many seasons, "a long series"
# at least that many.
SHORT_SERIES_MAX_SEASONS = 2
LONG_SERIES_MIN_SEASONS = 2
# A superlative said as a request ("the shortest comedy you have", "your newest horror", "the longest series"): the
# list starts at that far end. Runtime for shortest/longest (seasons when the search is for series only), release
# year for oldest/newest; titles without the value (a series' runtime, an unknown year) are not sorted in.
SORT_ORDERS: tuple[str, ...] = ("shortest", "longest", "oldest", "newest")
# The superlatives that say those orders (nlu/extraction/sort.py reads them as a request; actions/cues.py and
# actions/earlier_lists.py read them after a list), and the comparative each asks of a list shown.
SORT_WORDS: dict[str, str] = {"shortest": "shortest", "quickest": "shortest", "longest": "longest",
                              "lengthiest": "longest", "oldest": "oldest", "newest": "newest"}
SORT_COMPARATIVES: dict[str, str] = {"shortest": "shorter", "longest": "longer", "oldest": "older", "newest": "newer"}


def sort_words_pattern(order: str | None = None) -> str:
    """The regex alternation of the superlatives in ``SORT_WORDS`` (those of one ``order`` when given), as a group:
    one home for the pattern nlu/extraction/sort.py, actions/cues.py and actions/earlier_lists.py read them with."""
    return "(?:" + "|".join(w for w, o in SORT_WORDS.items() if order is None or o == order) + ")"


# The media types "the longest series" sorts by seasons instead of runtime.
SERIES_TYPES: frozenset[str] = frozenset({"series"})
# What "short"/"quick" alone asks for, in minutes (contracts §5: quick → -30; the NLU's durations.SHORT_MAX and the
# actions' reading of "short" after a list of long films).
SHORT_WORD_MINUTES = 30
# The collection genre "classic" (contract/vocabulary.py): the shelf an old-film request may narrow to.
CLASSIC_GENRE = "classic"
# Countries one search may name (or exclude). Region words add up — "european or asian" names 39 — so the limit is
# about every country there is (the bundled catalog has 122), not a region's size (geo.MAX_REGION_COUNTRIES).
MAX_COUNTRIES = 250
# A kind from one origin ruled out ("no telenovelas", "no k-dramas", "not the british comedies"): the genre goes for
# titles from that origin only, never from everywhere (docs/contracts.md "A kind from one origin"). A value is
# "<genre>@<origin>", the origin an ISO 639-1 language code (lower case) or a catalog country name; a title is left out
# when it has the genre and its country or language is the origin.
ORIGIN_GENRE_MARK = "@"
# A kind that is a combination of genres ruled out (round 22: "no true crime" is crime AND documentary, "no rom-coms"
# romance AND comedy): the same field holds it, its genres joined by "+" ("crime+documentary"), optionally from one
# origin ("comedy+romance@ko": no Korean rom-coms). A title is left out only when it has EVERY genre of the value (and
# is from the origin when one is given); a title with one of them stays (docs/contracts.md "A kind that is a
# combination").
GENRE_JOIN_MARK = "+"
_LIST_FIELDS = frozenset({"genres", "exclude_genres", "media_type", "ratings", "countries", "languages",
                          "actors", "directors", "mood", "any_genres", "exclude_countries", "exclude_languages",
                          "any_people", "exclude_origin_genres", "exclude_topics"})


@dataclass
class Constraints:
    """A viewer's constraints; the field names are the API's and the Rasa slots' names."""

    genres: list[str] = field(default_factory=list)
    exclude_genres: list[str] = field(default_factory=list)
    any_genres: list[str] = field(default_factory=list)  # "comedy or horror": an item has at least one
    media_type: list[str] = field(default_factory=list)
    min_minutes: Optional[int] = None
    max_minutes: Optional[int] = None
    min_seasons: Optional[int] = None  # series only: an item with unknown seasons (a movie) never matches
    max_seasons: Optional[int] = None
    audience: Optional[str] = None
    ratings: list[str] = field(default_factory=list)
    year_min: Optional[int] = None
    year_max: Optional[int] = None
    recent_years: Optional[int] = None  # relative to the catalog's newest year (see RECENT_YEARS)
    older_than_years: Optional[int] = None
    countries: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    exclude_countries: list[str] = field(default_factory=list)  # "nothing from India": an item has none
    exclude_languages: list[str] = field(default_factory=list)  # "nothing Korean"
    # "drama@es": no Spanish-language drama; "crime+documentary": no true crime (a kind of all its genres, above)
    exclude_origin_genres: list[str] = field(default_factory=list)
    # "no superhero stuff": topics' base words (contract.topics.topic_base), none named by a title's text
    exclude_topics: list[str] = field(default_factory=list)
    added_days: Optional[int] = None  # added to the service within N days of the catalog's newest addition
    actors: list[str] = field(default_factory=list)
    directors: list[str] = field(default_factory=list)
    any_people: list[str] = field(default_factory=list)  # "A or B": an item has one of them, in the cast or directing
    similar_to: Optional[str] = None  # a catalog id or a title
    mood: list[str] = field(default_factory=list)
    query: Optional[str] = None  # free text
    sort: Optional[str] = None  # one of SORT_ORDERS: the list starts at that far end
    similar_title: Optional[str] = None  # display title of ``similar_to``

    @classmethod
    def from_slots(cls, slots: Mapping[str, Any]) -> "Constraints":
        """Read the state from tracker slots, tolerating missing/None slots and Rasa's floats."""
        state = cls()
        for f in fields(cls):
            raw = slots.get(f.name)
            if raw is None or raw == [] or raw == "":
                continue
            setattr(state, f.name, _coerce(f.name, raw))
        return state

    def to_slots(self) -> dict[str, Any]:
        """The state as slot values (empty lists become None so the tracker shows them as unset)."""
        return {k: (v if v not in ([], "") else None) for k, v in asdict(self).items()}

    def to_api(self) -> dict[str, Any]:
        """The ``constraints`` object of POST /api/recommendations (only fields that are set)."""
        return {k: v for k, v in asdict(self).items() if k not in DISPLAY_FIELDS and v not in (None, [], "")}

    def to_wording(self) -> dict[str, Any]:
        """What ``contract.wording.describe`` reads: the API shape plus the display title."""
        body = self.to_api()
        if self.similar_to and self.similar_title:
            body["similar_title"] = self.similar_title
        return body

    @classmethod
    def from_api(cls, api: Mapping[str, Any], *, similar_title: Optional[str] = None) -> "Constraints":
        """Read constraints the recommender echoes back (e.g. a relaxation's full constraint set);
        request-only fields (``exclude_ids``) are not part of the state."""
        state = cls.from_slots({k: v for k, v in api.items() if k in HARD_FIELDS + SOFT_FIELDS})
        state.similar_title = similar_title if state.similar_to else None
        return state

    def is_empty(self) -> bool:
        """True when the viewer has said nothing about what they want (a vague request)."""
        return not self.to_api()

    def hard_fields(self) -> list[str]:
        """Names of the hard constraints that are set, in ``HARD_FIELDS`` order."""
        return [name for name in HARD_FIELDS if getattr(self, name) not in (None, [], "")]


def _coerce(name: str, raw: Any) -> Any:
    """Slot values come back from Rasa as floats, strings or lists; give each field its type."""
    if name in _INT_FIELDS:
        try:
            return int(float(raw))
        except (TypeError, ValueError):
            return None
    if name in _LIST_FIELDS:
        return [str(v) for v in raw] if isinstance(raw, (list, tuple)) else [str(raw)]
    return raw


def origin_genre(genre: str, origin: str) -> str:
    """The ``exclude_origin_genres`` value for ``genre`` from ``origin`` ("drama", "es" → "drama@es")."""
    return f"{genre}{ORIGIN_GENRE_MARK}{origin}"


def split_origin_genre(value: str) -> Optional[tuple[str, str]]:
    """An ``exclude_origin_genres`` value as (genre, origin); None when it is not one ("drama", "@es")."""
    genre, mark, origin = value.partition(ORIGIN_GENRE_MARK)
    return (genre.strip(), origin.strip()) if mark and genre.strip() and origin.strip() else None


def excluded_kind(genres: Sequence[str], origin: Optional[str] = None) -> str:
    """The ``exclude_origin_genres`` value for a kind made of ``genres`` (all of them, in a canonical order), from
    ``origin`` when given: ("documentary", "crime") → "crime+documentary"; ("drama",), "es" → "drama@es"."""
    kind = GENRE_JOIN_MARK.join(sorted(dict.fromkeys(g.strip() for g in genres)))
    return origin_genre(kind, origin) if origin else kind


def split_kind(value: str) -> Optional[tuple[tuple[str, ...], Optional[str]]]:
    """An ``exclude_origin_genres`` value as (genres, origin or None): "crime+documentary" → (("crime",
    "documentary"), None), "drama@es" → (("drama",), "es"). None when it is no kind: an empty genre or origin, or a
    single genre from nowhere ("drama" is ``exclude_genres``' to say)."""
    kind, mark, origin = value.partition(ORIGIN_GENRE_MARK)
    genres = tuple(dict.fromkeys(g.strip() for g in kind.split(GENRE_JOIN_MARK)))
    if not all(genres) or (mark and not origin.strip()) or (not mark and len(genres) < 2):
        return None
    return genres, (origin.strip() if mark else None)


# -- a bound said without its unit (the extractor's ``bound`` entity, nlu/extraction/bounds.py) --------------------------
# "at least 5", "no more than 3", "6 or more", "under 90": the number and its side are sure, the unit is the search's.
# Values: ``N-`` (at least N), ``-N`` (at most N) and ``<N`` (below N, strictly: "under 3", "fewer than 3"), which
# the unit resolves — seasons are whole, so below 3 seasons is at most 2, while a runtime "under 90" is 90 at most, as
# the runtime rules read it with its unit (docs/contracts.md "Runtime operators").
BELOW_MARK = "<"
# The numbers a bare bound may be in each unit: a season count a viewer says, a runtime in minutes (20-300 after a
# comparator, "Runtime operators"); anything else is no count of that unit.
UNITLESS_SEASONS = (1, 30)
UNITLESS_MINUTES = (20, 300)


def bound_number(value: str) -> int | None:
    """The number of a unitless bound value (``5-``, ``-3``, ``<3``), None for another value."""
    digits = value.strip("-").removeprefix(BELOW_MARK)
    return int(digits) if digits.isdigit() else None


def unitless_bound_in(value: str, unit: str) -> str | None:
    """The range value of the unitless bound ``value`` in ``unit`` (``seasons`` or ``duration``): ``<3`` is ``-2``
    seasons but ``-90`` minutes for ``<90``; None when the number is no plausible count of that unit ("45" seasons,
    "3" minutes) or below one whole season."""
    n = bound_number(value)
    low, high = UNITLESS_SEASONS if unit == "seasons" else UNITLESS_MINUTES
    if n is None or not low <= n <= high:
        return None
    if value.startswith(BELOW_MARK):
        if unit != "seasons":
            return f"-{n}"
        return f"-{n - 1}" if n > 1 else None
    return value
