"""Round 29A: two titles named to choose between are both shown side by side (actions/compared_titles.py), whatever
the label; a constraint of the viewer's (who is watching, the time there is) points at the one that fits
(actions/compared_fit.py), otherwise no verdict; a side the catalog lacks is said so. Phrasings are this module's own;
the titles are the fixture catalog's (tests/fixtures/netflix_small.csv)."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.compared_fit import fit_pointer
from actions.compared_titles import compared_titles
from actions.entities import parse_entities
from actions.turn import LAST_ITEMS, Turn
from contract.constraints import Constraints
from contract.payloads import Item, Recommendations


def _titles(c: Conversation) -> list[str]:
    return [i["title"] for i in c.items]


def _heading(c: Conversation) -> str:
    return next(a.heading for a in c.answers if isinstance(a, Recommendations))


def _turn(text: str, entities: list[dict]) -> Turn:
    return Turn("t", "request_recommendation", text, parse_entities(entities, text))


async def test_two_films_are_both_shown_with_no_verdict(api: str, convo: Conversation) -> None:
    text = "raging bull vs mean streets, which one tonight"
    await convo.say("request_recommendation", [located(text, "raging bull", "title", "Raging Bull"),
                                               located(text, "mean streets", "title", "Mean Streets")], text)
    assert _titles(convo) == ["Raging Bull", "Mean Streets"], convo.text
    assert "side by side" in _heading(convo) and "down to taste" in _heading(convo), convo.text


async def test_the_cards_carry_the_facts_that_tell_them_apart(api: str, convo: Conversation) -> None:
    text = "outlander or castlevania?"
    await convo.say("request_recommendation", [located(text, "outlander", "title", "Outlander"),
                                               located(text, "castlevania", "title", "Castlevania")], text)
    for item in convo.items:
        assert item["type"] and item["year"] and item["seasons"] and item["genres"] and item["rating"], item
        assert item["description"], item


async def test_the_time_there_is_points_at_the_film_that_fits(api: str, convo: Conversation) -> None:
    text = "hush or the irishman, we only have 90 minutes"
    await convo.say("request_recommendation", [located(text, "hush", "title", "Hush"),
                                               located(text, "the irishman", "title", "The Irishman"),
                                               located(text, "90 minutes", "duration", "-90")], text)
    assert set(_titles(convo)) == {"Hush", "The Irishman"}, convo.text
    assert "Hush fits better" in _heading(convo), convo.text


async def test_a_series_beside_a_film_too_long_for_the_evening(api: str, convo: Conversation) -> None:
    text = "outlander or the irishman for a quick evening"
    await convo.say("request_recommendation", [located(text, "outlander", "title", "Outlander"),
                                               located(text, "the irishman", "title", "The Irishman"),
                                               located(text, "quick", "duration", "-30")], text)
    assert "an episode or two fits" in _heading(convo), convo.text


async def test_children_watching_point_at_the_title_rated_for_them(api: str, convo: Conversation) -> None:
    text = "the worst witch or castlevania with my 8 year old"
    await convo.say("request_recommendation", [located(text, "the worst witch", "title", "The Worst Witch"),
                                               located(text, "castlevania", "title", "Castlevania"),
                                               located(text, "my 8 year old", "audience", "kids")], text)
    assert "The Worst Witch fits better" in _heading(convo), convo.text


async def test_the_pair_is_the_list_in_view_after(api: str, convo: Conversation) -> None:
    text = "vincenzo vs disenchantment"
    await convo.say("ask_details", [located(text, "vincenzo", "title", "Vincenzo"),
                                    located(text, "disenchantment", "title", "Disenchantment")], text)
    assert [i["title"] for i in convo.slots[LAST_ITEMS]] == ["Vincenzo", "Disenchantment"], convo.slots


async def test_a_side_the_catalog_lacks_is_said_and_the_other_shown(api: str, convo: Conversation) -> None:
    text = "is shutter island better than the wire?"
    await convo.say("request_recommendation", [], text)
    assert _titles(convo) == ["Shutter Island"], convo.text
    assert "the wire" in convo.text, convo.text


async def test_both_sides_the_catalog_lacks_are_said(api: str, convo: Conversation) -> None:
    text = "which is better, the wire or the sopranos"
    await convo.say("request_recommendation", [], text)
    assert convo.items == [] and "the wire" in convo.text and "the sopranos" in convo.text, convo.text
    assert convo.buttons[-1]["title"] == "Something else", convo.buttons


async def test_two_listed_titles_compared_after_a_list(api: str, convo: Conversation) -> None:
    first = "a thriller movie"
    await convo.say("request_recommendation", [located(first, "thriller", "genre", "thriller"),
                                               located(first, "movie", "media_type", "movie")], first)
    listed = [i["title"] for i in convo.slots[LAST_ITEMS]][:2]
    ids = [i["id"] for i in convo.slots[LAST_ITEMS]][:2]
    text = f"{listed[0].lower()} or {listed[1].lower()}?"
    await convo.say("refine", [located(text, listed[0].lower(), "title", listed[0]),
                               located(text, listed[1].lower(), "title", listed[1])], text)
    assert [i["id"] for i in convo.items] == ids, convo.text


def test_two_genres_are_no_titles_compared() -> None:
    text = "horror or comedy, which is better"
    assert compared_titles(_turn(text, [located(text, "horror", "genre", "horror", "any"),
                                        located(text, "comedy", "genre", "comedy", "any")])) is None


def test_everyday_words_are_no_titles_compared() -> None:
    assert compared_titles(_turn("yes or no", [])) is None


def test_a_likeness_list_is_no_comparison() -> None:
    text = "something like hush or shelter"
    assert compared_titles(_turn(text, [located(text, "hush", "title", "Hush", "similar"),
                                        located(text, "shelter", "title", "Shelter", "similar")])) is None


def test_a_title_compared_with_itself_is_no_comparison() -> None:
    text = "hush or hush?"
    assert compared_titles(_turn(text, [located(text, "hush", "title", "Hush"),
                                        {"entity": "title", "value": "Hush", "start": 8, "end": 12}])) is None


def test_words_of_a_sentence_are_no_name_the_catalog_lacks() -> None:
    text = "is hush better than i expected?"
    assert compared_titles(_turn(text, [located(text, "hush", "title", "Hush")])) is None


def _film(title: str, minutes: int, rating: str = "R") -> Item:
    return Item(title, title, "movie", 2010, minutes, None, rating)


def _series(title: str, seasons: int, rating: str = "TV-14") -> Item:
    return Item(title, title, "series", 2020, None, seasons, rating)


def test_no_constraint_gives_no_pointer() -> None:
    assert fit_pointer(_film("A", 100), _series("B", 2), Constraints()) is None


def test_the_kind_asked_for_points_at_the_title_of_that_kind() -> None:
    assert fit_pointer(_film("A", 100), _series("B", 2), Constraints(media_type=["movie"])) == \
        "A is the movie of the two."


def test_of_two_series_within_a_bound_the_one_with_fewer_seasons() -> None:
    assert "B is the smaller commitment" in fit_pointer(_series("A", 6), _series("B", 1), Constraints(max_minutes=45))


def test_two_films_both_too_long_name_the_shorter() -> None:
    assert "B is the shorter one" in fit_pointer(_film("A", 150), _film("B", 120), Constraints(max_minutes=90))


def test_an_unrated_title_is_never_vouched_for() -> None:
    pointer = fit_pointer(_film("A", 90, "TV-G"), _film("B", 90, "NR"), Constraints(audience="kids"))
    assert pointer is not None and pointer.startswith("For young kids, A fits better"), pointer
