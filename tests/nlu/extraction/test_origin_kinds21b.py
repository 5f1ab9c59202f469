"""A kind from one origin ruled out becomes one ``origin_genre`` pair per genre and origin (nlu/extraction/
origin_kinds.py, negation.refused_origin_kinds): never the genre from everywhere nor every title of the origin."""

from __future__ import annotations


def test_telenovelas_ruled_out_are_spanish_drama_and_romance(values):
    text = "we're fine with anything, just no telenovelas"
    assert values(text, "origin_genre") == [("drama@es", "exclude"), ("romance@es", "exclude")]
    assert values(text, "genre") == [] and values(text, "language") == []


def test_a_drama_wanted_beside_refused_telenovelas_stays_wanted(values):
    text = "i'd like a drama, only no novelas"
    assert values(text, "genre") == [("drama", None)]
    assert ("drama@es", "exclude") in values(text, "origin_genre")


def test_k_dramas_ruled_out_are_korean_drama_only(values):
    text = "a thriller maybe, not those k-dramas"
    assert values(text, "origin_genre") == [("drama@ko", "exclude")]
    assert values(text, "genre") == [("thriller", None)]
    assert values(text, "language") == []


def test_an_origins_dramas_in_the_plural_ruled_out(values):
    assert values("none of the turkish dramas please", "origin_genre") == [("drama@Turkey", "exclude")]


def test_an_origin_before_a_kind_ruled_out_is_one_pair(values):
    assert values("anything but the british comedies", "origin_genre") == [("comedy@United Kingdom", "exclude")]


def test_a_kind_from_a_list_of_origins_ruled_out_pairs_each(values):
    got = values("no comedies from spain or mexico", "origin_genre")
    assert got == [("comedy@Spain", "exclude"), ("comedy@Mexico", "exclude")]
    assert values("no comedies from spain or mexico", "country") == []


def test_a_story_naming_the_refused_pair_is_no_wish(values):
    text = "tried k-dramas once, not for me, no k-dramas"
    assert values(text, "genre") == [] and values(text, "language") == []
    assert values(text, "origin_genre") == [("drama@ko", "exclude")]


def test_k_dramas_wanted_stay_a_wish(values):
    # near miss: nothing ruled out
    assert values("some k-dramas please", "genre") == [("drama", None)]
    assert values("some k-dramas please", "origin_genre") == []


def test_an_origin_alone_ruled_out_stays_an_origin(values):
    # near misses: no kind named with it
    assert values("a drama, nothing korean", "language") == [("ko", "exclude")]
    assert values("a drama, nothing korean", "origin_genre") == []


def test_japanese_cartoons_ruled_out_stay_anime(values):
    # near miss: drawn titles from Japan are the anime genre, ruled out as a genre
    assert values("no cartoons from japan", "genre") == [("anime", "exclude")]
    assert values("no cartoons from japan", "origin_genre") == []


def test_the_foreign_shelf_ruled_out_stays_a_genre(values):
    assert values("no foreign films", "genre") == [("international", "exclude")]
    assert values("no foreign films", "origin_genre") == []


def test_an_origin_before_a_telenovela_is_the_telenovelas_origin(values):
    """'no mexican telenovelas' excluded every Mexican title and asked for drama/romance series."""
    text = "please, no mexican telenovelas tonight"
    assert values(text, "origin_genre") == [("drama@Mexico", "exclude"), ("romance@Mexico", "exclude")]
    assert values(text, "country") == [] and values(text, "genre") == [] and values(text, "media_type") == []


def test_an_origin_before_a_refused_telenovela_replaces_its_default_spanish(values):
    assert values("no korean telenovelas", "origin_genre") == [("drama@ko", "exclude"), ("romance@ko", "exclude")]


def test_a_wanted_drama_stays_beside_refused_origin_telenovelas(values):
    text = "a drama, just no colombian telenovelas"
    assert values(text, "genre") == [("drama", None)]
    assert set(values(text, "origin_genre")) == {("drama@Colombia", "exclude"), ("romance@Colombia", "exclude")}


def test_a_list_of_origins_before_a_kind_pairs_each(values):
    """'not korean or japanese dramas' excluded Korean titles of every genre and paired only Japan."""
    assert set(values("not korean or japanese dramas", "origin_genre")) == {("drama@ko", "exclude"),
                                                                             ("drama@Japan", "exclude")}
    assert values("not korean or japanese dramas", "language") == []
    got = set(values("no british or french comedies", "origin_genre"))
    assert got == {("comedy@United Kingdom", "exclude"), ("comedy@France", "exclude")}
    assert values("no turkish, korean or japanese dramas", "country") == []


def test_an_origin_refused_apart_from_a_wanted_kind_stays_an_origin(values):
    # near misses: a comma clause or a sentence keeps the refused origin apart from the kind asked for
    assert values("nothing korean. japanese dramas please", "language") == [("ko", "exclude")]
    assert values("nothing korean. japanese dramas please", "origin_genre") == []
    assert values("nothing british, french comedies please", "country")[0] == ("United Kingdom", "exclude")


def test_wanted_origin_telenovelas_stay_a_wish(values):
    # near miss: nothing ruled out
    assert values("mexican telenovelas please", "origin_genre") == []
    assert values("mexican telenovelas please", "country") == [("Mexico", None)]


def test_refused_origin_telenovelas_beside_another_kind_are_paired(values):
    """Beside a comedy the telenovela had only its format left: Colombia ruled out for everything and series asked."""
    text = "a comedy tonight, but no colombian telenovelas"
    assert set(values(text, "origin_genre")) == {("drama@Colombia", "exclude"), ("romance@Colombia", "exclude")}
    assert values(text, "genre") == [("comedy", None)]
    assert values(text, "country") == [] and values(text, "media_type") == []
