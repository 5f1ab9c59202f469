"""The constraints object and the recommendation request, validated at the API boundary.

Hard constraints (genres, exclusions, media type, runtime, audience/ratings, years, countries,
languages, cast, directors, excluded ids) filter exactly; soft ones (query, mood, similar_to) rank.
Unknown fields are refused rather than ignored so a client's typo ("genre" for "genres") is a 400
with a precise message, not a silently broader answer. The fields are those of the shared schema,
``contract.constraints.API_FIELDS`` (tests/contract/test_constraints.py checks that they agree); this
model adds what only the API needs: validation against the vocabulary and limits.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from contract.constraints import HARD_FIELDS, MAX_COUNTRIES, SORT_ORDERS, excluded_kind, split_kind
from contract.topics import MAX_TOPICS, topic_base, valid_topic
from contract.vocabulary import AUDIENCES, GENRE_IDS, LANGUAGE_NAMES, MEDIA_TYPES, RATINGS
from contract.world_countries import WORLD_COUNTRIES

Name = Annotated[str, Field(min_length=1, max_length=200)]
_LANGUAGE_BY_NAME = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
_COUNTRY_BY_NAME = {name.lower(): name for name in WORLD_COUNTRIES}


def _origin(raw: str) -> str | None:
    """An origin as stored: a language code ("Spanish", "ES" -> "es"), a country's name as the catalog writes it
    ("united kingdom" -> "United Kingdom"), or None when it is neither."""
    low = raw.strip().lower()
    code = _LANGUAGE_BY_NAME.get(low, low)
    return code if code in LANGUAGE_NAMES else _COUNTRY_BY_NAME.get(low)


def _not_bool(v: Any) -> Any:
    """JSON true/false is not a number (pydantic's lax mode would read ``true`` as 1)."""
    if isinstance(v, bool):
        raise ValueError("expected a number, not true/false")
    return v


Number = Annotated[int, BeforeValidator(_not_bool)]  # an int field that refuses JSON booleans

MAX_LIMIT = 50
MAX_EXCLUDED_IDS = 2000


class InvalidValue(ValueError):
    """A value outside a closed vocabulary; carries the valid choices for the 400 answer."""

    def __init__(self, field: str, bad: list[str], valid: list[str]) -> None:
        self.field, self.bad, self.valid = field, bad, valid
        super().__init__(f"unknown {field}: {', '.join(bad)}")


def _closed(field: str, values: list[str], valid: frozenset[str] | tuple[str, ...], lower: bool = True) -> list[str]:
    norm = [v.strip().lower() if lower else v.strip() for v in values]
    bad = [v for v in norm if v not in valid]
    if bad:
        raise InvalidValue(field, bad, sorted(valid))
    return list(dict.fromkeys(norm))


class Constraints(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    genres: list[str] = Field(default_factory=list, max_length=20)
    exclude_genres: list[str] = Field(default_factory=list, max_length=20)
    any_genres: list[str] = Field(default_factory=list, max_length=20)
    media_type: list[str] = Field(default_factory=list, max_length=10)
    min_minutes: Number | None = Field(default=None, ge=0, le=100_000)
    max_minutes: Number | None = Field(default=None, ge=1, le=100_000)
    min_seasons: Number | None = Field(default=None, ge=1, le=1000)
    max_seasons: Number | None = Field(default=None, ge=1, le=1000)
    audience: str | None = None
    ratings: list[str] = Field(default_factory=list, max_length=20)
    year_min: Number | None = Field(default=None, ge=1800, le=2200)
    year_max: Number | None = Field(default=None, ge=1800, le=2200)
    recent_years: Number | None = Field(default=None, ge=1, le=200)
    older_than_years: Number | None = Field(default=None, ge=1, le=200)
    added_days: Number | None = Field(default=None, ge=1, le=36_500)  # "just added" (relative to the catalog)
    countries: list[Name] = Field(default_factory=list, max_length=MAX_COUNTRIES)
    languages: list[str] = Field(default_factory=list, max_length=20)
    exclude_countries: list[Name] = Field(default_factory=list, max_length=MAX_COUNTRIES)
    exclude_languages: list[str] = Field(default_factory=list, max_length=20)
    # "no telenovelas": "<genre>@<origin>", the genre ruled out from that origin only (contract.constraints)
    exclude_origin_genres: list[Name] = Field(default_factory=list, max_length=20)
    # "no superhero stuff": 1-3 lower-case words each, kept as their base word (contract.topics)
    exclude_topics: list[str] = Field(default_factory=list, max_length=MAX_TOPICS)
    actors: list[Name] = Field(default_factory=list, max_length=10)
    directors: list[Name] = Field(default_factory=list, max_length=10)
    any_people: list[Name] = Field(default_factory=list, max_length=10)  # "A or B": cast or directing, one of them
    similar_to: str | None = Field(default=None, max_length=300)
    mood: list[str] = Field(default_factory=list, max_length=5)
    query: str | None = Field(default=None, max_length=500)
    sort: str | None = None  # contract.constraints.SORT_ORDERS: order from that far end ("shortest first")
    exclude_ids: list[Name] = Field(default_factory=list, max_length=MAX_EXCLUDED_IDS)

    @field_validator("media_type", "mood", mode="before")
    @classmethod
    def _one_or_many(cls, v: Any) -> Any:
        return [v] if isinstance(v, str) else v

    @field_validator("genres", "exclude_genres", "any_genres")
    @classmethod
    def _genres(cls, v: list[str], info) -> list[str]:
        return _closed(info.field_name, v, GENRE_IDS)

    @field_validator("media_type")
    @classmethod
    def _media_type(cls, v: list[str]) -> list[str]:
        return _closed("media_type", v, MEDIA_TYPES)

    @field_validator("audience")
    @classmethod
    def _audience(cls, v: str | None) -> str | None:
        return _closed("audience", [v], AUDIENCES)[0] if v else None

    @field_validator("sort")
    @classmethod
    def _sort(cls, v: str | None) -> str | None:
        return _closed("sort", [v], SORT_ORDERS)[0] if v else None

    @field_validator("ratings")
    @classmethod
    def _ratings(cls, v: list[str]) -> list[str]:
        return _closed("ratings", [r.upper() for r in v], RATINGS, lower=False)

    @field_validator("languages", "exclude_languages")
    @classmethod
    def _languages(cls, v: list[str]) -> list[str]:
        """Accept ISO 639-1 codes or English language names ("Korean")."""
        out = []
        for raw in v:
            low = raw.strip().lower()
            code = _LANGUAGE_BY_NAME.get(low, low)
            if code not in LANGUAGE_NAMES:
                raise InvalidValue("languages", [raw], sorted(LANGUAGE_NAMES))
            out.append(code)
        return list(dict.fromkeys(out))

    @field_validator("exclude_origin_genres")
    @classmethod
    def _origin_genres(cls, v: list[str]) -> list[str]:
        """An excluded kind: "drama@es", "comedy@United Kingdom" (a known genre from an origin, a language — code or
        English name, stored as the code — or a country of the world, stored as contract/world_countries writes it; a
        country the catalog lacks leaves nothing out), "crime+documentary" (two or more known genres together, stored
        in their canonical order), or both ("comedy+romance@ko"). Anything else ("drama@zz", "comedy@Narnia",
        "crime+docs", a lone "drama") is refused like any closed field, since it would silently leave nothing out."""
        out = []
        for raw in v:
            kind = split_kind(raw)
            if kind is None:
                raise InvalidValue("exclude_origin_genres", [raw],
                                   ["<genre>@<language or country>", "<genre>+<genre>[@<language or country>]"])
            genres = _closed("exclude_origin_genres", list(kind[0]), GENRE_IDS)
            origin = _origin(kind[1]) if kind[1] is not None else None
            if kind[1] is not None and origin is None:
                raise InvalidValue("exclude_origin_genres", [raw], sorted(LANGUAGE_NAMES) + sorted(WORLD_COUNTRIES))
            if len(genres) < 2 and origin is None:  # "drama+drama": one genre from everywhere is exclude_genres
                raise InvalidValue("exclude_origin_genres", [raw], ["<genre>+<genre>", "<genre>@<language or country>"])
            out.append(excluded_kind(genres, origin))
        return list(dict.fromkeys(out))

    @field_validator("exclude_topics")
    @classmethod
    def _topics(cls, v: list[str]) -> list[str]:
        """Topics ruled out: short word phrases ("superhero", "time travel"), refused otherwise (a sentence, digits,
        markup) since a long or odd value would leave nothing out while looking applied; stored as their base word
        ("Superheroes" → "superhero")."""
        bad = [raw for raw in v if not valid_topic(" ".join(raw.lower().split()))]
        if bad:
            raise InvalidValue("exclude_topics", bad, ["1-3 words of letters, 40 characters at most"])
        return list(dict.fromkeys(topic_base(raw) for raw in v))

    @model_validator(mode="after")
    def _ranges(self) -> Constraints:
        if self.min_minutes is not None and self.max_minutes is not None and self.min_minutes > self.max_minutes:
            raise ValueError("min_minutes must not exceed max_minutes")
        if self.year_min is not None and self.year_max is not None and self.year_min > self.year_max:
            raise ValueError("year_min must not exceed year_max")
        if self.min_seasons is not None and self.max_seasons is not None and self.min_seasons > self.max_seasons:
            raise ValueError("min_seasons must not exceed max_seasons")
        clash = set(self.genres) & set(self.exclude_genres)
        if clash:
            raise ValueError(f"genre both required and excluded: {', '.join(sorted(clash))}")
        return self

    def with_absolute_years(self, newest_year: int | None) -> Constraints:
        """``recent_years`` / ``older_than_years`` resolved against the catalog's newest release year
        (never today's date): ``recent_years`` N → ``year_min`` = newest - N + 1, ``older_than_years`` N →
        ``year_max`` = newest - N, intersected with any absolute bound given too. The relative fields are
        dropped, so filters, relaxations and the echo all speak absolute years."""
        if self.recent_years is None and self.older_than_years is None:
            return self
        update: dict[str, Any] = {"recent_years": None, "older_than_years": None}
        if newest_year is not None:
            if self.recent_years is not None:
                low = newest_year - self.recent_years + 1
                update["year_min"] = low if self.year_min is None else max(self.year_min, low)
            if self.older_than_years is not None:
                high = newest_year - self.older_than_years
                update["year_max"] = high if self.year_max is None else min(self.year_max, high)
        return self.model_copy(update=update)

    def hard_fields(self) -> list[str]:
        """Names of the hard constraints that are set, in ``HARD_FIELDS`` order (as the dialogue's)."""
        return [n for n in HARD_FIELDS if getattr(self, n) not in (None, [])]

    def public(self) -> dict[str, Any]:
        """The constraints as echoed back to clients: only what is set."""
        return {k: v for k, v in self.model_dump().items() if v not in (None, [])}


class RecommendationRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    query: str | None = Field(default=None, max_length=500)
    constraints: Constraints = Field(default_factory=Constraints)
    # "<channel>:<id>" (any channel's id length) or a viewer key; the gateway turns it into the key
    user_id: str | None = Field(default=None, min_length=1, max_length=1100)
    exclude_ids: list[Name] = Field(default_factory=list, max_length=MAX_EXCLUDED_IDS)
    limit: Number = Field(default=5, ge=1, le=MAX_LIMIT)
    # Hard constraints the caller would give up first when nothing matches: the dialogue names those carried
    # over from earlier turns, so "comedies under 40 minutes" after "korean series" offers to drop Korean
    # before it offers to widen the runtime just asked for.
    relax_first: list[str] = Field(default_factory=list, max_length=len(HARD_FIELDS))

    @field_validator("relax_first")
    @classmethod
    def _known_fields(cls, names: list[str]) -> list[str]:
        unknown = [n for n in names if n not in HARD_FIELDS]
        if unknown:
            raise ValueError(f"unknown constraint names {unknown}; known: {', '.join(HARD_FIELDS)}")
        return names

    def merged(self) -> Constraints:
        """Fold the top-level query and exclusions into one constraints object (top level wins)."""
        update: dict[str, Any] = {}
        if self.query:
            update["query"] = self.query
        if self.exclude_ids:
            update["exclude_ids"] = list(dict.fromkeys([*self.constraints.exclude_ids, *self.exclude_ids]))
        return self.constraints.model_copy(update=update)
