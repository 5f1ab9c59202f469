"""Half-remembered titles nothing clearly fits (actions/identification._closest): the closest titles are the ones that
say something of the description, never titles that only share its format or country; one title that alone says the
words is the answer's card."""

from __future__ import annotations

from typing import Any

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.described_anchor import matched_words
from actions.identification import _singled_out
from contract.payloads import ItemDetails


def _item(title: str, description: str) -> dict[str, Any]:
    return {"id": title, "title": title, "description": description}


def test_the_only_title_saying_any_word_is_singled_out() -> None:
    assert _singled_out(("octopus", "diving"), [_item("My Octopus Teacher", "a friendship with an octopus")])


def test_the_title_saying_every_word_beats_titles_saying_some() -> None:
    said = [_item("Train to Busan", "a zombie outbreak on a train"), _item("Titipo", "a little train")]
    assert _singled_out(("zombie", "train"), said)


def test_two_titles_saying_every_word_are_no_single_answer() -> None:
    said = [_item("A", "a zombie on a train"), _item("B", "a train of zombies")]
    assert not _singled_out(("zombie", "train"), said)


def test_one_word_of_two_said_by_several_is_no_single_answer() -> None:
    said = [_item("A", "a bake-off"), _item("B", "they bake bread")]
    assert not _singled_out(("bake", "tent"), said)


async def test_the_closest_titles_all_say_a_word_of_the_description(api: str, convo: Conversation) -> None:
    # tests/fixtures/netflix_small.csv: the closest American series by meaning were four of five about neither word
    text = "what was that american show with robots and a spaceship"
    await convo.say("request_recommendation", [located(text, "american", "country", "United States"),
                                               located(text, "show", "media_type", "series")], text)
    words = ("robots", "spaceship")
    card = next((a.item for a in convo.answers if isinstance(a, ItemDetails)), None)
    if card is not None:  # one title alone says the words: its card
        assert matched_words(words, card.to_dict()), card
        return
    assert convo.items and all(matched_words(words, i) for i in convo.items), convo.text
