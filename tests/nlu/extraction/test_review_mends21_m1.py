"""Review mends of round 21 (helper m1): fear said about the kids is the kids' audience, a fear or thrill told in a
story is the mood alone, retractions that are no retraction, a restart taking back a whole refusal, 'the last but
one', praise of a day that shares a title's words, subjects and other titles' eras read as a time, and a past deed
with kin (nlu/extraction/genres.py, corrections.py, positions.py, names.py, years.py, life_story.py, kin.py)."""

from __future__ import annotations

import pytest


# -- 1. fear about the kids: the kin words stay the audience -----------------------------------------------------------

@pytest.mark.parametrize("text", ["something funny that won't scare the kids", "a film that doesn't frighten the kids",
                                  "nothing that'll terrify the kids please"])
def test_fear_about_the_kids_keeps_the_family_audience(values, text):
    assert ("family", None) in values(text, "audience")


@pytest.mark.parametrize("text", ["nothing that will terrify us", "don't scare me silly"])
def test_fear_about_us_is_still_no_horror(values, text):
    assert ("horror", "exclude") in values(text, "genre")


# -- 2. a fear or thrill told in a story: the mood alone ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["work has been terrifying this week, i need something calm",
                                  "the game was a real nail-biter, now something calm",
                                  "i'm sitting on the edge of my seat for the delivery, something funny",
                                  "that one was thrilling, something similar"])
def test_a_feeling_told_in_a_story_is_no_genre(values, text):
    assert not [v for v in values(text, "genre") if v[0] in ("horror", "thriller")]


@pytest.mark.parametrize("text", ["i'm in the mood for something thrilling", "it has to be terrifying",
                                  "a nail-biter please", "is there anything suspenseful", "what's thrilling tonight",
                                  "we want something that keeps us on the edge of our seats"])
def test_a_feeling_asked_for_stays_the_genre(values, text):
    assert [v for v in values(text, "genre") if v[0] in ("horror", "thriller") and v[1] is None]


# -- 3. "never mind X", "ignore that X": no retraction ----------------------------------------------------------------

@pytest.mark.parametrize("text, entity, value", [
    ("nothing creepy, the kids never mind subtitles, an animated film", "mood", "scary"),
    ("no horror thanks. never mind the age rating, a comedy", "genre", "horror"),
    ("no gore, ignore that spelling, a thriller", "genre", "horror")])
def test_never_mind_or_ignore_with_an_object_keeps_the_refusal(values, text, entity, value):
    assert (value, "exclude") in values(text, entity)


@pytest.mark.parametrize("text", ["no horror, never mind, a comedy", "no horror. nevermind that, a comedy",
                                  "no horror, ignore that, a comedy", "no horror... never mind! a comedy"])
def test_never_mind_or_ignore_that_alone_still_takes_the_refusal_back(values, text):
    assert ("horror", "exclude") not in values(text, "genre")
    assert ("genre", None) in values(text, "taken_back")


# -- 4. a restart takes back the whole refusal ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["nothing violent. scratch that, nothing scary. a drama",
                                  "no violence, forget that, a drama"])
def test_a_restart_takes_back_the_cap_of_a_refused_content_word(values, text):
    assert not [v for v in values(text, "audience") if v[1] == "cap"]


def test_a_content_word_refused_after_the_restart_keeps_its_cap(values):
    assert ("family", "cap") in values("no horror, scratch that, nothing violent", "audience")


# -- 6. counted back from the end: no position rather than the last one -----------------------------------------------

@pytest.mark.parametrize("text", ["the last but one please", "last but one", "the second to last one",
                                  "the next-to-last one", "second from the last one"])
def test_an_item_counted_back_from_the_end_is_not_the_last(values, text):
    assert values(text, "position") == []


@pytest.mark.parametrize("text, value", [("the last one", "last"), ("the last but for kids", "last"),
                                         ("the third but shorter", "3"), ("the second one please", "2")])
def test_an_ordinal_still_names_its_item(values, text, value):
    assert values(text, "position") == [(value, None)]


# -- 7. a day or an event praised in a title's words: no like-search --------------------------------------------------

def _similar(ents, text):
    return [e for e in ents(text) if e.entity == "title" and e.role == "similar"]


@pytest.mark.parametrize("text", ["the office was insane today, any recs?", "the match was fire, any recommendations?",
                                  "the game was sick tonight, any recs"])
def test_a_day_or_event_praised_is_no_like_search(ents, text):
    assert not _similar(ents, text)


@pytest.mark.parametrize("text", ["the crown was amazing, any recs?", "the office was insane, anything like it?",
                                  "The Office was insane today, any recs?", "ozark was fire, any recs?",
                                  "the witcher was sick, similar?"])
def test_a_praised_title_with_more_asked_stays_a_like_search(ents, text):
    assert _similar(ents, text)


# -- 9. a century said as the subject, not the time -------------------------------------------------------------------

@pytest.mark.parametrize("text", ["a documentary on the cold war and the 20th century",
                                  "a history of the twentieth century, please", "stories of the 20th century"])
def test_a_century_as_the_subject_is_no_year(values, text):
    assert values(text, "year") == []


@pytest.mark.parametrize("text", ["films of the 20th century", "a documentary about whales from the 20th century",
                                  "anything 20th century", "something on netflix, the 20th century please"])
def test_a_century_as_the_time_stays_the_bound(values, text):
    assert values(text, "year") == [("-1999", None)]


# -- 10. the list's era said of another title, as a subject, or in a story --------------------------------------------

@pytest.mark.parametrize("text", ["my daughter was born around then", "we like the same era as Mad Men",
                                  "a series about the same time period"])
def test_a_list_era_not_asked_for_is_no_year(values, text):
    assert values(text, "year") == []


@pytest.mark.parametrize("text, value", [("same era please", "then"), ("anything around then", "around_then"),
                                         ("around then please", "around_then"), ("a film from the same period", "then"),
                                         ("something from around then", "around_then")])
def test_the_list_era_asked_for_stays(values, text, value):
    assert values(text, "year") == [(value, None)]


# -- 15. kin the viewer used to take somewhere: nobody watching -------------------------------------------------------

@pytest.mark.parametrize("text", ["I used to take my kids to the cinema, now something for me",
                                  "we always used to take our children to the drive-in, tonight a thriller for me"])
def test_kin_of_a_past_habit_are_nobody_watching(values, text):
    assert values(text, "audience") == []


@pytest.mark.parametrize("text", ["we used to take the kids to disney films, now something for them",
                                  "we took the kids to the zoo, something for them to wind down",
                                  "i want to take my kids to see something"])
def test_kin_taken_along_today_still_watch(values, text):
    assert ("family", None) in values(text, "audience")
