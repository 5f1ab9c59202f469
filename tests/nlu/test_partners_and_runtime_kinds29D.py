"""Round 29D, through the real extractor (the bundled catalog's gazetteer) and the planner. Phrasings are this module's
own.

1. One list of partner words (contract/words.py ``PARTNER_WORDS``, split by pronoun): every rule that reads a partner
   reads all of them — company of grown-ups alone (audience ``partners_alone``) and who "him" / "her" may stand for
   (pronoun_exclusions ``_COMPANION_RE``).
2. A runtime bound beside a drama named by its origin ("japanese dramas", "a k-drama"), with no format word of its own,
   asks for films: the origin drama's implied series yields (media ``runtime_means_films``). A format word, a season
   count or episodes named keep the series.
"""

from __future__ import annotations

import re

import pytest

from contract.words import (PARTNER_EITHER_PATTERN, PARTNER_HE_PATTERN, PARTNER_PATTERN, PARTNER_SHE_PATTERN,
                            PARTNER_WORDS)

# -- 1. one list of partner words ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["hubby", "fiancé", "fiance", "fiancée", "fiancee", "other half", "significant other"])
def test_the_partner_pattern_reads_each_spelling(word):
    assert re.fullmatch(rf"(?:{PARTNER_PATTERN})", word, re.IGNORECASE)


def test_every_partner_word_has_one_pronoun_side():
    sides = [PARTNER_HE_PATTERN, PARTNER_SHE_PATTERN, PARTNER_EITHER_PATTERN]
    for word in PARTNER_WORDS:
        assert sum(bool(re.fullmatch(rf"(?:{p})", word)) for p in sides) == 1, word


@pytest.mark.parametrize("text", [
    "a romcom for me and the wifey",
    "a thriller my better half and i can watch",
    "anything good for me and my bae tonight",
    "a mystery to watch with my significant other",
])
def test_every_partner_word_as_the_only_company_is_the_grown_ups_audience(plan, text):
    c = plan(text)
    assert c.audience == "adult" and "kids" in c.exclude_genres, c


def test_a_partner_word_beside_a_child_still_leaves_the_audience_to_the_child(plan):
    c = plan("a cartoon for me, the wifey and our 5 year old")
    assert c.audience != "adult", c


@pytest.mark.parametrize("text, actor", [
    ("i like tom hanks. my hubs is away tonight so a movie without him", "Tom Hanks"),
    ("meryl streep is great, the missus is out so a film without her", "Meryl Streep"),
    ("tom hanks is fine but my better half is out, a comedy without him", "Tom Hanks"),
])
def test_a_pronoun_after_any_partner_word_is_the_partner(values, text, actor):
    assert values(text, "actor") == [(actor, None)]


def test_a_partner_of_the_other_pronoun_leaves_the_person_excluded(values):
    assert values("tom hanks is fine but my wifey can't stand him, a comedy without him", "actor") \
        == [("Tom Hanks", "exclude")]


# -- 2. a runtime bound beside an origin's drama ------------------------------------------------------------------------


@pytest.mark.parametrize("text, bound", [
    ("japanese dramas no longer than 100 minutes", 100),
    ("a k-drama under two hours", 120),
    ("chinese dramas that run max 95 min", 95),
])
def test_a_runtime_bound_beside_an_origin_drama_asks_for_films(plan, text, bound):
    c = plan(text)
    assert c.max_minutes == bound and "series" not in c.media_type and c.genres == ["drama"], c


@pytest.mark.parametrize("text", [
    "k-dramas with episodes under an hour",
    "thai dramas, 3 seasons max, under two hours",
    "sitcoms under half an hour",
])
def test_episodes_a_season_count_or_a_format_word_keep_the_series(plan, text):
    c = plan(text)
    assert c.media_type == ["series"], c


def test_an_origin_drama_alone_is_still_series(plan):
    assert plan("some taiwanese dramas").media_type == ["series"]


# -- 3. two people's wishes, then something for both (round 29D, actions/query_text ``_one_of_two_wishes``) ----------


def test_two_wishes_then_both_plans_all_genres_first_and_either_if_none(extractor):
    from actions.entities import parse_entities
    from actions.planning import Plan, plan_recommendation
    from actions.turn import Turn
    from nlu_cases import TODAY

    text = "me and my mate never agree, he wants horror and i want a comedy. anything that does both? a movie"
    got = plan_recommendation(Turn("test", "request_recommendation", text,
                                   parse_entities(extractor.extract(text, TODAY), text), {}))
    assert isinstance(got, Plan), got
    assert set(got.constraints.genres) == {"horror", "comedy"}, got.constraints
    assert got.unless_empty is not None and set(got.unless_empty.any_genres) == {"horror", "comedy"}, got.unless_empty


@pytest.mark.parametrize("text", ["my hubby is from italy, a german thriller maybe",
                                  "my fiancée grew up in italy, some german thriller?"])
def test_where_any_partner_comes_from_is_no_origin_asked(plan, text):
    c = plan(text)
    assert c.countries == ["Germany"], c
