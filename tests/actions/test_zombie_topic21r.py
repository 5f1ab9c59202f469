"""Zombies are horror (round 21r): the topic asks for the horror shelf alone, not horror or action."""

from contract.vocabulary import TOPIC_GENRES


def test_zombies_ask_for_horror_only():
    assert TOPIC_GENRES["zombie"] == TOPIC_GENRES["zombies"] == ("horror",)


def test_other_monsters_keep_their_kinds():
    assert TOPIC_GENRES["monsters"] == ("horror", "sci-fi", "action")
