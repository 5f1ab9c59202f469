"""Password hashing (stdlib scrypt): salted, parameterised, constant-time verification, policy."""

from __future__ import annotations

import pytest

from bot.handoff import passwords


@pytest.mark.real_scrypt
def test_hash_verifies_and_is_salted_per_call() -> None:
    first = passwords.hash_password("correct horse battery")
    second = passwords.hash_password("correct horse battery")
    assert first != second  # a random salt per hash: equal passwords do not look equal
    assert first.startswith(f"scrypt${passwords.N}${passwords.R}${passwords.P}$")
    assert passwords.verify_password("correct horse battery", first)
    assert not passwords.verify_password("correct horse batterx", first)
    assert not passwords.needs_rehash(first)


def test_parameters_travel_with_the_hash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "N", 2**11)
    old = passwords.hash_password("an older password")
    monkeypatch.setattr(passwords, "N", 2**12)
    assert passwords.verify_password("an older password", old)  # still verifies after raising the cost
    assert passwords.needs_rehash(old)


@pytest.mark.parametrize("stored", ["", "plain", "md5$abc", "scrypt$x$8$1$AAAA$AAAA", "scrypt$1024$8$1$!!$!!"])
def test_malformed_stored_values_never_verify(stored: str) -> None:
    assert passwords.verify_password("anything at all", stored) is False


def test_policy_refuses_short_and_trivial_passwords() -> None:
    for bad in ("short", "aaaaaaaaaaaa", "x" * 2000):
        with pytest.raises(passwords.PasswordPolicyError):
            passwords.check_policy(bad)
    passwords.check_policy("a decent passphrase")


def test_session_secret_is_generated_once_and_private(tmp_path) -> None:  # noqa: ANN001
    from bot.handoff.auth import SECRET_FILE, load_secret

    first = load_secret("", tmp_path)
    assert load_secret("", tmp_path) == first and len(first) == 32
    assert (tmp_path / SECRET_FILE).stat().st_mode & 0o077 == 0
    assert load_secret("configured", tmp_path) == b"configured"
