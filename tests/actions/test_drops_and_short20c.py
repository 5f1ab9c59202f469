"""Round 20c: a place dropped in the other origin word than the search holds ("forget korea" of a search in Korean,
"drop the country" of it), and a bare "short" after a list of feature films (shorter than the list, not a short film).
Phrasings are this module's own."""

from __future__ import annotations

from actions.cues import short_as_shorter
from actions.edits.removals import find_removals
from actions.entities import Entity
from contract.constraints import Constraints

KOREAN_SERIES = Constraints(languages=["ko"], media_type=["series"], genres=["drama"])
FRENCH_FILMS = Constraints(countries=["France"], media_type=["movie"])


def at(text: str, phrase: str, name: str, value: str, role: str | None = None) -> Entity:
    start = text.index(phrase)
    return Entity(name, value, role, start, start + len(phrase))


def test_a_country_named_drops_the_search_language_of_that_place():
    text = "never mind korea, some comedy series"
    removal = find_removals(text, [at(text, "korea", "country", "South Korea")], KOREAN_SERIES)
    assert removal.groups == {"language"}


def test_a_language_named_drops_the_search_country_that_speaks_it():
    text = "forget the french, any western"
    removal = find_removals(text, [at(text, "french", "language", "fr")], FRENCH_FILMS)
    assert removal.groups == {"country"}


def test_the_country_word_drops_the_origin_the_search_holds():
    assert find_removals("ok remove the country", [], KOREAN_SERIES).groups >= {"language"}


def test_another_place_named_drops_nothing():
    text = "forget japan"
    assert not find_removals(text, [at(text, "japan", "country", "Japan")], KOREAN_SERIES).groups


def test_a_country_search_keeps_the_language_when_the_country_goes():
    both = Constraints(countries=["France"], languages=["es"])
    assert find_removals("drop the country", [], both).groups == {"country"}


FEATURES = [{"id": f"s{i}", "type": "movie", "duration_minutes": m} for i, m in enumerate((95, 104, 118, 126, 99))]


def _short(text: str, items=FEATURES) -> list[str]:
    e = at(text, "short", "duration", "-30")
    return [x.value for x in short_as_shorter(text, [e], items)]


def test_short_after_feature_films_is_shorter_than_them():
    assert _short("fine, a heist movie but short") == ["shorter"]


def test_short_films_stay_the_short_format():
    assert _short("any short films?") == ["-30"]


def test_short_after_a_list_with_short_titles_stays():
    items = FEATURES[:4] + [{"id": "s9", "type": "movie", "duration_minutes": 24}]
    assert _short("fine, a heist movie but short", items) == ["-30"]


def test_short_with_no_list_stays():
    assert _short("a short comedy", []) == ["-30"]


# -- a runtime hedged after its number beside "shorter" is the target ------------------------------------------------

from actions.planning import _relative_edits_only  # noqa: E402


def _relative(text: str, window: str, phrase: str) -> list[tuple[str, str]]:
    shorter = at(text, text.split(",")[0], "duration", "shorter")
    said = at(text, phrase, "duration", window)
    return [(e.name, e.value) for e in _relative_edits_only(text, [shorter, said], Constraints())]


def test_a_runtime_hedged_after_it_is_the_shorter_target():
    assert ("duration", "-33") in _relative("less long, half an hour or so", "27-33", "half an hour or so")


def test_a_runtime_more_or_less_is_the_shorter_target():
    assert ("duration", "-66") in _relative("shorter, an hour more or less", "54-66", "an hour more or less")


def test_a_runtime_that_describes_the_list_is_no_target():
    assert _relative("shorter, those were 3 hours", "144-180", "3 hours") == [("duration", "shorter")]
