"""Round 20j: a title's "Doctor" / "Mister" typed short or long ("dr", "mr") is the same title (names.title_variants)."""

from __future__ import annotations

from nlu.extraction.names import title_variants


def test_doctor_and_dr_are_one_title_word():
    assert "dr Zhivago" in title_variants("Doctor Zhivago")
    assert "doctor Seuss' The Lorax" in title_variants("Dr. Seuss' The Lorax")
    assert "mister Peabody & Sherman" in title_variants("Mr. Peabody & Sherman")


def test_a_word_merely_starting_like_an_abbreviation_is_kept():
    assert all("doctor" not in v.lower() for v in title_variants("Drive"))
    assert all("mister" not in v.lower() for v in title_variants("Mrs. Doubtfire"))
