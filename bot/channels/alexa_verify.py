"""Verifying that a request to ``/voice/alexa`` really comes from Alexa, exactly as Amazon requires.

Amazon's rules for a skill hosted as a web service:

1. ``SignatureCertChainUrl`` must be ``https``, host ``s3.amazonaws.com`` (any case), a path that starts
   with ``/echo.api/`` (case-sensitive, after normalising ``..``), and port 443 if a port is given.
2. The PEM chain at that URL: the signing certificate first; it must be within its validity dates,
   carry ``echo-api.amazon.com`` in its Subject Alternative Names, and chain to a trusted root CA.
3. ``Signature-256``: base64 RSA PKCS#1 v1.5 signature, with SHA-256, of the raw request body bytes.
   (The legacy SHA-1 ``Signature`` header is not accepted: Alexa sends ``Signature-256`` on every
   request, and SHA-1 signatures are forgeable in principle.)
4. ``request.timestamp`` within 150 seconds of now; 5. the application id is our skill's.

Fetching the chain is a network boundary, so the fetcher and the trust roots are injected: production
uses ``HttpsCertFetcher`` (aiohttp, with an on-disk cache keyed by URL) and the public roots; tests use a
locally generated CA. Every check runs on every request, whatever the source of the chain bytes: a
cache only saves the download, never a check.

One module over ~300 lines on purpose: the verification steps are one security argument, read
together.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import logging
import posixpath
import re
import ssl
import time
import warnings
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.verification import DNSName, PolicyBuilder, Store
from cryptography.x509.verification import VerificationError as ChainError

log = logging.getLogger(__name__)

CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
CERT_URL_SCHEME = "https"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH_PREFIX = "/echo.api/"
CERT_URL_PORT = 443
SIGNING_SAN = "echo-api.amazon.com"
TIMESTAMP_TOLERANCE_S = 150.0
MAX_CHAIN_BYTES = 64 * 1024  # Amazon's chain is ~5 KB; anything far bigger is not a certificate chain
FETCH_TIMEOUT_S = 2.5  # leaves room for the bot inside Alexa's 8 s answer limit
MEMORY_CACHE_SIZE = 16
FAILED_FETCH_RETRY_S = 30.0  # a URL that failed is not fetched again for this long (no fetch amplification)

_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)

Clock = Callable[[], float]


class VerificationFailed(Exception):
    """A request that must be refused; ``status`` and ``code`` go into the JSON error answer."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _refuse(code: str, message: str, status: int = 401) -> VerificationFailed:
    return VerificationFailed(status, code, message)


# --- 1. the certificate URL -----------------------------------------------------------------------


def normalize_cert_url(url: str) -> str:
    """Check ``SignatureCertChainUrl`` against Amazon's rules; return the normalised URL to fetch.

    Normalising first means ``/echo.api/../echo.api/x.pem`` is accepted and ``/echo.api/../evil.pem``
    is not; the normalised URL is what gets fetched, so what was checked is what is downloaded.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl is not a valid URL: {exc}") from exc
    if parts.scheme.lower() != CERT_URL_SCHEME:
        raise _refuse("bad_cert_url", "SignatureCertChainUrl must use https.")
    if (parts.hostname or "").lower() != CERT_URL_HOST or parts.username or parts.password:
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl must be on host {CERT_URL_HOST}.")
    if port is not None and port != CERT_URL_PORT:
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl must use port {CERT_URL_PORT}.")
    path = posixpath.normpath(parts.path) if parts.path else ""
    if not path.startswith(CERT_URL_PATH_PREFIX):
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl path must start with {CERT_URL_PATH_PREFIX}.")
    return urlunsplit(("https", CERT_URL_HOST, path, parts.query, ""))


# --- fetching the chain ---------------------------------------------------------------------------


class CertFetcher(Protocol):
    """Returns the PEM bytes at an (already validated) certificate URL; raises on any failure."""

    async def fetch(self, url: str) -> bytes: ...


class HttpsCertFetcher:
    """Downloads chains over HTTPS (verified TLS), keeping a copy per URL in ``cache_dir``.

    The disk copy survives restarts, so a fresh gateway does not depend on S3 to answer its first
    Alexa request. Files are named by the SHA-256 of the URL. Operators may also place a chain there
    themselves; it is checked exactly like a downloaded one.
    """

    def __init__(self, cache_dir: Path | None = None, timeout_s: float = FETCH_TIMEOUT_S) -> None:
        self._cache_dir = cache_dir
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None

    @staticmethod
    def cache_name(url: str) -> str:
        return hashlib.sha256(url.encode("utf-8")).hexdigest() + ".pem"

    async def fetch(self, url: str) -> bytes:
        cached = self._read_cache(url)
        if cached is not None:
            return cached
        data = await self._download(url)
        self._write_cache(url, data)
        return data

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _read_cache(self, url: str) -> bytes | None:
        if self._cache_dir is None:
            return None
        path = self._cache_dir / self.cache_name(url)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data if 0 < len(data) <= MAX_CHAIN_BYTES else None

    def _write_cache(self, url: str, data: bytes) -> None:
        if self._cache_dir is None:
            return
        try:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = self._cache_dir / (self.cache_name(url) + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(self._cache_dir / self.cache_name(url))
        except OSError as exc:
            log.warning("alexa_cert_cache_write_failed", extra={"error": type(exc).__name__})

    async def _download(self, url: str) -> bytes:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        async with self._session.get(url, allow_redirects=False, ssl=_tls_context()) as resp:
            if resp.status != 200:
                raise OSError(f"certificate URL answered HTTP {resp.status}")
            data = await resp.content.read(MAX_CHAIN_BYTES + 1)
        if len(data) > MAX_CHAIN_BYTES:
            raise OSError("certificate chain too large")
        return data


def _tls_context() -> ssl.SSLContext:
    """Verified TLS to S3, with the same CA bundle as everything else (works without a system bundle)."""
    bundle = _default_bundle()
    return ssl.create_default_context(cafile=str(bundle) if bundle else None)


# --- trust roots ----------------------------------------------------------------------------------


def load_trust_roots(pem_path: Path | None = None) -> list[x509.Certificate]:
    """Trusted root CAs: the PEM bundle at ``pem_path`` if given, else certifi's (Mozilla) bundle, else
    the system bundle. Amazon's signing chain ends at a public root, so the public roots are right."""
    path = pem_path or _default_bundle()
    if path is None:
        raise RuntimeError("no CA bundle found: set ALEXA_TRUSTED_ROOTS_PEM to a PEM file of root CAs")
    roots = _load_each(Path(path).read_bytes())
    if not roots:
        raise RuntimeError(f"no certificates in {path}")
    return roots


def _load_each(bundle: bytes) -> list[x509.Certificate]:
    """Load certificates one by one, so one malformed root in a system bundle (some carry serial numbers
    RFC 5280 forbids) costs that root only, not Alexa altogether."""
    roots: list[x509.Certificate] = []
    for block in _PEM_BLOCK.findall(bundle):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            try:
                roots.append(x509.load_pem_x509_certificate(block))
            except ValueError:
                continue
    return roots


def _default_bundle() -> Path | None:
    try:
        import certifi

        return Path(certifi.where())
    except ImportError:
        cafile = ssl.get_default_verify_paths().cafile
        return Path(cafile) if cafile else None


# --- 2. + 3. chain and signature ------------------------------------------------------------------


def check_signing_certificate(chain: list[x509.Certificate], roots: list[x509.Certificate], now: datetime) -> None:
    """Validity dates and SAN of the signing certificate, then the whole chain up to a trusted root.

    The explicit checks come first only so the refusal says precisely what is wrong; the path
    validation (RFC 5280 / Web PKI rules: signatures, CA flags, every certificate's dates, the SAN
    again) is the authority.
    """
    if not chain:
        raise _refuse("bad_cert_chain", "The certificate chain is empty.")
    if not roots:
        raise _refuse("no_trust_roots", "No trusted root CAs are configured on this server.", status=403)
    leaf = chain[0]
    if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
        raise _refuse("cert_expired", "The signing certificate is expired or not yet valid.")
    if SIGNING_SAN not in _dns_names(leaf):
        raise _refuse("cert_wrong_san", f"The signing certificate is not issued for {SIGNING_SAN}.")
    verifier = PolicyBuilder().store(Store(roots)).time(now).build_server_verifier(DNSName(SIGNING_SAN))
    try:
        verifier.verify(leaf, chain[1:])
    except ChainError as exc:
        raise _refuse("cert_untrusted", f"The certificate chain does not lead to a trusted root: {exc}") from exc


def _dns_names(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [name.lower() for name in san.get_values_for_type(x509.DNSName)]


def check_body_signature(leaf: x509.Certificate, signature_b64: str, body: bytes) -> None:
    """RSA PKCS#1 v1.5 / SHA-256 signature of the exact body bytes (never a re-serialised JSON)."""
    try:
        signature = base64.b64decode(signature_b64.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _refuse("bad_signature", "Signature-256 is not valid base64.") from exc
    key = leaf.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise _refuse("bad_signature", "The signing certificate does not carry an RSA key.")
    try:
        key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise _refuse("bad_signature", "The request signature does not match its body.") from exc


# --- 4. + 5. timestamp and application id ---------------------------------------------------------


def parse_timestamp(value: Any) -> datetime:
    """Alexa sends ISO 8601 (``2024-05-01T12:00:00Z``); some event requests send epoch milliseconds."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return datetime.fromtimestamp(value / 1000.0, tz=timezone.utc)
        if isinstance(value, str):
            stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError, OSError):
        pass
    raise _refuse("bad_timestamp", "request.timestamp is missing or not a valid time.", status=400)


def check_timestamp(value: Any, now: datetime, tolerance_s: float = TIMESTAMP_TOLERANCE_S) -> None:
    """Refuse replays: the request must be stamped within ``tolerance_s`` of our clock, either side."""
    stamp = parse_timestamp(value)
    if abs((now - stamp).total_seconds()) > tolerance_s:
        raise _refuse("stale_request", f"request.timestamp is more than {int(tolerance_s)} seconds from now.",
                      status=400)


def application_ids(envelope: Mapping[str, Any]) -> list[str]:
    """Every application id the envelope states (``context.System`` and, when present, ``session``)."""
    found: list[str] = []
    for path in (("context", "System", "application", "applicationId"), ("session", "application", "applicationId")):
        node: Any = envelope
        for key in path:
            node = node.get(key) if isinstance(node, Mapping) else None
        if node is not None:
            found.append(node if isinstance(node, str) else repr(node))
    return found


def check_application_id(envelope: Mapping[str, Any], skill_id: str) -> None:
    """Only our own skill may use this endpoint; with no skill id configured, nobody may."""
    if not skill_id:
        raise _refuse("skill_not_configured", "ALEXA_SKILL_ID is not set on this server, so Alexa requests "
                      "are refused.", status=403)
    ids = application_ids(envelope)
    if not ids or any(app_id != skill_id for app_id in ids):
        raise _refuse("wrong_application", "The request is not for this skill.", status=403)


# --- putting it together --------------------------------------------------------------------------


@dataclass
class _Failure:
    at: float
    reason: str


class AlexaVerifier:
    """Checks the certificate URL, chain and body signature of one request (rules 1–3 above).

    Parsed chains are kept per URL (a small LRU), failed downloads are remembered briefly, and
    concurrent requests for the same new URL share one download.
    """

    def __init__(self, roots: list[x509.Certificate], fetcher: CertFetcher,
                 clock: Clock = time.time) -> None:
        self._roots = roots
        self._fetcher = fetcher
        self._clock = clock
        self._chains: OrderedDict[str, list[x509.Certificate]] = OrderedDict()
        self._failures: dict[str, _Failure] = {}
        self._inflight: dict[str, asyncio.Future[list[x509.Certificate]]] = {}

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), tz=timezone.utc)

    async def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None:
        """Raise ``VerificationFailed`` unless the body is signed by Alexa's current certificate."""
        cert_url = headers.get(CERT_URL_HEADER)
        signature = headers.get(SIGNATURE_HEADER)
        if not cert_url:
            raise _refuse("missing_signature", f"The {CERT_URL_HEADER} header is missing.")
        if not signature:
            raise _refuse("missing_signature", f"The {SIGNATURE_HEADER} header is missing.")
        url = normalize_cert_url(cert_url)
        chain = await self._chain(url)
        check_signing_certificate(chain, self._roots, self.now())
        check_body_signature(chain[0], signature, body)

    async def _chain(self, url: str) -> list[x509.Certificate]:
        if url in self._chains:
            self._chains.move_to_end(url)
            return self._chains[url]
        failure = self._failures.get(url)
        if failure and self._clock() - failure.at < FAILED_FETCH_RETRY_S:
            raise _refuse("cert_unavailable", f"The certificate chain could not be loaded ({failure.reason}).")
        pending = self._inflight.get(url)
        if pending is None:
            pending = asyncio.ensure_future(self._load(url))
            self._inflight[url] = pending
            pending.add_done_callback(lambda _f: self._inflight.pop(url, None))
        return await asyncio.shield(pending)

    async def _load(self, url: str) -> list[x509.Certificate]:
        try:
            data = await self._fetcher.fetch(url)
            chain = x509.load_pem_x509_certificates(data)
        except (OSError, ValueError, aiohttp.ClientError, asyncio.TimeoutError) as exc:
            reason = type(exc).__name__
            self._remember_failure(url, reason)
            log.warning("alexa_cert_fetch_failed", extra={"error": reason})
            raise _refuse("cert_unavailable", f"The certificate chain could not be loaded ({reason}).") from exc
        self._chains[url] = chain
        while len(self._chains) > MEMORY_CACHE_SIZE:
            self._chains.popitem(last=False)
        return chain

    def _remember_failure(self, url: str, reason: str) -> None:
        self._failures[url] = _Failure(self._clock(), reason)
        if len(self._failures) > 256:
            oldest = min(self._failures, key=lambda u: self._failures[u].at)
            self._failures.pop(oldest, None)
