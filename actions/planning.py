"""From a turn to the recommender request it implies (pure; the action only does the I/O).

What each intent means for the search:

* ``request_recommendation`` — a new search when it names a subject, otherwise a refinement
  (see ``constraints.starts_new_search``); a title makes it "like <title>".
* ``refine`` — this turn's entities change the current search.
* ``something_else`` — same constraints (plus any new ones), excluding everything already shown.
* ``more_like`` — the referenced item (position, title, focused, or the only one shown) becomes the
  ``similar_to`` anchor; the search keeps everything but its people, "like" title and topic
  (``similarity_pivot_search``), and when that leaves no new title only its format, caps, runtime/season bounds
  and exclusions (``similarity_pivot_base``, via ``Plan.unless_empty``); it and the titles already shown are
  excluded.

Whatever the intent, while a search is active the message is read as an edit first
(``actions.edits``; docs/contracts.md "Dialogue edit rules"): a rejected title ("not the third") is
excluded for the rest of the conversation and fresh picks follow (so are titles of the list the viewer
has seen: "seen the first two"); "another one" is "something else"; "new ones" is newer than the list;
"about space" adds a topic; "anything else with her?" keeps the
person and drops the rest; "any length is fine" removes a constraint; other constraints add to or
replace one slot each. Every edit is answered with picks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from typing import Any, Optional, Union

from actions import buttons
from actions.contrast import Contrast, plain_entities, split_shifts
from actions.constraints import (ADD, CAP, CHILDREN_AUDIENCES, CHILDRENS_GENRES, CONSTRAINT_ENTITIES, EDIT_MARKERS, FRESH_START,
                                 SUBJECT_ENTITIES,
                                 apply_entities, conventional_formats_yield, fiction_drops_forms, takes_back_the_genre,
                                 MOOD_GENRES, OFFERS_ALTERNATIVE_RE, gives_up_the_narrowing, mood_adds_flavour,
                                 mood_genre_family, people_together, scare_as_a_mood, settles_after_nothing, starts_new_search, sub_kinds_of_the_search, topics_let_in)
from actions.cues import (cue_entities, list_comparatives, search_bound_cues, season_comparison_items,
                          season_shift_of_anchor, series_size_words, short_as_shorter, shorter_by_being_films)
from actions.cues import narrowed_bounds, reset_said_bounds, turned_down_genres, widened_said_bounds
from actions.edits.all_genres import asks_for_all_genres
from actions.edits.audience import (COMPANY_ENTITIES, YOUNG_AUDIENCES, adults_watch_too, age_said, cartoons_grown_up,
                                    points_at_the_watcher, says_alone, settles_for_audience, viewer_alone_now)
from actions.edits.list_reactions import turns_down_list, wants_more_picks
from actions.edits.people_narrowing import PeopleNarrowing, find_people_narrowing
from actions.edits.person_edits import PersonEdit, corrected_person, corrects_the_search, find_person_edit
from actions.edits.person_pivots import PersonPivot, asks_for_other_works, find_person_pivot
from actions.edits.person_roles import role_added
from actions.edits.person_turn_downs import (any_person_will_do, likes_the_person, turned_down_person_spans,
                                             turns_down_person)
from actions.edits.ratings import widened_ratings
from actions.edits.recency import recency_cues, relative_year_cues
from actions.edits.rejections import Rejection, find_rejection, opinion_turn_down
from actions.edits.removals import Removal, find_removals, remove_fields, remove_values
from actions.edits.routing import acts_without_reference
from actions.edits.seen import Seen, find_seen
from actions.edits.softened_turn_downs import animation_turned_down_for_children, horror_toned_down
from actions.edits.topics import (bare_topic_reply, negated_topic, topic_evidence, topic_in_place_of_genres,
                                  topic_reply_entities, wishes_for_performers_gender)
from actions.edits.turn_basics import search_active
from actions.edits.viewer_state import viewer_state_spans
from actions.entities import SIMILAR, Entity
from actions.like_focused import turns_down_a_likeness
from actions.list_orders import far_end_order
from actions.topics_let_go import topics_let_go
from actions.query_text import (negation_scopes, request_entities, request_span, residual_query, residual_words,
                                tastes_turned_down)
from actions.references import Reference, UnresolvedReference, catalog_gazetteer, lookup_title_id, resolve
from actions.repeats import milder_step, relative_edit, repeated_edit
from actions.scopes import chosen_alternatives, qualified_exclusions
from actions.company import (ages_compared, ages_in, joining_as_caps, known_children_as_caps, others_stay,
                             remaining_audience)
from actions.missing_likeness import children_like_the_missing, missing_title_words_before
from actions.person_parts import people_turned_down
from actions.title_in_talk import (franchise_main_title, mentioned_title_ids, points_back, seen_on_the_way,
                                   title_in_talk)
from actions.title_words import NamedTitles, titles_turned_down_by_name
from actions.turn import Said, Turn
from contract import wording
from contract.constraints import CLASSIC_GENRE, CLASSIC_YEARS, GENERATION_YEARS, LONG_SERIES_MIN_SEASONS, OLD_YEARS, Constraints
from contract.payloads import QuickReply
from contract.vocabulary import (COLLECTION_GENRES, COUNTRY_LANGUAGES, FORM_GENRES, LANGUAGE_HOME_COUNTRIES,
                                 LITTLE_CHILD_AUDIENCES, SUBJECT_GENRES, SUBJECT_WORDS, TOPIC_GENRES, said_as_kind, subject_kept_beside, topic_word)
from contract.words import APPROX_POST_PATTERN, CHILD_KIN_PATTERN, in_catalog_vocabulary

DEFAULT_LIMIT = 5
REFERENCE_ENTITIES = frozenset({"position", "title", "item_id"})


@dataclass(frozen=True)
class PastTheList:
    """"Newer" / "older" after a list already of the newest / oldest year the search reaches: nothing is, so the
    answer says so with no list and offers ``same_year`` (more of the list's edge ``year``, titles shown left out)."""

    newer: bool
    year: int
    same_year: Constraints


@dataclass
class Plan:
    """A recommender call to make, and how to remember its result."""

    constraints: Constraints
    exclude_ids: list[str] = field(default_factory=list)
    shown_ids: list[str] = field(default_factory=list)  # shown earlier in this search
    diverse: bool = False  # a vague request: the recommender's diversity pass makes it a varied mix
    limit: int = DEFAULT_LIMIT
    rejected_ids: Optional[list[str]] = None  # set when this turn turned a title down (slot rejected_ids)
    rejected_title: Optional[str] = None  # the title turned down, for the answer
    seen_ids: list[str] = field(default_factory=list)  # shown titles the viewer has seen (recorded as "seen")
    seen_titles: list[str] = field(default_factory=list)
    # "like X but Y": the shifts to apply relative to X once its facts are known (actions.contrast)
    contrast: Optional[Contrast] = None
    contrast_note: Optional[tuple[list[str], list[str]]] = None  # (kept from X, changed), for the heading
    # "newer" / "older" than the list shown: when nothing is, the answer says so and the search stays what it
    # was (a bound past the catalog's newest year would empty every later turn)
    state_if_empty: Optional[Constraints] = None
    # "newer" after a list of the newest year the search reaches: when the strict search is empty, no list but an
    # honest "those are already the newest" with more of that year offered (``_relative_years_within_catalog``)
    past_the_list: Optional[PastTheList] = None
    # the search to run instead when this one has no (new) titles: a mood naming a genre family narrowed a search
    # that had a genre ("the romantic ones" after dramas: the search as it was, the mood soft); a pivot to a title
    # kept the search's filters ("more like the second one": the narrow pivot base)
    unless_empty: Optional[Constraints] = None
    # a country or language turned down while the search carries a genre ("not japanese" after anime): the
    # carried genres the action checks against the catalog (dropped when almost all their titles are from there)
    origin_bound_genres: list[str] = field(default_factory=list)
    note: Optional[str] = None  # a sentence said before the list (what the search changed on its own)
    # "shorter than <title>": (item id, title, entity name, value) bounds past that title's facts (the action's)
    relative_to: list[tuple[Optional[str], str, str, str]] = field(default_factory=list)
    liked_ids: list[str] = field(default_factory=list)  # listed titles this turn liked (recorded as "like")
    empty_note: Optional[str] = None  # said before the list when ``unless_empty`` ran ("no funny romances, ...")
    # hard constraints carried over from earlier turns (not said in this one): offered for relaxation first
    carried: list[str] = field(default_factory=list)
    # "not by him": (actors, directors) whose titles are left out (the action looks them up and excludes them)
    exclude_people: Optional[tuple[tuple[str, ...], tuple[str, ...]]] = None
    # "not monty python stuff": words whose titles are left out (the action finds them: title or synopsis)
    exclude_topic: Optional[str] = None
    # "movies with A and B", "and B" after A's: people named together; when no title of the catalog has them all
    # the action searches either of them instead and says so (``any_people``), else all stay required
    either_if_apart: bool = False
    # "similar to both X and Y": the catalog ids of every "like" title of the turn, the anchor first; the action
    # asks for a genre they all share when they share one (``recommend._genres_the_likes_share``)
    like_ids: list[str] = field(default_factory=list)
    # "now something for my 6 year old" while the search is "like <title>": the search to run instead (a new one, no
    # anchor) when that title is rated above the new audience's cap (the action reads its rating)
    unless_anchor_fits: Optional[Constraints] = None
    # "both A and B", "A and B together": when no title has them all, no titles of either but an honest answer
    # with a button for each one's titles (``either_if_apart`` is set too)
    together_only: bool = False
    # ids excluded only because they were shown before, by a narrowing or excluding edit ("not the third", "not the
    # <topic> ones", "any from 2011 with him"): when no unseen title matches, the action shows the matching shown
    # ones again and says so. "More", "something else" and "seen those" leave this empty: shown titles stay out.
    again_if_empty: list[str] = field(default_factory=list)

    def request_body(self, user_id: Optional[str]) -> dict[str, Any]:
        """The POST /api/recommendations body (contract §1)."""
        constraints = without_grown_up_comedy(self.constraints.to_api())
        query = constraints.pop("query", None)
        body: dict[str, Any] = {"constraints": constraints, "limit": self.limit}
        if query:
            body["query"] = query
        if user_id:
            body["user_id"] = user_id
        if self.exclude_ids:
            body["exclude_ids"] = list(dict.fromkeys(self.exclude_ids))
        if self.carried:
            body["relax_first"] = list(self.carried)
        return body


# Young children (the preschool and kids bands, under 7) asking for something funny get children's comedy, never a
# comedian's stand-up special or a talk show: those are rated TV-G or TV-PG now and then, yet made for grown-ups. Left
# out of the request unless asked for by name; the heading stays as the viewer said it (docs/contracts.md "Age mapping").
_YOUNG_CHILDREN = ("preschool", "kids")
_GROWN_UP_COMEDY = ("stand-up", "talk-show")


def without_grown_up_comedy(constraints: dict[str, Any]) -> dict[str, Any]:
    """``constraints`` (the API form) with stand-up and talk shows excluded for young children (above)."""
    if constraints.get("audience") not in _YOUNG_CHILDREN:
        return constraints
    asked = {*constraints.get("genres", ()), *constraints.get("any_genres", ())}
    excluded = list(constraints.get("exclude_genres", ()))
    extra = [g for g in _GROWN_UP_COMEDY if g not in asked and g not in excluded]
    return {**constraints, "exclude_genres": excluded + extra} if extra else constraints


@dataclass
class Question:
    """Instead of recommending, ask the viewer something (e.g. which title they mean)."""

    text: str
    quick_replies: tuple[QuickReply, ...] = ()
    # "Anything else with him?" with no person in the search: the title whose people to offer as buttons.
    people_of: Optional[str] = None
    directors_first: bool = False


# A like of a title ("she loved", "was great", "enjoyed") and words asking for more of it ("more like that",
# "similar ones", "in that vein"): said of a listed title by its position, a like that is also a pivot to it.
_LIKE_WORDS_RE = re.compile(
    r"\b(?:lov(?:e|ed|es|ing)|lik(?:e|ed|es)|enjoy(?:ed|s)?|ador(?:e|ed|es)|dug|great|good|amazing|awesome|fantastic"
    r"|brilliant|perfect|excellent|fun|favou?rite|fave|fav|hit|winner|gem|spot\s+on"
    # how a listed title strikes the viewer: "the fourth one sounds cute", "number 2 looks interesting" (round 37)
    r"|(?:sounds?|looks?|seems?)\s+(?:so\s+|really\s+|kinda\s+|pretty\s+)?(?:cute|interesting|cool|nice|intriguing"
    r"|promising|sweet|lovely))\b", re.IGNORECASE)
_NOT_LIKED_RE = re.compile(r"\b(?:not|n't|didnt|dont|never|hated?|disliked?|bad|awful|boring|meh)\b|n't\b",
                           re.IGNORECASE)
_MORE_OF_IT_RE = re.compile(
    r"\bmore\b|\bsimilar\b|\bsame\s+(?:kind|sort|vibe|style|vein|type)\b|\bin\s+(?:that|the\s+same)\s+vein\b"
    r"|\bwhat\s+else\s+(?:is\s+|'s\s+)?like\s+(?:it|that|this)\b"  # "…, what else is like that" (round 37)
    r"|\balong\s+(?:those|the\s+same)\s+lines\b|\b(?:ones?|others?|stuff|something|anything|films?|movies?"
    r"|shows?|series)\s+(?:else\s+)?like\s+(?:it|that|this|that\s+one)\b"
    # "... number 3. like that", "..., just like that one pls": a clause of its own closing the message asks for more
    r"|(?:^|[.,;:!?-]\s*)(?:(?:just|so|ok(?:ay)?|yeah|more|some|something|anything|stuff)\s+)?like\s+(?:that|it|this|that\s+one"
    r"|this\s+one)(?:\s+(?:please|pls|plz|then|thanks|thx))?\W*$", re.IGNORECASE)


def listed_like_asking_for_more(turn: Turn) -> Optional[Reference]:
    """"She loved the first one, more like that", "the 2nd was great, similar ones pls": a like of a listed title
    (by its position) that asks for more like it — the title liked, or None. The like is recorded and the answer
    is picks like that title (a pivot to similarity, ``_plan_more_like``)."""
    text = turn.text or ""
    if text.startswith("/") or not turn.last_items or not _MORE_OF_IT_RE.search(text):
        return None
    if not any(e.name == "position" and not e.excluded for e in turn.entities):
        return None
    if _NOT_LIKED_RE.search(text) or not (_LIKE_WORDS_RE.search(_without_like_of(text))
                                          or turn.intent == "feedback_like"):
        return None
    try:
        ref = resolve([e for e in turn.entities if e.name == "position"], turn.last_items, None)
    except UnresolvedReference:
        return None
    return ref if ref is not None and ref.item_id else None


def _without_like_of(text: str) -> str:
    """The message without its "more like that" / "ones like it" (a "like" that asks, not one that likes)."""
    return re.sub(r"\blike\s+(?:it|that|this|those|these|them|that\s+one)\b", " ", text, flags=re.IGNORECASE)


# "shorter than <title>", "newer than the film <title>": a comparative said of a named title (not of the list).
_SEASONS_COMPARED = r"(?:more|fewer|less)\s+seasons"
_THAN_TITLE_RE = re.compile(
    rf"\b(?P<word>shorter|longer|less\s+long|newer|more\s+recent|older|earlier|later|{_SEASONS_COMPARED})\s+(?:than|then)\s+"
    r"(?:(?:the\s+)?(?:movie|film|show|series|one)\s+)?$", re.IGNORECASE)
_THAN_WORDS = {"shorter": ("duration", "shorter"), "less long": ("duration", "shorter"), "longer": ("duration", "longer"),
               # a series' length is its season count (``bound_past_title``): "more seasons than <title>" (round 35)
               "more seasons": ("duration", "longer"), "fewer seasons": ("duration", "shorter"),
               "less seasons": ("duration", "shorter"),
               "newer": ("year", "newer"), "more recent": ("year", "newer"), "later": ("year", "newer"),
               "older": ("year", "older"), "earlier": ("year", "older")}
_THAN_REST_RE = re.compile(
    rf"\b(?P<word>shorter|longer|less\s+long|newer|more\s+recent|older|{_SEASONS_COMPARED})\s+(?:than|then)\s+"
    r"(?:(?:the\s+)?(?:movie|film|show|series)\s+)?(?P<rest>[^,.!?;]+)", re.IGNORECASE)
MAX_TITLE_WORDS = 8
TITLE_COMPARATIVE = "_title_comparative"  # span-only: the words of a comparative of a title, already read


@dataclass(frozen=True)
class TitleComparative:
    """"A movie shorter than <title>": the title (its catalog id when known), the entity it asks for relative to
    that title's facts (``duration: shorter``), and the span of the words (comparative and title)."""

    title: str
    item_id: Optional[str]
    name: str
    value: str
    start: int
    end: int


def title_comparatives(text: Optional[str], entities: Sequence[Entity]) -> list[TitleComparative]:
    """Comparatives said of a named title in this message ("something newer than <title>"): the title entity right
    after "shorter/longer/newer/older than", else the longest run of words after it that is a catalog title."""
    if not text or text.startswith("/") or any(e.name == TITLE_COMPARATIVE for e in entities):
        return []  # already read (the span-only entity the plan leaves in their place)
    found: list[TitleComparative] = []
    for e in entities:
        if e.name != "title" or e.excluded or e.start is None or e.end is None:
            continue
        m = _THAN_TITLE_RE.search(text[:e.start])
        if m:
            name, value = _THAN_WORDS[re.sub(r"\s+", " ", m["word"].lower())]
            found.append(TitleComparative(str(e.value), lookup_title_id(str(e.value)), name, value, m.start(), e.end))
    if found:
        return found
    m = _THAN_REST_RE.search(text)
    if m:
        # words the extractor read as something else ("longer than an hour and a half": a runtime, though the
        # catalog has a film called "An Hour and a Half") are not a title
        read = [(e.start, e.end) for e in entities if e.name != "title" and e.start is not None and e.end is not None]
        found_title = _longest_title(text, m.start("rest"), m.end("rest"), skip=read)
        if found_title:
            item_id, end = found_title
            name, value = _THAN_WORDS[re.sub(r"\s+", " ", m["word"].lower())]
            candidate = " ".join(text[m.start("rest"):end].split())
            return [TitleComparative(candidate, item_id, name, value, m.start(), end)]
    return []


def _longest_title(text: str, start: int, stop: int,
                   skip: Sequence[tuple[int, int]] = ()) -> Optional[tuple[str, int]]:
    """The longest run of words from ``start`` (at most ``MAX_TITLE_WORDS``, before ``stop``) that is a catalog
    title, overlapping none of the ``skip`` spans: (its id, its end), or None."""
    words = list(re.finditer(r"\S+", text[start:stop]))[:MAX_TITLE_WORDS]
    for n in range(len(words), 0, -1):
        end = start + words[n - 1].end()
        if any(a < end and start < b for a, b in skip):
            continue
        said = " ".join(text[start:end].split())
        item_id = lookup_title_id(said) or _plainly_named_title_id(said)
        if item_id:
            return item_id, end
    return None


def _plainly_named_title_id(said: str) -> Optional[str]:
    """The id of the title ``said`` names typed plainly, its punctuation left out ("avengers infinity war" is
    "Avengers: Infinity War"; round 35), or None."""
    gazetteer = catalog_gazetteer()
    title = gazetteer.title_named_exactly(said) if gazetteer is not None else None
    return lookup_title_id(title) if title else None


def _plan_title_comparative(turn: Turn, intent: Optional[str],
                            comparatives: list[TitleComparative]) -> Union[Plan, Question]:
    """"A movie shorter than <title>", "something newer than <title>": the search of the rest of the message (or
    the active one, edited) with a bound past that title's runtime or year, which the action reads from the catalog
    (``Plan.relative_to``); the title itself is left out. Never "which title do you mean?"."""
    spans = [(c.start, c.end) for c in comparatives]
    rest = [e for e in turn.entities if not _inside(e, spans)]
    rest += [Entity(TITLE_COMPARATIVE, "", None, a, b) for a, b in spans]
    if intent not in ("request_recommendation", "refine", "something_else"):
        intent = "refine" if search_active(turn) else "request_recommendation"
    plan = plan_recommendation(replace(turn, entities=rest), intent)
    if isinstance(plan, Plan):
        plan.relative_to = [(c.item_id, c.title, c.name, c.value) for c in comparatives]
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + [c.item_id for c in comparatives if c.item_id]))
        plan.diverse = False
    return plan


# "long" said of a series, words between or not ("a long anime series", "a lengthy korean drama series to start",
# "long-running sitcoms"): the catalog knows a series' seasons, not its episodes' length.
_LONG_WORD_RE = re.compile(r"\b(?:long[\s-]*running|long|lengthy|longish)\b", re.IGNORECASE)
_SERIES_NOUN_RE = re.compile(r"\b(?:series|shows?|tv\s+shows?|sitcoms?|programmes?|programs?|docuseries|k-?dramas?"
                             r"|telenovelas?|soaps?)\b", re.IGNORECASE)
_WORDS_BETWEEN_RE = re.compile(r"^\s*(?:[\w'-]+\s+){0,3}?$")
# "not too long", "how long", "as long as", "a long day / week / time": no wish for a long series
_NOT_OF_A_SERIES_BEFORE = re.compile(r"\b(?:too|not|so|how|as|no|that|this|very\s+not)\s+$", re.IGNORECASE)
_NOT_OF_A_SERIES_AFTER = re.compile(
    r"^\s+(?:day|days|week|weeks|night|nights|time|shift|shifts|drive|flight|trip|weekend|hours?|while|ago|story\s+short"
    r"|as|enough)\b", re.IGNORECASE)


def long_series_cues(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """A season count (at least ``LONG_SERIES_MIN_SEASONS``) for "long" said of a series when the extractor gave
    none: the series noun follows "long" within three words, or "long-running" stands alone. Never with a season
    count or a runtime said in the message ("a long movie" stays a runtime)."""
    if not text or text.startswith("/") or any(e.name in ("seasons", "duration") for e in entities):
        return []
    for m in _LONG_WORD_RE.finditer(text):
        if (any(e.start is not None and e.end is not None and e.start <= m.start() < e.end for e in entities)
                or _NOT_OF_A_SERIES_BEFORE.search(text[:m.start()]) or _NOT_OF_A_SERIES_AFTER.match(text[m.end():])):
            continue
        running = "running" in m.group(0).lower()
        noun = _SERIES_NOUN_RE.search(text, m.end())
        if running or (noun and _WORDS_BETWEEN_RE.match(text[m.end():noun.start()])):
            return [Entity("seasons", f"{LONG_SERIES_MIN_SEASONS}-", None, m.start(), m.end())]
    return []


# "a 90s comedy", "wine and a rom com", "a thriller for tonight": a genre said as one countable thing is a film in
# English; a series is said as one ("a comedy series", "a sitcom", "a drama with 3 seasons").
_SINGULAR_GENRE_NOUNS = frozenset({
    "comedy", "thriller", "horror", "drama", "romance", "romcom", "rom com", "rom-com", "documentary", "doc", "docu",
    "western", "musical", "mystery", "whodunit", "whodunnit", "slasher", "sci-fi", "sci fi", "scifi", "action"})
# "a/an" and up to three words before the genre, none a quantity ("a handful of sci-fi picks", "a few comedies").
_A_AND_ADJECTIVES_RE = re.compile(r"\b(?:a|an)\s+(?:(?!(?:of|few|couple|bunch|lot|lots|mix|handful|list|number"
                                  r"|selection|variety|range)\s)[\w'-]+\s+){0,3}$", re.IGNORECASE)
# The genre word naming something else than the title ("a horror fan", "a comedy special", "a drama series").
_GENRE_AS_MODIFIER_RE = re.compile(
    r"^\W{0,2}\s*(?:series|shows?|specials?|sitcoms?|seasons?|episodes?|anthology|miniseries|docuseries|franchise"
    r"|fans?|buffs?|lovers?|junkies?|nerds?|geeks?|person|people|guy|girl|podcasts?|channels?|marathon|binge|novels?"
    r"|books?|games?|kind|type|sort|night|vibes?|mood|thing|stuff|one|picks?|recs?|recommendations?|suggestions?"
    r"|options?|ideas?|titles?|lists?)\b", re.IGNORECASE)
# Anything in the message that says series: the noun, their parts, a binge, a miniseries.
_SERIES_CUE_RE = re.compile(r"\b(?:seasons?|episodes?|binge\w*|mini-?series|docu-?series|eps)\b", re.IGNORECASE)
# "show" as a verb: an object after it ("show me", "show us something").
_SHOW_VERB_AFTER_RE = re.compile(r"\s+(?:me|us|them|him|her|my|our|something|some|a|an|the|what|anything|any)\b",
                                 re.IGNORECASE)
# A Korean drama is a K-drama, mostly a series: left to the viewer to say.
_KOREAN_RE = re.compile(r"\b(?:korean?|k-?dramas?)\b", re.IGNORECASE)


def singular_genre_films(text: Optional[str], entities: Sequence[Entity]) -> list[Entity]:
    """A ``media_type`` movie for a genre said with "a/an" (adjectives between allowed) as a singular noun ("i want a
    horror", "a 90s comedy", "an old fashioned whodunit"), when nothing in the message says series (a series noun,
    seasons, episodes, a binge, a season count), no format is said, and it is not a Korean drama. Plural genres
    ("comedies"), the genre naming something else ("a comedy special", "a horror fan") give none."""
    if not text or text.startswith("/") or any(e.name in ("media_type", "seasons") for e in entities):
        return []
    if _says_series(text) or _KOREAN_RE.search(text):
        return []
    if any(e.name in ("language", "country") and e.value in ("ko", "KR", "kr") for e in entities):
        return []
    for e in entities:
        if (e.name != "genre" or e.excluded or e.start is None or e.end is None
                or text[e.start:e.end].lower() not in _SINGULAR_GENRE_NOUNS):
            continue
        if _A_AND_ADJECTIVES_RE.search(text[:e.start]) and not _GENRE_AS_MODIFIER_RE.match(text[e.end:]):
            return [Entity("media_type", "movie", None, e.start, e.end)]
    return []


def _says_series(text: str) -> bool:
    """A series noun, a season or episode, a binge anywhere in ``text``; the verb "show" ("show me a thriller",
    "can you show us a comedy") is none."""
    return bool(_SERIES_CUE_RE.search(text)) or any(
        not (m.group(0).lower() == "show" and _SHOW_VERB_AFTER_RE.match(text, m.end()))
        for m in _SERIES_NOUN_RE.finditer(text))


# A filmography question: "what else is she in", "anything else with him", "his other films", "besides <title>".
_FILMOGRAPHY_RE = re.compile(
    r"\b(?:what|anything|something|everything|whatever|where)\s+else\b|\belse\s+(?:has|have|is|was|did|does)\b"
    r"|\bother\s+(?:stuff|things|films?|movies?|shows?|series|titles?|work|roles?|projects?|credits?|parts?)\b"
    r"|\bothers\b|\bbesides\b|\bapart\s+from\b|\bother\s+than\b|\bexcept\b", re.IGNORECASE)
# The title a person is known from, named after a word for them ("the guy from <title>", "that actress in <title>")
# or after their name ("<person> from <title>").
_KNOWN_FROM_NOUN_RE = re.compile(
    r"\b(?:the|that|this)?\s*(?:guy|man|woman|lady|girl|boy|dude|actor|actress|one|chap|bloke|fella|fellow|kid|star"
    r"|director|person|lead|villain)\s+(?:from|in|of|who\s+(?:was|played|starred)\s+in)\s+"
    r"|\b(?:besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?)\s+", re.IGNORECASE)
_KNOWN_FROM_AFTER_NAME_RE = re.compile(r"\s*(?:from|of|in)\s+", re.IGNORECASE)
_TITLE_CANDIDATE_RE = re.compile(r"[^,;.!?()]+")
# What a filmography question asks with, beside the person: "what else has she done / been in" (no topic words).
_FILMOGRAPHY_VERB_RE = re.compile(r"\b(?:done|made|been\s+in|starred\s+in|appeared\s+in|acted\s+in|played\s+in"
                                  r"|worked\s+on)\b", re.IGNORECASE)
_MAX_DESCRIPTION_WORDS = 5
_PRONOUN_RE = re.compile(r"\b(?:he|she|they|him|her|them|his|hers|their)\b", re.IGNORECASE)


def _title_after(text: str, start: int, stop: int) -> Optional[tuple[str, int]]:
    """The longest catalog title starting at ``start`` (before ``stop`` and any punctuation): (its id, its end)."""
    m = _TITLE_CANDIDATE_RE.match(text, start, stop)
    return _longest_title(text, start, m.end()) if m else None


def known_from_titles(turn: Turn) -> tuple[list[str], list[tuple[int, int]]]:
    """A filmography question names the title the person is known from ("the guy from <title>, <person>, what
    else is he in", "<person> from <title>, anything else?"), or asks it right after a list like a title: the
    viewer knows that title, so it is left out of the picks. Returns the catalog ids and the spans naming them
    (they are no topic and no "like" anchor)."""
    text = turn.text or ""
    if not text or text.startswith("/") or not _FILMOGRAPHY_RE.search(text):
        return [], []
    people = [e for e in turn.entities if e.name in ("actor", "director") and not e.excluded]
    ids: list[str] = []
    spans: list[tuple[int, int]] = []
    state = turn.constraints
    said_of_searched = (search_active(turn) and bool(state.actors or state.directors)
                        and bool(_PRONOUN_RE.search(text)))  # "besides <title>, what else has she been in"
    counted = counted_in_the_search(turn)
    spans += counted  # "<title> is one, right?": no topic
    if people or said_of_searched or counted:
        for e in turn.entities:
            if e.name == "title" and not e.excluded and e.start is not None and e.end is not None:
                item_id = lookup_title_id(str(e.value))
                if item_id:
                    ids.append(item_id)
                    spans.append((e.start, e.end))
        taken = [(e.start, e.end) for e in turn.entities if e.start is not None and e.end is not None]
        starts = [(m.start(), m.end()) for m in _KNOWN_FROM_NOUN_RE.finditer(text)]
        for person in people:
            if person.end is not None and (m := _KNOWN_FROM_AFTER_NAME_RE.match(text, person.end)):
                starts.append((m.start(), m.end()))
        for said, start in starts:
            if any(a <= start < b for a, b in taken):
                continue
            stop = min([a for a, _ in taken if a > start] + [len(text)])
            found = _title_after(text, start, stop)
            if found and found[0] not in ids:
                ids.append(found[0])
                spans.append((said, found[1]))
            elif not found and (m := _TITLE_CANDIDATE_RE.match(text, start, stop)) \
                    and len(m.group(0).split()) <= _MAX_DESCRIPTION_WORDS:
                spans.append((said, m.end()))  # a title outside the catalog: still who they are, not a topic
        if not search_active(turn):  # a new search: "done", "been in" are no topic (the edit rules read them)
            spans += [(m.start(), m.end()) for m in _FILMOGRAPHY_VERB_RE.finditer(text)
                      if not any(a <= m.start() < b for a, b in taken)]
    if search_active(turn) and state.similar_to:
        # "anything else with <person>?" after a list like a title: the anchor is the title they are known from
        anchor = anchor_id(state)
        if anchor and anchor not in ids:
            ids.append(anchor)
    return ids, spans


# Round 24b: a title said to be one of the search's ("<title> is one, right? others", "<title> was in there, any
# others", "is <title> one of his? what else"): the viewer knows it; the search goes on without it (fresh picks).
_COUNTED_AFTER_RE = re.compile(r"\s*(?:is|was|'s|’s)\s+(?:(?:also|def(?:initely)?|probably)\s+)?(?:one\b|in\s+(?:it|there|that|the\s+list)\b"
                               r"|on\s+(?:it|there|the\s+list)\b|(?:his|hers|theirs)\b)", re.IGNORECASE)
_COUNTED_BEFORE_RE = re.compile(r"\b(?:is|was|isn'?t|wasn'?t)\s+$", re.IGNORECASE)
_COUNTED_ONE_OF_RE = re.compile(r"\s*(?:one\s+of\s+(?:them|those|these|his|hers|theirs|(?:his|her|their)\s+\w+)|in\s+(?:it|there))\b",
                                re.IGNORECASE)


_TAG_QUESTION_RE = re.compile(r"[\s,]*(?:right|yeah|yes|no|innit|correct|isn'?t\s+it|wasn'?t\s+it|yea|ya)\b", re.IGNORECASE)


def counted_in_the_search(turn: Turn) -> list[tuple[int, int]]:
    """The spans of the words saying a title is one of the search's, when the message asks for others too (``_COUNTED_*``:
    the "is one" and a tag question after it, never a topic), while a search is active; empty otherwise."""
    text = turn.text or ""
    if not search_active(turn) or text.startswith("/") or not _FILMOGRAPHY_RE.search(text):
        return []
    spans: list[tuple[int, int]] = []
    for e in turn.entities:
        if e.name != "title" or e.excluded or e.start is None or e.end is None:
            continue
        m = _COUNTED_AFTER_RE.match(text, e.end) or (
            _COUNTED_ONE_OF_RE.match(text, e.end) if _COUNTED_BEFORE_RE.search(text[:e.start]) else None)
        if m is not None:
            tag = _TAG_QUESTION_RE.match(text, m.end())
            spans.append((m.start(), tag.end() if tag else m.end()))
    return spans


def plan_recommendation(turn: Turn, intent: Optional[str] = None) -> Union[Plan, Question]:
    """The plan for this turn; ``intent`` overrides the classified one. Whatever the intent, a message
    that edits the active search is planned as that edit (docs/contracts.md "Dialogue edit rules")."""
    turn = corrected_person(turn) or turn  # "nah <person>" after another person's titles: that person, no turn-down
    known, spans = known_from_titles(turn)
    if not known and not spans:
        return _scare_as_a_mood(_other_than_the_title_in_talk(_seen_on_the_way(_alone_now(_with_people_turned_down(
            _people_named_together(_without_earlier_anchor(_plan_recommendation(turn, intent), turn), turn), turn),
            turn), turn), turn), turn)
    text = turn.text or ""
    for a, b in spans:  # the title they are known from: no topic, no "like" anchor
        text = text[:a] + " " * (b - a) + text[b:]
    entities = [e for e in turn.entities
                if not (e.name == "title" and any(e.start is not None and a <= e.start < b for a, b in spans))]
    if counted_in_the_search(turn):  # "<title> is one right? others": more of the same search, that title left out
        intent = "something_else"
    plan = _plan_recommendation(replace(turn, text=text, entities=entities), intent)
    if isinstance(plan, Plan):
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + known))
    return _scare_as_a_mood(_other_than_the_title_in_talk(_seen_on_the_way(_alone_now(_with_people_turned_down(
        _people_named_together(_without_earlier_anchor(plan, turn), turn), turn), turn), turn), turn), turn)


def _scare_as_a_mood(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """Round 30C: whichever rule planned the turn, a scare wished for softly or for a little child asks for the horror
    / thriller shelves only while they have titles for the rest of the search; when they have none ("a horror film for
    my 4 year old", then "a bit spooky but cute then"), the scary mood alone ranks the search
    (``constraints.scare_as_a_mood``, run as ``Plan.unless_empty`` and said so). With a little child watching, a
    fallback another rule set falls back without the shelves too."""
    if not isinstance(plan, Plan):
        return plan
    gentle = scare_as_a_mood(plan.constraints, turn.entities, turn.text)
    if gentle == plan.constraints:
        return plan
    if plan.unless_empty is None:
        plan.unless_empty, plan.empty_note = gentle, wording.gentler_scares()
        return plan
    if plan.constraints.audience not in LITTLE_CHILD_AUDIENCES:
        return plan  # grown-ups keep the other rule's fallback ("romantic but also a bit spooky": romance or horror)
    for name in ("unless_empty", "state_if_empty", "unless_anchor_fits"):
        state = getattr(plan, name)
        if state is not None:
            setattr(plan, name, scare_as_a_mood(state, turn.entities, turn.text))
    plan.empty_note = wording.gentler_scares()
    return plan


def _other_than_the_title_in_talk(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """Round 24b: "other <person> movies" after "do you have <title> with <person>", "<title> is one, right? others":
    whichever rule planned the turn (a person pivot, a new search, an edit), a message asking for other / more / else
    leaves out the titles the conversation is about (``mentioned_title_ids``: the card in focus, the "like" title, the
    titles named in the recent messages), unless one is the new "like" anchor. Never let back in as "shown again"."""
    if not isinstance(plan, Plan) or not search_active(turn) or not _OTHER_THAN_IT_RE.search(turn.text or ""):
        return plan
    anchor = anchor_id(plan.constraints)
    talked = [i for i in mentioned_title_ids(turn) if i != anchor]
    if talked:
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + talked))
        plan.again_if_empty = [i for i in plan.again_if_empty if i not in set(talked)]
    return plan


def _seen_on_the_way(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """"We already saw <title>, other scary movies?", "seen <title>, what else like it": the title is recorded as seen
    and never offered in this conversation, and the request is answered (actions/title_in_talk.py)."""
    if not isinstance(plan, Plan) or plan.seen_ids:
        return plan
    seen = seen_on_the_way(turn)
    if not seen:
        return plan
    ids = [str(r.item_id) for r in seen]
    plan.seen_ids, plan.seen_titles = ids, [] if plan.rejected_title else [str(r.title) for r in seen]
    plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + ids))
    plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + ids))
    return plan


def _with_people_turned_down(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """"With <actor> but not the <director> ones": the titles of the people turned down by name stay out
    (``person_parts.people_turned_down``), unless the plan already decided whose titles go."""
    down = people_turned_down(turn)
    if isinstance(plan, Plan) and plan.exclude_people is None and down is not None:
        plan.exclude_people = down
    return plan


def anchor_id(state: Constraints) -> Optional[str]:
    """The catalog id of the search's "like" anchor (``similar_to`` is an id when it differs from its display
    title, else the title as said, looked up), or None."""
    if not state.similar_to:
        return None
    return state.similar_to if state.similar_to != state.similar_title else lookup_title_id(state.similar_to)


def _without_earlier_anchor(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """The title a search was like stays out when the search moves on to another anchor ("shows like Sherlock",
    then "more like the second one"): the viewer named it, they know it, and it would otherwise come back as the
    closest match of the new anchor."""
    if isinstance(plan, Plan) and search_active(turn) and turn.constraints.similar_to \
            and plan.constraints.similar_to and plan.constraints.similar_to != turn.constraints.similar_to:
        earlier = anchor_id(turn.constraints)
        if earlier and earlier != anchor_id(plan.constraints):
            plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + [earlier]))
    return plan


def _people_named_together(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """A search for two or more people, one of them named in this turn ("movies with A and B", "and B" / "B too"
    after A's titles): the action checks that the catalog has a title with them all, else searches either of them
    (``Plan.either_if_apart``). One person in two roles ("and with him acting") is one person."""
    if isinstance(plan, Plan):
        state = plan.constraints
        names = set(state.actors) | set(state.directors)
        named = any(e.name in ("actor", "director") and not e.excluded for e in turn.entities)
        plan.either_if_apart = len(names) >= 2 and named
        plan.together_only = plan.either_if_apart and bool(_TOGETHER_RE.search(turn.text or ""))
    return plan


# Words that ask for people in one title: "both A and B", "A and B together", "in the same film", "with each other".
_TOGETHER_RE = re.compile(r"\b(?:both|together|in\s+the\s+same\s+(?:film|movie|show|series|title|thing|one)"
                          r"|with\s+each\s+other|at\s+the\s+same\s+time|side\s+by\s+side|co-?star\w*)\b", re.IGNORECASE)


def _plan_recommendation(turn: Turn, intent: Optional[str] = None) -> Union[Plan, Question]:
    intent = intent or turn.intent
    comparatives = title_comparatives(turn.text, turn.entities)
    if comparatives:
        return _plan_title_comparative(turn, intent, comparatives)
    try:
        opinion = opinion_turn_down(turn)
    except UnresolvedReference as exc:
        return Question(exc.message)
    if opinion is not None:  # "the second one looks boring, others?": left out, the search kept, never a pivot to it
        return _plan_rejection(turn, opinion)
    named = titles_turned_down_by_name(turn)
    if named is not None:
        request = _request_beside_named(turn, named)
        if request is not None:  # "werewolf stuff now, none of the twilight ones": that request, the franchise left out
            return _with_named_left_out(_plan_recommendation(request, intent), turn, named)
        return _plan_without_named_titles(turn, named)  # "skip the rocky ones": every title with the word, for good
    liked = listed_like_asking_for_more(turn)
    if liked is not None:
        # "loved the third one, more like that": the like is recorded, the answer is picks like it
        plan = _with_rejected(_plan_more_like(turn), turn)
        if isinstance(plan, Plan):
            plan.liked_ids = [str(liked.item_id)]
        return plan
    if intent == "more_like" and _names_unshown_title(turn) and not _points_back_at_the_title_named(turn):
        intent = "request_recommendation"  # "more like Dark" out of the blue is a new search
    if intent == "more_like" and _likeness_of_looks_only(turn):
        intent = "request_recommendation"  # "people say i look like <actor>, show me her stuff": a person asked for
    if intent == "more_like" and _edits_without_anchor(turn):
        intent = "refine"  # "like really long, 7 seasons or more": a hedge "like" and constraints, no title
    if intent == "more_like" and search_active(turn):
        try:
            rejection = find_rejection(turn, intent)
        except UnresolvedReference as exc:
            return Question(exc.message)
        if rejection is not None:  # "not feeling number three, show more": left out, never a pivot to it
            return _plan_rejection(turn, rejection)
    if search_active(turn) and turns_down_person(turn):
        return _with_rejected(_plan_without_person(turn), turn)  # "something similar but not by him"
    if intent == "more_like":
        return _with_rejected(_plan_more_like(turn), turn)
    if search_active(turn):
        try:
            rejection = find_rejection(turn, intent)
        except UnresolvedReference as exc:
            return Question(exc.message)
        if rejection is not None:
            return _plan_rejection(turn, rejection)
        seen = find_seen(turn, intent)
        if seen is not None:
            return _plan_seen(turn, seen)
        narrowing = find_people_narrowing(turn)
        if narrowing is not None:
            return _with_rejected(_plan_people_narrowed(turn, narrowing), turn)
        added_role = role_added(turn)
        if added_role is not None:  # "and with him acting" after a director's films: both roles, the rest kept
            return _with_rejected(_plan_role_added(turn, added_role), turn)
        person_edit = find_person_edit(turn)
        if person_edit is not None:
            return _with_rejected(_plan_person_edit(turn, person_edit), turn)
        pivot = find_person_pivot(turn, intent)
        if pivot is not None and not _nobody_to_pivot_to(turn, pivot):
            return _with_rejected(_plan_person(turn, pivot), turn)
        unwanted = negated_topic(turn)
        if unwanted is not None:
            return _with_rejected(_plan_without_topic(turn, unwanted), turn)
        if asks_for_all_genres(turn):
            return _with_rejected(_plan_all_genres(turn), turn)
        watcher = settles_for_audience(turn)
        if watcher is not None:  # "ok then just something for her age" after nothing matched
            return _with_rejected(_plan_for_the_audience(turn, watcher), turn)
    state = turn.constraints
    shown_minutes = _shown_minutes(turn)
    entities = request_entities(turn.text, turn.entities)  # a long message: its request sentence
    entities = tastes_turned_down(turn.text, entities)  # "my sister loves horror but I can't stand it": no horror
    entities, not_chosen = chosen_alternatives(turn.text, entities)  # "a movie or a show? let's see movies": movies
    entities = qualified_exclusions(turn.text, entities)  # "no more dramas that are british": dramas, not British
    entities = _subject_words_as_topic(turn.text, entities)  # "kids show about animals": kids, the animals rank
    entities = turned_down_genres(turn.text, entities)  # "horror is too much": that genre turned down
    entities += long_series_cues(turn.text, entities)  # "a long anime series": several seasons
    # "with more seasons than that" after titles like one: more seasons than that title (round 34)
    seasons_of_anchor = season_shift_of_anchor(turn.text, entities, compared=True) if (
        search_active(turn) and state.similar_to and not turn.focused_id) else []
    entities += seasons_of_anchor
    if search_active(turn) and not seasons_of_anchor:  # "at least four" after anime with many seasons; "fewer seasons pls"
        entities += search_bound_cues(turn.text, entities, state,  # "more seasons than that" after a card: past it
                                      season_comparison_items(turn.text, turn.last_items, turn.focused_id))
        entities = widened_said_bounds(turn.text, entities, state)  # "two seasons would be fine too"
        entities = reset_said_bounds(turn.text, entities, state)  # "let's say 2 hours" after "under 80 minutes"
        entities = narrowed_bounds(turn.text, entities, state)  # "at least 90 though" after "under 2 hours": 90-120
        # "even less" after "less scary": the last relative edit once more; "still too gory": one step milder
        entities += repeated_edit(turn, entities) or milder_step(
            relative_edit(turn.text, entities, state, turn.last_items), turn.text, state, turn.last_items)
        entities = series_size_words(turn.text, entities, state, turn.last_items)  # "a short one" of series
        entities = shorter_by_being_films(entities, turn.last_items)  # "shorter, like a movie" after series
        entities = short_as_shorter(turn.text, entities, turn.last_items)  # "but short" after 2-hour films: shorter
    relative_to_list = False
    topic_entities: list[Entity] = []
    if search_active(turn):
        # "about space" after comedies: the topic ranks, it never replaces the genre or the format.
        entities, topic_entities = topic_reply_entities(turn.text, entities)
    about_entities = list(topic_entities)  # read inside "about …": a subject genre may be asked for too
    # round 28A: "actually zombies are fine" after zombies were ruled out: the subject is let in again, the rest kept
    lifted, lifted_spans = topics_let_in(turn.text, state) if search_active(turn) else ([], [])
    bare_topic = bare_topic_reply(turn.text, entities) if search_active(turn) and not lifted else None
    if bare_topic is not None:  # "cooking" after comedy films: comedy films about cooking ("space": not sci-fi)
        entities, topic_entities = [e for e in entities if e not in bare_topic], topic_entities + bare_topic
    if search_active(turn):
        # "any from the year after?" after films from 2004: 2005, the rest of the search kept
        entities += relative_year_cues(turn.text, entities, state, _shown_years(turn))
    if turn.last_items:
        entities += recency_cues(turn.text, entities)  # "new ones": newer than the list shown
        entities = _era_words_beside_comparatives(turn.text, entities)  # "newer, the kids won't watch old stuff"
        entities += list_comparatives(turn.text, entities)  # "shorter than those": shorter than the list shown
        entities = far_end_order(turn.text, entities)  # "whichever is the newest": the search ordered (round 28B)
        # "a bit longer, like around 100" (round 24b), "older ones", "less gory" (round 31C): fresh picks first
        relative_to_list = edits_relative_to_the_list(turn, entities)
        entities = _relative_edits_only(turn.text, entities, state, shown_minutes)
        entities = conventional_formats_yield(turn.text, entities, state)  # "romcom ones" after k-dramas: series
        if intent not in ("something_else", "more_like") and (wants_more_picks(turn.text) or turns_down_list(turn.text)):
            intent = "something_else"  # "another one", "any others", "meh, bored": the same search, fresh picks
    entities = _without_absent_children(turn.text, entities, turn.earlier)  # "the kids went to bed, for adults now"
    entities = ages_compared(turn.text, entities)  # "her cousin is 9 so a bit older is fine": no older titles
    if search_active(turn):  # "my eldest just got back too, she's 12": a cap beside the younger one's, never in place of it
        entities = joining_as_caps(turn.text, entities, state)
        entities = known_children_as_caps(turn.text, entities, state, turn.earlier)  # "the 13 year old will revolt"
    addition: list[Entity] = []
    if search_active(turn):
        entities, addition = _additive_genres(turn.text, entities, state)  # "plus some comedy": both genres
        entities = _origin_alternatives(turn.text, entities, state)  # "or spanish, either is fine" after Italian: either
        entities = adults_watch_too(turn.text, entities, state)  # "…the adults enjoy too": the family cap stays
        entities = cartoons_grown_up(turn.text, entities, state, turn.earlier)  # "cartoons" → "for adults": anime
        entities = animation_turned_down_for_children(turn.text, entities, state)  # "no cartoons": no anime, kids stay
        entities = horror_toned_down(turn.text, entities, state)  # "not that scary" after horror: thriller instead
        entities = widened_ratings(turn.text, entities, state)  # "R is fine too" after PG-13: both ratings
    removal = find_removals(turn.text, entities, state) if search_active(turn) else Removal()
    entities = [e for e in entities if not removal.consumes(e)] + list(removal.exclusions)
    # "doesn't have to be sharks", "any doc, not just space": the topic or genre let go, fresh picks (round 28B)
    let_go = topics_let_go(turn.text, state, entities) if search_active(turn) else None
    if let_go is not None:
        entities = [e for e in entities if not let_go.consumes(e)]
    if any(name == "genre" for name, _ in removal.values):  # "trade the romance for horror": it joins what stays
        entities = [replace(e, role=ADD) if e.name == "genre" and e.role is None else e for e in entities]
    if intent != "request_recommendation" and turn.last_items:
        entities += cue_entities(turn.text, entities)
    # "like X but shorter": comparatives are relative to a title named in this turn (else to the list)
    anchored = _names_anchor(entities)
    but_of_anchor = not anchored and (_but_of_the_anchor(turn.text, state) or bool(seasons_of_anchor))
    entities, shifts = split_shifts(entities, relative=anchored or but_of_anchor)
    if but_of_anchor and turn.last_items:
        # "but newer" after "like Jaws": newer than the title and than the list shown — the stricter bound stands
        # (contrast._years keeps a year bound already past the title's)
        entities += [e for e in shifts if e.name == "year" and e.value in ("newer", "older")]
    spent = (entities + shifts + removal.as_entities() + _marker_spans(turn.text)
             + _wish_predicate_spans(turn.text, entities) + addition
             + viewer_state_spans(turn.text, entities) + not_chosen  # "we're wiped out": a reason, not a topic
             + [Entity("_lifted_topic", "", None, a, b) for a, b in lifted_spans])
    if let_go is not None:
        spent += let_go.as_entities()
    topic = residual_query(turn.text, spent)
    said = entities + plain_entities([e.value for e in shifts])  # what the comparatives mean, for the edit rules
    # Words left over next to constraints are a new subject only with topic evidence ("about", "set in", "with
    # zombies", a long request of its own); a remark ("under 90 minutes, long week") edits the search.
    has_topic = topic is not None and (not search_active(turn) or not _says_constraints(said)
                                       or topic_evidence(turn.text, topic, said))
    # A topic the extractor read as constraints ("something about true crime", "something about sport maybe"
    # while docuseries are shown) carries search words: an edit of the active search, never a new one.
    after_nothing = search_active(turn) and turn.pending_relaxation is not None
    swapped = _genre_swapped_after_nothing(turn, said, state) if after_nothing and not has_topic else None
    if swapped is not None:
        state = swapped  # "ok whatever, crime then" after no Spanish thriller series: the offer, then this genre (35)
    new_search = swapped is None and starts_new_search(intent, said, state, has_topic=has_topic, text=turn.text,
                                                       after_nothing=after_nothing)
    new_search = new_search and let_go is None  # a topic let go edits the search (round 28B)
    # "any with a female lead?" after thrillers: the people of the titles shown, a topic of the search (round 30)
    new_search = new_search and not (search_active(turn) and wishes_for_performers_gender(turn))
    if not removal and not lifted and not topic_entities and bare_topic is None and new_search:
        if not search_active(turn) or not state.media_type:  # "i want a horror": a film ("a horror series" says not)
            entities = entities + singular_genre_films(turn.text, entities)
        new_state = _same_company(apply_entities(Constraints(), entities, shown_minutes=shown_minutes), turn, entities)
        new_state = _same_person(new_state, turn, entities)  # "fine, just his comedies then": still his
        new_state.query = topic
        shown: list[str] = []
    else:
        if not state.media_type and takes_back_the_genre(turn.text, entities):
            # "forget that, i want a horror now" after a search of no format: a film, as a new request would be
            entities = entities + singular_genre_films(turn.text, entities)
        base = remove_values(remove_fields(state, removal.groups), removal.values)
        entities = sub_kinds_of_the_search(turn.text, entities, base)  # "not concerts" after musicals (round 25c)
        if corrects_the_search(turn) and any(e.name == "genre" and not e.excluded and e.role != ADD for e in entities):
            # "no i said comedy": the genres the bot read go, all of them; a genre said in words of addition joins
            # them ("i wanted to add some romance", "i was looking for something with romance too")
            base = replace(base, genres=[], any_genres=[])
        if topic_in_place_of_genres(turn.text, topic, entities, base):
            base = replace(base, genres=[], any_genres=[])  # "zombie movies instead" after romances (round 30)
        new_state = _alone(apply_entities(base, entities, shown_minutes=shown_minutes, shown_years=_shown_years(turn)),
                           turn)
        new_state = fiction_drops_forms(new_state, turn.text)  # "a real film" after documentaries: no form kept
        new_state.exclude_topics = [t for t in new_state.exclude_topics if t not in lifted]
        new_state = people_together(new_state, turn.text, entities)  # "any with both?" after "A or B" (round 25b)
        new_state.query = topic or base.query
        if let_go is not None:
            new_state = let_go.applied_to(new_state)
        shown = turn.shown_ids
    unchanged = new_state == state and bool(turn.last_items) and not shifts
    if (unchanged and intent == "refine" and not removal and not _says_constraints(said)
            and not any(e.name == TITLE_COMPARATIVE for e in turn.entities)):
        # Nothing understood to change: re-running the same search would look like being ignored.
        return Question("What should I change? You can say things like “shorter”, “only movies”, "
                        "“no horror” or “from the 90s”.",
                        buttons.refinement_buttons(state, bool(shown_minutes)))
    # "something else", a removal of something that was not set, or a restatement of what the search has ("yes
    # horror" after horror): the same search, fresh picks.
    exclude = list(shown) if intent == "something_else" or unchanged else []
    if turn.last_items and _OTHERS_RE.search(turn.text or ""):
        exclude += turn.shown_ids  # "other nigerian films" after a director's: none of the titles just shown
    if _OTHER_THAN_IT_RE.search(turn.text or ""):
        # "other zombie films" after a title's card or a message naming it: never that title again
        exclude += [i for i in mentioned_title_ids(turn) if i != anchor_id(new_state)]
    exclude += _anchor_title_id(new_state, entities)
    like_ids = _like_every_title(new_state, entities)  # "similar to both X and Y": none of them offered back
    plan = Plan(new_state, exclude_ids=exclude + like_ids, shown_ids=shown, like_ids=like_ids,
                carried=_carried(new_state, apply_entities(Constraints(), entities, shown_minutes=shown_minutes)))
    if unchanged and intent != "something_else" and not _OTHERS_RE.search(turn.text or ""):
        # "just the horror ones" when the search is horror already: fresh picks first, else the matching ones again
        shown_may_return(plan, turn)
    elif search_active(turn) and turn.shown_ids and (removal or lifted or _topics_added(state, new_state) or relative_to_list or _widens_origin(entities) or (new_search and (
            gives_up_the_narrowing(turn.text, entities) is not None
            or after_nothing and settles_after_nothing(turn.text, entities)))):
        # round 24b: a generalising edit ("whatever he's got then", "any length is fine", "just any anime then") shows
        # titles not shown yet first; only when none match do the ones shown come back (and the answer says so)
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + turn.shown_ids))
        shown_may_return(plan, turn)
    if let_go is not None and turn.shown_ids and not set(turn.shown_ids) <= set(plan.exclude_ids):
        # round 28B: fresh picks of the wider search first; the ones shown come back only when none match
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + turn.shown_ids))
        shown_may_return(plan, turn)
    if shown and (new_state.exclude_countries != state.exclude_countries
                  or new_state.exclude_languages != state.exclude_languages):
        said_genres = {e.value for e in entities if e.name == "genre"}
        plan.origin_bound_genres = [g for g in new_state.genres if g in state.genres and g not in said_genres]
    narrowed = mood_genre_family(new_state, entities, state.mood if shown else (),
                                 keeps_earlier=bool(_KEEPS_EARLIER.search(turn.text or "")), text=turn.text)
    if narrowed is None and shown:  # "not too sappy, make it funny" after romances: romantic comedies, if any
        narrowed = mood_adds_flavour(state, new_state, entities, turn.text)
    if narrowed is not None:
        plan.constraints, plan.unless_empty = narrowed, new_state
    else:
        # "comedy too" after horror: both, else either; "documentaries specifically" after sports: both, else docs
        _either_genre_unless_both(plan, state, entities, narrowing=any(a.name == NARROWING for a in addition))
        if not shown:  # "my partner likes romcoms, i like crime": every genre, else titles of either side
            _either_side_unless_together(plan, turn.text, entities)
    joined = moods_joined(turn.text, entities)
    if joined:  # "funny ones that are also a bit spooky": comedy and horror, else either
        _both_mood_genres(plan, joined)
    if turn.last_items and any(e.name == "year" and e.value in ("newer", "older") for e in entities):
        plan.state_if_empty = state
    _contrast(plan, shifts, entities, anchor=None, shown_minutes=shown_minutes, shown_years=_shown_years(turn),
              but=_but_after_anchor(turn.text, entities))
    _require_subject_genres(plan, about_entities)  # "about sports" after documentaries: sports documentaries
    _subject_genres(plan, residual_words(turn.text, spent), turn.text)  # "heist movies": thrillers, action or crime
    comparative = _comparative_moods(turn.text, entities, shifts) if shown and not new_state.similar_to else []
    if comparative and not any(e.name == "genre" and not e.excluded for e in entities):
        _add_mood_family(plan, state, comparative, turn.text)  # "funnier" after romances: romance + comedy
    if search_active(turn) and state.similar_to and plan.constraints.similar_to == state.similar_to:
        _new_company_leaves_the_anchor(plan, turn, intent, entities, topic)
    if removal.person_dismissed and turn.last_items:  # "forget her, just any stand-up": her special is not offered again
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + [str(i["id"]) for i in turn.last_items]))
    _story_kinds_yield(plan, entities, turn.text)
    _classic_shelf_first(plan, entities, turn.text)
    _classic_beside_older(plan, entities, turn)
    _old_widens_to_a_generation(plan)
    _relative_years_within_catalog(plan, entities, turn)
    return _with_rejected(_finish(plan), turn)


def _story_kinds_yield(plan: Plan, entities: Sequence[Entity], text: Optional[str]) -> None:
    """Round 35: a long message whose story names a kind ("i've been on a total nostalgia kick …") and whose request
    sentence names a person or a title ("… what jim carrey stuff do you have"): the request decides. The story's
    genres are asked for first; when nothing is both, the request alone runs (``Plan.unless_empty``) and says so —
    the viewer asked for the person, never for an empty answer offering to drop the story's word."""
    if plan.unless_empty is not None or not text or text.startswith("/"):
        return
    start, end = request_span(text)
    if start == 0:
        return
    def inside(e: Entity) -> bool:
        return e.start is not None and e.end is not None and start <= e.start and e.end <= end
    if not any(e.name in SUBJECT_ENTITIES and not e.excluded and inside(e) for e in entities):
        return
    story = {str(e.value) for e in entities if e.name == "genre" and not e.excluded and e.end is not None
             and e.end <= start and not any(o.name == "genre" and o.value == e.value and inside(o) for o in entities)}
    kept = [g for g in plan.constraints.genres if g not in story]
    if not story or kept == plan.constraints.genres:
        return
    plan.unless_empty = replace(plan.constraints, genres=kept)
    plan.empty_note = wording.story_kinds_left_out(sorted(story & set(plan.constraints.genres)))


def _topics_added(before: Constraints, after: Constraints) -> bool:
    """Round 28A: the turn rules a subject out of the search shown ("and nothing about zombies"): fresh picks first, as
    for a topic turned down after a list (``_plan_without_topic``); the shown ones that still fit come back only when
    nothing else does."""
    return bool(set(after.exclude_topics) - set(before.exclude_topics))


# The words of an era said with its years ("the last two years", "past decade", "from the 2010s"): a bound of its own.
_ERA_WITH_YEARS_RE = re.compile(r"\d|\b(?:years?|decades?|century|centuries|yrs?)\b", re.IGNORECASE)


def _era_words_beside_comparatives(text: Optional[str], entities: list[Entity]) -> list[Entity]:
    """``entities`` without a catalog era word ("old", "recent", "not too old": ``recent`` / ``old`` values) said in the
    same message as "newer" / "older" after a list (round 22e): "newer than that, the kids won't watch old stuff",
    "something older, we like old things" stay relative to the list shown; the era word is the comparative's reason,
    never an absolute era of its own. An era said with its years ("newer, from the last two years") and the classic
    band ("older, classics": round 20g's classic narrowing) stay."""
    if not text or text.startswith("/") or not any(
            e.name == "year" and not e.excluded and e.value in ("newer", "older") for e in entities):
        return entities
    def reason(e: Entity) -> bool:
        return (e.name == "year" and not e.excluded and e.value.partition(":")[0] in ("recent", "old")
                and not _is_classic_word(e) and e.start is not None and e.end is not None
                and not _ERA_WITH_YEARS_RE.search(text[e.start:e.end]))
    return [e for e in entities if not reason(e)]


# The catalog's classic shelf ("Classic Movies", "Classic & Cult TV"). Its cult shelf is no classic one: "Cult Movies"
# holds this century's cult films ("cult classics" names it: the cult genre).
CLASSIC_SHELF = CLASSIC_GENRE


def _classic_shelf_first(plan: Plan, entities: Sequence[Entity], text: Optional[str]) -> None:
    """"classic movies", "the classics" (the year entity ``old:CLASSIC_YEARS``): a classic is what the catalog files as
    one, on its classic shelf (the classic years alone let an ordinary 1988 film in and leave a tagged 1994 classic
    out), of another generation (``GENERATION_YEARS``: the catalog's "Classic & Cult TV" also files series running today);
    only when the shelf has nothing for the rest of the search does it fall back to the classic years (released 1990
    or before on the bundled catalog: ``Plan.unless_empty``). Round 20e."""
    new = plan.constraints
    if plan.unless_empty is not None or new.older_than_years != CLASSIC_YEARS or new.year_min or new.year_max \
            or CLASSIC_SHELF in new.genres + new.any_genres + new.exclude_genres:
        return
    if not any(e.name == "year" and e.value == f"old:{CLASSIC_YEARS}" and not e.excluded
               and _CLASSIC_WORD_RE.search(_span_text(text, e)) for e in entities) \
            or any(e.name == "year" and e.value in ("older", "newer") for e in entities):
        return  # "older ones, like classic" after a list: older than the list, the classic years (``_relative_years``)
    shelf = replace(new, older_than_years=GENERATION_YEARS, genres=[*new.genres, CLASSIC_SHELF])
    plan.constraints, plan.unless_empty = shelf, new


# Only the word "classic(s)" names the shelf; "old-fashioned", "from way back" ask for the classic years alone.
_CLASSIC_WORD_RE = re.compile(r"\bclassics?\b", re.IGNORECASE)


def _span_text(text: Optional[str], e: Entity) -> str:
    """The words an entity was read from (all the text when its span is unknown)."""
    if not text:
        return ""
    return text[e.start:e.end] if e.start is not None and e.end is not None else text


def _is_classic_word(e: Entity) -> bool:
    return not e.excluded and ((e.name == "genre" and e.value == CLASSIC_SHELF)
                               or (e.name == "year" and e.value == f"old:{CLASSIC_YEARS}"))


def _classic_beside_older(plan: Plan, entities: Sequence[Entity], turn: Turn) -> None:
    """"more old ones, classic" / "older, classics" after a list (Egyptian comedies): the old or older years are the
    request and the classic word only narrows it while it can — the classic shelf or the classic years first, and
    when they have nothing for the rest of the search, the old / older years alone (``Plan.unless_empty``), never an
    empty answer while older titles exist. Round 20g."""
    if plan.unless_empty is not None or not turn.last_items or not any(_is_classic_word(e) for e in entities):
        return
    olds = [e for e in entities if e.name == "year" and not e.excluded and not _is_classic_word(e)
            and (e.value in ("old", "older") or e.value.startswith("old:"))]
    if not olds:
        return
    new = plan.constraints
    without = replace(new, genres=[g for g in new.genres if g != CLASSIC_SHELF],
                      any_genres=[g for g in new.any_genres if g != CLASSIC_SHELF])
    fallback = apply_entities(without, olds, shown_years=_shown_years(turn))
    if fallback != new:
        plan.unless_empty = fallback


def _old_widens_to_a_generation(plan: Plan) -> None:
    """"old horror movies", "something vintage" (``OLD_YEARS``: of another era, 1990 and before on the bundled catalog):
    when the catalog has nothing that old for the rest of the search ("old k-dramas"), the search widens to a
    generation back (``GENERATION_YEARS``) and says so (``Plan.unless_empty``), never an empty answer while titles of
    a generation ago exist. Round 31."""
    new = plan.constraints
    if plan.unless_empty is not None or new.older_than_years != OLD_YEARS or new.year_min or new.year_max:
        return
    plan.unless_empty = replace(new, older_than_years=GENERATION_YEARS)
    plan.empty_note = wording.nothing_that_old()


def _relative_years_within_catalog(plan: Plan, entities: Sequence[Entity], turn: Turn) -> None:
    """"newer" after a list already of the newest year the search reaches (its middle year + 1 is past every title,
    2021 for the bundled catalog): when the strict search is empty, nothing is newer, and the answer says so with no
    list, offering more from the list's newest year (``Plan.past_the_list``) — never titles of the same year shown as
    "newer", never years the catalog does not reach; "older" after a list of its oldest years likewise. A year said
    beside the comparative ("older, from before 2000") is the bound asked: it wins, and an empty answer is the usual
    one with its relaxation. Round 20g, round 21f."""
    if plan.unless_empty is not None or not turn.last_items:
        return
    said = {e.value for e in entities if e.name == "year" and not e.excluded}
    years = _shown_years(turn)
    new = plan.constraints
    if not years or len(said & {"newer", "older"}) != 1 or said - {"newer", "older"}:
        return
    if "newer" in said and new.year_min is not None and new.year_min > max(years):
        plan.past_the_list = PastTheList(True, max(years), replace(new, year_min=max(years)))
    elif "older" in said and new.year_max is not None and new.year_max < min(years):
        plan.past_the_list = PastTheList(False, min(years), replace(new, year_max=min(years)))


# Who is watching said anew without an audience the extractor reads: "for all of us", "with the grandkids", "the
# whole gang", "my nephews are over".
_NEW_COMPANY_RE = re.compile(
    r"\b(?:for|with)\s+(?:all\s+of\s+us|us\s+all|everyone|everybody|the\s+whole\s+(?:family|gang|group|crew|lot))\b"
    rf"|\b(?:the|my|our)\s+(?:little\s+|two\s+|three\s+)?(?:{CHILD_KIN_PATTERN})\b", re.IGNORECASE)


# Words that keep the search's likeness with new company ("make it ok for the kids too", "the same but for my son"); a
# reply opening with "but" qualifies the search shown ("but something my 8 year old can watch", round 36).
_KEEPS_THE_ANCHOR_RE = re.compile(r"\b(?:make\s+(?:it|them|that)|same|still|keep|also|too|as\s+well|similar|instead"
                                  r"|like\s+(?:it|that|this|those|these|them))\b|^\W*but\b", re.IGNORECASE)


def _new_company_leaves_the_anchor(plan: Plan, turn: Turn, intent: Optional[str], entities: Sequence[Entity],
                                   topic: Optional[str]) -> None:
    """A new request naming no title while the search is "like <title>", for new company: "we've got the grandkids
    this weekend, a film for all of us" is a new search (the anchor and the rest of the old search go); "now
    something for my 6 year old" is one too when the title is rated above the children's cap, which the action
    reads (``Plan.unless_anchor_fits``). A title named, an edit marker ("make it for the kids too") or a refinement
    label keep the anchor."""
    text = turn.text or ""
    if intent != "request_recommendation" or text.startswith("/") or _KEEPS_THE_ANCHOR_RE.search(text) \
            or any(e.name == "title" and not e.excluded for e in entities) or _only_who_is_watching(text, entities):
        return
    fresh = apply_entities(Constraints(), [e for e in entities if e.name != "title"], shown_minutes=_shown_minutes(turn))
    fresh.query = topic
    children = [e for e in entities if e.name == "audience" and not e.excluded and e.value in CHILDREN_AUDIENCES]
    if children:
        plan.unless_anchor_fits = fresh
    elif _NEW_COMPANY_RE.search(text) and not any(e.name == "audience" and not e.excluded for e in entities):
        plan.constraints, plan.unless_empty, plan.exclude_ids = fresh, None, list(turn.rejected_ids)


# The words around who is watching in a reply that says nothing else ("for my 4 yr old", "ok for a 9 y/o?", "clean
# for the fam", "and it has to be fine for the kids"): an edit of the search shown, its likeness kept.
_WATCHER_FILLER_RE = re.compile(
    r"\b(?:for|a|an|the|my|our|ok|okay|k|but|and|so|it|its|it's|they|them|is|are|be|should|has|have|got|needs?|to|must"
    r"|though|tho|please|pls|plz|what|about|how|with|of|also|then|just|only|hmm|um|oh|yeah|yes|no|clean|safe|fine"
    r"|appropriate|suitable|friendly|family[\s-]friendly|kid[\s-]friendly|watchable|something|that|ones?|one|can|would"
    r"|work|works|watch|too|y/?o|yo|yr|yrs|year|years|old|fam|family|kids?|kiddos?|children|little\s+ones?|all\s+ages)\b"
    r"|[^\w\s]", re.IGNORECASE)
# a wish for a new list ("something", "now a movie", "a film for …") is a new request for new company, not a reply
_NEW_REQUEST_WORD_RE = re.compile(r"\b(?:now|something|anything|movie|movies|film|films|show|shows|series)\b",
                                  re.IGNORECASE)


def _only_who_is_watching(text: str, entities: Sequence[Entity]) -> bool:
    """Whether the message says who is watching (an audience or a rating) and nothing else besides filler: a reply to
    the list shown, which narrows the search it made ("for my 4 yr old" after titles like a sitcom: titles like it
    that a 4-year-old may watch), never a new request ("now a movie for my 5 year old")."""
    said = [e for e in entities if not e.excluded]
    if not said or any(e.name not in ("audience", "rating") for e in said) or any(e.start is None for e in said):
        return False
    rest = text
    for e in sorted(said, key=lambda e: e.start or 0, reverse=True):
        rest = rest[:e.start] + " " + rest[e.end:]
    return not _NEW_REQUEST_WORD_RE.search(rest) and not _WATCHER_FILLER_RE.sub(" ", rest).strip()


# "other nigerian films", "different ones from korea", "any others in french": whatever else changes, the titles
# just shown are not what is asked for.
_OTHERS_RE = re.compile(r"\b(?:other|others|different|another)\b", re.IGNORECASE)
# Words that ask for titles other than one just mentioned ("other zombie films", "anything else", "more horror").
_OTHER_THAN_IT_RE = re.compile(r"\b(?:other|others|different|another|else|besides|more)\b", re.IGNORECASE)


def _subject_genres(plan: Plan, said_words: Sequence[str] = (), text: Optional[str] = None) -> None:
    """A topic that names what kind of title is expected ("heist movies", "something with superheroes", "zombie
    stuff", "pixar-ish": ``vocabulary.TOPIC_GENRES``) asks for one of its genres when the search names none, beside a
    person too ("<actor> kung fu films": that person's action titles); the topic still ranks. ``said_words`` are this turn's words left over before the content filter (a studio
    name is no query word, yet says kids). Beside a "like" anchor ("loved <title>, more zombie-type stuff") the
    topic's first genre is asked for, the one it mostly is (zombie → horror): the anchor carries the rest of the
    likeness. When the catalog has none of them, the search runs without (``Plan.unless_empty``). A sport word that is an
    everyday word too counts only as ``text`` says it ("racing films", not "heart racing": ``vocabulary.said_as_kind``)."""
    state = plan.constraints
    if state.genres or state.any_genres or plan.unless_empty is not None:
        return
    words = [w for said in [*(state.query or "").split(), *said_words] for w in topic_word_parts(said)]
    topics = [t if t and said_as_kind(w, text) else None  # "basketbal movie": a slip of the topic word
              for w, t in ((w, topic_word(w, in_catalog_vocabulary)) for w in words)]
    implied = [genres[:1] if state.similar_to else genres for genres in (TOPIC_GENRES.get(t or "", ()) for t in topics)]
    wanted = [g for genres in implied for g in genres if g not in state.exclude_genres]
    if wanted:
        # a slipped topic word never reached the query (no catalog word): its correction ranks instead
        slips = [t for w, t in zip(words, topics) if t and t != w and t not in (state.query or "").split()]
        query = " ".join(dict.fromkeys([*(state.query or "").split(), *slips])) or None
        plan.constraints = replace(state, any_genres=list(dict.fromkeys(wanted)), query=query)
        plan.unless_empty = state


# A topic word said as a kind: "zombie-type", "disney-ish", "pixar-style", "heist-y".
_KIND_SUFFIX_RE = re.compile(r"[\s-]+|(?<=\w)(?=-?(?:type|ish|style|esque|like)$)", re.IGNORECASE)


def topic_word_parts(word: str) -> list[str]:
    """The parts of a query word that may be a topic ("zombie-type" → zombie, type)."""
    return [p for p in _KIND_SUFFIX_RE.split(word.lower()) if p]


# A media noun right after a subject word makes it the kind of show ("nature show", "animal series").
_SHOW_NOUN_AFTER_RE = re.compile(r"\s+(?:shows?|series|programm?e?s?|docu-?series)\b", re.IGNORECASE)


def _subject_words_as_topic(text: Optional[str], entities: list[Entity]) -> list[Entity]:
    """``entities`` without a genre read in a subject word ("animals" → science & nature, "space" → sci-fi:
    ``vocabulary.SUBJECT_WORDS``) when the message names another genre itself, or who it is for ("a kids show about
    animals", "a kids series about animals" — the kids there an audience —, "documentaries about space"): that is
    the request and the subject ranks as the topic — required as well, it would leave a handful of titles. A subject
    word alone keeps its genre ("something about space", "a series about animals"), and so does one that names the
    kind of show right before its media noun ("a nature show the whole family can watch": the Science & Nature shelf,
    whoever watches). A subject word in a sentence of a long message's story that speaks for the request ("the grandkids
    are obsessed with dragons and magic. a series please") keeps its genre: no word of the story reaches the query
    (``query_text.request_span``), so as a topic it would be lost (round 22i)."""
    if not text or text.startswith("/"):
        return entities
    request_start = request_span(text)[0]

    def subject(e: Entity) -> bool:
        return (e.start is not None and e.end is not None and text[e.start:e.end].lower() in SUBJECT_WORDS
                and e.start >= request_start and not _SHOW_NOUN_AFTER_RE.match(text, e.end))

    genres = [e for e in entities if e.name == "genre" and not e.excluded]
    named = {e.value for e in genres if not subject(e)}
    if not named and not any(e.name == "audience" and not e.excluded for e in entities):
        return entities
    # Round 24d: beside a collection shelf only (anime, kids, cult, …: vocabulary.COLLECTION_GENRES) a subject word whose
    # genre is a kind of story ("space", "robots" → sci-fi, "magic" → fantasy) names that kind of the shelf: "anime with
    # robots and space stuff" is anime sci-fi. A subject genre ("animals" → science & nature) stays the topic.
    story_kind = bool(named) and named <= COLLECTION_GENRES
    return [e for e in entities if not (e in genres and subject(e) and e.value not in named
                                        and not (story_kind and e.value not in SUBJECT_GENRES))]


def _require_subject_genres(plan: Plan, topic_entities: Sequence[Entity]) -> None:
    """"About sports", "about music" after documentaries: a genre that is also a subject (``SUBJECT_GENRES``) read
    in a topic reply is asked for with the search's genres while the catalog has titles of both; otherwise
    (``Plan.unless_empty``) it stays the topic the search ranks by, as any topic reply."""
    state = plan.constraints
    wanted = [e.value for e in topic_entities
              if e.name == "genre" and not e.excluded and e.value in SUBJECT_GENRES and e.value not in state.genres]
    if not wanted or not state.genres or plan.unless_empty is not None:
        return
    plan.constraints, plan.unless_empty = replace(state, genres=list(dict.fromkeys(state.genres + wanted))), state


# A mood said as a comparative of the list shown: "funnier", "scarier", "sadder", "more romantic", "a bit more fun".
_COMPARATIVE_MOOD_RE = re.compile(r"(?:\bmore\s+(?:\w+\s+)?$)|(?:\w(?:ier|dder)$)", re.IGNORECASE)


def _comparative_moods(text: Optional[str], entities: list[Entity], shifts: list[Entity]) -> list[str]:
    """The genre-family moods this turn asks for as a comparative of the search ("funnier", "more romantic",
    "sadder"): a contrast entity said with no title, or a mood word in a comparative form."""
    if not text or text.startswith("/"):
        return []
    moods = [str(p.value) for p in plain_entities([e.value for e in shifts])
             if p.name == "mood" and not p.excluded and p.value in MOOD_GENRES]
    for e in entities:
        if e.name == "mood" and not e.excluded and e.value in MOOD_GENRES and e.start is not None and e.end is not None:
            word = text[e.start:e.end]
            if _COMPARATIVE_MOOD_RE.search(word) or _COMPARATIVE_MOOD_RE.search(text[max(0, e.start - 20):e.start]):
                moods.append(str(e.value))
    return list(dict.fromkeys(moods))


# "instead" / "rather": what is said takes the place of the search's own ("something funnier instead", "or spanish
# instead"), never joins it.
_INSTEAD_RE = re.compile(r"\b(?:instead|rather)\b", re.IGNORECASE)


def _add_mood_family(plan: Plan, state: Constraints, moods: list[str], text: Optional[str]) -> None:
    """"Funnier please" after romances: a comparative keeps what the search was and adds the mood's genre family
    (romance + comedy), as "like X but funnier" does for a title; the search as it was (the mood soft) runs when
    the combination is empty, and the answer says so. A family the search already has: fresh picks of it. Said with
    "instead" ("maybe something funnier instead" after not-too-scary thrillers), the family replaces the genres and
    the rest of the search stays (round 35)."""
    new = plan.constraints
    family = [g for m in moods for g in MOOD_GENRES.get(m, ()) if g not in new.exclude_genres]
    if family and text and _INSTEAD_RE.search(text):
        plan.constraints = replace(new, genres=family if len(family) == 1 else [],
                                   any_genres=family if len(family) > 1 else [])
        plan.unless_empty = None
        return
    genres = [g for g in state.genres if g not in new.exclude_genres]
    any_genres = [g for g in state.any_genres if g not in new.exclude_genres]
    soft = replace(new, genres=genres, any_genres=any_genres)
    said = [Entity("mood", m, None, None, None) for m in moods]
    narrowed = mood_genre_family(soft, said, keeps_earlier=True)
    if narrowed is None:
        plan.constraints, plan.unless_empty = soft, None
        if soft == state:
            plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + plan.shown_ids))
        return
    plan.constraints, plan.unless_empty = narrowed, soft
    added = [g for g in narrowed.genres + narrowed.any_genres if g not in genres + any_genres]
    plan.empty_note = wording.no_mood_combination(added, genres or any_genres)


# Two moods said of one title: joined by "also" ("funny but also scary", "the funny ones that are also spooky"), or
# said "at the same time" / "at once" / "in one". An "or" / "either" between them leaves either.
_ALSO_BETWEEN_RE = re.compile(r"\b(?:also|as\s+well\s+as|plus)\b", re.IGNORECASE)
_AT_ONCE_AFTER_RE = re.compile(r"^\W*(?:[\w'-]+\s+){0,2}?(?:at\s+the\s+same\s+time|at\s+once|in\s+one|both\s+at\s+once)\b",
                               re.IGNORECASE)
_EITHER_RE = re.compile(r"\b(?:or|either|nor)\b|/", re.IGNORECASE)
# Two moods joined by a bare "and" after a single title's word ("something funny and spooky", "a sad and scary one",
# "one that's funny and creepy"): one title both ways, as "also" says it. Plural heads ("funny and scary movies") stay
# the last mood's genre.
_ONE_TITLE_BEFORE_RE = re.compile(r"\b(?:something|anything|a|an|one(?:\s+that'?s|\s+that\s+is)?)\s+(?:(?:bit|little|really|kinda|quite"
                                  r"|pretty|very)\s+)*$", re.IGNORECASE)
_BARE_AND_RE = re.compile(r"\s*(?:,\s*)?(?:and|&|n)\s+(?:(?:a\s+bit|a\s+little|kinda|quite|really|very)\s+)?", re.IGNORECASE)


def moods_joined(text: Optional[str], entities: Sequence[Entity]) -> list[str]:
    """The genre-family moods (``MOOD_GENRES``) a message asks for together in one title ("scary but also funny",
    "funny and scary at the same time", "something funny and creepy"), in message order, or [] (one such mood, moods
    of one family, "funny or scary, either"). Without the joining words the last mood says the genre, as before."""
    if not text or text.startswith("/"):
        return []
    moods = sorted((e for e in entities if e.name == "mood" and not e.excluded and e.value in MOOD_GENRES
                    and e.start is not None and e.end is not None), key=lambda e: e.start or 0)
    said = [m for i, m in enumerate(moods) if all((o.start, o.end) != (m.start, m.end) for o in moods[:i] + moods[i + 1:])]
    if len({m.value for m in said}) < 2:
        return []
    first, last = said[0], said[-1]
    between = text[first.end or 0:last.start or 0]
    one_title = len(said) == 2 and _BARE_AND_RE.fullmatch(between) is not None and _ONE_TITLE_BEFORE_RE.search(
        text, 0, first.start or 0) is not None
    if _EITHER_RE.search(between) or not (_ALSO_BETWEEN_RE.search(between) or one_title
                                           or _AT_ONCE_AFTER_RE.match(text[last.end or 0:])):
        return []
    return list(dict.fromkeys(str(m.value) for m in said))


def _both_mood_genres(plan: Plan, moods: Sequence[str]) -> None:
    """Two moods joined in one title ask for a genre of each (a family's first: scary → horror) beside the search's
    other genres, all required; when the catalog has none, titles of either (``Plan.unless_empty``) and one line
    that says so."""
    state = plan.constraints
    family = {g for m in moods for g in MOOD_GENRES[m]}
    wanted = [g for g in dict.fromkeys(MOOD_GENRES[m][0] for m in moods) if g not in state.exclude_genres]
    if len(wanted) < 2:
        return
    kept = [g for g in state.genres if g not in family]
    plan.constraints = replace(state, genres=list(dict.fromkeys(kept + wanted)), any_genres=[])
    plan.unless_empty = replace(state, genres=kept, any_genres=wanted)
    plan.empty_note = wording.genres_never_together(wanted)


def _says_constraints(entities: list[Entity]) -> bool:
    return any(e.name in CONSTRAINT_ENTITIES for e in entities)


# "funny too", "also romantic", "and scary as well": the new mood adds to the one the search had.
_KEEPS_EARLIER = re.compile(r"\b(?:too|also|as\s+well|plus|and\s+also)\b|^\s*(?:and|&)\b", re.IGNORECASE)


# Words of addition around a genre said after a genre search: before it ("plus some comedy", "with a bit of
# romance", "and a touch of horror", "add some action") or after it ("romance in it", "horror too / as well").
_AMOUNT = r"(?:(?:a|an|some|little|bit|touch|dash|hint|splash|sprinkle|lot|lots|more|of|too|also)\s+)*"
_ADD_BEFORE_RE = re.compile(
    rf"(?:^|[,;]|\b(?:ok(?:ay)?|so|maybe|oh))\s*(?:and|plus|also|&)\s+(?:also\s+)?{_AMOUNT}$"
    rf"|\b(?:plus|add|adding|mix(?:ed)?(?:\s+in)?|throw(?:n)?(?:\s+in)?|put|sprinkle)\s+{_AMOUNT}$"
    rf"|\bwith\s+(?:(?:a|an)\s+)?(?:bit|touch|dash|hint|splash|sprinkle|little|some|more|lots?|elements?)\s+{_AMOUNT}$"
    rf"|(?:^|[,;]|\b(?:maybe|perhaps|ideally|preferably|but|and|ok(?:ay)?|so|one|ones|something|anything))\s*"
    rf"(?:w/|w(?=\s)|with)\s*(?<=\s|/){_AMOUNT}$",
    re.IGNORECASE)
_ADD_AFTER_RE = re.compile(
    r"^\W*(?:(?:elements?|bits?|vibes?|stuff|flavou?r)\s+)?(?:(?:thrown|mixed|added|put)\s+)?"
    r"(?:(?:in|into|to)\s+(?:it|them|there|the\s+mix)|inside|in\s*[.!?]*\s*$|in\s+(?:too|as\s+well|also)|too|as\s+well"
    r"|also|on\s+top)\b(?:\s+(?:too|as\s+well|also))?(?:\s+(?:please|pls|plz|thanks|then))?", re.IGNORECASE)
_SWAP_RE = re.compile(r"\b(?:instead|rather|not|no\s+more|swap|switch|change)\b", re.IGNORECASE)
# Words that narrow the list shown to a genre among it ("documentaries specifically", "comedy in particular",
# "particularly the horror ones", "the drama ones among those" after sports films): the genre joins the search's.
_NARROW_BEFORE_RE = re.compile(
    r"\b(?:particularly|specifically|especially|in\s+particular|mainly|mostly)\s+(?:(?:the|some|just)\s+)?$",
    re.IGNORECASE)
_NARROW_AFTER_RE = re.compile(
    r"^\W*(?:(?:ones?|films?|movies?|shows?|titles?|stuff)\s+)?"
    r"(?:specifically|in\s+particular|particularly|especially|(?:among|out\s+of|of)\s+(?:those|these|them))\b"
    r"(?:\s+(?:please|pls|plz|then|maybe))?", re.IGNORECASE)
NARROWING = "_narrowing"  # span-only entity over the narrowing words: the genre joins, else replaces
# "the dating kind", "that cooking type of thing", "the true crime sort" after a list (round 33): one kind of what is
# shown, a narrowing of its genre, never a new search.
_THE_BEFORE_RE = re.compile(r"(?:^|[,;]|\b(?:ok(?:ay)?|so|maybe|hm+|like|but|just|only|ideally|preferably))\W*(?:the|that)\s+$",
                            re.IGNORECASE)
_KIND_AFTER_RE = re.compile(r"^\s*(?:kind|type|sort|variety|flavou?r)s?\b(?:\s+of\s+(?:thing|stuff|ones?|shows?|films?|movies?))?"
                            r"(?:\s+(?:please|pls|plz|maybe|then))?\W*$", re.IGNORECASE)
# "docs only", "just the documentaries" after sports films: "only" narrows the list to a form among it (FORM_GENRES:
# sports documentaries); said of a story genre ("just comedies") it stays a replacement.
_ONLY_BEFORE_RE = re.compile(r"\b(?:only|just)\s+(?:(?:the|some)\s+)?$", re.IGNORECASE)
_ONLY_AFTER_RE = re.compile(r"^\W*(?:(?:ones?|films?|movies?|shows?|series|titles?|stuff)\s+)?only\b"
                            r"(?:\s+(?:please|pls|plz|then|maybe))?", re.IGNORECASE)
# A form said bare after a search of a subject it takes ("maybe a doc", "documentaries?" after sports films) narrows the
# list to that form (sports documentaries; ``vocabulary.subject_kept_beside``), as "docs only" does; "i meant
# documentaries" and swap words ("docs instead") still replace.
_MEANT_RE = re.compile(r"\b(?:meant|mean|actually)\b", re.IGNORECASE)
# The words a bare form may come with ("ok maybe a doc?", "hmm documentaries then"); any other word makes it a request
# of its own ("documentaries about space").
# "like" introduces the form as a gloss ("true stories, like documentaries": round 35), asking nothing.
_BARE_FORM_FILLER = frozenset("""ok okay so maybe perhaps possibly hm hmm hmmm um what how about and or any a an the some
    good ones one please pls plz then like kinda""".split())
# Words that say the documentary form again in plain words ("real stories, docs", "true stories maybe, documentaries"):
# no request of their own beside the form (round 34).
_FORM_RESTATED = frozenset("""real true stories story life nonfiction factual""".split())
_FORM_RESTATED_RE = re.compile(r"\b(?:" + "|".join(sorted(_FORM_RESTATED)) + r")\b", re.IGNORECASE)


def _bare_form(text: str, e: Entity, state: Constraints) -> bool:
    """The form ``e`` said bare after a search of a subject it takes (``_MEANT_RE`` above)."""
    rest = re.findall(r"[a-z']+", (text[:e.start] + " " + text[e.end:]).lower())
    return (any(subject_kept_beside(g, [e.value]) for g in state.genres) and not _MEANT_RE.search(text)
            and all(w in _BARE_FORM_FILLER or (e.value == "documentary" and w in _FORM_RESTATED) for w in rest))
# "a sports one", "the music ones?": a subject genre (vocabulary.SUBJECT_GENRES) as the kind of one of the list.
_ONE_BEFORE_RE = re.compile(r"(?:^|[,;]|\b(?:ok(?:ay)?|so|maybe|hm+|what\s+about|how\s+about))\W*(?:a|an|the|any|some)\s+$",
                            re.IGNORECASE)
_SUBJECT_ONE_RE = re.compile(r"^\s*ones?\b(?:\s+(?:please|pls|plz|maybe|then))?\W*$", re.IGNORECASE)


def _additive_genres(text: Optional[str], entities: list[Entity],
                     state: Constraints) -> tuple[list[Entity], list[Entity]]:
    """A genre said in words of addition while the search has genres ("with a bit of romance in it", "plus some
    comedy", "some horror in it as well" after sci-fi) joins them (role ``add``: a title needs both); a genre
    named alone ("comedy") or with swap words ("a comedy instead") still replaces them. Also returns the words of
    addition as span-only entities: they say how to change the search, never what it is about."""
    if not text or text.startswith("/") or not (state.genres or state.any_genres):
        return entities, []
    out: list[Entity] = []
    spans: list[Entity] = []
    alternative = OFFERS_ALTERNATIVE_RE.match(text) is not None  # "or maybe a sports one": in place of the genre
    for e in entities:
        if (e.name == "genre" and e.role is None and e.start is not None and e.end is not None
                and e.value not in state.genres and not _SWAP_RE.search(_clause(text, e.start, e.end))):
            before = _ADD_BEFORE_RE.search(text[:e.start])
            after_ = _ADD_AFTER_RE.match(text[e.end:])
            kind = "_addition"
            if not (before or after_):
                before = _NARROW_BEFORE_RE.search(text[:e.start])
                after_ = _NARROW_AFTER_RE.match(text[e.end:])
                if not (before or after_) and _THE_BEFORE_RE.search(text[:e.start]):
                    after_ = _KIND_AFTER_RE.match(text[e.end:])  # "the dating kind"
                kind = NARROWING
            if not (before or after_) and not alternative and e.value in FORM_GENRES:
                before = _ONLY_BEFORE_RE.search(text[:e.start])
                after_ = _ONLY_AFTER_RE.match(text[e.end:])
            if not (before or after_) and not alternative and e.value in SUBJECT_GENRES:
                # "a sports one", "the music ones" after drama films: a subject of the search's genre (sports
                # dramas), joined like a narrowing — replaced only when no title has both
                after_ = _SUBJECT_ONE_RE.match(text[e.end:]) if _ONE_BEFORE_RE.search(text[:e.start]) else None
            bare_form = not (before or after_) and not alternative and _bare_form(text, e, state)
            if before or after_ or bare_form:
                start, end = e.start, e.end
                e = replace(e, role=ADD)
                spans += [Entity(NARROWING, "", None, start, start)] if bare_form else []
                if bare_form:  # "real stories, docs": the words restating the form are spent, no query
                    spans += [Entity(kind, "", None, m.start(), m.end()) for m in _FORM_RESTATED_RE.finditer(text)]
                spans += [Entity(kind, "", None, before.start(), start)] if before else []
                spans += [Entity(kind, "", None, end, end + after_.end())] if after_ else []
        out.append(e)
    return out, spans


# Round 25d: an origin offered as an alternative to the search's ("or spanish, either is fine" after Italian films, "or
# korean?", "japanese or korean, both fine"): a leading "or", or "either / both is fine" beside it.
_EITHER_FINE_RE = re.compile(r"\b(?:either|both)(?:\s+(?:one|of\s+(?:them|those|the\s+two)))?(?:'s|\s+(?:is|are|would\s+be|works?"
                             r"|will\s+do|do))?\s*(?:fine|ok(?:ay)?|good|great|works?|will\s+do|do)\b|\beither\s+way\b",
                             re.IGNORECASE)


def _origin_alternatives(text: Optional[str], entities: list[Entity], state: Constraints) -> list[Entity]:
    """Origins offered as alternatives to the search's own join them (role ``add``: either origin), said in the kind of
    word the search holds ("spanish" beside Italy is Spain: ``LANGUAGE_HOME_COUNTRIES``; "from spain" beside a search
    in Korean is Spanish); an origin named plainly still replaces the search's."""
    if (not text or text.startswith("/") or not (state.countries or state.languages)
            or not (OFFERS_ALTERNATIVE_RE.match(text) or _EITHER_FINE_RE.search(text)) or _INSTEAD_RE.search(text)):
        return entities  # "or a korean one instead": in place of the search's origin
    kind = "country" if state.countries else "language"
    out: list[Entity] = []
    for e in entities:
        if e.name in ("country", "language") and e.role is None and not e.excluded:
            value = (e.value if e.name == kind else LANGUAGE_HOME_COUNTRIES.get(str(e.value)) if kind == "country"
                     else COUNTRY_LANGUAGES.get(str(e.value)))
            if value:
                e = replace(e, name=kind, value=value, role=ADD)
        out.append(e)
    return out


def _widens_origin(entities: Sequence[Entity]) -> bool:
    """An origin joins the search's (``_origin_alternatives``): a generalising edit, whose fresh titles come first."""
    return any(e.name in ("country", "language") and e.role == ADD for e in entities)


_CLAUSE_EDGE_RE = re.compile(r"[,;.!?]")


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: "not too heavy, perhaps with romance" → "perhaps with romance"."""
    before = [m.end() for m in _CLAUSE_EDGE_RE.finditer(text, 0, start)]
    after = _CLAUSE_EDGE_RE.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)]


def _either_genre_unless_both(plan: Plan, state: Constraints, entities: list[Entity], *,
                              narrowing: bool = False) -> None:
    """A genre added to the search's ("also comedy", "add some comedy" after horror: role ``add``) asks for titles of
    both; when the catalog has none left, the action runs the search with either genre instead (``Plan.unless_empty``)
    and the answer says so. A genre said with narrowing words ("documentaries specifically" after sports films)
    falls back to the genre named alone, as if it had replaced the search's."""
    added = [str(e.value) for e in entities if e.name == "genre" and e.role == ADD and not e.excluded]
    new = plan.constraints
    combined = list(dict.fromkeys([g for g in state.genres if g in new.genres] + added))
    if not added or len(combined) < 2 or not all(g in new.genres for g in combined):
        return
    if narrowing:
        plan.unless_empty = replace(new, genres=[g for g in new.genres if g not in combined or g in added])
        plan.empty_note = wording.genres_never_together_narrowed(combined, added)
        return
    plan.unless_empty = replace(new, genres=[g for g in new.genres if g not in combined],
                                any_genres=list(dict.fromkeys(list(new.any_genres) + combined)))
    plan.empty_note = wording.genres_never_together(combined)


# Between two genres said in different clauses ("he wants action, she wants comedy", "i like crime and my partner
# likes romcoms"): a clause break or a joining word.
_CLAUSE_BREAK_RE = re.compile(r"[,;.!?]|\b(?:and|but|while|whereas|vs|versus)\b", re.IGNORECASE)


def _either_side_unless_together(plan: Plan, text: Optional[str], entities: list[Entity]) -> None:
    """A first request naming genres in different clauses — often different people's tastes ("my partner likes
    romcoms, i like crime, something we both can stand") — asks for titles of all of them; when the catalog has
    none (``Plan.unless_empty``: the action runs it only on an empty answer), titles of any of them are shown and one
    line says so (``wording.genres_never_together``), never "nothing matches, drop X?"."""
    spans = sorted({(e.start, e.end) for e in entities if e.name == "genre" and not e.excluded and e.role is None
                    and e.start is not None and e.end is not None})
    new = plan.constraints
    if not text or text.startswith("/") or plan.unless_empty is not None or new.any_genres or len(new.genres) < 2:
        return
    if not any(_CLAUSE_BREAK_RE.search(text[a_end:b_start]) for (_, a_end), (b_start, _) in zip(spans, spans[1:])):
        return
    sides = _genre_sides(text, [e for e in entities if e.name == "genre" and not e.excluded and e.role is None
                                and e.start is not None and e.value in new.genres])
    several = [side for side in sides if len(side) > 1]
    required = [g for side in sides if len(side) == 1 for g in side if several and g not in several[0]]
    if len(sides) > 1 and len(several) == 1 and required:
        # "she likes romcoms, i like crime": crime with romance or comedy before crime or romance or comedy
        plan.unless_empty = replace(new, genres=required, any_genres=list(several[0]))
        plan.empty_note = wording.genres_never_together_by_side(new.genres, required, several[0])
        return
    plan.unless_empty = replace(new, genres=[], any_genres=list(new.genres))
    plan.empty_note = wording.genres_never_together(new.genres)


def _genre_sides(text: str, genres: list[Entity]) -> list[list[str]]:
    """The genres of each clause ("romcoms" is one side of two genres, "i like crime" another): genre entities not
    separated by a clause break belong together."""
    sides: list[list[str]] = []
    last_end: Optional[int] = None
    for e in sorted(genres, key=lambda g: (g.start or 0, g.end or 0)):
        start = e.start or 0
        if last_end is None or (start >= last_end and _CLAUSE_BREAK_RE.search(text[last_end:start])):
            sides.append([])
        if str(e.value) not in sides[-1]:
            sides[-1].append(str(e.value))
        last_end = max(last_end or 0, e.end or 0)
    return sides


def _carried(state: Constraints, said: Constraints) -> list[str]:
    """The hard constraints of ``state`` that this turn did not say (``said``: its entities alone)."""
    return [name for name in state.hard_fields() if getattr(said, name) in (None, [], "")]


def _names_anchor(entities: list[Entity]) -> bool:
    return any(e.name == "title" and not e.excluded for e in entities)


_BUT = re.compile(r"\b(?:but|except|only|just)\b", re.IGNORECASE)


# "but older", "ok but shorter": a follow-up that opens with "but" qualifies what the search is like.
_BUT_OPENING = re.compile(r"^\W*(?:(?:ok(?:ay)?|hm+|yes|yeah|and|so|nice|cool|good)\W+)*but\b|\b(?:though|tho)\W*$"
                          # "older sitcoms like it", "something shorter like that one": the anchor, named back
                          r"|\blike\s+(?:it|that|this)(?:\s+one)?\W*$", re.IGNORECASE)


# "just any anime film then", "only comedies then": the viewer widens the search to that kind alone (round 24b).
_ONLY_THIS_KIND_RE = re.compile(r"\b(?:just|only|any|anything)\b", re.IGNORECASE)


def _genre_swapped_after_nothing(turn: Turn, said: Sequence[Entity], state: Constraints) -> Optional[Constraints]:
    """Round 35: nothing matched Spanish thriller series and the offer was to drop the genre; "ok whatever, crime then"
    settles by swapping the genre only, so the search is the relaxation offered and the message's genre joins it —
    Spanish crime series, never crime of any origin and format. Narrow on purpose (round 34B's wider reading broke
    round 24b): only when the offer differs from the search in its genres alone, the message names genres and no
    other kind, no person or title, and no "just" / "only" / "any" widening to that kind alone."""
    offer = turn.pending_relaxation
    if offer is None or not settles_after_nothing(turn.text, said) or _ONLY_THIS_KIND_RE.search(turn.text or ""):
        return None
    told = [e for e in said if not e.excluded and e.name in CONSTRAINT_ENTITIES]
    if not told or any(e.name != "genre" for e in told):
        return None
    relaxed = Constraints.from_api(offer["constraints"], similar_title=state.similar_title)
    differing = {f.name for f in fields(Constraints) if getattr(relaxed, f.name) != getattr(state, f.name)}
    return relaxed if differing == {"genres"} and not relaxed.is_empty() else None


def _but_of_the_anchor(text: Optional[str], state: Constraints) -> bool:
    """"But older" ("older though") right after a "like <title>" search: the comparative is relative to that title, as "like <title>
    but older" said in one message is (``actions.contrast``), never to the list's median."""
    return bool(state.similar_to) and bool(text) and bool(_BUT_OPENING.search(text or ""))


def _but_after_anchor(text: Optional[str], entities: list[Entity]) -> bool:
    """"like Stranger Things but as a film": a "but" after the title makes the turn's other constraints
    changes from it (the heading says what was kept and changed) rather than a plain "movies like X"."""
    ends = [e.end for e in entities if e.name == "title" and not e.excluded and e.end is not None]
    return bool(text and ends and _BUT.search(text, max(ends)))


def _contrast(plan: Plan, shifts: list[Entity], entities: list[Entity], *, anchor: Optional[Any],
              shown_minutes: list[int], shown_years: list[int], but: bool = True) -> None:
    """With a "like" anchor, the shifts wait for its facts (``plan.contrast``; the action applies them);
    without one they mean what they always did ("something funnier": the funny mood). Other constraints
    said after a "but" are listed as changes too."""
    ordinary = [e for e in entities if e.name in CONSTRAINT_ENTITIES and e.name != "title"]
    if not shifts and not (but and ordinary and plan.constraints.similar_to):
        return
    state = plan.constraints
    if not state.similar_to:
        plan.constraints = apply_entities(state, plain_entities([e.value for e in shifts]),
                                          shown_minutes=shown_minutes, shown_years=shown_years)
        return
    stated = wording.describe(apply_entities(Constraints(), ordinary).to_wording())
    plan.contrast = Contrast(state.similar_to, state.similar_title or state.similar_to,
                             tuple(e.value for e in shifts), tuple(p for p in stated.split(wording.SEP) if p),
                             anchor)


# The predicate of a wish said as a sentence, right after what is wished for ("a comedy would be perfect",
# "a thriller sounds ideal to me", "documentaries are fine then"): it judges the wish, it names no topic.
_WISH_PREDICATE_RE = re.compile(
    r"^\s*(?:(?:one|ones|thing|things|stuff|kind|type)\s+)?(?:(?:would|will|could|might|should|'d|'ll|'s|is|are|sounds?|seems?|feels?|looks?)\s*)+"
    r"(?:(?:be|really|so|just|very|pretty|quite|absolutely|perfectly|totally|good|more|the)\s+)*[\w'-]+"
    r"(?:\s+(?:for|to|with)\s+(?:me|us|them|everyone|all\s+of\s+us))?(?:\s+(?:then|now|tonight|today|though|actually))*"
    r"(?P<open>\s+(?:for|to|with|on)(?:\s+(?:the|my|our|a|an))?)?"
    r"\s*[.!?,]*\s*$", re.IGNORECASE)


def _wish_predicate_spans(text: Optional[str], entities: list[Entity]) -> list[Entity]:
    """The predicate right after a constraint of the message ("would be perfect", "would be perfect for the kids":
    up to the next constraint), as a span-only entity: it says how welcome the wish is, so it is never the
    free-text topic (which would make the turn a new search)."""
    located = sorted((e.start, e.end) for e in entities
                     if e.name in CONSTRAINT_ENTITIES and e.start is not None and e.end is not None)
    if not text or text.startswith("/") or not located:
        return []
    spans: list[Entity] = []
    for i, (_, end) in enumerate(located):
        nxt = next((start for start, _ in located[i + 1:] if start >= end), None)
        m = _WISH_PREDICATE_RE.match(text[end:nxt if nxt is not None else len(text)])
        if m and (nxt is not None or not m.group("open")):
            spans.append(Entity("_predicate", "", None, end, nxt if nxt is not None else len(text)))
    return spans


def _marker_spans(text: Optional[str]) -> list[Entity]:
    """Edit and fresh-start words ("start over", "make it", "switch") as span-only entities: they say
    how to treat the search, never what to search for."""
    if not text or text.startswith("/"):
        return []
    given_up = gives_up_the_narrowing(text, None)  # "fine, just anything": the words are never a topic
    return [Entity("_marker", "", None, m.start(), m.end())
            for rx in (EDIT_MARKERS, FRESH_START) for m in rx.finditer(text)] + (
        [Entity("_marker", "", None, *given_up)] if given_up else [])


def _plan_rejection(turn: Turn, rejection: Rejection) -> Plan:
    """"Not the third" / "not this one": that title never comes back, and the answer is fresh picks
    of the same search (anything else the message says is applied too)."""
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES and not _inside(e, rejection.spans)]
    others, shifts = split_shifts(others, relative=False)  # "too heavy, something lighter?": the plain meaning
    others += plain_entities([e.value for e in shifts])
    # "not the second one, the little one will get scared": a child already counted, no new audience (round 24a)
    others = known_children_as_caps(turn.text, others, turn.constraints, turn.earlier)
    state = apply_entities(turn.constraints, others, shown_minutes=_shown_minutes(turn), shown_years=_shown_years(turn))
    ref = rejection.ref
    rejected = list(turn.rejected_ids)
    if ref is not None and ref.item_id:
        rejected = list(dict.fromkeys(rejected + [ref.item_id]))
    plan = _finish(Plan(state, exclude_ids=list(turn.shown_ids) + rejected, shown_ids=turn.shown_ids))
    plan.rejected_ids = rejected
    plan.rejected_title = ref.title if ref is not None and ref.item_id else None
    # one title turned down: the rest of the list may come back; the whole list turned down ("not these"): fresh only
    return shown_may_return(plan, turn) if plan.rejected_title else plan


def _inside(entity: Entity, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``entity`` lies inside one of ``spans`` (the mood read in "silly" of "number 4 seems silly")."""
    return (entity.start is not None and entity.end is not None
            and any(a <= entity.start and entity.end <= b for a, b in spans))


# Entities that ask for titles of their own: beside titles turned down by name they make the message a request
# (round 29B); lengths, seasons, formats and the like only edit the search shown.
_REQUEST_ENTITIES = frozenset({"genre", "topic", "actor", "director", "person", "title"})


def _request_beside_named(turn: Turn, named: NamedTitles) -> Optional[Turn]:
    """Round 29B: the message without its words turning titles down by name, when what is left asks for titles of
    its own — a genre, a subject, a person or title asked for, or content words left over ("werewolf movies" in
    "werewolf movies now, but not twilight") — else None (only edits: "skip the rocky ones, max 2 seasons"). That turn
    is planned as any follow-up is (a new search or an edit by the usual rules); ``_with_named_left_out`` then
    leaves the titles out. The words are blanked, not cut, so the entities keep their offsets."""
    text = turn.text or ""
    if not named.spans:
        return None
    chars = list(text)
    for a, b in named.spans:
        chars[a:b] = " " * (b - a)
    rest = "".join(chars)
    entities = [e for e in turn.entities if not _overlaps_any(e, named.spans)]
    asks = any(e.name in _REQUEST_ENTITIES and not e.excluded for e in entities)
    left = residual_query(rest, entities)
    words = {w.casefold() for w in named.words}
    if not asks and not (left and set(left.split()) - words):
        return None
    return replace(turn, text=rest, entities=entities)


def _overlaps_any(entity: Entity, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``entity`` shares a character with one of ``spans`` (a title read on a name turned down)."""
    return (entity.start is not None and entity.end is not None
            and any(a < entity.end and entity.start < b for a, b in spans))


def _with_named_left_out(plan: Union[Plan, Question], turn: Turn, named: NamedTitles) -> Union[Plan, Question]:
    """The plan of the request said beside titles turned down by name, with those titles left out now and for the rest
    of the conversation (``rejected_ids``), as ``_plan_without_named_titles`` leaves them out of the search shown."""
    if not isinstance(plan, Plan):
        return plan
    ids = list(named.item_ids)
    plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + ids))
    plan.rejected_ids = list(dict.fromkeys(list(plan.rejected_ids or turn.rejected_ids) + ids))
    plan.again_if_empty = [i for i in plan.again_if_empty if i not in set(ids)]
    plan.note = " ".join(filter(None, [plan.note, wording.titles_named_left_out(named.phrases or " ".join(named.words))]))
    return plan


def _plan_without_named_titles(turn: Turn, named: NamedTitles) -> Plan:
    """"Skip the rocky ones", "none of the lego movies" after a list: the same search without every title holding
    those words in its name, for the rest of the conversation too: the list without them, topped up with fresh
    picks (the titles shown that stay may come back). A topic of those very words goes ("lego" after "lego movies");
    the message's other constraints apply as an edit ("..., max 2 seasons")."""
    rejected = list(dict.fromkeys(list(turn.rejected_ids) + list(named.item_ids)))
    state = turn.constraints
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES and e.name != "title"]
    if others:  # "not naruto or any of that long stuff, max 2 seasons": the rest of the message edits the search
        state = apply_entities(state, others, shown_minutes=_shown_minutes(turn), shown_years=_shown_years(turn))
    if state.query and set(state.query.casefold().split()) <= {w.casefold() for w in named.words}:
        state = replace(state, query=None)
    plan = _finish(Plan(state, exclude_ids=rejected, shown_ids=[]))
    plan.rejected_ids = rejected
    plan.note = wording.titles_named_left_out(named.phrases or " ".join(named.words))
    return plan


# "New ones", "some new stuff please" beside a seen list: new to the viewer (fresh picks), no release years.
_NEW_AS_UNSEEN_RE = re.compile(r"\W*(?:(?:some|any|only|just|the)\s+)?(?:brand\s+)?new(?:\s+(?:ones?|stuff|titles|picks|suggestions|options|things))?"
                               r"(?:\s+(?:please|pls|plz|only|then|now|thanks|thx))*\W*", re.IGNORECASE)


def _plan_seen(turn: Turn, seen: Seen) -> Plan:
    """"I've seen the second one" / "seen the first two": those titles never come back in this
    conversation (and are recorded as seen for the viewer); "seen them all": fresh picks. Anything
    else the message says is applied too — but "new ones" said with it asks for titles new to the viewer, not recent
    ones (round 24b: "those are all repeats for us, new ones pls")."""
    text = turn.text or ""
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES
              and not (e.name == "year" and e.start is not None and e.end is not None
                       and _NEW_AS_UNSEEN_RE.fullmatch(text[e.start:e.end]))]
    state = apply_entities(turn.constraints, others, shown_minutes=_shown_minutes(turn),
                           shown_years=_shown_years(turn))
    rejected = list(dict.fromkeys(list(turn.rejected_ids) + list(seen.item_ids)))
    plan = _finish(Plan(state, exclude_ids=list(turn.shown_ids) + rejected, shown_ids=turn.shown_ids))
    plan.rejected_ids = rejected
    plan.seen_ids = list(seen.item_ids)
    plan.seen_titles = [t for t in seen.titles if t]
    return plan


def _plan_person(turn: Turn, pivot: PersonPivot) -> Union[Plan, Question]:
    """"Anything else with her?": the person of the current search (or the one named), everything
    else dropped except who is watching (audience and rating caps); titles shown are excluded."""
    state = turn.constraints
    actors, directors = list(pivot.actors), list(pivot.directors)
    # the one person of the search in whichever role it held them ("A or B" kept to one: either role)
    person = list(dict.fromkeys([*state.actors, *state.directors, *state.any_people]))
    if pivot.switch_to == "director":  # "the ones she directed" after her films as an actor
        actors, directors = [], person
    elif pivot.switch_to == "actor":  # "the ones he starred in" after his films as a director
        actors, directors = person, []
    if not actors and not directors:
        if pivot.director_first:
            directors = list(state.directors)
            actors = [] if directors else list(state.actors)
        else:
            actors = list(state.actors)
            directors = [] if actors else list(state.directors)
    either = list(state.any_people) if not actors and not directors else []  # "anything else with them?" after "A or B"
    if not actors and not directors and not either:
        # The title the conversation is about: the focused one, the "like" anchor (when it is a catalog
        # id, i.e. differs from its display title), or the only one shown.
        anchor = turn.focused_id or (state.similar_to if state.similar_to != state.similar_title else None)
        if anchor is None and len(turn.last_items) == 1:
            anchor = str(turn.last_items[0]["id"])
        return Question("Who do you mean? Tell me their name, e.g. “more with Adam Sandler”.",
                        people_of=anchor, directors_first=pivot.director_first)
    base = Constraints(actors=actors, directors=directors, any_people=either, audience=state.audience,
                       ratings=list(state.ratings))
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES | {"actor", "director"}]
    # "older movies with her" after her list: older than the list shown, as "older" alone is (round 20d)
    new_state = apply_entities(base, others, shown_minutes=_shown_minutes(turn), shown_years=_shown_years(turn))
    plan = _finish(Plan(new_state, exclude_ids=list(turn.shown_ids), shown_ids=turn.shown_ids))
    if _more_of_the_searched_person(turn, pivot) and not asks_for_other_works(turn.text):
        _keep_search_while_some_left(plan, turn, others)  # "his other films" asks past the search's genre
    if not ASKS_FOR_FRESH_RE.search(turn.text or ""):
        shown_may_return(plan, turn)  # "any from 2011 with him": a narrowing, not a wish for more
    return plan


def _nobody_to_pivot_to(turn: Turn, pivot: PersonPivot) -> bool:
    """"Anything recent from him" after action films: a pronoun for a person, but no person named or in the search,
    and constraints said beside it. It edits the search (recent action films) instead of asking "who do you mean?",
    which stays for a message with nothing else to act on ("what else is he in")."""
    state = turn.constraints
    if pivot.actors or pivot.directors or state.actors or state.directors or state.any_people:
        return False
    return acts_without_reference(turn, topic_counts=False, cues_count=False)


def _more_of_the_searched_person(turn: Turn, pivot: PersonPivot) -> bool:
    """"Anything else with him?" about the person the search already holds (a pronoun, or their name again), not a
    role switch nor a person the search did not have ("what else has <someone new> been in")."""
    state = turn.constraints
    held = set(state.actors) | set(state.directors) | set(state.any_people)
    named = set(pivot.actors) | set(pivot.directors)
    return pivot.switch_to is None and bool(held) and named <= held


def _keep_search_while_some_left(plan: Plan, turn: Turn, others: list[Entity]) -> None:
    """"Anything else with her?" after a search with other filters (comedies with her): fresh titles with her that
    still keep those filters while the catalog has some; only when none are left does the action run the person's
    pivot (``Plan.unless_empty``: the person and who is watching), and the answer says which filters went."""
    pivot_state = plan.constraints
    kept = apply_entities(replace(turn.constraints, similar_to=None, similar_title=None, actors=list(pivot_state.actors),
                                  directors=list(pivot_state.directors), any_people=list(pivot_state.any_people)),
                          others, shown_minutes=_shown_minutes(turn), shown_years=_shown_years(turn))
    if kept == pivot_state:
        return
    dropped = replace(kept, actors=[], directors=[], any_people=[], audience=None, ratings=[], query=None)
    plan.constraints, plan.unless_empty = kept, pivot_state
    plan.empty_note = wording.person_filters_dropped(
        list(pivot_state.actors) + list(pivot_state.directors) + list(pivot_state.any_people),
        wording.describe(dropped.to_wording()))
    plan.diverse = False


_RELATIVE = {"duration": ("shorter", "longer"), "year": ("newer", "older")}
_WINDOW_RE = re.compile(r"^\d+-\d+$")


# A number said as what the viewer means beside "shorter"/"longer" ("no, shorter than that, like an hour"): a hedge
# of approximation right before it (inside the extractor's span or just before), in a clause that does not describe
# what was shown ("that one was like 3 hours").
_TARGET_HEDGE_RE = re.compile(r"(?:^|\W)(?:like|about|around|roughly|approximately|ideally|maybe|say|more\s+like)\W*$",
                              re.IGNORECASE)
_DESCRIBES_SHOWN_RE = re.compile(r"\b(?:was|were|is|are|been|took|lasted|ran|runs?)\b|'s\b", re.IGNORECASE)


def _said_as_target(text: Optional[str], e: Entity) -> bool:
    """The duration window ``e`` is introduced by an approximation hedge in a clause that is not about the list."""
    if not text or e.start is None or e.end is None:
        return False
    span = text[e.start:e.end]
    head = re.match(r"\W*(?:like|about|around|roughly|approximately|ideally|maybe|say|more\s+like)\b", span,
                    re.IGNORECASE)
    before = text[:e.start] + (span[:head.end()] if head else "")
    clause = re.split(r"[,;.!?]", before)[-1]
    hedged = bool(_TARGET_HEDGE_RE.search(before) or _TARGET_POST_HEDGE_RE.search(span))
    return hedged and not _DESCRIBES_SHOWN_RE.search(clause)


# The hedge may follow the number ("less long, twenty minutes or so", "shorter, an hour more or less"): the same target.
_TARGET_POST_HEDGE_RE = re.compile(rf"(?<![a-z])(?:{APPROX_POST_PATTERN})\W*$", re.IGNORECASE)


def _the_way_it_points(comparative: str, minutes: float, state: Constraints, shown_minutes: Sequence[int]) -> bool:
    """``minutes`` lies the way "longer" / "shorter" points from the search's bound (its ceiling, else its floor) or,
    with no bound, from the middle of the list shown."""
    reference = state.max_minutes if state.max_minutes is not None else state.min_minutes
    if reference is None and shown_minutes:
        reference = sorted(shown_minutes)[len(shown_minutes) // 2]
    if reference is None:
        return False
    return minutes > reference if comparative == "longer" else minutes < reference


def edits_relative_to_the_list(turn: Turn, entities: Sequence[Entity]) -> bool:
    """The message edits the search relative to the list shown (shorter / longer, newer / older, fewer seasons, "less
    gory": ``_RELATIVE``, repeats.relative_edit). Such an edit asks for other titles than the ones shown: round 31C,
    "older ones" after two lists brought back titles of the first one, older than the second's middle year. The titles
    shown this conversation are left out while unseen matches exist (``shown_may_return``: else they come back, and
    the answer says so)."""
    return (any(e.name in _RELATIVE and e.value in _RELATIVE[e.name] and not e.excluded for e in entities)
            or bool(relative_edit(turn.text, entities, turn.constraints, turn.last_items)))


def _relative_edits_only(text: Optional[str], entities: list[Entity], state: Constraints,
                         shown_minutes: Sequence[int] = ()) -> list[Entity]:
    """A list edit said relative to the list shown reads only as that: "shorter ones, that one was 3 hours"
    (the number describes what was shown: no window around it); "older ones, like classic" after adventure
    films (the classic tag says how old: the classic years, it does not replace the search's genres). A number said as the target
    ("shorter, like an hour") is a bound on the comparative's side ("-66"), which planning then holds beside the
    list's own bound (constraints._apply_duration: the stricter of the two); one lying the way the comparative points
    from the search's bound replaces it: a window around it after "longer", a ceiling at it after "shorter"."""
    relative = {name for name, values in _RELATIVE.items()
                if any(e.name == name and e.value in values and not e.excluded for e in entities)}
    if not relative:
        return entities
    comparative = next((str(e.value) for e in entities if e.name == "duration" and e.value in _RELATIVE["duration"]
                        and not e.excluded), None)
    kept: list[Entity] = []
    targets: list[Entity] = []  # ahead of the comparative, which stays the turn's last duration word
    for e in entities:
        if e.name == "duration" and "duration" in relative and _WINDOW_RE.match(str(e.value)):
            if comparative and _said_as_target(text, e):
                low, _, high = str(e.value).partition("-")
                said = round((int(low) + int(high)) / 2)
                if _the_way_it_points(comparative, said, state, shown_minutes):
                    # round 24b: "a bit longer, like around 100" after "max 90": the length said wins, a window
                    # around it in place of the old bound (the comparative only said which way). Round 29: "shorter"
                    # asks for less time, so the length said beside it is a limit, as "short, like 85 min" is
                    # (round 22k): "-N", every shorter title in; "longer" keeps the window (not any film past N)
                    if comparative == "shorter":
                        e = replace(e, value=f"-{said}")
                    return [e] + [o for o in entities if not (o.name == "duration" and o is not e)]
                targets.append(replace(e, value=f"-{high}" if comparative == "shorter" else f"{low}-"))
            continue  # a two-sided window around a number said beside "shorter"/"longer"
        if e.name == "duration" and comparative and not e.excluded and _on_the_side_of(comparative, str(e.value)):
            # round 30A: "shorter, i can't do three hours" after a director's long films: the ceiling said and
            # shorter than the list both hold (constraints._apply_duration keeps the stricter); "longer, at least 90"
            # the floor and longer than the list. Ahead of the comparative, which then stays the last duration word.
            targets.append(e)
            continue
        if (e.name == "genre" and e.value == "classic" and not e.excluded and "year" in relative
                and any(g != "classic" for g in state.genres)):
            # "even older, like classic": the classic age (as "classics" says it), not a genre in place of the search's
            kept.append(replace(e, name="year", value=f"old:{CLASSIC_YEARS}"))
            continue
        kept.append(e)
    return targets + kept


def _on_the_side_of(comparative: str, value: str) -> bool:
    """A one-sided runtime bound on the side "shorter" / "longer" moves: a ceiling (``-179``) beside "shorter", a floor
    (``90-``) beside "longer"."""
    if comparative == "shorter":
        return bool(re.fullmatch(r"-\d+", value))
    return bool(re.fullmatch(r"\d+-", value))


# Children said to be away or asleep ("the kids went to bed", "kids are asleep now", "once the kids are in bed");
# "in" only with where they sleep or are looked after ("kids in the back" of the car are watching). A pronoun
# may take the children up after their ages ("the kids (4 and 7), they're in bed now", "my son is 6 but he's asleep").
_CHILDREN_AWAY_RE = re.compile(
    r"^\W*(?:(?:but|and|so|now)\s+)?(?:(?:they|he|she|both\s+of\s+them)(?=\s|'|’))?\s*"
    r"(?:(?:are|is|have|has|'re|'s|’re|’s|finally|just|now|all|both)\s+)*(?:went|gone|going|off|asleep|sleeping"
    # a baby or toddler napping is no viewer either: "while the baby sleeps", "the little one naps", "down for a nap"
    r"|sleeps|naps?|napping|dozing|(?:fell|falls|fallen|falling)\s+asleep|dozed\s+off|(?:conked|crashed|zonked)\s+out"
    r"|(?:having|taking|down\s+for)\s+(?:a|an|the|her|his|their)\s+nap"
    r"|in(?=\s+(?:bed|school|daycare|nursery|their\s+(?:rooms?|beds?)|the\s+other\s+room)\b)"
    r"|to\s+bed|down|out|away|at\s+(?:school|grandma'?s|their\s+\w+)"
    # at someone else's home or looked after by someone else (round 24a): "the kids are at my mom's", "kids are with
    # their dad this weekend", "staying at a friend's", "at camp", "on a sleepover" ("with me / us" are here)
    r"|(?:(?:staying|sleeping)\s+(?:over\s+)?)?at\s+(?:(?:my|our|the|his|her|a)\s+)?(?:[\w-]+\s+)?[\w-]+(?:'s|’s|s'|s’)(?=\W|$)"
    r"|(?:(?:staying|sleeping)\s+(?:over\s+)?)?at\s+(?:camp|daycare|nursery|practice|a\s+(?:sleepover|party|friend'?s)|sleepovers?)"
    r"|on\s+a\s+sleepover|(?:staying\s+)?with\s+(?:their|my|our|his|her|the)\s+(?:dad|daddy|father|mom|mommy|mum|mummy|mother"
    r"|grand(?:parents|ma|pa|mother|father|dad|mum|mom)|nan|nana|gran|granny|ex|aunt|auntie|uncle|cousins|friends|sitter"
    r"|babysitter|nanny|other\s+parent|in-laws)s?"
    # "we have 45 minutes before the kids get home / wake up": not there yet
    r"|gets?\s+(?:home|back)|comes?\s+(?:home|back)|wakes?\s+up|arrives?|(?P<here>are\s+(?:home|back)))\b"
    r"(?:\s+(?:to\s+)?(?:bed|sleep|asleep|for\s+the\s+night))?",
    re.IGNORECASE)


# Who is watching lasts across searches: a child in the room is still there when the viewer asks for something else
# ("lost in space we finished, something else" after "for me and my 12 yo"), until the viewer says they watch alone
# (``edits.viewer_alone_now``).


def _same_company(new_state: Constraints, turn: Turn, entities: Sequence[Entity]) -> Constraints:
    """A new search keeps the children or teens the search was for (their audience and rating caps) unless the message
    says who is watching now; new content is not new viewers."""
    state = turn.constraints
    # round 24b: any rating cap stays when the message points back at who watches ("something british for her then"
    # after a search capped for a grandparent)
    same_watcher = bool(state.audience or state.ratings) and points_at_the_watcher(turn.text)
    if (not search_active(turn) or not (state.audience in YOUNG_AUDIENCES or same_watcher) or new_state.audience
            or new_state.ratings or any(e.name in COMPANY_ENTITIES for e in entities) or says_alone(turn.text)):
        return new_state
    return replace(new_state, audience=state.audience, ratings=list(state.ratings))


# The search's person pointed back at by a possessive right before a kind ("his comedies", "her films", "their other
# shows") or after a preposition of credit ("with him", "starring her", "by him"); "for him / her" names who watches.
_HIS_KIND_RE = re.compile(r"\b(?:his|her|their)\s+(?:(?:other|own|actual|older|newer|funny|old|new)\s+)?$", re.IGNORECASE)
_WITH_HIM_RE = re.compile(r"\b(?:with|starring|featuring|by|from|w/?)\s*(?<=\s|/)(?:him|her)\b", re.IGNORECASE)


def _same_person(new_state: Constraints, turn: Turn, entities: Sequence[Entity]) -> Constraints:
    """A new search keeps the search's person when the message points at them by a pronoun and names nobody (round
    24b: "fine, just his comedies then" after nothing with him in a series: his comedies, any format)."""
    state = turn.constraints
    text = turn.text or ""
    if (not search_active(turn) or text.startswith("/") or new_state.actors or new_state.directors
            or new_state.any_people or not (state.actors or state.directors or state.any_people)):
        return new_state
    kinds = [e for e in entities if e.name in ("genre", "media_type") and not e.excluded and e.start is not None]
    if not (_WITH_HIM_RE.search(text) or any(_HIS_KIND_RE.search(text[:e.start]) for e in kinds)):
        return new_state
    return replace(new_state, actors=list(state.actors), directors=list(state.directors),
                   any_people=list(state.any_people))


def _alone(state: Constraints, turn: Turn) -> Constraints:
    """``state`` without the children's audience and rating caps when the viewer watches alone now."""
    return replace(state, audience=None, ratings=[]) if viewer_alone_now(turn) else state


def _alone_now(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """"ok any of his then, for me" after a search for a child: the viewer alone now, so the children's audience and
    rating caps go from the plan and from what it falls back to, whichever rule planned it."""
    if isinstance(plan, Plan) and viewer_alone_now(turn):
        plan.constraints = _alone(plan.constraints, turn)
        if plan.unless_empty is not None:
            plan.unless_empty = _alone(plan.unless_empty, turn)
    return plan


def _without_absent_children(text: Optional[str], entities: list[Entity],
                             earlier: Sequence[Said] = ()) -> list[Entity]:
    """"The kids went to bed, something for adults now": children said to be away are no audience; with an
    adults' audience named beside them only the adults count, and without one the grown-ups left are the
    audience ("kids are asleep, a thriller": no children's cap, no children's genres). So are children followed by an
    adults' wish in a later clause that names no child ("a day with the kids (5 and 8). now I want something grown up").
    One child away while others stay ("the 3 year old crashed out, for the rest of them now") leaves the youngest of the
    rest deciding, from the ages said earlier (``company.remaining_audience``); unknown ages keep the search's audience."""
    if not text or text.startswith("/"):
        return entities
    adults_named = any(e.name == "audience" and e.value == "adult" and not e.excluded for e in entities)
    kept: list[Entity] = []
    for e in entities:
        child = e.name == "audience" and e.value != "adult" and not e.excluded and e.end is not None
        away = _CHILDREN_AWAY_RE.match(text[e.end:]) if child and e.end is not None else None
        if away and away.group("here") and not _NOT_YET_RE.search(text[:e.start or 0]):
            away = None  # "my two boys are home with a cold": they are here, watching
        leaving = text[e.start or 0:e.end or 0]
        stay_end = others_stay(text, (e.end or 0) + away.end()) if away and not adults_named else None
        rest = remaining_audience(leaving, earlier) if away and not adults_named else None
        if away and (stay_end is not None or (rest and ages_in(leaving))):
            # "the 3 year old crashed out, for the rest of them now" (or a child of an age said earlier asleep while
            # the others are not): the rest of the children still watch; with no ages said earlier the search's
            # audience stays (a cap never loosens it)
            kept.append(Entity("audience", rest or e.value, None if rest else CAP, e.start,
                               stay_end if stay_end is not None else (e.end or 0) + away.end()))
            continue
        # the words stay read (no search words left over: "kids went bed"), as no constraint or as the adults
        if away or (child and _adults_wished_later(text, e, entities)):
            e = Entity("absent_audience" if adults_named else "audience", e.value if adults_named else "adult",
                       None, e.start, (e.end or 0) + (away.end() if away else 0))
            adults_named = True
        kept.append(e)
    return kept


# "before / until the kids are home": children not home yet. Without such a word, "the kids are home" are here.
_NOT_YET_RE = re.compile(r"\b(?:before|until|till|til|by\s+the\s+time|when|once)\s+(?:(?:the|my|our|both)\s+)?\W*$",
                         re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"[,.;:!?()\n]")
# Someone in the clause of the adults' wish who may be a child: "…, they want something grown up" keeps the children.
_CHILD_IN_CLAUSE_RE = re.compile(r"\b(?:they|he|she|them|him|her|kids?|children|child|sons?|daughters?|boys?|girls?"
                                 r"|twins|little\s+ones?|teens?)\b", re.IGNORECASE)


def _adults_wished_later(text: str, child: Entity, entities: list[Entity]) -> bool:
    """"A long day with the kids (5 and 8), now I want something grown up": an adults' audience asked for in a later
    clause that names no child says who the title is for; the children were the story of the day, not viewers."""
    assert child.end is not None
    for e in entities:
        if (e.name != "audience" or e.value != "adult" or e.excluded or e.start is None or e.start < child.end
                or not _CLAUSE_END_RE.search(text, child.end, e.start)):
            continue
        clause_start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, child.end, e.start)), default=child.end)
        if not _CHILD_IN_CLAUSE_RE.search(text, clause_start, e.start):
            return True
    return False


def _with_other_entities(turn: Turn, base: Constraints) -> tuple[Constraints, list[Entity]]:
    """``base`` (the people already decided) with the turn's other constraint entities applied, and those
    entities: a person edit still takes "kid friendly ones" or "only movies" said with it."""
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES | {"actor", "director"}]
    return apply_entities(base, others, shown_minutes=_shown_minutes(turn), shown_years=_shown_years(turn)), others


def _plan_all_genres(turn: Turn) -> Plan:
    """"Ideally both in one" while the search holds two genres or more: titles with every one of them (fresh picks),
    the rest of the search and anything else said with it kept; when the catalog has none, titles of either and one
    line that says so (``Plan.unless_empty``)."""
    state = turn.constraints
    genres = list(dict.fromkeys(list(state.genres) + list(state.any_genres)))
    together, _ = _with_other_entities(turn, replace(state, genres=genres, any_genres=[]))
    plan = Plan(together, exclude_ids=list(turn.shown_ids), shown_ids=list(turn.shown_ids))
    plan.unless_empty = replace(together, genres=[], any_genres=genres)
    plan.empty_note = wording.genres_never_together(genres)
    return shown_may_return(_finish(plan), turn)


def _plan_person_edit(turn: Turn, edit: PersonEdit) -> Plan:
    """"What about <person>", "<person> too", "anything by <person>" after comedies: the people change (replaced,
    or added to), the rest of the search stays; a replaced person gets fresh picks (everything shown is excluded),
    an added one narrows the search (shown titles with both people may be the answer)."""
    any_people = edit.any_people or (tuple(turn.constraints.any_people) if edit.added else ())
    # An added person narrows the search: titles shown that have both people are the answer, not stale picks.
    return _plan_with_people(turn, edit.actors, edit.directors, any_people, fresh=not edit.added)


def _plan_role_added(turn: Turn, role: str) -> Plan:
    """"And starring him too" after a director's films: the same person as cast and director (a title needs both),
    everything else of the search kept; the titles shown that already have both may be the answer (it narrows)."""
    state = turn.constraints
    person = list(state.directors) if role == "actor" else list(state.actors)
    actors = person if role == "actor" else list(state.actors)
    directors = person if role == "director" else list(state.directors)
    return _plan_with_people(turn, actors, directors, state.any_people, fresh=False)


def _plan_people_narrowed(turn: Turn, narrowing: PeopleNarrowing) -> Plan:
    """"Only eddie" after a search with two people: that person only, everything else of the search kept; the
    titles shown (they had both) are left out, so the picks are fresh."""
    return _plan_with_people(turn, narrowing.actors, narrowing.directors, narrowing.any_people, fresh=True)


def _plan_with_people(turn: Turn, actors: Sequence[str], directors: Sequence[str], any_people: Sequence[str], *,
                      fresh: bool) -> Plan:
    """The search with these people in place of its own and the turn's other entities applied; ``fresh``: the
    titles shown are left out."""
    people = {"actors": list(actors), "directors": list(directors), "any_people": list(any_people)}
    state, others = _with_other_entities(turn, replace(turn.constraints, **people))
    state = fiction_drops_forms(state, turn.text)  # "<person>'s movies instead" after their stand-up: no stand-up
    said = apply_entities(Constraints(**people), others)
    exclude = list(turn.shown_ids) if fresh else []
    plan = _finish(Plan(state, exclude_ids=exclude, shown_ids=turn.shown_ids, carried=_carried(state, said)))
    return shown_may_return(plan, turn) if fresh else plan


def _plan_for_the_audience(turn: Turn, watcher: tuple[int, int]) -> Plan:
    """"Fine, anything for him then" after a combination nothing matched: the search keeps who is watching, the
    format and every other filter; the genres (but the children's), mood and topic that made it empty go. What else
    the message says applies, its own topic too ("ok just something about dinosaurs for her then": dinosaurs, with the
    words naming the watcher left out); an audience read in those words ("a kid that age") is the search's."""
    state = turn.constraints
    text = turn.text or ""
    own_words = text[:watcher[0]] + " " * (watcher[1] - watcher[0]) + text[watcher[1]:]
    base = replace(state, genres=[g for g in state.genres if g in CHILDRENS_GENRES], any_genres=[], mood=[],
                   query=residual_query(own_words, turn.entities), similar_to=None, similar_title=None)
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES
              and (not _inside(e, [watcher]) or e.name == "audience" and age_said(text, e))]  # "for a 3 year old": theirs
    new_state = apply_entities(base, others, shown_minutes=_shown_minutes(turn))
    return shown_may_return(_finish(Plan(new_state, exclude_ids=list(turn.shown_ids), shown_ids=list(turn.shown_ids))),
                            turn)


def _plan_without_topic(turn: Turn, topic: str) -> Plan:
    """"Not monty python stuff" after a list: the same search, everything shown and every title about the topic
    left out (``Plan.exclude_topic``, looked up by the action); fresh picks."""
    wanted = _topic_beside_negations(turn.text or "", turn.entities)
    state = replace(turn.constraints, query=wanted) if wanted else turn.constraints
    plan = _finish(Plan(state, exclude_ids=list(turn.shown_ids), shown_ids=turn.shown_ids))
    plan.exclude_topic = topic
    if wanted:  # "samurai stuff maybe, nothing with pirates": samurai rank, and a topic naming a kind asks for its genres
        _subject_genres(plan)
    return shown_may_return(plan, turn)


def _topic_beside_negations(text: str, entities: Sequence[Entity]) -> Optional[str]:
    """The topic said outside the negated words of a message ("samurai stuff" of "samurai stuff maybe, nothing with
    pirates"), or None."""
    for a, b in negation_scopes(text):
        text = text[:a] + " " * (b - a) + text[b:]
    return residual_query(text, list(entities))


def _plan_without_person(turn: Turn) -> Plan:
    """"Along those lines but not by him", "someone else": the person is dropped and their titles are left
    out (``Plan.exclude_people``, resolved by the action); the rest of the search stays. When the person was all
    the search had, the list shown is the anchor ("along those lines": like its first pick); so it is when others
    like the person are asked for ("more comedians like her" after her stand-up: stand-up ranked like hers), anchored
    on a listed title of the kind the person noun names and asking for that kind (round 33: her first listed title
    may be a drama she acted in)."""
    state = turn.constraints
    spans = turned_down_person_spans(turn)
    described = [e for e in turn.entities if _inside(e, spans)]  # "comedian": the person, not a genre
    kept = replace(turn, entities=[e for e in turn.entities if e not in described])
    new_state, _ = _with_other_entities(kept, replace(state, actors=[], directors=[], any_people=[]))
    # "other comedians like her": the kind of work the person noun names (stand-up), on a listed title of that kind
    likes = likes_the_person(turn)
    kinds = [str(e.value) for e in described if e.name == "genre" and not e.excluded] if likes else []
    if (likes or not new_state.similar_to and not new_state.genres and not new_state.query) and turn.last_items:
        first = next((i for i in turn.last_items if set(kinds) & set(i.get("genres") or ())), turn.last_items[0])
        new_state.similar_to, new_state.similar_title = str(first["id"]), str(first.get("title") or first["id"])
    unnamed = new_state
    if kinds:  # the kind asked for while the catalog has titles of it; else like the person's titles alone
        new_state = replace(new_state, genres=list(dict.fromkeys([*new_state.genres, *kinds])))
    plan = _finish(Plan(new_state, exclude_ids=list(turn.shown_ids), shown_ids=turn.shown_ids))
    if kinds and plan.unless_empty is None:
        plan.unless_empty = unnamed
    if any_person_will_do(turn):  # "a comedy from anybody": the person is dropped, their titles may come back
        return shown_may_return(plan, turn)
    # "A or B" then "someone else": neither of them, acting or directing
    plan.exclude_people = (tuple(state.actors) + tuple(state.any_people), tuple(state.directors) + tuple(state.any_people))
    return shown_may_return(plan, turn)


# Words that ask for titles not shown yet ("anything else with her", "more from him", "other ones", "another"): with
# them the titles shown stay out even when nothing else matches (docs/contracts.md "Dialogue edit rules").
ASKS_FOR_FRESH_RE = re.compile(r"\b(?:else|more|other|others|another|again|different|besides)\b", re.IGNORECASE)


def shown_may_return(plan: Plan, turn: Turn) -> Plan:
    """A narrowing or excluding edit ("not the third", "not the <topic> ones", "just the recent ones from him") prefers
    titles not shown yet, but when none match the titles shown that do come back (``Plan.again_if_empty``; the action
    says so): it asked for a subset, not for more. Titles turned down or seen stay out."""
    held = set(plan.rejected_ids or ()) | set(turn.rejected_ids)
    plan.again_if_empty = [i for i in turn.shown_ids if i not in held]
    return plan


def _with_rejected(plan: Union[Plan, Question], turn: Turn) -> Union[Plan, Question]:
    """Titles the viewer turned down never come back in this conversation."""
    if isinstance(plan, Plan) and turn.rejected_ids:
        plan.exclude_ids = list(dict.fromkeys(plan.exclude_ids + turn.rejected_ids))
    return plan


def _points_back_at_the_title_named(turn: Turn) -> bool:
    """The message names one title, then points back at it with a likeness ("i finally watched <title> … got more
    things like that?", "loved <title>, more like that"): that title is the likeness anchor, even read as seen or
    said plainly (round 25b), never a new search for the title itself."""
    text = turn.text or ""
    from actions.edits.seen import says_seen

    seen_role = ("exclude",) if says_seen(text) else ()  # "watched <title>": read as left out, still the one meant
    titles = [e for e in turn.entities if e.name == "title" and e.role in (None, SIMILAR, *seen_role)
              and e.end is not None]
    if len({e.value for e in titles}) != 1:
        return False
    return points_back(text[max(e.end for e in titles):])


def _names_unshown_title(turn: Turn) -> bool:
    """Whether the message names a title that is not one of the titles just shown."""
    shown = {str(i.get("title") or "").casefold() for i in turn.last_items}
    return any(e.name == "title" and e.value.casefold() not in shown for e in turn.entities)


# A likeness of looks or sound, never of a title: "i look like <actor>", "he sounds like <singer>", "she resembles X".
_LOOKS_LIKE_RE = re.compile(r"\b(?:look|looks|looked|looking|sound|sounds|sounded|sounding)\s+(?:(?:just|a\s+bit|a\s+lot"
                            r"|kind\s+of|kinda|sort\s+of|exactly)\s+)?like\b|\bresembl\w*\b", re.IGNORECASE)
_ANY_LIKENESS_RE = re.compile(r"\b(?:like|similar|same|resembl\w*)\b", re.IGNORECASE)


def _likeness_of_looks_only(turn: Turn) -> bool:
    """A message labelled ``more_like`` whose only likeness is of someone's looks ("my sister swears i look like
    <actor>, what of hers have you got") and that names a person and no title: a search with that person (24c)."""
    text = turn.text or ""
    if text.startswith("/") or any(e.name in REFERENCE_ENTITIES for e in turn.entities):
        return False
    if not any(e.name in ("actor", "director") and not e.excluded for e in turn.entities):
        return False
    looks = [m.span() for m in _LOOKS_LIKE_RE.finditer(text)]
    return bool(looks) and all(any(a <= m.start() < b for a, b in looks) for m in _ANY_LIKENESS_RE.finditer(text))


def _edits_without_anchor(turn: Turn) -> bool:
    """A message labelled ``more_like`` that points at no title (no position, title or id, nothing focused)
    but states constraints: an edit of the search, not a question about which title."""
    text = turn.text or ""
    if any(e.name in REFERENCE_ENTITIES for e in turn.entities) or turn.focused_id or text.startswith("/"):
        return False
    if _POINTS_AT_A_TITLE.search(text):  # "more like this, but newer" still asks which one
        return False
    return any(e.name in CONSTRAINT_ENTITIES for e in turn.entities)


# "more like this one", "the second one": "one" points at a title only after a determiner ("one with lots of
# seasons" is a kind of title, not one of the list); "keep it tamer", "make it shorter" edit the search.
_POINTS_AT_A_TITLE = re.compile(r"\b(?:this|that|these|those|(?<!keep\s)(?<!make\s)it|them|similar|same)\b"
                                r"|\b(?:this|that|the|which|last|first)\s+(?:\w+\s+)?one\b", re.IGNORECASE)
# "other movies like that", "different ones like those": more like the list as a whole, not one of its titles.
_LIKE_THE_LIST = re.compile(r"\b(?:other|others|different)\b|\blike\s+(?:those|these|them|all\s+of\s+them)\b",
                            re.IGNORECASE)


def _last_for_a_position_past_the_list(turn: Turn) -> Optional[Reference]:
    """Round 25d: "the third one sounds good, more like it" after a list of two — a position just past a short list (one
    more than it held): the last title shown stands for it, rather than a question that stalls the conversation."""
    items = turn.last_items
    positions = [e for e in turn.entities if e.name == "position" and not e.excluded]
    if not items or len(positions) != 1 or not str(positions[0].value).isdigit() \
            or int(positions[0].value) != len(items) + 1:
        return None
    last = items[-1]
    return Reference(str(last["id"]), last.get("title"), len(items), last)


def _plan_more_like(turn: Turn) -> Union[Plan, Question]:
    """"More like the second one": anchor on that item; drop the people, title and topic that made the
    previous list, keep the other constraints."""
    note: Optional[str] = None
    try:
        ref = resolve(turn.entities, turn.last_items, turn.focused_id)
    except UnresolvedReference as exc:
        ref = _last_for_a_position_past_the_list(turn)
        if ref is None:
            return Question(exc.message)
        note = wording.like_the_last_of_a_short_list(len(turn.last_items), str(ref.title or ""))
    missing = children_like_the_missing(turn) if ref is None else None
    if missing is not None:  # "something like it" after "put on <a show the catalog lacks> for my 3 year old"
        state, words = missing
        return Plan(state, exclude_ids=list(turn.shown_ids), note=wording.like_a_missing_title(words))
    lacked = missing_title_words_before(turn) if ref is None and not turn.focused_id and not turn.entities else None
    if lacked is not None:  # "something like it then" after "is <a show the catalog lacks> on here", nobody's age said
        return Question(wording.like_a_missing_title_asked(lacked))
    if ref is None and likes_the_anchor(turn) and not _franchise_listed(turn):
        # "other ones like that" while the list is titles like <title>: like that title, never like its top pick
        return _plan_more_of_the_anchor(turn)
    if ref is None and turn.last_items and _likes_the_list(turn) and not turn.constraints.similar_to \
            and not _franchise_listed(turn):
        # "other movies like that" after a list (a person's films): like the list, anchored on its top pick
        first = turn.last_items[0]
        ref = Reference(str(first["id"]), first.get("title"), 1, first)
    if ref is None and (points_back(turn.text) or not turn.entities or _POINTS_AT_A_TITLE.search(turn.text or "")):
        # "ok more like that one", "more of that vibe", "similar pls": the title the conversation is about — a
        # franchise's main title, the title named just before, the search's anchor (actions/title_in_talk.py)
        ref = title_in_talk(turn)
    if ref is None and acts_without_reference(turn):
        return _plan_recommendation(turn, "refine")  # "the heist ones or similar, for the little ones": an edit
    if ref is None:
        if turn.last_items:
            return Question("More like which one?", buttons.item_choice_buttons("more_like", turn.last_items))
        return Question("More like which title? Tell me its name, e.g. “something like Stranger Things”.",
                        buttons.HELP_EXAMPLES)
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES]
    others += season_shift_of_anchor(turn.text, others, compared=False)  # "like it but with more seasons": than it
    others, shifts = split_shifts(others, relative=True)  # "more like the second one but shorter": than it
    state = _anchor(apply_entities(similarity_pivot_search(turn.constraints), others,
                                   shown_minutes=_shown_minutes(turn)), ref)
    # Nothing new left with the search's filters (a narrow list, all shown): the similarity stands for them.
    narrow = _anchor(apply_entities(similarity_pivot_base(turn.constraints), others,
                                    shown_minutes=_shown_minutes(turn)), ref)
    exclude = list(turn.shown_ids) + ([ref.item_id] if ref.item_id else [])
    plan = Plan(state, exclude_ids=exclude, shown_ids=turn.shown_ids, unless_empty=narrow if narrow != state else None,
                note=note)
    _contrast(plan, shifts, others, anchor=ref.item, shown_minutes=_shown_minutes(turn),
              shown_years=_shown_years(turn))
    return _finish(plan)


def similarity_pivot_search(state: Constraints) -> Constraints:
    """What a pivot to a title keeps of the search first (docs/contracts.md "Dialogue edit rules", pivot to
    similarity): all of it but what made the previous list a list of its own — its people, its "like" title and
    its topic. "More like the second one" after Korean thrillers stays Korean thrillers while some are left. Its
    order goes too: the similarity ranks the new list ("the shortest comedies", then "more like the 2nd one")."""
    return replace(state, actors=[], directors=[], any_people=[], query=None, similar_to=None, similar_title=None,
                   sort=None)


def similarity_pivot_base(state: Constraints) -> Constraints:
    """What a pivot to a title keeps of the search when ``similarity_pivot_search`` leaves no new title (the
    action runs it then: ``Plan.unless_empty``): the format, who is watching (audience and rating caps), runtime
    and season bounds and every exclusion. The filters that selected the previous list — genres, origin,
    language, years, mood — go too: the similarity to the title stands for them."""
    return Constraints(media_type=list(state.media_type), min_minutes=state.min_minutes, max_minutes=state.max_minutes,
                       min_seasons=state.min_seasons, max_seasons=state.max_seasons, audience=state.audience,
                       ratings=list(state.ratings), exclude_genres=list(state.exclude_genres),
                       exclude_countries=list(state.exclude_countries),
                       exclude_languages=list(state.exclude_languages))


# "other movies like that" under any label: others like the list shown, not a question about one of its titles.
_OTHERS_LIKE_THE_LIST = re.compile(r"\b(?:other|others|different)\b[^.?!]*\blike\s+(?:that|those|these|them)\b"
                                   # "anything else like those", "more like them": the titles shown, in the plural
                                   r"|\b(?:else|more|some|any)\b[^.?!]*\blike\s+(?:those|these|them|all\s+of\s+them)\b",
                                   re.IGNORECASE)


# With one title listed, "like that" in the singular points at it: "anything else like that" after one pick (round 37).
_OTHERS_LIKE_THE_ONE = re.compile(r"\b(?:else|more|other|others|different)\b[^.?!]*\blike\s+(?:that|this|it)\b"
                                  r"(?!\s+(?:but|except|only|just|with|without|from|in|for|under|over)\b)", re.IGNORECASE)


def asks_for_others_like_the_list(turn: Turn) -> bool:
    """"Other movies like that" read as a like, a "seen" or a details question: with a list shown and no title
    pointed at, it asks for more like the list (``action_recommend`` with ``more_like``), never "which one?"."""
    text = turn.text or ""
    # one title in view — a single pick, or a card with no list after it ("hush" → "other ones like that")
    one_in_view = len(turn.last_items) == 1 or (not turn.last_items and bool(turn.focused_id))
    asked = _OTHERS_LIKE_THE_LIST.search(text) or (one_in_view and _OTHERS_LIKE_THE_ONE.search(text))
    return ((bool(turn.last_items) or one_in_view) and not text.startswith("/") and bool(asked)
            and not turns_down_a_likeness(text)  # "some comedies, nothing like those": something else
            and not any(e.name in REFERENCE_ENTITIES for e in turn.entities))


def _franchise_listed(turn: Turn) -> bool:
    """Whether the list shown is all of one franchise (its main title is what "like that" points at)."""
    return franchise_main_title(turn.last_items) is not None


def _likes_the_list(turn: Turn) -> bool:
    """"Other movies like that", "different ones like those": a "more like" that asks for others like the list
    shown rather than pointing at one of its titles ("more like this but newer" still asks which one)."""
    text = turn.text or ""
    return not text.startswith("/") and bool(_LIKE_THE_LIST.search(text)) and not turns_down_a_likeness(text)


# "more like that", "more like it", "anything else like this", "something along the same lines", "in the same vein":
# with no title pointed at.
_LIKE_THAT_RE = re.compile(r"\blike\s+(?:that|this|it)\b(?!\s+(?:one|1|show|movie|film|series|title)\b)"
                           r"|\b(?:along|on)\s+(?:the\s+)?same\s+lines\b|\bin\s+the\s+same\s+(?:vein|spirit|style)\b"
                           r"|\b(?:same|similar)\s+(?:sort|kind|type|style)\s+of\s+(?:thing|stuff)\b|\bsomething\s+similar\b",
                           re.IGNORECASE)


def likes_the_anchor(turn: Turn) -> bool:
    """"More like that" while the search is "like <title>" ("the baking show is my fav" → picks like it → "more like
    that, not british"): "that" is the title the search is anchored on, not one of the picks to choose from."""
    text = turn.text or ""
    return (bool(turn.constraints.similar_to) and not text.startswith("/") and bool(_LIKE_THAT_RE.search(text))
            and not turns_down_a_likeness(text))


# "or shows like it", "or just similar ones": the likeness offered as the other way to go, instead of the search's
# narrowing.
_OR_OPENING_RE = re.compile(r"^\W*(?:(?:ok(?:ay)?|hm+|well|so)\W+)?or\b", re.IGNORECASE)


def _plan_more_of_the_anchor(turn: Turn) -> Plan:
    """More titles like the search's anchor: the search kept with what else this turn says ("not british"), fresh
    picks, never the anchor itself."""
    others = [e for e in turn.entities if e.name not in REFERENCE_ENTITIES]
    others, shifts = split_shifts(others, relative=True)  # "older ones like it": older than that title
    base = turn.constraints
    if _OR_OPENING_RE.match(turn.text or ""):
        # round 34: "or shows like it" after its lead's other titles: the likeness instead of the people, not beside them
        base = replace(base, actors=[], directors=[], any_people=[])
    state = apply_entities(base, others, shown_minutes=_shown_minutes(turn))
    exclude = list(turn.shown_ids) + [str(turn.constraints.similar_to)]
    plan = Plan(state, exclude_ids=exclude, shown_ids=list(turn.shown_ids))
    _contrast(plan, shifts, others, anchor=None, shown_minutes=_shown_minutes(turn), shown_years=_shown_years(turn))
    return _finish(plan)


def _anchor(state: Constraints, ref: Reference) -> Constraints:
    """Use the referenced item as the "like" anchor: its id when known, else its title."""
    return replace(state, similar_to=ref.item_id or ref.title, similar_title=ref.title or ref.item_id)


def _anchor_title_id(state: Constraints, entities: list[Entity]) -> list[str]:
    """"Something like Stranger Things" should not answer "Stranger Things": exclude the anchor."""
    if not state.similar_to or not any(e.name == "title" for e in entities):
        return []
    item_id = lookup_title_id(state.similar_to)
    if item_id:
        state.similar_to = item_id  # the id is unambiguous; the title stays for display
        return [item_id]
    return []


def _like_every_title(state: Constraints, entities: list[Entity]) -> list[str]:
    """"What's similar to both X and Y", "fans of X, Y and Z": the recommender ranks like one title (``similar_to``
    takes one id), so the first "like" title said is the anchor and the heading names them all ("like X and Y");
    the catalog ids of all of them (anchor first) are returned, each left out of the picks. One "like" title: []."""
    names = list(dict.fromkeys(e.value for e in entities
                               if e.name == "title" and e.role == SIMILAR and not e.excluded))
    if len(names) < 2:
        return []
    ids = [lookup_title_id(name) for name in names]
    state.similar_to = ids[0] or names[0]
    state.similar_title = wording.and_list(names)
    return [i for i in ids if i]


def _finish(plan: Plan) -> Plan:
    """A request with nothing to go on gets a varied mix instead of a question."""
    if plan.constraints.is_empty():
        plan.diverse = True
    return plan


def _shown_years(turn: Turn) -> list[int]:
    """Release years of the list just shown ("newer" / "older" are relative to it)."""
    return [int(i["year"]) for i in turn.last_items
            if isinstance(i.get("year"), (int, float)) and not isinstance(i.get("year"), bool) and i["year"] > 0]


def _shown_minutes(turn: Turn) -> list[int]:
    return [int(i["duration_minutes"]) for i in turn.last_items
            if isinstance(i.get("duration_minutes"), (int, float)) and i["duration_minutes"] > 0]
