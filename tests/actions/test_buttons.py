"""Quick replies: Rasa payloads carried inside the answer, only those that would change something."""

from __future__ import annotations

from actions import buttons
from contract.constraints import Constraints
from contract.payloads import QuickReply


def test_payloads_are_rasa_intents_with_compact_entities():
    assert buttons.payload("refine", {"duration": "shorter"}) == '/refine{"duration":"shorter"}'
    assert buttons.payload("something_else") == "/something_else"
    assert buttons.button("Shorter", "refine", {"duration": "shorter"}) == \
        QuickReply("Shorter", '/refine{"duration":"shorter"}')


def test_refinements_leave_out_what_is_already_asked():
    titles = [q.title for q in buttons.refinement_buttons(Constraints(media_type=["movie"], audience="kids"), True)]
    assert "Only movies" not in titles and "For kids" not in titles and "Something else" in titles
    assert "Only series" in titles


def test_for_kids_asks_what_the_word_kids_means_and_hides_at_that_cap_or_stricter():
    starter = next(q for q in buttons.STARTERS if q.title == "For kids")
    assert starter.payload == '/request_recommendation{"audience":"family"}'
    for audience, shown in (("preschool", False), ("family", False), ("teen", True), (None, True)):
        titles = [q.title for q in buttons.refinement_buttons(Constraints(audience=audience), True)]
        assert ("For kids" in titles) is shown, audience


def test_no_shorter_without_a_runtime_to_compare():
    assert "Shorter" not in [q.title for q in buttons.refinement_buttons(Constraints(), False)]
    assert "Shorter" in [q.title for q in buttons.refinement_buttons(Constraints(max_minutes=40), False)]


def test_relaxation_button_accepts_the_offer():
    assert buttons.relaxation_button("allow up to 60 minutes") == QuickReply("Allow up to 60 minutes", "/affirm")


def test_at_most_five_choices():
    items = [{"id": f"s{i}", "title": f"T{i}"} for i in range(1, 8)]
    choices = buttons.item_choice_buttons("more_like", items)
    assert len(choices) == buttons.MAX_BUTTONS and choices[1].payload == '/more_like{"position":"2"}'
