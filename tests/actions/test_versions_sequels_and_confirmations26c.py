"""Round 26c: titles named inside free text, on the pure readers of the actions (fixture gazetteer; phrasings are this
module's own).

1. "<title> <origin / year> version, is it on here?": an availability question about the title, the version's words
   no constraint (edits ``_which_version``);
2. "are the sequels on here too" after a title's card (or with a title named, or a title in talk): the franchise's
   other titles (franchise_titles ``sequels_asked``); a franchise of one title gives none; turned down, or with no
   title meant, nothing;
3. "<listed title> is one of them right? others" after a list: that listed item (listed_confirmations);
4. "that <two plot words> <origin> <kind>": a sketch to identify, one title only if it clearly wins (identification).
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("rasa_sdk", reason="action tests run in the Rasa runtime (.venv-rasa)")

from planned_turns import after, at  # noqa: E402

from actions.edits.asked_titles import asks_if_available  # noqa: E402
from actions.franchise_titles import sequels_asked  # noqa: E402
from actions.identification import sketch_of  # noqa: E402
from actions.listed_confirmations import confirmed_listed_title  # noqa: E402
from actions.turn import Turn  # noqa: E402

pytestmark = pytest.mark.usefixtures("fixture_gazetteer")

DARK_CRYSTAL, AGE_OF_RESISTANCE, TOLL_BOOTH = "s8267", "s3552", "s2040"
SINGHAM, SINGHAM_MAHABALI = "s2293", "s3226"
SCORSESE_FILMS = [{"id": "s8273", "title": "The Departed", "type": "movie", "year": 2006},
                  {"id": "s6881", "title": "GoodFellas", "type": "movie", "year": 1990},
                  {"id": "s2861", "title": "Hugo", "type": "movie", "year": 2011}]


def _turn(text: str, entities: list[Any] | None = None, intent: str = "nlu_fallback", **slots: Any) -> Turn:
    return Turn("t", intent, text, entities or [], slots)


# -- 1 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,version,name,value", [
    ("itaewon class korean version, is it on here?", "korean", "country", "South Korea"),
    ("toll booth turkish one available?", "turkish", "country", "Turkey"),
    ("the lies within 2019 one, is it here", "2019", "year", "2019-2019"),
])
def test_a_version_said_after_the_title_asks_for_it(text: str, version: str, name: str, value: str) -> None:
    title = text.split(f" {version}")[0]
    turn = _turn(text, [at(text, title, "title", title.title()), at(text, version, name, value)])
    assert asks_if_available(turn)


def test_a_request_beside_a_title_is_no_version() -> None:
    text = "itaewon class but korean comedies, is it on here?"
    turn = _turn(text, [at(text, "itaewon class", "title", "Itaewon Class"), at(text, "korean", "country", "South Korea"),
                        at(text, "comedies", "genre", "comedy")])
    assert not asks_if_available(turn)


# -- 2 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["is the follow-up on here as well", "any of the other chapters?",
                                  "what about the prequel", "the other films in the franchise, got them?"])
def test_the_sequels_of_the_title_in_focus(text: str) -> None:
    asked = sequels_asked(_turn(text, focused_id=DARK_CRYSTAL))
    assert asked is not None and asked.other_than == DARK_CRYSTAL and asked.ids == (AGE_OF_RESISTANCE,)


def test_the_sequels_of_a_title_named() -> None:
    text = "does little singham have sequels here?"
    asked = sequels_asked(_turn(text, [at(text, "little singham", "title", "Little Singham")]))
    assert asked is not None and SINGHAM not in asked.ids and SINGHAM_MAHABALI in asked.ids


def test_a_title_alone_in_its_franchise_has_no_sequels() -> None:
    asked = sequels_asked(_turn("cool, any sequels?", focused_id=TOLL_BOOTH))
    assert asked is not None and asked.ids == () and asked.other_than == TOLL_BOOTH


@pytest.mark.parametrize("text,slots", [
    ("a comedy but no sequels please", {"focused_id": DARK_CRYSTAL}),
    ("any sequels?", {}),
    ("quick follow-up question: is it long?", {"focused_id": DARK_CRYSTAL}),
    ("other films by the same director?", {"focused_id": DARK_CRYSTAL}),
])
def test_no_sequels_asked(text: str, slots: dict[str, Any]) -> None:
    assert sequels_asked(_turn(text, **slots)) is None


# -- 3 -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,title", [
    ("goodfellas is one of them, right? any others", "GoodFellas"),
    ("so departed was in there yeah? what else", "The Departed"),
    ("hugo's on the list? more", "Hugo"),
])
def test_a_listed_title_confirmed_with_more_asked(text: str, title: str) -> None:
    item = confirmed_listed_title(after(text, [], items=SCORSESE_FILMS))
    assert item is not None and item["title"] == title


@pytest.mark.parametrize("text", ["goodfellas is one of them right?", "taxi driver is one of them right? others",
                                  "goodfellas is one of my favourites, others?"])
def test_no_listed_title_confirmed(text: str) -> None:
    assert confirmed_listed_title(after(text, [], items=SCORSESE_FILMS)) is None


# -- 4 -------------------------------------------------------------------------------------------------------------

def test_two_plot_words_and_an_origin_are_a_sketch_to_identify_if_clear() -> None:
    text = "that boxer billionaire german movie"
    turn = _turn(text, [at(text, "german", "country", "Germany"), at(text, "movie", "media_type", "movie")],
                 intent="request_recommendation")
    sketch = sketch_of(turn)
    assert sketch is not None and sketch.only_if_clear and set(sketch.words) == {"boxer", "billionaire"}
    assert sketch.countries == ("Germany",)


def test_two_plot_words_without_an_origin_are_no_sketch() -> None:
    text = "that boxer billionaire movie"
    turn = _turn(text, [at(text, "movie", "media_type", "movie")], intent="request_recommendation")
    assert sketch_of(turn) is None


# -- through the real actions: a like anchor read by the NLU under a label that asks for help ----------------------------

async def test_a_like_anchor_under_the_help_label_is_a_like_search(api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import dialogue_driver
    from dialogue_driver import Conversation

    from actions.fallback import ActionHelp

    monkeypatch.setitem(dialogue_driver.ACTIONS, "help", ActionHelp)  # data/rules.yml: help -> action_help

    text = "kulipari wrapped up and i'm lost, what's like it"
    convo = Conversation(sender_id="test:26c-help")
    await convo.say("help", [{"entity": "title", "value": "Kulipari: Dream Walker", "role": "similar", "start": 0,
                              "end": 8}], text)
    assert convo.applied is not None and convo.applied.get("similar_to") == "s4372", convo.text
