"""Dialogue round 19e through the real stack: people in free text.

Classes (phrasings are this module's own): a well-known surname the catalog's descriptions write only as a name is that
person after a plain "with" (nlu names.LooseNames._written_name_cued, contract.words.name_words); a surname asked what
it has done ("what has <surname> done") is the person (names.DONE_AFTER); a surname a voice transcript split in
two after the exact given name is the person (names.LooseNames._surname_heard_in_pieces); a rightly spelt given name
is never swapped for another-sounding one, so a person the catalog lacks is said honestly
(names.LooseNames._other_given_name); a work noun typed with a letter twice is still the format (typos.doubled_letter).
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import applied

pytestmark = pytest.mark.integration

# tests/fixtures/netflix_small.csv
SCORSESE_FILMS = {"s1359", "s2861", "s3228", "s6827", "s6881", "s7821", "s8273"}  # directed by Martin Scorsese
FEIMSTER_TITLES = {"s3004", "s889", "s913", "s976", "s1029", "s1263", "s1288"}  # her special and the Afterparties
ROGEN_FILMS = {"s5858", "s6020", "s7242"}  # films with Seth Rogen in the cast
NOT_UNDERSTOOD = ("didn't quite get", "What should I change?")


def _ids(turn: Any) -> set[str]:
    return {str(i["id"]) for i in turn.items}


async def test_a_surname_written_only_as_a_name_after_with_is_the_person(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("got anything w/ feimster")
    assert _ids(turn) and _ids(turn) <= FEIMSTER_TITLES, turn.text
    assert "Fortune Feimster" in (applied(turn).get("actors") or []), applied(turn)


async def test_what_a_surname_has_done_is_the_persons_work(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("so what has scorsese done")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD), turn.text
    assert _ids(turn) and _ids(turn) <= SCORSESE_FILMS | {"s2633", "s3760", "s6112", "s7432", "s8736"}, turn.text


async def test_a_surname_heard_in_pieces_is_the_director(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("play films directed by martin scor seezee")
    assert applied(turn).get("directors") == ["Martin Scorsese"], applied(turn)
    assert _ids(turn) & SCORSESE_FILMS, turn.text


async def test_a_rightly_spelt_given_name_the_catalog_lacks_is_said_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("Is there a movie starring Cary Grant?")
    assert "I don't have" in turn.text and "Cary Grant" in turn.text, turn.text
    assert not turn.items, turn.text


async def test_a_work_noun_typed_with_a_letter_twice_keeps_the_format(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("seth rogen filmss")
    assert applied(turn).get("media_type") in (["movie"], "movie"), applied(turn)
    assert _ids(turn) & ROGEN_FILMS, turn.text
