"""Round 18c (issue 10): numbers, spans of time, size words, compact words and vocabulary typed short.

Each class with near-misses that must keep their old reading. Sentences are this module's own.
"""

from __future__ import annotations

import pytest


# -- "<" is "under" (round 26b: it keeps its number), and a sign opens a bound after other words ------------------------------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("horror <90 mins", "-90"),
    ("a short drama <45", "-45"),          # the sign after a size word: the number wins over "short"
    ("sitcom episodes <25 min", "-25"),
])
def test_a_less_than_sign_is_an_upper_bound(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text, bound", [
    ("horror <=90 mins", "-90"),            # near miss: "<=" keeps the number
    ("horror under 90 mins", "-90"),        # near miss: a word operator keeps it
    ("horror ≤ 90 min", "-90"),
])
def test_other_upper_bounds_keep_their_number(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


# -- time being waited out is a ceiling -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("stuck at the bus depot for about an hour, anything funny", "-60"),
    ("waiting in the car for around 2 hours while she shops, a documentary", "-120"),
    ("killing time at the gate for 90 minutes, a thriller please", "-90"),
])
def test_a_wait_with_its_length_is_the_time_there_is(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


@pytest.mark.parametrize("text, window", [
    ("waiting for the sequel, meanwhile something about 90 minutes", "81-99"),   # the wait is another clause
    ("a film about 2 hours, been waiting all week for the weekend", "108-132"),  # the wait comes after the length
])
def test_a_wait_elsewhere_leaves_the_window(values, text, window):
    assert values(text, "duration") == [(window, None)]


def test_time_already_waited_is_still_no_runtime(values):
    assert values("we've been waiting for 2 hours at the clinic", "duration") == []


# -- two deadlines: the first to come ends the evening ----------------------------------------------------------------

@pytest.mark.parametrize("text, bound", [
    ("work starts at 11, it's 8 now, have to leave at 10, a comedy?", "-120"),
    ("it's 7 now, bed at 11 but I need to go out at 9", "-120"),
    ("bed at 11, it's 9:30 now", "-90"),                      # one deadline as before
])
def test_the_earliest_deadline_bounds_the_runtime(values, text, bound):
    assert values(text, "duration") == [(bound, None)]


# -- a long film, a long series ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("a long film tonight", "140-"),
    ("a nice long movie for sunday", "140-"),
    ("4 hours before the guests come, a long film", "140-240"),   # a ceiling it still fits under: a window
    ("we have 2 hours, a long movie", "-120"),                    # a ceiling below the long film's floor wins alone
    ("not a long movie please", "-120"),                          # negated: no longer than a standard feature
    ("long movies over 2 hours", "121-"),                         # a number said wins over the size word
])
def test_a_long_film(values, text, value):
    assert values(text, "duration") == [(value, None)]


@pytest.mark.parametrize("text", [
    "a long soap opera to get into",
    "a really long tv series",
    "a japanese show, a long one",
])
def test_a_long_series_has_more_than_one_season(values, text):
    assert ("2-", None) in values(text, "seasons")


@pytest.mark.parametrize("text", [
    "a long-running series",       # its own rule: 4-
    "a long movie",                # a film: a runtime, no seasons
    "a long one, a film please",   # "a long one" of a film
])
def test_long_of_no_series_asks_no_two_seasons(values, text):
    assert ("2-", None) not in values(text, "seasons")


# -- few episodes are one season --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["cartoons with <10 eps", "a thriller show under 12 episodes",
                                  "only 6 episodes, a crime series", "8 episodes max"])
def test_few_episodes_is_a_single_season(values, text):
    assert values(text, "seasons") == [("-1", None)]


@pytest.mark.parametrize("text", ["a series with less than 40 episodes", "episodes under 30 minutes",
                                  "a show with 10 episodes in every season"])
def test_many_episodes_or_their_length_is_no_season_count(values, text):
    assert ("-1", None) not in values(text, "seasons")


# -- rom-coms are films; "teen" before a film is an audience --------------------------------------------------------------

@pytest.mark.parametrize("text", ["90s rom coms", "a romcom for date night", "some rom-coms, nothing sad"])
def test_a_romcom_is_a_film(values, text):
    assert values(text, "media_type") == [("movie", None)]


@pytest.mark.parametrize("text, formats", [
    ("a romcom series", [("series", None)]),                 # the format said wins
    ("a romantic comedy", []),                               # spelt out: either format
    ("no rom coms, a horror", []),                           # ruled out: nothing implied
])
def test_a_romcom_beside_a_format_or_ruled_out_implies_none(values, text, formats):
    assert values(text, "media_type") == formats


def test_a_teen_romcom_is_a_film_for_teens(values):
    assert values("teen romcom from 2019", "audience") == [("teen", None)]
    assert not [v for v, _ in values("teen romcom from 2019", "genre") if v == "teen"]
    assert {v for v, _ in values("teen romcom from 2019", "genre")} == {"romance", "comedy"}


def test_a_teen_series_keeps_the_teen_genre(values):
    assert ("teen", None) in values("a teen mystery series", "genre")


# -- vocabulary typed short or misspelt -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("a good drma", "genre", "drama"),
    ("some anme", "genre", "anime"),
    ("a cartoon for my toddlr", "audience", "preschool"),
    ("something for the teenagrs", "audience", "teen"),
    ("a fam film tonight", "genre", "family"),           # read as "a family film" is
    ("qck thriller", "duration", "-30"),
    ("a japanese rom with a happy ending", "genre", "romance"),
    ("best crime shows on the telly", "media_type", "series"),
])
def test_vocabulary_typed_short_is_read(values, text, entity, value):
    assert (value, None) in values(text, entity)


@pytest.mark.parametrize("text, entity, value", [
    ("thanks fam, now a comedy", "audience", "family"),       # chat's "fam" is a friend
    ("a film about a rabies outbreak", "audience", "preschool"),  # another first letter: no "babies"
    ("a rom com", "genre", "romance"),
])
def test_near_misses_of_the_vocabulary(values, text, entity, value):
    if text == "a rom com":
        assert ("romance", None) in values(text, entity) and ("comedy", None) in values(text, "genre")
        return
    assert (value, None) not in values(text, entity)


# -- several "old" words: the oldest said ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["classic films, the properly old stuff", "old movies, real classics"])
def test_classic_beside_old_is_the_classic_band(values, text):
    assert set(values(text, "year")) == {("old:31", None)}


@pytest.mark.parametrize("text, value", [("old movies", "old"), ("classic tv", "old:31")])
def test_one_old_word_keeps_its_band(values, text, value):
    assert values(text, "year") == [(value, None)]
