"""A kind turned down together with its origin: the origin is part of the refusal, never a wish, and the kind goes from
that origin only (nlu/extraction/negation.py ``refused_origin_kinds``, origin_kinds.py)."""

from __future__ import annotations


def test_animation_after_a_japanese_origin_refused_is_anime_only(values):
    text = "a family film, our girls are 8 and 12, just not the cartoons out of japan"
    assert [g for g in values(text, "genre") if g[1] == "exclude"] == [("anime", "exclude")]
    assert values(text, "country") == []


def test_japanese_animation_before_the_noun_refused_is_anime_only(values):
    text = "something for the whole family with children of 6 and 9, none of those japanese cartoons"
    assert values(text, "genre") == [("anime", "exclude")]
    assert values(text, "country") == []


def test_adults_refusing_cartoons_from_japan_keep_the_childrens_shelf(values):
    text = "a crime thriller please, no cartoons from japan"
    assert ("anime", "exclude") in values(text, "genre")
    assert ("kids", "exclude") not in values(text, "genre")
    assert values(text, "country") == []


def test_a_kind_with_its_origin_refused_rules_out_the_kind_from_there_and_adds_no_origin(values):
    # round 21b: the pair goes (origin_kinds.py), never comedy from everywhere
    assert values("nothing with those french comedies", "origin_genre") == [("comedy@France", "exclude")]
    assert values("nothing with those french comedies", "genre") == []
    assert values("nothing with those french comedies", "country") == []
    assert values("skip the comedies made in italy", "origin_genre") == [("comedy@Italy", "exclude")]
    assert values("skip the comedies made in italy", "country") == []


def test_origin_refused_apart_from_a_wanted_kind_stays_refused(values):
    # near miss: a comma keeps them apart — the cartoons are wanted, Japan is ruled out
    assert values("nothing out of japan, animated films", "country") == [("Japan", "exclude")]
    assert all(role is None for _, role in values("nothing out of japan, animated films", "genre"))


def test_origin_alone_refused_and_wanted_kind_with_origin_unchanged(values):
    assert values("not the ones from south korea", "country") == [("South Korea", "exclude")]
    assert values("thrillers from france", "country") == [("France", None)]
