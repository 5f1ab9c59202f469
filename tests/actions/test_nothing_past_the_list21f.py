"""Round 21f: "newer" / "older" with nothing past the list, and a year said beside the comparative.

"Newer" after a list already of the newest year the search reaches (2021, the catalog's own newest) used to show
more titles of that year with "Nothing here is newer than 2021, so these are more from 2021": the viewer asked for
newer, and nothing newer exists. The answer now says so with no list, keeps the search as it was and offers more
from that year ("yes" or the button: the titles shown left out); "older" at the oldest year likewise. A year said
beside the comparative ("older, from before 2000") is the bound asked and wins over the list-relative one; an empty
answer to it is the usual "nothing matches" with its relaxation. Phrasings are this module's own.
"""

from __future__ import annotations

from dialogue_driver import Conversation, convo, ent  # noqa: F401  (convo is a fixture)
from planned_turns import after, at, planned

from actions.turn import LAST_ITEMS, PENDING_RELAXATION, SHOWN_IDS


def _items(years: list[int]) -> list[dict]:
    return [{"id": f"s{i}", "title": f"Title {i}", "type": "series", "year": y, "seasons": 2}
            for i, y in enumerate(years, 1)]


# --- planning -------------------------------------------------------------------------------------------------------

def test_an_explicit_year_beside_older_wins_over_the_list() -> None:
    text = "Something older, ideally before 2000."
    ents = [at(text, "older", "year", "older"), at(text, "before 2000", "year", "-1999")]
    plan = planned(after(text, ents, items=_items([2016, 2018, 2019, 2020, 2021]), media_type=["series"]))
    assert plan.constraints.year_max == 1999 and plan.constraints.year_min is None
    assert plan.past_the_list is None and plan.unless_empty is None


def test_an_explicit_floor_beside_newer_wins_over_the_list() -> None:
    text = "newer stuff, 2015 onwards"
    ents = [at(text, "newer", "year", "newer"), at(text, "2015 onwards", "year", "2015-")]
    plan = planned(after(text, ents, items=_items([2021] * 5), genres=["comedy"]))
    assert plan.constraints.year_min == 2015 and plan.past_the_list is None


def test_newer_alone_at_the_newest_year_is_past_the_list() -> None:  # near miss of the two above
    text = "anything more recent than these?"
    plan = planned(after(text, [at(text, "more recent", "year", "newer")], items=_items([2021] * 5), genres=["comedy"]))
    assert plan.past_the_list is not None and plan.past_the_list.year == 2021


# --- answering (the real recommender over the fixture catalog, newest year 2021) ------------------------------------

async def _newest_comedies(convo: Conversation) -> list[str]:
    await convo.say("request_recommendation", [ent("genre", "comedy"), ent("year", "2021-2021")], "comedies from 2021")
    shown = [i["id"] for i in convo.items]
    assert shown and {i["year"] for i in convo.items} == {2021}, convo.text
    return shown


async def test_newer_at_the_catalogs_newest_year_says_so_with_no_list(api: str, convo: Conversation) -> None:
    shown = await _newest_comedies(convo)
    await convo.say("refine", [ent("year", "newer")], "got anything newer than those?")
    assert not convo.items, convo.text
    assert "already the newest" in convo.text and "2021" in convo.text and "2022" not in convo.text, convo.text
    assert any(b["title"] == "More from 2021" for b in convo.buttons), convo.buttons
    assert convo.slots.get("year_min") == 2021 and convo.slots.get("year_max") == 2021  # the search as it was
    assert [i["id"] for i in convo.slots[LAST_ITEMS]] == shown  # the list shown stays the one "those" name
    assert convo.slots.get(PENDING_RELAXATION)


async def test_accepting_more_from_that_year_shows_unseen_titles_of_it(api: str, convo: Conversation) -> None:
    shown = await _newest_comedies(convo)
    await convo.say("refine", [ent("year", "newer")], "newer?")
    await convo.say("affirm", [], "ok sure")
    assert convo.items and {i["year"] for i in convo.items} == {2021}, convo.text
    assert not {i["id"] for i in convo.items} & set(shown), convo.text
    assert set(shown) <= set(convo.slots[SHOWN_IDS])
