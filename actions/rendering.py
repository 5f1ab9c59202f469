"""Plain-text renderings of what the bot shows, for text-only channels (Telegram, voice, logs).

Every recommendation also goes out as a structured ``recommendations`` custom payload (contract §3);
the text here must carry the same information on its own, because a channel that cannot draw cards
shows only this.
"""

from __future__ import annotations

from typing import Any, Mapping, Optional, Sequence

from actions.constraints import Constraints
from contract.vocabulary import genre_label, language_label

Item = Mapping[str, Any]
SEP = " · "


def runtime_text(item: Item) -> Optional[str]:
    """"1 h 52 min", "32 min" or "3 seasons"; None when the catalog does not know."""
    minutes = item.get("duration_minutes")
    if isinstance(minutes, (int, float)) and minutes > 0:
        minutes = int(minutes)
        if minutes >= 60:
            hours, rest = divmod(minutes, 60)
            return f"{hours} h {rest} min" if rest else f"{hours} h"
        return f"{minutes} min"
    seasons = item.get("seasons")
    if isinstance(seasons, (int, float)) and seasons > 0:
        seasons = int(seasons)
        return f"{seasons} season" + ("" if seasons == 1 else "s")
    return None


def title_with_year(item: Item) -> str:
    """"Title (2019)", or just the title when the year is unknown."""
    title = str(item.get("title") or "Untitled")
    year = item.get("year")
    return f"{title} ({year})" if year else title


def item_line(position: int, item: Item) -> str:
    """One numbered line: ``1. Title (2019) · 32 min · TV-14 — reason``."""
    parts = [title_with_year(item)]
    runtime = runtime_text(item)
    if runtime:
        parts.append(runtime)
    if item.get("rating"):
        parts.append(str(item["rating"]))
    line = f"{position}. " + SEP.join(parts)
    reason = item.get("reason")
    return f"{line} — {reason}" if reason else line


def items_text(heading: str, items: Sequence[Item]) -> str:
    """A heading followed by the numbered list."""
    lines = [heading] + [item_line(i, item) for i, item in enumerate(items, start=1)]
    return "\n".join(lines)


def describe(constraints: Constraints) -> str:
    """A short human summary of the constraints ("comedy, no horror · under 40 min · for kids")."""
    parts: list[str] = []
    if constraints.genres:
        parts.append(" + ".join(genre_label(g).lower() for g in constraints.genres))
    if constraints.exclude_genres:
        parts.append("no " + ", ".join(genre_label(g).lower() for g in constraints.exclude_genres))
    if constraints.media_type:
        parts.append(_media_text(constraints.media_type))
    runtime = _runtime_range_text(constraints.min_minutes, constraints.max_minutes)
    if runtime:
        parts.append(runtime)
    if constraints.audience:
        parts.append(f"for {constraints.audience}" if constraints.audience != "adult" else "for adults")
    if constraints.ratings:
        parts.append("rated " + "/".join(constraints.ratings))
    years = _year_range_text(constraints.year_min, constraints.year_max)
    if years:
        parts.append(years)
    if constraints.languages:
        parts.append("in " + " or ".join(language_label(c) for c in constraints.languages))
    if constraints.countries:
        parts.append("from " + " or ".join(constraints.countries))
    if constraints.actors:
        parts.append("with " + " and ".join(constraints.actors))
    if constraints.directors:
        parts.append("directed by " + " or ".join(constraints.directors))
    if constraints.similar_to:
        parts.append(f"like {constraints.similar_title or constraints.similar_to}")
    if constraints.mood:
        parts.append(f"{constraints.mood} mood")
    if constraints.query:
        parts.append(f"“{constraints.query}”")
    return SEP.join(parts)


def _media_text(media_type: Any) -> str:
    names = {"movie": "movies", "series": "series", "special": "specials"}
    if isinstance(media_type, (list, tuple)):
        return " or ".join(names.get(m, m) for m in media_type)
    return f"{names.get(media_type, media_type)} only"


def _runtime_range_text(low: Optional[int], high: Optional[int]) -> Optional[str]:
    if low and high:
        return f"{low}–{high} min"
    if high:
        return f"under {high} min"
    if low:
        return f"over {low} min"
    return None


def _year_range_text(low: Optional[int], high: Optional[int]) -> Optional[str]:
    if low and high:
        return str(low) if low == high else f"{low}–{high}"
    if low:
        return f"from {low} on"
    if high:
        return f"up to {high}"
    return None


def recommendations_heading(constraints: Constraints, count: int, *, diverse: bool = False) -> str:
    """The sentence above the list, stating the constraints applied so the viewer can check them."""
    if diverse:
        return f"Here's a varied mix of {count} popular picks to get you started:"
    summary = describe(constraints)
    lead = "Here's 1 pick" if count == 1 else f"Here are {count} picks"
    return f"{lead} ({summary}):" if summary else f"{lead}:"


def no_results_text(constraints: Constraints, relaxation_label: Optional[str], api_message: Optional[str]) -> str:
    """Say plainly that nothing matched, what was asked for, and the nearest way out."""
    summary = describe(constraints)
    text = f"I couldn't find anything that matches all of that ({summary})." if summary else (
        "I couldn't find anything that matches that.")
    if api_message:
        text += f" {api_message}"
    if relaxation_label:
        text += f" I could {relaxation_label[0].lower()}{relaxation_label[1:]} instead — want that?"
    else:
        text += " Try loosening one of the conditions, or start over."
    return text


def exhausted_text(constraints: Constraints, relaxation_label: Optional[str]) -> str:
    """"Something else" after every match was shown: say so, rather than "nothing matches"."""
    summary = describe(constraints)
    text = ("That's everything I have that matches" + (f" ({summary})." if summary else ".")
            + " You've seen all of it.")
    if relaxation_label:
        text += f" I could {relaxation_label[0].lower()}{relaxation_label[1:]} to find more — want that?"
    else:
        text += " Want to change something, or start over?"
    return text


def details_text(item: Item) -> str:
    """Everything a viewer asks about one title: kind, runtime, rating, year, genres, people, story."""
    facts = [str(item.get("type") or "title")]
    runtime = runtime_text(item)
    if runtime:
        facts.append(runtime)
    elif item.get("type") == "movie":
        facts.append("runtime unknown")
    if item.get("rating"):
        facts.append(f"rated {item['rating']}")
    lines = [f"{title_with_year(item)} — {SEP.join(facts)}"]
    if item.get("genres"):
        lines.append("Genres: " + ", ".join(genre_label(g) for g in item["genres"]))
    if item.get("directors"):
        lines.append("Directed by " + ", ".join(item["directors"]))
    cast = list(item.get("cast") or [])
    if cast:
        more = f" and {len(cast) - 6} more" if len(cast) > 6 else ""
        lines.append("Starring " + ", ".join(cast[:6]) + more)
    if item.get("countries"):
        lines.append("From " + ", ".join(item["countries"]))
    if item.get("description"):
        lines.append(str(item["description"]))
    return "\n".join(lines)


def why_text(item: Item, constraints: Constraints) -> str:
    """Why an item was suggested: the recommender's reason plus the request it satisfies."""
    title = title_with_year(item)
    reason = item.get("reason")
    text = f"I picked {title} — {reason}." if reason else f"I picked {title} as one of the strongest matches."
    summary = describe(constraints)
    if summary:
        text += f" It fits everything you asked for: {summary}."
    return text
