"""A form said after a subject search keeps the subject (contract.vocabulary.subject_kept_beside, round 20e)."""

from contract.vocabulary import subject_kept_beside


def test_a_documentary_after_a_subject_search_keeps_the_subject():
    assert subject_kept_beside("sports", ["documentary"])
    assert subject_kept_beside("music", ["documentary"])


def test_a_documentary_after_a_story_genre_replaces_it():
    assert not subject_kept_beside("comedy", ["documentary"])
    assert not subject_kept_beside("thriller", ["documentary"])


def test_a_story_genre_said_keeps_no_subject():
    assert not subject_kept_beside("sports", ["drama"])
    assert not subject_kept_beside("sports", [])
