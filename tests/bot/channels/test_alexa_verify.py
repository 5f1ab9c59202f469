"""Alexa request verification, rule by rule, against a locally generated CA (no network).

Each refusal is its own test: a certificate URL that breaks one of Amazon's rules, an expired or
not-yet-valid signing certificate, one without the echo-api.amazon.com SAN, a chain that does not lead
to a trusted root, a body that does not match its signature, a stale timestamp, a foreign skill id.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from aiohttp import web

from alexa_testkit import (
    CERT_URL,
    SKILL_ID,
    StaticFetcher,
    TestCA,
    body_bytes,
    envelope,
    shared_ca,
    shared_signing_cert,
    signed_headers,
    write_cert_cache,
)
from bot.channels import alexa_verify
from bot.channels.alexa_verify import (
    AlexaVerifier,
    HttpsCertFetcher,
    VerificationFailed,
    check_application_id,
    check_timestamp,
    normalize_cert_url,
)

NOW = dt.datetime.now(dt.timezone.utc)


def verifier(chain_pem: bytes | None = None, url: str = CERT_URL, roots: list | None = None) -> AlexaVerifier:
    fetcher = StaticFetcher({url: chain_pem if chain_pem is not None else shared_signing_cert().chain_pem()})
    return AlexaVerifier(roots if roots is not None else [shared_ca().root], fetcher)


async def refused(v: AlexaVerifier, headers: dict[str, str], body: bytes) -> VerificationFailed:
    with pytest.raises(VerificationFailed) as info:
        await v.verify_signature(headers, body)
    return info.value


# --- the happy path -------------------------------------------------------------------------------


async def test_a_correctly_signed_request_passes() -> None:
    body = body_bytes(envelope(query="comedies"))
    await verifier().verify_signature(signed_headers(body), body)


async def test_the_chain_is_downloaded_once_per_url_and_checked_every_time() -> None:
    v = verifier()
    fetcher = v._fetcher  # noqa: SLF001 - the test's own fake
    for text in ("one", "two", "three"):
        body = body_bytes(envelope(query=text))
        await v.verify_signature(signed_headers(body), body)
    assert fetcher.calls == [CERT_URL]


async def test_concurrent_requests_share_one_download() -> None:
    class SlowFetcher(StaticFetcher):
        async def fetch(self, url: str) -> bytes:
            await asyncio.sleep(0.05)
            return await super().fetch(url)

    fetcher = SlowFetcher({CERT_URL: shared_signing_cert().chain_pem()})
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope(query="x"))
    await asyncio.gather(*(v.verify_signature(signed_headers(body), body) for _ in range(5)))
    assert fetcher.calls == [CERT_URL]


# --- signature ------------------------------------------------------------------------------------


async def test_a_body_changed_after_signing_is_refused() -> None:
    body = body_bytes(envelope(query="comedies"))
    headers = signed_headers(body)
    tampered = body.replace(b"comedies", b"horror!!")
    failure = await refused(verifier(), headers, tampered)
    assert (failure.status, failure.code) == (401, "bad_signature")


async def test_a_signature_by_another_key_is_refused() -> None:
    body = body_bytes(envelope(query="comedies"))
    other = TestCA("other").signing_cert()
    headers = signed_headers(body) | {"Signature-256": other.sign(body)}
    assert (await refused(verifier(), headers, body)).code == "bad_signature"


async def test_a_signature_that_is_not_base64_is_refused() -> None:
    body = body_bytes(envelope())
    headers = signed_headers(body) | {"Signature-256": "not base64 at all!"}
    assert (await refused(verifier(), headers, body)).code == "bad_signature"


async def test_a_sha1_signature_in_the_256_header_is_refused() -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    body = body_bytes(envelope())
    sha1 = shared_signing_cert().key.sign(body, padding.PKCS1v15(), hashes.SHA1())
    headers = signed_headers(body) | {"Signature-256": base64.b64encode(sha1).decode()}
    assert (await refused(verifier(), headers, body)).code == "bad_signature"


@pytest.mark.parametrize("missing", ["SignatureCertChainUrl", "Signature-256"])
async def test_missing_signature_headers_are_refused(missing: str) -> None:
    body = body_bytes(envelope())
    headers = {k: v for k, v in signed_headers(body).items() if k != missing}
    failure = await refused(verifier(), headers, body)
    assert (failure.status, failure.code) == (401, "missing_signature")


async def test_only_the_legacy_sha1_header_is_not_enough() -> None:
    body = body_bytes(envelope())
    headers = signed_headers(body)
    headers["Signature"] = headers.pop("Signature-256")
    assert (await refused(verifier(), headers, body)).code == "missing_signature"


# --- certificate URL ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
    "https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem",
    "HTTPS://s3.amazonaws.com/echo.api/echo-api-cert.pem",
    "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
])
def test_certificate_urls_amazon_uses_are_accepted(url: str) -> None:
    assert normalize_cert_url(url) == "https://s3.amazonaws.com/echo.api/echo-api-cert.pem"


@pytest.mark.parametrize("url", [
    "http://s3.amazonaws.com/echo.api/echo-api-cert.pem",        # not https
    "https://notamazon.com/echo.api/echo-api-cert.pem",          # wrong host
    "https://s3.amazonaws.com.evil.com/echo.api/cert.pem",       # host suffix trick
    "https://evil.com@s3.amazonaws.com/echo.api/cert.pem",       # credentials in the URL
    "https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem",       # path is case-sensitive
    "https://s3.amazonaws.com/invalid.path/echo-api-cert.pem",   # wrong path
    "https://s3.amazonaws.com/echo.api/../invalid.path/cert.pem",  # escapes /echo.api/ once normalised
    "https://s3.amazonaws.com/echo.api",                         # the folder itself, no trailing slash
    "https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem",   # wrong port
    "https://s3.amazonaws.com:notaport/echo.api/cert.pem",       # not a URL
    "https://s3.amazonaws.com:8443/echo.api/echo-api-cert.pem",  # any port but 443
    "https://s3.amazonaws.com/echo.api/%2e%2e/other-bucket/c.pem",  # encoded dots, decoded by a fetch
    "https://s3.amazonaws.com/echo.api/..%2fother/c.pem",        # encoded slash
    "https://s3.amazonaws.com/echo.api/%65cho-api-cert.pem",     # any percent-escape at all
    "https://s3.amazonaws.com/echo.api/..\\other/c.pem",         # backslash, a slash to some parsers
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem?v=1",   # a query: a new download per request
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem?",      # even an empty one
    "https://s3.amazonaws.com/echo.api/echo-api-cert.pem#x",     # a fragment
    "https://s3.amazonaws.com//echo.api/echo-api-cert.pem",      # double slash
    "",
])
def test_certificate_urls_breaking_a_rule_are_refused(url: str) -> None:
    with pytest.raises(VerificationFailed) as info:
        normalize_cert_url(url)
    assert (info.value.status, info.value.code) == (401, "bad_cert_url")


async def test_a_bad_certificate_url_is_never_fetched() -> None:
    bad = "https://evil.example/echo.api/cert.pem"
    v = verifier(url=bad)
    body = body_bytes(envelope())
    assert (await refused(v, signed_headers(body, url=bad), body)).code == "bad_cert_url"
    assert v._fetcher.calls == []  # noqa: SLF001


async def test_an_unreachable_chain_is_refused_and_not_fetched_again_at_once() -> None:
    v = AlexaVerifier([shared_ca().root], StaticFetcher({}))
    body = body_bytes(envelope())
    for _ in range(3):
        assert (await refused(v, signed_headers(body), body)).code == "cert_unavailable"
    assert v._fetcher.calls == [CERT_URL]  # noqa: SLF001


async def test_garbage_at_the_certificate_url_is_refused() -> None:
    body = body_bytes(envelope())
    assert (await refused(verifier(b"<html>not a cert</html>"), signed_headers(body), body)).code in (
        "cert_unavailable", "bad_cert_chain")


# --- the signing certificate and its chain --------------------------------------------------------


async def test_an_expired_signing_certificate_is_refused() -> None:
    leaf = shared_ca().signing_cert(not_before=NOW - dt.timedelta(days=30), not_after=NOW - dt.timedelta(minutes=5))
    body = body_bytes(envelope())
    failure = await refused(verifier(leaf.chain_pem()), signed_headers(body, leaf), body)
    assert (failure.status, failure.code) == (401, "cert_expired")


async def test_a_signing_certificate_not_yet_valid_is_refused() -> None:
    leaf = shared_ca().signing_cert(not_before=NOW + dt.timedelta(days=1), not_after=NOW + dt.timedelta(days=30))
    body = body_bytes(envelope())
    assert (await refused(verifier(leaf.chain_pem()), signed_headers(body, leaf), body)).code == "cert_expired"


async def test_a_signing_certificate_without_a_san_is_refused() -> None:
    leaf = shared_ca().signing_cert(san=None)
    body = body_bytes(envelope())
    assert (await refused(verifier(leaf.chain_pem()), signed_headers(body, leaf), body)).code == "cert_wrong_san"


async def test_a_signing_certificate_for_another_name_is_refused() -> None:
    leaf = shared_ca().signing_cert(san="echo-api.amazon.com.evil.example")
    body = body_bytes(envelope())
    assert (await refused(verifier(leaf.chain_pem()), signed_headers(body, leaf), body)).code == "cert_wrong_san"


async def test_a_chain_to_an_untrusted_root_is_refused() -> None:
    stranger = TestCA("stranger").signing_cert()  # right SAN, right dates, wrong root
    body = body_bytes(envelope())
    failure = await refused(verifier(stranger.chain_pem()), signed_headers(body, stranger), body)
    assert (failure.status, failure.code) == (401, "cert_untrusted")


async def test_a_chain_missing_its_intermediate_is_refused() -> None:
    leaf = shared_ca().signing_cert(include_intermediate=False)
    body = body_bytes(envelope())
    assert (await refused(verifier(leaf.chain_pem()), signed_headers(body, leaf), body)).code == "cert_untrusted"


async def test_a_self_signed_certificate_with_the_right_san_is_refused() -> None:
    ca = TestCA("self")
    # the attacker's own "root", presented as the signing certificate: trusted by nobody
    body = body_bytes(envelope())
    leaf = ca.signing_cert()
    leaf.chain = []
    v = AlexaVerifier([shared_ca().root], StaticFetcher({CERT_URL: leaf.chain_pem()}))
    assert (await refused(v, signed_headers(body, leaf), body)).code == "cert_untrusted"


async def test_without_trust_roots_everything_is_refused() -> None:
    body = body_bytes(envelope())
    failure = await refused(verifier(roots=[]), signed_headers(body), body)
    assert (failure.status, failure.code) == (403, "no_trust_roots")


# --- timestamp and application id -----------------------------------------------------------------


@pytest.mark.parametrize("offset", [0, -149, 149])
def test_timestamps_within_150_seconds_pass(offset: int) -> None:
    check_timestamp((NOW + dt.timedelta(seconds=offset)).isoformat(), NOW)


@pytest.mark.parametrize("offset", [-151, -3600, 151])
def test_stale_or_future_timestamps_are_refused(offset: int) -> None:
    with pytest.raises(VerificationFailed) as info:
        check_timestamp((NOW + dt.timedelta(seconds=offset)).strftime("%Y-%m-%dT%H:%M:%SZ"), NOW)
    assert (info.value.status, info.value.code) == (400, "stale_request")


def test_epoch_millisecond_timestamps_are_understood() -> None:
    check_timestamp(int(NOW.timestamp() * 1000), NOW)


@pytest.mark.parametrize("value", [None, "", "yesterday", [], {"t": 1}, True, 10**30])
def test_unreadable_timestamps_are_refused(value: object) -> None:
    with pytest.raises(VerificationFailed) as info:
        check_timestamp(value, NOW)
    assert info.value.code in ("bad_timestamp", "stale_request")


def test_our_application_id_passes() -> None:
    check_application_id(envelope(), SKILL_ID)


def test_another_skills_application_id_is_refused() -> None:
    with pytest.raises(VerificationFailed) as info:
        check_application_id(envelope(skill_id="amzn1.ask.skill.someone-else"), SKILL_ID)
    assert (info.value.status, info.value.code) == (403, "wrong_application")


def test_a_session_and_context_that_disagree_are_refused() -> None:
    data = envelope()
    data["session"]["application"]["applicationId"] = "amzn1.ask.skill.someone-else"
    with pytest.raises(VerificationFailed):
        check_application_id(data, SKILL_ID)


def test_an_envelope_without_application_id_is_refused() -> None:
    data = envelope()
    del data["session"]
    del data["context"]
    with pytest.raises(VerificationFailed) as info:
        check_application_id(data, SKILL_ID)
    assert info.value.code == "wrong_application"


def test_no_configured_skill_id_refuses_everyone() -> None:
    with pytest.raises(VerificationFailed) as info:
        check_application_id(envelope(), "")
    assert (info.value.status, info.value.code) == (403, "skill_not_configured")


# --- the production fetcher's disk cache ----------------------------------------------------------


async def test_the_https_fetcher_serves_a_chain_from_its_cache_directory(tmp_path: Path) -> None:
    pem = shared_signing_cert().chain_pem()
    write_cert_cache(tmp_path, CERT_URL, pem)
    fetcher = HttpsCertFetcher(tmp_path)
    try:
        assert await fetcher.fetch(CERT_URL) == pem
    finally:
        await fetcher.close()


async def test_the_cache_only_saves_the_download_never_a_check(tmp_path: Path) -> None:
    """A chain planted in the cache directory from an untrusted CA is refused like a downloaded one."""
    stranger = TestCA("planted").signing_cert()
    write_cert_cache(tmp_path, CERT_URL, stranger.chain_pem())
    fetcher = HttpsCertFetcher(tmp_path)
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope())
    try:
        assert (await refused(v, signed_headers(body, stranger), body)).code == "cert_untrusted"
    finally:
        await fetcher.close()


# --- the production fetcher against a real local server -------------------------------------------


class ChainServer:
    """A real HTTP server standing in for S3: serves chains by exact raw path and records every request."""

    def __init__(self, chains: dict[str, bytes]) -> None:
        self.chains = chains
        self.requested: list[str] = []
        self.runner: web.AppRunner | None = None
        self.root = ""

    async def start(self) -> None:
        app = web.Application()
        app.router.add_route("GET", "/{tail:.*}", self.serve)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # noqa: SLF001 - the OS-chosen port
        self.root = f"http://127.0.0.1:{port}"

    async def serve(self, request: web.Request) -> web.Response:
        self.requested.append(request.raw_path)
        if request.raw_path not in self.chains:
            return web.Response(status=404)
        return web.Response(body=self.chains[request.raw_path])

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()


@pytest.fixture
async def s3() -> AsyncIterator[ChainServer]:
    server = ChainServer({urlsplit(CERT_URL).path: shared_signing_cert().chain_pem()})
    await server.start()
    yield server
    await server.stop()


async def test_the_fetcher_requests_exactly_the_checked_path(s3: ChainServer, tmp_path: Path) -> None:
    fetcher = HttpsCertFetcher(tmp_path, fetch_root=s3.root)
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope())
    url = CERT_URL.replace("s3.amazonaws.com/echo.api/", "S3.amazonaws.com:443/echo.api/../echo.api/")
    try:
        await v.verify_signature(signed_headers(body, url=url), body)
    finally:
        await fetcher.close()
    assert s3.requested == [urlsplit(CERT_URL).path]


async def test_an_encoded_escape_from_echo_api_is_never_fetched(s3: ChainServer, tmp_path: Path) -> None:
    """The issue's attack: %2e%2e passes a check on the string but would be decoded by the fetch."""
    s3.chains["/other-bucket/c.pem"] = TestCA("attacker").signing_cert().chain_pem()
    fetcher = HttpsCertFetcher(tmp_path, fetch_root=s3.root)
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope())
    try:
        for url in ("https://s3.amazonaws.com/echo.api/%2e%2e/other-bucket/c.pem",
                    "https://s3.amazonaws.com/echo.api/..%2Fother-bucket/c.pem"):
            assert (await refused(v, signed_headers(body, url=url), body)).code == "bad_cert_url"
    finally:
        await fetcher.close()
    assert s3.requested == []


async def test_a_validated_chain_is_kept_on_disk_readable_by_us_only(s3: ChainServer, tmp_path: Path) -> None:
    fetcher = HttpsCertFetcher(tmp_path, fetch_root=s3.root)
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope())
    try:
        await v.verify_signature(signed_headers(body), body)
    finally:
        await fetcher.close()
    cached = tmp_path / HttpsCertFetcher.cache_name(CERT_URL)
    assert cached.read_bytes() == shared_signing_cert().chain_pem()
    assert cached.stat().st_mode & 0o777 == 0o600


async def test_a_chain_that_fails_validation_is_cached_nowhere(s3: ChainServer, tmp_path: Path) -> None:
    stranger = TestCA("stranger").signing_cert()
    s3.chains[urlsplit(CERT_URL).path] = stranger.chain_pem()
    fetcher = HttpsCertFetcher(tmp_path, fetch_root=s3.root)
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope())
    try:
        assert (await refused(v, signed_headers(body, stranger), body)).code == "cert_untrusted"
        assert (await refused(v, signed_headers(body, stranger), body)).code == "cert_untrusted"
    finally:
        await fetcher.close()
    assert v.cached_urls() == []
    assert list(tmp_path.iterdir()) == []
    assert len(s3.requested) == 1  # the refusal is remembered briefly: no download per request


async def test_a_missing_chain_on_the_server_is_refused(s3: ChainServer, tmp_path: Path) -> None:
    fetcher = HttpsCertFetcher(tmp_path, fetch_root=s3.root)
    v = AlexaVerifier([shared_ca().root], fetcher)
    body = body_bytes(envelope())
    url = "https://s3.amazonaws.com/echo.api/not-there.pem"
    try:
        assert (await refused(v, signed_headers(body, url=url), body)).code == "cert_unavailable"
    finally:
        await fetcher.close()
    assert s3.requested == ["/echo.api/not-there.pem"]


# --- the memory cache is bounded ------------------------------------------------------------------


async def test_the_memory_cache_keeps_only_the_most_recent_chains() -> None:
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{i}.pem" for i in range(3)]
    pem = shared_signing_cert().chain_pem()
    v = AlexaVerifier([shared_ca().root], StaticFetcher({u: pem for u in urls}), cache_size=2)
    body = body_bytes(envelope())
    for url in urls:
        await v.verify_signature(signed_headers(body, url=url), body)
    assert v.cached_urls() == urls[1:]


async def test_a_cached_chain_expires_with_its_certificate() -> None:
    leaf = shared_ca().signing_cert(not_after=NOW + dt.timedelta(hours=1))
    clock = [NOW.timestamp()]
    fetcher = StaticFetcher({CERT_URL: leaf.chain_pem()})
    v = AlexaVerifier([shared_ca().root], fetcher, clock=lambda: clock[0])
    body = body_bytes(envelope())
    await v.verify_signature(signed_headers(body, leaf), body)
    clock[0] += 2 * 3600
    assert (await refused(v, signed_headers(body, leaf), body)).code == "cert_expired"
    assert fetcher.calls == [CERT_URL, CERT_URL]  # dropped from the cache and looked at afresh
    assert v.cached_urls() == []


def test_default_trust_roots_load_from_a_bundle() -> None:
    roots = alexa_verify.load_trust_roots()
    assert len(roots) > 50  # the Mozilla / system bundle


def test_trust_roots_load_from_a_given_pem(tmp_path: Path) -> None:
    path = tmp_path / "roots.pem"
    path.write_bytes(shared_ca().root_pem())
    assert alexa_verify.load_trust_roots(path) == [shared_ca().root]


async def test_new_certificate_urls_are_downloaded_at_most_so_often() -> None:
    """Anyone can name a certificate URL before the signature is checked: downloads are capped per minute."""
    clock = [NOW.timestamp()]
    fetcher = StaticFetcher({})
    v = AlexaVerifier([shared_ca().root], fetcher, clock=lambda: clock[0])
    body = body_bytes(envelope())
    urls = [f"https://s3.amazonaws.com/echo.api/probe-{i}.pem" for i in range(alexa_verify.MAX_DOWNLOADS_PER_MINUTE + 5)]
    for url in urls:
        assert (await refused(v, signed_headers(body, url=url), body)).code == "cert_unavailable"
    assert len(fetcher.calls) == alexa_verify.MAX_DOWNLOADS_PER_MINUTE
    clock[0] += 61
    await refused(v, signed_headers(body, url="https://s3.amazonaws.com/echo.api/later.pem"), body)
    assert fetcher.calls[-1].endswith("/later.pem")  # a minute later, downloads resume
