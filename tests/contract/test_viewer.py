"""What the actions send as user_id for a Rasa sender (contract.viewer)."""

from contract.viewer import viewer_ref


def test_a_viewer_key_goes_as_is() -> None:
    key = "v1" + "0" * 32
    assert viewer_ref(key) == key


def test_a_channel_identity_goes_as_is() -> None:
    assert viewer_ref("telegram:42") == "telegram:42"


def test_a_bare_sender_is_an_identity_of_the_direct_rasa_channel() -> None:
    assert viewer_ref("it-once") == "rasa:it-once"
    assert viewer_ref(":x:") == "rasa::x:"
