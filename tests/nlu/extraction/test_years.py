"""Release-year phrases → ``MIN-MAX`` years, or symbolic values relative to the catalog
(nlu/extraction/years.py).

Its phrases are rows of cases/years.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import datetime as dt

from nlu.extraction import extract_entities


def test_relative_years_do_not_depend_on_todays_date(gazetteer):
    """Relative to the catalog (the recommender resolves them), so the same on any day."""
    for today in (dt.date(2024, 5, 1), dt.date(2030, 1, 1)):
        assert [e["value"] for e in extract_entities("recent comedies from the last five years", today, gazetteer)
                if e["entity"] == "year"] == ["recent", "recent:6"]


def test_negated_relative_years_flip_to_their_complement(values):
    assert values("nothing recent", "year") == [("old:3", None)]
    assert values("nothing too old", "year") == [("recent:10", None)]


def test_last_one_is_a_position_not_a_year(ents):
    assert [e.entity for e in ents("the last one")] == ["position"]


def test_older_said_of_the_people_watching_is_no_year(values):
    """A number word, a person noun, a possessive or a subject's verb after "older" make it about people
    (years._comparative); "older" said of the titles stays the refinement."""
    for text in ("for the older four", "my older ones are into anime", "the older of the twins",
                 "the older ones prefer thrillers", "the older one's 10", "older and younger cousins"):
        assert values(text, "year") == [], text
    for text in ("older ones, maybe", "some older stuff", "anything a bit older", "his older movies",
                 "an older one"):
        assert values(text, "year") == [("older", None)], text


def test_decades_said_aloud_with_their_century_are_year_ranges(values):
    assert values("any crime dramas from the nineteen seventies", "year") == [("1970-1979", None)]
    assert values("late nineteen-sixties westerns", "year") == [("1966-1969", None)]
    assert values("something made in the two thousands", "year") == [("2000-2009", None)]
    assert values("a comedy from the two thousand and tens", "year") == [("2010-2019", None)]
    assert values("best shows of the twenty twenties", "year") == [("2020-2029", None)]
    assert values("nothing from the two thousands please", "year") == [("2000-2009", "exclude")]
    # a year said aloud is still one year
    assert values("released in two thousand and twelve", "year") == [("2012-2012", None)]


def test_came_out_recently_is_the_recent_bound(values):
    assert values("cartoon series that came out lately", "year") == [("recent", None)]


def test_released_recently_is_the_recent_bound(values):
    assert values("any comedies released recently?", "year") == [("recent", None)]


def test_recently_watched_is_no_recency(values):
    assert values("my sister recently watched inception and loved it", "year") == []


def test_two_numbers_of_years_back_take_the_wider(values):
    assert values("anything from the past four or five years", "year") == [("recent:6", None)]
    assert values("only the last 2-3 years please", "year") == [("recent:4", None)]


def test_an_era_complained_about_is_no_wish(values):
    assert values("after 2005 please, the 80s ones were way too slow", "year") == [("2006-", None)]


def test_an_era_praised_is_still_a_wish(values):
    assert values("80s films are the best, any action?", "year") == [("1980-1989", None)]
    assert values("90s comedies too", "year") == [("1990-1999", None)]


def test_old_ones_are_the_old_years(values):
    assert values("the old ones please", "year") == [("old", None)]


def test_an_era_praised_with_too_is_still_a_wish(values):
    assert values("the 80s ones are too good to miss", "year") == [("1980-1989", None)]


def test_too_much_fun_is_praise(values):
    assert values("the 90s ones are too much fun to skip", "year") == [("1990-1999", None)]


def test_an_era_of_someones_life_story_is_no_year(values):
    """A person and a life verb before the year in its sentence: background (years.drop_life_story_eras)."""
    for text in ("a space documentary please. my late mother taught physics in the seventies",
                 "my grandad served in the navy in the 1950s, any war films", "we met in 1998, a romantic comedy",
                 "my son was born in 2012, something for him"):
        assert values(text, "year") == [], text


def test_an_era_watched_or_referred_back_to_stays_a_wish(values):
    for text in ("the cartoons i watched as a kid in the 90s", "i was a teenager in the 80s, anything from then",
                 "an 80s comedy", "movies my parents loved in the 60s", "comedies from the 70s, i was young then"):
        assert [v for v, _ in values(text, "year")], text


def test_a_bare_was_or_were_tells_no_life_story(values):
    """Only a life verb (life_story.py, "was born", "was a <noun>") makes the era background: "was" / "were" with an
    -ing verb is the viewer or a companion talking, and the era is the wish."""
    for text in ("we were really hoping to find a comedy from the 80s",
                 "my brother was telling me he wants a 90s action film",
                 "i was thinking of something from the 70s tonight"):
        assert [v for v, _ in values(text, "year")], text


def test_a_request_after_a_life_story_clause_keeps_its_year(values):
    """The life verb reaches only the year of its own clause: the request after the comma is asked for."""
    assert values("i was born in 1990, anything from the 90s", "year") == [("1990-1999", None)]
    assert values("my aunt lived in 1960s paris, a thriller from the 2000s", "year") == [("2000-2009", None)]


def test_life_story_eras_still_dropped_in_their_clause(values):
    """Near-misses of the mend: the life verb's own clause still tells background."""
    for text in ("my late uncle worked at a steel mill in the nineteen seventies",
                 "my mum was a nurse in the 80s, any hospital dramas", "my grandpa fought in the 1940s"):
        assert values(text, "year") == [], text
    assert [v for v, _ in values("the shows i watched when i was a boy in the 80s", "year")] == ["1980-1989"]
