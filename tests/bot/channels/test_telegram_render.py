"""Telegram rendering, message splitting, callback data and update classification (pure functions).

What is checked here is what Telegram would refuse or what a viewer would see: the HTML of every
rendered message goes through the fake Bot API's HTML check (the rules of Telegram's parser), pieces
stay within 4,096 characters, callback data within 64 bytes, and forged callback data never reaches
Rasa as an intent.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from telegram import Update

from bot.channels.telegram_protocol import (BUTTON_ENTITIES, BUTTON_INTENTS, EDITED_TEXT, EXPIRED_TOAST,
                                            NOT_TEXT_TEXT, UNKNOWN_COMMAND_TEXT, Callback, Ignore, Notice,
                                            PayloadStore, Turn, callback_to_rasa, classify, is_safe_intent_payload,
                                            item_callback_data, payload_callback_data)
from bot.channels.telegram_render import (MESSAGE_LIMIT, Outgoing, item_html, mark_pressed, render_answers,
                                          split_html, visible_length)
from contract.payloads import (AgentMessage, HandoffState, Item, ItemDetails, PlainText, QuickReply, Recommendations,
                               from_custom)
from contract.wording import NOT_QUITE, handoff_notice
from telegram_testkit import ROOT, FakeBotApi, check_markup, utf16_len, visible_text

GOLDEN = [from_custom(w) for w in json.loads((ROOT / "tests" / "fixtures" / "golden_answers.json").read_text())]
ITEMS = (
    Item.from_dict({"id": "s1", "title": "Tom & Jerry <Special>", "type": "movie", "year": 2019,
                    "duration_minutes": 32, "rating": "TV-PG", "genres": ["comedy", "kids"],
                    "reason": "a “cat & mouse” classic"}),
    Item.from_dict({"id": "s2", "title": "The Office", "type": "series", "year": 2005, "seasons": 9,
                    "rating": "TV-14", "genres": ["comedy"], "reason": "a workplace comedy"}),
)
HEADING = "Here are 2 picks (comedy · under 40 min):"
REFINE = (QuickReply("Something else", "/something_else"), QuickReply("Shorter", '/refine{"duration":"shorter"}'),
          QuickReply("Start over", "/start_over"))


def picks(quick_replies: tuple[QuickReply, ...] = REFINE) -> Recommendations:
    return Recommendations(HEADING, ITEMS, {"genres": ["comedy"], "max_minutes": 40}, quick_replies)


def assert_telegram_accepts(messages: list[Outgoing]) -> None:
    """What the fake Bot API (Telegram's rules) would refuse: bad HTML, too long, bad callback data."""
    for m in messages:
        visible = visible_text(m.html, "HTML")
        assert visible.strip()
        assert utf16_len(visible) <= MESSAGE_LIMIT
        check_markup({"inline_keyboard": [[{"text": b.text, "callback_data": b.data} for b in row]
                                          for row in m.keyboard]})


def seen(messages: list[Outgoing]) -> list[str]:
    return [visible_text(m.html, "HTML") for m in messages]


def all_buttons(messages: list[Outgoing]) -> list[tuple[str, str]]:
    return [(b.text, b.data) for m in messages for row in m.keyboard for b in row]


def last_labels(messages: list[Outgoing]) -> list[str]:
    return [b.text for row in messages[-1].keyboard for b in row]


# --- recommendations -------------------------------------------------------------------------------


def test_recommendations_render_as_heading_items_and_quick_replies() -> None:
    out = render_answers([picks()], PayloadStore())
    assert_telegram_accepts(out)
    assert [text.splitlines()[0] for text in seen(out)] == [
        HEADING, "1. Tom & Jerry <Special> (2019)", "2. The Office (2005)", NOT_QUITE]
    assert seen(out)[1].splitlines()[1:] == ["Movie · 32 min · TV-PG", "Comedy, Kids", "a “cat & mouse” classic"]
    assert "Series · 9 seasons · TV-14" in seen(out)[2]
    # per-item keyboards name the catalog id; the answer's quick replies go last
    assert [b.data for row in out[1].keyboard for b in row] == ["a:like:s1", "a:dislike:s1", "a:seen:s1",
                                                                 "a:more:s1", "a:info:s1"]
    assert last_labels(out) == ["Something else", "Shorter", "Start over"]


def test_each_runtime_is_shown_once_per_item() -> None:
    """The "32 min · TV-14 · comedy · 32 min" doubling: the runtime comes from ``item.runtime`` only."""
    for text in seen(render_answers([picks()], PayloadStore()))[1:3]:
        runtime = "32 min" if "Tom" in text else "9 seasons"
        assert text.count(runtime) == 1, text


def test_every_golden_item_appears_exactly_once() -> None:
    out = render_answers(GOLDEN, PayloadStore())
    assert_telegram_accepts(out)
    text = "\n".join(seen(out))
    for answer in GOLDEN:
        for item in getattr(answer, "items", ()):
            assert text.count(item.title) == 1, item.title
    item_messages = [m for m in out if any(d.startswith("a:like:") for _, d in all_buttons([m]))]
    assert len(item_messages) == 4  # three picks and the details of one title


def test_item_title_is_bold_and_escaped() -> None:
    html_text = item_html(1, ITEMS[0])
    assert html_text.startswith("<b>1. Tom &amp; Jerry &lt;Special&gt;</b> (2019)")
    assert "<i>a “cat &amp; mouse” classic</i>" in html_text


def test_something_else_is_always_offered_after_recommendations() -> None:
    out = render_answers([picks((QuickReply("Start over", "/start_over"),))], PayloadStore())
    assert last_labels(out) == ["Something else", "Start over"]
    assert callback_to_rasa(out[-1].keyboard[0][0].data, PayloadStore()).rasa_text == "/something_else"


def test_nothing_matched_shows_the_heading_with_the_relaxation_buttons() -> None:
    empty = GOLDEN[1]
    assert isinstance(empty, Recommendations) and not empty.items
    out = render_answers([empty], PayloadStore())
    assert seen(out) == [empty.heading]
    assert last_labels(out) == ["Allow any audience", "Start over"]  # no "Something else": nothing was shown


def test_text_is_shown_as_sent_never_parsed() -> None:
    """A text that looks like a numbered list is the bot's sentence, not a list to cut or drop."""
    text = "Here are 2 picks:\n1. First\n2. Second"
    assert seen(render_answers([PlainText(text)], PayloadStore())) == [text]
    heading_like_a_list = Recommendations("Top 2:\n1) by rating", ITEMS[:1])
    assert seen(render_answers([heading_like_a_list], PayloadStore()))[0] == "Top 2:\n1) by rating"


def test_plain_text_reply_keeps_its_quick_replies_on_the_same_message() -> None:
    out = render_answers([PlainText("Hi! What do you feel like?", (
        QuickReply("Comedies under 40 minutes", "comedies under 40 minutes"),
        QuickReply("Surprise me", "/request_recommendation")))], PayloadStore())
    assert len(out) == 1
    assert out[0].keyboard[0][0].data == "p:comedies under 40 minutes"  # a long title gets its own row
    assert out[0].keyboard[1][0].data == "p:/request_recommendation"


def test_item_details_show_everything_with_their_own_keyboard() -> None:
    item = Item.from_dict(ITEMS[0].to_dict() | {"description": "A cat chases a mouse.\nAgain.", "cast": ["A", "B"],
                                                 "directors": ["D"], "countries": ["United States"]})
    assert item is not None
    out = render_answers([ItemDetails(item, (QuickReply("More like this", "/more_like"),))], PayloadStore())
    assert_telegram_accepts(out)
    text = seen(out)[0]
    assert text.startswith("Tom & Jerry <Special> (2019)\nMovie · 32 min · rated TV-PG")
    assert "Directed by D" in text and "Starring A, B" in text and "A cat chases a mouse. Again." in text
    assert "a:info:s1" not in [d for _, d in all_buttons(out)]
    assert seen(out)[-1] == NOT_QUITE and last_labels(out) == ["More like this"]  # details keep their keyboard


def test_handoff_states_use_the_contract_wording() -> None:
    for state in (HandoffState("waiting", reason="requested"), HandoffState("waiting", reason="fallback"),
                  HandoffState("agent_joined", "Ana"), HandoffState("ended"), HandoffState("unavailable")):
        out = render_answers([state], PayloadStore())
        assert seen(out) == [handoff_notice(state, live=True)]
        assert out[0].html.startswith("<i>")


def test_agent_reply_is_signed() -> None:
    out = render_answers([AgentMessage("Hi, I'm Ana <3", "Ana")], PayloadStore())
    assert seen(out) == ["Ana\nHi, I'm Ana <3"]
    assert seen(render_answers([AgentMessage("Hello")], PayloadStore())) == ["Support agent\nHello"]


def test_empty_answers_render_as_nothing() -> None:
    assert render_answers([PlainText("  "), AgentMessage(" "), Recommendations("")], PayloadStore()) == []


def test_untrusted_texts_are_escaped() -> None:
    out = render_answers([PlainText("<script>alert(1)</script> & <b>bold?")], PayloadStore())
    assert_telegram_accepts(out)
    assert seen(out) == ["<script>alert(1)</script> & <b>bold?"]


# --- limits ----------------------------------------------------------------------------------------


def test_long_messages_split_on_line_boundaries() -> None:
    lines = [f"<b>{i}.</b> {'x' * 90} &amp; more" for i in range(200)]
    pieces = split_html("\n".join(lines))
    assert len(pieces) > 1
    assert all(visible_length(p) <= MESSAGE_LIMIT for p in pieces)
    assert "\n".join(pieces).split("\n") == lines  # nothing lost, nothing cut inside a line
    for p in pieces:
        visible_text(p, "HTML")  # every piece is valid HTML on its own


def test_a_single_giant_line_is_cut_at_spaces_without_breaking_entities() -> None:
    word = "Tom&Jerry "
    pieces = split_html(" ".join([word.strip()] * 1500).replace("&", "&amp;"))
    assert len(pieces) == 4
    assert all(visible_length(p) <= MESSAGE_LIMIT for p in pieces)
    assert all(visible_text(p, "HTML").split(" ")[0] == "Tom&Jerry" for p in pieces)


def test_emoji_count_as_two_utf16_units() -> None:
    pieces = split_html("😀" * 3000)
    assert [utf16_len(visible_text(p, "HTML")) for p in pieces] == [4096, 1904]


def test_split_keeps_keyboard_under_the_last_piece() -> None:
    out = render_answers([PlainText("\n".join("line %d %s" % (i, "y" * 60) for i in range(150)),
                                    (QuickReply("OK", "/affirm"),))], PayloadStore())
    assert len(out) == 3
    assert [bool(m.keyboard) for m in out] == [False, False, True]
    assert_telegram_accepts(out)


# --- callback data -------------------------------------------------------------------------------


@pytest.mark.parametrize("data, expected", [
    ("a:like:s1", '/feedback_like{"item_id":"s1"}'),
    ("a:dislike:s77", '/feedback_dislike{"item_id":"s77"}'),
    ("a:seen:s1", '/feedback_seen{"item_id":"s1"}'),
    ("a:more:s8", '/more_like{"item_id":"s8"}'),
    ("a:info:s8", '/ask_details{"item_id":"s8"}'),
    ("p:/something_else", "/something_else"),
    ('p:/refine{"duration":"shorter"}', '/refine{"duration":"shorter"}'),
    ("p:comedies under 40 minutes", "comedies under 40 minutes"),
])
def test_callbacks_map_to_rasa_messages(data: str, expected: str) -> None:
    assert callback_to_rasa(data, PayloadStore()).rasa_text == expected


@pytest.mark.parametrize("data", [
    None, "", "zzz", "a:love:s1", 'a:like:s1"}', "a:like:", "p:/restart", "p:/session_start",
    'p:/refine{"slot_that_does_not_exist":"x"}', 'p:/refine{"audience":{"nested":1}}', "p:/refine{bad json",
    "p:/request_recommendation@0.9", "k:unknownkey",
])
def test_forged_or_stale_callbacks_do_nothing(data: str | None) -> None:
    action = callback_to_rasa(data, PayloadStore())
    assert action.rasa_text is None and action.toast == EXPIRED_TOAST


def test_long_payloads_go_through_the_store() -> None:
    store = PayloadStore()
    payload = '/request_recommendation{"title":"Crazy Ex-Girlfriend and the very long title"}'
    data = payload_callback_data(payload, store)
    assert data.startswith("k:") and len(data.encode()) <= 64
    assert callback_to_rasa(data, store).rasa_text == payload
    assert callback_to_rasa(data, PayloadStore()).toast == EXPIRED_TOAST  # after a restart


def test_item_ids_that_cannot_be_carried_get_no_buttons() -> None:
    assert item_callback_data("like", 'evil"}') is None
    assert item_callback_data("like", "x" * 80) is None


def test_button_intents_and_entities_exist_in_the_domain() -> None:
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    entities = {next(iter(e)) if isinstance(e, dict) else e for e in domain["entities"]}
    assert BUTTON_INTENTS <= set(domain["intents"])
    assert BUTTON_ENTITIES <= entities


def test_every_button_the_actions_build_is_accepted() -> None:
    """The dialogue's own quick replies (actions/buttons.py, domain responses) pass validation."""
    domain = yaml.safe_load((ROOT / "domain.yml").read_text())
    payloads = [b["payload"] for variants in domain["responses"].values() for v in variants
                for b in v.get("buttons", [])]
    payloads += ['/refine{"duration":"shorter"}', '/refine{"media_type":"movie"}', '/refine{"audience":"kids"}',
                 '/request_recommendation{"mood":"feel-good"}', '/more_like{"position":"2"}', "/affirm"]
    for payload in payloads:
        data = payload_callback_data(payload, PayloadStore())
        assert callback_to_rasa(data, PayloadStore()).rasa_text == payload.strip(), payload


def test_mark_pressed_ticks_only_the_pressed_feedback() -> None:
    keyboard = render_answers([picks()], PayloadStore())[1].keyboard
    liked = mark_pressed(keyboard, "a:like:s1")
    assert [b.text for b in liked[0]] == ["👍 Like ✔", "👎 Dislike", "✓ Seen"]
    disliked = mark_pressed(liked, "a:dislike:s1")
    assert [b.text for b in disliked[0]] == ["👍 Like", "👎 Dislike ✔", "✓ Seen"]
    assert disliked[1] == keyboard[1]


def test_safe_intent_payloads() -> None:
    assert is_safe_intent_payload('/feedback_like{"item_id":"s1"}')
    assert not is_safe_intent_payload('/feedback_like{"item_id":true}')
    assert not is_safe_intent_payload("/restart")


# --- update classification ---------------------------------------------------------------------------


@pytest.fixture
def fake() -> FakeBotApi:
    return FakeBotApi()  # only its update builders are used here


def parse(update: dict[str, Any]) -> Update:
    return Update.de_json(json.loads(json.dumps(update)), None)


@pytest.mark.parametrize("text, rasa", [
    ("/start", "/greet"), ("/help", "/help"), ("/reset", "/start_over"), ("/start@mediabot_test_bot", "/greet"),
    ("/start deep-link-payload", "/greet"), ("comedies under 40 minutes", "comedies under 40 minutes"),
    ('/inform{"audience":"adult"}', UNKNOWN_COMMAND_TEXT),
])
def test_commands_and_text(fake: FakeBotApi, text: str, rasa: str) -> None:
    action = classify(parse(fake.text_update(42, text)))
    if rasa == UNKNOWN_COMMAND_TEXT:
        assert action == Notice(42, UNKNOWN_COMMAND_TEXT)
    else:
        assert action == Turn(42, rasa)


def test_typed_text_never_becomes_an_intent(fake: FakeBotApi) -> None:
    action = classify(parse(fake.text_update(42, " /  hello")))
    assert isinstance(action, Turn) and not action.text.startswith("/")


@pytest.mark.parametrize("fields, expected", [
    ({"sticker": {"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1, "is_animated": False,
                  "is_video": False, "type": "regular"}}, NOT_TEXT_TEXT),
    ({"photo": [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}], "caption": "this?"}, NOT_TEXT_TEXT),
    ({"location": {"latitude": 1.0, "longitude": 2.0}}, NOT_TEXT_TEXT),
    ({"voice": {"file_id": "f", "file_unique_id": "u", "duration": 3}}, NOT_TEXT_TEXT),
])
def test_media_gets_a_polite_answer(fake: FakeBotApi, fields: dict[str, Any], expected: str) -> None:
    assert classify(parse(fake.message_update(42, **fields))) == Notice(42, expected)


def test_other_update_kinds(fake: FakeBotApi) -> None:
    assert classify(parse(fake.message_update(42, kind="edited_message", text="x", edit_date=1))) == Notice(42, EDITED_TEXT)
    assert isinstance(classify(parse(fake.message_update(-100, kind="channel_post", chat_type="channel", text="x"))), Ignore)
    assert isinstance(classify(parse(fake.message_update(42, new_chat_title="x"))), Ignore)
    group = classify(parse(fake.text_update(-5, "/start@mediabot_test_bot", chat_type="group")))
    assert isinstance(group, Notice) and group.group
    assert isinstance(classify(parse(fake.text_update(-5, "anyone up for a movie?", chat_type="supergroup"))), Ignore)
    assert isinstance(classify(parse({"update_id": 9, "poll": {"id": "1", "question": "q", "options": [],
                                                                "total_voter_count": 0, "is_closed": False,
                                                                "is_anonymous": True, "type": "regular",
                                                                "allows_multiple_answers": False,
                                                                "allows_revoting": False, "members_only": False}})), Ignore)
    assert isinstance(classify(parse({"update_id": 10, "some_future_kind": {"x": 1}})), Ignore)


def test_added_to_a_group_says_it_works_in_private_chats(fake: FakeBotApi) -> None:
    member = {"user": {"id": 123456, "is_bot": True, "first_name": "mediabot"}}
    update = {"update_id": 11, "my_chat_member": {
        "chat": {"id": -7, "type": "group", "title": "Movie night"}, "from": {"id": 1, "is_bot": False, "first_name": "A"},
        "date": 1, "old_chat_member": member | {"status": "left"}, "new_chat_member": member | {"status": "member"}}}
    action = classify(parse(update))
    assert isinstance(action, Notice) and action.chat_id == -7 and action.group
    update["my_chat_member"]["chat"] = {"id": 42, "type": "private", "first_name": "A"}
    update["my_chat_member"]["new_chat_member"] = member | {"status": "kicked", "until_date": 0}
    update["my_chat_member"]["old_chat_member"] = member | {"status": "member"}
    assert isinstance(classify(parse(update)), Ignore)  # the viewer blocked the bot


def test_callback_in_a_private_chat_carries_its_keyboard(fake: FakeBotApi) -> None:
    fake.messages[(42, 7)] = {"message_id": 7, "date": 1, "chat": {"id": 42, "type": "private"}, "text": "x",
                              "reply_markup": {"inline_keyboard": [[{"text": "👍 Like", "callback_data": "a:like:s1"}]]}}
    action = classify(parse(fake.callback_update(42, 7, "a:like:s1")))
    assert isinstance(action, Callback) and action.chat_id == 42 and action.message_id == 7
    assert action.button_text() == "👍 Like"


def test_impossible_field_types_are_refused(fake: FakeBotApi) -> None:
    with pytest.raises(TypeError):
        classify(parse(fake.text_update(42, "x") | {"message": fake._user_message(42, "private") | {"text": 5}}))
