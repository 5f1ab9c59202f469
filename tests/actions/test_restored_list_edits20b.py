"""Going back to an earlier list with an edit in the same message (actions/earlier_lists.py ``_edit_restored``): the
search the back-reference names is restored, then the rest of the message edits it — relative words relative to the
restored list — with fresh picks. Sentences are this module's own; near-misses keep the plain restore."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, ent, located  # noqa: F401  (convo is a fixture)
from listed_searches import comedy_then_drama, ids

from actions.earlier_lists import back_reference
from actions.turn import EARLIER_LISTS, Turn


async def test_back_to_the_genre_list_with_a_format_edit(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "dramas now")
    text = "ugh no, back to the comedies please, but just the movies"
    await convo.say("refine", [located(text, "comedies", "genre", "comedy"), located(text, "movies", "media_type", "movie")],
                    text)
    assert "comedy" in convo.applied["genres"] and "drama" not in convo.applied["genres"]
    assert convo.applied["media_type"] == ["movie"]
    assert ids(convo) and not set(ids(convo)) & set(first)
    assert "return" not in (convo.applied.get("query") or "") and "back" not in (convo.applied.get("query") or "")


async def test_newer_after_a_restore_is_relative_to_the_restored_list(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "dramas now")
    years = [i.get("year") for i in convo.slots[EARLIER_LISTS][0]["items"] if i.get("year")]
    text = "return to the first list, but newer ones"
    await convo.say("nlu_fallback", [located(text, "newer", "year", "newer")], text)
    assert "comedy" in convo.applied["genres"] and "drama" not in convo.applied["genres"]
    assert not set(ids(convo)) & set(first)
    assert "return" not in (convo.applied.get("query") or "")
    if years:
        assert all((i.get("year") or 0) >= min(years) for i in convo.items)


async def test_a_plain_back_reference_still_shows_the_list_again(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "dramas now")
    text = "no wait, back to the comedies"
    await convo.say("refine", [located(text, "comedies", "genre", "comedy")], text)
    assert ids(convo) == first


def _turn(text: str, entities: list[dict]) -> Turn:
    from actions.entities import parse_entities
    history = [{"search": {"genres": ["comedy"], "actors": ["Ana Pérez"]}, "items": [{"id": "s1"}], "seq": 1},
               {"search": {"genres": ["horror"]}, "items": [{"id": "s2"}], "seq": 2}]
    return Turn("t", "refine", text, parse_entities(entities, text),
                {EARLIER_LISTS: history, "genres": ["horror"]})


def test_back_to_a_person_names_that_persons_list_and_the_rest_is_an_edit() -> None:
    text = "back to ana pérez, the romantic ones"
    ref = back_reference(_turn(text, [located(text, "ana pérez", "actor", "Ana Pérez"),
                                      located(text, "romantic", "mood", "romantic")]))
    assert ref is not None and ref.entry["search"]["genres"] == ["comedy"]
    assert [e.value for e in ref.edit] == ["romantic"] and not ref.fresh


def test_the_kind_named_alone_carries_no_edit() -> None:
    text = "the comedy ones were better"
    ref = back_reference(_turn(text, [located(text, "comedy", "genre", "comedy")]))
    assert ref is not None and ref.edit == ()


def test_return_to_a_format_names_that_list_and_newer_edits_it() -> None:
    from actions.entities import parse_entities
    history = [{"search": {"genres": ["horror"], "media_type": ["movie"]}, "items": [{"id": "s1"}], "seq": 1},
               {"search": {"genres": ["drama"], "media_type": ["series"]}, "items": [{"id": "s2"}], "seq": 2}]
    text = "return to the films please, a newer one"
    turn = Turn("t", "refine", text, parse_entities([located(text, "films", "media_type", "movie"),
                                                     located(text, "newer", "year", "newer")], text),
                {EARLIER_LISTS: history, "genres": ["drama"], "media_type": ["series"]})
    ref = back_reference(turn)
    assert ref is not None and ref.entry["search"]["genres"] == ["horror"]
    assert [e.value for e in ref.edit] == ["newer"]


async def test_an_edit_that_leaves_nothing_new_lets_the_restored_titles_back(api: str, convo: Conversation) -> None:
    first, _ = await comedy_then_drama(convo, "dramas now")
    text = "back to the comedies, but only series"  # the comedy list was series already: same search, its titles again
    await convo.say("refine", [located(text, "comedies", "genre", "comedy"), located(text, "series", "media_type", "series")],
                    text)
    assert convo.items and "comedy" in convo.applied["genres"]


def test_a_complaint_before_the_back_reference_is_no_edit() -> None:
    text = "way too long now, go back to the earlier list"
    ref = back_reference(_turn(text, [located(text, "too long", "duration", "shorter")]))
    assert ref is not None and ref.edit == ()
