"""Slot merging over turns: carry-over, replacement, exclusions, relative runtime."""

from __future__ import annotations

from actions.constraints import apply_entities, longer_bound, parse_range, shorter_bound, starts_new_search
from actions.entities import Entity, parse_entities
from contract.constraints import Constraints


def ents(*specs: tuple) -> list[Entity]:
    """Entities from (name, value[, role]) tuples."""
    return [Entity(s[0], s[1], s[2] if len(s) > 2 else None) for s in specs]


def test_refinement_keeps_earlier_constraints():
    state = apply_entities(Constraints(), ents(("genre", "comedy")))
    state = apply_entities(state, ents(("duration", "-30")))
    assert state.genres == ["comedy"]
    assert (state.min_minutes, state.max_minutes) == (None, 30)


def test_new_genre_replaces_old_one():
    state = apply_entities(Constraints(), ents(("genre", "comedy"), ("duration", "-40")))
    state = apply_entities(state, ents(("genre", "thriller")))
    assert state.genres == ["thriller"]
    assert state.max_minutes == 40


def test_exclusions_accumulate_and_never_conflict_with_wanted_genres():
    state = apply_entities(Constraints(), ents(("genre", "comedy"), ("genre", "horror", "exclude")))
    state = apply_entities(state, ents(("genre", "anime", "exclude")))
    assert state.exclude_genres == ["horror", "anime"]
    state = apply_entities(state, ents(("genre", "horror")))
    assert state.genres == ["horror"]
    assert state.exclude_genres == ["anime"]


def test_children_ruled_out_after_a_kids_search_leave_no_kids_genre_required():
    # "nothing for kids" after "cartoon series for my twins": the later word wins, never a contradiction
    state = apply_entities(Constraints(), ents(("genre", "kids"), ("media_type", "series")))
    edited = apply_entities(state, ents(("audience", "kids", "exclude")))
    assert "kids" in edited.exclude_genres and "kids" not in edited.genres + edited.any_genres, edited
    # "he hates baby shows" there is the older child's taste: the preschool TV ratings go, the kids' titles stay
    # (round 16c, tests/actions/test_baby_shows16c.py)
    edited = apply_entities(state, ents(("audience", "preschool", "exclude")))
    assert edited.genres == ["kids"] and not {"TV-Y", "TV-G"} & set(edited.ratings), edited


def test_nothing_scary_excludes_horror_and_drops_scary_mood():
    state = Constraints(mood=["scary"])
    state = apply_entities(state, ents(("mood", "scary", "exclude")))
    assert state.exclude_genres == ["horror"]
    assert state.mood == []


def test_a_new_mood_replaces_the_old_one():
    state = apply_entities(Constraints(mood=["scary"]), ents(("mood", "feel-good")))
    assert state.mood == ["feel-good"]


def test_shorter_tightens_current_bound_by_a_quarter():
    assert shorter_bound(40, []) == 30
    assert shorter_bound(None, [90, 96, 100]) == 95  # no bound in force: below the list's median
    assert shorter_bound(None, []) == 90
    assert shorter_bound(6, []) == 5


def test_shorter_applied_to_state_and_drops_contradicting_minimum():
    state = Constraints(min_minutes=60, max_minutes=70)
    state = apply_entities(state, ents(("duration", "shorter")))
    assert state.max_minutes == 52
    assert state.min_minutes is None


def test_shorter_uses_shown_items_when_no_bound():
    state = apply_entities(Constraints(genres=["comedy"]), ents(("duration", "shorter")), shown_minutes=[100, 80])
    assert state.max_minutes == 89


def test_shorter_after_a_list_is_shorter_than_most_of_it():
    # 75 % of the longest (147) would be 110, the list's own median: half the list would qualify again
    assert shorter_bound(None, [95, 104, 110, 128, 147]) == 109
    assert shorter_bound(None, [50, 96, 30]) == 49


def test_longer_sets_a_minimum_and_clears_the_maximum():
    state = apply_entities(Constraints(max_minutes=40), ents(("duration", "longer")))
    assert (state.min_minutes, state.max_minutes) == (50, None)
    assert longer_bound(None, None, [60]) == 61  # no bound in force: above the list's median


def test_duration_ranges_and_bare_numbers():
    assert parse_range("-40") == (None, 40)
    assert parse_range("90-120") == (90, 120)
    assert parse_range("120-") == (120, None)
    state = apply_entities(Constraints(min_minutes=10), ents(("duration", "60")))
    assert (state.min_minutes, state.max_minutes) == (None, 60)


def test_year_range():
    state = apply_entities(Constraints(), ents(("year", "1990-1999")))
    assert (state.year_min, state.year_max) == (1990, 1999)
    state = apply_entities(state, ents(("year", "2019-")))
    assert (state.year_min, state.year_max) == (2019, None)


def test_media_type_exclusion_becomes_the_other_types():
    state = apply_entities(Constraints(), ents(("media_type", "series", "exclude")))
    assert state.media_type == ["movie", "special"]
    state = apply_entities(state, ents(("media_type", "movie")))
    assert state.media_type == ["movie"]


def test_asking_for_series_drops_a_runtime_bound_the_catalog_cannot_apply_to_series():
    state = apply_entities(Constraints(), ents(("genre", "comedy"), ("duration", "-90")))
    state = apply_entities(state, ents(("media_type", "series"), ("language", "ko")))
    assert state.media_type == ["series"] and (state.min_minutes, state.max_minutes) == (None, None)
    assert state.genres == ["comedy"]  # the rest of the search is kept


def test_a_runtime_bound_stays_when_series_are_one_of_several_types():
    state = apply_entities(Constraints(), ents(("duration", "-90")))
    state = apply_entities(state, ents(("media_type", "movie"), ("media_type", "series")))
    assert state.max_minutes == 90


def test_people_language_country_rating_audience():
    state = apply_entities(Constraints(), ents(
        ("actor", "Adam Sandler"), ("director", "Martin Scorsese"), ("language", "ko"),
        ("country", "South Korea"), ("rating", "PG-13"), ("audience", "kids")))
    api = state.to_api()
    assert api == {"actors": ["Adam Sandler"], "directors": ["Martin Scorsese"], "languages": ["ko"],
                   "countries": ["South Korea"], "ratings": ["PG-13"], "audience": "kids"}


def test_excluded_rating_narrows_the_allowed_list():
    # a teen rating turned down alone leaves only it out (round 21q); with the adult ones it is a cap (round 24a)
    state = apply_entities(Constraints(), ents(("rating", "PG-13", "exclude")))
    assert "PG-13" not in state.ratings and "R" in state.ratings


def test_title_becomes_similar_anchor():
    state = apply_entities(Constraints(), ents(("title", "Stranger Things", "similar")))
    assert state.similar_to == "Stranger Things"
    assert "similar_title" not in state.to_api()


def test_slots_round_trip_and_tolerate_rasa_types():
    state = Constraints(genres=["comedy"], max_minutes=30, media_type=["movie"])
    slots = state.to_slots()
    assert slots["exclude_genres"] is None
    slots["max_minutes"] = 30.0  # Rasa may hand numbers back as floats
    assert Constraints.from_slots(slots) == state


def test_new_search_only_when_request_names_a_subject():
    state = Constraints(genres=["comedy"])
    # Issue 10: a new genre is an edit (it replaces the genre, the rest stays); a person or title is a subject.
    assert not starts_new_search("request_recommendation", ents(("genre", "drama")), state)
    assert starts_new_search("request_recommendation", ents(("actor", "Adam Sandler")), state)
    assert not starts_new_search("request_recommendation", ents(("duration", "-30")), state)
    assert starts_new_search("request_recommendation", [], Constraints())
    assert not starts_new_search("refine", ents(("genre", "drama")), state)
    assert starts_new_search("request_recommendation", [], state), "an open question starts afresh"
    assert starts_new_search("request_recommendation", ents(("duration", "-30")), state, has_topic=True)
    assert not starts_new_search("request_recommendation", ents(("position", "2")) + ents(("audience", "kids")), state)


def test_parse_entities_drops_payload_offsets_and_empty_values():
    raw = [{"entity": "duration", "value": "shorter", "start": 7, "end": 30},
           {"entity": "genre", "value": ""}]
    assert parse_entities(raw, '/refine{"duration":"shorter"}') == [Entity("duration", "shorter")]


def test_a_situation_with_several_moods_keeps_them_all():
    """Issue 10 class 7: "had a long day" is relaxing and light; both rank, the old mood goes."""
    state = apply_entities(Constraints(mood=["scary"]), ents(("mood", "relaxing"), ("mood", "light")))
    assert state.mood == ["relaxing", "light"]


def test_a_film_search_for_a_genre_only_series_have_asks_for_its_nearest_film_genre():
    from actions.constraints import SERIES_ONLY_GENRES, genres_for_films

    assert "crime" in SERIES_ONLY_GENRES and "thriller" not in SERIES_ONLY_GENRES
    state, moved = genres_for_films(Constraints(genres=["crime"], media_type=["movie"]))
    assert (state.genres, state.query, moved) == (["thriller"], "crime", ["crime"])
    state, _ = genres_for_films(Constraints(genres=["crime", "drama"], media_type=["movie"], query="heist"))
    assert (state.genres, state.query) == (["drama"], "heist crime"), "another genre stays, crime is the topic"
    assert genres_for_films(Constraints(genres=["crime"], media_type=["series"])) is None
    assert genres_for_films(Constraints(genres=["crime"])) is None, "a search that allows series keeps it"
