"""Round 29B: a follow-up that asks for titles of its own and turns a franchise down by name in the same breath
("werewolf flicks this time, nothing from twilight" after a list of comedies) is planned as that request — a new
search or an edit by the usual follow-up rules — with the franchise left out now and for the rest of the conversation
(``planning._request_beside_named``, ``_with_named_left_out``). A message that only turns the franchise down, or adds
edits such as a length, still keeps the search shown (``_plan_without_named_titles``).

Served the bundled catalog's gazetteer (the Twilight and Rocky titles); phrasings are this module's own."""

from __future__ import annotations

import pytest

from actions.title_words import titles_turned_down_by_name
from planned_turns import after, at, planned

TWILIGHT = {"s448", "s449", "s450", "s451", "s452"}
ROCKY = {"s7880", "s7881", "s7882", "s7883", "s7884"}
ROCKY_SHOWN = [{"id": "s7880", "title": "Rocky", "type": "movie"},
               {"id": "s7881", "title": "Rocky II", "type": "movie"},
               {"id": "s1", "title": "Title 1", "type": "movie"}]


def test_a_new_request_keeps_its_own_subject(full_catalog_gazetteer: None) -> None:
    text = "werewolf flicks this time, nothing from twilight"
    plan = planned(after(text, [at(text, "flicks", "media_type", "movie")], intent="request_recommendation",
                         genres=["comedy"], media_type=["movie"]))
    assert "werewolf" in (plan.constraints.query or "")
    assert plan.constraints.genres == []  # a new search: the comedies are not kept


def test_the_franchise_stays_out_of_the_new_request(full_catalog_gazetteer: None) -> None:
    text = "werewolf flicks this time, nothing from twilight"
    plan = planned(after(text, [at(text, "flicks", "media_type", "movie")], intent="request_recommendation",
                         genres=["comedy"], media_type=["movie"]))
    assert TWILIGHT <= set(plan.exclude_ids)
    assert TWILIGHT <= set(plan.rejected_ids or [])


def test_the_answer_says_the_franchise_is_left_out(full_catalog_gazetteer: None) -> None:
    text = "werewolf flicks this time, nothing from twilight"
    plan = planned(after(text, [at(text, "flicks", "media_type", "movie")], intent="request_recommendation",
                         genres=["comedy"]))
    assert "twilight" in (plan.note or "").casefold()


def test_a_genre_asked_for_beside_the_franchise_is_the_request(full_catalog_gazetteer: None) -> None:
    text = "some horror instead but none of the twilight films"
    plan = planned(after(text, [at(text, "horror", "genre", "horror")], intent="request_recommendation",
                         genres=["romance"]))
    assert plan.constraints.genres == ["horror"]
    assert TWILIGHT <= set(plan.exclude_ids)


def test_an_edit_labelled_request_follows_the_usual_edit_rules(full_catalog_gazetteer: None) -> None:
    # "refine": the subject joins the search shown, as "werewolves" alone would
    text = "with werewolves though, not twilight"
    plan = planned(after(text, [], intent="refine", genres=["romance"], media_type=["movie"]))
    assert plan.constraints.genres == ["romance"]
    assert "werewolves" in (plan.constraints.query or "")
    assert TWILIGHT <= set(plan.exclude_ids)


def test_the_franchise_turned_down_alone_keeps_the_search(full_catalog_gazetteer: None) -> None:
    text = "drop the rocky ones"
    plan = planned(after(text, [], intent="refine", items=ROCKY_SHOWN, genres=["sports"], query="boxing"))
    assert plan.constraints.genres == ["sports"] and plan.constraints.query == "boxing"
    assert ROCKY <= set(plan.rejected_ids or [])


def test_edits_beside_the_franchise_still_edit_the_search(full_catalog_gazetteer: None) -> None:
    text = "drop the rocky ones, under 100 minutes"
    plan = planned(after(text, [at(text, "under 100 minutes", "duration", "-100")], intent="refine",
                         items=ROCKY_SHOWN, genres=["sports"], query="boxing"))
    assert plan.constraints.genres == ["sports"] and plan.constraints.max_minutes == 100
    assert ROCKY <= set(plan.rejected_ids or [])


def test_the_words_turning_titles_down_are_located(full_catalog_gazetteer: None) -> None:
    text = "werewolf flicks this time, nothing from twilight movies"
    named = titles_turned_down_by_name(after(text, [], intent="request_recommendation"))
    assert named is not None
    said = [text[a:b] for a, b in named.spans]
    assert said == ["nothing from", "twilight movies"]
