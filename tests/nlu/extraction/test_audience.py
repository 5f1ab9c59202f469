"""Who is watching (nlu/extraction/audience.py): audience words and a child's age.

Its phrases are rows of cases/audience.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations

from nlu_cases import Ent


def test_family_movies_is_the_family_genre(values):
    assert values("family movies", "genre") == [("family", None)]
    assert values("family movies", "audience") == []


def test_the_youngest_of_several_ages_decides(values):
    assert values("my kids are 4 and 11", "audience") == [("preschool", None)]
    assert values("for my 6, 9 and 14 year olds", "audience") == [("preschool", None)]


def test_a_pronoun_with_a_runtime_is_not_an_age(values):
    assert values("she's 40 minutes into it", "audience") == []
    assert values("he is 2 hours late", "audience") == []


def test_content_words_are_a_cap_only_when_negated(ents):
    assert [e for e in ents("no gore or nudity") if e.entity == "audience"] == [
        Ent("gore", "audience", "family", "cap")]
    assert [e for e in ents("some violence is ok") if e.entity == "audience"] == []
    # never reported under the internal name
    assert all(e.entity != "content" for e in ents("lots of swearing, violence and sex"))


def test_cleaning_is_not_a_clean_request(values):
    assert values("something to put on while I clean", "audience") == []
    assert values("we need to clean up first, then a movie", "audience") == []
