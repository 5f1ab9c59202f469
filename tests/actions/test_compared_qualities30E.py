"""Round 30E: two titles compared by a quality ("which is creepier", "the funnier of them", "less scary for my kid")
get a verdict from the genres the catalog files them under (``contract.vocabulary.MOOD_LEANINGS``,
``actions.compared_fit.quality_pick``), or down to taste when the genres do not tell them apart; right after, "more
like whichever is <quality>" is a like-search anchored on that title (``actions.compared_follow_ups``), else the bot
asks which one. Phrasings are this module's own; titles are the fixture catalog's (tests/fixtures/netflix_small.csv)."""

from __future__ import annotations

from dialogue_driver import Conversation, convo, located  # noqa: F401  (convo is a fixture)

from actions.compared_fit import fit_pointer, quality_pick
from contract.constraints import Constraints
from contract.payloads import Item, PlainText, Recommendations


def _heading(c: Conversation) -> str:
    return next(a.heading for a in c.answers if isinstance(a, Recommendations))


def _item(title: str, *genres: str, kind: str = "series") -> Item:
    return Item(title.lower().replace(" ", "-"), title, kind, genres=genres)


async def _compare(c: Conversation, text: str, first: str, second: str, extra: list[dict] = ()) -> None:
    ents = [located(text, first.lower(), "title", first), located(text, second.lower(), "title", second), *extra]
    await c.say("request_recommendation", sorted(ents, key=lambda e: e["start"]), text)


# -- the verdict, pure ------------------------------------------------------------------------------------------------

def test_horror_outweighs_thriller_for_scary() -> None:
    only_thriller, horror = _item("Tense", "thriller"), _item("Haunt", "horror", "thriller")
    assert quality_pick(only_thriller, horror, [("scary", True)])[0] is horror


def test_a_thriller_is_scarier_than_a_title_of_neither() -> None:
    thriller, drama = _item("Tense", "thriller"), _item("Talky", "drama")
    assert quality_pick(drama, thriller, [("scary", True)])[0] is thriller


def test_less_of_a_quality_points_at_the_other_title() -> None:
    horror, kids = _item("Haunt", "horror"), _item("Bunnies", "kids", "comedy")
    assert quality_pick(horror, kids, [("scary", False)])[0] is kids


def test_the_same_genres_decide_nothing() -> None:
    assert quality_pick(_item("A", "horror"), _item("B", "horror"), [("scary", True)]) is None


def test_a_quality_no_genre_stands_for_decides_nothing() -> None:
    assert quality_pick(_item("A", "drama"), _item("B", "comedy"), [("thought-provoking", True)]) is None


def test_the_verdict_names_the_genres_of_both() -> None:
    pointer = fit_pointer(_item("Grim Tales", "horror", "international"), _item("Sunny Days", "drama", "crime"),
                          Constraints(), [("scary", True)])
    assert pointer is not None and "Grim Tales is the scarier one" in pointer, pointer
    assert "under horror" in pointer and "Sunny Days under drama and crime" in pointer, pointer
    assert "international" not in pointer, pointer


def test_a_quality_comes_before_who_is_watching() -> None:
    pointer = fit_pointer(_item("Creepy", "horror"), _item("Goofy", "comedy"), Constraints(audience="kids"),
                          [("funny", True)])
    assert pointer is not None and "Goofy is the funnier one" in pointer, pointer


# -- the comparison answered ----------------------------------------------------------------------------------------

async def test_which_one_is_spookier_points_at_the_horror_series(api: str, convo: Conversation) -> None:
    text = "castlevania versus outlander - which one is spookier?"
    await _compare(convo, text, "Castlevania", "Outlander",
                   [located(text, "spookier", "contrast", "scarier")])
    assert "Castlevania is the scarier one" in _heading(convo), convo.text
    assert "under horror, thriller and anime, Outlander under drama" in _heading(convo), convo.text


async def test_the_funnier_of_two_series(api: str, convo: Conversation) -> None:
    text = "what's funnier, castlevania or disenchantment?"
    await _compare(convo, text, "Castlevania", "Disenchantment", [located(text, "funnier", "contrast", "funnier")])
    assert "Disenchantment is the funnier one" in _heading(convo), convo.text


async def test_less_scary_for_a_child(api: str, convo: Conversation) -> None:
    text = "castlevania or the worst witch, which is less scary for my 8 year old"
    await _compare(convo, text, "Castlevania", "The Worst Witch",
                   [located(text, "less scary", "contrast", "less-scary"),
                    located(text, "for my 8 year old", "audience", "kids")])
    assert "The Worst Witch is the less scary one" in _heading(convo), convo.text


async def test_a_thriller_is_darker_than_a_romcom(api: str, convo: Conversation) -> None:
    text = "legally blonde vs shutter island, which is darker"
    await _compare(convo, text, "Legally Blonde", "Shutter Island", [located(text, "darker", "contrast", "darker")])
    assert "Shutter Island is the darker one" in _heading(convo), convo.text


async def test_two_horror_films_are_down_to_taste(api: str, convo: Conversation) -> None:
    text = "the strangers or things heard & seen, which is creepier"
    await _compare(convo, text, "The Strangers", "Things Heard & Seen",
                   [located(text, "creepier", "contrast", "scarier")])
    assert "down to taste" in _heading(convo) and "scarier one:" not in _heading(convo), convo.text


async def test_a_quality_no_genre_stands_for_is_down_to_taste(api: str, convo: Conversation) -> None:
    text = "outlander or vincenzo, which is smarter"
    await _compare(convo, text, "Outlander", "Vincenzo", [located(text, "smarter", "mood", "thought-provoking")])
    assert "down to taste" in _heading(convo), convo.text


# -- the follow-up ----------------------------------------------------------------------------------------------------

async def _spooky_pair(c: Conversation) -> None:
    text = "outlander vs castlevania, which is creepier"
    await _compare(c, text, "Outlander", "Castlevania", [located(text, "creepier", "contrast", "scarier")])


async def test_more_like_whichever_is_scarier_anchors_on_it(api: str, convo: Conversation) -> None:
    await _spooky_pair(convo)
    text = "cool, more like whichever one is scarier then"
    await convo.say("request_recommendation", [located(text, "scarier", "contrast", "scarier")], text)
    assert convo.items, convo.text
    assert "Castlevania" in convo.text and all(i["type"] == "series" for i in convo.items), convo.text
    assert {"Castlevania", "Outlander"}.isdisjoint(i["title"] for i in convo.items), convo.text


async def test_ones_like_the_romantic_one(api: str, convo: Conversation) -> None:
    await _spooky_pair(convo)
    text = "nah give me ones like the more romantic one"
    await convo.say("more_like", [located(text, "romantic", "mood", "romantic")], text)
    assert convo.items and "Outlander" in convo.text, convo.text
    assert "Castlevania" not in [i["title"] for i in convo.items], convo.text


async def test_that_one_after_a_verdict_is_the_one_pointed_at(api: str, convo: Conversation) -> None:
    await _spooky_pair(convo)
    text = "ok similar to that one"
    await convo.say("more_like", [], text)
    assert convo.items and "Castlevania" in convo.text, convo.text


async def test_a_quality_that_decides_nothing_asks_which_one(api: str, convo: Conversation) -> None:
    text = "the strangers or things heard & seen?"
    await _compare(convo, text, "The Strangers", "Things Heard & Seen")
    text = "stuff like the scarier of the two"
    await convo.say("request_recommendation", [located(text, "scarier", "contrast", "scarier")], text)
    assert not convo.items and any(isinstance(a, PlainText) for a in convo.answers), convo.text
    labels = [b["title"] for b in convo.buttons]
    assert "More like The Strangers" in labels and "More like Things Heard & Seen" in labels, labels


async def test_a_scarier_wish_with_no_comparison_before_is_no_anchor(api: str, convo: Conversation) -> None:
    text = "something like the scarier one"
    await convo.say("request_recommendation", [located(text, "scarier", "contrast", "scarier")], text)
    assert "Which one should I find more like" not in convo.text, convo.text


async def test_more_like_the_first_one_after_a_comparison(api: str, convo: Conversation) -> None:
    await _spooky_pair(convo)
    text = "hmm more like the first one"
    await convo.say("more_like", [located(text, "the first one", "position", "1")], text)
    assert convo.items and "Outlander" in convo.text, convo.text
    assert all(i["type"] == "series" for i in convo.items), convo.text


def test_a_level_quality_is_read_by_its_reverse() -> None:
    drama, comedy = _item("Long Night", "drama", kind="movie"), _item("Giggles", "comedy", "romance", kind="movie")
    assert quality_pick(comedy, drama, [("dark", True)])[0] is drama
    assert quality_pick(comedy, drama, [("dark", False)])[0] is comedy


async def test_heavier_is_the_darker_reading(api: str, convo: Conversation) -> None:
    text = "the irishman or legally blonde, which is heavier"
    await _compare(convo, text, "The Irishman", "Legally Blonde", [located(text, "heavier", "contrast", "darker")])
    assert "The Irishman is the darker one" in _heading(convo), convo.text
