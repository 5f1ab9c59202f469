"""Dialogue round 25a through the real stack: English mixed with words of other languages, and short requests in one.

Classes (phrasings are this module's own; the fixture catalog):
1. a courtesy of another language ("buongiorno!", "konbanwa", "vanakkam ji", "salamat po") is neutral: never a person
   the bot apologises for, never query words, never evidence of another language (contract.words
   ``FOREIGN_COURTESIES``; nlu/extraction/unknown_people.py, extractor ``_outside_courtesies``, actions/language.py);
   said alone, whatever its label, it is the small talk it is (``courtesy_said_alone``, actions/base.py);
2. the common media words of other languages are their English constraint, so a short request built from them and a
   name is answered (contract.vocabulary ``FOREIGN_ORIGIN_WORDS`` / ``FOREIGN_GENRE_WORDS``, contract.words
   ``FOREIGN_WITH_WORDS``, language ``_understood``);
3. a negator of another language rules out what follows it, also in a follow-up ("une série, pas un film");
4. a request whose content is still words the bot cannot read keeps the honest "English only".
"""

from __future__ import annotations

from typing import Any

import pytest

from chat import WebChat
from checks import NOT_UNDERSTOOD, applied, checked_picks
from contract.wording import ENGLISH_ONLY

pytestmark = pytest.mark.integration

_ENGLISH_ONLY = ENGLISH_ONLY[:30]
_NO_PERSON = "anything with or by"  # the apology for a person the catalog lacks


# -- 1 -------------------------------------------------------------------------------------------------------------

async def test_a_foreign_greeting_and_thanks_are_nobody(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("buongiorno! a comedy from turkey, salamat po")
    assert _NO_PERSON not in turn.text and _ENGLISH_ONLY not in turn.text, turn.text
    got = applied(turn)
    assert got.get("countries") == ["Turkey"] and not got.get("query"), (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Turkey" in r["countries"])


async def test_a_thanks_alone_in_another_language_is_small_talk(stack: Any, chat: WebChat) -> None:
    await chat.say("something from turkey")
    turn = await chat.say("grazie mille!")
    assert not any(p in turn.text for p in NOT_UNDERSTOOD) and _ENGLISH_ONLY not in turn.text, turn.text
    assert not turn.items, turn.text


# -- 2 -------------------------------------------------------------------------------------------------------------

async def test_a_short_request_in_the_common_media_words_is_answered(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("konbanwa. filmes turcos por favor")
    assert _NO_PERSON not in turn.text and _ENGLISH_ONLY not in turn.text, turn.text
    got = applied(turn)
    assert got.get("countries") == ["Turkey"] and got.get("media_type") == ["movie"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Turkey" in r["countries"] and r["type"] == "movie")


async def test_with_in_another_language_before_a_star_is_a_cast_search(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("hola! películas con robert de niro")
    assert _ENGLISH_ONLY not in turn.text, turn.text
    got = applied(turn)
    assert got.get("actors") == ["Robert De Niro"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: "Robert De Niro" in r.get("cast", []))


# -- 3 -------------------------------------------------------------------------------------------------------------

async def test_a_french_negator_in_a_follow_up_rules_out_the_format(stack: Any, chat: WebChat) -> None:
    await chat.say("something brazilian")
    turn = await chat.say("une série, pas un film")
    assert _ENGLISH_ONLY not in turn.text, turn.text
    got = applied(turn)
    assert got.get("media_type") == ["series"], (turn.text, got)
    await checked_picks(stack.gateway_url, turn, lambda r: r["type"] == "series")


# -- 4 -------------------------------------------------------------------------------------------------------------

async def test_a_sentence_in_another_language_is_still_declined_honestly(stack: Any, chat: WebChat) -> None:
    turn = await chat.say("salut! je cherche quelque chose de drôle à regarder avec mes enfants")
    assert _ENGLISH_ONLY in turn.text and not turn.items, turn.text
