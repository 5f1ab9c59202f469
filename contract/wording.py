"""Every data-dependent sentence the bot says, in written and spoken form, in one place.

How a runtime is shown ("1 h 52 min" written, "an hour and three quarters" spoken), how constraints
are summarised, the heading above a list, the "nothing matched" and handoff notices: renderers and
actions compose these and never reword them. Data-free sentences (greetings, help) stay in
domain.yml. Stdlib only: both runtimes import this module.

Longer than ~300 lines on purpose: splitting it would give wording two homes again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Optional

from contract.payloads import (HANDOFF_AGENT_JOINED, HANDOFF_CANCELLED, HANDOFF_ENDED, HANDOFF_NO_AGENT,
                               HANDOFF_TIMED_OUT, HANDOFF_UNAVAILABLE, HANDOFF_VOICE, HANDOFF_WAITING,
                               HandoffState, Item)
from contract.constraints import GENERATION_YEARS, NEW_ARRIVAL_DAYS, OLD_YEARS, RECENT_YEARS, SORT_ORDERS, split_kind
from contract.topics import topic_words
from contract.vocabulary import (AUDIENCES, LANGUAGE_NAMES, MOOD_LEANINGS, RATING_AUDIENCE, compound_name, genre_label,
                                 language_label, ratings_for_audience)

SEP = " · "
FEATURED = "featured"  # leads the reason of a title operators pinned (recommender.editorial)

_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                 "eleven", "twelve")
_MEDIA_WRITTEN = {"movie": "movies", "series": "series", "special": "specials"}
# Who a search is for, in the words a parent uses (docs/contracts.md "Age mapping": "kids" without an age is
# the family level, PG at most; the kids level is ages 5-6).
_AUDIENCE_WORDS = {"preschool": "for little kids", "kids": "for young kids", "family": "for kids and family",
                   "teen": "for teens", "adult": "for adults"}
_KIND_SPOKEN = {"movie": "a movie", "series": "a series", "special": "a special"}
TYPE_LABELS = {"movie": "Movie", "series": "Series", "special": "Special"}

# --- fixed sentences that several parts say -----------------------------------------------------------

RECOMMENDER_UNAVAILABLE = ("Sorry — I can't reach the catalog right now, so I can't look anything up. "
                           "Please try again in a minute.")
BOT_UNAVAILABLE = "Sorry, I can't reach my recommendation brain right now. Please try again in a minute."
BOT_SILENT = "Sorry, I can't search right now. Please try again in a moment."
REFINE_QUESTION = "Want something else, or shorter?"
WHAT_ELSE_QUESTION = "What else can I find for you?"
NOT_QUITE = "Not quite it? Tap a button or tell me more."
EMPTY_REPLY = "Sorry, I don't have an answer for that. Want to try something like comedies under 40 minutes?"
WAITING_ACK = ("Thanks, I've added that for the support team. A person will join as soon as they can; say "
               "\"back to the bot\" to carry on with me instead.")
RESUME_FAILED = "You're back with mediabot, but I can't pick up our conversation just yet. Please try again in a minute."
ENGLISH_ONLY = ("Sorry, I only understand English so far. Could you ask me in English? "
                "For example: “funny movies under 90 minutes”.")


# --- numbers and runtimes ---------------------------------------------------------------------------------


def number_words(n: int) -> str:
    """"two" rather than "2" for the small counts people say in words; digits beyond twelve."""
    return _NUMBER_WORDS[n] if 0 <= n < len(_NUMBER_WORDS) else str(n)


def _positive(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def runtime(minutes: Any = None, seasons: Any = None, *, spoken: bool = False) -> Optional[str]:
    """A title's runtime: "1 h 52 min" / "32 min" / "3 seasons" written; "an hour and three quarters" /
    "about 30 minutes" / "three seasons" spoken. None when the catalog does not know (never guess)."""
    if _positive(minutes):
        return _minutes_spoken(int(minutes)) if spoken else _minutes_written(int(minutes))
    if _positive(seasons):
        count = int(seasons)
        number = number_words(count) if spoken else str(count)
        return f"{number} season" + ("" if count == 1 else "s")
    return None


def _minutes_written(minutes: int) -> str:
    if minutes >= 60:
        hours, rest = divmod(minutes, 60)
        return f"{hours} h {rest} min" if rest else f"{hours} h"
    return f"{minutes} min"


def _minutes_spoken(minutes: int) -> str:
    if minutes < 10 or (minutes < 60 and minutes % 5 == 0):
        return f"{minutes} minute" + ("" if minutes == 1 else "s")
    if minutes < 58:
        return f"about {5 * round(minutes / 5)} minutes"
    quarters = round(minutes / 15)
    about = "" if quarters * 15 == minutes else "about "
    hours, rest = divmod(quarters, 4)
    return about + _hours_spoken(hours, rest)


def _hours_spoken(hours: int, quarters: int) -> str:
    whole = "an hour" if hours == 1 else f"{number_words(hours)} hours"
    return whole + ("", " and a quarter", " and a half", " and three quarters")[quarters]


def _limit_spoken(minutes: int) -> str:
    """A runtime limit is said exactly ("under 40 minutes"): rounding it would misstate the request."""
    if minutes >= 60 and minutes % 15 == 0:
        return _hours_spoken(*divmod(minutes // 15, 4))
    return f"{minutes} minute" + ("" if minutes == 1 else "s")


def runtime_range(low: Any, high: Any, *, spoken: bool = False) -> Optional[str]:
    """A requested runtime range: "under 40 min" / "between 90 minutes and two hours"."""
    lo = int(low) if _positive(low) else None
    hi = int(high) if _positive(high) else None
    if spoken:
        if lo and hi:
            return f"between {_limit_spoken(lo)} and {_limit_spoken(hi)}"
        if hi:
            return f"under {_limit_spoken(hi)}"
        return f"over {_limit_spoken(lo)}" if lo else None
    if lo and hi:
        return f"{lo}–{hi} min"
    if hi:
        return f"under {hi} min"
    return f"over {lo} min" if lo else None


def year_range(low: Any, high: Any) -> Optional[str]:
    """"1990–1999", "from 2019 on", "up to 1979"."""
    lo = int(low) if _positive(low) else None
    hi = int(high) if _positive(high) else None
    if lo and hi:
        return str(lo) if lo == hi else f"{lo}–{hi}"
    if lo:
        return f"from {lo} on"
    return f"up to {hi}" if hi else None


def and_list(words: Sequence[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    words = list(words)
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def title_with_year(item: Item) -> str:
    """"Title (2019)", or just the title when the year is unknown."""
    return f"{item.title} ({item.year})" if item.year else item.title


# --- constraints -------------------------------------------------------------------------------------------


def _list(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    return [str(value)]


def describe(constraints: Mapping[str, Any], *, spoken: bool = False) -> str:
    """A short summary of constraints in the API's shape (plus ``similar_title``).

    Written: "comedy, no horror · under 40 min · for kids" (every constraint, so a viewer can check
    them). Spoken: "comedy movies under 40 minutes for kids" (the hard facts a listener needs).
    """
    c = constraints
    genres = [genre_label(g).lower() for g in _list(c.get("genres"))]
    media = _list(c.get("media_type"))
    if spoken:
        words: list[str] = []
        if genres:
            words.append(and_list(genres))
        either = [genre_label(g).lower() for g in _list(c.get("any_genres"))]
        if either:
            words.append(" or ".join(either))
        if len(media) == 1 and media[0] in _MEDIA_WRITTEN:
            words.append(_MEDIA_WRITTEN[media[0]])
        rng = runtime_range(c.get("min_minutes"), c.get("max_minutes"), spoken=True)
        if rng:
            words.append(rng)
        seasons = season_range(c.get("min_seasons"), c.get("max_seasons"), spoken=True)
        if seasons:
            words.append(f"with {seasons}")
        audience = c.get("audience")
        if isinstance(audience, str) and audience in _AUDIENCE_WORDS:
            words.append(_AUDIENCE_WORDS[audience])
        order = sort_words(c.get("sort"))
        return ", ".join(w for w in (" ".join(words), order) if w)
    parts: list[str] = []
    if genres:
        parts.append(" + ".join(genres))
    if _list(c.get("any_genres")):
        parts.append(" or ".join(genre_label(g).lower() for g in _list(c.get("any_genres"))))
    excluded = [genre_label(g).lower() for g in _list(c.get("exclude_genres"))]
    if excluded:
        parts.append("no " + ", ".join(excluded))
    if media:
        names = [_MEDIA_WRITTEN.get(m, m) for m in media]
        parts.append(" or ".join(names) if len(names) > 1 else f"{names[0]} only")
    for text in (runtime_range(c.get("min_minutes"), c.get("max_minutes")),
                 season_range(c.get("min_seasons"), c.get("max_seasons")), audience_words(c.get("audience"))):
        if text:
            parts.append(text)
    if _list(c.get("ratings")):
        parts.append(ratings_words(_list(c.get("ratings"))))
    years = year_range(c.get("year_min"), c.get("year_max"))
    if years:
        parts.append(years)
    recency = relative_years(c.get("recent_years"), c.get("older_than_years"))
    if recency:
        parts.append(recency)
    if _positive(c.get("added_days")):
        parts.append(newly_added(c.get("added_days")))
    if _list(c.get("languages")):
        parts.append("in " + " or ".join(language_label(code) for code in _list(c.get("languages"))))
    if _list(c.get("countries")):
        parts.append("from " + " or ".join(_list(c.get("countries"))))
    if _list(c.get("exclude_languages")):
        parts.append("not in " + " or ".join(language_label(code) for code in _list(c.get("exclude_languages"))))
    if _list(c.get("exclude_countries")):
        parts.append("not from " + " or ".join(_list(c.get("exclude_countries"))))
    if _list(c.get("exclude_origin_genres")):
        parts.append(origin_genres_words(_list(c.get("exclude_origin_genres"))))
    if _list(c.get("exclude_topics")):
        parts.append(topics_words(_list(c.get("exclude_topics"))))
    if _list(c.get("actors")):
        parts.append("with " + " and ".join(_list(c.get("actors"))))
    if _list(c.get("directors")):
        parts.append("directed by " + " or ".join(_list(c.get("directors"))))
    if _list(c.get("any_people")):
        parts.append("with " + " or ".join(_list(c.get("any_people"))))
    if c.get("similar_to"):
        parts.append(f"like {c.get('similar_title') or c.get('similar_to')}")
    if _list(c.get("mood")):
        parts.append(" & ".join(_list(c.get("mood"))) + " mood")
    if c.get("query"):
        parts.append(f"“{c['query']}”")
    order = sort_words(c.get("sort"))
    if order:
        parts.append(order)
    return SEP.join(parts)


def topics_words(topics: Sequence[str]) -> str:
    """Topics ruled out, as the echo says them: "nothing about superheroes", "nothing about zombies or war"."""
    return "nothing about " + " or ".join(topic_words(t) for t in topics)


def sort_words(order: Any) -> Optional[str]:
    """"shortest first", "oldest first": the far end a list starts at (contract.constraints.SORT_ORDERS)."""
    return f"{order} first" if order in SORT_ORDERS else None


def audience_words(audience: Any) -> Optional[str]:
    """"for kids and family", "for little kids", "for adults": who a search is for."""
    if not isinstance(audience, str) or not audience:
        return None
    return _AUDIENCE_WORDS.get(audience, f"for {audience}")


# --- what a list of picks says ---------------------------------------------------------------------------------


def recommendations_heading(constraints: Mapping[str, Any], count: int, *, diverse: bool = False) -> str:
    """The sentence above a list, stating the constraints applied so the viewer can check them."""
    if diverse:
        # not "popular": the bundled catalog has no popularity (the prior is recommender/prior.py)
        return f"Here's a varied mix of {count} picks to get you started:"
    summary = describe(constraints)
    lead = "Here's 1 pick" if count == 1 else f"Here are {count} picks"
    return f"{lead} ({summary}):" if summary else f"{lead}:"


def no_mood_combination(added: Sequence[str], genres: Sequence[str]) -> str:
    """A comparative mood ("funnier", "sadder") found nothing combined with the search's genres: said before the
    picks of the search as it was ("Nothing here is both romance and comedy, so these stay romance.")."""
    new = " or ".join(genre_label(g).lower() for g in added)
    held = and_list([genre_label(g).lower() for g in genres])
    return f"Nothing here is both {held} and {new}, so these stay {held}."


def gentler_scares() -> str:
    """Round 30C: a scare said softly or for a little child found nothing on the horror and thriller shelves: said
    before the picks the scary mood ranks instead."""
    return "Nothing on the horror or thriller shelves fits, so here are gently spooky picks instead."


def nothing_that_old() -> str:
    """Round 31: "old" (another era) found nothing for the search, which widened to a generation back: said before
    those picks."""
    return "Nothing quite that old fits, so here are picks from a generation back instead."


def nothing_past_the_list(newer: bool, year: int, constraints: Mapping[str, Any]) -> str:
    """"newer" / "older" after a list already of the newest / oldest year the search reaches (the catalog's own
    newest, 2021, for the bundled one): said instead of a list, with more from that year offered (round 21f; round
    20g showed more titles of that year as if they were newer)."""
    summary = describe(constraints)
    edge, than = ("newest", "newer") if newer else ("oldest", "older")
    of = f" for this search ({summary})" if summary else ""
    return f"Those are already the {edge} titles I have{of}: nothing is {than} than {year}. Want more from {year}?"


def more_from_year(year: int) -> str:
    """The offer after ``nothing_past_the_list``: more titles of that year (the quick reply's label)."""
    return f"more from {year}"


def no_origin_dramas(country: Optional[str], language: Optional[str]) -> str:
    """A k-drama (an origin's dramas said as one word) and no drama-tagged series fits the rest: said before the
    picks that are series of that origin of any genre."""
    if language:
        label = language_label(language)
        return f"No {label} dramas fit all of that, so here are {label} series that do."
    return f"No dramas from {country} fit all of that, so here are series from {country} that do."


def no_title_has_all_genres(genres: Sequence[str]) -> str:
    """A like-search asked for several genres and no title has them all: said before the picks that have any of
    them ("Nothing else here is both teen and action & adventure, so these are one or the other.")."""
    held = and_list([genre_label(g).lower() for g in genres])
    if len(genres) > 2:
        return f"Nothing else here is all of {held}, so these have some of them."
    return f"Nothing else here is both {held}, so these are one or the other."


def story_kinds_left_out(genres: Sequence[str]) -> str:
    """Round 35: a long message's story named a kind ("… on a nostalgia kick …") and its request a person or title
    ("what jim carrey stuff do you have"); nothing is both, so the request alone is answered, said before the picks."""
    kinds = " or ".join(genre_label(g).lower() for g in genres)
    return f"Nothing that fits is also {kinds}, so these leave {kinds} out."


def ratings_words(ratings: Sequence[str]) -> str:
    """The ratings a search allows, as a heading says them: a whole band up to an audience's ratings as its top
    ("rated up to PG/TV-PG", for a grown-ups' cap that is the family band), any other set listed ("rated R")."""
    for audience in AUDIENCES[1:]:
        band = ratings_for_audience(audience)
        if set(ratings) == set(band):
            return "rated up to " + "/".join(r for r in band if RATING_AUDIENCE[r] == audience)
    return "rated " + "/".join(ratings)


def stand_in_note(moved: Sequence[str], stand_ins: Sequence[str], kind: str = "films") -> str:
    """A film search for a genre the catalog tags on series only ("crime movies"), or a series search for one it tags
    on films only ("a sports series", ``kind`` "series"), sent as its nearest genre of that format with the genre as
    the topic: said in words before the list, so the stand-in is no surprise ("No crime films are tagged here; these
    are thrillers about crime.", "No sports series are tagged here; these are docuseries about sports.")."""
    asked = and_list([g.replace("-", " and ") for g in moved])
    if not stand_ins:
        return f"No {asked} {kind} are tagged here; these are {kind} about {asked}."
    plurals = _GENRE_PLURALS if kind == "films" else _SERIES_PLURALS
    kinds = and_list([plurals.get(g, g.replace("-", " and ") + f" {kind}") for g in stand_ins])
    return f"No {asked} {kind} are tagged here; these are {kinds} about {asked}."


def compound_topic_note(moved: Sequence[str], kept: Sequence[str]) -> str:
    """A search of any format for a compound holding a genre the catalog tags on series only ("a french crime
    thriller"), which no series answered: searched for the other genre with the first as the topic, said before the
    list ("Nothing here is tagged both crime and thriller; these are thrillers about crime.", round 25c)."""
    asked = and_list([g.replace("-", " and ") for g in moved])
    both = and_list([*(g.replace("-", " and ") for g in moved), *kept])
    kinds = and_list([_GENRE_PLURALS.get(g, g.replace("-", " and ") + " titles") for g in kept])
    return f"Nothing here is tagged both {both}; these are {kinds} about {asked}."


def people_genre_topic_note(moved: Sequence[str]) -> str:
    """A person's search whose genre none of their titles is tagged with, searched with the genre as the topic instead
    (actions/constraints.genres_for_people): said before the list ("None of their titles here is tagged crime; these
    are the closest to crime.")."""
    asked = and_list([g.replace("-", " and ") for g in moved])
    return f"None of their titles here is tagged {asked}; these are the closest to {asked}."


def genre_left_with_origin(genres: Sequence[str], countries: Sequence[str], languages: Sequence[str] = ()) -> str:
    """A genre dropped with the country or language the viewer turned down, because almost all its titles here
    come from there ("Anime here is almost all from Japan, so I've left anime out too.")."""
    names = and_list([genre_label(g) for g in genres])
    places = " or ".join([f"from {c}" for c in countries] + [f"in {language_label(lang)}" for lang in languages])
    return f"{names[:1].upper() + names[1:]} here is almost all {places}, so I've left {names.lower()} out too."


def people_never_together(names: Sequence[str]) -> str:
    """People asked for together ("movies with A and B") whom no title here has together: said before the titles
    with either of them, so the widening is no surprise ("No title here has both A and B, so these have either of
    them.")."""
    return f"No title here has both {and_list(list(names))}, so these have either of them."


def people_never_in_one_title(names: Sequence[str]) -> str:
    """People asked for in one title ("both A and B", "A and B together") whom no title here has together: said
    instead of a list, the buttons offering each one's titles ("No title here has both A and B together. Want the
    titles of one of them?")."""
    return f"No title here has both {and_list(list(names))} together. Want the titles of one of them?"


def titles_of(name: str) -> str:
    """The button for one person's titles ("Titles with Seth Rogen")."""
    return f"Titles with {name}"


def person_filters_dropped(names: Sequence[str], dropped: str) -> str:
    """"Anything else with him?" when no title of that person is left with the search's other filters: said before
    their titles of any kind ("Nothing else with Adam Sandler fits the rest of the search (comedy · movies only), so
    I've dropped that: here are other titles with Adam Sandler.")."""
    who = " or ".join(names)
    rest = f" ({dropped})" if dropped else ""
    return f"Nothing else with {who} fits the rest of the search{rest}, so I've dropped that: here are other titles with {who}."


def genres_never_together(genres: Sequence[str]) -> str:
    """A genre added to the search's ("comedy too" after horror) that no title has with them: said before the titles
    of either ("Nothing here is both horror and comedy, so these are horror or comedy.")."""
    labels = [genre_label(g).lower() for g in genres]
    together = "both" if len(labels) == 2 else "all of"
    return f"Nothing here is {together} {and_list(labels)}, so these are {' or '.join(labels)}."


def genres_never_together_by_side(genres: Sequence[str], required: Sequence[str], either: Sequence[str]) -> str:
    """Tastes named side by side ("she likes romcoms, I like crime") that no title has all of: said before titles
    with each side in them ("Nothing here is all of romance, comedy and crime, so these are crime with romance or
    comedy.")."""
    labels = [genre_label(g).lower() for g in genres]
    together = "both" if len(labels) == 2 else "all of"
    kept = and_list([genre_label(g).lower() for g in required])
    return (f"Nothing here is {together} {and_list(labels)}, so these are {kept} with "
            f"{' or '.join(genre_label(g).lower() for g in either)}.")


def genres_never_together_narrowed(genres: Sequence[str], named: Sequence[str]) -> str:
    """A genre said to narrow the search ("documentaries specifically" after sports films) that no title has with
    the search's: said before the titles of the genre named ("Nothing here is both sports and documentary, so
    these are documentary titles.")."""
    labels = [genre_label(g).lower() for g in genres]
    kept = and_list([genre_label(g).lower() for g in named])
    together = "both" if len(labels) == 2 else "all of"
    return f"Nothing here is {together} {and_list(labels)}, so these are {kept} titles."


# Plural of a film genre in a sentence ("these are thrillers about crime").
_GENRE_PLURALS: dict[str, str] = {"thriller": "thrillers", "documentary": "documentaries", "drama": "dramas",
                                  "comedy": "comedies", "horror": "horror films", "action": "action films"}
_SERIES_PLURALS: dict[str, str] = {"documentary": "docuseries"}


def contrast_heading(count: int, title: str, kept: Sequence[str], changed: Sequence[str]) -> str:
    """Above a "like X but Y" list: what was kept from X and what was changed, so the viewer can see the
    "but" was heard ("Here are 5 picks like Stranger Things (kept: sci-fi and mysteries; changed: no horror,
    for the family):")."""
    lead = "Here's 1 pick" if count == 1 else f"Here are {count} picks"
    parts = ([f"kept: {and_list(kept)}"] if kept else []) + ([f"changed: {', '.join(changed)}"] if changed else [])
    return f"{lead} like {title} ({'; '.join(parts)}):" if parts else f"{lead} like {title}:"


# What each mood comparative of "like X but Y" changes (docs/contracts.md "Like X but Y"); the data-dependent
# ones (runtime, seasons, year, maturity) are worded by the functions below.
CONTRAST_WORDS: dict[str, str] = {
    "less-scary": "no horror", "scarier": "scarier", "funnier": "funnier", "darker": "darker in tone",
    "lighter": "lighter in tone", "gentler": "gentler in tone", "comedy": "with comedy",
}


def shorter_than(minutes: Any = None, seasons: Any = None) -> str:
    """"shorter than its 2 h 9 min" / "fewer seasons than its 4"."""
    if _positive(minutes):
        return f"shorter than its {runtime(minutes)}"
    return f"fewer seasons than its {int(seasons)}" if _positive(seasons) else "shorter"


def longer_than(minutes: Any = None, seasons: Any = None) -> str:
    """"longer than its 1 h 30 min" / "more seasons than its 2"."""
    if _positive(minutes):
        return f"longer than its {runtime(minutes)}"
    return f"more seasons than its {int(seasons)}" if _positive(seasons) else "longer"


def newer_than(year: Any) -> str:
    return f"newer than its {int(year)}" if _positive(year) else "newer"


def older_than(year: Any) -> str:
    return f"older than its {int(year)}" if _positive(year) else "older"


def milder_than(rating: Optional[str], audience: Any) -> str:
    """"milder than its TV-14 (for family)": the maturity cap a "less scary" puts below X's rating."""
    words = audience_words(audience) or ""
    return f"milder than its {rating} ({words})" if rating else f"milder ({words})"


def _offer(label: str, purpose: str) -> str:
    return f" I could {label[0].lower()}{label[1:]}{purpose} — want that?"


def no_results(constraints: Mapping[str, Any], relaxation_label: Optional[str],
               api_message: Optional[str] = None) -> str:
    """Say plainly that nothing matched, what was asked for, and the nearest way out."""
    summary = describe(constraints)
    text = (f"I couldn't find anything that matches all of that ({summary})." if summary
            else "I couldn't find anything that matches that.")
    if api_message:
        text += f" {api_message}"
    if relaxation_label:
        return text + _offer(relaxation_label, " instead")
    return text + " Try loosening one of the conditions, or start over."


def exhausted(constraints: Mapping[str, Any], relaxation_label: Optional[str]) -> str:
    """"Something else" after every match was shown: say so, rather than "nothing matches"."""
    summary = describe(constraints)
    text = ("That's everything I have that matches" + (f" ({summary})." if summary else ".")
            + " You've seen all of it.")
    if relaxation_label:
        return text + _offer(relaxation_label, " to find more")
    return text + " Want to change something, or start over?"


SHOWN_AGAIN = "Nothing I haven't shown you yet fits that, so here are the ones from before that do."

# "Back to the first list, more of those": fresh titles of a search shown earlier (actions/earlier_lists.py).
EARLIER_SEARCH_AGAIN = "Back to that earlier search —"


def earlier_list_again(constraints: Mapping[str, Any], count: int) -> str:
    """"Show me the first list again": the heading of a list shown earlier, shown again as it was (what it searched,
    so the viewer sees which list came back)."""
    summary = describe(constraints)
    lead = "Here's the earlier pick again" if count == 1 else f"Here are the {count} earlier picks again"
    return f"{lead} ({summary}):" if summary else f"{lead}:"


def why(item: Item, constraints: Mapping[str, Any]) -> str:
    """Why an item was suggested: the recommender's reason plus the request it satisfies."""
    title = title_with_year(item)
    text = (f"I picked {title} — {item.reason}." if item.reason
            else f"I picked {title} as one of the strongest matches.")
    summary = describe(constraints)
    return text + (f" It fits everything you asked for: {summary}." if summary else "")


def spoken_intro(count: int, constraints: Mapping[str, Any], shown: int) -> str:
    """"I found five picks for comedy under 40 minutes. Here are the top three."."""
    scope = describe(constraints, spoken=True)
    scope = f" for {scope}" if scope else ""
    if count > shown:
        return f"I found {number_words(count)} picks{scope}. Here are the top {number_words(shown)}."
    if count == 1:
        return f"I found one pick{scope}."
    return f"Here are {number_words(count)} picks{scope}."


def item_facts(item: Item) -> list[str]:
    """The facts shown beside a title in a list: runtime and rating (the reason is separate)."""
    return [fact for fact in (item.runtime, item.rating) if fact]


def spoken_kind(item: Item) -> str:
    return _KIND_SPOKEN.get(str(item.type), "a title")


# --- handoff ---------------------------------------------------------------------------------------------------

_HANDOFF_LIVE = {
    HANDOFF_WAITING: ("Sure. I'm asking a person from our support team to join this chat. They'll see our "
                      "conversation so far, so you don't need to repeat yourself; feel free to add anything "
                      "while you wait. Say \"back to the bot\" if you'd rather carry on with me."),
    HANDOFF_AGENT_JOINED: "{name} from our support team joined the chat.",
    HANDOFF_ENDED: "You're chatting with mediabot again. What would you like to watch?",
    HANDOFF_UNAVAILABLE: ("Sorry, there's no one from our support team available to chat right now. I'm still "
                          "here and happy to help you find something to watch."),
}
_HANDOFF_FALLBACK_LIVE = ("I'm not getting this right, sorry. I've asked a person from our support team to join: "
                          "they'll see this conversation, so you don't need to repeat yourself. Say \"back to "
                          "the bot\" if you'd rather carry on with me.")
# Why a handoff ended or could not start (``HandoffState.reason``); the same words on every channel.
_HANDOFF_BY_REASON = {
    (HANDOFF_ENDED, HANDOFF_TIMED_OUT): ("Sorry, nobody from our support team could pick up your conversation in "
                                         "time. You're chatting with mediabot again; you can ask for a person "
                                         "later. What would you like to watch?"),
    (HANDOFF_ENDED, HANDOFF_CANCELLED): ("OK, no person then. You're chatting with mediabot again. What would "
                                         "you like to watch?"),
    (HANDOFF_UNAVAILABLE, HANDOFF_NO_AGENT): ("Sorry, nobody from our support team is online right now, so I can't "
                                              "put you through to a person. Please try again later. I'm still "
                                              "here and happy to help you find something to watch."),
    (HANDOFF_UNAVAILABLE, HANDOFF_VOICE): ("I can't put you through to a person by voice. To chat with our "
                                           "support team, open the mediabot web chat or message mediabot on "
                                           "Telegram and ask for a person there. Meanwhile I'm happy to keep "
                                           "helping you find something to watch."),
}
# Channels that cannot push (voice): the person follows up elsewhere.
_HANDOFF_ELSEWHERE = {
    HANDOFF_WAITING: ("I've passed this conversation to a person from our support team. They can't answer here, "
                      "so they'll follow up in the mediabot app or on Telegram."),
    HANDOFF_AGENT_JOINED: ("A person from our team has picked up your request. They'll answer you in the app "
                           "or on Telegram."),
}


def handoff_notice(state: HandoffState, *, live: bool = True) -> str:
    """What the viewer is told about a handoff. ``live``: the channel can push the agent's replies."""
    by_reason = _HANDOFF_BY_REASON.get((state.status, state.reason or ""))
    if by_reason:
        return by_reason
    if not live and state.status in _HANDOFF_ELSEWHERE:
        return _HANDOFF_ELSEWHERE[state.status]
    if state.status == HANDOFF_WAITING and state.reason == "fallback":
        return _HANDOFF_FALLBACK_LIVE
    template = _HANDOFF_LIVE.get(state.status, _HANDOFF_LIVE[HANDOFF_WAITING])
    return template.format(name=state.agent_name or "A person")


def agent_said(name: Optional[str], text: str) -> str:
    """An agent's reply read aloud: a voice has no avatar, so it says who is speaking."""
    return f"{name} from support says: {text}" if name else text


# --- seasons and release years relative to the catalog ---------------------------------------------------


def season_range(low: Any, high: Any, *, spoken: bool = False) -> Optional[str]:
    """A requested number of seasons: "1 season" / "at least 4 seasons" / "up to 2 seasons" / "2–3 seasons"
    (spoken: "one season", "at least four seasons", "two to three seasons")."""
    lo = int(low) if _positive(low) else None
    hi = int(high) if _positive(high) else None

    def count(n: int) -> str:
        return (number_words(n) if spoken else str(n)) + (" season" if n == 1 else " seasons")

    if lo and hi:
        if lo == hi:
            return count(lo)
        return f"{number_words(lo)} to {count(hi)}" if spoken else f"{lo}–{count(hi)}"
    if lo:
        return f"at least {count(lo)}"
    return f"up to {count(hi)}" if hi else None


def newly_added(days: Any) -> str:
    """"just added" (the catalog's newest NEW_ARRIVAL_DAYS of additions) or "added in its last N days"."""
    return "just added" if int(days) == NEW_ARRIVAL_DAYS else f"added in the catalog's last {int(days)} days"


def relative_years(recent: Any, older_than: Any) -> Optional[str]:
    """Release years relative to the catalog's newest (contract.constraints.RECENT_YEARS / OLD_YEARS), before
    the recommender has turned them into absolute years: "recent", "from the newest 5 years", "older titles"."""
    parts = []
    if _positive(recent):
        n = int(recent)
        parts.append("recent" if n == RECENT_YEARS else "from the newest year" if n == 1
                     else f"from the newest {n} years")
    if _positive(older_than):
        parts.append("older titles" if int(older_than) in (OLD_YEARS, GENERATION_YEARS)
                     else f"at least {int(older_than)} years old")
    return SEP.join(parts) or None


# --- the viewer's profile and privacy (actions/privacy.py, the channels' privacy notice) -------------------

PRIVACY_NOTICE = ("Privacy: I remember your likes, dislikes and what you've seen to personalise picks. "
                  "Ask “what do you know about me?” or say “delete my data” any time.")
PRIVACY_NOTHING = "I don't keep anything about you right now: no likes, dislikes, seen titles or viewing history."
PRIVACY_DELETE_ASK = ("Delete everything I keep about you: likes, dislikes, what you've seen, viewing history, "
                      "settings and this conversation? This can't be undone. "
                      "Say “yes, delete my data” to confirm, or carry on to keep it.")
PRIVACY_DELETE_NOT_ASKED = "Do you want me to delete your data? Say “delete my data” first, and I'll check with you."
PRIVACY_EXPORT_VOICE = "I can't read your data out loud. Ask “download my data” in the web chat or on Telegram for a copy."
PERSONALIZATION_OFF = ("Okay, I've stopped personalising: your likes and history no longer shape your picks. "
                       "Titles you've seen or disliked still stay out. Say “start personalizing” to turn it back on.")
PERSONALIZATION_ON = "Personalised picks are back on: your likes and history shape what I suggest."
PROFILE_UNAVAILABLE = "Sorry, I can't reach your profile right now. Please try again in a minute."


def _titles(entries: Sequence[Mapping[str, Any]], limit: int = 3) -> str:
    names = [str(e.get("title") or e.get("id")) for e in entries]
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def privacy_summary(profile: Mapping[str, Any]) -> str:
    """"What do you know about me?": the titles behind each kind of signal, the standing filters, the linked
    channels, the switch and retention."""
    parts = []
    for key, label in (("liked", "you liked"), ("disliked", "you didn't like"), ("seen", "you've seen"),
                       ("watched", "you watched (from the app)")):
        entries = profile.get(key) or []
        if entries:
            parts.append(f"{label} {_titles(entries)}")
    standing = profile.get("standing") or {}
    if standing.get("audience") or standing.get("exclude_genres"):
        parts.append("your standing filter: " + _standing_rule(standing.get("audience"),
                                                               standing.get("exclude_genres") or ()))
    linked = int(profile.get("linked_channels") or 0)
    if linked:
        parts.append(f"this profile is linked with {linked} other channel{'s' if linked != 1 else ''}")
    days = profile.get("retention_days")
    keep = f" Viewing history and conversations are kept for {days} days." if days else ""
    switch = "" if profile.get("personalize", True) else " Personalised picks are off."
    if not parts:
        return PRIVACY_NOTHING + switch + keep
    return ("Here's what I keep about you: " + "; ".join(parts) + "." + switch + keep +
            " Say “download my data” for a copy, or “delete my data” to erase it.")


def privacy_deleted(deleted: Mapping[str, int]) -> str:
    """What a deletion removed, counted, then that nothing is left."""
    labels = (("like", "like", "likes"), ("dislike", "dislike", "dislikes"), ("seen", "seen title", "seen titles"),
              ("viewing_events", "viewing event", "viewing events"),
              ("links", "link to another channel", "links to other channels"),
              ("subscriptions", "saved alert", "saved alerts"),
              ("transcript_lines", "line of our conversations", "lines of our conversations"))
    parts = [f"{n} {one if n == 1 else many}" for key, one, many in labels if (n := int(deleted.get(key, 0)))]
    if deleted.get("settings"):
        parts.append("your settings")
    parts.append("this conversation")
    listed = ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]
    return f"Done: I deleted {listed}. I no longer keep anything about you."


def export_ready(url: str, minutes: int) -> str:
    return f"Here's a copy of everything I keep about you (a JSON file; the link works for {minutes} minutes): {url}"


def feedback_undone(kinds: Sequence[str], title: str) -> str:
    """What an undo took back ("I haven't actually seen X", "remove my like of Y"), or that there was nothing."""
    names = {"like": "your like", "dislike": "your dislike", "seen": "that you've seen it"}
    taken = [names[k] for k in kinds if k in names]
    if not taken:
        return f"I had nothing recorded about {title}, so there's nothing to take back."
    what = " and ".join(taken)
    return f"Done: I've forgotten {what} for {title}. It can show up in your picks again."


def because_you_liked(title: str) -> str:
    """The part of a reason that says the viewer's own signal moved the title up."""
    return f"because you liked {title}"


# --- linking channels (actions/profile.py) ---------------------------------------------------------------


def link_code_issued(code: str, minutes: int) -> str:
    spelled = " ".join(code)
    return (f"Your link code is {code} ({spelled}). Within {minutes} minutes, on your other device or app "
            f"(web chat, Telegram or Alexa), say or type “my code is {code}”: both will share your likes, "
            "history and settings.")


LINK_CODES_EXHAUSTED = "I've made several link codes just now: please use the last one, or try again in a few minutes."
LINKED = "Linked! This channel now shares your likes, history and settings. Say “unlink this channel” to undo it."
LINKED_ALREADY = "This channel is already linked with that profile."
LINK_CODE_INVALID = "That code didn't work: it may have expired or been used. Ask for a new one with “link my account”."
LINK_CODE_MISSING = "Which code? Say “my code is” followed by the six characters you were given."
LINK_LOCKED = "Too many wrong codes: please wait a few minutes and try again."
UNLINKED = "Done: this channel no longer shares a profile. It starts fresh; your other channels keep the shared history."
NOT_LINKED = "This channel isn't linked with another one."


# --- standing filters (actions/profile.py ActionStanding) -----------------------------------------------

STANDING_CLEARED = "Done: no standing filters any more. Every search is open to everything again."
STANDING_WHAT = ("What should I stick to from now on? For example “only kids' stuff from now on” or "
                 "“never show me horror”.")


def _standing_rule(audience: Optional[str], exclude_genres: Sequence[str]) -> str:
    """The standing filters in words ("only titles for kids and never horror"): set, and read back."""
    parts = []
    if audience:
        parts.append(f"only titles {audience_words(audience)}")
    if exclude_genres:
        parts.append("never " + " or ".join(genre_label(g).lower() for g in exclude_genres))
    return " and ".join(parts) or "no standing filters"


def standing_set(audience: Optional[str], exclude_genres: Sequence[str]) -> str:
    """What every later search will obey, in one sentence."""
    return (f"Got it: from now on, {_standing_rule(audience, exclude_genres)}, in every search (you can still "
            "ask for a genre explicitly). Say “forget my settings” to clear it.")


# --- web chat edge (bot/channels/webchat.py) -------------------------------------------------------------

WEBCHAT_TOO_FAST = "You're sending messages faster than I can read them. Please wait a moment and try again."
WEBCHAT_TOO_MANY_CHATS = "Too many open chats; close one and try again."
WEBCHAT_FRAME_TOO_BIG = "That message is too long for me to read. Please send something shorter."


# --- "tell me when" notifications (bot/notify.py) -------------------------------------------------------

NOTIFY_STOP_HINT = "Say “stop notifications” to stop these messages."


def notify_new_titles(titles: Sequence[str], shown: int = 5) -> str:
    """The one message a saved search sends when an import adds titles that match it."""
    named = ", ".join(f"“{t}”" for t in titles[:shown])
    more = f" and {len(titles) - shown} more" if len(titles) > shown else ""
    return f"New titles you asked me to watch for just arrived: {named}{more}. {NOTIFY_STOP_HINT}"


# --- "tell me when" in conversation (actions/notify.py) --------------------------------------------------

NOTIFY_CANNOT = ("I can't send you messages on my own here, so I can't tell you when new titles arrive. "
                 "Ask me in the web chat or on Telegram and I'll watch for them there.")
NOTIFY_NOTHING_TO_WATCH = ("Tell me what to watch for, like “let me know when new Korean dramas arrive”, "
                           "and I'll message you when they do.")
NOTIFY_TOO_MANY = "You already have the most saved searches I keep. Cancel one first, then ask again."
NOTIFY_NONE = "You have no saved searches, so I won't message you about new titles."
NOTIFY_NO_MATCH = "None of your saved searches matches that."
NOTIFY_UNAVAILABLE = "Sorry, I can't reach your saved searches right now. Please try again in a minute."


def notify_subscribed(summary: str) -> str:
    """The answer to "let me know when …": what will be watched, and how to stop it."""
    return f"Done: I'll message you when new titles arrive for {summary}. {NOTIFY_STOP_HINT}"


def notify_list(summaries: Sequence[str]) -> str:
    """"What alerts do I have?": every saved search, numbered like a list of titles."""
    lines = "\n".join(f"{n}. {s}" for n, s in enumerate(summaries, 1))
    return f"I'll message you when new titles arrive for:\n{lines}\nSay “cancel the first one” or “stop notifications”."


def notify_cancelled(summaries: Sequence[str], *, everything: bool) -> str:
    """What a cancellation stopped."""
    if everything:
        return "Done: no more messages about new titles. You have no saved searches left."
    return f"Done: I stopped watching for {and_list(list(summaries))}."


def directed_by_maker_of(title: str, directors: Sequence[str]) -> str:
    """Said before the picks of "from the director of <title>": whose other titles these are."""
    return f"{title} was directed by {and_list(list(directors))} — here's more of their work."


def like_title_by_its_makers(title: str, directors: Sequence[str]) -> str:
    """Said before the picks of "more like <title>, same director if possible": the director's other titles, the
    closest to it first."""
    return f"{title} was directed by {and_list(list(directors))} — here's more of their work, the closest to it first."


def nothing_else_by_makers(title: str, directors: Sequence[str]) -> str:
    """Said before the picks of "more like <title>, same director" when its directors made nothing else that fits."""
    return f"There's nothing else by {and_list(list(directors))} here, so these are just like {title}."


def titles_named_left_out(words: str | Sequence[str]) -> str:
    """Said before the fresh picks of "skip the <word> ones" (or of several names: "no <A> or <B>"): what stays out
    from now on."""
    names = [words] if isinstance(words, str) else list(words)
    return f"Okay — nothing with {' or '.join(f'“{n}”' for n in names)} in the title from now on."


def cast_of_title(title: str, people: Sequence[str]) -> str:
    """Said before the picks of "the guy from <title>": whom the viewer was read to mean."""
    if len(people) == 1:
        return f"{people[0]} from {title} — here's what else they're in."
    return f"{title} is led by {and_list(list(people))} — here's what else they're in."


def title_in_catalog(title: str) -> str:
    """"Do you have <title>?" when the catalog has it: yes, said before its details card."""
    return f"Yes — {title} is in the catalog. Want more like it?"


def title_by_name(title: str) -> str:
    """A title asked for by its name alone ("breaking bad", "play <title>"): here it is, before its details card, with
    titles like it offered."""
    return f"Here's {title}. Want more like it?"


def title_not_in_catalog(words: str, close: Sequence[str] = ()) -> str:
    """"Do you have <title>?" when the catalog has no such title: said plainly, with the catalog's titles whose names
    are closest to it (each a button), never titles that only share its words' meaning."""
    said = f"I don't see “{words}” in the catalog."
    if close:
        return f"{said} {closest_names(close)}"
    return f"{said} Tell me what you liked about it and I'll find something in the same spirit."


def title_missing_offering_people(name: str, people: Sequence[str]) -> str:
    """A title asked for that the catalog does not have: said plainly, with what can be offered instead (the people the
    viewer named with it, or what they liked about it)."""
    said = f"I don't have “{name}” in the catalog, sorry."
    if people:
        return f"{said} Want other titles with {' or '.join(people)}, or tell me what you liked about it?"
    return f"{said} Tell me what you liked about it and I'll find something in the same spirit."


def closest_names(close: Sequence[str]) -> str:
    """The catalog's titles whose names are closest to one it lacks."""
    return f"The closest names I have: {', '.join(close)}."


def described_title_taken(title: str) -> str:
    """"Something like the <plot words> show": the title the description was taken to mean, said before the titles
    like it (actions/described_anchor.py), so a viewer who meant another can say so."""
    return f"Taking that to be {title} — here are titles like it."


def described_title_found(title: str) -> str:
    """"What was that show where <what happens>": the one title the description was identified as, said before its
    card (actions/described_anchor.py), so a viewer who meant another can say so."""
    return f"That sounds like {title} — here it is."


def runner_up(title: str, year: Any = None) -> str:
    """The button of a title close behind the one a description was identified as (actions/identification.py)."""
    return f"Or {title} ({year})?" if year else f"Or {title}?"


def people_not_in_catalog(names: Sequence[str], offer_the_rest: bool) -> str:
    """"Movies by <someone the catalog lacks>": said instead of picks (any pick would be by someone else), with the
    offer of the rest of the request when the viewer asked for more than the person."""
    said = f"I don't have anything with or by {and_list(list(names))} here, sorry."
    if offer_the_rest:
        return f"{said} Want me to look for the rest of your request without {'them' if len(names) > 1 else 'that person'}?"
    return f"{said} Want to try someone else, or tell me what you're in the mood for?"


def documentaries_about(name: str) -> str:
    """The heading of documentaries naming the person a viewer asked documentaries about (actions/subject_people.py)."""
    return f"Documentaries about {name}:"


def no_documentary_about(name: str) -> str:
    """Said instead of picks when no documentary of the catalog names the person asked about: generic documentaries
    would mislead."""
    return f"I don't have a documentary about {name} here, sorry. Want other documentaries instead?"


OTHER_DOCUMENTARIES = "Other documentaries"


def countries_not_in_catalog(names: Sequence[str], offer_the_rest: bool) -> str:
    """"Shows from <a country the catalog lacks>": said instead of picks (any pick would be from elsewhere), with the
    offer of the rest of the request when the viewer asked for more than the country."""
    said = f"I have nothing from {and_list(list(names))} in the catalog, sorry."
    if offer_the_rest:
        return f"{said} Want me to look for the rest of your request from anywhere?"
    return f"{said} Want titles from another country, or tell me what you're in the mood for?"


def search_without_countries() -> str:
    """The button that runs the rest of a request whose country the catalog lacks."""
    return "Yes, from anywhere"


def only_as_actor(names: Sequence[str]) -> str:
    """"<name> directed stuff?" when the catalog credits the person only in casts: said instead of picks (their acting
    titles are no answer to a request for their directing), with their acting titles a button away."""
    role = "actors" if len(names) > 1 else "an actor"
    return f"I have {and_list(list(names))} only as {role} here — nothing they directed. Want the titles they act in?"


def titles_acted_in(name: str) -> str:
    """The button offering the acting titles of a person asked for as a director (``only_as_actor``)."""
    return f"Titles with {name}"


def search_without_people(names: Sequence[str]) -> str:
    """The button that runs the rest of a request whose person the catalog lacks."""
    return f"Yes, without {and_list(list(names))}"


def no_cast_listed(title: str) -> str:
    """"The guy from <title>" when the catalog lists no cast for it: said plainly, then titles like it."""
    return f"The catalog doesn't list who plays in {title}, so I can't search by its cast — here are titles like it instead."


def no_director_listed(title: str) -> str:
    """"From the director of <title>" when the catalog lists no director for it: said plainly, then titles like it."""
    return f"The catalog doesn't list who directed {title}, so I can't search by its director — here are titles like it instead."


def length_of(title: str, minutes: Any = None, seasons: Any = None) -> str:
    """"How long is it?" about one title: its runtime or season count in a sentence, said before its card; never a
    guess when the catalog does not know."""
    if _positive(minutes):
        return f"{title} runs {runtime(minutes)}."
    if _positive(seasons):
        return f"{title} has {runtime(seasons=seasons)}."
    return f"The catalog doesn't say how long {title} is."


def no_director_listed_cast_offered(title: str) -> str:
    """"Anything else by the same director?" about a title the catalog lists no director for but a cast: said
    plainly, and its cast offered instead."""
    return f"The catalog doesn't list who directed {title}. Want more with someone from its cast?"


def rating_for_audience(title: str, rating: Optional[str], audience: Optional[str], fits: Optional[bool]) -> str:
    """A question about one title's maturity ("is it ok for a 6 year old?", "what's it rated?"): its rating, and
    whether it suits the audience asked about (docs/contracts.md "Age mapping"). ``fits`` None: unrated, or no
    audience asked; an audience not suited is offered similar titles that suit it."""
    who = _AUDIENCE_WORDS.get(audience or "", "")
    if not rating:
        return (f"{title} has no age rating in the catalog, so I can't vouch for it {who}." if audience
                else f"{title} has no age rating in the catalog.")
    if audience is None or fits is None:
        return f"{title} is rated {rating}."
    if fits:
        return f"Yes — {title} is rated {rating}, so it's fine {who}."
    return f"No — {title} is rated {rating}, which is too mature {who}. Want similar titles that suit them?"


def origin_genres_words(values: Sequence[str]) -> str:
    """Kinds ruled out (``exclude_origin_genres``), grouped by origin ("drama@es", "romance@es" → "no drama or romance
    in Spanish"; "comedy@United Kingdom" → "no comedy from United Kingdom"); a kind of several genres by its everyday
    name when it has one ("crime+documentary" → "no true crime"), else its genres ("anime+comedy" → "no anime
    comedy"), from everywhere unless the value names an origin."""
    by_origin: dict[str | None, list[str]] = {}
    for value in values:
        kind = split_kind(value)
        if kind is not None:
            genres, origin = kind
            name = compound_name(genres) if len(genres) > 1 else None
            by_origin.setdefault(origin, []).append(name or " ".join(genre_label(g).lower() for g in genres))
    said = [" or ".join(kinds) + ("" if origin is None else f" in {language_label(origin)}"
                                  if origin in LANGUAGE_NAMES else f" from {origin}")
            for origin, kinds in by_origin.items()]
    return "no " + ", ".join(said)


def like_the_last_of_a_short_list(count: int, title: str) -> str:
    """Round 25d: "more like the third one" after a list of two: the nearest title stands for it, said so."""
    return f"I only showed {count} title{'' if count == 1 else 's'}, so here are more like the last one, {title}."


def like_a_missing_title(words: str) -> str:
    """"Something like it" after a title the catalog lacks, with a child watching: what the picks are instead."""
    return f"I don't have “{words}”, so here are children's titles in the same spirit."


def like_a_missing_title_asked(words: str) -> str:
    """"Something like it" after a title the catalog lacks, nobody's age said: nothing is known of the title, so the
    viewer is asked what they liked about it, never handed picks unrelated to it (round 35)."""
    return (f"I don't have “{words}”, so I can't tell what it's like from the catalog. What did you like about it — "
            f"the genre, the mood, the setting?")


# Round 26c: the other entries of a title's franchise ("are the sequels on here too?" after its card).
OTHER_ENTRIES = "Here are the other {title} titles I have:"
NO_OTHER_ENTRIES = "I only have {title} itself: no sequel or other entry of it is in the catalog."
LISTED_CONFIRMED = "Yes, {title} is one of them."


# --- two titles compared ("<A> or <B>?": actions/compared_titles.py, actions/compared_fit.py) -------------------------

COMPARED_BOTH_FIT_TIME = "Both fit in the time you have."


def titles_compared(first: str, second: str, pointer: Optional[str] = None) -> str:
    """The heading over two titles shown side by side: the facts are on the cards; the only pointer is one a
    constraint of the viewer's gives (``pointer``), never a verdict of taste."""
    said = f"{first} or {second}? Here are both side by side."
    return f"{said} {pointer}" if pointer else f"{said} Which one is more your thing is down to taste."


# A quality two titles are compared by, said as a comparative: mood -> (more of it, less of it).
COMPARED_QUALITY_WORDS: dict[str, tuple[str, str]] = {
    "scary": ("scarier", "less scary"), "funny": ("funnier", "less funny"), "light": ("lighter", "heavier"),
    "feel-good": ("more feel-good", "less feel-good"), "relaxing": ("more relaxing", "less relaxing"),
    "romantic": ("more romantic", "less romantic"), "dark": ("darker", "lighter"),
    "exciting": ("more action-packed", "calmer"),
}
_BROAD_GENRES = ("international", "independent")  # say where a title was made, not what it is like


def _filed_under(item: Item, mood: str) -> str:
    """"horror, thriller and anime": the genres the catalog files ``item`` under, the broad ones aside, those the
    quality leans on first (``MOOD_LEANINGS``: the ones that decide lead)."""
    leaning = [g for side in MOOD_LEANINGS.get(mood, ((), ())) for g in side]
    ordered = sorted(item.genres, key=lambda g: leaning.index(g) if g in leaning else len(leaning))
    genres = [genre_label(g).lower() for g in ordered if g not in _BROAD_GENRES]
    return f"under {and_list(genres)}" if genres else "with no genre"


def compared_by_quality(pick: Item, other: Item, mood: str, more: bool) -> str:
    """The catalog-grounded answer to "which is <quality>": the genres that decide, never a verdict of taste."""
    word = COMPARED_QUALITY_WORDS.get(mood, (f"more {mood}", f"less {mood}"))[0 if more else 1]
    return (f"Going by the catalog's genres, {pick.title} is the {word} one: it's filed {_filed_under(pick, mood)}, "
            f"{other.title} {_filed_under(other, mood)}.")


def compared_quality_undecided(mood: str, more: bool) -> str:
    """Two titles the catalog's genres do not tell apart on the quality asked."""
    word = COMPARED_QUALITY_WORDS.get(mood, (f"more {mood}", f"less {mood}"))[0 if more else 1]
    return f"Their genres don't say which is {word}, so that one is down to taste."


def compared_follow_up_undecided(first: str, second: str, mood: str, more: bool) -> str:
    """"More like the scarier one" when the catalog's genres do not say which of the two that is."""
    word = COMPARED_QUALITY_WORDS.get(mood, (f"more {mood}", f"less {mood}"))[0 if more else 1]
    return (f"Going by their genres I can't tell whether {first} or {second} is the {word} one. "
            "Which one should I find more like?")


def compared_follow_up_which(first: str, second: str) -> str:
    """"More like that one" after two titles compared with nothing pointing at either."""
    return f"More like {first} or like {second}?"


def compared_title_missing(missing: str, present: str, also_missing: bool = False) -> str:
    """One side of a comparison the catalog lacks (or both: ``also_missing``, then ``present`` is the other name)."""
    if also_missing:
        return (f"I don't see “{missing}” or “{present}” in the catalog, so I can't set them side by side. "
                "Tell me what you liked about them and I'll find something in the same spirit.")
    return f"I don't see “{missing}” in the catalog, so I can't compare the two — here is {present}."


def _runtime_of(item: Item) -> str:
    return runtime(item.duration_minutes, item.seasons) or "an unknown runtime"


def compared_fits_audience(fitting: Item, other: Item, audience: str) -> str:
    """The one of two titles whose rating suits who is watching."""
    who = _AUDIENCE_WORDS.get(audience, "for them")
    other_rating = f"{other.title} is rated {other.rating}" if other.rating else f"{other.title} has no age rating"
    return f"{who[0].upper()}{who[1:]}, {fitting.title} fits better: it's rated {fitting.rating}, while {other_rating}."


def compared_both_suit(audience: str) -> str:
    return f"Both are rated fine {_AUDIENCE_WORDS.get(audience, 'for them')}."


def compared_neither_suits(first: Item, second: Item, audience: str) -> str:
    return (f"Neither is rated {_AUDIENCE_WORDS.get(audience, 'for them')} ({first.title} is {first.rating}, "
            f"{second.title} is {second.rating}).")


def compared_fits_time(fitting: Item, other: Item) -> str:
    """The movie that fits the time there is, beside a longer movie or a series."""
    return f"For the time you have, {fitting.title} fits better ({_runtime_of(fitting)} vs {_runtime_of(other)})."


def compared_shorter_of_two(shorter: Item, longer: Item) -> str:
    return (f"Both run longer than that; {shorter.title} is the shorter one ({_runtime_of(shorter)} vs "
            f"{_runtime_of(longer)}).")


def compared_episode_fits(show: Item, film: Item) -> str:
    return (f"{film.title} runs {_runtime_of(film)}, longer than the time you have; {show.title} is a series, so an "
            "episode or two fits.")


def compared_fewer_seasons(fewer: Item, more: Item) -> str:
    return (f"{fewer.title} is the smaller commitment ({_runtime_of(fewer)} vs {_runtime_of(more)}).")


def compared_of_kind(matching: Item, kind: str) -> str:
    return f"{matching.title} is the {TYPE_LABELS.get(kind, kind).lower()} of the two."


_SYNOPSIS_LINE = 140  # characters of a synopsis a compared title's line keeps


def compared_facts(item: Item) -> str:
    """The line beside a title compared with another (its ``reason``): its kind, genres and the first sentence of its
    synopsis, which a list line shows nowhere else ("Series · Anime, Horror — <what it is about>")."""
    kind = TYPE_LABELS.get(item.type or "", "")
    genres = ", ".join(genre_label(g) for g in item.genres[:3])
    head = " · ".join(filter(None, [kind, genres]))
    story = (item.description or "").strip()
    first = story.split(". ")[0].rstrip(".")
    if len(first) > _SYNOPSIS_LINE:
        first = first[:_SYNOPSIS_LINE].rsplit(" ", 1)[0] + "…"
    elif first:
        first += "."
    return " — ".join(filter(None, [head, first]))
