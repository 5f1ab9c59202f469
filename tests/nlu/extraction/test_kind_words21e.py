"""Kind words viewers say loosely (round 21e): clipped genre nouns, a genre's slang adjective under negation, the format
of a kind ruled out beside the kind asked for, and fear said as an intensity."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", ["any good doco for tonight", "a docco on whales", "some doccos about the ocean"])
def test_a_clipped_documentary_noun_is_the_genre(values, text):
    assert values(text, "genre") == [("documentary", None)]


@pytest.mark.parametrize("text", ["some toons for saturday morning", "a toon the little one would like"])
def test_toons_are_the_kids_genre(values, text):
    assert ("kids", None) in values(text, "genre")


def test_toons_ruled_out_are_an_animation_word(values):
    # as "no cartoons" beside a children's request: live-action children's titles (childrens.py)
    assert values("no toons please, a kids movie", "genre") == [("anime", "exclude"), ("kids", None)]


@pytest.mark.parametrize("text", ["tune in to something", "a platoon film", "a story about a cartoonist"])
def test_words_holding_toon_are_no_genre(values, text):
    assert ("kids", None) not in values(text, "genre")


@pytest.mark.parametrize("text", ["nothing gory n horrory", "nothing bloody and horrory please",
                                  "nothing dark and thriller-ish"])
def test_a_slang_adjective_after_and_shares_the_negation(values, text):
    genres = values(text, "genre")
    assert genres and all(role == "exclude" for _, role in genres), genres


def test_and_before_a_genre_noun_may_still_be_the_wish(values):
    assert ("comedy", None) in values("no violence and a comedy", "genre")


@pytest.mark.parametrize("text, genre", [("not too actiony", "action"), ("nothing too romancey", "romance"),
                                         ("nothing horror-ish tonight", "horror")])
def test_a_slang_adjective_negated_is_its_genre_ruled_out(values, text, genre):
    assert values(text, "genre") == [(genre, "exclude")]


def test_a_slang_adjective_asked_for_is_its_genre(values):
    assert values("a bit thriller-ish maybe", "genre") == [("thriller", None)]


def test_n_joins_two_moods_ruled_out(values):
    assert values("nothing sad n depressing", "mood") == [("sad", "exclude"), ("sad", "exclude")]


@pytest.mark.parametrize("text, genre, kind", [
    ("documentaries please, films and not docuseries", "documentary", "docuseries"),
    ("a comedy, just not a sitcom", "comedy", "sitcom"),
    ("some anime but no anime series", "anime", "series"),
])
def test_the_format_of_a_wanted_kind_is_ruled_out_not_the_kind(ents, values, text, genre, kind):
    assert values(text, "genre") == [(genre, None)]
    assert ("series", "exclude") in values(text, "media_type")
    assert any(e.surface == kind and e.entity == "media_type" and e.role == "exclude" for e in ents(text))


def test_a_compact_kind_ruled_out_alone_is_the_kind(values):
    assert values("not a docuseries, a movie", "genre") == [("documentary", "exclude")]
    assert values("not a docuseries, a movie", "media_type") == [("movie", None)]


@pytest.mark.parametrize("text", ["no docuseries tonight", "no sitcoms"])
def test_other_compact_kinds_ruled_out_keep_their_reading(values, text):
    assert all(role == "exclude" for _, role in values(text, "genre"))
    assert ("series", "exclude") not in values(text, "media_type")


def test_a_sub_genre_ruled_out_beside_its_parent_stays_excluded(values):
    assert values("comedy but not stand-up", "genre") == [("comedy", None), ("stand-up", "exclude")]


@pytest.mark.parametrize("text", ["we want to be scared out of our minds tonight", "scare us silly",
                                  "something genuinely terrifying", "a properly frightening one",
                                  "scare the living daylights out of me", "really scary stuff please"])
def test_fear_said_as_an_intensity_is_horror(ents, values, text):
    assert values(text, "genre") == [("horror", None)]
    assert ("scary", None) in values(text, "mood")
    assert ("funny", None) not in values(text, "mood")  # "silly" belongs to the fear


@pytest.mark.parametrize("text", ["something a bit spooky", "something scary", "not too scary"])
def test_milder_fear_stays_the_mood(values, text):
    assert values(text, "genre") == []


def test_not_too_scary_rules_the_scary_mood_out(values):
    assert values("not too scary", "mood") == [("scary", "exclude")]


def test_intense_fear_ruled_out_is_no_horror(values):
    assert values("nothing terrifying please", "genre") == [("horror", "exclude")]


@pytest.mark.parametrize("text, genre", [("a terrifying thriller", "thriller"),
                                         ("i want to be scared by a documentary", "documentary")])
def test_fear_beside_another_kind_describes_it(values, text, genre):
    assert values(text, "genre") == [(genre, None)]
    assert values(text, "mood") == [("scary", None)]
