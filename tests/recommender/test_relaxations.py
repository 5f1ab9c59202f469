"""When nothing matches: say so, never drop a constraint silently, and offer relaxations that really yield
the number of titles they promise when sent back."""

from __future__ import annotations

from typing import Any

import pytest

from recommender.constraints import Constraints, RecommendationRequest

NO_MATCH = [
    pytest.param({"genres": ["comedy"], "max_minutes": 5}, id="comedy-under-5-min"),
    pytest.param({"media_type": "series", "max_minutes": 60}, id="series-runtime-unknown"),
    pytest.param({"audience": "kids", "genres": ["horror"]}, id="kids-horror"),
    pytest.param({"genres": ["anime"], "year_max": 1950}, id="old-anime"),
    pytest.param({"year_min": 2021, "max_minutes": 20}, id="recent-and-short"),
    pytest.param({"actors": ["Louis C.K.", "Jane Fonda"]}, id="two-actors-never-together"),
    pytest.param({"genres": ["comedy", "horror", "romance"]}, id="three-genres"),
    pytest.param({"media_type": "special"}, id="no-specials"),
    pytest.param({"genres": ["documentary"], "min_minutes": 200, "languages": ["ko"]}, id="long-korean-docs"),
    pytest.param({"countries": ["Atlantis"]}, id="unknown-country"),
]


def ask(rec: Any, constraints: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return rec.recommend(RecommendationRequest(constraints=constraints, **extra))


@pytest.mark.parametrize("constraints", NO_MATCH)
def test_nothing_matches_is_said_with_the_nearest_relaxation(fixture_recommender, constraints) -> None:
    answer = ask(fixture_recommender, constraints)
    assert answer["items"] == [] and answer["total_matches"] == 0
    assert 1 <= len(answer["relaxations"]) <= 3
    best = answer["relaxations"][0]
    assert answer["message"].startswith("Nothing in the catalog matches ")
    assert best["label"] in answer["message"] and str(best["count"]) in answer["message"]


@pytest.mark.parametrize("constraints", NO_MATCH)
def test_no_constraint_is_dropped_silently(fixture_recommender, constraints) -> None:
    answer = ask(fixture_recommender, constraints)
    assert answer["constraints"] == Constraints(**constraints).public()


@pytest.mark.parametrize("constraints", NO_MATCH)
def test_each_relaxation_yields_its_count_when_sent_back(fixture_recommender, constraints) -> None:
    for relaxation in ask(fixture_recommender, constraints)["relaxations"]:
        again = ask(fixture_recommender, relaxation["constraints"], limit=50)
        assert again["total_matches"] == relaxation["count"] > 0, relaxation
        assert len(again["items"]) == min(50, relaxation["count"])
        assert again["relaxations"] == [] and again["message"] is None


@pytest.mark.parametrize("constraints", NO_MATCH)
def test_a_relaxation_changes_only_the_constraint_it_names(fixture_recommender, constraints) -> None:
    original = Constraints(**constraints).public()
    for relaxation in ask(fixture_recommender, constraints)["relaxations"]:
        relaxed = relaxation["constraints"]
        changed = {k for k in original.keys() | relaxed.keys() if original.get(k) != relaxed.get(k)}
        assert changed == {relaxation["drop"]}, relaxation


@pytest.mark.parametrize("constraints", NO_MATCH)
def test_relaxation_labels_read_as_an_action_the_viewer_can_take(fixture_recommender, constraints) -> None:
    """Labels are spoken as "If you <label>, there are N titles" (API) and "I could <label> instead" (bot)."""
    answer = ask(fixture_recommender, constraints)
    for relaxation in answer["relaxations"]:
        first_word = relaxation["label"].split()[0].lower()
        assert first_word not in {"any", "without", "movies", "with", "no"}, relaxation["label"]
    assert "If you any " not in answer["message"] and "If you without " not in answer["message"]


def test_widened_runtime_bound_is_the_nearest_one_that_gives_five_titles(fixture_recommender) -> None:
    constraints = {"genres": ["comedy"], "max_minutes": 5}
    widened = [r for r in ask(fixture_recommender, constraints)["relaxations"] if r["drop"] == "max_minutes"
               and "max_minutes" in r["constraints"]]
    assert len(widened) == 1
    bound = widened[0]["constraints"]["max_minutes"]
    assert ask(fixture_recommender, {**constraints, "max_minutes": bound})["total_matches"] >= 5
    assert ask(fixture_recommender, {**constraints, "max_minutes": bound - 1})["total_matches"] < 5
    assert widened[0]["label"].endswith(f"up to {bound} minutes")


def test_widening_is_preferred_to_dropping(fixture_recommender) -> None:
    relaxations = ask(fixture_recommender, {"year_min": 2021, "max_minutes": 20})["relaxations"]
    assert relaxations[0]["drop"] == "max_minutes"
    assert relaxations[0]["constraints"]["max_minutes"] > 20  # widened, not removed


def test_relaxation_counts_respect_excluded_ids(fixture_recommender) -> None:
    constraints = {"actors": ["Louis C.K.", "Jane Fonda"], "exclude_ids": ["s5542"]}
    answer = ask(fixture_recommender, constraints)
    drop_fonda = next(r for r in answer["relaxations"] if r["constraints"].get("actors") == ["Louis C.K."])
    assert drop_fonda["count"] == 2  # 3 Louis C.K. titles, one excluded
    assert ask(fixture_recommender, drop_fonda["constraints"])["total_matches"] == 2


def test_no_relaxations_when_something_matches(fixture_recommender) -> None:
    answer = ask(fixture_recommender, {"genres": ["comedy"], "max_minutes": 40})
    assert answer["total_matches"] == 32
    assert answer["relaxations"] == [] and answer["message"] is None


def test_constraints_carried_from_earlier_turns_are_offered_for_relaxation_first(fixture_recommender) -> None:
    checked = 0
    for param in NO_MATCH:
        asked = param.values[0]
        plain = ask(fixture_recommender, asked)["relaxations"]
        last = plain[-1]["drop"]  # what, on its own merits, would be offered last
        if plain[0]["drop"] == last:
            continue  # every offer relaxes the same field: no order to show
        carried = ask(fixture_recommender, asked, relax_first=[last])["relaxations"]
        assert carried[0]["drop"] == last and carried[0]["count"] > 0, asked
        checked += 1
    assert checked >= 2


def test_relax_first_names_only_known_constraints() -> None:
    with pytest.raises(ValueError, match="unknown constraint names"):
        RecommendationRequest(relax_first=["mood_of_the_day"])


def test_a_person_is_offered_for_dropping_after_a_milder_audience_even_when_said_earlier(fixture_recommender) -> None:
    """"Robert Rodriguez films" then "ok for my 8 year old": the fixture has his PG film only."""
    answer = ask(fixture_recommender, {"directors": ["Robert Rodriguez"], "audience": "kids"},
                 relax_first=["directors"])
    first = answer["relaxations"][0]
    assert first["drop"] == "audience" and first["constraints"]["audience"] == "family"
    assert first["label"] == "allow titles rated up to PG and TV-PG"
    assert answer["relaxations"][-1]["drop"] == "directors"


def test_a_milder_audience_is_the_nearest_level_with_titles_and_never_adult(fixture_recommender) -> None:
    answer = ask(fixture_recommender, {"directors": ["Steven Spielberg"], "audience": "preschool"})
    widened = [r for r in answer["relaxations"] if r["drop"] == "audience" and "audience" in r["constraints"]]
    assert [r["constraints"]["audience"] for r in widened] == ["teen"]  # nothing of his below PG-13 here
    assert widened[0]["label"] == "allow titles rated up to PG-13 and TV-14"
