"""Negated constraints carry ``role: exclude``, or an inverted range for one-sided durations and years
(nlu/extraction/negation.py).

Its phrases are rows of cases/negation.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

import pytest

from nlu_cases import Ent


def test_positive_and_negative_in_one_message(ents):
    assert ents("funny stuff but no stand-up") == [
        Ent("funny", "mood", "funny"), Ent("stand-up", "genre", "stand-up", "exclude")]


def test_like_title_but_less_scary_is_a_comparison_not_a_negation(ents):
    assert ents("something like Stranger Things but less scary") == [
        Ent("Stranger Things", "title", "Stranger Things", "similar"), Ent("less scary", "contrast", "less-scary")]


def test_or_lists_share_the_negation(values):
    assert values("no horror or thrillers", "genre") == [("horror", "exclude"), ("thriller", "exclude")]


def test_and_only_continues_with_the_same_kind(ents):
    found = ents("no horror and under 90 minutes")
    assert Ent("horror", "genre", "horror", "exclude") in found
    assert Ent("under 90 minutes", "duration", "-90") in found


def test_scope_ends_at_a_comma(values):
    assert values("not a series, a movie", "media_type") == [("series", "exclude"), ("movie", None)]


def test_adjacent_entity_of_another_kind_stays_positive(values):
    assert values("nothing too scary for a 6 year old", "audience") == [("kids", None)]


def test_media_noun_after_excluded_genre_is_dropped(ents):
    assert ents("no horror movies") == [Ent("horror", "genre", "horror", "exclude")]


def test_negation_words_inside_a_phrase_belong_to_it(values):
    assert values("no longer than 1h30", "duration") == [("-90", None)]
    assert values("nothing too heavy", "mood") == [("light", None)]


def test_no_at_the_start_of_an_answer_does_not_negate_what_follows(values):
    assert values("no, something funnier", "contrast") == [("funnier", None)]


def test_not_like_a_title_excludes_it(ents):
    assert Ent("Stranger Things", "title", "Stranger Things", "exclude") in ents("nothing like Stranger Things")


def test_and_joins_exclusions_of_the_same_kind(values):
    assert values("anything except horror and thrillers", "genre") == [("horror", "exclude"), ("thriller", "exclude")]


def test_negation_after_a_positive_constraint(values):
    assert values("movies for adults, not kids", "audience") == [("adult", None), ("kids", "exclude")]


def test_trailing_filler_keeps_the_list_open(values):
    assert values("no horror stuff or thrillers", "genre") == [("horror", "exclude"), ("thriller", "exclude")]


def test_rating_exclusion_after_a_duration(ents):
    found = ents("comedies no longer than 90 minutes and not rated R")
    assert Ent("no longer than 90 minutes", "duration", "-90") in found
    assert Ent("rated R", "rating", "R", "exclude") in found


def test_negated_compound_genre_is_one_excluded_kind(values):
    # round 22f: the titles that are both go, never every romance (before: its first genre only)
    assert values("no rom-coms", "genre") == []
    assert values("no rom-coms", "origin_genre") == [("comedy+romance", "exclude")]


def test_or_alternatives_are_not_negated_exclusions(values):
    assert values("comedy or horror, but no anime", "genre") == [
        ("comedy", "any"), ("horror", "any"), ("anime", "exclude")]


def test_people_joined_by_or_are_alternatives(values):
    assert values("anything starring adam sandler or maybe jim carrey", "actor") == [
        ("Adam Sandler", "any"), ("Jim Carrey", "any")]


def test_people_of_different_roles_joined_by_or_are_alternatives(ents):
    roles = [(e.entity, e.role) for e in ents("films with seth rogen or else directed by martin scorsese")
             if e.entity in ("actor", "director")]
    assert roles == [("actor", "any"), ("director", "any")]


def test_people_joined_by_and_are_all_wanted(values):
    assert values("a film with tom hanks and meg ryan", "actor") == [("Tom Hanks", None), ("Meg Ryan", None)]


def test_alternatives_stop_at_words_that_are_not_filler(values):
    assert values("a comedy with my kids or a horror film later", "genre") == [("comedy", None), ("horror", None)]


def test_a_language_and_a_country_are_excluded_together(ents):
    found = ents("nothing korean or from japan")
    assert Ent("korean", "language", "ko", "exclude") in found
    assert Ent("japan", "country", "Japan", "exclude") in found


def test_verbs_of_dislike_after_not_exclude_what_follows(values):
    assert values("honestly i'm not fond of slasher horror", "genre") == [("horror", "exclude")] * 2
    assert values("the kids aren't keen on cartoons, anything else", "genre")[0][1] == "exclude"
    assert values("we can't be doing with musicals tonight", "genre") == [("music", "exclude")]
    assert values("he's not crazy about documentaries but likes a good comedy", "genre") == [
        ("documentary", "exclude"), ("comedy", None)]
    assert values("i'm not a big fan of sci-fi", "genre") == [("sci-fi", "exclude")]
    assert values("honestly not the greatest fan of anime", "genre") == [("anime", "exclude")]
    assert values("she has no interest in documentaries", "genre") == [("documentary", "exclude")]


def test_a_quantity_between_the_negation_and_the_content_word_still_caps(values):
    # blood and gore ruled out cap nothing (round 18d): beside a chosen violent kind other than horror they rule horror out
    assert values("a thriller but nothing with lots of blood", "genre") == [("thriller", None), ("horror", "exclude")]
    assert values("a thriller but nothing with lots of blood", "audience") == []
    assert values("a crime show, nothing with a ton of cursing", "audience") == [("family", "cap")]
    assert values("ideally not too many sex scenes", "audience") == [("teen", "cap")]
    assert values("an action film without excessive gore", "genre") == [("action", None), ("horror", "exclude")]
    assert values("an action film without excessive gore", "audience") == []


# --- round 13a: an apposition that sharpens a negation keeps it ---------------------------------------------

import pytest  # noqa: E402


@pytest.mark.parametrize("text, excluded", [
    ("my son hates documentaries, the nature stuff above all", "documentary"),
    ("no reality tv, especially not dating shows", "reality"),
    ("nothing with cartoons, least of all anime", "anime"),
    ("he can't stand musicals, romance in particular", "romance"),
    ("skip the thrillers, particularly the korean ones", "ko"),
])
def test_an_intensifying_apposition_after_a_negation_is_negated_too(ents, text, excluded):
    found = ents(text)
    assert any(e.value == excluded and e.role == "exclude" for e in found), found
    assert not any(e.value == excluded and e.role is None for e in found), found


@pytest.mark.parametrize("text, wanted", [
    ("no sci-fi, but anime works", "anime"),
    ("nothing gory, comedies are fine", "comedy"),
    ("i hate westerns, i especially want romance", "romance"),
])
def test_a_clause_after_a_negation_that_does_not_sharpen_it_stays_positive(ents, text, wanted):
    assert any(e.value == wanted and e.role is None for e in ents(text)), ents(text)


def test_an_intensifier_before_an_audience_does_not_rule_the_audience_out(ents):
    # "especially for kids" says who is watching, never which titles to leave out
    found = ents("nothing violent, especially for the kids")
    assert not any(e.entity == "audience" and e.role == "exclude" for e in found), found


# --- round 13e: a negated subject word beside the genre asked for ------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("sci-fi please, but nothing set in space", "sci-fi"),
    ("some sci fi but not space stuff", "sci-fi"),
    ("fantasy please, just no magic", "fantasy"),
])
def test_a_negated_subject_word_does_not_exclude_the_genre_asked_for(values, text, genre):
    assert values(text, "genre") == [(genre, None)]


@pytest.mark.parametrize("text, wanted, excluded", [
    ("comedy but no stand-up", "comedy", "stand-up"),        # a sub-genre of its own stays excluded
    ("docs but nothing about animals", "documentary", "science-nature"),  # another genre than the one asked for
])
def test_a_negated_genre_beside_another_genre_stays_excluded(values, text, wanted, excluded):
    assert values(text, "genre") == [(wanted, None), (excluded, "exclude")]


def test_a_negated_subject_word_alone_still_excludes_its_genre(values):
    assert values("anything but no space stuff", "genre") == [("sci-fi", "exclude")]


# --- round 13h: a subject word asked for beside the same genre ruled out -----------------------------------------

@pytest.mark.parametrize("text, excluded", [
    ("not sci fi, but something set in space would be cool", "sci-fi"),
    ("no science fiction please. maybe a film about space?", "sci-fi"),
    ("anything but fantasy, ideally about magic", "fantasy"),
])
def test_a_subject_word_beside_its_genre_ruled_out_is_the_topic(values, text, excluded):
    # the subject's genre reading is dropped (its word is the topic); the genre itself stays ruled out
    assert values(text, "genre") == [(excluded, "exclude")]


def test_a_subject_word_beside_another_genre_ruled_out_keeps_its_genre(values):
    assert values("no documentaries, something about space", "genre") == [("documentary", "exclude"), ("sci-fi", None)]


def test_a_subject_word_negated_with_its_genre_stays_excluded(values):
    assert values("no sci fi and nothing about space", "genre") == [("sci-fi", "exclude"), ("sci-fi", "exclude")]


# --- round 5 (13k): a judged kind of the genre asked for ------------------------------------------------------------

@pytest.mark.parametrize("text, genre", [
    ("a drama tonight, just no sappy dramas", "drama"),
    ("horror please but no cheap horror", "horror"),
    ("romcom but not the cheesy rom-coms", "romance"),
])
def test_a_judged_genre_beside_the_same_genre_asked_for_is_not_excluded(values, text, genre):
    assert (genre, "exclude") not in values(text, "genre")
    assert (genre, None) in values(text, "genre")


@pytest.mark.parametrize("text, mood", [
    ("we feel like a good laugh, just not dumb humour", "funny"),
    ("something to make us laugh but no stupid comedies", "funny"),
    ("something scary, no cheesy horror", "scary"),
])
def test_a_judged_genre_beside_a_mood_that_names_it_is_not_excluded(values, text, mood):
    assert values(text, "genre") == []
    assert values(text, "mood") == [(mood, None)]


def test_a_judging_mood_word_beside_the_same_mood_does_not_rule_it_out(values):
    assert values("we need a laugh tonight, nothing silly though", "mood") == [("funny", None)]


@pytest.mark.parametrize("text, genre", [
    ("no cheesy romance please", "romance"),          # alone: the kind is ruled out
    ("a comedy, no dumb horror", "horror"),           # another genre judged stays excluded
    ("laugh out loud stuff, but no drama", "drama"),  # no judgement: a plain exclusion
])
def test_a_judged_genre_without_the_same_genre_asked_for_stays_excluded(values, text, genre):
    assert (genre, "exclude") in values(text, "genre")


def test_more_x_than_y_excludes_y(values):
    assert values("hmm, more crime than romance", "genre") == [("crime", None), ("romance", "exclude")]


def test_more_of_an_x_than_a_y_excludes_y(values):
    assert values("more of a mystery than a thriller please", "genre") == [("mystery", None), ("thriller", "exclude")]


def test_more_without_than_excludes_nothing(values):
    assert values("more dramas like that", "genre") == [("drama", None)]


def test_more_than_a_number_is_no_negation(values):
    assert values("a thriller more than 100 minutes", "genre") == [("thriller", None)]


def test_a_kind_someone_has_never_seen_is_no_refusal(values):
    """"never seen <kind>" tells what someone has not met yet: the kind asked for elsewhere stays asked for."""
    assert values("an anime film for my boyfriend, he has never seen anime", "genre") == [("anime", None)]
    assert values("a comedy, my flatmate has never actually seen a horror", "genre") == [("comedy", None)]
    assert values("never watch horror", "genre") == [("horror", "exclude")]
    assert values("no horror, never", "genre") == [("horror", "exclude")]
