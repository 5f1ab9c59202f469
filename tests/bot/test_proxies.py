"""Client addresses: X-Forwarded-For counts only when the direct peer is a trusted proxy."""

from __future__ import annotations

import pytest

from bot.proxies import forwarded_client, parse_networks

PROXY = parse_networks("10.0.0.1, 192.168.0.0/16")


def test_a_direct_client_is_its_own_address_whatever_it_claims() -> None:
    assert forwarded_client("203.0.113.7", "1.2.3.4", PROXY) == "203.0.113.7"


def test_behind_a_trusted_proxy_the_forwarded_client_counts() -> None:
    assert forwarded_client("10.0.0.1", "203.0.113.7", PROXY) == "203.0.113.7"


def test_a_client_cannot_prepend_a_fake_address_through_the_proxy() -> None:
    # the proxy appends the address it saw; whatever the client wrote is further left
    assert forwarded_client("10.0.0.1", "1.2.3.4, 203.0.113.7", PROXY) == "203.0.113.7"


def test_chained_trusted_proxies_are_skipped_from_the_right() -> None:
    assert forwarded_client("10.0.0.1", "203.0.113.7, 192.168.1.5", PROXY) == "203.0.113.7"


def test_a_malformed_hop_stops_at_the_last_vouched_address() -> None:
    assert forwarded_client("10.0.0.1", "garbage", PROXY) == "10.0.0.1"
    assert forwarded_client("10.0.0.1", "203.0.113.7, not-an-ip, 192.168.1.5", PROXY) == "192.168.1.5"


def test_no_trusted_proxies_means_the_header_is_ignored() -> None:
    assert forwarded_client("10.0.0.1", "203.0.113.7", parse_networks("")) == "10.0.0.1"


def test_a_bad_trusted_proxy_entry_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not-an-ip"):
        parse_networks("10.0.0.1, not-an-ip")
