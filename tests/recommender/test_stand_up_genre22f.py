"""Stand-up against talk shows (round 22f, recommender/snapshot.stand_up_genres): a series filed only under Netflix's
mixed tag "Stand-Up Comedy & Talk Shows" is stand-up when its own title or synopsis says so; a talk show or variety
panel under the tag keeps the talk-show genre alone. The movie tag "Stand-Up Comedy" is stand-up whatever its text."""

from __future__ import annotations

import pytest

from recommender.snapshot import stand_up_genres

from snapshot_filter import kept

MIXED = ["International TV Shows", "Stand-Up Comedy & Talk Shows", "TV Comedies"]
GENRES = ["international", "comedy", "stand-up", "talk-show"]


@pytest.mark.parametrize("title, synopsis", [
    ("Laughs Tonight", "A comedian from Lagos riffs on family life in front of a packed club."),
    ("Six Voices", "Six rising comics each get a half-hour special to test new material."),
    ("Open Mic Nights", "Young stand-ups take the stage in Mumbai for a night of sharp jokes."),
])
def test_a_series_whose_text_says_stand_up_is_stand_up(title, synopsis):
    assert "stand-up" in stand_up_genres(GENRES, MIXED, title, synopsis)


@pytest.mark.parametrize("title, synopsis", [
    ("Friday Panel", "Celebrity guests and a panel of hosts chat about dating and play silly games."),
    ("The Big Interview", "A veteran host sits down with world leaders for long, candid conversations."),
    ("After the Finale", "Cast members discuss the season's twists with a live studio audience."),
])
def test_a_talk_show_under_the_mixed_tag_is_no_stand_up(title, synopsis):
    got = stand_up_genres(GENRES, MIXED, title, synopsis)
    assert "stand-up" not in got and "talk-show" in got and "comedy" in got


def test_the_movie_tag_is_stand_up_whatever_its_text():
    # near miss: a special's synopsis need not say "stand-up"
    got = stand_up_genres(["comedy", "stand-up"], ["Stand-Up Comedy"], "Turning Fifty", "Love, houses and dread.")
    assert "stand-up" in got


def test_the_catalog_answers_stand_up_without_the_korean_panel(snapshot, netflix_small_records):
    by_title = {r.title: r.source_id for r in netflix_small_records}
    stand_up = kept(snapshot, genres=["stand-up"])
    talk = kept(snapshot, genres=["talk-show"])
    assert by_title["마녀사냥"] not in stand_up and by_title["마녀사냥"] in talk   # four celebrity men discuss…
    assert by_title["Schulz Saves America"] in stand_up                          # "Comedian Andrew Schulz …"
    specials = {r.source_id for r in netflix_small_records if "Stand-Up Comedy" in r.tags}
    assert specials and specials <= stand_up
